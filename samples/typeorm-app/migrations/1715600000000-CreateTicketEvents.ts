import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateTicketEvents1715600000000 implements MigrationInterface {
    name = "CreateTicketEvents1715600000000";

    public async up(queryRunner: QueryRunner): Promise<void> {
        if (queryRunner.connection.options.type === "postgres") {
            await queryRunner.query(`CREATE TABLE "ticket_events" ("id" SERIAL NOT NULL, "ticket_id" integer NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "PK_d61d07653b492eca67f9bad8ec2" PRIMARY KEY ("id"))`);
            await queryRunner.query(`CREATE INDEX "IDX_9cf43c4478294faa98129c47c2" ON "ticket_events" ("ticket_id") `);
            await queryRunner.query(`ALTER TABLE "ticket_events" ADD CONSTRAINT "FK_9cf43c4478294faa98129c47c21" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        } else if (queryRunner.connection.options.type === "mariadb") {
            await queryRunner.query(`CREATE TABLE \`ticket_events\` (\`id\` int NOT NULL AUTO_INCREMENT, \`ticket_id\` int NOT NULL, \`payload\` json NOT NULL, INDEX \`IDX_9cf43c4478294faa98129c47c2\` (\`ticket_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
            await queryRunner.query(`ALTER TABLE \`ticket_events\` ADD CONSTRAINT \`FK_9cf43c4478294faa98129c47c21\` FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
        } else {
            await queryRunner.query(`CREATE TABLE "ticket_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ticket_id" integer NOT NULL, "payload" text NOT NULL, CONSTRAINT "FK_9cf43c4478294faa98129c47c21" FOREIGN KEY ("ticket_id") REFERENCES "tickets" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
            await queryRunner.query(`CREATE INDEX "IDX_9cf43c4478294faa98129c47c2" ON "ticket_events" ("ticket_id") `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE ticket_events`);
    }
}
