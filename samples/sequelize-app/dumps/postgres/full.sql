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

--
-- Name: enum_Posts_status; Type: TYPE; Schema: public; Owner: root
--

CREATE TYPE public."enum_Posts_status" AS ENUM (
    'draft',
    'published'
);


ALTER TYPE public."enum_Posts_status" OWNER TO root;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: AppSettings; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."AppSettings" (
    key character varying(64) NOT NULL,
    value text
);


ALTER TABLE public."AppSettings" OWNER TO root;

--
-- Name: Attachments; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Attachments" (
    id integer NOT NULL,
    "ticketId" integer NOT NULL,
    "fileName" character varying(255) NOT NULL,
    size bigint DEFAULT 0 NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "createdBy" integer,
    "updatedBy" integer
);


ALTER TABLE public."Attachments" OWNER TO root;

--
-- Name: Attachments_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Attachments_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Attachments_id_seq" OWNER TO root;

--
-- Name: Attachments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Attachments_id_seq" OWNED BY public."Attachments".id;


--
-- Name: Labels; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Labels" (
    id integer NOT NULL,
    label character varying(60) NOT NULL,
    color character varying(30),
    icon character varying(30)
);


ALTER TABLE public."Labels" OWNER TO root;

--
-- Name: Posts; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Posts" (
    id integer NOT NULL,
    "userId" integer NOT NULL,
    title character varying(500) NOT NULL,
    body text,
    status public."enum_Posts_status" DEFAULT 'draft'::public."enum_Posts_status" NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "createdBy" integer,
    "updatedBy" integer
);


ALTER TABLE public."Posts" OWNER TO root;

--
-- Name: Posts_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Posts_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Posts_id_seq" OWNER TO root;

--
-- Name: Posts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Posts_id_seq" OWNED BY public."Posts".id;


--
-- Name: Roles; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Roles" (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    "isDefault" boolean DEFAULT false NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);


ALTER TABLE public."Roles" OWNER TO root;

--
-- Name: Roles_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Roles_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Roles_id_seq" OWNER TO root;

--
-- Name: Roles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Roles_id_seq" OWNED BY public."Roles".id;


--
-- Name: SequelizeMeta; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."SequelizeMeta" (
    name character varying(255) NOT NULL
);


ALTER TABLE public."SequelizeMeta" OWNER TO root;

--
-- Name: Tags_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Tags_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Tags_id_seq" OWNER TO root;

--
-- Name: Tags_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Tags_id_seq" OWNED BY public."Labels".id;


--
-- Name: Tickets; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Tickets" (
    id integer NOT NULL,
    title character varying(160) NOT NULL,
    status character varying(20) DEFAULT 'open'::character varying NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "createdBy" integer,
    "updatedBy" integer,
    priority smallint DEFAULT 0 NOT NULL
);


ALTER TABLE public."Tickets" OWNER TO root;

--
-- Name: Tickets_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Tickets_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Tickets_id_seq" OWNER TO root;

--
-- Name: Tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Tickets_id_seq" OWNED BY public."Tickets".id;


--
-- Name: Users; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Users" (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    "displayName" character varying(100),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    bio text,
    "roleId" integer,
    nickname character varying(40)
);


ALTER TABLE public."Users" OWNER TO root;

--
-- Name: Users_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Users_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Users_id_seq" OWNER TO root;

--
-- Name: Users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Users_id_seq" OWNED BY public."Users".id;


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.audit_log (
    id integer NOT NULL,
    message character varying(200) NOT NULL,
    created_at timestamp without time zone
);


ALTER TABLE public.audit_log OWNER TO root;

--
-- Name: Attachments id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Attachments" ALTER COLUMN id SET DEFAULT nextval('public."Attachments_id_seq"'::regclass);


--
-- Name: Labels id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Labels" ALTER COLUMN id SET DEFAULT nextval('public."Tags_id_seq"'::regclass);


--
-- Name: Posts id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Posts" ALTER COLUMN id SET DEFAULT nextval('public."Posts_id_seq"'::regclass);


--
-- Name: Roles id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Roles" ALTER COLUMN id SET DEFAULT nextval('public."Roles_id_seq"'::regclass);


--
-- Name: Tickets id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Tickets" ALTER COLUMN id SET DEFAULT nextval('public."Tickets_id_seq"'::regclass);


--
-- Name: Users id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Users" ALTER COLUMN id SET DEFAULT nextval('public."Users_id_seq"'::regclass);


--
-- Data for Name: AppSettings; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."AppSettings" (key, value) FROM stdin;
theme	light
locale	en
\.


--
-- Data for Name: Attachments; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Attachments" (id, "ticketId", "fileName", size, "createdAt", "updatedAt", "createdBy", "updatedBy") FROM stdin;
\.


--
-- Data for Name: Labels; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Labels" (id, label, color, icon) FROM stdin;
\.


--
-- Data for Name: Posts; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Posts" (id, "userId", title, body, status, "createdAt", "updatedAt", "createdBy", "updatedBy") FROM stdin;
\.


--
-- Data for Name: Roles; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Roles" (id, name, "isDefault", "createdAt", "updatedAt") FROM stdin;
1	admin	f	2026-11-30 22:30:45.293+00	2026-11-30 22:30:45.293+00
2	member	t	2026-11-30 22:30:45.293+00	2026-11-30 22:30:45.293+00
\.


--
-- Data for Name: SequelizeMeta; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."SequelizeMeta" (name) FROM stdin;
20240101000000-create-users.js
20240102000000-create-roles.js
20240103000000-seed-roles.js
20240104000000-create-posts.js
20240105000000-add-bio-to-users.js
20240106000000-index-posts-by-user.js
20240107000000-rename-users-name.js
20240108000000-create-imports.js
20240109000000-drop-imports.js
20240110000000-lengthen-post-titles.js
20240111000000-create-audit-log.js
20240112000000-add-role-to-users.js
20240113000000-create-tags.js
20240114000000-rename-tags-to-labels.js
20240115000000-create-tickets.js
20240116000000-add-audit-columns-to-tickets.js
20240117000000-add-audit-columns-to-posts.js
20240118000000-add-priority-to-tickets.js
20240119000000-create-settings.js
20240120000000-rename-settings-to-app-settings.js
20240121000000-add-nickname-to-users.js
20240122000000-rename-tickets-subject.js
20240123000000-create-attachments.js
20240124000000-seed-settings.js
\.


--
-- Data for Name: Tickets; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Tickets" (id, title, status, "createdAt", "updatedAt", "createdBy", "updatedBy", priority) FROM stdin;
\.


--
-- Data for Name: Users; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Users" (id, email, "displayName", "createdAt", "updatedAt", bio, "roleId", nickname) FROM stdin;
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.audit_log (id, message, created_at) FROM stdin;
\.


--
-- Name: Attachments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Attachments_id_seq"', 1, false);


--
-- Name: Posts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Posts_id_seq"', 1, false);


--
-- Name: Roles_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Roles_id_seq"', 2, true);


--
-- Name: Tags_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Tags_id_seq"', 1, false);


--
-- Name: Tickets_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Tickets_id_seq"', 1, false);


--
-- Name: Users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Users_id_seq"', 1, false);


--
-- Name: Attachments Attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Attachments"
    ADD CONSTRAINT "Attachments_pkey" PRIMARY KEY (id);


--
-- Name: Posts Posts_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Posts"
    ADD CONSTRAINT "Posts_pkey" PRIMARY KEY (id);


--
-- Name: Roles Roles_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Roles"
    ADD CONSTRAINT "Roles_pkey" PRIMARY KEY (id);


--
-- Name: SequelizeMeta SequelizeMeta_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."SequelizeMeta"
    ADD CONSTRAINT "SequelizeMeta_pkey" PRIMARY KEY (name);


--
-- Name: AppSettings Settings_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."AppSettings"
    ADD CONSTRAINT "Settings_pkey" PRIMARY KEY (key);


--
-- Name: Labels Tags_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Labels"
    ADD CONSTRAINT "Tags_pkey" PRIMARY KEY (id);


--
-- Name: Tickets Tickets_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Tickets"
    ADD CONSTRAINT "Tickets_pkey" PRIMARY KEY (id);


--
-- Name: Users Users_email_key; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_email_key" UNIQUE (email);


--
-- Name: Users Users_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_pkey" PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: posts_user_id_created_at; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX posts_user_id_created_at ON public."Posts" USING btree ("userId", "createdAt");


--
-- Name: tags_label_unique; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX tags_label_unique ON public."Labels" USING btree (label);


--
-- Name: Attachments Attachments_ticketId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Attachments"
    ADD CONSTRAINT "Attachments_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES public."Tickets"(id) ON DELETE CASCADE;


--
-- Name: Posts Posts_userId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Posts"
    ADD CONSTRAINT "Posts_userId_fkey" FOREIGN KEY ("userId") REFERENCES public."Users"(id) ON DELETE CASCADE;


--
-- Name: Users Users_roleId_Roles_fk; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_roleId_Roles_fk" FOREIGN KEY ("roleId") REFERENCES public."Roles"(id) ON DELETE SET NULL;


--
-- PostgreSQL database dump complete
--

\unrestrict migstampSampleDumpKey

