import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";

const globalForStamp = globalThis as unknown as { rectoSocketStamp?: boolean };

/**
 * Writes each request's TCP peer address into a header before Next.js sees the request: route
 * handlers get a Web Request, which carries no socket, and Next fills X-Forwarded-For from the
 * socket only when the client did not send one. Whatever the client sent under the header name
 * is overwritten. Node publishes `http.server.request.start` before the server's request event.
 */
export function stampSocketAddresses(): void {
  if (globalForStamp.rectoSocketStamp) return;
  globalForStamp.rectoSocketStamp = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[SOCKET_ADDRESS_HEADER] = socket.remoteAddress ?? "unknown";
  });
}
