import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, html, trustedHtml } from "../src/render/html.ts";

test("values are escaped as Nunjucks' autoescape does", () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  assert.equal(
    html`<p title="${`" onmouseover="alert(1)`}">${"<script>alert(1)</script>"}</p>`.markup,
    `<p title="&quot; onmouseover=&quot;alert(1)">&lt;script&gt;alert(1)&lt;/script&gt;</p>`,
  );
});

test("fragments nest without being escaped twice; arrays join; null, undefined and false print nothing", () => {
  const items = ["a & b", "<c>"].map((item) => html`<li>${item}</li>`);
  assert.equal(html`<ul>${items}</ul>`.markup, "<ul><li>a &amp; b</li><li>&lt;c&gt;</li></ul>");
  assert.equal(html`${null}${undefined}${false}${0}`.markup, "0");
});

test("only trusted markup passes through as is", () => {
  assert.equal(html`<div>${trustedHtml("<p>sanitised</p>")}</div>`.markup, "<div><p>sanitised</p></div>");
  assert.equal(html`<div>${"<p>text</p>"}</div>`.markup, "<div>&lt;p&gt;text&lt;/p&gt;</div>");
});
