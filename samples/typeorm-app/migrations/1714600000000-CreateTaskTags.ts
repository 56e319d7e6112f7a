import { MigrationInterface, QueryRunner, Table, TableForeignKey } from "typeorm";

export class CreateTaskTags1714600000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.createTable(
            new Table({
                name: "task_tags",
                columns: [
                    { name: "task_id", type: "integer", isPrimary: true },
                    { name: "tag_id", type: "integer", isPrimary: true },
                ],
            }),
        );
        await queryRunner.createForeignKey(
            "task_tags",
            new TableForeignKey({ columnNames: ["task_id"], referencedTableName: "tasks", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
        );
        await queryRunner.createForeignKey(
            "task_tags",
            new TableForeignKey({ columnNames: ["tag_id"], referencedTableName: "tags", referencedColumnNames: ["id"] }),
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropTable("task_tags");
    }
}
