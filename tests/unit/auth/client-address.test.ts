import { describe, expect, it } from "vitest";
import { clientAddressOf, SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { passwordProblem } from "@/lib/auth/password-policy";

const headersOf = (socket: string | null, forwarded?: string) =>
  new Headers({ ...(socket ? { [SOCKET_ADDRESS_HEADER]: socket } : {}), ...(forwarded ? { "x-forwarded-for": forwarded } : {}) });

describe("the client address used for throttling", () => {
  it.each([
    ["no proxy: the socket, whatever the client forwards", headersOf("203.0.113.7", "1.2.3.4"), 0, "203.0.113.7"],
    ["no proxy, IPv4 on a dual-stack socket", headersOf("::ffff:203.0.113.7"), 0, "203.0.113.7"],
    ["no proxy and no socket stamp", headersOf(null, "1.2.3.4"), 0, "unknown"],
    ["one proxy: the address it appended", headersOf("10.0.0.2", "6.6.6.6, 198.51.100.9"), 1, "198.51.100.9"],
    ["two proxies: the second from the right", headersOf("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.1"), 2, "198.51.100.9"],
    ["one proxy configured, none there: the socket", headersOf("203.0.113.7", undefined), 1, "203.0.113.7"],
  ])("%s", (_label, headers, hops, expected) => {
    expect(clientAddressOf(headers, hops)).toBe(expected);
  });
});

describe("the password policy", () => {
  it.each([
    ["password", "too common"],
    ["Password1", "too common"],
    ["aaaaaaaaaaaa", "too simple"],
    ["short", "at least 8 characters"],
    ["x".repeat(129), "at most 128 characters"],
  ])("refuses %j", (password, reason) => {
    expect(passwordProblem(password)).toContain(reason);
  });

  it("accepts a phrase", () => {
    expect(passwordProblem("la traduction fidèle")).toBeNull();
  });
});
