import { MigrationInterface, QueryRunner } from "typeorm";

export class CreateTags1714200000000 implements MigrationInterface {
    name = "CreateTags1714200000000";

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE tags (id integer NOT NULL, label varchar(60) NOT NULL, PRIMARY KEY (id))`);
        await queryRunner.query(`CREATE UNIQUE INDEX tags_label_unique ON tags (label)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE tags`);
    }
}
