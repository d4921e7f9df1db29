import { describe, expect, it } from "vitest";
import { html, raw } from "./html.ts";

describe("html", () => {
  it("escapes interpolated text in content and attributes", () => {
    const title = `<script>alert("x")</script> & 'Tom's'`;
    expect(html`<a title="${title}">${title}</a>`.value).toBe(
      `<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tom&#39;s&#39;">` +
        `&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tom&#39;s&#39;</a>`,
    );
  });

  it("inserts nested templates and raw markup as they are", () => {
    expect(html`<p>${html`<b>${"<i>"}</b>`}${raw("<br>")}</p>`.value).toBe("<p><b>&lt;i&gt;</b><br></p>");
  });

  it("joins lists and drops empty values", () => {
    expect(html`${["a", "<b>"]}${null}${undefined}${false}${0}`.value).toBe("a&lt;b&gt;0");
  });
});
