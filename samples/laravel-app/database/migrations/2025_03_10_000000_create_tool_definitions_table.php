<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        // Some environments got this table from the tools package's own
        // migration before it was moved into the app; do not fail there.
        if (! Schema::hasTable('tool_definitions')) {
            Schema::create('tool_definitions', function (Blueprint $table) {
                $table->id();
                $table->string('name')->unique();
                $table->text('description');
                $table->json('input_schema');
                $table->boolean('requires_approval')->default(false);
                $table->timestamps();
            });
        }
    }

    public function down(): void
    {
        Schema::dropIfExists('tool_definitions');
    }
};
