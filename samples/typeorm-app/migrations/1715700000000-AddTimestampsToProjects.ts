import { MigrationInterface, QueryRunner } from "typeorm";
import { addTimestamps } from "../migration-helpers";

export class AddTimestampsToProjects1715700000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await addTimestamps(queryRunner, "projects");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.dropColumns("projects", ["created_at", "updated_at"]);
    }
}
