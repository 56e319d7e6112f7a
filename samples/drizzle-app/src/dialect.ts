/**
 * The column and table builders of the engine the sample is generated for
 * (SAMPLE_DIALECT: postgresql, mysql or sqlite), so that one schema describes the
 * application on all three; drizzle-kit generate reads the schema through them.
 */
import * as my from 'drizzle-orm/mysql-core';
import * as pg from 'drizzle-orm/pg-core';
import * as lite from 'drizzle-orm/sqlite-core';

const dialect = process.env.SAMPLE_DIALECT ?? 'postgresql';

type Columns = Record<string, any>;
type Extra = (t: any) => any[];

export function table(name: string, columns: Columns, extra?: Extra): any {
  if (dialect === 'mysql') return my.mysqlTable(name, columns, extra);
  if (dialect === 'sqlite') return lite.sqliteTable(name, columns, extra);
  return pg.pgTable(name, columns, extra);
}

/** An auto-increment integer primary key. */
export function id(): any {
  if (dialect === 'mysql') return my.int('id').autoincrement().primaryKey();
  if (dialect === 'sqlite') return lite.integer('id').primaryKey({ autoIncrement: true });
  return pg.serial('id').primaryKey();
}

export function int(name: string): any {
  if (dialect === 'mysql') return my.int(name);
  if (dialect === 'sqlite') return lite.integer(name);
  return pg.integer(name);
}

export function str(name: string, length: number): any {
  if (dialect === 'mysql') return my.varchar(name, { length });
  if (dialect === 'sqlite') return lite.text(name, { length });
  return pg.varchar(name, { length });
}

export function txt(name: string): any {
  if (dialect === 'mysql') return my.text(name);
  if (dialect === 'sqlite') return lite.text(name);
  return pg.text(name);
}

export function bool(name: string): any {
  if (dialect === 'mysql') return my.boolean(name);
  if (dialect === 'sqlite') return lite.integer(name, { mode: 'boolean' });
  return pg.boolean(name);
}

export function time(name: string): any {
  if (dialect === 'mysql') return my.timestamp(name);
  if (dialect === 'sqlite') return lite.integer(name, { mode: 'timestamp' });
  return pg.timestamp(name);
}

export function index(name: string): any {
  if (dialect === 'mysql') return my.index(name);
  if (dialect === 'sqlite') return lite.index(name);
  return pg.index(name);
}

export function uniqueIndex(name: string): any {
  if (dialect === 'mysql') return my.uniqueIndex(name);
  if (dialect === 'sqlite') return lite.uniqueIndex(name);
  return pg.uniqueIndex(name);
}

export function primaryKey(config: { columns: any[] }): any {
  if (dialect === 'mysql') return my.primaryKey(config);
  if (dialect === 'sqlite') return lite.primaryKey(config);
  return pg.primaryKey(config);
}
