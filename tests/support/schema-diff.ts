import internals from "@prisma/internals";
import type pg from "pg";

type DmmfField = {
  name: string; dbName?: string | null; kind: string; isList: boolean; isRequired: boolean; type: string;
  nativeType?: [string, string[]] | null; default?: unknown; hasDefaultValue: boolean;
  relationFromFields?: string[]; relationToFields?: string[]; relationOnDelete?: string; relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[]; primaryKey: { name: string | null } | null };
type DmmfIndex = { model: string; type: string; dbName?: string | null; name?: string | null; fields: { name: string }[] };

export type Column = { type: string; nullable: boolean; default: string | null };
export type SchemaShape = {
  enums: Record<string, string[]>;
  tables: Record<string, Record<string, Column>>;
  indexes: Record<string, { table: string; columns: string[]; unique: boolean }>;
  foreignKeys: Record<string, { table: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string; onUpdate: string }>;
};

const SCALAR_TYPES: Record<string, string> = {
  String: "text", Int: "integer", BigInt: "bigint", Float: "double precision", Boolean: "boolean",
  DateTime: "timestamp(3) without time zone", Json: "jsonb", Decimal: "numeric(65,30)", Bytes: "bytea",
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => "uuid", Text: () => "text", Timestamptz: (a) => `timestamp(${a[0] ?? 6}) with time zone`,
  Timestamp: (a) => `timestamp(${a[0] ?? 6}) without time zone`, VarChar: (a) => `character varying(${a[0]})`,
  Integer: () => "integer", BigInt: () => "bigint", DoublePrecision: () => "double precision", JsonB: () => "jsonb",
};
const ACTIONS: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

/** What the migrated database must look like, read from schema.prisma by Prisma's own parser. */
export async function expectedSchema(datamodel: string): Promise<SchemaShape> {
  const dmmf = await internals.getDMMF({ datamodel });
  const models = dmmf.datamodel.models as unknown as DmmfModel[];
  const enumNames = new Map(dmmf.datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: DmmfModel, field: string) => {
    const found = model.fields.find((f) => f.name === field);
    return found?.dbName ?? field;
  };
  const shape: SchemaShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };
  for (const e of dmmf.datamodel.enums) shape.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);
  for (const model of models) {
    const table = tableOf.get(model.name)!;
    const columns: Record<string, Column> = {};
    for (const field of model.fields.filter((f) => f.kind !== "object")) {
      const base = field.kind === "enum" ? enumNames.get(field.type)! : field.nativeType
        ? NATIVE_TYPES[field.nativeType[0]](field.nativeType[1]) : SCALAR_TYPES[field.type];
      columns[field.dbName ?? field.name] = {
        type: field.isList ? `${base}[]` : base,
        // Prisma creates scalar lists as nullable columns.
        nullable: field.isList || !field.isRequired,
        default: expectedDefault(field, base),
      };
    }
    shape.tables[table] = columns;
    for (const field of model.fields.filter((f) => f.relationFromFields?.length)) {
      const cols = field.relationFromFields!.map((f) => columnOf(model, f));
      const target = models.find((m) => m.name === field.type)!;
      const required = field.relationFromFields!.every((f) => model.fields.find((x) => x.name === f)?.isRequired);
      shape.foreignKeys[`${table}_${cols.join("_")}_fkey`] = {
        table, columns: cols, refTable: tableOf.get(field.type)!,
        refColumns: field.relationToFields!.map((f) => columnOf(target, f)),
        onDelete: field.relationOnDelete ?? (required ? "Restrict" : "SetNull"),
        onUpdate: field.relationOnUpdate ?? "Cascade",
      };
    }
  }
  for (const index of dmmf.datamodel.indexes as unknown as DmmfIndex[]) {
    const model = models.find((m) => m.name === index.model)!;
    const table = tableOf.get(model.name)!;
    const cols = index.fields.map((f) => columnOf(model, f.name));
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? `${cols.join("_")}_key` : `${cols.join("_")}_idx`;
    const name = index.dbName ?? (index.type === "id" ? model.primaryKey?.name : null) ?? `${table}_${suffix}`;
    shape.indexes[name] = { table, columns: cols, unique: index.type !== "normal" };
  }
  return shape;
}

function expectedDefault(field: DmmfField, type: string): string | null {
  const value = field.default;
  if (!field.hasDefaultValue || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? `ARRAY[]::${type}[]` : `ARRAY[${value.join(", ")}]`;
  if (typeof value === "object" && value && "name" in value) {
    const fn = value as { name: string; args: unknown[] };
    if (fn.name === "now") return "CURRENT_TIMESTAMP";
    if (fn.name === "autoincrement") return "nextval(sequence)";
    if (fn.name === "dbgenerated") return String(fn.args[0]);
    return null; // uuid(), cuid(): generated by the client, not the database
  }
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'::${type}`;
  return String(value);
}

/** What the database really has in schema `public`, from pg_catalog. */
export async function actualSchema(client: pg.Client): Promise<SchemaShape> {
  const shape: SchemaShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };
  const enums = await client.query(`
    SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`);
  for (const row of enums.rows) shape.enums[row.name] = row.labels;
  const columns = await client.query(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
           NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      AND c.relname <> '_prisma_migrations'`);
  for (const row of columns.rows) {
    const normalised = row.default?.startsWith("nextval(") ? "nextval(sequence)" : row.default;
    (shape.tables[row.table] ??= {})[row.column] = { type: row.type, nullable: row.nullable, default: normalised };
  }
  // Partial and expression indexes cannot be written in schema.prisma; they live in migration SQL only.
  const indexes = await client.query(`
    SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique,
           array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
    FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations' AND ix.indpred IS NULL AND ix.indexprs IS NULL`);
  for (const row of indexes.rows) shape.indexes[row.name] = { table: row.table, columns: row.columns, unique: row.unique };
  const fks = await client.query(`
    SELECT con.conname AS name, t.relname AS table, r.relname AS ref_table, con.confdeltype AS del, con.confupdtype AS upd,
           array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns,
           array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS ref_columns
    FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace WHERE con.contype = 'f' AND n.nspname = 'public'`);
  for (const row of fks.rows) {
    shape.foreignKeys[row.name] = { table: row.table, columns: row.columns, refTable: row.ref_table, refColumns: row.ref_columns, onDelete: ACTIONS[row.del], onUpdate: ACTIONS[row.upd] };
  }
  return shape;
}

/** Every difference, one readable line each; empty when the database matches the schema. */
export function diffSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const out: string[] = [];
  const compare = <T>(kind: string, want: Record<string, T>, have: Record<string, T>, describe: (name: string) => string = (n) => n) => {
    for (const name of Object.keys(want)) {
      if (!(name in have)) out.push(`${kind} ${describe(name)} is in schema.prisma but not in the database`);
      else if (JSON.stringify(want[name]) !== JSON.stringify(have[name])) out.push(`${kind} ${describe(name)} differs: schema ${JSON.stringify(want[name])}, database ${JSON.stringify(have[name])}`);
    }
    for (const name of Object.keys(have)) if (!(name in want)) out.push(`${kind} ${describe(name)} is in the database but not in schema.prisma`);
  };
  compare("enum", expected.enums, actual.enums);
  const tableNames = new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)]);
  for (const table of tableNames) {
    if (!expected.tables[table]) out.push(`table ${table} is in the database but not in schema.prisma`);
    else if (!actual.tables[table]) out.push(`table ${table} is in schema.prisma but not in the database`);
    else compare("column", expected.tables[table], actual.tables[table], (c) => `${table}.${c}`);
  }
  compare("index", expected.indexes, actual.indexes);
  compare("foreign key", expected.foreignKeys, actual.foreignKeys);
  return out;
}
