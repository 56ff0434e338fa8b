// The reused-buffer sink: every byte arrives once, in order, whatever the chunk boundaries, and a UTF-8
// character is never split across two flushes.
import { describe, expect, it } from "vitest";
import { BufferSink } from "../../src/export/buffer-sink.ts";

function collect(size: number): { sink: BufferSink; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  // The buffer is reused after flush returns: copy, as a synchronous file write would have written it.
  const sink = new BufferSink((bytes) => chunks.push(Buffer.from(bytes)), size);
  return { sink, chunks };
}

describe("BufferSink", () => {
  it("writes a line straddling the buffer size whole and in order", () => {
    const { sink, chunks } = collect(16);
    const lines = ["<a> <b> <c> .\n", "<dddddddddd> <e> \"f\" .\n", "x"];
    for (const line of lines) sink.write(line);
    sink.flush();
    expect(Buffer.concat(chunks).toString("utf8")).toBe(lines.join(""));
    expect(chunks.every((c) => c.length <= 16)).toBe(true);
    expect(sink.bytes).toBe(Buffer.byteLength(lines.join("")));
  });

  it("never splits a multi-byte character (3-byte and 4-byte) at the boundary", () => {
    for (let pad = 0; pad < 8; pad++) {
      const { sink, chunks } = collect(8);
      const text = `${"a".repeat(pad)}한국😀日本😀`;
      sink.write(text);
      sink.flush();
      for (const chunk of chunks) expect(Buffer.from(chunk.toString("utf8"), "utf8").equals(chunk)).toBe(true);
      expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
    }
  });

  it("writes a text far larger than the buffer", () => {
    const { sink, chunks } = collect(1024);
    const text = "é".repeat(5000);
    sink.write(text);
    sink.flush();
    expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
  });
});
