import path from "node:path";

export type FolderOwner = { uid: number; gid: number; mode: number };

/**
 * The first folder on the way from `/` to `target` (itself included) that a user cannot enter
 * (no search permission for them), or null when every folder lets them through. Pure: `statFolder`
 * says who owns each folder.
 */
export function firstUnenterableFolder(target: string, user: { uid: number; gid: number }, statFolder: (folder: string) => FolderOwner | null): string | null {
  const absolute = path.resolve(target);
  const folders: string[] = [];
  for (let folder = absolute; ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    const owner = statFolder(folder);
    if (owner === null) return null; // not created yet: whoever creates it decides
    const canEnter = owner.uid === user.uid ? (owner.mode & 0o100) !== 0 : owner.gid === user.gid ? (owner.mode & 0o010) !== 0 : (owner.mode & 0o001) !== 0;
    if (!canEnter) return folder;
  }
  return null;
}

/** One line for `npm start` as root when PostgreSQL's own user cannot reach its programs or data. */
export function postgresCannotEnterMessage(folder: string, needed: string): string {
  return `Running as root, the embedded PostgreSQL runs as the \`postgres\` user, which cannot enter ${folder} (it needs ${needed}). ` +
    `Move Recto to a folder other users can enter (such as /srv/recto), or run chmod o+x ${folder}, or set DATABASE_URL to an existing server.`;
}
