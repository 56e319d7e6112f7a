import type { FrameworkAdapter } from '../model/index.js';
import { dbmate } from './dbmate/index.js';
import { drizzle } from './drizzle/index.js';
import { flyway } from './flyway/index.js';
import { golangMigrate } from './golang-migrate/index.js';
import { knex } from './knex/index.js';
import { laravel } from './laravel/index.js';
import { prisma } from './prisma/index.js';
import { sequelize } from './sequelize/index.js';
import { typeorm } from './typeorm/index.js';

/** Framework adapters by the name `--framework` takes; a new one is a folder and one entry here. */
export const frameworks: Readonly<Record<string, FrameworkAdapter>> = {
  laravel,
  knex,
  sequelize,
  typeorm,
  prisma,
  dbmate,
  drizzle,
  flyway,
  'golang-migrate': golangMigrate,
};
