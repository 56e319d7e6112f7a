INSERT INTO shipping_methods (code, label) VALUES ('post', 'Standard post');
INSERT INTO shipping_methods (code, label) VALUES ('courier', 'Next-day courier');
