-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ImportBatch";
PRAGMA foreign_keys=on;
