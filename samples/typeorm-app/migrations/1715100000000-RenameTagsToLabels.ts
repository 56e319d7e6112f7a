import { MigrationInterface, QueryRunner } from "typeorm";

export class RenameTagsToLabels1715100000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.renameTable("tags", "labels");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.renameTable("labels", "tags");
    }
}
