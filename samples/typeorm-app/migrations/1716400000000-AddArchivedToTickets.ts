import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";
import { TICKETS } from "../schema-names";

export class AddArchivedToTickets1716400000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.addColumn(TICKETS, new TableColumn({ name: "archived", type: "boolean", default: false }));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropColumn(TICKETS, "archived");
    }
}
