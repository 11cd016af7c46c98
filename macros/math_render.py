"""Maths rendered once, at build time, with the KaTeX that npm installed (no KaTeX script in pages).

Markdown pages: pymdownx.arithmatex (generic mode) leaves `<span class="arithmatex">\\(…\\)</span>`
and `<div class="arithmatex">\\[…\\]</div>`. Notebook pages: mkdocs-jupyter leaves `$…$` and
`$$…$$` in the text of markdown cells. Both become KaTeX's HTML + MathML (the MathML is what screen
readers read), so a reader's phone downloads KaTeX's CSS and the few fonts a page uses, and runs no
maths JavaScript at all.

One `node macros/katex_render.cjs` process serves the whole build (and every rebuild of
`mkdocs serve`); results are cached in `.cache/katex/<katex version>.json`, so a warm build starts
no node at all. A formula KaTeX cannot parse is returned as an error: the hook logs it, and a
strict build stops naming the page and the formula.
"""
from __future__ import annotations

import atexit
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

RENDERER = Path(__file__).with_name("katex_render.cjs")
RENDERING = 2  # bump when the post-processing below changes: the cache file is named after it

# KaTeX writes an operator name in a script, as in \lambda_{\max}, as two bare children of <msub>
# (<mi>max</mi><mo>&#x2061;</mo>), and <msub> takes exactly two; grouping them in an <mrow> is
# what MathML asks for (the Nu HTML checker rejects the page otherwise) and reads the same.
_FUNCTION_NAME = re.compile("(?<!<mrow>)(<mi>[^<]*</mi><mo>\u2061</mo>)")


def fix_mathml(rendered: str) -> str:
    return _FUNCTION_NAME.sub(r"<mrow>\1</mrow>", rendered)

ARITHMATEX = re.compile(r'<(span|div) class="arithmatex">\s*\\([(\[])(.*?)\\[)\]]\s*</\1>', re.S)
# Text between tags; `$…$` is looked for only outside code, outputs and scripts.
_TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S)
_NO_MATH = {"pre", "code", "script", "style", "textarea", "svg", "math", "kbd", "samp"}
DOLLARS = re.compile(r"(?<![\\$])\$\$(.+?)\$\$|(?<![\\$])\$(?!\s)([^$]+?)(?<![\s\\])\$(?!\d)", re.S)


class MathError(Exception):
    pass


_renderers: dict = {}  # one per project root, kept across the rebuilds of `mkdocs serve`


def renderer_for(root: Path) -> "KatexRenderer":
    if root not in _renderers:
        _renderers[root] = KatexRenderer(root)
    return _renderers[root]


class KatexRenderer:
    """Renders TeX with node + KaTeX from `root/node_modules/katex`, caching on disk."""

    def __init__(self, root: Path):
        self.katex_dir = root / "node_modules/katex"
        manifest = self.katex_dir / "package.json"
        node = shutil.which("node")
        if not manifest.is_file() or not node:
            raise MathError("公式在构建时由 KaTeX 渲染，需要 Node.js 和 npm 安装的 katex："
                            "请先运行 make build（或 npm ci）")
        self.node = node
        version = json.loads(manifest.read_text(encoding="utf-8"))["version"]
        self.cache_file = root / ".cache/katex" / f"katex-{version}-r{RENDERING}.json"
        try:
            self.cache: dict[str, str] = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.cache = {}
        self.dirty = False
        self.used: set[str] = set()
        self._proc: subprocess.Popen | None = None

    @staticmethod
    def key(tex: str, display: bool) -> str:
        return hashlib.sha1(f"{int(display)}\0{tex}".encode()).hexdigest()

    def _process(self) -> subprocess.Popen:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen([self.node, str(RENDERER), str(self.katex_dir)],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          text=True, encoding="utf-8")
            atexit.register(self.close)
        return self._proc

    def render(self, formulas: list[tuple[str, bool]]) -> list[tuple[str | None, str | None]]:
        """(html, None) or (None, error) for each (tex, display), in order."""
        missing = list(dict.fromkeys((t, d) for t, d in formulas if self.key(t, d) not in self.cache))
        errors: dict[tuple[str, bool], str] = {}
        if missing:
            proc = self._process()
            proc.stdin.write(json.dumps(missing, ensure_ascii=False) + "\n")
            proc.stdin.flush()
            line = proc.stdout.readline()
            if not line:
                raise MathError("KaTeX 渲染进程意外退出")
            for (tex, display), answer in zip(missing, json.loads(line)):
                if "html" in answer:
                    self.cache[self.key(tex, display)] = fix_mathml(answer["html"])
                    self.dirty = True
                else:
                    errors[(tex, display)] = answer["error"]
        out = []
        for tex, display in formulas:
            k = self.key(tex, display)
            self.used.add(k)
            out.append((self.cache[k], None) if k in self.cache else (None, errors[(tex, display)]))
        return out

    def save(self) -> None:
        """Write the cache, keeping only formulas this build used (a full build sees them all)."""
        if not self.dirty and len(self.used) == len(self.cache):
            return
        keep = {k: v for k, v in self.cache.items() if k in self.used} if self.used else self.cache
        write_atomically(self.cache_file, json.dumps(keep, ensure_ascii=False, sort_keys=True))
        self.cache, self.dirty, self.used = keep, False, set()

    def close(self) -> None:
        if self._proc and self._proc.poll() is None:
            self._proc.stdin.close()
            self._proc.wait(timeout=10)


def write_atomically(path: Path, text: str) -> None:
    """Best effort: a cache file appears whole or not at all, even with two builds at once (the
    test suite builds on two workers); losing the race only costs the next build some time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp",
                                         delete=False) as tmp:
            tmp.write(text)
        os.replace(tmp.name, path)
    except OSError:
        pass


def _error_html(tex: str, display: bool, error: str) -> str:
    tag = "div" if display else "span"
    return f'<{tag} class="katex-error" title="{html.escape(error)}">{html.escape(tex)}</{tag}>'


def render_arithmatex(page_html: str, renderer: KatexRenderer) -> tuple[str, list[str]]:
    """Markdown pages: every .arithmatex wrapper keeps its class and gets KaTeX's output inside."""
    found = [(html.unescape(m.group(3)).strip(), m.group(2) == "[") for m in ARITHMATEX.finditer(page_html)]
    if not found:
        return page_html, []
    results = iter(renderer.render(found))
    errors = []

    def replace(m: re.Match) -> str:
        (rendered, error), (tex, display) = next(results), (html.unescape(m.group(3)).strip(), m.group(2) == "[")
        if error:
            errors.append(f"{tex!r}: {error}")
            rendered = _error_html(tex, display, error)
        return f'<{m.group(1)} class="arithmatex">{rendered}</{m.group(1)}>'

    return ARITHMATEX.sub(replace, page_html), errors


def render_dollars(page_html: str, renderer: KatexRenderer) -> tuple[str, list[str]]:
    """Notebook pages: `$$…$$` and `$…$` in prose (not in code, outputs or scripts) become KaTeX."""
    pieces: list[tuple[str, bool]] = []  # (text, may hold maths)
    stack: list[str] = []
    pos = 0
    for m in _TAG.finditer(page_html):
        pieces.append((page_html[pos:m.start()], not any(t in _NO_MATH for t in stack)))
        pieces.append((m.group(0), False))
        pos = m.end()
        closing, name = m.group(1), (m.group(2) or "").lower()
        if not name or m.group(0).endswith("/>"):
            continue
        if closing:
            if name in stack:
                while stack.pop() != name:
                    pass
        elif name in _NO_MATH:
            stack.append(name)
    pieces.append((page_html[pos:], not stack))

    found = [(html.unescape(m.group(1) or m.group(2)).strip(), m.group(1) is not None)
             for text, maths in pieces if maths and "$" in text for m in DOLLARS.finditer(text)]
    if not found:
        return page_html, []
    results = iter(renderer.render(found))
    errors = []

    def replace(m: re.Match) -> str:
        (rendered, error) = next(results)
        tex, display = html.unescape(m.group(1) or m.group(2)).strip(), m.group(1) is not None
        if error:
            errors.append(f"{tex!r}: {error}")
            return _error_html(tex, display, error)
        return rendered

    return "".join(DOLLARS.sub(replace, text) if maths and "$" in text else text
                   for text, maths in pieces), errors
