-- DropTable
DROP TABLE "ImportBatch";
