import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

export class AddSlugToProjects1716200000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.addColumn("projects", new TableColumn({ name: "slug", type: "varchar", length: "80", isNullable: true, isUnique: true }));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropColumn("projects", "slug");
    }
}
