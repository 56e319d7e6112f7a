import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

export class AddLastLoginToUsers1715800000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        // Some installations added the column by hand before this migration existed.
        if (!(await queryRunner.hasColumn("users", "last_login_at"))) {
            await queryRunner.addColumn("users", new TableColumn({ name: "last_login_at", type: "timestamp", isNullable: true }));
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropColumn("users", "last_login_at");
    }
}
