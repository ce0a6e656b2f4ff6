import type { ServerAction } from "@/app/_components/action-result";
import type { getSegmentDetail } from "@/lib/documents/queries";
import type { ActionError } from "@/lib/errors";

export type SegmentDetail = Awaited<ReturnType<typeof getSegmentDetail>>;
export type DetailIssue = SegmentDetail["issues"][number];
export type DetailSuggestion = SegmentDetail["suggestions"][number];

export type ViewerAbilities = { userId: string; canReview: boolean; canCloseIssues: boolean; canEditDirectly: boolean; canEditAlignment: boolean; allowSelfApproval: boolean };

/** Runs one server action; resolves to its error (code, message, details), or null on success. */
export type RunAction = <Input, Data>(action: ServerAction<Input, Data>, input: Input) => Promise<ActionError | null>;
