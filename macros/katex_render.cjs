// Build-time KaTeX for macros/math_render.py: one long-lived process per build (or per
// `mkdocs serve`). Each line on stdin is a JSON array of [tex, display] pairs; the answer is one
// line, a JSON array of {html} or {error}, in the same order.
// Usage: node katex_render.cjs /path/to/node_modules/katex
"use strict";
const katex = require(process.argv[2]);
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  const answers = JSON.parse(line).map(([tex, display]) => {
    try {
      // strict: false — Chinese inside \text{} or in maths is fine for this course, as it was in
      // the browser; throwOnError — a formula KaTeX cannot parse is a build error, not red text.
      return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: false }) };
    } catch (e) {
      return { error: String(e && e.message ? e.message : e) };
    }
  });
  process.stdout.write(JSON.stringify(answers) + "\n");
});
