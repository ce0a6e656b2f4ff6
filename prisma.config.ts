import { defineConfig } from "prisma/config";

// DATABASE_URL is only needed by `prisma migrate`/`studio`; `prisma generate` works without it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db.ts seed" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/recto" },
});
