// Recto's command line: `npm run --silent recto -- <command> [options]`. One file per command in
// scripts/commands/; add new ones to COMMANDS.
import { alignCommand } from "./commands/align";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { qaCommand } from "./commands/qa";
import { importBilingualCommand } from "./commands/import-bilingual";
import { UsageError, type Command } from "./commands/support";
import { ZodError } from "zod";
import { describeError } from "@/lib/http";

const COMMANDS: Record<string, Command> = {
  align: alignCommand,
  import: importCommand,
  qa: qaCommand,
  export: exportCommand,
  "import-bilingual": importBilingualCommand,
};

const usage = () => `usage: ${Object.values(COMMANDS).map((command) => command.usage).join("\n       ")}`;

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(name ? `unknown command "${name}"` : "no command given");
  await command.run(args);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // A ZodError's own message is its issues as multi-line JSON; describeError says them in one line.
    const message = error instanceof ZodError ? describeError(error).message : error instanceof Error ? error.message : String(error);
    console.error(`recto: ${message}`);
    const isUsage = error instanceof UsageError || String((error as { code?: string }).code).startsWith("ERR_PARSE_ARGS");
    if (isUsage) console.error(usage());
    process.exit(isUsage ? 2 : 1);
  },
);
