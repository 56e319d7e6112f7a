<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

// Scratch table for the one-off Jira import; dropped again once the import
// was done (2025_01_20_000000_drop_import_staging_table).
class CreateImportStagingTable extends Migration
{
    public function up()
    {
        Schema::create('import_staging', function (Blueprint $table) {
            $table->id();
            $table->string('external_key')->index();
            $table->json('raw');
            $table->boolean('processed')->default(false);
            $table->timestamps();
        });
    }

    public function down()
    {
        Schema::dropIfExists('import_staging');
    }
}
