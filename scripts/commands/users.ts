import { parseArgs } from "node:util";
import { z } from "zod";
import { createUserSchema, passwordSchema } from "@/lib/users/schema";
import { UsageError, withDatabase, type Command } from "./support";

const createOptions = createUserSchema.extend({ "password-stdin": z.boolean().default(false) });

/** Flag errors name the flag: "--email: Enter an email address". */
function parseCreateOptions(values: unknown) {
  const parsed = createOptions.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; "));
  return parsed.data;
}

/** The whole of standard input, less one final line break (as `echo` or a password manager adds). */
async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/u, "");
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new Error(`--password-stdin: ${password === "" ? "standard input was empty" : checked.error.issues[0].message}`);
  return checked.data;
}

/** `recto users create`: the first admin of a production install, or any account, without the web UI. */
export const usersCommand: Command = {
  async run(args) {
    const [action, ...rest] = args;
    if (action !== "create") throw new UsageError(action ? `unknown users action "${action}"` : "users needs an action: create");
    const { values } = parseArgs({
      args: rest,
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, "password-stdin": { type: "boolean" } },
    });
    const parsed = parseCreateOptions(values);
    const password = parsed["password-stdin"] ? await readPasswordFromStdin() : undefined;
    await withDatabase(async () => {
      const { createUserAsOperator } = await import("@/lib/users/mutations");
      const input = { email: parsed.email, name: parsed.name, role: parsed.role };
      const result = await createUserAsOperator({ input, password });
      console.error(`recto: created ${result.user.role} ${result.user.email} (id ${result.user.id})`);
      if (password === undefined) {
        console.error("recto: their password, shown this once (it is stored hashed):");
        process.stdout.write(`${result.password}\n`);
      }
    });
  },
};
