// The lane a query waits in, from its shape: cross products and unbounded paths between variables are heavy.
import { describe, expect, it } from "vitest";
import { queryLane, StoppedQueries } from "../../src/server/query-lane.ts";

describe("queryLane", () => {
  it.each([
    ["SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "three unconnected patterns"],
    ["SELECT * WHERE { ?s a ?t . ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }", "two unconnected patterns"],
    ["SELECT * WHERE { ?s ?p ?o OPTIONAL { ?a ?b ?c . ?d ?e ?f } }", "a cross product inside OPTIONAL"],
    ["SELECT * WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f } }", "a cross product inside GRAPH"],
    ["SELECT * WHERE { { SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } } }", "a cross product in a subquery"],
    ["SELECT * WHERE { ?a <http://purl.org/faro/causes>+ ?b }", "a transitive path between variables"],
    ["SELECT * WHERE { ?a (<urn:p>/<urn:q>*) ?b }", "a sequence with an unbounded step"],
  ])("%s is heavy (%s)", (query) => {
    expect(queryLane(query)).toBe("heavy");
  });

  it.each([
    ["ASK { ?s <http://purl.org/faro/causes> ?o }", "one pattern"],
    ["SELECT * WHERE { ?s a ?t . ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }", "patterns joined on ?s"],
    ["SELECT * WHERE { <urn:a> ?p ?o . ?s ?q <urn:b> }", "unconnected, one of them bound enough"],
    ["SELECT * WHERE { <urn:a> <urn:p>* ?b }", "a path from a fixed node"],
    ["ASK {}", "the empty pattern"],
    ["ASK {", "a syntax error (the worker answers 400)"],
    ["DROP ALL", "an update (refused)"],
  ])("%s is light (%s)", (query) => {
    expect(queryLane(query)).toBe("light");
  });

  it("a query over the size limit is left to the worker to refuse", () => {
    expect(queryLane("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", { maxQueryBytes: 10 })).toBe("light");
  });
});

describe("StoppedQueries", () => {
  const CHAIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?c ?d ?e . ?e ?f ?g }";

  it("a query stopped once is heavy when it comes back, whatever comments or spacing it gains", () => {
    const stopped = new StoppedQueries();
    expect(queryLane(CHAIN, {}, stopped)).toBe("light");
    stopped.remember(`${CHAIN} # first try`);
    expect(queryLane(`${CHAIN} # ${Math.random()}`, {}, stopped)).toBe("heavy");
    expect(queryLane(CHAIN.replace(/ \. /g, " .\n  "), {}, stopped)).toBe("heavy");
    // A different query is not.
    expect(queryLane(CHAIN.replace("?g", "<urn:g>"), {}, stopped)).toBe("light");
  });

  it("forgets after its time to live, and beyond its size, the oldest first", () => {
    const stopped = new StoppedQueries(1000, 2);
    stopped.remember("ASK { ?a ?b ?c }", 0);
    expect(stopped.has("ASK { ?a ?b ?c }", 999)).toBe(true);
    expect(stopped.has("ASK { ?a ?b ?c }", 1000)).toBe(false);
    stopped.remember("ASK { ?a ?b 1 }", 0);
    stopped.remember("ASK { ?a ?b 2 }", 0);
    stopped.remember("ASK { ?a ?b 3 }", 0);
    expect([1, 2, 3].map((i) => stopped.has(`ASK { ?a ?b ${i} }`, 10))).toEqual([false, true, true]);
  });
});
