-- AlterTable
ALTER TABLE "Profile" RENAME TO "UserProfile";
