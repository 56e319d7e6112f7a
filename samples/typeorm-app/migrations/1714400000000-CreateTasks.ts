import { MigrationInterface, QueryRunner, Table, TableIndex } from "typeorm";

export class CreateTasks1714400000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.createTable(
            new Table({
                name: "tasks",
                columns: [
                    { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
                    { name: "project_id", type: "integer" },
                    { name: "title", type: "varchar", length: "200" },
                    { name: "status", type: "varchar", length: "20", default: "'open'" },
                    { name: "due_on", type: "date", isNullable: true },
                ],
                foreignKeys: [{ columnNames: ["project_id"], referencedTableName: "projects", referencedColumnNames: ["id"] }],
            }),
        );
        await queryRunner.createIndex("tasks", new TableIndex({ columnNames: ["project_id", "status"] }));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropTable("tasks");
    }
}
