import { describe, expect, it } from "vitest";
import { GlossaryKind, Role, SegmentStatus } from "@/generated/prisma/enums";
import { ROLES } from "@/lib/auth/permissions";
import { GLOSSARY_KINDS } from "@/lib/qa/types";
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

  it("GLOSSARY_KINDS matches the database's GlossaryKind: the pure checks and the glossary spell role_reversal alike", () => {
    expect([...GLOSSARY_KINDS].sort()).toEqual(Object.values(GlossaryKind).sort());
  });
});
