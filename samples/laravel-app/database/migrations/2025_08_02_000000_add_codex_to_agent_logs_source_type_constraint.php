<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    public function up(): void
    {
        if (DB::getDriverName() === 'sqlite') {
            return; // no constraint there (see create_agent_logs_table)
        }

        DB::statement('ALTER TABLE agent_logs DROP CONSTRAINT agent_logs_source_type_check');
        DB::statement("ALTER TABLE agent_logs ADD CONSTRAINT agent_logs_source_type_check CHECK (source_type IN ('claude', 'gpt', 'codex', 'human', 'system'))");
    }

    public function down(): void
    {
        if (DB::getDriverName() === 'sqlite') {
            return;
        }

        DB::statement('ALTER TABLE agent_logs DROP CONSTRAINT agent_logs_source_type_check');
        DB::statement("ALTER TABLE agent_logs ADD CONSTRAINT agent_logs_source_type_check CHECK (source_type IN ('claude', 'gpt', 'human', 'system'))");
    }
};
