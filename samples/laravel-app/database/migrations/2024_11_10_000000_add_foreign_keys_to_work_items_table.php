<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

class AddForeignKeysToWorkItemsTable extends Migration
{
    public function up()
    {
        Schema::table('work_items', function (Blueprint $table) {
            $table->foreign('sprint_id')->references('id')->on('sprints')->nullOnDelete();
            $table->foreign('parent_id')->references('id')->on('work_items')->cascadeOnDelete();
        });
    }

    public function down()
    {
        Schema::table('work_items', function (Blueprint $table) {
            $table->dropForeign(['sprint_id']);
            $table->dropForeign(['parent_id']);
        });
    }
}
