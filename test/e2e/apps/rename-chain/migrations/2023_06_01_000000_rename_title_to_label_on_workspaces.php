<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        DB::statement('ALTER TABLE workspaces RENAME COLUMN title TO label');
    }

    public function down(): void
    {
        DB::statement('ALTER TABLE workspaces RENAME COLUMN label TO title');
    }
};
