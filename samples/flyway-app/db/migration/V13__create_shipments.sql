CREATE TABLE shipments (
    id INTEGER NOT NULL PRIMARY KEY,
    order_id INTEGER NOT NULL,
    carrier VARCHAR(40) NOT NULL,
    CONSTRAINT shipments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
