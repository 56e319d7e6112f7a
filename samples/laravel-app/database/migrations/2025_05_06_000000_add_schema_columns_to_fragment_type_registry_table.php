<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('fragment_type_registry', function (Blueprint $table) {
            $table->jsonb('schema')->nullable();
            $table->string('schema_hash', 64)->nullable()->index();
        });
    }

    public function down(): void
    {
        Schema::table('fragment_type_registry', function (Blueprint $table) {
            $table->dropIndex(['schema_hash']);
            $table->dropColumn(['schema', 'schema_hash']);
        });
    }
};
