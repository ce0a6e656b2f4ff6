import { z } from "zod";

/** Largest text accepted per side (characters); a book is ~2 MB. */
export const MAX_TEXT_CHARS = 20_000_000;

// Texts are kept byte for byte: never trimmed or normalised here.
const sideText = (label: string) =>
  z
    .string({ error: `${label} text is required` })
    .max(MAX_TEXT_CHARS, `${label} text is over ${MAX_TEXT_CHARS.toLocaleString("en")} characters`)
    .refine((text) => text.trim().length > 0, `${label} text is empty`);

export const importDocumentSchema = z.object({
  title: z.string().trim().min(1, "Title is required").max(300, "Title is over 300 characters"),
  sourceText: sideText("French source"),
  targetText: sideText("English"),
  provenance: z.string().max(2000).default(""),
  /** Import even when the texts do not look French and English. */
  allowLanguageMismatch: z.boolean().default(false),
  /** Stable key for seeded documents, so seeding twice imports once. */
  seedKey: z.string().min(1).max(100).optional(),
});

export type ImportDocumentInput = z.input<typeof importDocumentSchema>;
