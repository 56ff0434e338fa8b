// Credentials for a store, and a fetch that presents them. Node's fetch has no HTTP Digest; digest-fetch (a
// small, widely used wrapper of fetch) answers the server's Digest challenge (RFC 7616: MD5 and SHA-256, qop
// auth) and keeps the nonce for the requests that follow, so only the first request of a push is sent twice.
// Basic is one header, written here: digest-fetch's Basic encodes with a Latin-1-only base64 that throws on
// other characters, while Buffer encodes the UTF-8 bytes, as RFC 7617's charset="UTF-8" expects.
import DigestClient from "digest-fetch";

export type AuthScheme = "digest" | "basic";
export const AUTH_SCHEMES: readonly AuthScheme[] = ["digest", "basic"];

export interface Credentials {
  scheme: AuthScheme;
  user: string;
  password: string;
}

/** What the store client calls instead of fetch: same arguments, same Response. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A fetch for one endpoint that authenticates as `credentials` (or not at all without them). */
export function authenticatedFetch(credentials: Credentials | undefined): FetchLike {
  if (!credentials) return (url, init) => fetch(url, init);
  if (credentials.scheme === "basic") {
    const header = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, "utf8").toString("base64")}`;
    return (url, init) => fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: header } });
  }
  // One client per endpoint: it holds that endpoint's nonce and nonce count.
  const client = new DigestClient(credentials.user, credentials.password, { algorithm: "MD5" });
  return async (url, init) => {
    // digest-fetch sets Authorization on the headers object it is given: give it a plain, fresh one.
    const response = await client.fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>) } });
    return response as Response;
  };
}
