-- AlterTable
ALTER TABLE "Post" RENAME COLUMN "content" TO "body";
