<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

class CreateTaskAssignmentsTable extends Migration
{
    public function up()
    {
        Schema::create('task_assignments', function (Blueprint $table) {
            $table->id();
            $table->foreignId('work_item_id')->constrained('work_items')->cascadeOnDelete();
            $table->foreignId('agent_id')->constrained('agents');
            $table->string('role', 30)->default('owner');
            $table->timestamp('assigned_at')->nullable();
            $table->timestamps();

            $table->unique(['work_item_id', 'agent_id']);
        });
    }

    public function down()
    {
        Schema::dropIfExists('task_assignments');
    }
}
