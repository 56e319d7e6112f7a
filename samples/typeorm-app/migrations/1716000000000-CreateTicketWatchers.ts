import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";
import { TICKETS, Tables } from "../schema-names";

export class CreateTicketWatchers1716000000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.createTable(
            new Table({
                name: Tables.Watchers,
                columns: [
                    { name: "ticket_id", type: "integer", isPrimary: true },
                    { name: "user_id", type: "integer", isPrimary: true },
                    { name: "muted", type: "boolean", default: false },
                ],
            }),
        );
        await queryRunner.createForeignKey(
            Tables.Watchers,
            new TableForeignKey({ columnNames: ["ticket_id"], referencedTableName: TICKETS, referencedColumnNames: ["id"], onDelete: "CASCADE" }),
        );
        await queryRunner.createIndex(Tables.Watchers, new TableIndex({ columnNames: ["user_id"] }));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropTable(Tables.Watchers);
    }
}
