--
-- PostgreSQL database dump
--

\restrict migstampSampleDumpKey

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: agent_logs; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.agent_logs (
    id bigint NOT NULL,
    agent_id bigint,
    source_type character varying(20) NOT NULL,
    level character varying(10) DEFAULT 'info'::character varying NOT NULL,
    message text NOT NULL,
    context json,
    logged_at timestamp(0) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT agent_logs_source_type_check CHECK (((source_type)::text = ANY ((ARRAY['claude'::character varying, 'gpt'::character varying, 'codex'::character varying, 'human'::character varying, 'system'::character varying])::text[])))
);


ALTER TABLE public.agent_logs OWNER TO root;

--
-- Name: agent_logs_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.agent_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.agent_logs_id_seq OWNER TO root;

--
-- Name: agent_logs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.agent_logs_id_seq OWNED BY public.agent_logs.id;


--
-- Name: agent_memory; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.agent_memory (
    id bigint NOT NULL,
    agent_key character varying(80) NOT NULL,
    subject_type character varying(255),
    subject_id bigint,
    kind character varying(40) NOT NULL,
    content text NOT NULL,
    embedding_meta jsonb,
    expires_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.agent_memory OWNER TO root;

--
-- Name: agent_memory_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.agent_memory_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.agent_memory_id_seq OWNER TO root;

--
-- Name: agent_memory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.agent_memory_id_seq OWNED BY public.agent_memory.id;


--
-- Name: agent_runs; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.agent_runs (
    id bigint NOT NULL,
    agent_id bigint NOT NULL,
    work_item_id bigint,
    status character varying(255) DEFAULT 'queued'::character varying NOT NULL,
    input_tokens integer DEFAULT 0 NOT NULL,
    output_tokens integer DEFAULT 0 NOT NULL,
    started_at timestamp(0) without time zone,
    finished_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    CONSTRAINT agent_runs_status_check CHECK (((status)::text = ANY ((ARRAY['queued'::character varying, 'running'::character varying, 'succeeded'::character varying, 'failed'::character varying])::text[])))
);


ALTER TABLE public.agent_runs OWNER TO root;

--
-- Name: agent_runs_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.agent_runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.agent_runs_id_seq OWNER TO root;

--
-- Name: agent_runs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.agent_runs_id_seq OWNED BY public.agent_runs.id;


--
-- Name: agents; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.agents (
    id bigint NOT NULL,
    slug character varying(255) NOT NULL,
    display_name character varying(255) NOT NULL,
    model character varying(80) NOT NULL,
    system_prompt text,
    capabilities json,
    enabled boolean DEFAULT true NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    avatar_path text,
    avatar_color character varying(7) DEFAULT '#6b7280'::character varying NOT NULL
);


ALTER TABLE public.agents OWNER TO root;

--
-- Name: agents_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.agents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.agents_id_seq OWNER TO root;

--
-- Name: agents_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.agents_id_seq OWNED BY public.agents.id;


--
-- Name: cache; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.cache (
    key character varying(255) NOT NULL,
    value text NOT NULL,
    expiration integer NOT NULL
);


ALTER TABLE public.cache OWNER TO root;

--
-- Name: cache_locks; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.cache_locks (
    key character varying(255) NOT NULL,
    owner character varying(255) NOT NULL,
    expiration integer NOT NULL
);


ALTER TABLE public.cache_locks OWNER TO root;

--
-- Name: documentation; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.documentation (
    id bigint NOT NULL,
    slug character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    body text NOT NULL,
    section character varying(60),
    "position" integer DEFAULT 0 NOT NULL,
    updated_by bigint,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    tenant_id bigint
);


ALTER TABLE public.documentation OWNER TO root;

--
-- Name: documentation_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.documentation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.documentation_id_seq OWNER TO root;

--
-- Name: documentation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.documentation_id_seq OWNED BY public.documentation.id;


--
-- Name: failed_jobs; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.failed_jobs (
    id bigint NOT NULL,
    uuid character varying(255) NOT NULL,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp(0) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


ALTER TABLE public.failed_jobs OWNER TO root;

--
-- Name: failed_jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.failed_jobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.failed_jobs_id_seq OWNER TO root;

--
-- Name: failed_jobs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.failed_jobs_id_seq OWNED BY public.failed_jobs.id;


--
-- Name: fragment_type_registry; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.fragment_type_registry (
    id bigint NOT NULL,
    slug character varying(64) NOT NULL,
    label character varying(255) NOT NULL,
    version character varying(20) DEFAULT '1.0.0'::character varying NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    schema jsonb,
    schema_hash character varying(64),
    icon character varying(40),
    color character varying(7),
    sort_order smallint DEFAULT '100'::smallint NOT NULL,
    hydrator_class character varying(255),
    hydrate_on_read boolean DEFAULT false NOT NULL,
    hydration_options json
);


ALTER TABLE public.fragment_type_registry OWNER TO root;

--
-- Name: fragment_type_registry_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.fragment_type_registry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.fragment_type_registry_id_seq OWNER TO root;

--
-- Name: fragment_type_registry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.fragment_type_registry_id_seq OWNED BY public.fragment_type_registry.id;


--
-- Name: job_batches; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.job_batches (
    id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    total_jobs integer NOT NULL,
    pending_jobs integer NOT NULL,
    failed_jobs integer NOT NULL,
    failed_job_ids text NOT NULL,
    options text,
    cancelled_at integer,
    created_at integer NOT NULL,
    finished_at integer
);


ALTER TABLE public.job_batches OWNER TO root;

--
-- Name: jobs; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.jobs (
    id bigint NOT NULL,
    queue character varying(255) NOT NULL,
    payload text NOT NULL,
    attempts smallint NOT NULL,
    reserved_at integer,
    available_at integer NOT NULL,
    created_at integer NOT NULL
);


ALTER TABLE public.jobs OWNER TO root;

--
-- Name: jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.jobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.jobs_id_seq OWNER TO root;

--
-- Name: jobs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.jobs_id_seq OWNED BY public.jobs.id;


--
-- Name: messages; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.messages (
    id bigint NOT NULL,
    messageable_type character varying(255) NOT NULL,
    messageable_id bigint NOT NULL,
    author_id bigint,
    role character varying(255) NOT NULL,
    content text NOT NULL,
    attachments json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    CONSTRAINT messages_role_check CHECK (((role)::text = ANY ((ARRAY['user'::character varying, 'assistant'::character varying, 'system'::character varying, 'tool'::character varying])::text[])))
);


ALTER TABLE public.messages OWNER TO root;

--
-- Name: messages_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.messages_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.messages_id_seq OWNER TO root;

--
-- Name: messages_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.messages_id_seq OWNED BY public.messages.id;


--
-- Name: migrations; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.migrations (
    id integer NOT NULL,
    migration character varying(255) NOT NULL,
    batch integer NOT NULL
);


ALTER TABLE public.migrations OWNER TO root;

--
-- Name: migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.migrations_id_seq OWNER TO root;

--
-- Name: migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.migrations_id_seq OWNED BY public.migrations.id;


--
-- Name: notifications; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.notifications (
    id uuid NOT NULL,
    type character varying(255) NOT NULL,
    notifiable_type character varying(255) NOT NULL,
    notifiable_id bigint NOT NULL,
    data text NOT NULL,
    read_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.notifications OWNER TO root;

--
-- Name: orchestration_artifacts; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.orchestration_artifacts (
    id uuid NOT NULL,
    work_item_id bigint,
    kind character varying(40) NOT NULL,
    path character varying(255),
    payload jsonb NOT NULL,
    checksum character(64),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.orchestration_artifacts OWNER TO root;

--
-- Name: password_reset_tokens; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.password_reset_tokens (
    email character varying(255) NOT NULL,
    token character varying(255) NOT NULL,
    created_at timestamp(0) without time zone
);


ALTER TABLE public.password_reset_tokens OWNER TO root;

--
-- Name: personal_access_tokens; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.personal_access_tokens (
    id bigint NOT NULL,
    tokenable_type character varying(255) NOT NULL,
    tokenable_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    token character varying(64) NOT NULL,
    abilities text,
    last_used_at timestamp(0) without time zone,
    expires_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.personal_access_tokens OWNER TO root;

--
-- Name: personal_access_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.personal_access_tokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.personal_access_tokens_id_seq OWNER TO root;

--
-- Name: personal_access_tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.personal_access_tokens_id_seq OWNED BY public.personal_access_tokens.id;


--
-- Name: prompt_registry; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.prompt_registry (
    id bigint NOT NULL,
    key character varying(255) NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    title character varying(255) NOT NULL,
    template text NOT NULL,
    variables json,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.prompt_registry OWNER TO root;

--
-- Name: prompt_registry_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.prompt_registry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.prompt_registry_id_seq OWNER TO root;

--
-- Name: prompt_registry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.prompt_registry_id_seq OWNED BY public.prompt_registry.id;


--
-- Name: saved_queries; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.saved_queries (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    query text NOT NULL,
    filters json,
    is_shared boolean DEFAULT false NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.saved_queries OWNER TO root;

--
-- Name: saved_queries_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.saved_queries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.saved_queries_id_seq OWNER TO root;

--
-- Name: saved_queries_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.saved_queries_id_seq OWNED BY public.saved_queries.id;


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.sessions (
    id character varying(255) NOT NULL,
    user_id bigint,
    ip_address character varying(45),
    user_agent text,
    payload text NOT NULL,
    last_activity integer NOT NULL
);


ALTER TABLE public.sessions OWNER TO root;

--
-- Name: sources; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.sources (
    id bigint NOT NULL,
    slug character varying(64) NOT NULL,
    name character varying(255) NOT NULL,
    driver character varying(40) NOT NULL,
    config json,
    enabled boolean DEFAULT true NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.sources OWNER TO root;

--
-- Name: sources_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.sources_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.sources_id_seq OWNER TO root;

--
-- Name: sources_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.sources_id_seq OWNED BY public.sources.id;


--
-- Name: sprints; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.sprints (
    id bigint NOT NULL,
    code character varying(32) NOT NULL,
    title character varying(255) NOT NULL,
    starts_on date,
    ends_on date,
    state character varying(255) DEFAULT 'planned'::character varying NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    tenant_id bigint,
    CONSTRAINT sprints_state_check CHECK (((state)::text = ANY ((ARRAY['planned'::character varying, 'active'::character varying, 'closed'::character varying])::text[])))
);


ALTER TABLE public.sprints OWNER TO root;

--
-- Name: sprints_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.sprints_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.sprints_id_seq OWNER TO root;

--
-- Name: sprints_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.sprints_id_seq OWNED BY public.sprints.id;


--
-- Name: task_activities; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.task_activities (
    id bigint NOT NULL,
    work_item_id bigint NOT NULL,
    user_id bigint,
    action character varying(40) NOT NULL,
    changes json,
    created_at timestamp(0) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


ALTER TABLE public.task_activities OWNER TO root;

--
-- Name: task_activities_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.task_activities_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.task_activities_id_seq OWNER TO root;

--
-- Name: task_activities_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.task_activities_id_seq OWNED BY public.task_activities.id;


--
-- Name: task_assignments; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.task_assignments (
    id bigint NOT NULL,
    work_item_id bigint NOT NULL,
    agent_id bigint NOT NULL,
    role character varying(30) DEFAULT 'owner'::character varying NOT NULL,
    assigned_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.task_assignments OWNER TO root;

--
-- Name: task_assignments_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.task_assignments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.task_assignments_id_seq OWNER TO root;

--
-- Name: task_assignments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.task_assignments_id_seq OWNED BY public.task_assignments.id;


--
-- Name: telemetry_events; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.telemetry_events (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    source character varying(60) DEFAULT 'app'::character varying NOT NULL,
    correlation_id uuid,
    payload jsonb,
    occurred_at timestamp(0) without time zone NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.telemetry_events OWNER TO root;

--
-- Name: telemetry_events_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.telemetry_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.telemetry_events_id_seq OWNER TO root;

--
-- Name: telemetry_events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.telemetry_events_id_seq OWNED BY public.telemetry_events.id;


--
-- Name: telemetry_metrics; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.telemetry_metrics (
    id bigint NOT NULL,
    telemetry_event_id bigint NOT NULL,
    metric character varying(120) NOT NULL,
    value numeric(18,6) NOT NULL,
    unit character varying(20),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.telemetry_metrics OWNER TO root;

--
-- Name: telemetry_metrics_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.telemetry_metrics_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.telemetry_metrics_id_seq OWNER TO root;

--
-- Name: telemetry_metrics_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.telemetry_metrics_id_seq OWNED BY public.telemetry_metrics.id;


--
-- Name: telemetry_spans; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.telemetry_spans (
    id uuid NOT NULL,
    trace_id uuid NOT NULL,
    parent_span_id uuid,
    operation character varying(255) NOT NULL,
    duration_ms integer DEFAULT 0 NOT NULL,
    status character varying(255) DEFAULT 'ok'::character varying NOT NULL,
    started_at timestamp(0) without time zone NOT NULL,
    ended_at timestamp(0) without time zone,
    CONSTRAINT telemetry_spans_status_check CHECK (((status)::text = ANY ((ARRAY['ok'::character varying, 'error'::character varying, 'cancelled'::character varying])::text[])))
);


ALTER TABLE public.telemetry_spans OWNER TO root;

--
-- Name: tool_definitions; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.tool_definitions (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    input_schema json NOT NULL,
    requires_approval boolean DEFAULT false NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.tool_definitions OWNER TO root;

--
-- Name: tool_definitions_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.tool_definitions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.tool_definitions_id_seq OWNER TO root;

--
-- Name: tool_definitions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.tool_definitions_id_seq OWNED BY public.tool_definitions.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    email_verified_at timestamp(0) without time zone,
    password character varying(255) NOT NULL,
    remember_token character varying(100),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.users OWNER TO root;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO root;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: vault_routing_rules; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.vault_routing_rules (
    id bigint NOT NULL,
    source_id bigint NOT NULL,
    match_pattern character varying(255) NOT NULL,
    target_fragment_type character varying(64) NOT NULL,
    priority integer DEFAULT 100 NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone
);


ALTER TABLE public.vault_routing_rules OWNER TO root;

--
-- Name: vault_routing_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.vault_routing_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.vault_routing_rules_id_seq OWNER TO root;

--
-- Name: vault_routing_rules_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.vault_routing_rules_id_seq OWNED BY public.vault_routing_rules.id;


--
-- Name: work_items; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.work_items (
    id bigint NOT NULL,
    sprint_id bigint,
    parent_id bigint,
    title character varying(255) NOT NULL,
    type character varying(255) DEFAULT 'task'::character varying NOT NULL,
    status character varying(255) DEFAULT 'backlog'::character varying NOT NULL,
    priority smallint DEFAULT '3'::smallint NOT NULL,
    metadata json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    summary text,
    content text,
    content_format character varying(20),
    tenant_id bigint,
    pr_url character varying(500),
    CONSTRAINT work_items_status_check CHECK (((status)::text = ANY ((ARRAY['backlog'::character varying, 'todo'::character varying, 'in_progress'::character varying, 'review'::character varying, 'done'::character varying])::text[]))),
    CONSTRAINT work_items_type_check CHECK (((type)::text = ANY ((ARRAY['epic'::character varying, 'story'::character varying, 'task'::character varying, 'bug'::character varying])::text[])))
);


ALTER TABLE public.work_items OWNER TO root;

--
-- Name: work_items_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.work_items_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.work_items_id_seq OWNER TO root;

--
-- Name: work_items_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.work_items_id_seq OWNED BY public.work_items.id;


--
-- Name: agent_logs id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_logs ALTER COLUMN id SET DEFAULT nextval('public.agent_logs_id_seq'::regclass);


--
-- Name: agent_memory id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_memory ALTER COLUMN id SET DEFAULT nextval('public.agent_memory_id_seq'::regclass);


--
-- Name: agent_runs id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_runs ALTER COLUMN id SET DEFAULT nextval('public.agent_runs_id_seq'::regclass);


--
-- Name: agents id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agents ALTER COLUMN id SET DEFAULT nextval('public.agents_id_seq'::regclass);


--
-- Name: documentation id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.documentation ALTER COLUMN id SET DEFAULT nextval('public.documentation_id_seq'::regclass);


--
-- Name: failed_jobs id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.failed_jobs ALTER COLUMN id SET DEFAULT nextval('public.failed_jobs_id_seq'::regclass);


--
-- Name: fragment_type_registry id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.fragment_type_registry ALTER COLUMN id SET DEFAULT nextval('public.fragment_type_registry_id_seq'::regclass);


--
-- Name: jobs id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.jobs ALTER COLUMN id SET DEFAULT nextval('public.jobs_id_seq'::regclass);


--
-- Name: messages id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.messages ALTER COLUMN id SET DEFAULT nextval('public.messages_id_seq'::regclass);


--
-- Name: migrations id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.migrations ALTER COLUMN id SET DEFAULT nextval('public.migrations_id_seq'::regclass);


--
-- Name: personal_access_tokens id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.personal_access_tokens ALTER COLUMN id SET DEFAULT nextval('public.personal_access_tokens_id_seq'::regclass);


--
-- Name: prompt_registry id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.prompt_registry ALTER COLUMN id SET DEFAULT nextval('public.prompt_registry_id_seq'::regclass);


--
-- Name: saved_queries id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.saved_queries ALTER COLUMN id SET DEFAULT nextval('public.saved_queries_id_seq'::regclass);


--
-- Name: sources id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.sources ALTER COLUMN id SET DEFAULT nextval('public.sources_id_seq'::regclass);


--
-- Name: sprints id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.sprints ALTER COLUMN id SET DEFAULT nextval('public.sprints_id_seq'::regclass);


--
-- Name: task_activities id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_activities ALTER COLUMN id SET DEFAULT nextval('public.task_activities_id_seq'::regclass);


--
-- Name: task_assignments id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_assignments ALTER COLUMN id SET DEFAULT nextval('public.task_assignments_id_seq'::regclass);


--
-- Name: telemetry_events id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.telemetry_events ALTER COLUMN id SET DEFAULT nextval('public.telemetry_events_id_seq'::regclass);


--
-- Name: telemetry_metrics id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.telemetry_metrics ALTER COLUMN id SET DEFAULT nextval('public.telemetry_metrics_id_seq'::regclass);


--
-- Name: tool_definitions id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tool_definitions ALTER COLUMN id SET DEFAULT nextval('public.tool_definitions_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: vault_routing_rules id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.vault_routing_rules ALTER COLUMN id SET DEFAULT nextval('public.vault_routing_rules_id_seq'::regclass);


--
-- Name: work_items id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.work_items ALTER COLUMN id SET DEFAULT nextval('public.work_items_id_seq'::regclass);


--
-- Data for Name: agent_logs; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.agent_logs (id, agent_id, source_type, level, message, context, logged_at) FROM stdin;
1	1	claude	info	Planned sprint S-42	\N	2025-09-14 10:01:00
2	2	codex	warning	Review found 2 issues	{"pr":311}	2025-09-12 15:30:00
\.


--
-- Data for Name: agent_memory; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.agent_memory (id, agent_key, subject_type, subject_id, kind, content, embedding_meta, expires_at, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: agent_runs; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.agent_runs (id, agent_id, work_item_id, status, input_tokens, output_tokens, started_at, finished_at, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: agents; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.agents (id, slug, display_name, model, system_prompt, capabilities, enabled, created_at, updated_at, avatar_path, avatar_color) FROM stdin;
1	planner	Planner	claude-sonnet	You plan sprints.	["plan","estimate"]	t	2024-10-22 12:00:00	2025-04-09 12:00:00	avatars/planner.png	#2563eb
2	reviewer	Reviewer	codex-large	\N	["review"]	t	2025-08-02 12:00:00	2025-08-02 12:00:00	\N	#6b7280
\.


--
-- Data for Name: cache; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.cache (key, value, expiration) FROM stdin;
\.


--
-- Data for Name: cache_locks; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.cache_locks (key, owner, expiration) FROM stdin;
\.


--
-- Data for Name: documentation; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.documentation (id, slug, title, body, section, "position", updated_by, created_at, updated_at, deleted_at, tenant_id) FROM stdin;
\.


--
-- Data for Name: failed_jobs; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.failed_jobs (id, uuid, connection, queue, payload, exception, failed_at) FROM stdin;
\.


--
-- Data for Name: fragment_type_registry; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.fragment_type_registry (id, slug, label, version, created_at, updated_at, schema, schema_hash, icon, color, sort_order, hydrator_class, hydrate_on_read, hydration_options) FROM stdin;
1	note	Note	1.2.0	2025-04-02 09:00:00	2025-08-20 09:00:00	\N	\N	file-text	#10b981	10	\N	f	\N
2	decision	Decision record	1.0.0	2025-04-02 09:00:00	2025-04-02 09:00:00	\N	\N	scale	#f59e0b	20	\N	t	\N
\.


--
-- Data for Name: job_batches; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.job_batches (id, name, total_jobs, pending_jobs, failed_jobs, failed_job_ids, options, cancelled_at, created_at, finished_at) FROM stdin;
\.


--
-- Data for Name: jobs; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.jobs (id, queue, payload, attempts, reserved_at, available_at, created_at) FROM stdin;
\.


--
-- Data for Name: messages; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.messages (id, messageable_type, messageable_id, author_id, role, content, attachments, created_at, updated_at) FROM stdin;
1	work_item	2	1	user	Which folders map to which fragment types?	\N	2025-09-15 10:10:00	2025-09-15 10:10:00
\.


--
-- Data for Name: migrations; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.migrations (id, migration, batch) FROM stdin;
1	0001_01_01_000000_create_users_table	1
2	0001_01_01_000001_create_cache_table	1
3	0001_01_01_000002_create_jobs_table	1
4	2024_09_30_120000_create_personal_access_tokens_table	1
5	2024_10_10_090000_create_prompt_registry_table	2
6	2024_10_15_100000_create_sprints_table	2
7	2024_10_15_100100_create_work_items_table	2
8	2024_10_20_000000_create_agent_memory_table	2
9	2024_10_22_000000_create_agents_table	3
10	2024_11_02_000000_create_task_activities_table	3
11	2024_11_02_000001_create_task_assignments_table	3
12	2024_11_10_000000_add_foreign_keys_to_work_items_table	3
13	2024_11_18_000000_create_import_staging_table	4
14	2024_12_01_000000_add_content_fields_to_work_items_table	4
15	2024_12_05_000000_create_agent_logs_table	4
16	2025_01_08_000000_create_messages_table	5
17	2025_01_20_000000_drop_import_staging_table	5
18	2025_02_03_000000_create_orchestration_artifacts_table	6
19	2025_02_14_000000_rename_body_to_content_on_messages_table	7
\.


--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.notifications (id, type, notifiable_type, notifiable_id, data, read_at, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: orchestration_artifacts; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.orchestration_artifacts (id, work_item_id, kind, path, payload, checksum, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: password_reset_tokens; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.password_reset_tokens (email, token, created_at) FROM stdin;
\.


--
-- Data for Name: personal_access_tokens; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.personal_access_tokens (id, tokenable_type, tokenable_id, name, token, abilities, last_used_at, expires_at, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: prompt_registry; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.prompt_registry (id, key, version, title, template, variables, is_active, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: saved_queries; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.saved_queries (id, user_id, name, query, filters, is_shared, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.sessions (id, user_id, ip_address, user_agent, payload, last_activity) FROM stdin;
\.


--
-- Data for Name: sources; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.sources (id, slug, name, driver, config, enabled, created_at, updated_at) FROM stdin;
1	obsidian	Obsidian vault	obsidian	{"vault_path":"/srv/vault","sync_interval":300}	t	2025-04-20 00:00:00	2025-04-20 00:00:00
2	github	GitHub issues	github	{"repo":"example/app"}	t	2025-05-01 08:00:00	2025-05-01 08:00:00
\.


--
-- Data for Name: sprints; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.sprints (id, code, title, starts_on, ends_on, state, created_at, updated_at, tenant_id) FROM stdin;
1	S-41	Telemetry groundwork	2025-09-01	2025-09-14	closed	2025-08-30 10:00:00	2025-09-15 10:00:00	1
2	S-42	Vault routing	2025-09-15	2025-09-28	active	2025-09-14 10:00:00	2025-09-14 10:00:00	1
\.


--
-- Data for Name: task_activities; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.task_activities (id, work_item_id, user_id, action, changes, created_at) FROM stdin;
\.


--
-- Data for Name: task_assignments; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.task_assignments (id, work_item_id, agent_id, role, assigned_at, created_at, updated_at) FROM stdin;
1	2	1	owner	2025-09-15 10:05:00	2025-09-15 10:05:00	2025-09-15 10:05:00
\.


--
-- Data for Name: telemetry_events; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.telemetry_events (id, name, source, correlation_id, payload, occurred_at, created_at, updated_at) FROM stdin;
1	agent.run.finished	agents	\N	{"ms": 5120, "agent": "planner"}	2025-09-14 10:01:05	2025-09-14 10:01:05	2025-09-14 10:01:05
\.


--
-- Data for Name: telemetry_metrics; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.telemetry_metrics (id, telemetry_event_id, metric, value, unit, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: telemetry_spans; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.telemetry_spans (id, trace_id, parent_span_id, operation, duration_ms, status, started_at, ended_at) FROM stdin;
\.


--
-- Data for Name: tool_definitions; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.tool_definitions (id, name, description, input_schema, requires_approval, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.users (id, name, email, email_verified_at, password, remember_token, created_at, updated_at) FROM stdin;
1	Ada Admin	ada@example.test	\N	$2y$10$examplehashexamplehashexamplehashexamplehashexa	\N	2024-10-01 09:00:00	2024-10-01 09:00:00
2	Bo Builder	bo@example.test	\N	$2y$10$examplehashexamplehashexamplehashexamplehashexb	\N	2024-10-02 09:00:00	2024-10-02 09:00:00
\.


--
-- Data for Name: vault_routing_rules; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.vault_routing_rules (id, source_id, match_pattern, target_fragment_type, priority, enabled, created_at, updated_at) FROM stdin;
1	1	decisions/**	decision	10	t	2025-09-16 09:00:00	2025-09-16 09:00:00
\.


--
-- Data for Name: work_items; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.work_items (id, sprint_id, parent_id, title, type, status, priority, metadata, created_at, updated_at, deleted_at, summary, content, content_format, tenant_id, pr_url) FROM stdin;
1	1	\N	Record telemetry events	story	done	2	{"labels":["telemetry"]}	2025-09-01 10:00:00	2025-09-12 16:00:00	\N	Events table and ingestion	# Telemetry - store every agent event.	markdown	1	https://git.example.test/app/pull/311
2	2	\N	Route vault notes by pattern	story	in_progress	1	\N	2025-09-15 10:00:00	2025-09-16 11:00:00	\N	\N	\N	markdown	1	\N
\.


--
-- Name: agent_logs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.agent_logs_id_seq', 2, true);


--
-- Name: agent_memory_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.agent_memory_id_seq', 1, false);


--
-- Name: agent_runs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.agent_runs_id_seq', 1, false);


--
-- Name: agents_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.agents_id_seq', 2, true);


--
-- Name: documentation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.documentation_id_seq', 1, false);


--
-- Name: failed_jobs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.failed_jobs_id_seq', 1, false);


--
-- Name: fragment_type_registry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.fragment_type_registry_id_seq', 2, true);


--
-- Name: jobs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.jobs_id_seq', 1, false);


--
-- Name: messages_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.messages_id_seq', 1, true);


--
-- Name: migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.migrations_id_seq', 19, true);


--
-- Name: personal_access_tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.personal_access_tokens_id_seq', 1, false);


--
-- Name: prompt_registry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.prompt_registry_id_seq', 1, false);


--
-- Name: saved_queries_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.saved_queries_id_seq', 1, false);


--
-- Name: sources_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.sources_id_seq', 2, true);


--
-- Name: sprints_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.sprints_id_seq', 2, true);


--
-- Name: task_activities_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.task_activities_id_seq', 1, false);


--
-- Name: task_assignments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.task_assignments_id_seq', 1, true);


--
-- Name: telemetry_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.telemetry_events_id_seq', 1, true);


--
-- Name: telemetry_metrics_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.telemetry_metrics_id_seq', 1, false);


--
-- Name: tool_definitions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.tool_definitions_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.users_id_seq', 2, true);


--
-- Name: vault_routing_rules_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.vault_routing_rules_id_seq', 1, true);


--
-- Name: work_items_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.work_items_id_seq', 2, true);


--
-- Name: agent_logs agent_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_logs
    ADD CONSTRAINT agent_logs_pkey PRIMARY KEY (id);


--
-- Name: agent_memory agent_memory_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_memory
    ADD CONSTRAINT agent_memory_pkey PRIMARY KEY (id);


--
-- Name: agent_runs agent_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_runs
    ADD CONSTRAINT agent_runs_pkey PRIMARY KEY (id);


--
-- Name: agents agents_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agents
    ADD CONSTRAINT agents_pkey PRIMARY KEY (id);


--
-- Name: agents agents_slug_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agents
    ADD CONSTRAINT agents_slug_unique UNIQUE (slug);


--
-- Name: cache_locks cache_locks_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.cache_locks
    ADD CONSTRAINT cache_locks_pkey PRIMARY KEY (key);


--
-- Name: cache cache_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (key);


--
-- Name: documentation documentation_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.documentation
    ADD CONSTRAINT documentation_pkey PRIMARY KEY (id);


--
-- Name: documentation documentation_slug_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.documentation
    ADD CONSTRAINT documentation_slug_unique UNIQUE (slug);


--
-- Name: failed_jobs failed_jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.failed_jobs
    ADD CONSTRAINT failed_jobs_pkey PRIMARY KEY (id);


--
-- Name: failed_jobs failed_jobs_uuid_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.failed_jobs
    ADD CONSTRAINT failed_jobs_uuid_unique UNIQUE (uuid);


--
-- Name: fragment_type_registry fragment_type_registry_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.fragment_type_registry
    ADD CONSTRAINT fragment_type_registry_pkey PRIMARY KEY (id);


--
-- Name: fragment_type_registry fragment_type_registry_slug_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.fragment_type_registry
    ADD CONSTRAINT fragment_type_registry_slug_unique UNIQUE (slug);


--
-- Name: job_batches job_batches_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.job_batches
    ADD CONSTRAINT job_batches_pkey PRIMARY KEY (id);


--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);


--
-- Name: messages messages_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_pkey PRIMARY KEY (id);


--
-- Name: migrations migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.migrations
    ADD CONSTRAINT migrations_pkey PRIMARY KEY (id);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: orchestration_artifacts orchestration_artifacts_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.orchestration_artifacts
    ADD CONSTRAINT orchestration_artifacts_pkey PRIMARY KEY (id);


--
-- Name: password_reset_tokens password_reset_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.password_reset_tokens
    ADD CONSTRAINT password_reset_tokens_pkey PRIMARY KEY (email);


--
-- Name: personal_access_tokens personal_access_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.personal_access_tokens
    ADD CONSTRAINT personal_access_tokens_pkey PRIMARY KEY (id);


--
-- Name: personal_access_tokens personal_access_tokens_token_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.personal_access_tokens
    ADD CONSTRAINT personal_access_tokens_token_unique UNIQUE (token);


--
-- Name: prompt_registry prompt_registry_key_version_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.prompt_registry
    ADD CONSTRAINT prompt_registry_key_version_unique UNIQUE (key, version);


--
-- Name: prompt_registry prompt_registry_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.prompt_registry
    ADD CONSTRAINT prompt_registry_pkey PRIMARY KEY (id);


--
-- Name: saved_queries saved_queries_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.saved_queries
    ADD CONSTRAINT saved_queries_pkey PRIMARY KEY (id);


--
-- Name: saved_queries saved_queries_user_id_name_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.saved_queries
    ADD CONSTRAINT saved_queries_user_id_name_unique UNIQUE (user_id, name);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sources sources_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.sources
    ADD CONSTRAINT sources_pkey PRIMARY KEY (id);


--
-- Name: sources sources_slug_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.sources
    ADD CONSTRAINT sources_slug_unique UNIQUE (slug);


--
-- Name: sprints sprints_code_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.sprints
    ADD CONSTRAINT sprints_code_unique UNIQUE (code);


--
-- Name: sprints sprints_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.sprints
    ADD CONSTRAINT sprints_pkey PRIMARY KEY (id);


--
-- Name: task_activities task_activities_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_activities
    ADD CONSTRAINT task_activities_pkey PRIMARY KEY (id);


--
-- Name: task_assignments task_assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_assignments
    ADD CONSTRAINT task_assignments_pkey PRIMARY KEY (id);


--
-- Name: task_assignments task_assignments_work_item_id_agent_id_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_assignments
    ADD CONSTRAINT task_assignments_work_item_id_agent_id_unique UNIQUE (work_item_id, agent_id);


--
-- Name: telemetry_events telemetry_events_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.telemetry_events
    ADD CONSTRAINT telemetry_events_pkey PRIMARY KEY (id);


--
-- Name: telemetry_metrics telemetry_metrics_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.telemetry_metrics
    ADD CONSTRAINT telemetry_metrics_pkey PRIMARY KEY (id);


--
-- Name: telemetry_spans telemetry_spans_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.telemetry_spans
    ADD CONSTRAINT telemetry_spans_pkey PRIMARY KEY (id);


--
-- Name: tool_definitions tool_definitions_name_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tool_definitions
    ADD CONSTRAINT tool_definitions_name_unique UNIQUE (name);


--
-- Name: tool_definitions tool_definitions_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tool_definitions
    ADD CONSTRAINT tool_definitions_pkey PRIMARY KEY (id);


--
-- Name: users users_email_unique; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_unique UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: vault_routing_rules vault_routing_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.vault_routing_rules
    ADD CONSTRAINT vault_routing_rules_pkey PRIMARY KEY (id);


--
-- Name: work_items work_items_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.work_items
    ADD CONSTRAINT work_items_pkey PRIMARY KEY (id);


--
-- Name: agent_logs_logged_at_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX agent_logs_logged_at_index ON public.agent_logs USING btree (logged_at);


--
-- Name: agent_memory_agent_key_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX agent_memory_agent_key_index ON public.agent_memory USING btree (agent_key);


--
-- Name: agent_memory_subject_type_subject_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX agent_memory_subject_type_subject_id_index ON public.agent_memory USING btree (subject_type, subject_id);


--
-- Name: documentation_section_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX documentation_section_index ON public.documentation USING btree (section);


--
-- Name: documentation_tenant_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX documentation_tenant_id_index ON public.documentation USING btree (tenant_id);


--
-- Name: jobs_queue_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX jobs_queue_index ON public.jobs USING btree (queue);


--
-- Name: messages_messageable_type_messageable_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX messages_messageable_type_messageable_id_index ON public.messages USING btree (messageable_type, messageable_id);


--
-- Name: notifications_notifiable_type_notifiable_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX notifications_notifiable_type_notifiable_id_index ON public.notifications USING btree (notifiable_type, notifiable_id);


--
-- Name: orchestration_artifacts_kind_created_at_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX orchestration_artifacts_kind_created_at_index ON public.orchestration_artifacts USING btree (kind, created_at);


--
-- Name: personal_access_tokens_tokenable_type_tokenable_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX personal_access_tokens_tokenable_type_tokenable_id_index ON public.personal_access_tokens USING btree (tokenable_type, tokenable_id);


--
-- Name: sessions_last_activity_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX sessions_last_activity_index ON public.sessions USING btree (last_activity);


--
-- Name: sessions_user_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX sessions_user_id_index ON public.sessions USING btree (user_id);


--
-- Name: sprints_tenant_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX sprints_tenant_id_index ON public.sprints USING btree (tenant_id);


--
-- Name: telemetry_events_correlation_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX telemetry_events_correlation_id_index ON public.telemetry_events USING btree (correlation_id);


--
-- Name: telemetry_events_name_occurred_at_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX telemetry_events_name_occurred_at_index ON public.telemetry_events USING btree (name, occurred_at);


--
-- Name: telemetry_metrics_metric_created_at_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX telemetry_metrics_metric_created_at_index ON public.telemetry_metrics USING btree (metric, created_at);


--
-- Name: telemetry_spans_trace_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX telemetry_spans_trace_id_index ON public.telemetry_spans USING btree (trace_id);


--
-- Name: vault_routing_rules_source_id_priority_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX vault_routing_rules_source_id_priority_index ON public.vault_routing_rules USING btree (source_id, priority);


--
-- Name: work_items_status_priority_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX work_items_status_priority_index ON public.work_items USING btree (status, priority);


--
-- Name: work_items_tenant_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX work_items_tenant_id_index ON public.work_items USING btree (tenant_id);


--
-- Name: agent_logs agent_logs_agent_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_logs
    ADD CONSTRAINT agent_logs_agent_id_foreign FOREIGN KEY (agent_id) REFERENCES public.agents(id) ON DELETE SET NULL;


--
-- Name: agent_runs agent_runs_agent_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_runs
    ADD CONSTRAINT agent_runs_agent_id_foreign FOREIGN KEY (agent_id) REFERENCES public.agents(id) ON DELETE CASCADE;


--
-- Name: agent_runs agent_runs_work_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.agent_runs
    ADD CONSTRAINT agent_runs_work_item_id_foreign FOREIGN KEY (work_item_id) REFERENCES public.work_items(id) ON DELETE SET NULL;


--
-- Name: documentation documentation_updated_by_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.documentation
    ADD CONSTRAINT documentation_updated_by_foreign FOREIGN KEY (updated_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: messages messages_author_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.messages
    ADD CONSTRAINT messages_author_id_foreign FOREIGN KEY (author_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: orchestration_artifacts orchestration_artifacts_work_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.orchestration_artifacts
    ADD CONSTRAINT orchestration_artifacts_work_item_id_foreign FOREIGN KEY (work_item_id) REFERENCES public.work_items(id) ON DELETE SET NULL;


--
-- Name: saved_queries saved_queries_user_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.saved_queries
    ADD CONSTRAINT saved_queries_user_id_foreign FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: task_activities task_activities_user_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_activities
    ADD CONSTRAINT task_activities_user_id_foreign FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: task_activities task_activities_work_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_activities
    ADD CONSTRAINT task_activities_work_item_id_foreign FOREIGN KEY (work_item_id) REFERENCES public.work_items(id) ON DELETE CASCADE;


--
-- Name: task_assignments task_assignments_agent_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_assignments
    ADD CONSTRAINT task_assignments_agent_id_foreign FOREIGN KEY (agent_id) REFERENCES public.agents(id);


--
-- Name: task_assignments task_assignments_work_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_assignments
    ADD CONSTRAINT task_assignments_work_item_id_foreign FOREIGN KEY (work_item_id) REFERENCES public.work_items(id) ON DELETE CASCADE;


--
-- Name: telemetry_metrics telemetry_metrics_telemetry_event_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.telemetry_metrics
    ADD CONSTRAINT telemetry_metrics_telemetry_event_id_foreign FOREIGN KEY (telemetry_event_id) REFERENCES public.telemetry_events(id) ON DELETE CASCADE;


--
-- Name: vault_routing_rules vault_routing_rules_source_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.vault_routing_rules
    ADD CONSTRAINT vault_routing_rules_source_id_foreign FOREIGN KEY (source_id) REFERENCES public.sources(id) ON DELETE CASCADE;


--
-- Name: work_items work_items_parent_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.work_items
    ADD CONSTRAINT work_items_parent_id_foreign FOREIGN KEY (parent_id) REFERENCES public.work_items(id) ON DELETE CASCADE;


--
-- Name: work_items work_items_sprint_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.work_items
    ADD CONSTRAINT work_items_sprint_id_foreign FOREIGN KEY (sprint_id) REFERENCES public.sprints(id) ON DELETE SET NULL;


--
-- PostgreSQL database dump complete
--

\unrestrict migstampSampleDumpKey

