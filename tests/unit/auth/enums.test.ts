import { describe, expect, it } from "vitest";
import { Role, SegmentStatus } from "@/generated/prisma/enums";
import { ROLES } from "@/lib/auth/permissions";
import { SEGMENT_STATUSES } from "@/lib/status/transitions";

// Each enum is declared once in lib (ROLES, SEGMENT_STATUSES) and its types derive from that
// constant; the database enum of schema.prisma must hold the same values.
describe("enums declared once", () => {
  it("ROLES matches the database's Role", () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
  });

  it("SEGMENT_STATUSES matches the database's SegmentStatus", () => {
    expect([...SEGMENT_STATUSES].sort()).toEqual(Object.values(SegmentStatus).sort());
  });
});
