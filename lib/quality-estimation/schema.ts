import { z } from "zod";

/** One error span as the provider reports it; everything but the English span is optional. */
export const qeErrorSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  target_span: z.string().default(""),
  source_span: z.string().default(""),
  category: z.string().default(""),
  severity: z.string().default("minor"),
  explanation: z.string().default(""),
});

/** The provider's answer: `{"errors": [...]}` (a bare array is accepted too). */
export const qeAnswerSchema = z.union([
  z.object({ errors: z.array(z.unknown()) }).transform((answer) => answer.errors),
  z.array(z.unknown()),
]);

export type QeError = z.infer<typeof qeErrorSchema>;

export type QeConfig = { url: string; model: string; apiKey?: string; timeoutMs: number };
