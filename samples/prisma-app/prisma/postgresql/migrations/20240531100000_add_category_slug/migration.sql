-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "slug" TEXT NOT NULL DEFAULT '';

-- Backfill: one slug per category before the unique index (added by hand)
UPDATE "Category" SET "slug" = lower("name");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");
