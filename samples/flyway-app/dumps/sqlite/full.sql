PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "flyway_schema_history" (
    "installed_rank" INT NOT NULL PRIMARY KEY,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
    "execution_time" INT NOT NULL,
    "success" BOOLEAN NOT NULL
);
INSERT INTO flyway_schema_history VALUES(1,'1','create customers','SQL','V1__create_customers.sql',-1230887491,'','2026-11-30 23:09:51.650',0,1);
INSERT INTO flyway_schema_history VALUES(2,'1.1','index customers email','SQL','V1_1__index_customers_email.sql',1576008919,'','2026-11-30 23:09:51.692',0,1);
INSERT INTO flyway_schema_history VALUES(3,'2','create products','SQL','V2__create_products.sql',-1452534783,'','2026-11-30 23:09:51.747',0,1);
INSERT INTO flyway_schema_history VALUES(4,'3','create orders','SQL','V3__create_orders.sql',1201460575,'','2026-11-30 23:09:51.803',0,1);
INSERT INTO flyway_schema_history VALUES(5,'3.1','create order lines','SQL','V3_1__create_order_lines.sql',1829019224,'','2026-11-30 23:09:51.841',0,1);
INSERT INTO flyway_schema_history VALUES(6,'4','add customers phone','SQL','V4__add_customers_phone.sql',-614083662,'','2026-11-30 23:09:51.900',0,1);
INSERT INTO flyway_schema_history VALUES(7,'5','rename customers name','SQL','V5__rename_customers_name.sql',1615219110,'','2026-11-30 23:09:51.997',0,1);
INSERT INTO flyway_schema_history VALUES(8,'6','create import staging','SQL','V6__create_import_staging.sql',1081519674,'','2026-11-30 23:09:52.060',0,1);
INSERT INTO flyway_schema_history VALUES(9,'7','drop import staging','SQL','V7__drop_import_staging.sql',-241121796,'','2026-11-30 23:09:52.122',0,1);
INSERT INTO flyway_schema_history VALUES(10,'8','create audit log','SQL','V8__create_audit_log.sql',153639133,'','2026-11-30 23:09:52.165',0,1);
INSERT INTO flyway_schema_history VALUES(11,'9','rename products to catalog items','SQL','V9__rename_products_to_catalog_items.sql',969351685,'','2026-11-30 23:09:52.206',0,1);
INSERT INTO flyway_schema_history VALUES(12,'10','add orders status','SQL','V10__add_orders_status.sql',989244491,'','2026-11-30 23:09:52.328',0,1);
INSERT INTO flyway_schema_history VALUES(13,'10.1','index orders status','SQL','V10_1__index_orders_status.sql',301202636,'','2026-11-30 23:09:52.394',0,1);
INSERT INTO flyway_schema_history VALUES(14,'11','create suppliers','SQL','V11__create_suppliers.sql',-1410996658,'','2026-11-30 23:09:52.460',0,1);
INSERT INTO flyway_schema_history VALUES(15,'12','add catalog items supplier','SQL','V12__add_catalog_items_supplier.sql',413012227,'','2026-11-30 23:09:52.510',0,1);
INSERT INTO flyway_schema_history VALUES(16,'13','create shipments','SQL','V13__create_shipments.sql',-1829416791,'','2026-11-30 23:09:52.549',0,1);
INSERT INTO flyway_schema_history VALUES(17,'14','create coupons','SQL','V14__create_coupons.sql',1556284180,'','2026-11-30 23:09:52.598',0,1);
INSERT INTO flyway_schema_history VALUES(18,'14.1','seed coupons','SQL','V14_1__seed_coupons.sql',1160802733,'','2026-11-30 23:09:52.633',0,1);
INSERT INTO flyway_schema_history VALUES(19,'15','add coupons expires at','SQL','V15__add_coupons_expires_at.sql',135219139,'','2026-11-30 23:09:52.661',0,1);
INSERT INTO flyway_schema_history VALUES(20,'16','create reviews','SQL','V16__create_reviews.sql',391341321,'','2026-11-30 23:09:52.701',0,1);
INSERT INTO flyway_schema_history VALUES(21,'17','index reviews rating','SQL','V17__index_reviews_rating.sql',1354657882,'','2026-11-30 23:09:52.753',0,1);
INSERT INTO flyway_schema_history VALUES(22,'18','create warehouses','SQL','V18__create_warehouses.sql',2103285951,'','2026-11-30 23:09:52.814',0,1);
INSERT INTO flyway_schema_history VALUES(23,NULL,'customer order counts','SQL','R__customer_order_counts.sql',-2076606003,'','2026-11-30 23:09:52.843',0,1);
CREATE TABLE customers (
    id INTEGER NOT NULL PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    full_name VARCHAR(100)
, phone VARCHAR(32));
CREATE TABLE IF NOT EXISTS "catalog_items" (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(64) NOT NULL,
    title VARCHAR(200) NOT NULL,
    price_cents INTEGER NOT NULL DEFAULT 0
, supplier_id INTEGER);
CREATE TABLE orders (
    id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    placed_at VARCHAR(32), status VARCHAR(20) NOT NULL DEFAULT 'new',
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE TABLE order_lines (
    id INTEGER NOT NULL PRIMARY KEY,
    order_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE TABLE audit_log (
    id INTEGER NOT NULL PRIMARY KEY,
    entity VARCHAR(64) NOT NULL,
    entity_id INTEGER NOT NULL,
    action VARCHAR(16) NOT NULL
);
CREATE TABLE suppliers (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(120) NOT NULL
);
CREATE TABLE shipments (
    id INTEGER NOT NULL PRIMARY KEY,
    order_id INTEGER NOT NULL,
    carrier VARCHAR(40) NOT NULL,
    CONSTRAINT shipments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE TABLE coupons (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(32) NOT NULL,
    percent_off INTEGER NOT NULL
, expires_at VARCHAR(32));
INSERT INTO coupons VALUES(1,'WELCOME;10',10,NULL);
INSERT INTO coupons VALUES(2,'SPRING',15,NULL);
CREATE TABLE reviews (
    id INTEGER NOT NULL PRIMARY KEY,
    catalog_item_id INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    body VARCHAR(2000),
    CONSTRAINT reviews_catalog_item_fk FOREIGN KEY (catalog_item_id) REFERENCES catalog_items (id)
);
CREATE TABLE warehouses (
    id INTEGER NOT NULL PRIMARY KEY,
    city VARCHAR(80) NOT NULL
);
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
CREATE UNIQUE INDEX customers_email_unique ON customers (email);
CREATE INDEX order_lines_product_index ON order_lines (product_id);
CREATE INDEX orders_status_index ON orders (status);
CREATE UNIQUE INDEX coupons_code_unique ON coupons (code);
CREATE INDEX reviews_rating_index ON reviews (rating);
CREATE VIEW customer_order_counts AS
SELECT c.id AS customer_id, COUNT(o.id) AS orders
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id;
COMMIT;
