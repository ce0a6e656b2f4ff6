import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

import type { Prisma } from "@/generated/prisma/client";
import { lowerBackendPriority } from "@/lib/db/backend-priority";
import { readEnv } from "@/lib/env";

export type { Prisma };

type CachedClient = { url: string; client: PrismaClient };
const globalForPrisma = globalThis as unknown as {
  recto?: CachedClient;
  rectoBackground?: CachedClient;
  /** Set while background work runs (one store per process, whichever bundle calls getPrisma). */
  rectoBackgroundWork?: AsyncLocalStorage<true>;
};

/** Connections of the background client: the jobs one process runs at a time, with room for a nested query each. */
const BACKGROUND_CONNECTIONS = 4;

function backgroundWork(): AsyncLocalStorage<true> {
  return (globalForPrisma.rectoBackgroundWork ??= new AsyncLocalStorage<true>());
}

/**
 * Runs `work` as background work: every getPrisma() inside it, however deep, answers the
 * background client, whose PostgreSQL backends the OS runs after the requests' ones (decision 022).
 * The job workers (lib/jobs/queue.ts) run each job this way.
 */
export function runAsBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return backgroundWork().run(true, work);
}

/** The client of background work: its own small pool, each connection's backend lowered as it opens. */
function getBackgroundPrisma(url: string): PrismaClient {
  const cached = globalForPrisma.rectoBackground;
  if (cached && cached.url === url) return cached.client;
  // The pool awaits onConnect before handing a new connection out; lowerBackendPriority never throws.
  const pool = new pg.Pool({ connectionString: url, max: BACKGROUND_CONNECTIONS, allowExitOnIdle: true, onConnect: lowerBackendPriority });
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  globalForPrisma.rectoBackground = { url, client };
  return client;
}

/**
 * The process-wide Prisma client for DATABASE_URL (read on first use, so tests can point each
 * file at its own database first). Cached on globalThis so Next's dev reloads reuse the pool.
 * Inside runAsBackgroundWork it is the background client instead.
 */
export function getPrisma(): PrismaClient {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Recto with `npm start`, which provides one.");
  if (backgroundWork().getStore()) return getBackgroundPrisma(url);
  const cached = globalForPrisma.recto;
  if (cached && cached.url === url) return cached.client;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  globalForPrisma.recto = { url, client };
  return client;
}

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
