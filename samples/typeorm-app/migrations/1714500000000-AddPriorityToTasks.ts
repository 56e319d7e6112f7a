import { MigrationInterface, QueryRunner } from "typeorm";

const TASKS = "tasks";

export class AddPriorityToTasks1714500000000 implements MigrationInterface {
    name = "AddPriorityToTasks1714500000000";

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("ALTER TABLE " + TASKS + " ADD COLUMN priority integer NOT NULL DEFAULT 0");
        await queryRunner.query(`CREATE INDEX ${TASKS}_priority_index ON ${TASKS} (priority)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX ${TASKS}_priority_index`);
    }
}
