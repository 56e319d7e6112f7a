DELETE FROM shipping_methods WHERE code IN ('post', 'courier');
