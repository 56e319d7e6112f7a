import { MigrationInterface, QueryRunner } from "typeorm";

export class DropImportBatches1714900000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropTable("import_batches");
    }

    public async down(): Promise<void> {
        // The staging table held nothing worth restoring.
    }
}
