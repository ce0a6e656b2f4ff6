import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

describe("readEnv", () => {
  it("gives the documented defaults when nothing is set, and counts an empty value as unset", () => {
    expect(readEnv({ PORT: "", DATABASE_URL: "" })).toEqual({
      RECTO_DATA_DIR: ".data", RECTO_PG_PORT: 54329, PORT: 3000, HOST: "127.0.0.1", RECTO_DIST_DIR: ".next",
      CHROMIUM_PATH: "/usr/bin/chromium", HUNALIGN_TIME_LIMIT: 600,
      RECTO_PROXY_HOPS: 0, RECTO_MAX_BILINGUAL_MB: 50, RECTO_MAX_IMPORT_UNITS: 200_000, RECTO_QE_TIMEOUT_MS: 60_000,
    });
  });

  it("reads the production settings", () => {
    const env = readEnv({
      DATABASE_URL: "postgresql://recto:secret@db.internal:5432/recto", RECTO_DEMO: "1", PORT: "8080", HOST: "0.0.0.0",
      RECTO_BASE_URL: "https://recto.example.org", BETTER_AUTH_SECRET: "a".repeat(64),
    });
    expect(env).toMatchObject({ DATABASE_URL: "postgresql://recto:secret@db.internal:5432/recto", RECTO_DEMO: true, PORT: 8080, HOST: "0.0.0.0", RECTO_BASE_URL: "https://recto.example.org" });
    expect(readEnv({ RECTO_DEMO: "0" }).RECTO_DEMO).toBe(false);
  });

  it.each([
    ["PORT", "eighty", /PORT: .*number/],
    ["RECTO_PG_PORT", "70000", /RECTO_PG_PORT: .*65535/],
    ["DATABASE_URL", "mysql://localhost/recto", /DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//],
    ["RECTO_BASE_URL", "recto.example.org", /RECTO_BASE_URL: must be the app's address/],
    ["BETTER_AUTH_SECRET", "short", /BETTER_AUTH_SECRET: must be at least 32 characters/],
    ["RECTO_DEMO", "yes", /RECTO_DEMO: must be 1 or 0/],
  ])("names %s when it is wrong", (name, value, message) => {
    expect(() => readEnv({ [name]: value })).toThrow(message);
  });

  it("lists every bad variable in one message", () => {
    expect(() => readEnv({ PORT: "x", RECTO_DEMO: "maybe" })).toThrow(/^Invalid configuration: RECTO_DEMO: must be 1 or 0; PORT: .*number/);
  });

  it("sees a change to process.env made after the first read", () => {
    const before = process.env.RECTO_DATA_DIR;
    try {
      process.env.RECTO_DATA_DIR = "/tmp/one";
      expect(readEnv().RECTO_DATA_DIR).toBe("/tmp/one");
      process.env.RECTO_DATA_DIR = "/tmp/two";
      expect(readEnv().RECTO_DATA_DIR).toBe("/tmp/two");
    } finally {
      if (before === undefined) delete process.env.RECTO_DATA_DIR;
      else process.env.RECTO_DATA_DIR = before;
    }
  });
});
