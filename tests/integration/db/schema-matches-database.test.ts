import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actualSchema, diffSchemas, expectedSchema, type SchemaShape } from "@/tests/support/schema-diff";

const schemaFile = new URL("../../../prisma/schema.prisma", import.meta.url);
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
let database: SchemaShape;

beforeAll(async () => {
  await client.connect();
  database = await actualSchema(client);
});
afterAll(() => client.end());

describe("the migrated database", () => {
  it("matches schema.prisma: tables, columns, types, nullability, defaults, indexes, foreign keys", async () => {
    const expected = await expectedSchema(readFileSync(schemaFile, "utf8"));
    expect(diffSchemas(expected, database)).toEqual([]);
  });

  it("reports a column added to schema.prisma without a migration", async () => {
    const changed = readFileSync(schemaFile, "utf8").replace(
      "  title             String\n",
      "  title             String\n  subtitle          String?\n",
    );
    expect(diffSchemas(await expectedSchema(changed), database)).toEqual([
      "column documents.subtitle is in schema.prisma but not in the database",
    ]);
  });

  it("reports a changed default, nullability and a missing index", async () => {
    const changed = readFileSync(schemaFile, "utf8")
      .replace('@default("fr") @map("source_language")', '@default("de") @map("source_language")')
      .replace("  provenance        String    @default(\"\")", "  provenance        String?   @default(\"\")")
      .replace("  @@index([createdAt])\n  @@map(\"documents\")", "  @@index([createdAt])\n  @@index([title])\n  @@map(\"documents\")");
    const problems = diffSchemas(await expectedSchema(changed), database);
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/documents\.source_language differs/);
    expect(problems.join("\n")).toMatch(/documents\.provenance differs/);
    expect(problems.join("\n")).toMatch(/index documents_title_idx is in schema.prisma but not in the database/);
  });
});
