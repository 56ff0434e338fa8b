// An elastic pool of query workers. oxigraph runs a query synchronously to its end, so the only way to stop
// one is to terminate its thread; and nothing tells a heavy query from a light one before it runs. So:
// - every query has a deadline counted from its arrival; past it, a waiting query is dropped and a running
//   one's worker terminated and replaced, and either way the client hears at once;
// - the pool keeps one idle worker in reserve (up to `maxSize`), so a light query arriving while heavy ones
//   run finds a worker instead of waiting behind them; extra workers retire when idle;
// - the waiting line is bounded: beyond `maxQueue`, a query is refused at once (503 with Retry-After);
// - a query still running after `demoteAfterMs` is demoted: its thread gets the lowest CPU priority, so
//   heavy queries cannot starve the light ones, nor the start of new workers, of the machine's cores;
// - a worker whose engine failed (a WebAssembly trap) is replaced as soon as it has answered;
// - two lanes (query-lane.ts): a query whose shape marks it heavy (a cross product, an unbounded path)
//   waits behind every light one, and starts only while LIGHT_RESERVE workers stay free and ready beside
//   it, so light queries never wait behind heavy ones for a worker, nor for a replacement to start.
//   Queries demoted for running long count in the heavy lane too.
import { setPriority } from "node:os";
import type { Worker } from "node:worker_threads";
import { QueryQueueFullKgError, QueryTimeoutKgError } from "../sparql/sparql-errors.ts";
import type { QueryJob, QueryReply } from "./answer-query.ts";
import type { Lane } from "./query-lane.ts";
import { spawnTsWorker } from "./spawn-ts-worker.ts";

export interface PoolOptions {
  /** Workers kept running, each holding a copy of the data (default 2). */
  size?: number;
  /** Most workers at once, those started ahead of need included (default size + 8). */
  maxSize?: number;
  /** Per-query limit in milliseconds, counted from the query's arrival (default 10 000). */
  timeoutMs?: number;
  /** Most queries waiting for a worker; beyond, new ones are refused (default 64). */
  maxQueue?: number;
  /** Workers beyond `size` retire after this long without a query (default 30 000 ms). */
  idleMs?: number;
  /** A query running longer than this gets its thread's CPU priority lowered (default 250 ms). */
  demoteAfterMs?: number;
}

interface Pending {
  job: QueryJob;
  lane: Lane;
  resolve: (reply: QueryReply) => void;
  reject: (error: Error) => void;
  deadline: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The thread's kernel id (Linux), for its priority. */
  tid?: number;
  /** Its query has run longer than demoteAfterMs. */
  demoted?: boolean;
  /** Its thread runs at the lowest priority. */
  niced?: boolean;
  demoteTimer?: NodeJS.Timeout;
  current?: Pending;
  idleTimer?: NodeJS.Timeout;
}

const LOWEST_PRIORITY = 19;
// Workers kept free beyond need, for light queries arriving while others run: on a loaded machine even a
// light query holds its worker for a good part of a second.
const LIGHT_RESERVE = 2;

/** Sets a thread's nice value; false when the system does not allow it. */
function prioritise(tid: number, priority: number): boolean {
  try {
    setPriority(tid, priority);
    return true;
  } catch {
    return false;
  }
}

const WORKER_MODULE = new URL("./sparql-worker.ts", import.meta.url);

export class SparqlWorkerPool {
  readonly timeoutMs: number;
  readonly size: number;
  readonly maxSize: number;
  readonly maxQueue: number;
  private readonly idleMs: number;
  private readonly demoteAfterMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private startupError: Error | undefined;
  private readonly nquads: SharedArrayBuffer;

  constructor(nquads: string, options: PoolOptions = {}) {
    const bytes = new TextEncoder().encode(nquads);
    this.nquads = new SharedArrayBuffer(bytes.length);
    new Uint8Array(this.nquads).set(bytes);
    this.size = options.size ?? 2;
    this.maxSize = Math.max(this.size, options.maxSize ?? this.size + 8);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxQueue = options.maxQueue ?? 64;
    this.idleMs = options.idleMs ?? 30_000;
    this.demoteAfterMs = options.demoteAfterMs ?? 250;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Resolves once the first `size` workers have loaded the data. */
  async ready(): Promise<void> {
    while (!this.closed && !this.startupError && this.slots.filter((s) => s.ready).length < this.size) await new Promise((r) => setTimeout(r, 10));
    if (this.startupError) throw this.startupError;
  }

  /** Workers now running or starting, and queries waiting: for tests and the benchmark. */
  stats(): { workers: number; ready: number; busy: number; waiting: number } {
    return { workers: this.slots.length, ready: this.slots.filter((s) => s.ready).length, busy: this.slots.filter((s) => s.current).length, waiting: this.queue.length };
  }

  /**
   * Run a query on a free worker. Rejects with QueryTimeoutKgError once `timeoutMs` have passed since
   * this call, and with QueryQueueFullKgError at once when too many queries are waiting.
   */
  run(job: QueryJob, lane: Lane = "light"): Promise<QueryReply> {
    if (this.closed) return Promise.reject(new Error("the query pool is closed"));
    if (this.queue.length >= this.maxQueue) return Promise.reject(new QueryQueueFullKgError(Math.max(1, Math.ceil(this.timeoutMs / 1000))));
    return new Promise((resolve, reject) => {
      const pending: Pending = { job, lane, resolve, reject, deadline: setTimeout(() => this.expire(pending), this.timeoutMs) };
      this.queue.push(pending);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      clearTimeout(pending.deadline);
      pending.reject(new Error("the query pool is closed"));
    }
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot)));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: spawnTsWorker(WORKER_MODULE, { nquads: this.nquads }), ready: false };
    slot.worker.on("message", (message: QueryReply | { ready: true; tid?: number }) => {
      if ("ready" in message) {
        slot.ready = true;
        if (message.tid) slot.tid = message.tid;
      } else {
        const pending = this.settle(slot);
        pending?.resolve(message);
        // A demoted thread that cannot be given its priority back would serve light queries slowly.
        const restored = !slot.niced || (slot.tid !== undefined && prioritise(slot.tid, 0));
        slot.niced = false;
        if (message.engineFailed || !restored) this.replace(slot);
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      // A worker that cannot even load the data would fail again if respawned: report it instead.
      if (!slot.ready) {
        this.startupError ??= error;
        this.remove(slot);
        return;
      }
      this.settle(slot)?.reject(error);
      this.replace(slot);
      this.dispatch();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`a query worker stopped unexpectedly (exit code ${code})`)));
    return slot;
  }

  /** Heavy-lane queries running: those that looked heavy, and those demoted for running long. */
  private heavyRunning(): number {
    return this.slots.filter((s) => s.current && (s.current.lane === "heavy" || s.demoted)).length;
  }

  /**
   * The next query to start on a free worker: the first light one waiting; else the first heavy one, if
   * starting it leaves the light reserve free and ready (as much of it as maxSize allows) and the heavy
   * lane is under its share of maxSize.
   */
  private next(): Pending | undefined {
    const light = this.queue.findIndex((p) => p.lane === "light");
    if (light >= 0) return this.queue.splice(light, 1)[0];
    if (this.queue.length === 0) return undefined;
    const reserve = Math.min(LIGHT_RESERVE, this.maxSize - 1);
    const heavyShare = Math.max(1, this.maxSize - LIGHT_RESERVE);
    const freeReady = this.slots.filter((s) => s.ready && !s.current).length;
    if (freeReady - 1 < reserve || this.heavyRunning() >= heavyShare) return undefined;
    return this.queue.shift();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (!slot.ready || slot.current) continue;
      const pending = this.next();
      if (!pending) break;
      clearTimeout(slot.idleTimer);
      slot.current = pending;
      pending.slot = slot;
      slot.worker.postMessage(pending.job);
      {
        slot.demoteTimer = setTimeout(() => {
          if (slot.current !== pending) return;
          slot.niced = slot.tid !== undefined && prioritise(slot.tid, LOWEST_PRIORITY);
          // Where priorities cannot be changed, its successor is still started ahead of need.
          slot.demoted = true;
          this.grow();
        }, this.demoteAfterMs);
      }
    }
    this.grow();
    for (const slot of this.slots) if (slot.ready && !slot.current) this.scheduleRetire(slot);
  }

  /**
   * Start workers (within maxSize) so that every waiting query has one, LIGHT_RESERVE more are free or
   * starting for the next light queries, and one more for each demoted query running: such a query is likely to be
   * stopped at its deadline and sent again, and starting a worker (loading the data) takes a second or
   * more, so its successor is started ahead of need.
   */
  private grow(): void {
    if (this.closed || this.startupError) return;
    const free = this.slots.filter((s) => !s.current).length;
    const demoted = this.slots.filter((s) => s.current && s.demoted).length;
    const wanted = Math.max(this.size - this.slots.length, Math.min(this.maxSize - this.slots.length, this.queue.length + LIGHT_RESERVE + demoted - free));
    // One start at a time: a start takes a core for a second or more, and several at once would take the
    // CPU from the workers answering queries; the next one starts when this one is ready.
    if (wanted > 0 && this.slots.every((s) => s.ready)) this.slots.push(this.spawn());
  }

  private scheduleRetire(slot: Slot): void {
    if (slot.idleTimer || this.slots.length <= this.size) return;
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined;
      if (!slot.current && this.slots.length > this.size) {
        this.remove(slot);
        void this.retire(slot);
      }
    }, this.idleMs);
    slot.idleTimer.unref();
  }

  private expire(pending: Pending): void {
    const waiting = this.queue.indexOf(pending);
    if (waiting >= 0) this.queue.splice(waiting, 1);
    else if (pending.slot && pending.slot.current === pending) {
      const slot = pending.slot;
      slot.current = undefined;
      this.replace(slot);
    } else return;
    pending.reject(new QueryTimeoutKgError(this.timeoutMs));
    this.dispatch();
  }

  /** Detach and return the slot's query, its deadline cleared. */
  private settle(slot: Slot): Pending | undefined {
    const pending = slot.current;
    slot.current = undefined;
    slot.demoted = false;
    clearTimeout(slot.demoteTimer);
    if (pending) clearTimeout(pending.deadline);
    return pending;
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }

  private replace(slot: Slot): void {
    this.remove(slot);
    void this.retire(slot);
    if (this.closed) return;
    // Below `size`, start a replacement (one at a time, as grow does).
    if (this.slots.length < this.size && this.slots.every((s) => s.ready)) this.slots.push(this.spawn());
    else this.grow();
  }

  private async retire(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners();
    clearTimeout(slot.idleTimer);
    clearTimeout(slot.demoteTimer);
    await slot.worker.terminate();
  }
}
