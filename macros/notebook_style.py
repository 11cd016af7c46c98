"""Notebook pages without mkdocs-jupyter's 600 KB of inline CSS.

mkdocs-jupyter puts JupyterLab's whole stylesheet (≈575 KB: every widget, dialog and menu of the
JupyterLab app), a Pygments theme and a Mermaid loader into every notebook page, as <style> and
<script> blocks inside the page. Here those blocks are taken out of the page; the CSS is cut down
to the rules whose classes actually occur on the site's notebook pages (and to the custom
properties those rules use), and written once as assets/stylesheets/notebook.css, which each
notebook page links (so the browser caches it across labs). Empty `<script src="">`, the MathJax
configuration (maths is rendered at build time) and the Mermaid loader (it would fetch Mermaid
from a CDN) are dropped.
"""
from __future__ import annotations

import re

import tinycss2

CSS_PATH = "assets/stylesheets/notebook.css"

_STYLE = re.compile(r"\s*<style[^>]*>(.*?)</style>", re.S)
_DROP_SCRIPTS = re.compile(
    r'\s*<script src="">\s*</script>'                               # MathJax with no URL
    r'|\s*<script type="text/x-mathjax-config">.*?</script>'         # its configuration
    r'|\s*<script type="module">(?:(?!</script>).)*?mermaid.*?</script>',  # loads Mermaid from a CDN
    re.S)
# mkdocs-jupyter's copy button: `for="cell-1",` (a stray comma becomes an attribute) and an
# aria-label on an element without a role; the clipboard-copy script gives it role=button anyway.
_COPY_BUTTON = re.compile(r'<clipboard-copy\b[^>]*?\bfor="([^"]+)"[^>]*>')
_CLASS_ATTR = re.compile(r'\sclass="([^"]*)"')
_IDENT = re.compile(r"\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)")
_PARENS = re.compile(r"\([^()]*\)")
_VAR_USE = re.compile(r"var\(\s*(--[-_a-zA-Z0-9]+)")
_WORD = re.compile(r"-?[_a-zA-Z][-_a-zA-Z0-9]*")


def split_notebook_html(page_html: str) -> tuple[str, list[str], set[str]]:
    """(page without style blocks and dead scripts, with valid copy buttons; the CSS texts taken
    out; the classes used)."""
    css = [c for c in _STYLE.findall(page_html) if not c.lstrip().startswith("[")]  # skip a repr()'d list
    page_html = _DROP_SCRIPTS.sub("", _STYLE.sub("", page_html))
    page_html = _COPY_BUTTON.sub(r'<clipboard-copy for="\1" role="button" tabindex="0" aria-label="复制代码">', page_html)
    classes = {c for attr in _CLASS_ATTR.findall(page_html) for c in attr.split()}
    return page_html, css, classes | {"notice"}  # .notice: the "Copied!" note the copy button shows


def _selector_used(selector: str, classes: set[str]) -> bool:
    """A selector is kept when every class it requires occurs (classes inside :not() etc. aside)."""
    required = _IDENT.findall(_PARENS.sub("", selector))
    return bool(required) and all(c in classes for c in required)


def _declarations(rule) -> list:
    return [d for d in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
            if d.type == "declaration"]


def _keep_rules(rules, classes: set[str]) -> list:
    """Qualified rules with their unused selectors removed; @media/@supports kept if not empty."""
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s.strip() for s in tinycss2.serialize(rule.prelude).split(",")]
            used = [s for s in selectors if _selector_used(s, classes)]
            if used:
                kept.append((",".join(used), _declarations(rule)))
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = _keep_rules(tinycss2.parse_rule_list(rule.content, skip_whitespace=True,
                                                         skip_comments=True), classes)
            if inner:
                kept.append((f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}", inner))
        elif rule.type == "at-rule" and rule.lower_at_keyword == "keyframes":
            kept.append((f"@keyframes {tinycss2.serialize(rule.prelude).strip()}", rule))
    return kept


def _walk(kept):
    for head, body in kept:
        if isinstance(body, list) and body and isinstance(body[0], tuple):
            yield from _walk(body)
        elif isinstance(body, list):
            yield head, body


def _serialize(kept, used_vars: set[str], animations: set[str]) -> str:
    out = []
    for head, body in kept:
        if head.startswith("@keyframes"):
            if head.split()[1] in animations:
                out.append(head + "{" + tinycss2.serialize(body.content).strip() + "}")
        elif isinstance(body, list) and body and isinstance(body[0], tuple):
            inner = _serialize(body, used_vars, animations)
            if inner:
                out.append(head + "{" + inner + "}")
        else:
            decls = [f"{d.name}:{tinycss2.serialize(d.value).strip()}{' !important' if d.important else ''}"
                     for d in body if not d.name.startswith("--") or d.name in used_vars]
            if decls:
                out.append(head + "{" + ";".join(decls) + "}")
    return "\n".join(out)


def slim_css(css_texts: list[str], classes: set[str]) -> str:
    """The rules of `css_texts` that can apply to elements with `classes`, with only the custom
    properties (--x) and keyframes those rules use."""
    kept = []
    for css in dict.fromkeys(css_texts):
        kept += _keep_rules(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), classes)
    plain = [(d.name, tinycss2.serialize(d.value)) for _, decls in _walk(kept) for d in decls]
    definitions: dict[str, list[str]] = {}
    for name, value in plain:
        if name.startswith("--"):
            definitions.setdefault(name, []).append(value)
    # Custom properties used by real declarations, then whatever those refer to, and so on.
    used = {v for name, value in plain if not name.startswith("--") for v in _VAR_USE.findall(value)}
    todo = list(used)
    while todo:
        for value in definitions.get(todo.pop(), []):
            for v in _VAR_USE.findall(value):
                if v not in used:
                    used.add(v)
                    todo.append(v)
    animations = {w for name, value in plain if name.startswith("animation") for w in _WORD.findall(value)}
    return "/* Generated by macros/notebook_style.py from mkdocs-jupyter's CSS: only what the notebook pages use. */\n" \
        + _serialize(kept, used, animations) + "\n"
