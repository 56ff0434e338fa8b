#!/usr/bin/env node
// The package's bin. The sources are TypeScript run through tsx's loader, so a fresh
// clone works after `npm ci` without a separate compile step.
import { register } from "tsx/esm/api";

register();
// A reader that stops early (`kg export | head`) closes the pipe: that is its choice, not an error
// of ours, so stop quietly instead of dying with an unhandled EPIPE and a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
