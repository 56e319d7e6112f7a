-- DropTable
DROP TABLE `ImportBatch`;
