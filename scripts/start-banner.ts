import path from "node:path";

export type BannerAccount = { email: string; role: string; password: string };

/** What `npm start` prints once the app answers; `accountsFile` is where the passwords really are. */
export function startBanner(url: string, accounts: BannerAccount[], accountsFile: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, accountsFile);
  const shown = relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : accountsFile;
  const rows = accounts.map((a) => `    ${a.role.padEnd(10)} ${a.email.padEnd(26)} ${a.password}`);
  const demo = accounts.length === 0 ? [] : [`  Demo accounts (passwords are random, stored hashed; kept for you in ${shown}):`, ...rows];
  return [
    "",
    `  Recto is running at ${url}`,
    ...demo,
    "  Press Ctrl-C to stop.",
    "",
  ].join("\n");
}
