import { createServer, request as httpRequest, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRequestsInFlight, sharedRequestYield } from "@/lib/requests-in-flight";

// Responses the test ends itself, by request path.
const held = new Map<string, ServerResponse>();
const server = createServer((request, response) => {
  if (request.url === "/quick") return response.end("done");
  held.set(request.url!, response);
  if (request.url === "/events") response.writeHead(200, { "content-type": "text/event-stream" }).write(": open\n\n");
});
let port = 0;

beforeAll(async () => {
  countRequestsInFlight();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const inFlight = () => Atomics.load(sharedRequestYield()!.inFlight, 0);
const until = (condition: () => boolean) => expect.poll(condition, { timeout: 5000, interval: 10 }).toBe(true);

/** Starts a GET and resolves once the server holds its response. */
async function startHeld(path: string, headers: Record<string, string> = {}) {
  const request = httpRequest({ host: "127.0.0.1", port, path, headers });
  request.on("error", () => undefined);
  request.end();
  await until(() => held.has(path));
  return request;
}

describe("the server's count of requests in flight", () => {
  it("counts a request while it is answered, and no longer once its response is sent", async () => {
    const request = await startHeld("/slow");
    expect(inFlight()).toBe(1);
    held.get("/slow")!.end("late");
    await until(() => inFlight() === 0);
    request.destroy();
    expect(await (await fetch(`http://127.0.0.1:${port}/quick`)).text()).toBe("done");
    await until(() => inFlight() === 0);
  });

  it("stops counting a request its client aborts, exactly once even if the server answers it afterwards", async () => {
    const request = await startHeld("/aborted");
    expect(inFlight()).toBe(1);
    request.destroy();
    await until(() => inFlight() === 0);
    held.get("/aborted")!.end("too late");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(inFlight()).toBe(0);
  });

  it("never counts an event stream, which stays open as long as the page", async () => {
    const stream = await startHeld("/events", { accept: "text/event-stream" });
    expect(inFlight()).toBe(0);
    stream.destroy();
    held.get("/events")!.end();
  });
});
