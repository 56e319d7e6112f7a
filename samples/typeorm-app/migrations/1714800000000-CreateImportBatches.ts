import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateImportBatches1714800000000 implements MigrationInterface {
    name = "CreateImportBatches1714800000000";

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE import_batches (id integer NOT NULL, source varchar(100) NOT NULL, PRIMARY KEY (id))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE import_batches`);
    }
}
