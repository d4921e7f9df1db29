// The CloudFront Function as CloudFront runs it: a script defining `handler`, with no module system.
import { readFile } from "node:fs/promises";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

interface ViewerRequest {
  uri: string;
  querystring: Record<string, { value: string }>;
}
type Result = ViewerRequest | { statusCode: number; headers: { location: { value: string } } };

const source = await readFile(new URL("./cloudfrontFunction.js", import.meta.url), "utf8");
const handler = runInNewContext(`${source}\nhandler;`) as (event: { request: ViewerRequest }) => Result;
const request = (uri: string, querystring: ViewerRequest["querystring"] = {}) => handler({ request: { uri, querystring } });

describe("the CloudFront Function in front of a private bucket", () => {
  it("asks the bucket for a folder's index.html", () => {
    expect(request("/")).toMatchObject({ uri: "/index.html" });
    expect(request("/2026/11/25/port-strike/")).toMatchObject({ uri: "/2026/11/25/port-strike/index.html" });
    expect(request("/ostrov/tags/energy/")).toMatchObject({ uri: "/ostrov/tags/energy/index.html" });
  });

  it("passes files through as they are", () => {
    for (const uri of ["/feed.xml", "/assets/site.1a2b3c.css", "/img/abc-800.avif", "/pagefind/pagefind.js"]) expect(request(uri)).toMatchObject({ uri });
  });

  it("redirects a folder without its slash, keeping the query", () => {
    expect(request("/archive")).toEqual({ statusCode: 301, statusDescription: "Moved Permanently", headers: { location: { value: "/archive/" } } });
    expect(request("/search", { q: { value: "port" }, page: { value: "2" } })).toMatchObject({ headers: { location: { value: "/search/?q=port&page=2" } } });
  });
});
