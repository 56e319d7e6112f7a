<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

// Data only: rows created before content_format existed are markdown.
return new class extends Migration
{
    public function up(): void
    {
        DB::table('work_items')
            ->whereNull('content_format')
            ->update(['content_format' => 'markdown']);
    }

    public function down(): void
    {
        // Not reversible: we cannot tell which rows were backfilled.
    }
};
