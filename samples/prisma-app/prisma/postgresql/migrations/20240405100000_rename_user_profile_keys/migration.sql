-- AlterTable
ALTER TABLE "UserProfile" RENAME CONSTRAINT "Profile_pkey" TO "UserProfile_pkey";

-- RenameForeignKey
ALTER TABLE "UserProfile" RENAME CONSTRAINT "Profile_userId_fkey" TO "UserProfile_userId_fkey";

-- RenameIndex
ALTER INDEX "Profile_userId_key" RENAME TO "UserProfile_userId_key";
