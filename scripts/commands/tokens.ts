import { parseArgs } from "node:util";
import { z } from "zod";
import { createApiTokenSchema } from "@/lib/api-tokens/schema";
import { UsageError, withDatabase, type Command } from "./support";

const createOptions = createApiTokenSchema.omit({ userId: true }).extend({ user: z.email("--user: give the email of the user the token acts as") });

/** `recto tokens create`: an API token for a script, printed once on stdout (only its hash is stored). */
export const tokensCommand: Command = {
  async run(args) {
    const [action, ...rest] = args;
    if (action !== "create") throw new UsageError(action ? `unknown tokens action "${action}"` : "tokens needs an action: create");
    const { values } = parseArgs({ args: rest, options: { name: { type: "string" }, role: { type: "string" }, user: { type: "string" } } });
    const parsed = createOptions.safeParse(values);
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; "));
    await withDatabase(async () => {
      const { createApiTokenAsOperator } = await import("@/lib/api-tokens/mutations");
      const { name, role, user } = parsed.data;
      const created = await createApiTokenAsOperator({ input: { name, role }, userEmail: user });
      console.error(`recto: created ${created.role} token "${created.name}" acting as ${created.user.email} (id ${created.id}); shown this once:`);
      process.stdout.write(`${created.token}\n`);
    });
  },
};
