import { MigrationInterface, QueryRunner } from "typeorm";

export class RenameTicketEventsToActivities1716100000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        // Its primary key, index and foreign key carry TypeORM's default names: they are renamed too.
        await queryRunner.renameTable("ticket_events", "ticket_activities");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.renameTable("ticket_activities", "ticket_events");
    }
}
