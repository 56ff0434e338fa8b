// A fixed pool of query workers with a per-query timeout. A query that overruns gets its worker
// terminated and replaced, so one pathological query costs one worker for `timeoutMs`, never the server.
import type { Worker } from "node:worker_threads";
import { QueryTimeoutKgError } from "../sparql/sparql-errors.ts";
import type { QueryJob, QueryReply } from "./answer-query.ts";
import { spawnTsWorker } from "./spawn-ts-worker.ts";

export interface PoolOptions {
  /** Number of workers, each holding a copy of the data (default 2). */
  size?: number;
  /** Per-query limit in milliseconds, counted from when a worker takes the query (default 10 000). */
  timeoutMs?: number;
}

interface Pending {
  job: QueryJob;
  resolve: (reply: QueryReply) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

const WORKER_MODULE = new URL("./sparql-worker.ts", import.meta.url);

export class SparqlWorkerPool {
  readonly timeoutMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private startupError: Error | undefined;

  constructor(
    private readonly nquads: string,
    options: PoolOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    for (let i = 0; i < (options.size ?? 2); i++) this.slots.push(this.spawn());
  }

  /** Resolves once every worker has loaded the data. */
  async ready(): Promise<void> {
    while (!this.closed && !this.startupError && this.slots.some((s) => !s.ready)) await new Promise((r) => setTimeout(r, 10));
    if (this.startupError) throw this.startupError;
  }

  /** Run a query on the next free worker; rejects with QueryTimeoutKgError when it overruns. */
  run(job: QueryJob): Promise<QueryReply> {
    if (this.closed) return Promise.reject(new Error("the query pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error("the query pool is closed"));
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: spawnTsWorker(WORKER_MODULE, { nquads: this.nquads }), ready: false };
    slot.worker.on("message", (message: QueryReply | "ready") => {
      if (message === "ready") slot.ready = true;
      else this.finish(slot, (p) => p.resolve(message));
      this.dispatch();
    });
    slot.worker.on("error", (error) => {
      // A worker that cannot even load the data would fail again if respawned: report it instead.
      if (!slot.ready) {
        this.startupError = error;
        return;
      }
      this.finish(slot, (p) => p.reject(error));
      this.replace(slot);
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.current) continue;
      const pending = this.queue.shift()!;
      slot.current = pending;
      slot.timer = setTimeout(() => {
        this.finish(slot, (p) => p.reject(new QueryTimeoutKgError(this.timeoutMs)));
        this.replace(slot);
      }, this.timeoutMs);
      slot.worker.postMessage(pending.job);
    }
  }

  private finish(slot: Slot, settle: (pending: Pending) => void): void {
    clearTimeout(slot.timer);
    const pending = slot.current;
    slot.current = undefined;
    if (pending) settle(pending);
  }

  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    void this.retire(slot);
    if (!this.closed) this.slots[index] = this.spawn();
  }

  private async retire(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners();
    clearTimeout(slot.timer);
    await slot.worker.terminate();
  }
}
