import { z } from "zod";
import { roleReversalPatternSchema } from "@/lib/qa/schema";
import { GLOSSARY_KINDS, type GlossaryKind } from "@/lib/qa/types";
import { rowId } from "@/lib/ids";
import { plainText } from "@/lib/text-schema";


const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** A list typed in one box ("attack, offensive" or one per line), or an array. */
const termList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/[,\n]/).map((term) => term.trim()).filter(Boolean) : value),
  z.array(plainText("A rendering").trim().min(1).max(200, "A rendering is over 200 characters")).min(1, "Give at least one English rendering").max(20, "At most 20 renderings"),
);

/** lib/qa's pattern form, as an object or as the JSON text typed in the glossary form. */
const patternInput = z.preprocess((value, context) => {
  if (typeof value !== "string") return value ?? undefined;
  if (value.trim() === "") return undefined;
  try {
    return JSON.parse(value);
  } catch (error) {
    context.issues.push({ code: "custom", message: `Pattern is not valid JSON: ${(error as Error).message}`, input: value });
    return z.NEVER;
  }
}, roleReversalPatternSchema.optional());

const entryFields = {
  sourceTerm: plainText("French term").trim().min(1, "French term is required").max(200, "French term is over 200 characters"),
  targetTerms: termList,
  pattern: patternInput,
  note: plainText("Note").max(500, "Note is over 500 characters").default(""),
};

const needsPattern = (entry: { kind: GlossaryKind; pattern?: unknown }) => entry.kind !== "role_reversal" || entry.pattern !== undefined;
const PATTERN_REQUIRED = { message: "A role-reversal rule needs a pattern", path: ["pattern"] };

/** `documentId` null (or empty) makes a global entry, used for every document. */
export const createGlossaryEntrySchema = z
  .object({
    documentId: z.preprocess(emptyToNull, rowId("Document").nullable()),
    kind: z.enum(GLOSSARY_KINDS, { error: "Kind must be term or role_reversal" }),
    ...entryFields,
  })
  .refine(needsPattern, PATTERN_REQUIRED);
export type CreateGlossaryEntryInput = z.input<typeof createGlossaryEntrySchema>;

/** Scope and kind stay as created; the texts, pattern and note change. */
const seenUpdatedAt = z.iso.datetime({ offset: true, error: "seenUpdatedAt must be the entry's updatedAt, as an ISO date" });

export const updateGlossaryEntrySchema = z.object({
  entryId: rowId("Glossary entry"),
  ...entryFields,
  /** The entry's updatedAt as the editor saw it; CONFLICT when someone changed it since. */
  seenUpdatedAt: seenUpdatedAt.optional(),
});
export type UpdateGlossaryEntryInput = z.input<typeof updateGlossaryEntrySchema>;
/** What the glossary page sends: it always says which version of the entry the editor saw. */
export const updateGlossaryEntryRequestSchema = updateGlossaryEntrySchema.extend({ seenUpdatedAt });

export const deleteGlossaryEntrySchema = z.object({ entryId: rowId("Glossary entry") });
export type DeleteGlossaryEntryInput = z.input<typeof deleteGlossaryEntrySchema>;
