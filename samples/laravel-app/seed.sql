-- A little application data, inserted by scripts/make-samples.sh after the
-- migrations ran, so the sample dumps look like a real database (row data in
-- COPY / INSERT form between the DDL). Portable across PostgreSQL, MariaDB and
-- SQLite: no ids for auto-increment keys, literal timestamps so the dumps are
-- reproducible.
INSERT INTO users (name, email, password, created_at, updated_at) VALUES
  ('Ada Admin', 'ada@example.test', '$2y$10$examplehashexamplehashexamplehashexamplehashexa', '2024-10-01 09:00:00', '2024-10-01 09:00:00'),
  ('Bo Builder', 'bo@example.test', '$2y$10$examplehashexamplehashexamplehashexamplehashexb', '2024-10-02 09:00:00', '2024-10-02 09:00:00');

INSERT INTO sprints (code, title, starts_on, ends_on, state, created_at, updated_at, tenant_id) VALUES
  ('S-41', 'Telemetry groundwork', '2025-09-01', '2025-09-14', 'closed', '2025-08-30 10:00:00', '2025-09-15 10:00:00', 1),
  ('S-42', 'Vault routing', '2025-09-15', '2025-09-28', 'active', '2025-09-14 10:00:00', '2025-09-14 10:00:00', 1);

INSERT INTO work_items (sprint_id, title, summary, content, content_format, type, status, priority, metadata, created_at, updated_at, tenant_id, pr_url) VALUES
  (1, 'Record telemetry events', 'Events table and ingestion', '# Telemetry - store every agent event.', 'markdown', 'story', 'done', 2, '{"labels":["telemetry"]}', '2025-09-01 10:00:00', '2025-09-12 16:00:00', 1, 'https://git.example.test/app/pull/311'),
  (2, 'Route vault notes by pattern', NULL, NULL, 'markdown', 'story', 'in_progress', 1, NULL, '2025-09-15 10:00:00', '2025-09-16 11:00:00', 1, NULL);

INSERT INTO agents (slug, display_name, avatar_path, model, system_prompt, capabilities, enabled, created_at, updated_at, avatar_color) VALUES
  ('planner', 'Planner', 'avatars/planner.png', 'claude-sonnet', 'You plan sprints.', '["plan","estimate"]', TRUE, '2024-10-22 12:00:00', '2025-04-09 12:00:00', '#2563eb'),
  ('reviewer', 'Reviewer', NULL, 'codex-large', NULL, '["review"]', TRUE, '2025-08-02 12:00:00', '2025-08-02 12:00:00', '#6b7280');

INSERT INTO task_assignments (work_item_id, agent_id, role, assigned_at, created_at, updated_at) VALUES
  (2, 1, 'owner', '2025-09-15 10:05:00', '2025-09-15 10:05:00', '2025-09-15 10:05:00');

INSERT INTO agent_logs (agent_id, source_type, level, message, context, logged_at) VALUES
  (1, 'claude', 'info', 'Planned sprint S-42', NULL, '2025-09-14 10:01:00'),
  (2, 'codex', 'warning', 'Review found 2 issues', '{"pr":311}', '2025-09-12 15:30:00');

INSERT INTO messages (messageable_type, messageable_id, author_id, role, content, attachments, created_at, updated_at) VALUES
  ('work_item', 2, 1, 'user', 'Which folders map to which fragment types?', NULL, '2025-09-15 10:10:00', '2025-09-15 10:10:00');

INSERT INTO sources (slug, name, driver, config, enabled, created_at, updated_at) VALUES
  ('github', 'GitHub issues', 'github', '{"repo":"example/app"}', TRUE, '2025-05-01 08:00:00', '2025-05-01 08:00:00');

INSERT INTO fragment_type_registry (slug, label, version, created_at, updated_at, icon, color, sort_order, hydrate_on_read) VALUES
  ('note', 'Note', '1.2.0', '2025-04-02 09:00:00', '2025-08-20 09:00:00', 'file-text', '#10b981', 10, FALSE),
  ('decision', 'Decision record', '1.0.0', '2025-04-02 09:00:00', '2025-04-02 09:00:00', 'scale', '#f59e0b', 20, TRUE);

INSERT INTO vault_routing_rules (source_id, match_pattern, target_fragment_type, priority, enabled, created_at, updated_at) VALUES
  (1, 'decisions/**', 'decision', 10, TRUE, '2025-09-16 09:00:00', '2025-09-16 09:00:00');

INSERT INTO telemetry_events (name, source, payload, occurred_at, created_at, updated_at) VALUES
  ('agent.run.finished', 'agents', '{"agent":"planner","ms":5120}', '2025-09-14 10:01:05', '2025-09-14 10:01:05', '2025-09-14 10:01:05');
