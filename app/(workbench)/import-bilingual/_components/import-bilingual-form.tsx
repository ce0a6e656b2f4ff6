"use client";

import { useState, type FormEvent } from "react";
import { ImportProgress } from "../../import/_components/import-progress";

type Reply = { outcome: "queued"; jobId: string } | { error: { code: string; message: string; fields?: Record<string, string[]> } };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Uploads the file as the request body to /import-bilingual/submit, then shows the background import's progress. */
export function ImportBilingualForm({ maxBytes, maxMegabytes }: { maxBytes: number; maxMegabytes: number }) {
  const [error, setError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("Choose a non-empty .xlf, .tmx, .csv or .tsv file.");
    if (file.size > maxBytes) {
      return setError(`${file.name} is ${megabytes(file.size)}, over the ${maxMegabytes} MB limit for bilingual files; split it into smaller files.`);
    }
    const query = new URLSearchParams({ title: String(data.get("title") ?? ""), fileName: file.name });
    setIsPending(true);
    setError(null);
    try {
      const response = await fetch(`/import-bilingual/submit?${query}`, { method: "POST", body: file });
      const reply = (await response.json()) as Reply;
      if ("error" in reply) setError(reply.error.fields ? Object.values(reply.error.fields).flat().join(" ") : reply.error.message);
      else setJobId(reply.jobId);
    } catch {
      setError("The server did not answer; check your connection and try again.");
    } finally {
      setIsPending(false);
    }
  };

  if (jobId) return <ImportProgress jobId={jobId} />;
  return (
    <form onSubmit={submit} className="form">
      <label>
        Title
        <input name="title" required maxLength={300} />
      </label>
      <label>
        Bilingual file
        <input name="file" type="file" accept=".xlf,.xliff,.xlf2,.tmx,.csv,.tsv" required />
      </label>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <button className="button" type="submit" disabled={isPending}>
        {isPending ? "Uploading…" : "Import"}
      </button>
    </form>
  );
}
