import { MigrationInterface, QueryRunner } from "typeorm";

export class BackfillTaskPriority1715900000000 implements MigrationInterface {
    name = "BackfillTaskPriority1715900000000";

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE tasks SET priority = 2 WHERE status = 'blocked'`);
    }

    public async down(): Promise<void> {
        // The old priorities are not kept.
    }
}
