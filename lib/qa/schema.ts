import { z } from "zod";
import { GLOSSARY_KINDS } from "./types";

const phraseList = z.array(z.string().min(1).max(80)).max(50);

export const roleReversalPatternSchema = z.object({
  sourceNouns: phraseList.default([]),
  targetNouns: phraseList.default([]),
  sourceAgentMarkers: phraseList.default(["de", "d'", "du", "des", "par", "menée par", "mené par"]),
  sourcePatientMarkers: phraseList.default(["contre", "sur", "visant"]),
  targetAgentMarkers: phraseList.default(["by", "led by", "carried out by"]),
  targetPatientMarkers: phraseList.default(["on", "against", "targeting"]),
  adjectiveIsAgent: z.boolean().default(true),
});

export const glossaryEntrySchema = z
  .object({
    id: z.string().min(1),
    sourceTerm: z.string().min(1).max(200),
    targetTerms: z.array(z.string().min(1).max(200)).min(1).max(20),
    kind: z.enum(GLOSSARY_KINDS).default("term"),
    pattern: roleReversalPatternSchema.optional(),
    note: z.string().max(500).optional(),
  })
  .refine((entry) => entry.kind !== "role_reversal" || entry.pattern !== undefined, {
    message: "A role-reversal entry needs a pattern",
    path: ["pattern"],
  });

export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;

/** Shape of `recto qa --input pairs.json`: Recto's JSON export of segments. Text is kept byte for byte. */
export const qaPairsInputSchema = z.array(
  z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    source: z.string(),
    target: z.string(),
    kind: z.string().optional(),
  }),
);

export type QaPairsInput = z.infer<typeof qaPairsInputSchema>;
