import type { getSegmentDetail } from "@/lib/documents/queries";

export type SegmentDetail = Awaited<ReturnType<typeof getSegmentDetail>>;
export type DetailIssue = SegmentDetail["issues"][number];
export type DetailSuggestion = SegmentDetail["suggestions"][number];

export type ViewerAbilities = { userId: string; canReview: boolean; canCloseIssues: boolean; canEditDirectly: boolean; canEditAlignment: boolean; allowSelfApproval: boolean };

/** Runs one server action; resolves to an error message for the user, or null on success. */
export type RunAction = <Input>(action: (input: Input) => Promise<unknown>, input: Input) => Promise<string | null>;
