CREATE TABLE "temp_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"payload" text
);
