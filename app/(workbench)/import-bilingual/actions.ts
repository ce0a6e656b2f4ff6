"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireApiViewer } from "@/lib/auth/session";
import { importBilingualFile } from "@/lib/documents/import-bilingual";
import { describeError } from "@/lib/http";

export type ImportBilingualState = { error: string | null };

export async function importBilingual(_previous: ImportBilingualState, formData: FormData): Promise<ImportBilingualState> {
  let documentId: string;
  try {
    const viewer = await requireApiViewer();
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { error: "Choose a non-empty .xlf, .tmx, .csv or .tsv file." };
    const input = { title: String(formData.get("title") ?? ""), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    documentId = (await importBilingualFile({ viewer, input })).documentId;
  } catch (error) {
    return { error: describeError(error).message };
  }
  revalidatePath("/");
  redirect(`/documents/${documentId}`);
}
