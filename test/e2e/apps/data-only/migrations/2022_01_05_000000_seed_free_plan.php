<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

// Data only. Re-running it would violate plans_code_unique.
return new class extends Migration
{
    public function up(): void
    {
        DB::table('plans')->insert([
            'code' => 'free',
            'name' => 'Free',
            'price_cents' => 0,
        ]);
    }

    public function down(): void
    {
        DB::table('plans')->where('code', 'free')->delete();
    }
};
