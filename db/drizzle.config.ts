import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema.ts, committed, and only ever appended to.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
