<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

// Data only, and no literal row to look for: nothing in a dump can prove it ran.
// Re-running it is harmless.
return new class extends Migration
{
    public function up(): void
    {
        DB::table('plans')->whereNull('code')->update(['code' => DB::raw("lower(replace(name, ' ', '-'))")]);
    }

    public function down(): void
    {
    }
};
