// The CLI tests run the built CLI (bin/recto.mjs → dist/cli); build it once, before the test files start.
import { ensureCliBuilt } from "@/scripts/build-cli.mjs";

export default async function setup(): Promise<void> {
  await ensureCliBuilt();
}
