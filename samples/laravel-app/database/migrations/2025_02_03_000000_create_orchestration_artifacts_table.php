<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('orchestration_artifacts', function (Blueprint $table) {
            $table->uuid('id')->primary();
            $table->foreignId('work_item_id')->nullable()->constrained()->nullOnDelete();
            $table->string('kind', 40);
            $table->string('path')->nullable();
            $table->jsonb('payload');
            $table->char('checksum', 64)->nullable();
            $table->timestamps();

            $table->index(['kind', 'created_at']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('orchestration_artifacts');
    }
};
