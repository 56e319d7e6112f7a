import { MigrationInterface, QueryRunner } from "typeorm";

export class SeedDefaultTags1714300000000 implements MigrationInterface {
    name = "SeedDefaultTags1714300000000";

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`INSERT INTO tags (id, label) VALUES (1, 'bug'), (2, 'feature'), (3, 'chore')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM tags WHERE id IN (1, 2, 3)`);
    }
}
