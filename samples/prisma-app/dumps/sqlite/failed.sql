PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);
INSERT INTO _prisma_migrations VALUES('931734cf-d2d0-4037-9cad-c545c0807d2c','ef7338a32149a3d4eeb4465914350049f29d68d453f9de4c865a90b128a4af18','2026-11-30T23:27:04.464+00:00','20240105093000_init',NULL,NULL,'2026-11-30T23:27:04.337+00:00',1);
INSERT INTO _prisma_migrations VALUES('8e007b54-3613-4cd0-8648-c99d0ba96780','cfbe88d2417e545380ff5a9623ae028078c2c133be02ac89f034e5b30711088d','2026-11-30T23:27:04.536+00:00','20240112101500_add_profile',NULL,NULL,'2026-11-30T23:27:04.480+00:00',1);
INSERT INTO _prisma_migrations VALUES('512ca61f-0f25-4b5a-890a-709f6b834924','d3e6a8425679ef1d53c4082ea4e77d9efa62cd697c67e242cfa0f97bde8fbbe2','2026-11-30T23:27:04.660+00:00','20240119140000_add_user_role',NULL,NULL,'2026-11-30T23:27:04.550+00:00',1);
INSERT INTO _prisma_migrations VALUES('98175bb9-8978-4069-8aa0-aedac0aefac3','f6461ad8df40135367ae6c5794d2a735fca3004349006d3d5b65fbba8b14fbcc','2026-11-30T23:27:04.779+00:00','20240126090000_add_categories',NULL,NULL,'2026-11-30T23:27:04.680+00:00',1);
INSERT INTO _prisma_migrations VALUES('e2b25429-b8b0-45f5-b112-fad86af17051','84a8078d4492391d89a7fd92521c640cb9707563c6d3d7de1e7ac0302855f534','2026-11-30T23:27:04.885+00:00','20240202110000_add_post_created_at',NULL,NULL,'2026-11-30T23:27:04.817+00:00',1);
INSERT INTO _prisma_migrations VALUES('07301f53-6f9b-4465-9f91-fb33166015b8','1499e091fc8883c37dcbc8f2dfb7357b6b826c5c916273516c49dff80499d6fe','2026-11-30T23:27:04.944+00:00','20240209093000_add_post_title_index',NULL,NULL,'2026-11-30T23:27:04.900+00:00',1);
INSERT INTO _prisma_migrations VALUES('e27d18f9-1952-41ab-ba08-48d257b5492e','574f1b4dfb7f90531a6db25e077298b31735b641f108fdf78cb301f78d7dc70f','2026-11-30T23:27:04.995+00:00','20240216153000_add_import_batch',NULL,NULL,'2026-11-30T23:27:04.954+00:00',1);
INSERT INTO _prisma_migrations VALUES('e9c954c6-fb6c-4ea1-8c21-360a6e6a8fa7','dbf078501b84075d0722d951e73b8e2404c1d622f3fe906c28378651175b3bdd','2026-11-30T23:27:05.047+00:00','20240223100000_rename_post_content_to_body',NULL,NULL,'2026-11-30T23:27:05.004+00:00',1);
INSERT INTO _prisma_migrations VALUES('b317d38f-be4c-4a80-b2d2-4047dd2e4432','25dfba81393eaef146324c06d2ac0d7c8ca4402ed12e8fdb1e8d704097cc61db','2026-11-30T23:27:05.716+00:00','20240301120000_seed_categories',NULL,NULL,'2026-11-30T23:27:05.682+00:00',1);
INSERT INTO _prisma_migrations VALUES('4a54d438-0d2d-4e8b-a094-ac81c967a993','7c48e8668622e228b0f56aed37eef4852011a58c288690c251de21e31db5303f','2026-11-30T23:27:05.748+00:00','20240308094500_drop_import_batch',NULL,NULL,'2026-11-30T23:27:05.720+00:00',1);
INSERT INTO _prisma_migrations VALUES('d4599e78-4b71-4daa-8714-1a2fb4673a90','b74d7ed5aa411a2d05323366adb61d9f44498e69b4f86a4b69eb865feaf1840a','2026-11-30T23:27:05.796+00:00','20240315103000_add_user_handle',NULL,NULL,'2026-11-30T23:27:05.760+00:00',1);
INSERT INTO _prisma_migrations VALUES('16b989cc-708c-442d-8ec2-52bb91a72466','1ab84915bfbb8da5b069fd11e8117c8065c07b11e4df08860017a2592b02a3fb','2026-11-30T23:27:05.884+00:00','20240322090000_add_comments',NULL,NULL,'2026-11-30T23:27:05.804+00:00',1);
INSERT INTO _prisma_migrations VALUES('4afa8bb5-c038-4945-870c-73003f40d432','309291bc997761c7afc0e0694d4c95029698f1da46059c263e43bc8bd3b0445f','2026-11-30T23:27:05.903+00:00','20240329110000_rename_profile_to_user_profile',NULL,NULL,'2026-11-30T23:27:05.887+00:00',1);
INSERT INTO _prisma_migrations VALUES('0fe6ab38-41c4-4b7d-baf4-48f0c58ab5c0','7295ee0f91fdd0575f6ed9a213adb89eef4725aef9c7eafbc9d88de6185239de','2026-11-30T23:27:05.926+00:00','20240405100000_rename_user_profile_keys',NULL,NULL,'2026-11-30T23:27:05.913+00:00',1);
INSERT INTO _prisma_migrations VALUES('eca8ec18-0b82-4676-bbf6-1c843607395a','fa91f0084fea71431f72d0070394b8a3d3eaa679d1b524de9c985c5e90be0076','2026-11-30T23:27:06.504+00:00','20240412093000_add_post_status',NULL,NULL,'2026-11-30T23:27:06.369+00:00',1);
INSERT INTO _prisma_migrations VALUES('04fd2d34-0439-483b-8217-69bed4c37ae2','3789edca11b535329d28a988d058665289c8dde58fa9dc7934ba3f9015c12c82','2026-11-30T23:27:06.548+00:00','20240419110000_backfill_post_status',NULL,NULL,'2026-11-30T23:27:06.520+00:00',1);
INSERT INTO _prisma_migrations VALUES('8ece0e43-44bf-4560-af33-38f6f6a683b5','4d17cce6cf1a2ebd4c2285321e36e654a5f6c35a0aa234423cae0851b35a2c72','2026-11-30T23:27:06.624+00:00','20240426090000_drop_post_published',NULL,NULL,'2026-11-30T23:27:06.560+00:00',1);
INSERT INTO _prisma_migrations VALUES('b570e740-8443-44b8-a8b1-f07b8b43b67b','830ab59a6979e8ba845fb6a4c06b2a1884205f80a396ae7f8a26024cb78dad12','2026-11-30T23:27:06.680+00:00','20240503140000_add_audit_log',NULL,NULL,'2026-11-30T23:27:06.636+00:00',1);
INSERT INTO _prisma_migrations VALUES('20a41940-7fba-4699-a396-b98a12585073','c6696e2e75051916def6345af33c307cee871ab7a350ff2c6ec6e4de4fb41994','2026-11-30T23:27:06.712+00:00','20240510100000_rename_comment_text_to_body',NULL,NULL,'2026-11-30T23:27:06.699+00:00',1);
INSERT INTO _prisma_migrations VALUES('00f4da1f-064f-4da4-87d1-617fdeb07929','bcb99ba41963ac3e10159d9d0103a5bd45e82e130b30a72e5b564d8111d0aefe','2026-11-30T23:27:06.826+00:00','20240517113000_add_tags',NULL,NULL,'2026-11-30T23:27:06.726+00:00',1);
INSERT INTO _prisma_migrations VALUES('965a564a-e416-4e0d-a37b-795bf949c856','fb72ae7f3fcc0495ea3bfa5060ef84606b7b74b1408c1b87794d342b6b764f87','2026-11-30T23:27:06.876+00:00','20240524090000_add_user_last_login',NULL,NULL,'2026-11-30T23:27:06.838+00:00',1);
INSERT INTO _prisma_migrations VALUES('4b5d90cc-6a83-4969-8144-9396c20d9d53','bbfab16d8f1c6f53269a88033af73f21629ad076d7ac013505eee5752c4f9c21',NULL,'20240531100000_add_category_slug',replace('Unique constraint failed on the fields: (`slug`)\n   0: sql_schema_connector::apply_migration::apply_script\n           with migration_name="20240531100000_add_category_slug"\n             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113\n   1: schema_commands::commands::apply_migrations::Applying migration\n           with migration_name="20240531100000_add_category_slug"\n             at schema-engine/commands/src/commands/apply_migrations.rs:95\n   2: schema_engine_wasm::wasm::engine::ApplyMigrations\n             at schema-engine/schema-engine-wasm/src/wasm/engine.rs:167','\n',char(10)),NULL,'2026-11-30T23:27:08.203+00:00',0);
CREATE TABLE IF NOT EXISTS "UserProfile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bio" TEXT,
    "userId" INTEGER NOT NULL,
    CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE TABLE IF NOT EXISTS "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'USER'
, "handle" TEXT, "lastLoginAt" DATETIME);
CREATE TABLE IF NOT EXISTS "_CategoryToPost" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_CategoryToPost_A_fkey" FOREIGN KEY ("A") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CategoryToPost_B_fkey" FOREIGN KEY ("B") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE IF NOT EXISTS "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE TABLE IF NOT EXISTS "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE TABLE IF NOT EXISTS "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "userId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE IF NOT EXISTS "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "PostTag" (
    "postId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    PRIMARY KEY ("postId", "tagId"),
    CONSTRAINT "PostTag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE IF NOT EXISTS "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL DEFAULT ''
);
INSERT INTO Category VALUES(1,'News','');
INSERT INTO Category VALUES(2,'Guides','');
INSERT INTO Category VALUES(3,'Releases','');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('User',0);
INSERT INTO sqlite_sequence VALUES('Post',0);
INSERT INTO sqlite_sequence VALUES('Category',3);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "_CategoryToPost_AB_unique" ON "_CategoryToPost"("A", "B");
CREATE INDEX "_CategoryToPost_B_index" ON "_CategoryToPost"("B");
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");
CREATE INDEX "Comment_postId_idx" ON "Comment"("postId");
CREATE UNIQUE INDEX "UserProfile_userId_key" ON "UserProfile"("userId");
CREATE INDEX "Post_title_idx" ON "Post"("title");
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");
CREATE UNIQUE INDEX "Tag_label_key" ON "Tag"("label");
CREATE UNIQUE INDEX "Category_name_key" ON "Category"("name");
COMMIT;
