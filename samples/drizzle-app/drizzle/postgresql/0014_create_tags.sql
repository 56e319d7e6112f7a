CREATE TABLE "tags" (
	"id" serial PRIMARY KEY NOT NULL,
	"label" varchar(50) NOT NULL
);
