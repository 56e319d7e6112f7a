import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

export class WidenTaskTitle1715200000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.changeColumn("tasks", "title", new TableColumn({ name: "title", type: "varchar", length: "300" }));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.changeColumn("tasks", "title", new TableColumn({ name: "title", type: "varchar", length: "200" }));
    }
}
