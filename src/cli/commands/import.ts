import type { Command } from "commander";

// Placeholder so main.ts can register the command while it is being written.
export function register(_program: Command): void {}
