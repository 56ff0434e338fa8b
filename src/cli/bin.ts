#!/usr/bin/env node
// The installed package's bin (compiled to dist/cli/bin.js): the same as the checkout's bin/kg.js,
// minus the tsx loader, since the package ships compiled JavaScript and starts in plain Node.
import { main } from "./main.ts";

// A reader that stops early (`kg export | head`) closes the pipe: that is its choice, not an error
// of ours, so stop quietly instead of dying with an unhandled EPIPE and a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
process.exitCode = await main(process.argv);
