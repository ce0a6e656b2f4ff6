import { readFileSync } from "node:fs";
import type pg from "pg";
import { lowerProcessPriority } from "@/lib/thread-priority";

/**
 * Whether process `pid` on this machine is the PostgreSQL backend serving the connection whose
 * client port the server sees as `clientPort` (null over a Unix socket). A backend's process title
 * names its client ("postgres: recto recto 127.0.0.1(50412) idle"), so a database on another
 * machine, whose backend ids mean nothing here, never matches a local process by chance.
 */
export function isLocalBackend(pid: number, clientPort: number | null): boolean {
  let title: string;
  try {
    title = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return false;
  }
  if (!title.startsWith("postgres: ")) return false;
  return clientPort === null ? title.includes(" [local] ") : title.includes(`(${clientPort}) `);
}

/**
 * Asks the OS to run this connection's PostgreSQL backend only on CPU that requests leave idle
 * (decision 022), when the backend is a process of this machine the server may renice. Each
 * backend is its own session, so Linux's autogroup scheduler weighs it against the whole server
 * process whatever its nice value: the autogroup's nice is set as well as the process's. Where
 * the database is elsewhere or the OS refuses, the connection keeps its priority: a preference,
 * never a failure. Returns whether the backend was lowered.
 */
export async function lowerBackendPriority(client: pg.ClientBase): Promise<boolean> {
  let backend: { pid: number; port: number | null };
  try {
    backend = (await client.query<{ pid: number; port: number | null }>("SELECT pg_backend_pid() AS pid, inet_client_port() AS port")).rows[0];
  } catch {
    return false;
  }
  return isLocalBackend(backend.pid, backend.port) && lowerProcessPriority(backend.pid);
}
