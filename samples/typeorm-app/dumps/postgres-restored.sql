--
-- PostgreSQL database dump
--

\restrict migstampTypeormSampleKey

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
-- Name: labels; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.labels (
    id integer NOT NULL,
    label character varying(60) NOT NULL
);


ALTER TABLE public.labels OWNER TO root;

--
-- Name: migrations; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.migrations (
    id integer NOT NULL,
    "timestamp" bigint NOT NULL,
    name character varying NOT NULL
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
-- Name: projects; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.projects (
    id integer NOT NULL,
    owner_id integer NOT NULL,
    name character varying(200) NOT NULL,
    summary character varying(500),
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp without time zone
);


ALTER TABLE public.projects OWNER TO root;

--
-- Name: projects_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.projects_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.projects_id_seq OWNER TO root;

--
-- Name: projects_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.projects_id_seq OWNED BY public.projects.id;


--
-- Name: task_tags; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.task_tags (
    task_id integer NOT NULL,
    tag_id integer NOT NULL
);


ALTER TABLE public.task_tags OWNER TO root;

--
-- Name: tasks; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.tasks (
    id integer NOT NULL,
    project_id integer NOT NULL,
    status character varying(20) DEFAULT 'open'::character varying NOT NULL,
    due_on date,
    priority integer DEFAULT 0 NOT NULL,
    title character varying(300) NOT NULL
);


ALTER TABLE public.tasks OWNER TO root;

--
-- Name: tasks_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.tasks_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.tasks_id_seq OWNER TO root;

--
-- Name: tasks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.tasks_id_seq OWNED BY public.tasks.id;


--
-- Name: ticket_activities; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.ticket_activities (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    payload jsonb NOT NULL
);


ALTER TABLE public.ticket_activities OWNER TO root;

--
-- Name: ticket_activities_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.ticket_activities_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.ticket_activities_id_seq OWNER TO root;

--
-- Name: ticket_activities_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.ticket_activities_id_seq OWNED BY public.ticket_activities.id;


--
-- Name: ticket_watchers; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.ticket_watchers (
    ticket_id integer NOT NULL,
    user_id integer NOT NULL,
    muted boolean DEFAULT false NOT NULL
);


ALTER TABLE public.ticket_watchers OWNER TO root;

--
-- Name: tickets; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.tickets (
    id integer NOT NULL,
    author_id integer NOT NULL,
    subject character varying(200) NOT NULL,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp without time zone
);


ALTER TABLE public.tickets OWNER TO root;

--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.tickets_id_seq OWNER TO root;

--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    full_name character varying(100) NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_login_at timestamp without time zone
);


ALTER TABLE public.users OWNER TO root;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public.users_id_seq
    AS integer
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
-- Name: migrations id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.migrations ALTER COLUMN id SET DEFAULT nextval('public.migrations_id_seq'::regclass);


--
-- Name: projects id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.projects ALTER COLUMN id SET DEFAULT nextval('public.projects_id_seq'::regclass);


--
-- Name: tasks id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tasks ALTER COLUMN id SET DEFAULT nextval('public.tasks_id_seq'::regclass);


--
-- Name: ticket_activities id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.ticket_activities ALTER COLUMN id SET DEFAULT nextval('public.ticket_activities_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Data for Name: labels; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.labels (id, label) FROM stdin;
1	bug
2	feature
3	chore
\.


--
-- Data for Name: migrations; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.migrations (id, "timestamp", name) FROM stdin;
1	1714000000000	CreateUsers1714000000000
2	1714100000000	CreateProjects1714100000000
3	1714200000000	CreateTags1714200000000
4	1714300000000	SeedDefaultTags1714300000000
5	1714400000000	CreateTasks1714400000000
6	1714500000000	AddPriorityToTasks1714500000000
7	1714600000000	CreateTaskTags1714600000000
\.


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.projects (id, owner_id, name, summary, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: task_tags; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.task_tags (task_id, tag_id) FROM stdin;
\.


--
-- Data for Name: tasks; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.tasks (id, project_id, status, due_on, priority, title) FROM stdin;
\.


--
-- Data for Name: ticket_activities; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.ticket_activities (id, ticket_id, payload) FROM stdin;
\.


--
-- Data for Name: ticket_watchers; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.ticket_watchers (ticket_id, user_id, muted) FROM stdin;
\.


--
-- Data for Name: tickets; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.tickets (id, author_id, subject, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.users (id, email, full_name, is_active, created_at, last_login_at) FROM stdin;
\.


--
-- Name: migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.migrations_id_seq', 7, true);


--
-- Name: projects_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.projects_id_seq', 1, false);


--
-- Name: tasks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.tasks_id_seq', 1, false);


--
-- Name: ticket_activities_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.ticket_activities_id_seq', 1, false);


--
-- Name: tickets_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.tickets_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public.users_id_seq', 1, false);


--
-- Name: ticket_watchers PK_28b516442127e517174770b1dae; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.ticket_watchers
    ADD CONSTRAINT "PK_28b516442127e517174770b1dae" PRIMARY KEY (ticket_id, user_id);


--
-- Name: tickets PK_343bc942ae261cf7a1377f48fd0; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT "PK_343bc942ae261cf7a1377f48fd0" PRIMARY KEY (id);


--
-- Name: projects PK_6271df0a7aed1d6c0691ce6ac50; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY (id);


--
-- Name: migrations PK_8c82d7f526340ab734260ea46be; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.migrations
    ADD CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY (id);


--
-- Name: tasks PK_8d12ff38fcc62aaba2cab748772; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY (id);


--
-- Name: users PK_a3ffb1c0c8416b9fc6f907b7433; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY (id);


--
-- Name: task_tags PK_a7354e3c3f630636f6e4a29694a; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_tags
    ADD CONSTRAINT "PK_a7354e3c3f630636f6e4a29694a" PRIMARY KEY (task_id, tag_id);


--
-- Name: ticket_activities PK_fea672ec7d9867e390d5a153881; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.ticket_activities
    ADD CONSTRAINT "PK_fea672ec7d9867e390d5a153881" PRIMARY KEY (id);


--
-- Name: users UQ_97672ac88f789774dd47f7c8be3; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE (email);


--
-- Name: labels tags_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.labels
    ADD CONSTRAINT tags_pkey PRIMARY KEY (id);


--
-- Name: IDX_2187088ab5ef2a918473cb9900; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "IDX_2187088ab5ef2a918473cb9900" ON public.projects USING btree (name);


--
-- Name: IDX_2715f926ba0ddd73514eb0bef6; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "IDX_2715f926ba0ddd73514eb0bef6" ON public.ticket_activities USING btree (ticket_id);


--
-- Name: IDX_62dfd9366e31d265c0d41ec019; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "IDX_62dfd9366e31d265c0d41ec019" ON public.ticket_watchers USING btree (user_id);


--
-- Name: IDX_8d82387ba026be63046895fe37; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "IDX_8d82387ba026be63046895fe37" ON public.tasks USING btree (project_id, status);


--
-- Name: IDX_ee0ccbc67f5242448884aa0b3c; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "IDX_ee0ccbc67f5242448884aa0b3c" ON public.tickets USING btree (subject, author_id);


--
-- Name: tags_label_unique; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX tags_label_unique ON public.labels USING btree (label);


--
-- Name: tasks_priority_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX tasks_priority_index ON public.tasks USING btree (priority);


--
-- Name: ticket_activities FK_2715f926ba0ddd73514eb0bef61; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.ticket_activities
    ADD CONSTRAINT "FK_2715f926ba0ddd73514eb0bef61" FOREIGN KEY (ticket_id) REFERENCES public.tickets(id) ON DELETE CASCADE;


--
-- Name: tickets FK_67714d39d16d1ea5a234b05b094; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT "FK_67714d39d16d1ea5a234b05b094" FOREIGN KEY (author_id) REFERENCES public.users(id);


--
-- Name: task_tags FK_70515bc464901781ac60b82a1ea; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_tags
    ADD CONSTRAINT "FK_70515bc464901781ac60b82a1ea" FOREIGN KEY (task_id) REFERENCES public.tasks(id) ON DELETE CASCADE;


--
-- Name: tasks FK_9eecdb5b1ed8c7c2a1b392c28d4; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT "FK_9eecdb5b1ed8c7c2a1b392c28d4" FOREIGN KEY (project_id) REFERENCES public.projects(id);


--
-- Name: ticket_watchers FK_a3452cce581cc5203a8d67b6729; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.ticket_watchers
    ADD CONSTRAINT "FK_a3452cce581cc5203a8d67b6729" FOREIGN KEY (ticket_id) REFERENCES public.tickets(id) ON DELETE CASCADE;


--
-- Name: projects FK_b1bd2fbf5d0ef67319c91acb5cf; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT "FK_b1bd2fbf5d0ef67319c91acb5cf" FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: task_tags FK_f883135d033e1541f6a81972e7d; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_tags
    ADD CONSTRAINT "FK_f883135d033e1541f6a81972e7d" FOREIGN KEY (tag_id) REFERENCES public.labels(id);


--
-- PostgreSQL database dump complete
--

\unrestrict migstampTypeormSampleKey

