"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { ImportJobStatus } from "@/lib/documents/import-job";
import styles from "./import.module.css";

const POLL_MS = 700;

/** Polls a background import until it succeeds (then links to the document) or fails (then says why). */
export function ImportProgress({ jobId }: { jobId: string }) {
  const [job, setJob] = useState<ImportJobStatus | null>(null);
  const [pollError, setPollError] = useState<string | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isActive = true;
    const poll = async () => {
      try {
        const response = await fetch(`/import/jobs/${jobId}`, { cache: "no-store" });
        const body = await response.json();
        if (!isActive) return;
        if (!response.ok) return setPollError(body?.error?.message ?? "Cannot read the import's progress.");
        setPollError(null);
        setJob(body as ImportJobStatus);
        if (body.status === "succeeded" || body.status === "failed") return;
      } catch {
        if (isActive) setPollError("Lost contact with the server; still trying…");
      }
      if (isActive) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      isActive = false;
      clearTimeout(timer);
    };
  }, [jobId]);

  const percent = Math.round((job?.progress ?? 0) * 100);
  const message = job?.message ?? "Waiting for the background worker…";
  return (
    <section className="card" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">Importing{job ? ` “${job.title}”` : ""}</h2>
      <div className={styles.bar} role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={percent} aria-valuetext={`${percent}%: ${message}`}>
        <span style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite">{percent}% · {message}</p>
      {job?.status === "succeeded" && job.documentId ? (
        <p><Link className="button" href={`/documents/${job.documentId}`}>Open the document</Link></p>
      ) : null}
      {job?.status === "failed" ? <p role="alert" className="error">{job.error}</p> : null}
      {pollError ? <p role="alert" className="error">{pollError}</p> : null}
    </section>
  );
}
