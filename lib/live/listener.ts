import "server-only";
import pg from "pg";

/** NOTIFY channels: document changes and user changes (announced after each commit that wrote history: lib/db/transaction.ts), presence beats. */
export const LIVE_CHANNELS = ["recto_document", "recto_user", "recto_presence"] as const;
export type LiveChannel = (typeof LIVE_CHANNELS)[number];
type Handler = (payload: unknown) => void;

export type LiveListener = {
  /** Calls `handler` with each parsed payload on `channel`; returns the unsubscribe. Connects on first use. */
  subscribe: (channel: LiveChannel, handler: Handler) => () => void;
  /** Called after a lost connection is back: notifications in between were missed. */
  onReconnect: (handler: () => void) => () => void;
  /** Resolves once LISTEN is in effect (tests, benches). */
  ready: () => Promise<void>;
  close: () => Promise<void>;
};

const MAX_RETRY_MS = 5_000;

/**
 * One dedicated PostgreSQL connection that LISTENs on Recto's channels and fans notifications out
 * to in-process subscribers. Lazy: nothing connects until the first subscriber. Reconnects with
 * backoff when the connection drops, then tells `onReconnect` handlers so they can resynchronise.
 */
export function createLiveListener(url: string): LiveListener {
  const handlers = new Map<LiveChannel, Set<Handler>>(LIVE_CHANNELS.map((channel) => [channel, new Set<Handler>()]));
  const reconnectHandlers = new Set<() => void>();
  let client: pg.Client | null = null;
  let listening: Promise<void> | null = null;
  let retryMs = 250;
  let hasConnected = false;
  let isClosed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const dispatch = (message: pg.Notification) => {
    const set = handlers.get(message.channel as LiveChannel);
    if (!set || !message.payload) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message.payload);
    } catch {
      return;
    }
    for (const handler of set) {
      try {
        handler(payload);
      } catch (error) {
        console.error(`recto: a live ${message.channel} subscriber failed`, error);
      }
    }
  };

  const dropAndRetry = (failed: pg.Client) => {
    if (client !== failed) return;
    client = null;
    listening = null;
    failed.removeAllListeners("notification");
    failed.end().catch(() => undefined);
    if (isClosed) return;
    retryTimer = setTimeout(() => void start().catch(() => undefined), retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const start = (): Promise<void> => {
    if (isClosed) return Promise.reject(new Error("The live listener is closed."));
    if (listening) return listening;
    const connection = new pg.Client({ connectionString: url, keepAlive: true, application_name: "recto-live" });
    client = connection;
    connection.on("notification", dispatch);
    connection.on("error", () => dropAndRetry(connection));
    connection.on("end", () => dropAndRetry(connection));
    listening = (async () => {
      await connection.connect();
      await connection.query(LIVE_CHANNELS.map((channel) => `LISTEN ${channel}`).join("; "));
      retryMs = 250;
      if (hasConnected) for (const handler of reconnectHandlers) handler();
      hasConnected = true;
    })();
    listening.catch((error) => {
      console.error(`recto: live updates cannot listen (${(error as Error).message}); retrying`);
      dropAndRetry(connection);
    });
    return listening;
  };

  return {
    subscribe(channel, handler) {
      handlers.get(channel)!.add(handler);
      void start().catch(() => undefined);
      return () => void handlers.get(channel)!.delete(handler);
    },
    onReconnect(handler) {
      reconnectHandlers.add(handler);
      return () => void reconnectHandlers.delete(handler);
    },
    ready: () => start(),
    async close() {
      isClosed = true;
      clearTimeout(retryTimer);
      const open = client;
      client = null;
      listening = null;
      if (open) {
        open.removeAllListeners();
        open.on("error", () => undefined);
        await open.end().catch(() => undefined);
      }
    },
  };
}

const globalForLive = globalThis as unknown as { rectoLiveListener?: { url: string; listener: LiveListener } };

/** This process's listener for DATABASE_URL, on globalThis because Next bundles routes and actions apart. */
export function getLiveListener(): LiveListener {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Recto with `npm start`, which provides one.");
  const cached = globalForLive.rectoLiveListener;
  if (cached && cached.url === url) return cached.listener;
  const listener = createLiveListener(url);
  globalForLive.rectoLiveListener = { url, listener };
  return listener;
}
