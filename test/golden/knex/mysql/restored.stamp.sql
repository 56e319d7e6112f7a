-- migstamp 0.0.0-test: stamp script for mysql
--
-- dump: samples/knex-app/mysql/restored.sql
--   sha256:8e8c4c98f918f11f1117da9c8de5274345b1dbd6c30e66196be8747b6cb81405
-- migrations (27 files): samples/knex-app/migrations
--   sha256:d201f406a7f76c1ac92a0b885dc957289e0fb2ad0e917735566b215316860908
-- tracking table: knex_migrations
-- highest batch in the dump: 2; rows below get batch 3
-- verdicts: 7 tracked, 15 applied, 0 implied, 3 pending, 1 partial, 1 unknown, 0 orphan
-- rows inserted: 15
--
-- REVIEW BEFORE RUNNING. Each INSERT below states the evidence that justified it.
-- The script runs in one transaction, aborts without changes on a database that does
-- not match the dump, and inserts nothing that is already there (safe to run twice).
-- Run with: mysql --database=DB < FILE

-- Not stamped by this script: 5 migrations without a tracking row, 7 migrations already tracked.
--
-- pending: 20240108090000_create_ticket_import
--   none of its 5 checked effects are in the dump
--   migrate would run cleanly against this schema
--
-- pending: 20240109090000_drop_ticket_import
--   it removes what an earlier migration creates and neither leaves a trace in the dump; leaving
--     both pending is harmless
--   migrate would run cleanly against this schema
--
-- unknown: 20240121090000_backfill_closed_ticket_priority
--   changes data only; the dump cannot show whether it ran
--   migrate would run its data change again: knex('tickets').update()
--   if you know it ran: --assume-applied 20240121090000_backfill_closed_ticket_priority
--
-- partial: 20240126090000_create_ticket_links
--   5 of 6 effects in the dump; missing: unique index ticket_links_pair_unique
--   migrate would run cleanly against this schema
--   finish or undo it by hand first (migstamp diff shows what differs), or:
--     --assume-applied 20240126090000_create_ticket_links
--
-- pending: 20240127090000_rename_ticket_notes_to_comments
--   none of its 2 checked effects are in the dump
--   migrate would run cleanly against this schema
--
-- tracked in batch 1: 20240101090000_create_users, 20240102090000_create_teams,
--     20240103090000_create_tickets, 20240104090000_create_tags
--
-- tracked in batch 2: 20240105090000_add_priority_to_tickets, 20240106090000_create_audit_log,
--     20240107090000_rename_tickets_body

SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
START TRANSACTION;

-- Preconditions: abort, changing nothing, unless the objects that justify the stamps are here.
SET @migstamp_missing = CONCAT_WS('; ',
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'knex_migrations'), NULL, 'tracking table knex_migrations'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tickets' AND INDEX_NAME = 'tickets_created_at_index'), NULL, 'index tickets_created_at_index on tickets'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'settings'), NULL, 'table settings'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'settings' AND COLUMN_NAME = 'key'), NULL, 'column settings.key'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'settings' AND COLUMN_NAME = 'value'), NULL, 'column settings.value'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'settings' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'settings' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on settings'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'labels'), NULL, 'table labels'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'team_id'), NULL, 'column users.team_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'phone'), NULL, 'column users.phone'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'timezone'), NULL, 'column users.timezone'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND CONSTRAINT_NAME = 'users_team_id_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'users_team_id_foreign'), NULL, 'constraint users_team_id_foreign on users'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tickets' AND INDEX_NAME = 'tickets_open_index'), NULL, 'index tickets_open_index on tickets'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tickets' AND COLUMN_NAME = 'subject'), NULL, 'column tickets.subject'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes'), NULL, 'table ticket_notes'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND COLUMN_NAME = 'id'), NULL, 'column ticket_notes.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND COLUMN_NAME = 'ticket_id'), NULL, 'column ticket_notes.ticket_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND COLUMN_NAME = 'body'), NULL, 'column ticket_notes.body'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND COLUMN_NAME = 'created_at'), NULL, 'column ticket_notes.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND COLUMN_NAME = 'updated_at'), NULL, 'column ticket_notes.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on ticket_notes'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND CONSTRAINT_NAME = 'ticket_notes_ticket_id_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND INDEX_NAME = 'ticket_notes_ticket_id_foreign'), NULL, 'constraint ticket_notes_ticket_id_foreign on ticket_notes'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tickets' AND COLUMN_NAME = 'audited_by'), NULL, 'column tickets.audited_by'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tickets' AND COLUMN_NAME = 'audited_at'), NULL, 'column tickets.audited_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND COLUMN_NAME = 'audited_by'), NULL, 'column ticket_notes.audited_by'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_notes' AND COLUMN_NAME = 'audited_at'), NULL, 'column ticket_notes.audited_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sla_policies'), NULL, 'table sla_policies'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sla_policies' AND COLUMN_NAME = 'id'), NULL, 'column sla_policies.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sla_policies' AND COLUMN_NAME = 'name'), NULL, 'column sla_policies.name'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sla_policies' AND COLUMN_NAME = 'respond_within_minutes'), NULL, 'column sla_policies.respond_within_minutes'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sla_policies' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sla_policies' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on sla_policies'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'labels' AND COLUMN_NAME = 'name'), NULL, 'column labels.name'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'labels' AND COLUMN_NAME = 'audited_by'), NULL, 'column labels.audited_by'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'labels' AND COLUMN_NAME = 'audited_at'), NULL, 'column labels.audited_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations'), NULL, 'table escalations'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND COLUMN_NAME = 'id'), NULL, 'column escalations.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND COLUMN_NAME = 'ticket_id'), NULL, 'column escalations.ticket_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND COLUMN_NAME = 'reason'), NULL, 'column escalations.reason'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND COLUMN_NAME = 'code'), NULL, 'column escalations.code'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND COLUMN_NAME = 'escalated_at'), NULL, 'column escalations.escalated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on escalations'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND INDEX_NAME = 'escalations_code_index'), NULL, 'index escalations_code_index on escalations'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND CONSTRAINT_NAME = 'escalations_ticket_id_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'escalations' AND INDEX_NAME = 'escalations_ticket_id_foreign'), NULL, 'constraint escalations_ticket_id_foreign on escalations'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_watchers'), NULL, 'table ticket_watchers'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_watchers' AND COLUMN_NAME = 'ticket_id'), NULL, 'column ticket_watchers.ticket_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_watchers' AND COLUMN_NAME = 'user_id'), NULL, 'column ticket_watchers.user_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_watchers' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket_watchers' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on ticket_watchers')
);
-- A missing object hides the tracking table behind an empty temporary one:
-- every INSERT below then fails.
SET @migstamp_guard = IF(@migstamp_missing = '', 'DO 0', 'CREATE TEMPORARY TABLE `knex_migrations` (migstamp_precondition_failed int)');
SET @migstamp_unguard = IF(@migstamp_missing = '', 'DO 0', 'DROP TEMPORARY TABLE `knex_migrations`');
PREPARE migstamp_guard FROM @migstamp_guard;
EXECUTE migstamp_guard;
DEALLOCATE PREPARE migstamp_guard;
-- ...and this raises an error naming what is missing (the value is not a valid sql_mode).
SET SESSION sql_mode = IF(@migstamp_missing = '', @@SESSION.sql_mode, CONCAT('migstamp: this database does not match the dump so nothing was changed; missing: ', @migstamp_missing));
-- Locks every tracking row and the gaps between them until COMMIT:
-- a concurrent `migrate` cannot add rows meanwhile.
SELECT COUNT(*) INTO @migstamp_locked_rows FROM `knex_migrations` FOR UPDATE;

-- applied: 20240110090000_index_tickets_created_at
--   file: 20240110090000_index_tickets_created_at.js
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index tickets_created_at_index is in the dump [dump line 358; line 2]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240110090000_index_tickets_created_at.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240110090000_index_tickets_created_at.js');

-- applied: 20240111090000_seed_support_team
--   file: 20240111090000_seed_support_team.js
--   all 2 checked effects are in the dump
--   E-ROW-PRESENT the dump holds this row of teams [dump line 229; line 2]
--   E-ROW-PRESENT the dump holds this row of teams [dump line 230; line 2]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240111090000_seed_support_team.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240111090000_seed_support_team.js');

-- applied: 20240112090000_create_settings_if_missing
--   file: 20240112090000_create_settings_if_missing.js
--   all 4 checked effects are in the dump
--   E-TABLE-PRESENT table settings is in the dump (its statement is guarded by an existence check)
--       [dump line 166; line 4]
--   E-COLUMN-PRESENT column settings.key is in the dump (varchar(100)) (its statement is guarded
--       by an existence check) [dump line 167; line 5]
--   E-COLUMN-PRESENT column settings.value is in the dump (text) (its statement is guarded by an
--       existence check) [dump line 168; line 6]
--   E-INDEX-PRESENT primary key settings(key) is in the dump (its statement is guarded by an
--       existence check) [dump line 169; line 5]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240112090000_create_settings_if_missing.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240112090000_create_settings_if_missing.js');

-- applied: 20240113090000_rename_tags_to_labels
--   file: 20240113090000_rename_tags_to_labels.ts
--   all 2 checked effects are in the dump
--   E-TABLE-PRESENT table labels is in the dump [dump line 140; line 4]
--   E-TABLE-GONE table tags was created by an applied migration and is gone from the dump, as this
--       migration leaves it [line 4]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240113090000_rename_tags_to_labels.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240113090000_rename_tags_to_labels.js');

-- applied: 20240114090000_add_team_and_contact_to_users
--   file: 20240114090000_add_team_and_contact_to_users.js
--   all 4 checked effects are in the dump
--   E-COLUMN-PRESENT column users.team_id is in the dump (bigint unsigned) [dump line 386; line 5]
--   E-COLUMN-PRESENT column users.phone is in the dump (varchar(40)) [dump line 387; line 7]
--   E-COLUMN-PRESENT column users.timezone is in the dump (varchar(40)) [dump line 388; line 7]
--   E-FK-PRESENT foreign key users_team_id_foreign is in the dump [dump line 392; line 5]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240114090000_add_team_and_contact_to_users.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240114090000_add_team_and_contact_to_users.js');

-- applied: 20240115090000_index_open_tickets
--   file: 20240115090000_index_open_tickets.js
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index tickets_open_index is in the dump [dump line 359; line 7]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240115090000_index_open_tickets.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240115090000_index_open_tickets.js');

-- applied: 20240116090000_widen_tickets_subject
--   file: 20240116090000_widen_tickets_subject.js
--   its 1 checked effect is in the dump
--   E-COLUMN-CHANGED column tickets.subject has the changed definition (varchar(500), not null)
--       [dump line 347; line 3]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240116090000_widen_tickets_subject.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240116090000_widen_tickets_subject.js');

-- applied: 20240117090000_create_ticket_notes
--   file: 20240117090000_create_ticket_notes.ts
--   all 8 checked effects are in the dump; judged as it leaves them:
--     20240127090000_rename_ticket_notes_to_comments, which would change them, not believed to
--     have run
--   E-TABLE-PRESENT table ticket_notes is in the dump [dump line 265; line 5]
--   E-COLUMN-PRESENT column ticket_notes.id is in the dump (int unsigned) [dump line 266; line 6]
--   E-COLUMN-PRESENT column ticket_notes.ticket_id is in the dump (int unsigned)
--       [dump line 267; line 7]
--   E-COLUMN-PRESENT column ticket_notes.body is in the dump (text) [dump line 268; line 8]
--   E-COLUMN-PRESENT column ticket_notes.created_at is in the dump (timestamp)
--       [dump line 269; line 9]
--   E-COLUMN-PRESENT column ticket_notes.updated_at is in the dump (timestamp)
--       [dump line 270; line 9]
--   E-INDEX-PRESENT primary key ticket_notes(id) is in the dump [dump line 273; line 6]
--   E-FK-PRESENT foreign key ticket_notes_ticket_id_foreign is in the dump [dump line 275; line 7]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240117090000_create_ticket_notes.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240117090000_create_ticket_notes.js');

-- applied: 20240118090000_add_audit_to_tickets
--   file: 20240118090000_add_audit_to_tickets.js
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column tickets.audited_by is in the dump (varchar(100))
--       [dump line 353; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column tickets.audited_at is in the dump (timestamp)
--       [dump line 354; samples/knex-app/lib/helpers.js:8]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240118090000_add_audit_to_tickets.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240118090000_add_audit_to_tickets.js');

-- applied: 20240119090000_add_audit_to_ticket_notes
--   file: 20240119090000_add_audit_to_ticket_notes.ts
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column ticket_notes.audited_by is in the dump (varchar(100))
--       [dump line 271; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column ticket_notes.audited_at is in the dump (timestamp)
--       [dump line 272; samples/knex-app/lib/helpers.js:8]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240119090000_add_audit_to_ticket_notes.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240119090000_add_audit_to_ticket_notes.js');

-- applied: 20240120090000_create_sla_policies
--   file: 20240120090000_create_sla_policies.js
--   all 5 checked effects are in the dump
--   E-TABLE-PRESENT table sla_policies is in the dump [dump line 189; line 8]
--   E-COLUMN-PRESENT column sla_policies.id is in the dump (int unsigned) [dump line 190; line 9]
--   E-COLUMN-PRESENT column sla_policies.name is in the dump (varchar(80))
--       [dump line 191; line 10]
--   E-COLUMN-PRESENT column sla_policies.respond_within_minutes is in the dump (int)
--       [dump line 192; line 11]
--   E-INDEX-PRESENT primary key sla_policies(id) is in the dump [dump line 193; line 9]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240120090000_create_sla_policies.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240120090000_create_sla_policies.js');

-- applied: 20240122090000_rename_labels_label_to_name
--   file: 20240122090000_rename_labels_label_to_name.js
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column labels.name is in the dump (varchar(80)) (its statement is guarded by
--       an existence check) [dump line 142; line 5]
--   E-COLUMN-GONE column labels.label was created by an applied migration and is gone from the
--       dump, as this migration leaves it [line 5]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240122090000_rename_labels_label_to_name.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240122090000_rename_labels_label_to_name.js');

-- applied: 20240123090000_add_audit_to_labels
--   file: 20240123090000_add_audit_to_labels.ts
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column labels.audited_by is in the dump (varchar(100))
--       [dump line 143; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column labels.audited_at is in the dump (timestamp)
--       [dump line 144; samples/knex-app/lib/helpers.js:8]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240123090000_add_audit_to_labels.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240123090000_add_audit_to_labels.js');

-- applied: 20240124090000_create_escalations
--   file: 20240124090000_create_escalations.ts
--   all 9 checked effects are in the dump
--   E-TABLE-PRESENT table escalations is in the dump [dump line 53; line 5]
--   E-COLUMN-PRESENT column escalations.id is in the dump (int unsigned) [dump line 54; line 6]
--   E-COLUMN-PRESENT column escalations.ticket_id is in the dump (int unsigned)
--       [dump line 55; line 7]
--   E-COLUMN-PRESENT column escalations.reason is in the dump (varchar(200))
--       [dump line 56; line 8]
--   E-COLUMN-PRESENT column escalations.code is in the dump (varchar(32)) [dump line 57; line 9]
--   E-COLUMN-PRESENT column escalations.escalated_at is in the dump (timestamp)
--       [dump line 58; line 10]
--   E-INDEX-PRESENT primary key escalations(id) is in the dump [dump line 59; line 6]
--   E-INDEX-PRESENT index escalations_code_index is in the dump [dump line 61; line 9]
--   E-FK-PRESENT foreign key escalations_ticket_id_foreign is in the dump [dump line 62; line 7]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240124090000_create_escalations.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240124090000_create_escalations.js');

-- applied: 20240125090000_create_ticket_watchers
--   file: 20240125090000_create_ticket_watchers.js
--   all 4 checked effects are in the dump
--   E-TABLE-PRESENT table ticket_watchers is in the dump [dump line 321; line 3]
--   E-COLUMN-PRESENT column ticket_watchers.ticket_id is in the dump (int) [dump line 322; line 3]
--   E-COLUMN-PRESENT column ticket_watchers.user_id is in the dump (int) [dump line 323; line 3]
--   E-INDEX-PRESENT primary key ticket_watchers(ticket_id, user_id) is in the dump
--       [dump line 324; line 3]
INSERT INTO `knex_migrations` (`name`, `batch`, `migration_time`)
SELECT '20240125090000_create_ticket_watchers.js', 3, CURRENT_TIMESTAMP FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `knex_migrations` WHERE `name` = '20240125090000_create_ticket_watchers.js');

COMMIT;
-- Removes the temporary table, if a failed precondition made one,
-- so this session sees the real table again.
PREPARE migstamp_unguard FROM @migstamp_unguard;
EXECUTE migstamp_unguard;
DEALLOCATE PREPARE migstamp_unguard;
