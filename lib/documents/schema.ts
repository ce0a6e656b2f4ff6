import { z } from "zod";
import { rowId } from "@/lib/ids";
import { MQM_CATEGORY_IDS, MQM_SEVERITY_IDS } from "@/lib/review/mqm-score";
import { hasNul, nulMessage, plainText } from "@/lib/text-schema";

/** Largest text accepted per side (characters); a book is ~2 MB. */
export const MAX_TEXT_CHARS = 20_000_000;

// Texts are kept byte for byte: never trimmed or normalised here.
const sideText = (label: string) =>
  z
    .string({ error: `${label} text is required` })
    .refine((text) => !hasNul(text), { message: nulMessage(`${label} text`), abort: true })
    .max(MAX_TEXT_CHARS, `${label} text is over ${MAX_TEXT_CHARS.toLocaleString("en")} characters`)
    .refine((text) => text.trim().length > 0, `${label} text is empty`);

export const importDocumentSchema = z.object({
  title: plainText("Title").trim().min(1, "Title is required").max(300, "Title is over 300 characters"),
  sourceText: sideText("French source"),
  targetText: sideText("English"),
  provenance: plainText("Provenance").max(2000).default(""),
  /** Import even when the texts do not look French and English. */
  allowLanguageMismatch: z.boolean().default(false),
  /** Stable key for seeded documents, so seeding twice imports once. */
  seedKey: z.string().min(1).max(100).optional(),
});

export type ImportDocumentInput = z.input<typeof importDocumentSchema>;

export const SEGMENT_STATUS_FILTERS = ["unreviewed", "flagged", "has_suggestion", "corrected", "approved", "reviewed"] as const;
export type SegmentStatusFilter = (typeof SEGMENT_STATUS_FILTERS)[number];

/** Below this alignment confidence a segment is marked (and filterable) as doubtful. */
export const LOW_CONFIDENCE = 0.5;

/** Largest page of segments one request returns. */
export const MAX_SEGMENT_PAGE = 500;

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(emptyToUndefined, z.enum(values).optional());

/**
 * Workspace filters as they appear in the URL (`?status=flagged&category=style&low=1&q=Gaza`).
 * Unknown keys are ignored; empty values mean "any".
 */
export const segmentFiltersSchema = z.object({
  status: optionalEnum(SEGMENT_STATUS_FILTERS),
  category: optionalEnum(MQM_CATEGORY_IDS),
  severity: optionalEnum(MQM_SEVERITY_IDS),
  low: z.preprocess((value) => value === "1" || value === "true" || value === true, z.boolean()).default(false),
  q: z.preprocess(emptyToUndefined, plainText("Search").max(200, "Search is over 200 characters").optional()),
});

export type SegmentFilters = z.infer<typeof segmentFiltersSchema>;

export const segmentPageSchema = z.object({
  /** Row index in the filtered list where the page starts (0-based). */
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_SEGMENT_PAGE).default(100),
});

/** Turns filters back into URL search params, leaving out the empty ones. */
export function filtersToSearchParams(filters: SegmentFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.category) params.set("category", filters.category);
  if (filters.severity) params.set("severity", filters.severity);
  if (filters.low) params.set("low", "1");
  if (filters.q) params.set("q", filters.q);
  return params;
}

/** Rows per page of the workspace list (the first page is server-rendered). */
export const SEGMENT_PAGE_SIZE = 100;

export const BILINGUAL_EXTENSIONS = ["xlf", "xliff", "xlf2", "tmx", "csv", "tsv"] as const;

/** Title, file name and provenance of a bilingual import: what the upload route reads from its query string. */
export const bilingualUploadSchema = z.object({
  title: z.string().trim().min(1, "Title is required").max(300, "Title is over 300 characters"),
  fileName: z
    .string()
    .min(1, "File name is required")
    .refine((name) => (BILINGUAL_EXTENSIONS as readonly string[]).includes(name.split(".").pop()!.toLowerCase()), {
      message: `The file must end in ${BILINGUAL_EXTENSIONS.map((extension) => `.${extension}`).join(", ")}`,
    }),
  provenance: z.string().max(2000).default(""),
});
export type BilingualUploadInput = z.input<typeof bilingualUploadSchema>;

export const importBilingualSchema = bilingualUploadSchema
  .extend({
    bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: "File content must be bytes" }).optional(),
    /** The file on the server's disk instead of `bytes` (an upload its job copied there from PostgreSQL). */
    path: z.string().min(1).optional(),
  })
  .refine((input) => input.bytes !== undefined || input.path !== undefined, { error: "File content is required", path: ["bytes"] });
export type ImportBilingualInput = z.input<typeof importBilingualSchema>;

const documentId = rowId("Document");

export const setSelfApprovalSchema = z.object({
  documentId,
  allowSelfApproval: z.boolean({ error: "allowSelfApproval must be true or false" }),
});
export type SetSelfApprovalInput = z.input<typeof setSelfApprovalSchema>;

export const deleteDocumentSchema = z.object({ documentId });
export type DeleteDocumentInput = z.input<typeof deleteDocumentSchema>;
