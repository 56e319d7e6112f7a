-- AlterTable
ALTER TABLE "User" ADD COLUMN "handle" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");
