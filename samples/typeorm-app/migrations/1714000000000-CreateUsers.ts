import { MigrationInterface, QueryRunner, Table } from "typeorm";

export class CreateUsers1714000000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.createTable(
            new Table({
                name: "users",
                columns: [
                    { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
                    { name: "email", type: "varchar", length: "255", isUnique: true },
                    { name: "display_name", type: "varchar", length: "100" },
                    { name: "is_active", type: "boolean", default: true },
                    { name: "created_at", type: "timestamp", default: "CURRENT_TIMESTAMP" },
                ],
            }),
            true,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropTable("users");
    }
}
