import { describe, expect, it } from "vitest";
import { redact, shownUrl } from "../../src/push/redact.ts";
import { storeMessage } from "../../src/push/store-message.ts";

describe("storeMessage", () => {
  it("reads Virtuoso's HTML error page as its heading and message", () => {
    const page = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html>\n  <head>\n    <title>SPARQL Graph Protocol request failed</title>\n  </head>\n  <body>\n    <h1>HTTP/1.1 500 Request Failed</h1>\n    <h3>Error 22023</h3>\n<xmp>The PUT request for graph &lt;http://ex/g2&gt; is rejected</xmp></body></html>`;
    expect(storeMessage(page)).toBe("HTTP/1.1 500 Request Failed Error 22023 The PUT request for graph <http://ex/g2> is rejected");
  });

  it("keeps plain text as it is, on one line, cut to 400 characters", () => {
    expect(storeMessage("  bad\n request ")).toBe("bad request");
    const long = storeMessage("é".repeat(1000));
    expect([...long]).toHaveLength(400);
    expect(long.endsWith("…")).toBe(true);
    expect(storeMessage("")).toBe("");
  });
});

describe("redact", () => {
  it("replaces each secret and its URL-encoded form", () => {
    expect(redact("pw=a b&c, a%20b%26c, a b&c", ["a b&c"])).toBe("pw=***, ***, ***");
    expect(redact("nothing here", [""])).toBe("nothing here");
  });

  it("shows a URL without its user info", () => {
    expect(shownUrl(new URL("http://u:p@host:8890/x?y=1"))).toBe("http://host:8890/x?y=1");
    expect(shownUrl(new URL("http://host/x"))).toBe("http://host/x");
  });
});
