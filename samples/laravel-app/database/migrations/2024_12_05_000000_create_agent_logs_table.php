<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

class CreateAgentLogsTable extends Migration
{
    public function up()
    {
        Schema::create('agent_logs', function (Blueprint $table) {
            $table->id();
            $table->foreignId('agent_id')->nullable()->constrained()->nullOnDelete();
            $table->string('source_type', 20);
            $table->string('level', 10)->default('info');
            $table->text('message');
            $table->json('context')->nullable();
            $table->timestamp('logged_at')->useCurrent()->index();
        });

        // SQLite cannot add a constraint to an existing table; local dev
        // databases simply go without it.
        if (DB::getDriverName() !== 'sqlite') {
            DB::statement("ALTER TABLE agent_logs ADD CONSTRAINT agent_logs_source_type_check CHECK (source_type IN ('claude', 'gpt', 'human', 'system'))");
        }
    }

    public function down()
    {
        Schema::dropIfExists('agent_logs');
    }
}
