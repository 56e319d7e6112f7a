-- migstamp 0.0.0-test: stamp script for sqlite
--
-- dump: samples/sqlite/restored.sql
--   sha256:b59d0e01c8132fd6b83ffe8071f74af1859cf7ad0786b6d52eafee2fef51aea4
-- migrations (41 files): samples/laravel-app/database/migrations
--   sha256:0c6bcbecb6a90cc32662880d0c36e412e3f25aae0002583b1d3bfee927c313ea
-- tracking table: migrations
-- highest batch in the dump: 7; rows below get batch 8
-- verdicts: 19 tracked, 17 applied, 0 implied, 4 pending, 0 partial, 1 unknown, 0 orphan
-- rows inserted: 17
--
-- REVIEW BEFORE RUNNING. Each INSERT below states the evidence that justified it.
-- The script runs in one transaction, aborts without changes on a database that does
-- not match the dump, and inserts nothing that is already there (safe to run twice).
-- Run with: sqlite3 -bail DATABASE < FILE

-- Not stamped by this script: 5 migrations without a tracking row, 19 migrations already tracked.
--
-- unknown: 2025_07_20_000000_backfill_work_item_content_format
--   changes data only; the dump cannot show whether it ran
--   migrate would run its data change again: DB::table('work_items')->update()
--   if you know it ran: --assume-applied 2025_07_20_000000_backfill_work_item_content_format
--
-- pending: 2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint
--   guarded: its statements would be skipped on this schema, so migrate records it without changes
--   migrate would change nothing: every statement is guarded by an existence check that skips it
--     on this schema
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

BEGIN IMMEDIATE;

-- Preconditions: abort, changing nothing, unless the objects that justify the stamps are here.
CREATE TEMP TABLE migstamp_missing AS
SELECT expected.column5 AS label
FROM (VALUES
  (1, 'table', 'migrations', NULL, 'tracking table migrations'),
  (2, 'table', 'telemetry_events', NULL, 'table telemetry_events'),
  (3, 'column', 'telemetry_events', 'id', 'column telemetry_events.id'),
  (4, 'column', 'telemetry_events', 'name', 'column telemetry_events.name'),
  (5, 'column', 'telemetry_events', 'source', 'column telemetry_events.source'),
  (6, 'column', 'telemetry_events', 'correlation_id', 'column telemetry_events.correlation_id'),
  (7, 'column', 'telemetry_events', 'payload', 'column telemetry_events.payload'),
  (8, 'column', 'telemetry_events', 'occurred_at', 'column telemetry_events.occurred_at'),
  (9, 'column', 'telemetry_events', 'created_at', 'column telemetry_events.created_at'),
  (10, 'column', 'telemetry_events', 'updated_at', 'column telemetry_events.updated_at'),
  (11, 'constraint', 'telemetry_events', '"id" integer not null primary key autoincrement', 'constraint on telemetry_events: "id" integer not null primary key autoincrement'),
  (12, 'index', 'telemetry_events', 'telemetry_events_correlation_id_index', 'index telemetry_events_correlation_id_index'),
  (13, 'table', 'telemetry_metrics', NULL, 'table telemetry_metrics'),
  (14, 'column', 'telemetry_metrics', 'id', 'column telemetry_metrics.id'),
  (15, 'column', 'telemetry_metrics', 'telemetry_event_id', 'column telemetry_metrics.telemetry_event_id'),
  (16, 'column', 'telemetry_metrics', 'metric', 'column telemetry_metrics.metric'),
  (17, 'column', 'telemetry_metrics', 'value', 'column telemetry_metrics.value'),
  (18, 'column', 'telemetry_metrics', 'unit', 'column telemetry_metrics.unit'),
  (19, 'column', 'telemetry_metrics', 'created_at', 'column telemetry_metrics.created_at'),
  (20, 'column', 'telemetry_metrics', 'updated_at', 'column telemetry_metrics.updated_at'),
  (21, 'constraint', 'telemetry_metrics', '"id" integer not null primary key autoincrement', 'constraint on telemetry_metrics: "id" integer not null primary key autoincrement'),
  (22, 'index', 'telemetry_metrics', 'telemetry_metrics_metric_created_at_index', 'index telemetry_metrics_metric_created_at_index'),
  (23, 'constraint', 'telemetry_metrics', 'foreign key("telemetry_event_id") references "telemetry_events"("id") on delete cascade', 'constraint on telemetry_metrics: foreign key("telemetry_event_id") references "telemetry_events"("id") on delete cascade'),
  (24, 'table', 'telemetry_spans', NULL, 'table telemetry_spans'),
  (25, 'column', 'telemetry_spans', 'id', 'column telemetry_spans.id'),
  (26, 'column', 'telemetry_spans', 'trace_id', 'column telemetry_spans.trace_id'),
  (27, 'column', 'telemetry_spans', 'parent_span_id', 'column telemetry_spans.parent_span_id'),
  (28, 'column', 'telemetry_spans', 'operation', 'column telemetry_spans.operation'),
  (29, 'column', 'telemetry_spans', 'duration_ms', 'column telemetry_spans.duration_ms'),
  (30, 'column', 'telemetry_spans', 'status', 'column telemetry_spans.status'),
  (31, 'column', 'telemetry_spans', 'started_at', 'column telemetry_spans.started_at'),
  (32, 'column', 'telemetry_spans', 'ended_at', 'column telemetry_spans.ended_at'),
  (33, 'constraint', 'telemetry_spans', 'primary key ("id")', 'constraint on telemetry_spans: primary key ("id")'),
  (34, 'index', 'telemetry_spans', 'telemetry_spans_trace_id_index', 'index telemetry_spans_trace_id_index'),
  (35, 'table', 'saved_queries', NULL, 'table saved_queries'),
  (36, 'column', 'saved_queries', 'id', 'column saved_queries.id'),
  (37, 'column', 'saved_queries', 'user_id', 'column saved_queries.user_id'),
  (38, 'column', 'saved_queries', 'name', 'column saved_queries.name'),
  (39, 'column', 'saved_queries', 'query', 'column saved_queries.query'),
  (40, 'column', 'saved_queries', 'filters', 'column saved_queries.filters'),
  (41, 'column', 'saved_queries', 'is_shared', 'column saved_queries.is_shared'),
  (42, 'column', 'saved_queries', 'created_at', 'column saved_queries.created_at'),
  (43, 'column', 'saved_queries', 'updated_at', 'column saved_queries.updated_at'),
  (44, 'constraint', 'saved_queries', '"id" integer not null primary key autoincrement', 'constraint on saved_queries: "id" integer not null primary key autoincrement'),
  (45, 'index', 'saved_queries', 'saved_queries_user_id_name_unique', 'index saved_queries_user_id_name_unique'),
  (46, 'constraint', 'saved_queries', 'foreign key("user_id") references "users"("id") on delete cascade', 'constraint on saved_queries: foreign key("user_id") references "users"("id") on delete cascade'),
  (47, 'table', 'documentation', NULL, 'table documentation'),
  (48, 'column', 'documentation', 'id', 'column documentation.id'),
  (49, 'column', 'documentation', 'slug', 'column documentation.slug'),
  (50, 'column', 'documentation', 'title', 'column documentation.title'),
  (51, 'column', 'documentation', 'body', 'column documentation.body'),
  (52, 'column', 'documentation', 'section', 'column documentation.section'),
  (53, 'column', 'documentation', 'position', 'column documentation.position'),
  (54, 'column', 'documentation', 'updated_by', 'column documentation.updated_by'),
  (55, 'column', 'documentation', 'created_at', 'column documentation.created_at'),
  (56, 'column', 'documentation', 'updated_at', 'column documentation.updated_at'),
  (57, 'column', 'documentation', 'deleted_at', 'column documentation.deleted_at'),
  (58, 'constraint', 'documentation', '"id" integer not null primary key autoincrement', 'constraint on documentation: "id" integer not null primary key autoincrement'),
  (59, 'index', 'documentation', 'documentation_slug_unique', 'index documentation_slug_unique'),
  (60, 'index', 'documentation', 'documentation_section_index', 'index documentation_section_index'),
  (61, 'constraint', 'documentation', 'foreign key("updated_by") references "users"("id") on delete set null', 'constraint on documentation: foreign key("updated_by") references "users"("id") on delete set null'),
  (62, 'table', 'tool_definitions', NULL, 'table tool_definitions'),
  (63, 'column', 'tool_definitions', 'id', 'column tool_definitions.id'),
  (64, 'column', 'tool_definitions', 'name', 'column tool_definitions.name'),
  (65, 'column', 'tool_definitions', 'description', 'column tool_definitions.description'),
  (66, 'column', 'tool_definitions', 'input_schema', 'column tool_definitions.input_schema'),
  (67, 'column', 'tool_definitions', 'requires_approval', 'column tool_definitions.requires_approval'),
  (68, 'column', 'tool_definitions', 'created_at', 'column tool_definitions.created_at'),
  (69, 'column', 'tool_definitions', 'updated_at', 'column tool_definitions.updated_at'),
  (70, 'constraint', 'tool_definitions', '"id" integer not null primary key autoincrement', 'constraint on tool_definitions: "id" integer not null primary key autoincrement'),
  (71, 'index', 'tool_definitions', 'tool_definitions_name_unique', 'index tool_definitions_name_unique'),
  (72, 'table', 'fragment_type_registry', NULL, 'table fragment_type_registry'),
  (73, 'column', 'fragment_type_registry', 'id', 'column fragment_type_registry.id'),
  (74, 'column', 'fragment_type_registry', 'slug', 'column fragment_type_registry.slug'),
  (75, 'column', 'fragment_type_registry', 'label', 'column fragment_type_registry.label'),
  (76, 'column', 'fragment_type_registry', 'version', 'column fragment_type_registry.version'),
  (77, 'column', 'fragment_type_registry', 'created_at', 'column fragment_type_registry.created_at'),
  (78, 'column', 'fragment_type_registry', 'updated_at', 'column fragment_type_registry.updated_at'),
  (79, 'constraint', 'fragment_type_registry', '"id" integer not null primary key autoincrement', 'constraint on fragment_type_registry: "id" integer not null primary key autoincrement'),
  (80, 'index', 'fragment_type_registry', 'fragment_type_registry_slug_unique', 'index fragment_type_registry_slug_unique'),
  (81, 'column', 'agents', 'avatar_path', 'column agents.avatar_path'),
  (82, 'column', 'agents', 'avatar_color', 'column agents.avatar_color'),
  (83, 'table', 'sources', NULL, 'table sources'),
  (84, 'column', 'sources', 'id', 'column sources.id'),
  (85, 'column', 'sources', 'slug', 'column sources.slug'),
  (86, 'column', 'sources', 'name', 'column sources.name'),
  (87, 'column', 'sources', 'driver', 'column sources.driver'),
  (88, 'column', 'sources', 'config', 'column sources.config'),
  (89, 'column', 'sources', 'enabled', 'column sources.enabled'),
  (90, 'column', 'sources', 'created_at', 'column sources.created_at'),
  (91, 'column', 'sources', 'updated_at', 'column sources.updated_at'),
  (92, 'constraint', 'sources', '"id" integer not null primary key autoincrement', 'constraint on sources: "id" integer not null primary key autoincrement'),
  (93, 'index', 'sources', 'sources_slug_unique', 'index sources_slug_unique'),
  (94, 'column', 'fragment_type_registry', 'schema', 'column fragment_type_registry.schema'),
  (95, 'column', 'fragment_type_registry', 'schema_hash', 'column fragment_type_registry.schema_hash'),
  (96, 'index', 'fragment_type_registry', 'fragment_type_registry_schema_hash_index', 'index fragment_type_registry_schema_hash_index'),
  (97, 'column', 'fragment_type_registry', 'icon', 'column fragment_type_registry.icon'),
  (98, 'column', 'fragment_type_registry', 'color', 'column fragment_type_registry.color'),
  (99, 'column', 'fragment_type_registry', 'sort_order', 'column fragment_type_registry.sort_order'),
  (100, 'column', 'work_items', 'tenant_id', 'column work_items.tenant_id'),
  (101, 'index', 'work_items', 'work_items_tenant_id_index', 'index work_items_tenant_id_index'),
  (102, 'column', 'sprints', 'tenant_id', 'column sprints.tenant_id'),
  (103, 'index', 'sprints', 'sprints_tenant_id_index', 'index sprints_tenant_id_index'),
  (104, 'column', 'documentation', 'tenant_id', 'column documentation.tenant_id'),
  (105, 'index', 'documentation', 'documentation_tenant_id_index', 'index documentation_tenant_id_index'),
  (106, 'column', 'work_items', 'pr_url', 'column work_items.pr_url'),
  (107, 'column', 'fragment_type_registry', 'hydrator_class', 'column fragment_type_registry.hydrator_class'),
  (108, 'column', 'fragment_type_registry', 'hydrate_on_read', 'column fragment_type_registry.hydrate_on_read'),
  (109, 'column', 'fragment_type_registry', 'hydration_options', 'column fragment_type_registry.hydration_options'),
  (110, 'table', 'vault_routing_rules', NULL, 'table vault_routing_rules'),
  (111, 'column', 'vault_routing_rules', 'id', 'column vault_routing_rules.id'),
  (112, 'column', 'vault_routing_rules', 'source_id', 'column vault_routing_rules.source_id'),
  (113, 'column', 'vault_routing_rules', 'match_pattern', 'column vault_routing_rules.match_pattern'),
  (114, 'column', 'vault_routing_rules', 'target_fragment_type', 'column vault_routing_rules.target_fragment_type'),
  (115, 'column', 'vault_routing_rules', 'priority', 'column vault_routing_rules.priority'),
  (116, 'column', 'vault_routing_rules', 'enabled', 'column vault_routing_rules.enabled'),
  (117, 'column', 'vault_routing_rules', 'created_at', 'column vault_routing_rules.created_at'),
  (118, 'column', 'vault_routing_rules', 'updated_at', 'column vault_routing_rules.updated_at'),
  (119, 'constraint', 'vault_routing_rules', '"id" integer not null primary key autoincrement', 'constraint on vault_routing_rules: "id" integer not null primary key autoincrement'),
  (120, 'index', 'vault_routing_rules', 'vault_routing_rules_source_id_priority_index', 'index vault_routing_rules_source_id_priority_index'),
  (121, 'constraint', 'vault_routing_rules', 'foreign key("source_id") references "sources"("id") on delete cascade', 'constraint on vault_routing_rules: foreign key("source_id") references "sources"("id") on delete cascade'),
  (122, 'table', 'agent_runs', NULL, 'table agent_runs'),
  (123, 'column', 'agent_runs', 'id', 'column agent_runs.id'),
  (124, 'column', 'agent_runs', 'agent_id', 'column agent_runs.agent_id'),
  (125, 'column', 'agent_runs', 'work_item_id', 'column agent_runs.work_item_id'),
  (126, 'column', 'agent_runs', 'status', 'column agent_runs.status'),
  (127, 'column', 'agent_runs', 'input_tokens', 'column agent_runs.input_tokens'),
  (128, 'column', 'agent_runs', 'output_tokens', 'column agent_runs.output_tokens'),
  (129, 'column', 'agent_runs', 'started_at', 'column agent_runs.started_at'),
  (130, 'column', 'agent_runs', 'finished_at', 'column agent_runs.finished_at'),
  (131, 'column', 'agent_runs', 'created_at', 'column agent_runs.created_at'),
  (132, 'column', 'agent_runs', 'updated_at', 'column agent_runs.updated_at'),
  (133, 'constraint', 'agent_runs', '"id" integer not null primary key autoincrement', 'constraint on agent_runs: "id" integer not null primary key autoincrement'),
  (134, 'constraint', 'agent_runs', 'foreign key("agent_id") references "agents"("id") on delete cascade', 'constraint on agent_runs: foreign key("agent_id") references "agents"("id") on delete cascade'),
  (135, 'constraint', 'agent_runs', 'foreign key("work_item_id") references "work_items"("id") on delete set null', 'constraint on agent_runs: foreign key("work_item_id") references "work_items"("id") on delete set null'),
  (136, 'index', 'telemetry_events', 'telemetry_events_name_occurred_at_index', 'index telemetry_events_name_occurred_at_index'),
  (137, 'table', 'notifications', NULL, 'table notifications'),
  (138, 'column', 'notifications', 'id', 'column notifications.id'),
  (139, 'column', 'notifications', 'type', 'column notifications.type'),
  (140, 'column', 'notifications', 'notifiable_type', 'column notifications.notifiable_type'),
  (141, 'column', 'notifications', 'notifiable_id', 'column notifications.notifiable_id'),
  (142, 'column', 'notifications', 'data', 'column notifications.data'),
  (143, 'column', 'notifications', 'read_at', 'column notifications.read_at'),
  (144, 'column', 'notifications', 'created_at', 'column notifications.created_at'),
  (145, 'column', 'notifications', 'updated_at', 'column notifications.updated_at'),
  (146, 'index', 'notifications', 'notifications_notifiable_type_notifiable_id_index', 'index notifications_notifiable_type_notifiable_id_index'),
  (147, 'constraint', 'notifications', 'primary key ("id")', 'constraint on notifications: primary key ("id")')
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
CREATE TEMP TRIGGER migstamp_guard BEFORE INSERT ON "main"."migrations"
BEGIN
  SELECT RAISE(ABORT, 'migstamp: this database does not match the dump, nothing was changed') WHERE EXISTS (SELECT 1 FROM migstamp_missing);
END;

-- Name what is missing, then stop here (the sentinel row never reaches the table).
SELECT 'migstamp: missing: ' || group_concat(label, '; ') FROM temp.migstamp_missing HAVING count(*) > 0;
INSERT INTO "main"."migrations" ("migration") SELECT NULL WHERE EXISTS (SELECT 1 FROM temp.migstamp_missing);

-- applied: 2024_10_04_create_telemetry_tables
--   file: 2024_10_04_create_telemetry_tables.php
--   all 33 checked effects are in the dump
--   E-TABLE-PRESENT table telemetry_events is in the dump [dump line 54; line 13]
--   E-COLUMN-PRESENT column telemetry_events.id is in the dump (integer) [dump line 54; line 14]
--   E-COLUMN-PRESENT column telemetry_events.name is in the dump (varchar) [dump line 54; line 15]
--   E-COLUMN-PRESENT column telemetry_events.source is in the dump (varchar)
--       [dump line 54; line 16]
--   E-COLUMN-PRESENT column telemetry_events.correlation_id is in the dump (varchar)
--       [dump line 54; line 17]
--   E-COLUMN-PRESENT column telemetry_events.payload is in the dump (text) [dump line 54; line 18]
--   E-COLUMN-PRESENT column telemetry_events.occurred_at is in the dump (datetime)
--       [dump line 54; line 19]
--   E-COLUMN-PRESENT column telemetry_events.created_at is in the dump (datetime)
--       [dump line 54; line 20]
--   E-COLUMN-PRESENT column telemetry_events.updated_at is in the dump (datetime)
--       [dump line 54; line 20]
--   E-INDEX-PRESENT primary key telemetry_events(id) is in the dump [dump line 54; line 14]
--   E-INDEX-PRESENT index telemetry_events_correlation_id_index is in the dump
--       [dump line 101; line 17]
--   E-TABLE-PRESENT table telemetry_metrics is in the dump [dump line 56; line 23]
--   E-COLUMN-PRESENT column telemetry_metrics.id is in the dump (integer) [dump line 56; line 24]
--   E-COLUMN-PRESENT column telemetry_metrics.telemetry_event_id is in the dump (integer)
--       [dump line 56; line 25]
--   E-COLUMN-PRESENT column telemetry_metrics.metric is in the dump (varchar)
--       [dump line 56; line 26]
--   E-COLUMN-PRESENT column telemetry_metrics.value is in the dump (numeric)
--       [dump line 56; line 27]
--   E-COLUMN-PRESENT column telemetry_metrics.unit is in the dump (varchar)
--       [dump line 56; line 28]
--   E-COLUMN-PRESENT column telemetry_metrics.created_at is in the dump (datetime)
--       [dump line 56; line 29]
--   E-COLUMN-PRESENT column telemetry_metrics.updated_at is in the dump (datetime)
--       [dump line 56; line 29]
--   E-INDEX-PRESENT primary key telemetry_metrics(id) is in the dump [dump line 56; line 24]
--   E-INDEX-PRESENT index telemetry_metrics_metric_created_at_index is in the dump
--       [dump line 102; line 31]
--   E-FK-PRESENT a foreign key on (telemetry_event_id) to telemetry_events is in the dump as
--       foreign key("telemetry_event_id") references "telemetry_events"("id") on delete cascade
--       [dump line 56; line 25]
--   E-TABLE-PRESENT table telemetry_spans is in the dump [dump line 57; line 34]
--   E-COLUMN-PRESENT column telemetry_spans.id is in the dump (varchar) [dump line 57; line 35]
--   E-COLUMN-PRESENT column telemetry_spans.trace_id is in the dump (varchar)
--       [dump line 57; line 36]
--   E-COLUMN-PRESENT column telemetry_spans.parent_span_id is in the dump (varchar)
--       [dump line 57; line 37]
--   E-COLUMN-PRESENT column telemetry_spans.operation is in the dump (varchar)
--       [dump line 57; line 38]
--   E-COLUMN-PRESENT column telemetry_spans.duration_ms is in the dump (integer)
--       [dump line 57; line 39]
--   E-COLUMN-PRESENT column telemetry_spans.status is in the dump (varchar)
--       [dump line 57; line 40]
--   E-COLUMN-PRESENT column telemetry_spans.started_at is in the dump (datetime)
--       [dump line 57; line 41]
--   E-COLUMN-PRESENT column telemetry_spans.ended_at is in the dump (datetime)
--       [dump line 57; line 42]
--   E-INDEX-PRESENT primary key telemetry_spans(id) is in the dump [dump line 57; line 35]
--   E-INDEX-PRESENT index telemetry_spans_trace_id_index is in the dump [dump line 103; line 36]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2024_10_04_create_telemetry_tables', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2024_10_04_create_telemetry_tables');

-- applied: 20251004151938_create_saved_queries_table
--   file: 20251004151938_create_saved_queries_table.php
--   all 12 checked effects are in the dump
--   E-TABLE-PRESENT table saved_queries is in the dump [dump line 69; line 13]
--   E-COLUMN-PRESENT column saved_queries.id is in the dump (integer) [dump line 69; line 14]
--   E-COLUMN-PRESENT column saved_queries.user_id is in the dump (integer) [dump line 69; line 15]
--   E-COLUMN-PRESENT column saved_queries.name is in the dump (varchar) [dump line 69; line 16]
--   E-COLUMN-PRESENT column saved_queries.query is in the dump (text) [dump line 69; line 17]
--   E-COLUMN-PRESENT column saved_queries.filters is in the dump (text) [dump line 69; line 18]
--   E-COLUMN-PRESENT column saved_queries.is_shared is in the dump (tinyint(1))
--       [dump line 69; line 19]
--   E-COLUMN-PRESENT column saved_queries.created_at is in the dump (datetime)
--       [dump line 69; line 20]
--   E-COLUMN-PRESENT column saved_queries.updated_at is in the dump (datetime)
--       [dump line 69; line 20]
--   E-INDEX-PRESENT primary key saved_queries(id) is in the dump [dump line 69; line 14]
--   E-INDEX-PRESENT unique index saved_queries_user_id_name_unique is in the dump
--       [dump line 114; line 22]
--   E-FK-PRESENT a foreign key on (user_id) to users is in the dump as foreign key("user_id")
--       references "users"("id") on delete cascade [dump line 69; line 15]
INSERT INTO "migrations" ("migration", "batch")
SELECT '20251004151938_create_saved_queries_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '20251004151938_create_saved_queries_table');

-- applied: 2025_03_01_000000_create_documentation_table
--   file: 2025_03_01_000000_create_documentation_table.php
--   all 15 checked effects are in the dump
--   E-TABLE-PRESENT table documentation is in the dump [dump line 58; line 11]
--   E-COLUMN-PRESENT column documentation.id is in the dump (integer) [dump line 58; line 12]
--   E-COLUMN-PRESENT column documentation.slug is in the dump (varchar) [dump line 58; line 13]
--   E-COLUMN-PRESENT column documentation.title is in the dump (varchar) [dump line 58; line 14]
--   E-COLUMN-PRESENT column documentation.body is in the dump (text) [dump line 58; line 15]
--   E-COLUMN-PRESENT column documentation.section is in the dump (varchar) [dump line 58; line 16]
--   E-COLUMN-PRESENT column documentation.position is in the dump (integer)
--       [dump line 58; line 17]
--   E-COLUMN-PRESENT column documentation.updated_by is in the dump (integer)
--       [dump line 58; line 18]
--   E-COLUMN-PRESENT column documentation.created_at is in the dump (datetime)
--       [dump line 58; line 19]
--   E-COLUMN-PRESENT column documentation.updated_at is in the dump (datetime)
--       [dump line 58; line 19]
--   E-COLUMN-PRESENT column documentation.deleted_at is in the dump (datetime)
--       [dump line 58; line 20]
--   E-INDEX-PRESENT primary key documentation(id) is in the dump [dump line 58; line 12]
--   E-INDEX-PRESENT unique index documentation_slug_unique is in the dump [dump line 104; line 13]
--   E-INDEX-PRESENT index documentation_section_index is in the dump [dump line 105; line 16]
--   E-FK-PRESENT a foreign key on (updated_by) to users is in the dump as foreign
--       key("updated_by") references "users"("id") on delete set null [dump line 58; line 18]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_03_01_000000_create_documentation_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_03_01_000000_create_documentation_table');

-- applied: 2025_03_10_000000_create_tool_definitions_table
--   file: 2025_03_10_000000_create_tool_definitions_table.php
--   all 10 checked effects are in the dump
--   E-TABLE-PRESENT table tool_definitions is in the dump (its statement is guarded by an
--       existence check) [dump line 59; line 14]
--   E-COLUMN-PRESENT column tool_definitions.id is in the dump (integer) (its statement is guarded
--       by an existence check) [dump line 59; line 15]
--   E-COLUMN-PRESENT column tool_definitions.name is in the dump (varchar) (its statement is
--       guarded by an existence check) [dump line 59; line 16]
--   E-COLUMN-PRESENT column tool_definitions.description is in the dump (text) (its statement is
--       guarded by an existence check) [dump line 59; line 17]
--   E-COLUMN-PRESENT column tool_definitions.input_schema is in the dump (text) (its statement is
--       guarded by an existence check) [dump line 59; line 18]
--   E-COLUMN-PRESENT column tool_definitions.requires_approval is in the dump (tinyint(1)) (its
--       statement is guarded by an existence check) [dump line 59; line 19]
--   E-COLUMN-PRESENT column tool_definitions.created_at is in the dump (datetime) (its statement
--       is guarded by an existence check) [dump line 59; line 20]
--   E-COLUMN-PRESENT column tool_definitions.updated_at is in the dump (datetime) (its statement
--       is guarded by an existence check) [dump line 59; line 20]
--   E-INDEX-PRESENT primary key tool_definitions(id) is in the dump (its statement is guarded by
--       an existence check) [dump line 59; line 15]
--   E-INDEX-PRESENT unique index tool_definitions_name_unique is in the dump (its statement is
--       guarded by an existence check) [dump line 106; line 16]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_03_10_000000_create_tool_definitions_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_03_10_000000_create_tool_definitions_table');

-- applied: 2025_04_02_000000_create_fragment_type_registry_table
--   file: 2025_04_02_000000_create_fragment_type_registry_table.php
--   all 9 checked effects are in the dump
--   E-TABLE-PRESENT table fragment_type_registry is in the dump [dump line 60; line 11]
--   E-COLUMN-PRESENT column fragment_type_registry.id is in the dump (integer)
--       [dump line 60; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.slug is in the dump (varchar)
--       [dump line 60; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.label is in the dump (varchar)
--       [dump line 60; line 14]
--   E-COLUMN-PRESENT column fragment_type_registry.version is in the dump (varchar)
--       [dump line 60; line 15]
--   E-COLUMN-PRESENT column fragment_type_registry.created_at is in the dump (datetime)
--       [dump line 60; line 16]
--   E-COLUMN-PRESENT column fragment_type_registry.updated_at is in the dump (datetime)
--       [dump line 60; line 16]
--   E-INDEX-PRESENT primary key fragment_type_registry(id) is in the dump [dump line 60; line 12]
--   E-INDEX-PRESENT unique index fragment_type_registry_slug_unique is in the dump
--       [dump line 107; line 13]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_04_02_000000_create_fragment_type_registry_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_04_02_000000_create_fragment_type_registry_table');

-- applied: 2025_04_09_000000_add_avatar_to_agents_table
--   file: 2025_04_09_000000_add_avatar_to_agents_table.php
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column agents.avatar_path is in the dump (varchar) [dump line 42; line 12]
--   E-COLUMN-PRESENT column agents.avatar_color is in the dump (varchar) [dump line 42; line 13]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_04_09_000000_add_avatar_to_agents_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_04_09_000000_add_avatar_to_agents_table');

-- applied: 2025_04_15_000000_create_sources_table
--   file: 2025_04_15_000000_create_sources_table.php
--   all 11 checked effects are in the dump
--   E-TABLE-PRESENT table sources is in the dump [dump line 63; line 11]
--   E-COLUMN-PRESENT column sources.id is in the dump (integer) [dump line 63; line 12]
--   E-COLUMN-PRESENT column sources.slug is in the dump (varchar) [dump line 63; line 13]
--   E-COLUMN-PRESENT column sources.name is in the dump (varchar) [dump line 63; line 14]
--   E-COLUMN-PRESENT column sources.driver is in the dump (varchar) [dump line 63; line 15]
--   E-COLUMN-PRESENT column sources.config is in the dump (text) [dump line 63; line 16]
--   E-COLUMN-PRESENT column sources.enabled is in the dump (tinyint(1)) [dump line 63; line 17]
--   E-COLUMN-PRESENT column sources.created_at is in the dump (datetime) [dump line 63; line 18]
--   E-COLUMN-PRESENT column sources.updated_at is in the dump (datetime) [dump line 63; line 18]
--   E-INDEX-PRESENT primary key sources(id) is in the dump [dump line 63; line 12]
--   E-INDEX-PRESENT unique index sources_slug_unique is in the dump [dump line 108; line 13]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_04_15_000000_create_sources_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_04_15_000000_create_sources_table');

-- applied: 2025_04_20_000000_seed_obsidian_source
--   file: 2025_04_20_000000_seed_obsidian_source.php
--   its 1 checked effect is in the dump
--   E-ROW-PRESENT the dump holds this row of sources [dump line 64; line 12]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_04_20_000000_seed_obsidian_source', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_04_20_000000_seed_obsidian_source');

-- applied: 2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table
--   file: 2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.schema is in the dump (text)
--       [dump line 60; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.schema_hash is in the dump (varchar)
--       [dump line 60; line 13]
--   E-INDEX-PRESENT index fragment_type_registry_schema_hash_index is in the dump
--       [dump line 109; line 13]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table');

-- applied: 2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table
--   file: 2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.icon is in the dump (varchar)
--       [dump line 60; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.color is in the dump (varchar)
--       [dump line 60; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.sort_order is in the dump (integer)
--       [dump line 60; line 14]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table');

-- applied: 2025_07_01_000000_add_tenant_id_to_core_tables
--   file: 2025_07_01_000000_add_tenant_id_to_core_tables.php
--   all 6 checked effects are in the dump
--   E-COLUMN-PRESENT column work_items.tenant_id is in the dump (integer) [dump line 38; line 15]
--   E-INDEX-PRESENT index work_items_tenant_id_index is in the dump [dump line 110; line 15]
--   E-COLUMN-PRESENT column sprints.tenant_id is in the dump (integer) [dump line 35; line 15]
--   E-INDEX-PRESENT index sprints_tenant_id_index is in the dump [dump line 111; line 15]
--   E-COLUMN-PRESENT column documentation.tenant_id is in the dump (integer)
--       [dump line 58; line 15]
--   E-INDEX-PRESENT index documentation_tenant_id_index is in the dump [dump line 112; line 15]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_07_01_000000_add_tenant_id_to_core_tables', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_07_01_000000_add_tenant_id_to_core_tables');

-- applied: 2025_07_15_000000_add_pr_url_to_work_items_table
--   file: 2025_07_15_000000_add_pr_url_to_work_items_table.php
--   its 1 checked effect is in the dump
--   E-COLUMN-PRESENT column work_items.pr_url is in the dump (varchar) [dump line 38; line 12]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_07_15_000000_add_pr_url_to_work_items_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_07_15_000000_add_pr_url_to_work_items_table');

-- applied: 2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table
--   file: 2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.hydrator_class is in the dump (varchar)
--       [dump line 60; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.hydrate_on_read is in the dump (tinyint(1))
--       [dump line 60; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.hydration_options is in the dump (text)
--       [dump line 60; line 14]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table');

-- applied: 2025_09_14_000000_create_vault_routing_rules_table
--   file: 2025_09_14_000000_create_vault_routing_rules_table.php
--   all 12 checked effects are in the dump
--   E-TABLE-PRESENT table vault_routing_rules is in the dump [dump line 66; line 11]
--   E-COLUMN-PRESENT column vault_routing_rules.id is in the dump (integer)
--       [dump line 66; line 12]
--   E-COLUMN-PRESENT column vault_routing_rules.source_id is in the dump (integer)
--       [dump line 66; line 13]
--   E-COLUMN-PRESENT column vault_routing_rules.match_pattern is in the dump (varchar)
--       [dump line 66; line 14]
--   E-COLUMN-PRESENT column vault_routing_rules.target_fragment_type is in the dump (varchar)
--       [dump line 66; line 15]
--   E-COLUMN-PRESENT column vault_routing_rules.priority is in the dump (integer)
--       [dump line 66; line 16]
--   E-COLUMN-PRESENT column vault_routing_rules.enabled is in the dump (tinyint(1))
--       [dump line 66; line 17]
--   E-COLUMN-PRESENT column vault_routing_rules.created_at is in the dump (datetime)
--       [dump line 66; line 18]
--   E-COLUMN-PRESENT column vault_routing_rules.updated_at is in the dump (datetime)
--       [dump line 66; line 18]
--   E-INDEX-PRESENT primary key vault_routing_rules(id) is in the dump [dump line 66; line 12]
--   E-INDEX-PRESENT index vault_routing_rules_source_id_priority_index is in the dump
--       [dump line 113; line 20]
--   E-FK-PRESENT a foreign key on (source_id) to sources is in the dump as foreign
--       key("source_id") references "sources"("id") on delete cascade [dump line 66; line 13]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_09_14_000000_create_vault_routing_rules_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_09_14_000000_create_vault_routing_rules_table');

-- applied: 2025_10_06_000000_create_agent_runs_table
--   file: 2025_10_06_000000_create_agent_runs_table.php
--   all 14 checked effects are in the dump
--   E-TABLE-PRESENT table agent_runs is in the dump [dump line 68; line 11]
--   E-COLUMN-PRESENT column agent_runs.id is in the dump (integer) [dump line 68; line 12]
--   E-COLUMN-PRESENT column agent_runs.agent_id is in the dump (integer) [dump line 68; line 13]
--   E-COLUMN-PRESENT column agent_runs.work_item_id is in the dump (integer)
--       [dump line 68; line 14]
--   E-COLUMN-PRESENT column agent_runs.status is in the dump (varchar) [dump line 68; line 15]
--   E-COLUMN-PRESENT column agent_runs.input_tokens is in the dump (integer)
--       [dump line 68; line 16]
--   E-COLUMN-PRESENT column agent_runs.output_tokens is in the dump (integer)
--       [dump line 68; line 17]
--   E-COLUMN-PRESENT column agent_runs.started_at is in the dump (datetime)
--       [dump line 68; line 18]
--   E-COLUMN-PRESENT column agent_runs.finished_at is in the dump (datetime)
--       [dump line 68; line 19]
--   E-COLUMN-PRESENT column agent_runs.created_at is in the dump (datetime)
--       [dump line 68; line 20]
--   E-COLUMN-PRESENT column agent_runs.updated_at is in the dump (datetime)
--       [dump line 68; line 20]
--   E-INDEX-PRESENT primary key agent_runs(id) is in the dump [dump line 68; line 12]
--   E-FK-PRESENT a foreign key on (agent_id) to agents is in the dump as foreign key("agent_id")
--       references "agents"("id") on delete cascade [dump line 68; line 13]
--   E-FK-PRESENT a foreign key on (work_item_id) to work_items is in the dump as foreign
--       key("work_item_id") references "work_items"("id") on delete set null
--       [dump line 68; line 14]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_10_06_000000_create_agent_runs_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_10_06_000000_create_agent_runs_table');

-- applied: 2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table
--   file: 2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table.php
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index telemetry_events_name_occurred_at_index is in the dump
--       [dump line 115; line 12]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table');

-- applied: 2025_10_20_000000_create_notifications_table
--   file: 2025_10_20_000000_create_notifications_table.php
--   all 11 checked effects are in the dump
--   E-TABLE-PRESENT table notifications is in the dump [dump line 70; line 11]
--   E-COLUMN-PRESENT column notifications.id is in the dump (varchar) [dump line 70; line 12]
--   E-COLUMN-PRESENT column notifications.type is in the dump (varchar) [dump line 70; line 13]
--   E-COLUMN-PRESENT column notifications.notifiable_type is in the dump (varchar)
--       [dump line 70; line 14]
--   E-COLUMN-PRESENT column notifications.notifiable_id is in the dump (integer)
--       [dump line 70; line 14]
--   E-COLUMN-PRESENT column notifications.data is in the dump (text) [dump line 70; line 15]
--   E-COLUMN-PRESENT column notifications.read_at is in the dump (datetime)
--       [dump line 70; line 16]
--   E-COLUMN-PRESENT column notifications.created_at is in the dump (datetime)
--       [dump line 70; line 17]
--   E-COLUMN-PRESENT column notifications.updated_at is in the dump (datetime)
--       [dump line 70; line 17]
--   E-INDEX-PRESENT index notifications_notifiable_type_notifiable_id_index is in the dump
--       [dump line 116; line 14]
--   E-INDEX-PRESENT primary key notifications(id) is in the dump [dump line 70; line 12]
INSERT INTO "migrations" ("migration", "batch")
SELECT '2025_10_20_000000_create_notifications_table', 8
WHERE NOT EXISTS (SELECT 1 FROM "migrations" WHERE "migration" = '2025_10_20_000000_create_notifications_table');

COMMIT;
