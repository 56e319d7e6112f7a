<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

class AddContentFieldsToWorkItemsTable extends Migration
{
    public function up()
    {
        Schema::table('work_items', function (Blueprint $table) {
            $table->text('summary')->nullable()->after('title');
            $table->longText('content')->nullable()->after('summary');
            $table->string('content_format', 20)->nullable()->after('content');
        });
    }

    public function down()
    {
        Schema::table('work_items', function (Blueprint $table) {
            $table->dropColumn(['summary', 'content', 'content_format']);
        });
    }
}
