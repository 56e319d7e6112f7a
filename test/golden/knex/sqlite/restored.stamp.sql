-- migstamp 0.0.0-test: stamp script for sqlite
--
-- dump: samples/knex-app/sqlite/restored.sql
--   sha256:d6a4bee3db9d741bd5869eaff20804c7ea6237b9e0c2c2118d6c59157a91c404
-- migrations (27 files): samples/knex-app/migrations
--   sha256:d201f406a7f76c1ac92a0b885dc957289e0fb2ad0e917735566b215316860908
-- tracking table: knex_migrations
-- highest batch in the dump: 2; rows below get batch 3
-- verdicts: 7 tracked, 14 applied, 0 implied, 4 pending, 0 partial, 2 unknown, 0 orphan
-- rows inserted: 14
--
-- REVIEW BEFORE RUNNING. Each INSERT below states the evidence that justified it.
-- The script runs in one transaction, aborts without changes on a database that does
-- not match the dump, and inserts nothing that is already there (safe to run twice).
-- Run with: sqlite3 -bail DATABASE < FILE

-- Not stamped by this script: 6 migrations without a tracking row, 7 migrations already tracked.
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
-- unknown: 20240116090000_widen_tickets_subject
--   an earlier migration had already made column tickets.subject (changed) as this one leaves it,
--     so the dump cannot show whether this one ran
--   migrate would run cleanly against this schema
--   if you know it ran: --assume-applied 20240116090000_widen_tickets_subject
--
-- unknown: 20240121090000_backfill_closed_ticket_priority
--   changes data only; the dump cannot show whether it ran
--   migrate would run its data change again: knex('tickets').update()
--   if you know it ran: --assume-applied 20240121090000_backfill_closed_ticket_priority
--
-- pending: 20240126090000_create_ticket_links
--   none of its 6 checked effects are in the dump
--   migrate would run cleanly against this schema
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

BEGIN IMMEDIATE;

-- Preconditions: abort, changing nothing, unless the objects that justify the stamps are here.
CREATE TEMP TABLE migstamp_missing AS
SELECT expected.column5 AS label
FROM (VALUES
  (1, 'table', 'knex_migrations', NULL, 'tracking table knex_migrations'),
  (2, 'index', 'tickets', 'tickets_created_at_index', 'index tickets_created_at_index'),
  (3, 'table', 'settings', NULL, 'table settings'),
  (4, 'column', 'settings', 'key', 'column settings.key'),
  (5, 'column', 'settings', 'value', 'column settings.value'),
  (6, 'constraint', 'settings', 'primary key (`key`)', 'constraint on settings: primary key (`key`)'),
  (7, 'table', 'labels', NULL, 'table labels'),
  (8, 'column', 'users', 'team_id', 'column users.team_id'),
  (9, 'column', 'users', 'phone', 'column users.phone'),
  (10, 'column', 'users', 'timezone', 'column users.timezone'),
  (11, 'constraint', 'users', 'FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL', 'constraint on users: FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL'),
  (12, 'index', 'tickets', 'tickets_open_index', 'index tickets_open_index'),
  (13, 'table', 'ticket_notes', NULL, 'table ticket_notes'),
  (14, 'column', 'ticket_notes', 'id', 'column ticket_notes.id'),
  (15, 'column', 'ticket_notes', 'ticket_id', 'column ticket_notes.ticket_id'),
  (16, 'column', 'ticket_notes', 'body', 'column ticket_notes.body'),
  (17, 'column', 'ticket_notes', 'created_at', 'column ticket_notes.created_at'),
  (18, 'column', 'ticket_notes', 'updated_at', 'column ticket_notes.updated_at'),
  (19, 'constraint', 'ticket_notes', '`id` integer not null primary key autoincrement', 'constraint on ticket_notes: `id` integer not null primary key autoincrement'),
  (20, 'constraint', 'ticket_notes', 'foreign key(`ticket_id`) references `tickets`(`id`) on delete CASCADE', 'constraint on ticket_notes: foreign key(`ticket_id`) references `tickets`(`id`) on delete CASCADE'),
  (21, 'column', 'tickets', 'audited_by', 'column tickets.audited_by'),
  (22, 'column', 'tickets', 'audited_at', 'column tickets.audited_at'),
  (23, 'column', 'ticket_notes', 'audited_by', 'column ticket_notes.audited_by'),
  (24, 'column', 'ticket_notes', 'audited_at', 'column ticket_notes.audited_at'),
  (25, 'table', 'sla_policies', NULL, 'table sla_policies'),
  (26, 'column', 'sla_policies', 'id', 'column sla_policies.id'),
  (27, 'column', 'sla_policies', 'name', 'column sla_policies.name'),
  (28, 'column', 'sla_policies', 'respond_within_minutes', 'column sla_policies.respond_within_minutes'),
  (29, 'constraint', 'sla_policies', '`id` integer not null primary key autoincrement', 'constraint on sla_policies: `id` integer not null primary key autoincrement'),
  (30, 'column', 'labels', 'name', 'column labels.name'),
  (31, 'column', 'labels', 'audited_by', 'column labels.audited_by'),
  (32, 'column', 'labels', 'audited_at', 'column labels.audited_at'),
  (33, 'table', 'escalations', NULL, 'table escalations'),
  (34, 'column', 'escalations', 'id', 'column escalations.id'),
  (35, 'column', 'escalations', 'ticket_id', 'column escalations.ticket_id'),
  (36, 'column', 'escalations', 'reason', 'column escalations.reason'),
  (37, 'column', 'escalations', 'code', 'column escalations.code'),
  (38, 'column', 'escalations', 'escalated_at', 'column escalations.escalated_at'),
  (39, 'constraint', 'escalations', '`id` integer not null primary key autoincrement', 'constraint on escalations: `id` integer not null primary key autoincrement'),
  (40, 'index', 'escalations', 'escalations_code_index', 'index escalations_code_index'),
  (41, 'constraint', 'escalations', 'foreign key(`ticket_id`) references `tickets`(`id`) on delete CASCADE', 'constraint on escalations: foreign key(`ticket_id`) references `tickets`(`id`) on delete CASCADE'),
  (42, 'table', 'ticket_watchers', NULL, 'table ticket_watchers'),
  (43, 'column', 'ticket_watchers', 'ticket_id', 'column ticket_watchers.ticket_id'),
  (44, 'column', 'ticket_watchers', 'user_id', 'column ticket_watchers.user_id'),
  (45, 'constraint', 'ticket_watchers', 'PRIMARY KEY (ticket_id, user_id)', 'constraint on ticket_watchers: PRIMARY KEY (ticket_id, user_id)')
) AS expected
WHERE NOT CASE expected.column2
  WHEN 'table' THEN EXISTS (SELECT 1 FROM "main".sqlite_master m WHERE m.type = 'table' AND m.name = expected.column3 COLLATE NOCASE)
  WHEN 'view' THEN EXISTS (SELECT 1 FROM "main".sqlite_master m WHERE m.type = 'view' AND m.name = expected.column3 COLLATE NOCASE)
  WHEN 'index' THEN EXISTS (SELECT 1 FROM "main".sqlite_master m WHERE m.type = 'index' AND m.name = expected.column4 COLLATE NOCASE AND m.tbl_name = expected.column3 COLLATE NOCASE)
  WHEN 'column' THEN EXISTS (SELECT 1 FROM "main".sqlite_master m, pragma_table_xinfo(m.name, 'main') c WHERE m.type = 'table' AND m.name = expected.column3 COLLATE NOCASE AND c.name = expected.column4 COLLATE NOCASE)
  WHEN 'trigger' THEN EXISTS (SELECT 1 FROM "main".sqlite_master m WHERE m.type = 'trigger' AND m.name = expected.column4 COLLATE NOCASE AND m.tbl_name = expected.column3 COLLATE NOCASE)
  WHEN 'constraint' THEN EXISTS (SELECT 1 FROM "main".sqlite_master m WHERE m.name = expected.column3 COLLATE NOCASE AND ((m.type = 'table' AND instr(m.sql, expected.column4) > 0) OR (m.type = 'index' AND m.name = expected.column4 COLLATE NOCASE)))
  ELSE 0
END
ORDER BY expected.column1;

-- Refuses every row of the tracking table, for this connection only, while anything is missing.
CREATE TEMP TRIGGER migstamp_guard BEFORE INSERT ON "main"."knex_migrations"
BEGIN
  SELECT RAISE(ABORT, 'migstamp: this database does not match the dump, nothing was changed') WHERE EXISTS (SELECT 1 FROM migstamp_missing);
END;

-- Name what is missing, then stop here (the sentinel row never reaches the table).
SELECT 'migstamp: missing: ' || group_concat(label, '; ') FROM temp.migstamp_missing HAVING count(*) > 0;
INSERT INTO "main"."knex_migrations" ("name") SELECT NULL WHERE EXISTS (SELECT 1 FROM temp.migstamp_missing);

-- applied: 20240110090000_index_tickets_created_at
--   file: 20240110090000_index_tickets_created_at.js
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index tickets_created_at_index is in the dump [dump line 37; line 2]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240110090000_index_tickets_created_at.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240110090000_index_tickets_created_at.js');

-- applied: 20240111090000_seed_support_team
--   file: 20240111090000_seed_support_team.js
--   all 2 checked effects are in the dump
--   E-ROW-PRESENT the dump holds this row of teams [dump line 14; line 2]
--   E-ROW-PRESENT the dump holds this row of teams [dump line 15; line 2]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240111090000_seed_support_team.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240111090000_seed_support_team.js');

-- applied: 20240112090000_create_settings_if_missing
--   file: 20240112090000_create_settings_if_missing.js
--   all 4 checked effects are in the dump; 1 detail differs
--   E-TABLE-PRESENT table settings is in the dump (its statement is guarded by an existence check)
--       [dump line 19; line 4]
--   E-COLUMN-PRESENT column settings.key is in the dump (varchar(100)) (its statement is guarded
--       by an existence check) [dump line 19; line 5]
--   E-COLUMN-PRESENT column settings.value is in the dump (text) (its statement is guarded by an
--       existence check) [dump line 19; line 6]
--   E-INDEX-PRESENT primary key settings(key) is in the dump (its statement is guarded by an
--       existence check) [dump line 19; line 5]
--   E-DRIFT-NULLABLE column settings.key is nullable in the dump, the migration says NOT NULL
--       [dump line 19; line 5]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240112090000_create_settings_if_missing.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240112090000_create_settings_if_missing.js');

-- applied: 20240113090000_rename_tags_to_labels
--   file: 20240113090000_rename_tags_to_labels.ts
--   all 2 checked effects are in the dump
--   E-TABLE-PRESENT table labels is in the dump [dump line 16; line 4]
--   E-TABLE-GONE table tags was created by an applied migration and is gone from the dump, as this
--       migration leaves it [line 4]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240113090000_rename_tags_to_labels.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240113090000_rename_tags_to_labels.js');

-- applied: 20240114090000_add_team_and_contact_to_users
--   file: 20240114090000_add_team_and_contact_to_users.js
--   all 4 checked effects are in the dump
--   E-COLUMN-PRESENT column users.team_id is in the dump (bigint) [dump line 20; line 5]
--   E-COLUMN-PRESENT column users.phone is in the dump (varchar(40)) [dump line 20; line 7]
--   E-COLUMN-PRESENT column users.timezone is in the dump (varchar(40)) [dump line 20; line 7]
--   E-FK-PRESENT a foreign key on (team_id) to teams is in the dump as FOREIGN KEY (`team_id`)
--       REFERENCES `teams` (`id`) ON DELETE SET NULL [dump line 20; line 5]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240114090000_add_team_and_contact_to_users.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240114090000_add_team_and_contact_to_users.js');

-- applied: 20240115090000_index_open_tickets
--   file: 20240115090000_index_open_tickets.js
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index tickets_open_index is in the dump [dump line 38; line 7]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240115090000_index_open_tickets.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240115090000_index_open_tickets.js');

-- applied: 20240117090000_create_ticket_notes
--   file: 20240117090000_create_ticket_notes.ts
--   all 8 checked effects are in the dump; judged as it leaves them:
--     20240127090000_rename_ticket_notes_to_comments, which would change them, not believed to
--     have run
--   E-TABLE-PRESENT table ticket_notes is in the dump [dump line 22; line 5]
--   E-COLUMN-PRESENT column ticket_notes.id is in the dump (integer) [dump line 22; line 6]
--   E-COLUMN-PRESENT column ticket_notes.ticket_id is in the dump (integer) [dump line 22; line 7]
--   E-COLUMN-PRESENT column ticket_notes.body is in the dump (text) [dump line 22; line 8]
--   E-COLUMN-PRESENT column ticket_notes.created_at is in the dump (datetime)
--       [dump line 22; line 9]
--   E-COLUMN-PRESENT column ticket_notes.updated_at is in the dump (datetime)
--       [dump line 22; line 9]
--   E-INDEX-PRESENT primary key ticket_notes(id) is in the dump [dump line 22; line 6]
--   E-FK-PRESENT a foreign key on (ticket_id) to tickets is in the dump as foreign
--       key(`ticket_id`) references `tickets`(`id`) on delete CASCADE [dump line 22; line 7]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240117090000_create_ticket_notes.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240117090000_create_ticket_notes.js');

-- applied: 20240118090000_add_audit_to_tickets
--   file: 20240118090000_add_audit_to_tickets.js
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column tickets.audited_by is in the dump (varchar(100))
--       [dump line 21; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column tickets.audited_at is in the dump (datetime)
--       [dump line 21; samples/knex-app/lib/helpers.js:8]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240118090000_add_audit_to_tickets.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240118090000_add_audit_to_tickets.js');

-- applied: 20240119090000_add_audit_to_ticket_notes
--   file: 20240119090000_add_audit_to_ticket_notes.ts
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column ticket_notes.audited_by is in the dump (varchar(100))
--       [dump line 22; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column ticket_notes.audited_at is in the dump (datetime)
--       [dump line 22; samples/knex-app/lib/helpers.js:8]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240119090000_add_audit_to_ticket_notes.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240119090000_add_audit_to_ticket_notes.js');

-- applied: 20240120090000_create_sla_policies
--   file: 20240120090000_create_sla_policies.js
--   all 5 checked effects are in the dump
--   E-TABLE-PRESENT table sla_policies is in the dump [dump line 23; line 8]
--   E-COLUMN-PRESENT column sla_policies.id is in the dump (integer) [dump line 23; line 9]
--   E-COLUMN-PRESENT column sla_policies.name is in the dump (varchar(80)) [dump line 23; line 10]
--   E-COLUMN-PRESENT column sla_policies.respond_within_minutes is in the dump (integer)
--       [dump line 23; line 11]
--   E-INDEX-PRESENT primary key sla_policies(id) is in the dump [dump line 23; line 9]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240120090000_create_sla_policies.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240120090000_create_sla_policies.js');

-- applied: 20240122090000_rename_labels_label_to_name
--   file: 20240122090000_rename_labels_label_to_name.js
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column labels.name is in the dump (varchar(80)) (its statement is guarded by
--       an existence check) [dump line 16; line 5]
--   E-COLUMN-GONE column labels.label was created by an applied migration and is gone from the
--       dump, as this migration leaves it [line 5]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240122090000_rename_labels_label_to_name.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240122090000_rename_labels_label_to_name.js');

-- applied: 20240123090000_add_audit_to_labels
--   file: 20240123090000_add_audit_to_labels.ts
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column labels.audited_by is in the dump (varchar(100))
--       [dump line 16; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column labels.audited_at is in the dump (datetime)
--       [dump line 16; samples/knex-app/lib/helpers.js:8]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240123090000_add_audit_to_labels.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240123090000_add_audit_to_labels.js');

-- applied: 20240124090000_create_escalations
--   file: 20240124090000_create_escalations.ts
--   all 9 checked effects are in the dump
--   E-TABLE-PRESENT table escalations is in the dump [dump line 24; line 5]
--   E-COLUMN-PRESENT column escalations.id is in the dump (integer) [dump line 24; line 6]
--   E-COLUMN-PRESENT column escalations.ticket_id is in the dump (integer) [dump line 24; line 7]
--   E-COLUMN-PRESENT column escalations.reason is in the dump (varchar(200))
--       [dump line 24; line 8]
--   E-COLUMN-PRESENT column escalations.code is in the dump (varchar(32)) [dump line 24; line 9]
--   E-COLUMN-PRESENT column escalations.escalated_at is in the dump (datetime)
--       [dump line 24; line 10]
--   E-INDEX-PRESENT primary key escalations(id) is in the dump [dump line 24; line 6]
--   E-INDEX-PRESENT index escalations_code_index is in the dump [dump line 39; line 9]
--   E-FK-PRESENT a foreign key on (ticket_id) to tickets is in the dump as foreign
--       key(`ticket_id`) references `tickets`(`id`) on delete CASCADE [dump line 24; line 7]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240124090000_create_escalations.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240124090000_create_escalations.js');

-- applied: 20240125090000_create_ticket_watchers
--   file: 20240125090000_create_ticket_watchers.js
--   all 4 checked effects are in the dump
--   E-TABLE-PRESENT table ticket_watchers is in the dump [dump line 25; line 3]
--   E-COLUMN-PRESENT column ticket_watchers.ticket_id is in the dump (integer)
--       [dump line 25; line 3]
--   E-COLUMN-PRESENT column ticket_watchers.user_id is in the dump (integer)
--       [dump line 25; line 3]
--   E-INDEX-PRESENT primary key ticket_watchers(ticket_id, user_id) is in the dump
--       [dump line 25; line 3]
INSERT INTO "knex_migrations" ("name", "batch", "migration_time")
SELECT '20240125090000_create_ticket_watchers.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "knex_migrations" WHERE "name" = '20240125090000_create_ticket_watchers.js');

COMMIT;
