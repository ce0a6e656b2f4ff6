import { describe, expect, it } from "vitest";
import { assertCan, can, mintViewer, PERMISSIONS, type Permission, type Role } from "@/lib/auth/permissions";

// Issue 5's roles matrix, one row per permission: translator, editor, admin.
const MATRIX: Record<Permission, [boolean, boolean, boolean]> = {
  "segment.read": [true, true, true],
  "issue.flag": [true, true, true],
  "suggestion.create": [true, true, true],
  "suggestion.review": [false, true, true],
  "issue.review": [false, true, true],
  "glossary.edit": [false, true, true],
  "alignment.edit": [false, true, true],
  "segment.edit": [false, true, true],
  "document.import": [false, true, true],
  "document.delete": [false, true, true],
  "export.run": [false, false, true],
  "user.manage": [false, false, true],
  "audit.read": [false, false, true],
};
const ROLES: Role[] = ["translator", "editor", "admin"];

describe("the roles matrix", () => {
  it("covers every permission", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...PERMISSIONS].sort());
  });

  it.each(PERMISSIONS.flatMap((permission) => ROLES.map((role, column) => [role, permission, MATRIX[permission][column]] as const)))(
    "a %s may %s: %s",
    (role, permission, allowed) => {
      const viewer = mintViewer({ id: "u1", role, name: "Someone" });
      expect(can(viewer, permission)).toBe(allowed);
      if (allowed) expect(() => assertCan(viewer, permission)).not.toThrow();
      else expect(() => assertCan(viewer, permission)).toThrow(new RegExp(`A ${role} may not do this \\(needs permission ${permission.replace(".", "\\.")}\\)`));
    },
  );
});
