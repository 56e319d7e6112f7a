-- RedefineIndex
DROP INDEX "Profile_userId_key";
CREATE UNIQUE INDEX "UserProfile_userId_key" ON "UserProfile"("userId");
