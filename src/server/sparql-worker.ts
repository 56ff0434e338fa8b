// A worker thread owning its own store. oxigraph runs a query synchronously to the end, so the only way
// to stop a runaway one is to terminate the thread that runs it; the pool does that on timeout, and
// replaces a worker whose engine failed as soon as it has answered (see answer-query.ts).
import { readlinkSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { createSparqlStore } from "../sparql/create-sparql-store.ts";
import { answerQuery, type QueryJob } from "./answer-query.ts";

const port = parentPort!;
// The data arrives as UTF-8 in memory shared by every worker: no copy per worker, no re-encoding.
const store = createSparqlStore(new Uint8Array((workerData as { nquads: SharedArrayBuffer }).nquads));
port.on("message", (job: QueryJob) => {
  void answerQuery(store, job).then((reply) => port.postMessage(reply));
});
// This thread's kernel id, so the pool can lower the priority of a long-running query (Linux, where
// priorities are per thread; elsewhere there is no such link and the pool does without).
function threadId(): number | undefined {
  try {
    return Number(/\/task\/(\d+)$/.exec(readlinkSync("/proc/thread-self"))?.[1]) || undefined;
  } catch {
    return undefined;
  }
}
port.postMessage({ ready: true, tid: threadId() });
