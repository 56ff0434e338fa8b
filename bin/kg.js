#!/usr/bin/env node
// The package's bin. The sources are TypeScript run through tsx's loader, so a fresh
// clone works after `npm ci` without a separate compile step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
