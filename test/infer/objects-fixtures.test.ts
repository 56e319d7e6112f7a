import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { runOptions } from '../support/run-options.js';

/*
 * Real dumps (pg_dump 15, mariadb-dump 10.11 --routines --triggers, sqlite3 .dump)
 * of databases Laravel 8.83's Migrator built from migrations that make, replace and
 * drop triggers, functions/procedures, sequences and column comments
 * (test/fixtures/objects/README.md).
 */

interface JsonVerdict {
  readonly migration: string;
  readonly verdict: string;
  readonly stamp: boolean;
  readonly evidence: readonly { readonly code: string; readonly status: string; readonly dumpLine: number | null }[];
}

async function status(dump: string, migrations: string): Promise<Record<string, JsonVerdict>> {
  const result = await run(runOptions({ command: 'status', dump, migrations: [migrations], json: true }));
  const report = JSON.parse(result.stdout) as { verdicts: JsonVerdict[] };
  return Object.fromEntries(report.verdicts.map((verdict) => [verdict.migration.replace(/^\d{4}_\d\d_\d\d_\d{6}_/, ''), verdict]));
}

const codes = (verdict: JsonVerdict | undefined, status: string): string[] => (verdict?.evidence ?? []).filter((e) => e.status === status).map((e) => e.code);

describe('triggers, routines, sequences and comments in real dumps', () => {
  it('PostgreSQL: pg_dump shows them, so they decide verdicts both ways', async () => {
    const v = await status('test/fixtures/objects/postgres.sql', 'test/fixtures/objects/postgres/migrations');
    expect(Object.fromEntries(Object.entries(v).map(([name, verdict]) => [name, verdict.verdict]))).toEqual({
      create_posts_table: 'tracked',
      add_touch_trigger_to_posts: 'tracked',
      create_invoice_numbers_sequence: 'applied',
      add_summary_to_posts: 'applied',
      create_archive_posts_procedure: 'applied',
      drop_status_check_on_posts: 'applied',
      replace_posts_touch_function: 'unknown',
      drop_posts_touch_trigger: 'applied',
      add_default_summary_trigger_to_posts: 'applied',
      add_audit_trigger_to_posts: 'pending',
    });
    expect(codes(v['create_invoice_numbers_sequence'], 'present')).toEqual(['E-SEQUENCE-PRESENT']);
    expect(v['create_invoice_numbers_sequence']?.evidence[0]?.dumpLine).toBe(62);
    expect(codes(v['add_summary_to_posts'], 'present')).toEqual(['E-COLUMN-PRESENT', 'E-COMMENT-PRESENT', 'E-COMMENT-PRESENT']);
    expect(codes(v['create_archive_posts_procedure'], 'present')).toEqual(['E-ROUTINE-PRESENT']);
    expect(codes(v['drop_status_check_on_posts'], 'present')).toEqual(['E-CHECK-GONE']);
    expect(codes(v['replace_posts_touch_function'], 'note')).toContain('E-SAME-AS-BEFORE');
    expect(codes(v['drop_posts_touch_trigger'], 'present')).toEqual(['E-TRIGGER-GONE']);
    expect(codes(v['add_default_summary_trigger_to_posts'], 'present')).toEqual(['E-ROUTINE-PRESENT', 'E-TRIGGER-PRESENT']);
    expect(codes(v['add_audit_trigger_to_posts'], 'missing')).toEqual(['E-ROUTINE-MISSING', 'E-TRIGGER-MISSING', 'E-SEQUENCE-MISSING', 'E-COMMENT-MISSING']);
    expect(codes(v['create_posts_table'], 'present')).toContain('E-COMMENT-PRESENT');
  });

  it('MySQL: triggers, routines, a MariaDB sequence and comments in column definitions', async () => {
    const v = await status('test/fixtures/objects/mysql.sql', 'test/fixtures/objects/mysql/migrations');
    expect(Object.fromEntries(Object.entries(v).map(([name, verdict]) => [name, verdict.verdict]))).toEqual({
      create_posts_table: 'tracked',
      add_title_trim_trigger_to_posts: 'tracked',
      create_count_posts_procedure: 'applied',
      create_post_label_function: 'applied',
      add_summary_to_posts: 'applied',
      create_invoice_numbers_sequence: 'applied',
      drop_posts_title_trim_trigger: 'applied',
      add_default_summary_trigger_to_posts: 'applied',
      add_audit_trigger_to_posts: 'pending',
    });
    expect(codes(v['add_summary_to_posts'], 'present')).toEqual(['E-COLUMN-PRESENT', 'E-COMMENT-PRESENT', 'E-COMMENT-PRESENT']);
    expect(codes(v['drop_posts_title_trim_trigger'], 'present')).toEqual(['E-TRIGGER-GONE']);
    expect(codes(v['create_invoice_numbers_sequence'], 'present')).toEqual(['E-SEQUENCE-PRESENT']);
    expect(codes(v['add_audit_trigger_to_posts'], 'missing')).toEqual(['E-TRIGGER-MISSING', 'E-ROUTINE-MISSING']);
  });

  it('SQLite: triggers decide; Laravel\'s ->comment() is never evidence there', async () => {
    const v = await status('test/fixtures/objects/sqlite.sql', 'test/fixtures/objects/sqlite/migrations');
    expect(Object.fromEntries(Object.entries(v).map(([name, verdict]) => [name, verdict.verdict]))).toEqual({
      create_posts_table: 'tracked',
      add_touch_trigger_to_posts: 'tracked',
      add_summary_to_posts: 'applied',
      add_title_trim_trigger_to_posts: 'applied',
      drop_posts_touch_trigger: 'applied',
      add_audit_trigger_to_posts: 'pending',
    });
    expect(codes(v['add_summary_to_posts'], 'present')).toEqual(['E-COLUMN-PRESENT']);
    expect(codes(v['add_summary_to_posts'], 'note')).toEqual(['E-COMMENT-UNSHOWN']);
    expect(codes(v['drop_posts_touch_trigger'], 'present')).toEqual(['E-TRIGGER-GONE']);
  });
});
