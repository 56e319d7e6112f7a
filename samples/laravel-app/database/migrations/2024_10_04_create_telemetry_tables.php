<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

// Back-dated: written in spring 2025 but named after the day telemetry was
// designed, so it sorts long before the migrations that ran around it.
return new class extends Migration
{
    public function up(): void
    {
        Schema::create('telemetry_events', function (Blueprint $table) {
            $table->id();
            $table->string('name', 120);
            $table->string('source', 60)->default('app');
            $table->uuid('correlation_id')->nullable()->index();
            $table->jsonb('payload')->nullable();
            $table->timestamp('occurred_at');
            $table->timestamps();
        });

        Schema::create('telemetry_metrics', function (Blueprint $table) {
            $table->id();
            $table->foreignId('telemetry_event_id')->constrained()->cascadeOnDelete();
            $table->string('metric', 120);
            $table->decimal('value', 18, 6);
            $table->string('unit', 20)->nullable();
            $table->timestamps();

            $table->index(['metric', 'created_at']);
        });

        Schema::create('telemetry_spans', function (Blueprint $table) {
            $table->uuid('id')->primary();
            $table->uuid('trace_id')->index();
            $table->uuid('parent_span_id')->nullable();
            $table->string('operation');
            $table->unsignedInteger('duration_ms')->default(0);
            $table->enum('status', ['ok', 'error', 'cancelled'])->default('ok');
            $table->timestamp('started_at');
            $table->timestamp('ended_at')->nullable();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('telemetry_spans');
        Schema::dropIfExists('telemetry_metrics');
        Schema::dropIfExists('telemetry_events');
    }
};
