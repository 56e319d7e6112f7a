import { MigrationInterface, QueryRunner } from "typeorm";

export class RenameDisplayNameOnUsers1714700000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.renameColumn("users", "display_name", "full_name");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.renameColumn("users", "full_name", "display_name");
    }
}
