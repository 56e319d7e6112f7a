<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

// Laravel 8's $table->renameColumn() needs doctrine/dbal, which this app does
// not install, so the rename is plain SQL (PostgreSQL, MariaDB >= 10.5 and
// SQLite >= 3.25 all accept this form).
return new class extends Migration
{
    public function up(): void
    {
        DB::statement('ALTER TABLE messages RENAME COLUMN body TO content');
    }

    public function down(): void
    {
        DB::statement('ALTER TABLE messages RENAME COLUMN content TO body');
    }
};
