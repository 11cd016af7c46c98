"""Putting data-file values into Markdown safely: escaping, and links between pages.

Macros return Markdown, so a value from course.yml is HTML-escaped (a title like `<b>` shows as
text) and its Markdown punctuation is backslash-escaped (a `*` stays a star). Links point at the
target's .md source, relative to the page being rendered, so MkDocs checks them in strict mode.
"""
from __future__ import annotations

import html
import posixpath
import re

# Not ( and ): a backslash before them makes \( … \), which pymdownx.arithmatex reads as a
# formula ("(wx + b − y)²" in an objective became a broken formula); [ and ] are escaped, so a
# parenthesis cannot start a link.
_MD_PUNCT = re.compile(r"([\\`*_\[\]{}#+!|$])")


def esc(value) -> str:
    """Escape a plain-text value for use inside Markdown (inline) or HTML."""
    # Markdown first: html.escape adds no backslashes, and its entities must stay intact.
    return html.escape(_MD_PUNCT.sub(r"\\\1", str(value)), quote=False)


def attr(value) -> str:
    """Escape a value for an HTML attribute."""
    return html.escape(str(value), quote=True)


def rel(target_src: str, from_src: str) -> str:
    """Relative link from one docs/ source file to another (both as 'a/b/c.md', anchors kept)."""
    path, _, anchor = target_src.partition("#")
    link = posixpath.relpath(path, posixpath.dirname(from_src) or ".")
    return link + (f"#{anchor}" if anchor else "")


def link(text: str, target_src: str, from_src: str) -> str:
    return f"[{esc(text)}]({rel(target_src, from_src)})"


def minutes_text(total: int) -> str:
    hours, minutes = divmod(total, 60)
    if not hours:
        return f"{minutes} 分钟"
    return f"{hours} 小时" + (f" {minutes} 分钟" if minutes else "")
