-- migstamp 0.0.0-test: stamp script for postgres
--
-- dump: samples/knex-app/pgsql/restored.sql
--   sha256:a44f589381fedb99ea44be5ceaf0d2dff6d13c4369b5d6d5a221b02f0c01338e
-- migrations (27 files): samples/knex-app/migrations
--   sha256:d201f406a7f76c1ac92a0b885dc957289e0fb2ad0e917735566b215316860908
-- tracking table: public.knex_migrations
-- highest batch in the dump: 2; rows below get batch 3
-- verdicts: 7 tracked, 15 applied, 0 implied, 4 pending, 0 partial, 1 unknown, 0 orphan
-- rows inserted: 15
--
-- REVIEW BEFORE RUNNING. Each INSERT below states the evidence that justified it.
-- The script runs in one transaction, aborts without changes on a database that does
-- not match the dump, and inserts nothing that is already there (safe to run twice).
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE

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

BEGIN;
SET LOCAL standard_conforming_strings = on;

-- Preconditions: abort, changing nothing, unless the objects that justify the stamps are here.
DO $migstamp$
DECLARE
  missing text;
BEGIN
  SELECT string_agg(expected.label, ', ' ORDER BY expected.n) INTO missing
  FROM (VALUES
    (1, 'relation', '"public"."knex_migrations"', NULL, 'tracking table knex_migrations'),
    (2, 'relation', '"public"."tickets_created_at_index"', NULL, 'index tickets_created_at_index'),
    (3, 'relation', '"public"."settings"', NULL, 'table settings'),
    (4, 'column', '"public"."settings"', 'key', 'column settings.key'),
    (5, 'column', '"public"."settings"', 'value', 'column settings.value'),
    (6, 'constraint', '"public"."settings"', 'settings_pkey', 'constraint settings_pkey on settings'),
    (7, 'relation', '"public"."labels"', NULL, 'table labels'),
    (8, 'column', '"public"."users"', 'team_id', 'column users.team_id'),
    (9, 'column', '"public"."users"', 'phone', 'column users.phone'),
    (10, 'column', '"public"."users"', 'timezone', 'column users.timezone'),
    (11, 'constraint', '"public"."users"', 'users_team_id_foreign', 'constraint users_team_id_foreign on users'),
    (12, 'relation', '"public"."tickets_open_index"', NULL, 'index tickets_open_index'),
    (13, 'column', '"public"."tickets"', 'subject', 'column tickets.subject'),
    (14, 'relation', '"public"."ticket_notes"', NULL, 'table ticket_notes'),
    (15, 'column', '"public"."ticket_notes"', 'id', 'column ticket_notes.id'),
    (16, 'column', '"public"."ticket_notes"', 'ticket_id', 'column ticket_notes.ticket_id'),
    (17, 'column', '"public"."ticket_notes"', 'body', 'column ticket_notes.body'),
    (18, 'column', '"public"."ticket_notes"', 'created_at', 'column ticket_notes.created_at'),
    (19, 'column', '"public"."ticket_notes"', 'updated_at', 'column ticket_notes.updated_at'),
    (20, 'constraint', '"public"."ticket_notes"', 'ticket_notes_pkey', 'constraint ticket_notes_pkey on ticket_notes'),
    (21, 'constraint', '"public"."ticket_notes"', 'ticket_notes_ticket_id_foreign', 'constraint ticket_notes_ticket_id_foreign on ticket_notes'),
    (22, 'column', '"public"."tickets"', 'audited_by', 'column tickets.audited_by'),
    (23, 'column', '"public"."tickets"', 'audited_at', 'column tickets.audited_at'),
    (24, 'column', '"public"."ticket_notes"', 'audited_by', 'column ticket_notes.audited_by'),
    (25, 'column', '"public"."ticket_notes"', 'audited_at', 'column ticket_notes.audited_at'),
    (26, 'relation', '"public"."sla_policies"', NULL, 'table sla_policies'),
    (27, 'column', '"public"."sla_policies"', 'id', 'column sla_policies.id'),
    (28, 'column', '"public"."sla_policies"', 'name', 'column sla_policies.name'),
    (29, 'column', '"public"."sla_policies"', 'respond_within', 'column sla_policies.respond_within'),
    (30, 'constraint', '"public"."sla_policies"', 'sla_policies_pkey', 'constraint sla_policies_pkey on sla_policies'),
    (31, 'column', '"public"."labels"', 'name', 'column labels.name'),
    (32, 'column', '"public"."labels"', 'audited_by', 'column labels.audited_by'),
    (33, 'column', '"public"."labels"', 'audited_at', 'column labels.audited_at'),
    (34, 'relation', '"public"."escalations"', NULL, 'table escalations'),
    (35, 'column', '"public"."escalations"', 'id', 'column escalations.id'),
    (36, 'column', '"public"."escalations"', 'ticket_id', 'column escalations.ticket_id'),
    (37, 'column', '"public"."escalations"', 'reason', 'column escalations.reason'),
    (38, 'column', '"public"."escalations"', 'code', 'column escalations.code'),
    (39, 'column', '"public"."escalations"', 'escalated_at', 'column escalations.escalated_at'),
    (40, 'constraint', '"public"."escalations"', 'escalations_pkey', 'constraint escalations_pkey on escalations'),
    (41, 'relation', '"public"."escalations_code_index"', NULL, 'index escalations_code_index'),
    (42, 'constraint', '"public"."escalations"', 'escalations_ticket_id_foreign', 'constraint escalations_ticket_id_foreign on escalations'),
    (43, 'relation', '"public"."ticket_watchers"', NULL, 'table ticket_watchers'),
    (44, 'column', '"public"."ticket_watchers"', 'ticket_id', 'column ticket_watchers.ticket_id'),
    (45, 'column', '"public"."ticket_watchers"', 'user_id', 'column ticket_watchers.user_id'),
    (46, 'constraint', '"public"."ticket_watchers"', 'ticket_watchers_pkey', 'constraint ticket_watchers_pkey on ticket_watchers')
  ) AS expected(n, kind, relation, name, label)
  WHERE NOT CASE expected.kind
    WHEN 'relation' THEN to_regclass(expected.relation) IS NOT NULL
    WHEN 'column' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass(expected.relation) AND a.attname = expected.name AND a.attnum > 0 AND NOT a.attisdropped)
    WHEN 'constraint' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conrelid = to_regclass(expected.relation) AND c.conname = expected.name)
    WHEN 'trigger' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = to_regclass(expected.relation) AND t.tgname = expected.name)
    WHEN 'function' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = to_regnamespace(expected.relation) AND p.proname = expected.name AND p.prokind <> 'p')
    WHEN 'procedure' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = to_regnamespace(expected.relation) AND p.proname = expected.name AND p.prokind = 'p')
    WHEN 'routine' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = to_regnamespace(expected.relation) AND p.proname = expected.name)
  END;
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION USING MESSAGE = 'migstamp: this database does not match the dump, nothing was changed; missing: ' || missing;
  END IF;
END
$migstamp$;
LOCK TABLE "public"."knex_migrations" IN SHARE ROW EXCLUSIVE MODE;

-- The id sequence of the tracking table may be behind its rows (rows restored or re-inserted
-- with explicit ids, as after schema:dump): its next value would be an id already taken, and
-- the INSERTs below would fail with a duplicate key. Move it past the highest id; it never
-- moves back. A sequence change outlives a rollback, which only skips ids.
DO $migstamp$
DECLARE
  seq text := pg_catalog.pg_get_serial_sequence('"public"."knex_migrations"', 'id');
  top bigint;
  step bigint;
  next_id bigint;
BEGIN
  IF seq IS NULL THEN
    RETURN;
  END IF;
  SELECT max("id") INTO top FROM "public"."knex_migrations";
  EXECUTE format('SELECT CASE WHEN s.is_called THEN s.last_value + p.seqincrement ELSE s.last_value END, p.seqincrement FROM %s s, pg_catalog.pg_sequence p WHERE p.seqrelid = %L::regclass', seq, seq) INTO next_id, step;
  IF step > 0 AND top >= next_id THEN
    PERFORM pg_catalog.setval(seq, top);
    RAISE NOTICE 'migstamp: moved sequence % from % to %, past the highest id of the tracking table', seq, next_id, top + step;
  END IF;
END
$migstamp$;

-- applied: 20240110090000_index_tickets_created_at
--   file: 20240110090000_index_tickets_created_at.js
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index tickets_created_at_index is in the dump [dump line 831; line 2]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240110090000_index_tickets_created_at.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240110090000_index_tickets_created_at.js');

-- applied: 20240111090000_seed_support_team
--   file: 20240111090000_seed_support_team.js
--   all 2 checked effects are in the dump
--   E-ROW-PRESENT the dump holds this row of teams [dump line 570; line 2]
--   E-ROW-PRESENT the dump holds this row of teams [dump line 571; line 2]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240111090000_seed_support_team.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240111090000_seed_support_team.js');

-- applied: 20240112090000_create_settings_if_missing
--   file: 20240112090000_create_settings_if_missing.js
--   all 4 checked effects are in the dump
--   E-TABLE-PRESENT table settings is in the dump (its statement is guarded by an existence check)
--       [dump line 186; line 4]
--   E-COLUMN-PRESENT column settings.key is in the dump (character varying(100)) (its statement is
--       guarded by an existence check) [dump line 187; line 5]
--   E-COLUMN-PRESENT column settings.value is in the dump (text) (its statement is guarded by an
--       existence check) [dump line 188; line 6]
--   E-INDEX-PRESENT primary key settings(key) is in the dump (its statement is guarded by an
--       existence check) [dump line 722; line 5]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240112090000_create_settings_if_missing.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240112090000_create_settings_if_missing.js');

-- applied: 20240113090000_rename_tags_to_labels
--   file: 20240113090000_rename_tags_to_labels.ts
--   all 2 checked effects are in the dump
--   E-TABLE-PRESENT table labels is in the dump [dump line 172; line 4]
--   E-TABLE-GONE table tags was created by an applied migration and is gone from the dump, as this
--       migration leaves it [line 4]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240113090000_rename_tags_to_labels.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240113090000_rename_tags_to_labels.js');

-- applied: 20240114090000_add_team_and_contact_to_users
--   file: 20240114090000_add_team_and_contact_to_users.js
--   all 4 checked effects are in the dump
--   E-COLUMN-PRESENT column users.team_id is in the dump (bigint) [dump line 401; line 5]
--   E-COLUMN-PRESENT column users.phone is in the dump (character varying(40))
--       [dump line 402; line 7]
--   E-COLUMN-PRESENT column users.timezone is in the dump (character varying(40))
--       [dump line 403; line 7]
--   E-FK-PRESENT foreign key users_team_id_foreign is in the dump [dump line 893; line 5]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240114090000_add_team_and_contact_to_users.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240114090000_add_team_and_contact_to_users.js');

-- applied: 20240115090000_index_open_tickets
--   file: 20240115090000_index_open_tickets.js
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index tickets_open_index is in the dump [dump line 838; line 4]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240115090000_index_open_tickets.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240115090000_index_open_tickets.js');

-- applied: 20240116090000_widen_tickets_subject
--   file: 20240116090000_widen_tickets_subject.js
--   its 1 checked effect is in the dump
--   E-COLUMN-CHANGED column tickets.subject has the changed definition (character varying(500),
--       not null) [dump line 355; line 3]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240116090000_widen_tickets_subject.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240116090000_widen_tickets_subject.js');

-- applied: 20240117090000_create_ticket_notes
--   file: 20240117090000_create_ticket_notes.ts
--   all 8 checked effects are in the dump; judged as it leaves them:
--     20240127090000_rename_ticket_notes_to_comments, which would change them, not believed to
--     have run
--   E-TABLE-PRESENT table ticket_notes is in the dump [dump line 289; line 5]
--   E-COLUMN-PRESENT column ticket_notes.id is in the dump (integer) [dump line 290; line 6]
--   E-COLUMN-PRESENT column ticket_notes.ticket_id is in the dump (integer)
--       [dump line 291; line 7]
--   E-COLUMN-PRESENT column ticket_notes.body is in the dump (text) [dump line 292; line 8]
--   E-COLUMN-PRESENT column ticket_notes.created_at is in the dump (timestamp with time zone)
--       [dump line 293; line 9]
--   E-COLUMN-PRESENT column ticket_notes.updated_at is in the dump (timestamp with time zone)
--       [dump line 294; line 9]
--   E-INDEX-PRESENT primary key ticket_notes(id) is in the dump [dump line 770; line 6]
--   E-FK-PRESENT foreign key ticket_notes_ticket_id_foreign is in the dump [dump line 861; line 7]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240117090000_create_ticket_notes.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240117090000_create_ticket_notes.js');

-- applied: 20240118090000_add_audit_to_tickets
--   file: 20240118090000_add_audit_to_tickets.js
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column tickets.audited_by is in the dump (character varying(100))
--       [dump line 361; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column tickets.audited_at is in the dump (timestamp with time zone)
--       [dump line 362; samples/knex-app/lib/helpers.js:8]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240118090000_add_audit_to_tickets.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240118090000_add_audit_to_tickets.js');

-- applied: 20240119090000_add_audit_to_ticket_notes
--   file: 20240119090000_add_audit_to_ticket_notes.ts
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column ticket_notes.audited_by is in the dump (character varying(100))
--       [dump line 295; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column ticket_notes.audited_at is in the dump (timestamp with time zone)
--       [dump line 296; samples/knex-app/lib/helpers.js:8]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240119090000_add_audit_to_ticket_notes.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240119090000_add_audit_to_ticket_notes.js');

-- applied: 20240120090000_create_sla_policies
--   file: 20240120090000_create_sla_policies.js
--   all 5 checked effects are in the dump
--   E-TABLE-PRESENT table sla_policies is in the dump [dump line 198; line 6]
--   E-COLUMN-PRESENT column sla_policies.id is in the dump (integer) [dump line 199; line 6]
--   E-COLUMN-PRESENT column sla_policies.name is in the dump (character varying(80))
--       [dump line 200; line 6]
--   E-COLUMN-PRESENT column sla_policies.respond_within is in the dump (interval)
--       [dump line 201; line 6]
--   E-INDEX-PRESENT primary key sla_policies(id) is in the dump [dump line 730; line 6]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240120090000_create_sla_policies.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240120090000_create_sla_policies.js');

-- applied: 20240122090000_rename_labels_label_to_name
--   file: 20240122090000_rename_labels_label_to_name.js
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column labels.name is in the dump (character varying(80)) (its statement is
--       guarded by an existence check) [dump line 174; line 5]
--   E-COLUMN-GONE column labels.label was created by an applied migration and is gone from the
--       dump, as this migration leaves it [line 5]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240122090000_rename_labels_label_to_name.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240122090000_rename_labels_label_to_name.js');

-- applied: 20240123090000_add_audit_to_labels
--   file: 20240123090000_add_audit_to_labels.ts
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column labels.audited_by is in the dump (character varying(100))
--       [dump line 175; samples/knex-app/lib/helpers.js:7]
--   E-COLUMN-PRESENT column labels.audited_at is in the dump (timestamp with time zone)
--       [dump line 176; samples/knex-app/lib/helpers.js:8]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240123090000_add_audit_to_labels.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240123090000_add_audit_to_labels.js');

-- applied: 20240124090000_create_escalations
--   file: 20240124090000_create_escalations.ts
--   all 9 checked effects are in the dump
--   E-TABLE-PRESENT table escalations is in the dump [dump line 65; line 5]
--   E-COLUMN-PRESENT column escalations.id is in the dump (integer) [dump line 66; line 6]
--   E-COLUMN-PRESENT column escalations.ticket_id is in the dump (integer) [dump line 67; line 7]
--   E-COLUMN-PRESENT column escalations.reason is in the dump (character varying(200))
--       [dump line 68; line 8]
--   E-COLUMN-PRESENT column escalations.code is in the dump (character varying(32))
--       [dump line 69; line 9]
--   E-COLUMN-PRESENT column escalations.escalated_at is in the dump (timestamp with time zone)
--       [dump line 70; line 10]
--   E-INDEX-PRESENT primary key escalations(id) is in the dump [dump line 698; line 6]
--   E-INDEX-PRESENT index escalations_code_index is in the dump [dump line 824; line 9]
--   E-FK-PRESENT foreign key escalations_ticket_id_foreign is in the dump [dump line 853; line 7]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240124090000_create_escalations.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240124090000_create_escalations.js');

-- applied: 20240125090000_create_ticket_watchers
--   file: 20240125090000_create_ticket_watchers.js
--   all 4 checked effects are in the dump
--   E-TABLE-PRESENT table ticket_watchers is in the dump [dump line 340; line 3]
--   E-COLUMN-PRESENT column ticket_watchers.ticket_id is in the dump (integer)
--       [dump line 341; line 3]
--   E-COLUMN-PRESENT column ticket_watchers.user_id is in the dump (integer)
--       [dump line 342; line 3]
--   E-INDEX-PRESENT primary key ticket_watchers(ticket_id, user_id) is in the dump
--       [dump line 786; line 3]
INSERT INTO "public"."knex_migrations" ("name", "batch", "migration_time")
SELECT '20240125090000_create_ticket_watchers.js', 3, CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "public"."knex_migrations" WHERE "name" = '20240125090000_create_ticket_watchers.js');

COMMIT;
