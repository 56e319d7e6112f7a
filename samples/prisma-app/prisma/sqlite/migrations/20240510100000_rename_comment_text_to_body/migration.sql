-- AlterTable
ALTER TABLE "Comment" RENAME COLUMN "text" TO "body";
