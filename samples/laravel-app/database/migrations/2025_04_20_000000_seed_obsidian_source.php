<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

// Data only: the Obsidian vault importer needs its source row to exist
// before the first sync runs.
return new class extends Migration
{
    public function up(): void
    {
        DB::table('sources')->insert([
            'slug' => 'obsidian',
            'name' => 'Obsidian vault',
            'driver' => 'obsidian',
            'config' => '{"vault_path":"/srv/vault","sync_interval":300}',
            'enabled' => true,
            'created_at' => '2025-04-20 00:00:00',
            'updated_at' => '2025-04-20 00:00:00',
        ]);
    }

    public function down(): void
    {
        DB::table('sources')->where('slug', 'obsidian')->delete();
    }
};
