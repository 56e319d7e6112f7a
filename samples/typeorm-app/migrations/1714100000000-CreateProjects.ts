import { MigrationInterface, QueryRunner, Table } from "typeorm";

export class CreateProjects1714100000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.createTable(
            new Table({
                name: "projects",
                columns: [
                    { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
                    { name: "owner_id", type: "integer" },
                    { name: "name", type: "varchar", length: "200" },
                    { name: "description", type: "text", isNullable: true },
                ],
                indices: [{ columnNames: ["name"] }],
                foreignKeys: [
                    { columnNames: ["owner_id"], referencedTableName: "users", referencedColumnNames: ["id"], onDelete: "CASCADE" },
                ],
            }),
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropTable("projects");
    }
}
