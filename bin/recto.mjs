#!/usr/bin/env -S node --conditions=react-server
// The recto command line (`npm run --silent recto -- <command>`): runs the CLI built ahead of time
// in dist/cli/, building it first when it is missing or older than its sources.
import { ensureCliBuilt } from "../scripts/build-cli.mjs";

const entry = await ensureCliBuilt();
await import(entry);
