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
  /** Reverse proxies in front of Recto that append to X-Forwarded-For; 0 trusts no forwarded header. */
  RECTO_PROXY_HOPS: z.coerce.number({ error: "must be a number of proxies (0 when none)" }).int().min(0).max(10).default(0),
  RECTO_BASE_URL: z.url({ protocol: /^https?$/, error: "must be the app's address, e.g. https://recto.example.org" }).optional(),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. the output of `openssl rand -hex 32`)").optional(),
  RECTO_DIST_DIR: z.string().default(".next"),
  // Background jobs
  /**
   * Where the background jobs (imports, QA runs) run: "web" in each web server, "worker" only in
   * `npm run worker` processes. Unset: `npm start` runs them in a job process of its own (decision
   * 026) and tells its server "worker"; a server started otherwise runs them itself.
   */
  RECTO_RUN_JOBS: z.enum(["web", "worker"], { error: "must be web (the web server runs the jobs) or worker (only `npm run worker` does)" }).optional(),
  /** Set by `npm start` for its job process: the process to outlive no longer than (its id). */
  RECTO_PARENT_PID: z.coerce.number().int().positive().optional(),
  // Imports
  /** Largest bilingual file (XLIFF, TMX, CSV) one import accepts, in MB. */
  RECTO_MAX_BILINGUAL_MB: z.coerce.number().positive().max(1024).default(50),
  /** Most translation units (segments) one bilingual import may hold. */
  RECTO_MAX_IMPORT_UNITS: z.coerce.number().int().min(1).default(200_000),
  // Optional quality-estimation provider (an OpenAI-compatible chat endpoint); unset: never called.
  RECTO_QE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:11434/v1" }).optional().or(z.literal("").transform(() => undefined)),
  RECTO_QE_MODEL: z.string().min(1).optional(),
  RECTO_QE_API_KEY: z.string().min(1).optional(),
  RECTO_QE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  // Tests and benchmarks
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  HUNALIGN_BIN: z.string().optional(),
  HUNALIGN_TIME_LIMIT: z.coerce.number().positive().default(600),
  RECTO_BENCH_CACHE: z.string().optional(),
}).refine((env) => !env.RECTO_QE_URL || env.RECTO_QE_MODEL, { path: ["RECTO_QE_MODEL"], message: "is required when RECTO_QE_URL is set (the model name, e.g. llama3.1)" });

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

/** The bilingual import limits (RECTO_MAX_BILINGUAL_MB, RECTO_MAX_IMPORT_UNITS) as bytes and units. */
export function bilingualImportLimits(source: NodeJS.ProcessEnv = process.env): { maxBytes: number; maxUnits: number; maxMegabytes: number } {
  const env = readEnv(source);
  return { maxBytes: Math.floor(env.RECTO_MAX_BILINGUAL_MB * 1024 * 1024), maxUnits: env.RECTO_MAX_IMPORT_UNITS, maxMegabytes: env.RECTO_MAX_BILINGUAL_MB };
}
