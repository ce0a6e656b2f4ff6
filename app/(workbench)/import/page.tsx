import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { BACKGROUND_IMPORT_CHARS, MAX_UPLOAD_BYTES } from "@/lib/documents/import-upload";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import a document" };

export default async function ImportPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "document.import")) forbidden();
  return (
    <main>
      <h1>Import a document</h1>
      <p className="subtle">
        Paste or upload (.txt or .md, up to {MAX_UPLOAD_BYTES / 1024 / 1024} MB) the French original and its English
        adaptation. Recto aligns them sentence by sentence; texts over {BACKGROUND_IMPORT_CHARS.toLocaleString("en")} characters
        are imported in the background with a progress bar.
      </p>
      <ImportForm />
    </main>
  );
}
