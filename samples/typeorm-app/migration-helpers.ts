import { QueryRunner, TableColumn } from "typeorm";

/** The created_at / updated_at pair every table of the app has. */
export async function addTimestamps(queryRunner: QueryRunner, table: string): Promise<void> {
    await queryRunner.addColumn(table, new TableColumn({ name: "created_at", type: "timestamp", default: "CURRENT_TIMESTAMP" }));
    await queryRunner.addColumn(table, new TableColumn({ name: "updated_at", type: "timestamp", isNullable: true }));
}
