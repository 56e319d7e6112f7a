<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('fragment_type_registry', function (Blueprint $table) {
            $table->string('hydrator_class')->nullable();
            $table->boolean('hydrate_on_read')->default(false);
            $table->json('hydration_options')->nullable();
        });
    }

    public function down(): void
    {
        Schema::table('fragment_type_registry', function (Blueprint $table) {
            $table->dropColumn(['hydrator_class', 'hydrate_on_read', 'hydration_options']);
        });
    }
};
