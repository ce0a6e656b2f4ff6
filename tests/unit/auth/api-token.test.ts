import { describe, expect, it } from "vitest";
import { displayPrefix, generateToken, hashToken, readBearerToken, TOKEN_PREFIX } from "@/lib/auth/api-token";

describe("API token strings", () => {
  it("are recto_ and 43 URL-safe characters (256 random bits), different every time", () => {
    const tokens = new Set(Array.from({ length: 50 }, generateToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^recto_[A-Za-z0-9_-]{43}$/);
  });

  it("are stored as their SHA-256 in hex, never as themselves", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashToken("recto_abc")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken("recto_abc")).not.toBe(hashToken("recto_abd"));
  });

  it("show only their first six characters after the prefix in lists", () => {
    expect(displayPrefix(`${TOKEN_PREFIX}AbCdEfGhIj`)).toBe("recto_AbCdEf");
  });
});

describe("readBearerToken", () => {
  it.each([
    ["no Authorization header", {}, null],
    ["a bearer token", { authorization: "Bearer recto_abc" }, "recto_abc"],
    ["any case of the scheme and extra blanks", { authorization: "bearer   recto_abc " }, "recto_abc"],
    ["another scheme: refused rather than falling back to the cookie", { authorization: "Basic dXNlcjpwYXNz" }, ""],
    ["a bearer header with no token", { authorization: "Bearer " }, ""],
    ["two tokens", { authorization: "Bearer a b" }, ""],
  ])("reads %s", (_name, headers, expected) => {
    expect(readBearerToken(new Headers(headers as Record<string, string>))).toBe(expected);
  });
});
