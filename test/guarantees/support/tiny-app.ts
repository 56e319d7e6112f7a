/**
 * A minimal Laravel app and matching pg_dump text, for tests that need names
 * under their control: each migration creates one table with one column.
 */

/** A PHP single-quoted string literal holding exactly `text`. */
export function phpString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A migration whose up() creates `table` with a `name varchar(255)` column. */
export function createTableMigration(table: string): string {
  return [
    '<?php',
    '',
    'use Illuminate\\Database\\Migrations\\Migration;',
    'use Illuminate\\Database\\Schema\\Blueprint;',
    'use Illuminate\\Support\\Facades\\Schema;',
    '',
    'return new class extends Migration',
    '{',
    '    public function up(): void',
    '    {',
    `        Schema::create(${phpString(table)}, function (Blueprint $table) {`,
    "            $table->string('name');",
    '        });',
    '    }',
    '',
    '    public function down(): void',
    '    {',
    `        Schema::dropIfExists(${phpString(table)});`,
    '    }',
    '};',
    '',
  ].join('\n');
}

const pgIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** COPY text format: backslash, tab and line breaks are escaped. */
const copyField = (text: string) => text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** A plain pg_dump-shaped file: a Laravel tracking table with `tracked` rows (batch 1) and `tables`. */
export function pgDump(tables: readonly string[], tracked: readonly string[]): string {
  const lines = [
    '--',
    '-- PostgreSQL database dump',
    '--',
    '',
    'SET statement_timeout = 0;',
    "SET client_encoding = 'UTF8';",
    "SELECT pg_catalog.set_config('search_path', '', false);",
    '',
    'CREATE TABLE public.migrations (',
    '    id integer NOT NULL,',
    '    migration character varying(255) NOT NULL,',
    '    batch integer NOT NULL',
    ');',
    '',
  ];
  for (const table of tables) lines.push(`CREATE TABLE public.${pgIdentifier(table)} (`, '    name character varying(255) NOT NULL', ');', '');
  lines.push('COPY public.migrations (id, migration, batch) FROM stdin;');
  tracked.forEach((name, index) => lines.push(`${index + 1}\t${copyField(name)}\t1`));
  lines.push('\\.', '', '--', '-- PostgreSQL database dump complete', '--', '');
  return lines.join('\n');
}
