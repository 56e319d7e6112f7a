-- AlterTable
ALTER TABLE `User` ADD COLUMN `handle` VARCHAR(191) NULL;

-- CreateIndex
CREATE UNIQUE INDEX `User_handle_key` ON `User`(`handle`);
