import { describe, expect, it } from "vitest";
import { firstUnenterableFolder, postgresCannotEnterMessage, type FolderOwner } from "@/lib/db/folder-access";

const ROOT_USER = { uid: 0, gid: 0 };
const POSTGRES = { uid: 105, gid: 110 };

function tree(folders: Record<string, FolderOwner>) {
  return (folder: string) => folders[folder] ?? null;
}

const PROJECT_IN_ROOT_HOME = tree({
  "/": { uid: 0, gid: 0, mode: 0o755 },
  "/root": { uid: 0, gid: 0, mode: 0o700 },
  "/root/recto": { uid: 0, gid: 0, mode: 0o755 },
  "/root/recto/node_modules": { uid: 0, gid: 0, mode: 0o755 },
});

describe("firstUnenterableFolder", () => {
  it("finds /root when the project sits in root's home, closed to others", () => {
    expect(firstUnenterableFolder("/root/recto/node_modules", POSTGRES, PROJECT_IN_ROOT_HOME)).toBe("/root");
  });

  it("lets the folder's owner through", () => {
    expect(firstUnenterableFolder("/root/recto/node_modules", ROOT_USER, PROJECT_IN_ROOT_HOME)).toBeNull();
  });

  it.each([
    ["the group has search permission", { uid: 0, gid: 110, mode: 0o750 }, null],
    ["only the owner may enter", { uid: 0, gid: 110, mode: 0o700 }, "/srv"],
    ["everyone may enter", { uid: 0, gid: 0, mode: 0o711 }, null],
  ])("checks the group and others' bits: %s", (_, srv, expected) => {
    const stat = tree({ "/": { uid: 0, gid: 0, mode: 0o755 }, "/srv": srv });
    expect(firstUnenterableFolder("/srv/recto/.data", POSTGRES, stat)).toBe(expected);
  });

  it("stops at a folder that does not exist yet", () => {
    expect(firstUnenterableFolder("/srv/new/.data", POSTGRES, tree({ "/": { uid: 0, gid: 0, mode: 0o755 } }))).toBeNull();
  });
});

describe("postgresCannotEnterMessage", () => {
  it("is one line naming the folder and what to do, with no stack trace", () => {
    const message = postgresCannotEnterMessage("/root", "its programs in /root/recto/node_modules");
    expect(message).not.toMatch(/\n/);
    expect(message).toMatch(/cannot enter \/root \(/);
    expect(message).toMatch(/chmod o\+x \/root/);
    expect(message).toMatch(/DATABASE_URL/);
  });
});
