// Recto's command line: `npm run --silent recto -- <command> [options]`, built ahead of time by
// scripts/build-cli.mjs. One file per command in scripts/commands/, loaded only when it runs, so
// `--help` and `align` never load Prisma, pg-boss or the speller. Add new commands to COMMANDS.
import { UsageError, type Command } from "./commands/command";

type Entry = { usage: string; load: () => Promise<Command> };

// lib/export/schema's EXPORT_FORMATS, written out so that `--help` loads no zod (the CLI test compares them).
const EXPORT_FORMATS = ["txt", "md", "docx", "xliff12", "xliff20", "tmx", "report-csv", "report-json", "report-html", "package"];

const COMMANDS: Record<string, Entry> = {
  align: { usage: "recto align  --source FR.txt --target EN.txt [--format jsonl|json]", load: async () => (await import("./commands/align")).alignCommand },
  import: {
    usage: "recto import --source FR.txt --target EN.txt --title TITLE [--provenance TEXT] [--user EMAIL] [--allow-language-mismatch]",
    load: async () => (await import("./commands/import")).importCommand,
  },
  qa: { usage: "recto qa     (--input PAIRS.json|PAIRS.jsonl | --document ID) [--format jsonl|json]", load: async () => (await import("./commands/qa")).qaCommand },
  export: {
    usage: `recto export --document ID --format ${EXPORT_FORMATS.join("|")} --out FILE|- [--include-pending] [--override] [--user EMAIL]`,
    load: async () => (await import("./commands/export")).exportCommand,
  },
  "import-bilingual": {
    usage: "recto import-bilingual --file F.xlf|.xliff|.tmx|.csv|.tsv --title TITLE [--provenance TEXT] [--user EMAIL]",
    load: async () => (await import("./commands/import-bilingual")).importBilingualCommand,
  },
  users: {
    usage: "recto users create --email EMAIL --name NAME --role translator|editor|admin [--password-stdin]",
    load: async () => (await import("./commands/users")).usersCommand,
  },
  tokens: {
    usage: "recto tokens create --name NAME --role translator|editor|admin --user EMAIL",
    load: async () => (await import("./commands/tokens")).tokensCommand,
  },
};

const usage = () => `usage: ${Object.values(COMMANDS).map((command) => command.usage).join("\n       ")}`;

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return;
  }
  const entry = name ? COMMANDS[name] : undefined;
  if (!entry) throw new UsageError(name ? `unknown command "${name}"` : "no command given");
  await (await entry.load()).run(args);
}

/**
 * Resolves once what was written to `stream` is handed to the OS: on a pipe, writes are
 * asynchronous and process.exit would drop the rest (findings past the first 64 KB of `recto qa`).
 */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write("", () => resolve()));
const exit = async (code: number) => {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
};

main().then(
  () => exit(0),
  async (error: unknown) => {
    // A ZodError's own message is its issues as multi-line JSON; describeError says them in one line
    // (loaded only on this path, so that `--help` loads no zod).
    const isZod = (error as { name?: string } | null)?.name === "ZodError";
    const message = isZod ? (await import("@/lib/describe-error")).describeError(error).message : error instanceof Error ? error.message : String(error);
    console.error(`recto: ${message}`);
    const isUsage = error instanceof UsageError || String((error as { code?: string }).code).startsWith("ERR_PARSE_ARGS");
    if (isUsage) console.error(usage());
    await exit(isUsage ? 2 : 1);
  },
);
