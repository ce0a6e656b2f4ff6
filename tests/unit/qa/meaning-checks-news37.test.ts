import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news40, a blind batch on twenty new domains, had been written and counted.
describe("role-reversal: a noun's agent read past its complement's own “de” complement (“la reprise de la cave coopérative de Sigoulès par”)", () => {
  itFlagsEach("role-reversal", [
    ["Le tribunal de commerce de Périgueux a validé lundi la reprise de la cave coopérative de Monbazillac par la maison Lestrade, qui conservera vingt salariés.",
      "The Périgueux commercial court on Monday approved the takeover of the wine house Lestrade by the Monbazillac cooperative winery, which will keep twenty employees.", /takeover|Monbazillac|Lestrade/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le tribunal de commerce de Périgueux a validé lundi la reprise de la cave coopérative de Monbazillac par la maison Lestrade, qui conservera vingt salariés.",
      "The Périgueux commercial court on Monday approved the takeover of the Monbazillac cooperative winery by the wine house Lestrade, which will keep twenty employees."],
  ]);
});
