/**
 * Set on every incoming request by lib/auth/socket-address.ts from the TCP socket, replacing
 * anything the client sent under that name.
 */
export const SOCKET_ADDRESS_HEADER = "x-recto-socket-address";

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) → "10.0.0.1". */
function normalise(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice("::ffff:".length) : trimmed;
}

/**
 * Pure: the client's address for throttling. With no trusted proxy (`proxyHops` 0) it is the
 * socket's, whatever X-Forwarded-For says, since any client can write that header. Behind
 * `proxyHops` proxies, each appends the address it received from, so the client is the entry
 * `proxyHops` places from the right of [...X-Forwarded-For, socket]; the entries further left were
 * written by the client and are ignored.
 */
export function clientAddressOf(headers: Headers, proxyHops: number): string {
  const socket = headers.get(SOCKET_ADDRESS_HEADER);
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const chain = socket ? [...forwarded, socket] : forwarded;
  if (proxyHops === 0) return socket ? normalise(socket) : "unknown";
  const entry = chain[chain.length - 1 - proxyHops] ?? chain[0];
  return entry ? normalise(entry) : "unknown";
}
