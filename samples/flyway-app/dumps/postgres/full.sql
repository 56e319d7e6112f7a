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
-- Name: audit_log; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.audit_log (
    id integer NOT NULL,
    entity character varying(64) NOT NULL,
    entity_id integer NOT NULL,
    action character varying(16) NOT NULL
);


ALTER TABLE public.audit_log OWNER TO root;

--
-- Name: catalog_items; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.catalog_items (
    id integer NOT NULL,
    sku character varying(64) NOT NULL,
    title character varying(200) NOT NULL,
    price_cents integer DEFAULT 0 NOT NULL,
    supplier_id integer
);


ALTER TABLE public.catalog_items OWNER TO root;

--
-- Name: coupons; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.coupons (
    id integer NOT NULL,
    code character varying(32) NOT NULL,
    percent_off integer NOT NULL,
    expires_at character varying(32)
);


ALTER TABLE public.coupons OWNER TO root;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    full_name character varying(100),
    phone character varying(32)
);


ALTER TABLE public.customers OWNER TO root;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    placed_at character varying(32),
    status character varying(20) DEFAULT 'new'::character varying NOT NULL
);


ALTER TABLE public.orders OWNER TO root;

--
-- Name: customer_order_counts; Type: VIEW; Schema: public; Owner: root
--

CREATE VIEW public.customer_order_counts AS
 SELECT c.id AS customer_id,
    count(o.id) AS orders
   FROM (public.customers c
     LEFT JOIN public.orders o ON ((o.customer_id = c.id)))
  GROUP BY c.id;


ALTER TABLE public.customer_order_counts OWNER TO root;

--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


ALTER TABLE public.flyway_schema_history OWNER TO root;

--
-- Name: order_lines; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.order_lines (
    id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer DEFAULT 1 NOT NULL
);


ALTER TABLE public.order_lines OWNER TO root;

--
-- Name: reviews; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.reviews (
    id integer NOT NULL,
    catalog_item_id integer NOT NULL,
    rating integer NOT NULL,
    body character varying(2000)
);


ALTER TABLE public.reviews OWNER TO root;

--
-- Name: shipments; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.shipments (
    id integer NOT NULL,
    order_id integer NOT NULL,
    carrier character varying(40) NOT NULL
);


ALTER TABLE public.shipments OWNER TO root;

--
-- Name: suppliers; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.suppliers (
    id integer NOT NULL,
    name character varying(120) NOT NULL
);


ALTER TABLE public.suppliers OWNER TO root;

--
-- Name: warehouses; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.warehouses (
    id integer NOT NULL,
    city character varying(80) NOT NULL
);


ALTER TABLE public.warehouses OWNER TO root;

--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.audit_log (id, entity, entity_id, action) FROM stdin;
\.


--
-- Data for Name: catalog_items; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.catalog_items (id, sku, title, price_cents, supplier_id) FROM stdin;
\.


--
-- Data for Name: coupons; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.coupons (id, code, percent_off, expires_at) FROM stdin;
1	WELCOME;10	10	\N
2	SPRING	15	\N
\.


--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.customers (id, email, full_name, phone) FROM stdin;
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	create customers	SQL	V1__create_customers.sql	-1230887491	root	2026-11-30 23:09:39.848119	0	t
2	1.1	index customers email	SQL	V1_1__index_customers_email.sql	1576008919	root	2026-11-30 23:09:40.402573	0	t
3	2	create products	SQL	V2__create_products.sql	-1452534783	root	2026-11-30 23:09:40.808209	0	t
4	3	create orders	SQL	V3__create_orders.sql	1201460575	root	2026-11-30 23:09:41.177894	0	t
5	3.1	create order lines	SQL	V3_1__create_order_lines.sql	1829019224	root	2026-11-30 23:09:41.526346	0	t
6	4	add customers phone	SQL	V4__add_customers_phone.sql	-614083662	root	2026-11-30 23:09:41.836271	0	t
7	5	rename customers name	SQL	V5__rename_customers_name.sql	1615219110	root	2026-11-30 23:09:42.221595	0	t
8	6	create import staging	SQL	V6__create_import_staging.sql	1081519674	root	2026-11-30 23:09:42.681709	0	t
9	7	drop import staging	SQL	V7__drop_import_staging.sql	-241121796	root	2026-11-30 23:09:43.004089	0	t
10	8	create audit log	SQL	V8__create_audit_log.sql	153639133	root	2026-11-30 23:09:43.287589	0	t
11	9	rename products to catalog items	SQL	V9__rename_products_to_catalog_items.sql	969351685	root	2026-11-30 23:09:43.589655	0	t
12	10	add orders status	SQL	V10__add_orders_status.sql	989244491	root	2026-11-30 23:09:43.870439	0	t
13	10.1	index orders status	SQL	V10_1__index_orders_status.sql	301202636	root	2026-11-30 23:09:44.108078	0	t
14	11	create suppliers	SQL	V11__create_suppliers.sql	-1410996658	root	2026-11-30 23:09:44.636103	0	t
15	12	add catalog items supplier	SQL	V12__add_catalog_items_supplier.sql	413012227	root	2026-11-30 23:09:44.97167	0	t
16	13	create shipments	SQL	V13__create_shipments.sql	-1829416791	root	2026-11-30 23:09:45.441523	0	t
17	14	create coupons	SQL	V14__create_coupons.sql	1556284180	root	2026-11-30 23:09:45.751373	0	t
18	14.1	seed coupons	SQL	V14_1__seed_coupons.sql	1160802733	root	2026-11-30 23:09:46.176104	0	t
19	15	add coupons expires at	SQL	V15__add_coupons_expires_at.sql	135219139	root	2026-11-30 23:09:46.513621	0	t
20	16	create reviews	SQL	V16__create_reviews.sql	391341321	root	2026-11-30 23:09:46.798183	0	t
21	17	index reviews rating	SQL	V17__index_reviews_rating.sql	1354657882	root	2026-11-30 23:09:47.092178	0	t
22	18	create warehouses	SQL	V18__create_warehouses.sql	2103285951	root	2026-11-30 23:09:47.431306	0	t
23	\N	customer order counts	SQL	R__customer_order_counts.sql	-2076606003	root	2026-11-30 23:09:47.760079	0	t
\.


--
-- Data for Name: order_lines; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.order_lines (id, order_id, product_id, quantity) FROM stdin;
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.orders (id, customer_id, placed_at, status) FROM stdin;
\.


--
-- Data for Name: reviews; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.reviews (id, catalog_item_id, rating, body) FROM stdin;
\.


--
-- Data for Name: shipments; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.shipments (id, order_id, carrier) FROM stdin;
\.


--
-- Data for Name: suppliers; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.suppliers (id, name) FROM stdin;
\.


--
-- Data for Name: warehouses; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.warehouses (id, city) FROM stdin;
\.


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: coupons coupons_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.coupons
    ADD CONSTRAINT coupons_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: order_lines order_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: catalog_items products_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.catalog_items
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (id);


--
-- Name: shipments shipments_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.shipments
    ADD CONSTRAINT shipments_pkey PRIMARY KEY (id);


--
-- Name: suppliers suppliers_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.suppliers
    ADD CONSTRAINT suppliers_pkey PRIMARY KEY (id);


--
-- Name: warehouses warehouses_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.warehouses
    ADD CONSTRAINT warehouses_pkey PRIMARY KEY (id);


--
-- Name: coupons_code_unique; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX coupons_code_unique ON public.coupons USING btree (code);


--
-- Name: customers_email_unique; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX customers_email_unique ON public.customers USING btree (email);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: order_lines_product_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX order_lines_product_index ON public.order_lines USING btree (product_id);


--
-- Name: orders_status_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX orders_status_index ON public.orders USING btree (status);


--
-- Name: reviews_rating_index; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX reviews_rating_index ON public.reviews USING btree (rating);


--
-- Name: order_lines order_lines_order_fk; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES public.orders(id);


--
-- Name: orders orders_customer_fk; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- Name: reviews reviews_catalog_item_fk; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_catalog_item_fk FOREIGN KEY (catalog_item_id) REFERENCES public.catalog_items(id);


--
-- Name: shipments shipments_order_fk; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.shipments
    ADD CONSTRAINT shipments_order_fk FOREIGN KEY (order_id) REFERENCES public.orders(id);


--
-- PostgreSQL database dump complete
--

\unrestrict migstampSampleDumpKey

