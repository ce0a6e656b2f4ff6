import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { bilingualImportLimits } from "@/lib/env";
import { ImportBilingualForm } from "./_components/import-bilingual-form";

export const metadata: Metadata = { title: "Import a bilingual file" };

export default async function ImportBilingualPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "document.import")) forbidden();
  const { maxBytes, maxMegabytes, maxUnits } = bilingualImportLimits();
  return (
    <main>
      <h1>Import a bilingual file</h1>
      <p className="subtle">
        XLIFF 1.2 or 2.0, TMX, or CSV/TSV with source and target columns. Each unit becomes one segment, already
        aligned; states become review statuses and notes become issues (other tools’ comments as neutral source issues).
        A file that cannot be read is refused whole, with the line and column of the problem. Files up to{" "}
        {maxMegabytes} MB and {maxUnits.toLocaleString("en")} units are imported in the background with a progress bar.
      </p>
      <ImportBilingualForm maxBytes={maxBytes} maxMegabytes={maxMegabytes} />
    </main>
  );
}
