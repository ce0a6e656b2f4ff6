"use client";

import { useCallback, useRef, useState } from "react";
import { SEGMENT_PAGE_SIZE } from "@/lib/documents/schema";
import type { SegmentRow } from "@/lib/documents/workspace-types";
import { useListTotalPublisher } from "./list-total";

const PAGE_SIZE = SEGMENT_PAGE_SIZE;

type Page = { total: number; rows: SegmentRow[] };

/**
 * The filtered segment list, loaded a page at a time from the segments route as the virtual
 * list asks for rows. `refresh` reloads the pages last asked for (after a change), keeping the
 * old rows on screen until the new ones arrive.
 */
export function useSegmentPages(documentId: string, query: string, initial: Page) {
  const [total, setTotal] = useState(initial.total);
  const [pages, setPages] = useState(() => new Map<number, SegmentRow[]>([[0, initial.rows]]));
  const inFlight = useRef(new Set<number>());
  const lastRange = useRef<[number, number]>([0, 0]);
  const [error, setError] = useState<string | null>(null);

  // A router refresh (after an action's revalidatePath) brings a new first page: adopt it while rendering.
  const [seenInitial, setSeenInitial] = useState(initial);
  if (seenInitial !== initial) {
    setSeenInitial(initial);
    setTotal(initial.total);
    setPages((old) => new Map(old).set(0, initial.rows));
  }

  const fetchPage = useCallback(
    async (page: number) => {
      if (inFlight.current.has(page)) return;
      inFlight.current.add(page);
      try {
        const params = new URLSearchParams(query);
        params.set("cursor", String(page * PAGE_SIZE));
        params.set("limit", String(PAGE_SIZE));
        const response = await fetch(`/api/v1/documents/${documentId}/segments?${params}`, { cache: "no-store" });
        const body = await response.json();
        if (!response.ok) throw new Error(body?.error?.message ?? `Loading segments failed (${response.status})`);
        setTotal(body.total);
        setPages((old) => new Map(old).set(page, body.rows));
        setError(null);
      } catch (cause) {
        setError((cause as Error).message);
      } finally {
        inFlight.current.delete(page);
      }
    },
    [documentId, query],
  );

  const ensureRange = useCallback(
    (start: number, end: number) => {
      lastRange.current = [start, end];
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page += 1) {
        if (!pages.has(page)) void fetchPage(page);
      }
    },
    [pages, fetchPage],
  );

  const refresh = useCallback(() => {
    const [start, end] = lastRange.current;
    for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page += 1) void fetchPage(page);
  }, [fetchPage]);

  // Live updates (use-live-document.ts): only the loaded pages holding the changed segments.
  const refreshRows = useCallback((segmentIds: string[]) => {
    const wanted = new Set(segmentIds);
    for (const [page, rows] of pages) if (rows.some((row) => wanted.has(row.id))) void fetchPage(page);
  }, [pages, fetchPage]);

  const positionOf = useCallback((segmentId: string) => {
    for (const rows of pages.values()) for (const row of rows) if (row.id === segmentId) return row.position;
    return undefined;
  }, [pages]);

  useListTotalPublisher(total);

  const getRow = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);

  return { total, getRow, ensureRange, refresh, refreshRows, positionOf, error };
}
