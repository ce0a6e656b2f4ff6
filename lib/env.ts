import { z } from "zod";

// Every setting Recto reads from the environment, in one schema: add a line here (and a row to the
// README's configuration table), then read it with readEnv().NAME. An empty value counts as unset.
// Not here: NEXT_RUNTIME, which Next.js sets and replaces at build time, so it is read literally.

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
/** "1"/"true" or "0"/"false". */
const flag = z.enum(["1", "true", "0", "false"], { error: "must be 1 or 0" }).transform((value) => value === "1" || value === "true");

const envSchema = z.object({
  // Database
  DATABASE_URL: z.string().trim().refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgres:// or postgresql://").optional(),
  RECTO_DATA_DIR: z.string().default(".data"),
  RECTO_PG_PORT: port(54329),
  RECTO_DEMO: flag.optional(),
  // Web server
  PORT: port(3000),
  HOST: z.string().default("127.0.0.1"),
  RECTO_BASE_URL: z.url({ protocol: /^https?$/, error: "must be the app's address, e.g. https://recto.example.org" }).optional(),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. the output of `openssl rand -hex 32`)").optional(),
  RECTO_DIST_DIR: z.string().default(".next"),
  // Tests and benchmarks
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  HUNALIGN_BIN: z.string().optional(),
  HUNALIGN_TIME_LIMIT: z.coerce.number().positive().default(600),
  RECTO_BENCH_CACHE: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

const KEYS = Object.keys(envSchema.shape) as (keyof Env)[];
let cached: { fingerprint: string; env: Env } | undefined;

/**
 * Parses the environment (process.env by default, read again whenever one of its variables changed:
 * scripts and tests set DATABASE_URL before first use); throws an Error whose message is one line
 * per bad variable.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const values = Object.fromEntries(KEYS.map((key) => [key, source[key] === "" ? undefined : source[key]]));
  const fingerprint = JSON.stringify(values);
  if (source === process.env && cached?.fingerprint === fingerprint) return cached.env;
  const parsed = envSchema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${lines.join("; ")}`);
  }
  if (source === process.env) cached = { fingerprint, env: parsed.data };
  return parsed.data;
}
