import { MigrationInterface, QueryRunner } from "typeorm";
import { Tables } from "../schema-names";

export class CreateNotifications1716300000000 implements MigrationInterface {
    name = "CreateNotifications1716300000000";

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE ${Tables.Notifications} (id integer NOT NULL, user_id integer NOT NULL, body varchar(500) NOT NULL, read_at date NULL, PRIMARY KEY (id))`);
        await queryRunner.query(`CREATE INDEX IDX_5323ccd23482802bd9759e88ee ON ${Tables.Notifications} (user_id, read_at)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE ${Tables.Notifications}`);
    }
}
