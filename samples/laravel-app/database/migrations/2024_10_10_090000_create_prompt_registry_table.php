<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

class CreatePromptRegistryTable extends Migration
{
    public function up()
    {
        Schema::create('prompt_registry', function (Blueprint $table) {
            $table->id();
            $table->string('key');
            $table->unsignedInteger('version')->default(1);
            $table->string('title');
            $table->text('template');
            $table->json('variables')->nullable();
            $table->boolean('is_active')->default(true);
            $table->timestamps();

            $table->unique(['key', 'version']);
        });
    }

    public function down()
    {
        Schema::dropIfExists('prompt_registry');
    }
}
