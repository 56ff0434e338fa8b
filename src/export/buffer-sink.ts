// A TextSink that encodes text straight into one reused byte buffer and hands the buffer to `flush` each
// time it fills, so a large export never builds a large string, nor a fresh Buffer per chunk (the old
// BatchingSink concatenated ~1 MB strings, then Buffer.from'ed each one: two copies and a lot of garbage).
//
// `flush` must be done with the bytes when it returns (a synchronous write, or a copy): the buffer is
// overwritten right after. Browser-safe (Uint8Array + TextEncoder), though the exports use it with fs.writeSync.
import type { TextSink } from "../rdf/write-rdf.ts";

export const BUFFER_BYTES = 1 << 20;

// UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
const MAX_BYTES_PER_UNIT = 3;

export class BufferSink implements TextSink {
  private readonly buffer: Uint8Array;
  private readonly encoder = new TextEncoder();
  private used = 0;
  /** Bytes handed to `flush` so far. */
  flushed = 0;

  constructor(
    private readonly flushBytes: (bytes: Uint8Array) => void,
    size = BUFFER_BYTES,
  ) {
    if (!(size >= 4)) throw new RangeError(`BufferSink: size must be at least 4 bytes (one UTF-8 character), not ${size}`);
    this.buffer = new Uint8Array(size);
  }

  /** Bytes written so far, flushed or not. */
  get bytes(): number {
    return this.flushed + this.used;
  }

  write(text: string): void {
    // Most writes are one line: it surely fits, encode it in one call.
    if (text.length * MAX_BYTES_PER_UNIT <= this.buffer.length - this.used) {
      this.used += this.encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
      return;
    }
    // It may not fit: encode what fits (encodeInto never splits a character), flush, go on with the rest.
    let rest = text;
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  /** Hands over what is buffered (nothing if empty). */
  flush(): void {
    if (this.used === 0) return;
    this.flushBytes(this.buffer.subarray(0, this.used));
    this.flushed += this.used;
    this.used = 0;
  }
}
