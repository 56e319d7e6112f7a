<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::dropIfExists('tmp_account_import');
    }

    public function down(): void
    {
        Schema::create('tmp_account_import', function (Blueprint $table) {
            $table->id();
            $table->string('legacy_id')->index();
            $table->json('payload');
        });
    }
};
