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
-- Name: customers; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    email character varying(190) NOT NULL,
    display_name character varying(120)
);


ALTER TABLE public.customers OWNER TO root;

--
-- Name: order_lines; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.order_lines (
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer DEFAULT 1 NOT NULL
);


ALTER TABLE public.order_lines OWNER TO root;

--
-- Name: products; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.products (
    id integer NOT NULL,
    sku character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    price_cents integer NOT NULL,
    supplier_id integer
);


ALTER TABLE public.products OWNER TO root;

--
-- Name: purchases; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.purchases (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    placed_on date NOT NULL,
    status character varying(20) DEFAULT 'new'::character varying NOT NULL,
    notes text
);


ALTER TABLE public.purchases OWNER TO root;

--
-- Name: reviews; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.reviews (
    id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    stars integer NOT NULL,
    body text
);


ALTER TABLE public.reviews OWNER TO root;

--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.schema_migrations (
    version bigint NOT NULL,
    dirty boolean NOT NULL
);


ALTER TABLE public.schema_migrations OWNER TO root;

--
-- Name: shipping_methods; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.shipping_methods (
    code character varying(20) NOT NULL,
    label character varying(100) NOT NULL
);


ALTER TABLE public.shipping_methods OWNER TO root;

--
-- Name: stock_levels; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.stock_levels (
    product_id integer NOT NULL,
    warehouse_id integer NOT NULL,
    on_hand integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.stock_levels OWNER TO root;

--
-- Name: suppliers; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.suppliers (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);


ALTER TABLE public.suppliers OWNER TO root;

--
-- Name: warehouses; Type: TABLE; Schema: public; Owner: root
--

CREATE TABLE public.warehouses (
    id integer NOT NULL,
    city character varying(100) NOT NULL
);


ALTER TABLE public.warehouses OWNER TO root;

--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.customers (id, email, display_name) FROM stdin;
\.


--
-- Data for Name: order_lines; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.order_lines (order_id, product_id, quantity) FROM stdin;
\.


--
-- Data for Name: products; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.products (id, sku, name, price_cents, supplier_id) FROM stdin;
\.


--
-- Data for Name: purchases; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.purchases (id, customer_id, placed_on, status, notes) FROM stdin;
\.


--
-- Data for Name: reviews; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.reviews (id, product_id, customer_id, stars, body) FROM stdin;
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.schema_migrations (version, dirty) FROM stdin;
20240311090000	f
\.


--
-- Data for Name: shipping_methods; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.shipping_methods (code, label) FROM stdin;
post	Standard post
courier	Next-day courier
\.


--
-- Data for Name: stock_levels; Type: TABLE DATA; Schema: public; Owner: root
--

COPY public.stock_levels (product_id, warehouse_id, on_hand) FROM stdin;
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
1	Lyon
2	Porto
\.


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: order_lines order_lines_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, product_id);


--
-- Name: purchases orders_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.purchases
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: shipping_methods shipping_methods_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.shipping_methods
    ADD CONSTRAINT shipping_methods_pkey PRIMARY KEY (code);


--
-- Name: stock_levels stock_levels_pkey; Type: CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.stock_levels
    ADD CONSTRAINT stock_levels_pkey PRIMARY KEY (product_id, warehouse_id);


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
-- Name: customers_email_unique; Type: INDEX; Schema: public; Owner: root
--

CREATE UNIQUE INDEX customers_email_unique ON public.customers USING btree (email);


--
-- Name: order_lines_product_idx; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX order_lines_product_idx ON public.order_lines USING btree (product_id);


--
-- Name: products_supplier_idx; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX products_supplier_idx ON public.products USING btree (supplier_id);


--
-- Name: reviews_product_idx; Type: INDEX; Schema: public; Owner: root
--

CREATE INDEX reviews_product_idx ON public.reviews USING btree (product_id, stars);


--
-- Name: order_lines order_lines_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.purchases(id);


--
-- Name: order_lines order_lines_product_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id);


--
-- Name: purchases orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.purchases
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- Name: reviews reviews_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- Name: reviews reviews_product_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id);


--
-- Name: stock_levels stock_levels_product_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.stock_levels
    ADD CONSTRAINT stock_levels_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id);


--
-- Name: stock_levels stock_levels_warehouse_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: root
--

ALTER TABLE ONLY public.stock_levels
    ADD CONSTRAINT stock_levels_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES public.warehouses(id);


--
-- PostgreSQL database dump complete
--

\unrestrict migstampSampleDumpKey

