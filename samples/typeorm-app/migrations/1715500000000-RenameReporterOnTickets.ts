import { MigrationInterface, QueryRunner } from "typeorm";
import { TICKETS } from "../schema-names";

export class RenameReporterOnTickets1715500000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        // TypeORM also renames the index and the foreign key it named after reporter_id.
        await queryRunner.renameColumn(TICKETS, "reporter_id", "author_id");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.renameColumn(TICKETS, "author_id", "reporter_id");
    }
}
