<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

class CreateAgentMemoryTable extends Migration
{
    public function up()
    {
        Schema::create('agent_memory', function (Blueprint $table) {
            $table->id();
            $table->string('agent_key', 80)->index();
            $table->nullableMorphs('subject');
            $table->string('kind', 40);
            $table->text('content');
            $table->jsonb('embedding_meta')->nullable();
            $table->timestamp('expires_at')->nullable();
            $table->timestamps();
        });
    }

    public function down()
    {
        Schema::dropIfExists('agent_memory');
    }
}
