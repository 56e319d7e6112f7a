import { describe, expect, it } from 'vitest';
import { mysql } from '../../../src/dump/mysql/index.js';
import type { Operation } from '../../../src/model/index.js';

const at = { file: 'm.php', line: 7 };
const lower = (sql: string): Operation[] => mysql.lowerSql(sql, at, []);
/** Each operation as its kind and the one detail that identifies it. */
function summary(op: Operation): string {
  switch (op.kind) {
    case 'createTable':
      return `createTable ${op.table} (${op.columns.map((c) => c.name).join(',')}) idx[${op.indexes.map((i) => `${i.kind}:${i.name}`).join(',')}] fk[${op.foreignKeys.map((f) => f.name).join(',')}] ck[${op.checks.map((c) => c.literals.join('|')).join(',')}]`;
    case 'addColumn':
      return `addColumn ${op.table}.${op.column.name} ${op.column.type.kind}${op.column.nullable ? ' null' : ''}`;
    case 'changeColumn':
      return `changeColumn ${op.table}.${op.column.name} ${op.column.type?.kind ?? '-'} ${JSON.stringify(op.column.default ?? null)}`;
    case 'dropColumn':
      return `dropColumn ${op.table}.${op.column}`;
    case 'renameColumn':
      return `renameColumn ${op.table} ${op.from}->${op.to}`;
    case 'renameTable':
      return `renameTable ${op.from}->${op.to}`;
    case 'renameIndex':
      return `renameIndex ${op.table} ${op.from}->${op.to}`;
    case 'addIndex':
      return `addIndex ${op.table} ${op.index.kind}:${op.index.name}(${op.index.columns.join(',')})`;
    case 'dropIndex':
      return `dropIndex ${op.table} ${op.name} ${op.indexKind ?? '?'}`;
    case 'addForeignKey':
      return `addForeignKey ${op.table} ${op.foreignKey.name} -> ${op.foreignKey.refTable} ${op.foreignKey.onDelete ?? ''}`;
    case 'dropForeignKey':
      return `dropForeignKey ${op.table} ${op.name}`;
    case 'addCheck':
      return `addCheck ${op.table} ${op.check.name} [${op.check.literals.join('|')}]`;
    case 'dropCheck':
      return `dropCheck ${op.table} ${op.name}`;
    case 'createView':
      return `createView ${op.name}${op.orReplace ? ' or replace' : ''}`;
    case 'dropView':
      return `dropView ${op.name}`;
    case 'dropTable':
      return `dropTable ${op.table}${op.ifExists ? ' if exists' : ''}`;
    case 'insertRows':
      return `insertRows ${op.table} ${JSON.stringify(op.rows)}`;
    case 'dataChange':
      return `dataChange ${op.description}`;
    case 'createTrigger':
      return `createTrigger ${op.table}.${op.name}${op.orReplace ? ' or replace' : ''}${op.ifNotExists ? ' if not exists' : ''}`;
    case 'dropTrigger':
      return `dropTrigger ${op.name}${op.ifExists ? ' if exists' : ''}`;
    case 'createRoutine':
      return `createRoutine ${op.routine} ${op.name}${op.orReplace ? ' or replace' : ''}${op.ifNotExists ? ' if not exists' : ''}`;
    case 'dropRoutine':
      return `dropRoutine ${op.routine ?? '?'} ${op.name}${op.ifExists ? ' if exists' : ''}`;
    case 'createSequence':
      return `createSequence ${op.name}${op.ifNotExists ? ' if not exists' : ''}`;
    case 'dropSequence':
      return `dropSequence ${op.name}${op.ifExists ? ' if exists' : ''}`;
    case 'setColumnComment':
      return `setColumnComment ${op.table}.${op.column} ${JSON.stringify(op.comment)}`;
    default:
      return op.kind;
  }
}

describe('mysql lowering of migration SQL', () => {
  it.each([
    ['ALTER TABLE messages RENAME COLUMN body TO content', ['renameColumn messages body->content']],
    ['ALTER TABLE agent_logs DROP CONSTRAINT agent_logs_source_type_check', ['dropCheck agent_logs agent_logs_source_type_check']],
    ["ALTER TABLE agent_logs ADD CONSTRAINT agent_logs_source_type_check CHECK (source_type IN ('claude', 'it''s'))", ["addCheck agent_logs agent_logs_source_type_check [claude|it's]"]],
    ['ALTER TABLE `users` ADD COLUMN `nick` varchar(40) NULL AFTER `id`, ADD INDEX `users_nick_index` (`nick`), DROP COLUMN `old`', ['addColumn users.nick string null', 'addIndex users index:users_nick_index(nick)', 'dropColumn users.old']],
    ['ALTER TABLE users MODIFY COLUMN name varchar(100) NOT NULL DEFAULT \'a\'', ['changeColumn users.name string {"kind":"literal","value":"a"}', 'setColumnComment users.name null']],
    ['ALTER TABLE users CHANGE name full_name varchar(100) NOT NULL', ['renameColumn users name->full_name', 'changeColumn users.full_name string null', 'setColumnComment users.full_name null']],
    ["ALTER TABLE posts MODIFY body TEXT NULL COMMENT 'Markdown source, it''s rendered'", ['changeColumn posts.body text null', 'setColumnComment posts.body "Markdown source, it\'s rendered"']],
    ["ALTER TABLE users ALTER COLUMN status SET DEFAULT 'x'", ['changeColumn users.status - {"kind":"literal","value":"x"}']],
    ['ALTER TABLE users ALTER status DROP DEFAULT', ['changeColumn users.status - null']],
    ['ALTER TABLE users RENAME INDEX a TO b', ['renameIndex users a->b']],
    ['ALTER TABLE posts ADD CONSTRAINT posts_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE', ['addForeignKey posts posts_user_id_foreign -> users cascade']],
    ['ALTER TABLE posts DROP FOREIGN KEY posts_user_id_foreign, DROP INDEX posts_user_id_foreign', ['dropForeignKey posts posts_user_id_foreign', 'dropIndex posts posts_user_id_foreign ?']],
    ['ALTER TABLE posts ADD UNIQUE KEY posts_slug_unique (slug), ADD FULLTEXT INDEX ft (title, body), DROP PRIMARY KEY', ['addIndex posts unique:posts_slug_unique(slug)', 'addIndex posts fulltext:ft(title,body)', 'dropIndex posts PRIMARY primary']],
    ['RENAME TABLE a TO b, c TO d', ['renameTable a->b', 'renameTable c->d']],
    ['CREATE UNIQUE INDEX i ON t (a, b)', ['addIndex t unique:i(a,b)']],
    ['DROP INDEX i ON t', ['dropIndex t i ?']],
    ['CREATE OR REPLACE ALGORITHM=MERGE VIEW `v` AS SELECT 1', ['createView v or replace']],
    ['DROP VIEW IF EXISTS v; DROP TABLE IF EXISTS a, b', ['dropView v', 'dropTable a if exists', 'dropTable b if exists']],
    ["INSERT INTO sources (slug, enabled) VALUES ('obsidian', 1), ('it\\'s', NULL)", ['insertRows sources [{"slug":"obsidian","enabled":1},{"slug":"it\'s","enabled":null}]']],
    ['INSERT INTO t VALUES (1)', ['insertRows t null']],
    ['UPDATE work_items SET f = 1; DELETE FROM x WHERE a = 1', ['dataChange UPDATE on work_items', 'dataChange DELETE on x']],
    [
      "CREATE TABLE `w` (`id` bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, `s` enum('a','b') NOT NULL, `j` json CHECK (json_valid(`j`)), KEY `w_s_index` (`s`), CONSTRAINT `w_c` CHECK (`s` <> 'b'), CONSTRAINT `w_u_foreign` FOREIGN KEY (`u`) REFERENCES `users` (`id`)) PARTITION BY HASH(id) PARTITIONS 4",
      ['createTable w (id,s,j) idx[primary:PRIMARY,index:w_s_index] fk[w_u_foreign] ck[,b]'],
    ],
    ['CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1', ['createTrigger a.t']],
    ['CREATE DEFINER=`root`@`localhost` TRIGGER IF NOT EXISTS `db`.`t` AFTER UPDATE ON `db`.`a` FOR EACH ROW FOLLOWS u SET @x = 1', ['createTrigger a.t if not exists']],
    ['/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `t` BEFORE INSERT ON `a` FOR EACH ROW SET NEW.x = 1 */', ['createTrigger a.t']],
    // Comments between the words: read by the tokenizer rather than the one-step pattern.
    ['CREATE /* audit */ TRIGGER `t` -- why\n AFTER DELETE ON `db`.`a` FOR EACH ROW SET @x = 1', ['createTrigger a.t']],
    ["CREATE DEFINER = 'it''s'@'%' PROCEDURE /* p */ `p`() SELECT 1", ['createRoutine procedure p']],
    [
      'CREATE PROCEDURE count_posts(IN wanted VARCHAR(20), OUT n INT)\nBEGIN\n  SELECT COUNT(*) INTO n FROM posts WHERE status = wanted;\n  IF n > 0 THEN SET n = CASE WHEN n > 1 THEN 2 ELSE 1 END; END IF;\nEND; DROP PROCEDURE IF EXISTS old_count',
      ['createRoutine procedure count_posts', 'dropRoutine procedure old_count if exists'],
    ],
    ["CREATE OR REPLACE DEFINER = 'a'@'%' FUNCTION post_label(title VARCHAR(255)) RETURNS VARCHAR(300) DETERMINISTIC RETURN CONCAT('#', title)", ['createRoutine function post_label or replace']],
    ['CREATE AGGREGATE FUNCTION IF NOT EXISTS agg(x INT) RETURNS INT BEGIN DECLARE CONTINUE HANDLER FOR NOT FOUND RETURN 0; LOOP FETCH GROUP NEXT ROW; END LOOP; END', ['createRoutine function agg if not exists']],
    ['DROP TRIGGER IF EXISTS db.t; DROP FUNCTION f', ['dropTrigger t if exists', 'dropRoutine function f']],
    ['CREATE SEQUENCE IF NOT EXISTS invoice_numbers START WITH 1000; DROP SEQUENCE invoice_numbers', ['createSequence invoice_numbers if not exists', 'dropSequence invoice_numbers']],
    ["ALTER TABLE posts ADD COLUMN summary varchar(255) NULL COMMENT 'One line'", ['addColumn posts.summary string null']],
    ['this is not sql', ['opaque']],
  ])('%s', (sql, expected) => {
    expect(lower(sql).map(summary)).toEqual(expected);
  });

  it('keeps the comment of a column it adds or creates', () => {
    const [added] = lower("ALTER TABLE posts ADD COLUMN summary varchar(255) NULL COMMENT 'One line, it''s short'");
    const [created] = lower("CREATE TABLE t (a int COMMENT 'c\\\\d')");
    expect(added).toMatchObject({ kind: 'addColumn', column: { comment: "One line, it's short" } });
    expect(created).toMatchObject({ kind: 'createTable', columns: [{ name: 'a', comment: 'c\\d' }] });
  });

  it('keeps the location and guards on every operation and never throws', () => {
    const guards = [{ kind: 'unknown', text: 'config' }] as const;
    for (const sql of ['', ';;', "ALTER TABLE", "INSERT INTO", 'CREATE TABLE x (', '/*!50001 CREATE VIEW v AS SELECT 1 */']) {
      for (const op of mysql.lowerSql(sql, at, guards)) expect(op).toMatchObject({ at, guards });
    }
  });
});
