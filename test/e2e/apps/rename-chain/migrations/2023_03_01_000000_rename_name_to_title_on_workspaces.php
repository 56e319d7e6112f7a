<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

// Raw SQL: Laravel 8's renameColumn() needs doctrine/dbal.
return new class extends Migration
{
    public function up(): void
    {
        DB::statement('ALTER TABLE workspaces RENAME COLUMN name TO title');
    }

    public function down(): void
    {
        DB::statement('ALTER TABLE workspaces RENAME COLUMN title TO name');
    }
};
