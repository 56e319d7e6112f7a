<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

// Data only. Re-running it would violate settings_key_unique.
return new class extends Migration
{
    public function up(): void
    {
        DB::table('settings')->insert([
            ['key' => 'theme', 'value' => 'light'],
            ['key' => 'locale', 'value' => 'en'],
        ]);
    }

    public function down(): void
    {
        DB::table('settings')->whereIn('key', ['theme', 'locale'])->delete();
    }
};
