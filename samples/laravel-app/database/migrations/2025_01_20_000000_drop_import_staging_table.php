<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::dropIfExists('import_staging');
    }

    public function down(): void
    {
        Schema::create('import_staging', function (Blueprint $table) {
            $table->id();
            $table->string('external_key')->index();
            $table->json('raw');
            $table->boolean('processed')->default(false);
            $table->timestamps();
        });
    }
};
