ALTER TABLE orders ADD COLUMN status varchar(20) NOT NULL DEFAULT 'new';
