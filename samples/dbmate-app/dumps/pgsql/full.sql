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
-- Name: attachments; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.attachments (
    id integer NOT NULL,
    comment_id integer NOT NULL,
    path character varying(255) NOT NULL
);


ALTER TABLE public.attachments OWNER TO root;

--
-- Name: boards; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.boards (
    id integer NOT NULL,
    team_id integer NOT NULL,
    title character varying(200) NOT NULL,
    archived boolean DEFAULT false NOT NULL
);


ALTER TABLE public.boards OWNER TO root;

--
-- Name: comments; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.comments (
    id integer NOT NULL,
    task_id integer NOT NULL,
    author_id integer NOT NULL,
    body text NOT NULL
);


ALTER TABLE public.comments OWNER TO root;

--
-- Name: labels; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.labels (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    colour character(7)
);


ALTER TABLE public.labels OWNER TO root;

--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.schema_migrations (
    version character varying NOT NULL
);


ALTER TABLE public.schema_migrations OWNER TO root;

--
-- Name: task_labels; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.task_labels (
    task_id integer NOT NULL,
    label_id integer NOT NULL
);


ALTER TABLE public.task_labels OWNER TO root;

--
-- Name: tasks; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.tasks (
    id integer NOT NULL,
    project_id integer NOT NULL,
    title character varying(255) NOT NULL,
    done boolean DEFAULT false NOT NULL,
    due_on date
);


ALTER TABLE public.tasks OWNER TO root;

--
-- Name: team_members; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.team_members (
    team_id integer NOT NULL,
    user_id integer NOT NULL
);


ALTER TABLE public.team_members OWNER TO root;

--
-- Name: teams; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.teams (
    id integer NOT NULL,
    name character varying(100) NOT NULL
);


ALTER TABLE public.teams OWNER TO root;

--
-- Name: users; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying(190) NOT NULL,
    full_name character varying(100)
);


ALTER TABLE public.users OWNER TO root;

--
-- Data for Name: attachments; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.attachments (id, comment_id, path) FROM stdin;
\.


--
-- Data for Name: boards; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.boards (id, team_id, title, archived) FROM stdin;
\.


--
-- Data for Name: comments; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.comments (id, task_id, author_id, body) FROM stdin;
\.


--
-- Data for Name: labels; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.labels (id, name, colour) FROM stdin;
1	bug	#d73a4a
2	feature; small	#a2eeef
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.schema_migrations (version) FROM stdin;
20240101090000
20240101091500
20240101093000
20240102100000
20240102110000
20240103090000
20240103100000
20240104090000
20240104100000
20240105090000
20240105100000
20240106090000
20240106100000
20240106110000
20240107090000
20240107100000
20240108090000
20240108100000
20240109090000
20240109100000
\.


--
-- Data for Name: task_labels; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.task_labels (task_id, label_id) FROM stdin;
\.


--
-- Data for Name: tasks; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.tasks (id, project_id, title, done, due_on) FROM stdin;
\.


--
-- Data for Name: team_members; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.team_members (team_id, user_id) FROM stdin;
\.


--
-- Data for Name: teams; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.teams (id, name) FROM stdin;
1	Default team
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.users (id, email, full_name) FROM stdin;
\.


--
-- Name: attachments attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_pkey PRIMARY KEY (id);


--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);


--
-- Name: labels labels_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.labels
    ADD CONSTRAINT labels_pkey PRIMARY KEY (id);


--
-- Name: boards projects_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.boards
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: task_labels task_labels_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_labels
    ADD CONSTRAINT task_labels_pkey PRIMARY KEY (task_id, label_id);


--
-- Name: tasks tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_pkey PRIMARY KEY (id);


--
-- Name: team_members team_members_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.team_members
    ADD CONSTRAINT team_members_pkey PRIMARY KEY (team_id, user_id);


--
-- Name: teams teams_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.teams
    ADD CONSTRAINT teams_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: comments_task_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX comments_task_id_index ON public.comments USING btree (task_id);


--
-- Name: labels_name_unique; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX labels_name_unique ON public.labels USING btree (name);


--
-- Name: projects_team_id_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX projects_team_id_index ON public.boards USING btree (team_id);


--
-- Name: tasks_done_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX tasks_done_index ON public.tasks USING btree (done);


--
-- Name: users_email_unique; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX users_email_unique ON public.users USING btree (email);


--
-- Name: attachments attachments_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.comments(id);


--
-- Name: comments comments_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.users(id);


--
-- Name: comments comments_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.tasks(id);


--
-- Name: boards projects_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.boards
    ADD CONSTRAINT projects_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id);


--
-- Name: task_labels task_labels_label_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_labels
    ADD CONSTRAINT task_labels_label_id_fkey FOREIGN KEY (label_id) REFERENCES public.labels(id);


--
-- Name: task_labels task_labels_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.task_labels
    ADD CONSTRAINT task_labels_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.tasks(id);


--
-- Name: tasks tasks_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.boards(id);


--
-- Name: team_members team_members_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.team_members
    ADD CONSTRAINT team_members_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id);


--
-- Name: team_members team_members_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.team_members
    ADD CONSTRAINT team_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- PostgreSQL database dump complete
--

\unrestrict migstampSampleDumpKey

