-- migstamp 0.0.0-test: stamp script for postgres
--
-- dump: samples/pgsql/restored.sql
--   sha256:85125649a2d696764f2c983a848daac35ad93007ef11ff91242c5961236419af
-- migrations (41 files): samples/laravel-app/database/migrations
--   sha256:0c6bcbecb6a90cc32662880d0c36e412e3f25aae0002583b1d3bfee927c313ea
-- tracking table: public.migrations
-- highest batch in the dump: 7; rows below get batch 8
-- verdicts: 19 tracked, 18 applied, 0 implied, 3 pending, 0 partial, 1 unknown, 0 orphan
-- rows inserted: 18
--
-- REVIEW BEFORE RUNNING. Each INSERT below states the evidence that justified it.
-- The script runs in one transaction, aborts without changes on a database that does
-- not match the dump, and inserts nothing that is already there (safe to run twice).
-- Run with: psql -v ON_ERROR_STOP=1 -f FILE

-- Not stamped by this script: 4 migrations without a tracking row, 19 migrations already tracked.
--
-- unknown: 2025_07_20_000000_backfill_work_item_content_format
--   changes data only; the dump cannot show whether it ran
--   migrate would run its data change again: DB::table('work_items')->update()
--   if you know it ran: --assume-applied 2025_07_20_000000_backfill_work_item_content_format
--
-- pending: 2025_11_02_000000_add_archived_at_to_sprints_table
--   none of its 2 checked effects are in the dump
--   migrate would run cleanly against this schema
--
-- pending: 2025_11_10_000000_create_webhook_subscriptions_table
--   none of its 11 checked effects are in the dump
--   migrate would run cleanly against this schema
--
-- pending: 2025_11_18_000000_add_cost_columns_to_agent_runs_table
--   none of its 2 checked effects are in the dump
--   migrate would run cleanly against this schema
--
-- tracked in batch 1: 0001_01_01_000000_create_users_table, 0001_01_01_000001_create_cache_table,
--     0001_01_01_000002_create_jobs_table, 2024_09_30_120000_create_personal_access_tokens_table
--
-- tracked in batch 2: 2024_10_10_090000_create_prompt_registry_table,
--     2024_10_15_100000_create_sprints_table, 2024_10_15_100100_create_work_items_table,
--     2024_10_20_000000_create_agent_memory_table
--
-- tracked in batch 3: 2024_10_22_000000_create_agents_table,
--     2024_11_02_000000_create_task_activities_table,
--     2024_11_02_000001_create_task_assignments_table,
--     2024_11_10_000000_add_foreign_keys_to_work_items_table
--
-- tracked in batch 4: 2024_11_18_000000_create_import_staging_table,
--     2024_12_01_000000_add_content_fields_to_work_items_table,
--     2024_12_05_000000_create_agent_logs_table
--
-- tracked in batch 5: 2025_01_08_000000_create_messages_table,
--     2025_01_20_000000_drop_import_staging_table
--
-- tracked in batch 6: 2025_02_03_000000_create_orchestration_artifacts_table
--
-- tracked in batch 7: 2025_02_14_000000_rename_body_to_content_on_messages_table

BEGIN;
SET LOCAL standard_conforming_strings = on;

-- Preconditions: abort, changing nothing, unless the objects that justify the stamps are here.
DO $migstamp$
DECLARE
  missing text;
BEGIN
  SELECT string_agg(expected.label, ', ' ORDER BY expected.n) INTO missing
  FROM (VALUES
    (1, 'relation', '"public"."migrations"', NULL, 'tracking table migrations'),
    (2, 'relation', '"public"."telemetry_events"', NULL, 'table telemetry_events'),
    (3, 'column', '"public"."telemetry_events"', 'id', 'column telemetry_events.id'),
    (4, 'column', '"public"."telemetry_events"', 'name', 'column telemetry_events.name'),
    (5, 'column', '"public"."telemetry_events"', 'source', 'column telemetry_events.source'),
    (6, 'column', '"public"."telemetry_events"', 'correlation_id', 'column telemetry_events.correlation_id'),
    (7, 'column', '"public"."telemetry_events"', 'payload', 'column telemetry_events.payload'),
    (8, 'column', '"public"."telemetry_events"', 'occurred_at', 'column telemetry_events.occurred_at'),
    (9, 'column', '"public"."telemetry_events"', 'created_at', 'column telemetry_events.created_at'),
    (10, 'column', '"public"."telemetry_events"', 'updated_at', 'column telemetry_events.updated_at'),
    (11, 'constraint', '"public"."telemetry_events"', 'telemetry_events_pkey', 'constraint telemetry_events_pkey on telemetry_events'),
    (12, 'relation', '"public"."telemetry_events_correlation_id_index"', NULL, 'index telemetry_events_correlation_id_index'),
    (13, 'relation', '"public"."telemetry_metrics"', NULL, 'table telemetry_metrics'),
    (14, 'column', '"public"."telemetry_metrics"', 'id', 'column telemetry_metrics.id'),
    (15, 'column', '"public"."telemetry_metrics"', 'telemetry_event_id', 'column telemetry_metrics.telemetry_event_id'),
    (16, 'column', '"public"."telemetry_metrics"', 'metric', 'column telemetry_metrics.metric'),
    (17, 'column', '"public"."telemetry_metrics"', 'value', 'column telemetry_metrics.value'),
    (18, 'column', '"public"."telemetry_metrics"', 'unit', 'column telemetry_metrics.unit'),
    (19, 'column', '"public"."telemetry_metrics"', 'created_at', 'column telemetry_metrics.created_at'),
    (20, 'column', '"public"."telemetry_metrics"', 'updated_at', 'column telemetry_metrics.updated_at'),
    (21, 'constraint', '"public"."telemetry_metrics"', 'telemetry_metrics_pkey', 'constraint telemetry_metrics_pkey on telemetry_metrics'),
    (22, 'relation', '"public"."telemetry_metrics_metric_created_at_index"', NULL, 'index telemetry_metrics_metric_created_at_index'),
    (23, 'constraint', '"public"."telemetry_metrics"', 'telemetry_metrics_telemetry_event_id_foreign', 'constraint telemetry_metrics_telemetry_event_id_foreign on telemetry_metrics'),
    (24, 'relation', '"public"."telemetry_spans"', NULL, 'table telemetry_spans'),
    (25, 'column', '"public"."telemetry_spans"', 'id', 'column telemetry_spans.id'),
    (26, 'column', '"public"."telemetry_spans"', 'trace_id', 'column telemetry_spans.trace_id'),
    (27, 'column', '"public"."telemetry_spans"', 'parent_span_id', 'column telemetry_spans.parent_span_id'),
    (28, 'column', '"public"."telemetry_spans"', 'operation', 'column telemetry_spans.operation'),
    (29, 'column', '"public"."telemetry_spans"', 'duration_ms', 'column telemetry_spans.duration_ms'),
    (30, 'column', '"public"."telemetry_spans"', 'status', 'column telemetry_spans.status'),
    (31, 'constraint', '"public"."telemetry_spans"', 'telemetry_spans_status_check', 'constraint telemetry_spans_status_check on telemetry_spans'),
    (32, 'column', '"public"."telemetry_spans"', 'started_at', 'column telemetry_spans.started_at'),
    (33, 'column', '"public"."telemetry_spans"', 'ended_at', 'column telemetry_spans.ended_at'),
    (34, 'constraint', '"public"."telemetry_spans"', 'telemetry_spans_pkey', 'constraint telemetry_spans_pkey on telemetry_spans'),
    (35, 'relation', '"public"."telemetry_spans_trace_id_index"', NULL, 'index telemetry_spans_trace_id_index'),
    (36, 'relation', '"public"."saved_queries"', NULL, 'table saved_queries'),
    (37, 'column', '"public"."saved_queries"', 'id', 'column saved_queries.id'),
    (38, 'column', '"public"."saved_queries"', 'user_id', 'column saved_queries.user_id'),
    (39, 'column', '"public"."saved_queries"', 'name', 'column saved_queries.name'),
    (40, 'column', '"public"."saved_queries"', 'query', 'column saved_queries.query'),
    (41, 'column', '"public"."saved_queries"', 'filters', 'column saved_queries.filters'),
    (42, 'column', '"public"."saved_queries"', 'is_shared', 'column saved_queries.is_shared'),
    (43, 'column', '"public"."saved_queries"', 'created_at', 'column saved_queries.created_at'),
    (44, 'column', '"public"."saved_queries"', 'updated_at', 'column saved_queries.updated_at'),
    (45, 'constraint', '"public"."saved_queries"', 'saved_queries_pkey', 'constraint saved_queries_pkey on saved_queries'),
    (46, 'constraint', '"public"."saved_queries"', 'saved_queries_user_id_name_unique', 'constraint saved_queries_user_id_name_unique on saved_queries'),
    (47, 'constraint', '"public"."saved_queries"', 'saved_queries_user_id_foreign', 'constraint saved_queries_user_id_foreign on saved_queries'),
    (48, 'relation', '"public"."documentation"', NULL, 'table documentation'),
    (49, 'column', '"public"."documentation"', 'id', 'column documentation.id'),
    (50, 'column', '"public"."documentation"', 'slug', 'column documentation.slug'),
    (51, 'column', '"public"."documentation"', 'title', 'column documentation.title'),
    (52, 'column', '"public"."documentation"', 'body', 'column documentation.body'),
    (53, 'column', '"public"."documentation"', 'section', 'column documentation.section'),
    (54, 'column', '"public"."documentation"', 'position', 'column documentation.position'),
    (55, 'column', '"public"."documentation"', 'updated_by', 'column documentation.updated_by'),
    (56, 'column', '"public"."documentation"', 'created_at', 'column documentation.created_at'),
    (57, 'column', '"public"."documentation"', 'updated_at', 'column documentation.updated_at'),
    (58, 'column', '"public"."documentation"', 'deleted_at', 'column documentation.deleted_at'),
    (59, 'constraint', '"public"."documentation"', 'documentation_pkey', 'constraint documentation_pkey on documentation'),
    (60, 'constraint', '"public"."documentation"', 'documentation_slug_unique', 'constraint documentation_slug_unique on documentation'),
    (61, 'relation', '"public"."documentation_section_index"', NULL, 'index documentation_section_index'),
    (62, 'constraint', '"public"."documentation"', 'documentation_updated_by_foreign', 'constraint documentation_updated_by_foreign on documentation'),
    (63, 'relation', '"public"."tool_definitions"', NULL, 'table tool_definitions'),
    (64, 'column', '"public"."tool_definitions"', 'id', 'column tool_definitions.id'),
    (65, 'column', '"public"."tool_definitions"', 'name', 'column tool_definitions.name'),
    (66, 'column', '"public"."tool_definitions"', 'description', 'column tool_definitions.description'),
    (67, 'column', '"public"."tool_definitions"', 'input_schema', 'column tool_definitions.input_schema'),
    (68, 'column', '"public"."tool_definitions"', 'requires_approval', 'column tool_definitions.requires_approval'),
    (69, 'column', '"public"."tool_definitions"', 'created_at', 'column tool_definitions.created_at'),
    (70, 'column', '"public"."tool_definitions"', 'updated_at', 'column tool_definitions.updated_at'),
    (71, 'constraint', '"public"."tool_definitions"', 'tool_definitions_pkey', 'constraint tool_definitions_pkey on tool_definitions'),
    (72, 'constraint', '"public"."tool_definitions"', 'tool_definitions_name_unique', 'constraint tool_definitions_name_unique on tool_definitions'),
    (73, 'relation', '"public"."fragment_type_registry"', NULL, 'table fragment_type_registry'),
    (74, 'column', '"public"."fragment_type_registry"', 'id', 'column fragment_type_registry.id'),
    (75, 'column', '"public"."fragment_type_registry"', 'slug', 'column fragment_type_registry.slug'),
    (76, 'column', '"public"."fragment_type_registry"', 'label', 'column fragment_type_registry.label'),
    (77, 'column', '"public"."fragment_type_registry"', 'version', 'column fragment_type_registry.version'),
    (78, 'column', '"public"."fragment_type_registry"', 'created_at', 'column fragment_type_registry.created_at'),
    (79, 'column', '"public"."fragment_type_registry"', 'updated_at', 'column fragment_type_registry.updated_at'),
    (80, 'constraint', '"public"."fragment_type_registry"', 'fragment_type_registry_pkey', 'constraint fragment_type_registry_pkey on fragment_type_registry'),
    (81, 'constraint', '"public"."fragment_type_registry"', 'fragment_type_registry_slug_unique', 'constraint fragment_type_registry_slug_unique on fragment_type_registry'),
    (82, 'column', '"public"."agents"', 'avatar_path', 'column agents.avatar_path'),
    (83, 'column', '"public"."agents"', 'avatar_color', 'column agents.avatar_color'),
    (84, 'relation', '"public"."sources"', NULL, 'table sources'),
    (85, 'column', '"public"."sources"', 'id', 'column sources.id'),
    (86, 'column', '"public"."sources"', 'slug', 'column sources.slug'),
    (87, 'column', '"public"."sources"', 'name', 'column sources.name'),
    (88, 'column', '"public"."sources"', 'driver', 'column sources.driver'),
    (89, 'column', '"public"."sources"', 'config', 'column sources.config'),
    (90, 'column', '"public"."sources"', 'enabled', 'column sources.enabled'),
    (91, 'column', '"public"."sources"', 'created_at', 'column sources.created_at'),
    (92, 'column', '"public"."sources"', 'updated_at', 'column sources.updated_at'),
    (93, 'constraint', '"public"."sources"', 'sources_pkey', 'constraint sources_pkey on sources'),
    (94, 'constraint', '"public"."sources"', 'sources_slug_unique', 'constraint sources_slug_unique on sources'),
    (95, 'column', '"public"."fragment_type_registry"', 'schema', 'column fragment_type_registry.schema'),
    (96, 'column', '"public"."fragment_type_registry"', 'schema_hash', 'column fragment_type_registry.schema_hash'),
    (97, 'relation', '"public"."fragment_type_registry_schema_hash_index"', NULL, 'index fragment_type_registry_schema_hash_index'),
    (98, 'column', '"public"."fragment_type_registry"', 'icon', 'column fragment_type_registry.icon'),
    (99, 'column', '"public"."fragment_type_registry"', 'color', 'column fragment_type_registry.color'),
    (100, 'column', '"public"."fragment_type_registry"', 'sort_order', 'column fragment_type_registry.sort_order'),
    (101, 'column', '"public"."work_items"', 'tenant_id', 'column work_items.tenant_id'),
    (102, 'relation', '"public"."work_items_tenant_id_index"', NULL, 'index work_items_tenant_id_index'),
    (103, 'column', '"public"."sprints"', 'tenant_id', 'column sprints.tenant_id'),
    (104, 'relation', '"public"."sprints_tenant_id_index"', NULL, 'index sprints_tenant_id_index'),
    (105, 'column', '"public"."documentation"', 'tenant_id', 'column documentation.tenant_id'),
    (106, 'relation', '"public"."documentation_tenant_id_index"', NULL, 'index documentation_tenant_id_index'),
    (107, 'column', '"public"."work_items"', 'pr_url', 'column work_items.pr_url'),
    (108, 'constraint', '"public"."agent_logs"', 'agent_logs_source_type_check', 'constraint agent_logs_source_type_check on agent_logs'),
    (109, 'column', '"public"."fragment_type_registry"', 'hydrator_class', 'column fragment_type_registry.hydrator_class'),
    (110, 'column', '"public"."fragment_type_registry"', 'hydrate_on_read', 'column fragment_type_registry.hydrate_on_read'),
    (111, 'column', '"public"."fragment_type_registry"', 'hydration_options', 'column fragment_type_registry.hydration_options'),
    (112, 'relation', '"public"."vault_routing_rules"', NULL, 'table vault_routing_rules'),
    (113, 'column', '"public"."vault_routing_rules"', 'id', 'column vault_routing_rules.id'),
    (114, 'column', '"public"."vault_routing_rules"', 'source_id', 'column vault_routing_rules.source_id'),
    (115, 'column', '"public"."vault_routing_rules"', 'match_pattern', 'column vault_routing_rules.match_pattern'),
    (116, 'column', '"public"."vault_routing_rules"', 'target_fragment_type', 'column vault_routing_rules.target_fragment_type'),
    (117, 'column', '"public"."vault_routing_rules"', 'priority', 'column vault_routing_rules.priority'),
    (118, 'column', '"public"."vault_routing_rules"', 'enabled', 'column vault_routing_rules.enabled'),
    (119, 'column', '"public"."vault_routing_rules"', 'created_at', 'column vault_routing_rules.created_at'),
    (120, 'column', '"public"."vault_routing_rules"', 'updated_at', 'column vault_routing_rules.updated_at'),
    (121, 'constraint', '"public"."vault_routing_rules"', 'vault_routing_rules_pkey', 'constraint vault_routing_rules_pkey on vault_routing_rules'),
    (122, 'relation', '"public"."vault_routing_rules_source_id_priority_index"', NULL, 'index vault_routing_rules_source_id_priority_index'),
    (123, 'constraint', '"public"."vault_routing_rules"', 'vault_routing_rules_source_id_foreign', 'constraint vault_routing_rules_source_id_foreign on vault_routing_rules'),
    (124, 'relation', '"public"."agent_runs"', NULL, 'table agent_runs'),
    (125, 'column', '"public"."agent_runs"', 'id', 'column agent_runs.id'),
    (126, 'column', '"public"."agent_runs"', 'agent_id', 'column agent_runs.agent_id'),
    (127, 'column', '"public"."agent_runs"', 'work_item_id', 'column agent_runs.work_item_id'),
    (128, 'column', '"public"."agent_runs"', 'status', 'column agent_runs.status'),
    (129, 'constraint', '"public"."agent_runs"', 'agent_runs_status_check', 'constraint agent_runs_status_check on agent_runs'),
    (130, 'column', '"public"."agent_runs"', 'input_tokens', 'column agent_runs.input_tokens'),
    (131, 'column', '"public"."agent_runs"', 'output_tokens', 'column agent_runs.output_tokens'),
    (132, 'column', '"public"."agent_runs"', 'started_at', 'column agent_runs.started_at'),
    (133, 'column', '"public"."agent_runs"', 'finished_at', 'column agent_runs.finished_at'),
    (134, 'column', '"public"."agent_runs"', 'created_at', 'column agent_runs.created_at'),
    (135, 'column', '"public"."agent_runs"', 'updated_at', 'column agent_runs.updated_at'),
    (136, 'constraint', '"public"."agent_runs"', 'agent_runs_pkey', 'constraint agent_runs_pkey on agent_runs'),
    (137, 'constraint', '"public"."agent_runs"', 'agent_runs_agent_id_foreign', 'constraint agent_runs_agent_id_foreign on agent_runs'),
    (138, 'constraint', '"public"."agent_runs"', 'agent_runs_work_item_id_foreign', 'constraint agent_runs_work_item_id_foreign on agent_runs'),
    (139, 'relation', '"public"."telemetry_events_name_occurred_at_index"', NULL, 'index telemetry_events_name_occurred_at_index'),
    (140, 'relation', '"public"."notifications"', NULL, 'table notifications'),
    (141, 'column', '"public"."notifications"', 'id', 'column notifications.id'),
    (142, 'column', '"public"."notifications"', 'type', 'column notifications.type'),
    (143, 'column', '"public"."notifications"', 'notifiable_type', 'column notifications.notifiable_type'),
    (144, 'column', '"public"."notifications"', 'notifiable_id', 'column notifications.notifiable_id'),
    (145, 'column', '"public"."notifications"', 'data', 'column notifications.data'),
    (146, 'column', '"public"."notifications"', 'read_at', 'column notifications.read_at'),
    (147, 'column', '"public"."notifications"', 'created_at', 'column notifications.created_at'),
    (148, 'column', '"public"."notifications"', 'updated_at', 'column notifications.updated_at'),
    (149, 'relation', '"public"."notifications_notifiable_type_notifiable_id_index"', NULL, 'index notifications_notifiable_type_notifiable_id_index'),
    (150, 'constraint', '"public"."notifications"', 'notifications_pkey', 'constraint notifications_pkey on notifications')
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
LOCK TABLE "public"."migrations" IN SHARE ROW EXCLUSIVE MODE;

-- The id sequence of the tracking table may be behind its rows (rows restored or re-inserted
-- with explicit ids, as after schema:dump): its next value would be an id already taken, and
-- the INSERTs below would fail with a duplicate key. Move it past the highest id; it never
-- moves back. A sequence change outlives a rollback, which only skips ids.
DO $migstamp$
DECLARE
  seq text := pg_catalog.pg_get_serial_sequence('"public"."migrations"', 'id');
  top bigint;
  step bigint;
  next_id bigint;
BEGIN
  IF seq IS NULL THEN
    RETURN;
  END IF;
  SELECT max("id") INTO top FROM "public"."migrations";
  EXECUTE format('SELECT CASE WHEN s.is_called THEN s.last_value + p.seqincrement ELSE s.last_value END, p.seqincrement FROM %s s, pg_catalog.pg_sequence p WHERE p.seqrelid = %L::regclass', seq, seq) INTO next_id, step;
  IF step > 0 AND top >= next_id THEN
    PERFORM pg_catalog.setval(seq, top);
    RAISE NOTICE 'migstamp: moved sequence % from % to %, past the highest id of the tracking table', seq, next_id, top + step;
  END IF;
END
$migstamp$;

-- applied: 2024_10_04_create_telemetry_tables
--   file: 2024_10_04_create_telemetry_tables.php
--   all 34 checked effects are in the dump
--   E-TABLE-PRESENT table telemetry_events is in the dump [dump line 818; line 13]
--   E-COLUMN-PRESENT column telemetry_events.id is in the dump (bigint) [dump line 819; line 14]
--   E-COLUMN-PRESENT column telemetry_events.name is in the dump (character varying(120))
--       [dump line 820; line 15]
--   E-COLUMN-PRESENT column telemetry_events.source is in the dump (character varying(60))
--       [dump line 821; line 16]
--   E-COLUMN-PRESENT column telemetry_events.correlation_id is in the dump (uuid)
--       [dump line 822; line 17]
--   E-COLUMN-PRESENT column telemetry_events.payload is in the dump (jsonb)
--       [dump line 823; line 18]
--   E-COLUMN-PRESENT column telemetry_events.occurred_at is in the dump (timestamp(0) without time
--       zone) [dump line 824; line 19]
--   E-COLUMN-PRESENT column telemetry_events.created_at is in the dump (timestamp(0) without time
--       zone) [dump line 825; line 20]
--   E-COLUMN-PRESENT column telemetry_events.updated_at is in the dump (timestamp(0) without time
--       zone) [dump line 826; line 20]
--   E-INDEX-PRESENT primary key telemetry_events(id) is in the dump [dump line 1959; line 14]
--   E-INDEX-PRESENT index telemetry_events_correlation_id_index is in the dump
--       [dump line 2128; line 17]
--   E-TABLE-PRESENT table telemetry_metrics is in the dump [dump line 857; line 23]
--   E-COLUMN-PRESENT column telemetry_metrics.id is in the dump (bigint) [dump line 858; line 24]
--   E-COLUMN-PRESENT column telemetry_metrics.telemetry_event_id is in the dump (bigint)
--       [dump line 859; line 25]
--   E-COLUMN-PRESENT column telemetry_metrics.metric is in the dump (character varying(120))
--       [dump line 860; line 26]
--   E-COLUMN-PRESENT column telemetry_metrics.value is in the dump (numeric(18,6))
--       [dump line 861; line 27]
--   E-COLUMN-PRESENT column telemetry_metrics.unit is in the dump (character varying(20))
--       [dump line 862; line 28]
--   E-COLUMN-PRESENT column telemetry_metrics.created_at is in the dump (timestamp(0) without time
--       zone) [dump line 863; line 29]
--   E-COLUMN-PRESENT column telemetry_metrics.updated_at is in the dump (timestamp(0) without time
--       zone) [dump line 864; line 29]
--   E-INDEX-PRESENT primary key telemetry_metrics(id) is in the dump [dump line 1967; line 24]
--   E-INDEX-PRESENT index telemetry_metrics_metric_created_at_index is in the dump
--       [dump line 2142; line 31]
--   E-FK-PRESENT foreign key telemetry_metrics_telemetry_event_id_foreign is in the dump
--       [dump line 2266; line 25]
--   E-TABLE-PRESENT table telemetry_spans is in the dump [dump line 895; line 34]
--   E-COLUMN-PRESENT column telemetry_spans.id is in the dump (uuid) [dump line 896; line 35]
--   E-COLUMN-PRESENT column telemetry_spans.trace_id is in the dump (uuid)
--       [dump line 897; line 36]
--   E-COLUMN-PRESENT column telemetry_spans.parent_span_id is in the dump (uuid)
--       [dump line 898; line 37]
--   E-COLUMN-PRESENT column telemetry_spans.operation is in the dump (character varying(255))
--       [dump line 899; line 38]
--   E-COLUMN-PRESENT column telemetry_spans.duration_ms is in the dump (integer)
--       [dump line 900; line 39]
--   E-COLUMN-PRESENT column telemetry_spans.status is in the dump (character varying(255))
--       [dump line 901; line 40]
--   E-CHECK-PRESENT check telemetry_spans_status_check is in the dump with the same values
--       [dump line 904; line 40]
--   E-COLUMN-PRESENT column telemetry_spans.started_at is in the dump (timestamp(0) without time
--       zone) [dump line 902; line 41]
--   E-COLUMN-PRESENT column telemetry_spans.ended_at is in the dump (timestamp(0) without time
--       zone) [dump line 903; line 42]
--   E-INDEX-PRESENT primary key telemetry_spans(id) is in the dump [dump line 1975; line 35]
--   E-INDEX-PRESENT index telemetry_spans_trace_id_index is in the dump [dump line 2149; line 36]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2024_10_04_create_telemetry_tables', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2024_10_04_create_telemetry_tables');

-- applied: 20251004151938_create_saved_queries_table
--   file: 20251004151938_create_saved_queries_table.php
--   all 12 checked effects are in the dump
--   E-TABLE-PRESENT table saved_queries is in the dump [dump line 608; line 13]
--   E-COLUMN-PRESENT column saved_queries.id is in the dump (bigint) [dump line 609; line 14]
--   E-COLUMN-PRESENT column saved_queries.user_id is in the dump (bigint) [dump line 610; line 15]
--   E-COLUMN-PRESENT column saved_queries.name is in the dump (character varying(255))
--       [dump line 611; line 16]
--   E-COLUMN-PRESENT column saved_queries.query is in the dump (text) [dump line 612; line 17]
--   E-COLUMN-PRESENT column saved_queries.filters is in the dump (json) [dump line 613; line 18]
--   E-COLUMN-PRESENT column saved_queries.is_shared is in the dump (boolean)
--       [dump line 614; line 19]
--   E-COLUMN-PRESENT column saved_queries.created_at is in the dump (timestamp(0) without time
--       zone) [dump line 615; line 20]
--   E-COLUMN-PRESENT column saved_queries.updated_at is in the dump (timestamp(0) without time
--       zone) [dump line 616; line 20]
--   E-INDEX-PRESENT primary key saved_queries(id) is in the dump [dump line 1879; line 14]
--   E-INDEX-PRESENT unique index saved_queries_user_id_name_unique is in the dump
--       [dump line 1887; line 22]
--   E-FK-PRESENT foreign key saved_queries_user_id_foreign is in the dump
--       [dump line 2226; line 15]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '20251004151938_create_saved_queries_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '20251004151938_create_saved_queries_table');

-- applied: 2025_03_01_000000_create_documentation_table
--   file: 2025_03_01_000000_create_documentation_table.php
--   all 15 checked effects are in the dump
--   E-TABLE-PRESENT table documentation is in the dump [dump line 219; line 11]
--   E-COLUMN-PRESENT column documentation.id is in the dump (bigint) [dump line 220; line 12]
--   E-COLUMN-PRESENT column documentation.slug is in the dump (character varying(255))
--       [dump line 221; line 13]
--   E-COLUMN-PRESENT column documentation.title is in the dump (character varying(255))
--       [dump line 222; line 14]
--   E-COLUMN-PRESENT column documentation.body is in the dump (text) [dump line 223; line 15]
--   E-COLUMN-PRESENT column documentation.section is in the dump (character varying(60))
--       [dump line 224; line 16]
--   E-COLUMN-PRESENT column documentation.position is in the dump (integer)
--       [dump line 225; line 17]
--   E-COLUMN-PRESENT column documentation.updated_by is in the dump (bigint)
--       [dump line 226; line 18]
--   E-COLUMN-PRESENT column documentation.created_at is in the dump (timestamp(0) without time
--       zone) [dump line 227; line 19]
--   E-COLUMN-PRESENT column documentation.updated_at is in the dump (timestamp(0) without time
--       zone) [dump line 228; line 19]
--   E-COLUMN-PRESENT column documentation.deleted_at is in the dump (timestamp(0) without time
--       zone) [dump line 229; line 20]
--   E-INDEX-PRESENT primary key documentation(id) is in the dump [dump line 1743; line 12]
--   E-INDEX-PRESENT unique index documentation_slug_unique is in the dump
--       [dump line 1751; line 13]
--   E-INDEX-PRESENT index documentation_section_index is in the dump [dump line 2051; line 16]
--   E-FK-PRESENT foreign key documentation_updated_by_foreign is in the dump
--       [dump line 2202; line 18]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_03_01_000000_create_documentation_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_03_01_000000_create_documentation_table');

-- applied: 2025_03_10_000000_create_tool_definitions_table
--   file: 2025_03_10_000000_create_tool_definitions_table.php
--   all 10 checked effects are in the dump
--   E-TABLE-PRESENT table tool_definitions is in the dump (its statement is guarded by an
--       existence check) [dump line 914; line 14]
--   E-COLUMN-PRESENT column tool_definitions.id is in the dump (bigint) (its statement is guarded
--       by an existence check) [dump line 915; line 15]
--   E-COLUMN-PRESENT column tool_definitions.name is in the dump (character varying(255)) (its
--       statement is guarded by an existence check) [dump line 916; line 16]
--   E-COLUMN-PRESENT column tool_definitions.description is in the dump (text) (its statement is
--       guarded by an existence check) [dump line 917; line 17]
--   E-COLUMN-PRESENT column tool_definitions.input_schema is in the dump (json) (its statement is
--       guarded by an existence check) [dump line 918; line 18]
--   E-COLUMN-PRESENT column tool_definitions.requires_approval is in the dump (boolean) (its
--       statement is guarded by an existence check) [dump line 919; line 19]
--   E-COLUMN-PRESENT column tool_definitions.created_at is in the dump (timestamp(0) without time
--       zone) (its statement is guarded by an existence check) [dump line 920; line 20]
--   E-COLUMN-PRESENT column tool_definitions.updated_at is in the dump (timestamp(0) without time
--       zone) (its statement is guarded by an existence check) [dump line 921; line 20]
--   E-INDEX-PRESENT primary key tool_definitions(id) is in the dump (its statement is guarded by
--       an existence check) [dump line 1991; line 15]
--   E-INDEX-PRESENT unique index tool_definitions_name_unique is in the dump (its statement is
--       guarded by an existence check) [dump line 1983; line 16]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_03_10_000000_create_tool_definitions_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_03_10_000000_create_tool_definitions_table');

-- applied: 2025_04_02_000000_create_fragment_type_registry_table
--   file: 2025_04_02_000000_create_fragment_type_registry_table.php
--   all 9 checked effects are in the dump
--   E-TABLE-PRESENT table fragment_type_registry is in the dump [dump line 299; line 11]
--   E-COLUMN-PRESENT column fragment_type_registry.id is in the dump (bigint)
--       [dump line 300; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.slug is in the dump (character varying(64))
--       [dump line 301; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.label is in the dump (character varying(255))
--       [dump line 302; line 14]
--   E-COLUMN-PRESENT column fragment_type_registry.version is in the dump (character varying(20))
--       [dump line 303; line 15]
--   E-COLUMN-PRESENT column fragment_type_registry.created_at is in the dump (timestamp(0) without
--       time zone) [dump line 304; line 16]
--   E-COLUMN-PRESENT column fragment_type_registry.updated_at is in the dump (timestamp(0) without
--       time zone) [dump line 305; line 16]
--   E-INDEX-PRESENT primary key fragment_type_registry(id) is in the dump
--       [dump line 1775; line 12]
--   E-INDEX-PRESENT unique index fragment_type_registry_slug_unique is in the dump
--       [dump line 1783; line 13]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_04_02_000000_create_fragment_type_registry_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_04_02_000000_create_fragment_type_registry_table');

-- applied: 2025_04_09_000000_add_avatar_to_agents_table
--   file: 2025_04_09_000000_add_avatar_to_agents_table.php
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column agents.avatar_path is in the dump (character varying(255))
--       [dump line 161; line 12]
--   E-COLUMN-PRESENT column agents.avatar_color is in the dump (character varying(7))
--       [dump line 162; line 13]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_04_09_000000_add_avatar_to_agents_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_04_09_000000_add_avatar_to_agents_table');

-- applied: 2025_04_15_000000_create_sources_table
--   file: 2025_04_15_000000_create_sources_table.php
--   all 11 checked effects are in the dump
--   E-TABLE-PRESENT table sources is in the dump [dump line 663; line 11]
--   E-COLUMN-PRESENT column sources.id is in the dump (bigint) [dump line 664; line 12]
--   E-COLUMN-PRESENT column sources.slug is in the dump (character varying(64))
--       [dump line 665; line 13]
--   E-COLUMN-PRESENT column sources.name is in the dump (character varying(255))
--       [dump line 666; line 14]
--   E-COLUMN-PRESENT column sources.driver is in the dump (character varying(40))
--       [dump line 667; line 15]
--   E-COLUMN-PRESENT column sources.config is in the dump (json) [dump line 668; line 16]
--   E-COLUMN-PRESENT column sources.enabled is in the dump (boolean) [dump line 669; line 17]
--   E-COLUMN-PRESENT column sources.created_at is in the dump (timestamp(0) without time zone)
--       [dump line 670; line 18]
--   E-COLUMN-PRESENT column sources.updated_at is in the dump (timestamp(0) without time zone)
--       [dump line 671; line 18]
--   E-INDEX-PRESENT primary key sources(id) is in the dump [dump line 1903; line 12]
--   E-INDEX-PRESENT unique index sources_slug_unique is in the dump [dump line 1911; line 13]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_04_15_000000_create_sources_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_04_15_000000_create_sources_table');

-- applied: 2025_04_20_000000_seed_obsidian_source
--   file: 2025_04_20_000000_seed_obsidian_source.php
--   its 1 checked effect is in the dump
--   E-ROW-PRESENT the dump holds this row of sources [dump line 1427; line 12]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_04_20_000000_seed_obsidian_source', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_04_20_000000_seed_obsidian_source');

-- applied: 2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table
--   file: 2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.schema is in the dump (jsonb)
--       [dump line 306; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.schema_hash is in the dump (character
--       varying(64)) [dump line 307; line 13]
--   E-INDEX-PRESENT index fragment_type_registry_schema_hash_index is in the dump
--       [dump line 2065; line 13]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table');

-- applied: 2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table
--   file: 2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.icon is in the dump (character varying(40))
--       [dump line 308; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.color is in the dump (character varying(7))
--       [dump line 309; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.sort_order is in the dump (smallint)
--       [dump line 310; line 14]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table');

-- applied: 2025_07_01_000000_add_tenant_id_to_core_tables
--   file: 2025_07_01_000000_add_tenant_id_to_core_tables.php
--   all 6 checked effects are in the dump
--   E-COLUMN-PRESENT column work_items.tenant_id is in the dump (bigint) [dump line 1045; line 15]
--   E-INDEX-PRESENT index work_items_tenant_id_index is in the dump [dump line 2170; line 15]
--   E-COLUMN-PRESENT column sprints.tenant_id is in the dump (bigint) [dump line 711; line 15]
--   E-INDEX-PRESENT index sprints_tenant_id_index is in the dump [dump line 2121; line 15]
--   E-COLUMN-PRESENT column documentation.tenant_id is in the dump (bigint)
--       [dump line 230; line 15]
--   E-INDEX-PRESENT index documentation_tenant_id_index is in the dump [dump line 2058; line 15]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_07_01_000000_add_tenant_id_to_core_tables', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_07_01_000000_add_tenant_id_to_core_tables');

-- applied: 2025_07_15_000000_add_pr_url_to_work_items_table
--   file: 2025_07_15_000000_add_pr_url_to_work_items_table.php
--   its 1 checked effect is in the dump
--   E-COLUMN-PRESENT column work_items.pr_url is in the dump (character varying(500))
--       [dump line 1046; line 12]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_07_15_000000_add_pr_url_to_work_items_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_07_15_000000_add_pr_url_to_work_items_table');

-- applied: 2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint
--   file: 2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint.php
--   its 1 checked effect is in the dump
--   E-CHECK-PRESENT check agent_logs_source_type_check is in the dump with the same values
--       [dump line 37; line 15]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint');

-- applied: 2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table
--   file: 2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.hydrator_class is in the dump (character
--       varying(255)) [dump line 311; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.hydrate_on_read is in the dump (boolean)
--       [dump line 312; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.hydration_options is in the dump (json)
--       [dump line 313; line 14]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table');

-- applied: 2025_09_14_000000_create_vault_routing_rules_table
--   file: 2025_09_14_000000_create_vault_routing_rules_table.php
--   all 12 checked effects are in the dump
--   E-TABLE-PRESENT table vault_routing_rules is in the dump [dump line 991; line 11]
--   E-COLUMN-PRESENT column vault_routing_rules.id is in the dump (bigint)
--       [dump line 992; line 12]
--   E-COLUMN-PRESENT column vault_routing_rules.source_id is in the dump (bigint)
--       [dump line 993; line 13]
--   E-COLUMN-PRESENT column vault_routing_rules.match_pattern is in the dump (character
--       varying(255)) [dump line 994; line 14]
--   E-COLUMN-PRESENT column vault_routing_rules.target_fragment_type is in the dump (character
--       varying(64)) [dump line 995; line 15]
--   E-COLUMN-PRESENT column vault_routing_rules.priority is in the dump (integer)
--       [dump line 996; line 16]
--   E-COLUMN-PRESENT column vault_routing_rules.enabled is in the dump (boolean)
--       [dump line 997; line 17]
--   E-COLUMN-PRESENT column vault_routing_rules.created_at is in the dump (timestamp(0) without
--       time zone) [dump line 998; line 18]
--   E-COLUMN-PRESENT column vault_routing_rules.updated_at is in the dump (timestamp(0) without
--       time zone) [dump line 999; line 18]
--   E-INDEX-PRESENT primary key vault_routing_rules(id) is in the dump [dump line 2015; line 12]
--   E-INDEX-PRESENT index vault_routing_rules_source_id_priority_index is in the dump
--       [dump line 2156; line 20]
--   E-FK-PRESENT foreign key vault_routing_rules_source_id_foreign is in the dump
--       [dump line 2274; line 13]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_09_14_000000_create_vault_routing_rules_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_09_14_000000_create_vault_routing_rules_table');

-- applied: 2025_10_06_000000_create_agent_runs_table
--   file: 2025_10_06_000000_create_agent_runs_table.php
--   all 15 checked effects are in the dump
--   E-TABLE-PRESENT table agent_runs is in the dump [dump line 109; line 11]
--   E-COLUMN-PRESENT column agent_runs.id is in the dump (bigint) [dump line 110; line 12]
--   E-COLUMN-PRESENT column agent_runs.agent_id is in the dump (bigint) [dump line 111; line 13]
--   E-COLUMN-PRESENT column agent_runs.work_item_id is in the dump (bigint)
--       [dump line 112; line 14]
--   E-COLUMN-PRESENT column agent_runs.status is in the dump (character varying(255))
--       [dump line 113; line 15]
--   E-CHECK-PRESENT check agent_runs_status_check is in the dump with the same values
--       [dump line 120; line 15]
--   E-COLUMN-PRESENT column agent_runs.input_tokens is in the dump (integer)
--       [dump line 114; line 16]
--   E-COLUMN-PRESENT column agent_runs.output_tokens is in the dump (integer)
--       [dump line 115; line 17]
--   E-COLUMN-PRESENT column agent_runs.started_at is in the dump (timestamp(0) without time zone)
--       [dump line 116; line 18]
--   E-COLUMN-PRESENT column agent_runs.finished_at is in the dump (timestamp(0) without time zone)
--       [dump line 117; line 19]
--   E-COLUMN-PRESENT column agent_runs.created_at is in the dump (timestamp(0) without time zone)
--       [dump line 118; line 20]
--   E-COLUMN-PRESENT column agent_runs.updated_at is in the dump (timestamp(0) without time zone)
--       [dump line 119; line 20]
--   E-INDEX-PRESENT primary key agent_runs(id) is in the dump [dump line 1703; line 12]
--   E-FK-PRESENT foreign key agent_runs_agent_id_foreign is in the dump [dump line 2186; line 13]
--   E-FK-PRESENT foreign key agent_runs_work_item_id_foreign is in the dump
--       [dump line 2194; line 14]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_10_06_000000_create_agent_runs_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_10_06_000000_create_agent_runs_table');

-- applied: 2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table
--   file: 2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table.php
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index telemetry_events_name_occurred_at_index is in the dump
--       [dump line 2135; line 12]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table');

-- applied: 2025_10_20_000000_create_notifications_table
--   file: 2025_10_20_000000_create_notifications_table.php
--   all 11 checked effects are in the dump
--   E-TABLE-PRESENT table notifications is in the dump [dump line 478; line 11]
--   E-COLUMN-PRESENT column notifications.id is in the dump (uuid) [dump line 479; line 12]
--   E-COLUMN-PRESENT column notifications.type is in the dump (character varying(255))
--       [dump line 480; line 13]
--   E-COLUMN-PRESENT column notifications.notifiable_type is in the dump (character varying(255))
--       [dump line 481; line 14]
--   E-COLUMN-PRESENT column notifications.notifiable_id is in the dump (bigint)
--       [dump line 482; line 14]
--   E-COLUMN-PRESENT column notifications.data is in the dump (text) [dump line 483; line 15]
--   E-COLUMN-PRESENT column notifications.read_at is in the dump (timestamp(0) without time zone)
--       [dump line 484; line 16]
--   E-COLUMN-PRESENT column notifications.created_at is in the dump (timestamp(0) without time
--       zone) [dump line 485; line 17]
--   E-COLUMN-PRESENT column notifications.updated_at is in the dump (timestamp(0) without time
--       zone) [dump line 486; line 17]
--   E-INDEX-PRESENT index notifications_notifiable_type_notifiable_id_index is in the dump
--       [dump line 2086; line 14]
--   E-INDEX-PRESENT primary key notifications(id) is in the dump [dump line 1823; line 12]
INSERT INTO "public"."migrations" ("migration", "batch")
SELECT '2025_10_20_000000_create_notifications_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "public"."migrations" WHERE "migration" = '2025_10_20_000000_create_notifications_table');

COMMIT;
