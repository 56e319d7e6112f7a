import { MigrationInterface, QueryRunner, TableColumn, TableForeignKey } from "typeorm";

export class AddAssigneeToTasks1715300000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.addColumn("tasks", new TableColumn({ name: "assignee_id", type: "integer", isNullable: true }));
        await queryRunner.createForeignKey(
            "tasks",
            new TableForeignKey({ columnNames: ["assignee_id"], referencedTableName: "users", referencedColumnNames: ["id"], onDelete: "SET NULL" }),
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropColumn("tasks", "assignee_id");
    }
}
