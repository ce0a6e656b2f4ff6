import { describe, expect, it } from "vitest";
import { callAction, describeValidationErrors, toOutcome } from "@/app/_components/action-result";
import { readChangedSuggestion, readStaleVersion } from "@/app/_components/stale-version";

describe("reading a server action's result", () => {
  it("gives the data of a success, and a void action's success with no data", () => {
    expect(toOutcome({ data: { version: 4 } })).toEqual({ ok: true, data: { version: 4 }, error: null });
    expect(toOutcome(undefined)).toEqual({ ok: true, data: undefined, error: null });
    expect(toOutcome({})).toEqual({ ok: true, data: undefined, error: null });
  });

  it("passes a server error through with its code, message and details", () => {
    const serverError = { code: "CONFLICT", message: "Your edit was based on version 3; the segment is now at version 4 — review the new text", details: { currentVersion: 4 } };
    expect(toOutcome({ serverError })).toEqual({ ok: false, data: undefined, error: serverError });
  });

  it("turns input the action's schema rejected into one VALIDATION error naming each field", () => {
    const validationErrors = { _errors: ["Check the form"], text: { _errors: ["Text is over 20,000 characters"] }, note: { _errors: ["Too long", "Not a note"] } };
    expect(toOutcome({ validationErrors })).toEqual({
      ok: false, data: undefined,
      error: { code: "VALIDATION", message: "Check the form; text: Text is over 20,000 characters; note: Too long; note: Not a note", details: validationErrors },
    });
    expect(describeValidationErrors({})).toBe("Check the form and try again.");
  });

  it("answers UNAVAILABLE, never throwing, when the request fails", async () => {
    const outcome = await callAction(async () => Promise.reject(new TypeError("Failed to fetch")), {});
    expect(outcome).toMatchObject({ ok: false, error: { code: "UNAVAILABLE", message: expect.stringMatching(/Your input is kept/) } });
  });
});

describe("a stale version in an action error", () => {
  const details = { baseVersion: 3, currentVersion: 4, currentText: "Le rapporteur dénonce — the new text.", diff: [], hunks: [] };

  it("is read from a CONFLICT carrying the segment's new text", () => {
    expect(readStaleVersion({ code: "CONFLICT", message: "Suggestion was based on version 3", details })).toEqual({
      message: "Suggestion was based on version 3", currentVersion: 4, currentText: "Le rapporteur dénonce — the new text.",
    });
  });

  it.each([
    ["no error", null],
    ["another code", { code: "INVALID_STATE", message: "Reviewed meanwhile", details }],
    ["a CONFLICT without the new text", { code: "CONFLICT", message: "That already exists." }],
    ["malformed details", { code: "CONFLICT", message: "x", details: { currentVersion: "4", currentText: 1 } }],
  ])("is null for %s", (_name, error) => {
    expect(readStaleVersion(error)).toBeNull();
  });
});

describe("a suggestion its author changed, in an action error", () => {
  const details = { suggestionId: "s1", text: "The rapporteur praises the attack.", textHash: "a".repeat(64), currentText: "The rapporteur denounces it.", currentVersion: 2, diff: [], hunks: [] };

  it("is read from a CONFLICT carrying the suggestion's new text and hash", () => {
    expect(readChangedSuggestion({ code: "CONFLICT", message: "The author changed this suggestion after you opened it", details })).toEqual({
      message: "The author changed this suggestion after you opened it", text: "The rapporteur praises the attack.", textHash: "a".repeat(64), currentVersion: 2,
    });
  });

  it.each([
    ["no error", null],
    ["a stale segment version", { code: "CONFLICT", message: "Suggestion was based on version 1", details: { baseVersion: 1, currentVersion: 2, currentText: "x", diff: [], hunks: [] } }],
    ["another code", { code: "INVALID_STATE", message: "Reviewed meanwhile", details }],
  ])("is null for %s", (_name, error) => {
    expect(readChangedSuggestion(error)).toBeNull();
  });
});
