"""The block a page shows for a snippet: title, the code, what it printed, and its figures."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from .page_text import attr
from .snippet_records import SnippetPaths, read_record


def _fence(text: str) -> str:
    """A backtick fence longer than any run of backticks inside the text."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def snippet_title(source: str, name: str) -> str:
    doc = ast.get_docstring(ast.parse(source)) or ""
    return doc.strip().splitlines()[0] if doc.strip() else name


def render_snippet(snippets_dir: Path, name: str, title: str | None = None) -> str:
    """Markdown for one embedded snippet; SnippetRecordError if its record is missing or stale."""
    paths = SnippetPaths(snippets_dir / name)
    rec = read_record(paths)  # raises with the file name and the refresh command
    code = paths.source.read_text(encoding="utf-8").rstrip("\n")
    output = rec.stdout.rstrip("\n") or "（没有输出）"
    heading = title or snippet_title(code, name)
    code_fence, out_fence = _fence(code), _fence(output)
    figures = "\n".join(
        f'<figure class="snippet-figure">\n{(paths.source.parent / f).read_text(encoding="utf-8").strip()}\n</figure>'
        for f in rec.figures)
    return f"""
<div class="snippet" data-snippet="{attr(paths.name)}" markdown>
<p class="snippet-title"><strong>{attr(heading)}</strong> <span class="snippet-meta">snippets/{attr(paths.name)} · 运行约 {rec.seconds:.1f} 秒</span></p>

{code_fence}python
{code}
{code_fence}

<p class="snippet-output-label">运行输出</p>

{out_fence}text
{output}
{out_fence}

{figures}
</div>
"""
