import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

describe("role-reversal reads an English adjective of nationality as the agent", () => {
  it.each([
    ["l'offensive contre Israël", "the Israeli offensive", "Israeli offensive"],
    ["l'offensive contre la France", "the French offensive", "French offensive"],
    ["les frappes contre les Pays-Bas", "the Dutch strikes", "Dutch strikes"],
  ])("flags %j rendered as %j, the target made the agent", (source, target, targetText) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
  });
});

describe("role-reversal reads a French adjective of nationality the country table knows as the agent", () => {
  it.each([
    ["l'offensive belge", "the offensive against Belgium", "offensive against Belgium"],
    ["l'offensive serbe", "the offensive against Serbia", "offensive against Serbia"],
  ])("flags %j rendered as %j, the agent made the target", (source, target, targetText) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe(targetText);
  });

  it.each([
    ["l'offensive belge", "the Belgian offensive"],
    ["les frappes turques sur la Syrie", "the Turkish strikes on Syria"],
  ])("leaves %j rendered as %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
