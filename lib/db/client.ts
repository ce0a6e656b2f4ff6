import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

import type { Prisma } from "@/generated/prisma/client";
import { readEnv } from "@/lib/env";

export type { Prisma };

const globalForPrisma = globalThis as unknown as { recto?: { url: string; client: PrismaClient } };

/**
 * The process-wide Prisma client for DATABASE_URL (read on first use, so tests can point each
 * file at its own database first). Cached on globalThis so Next's dev reloads reuse the pool.
 */
export function getPrisma(): PrismaClient {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Recto with `npm start`, which provides one.");
  const cached = globalForPrisma.recto;
  if (cached && cached.url === url) return cached.client;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  globalForPrisma.recto = { url, client };
  return client;
}

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
