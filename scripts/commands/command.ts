// What scripts/recto.ts needs before it loads a command: kept free of imports so `--help` loads nothing.

/** Bad flags or arguments: exit code 2 and the usage text. */
export class UsageError extends Error {}

export type Command = { run: (args: string[]) => Promise<void> };
