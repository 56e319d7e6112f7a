import { MigrationInterface, QueryRunner, Table } from "typeorm";
import { TICKETS } from "../schema-names";
import { addTimestamps } from "../migration-helpers";

export class CreateTickets1715400000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.createTable(
            new Table({
                name: TICKETS,
                columns: [
                    { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
                    { name: "reporter_id", type: "integer" },
                    { name: "subject", type: "varchar", length: "200" },
                ],
                indices: [{ columnNames: ["subject", "reporter_id"] }],
                foreignKeys: [{ columnNames: ["reporter_id"], referencedTableName: "users", referencedColumnNames: ["id"] }],
            }),
        );
        await addTimestamps(queryRunner, TICKETS);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropTable(TICKETS);
    }
}
