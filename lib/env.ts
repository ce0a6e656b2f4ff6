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
  RECTO_DATA_DIR: z.string().min(1).default(".data"),
  RECTO_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  // Optional quality-estimation provider (an OpenAI-compatible chat endpoint); unset: never called.
  RECTO_QE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:11434/v1" }).optional().or(z.literal("").transform(() => undefined)),
  RECTO_QE_MODEL: z.string().min(1).optional(),
  RECTO_QE_API_KEY: z.string().min(1).optional(),
  RECTO_QE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
}).refine((env) => !env.RECTO_QE_URL || env.RECTO_QE_MODEL, { path: ["RECTO_QE_MODEL"], message: "is required when RECTO_QE_URL is set (the model name, e.g. llama3.1)" });

export type Env = z.infer<typeof envSchema>;

/** Parses process.env; throws an Error whose message is one line per bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid configuration: ${lines.join("; ")}`);
}
