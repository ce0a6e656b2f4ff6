import { AppError } from "@/lib/errors";

/** The one list of roles, least to most; the Prisma enum Role matches it (tests/unit/auth/enums.test.ts). */
export const ROLES = ["translator", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "segment.read",
  "issue.flag",
  "suggestion.create",
  "suggestion.review",
  "issue.review",
  "glossary.edit",
  "alignment.edit",
  "segment.edit",
  "document.import",
  "document.delete",
  "export.run",
  "user.manage",
  "audit.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** The roles matrix of issue 5, read row by row: what each role may do. */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  translator: new Set(["segment.read", "issue.flag", "suggestion.create"]),
  editor: new Set([
    "segment.read", "issue.flag", "suggestion.create", "suggestion.review", "issue.review", "glossary.edit",
    "alignment.edit", "segment.edit", "document.import", "document.delete",
  ]),
  admin: new Set(PERMISSIONS),
};

declare const viewerBrand: unique symbol;

/** A signed-in user as lib code sees it. Minted only by the auth layer (or trusted server scripts). */
export type Viewer = { readonly userId: string; readonly role: Role; readonly name: string; readonly [viewerBrand]: true };

/** For the auth layer and trusted server-side scripts (seed, CLI) only. */
export function mintViewer(user: { id: string; role: Role; name: string }): Viewer {
  return { userId: user.id, role: user.role, name: user.name } as Viewer;
}

export function can(viewer: Viewer, permission: Permission): boolean {
  return ROLE_PERMISSIONS[viewer.role].has(permission);
}

/** Throws FORBIDDEN naming the permission when the viewer's role lacks it. */
export function assertCan(viewer: Viewer, permission: Permission): void {
  if (!can(viewer, permission)) {
    throw new AppError({
      code: "FORBIDDEN",
      message: `A ${viewer.role} may not do this (needs permission ${permission}).`,
    });
  }
}
