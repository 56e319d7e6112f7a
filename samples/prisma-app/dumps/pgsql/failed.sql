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
-- Name: PostStatus; Type: TYPE; Schema: public; Owner: root
--

CREATE TYPE public."PostStatus" AS ENUM (
    'DRAFT',
    'PUBLISHED',
    'ARCHIVED'
);


ALTER TYPE public."PostStatus" OWNER TO root;

--
-- Name: Role; Type: TYPE; Schema: public; Owner: root
--

CREATE TYPE public."Role" AS ENUM (
    'USER',
    'ADMIN'
);


ALTER TYPE public."Role" OWNER TO root;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: AuditLog; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."AuditLog" (
    id integer NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    "userId" integer,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


ALTER TABLE public."AuditLog" OWNER TO root;

--
-- Name: AuditLog_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."AuditLog_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."AuditLog_id_seq" OWNER TO root;

--
-- Name: AuditLog_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."AuditLog_id_seq" OWNED BY public."AuditLog".id;


--
-- Name: Category; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Category" (
    id integer NOT NULL,
    name text NOT NULL,
    slug text DEFAULT ''::text NOT NULL
);


ALTER TABLE public."Category" OWNER TO root;

--
-- Name: Category_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Category_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Category_id_seq" OWNER TO root;

--
-- Name: Category_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Category_id_seq" OWNED BY public."Category".id;


--
-- Name: Comment; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Comment" (
    id integer NOT NULL,
    body text NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "postId" integer NOT NULL,
    "authorId" integer NOT NULL
);


ALTER TABLE public."Comment" OWNER TO root;

--
-- Name: Comment_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Comment_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Comment_id_seq" OWNER TO root;

--
-- Name: Comment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Comment_id_seq" OWNED BY public."Comment".id;


--
-- Name: Post; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Post" (
    id integer NOT NULL,
    title text NOT NULL,
    body text,
    "authorId" integer NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    status public."PostStatus" DEFAULT 'DRAFT'::public."PostStatus" NOT NULL
);


ALTER TABLE public."Post" OWNER TO root;

--
-- Name: PostTag; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."PostTag" (
    "postId" integer NOT NULL,
    "tagId" integer NOT NULL
);


ALTER TABLE public."PostTag" OWNER TO root;

--
-- Name: Post_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Post_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Post_id_seq" OWNER TO root;

--
-- Name: Post_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Post_id_seq" OWNED BY public."Post".id;


--
-- Name: UserProfile; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."UserProfile" (
    id integer NOT NULL,
    bio text,
    "userId" integer NOT NULL
);


ALTER TABLE public."UserProfile" OWNER TO root;

--
-- Name: Profile_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Profile_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Profile_id_seq" OWNER TO root;

--
-- Name: Profile_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Profile_id_seq" OWNED BY public."UserProfile".id;


--
-- Name: Tag; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."Tag" (
    id integer NOT NULL,
    label text NOT NULL
);


ALTER TABLE public."Tag" OWNER TO root;

--
-- Name: Tag_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."Tag_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Tag_id_seq" OWNER TO root;

--
-- Name: Tag_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."Tag_id_seq" OWNED BY public."Tag".id;


--
-- Name: User; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."User" (
    id integer NOT NULL,
    email text NOT NULL,
    name text,
    role public."Role" DEFAULT 'USER'::public."Role" NOT NULL,
    handle text,
    "lastLoginAt" timestamp(3) without time zone
);


ALTER TABLE public."User" OWNER TO root;

--
-- Name: User_id_seq; Type: SEQUENCE; Schema: public; Owner: root
--

CREATE SEQUENCE public."User_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."User_id_seq" OWNER TO root;

--
-- Name: User_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: root
--

ALTER SEQUENCE public."User_id_seq" OWNED BY public."User".id;


--
-- Name: _CategoryToPost; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public."_CategoryToPost" (
    "A" integer NOT NULL,
    "B" integer NOT NULL
);


ALTER TABLE public."_CategoryToPost" OWNER TO root;

--
-- Name: _prisma_migrations; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public._prisma_migrations (
    id character varying(36) NOT NULL,
    checksum character varying(64) NOT NULL,
    finished_at timestamp with time zone,
    migration_name character varying(255) NOT NULL,
    logs text,
    rolled_back_at timestamp with time zone,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    applied_steps_count integer DEFAULT 0 NOT NULL
);


ALTER TABLE public._prisma_migrations OWNER TO root;

--
-- Name: AuditLog id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."AuditLog" ALTER COLUMN id SET DEFAULT nextval('public."AuditLog_id_seq"'::regclass);


--
-- Name: Category id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Category" ALTER COLUMN id SET DEFAULT nextval('public."Category_id_seq"'::regclass);


--
-- Name: Comment id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Comment" ALTER COLUMN id SET DEFAULT nextval('public."Comment_id_seq"'::regclass);


--
-- Name: Post id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Post" ALTER COLUMN id SET DEFAULT nextval('public."Post_id_seq"'::regclass);


--
-- Name: Tag id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Tag" ALTER COLUMN id SET DEFAULT nextval('public."Tag_id_seq"'::regclass);


--
-- Name: User id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."User" ALTER COLUMN id SET DEFAULT nextval('public."User_id_seq"'::regclass);


--
-- Name: UserProfile id; Type: DEFAULT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."UserProfile" ALTER COLUMN id SET DEFAULT nextval('public."Profile_id_seq"'::regclass);


--
-- Data for Name: AuditLog; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."AuditLog" (id, action, entity, "userId", "createdAt") FROM stdin;
\.


--
-- Data for Name: Category; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Category" (id, name, slug) FROM stdin;
1	News	
2	Guides	
3	Releases	
\.


--
-- Data for Name: Comment; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Comment" (id, body, "createdAt", "postId", "authorId") FROM stdin;
\.


--
-- Data for Name: Post; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Post" (id, title, body, "authorId", "createdAt", status) FROM stdin;
\.


--
-- Data for Name: PostTag; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."PostTag" ("postId", "tagId") FROM stdin;
\.


--
-- Data for Name: Tag; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."Tag" (id, label) FROM stdin;
\.


--
-- Data for Name: User; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."User" (id, email, name, role, handle, "lastLoginAt") FROM stdin;
\.


--
-- Data for Name: UserProfile; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."UserProfile" (id, bio, "userId") FROM stdin;
\.


--
-- Data for Name: _CategoryToPost; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public."_CategoryToPost" ("A", "B") FROM stdin;
\.


--
-- Data for Name: _prisma_migrations; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public._prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) FROM stdin;
d2004647-bea0-4bbd-b69a-db8f343b9c50	ad6f19d4e4562c0e2b9f616ba2f2470a28d3bfc2bdca20b611be938598de7e63	2026-11-30 23:27:54.168+00	20240105093000_init	\N	\N	2026-11-30 23:27:54.119+00	1
d636c873-2277-42d5-9810-d809927c7d45	ab0bf95a2d300f70aee4974602352704cbbfaeb76895d75da8dc16847e97db7b	2026-11-30 23:27:55.889+00	20240405100000_rename_user_profile_keys	\N	\N	2026-11-30 23:27:55.845+00	1
8d398c76-7e0b-4ca2-a98e-4e219a425266	bdbb1624acfc1ec0bf970fd50012c3207135dafec0b6c77355b6e85fb3748157	2026-11-30 23:27:54.214+00	20240112101500_add_profile	\N	\N	2026-11-30 23:27:54.176+00	1
ef100cbe-9448-4ac0-a373-7f4351cecf19	802f29aaa4a40f58f02b8d7e7ff51f0d3d200901059efe04cd425787d26c0598	2026-11-30 23:27:54.264+00	20240119140000_add_user_role	\N	\N	2026-11-30 23:27:54.223+00	1
b2a8fa9f-4855-4314-9d83-e5903456090e	93144c67067529c3c1245c2a6d380a33d73ade9488ced5c4f5f76ded26942b32	2026-11-30 23:27:54.319+00	20240126090000_add_categories	\N	\N	2026-11-30 23:27:54.268+00	1
33762cac-af22-494c-8d0e-752e5f2f5794	c118dabf996d9efeef073f558c08992a8eafdb7e3a926cc133b6f7b75dda65eb	2026-11-30 23:27:56.804+00	20240412093000_add_post_status	\N	\N	2026-11-30 23:27:56.727+00	1
0c6ebbcd-5638-42d0-9ca3-d18e1d4af2ca	1a63dfc9a1aab32817d082b77820a60e29c04cfcf7f21e145af31b4368532a7a	2026-11-30 23:27:54.328+00	20240202110000_add_post_created_at	\N	\N	2026-11-30 23:27:54.321+00	1
784d42b6-adb1-440f-8870-20ee30088f97	1499e091fc8883c37dcbc8f2dfb7357b6b826c5c916273516c49dff80499d6fe	2026-11-30 23:27:54.355+00	20240209093000_add_post_title_index	\N	\N	2026-11-30 23:27:54.33+00	1
f3220257-c5f4-4a3d-aebd-305b8a829d88	e229b41ee04eaeffa88b3bd484d4bcbbc6a03b1e8758ccfd1bddd4c0aa8945e2	2026-11-30 23:27:54.468+00	20240216153000_add_import_batch	\N	\N	2026-11-30 23:27:54.411+00	1
51abaa38-d7f4-4202-ac21-d2ca1e9140d6	3789edca11b535329d28a988d058665289c8dde58fa9dc7934ba3f9015c12c82	2026-11-30 23:27:56.816+00	20240419110000_backfill_post_status	\N	\N	2026-11-30 23:27:56.808+00	1
3c360a33-1fed-42e6-91f5-c6fad6eaa2aa	dbf078501b84075d0722d951e73b8e2404c1d622f3fe906c28378651175b3bdd	2026-11-30 23:27:54.5+00	20240223100000_rename_post_content_to_body	\N	\N	2026-11-30 23:27:54.469+00	1
616a6c45-5d6e-4932-b114-6d60c7a27659	25dfba81393eaef146324c06d2ac0d7c8ca4402ed12e8fdb1e8d704097cc61db	2026-11-30 23:27:55.552+00	20240301120000_seed_categories	\N	\N	2026-11-30 23:27:55.498+00	1
e6d4ccb7-271e-4e30-883b-2853eab6bce2	fee3d2f704c95657906f0224a210fefe6652f9805c16e70fab225eb5ce8dce2e	2026-11-30 23:27:55.652+00	20240308094500_drop_import_batch	\N	\N	2026-11-30 23:27:55.554+00	1
17cbe64c-f103-457c-b8d6-de32847223e8	c7c11883597e16d69543206e272a17b0d8a68d8efa2b85fb34371183269b343e	2026-11-30 23:27:56.868+00	20240426090000_drop_post_published	\N	\N	2026-11-30 23:27:56.832+00	1
b00c3b50-0858-4ba2-9082-c1170e9bcea3	9e57f0ec6471c73b224bea24ef57556a5b8092fd481d8c3fffc78425c06f4d47	2026-11-30 23:27:55.723+00	20240315103000_add_user_handle	\N	\N	2026-11-30 23:27:55.665+00	1
4f1d8cc1-aeb7-41d3-837c-aa5f5a0fdfe4	544706384c185e58916adeb8e48b7db70f5d23d5967556eb1e5c06923d1c79f5	2026-11-30 23:27:55.809+00	20240322090000_add_comments	\N	\N	2026-11-30 23:27:55.736+00	1
ee2caebb-af7d-4edc-b2e8-f141afc6eb63	309291bc997761c7afc0e0694d4c95029698f1da46059c263e43bc8bd3b0445f	2026-11-30 23:27:55.841+00	20240329110000_rename_profile_to_user_profile	\N	\N	2026-11-30 23:27:55.82+00	1
650c4a64-3135-473f-8c14-fd6f44ba6957	c554c6beae78310b68f86d740b2a2377b42d82d832574db376e269d0e0d6850c	2026-11-30 23:27:56.912+00	20240503140000_add_audit_log	\N	\N	2026-11-30 23:27:56.874+00	1
18454af1-55d3-4ae7-8b5c-b4d258f75c1b	c6696e2e75051916def6345af33c307cee871ab7a350ff2c6ec6e4de4fb41994	2026-11-30 23:27:56.928+00	20240510100000_rename_comment_text_to_body	\N	\N	2026-11-30 23:27:56.916+00	1
0b957492-55b5-4049-81c4-0e6ba55bd555	96585f477b2f898cc20996855146049a8e6e14c490df54dd6216b35b93c44dd6	2026-11-30 23:27:56.974+00	20240517113000_add_tags	\N	\N	2026-11-30 23:27:56.933+00	1
0f5a21a3-3faf-4950-84bb-ad5a3c5fd615	c0b49b54e60baffe16e76751479f33def7e050f16478d7980bc8269e02cf6de9	2026-11-30 23:27:56.996+00	20240524090000_add_user_last_login	\N	\N	2026-11-30 23:27:56.982+00	1
77be946a-9a19-41e7-9553-29bc5bc3cd3b	4e71f43eb98743c82aa1b20b09751d44a775656862ab101994244bc58889a3b5	\N	20240531100000_add_category_slug	external connector error\nUnique constraint failed: Category_slug_key\n   0: sql_schema_connector::apply_migration::apply_script\n           with migration_name="20240531100000_add_category_slug"\n             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113\n   1: schema_commands::commands::apply_migrations::Applying migration\n           with migration_name="20240531100000_add_category_slug"\n             at schema-engine/commands/src/commands/apply_migrations.rs:95\n   2: schema_engine_wasm::wasm::engine::ApplyMigrations\n             at schema-engine/schema-engine-wasm/src/wasm/engine.rs:167	\N	2026-11-30 23:28:00.65+00	0
\.


--
-- Name: AuditLog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."AuditLog_id_seq"', 1, false);


--
-- Name: Category_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Category_id_seq"', 3, true);


--
-- Name: Comment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Comment_id_seq"', 1, false);


--
-- Name: Post_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Post_id_seq"', 1, false);


--
-- Name: Profile_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Profile_id_seq"', 1, false);


--
-- Name: Tag_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."Tag_id_seq"', 1, false);


--
-- Name: User_id_seq; Type: SEQUENCE SET; Schema: public; Owner: root
--

SELECT pg_catalog.setval('public."User_id_seq"', 1, false);


--
-- Name: AuditLog AuditLog_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."AuditLog"
    ADD CONSTRAINT "AuditLog_pkey" PRIMARY KEY (id);


--
-- Name: Category Category_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Category"
    ADD CONSTRAINT "Category_pkey" PRIMARY KEY (id);


--
-- Name: Comment Comment_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Comment"
    ADD CONSTRAINT "Comment_pkey" PRIMARY KEY (id);


--
-- Name: PostTag PostTag_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."PostTag"
    ADD CONSTRAINT "PostTag_pkey" PRIMARY KEY ("postId", "tagId");


--
-- Name: Post Post_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Post"
    ADD CONSTRAINT "Post_pkey" PRIMARY KEY (id);


--
-- Name: Tag Tag_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Tag"
    ADD CONSTRAINT "Tag_pkey" PRIMARY KEY (id);


--
-- Name: UserProfile UserProfile_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."UserProfile"
    ADD CONSTRAINT "UserProfile_pkey" PRIMARY KEY (id);


--
-- Name: User User_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."User"
    ADD CONSTRAINT "User_pkey" PRIMARY KEY (id);


--
-- Name: _CategoryToPost _CategoryToPost_AB_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."_CategoryToPost"
    ADD CONSTRAINT "_CategoryToPost_AB_pkey" PRIMARY KEY ("A", "B");


--
-- Name: _prisma_migrations _prisma_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public._prisma_migrations
    ADD CONSTRAINT _prisma_migrations_pkey PRIMARY KEY (id);


--
-- Name: AuditLog_createdAt_idx; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "AuditLog_createdAt_idx" ON public."AuditLog" USING btree ("createdAt");


--
-- Name: Category_name_key; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX "Category_name_key" ON public."Category" USING btree (name);


--
-- Name: Comment_postId_idx; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "Comment_postId_idx" ON public."Comment" USING btree ("postId");


--
-- Name: Post_title_idx; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "Post_title_idx" ON public."Post" USING btree (title);


--
-- Name: Tag_label_key; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX "Tag_label_key" ON public."Tag" USING btree (label);


--
-- Name: UserProfile_userId_key; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX "UserProfile_userId_key" ON public."UserProfile" USING btree ("userId");


--
-- Name: User_email_key; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX "User_email_key" ON public."User" USING btree (email);


--
-- Name: User_handle_key; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX "User_handle_key" ON public."User" USING btree (handle);


--
-- Name: _CategoryToPost_B_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX "_CategoryToPost_B_index" ON public."_CategoryToPost" USING btree ("B");


--
-- Name: Comment Comment_authorId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Comment"
    ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: Comment Comment_postId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Comment"
    ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES public."Post"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: PostTag PostTag_postId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."PostTag"
    ADD CONSTRAINT "PostTag_postId_fkey" FOREIGN KEY ("postId") REFERENCES public."Post"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: PostTag PostTag_tagId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."PostTag"
    ADD CONSTRAINT "PostTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES public."Tag"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Post Post_authorId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."Post"
    ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: UserProfile UserProfile_userId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."UserProfile"
    ADD CONSTRAINT "UserProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: _CategoryToPost _CategoryToPost_A_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."_CategoryToPost"
    ADD CONSTRAINT "_CategoryToPost_A_fkey" FOREIGN KEY ("A") REFERENCES public."Category"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: _CategoryToPost _CategoryToPost_B_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public."_CategoryToPost"
    ADD CONSTRAINT "_CategoryToPost_B_fkey" FOREIGN KEY ("B") REFERENCES public."Post"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict migstampSampleDumpKey

