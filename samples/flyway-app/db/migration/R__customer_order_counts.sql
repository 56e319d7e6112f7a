DROP VIEW IF EXISTS customer_order_counts;
CREATE VIEW customer_order_counts AS
SELECT c.id AS customer_id, COUNT(o.id) AS orders
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id;
