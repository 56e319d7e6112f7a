import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

export class ReplaceProjectDescription1715000000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.addColumn("projects", new TableColumn({ name: "summary", type: "varchar", length: "500", isNullable: true }));
        await queryRunner.dropColumn("projects", "description");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.addColumn("projects", new TableColumn({ name: "description", type: "text", isNullable: true }));
        await queryRunner.dropColumn("projects", "summary");
    }
}
