-- Custom SQL migration file, put your code below! --
INSERT INTO roles (name) VALUES ('admin');
--> statement-breakpoint
INSERT INTO roles (name) VALUES ('member');
