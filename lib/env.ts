import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Reverse proxies in front of Recto that append to X-Forwarded-For; 0 trusts no forwarded header. */
  RECTO_PROXY_HOPS: z.coerce.number({ error: "must be a number of proxies (0 when none)" }).int().min(0).max(10).default(0),
  RECTO_DATA_DIR: z.string().min(1).default(".data"),
  RECTO_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Largest bilingual file (XLIFF, TMX, CSV) one import accepts, in MB. */
  RECTO_MAX_BILINGUAL_MB: z.coerce.number().positive().max(1024).default(50),
  /** Most translation units (segments) one bilingual import may hold. */
  RECTO_MAX_IMPORT_UNITS: z.coerce.number().int().min(1).default(200_000),
});

export type Env = z.infer<typeof envSchema>;

/** Parses process.env; throws an Error whose message is one line per bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid configuration: ${lines.join("; ")}`);
}

/** The bilingual import limits (RECTO_MAX_BILINGUAL_MB, RECTO_MAX_IMPORT_UNITS) as bytes and units. */
export function bilingualImportLimits(source: NodeJS.ProcessEnv = process.env): { maxBytes: number; maxUnits: number; maxMegabytes: number } {
  const env = readEnv(source);
  return { maxBytes: Math.floor(env.RECTO_MAX_BILINGUAL_MB * 1024 * 1024), maxUnits: env.RECTO_MAX_IMPORT_UNITS, maxMegabytes: env.RECTO_MAX_BILINGUAL_MB };
}
