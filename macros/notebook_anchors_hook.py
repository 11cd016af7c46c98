"""MkDocs hook: make mkdocs-jupyter's heading ids and its table of contents agree for Chinese.

mkdocs-jupyter gives notebook headings ASCII-only, then %-quoted ids ("第 1 步：数一数" → "1") while
its table of contents uses Markdown's default slugify ("_1"), so every TOC link on a Chinese
notebook page misses. Both are pointed at the same Unicode slugify the Markdown pages use
(mkdocs.yml `toc`), and the id is left unquoted, as Markdown pages leave it.
"""
from __future__ import annotations

import functools

import mkdocs_jupyter.convert
import mkdocs_jupyter.plugin
import nbconvert.filters.strings
from markdown.extensions.toc import TocExtension
from pymdownx.slugs import slugify

_slug = slugify(case="lower")


def _unicode_slug(value: str) -> str:
    return _slug(value, "-")


mkdocs_jupyter.convert.slugify = _unicode_slug
nbconvert.filters.strings._convert_header_id = lambda header: header.replace(" ", "-")
mkdocs_jupyter.plugin.TocExtension = functools.partial(TocExtension, slugify=_slug)
