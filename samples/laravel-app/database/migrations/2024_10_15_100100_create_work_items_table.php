<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

class CreateWorkItemsTable extends Migration
{
    public function up()
    {
        Schema::create('work_items', function (Blueprint $table) {
            $table->id();
            // Foreign keys for these two are added later, in
            // add_foreign_keys_to_work_items_table.
            $table->unsignedBigInteger('sprint_id')->nullable();
            $table->unsignedBigInteger('parent_id')->nullable();
            $table->string('title');
            $table->enum('type', ['epic', 'story', 'task', 'bug'])->default('task');
            $table->enum('status', ['backlog', 'todo', 'in_progress', 'review', 'done'])->default('backlog');
            $table->unsignedTinyInteger('priority')->default(3);
            $table->json('metadata')->nullable();
            $table->timestamps();
            $table->softDeletes();

            $table->index(['status', 'priority']);
        });
    }

    public function down()
    {
        Schema::dropIfExists('work_items');
    }
}
