import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

const SOURCE = "Reçus lundi à Matignon par le Premier ministre, les élus indépendantistes calédoniens ont réclamé un nouveau calendrier pour la consultation.";

describe("role-reversal: a participle opening the sentence with its agent further on", () => {
  it("flags the participle's noun made the one acting in an English relative", () => {
    const target = "Pro-independence New Caledonian politicians, who received the prime minister at Matignon on Monday, called for a new timetable for the vote.";
    expect(findingsOf("role-reversal", SOURCE, target)).toHaveLength(1);
  });

  it.each([
    "Pro-independence New Caledonian politicians, received by the prime minister at Matignon on Monday, called for a new timetable for the vote.",
    "Pro-independence New Caledonian politicians, who were received by the prime minister at Matignon on Monday, called for a new timetable for the vote.",
    "Received by the prime minister at Matignon on Monday, pro-independence New Caledonian politicians called for a new timetable for the vote.",
  ])("accepts %j", (target) => {
    expect(findingsOf("role-reversal", SOURCE, target)).toEqual([]);
  });
});
