<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('fragment_type_registry', function (Blueprint $table) {
            $table->string('icon', 40)->nullable();
            $table->string('color', 7)->nullable();
            $table->unsignedSmallInteger('sort_order')->default(100);
        });
    }

    public function down(): void
    {
        Schema::table('fragment_type_registry', function (Blueprint $table) {
            $table->dropColumn(['icon', 'color', 'sort_order']);
        });
    }
};
