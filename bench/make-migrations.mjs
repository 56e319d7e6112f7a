// Writes COUNT Laravel migration files into a folder, in the shapes real apps
// use (create with many column types and indexes, add/rename/drop columns,
// foreign keys, raw statements), for timing the migration side of migstamp.
//
//   node bench/make-migrations.mjs 2000 /tmp/migrations-2000
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 2000);
const folder = process.argv[3] ?? `bench/out/migrations-${count}`;
mkdirSync(folder, { recursive: true });

const pad = (n, width) => String(n).padStart(width, '0');
for (let i = 0; i < count; i++) {
  const table = `table_${Math.floor(i / 4)}`;
  const stamp = `2024_${pad(1 + (Math.floor(i / 400) % 12), 2)}_${pad(1 + (Math.floor(i / 20) % 28), 2)}_${pad(i, 6)}`;
  let body;
  switch (i % 4) {
    case 0:
      body = `Schema::create('${table}', function (Blueprint $table) {
            $table->id();
            $table->foreignId('user_id')->nullable()->constrained()->nullOnDelete();
            $table->string('name', 120)->index();
            $table->text('description')->nullable();
            $table->json('settings')->nullable();
            $table->decimal('amount', 10, 2)->default(0);
            $table->enum('state', ['draft', 'live', 'gone'])->default('draft');
            $table->boolean('active')->default(true);
            $table->timestamps();
            $table->softDeletes();
            $table->unique(['name', 'user_id']);
        });`;
      break;
    case 1:
      body = `Schema::table('${table}', function (Blueprint $table) {
            $table->string('slug')->nullable()->after('name');
            $table->unsignedInteger('position')->default(0);
            $table->index(['position', 'active']);
        });`;
      break;
    case 2:
      body = `Schema::table('${table}', function (Blueprint $table) {
            $table->renameColumn('description', 'summary');
        });
        DB::statement('CREATE INDEX ${table}_lower_name ON ${table} (lower(name))');`;
      break;
    default:
      body = `if (Schema::hasColumn('${table}', 'settings')) {
            Schema::table('${table}', function (Blueprint $table) {
                $table->dropColumn('settings');
            });
        }`;
  }
  writeFileSync(
    join(folder, `${stamp}_migration_${i}.php`),
    `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        ${body}
    }

    public function down(): void
    {
        Schema::dropIfExists('${table}');
    }
};
`,
  );
}
console.log(`wrote ${count} migrations to ${folder}`);
