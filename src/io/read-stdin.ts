// `-` as a file name: standard input, read whole and decoded strictly (as source files are).
import { UsageKgError, ParseKgError } from "../errors.ts";

/** The marker for standard input wherever a file is read. */
export const STDIN = "-";

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, "");
  } catch {
    throw new ParseKgError("standard input is not valid UTF-8");
  }
}

/** Standard input can be read once: two options both set to `-` are a usage error. */
export function assertOneStdin(uses: Array<[option: string, value: string | undefined]>): void {
  const readers = uses.filter(([, value]) => value === STDIN).map(([option]) => option);
  if (readers.length > 1) throw new UsageKgError(`${readers.join(" and ")} both read standard input (-); only one can`);
}
