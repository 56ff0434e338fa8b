// A worker thread owning its own store. oxigraph runs a query synchronously to the end, so the only way
// to stop a runaway one is to terminate the thread that runs it; the pool does that on timeout, and
// replaces a worker whose engine failed as soon as it has answered (see answer-query.ts).
import { parentPort, workerData } from "node:worker_threads";
import { createSparqlStore } from "../sparql/create-sparql-store.ts";
import { answerQuery, type QueryJob } from "./answer-query.ts";

const port = parentPort!;
const store = createSparqlStore((workerData as { nquads: string }).nquads);
port.on("message", (job: QueryJob) => {
  void answerQuery(store, job).then((reply) => port.postMessage(reply));
});
port.postMessage("ready");
