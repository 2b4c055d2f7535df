import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { StaffRole } from '../electron/shared/schemas/staff';

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** The staff directory. A removed person keeps their row so history can still name them. */
export const people = sqliteTable('people', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  title: text('title').notNull().default(''),
  team: text('team').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  roles: text('roles', { mode: 'json' }).$type<StaffRole[]>().notNull().default(sql`'[]'`),
  removedAt: text('removed_at'),
  ...timestamps,
});

/** Per-installation preferences as key/JSON-value pairs. */
export const preferences = sqliteTable('preferences', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});
