import type { Command } from "commander";
import { registerCausal } from "./causes.ts";

export function register(program: Command): void {
  registerCausal(program, "effects");
}
