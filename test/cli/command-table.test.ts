// The command table in src/cli/main.ts lists each command without importing its module; these tests keep
// the table equal to what the modules register, and check that a command line loads only its own module.
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { COMMANDS, commandNamed, createProgram, loadCommands } from "../../src/cli/main.ts";

const argumentTerms = (command: Command): string =>
  command.registeredArguments.map((a) => `${a.required ? "<" : "["}${a.name()}${a.variadic ? "..." : ""}${a.required ? ">" : "]"}`).join(" ");

describe("the command table", () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))("%s: the table says what its module registers", async (_name, entry) => {
    const program = new Command("kg");
    (await entry.load()).register(program);
    expect(program.commands.map((c) => c.name())).toEqual([entry.name]);
    const real = program.commands[0] as Command;
    expect(real.description()).toBe(entry.description);
    expect(argumentTerms(real)).toBe(entry.args);
    // The listing prints "[options]" for every command, so every command must have some.
    expect(real.options.length).toBeGreaterThan(0);
  });

  it("help lists a loaded command exactly as its listing-only entry", async () => {
    const listing = createProgram().helpInformation();
    const loaded = createProgram(await loadCommands(COMMANDS.map((c) => c.name))).helpInformation();
    expect(listing).toBe(loaded);
  });
});

describe("commandNamed", () => {
  it.each([
    [["build", "data"], "build"],
    [["--debug", "stats", "-i", "g.json"], "stats"],
    [["help", "export"], "export"],
    [["--help"], undefined],
    [["-V"], undefined],
    [[], undefined],
  ] as const)("%j runs %s", (args, expected) => {
    expect(commandNamed(args)).toBe(expected);
  });

  it("loads only the named command's module", async () => {
    const loaded = await loadCommands(["find"]);
    expect([...loaded.keys()]).toEqual(["find"]);
    const program = createProgram(loaded);
    // The loaded command has its real options; the others are listings without any.
    expect(program.commands.find((c) => c.name() === "find")?.options.length).toBeGreaterThan(0);
    expect(program.commands.find((c) => c.name() === "build")?.options.length).toBe(0);
  });
});
