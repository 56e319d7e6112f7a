-- migstamp 0.0.0-test: stamp script for mysql
--
-- dump: samples/mysql/restored.sql
--   sha256:bfce33320f4e41ec1f78f6a8004f423755c12d7dc3e7bef9cf609d3fa53f753b
-- migrations (41 files): samples/laravel-app/database/migrations
--   sha256:0c6bcbecb6a90cc32662880d0c36e412e3f25aae0002583b1d3bfee927c313ea
-- tracking table: migrations
-- highest batch in the dump: 7; rows below get batch 8
-- verdicts: 19 tracked, 18 applied, 0 implied, 3 pending, 0 partial, 1 unknown, 0 orphan
-- rows inserted: 18
--
-- REVIEW BEFORE RUNNING. Each INSERT below states the evidence that justified it.
-- The script runs in one transaction, aborts without changes on a database that does
-- not match the dump, and inserts nothing that is already there (safe to run twice).
-- Run with: mysql --database=DB < FILE

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

SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
START TRANSACTION;

-- Preconditions: abort, changing nothing, unless the objects that justify the stamps are here.
SET @migstamp_missing = CONCAT_WS('; ',
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'migrations'), NULL, 'tracking table migrations'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events'), NULL, 'table telemetry_events'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND COLUMN_NAME = 'id'), NULL, 'column telemetry_events.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND COLUMN_NAME = 'name'), NULL, 'column telemetry_events.name'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND COLUMN_NAME = 'source'), NULL, 'column telemetry_events.source'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND COLUMN_NAME = 'correlation_id'), NULL, 'column telemetry_events.correlation_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND COLUMN_NAME = 'payload'), NULL, 'column telemetry_events.payload'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND COLUMN_NAME = 'occurred_at'), NULL, 'column telemetry_events.occurred_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND COLUMN_NAME = 'created_at'), NULL, 'column telemetry_events.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND COLUMN_NAME = 'updated_at'), NULL, 'column telemetry_events.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on telemetry_events'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND INDEX_NAME = 'telemetry_events_correlation_id_index'), NULL, 'index telemetry_events_correlation_id_index on telemetry_events'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics'), NULL, 'table telemetry_metrics'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND COLUMN_NAME = 'id'), NULL, 'column telemetry_metrics.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND COLUMN_NAME = 'telemetry_event_id'), NULL, 'column telemetry_metrics.telemetry_event_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND COLUMN_NAME = 'metric'), NULL, 'column telemetry_metrics.metric'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND COLUMN_NAME = 'value'), NULL, 'column telemetry_metrics.value'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND COLUMN_NAME = 'unit'), NULL, 'column telemetry_metrics.unit'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND COLUMN_NAME = 'created_at'), NULL, 'column telemetry_metrics.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND COLUMN_NAME = 'updated_at'), NULL, 'column telemetry_metrics.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on telemetry_metrics'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND INDEX_NAME = 'telemetry_metrics_metric_created_at_index'), NULL, 'index telemetry_metrics_metric_created_at_index on telemetry_metrics'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND CONSTRAINT_NAME = 'telemetry_metrics_telemetry_event_id_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_metrics' AND INDEX_NAME = 'telemetry_metrics_telemetry_event_id_foreign'), NULL, 'constraint telemetry_metrics_telemetry_event_id_foreign on telemetry_metrics'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans'), NULL, 'table telemetry_spans'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND COLUMN_NAME = 'id'), NULL, 'column telemetry_spans.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND COLUMN_NAME = 'trace_id'), NULL, 'column telemetry_spans.trace_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND COLUMN_NAME = 'parent_span_id'), NULL, 'column telemetry_spans.parent_span_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND COLUMN_NAME = 'operation'), NULL, 'column telemetry_spans.operation'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND COLUMN_NAME = 'duration_ms'), NULL, 'column telemetry_spans.duration_ms'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND COLUMN_NAME = 'status'), NULL, 'column telemetry_spans.status'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND COLUMN_NAME = 'started_at'), NULL, 'column telemetry_spans.started_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND COLUMN_NAME = 'ended_at'), NULL, 'column telemetry_spans.ended_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on telemetry_spans'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_spans' AND INDEX_NAME = 'telemetry_spans_trace_id_index'), NULL, 'index telemetry_spans_trace_id_index on telemetry_spans'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries'), NULL, 'table saved_queries'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND COLUMN_NAME = 'id'), NULL, 'column saved_queries.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND COLUMN_NAME = 'user_id'), NULL, 'column saved_queries.user_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND COLUMN_NAME = 'name'), NULL, 'column saved_queries.name'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND COLUMN_NAME = 'query'), NULL, 'column saved_queries.query'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND COLUMN_NAME = 'filters'), NULL, 'column saved_queries.filters'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND COLUMN_NAME = 'is_shared'), NULL, 'column saved_queries.is_shared'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND COLUMN_NAME = 'created_at'), NULL, 'column saved_queries.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND COLUMN_NAME = 'updated_at'), NULL, 'column saved_queries.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on saved_queries'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND CONSTRAINT_NAME = 'saved_queries_user_id_name_unique' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND INDEX_NAME = 'saved_queries_user_id_name_unique'), NULL, 'constraint saved_queries_user_id_name_unique on saved_queries'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND CONSTRAINT_NAME = 'saved_queries_user_id_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'saved_queries' AND INDEX_NAME = 'saved_queries_user_id_foreign'), NULL, 'constraint saved_queries_user_id_foreign on saved_queries'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation'), NULL, 'table documentation'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'id'), NULL, 'column documentation.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'slug'), NULL, 'column documentation.slug'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'title'), NULL, 'column documentation.title'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'body'), NULL, 'column documentation.body'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'section'), NULL, 'column documentation.section'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'position'), NULL, 'column documentation.position'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'updated_by'), NULL, 'column documentation.updated_by'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'created_at'), NULL, 'column documentation.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'updated_at'), NULL, 'column documentation.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'deleted_at'), NULL, 'column documentation.deleted_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on documentation'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND CONSTRAINT_NAME = 'documentation_slug_unique' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND INDEX_NAME = 'documentation_slug_unique'), NULL, 'constraint documentation_slug_unique on documentation'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND INDEX_NAME = 'documentation_section_index'), NULL, 'index documentation_section_index on documentation'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND CONSTRAINT_NAME = 'documentation_updated_by_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND INDEX_NAME = 'documentation_updated_by_foreign'), NULL, 'constraint documentation_updated_by_foreign on documentation'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions'), NULL, 'table tool_definitions'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND COLUMN_NAME = 'id'), NULL, 'column tool_definitions.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND COLUMN_NAME = 'name'), NULL, 'column tool_definitions.name'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND COLUMN_NAME = 'description'), NULL, 'column tool_definitions.description'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND COLUMN_NAME = 'input_schema'), NULL, 'column tool_definitions.input_schema'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND COLUMN_NAME = 'requires_approval'), NULL, 'column tool_definitions.requires_approval'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND COLUMN_NAME = 'created_at'), NULL, 'column tool_definitions.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND COLUMN_NAME = 'updated_at'), NULL, 'column tool_definitions.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on tool_definitions'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND CONSTRAINT_NAME = 'tool_definitions_name_unique' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tool_definitions' AND INDEX_NAME = 'tool_definitions_name_unique'), NULL, 'constraint tool_definitions_name_unique on tool_definitions'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry'), NULL, 'table fragment_type_registry'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'id'), NULL, 'column fragment_type_registry.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'slug'), NULL, 'column fragment_type_registry.slug'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'label'), NULL, 'column fragment_type_registry.label'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'version'), NULL, 'column fragment_type_registry.version'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'created_at'), NULL, 'column fragment_type_registry.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'updated_at'), NULL, 'column fragment_type_registry.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on fragment_type_registry'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND CONSTRAINT_NAME = 'fragment_type_registry_slug_unique' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND INDEX_NAME = 'fragment_type_registry_slug_unique'), NULL, 'constraint fragment_type_registry_slug_unique on fragment_type_registry'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agents' AND COLUMN_NAME = 'avatar_path'), NULL, 'column agents.avatar_path'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agents' AND COLUMN_NAME = 'avatar_color'), NULL, 'column agents.avatar_color'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources'), NULL, 'table sources'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND COLUMN_NAME = 'id'), NULL, 'column sources.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND COLUMN_NAME = 'slug'), NULL, 'column sources.slug'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND COLUMN_NAME = 'name'), NULL, 'column sources.name'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND COLUMN_NAME = 'driver'), NULL, 'column sources.driver'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND COLUMN_NAME = 'config'), NULL, 'column sources.config'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND COLUMN_NAME = 'enabled'), NULL, 'column sources.enabled'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND COLUMN_NAME = 'created_at'), NULL, 'column sources.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND COLUMN_NAME = 'updated_at'), NULL, 'column sources.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on sources'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND CONSTRAINT_NAME = 'sources_slug_unique' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sources' AND INDEX_NAME = 'sources_slug_unique'), NULL, 'constraint sources_slug_unique on sources'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'schema'), NULL, 'column fragment_type_registry.schema'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'schema_hash'), NULL, 'column fragment_type_registry.schema_hash'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND INDEX_NAME = 'fragment_type_registry_schema_hash_index'), NULL, 'index fragment_type_registry_schema_hash_index on fragment_type_registry'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'icon'), NULL, 'column fragment_type_registry.icon'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'color'), NULL, 'column fragment_type_registry.color'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'sort_order'), NULL, 'column fragment_type_registry.sort_order'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'work_items' AND COLUMN_NAME = 'tenant_id'), NULL, 'column work_items.tenant_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'work_items' AND INDEX_NAME = 'work_items_tenant_id_index'), NULL, 'index work_items_tenant_id_index on work_items'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sprints' AND COLUMN_NAME = 'tenant_id'), NULL, 'column sprints.tenant_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sprints' AND INDEX_NAME = 'sprints_tenant_id_index'), NULL, 'index sprints_tenant_id_index on sprints'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND COLUMN_NAME = 'tenant_id'), NULL, 'column documentation.tenant_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'documentation' AND INDEX_NAME = 'documentation_tenant_id_index'), NULL, 'index documentation_tenant_id_index on documentation'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'work_items' AND COLUMN_NAME = 'pr_url'), NULL, 'column work_items.pr_url'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_logs' AND CONSTRAINT_NAME = 'agent_logs_source_type_check' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_logs' AND INDEX_NAME = 'agent_logs_source_type_check'), NULL, 'constraint agent_logs_source_type_check on agent_logs'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'hydrator_class'), NULL, 'column fragment_type_registry.hydrator_class'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'hydrate_on_read'), NULL, 'column fragment_type_registry.hydrate_on_read'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'fragment_type_registry' AND COLUMN_NAME = 'hydration_options'), NULL, 'column fragment_type_registry.hydration_options'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules'), NULL, 'table vault_routing_rules'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND COLUMN_NAME = 'id'), NULL, 'column vault_routing_rules.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND COLUMN_NAME = 'source_id'), NULL, 'column vault_routing_rules.source_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND COLUMN_NAME = 'match_pattern'), NULL, 'column vault_routing_rules.match_pattern'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND COLUMN_NAME = 'target_fragment_type'), NULL, 'column vault_routing_rules.target_fragment_type'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND COLUMN_NAME = 'priority'), NULL, 'column vault_routing_rules.priority'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND COLUMN_NAME = 'enabled'), NULL, 'column vault_routing_rules.enabled'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND COLUMN_NAME = 'created_at'), NULL, 'column vault_routing_rules.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND COLUMN_NAME = 'updated_at'), NULL, 'column vault_routing_rules.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on vault_routing_rules'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND INDEX_NAME = 'vault_routing_rules_source_id_priority_index'), NULL, 'index vault_routing_rules_source_id_priority_index on vault_routing_rules'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND CONSTRAINT_NAME = 'vault_routing_rules_source_id_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vault_routing_rules' AND INDEX_NAME = 'vault_routing_rules_source_id_foreign'), NULL, 'constraint vault_routing_rules_source_id_foreign on vault_routing_rules'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs'), NULL, 'table agent_runs'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'id'), NULL, 'column agent_runs.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'agent_id'), NULL, 'column agent_runs.agent_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'work_item_id'), NULL, 'column agent_runs.work_item_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'status'), NULL, 'column agent_runs.status'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'input_tokens'), NULL, 'column agent_runs.input_tokens'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'output_tokens'), NULL, 'column agent_runs.output_tokens'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'started_at'), NULL, 'column agent_runs.started_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'finished_at'), NULL, 'column agent_runs.finished_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'created_at'), NULL, 'column agent_runs.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND COLUMN_NAME = 'updated_at'), NULL, 'column agent_runs.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on agent_runs'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND CONSTRAINT_NAME = 'agent_runs_agent_id_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND INDEX_NAME = 'agent_runs_agent_id_foreign'), NULL, 'constraint agent_runs_agent_id_foreign on agent_runs'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND CONSTRAINT_NAME = 'agent_runs_work_item_id_foreign' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'agent_runs' AND INDEX_NAME = 'agent_runs_work_item_id_foreign'), NULL, 'constraint agent_runs_work_item_id_foreign on agent_runs'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'telemetry_events' AND INDEX_NAME = 'telemetry_events_name_occurred_at_index'), NULL, 'index telemetry_events_name_occurred_at_index on telemetry_events'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications'), NULL, 'table notifications'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND COLUMN_NAME = 'id'), NULL, 'column notifications.id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND COLUMN_NAME = 'type'), NULL, 'column notifications.type'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND COLUMN_NAME = 'notifiable_type'), NULL, 'column notifications.notifiable_type'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND COLUMN_NAME = 'notifiable_id'), NULL, 'column notifications.notifiable_id'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND COLUMN_NAME = 'data'), NULL, 'column notifications.data'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND COLUMN_NAME = 'read_at'), NULL, 'column notifications.read_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND COLUMN_NAME = 'created_at'), NULL, 'column notifications.created_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND COLUMN_NAME = 'updated_at'), NULL, 'column notifications.updated_at'),
  IF(EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND INDEX_NAME = 'notifications_notifiable_type_notifiable_id_index'), NULL, 'index notifications_notifiable_type_notifiable_id_index on notifications'),
  IF(EXISTS(SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND CONSTRAINT_NAME = 'PRIMARY' UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notifications' AND INDEX_NAME = 'PRIMARY'), NULL, 'constraint PRIMARY on notifications')
);
-- A missing object hides the tracking table behind an empty temporary one:
-- every INSERT below then fails.
SET @migstamp_guard = IF(@migstamp_missing = '', 'DO 0', 'CREATE TEMPORARY TABLE `migrations` (migstamp_precondition_failed int)');
SET @migstamp_unguard = IF(@migstamp_missing = '', 'DO 0', 'DROP TEMPORARY TABLE `migrations`');
PREPARE migstamp_guard FROM @migstamp_guard;
EXECUTE migstamp_guard;
DEALLOCATE PREPARE migstamp_guard;
-- ...and this raises an error naming what is missing (the value is not a valid sql_mode).
SET SESSION sql_mode = IF(@migstamp_missing = '', @@SESSION.sql_mode, CONCAT('migstamp: this database does not match the dump so nothing was changed; missing: ', @migstamp_missing));
-- Locks every tracking row and the gaps between them until COMMIT:
-- a concurrent `migrate` cannot add rows meanwhile.
SELECT COUNT(*) INTO @migstamp_locked_rows FROM `migrations` FOR UPDATE;

-- applied: 2024_10_04_create_telemetry_tables
--   file: 2024_10_04_create_telemetry_tables.php
--   all 33 checked effects are in the dump
--   E-TABLE-PRESENT table telemetry_events is in the dump [dump line 801; line 13]
--   E-COLUMN-PRESENT column telemetry_events.id is in the dump (bigint unsigned)
--       [dump line 802; line 14]
--   E-COLUMN-PRESENT column telemetry_events.name is in the dump (varchar(120))
--       [dump line 803; line 15]
--   E-COLUMN-PRESENT column telemetry_events.source is in the dump (varchar(60))
--       [dump line 804; line 16]
--   E-COLUMN-PRESENT column telemetry_events.correlation_id is in the dump (char(36))
--       [dump line 805; line 17]
--   E-COLUMN-PRESENT column telemetry_events.payload is in the dump (longtext)
--       [dump line 806; line 18]
--   E-COLUMN-PRESENT column telemetry_events.occurred_at is in the dump (timestamp)
--       [dump line 807; line 19]
--   E-COLUMN-PRESENT column telemetry_events.created_at is in the dump (timestamp)
--       [dump line 808; line 20]
--   E-COLUMN-PRESENT column telemetry_events.updated_at is in the dump (timestamp)
--       [dump line 809; line 20]
--   E-INDEX-PRESENT primary key telemetry_events(id) is in the dump [dump line 810; line 14]
--   E-INDEX-PRESENT index telemetry_events_correlation_id_index is in the dump
--       [dump line 811; line 17]
--   E-TABLE-PRESENT table telemetry_metrics is in the dump [dump line 834; line 23]
--   E-COLUMN-PRESENT column telemetry_metrics.id is in the dump (bigint unsigned)
--       [dump line 835; line 24]
--   E-COLUMN-PRESENT column telemetry_metrics.telemetry_event_id is in the dump (bigint unsigned)
--       [dump line 836; line 25]
--   E-COLUMN-PRESENT column telemetry_metrics.metric is in the dump (varchar(120))
--       [dump line 837; line 26]
--   E-COLUMN-PRESENT column telemetry_metrics.value is in the dump (decimal(18,6))
--       [dump line 838; line 27]
--   E-COLUMN-PRESENT column telemetry_metrics.unit is in the dump (varchar(20))
--       [dump line 839; line 28]
--   E-COLUMN-PRESENT column telemetry_metrics.created_at is in the dump (timestamp)
--       [dump line 840; line 29]
--   E-COLUMN-PRESENT column telemetry_metrics.updated_at is in the dump (timestamp)
--       [dump line 841; line 29]
--   E-INDEX-PRESENT primary key telemetry_metrics(id) is in the dump [dump line 842; line 24]
--   E-INDEX-PRESENT index telemetry_metrics_metric_created_at_index is in the dump
--       [dump line 844; line 31]
--   E-FK-PRESENT foreign key telemetry_metrics_telemetry_event_id_foreign is in the dump
--       [dump line 845; line 25]
--   E-TABLE-PRESENT table telemetry_spans is in the dump [dump line 865; line 34]
--   E-COLUMN-PRESENT column telemetry_spans.id is in the dump (char(36)) [dump line 866; line 35]
--   E-COLUMN-PRESENT column telemetry_spans.trace_id is in the dump (char(36))
--       [dump line 867; line 36]
--   E-COLUMN-PRESENT column telemetry_spans.parent_span_id is in the dump (char(36))
--       [dump line 868; line 37]
--   E-COLUMN-PRESENT column telemetry_spans.operation is in the dump (varchar(255))
--       [dump line 869; line 38]
--   E-COLUMN-PRESENT column telemetry_spans.duration_ms is in the dump (int unsigned)
--       [dump line 870; line 39]
--   E-COLUMN-PRESENT column telemetry_spans.status is in the dump (enum('ok','error','cancelled'))
--       [dump line 871; line 40]
--   E-COLUMN-PRESENT column telemetry_spans.started_at is in the dump (timestamp)
--       [dump line 872; line 41]
--   E-COLUMN-PRESENT column telemetry_spans.ended_at is in the dump (timestamp)
--       [dump line 873; line 42]
--   E-INDEX-PRESENT primary key telemetry_spans(id) is in the dump [dump line 874; line 35]
--   E-INDEX-PRESENT index telemetry_spans_trace_id_index is in the dump [dump line 875; line 36]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2024_10_04_create_telemetry_tables', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2024_10_04_create_telemetry_tables');

-- applied: 20251004151938_create_saved_queries_table
--   file: 20251004151938_create_saved_queries_table.php
--   all 12 checked effects are in the dump
--   E-TABLE-PRESENT table saved_queries is in the dump [dump line 608; line 13]
--   E-COLUMN-PRESENT column saved_queries.id is in the dump (bigint unsigned)
--       [dump line 609; line 14]
--   E-COLUMN-PRESENT column saved_queries.user_id is in the dump (bigint unsigned)
--       [dump line 610; line 15]
--   E-COLUMN-PRESENT column saved_queries.name is in the dump (varchar(255))
--       [dump line 611; line 16]
--   E-COLUMN-PRESENT column saved_queries.query is in the dump (text) [dump line 612; line 17]
--   E-COLUMN-PRESENT column saved_queries.filters is in the dump (longtext)
--       [dump line 613; line 18]
--   E-COLUMN-PRESENT column saved_queries.is_shared is in the dump (tinyint(1))
--       [dump line 614; line 19]
--   E-COLUMN-PRESENT column saved_queries.created_at is in the dump (timestamp)
--       [dump line 615; line 20]
--   E-COLUMN-PRESENT column saved_queries.updated_at is in the dump (timestamp)
--       [dump line 616; line 20]
--   E-INDEX-PRESENT primary key saved_queries(id) is in the dump [dump line 617; line 14]
--   E-INDEX-PRESENT unique index saved_queries_user_id_name_unique is in the dump
--       [dump line 618; line 22]
--   E-FK-PRESENT foreign key saved_queries_user_id_foreign is in the dump [dump line 619; line 15]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '20251004151938_create_saved_queries_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '20251004151938_create_saved_queries_table');

-- applied: 2025_03_01_000000_create_documentation_table
--   file: 2025_03_01_000000_create_documentation_table.php
--   all 15 checked effects are in the dump
--   E-TABLE-PRESENT table documentation is in the dump [dump line 213; line 11]
--   E-COLUMN-PRESENT column documentation.id is in the dump (bigint unsigned)
--       [dump line 214; line 12]
--   E-COLUMN-PRESENT column documentation.slug is in the dump (varchar(255))
--       [dump line 215; line 13]
--   E-COLUMN-PRESENT column documentation.title is in the dump (varchar(255))
--       [dump line 216; line 14]
--   E-COLUMN-PRESENT column documentation.body is in the dump (longtext) [dump line 217; line 15]
--   E-COLUMN-PRESENT column documentation.section is in the dump (varchar(60))
--       [dump line 218; line 16]
--   E-COLUMN-PRESENT column documentation.position is in the dump (int unsigned)
--       [dump line 219; line 17]
--   E-COLUMN-PRESENT column documentation.updated_by is in the dump (bigint unsigned)
--       [dump line 220; line 18]
--   E-COLUMN-PRESENT column documentation.created_at is in the dump (timestamp)
--       [dump line 221; line 19]
--   E-COLUMN-PRESENT column documentation.updated_at is in the dump (timestamp)
--       [dump line 222; line 19]
--   E-COLUMN-PRESENT column documentation.deleted_at is in the dump (timestamp)
--       [dump line 223; line 20]
--   E-INDEX-PRESENT primary key documentation(id) is in the dump [dump line 225; line 12]
--   E-INDEX-PRESENT unique index documentation_slug_unique is in the dump [dump line 226; line 13]
--   E-INDEX-PRESENT index documentation_section_index is in the dump [dump line 228; line 16]
--   E-FK-PRESENT foreign key documentation_updated_by_foreign is in the dump
--       [dump line 230; line 18]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_03_01_000000_create_documentation_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_03_01_000000_create_documentation_table');

-- applied: 2025_03_10_000000_create_tool_definitions_table
--   file: 2025_03_10_000000_create_tool_definitions_table.php
--   all 10 checked effects are in the dump
--   E-TABLE-PRESENT table tool_definitions is in the dump (its statement is guarded by an
--       existence check) [dump line 895; line 14]
--   E-COLUMN-PRESENT column tool_definitions.id is in the dump (bigint unsigned) (its statement is
--       guarded by an existence check) [dump line 896; line 15]
--   E-COLUMN-PRESENT column tool_definitions.name is in the dump (varchar(255)) (its statement is
--       guarded by an existence check) [dump line 897; line 16]
--   E-COLUMN-PRESENT column tool_definitions.description is in the dump (text) (its statement is
--       guarded by an existence check) [dump line 898; line 17]
--   E-COLUMN-PRESENT column tool_definitions.input_schema is in the dump (longtext) (its statement
--       is guarded by an existence check) [dump line 899; line 18]
--   E-COLUMN-PRESENT column tool_definitions.requires_approval is in the dump (tinyint(1)) (its
--       statement is guarded by an existence check) [dump line 900; line 19]
--   E-COLUMN-PRESENT column tool_definitions.created_at is in the dump (timestamp) (its statement
--       is guarded by an existence check) [dump line 901; line 20]
--   E-COLUMN-PRESENT column tool_definitions.updated_at is in the dump (timestamp) (its statement
--       is guarded by an existence check) [dump line 902; line 20]
--   E-INDEX-PRESENT primary key tool_definitions(id) is in the dump (its statement is guarded by
--       an existence check) [dump line 903; line 15]
--   E-INDEX-PRESENT unique index tool_definitions_name_unique is in the dump (its statement is
--       guarded by an existence check) [dump line 904; line 16]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_03_10_000000_create_tool_definitions_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_03_10_000000_create_tool_definitions_table');

-- applied: 2025_04_02_000000_create_fragment_type_registry_table
--   file: 2025_04_02_000000_create_fragment_type_registry_table.php
--   all 9 checked effects are in the dump
--   E-TABLE-PRESENT table fragment_type_registry is in the dump [dump line 279; line 11]
--   E-COLUMN-PRESENT column fragment_type_registry.id is in the dump (bigint unsigned)
--       [dump line 280; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.slug is in the dump (varchar(64))
--       [dump line 281; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.label is in the dump (varchar(255))
--       [dump line 282; line 14]
--   E-COLUMN-PRESENT column fragment_type_registry.version is in the dump (varchar(20))
--       [dump line 283; line 15]
--   E-COLUMN-PRESENT column fragment_type_registry.created_at is in the dump (timestamp)
--       [dump line 284; line 16]
--   E-COLUMN-PRESENT column fragment_type_registry.updated_at is in the dump (timestamp)
--       [dump line 285; line 16]
--   E-INDEX-PRESENT primary key fragment_type_registry(id) is in the dump [dump line 294; line 12]
--   E-INDEX-PRESENT unique index fragment_type_registry_slug_unique is in the dump
--       [dump line 295; line 13]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_04_02_000000_create_fragment_type_registry_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_04_02_000000_create_fragment_type_registry_table');

-- applied: 2025_04_09_000000_add_avatar_to_agents_table
--   file: 2025_04_09_000000_add_avatar_to_agents_table.php
--   all 2 checked effects are in the dump
--   E-COLUMN-PRESENT column agents.avatar_path is in the dump (varchar(255))
--       [dump line 133; line 12]
--   E-COLUMN-PRESENT column agents.avatar_color is in the dump (varchar(7))
--       [dump line 140; line 13]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_04_09_000000_add_avatar_to_agents_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_04_09_000000_add_avatar_to_agents_table');

-- applied: 2025_04_15_000000_create_sources_table
--   file: 2025_04_15_000000_create_sources_table.php
--   all 11 checked effects are in the dump
--   E-TABLE-PRESENT table sources is in the dump [dump line 668; line 11]
--   E-COLUMN-PRESENT column sources.id is in the dump (bigint unsigned) [dump line 669; line 12]
--   E-COLUMN-PRESENT column sources.slug is in the dump (varchar(64)) [dump line 670; line 13]
--   E-COLUMN-PRESENT column sources.name is in the dump (varchar(255)) [dump line 671; line 14]
--   E-COLUMN-PRESENT column sources.driver is in the dump (varchar(40)) [dump line 672; line 15]
--   E-COLUMN-PRESENT column sources.config is in the dump (longtext) [dump line 673; line 16]
--   E-COLUMN-PRESENT column sources.enabled is in the dump (tinyint(1)) [dump line 674; line 17]
--   E-COLUMN-PRESENT column sources.created_at is in the dump (timestamp) [dump line 675; line 18]
--   E-COLUMN-PRESENT column sources.updated_at is in the dump (timestamp) [dump line 676; line 18]
--   E-INDEX-PRESENT primary key sources(id) is in the dump [dump line 677; line 12]
--   E-INDEX-PRESENT unique index sources_slug_unique is in the dump [dump line 678; line 13]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_04_15_000000_create_sources_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_04_15_000000_create_sources_table');

-- applied: 2025_04_20_000000_seed_obsidian_source
--   file: 2025_04_20_000000_seed_obsidian_source.php
--   its 1 checked effect is in the dump
--   E-ROW-PRESENT the dump holds this row of sources [dump line 689; line 12]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_04_20_000000_seed_obsidian_source', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_04_20_000000_seed_obsidian_source');

-- applied: 2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table
--   file: 2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.schema is in the dump (longtext)
--       [dump line 286; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.schema_hash is in the dump (varchar(64))
--       [dump line 287; line 13]
--   E-INDEX-PRESENT index fragment_type_registry_schema_hash_index is in the dump
--       [dump line 296; line 13]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_05_06_000000_add_schema_columns_to_fragment_type_registry_table');

-- applied: 2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table
--   file: 2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.icon is in the dump (varchar(40))
--       [dump line 288; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.color is in the dump (varchar(7))
--       [dump line 289; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.sort_order is in the dump (smallint unsigned)
--       [dump line 290; line 14]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_06_11_000000_add_ui_fields_to_fragment_type_registry_table');

-- applied: 2025_07_01_000000_add_tenant_id_to_core_tables
--   file: 2025_07_01_000000_add_tenant_id_to_core_tables.php
--   all 6 checked effects are in the dump
--   E-COLUMN-PRESENT column work_items.tenant_id is in the dump (bigint unsigned)
--       [dump line 1005; line 15]
--   E-INDEX-PRESENT index work_items_tenant_id_index is in the dump [dump line 1011; line 15]
--   E-COLUMN-PRESENT column sprints.tenant_id is in the dump (bigint unsigned)
--       [dump line 710; line 15]
--   E-INDEX-PRESENT index sprints_tenant_id_index is in the dump [dump line 713; line 15]
--   E-COLUMN-PRESENT column documentation.tenant_id is in the dump (bigint unsigned)
--       [dump line 224; line 15]
--   E-INDEX-PRESENT index documentation_tenant_id_index is in the dump [dump line 229; line 15]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_07_01_000000_add_tenant_id_to_core_tables', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_07_01_000000_add_tenant_id_to_core_tables');

-- applied: 2025_07_15_000000_add_pr_url_to_work_items_table
--   file: 2025_07_15_000000_add_pr_url_to_work_items_table.php
--   its 1 checked effect is in the dump
--   E-COLUMN-PRESENT column work_items.pr_url is in the dump (varchar(500))
--       [dump line 1006; line 12]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_07_15_000000_add_pr_url_to_work_items_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_07_15_000000_add_pr_url_to_work_items_table');

-- applied: 2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint
--   file: 2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint.php
--   its 1 checked effect is in the dump
--   E-CHECK-PRESENT check agent_logs_source_type_check is in the dump with the same values
--       [dump line 38; line 15]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint');

-- applied: 2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table
--   file: 2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table.php
--   all 3 checked effects are in the dump
--   E-COLUMN-PRESENT column fragment_type_registry.hydrator_class is in the dump (varchar(255))
--       [dump line 291; line 12]
--   E-COLUMN-PRESENT column fragment_type_registry.hydrate_on_read is in the dump (tinyint(1))
--       [dump line 292; line 13]
--   E-COLUMN-PRESENT column fragment_type_registry.hydration_options is in the dump (longtext)
--       [dump line 293; line 14]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_08_20_000000_add_hydration_fields_to_fragment_type_registry_table');

-- applied: 2025_09_14_000000_create_vault_routing_rules_table
--   file: 2025_09_14_000000_create_vault_routing_rules_table.php
--   all 12 checked effects are in the dump
--   E-TABLE-PRESENT table vault_routing_rules is in the dump [dump line 957; line 11]
--   E-COLUMN-PRESENT column vault_routing_rules.id is in the dump (bigint unsigned)
--       [dump line 958; line 12]
--   E-COLUMN-PRESENT column vault_routing_rules.source_id is in the dump (bigint unsigned)
--       [dump line 959; line 13]
--   E-COLUMN-PRESENT column vault_routing_rules.match_pattern is in the dump (varchar(255))
--       [dump line 960; line 14]
--   E-COLUMN-PRESENT column vault_routing_rules.target_fragment_type is in the dump (varchar(64))
--       [dump line 961; line 15]
--   E-COLUMN-PRESENT column vault_routing_rules.priority is in the dump (int unsigned)
--       [dump line 962; line 16]
--   E-COLUMN-PRESENT column vault_routing_rules.enabled is in the dump (tinyint(1))
--       [dump line 963; line 17]
--   E-COLUMN-PRESENT column vault_routing_rules.created_at is in the dump (timestamp)
--       [dump line 964; line 18]
--   E-COLUMN-PRESENT column vault_routing_rules.updated_at is in the dump (timestamp)
--       [dump line 965; line 18]
--   E-INDEX-PRESENT primary key vault_routing_rules(id) is in the dump [dump line 966; line 12]
--   E-INDEX-PRESENT index vault_routing_rules_source_id_priority_index is in the dump
--       [dump line 967; line 20]
--   E-FK-PRESENT foreign key vault_routing_rules_source_id_foreign is in the dump
--       [dump line 968; line 13]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_09_14_000000_create_vault_routing_rules_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_09_14_000000_create_vault_routing_rules_table');

-- applied: 2025_10_06_000000_create_agent_runs_table
--   file: 2025_10_06_000000_create_agent_runs_table.php
--   all 14 checked effects are in the dump
--   E-TABLE-PRESENT table agent_runs is in the dump [dump line 94; line 11]
--   E-COLUMN-PRESENT column agent_runs.id is in the dump (bigint unsigned) [dump line 95; line 12]
--   E-COLUMN-PRESENT column agent_runs.agent_id is in the dump (bigint unsigned)
--       [dump line 96; line 13]
--   E-COLUMN-PRESENT column agent_runs.work_item_id is in the dump (bigint unsigned)
--       [dump line 97; line 14]
--   E-COLUMN-PRESENT column agent_runs.status is in the dump
--       (enum('queued','running','succeeded','failed')) [dump line 98; line 15]
--   E-COLUMN-PRESENT column agent_runs.input_tokens is in the dump (int unsigned)
--       [dump line 99; line 16]
--   E-COLUMN-PRESENT column agent_runs.output_tokens is in the dump (int unsigned)
--       [dump line 100; line 17]
--   E-COLUMN-PRESENT column agent_runs.started_at is in the dump (timestamp)
--       [dump line 101; line 18]
--   E-COLUMN-PRESENT column agent_runs.finished_at is in the dump (timestamp)
--       [dump line 102; line 19]
--   E-COLUMN-PRESENT column agent_runs.created_at is in the dump (timestamp)
--       [dump line 103; line 20]
--   E-COLUMN-PRESENT column agent_runs.updated_at is in the dump (timestamp)
--       [dump line 104; line 20]
--   E-INDEX-PRESENT primary key agent_runs(id) is in the dump [dump line 105; line 12]
--   E-FK-PRESENT foreign key agent_runs_agent_id_foreign is in the dump [dump line 108; line 13]
--   E-FK-PRESENT foreign key agent_runs_work_item_id_foreign is in the dump
--       [dump line 109; line 14]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_10_06_000000_create_agent_runs_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_10_06_000000_create_agent_runs_table');

-- applied: 2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table
--   file: 2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table.php
--   its 1 checked effect is in the dump
--   E-INDEX-PRESENT index telemetry_events_name_occurred_at_index is in the dump
--       [dump line 812; line 12]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_10_12_000000_add_occurred_at_index_to_telemetry_events_table');

-- applied: 2025_10_20_000000_create_notifications_table
--   file: 2025_10_20_000000_create_notifications_table.php
--   all 11 checked effects are in the dump
--   E-TABLE-PRESENT table notifications is in the dump [dump line 458; line 11]
--   E-COLUMN-PRESENT column notifications.id is in the dump (char(36)) [dump line 459; line 12]
--   E-COLUMN-PRESENT column notifications.type is in the dump (varchar(255))
--       [dump line 460; line 13]
--   E-COLUMN-PRESENT column notifications.notifiable_type is in the dump (varchar(255))
--       [dump line 461; line 14]
--   E-COLUMN-PRESENT column notifications.notifiable_id is in the dump (bigint unsigned)
--       [dump line 462; line 14]
--   E-COLUMN-PRESENT column notifications.data is in the dump (text) [dump line 463; line 15]
--   E-COLUMN-PRESENT column notifications.read_at is in the dump (timestamp)
--       [dump line 464; line 16]
--   E-COLUMN-PRESENT column notifications.created_at is in the dump (timestamp)
--       [dump line 465; line 17]
--   E-COLUMN-PRESENT column notifications.updated_at is in the dump (timestamp)
--       [dump line 466; line 17]
--   E-INDEX-PRESENT index notifications_notifiable_type_notifiable_id_index is in the dump
--       [dump line 468; line 14]
--   E-INDEX-PRESENT primary key notifications(id) is in the dump [dump line 467; line 12]
INSERT INTO `migrations` (`migration`, `batch`)
SELECT '2025_10_20_000000_create_notifications_table', 8 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `migrations` WHERE `migration` = '2025_10_20_000000_create_notifications_table');

COMMIT;
-- Removes the temporary table, if a failed precondition made one,
-- so this session sees the real table again.
PREPARE migstamp_unguard FROM @migstamp_unguard;
EXECUTE migstamp_unguard;
DEALLOCATE PREPARE migstamp_unguard;
