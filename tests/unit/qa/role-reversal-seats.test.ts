import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

describe("role-reversal: a seat of power stands for its country, which English may name instead", () => {
  itFlagsEach("role-reversal", [
    ["Moscou a accusé jeudi Kiev d'avoir bombardé une centrale électrique près de la frontière.", "Ukraine on Thursday accused Russia of shelling a power plant near the border.", /Russia/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Moscou a accusé jeudi Kiev d'avoir bombardé une centrale électrique près de la frontière.", "Russia on Thursday accused Ukraine of shelling a power plant near the border."],
    ["Moscou a accusé jeudi Kiev d'avoir bombardé une centrale électrique près de la frontière.", "Moscow on Thursday accused Kyiv of shelling a power plant near the border."],
  ]);
});
