"""The glossary: glossary.yml read and checked, its page, and its tooltips in the lessons.

One entry per term: the Chinese term, the English, a one-line definition, and the day whose plan
teaches it. Mistakes are reported like course.yml's (same exception, same wording helpers), all at
once. On day pages the first occurrence of each term in the lesson text becomes
<abbr title="English：definition">, which Material shows as a tooltip (feature content.tooltips).
Only terms already taught (on that day or before) are marked: an earlier page that uses the same
characters in another sense (对齐 in text formatting, 剪枝 of a decision tree) is left alone.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError
from pydantic import Field

from .course_model import (Course, CourseDataError, DAYS_IN_COURSE, NonEmpty, validate_file, _Strict, _where)
from .day_page import STAGE_NAMES, day_ref
from .page_text import attr, esc
from .site_course import course_for

DATA_FILE = "glossary.yml"
MAX_DEFINITION = 80  # characters: a definition is one line, short enough for a tooltip


class Term(_Strict):
    term: NonEmpty
    english: NonEmpty
    definition: NonEmpty
    day: int = Field(ge=1, le=DAYS_IN_COURSE)


class GlossaryFile(_Strict):
    terms: list[Term] = Field(min_length=1)


@dataclass(frozen=True)
class Glossary:
    terms: list[Term]

    def tooltip(self, term: Term) -> str:
        return f"{term.english}：{term.definition}"


def load_glossary(path: Path, course: Course) -> Glossary:
    """Read and check glossary.yml against the course; raise CourseDataError listing every problem."""
    name = path.name
    data = validate_file(path, GlossaryFile, "terms: 术语列表", _term_where)
    problems, seen = [], set()
    for t in data.terms:
        who = f"术语 '{t.term}'"
        if t.term in seen:
            problems.append(f"{name}: {who} 字段 term：术语重复")
        seen.add(t.term)
        if t.day not in course.day_by_number:
            problems.append(f"{name}: {who} 字段 day：课程里没有第 {t.day} 天")
        if "\n" in t.definition.strip() or len(t.definition) > MAX_DEFINITION:
            problems.append(f"{name}: {who} 字段 definition：释义应为一行、不超过 {MAX_DEFINITION} 字，"
                            f"实际 {len(t.definition)} 字")
        if len(t.term) < 2:
            problems.append(f"{name}: {who} 字段 term：术语至少两个字符（单字会在正文里误配）")
    if problems:
        raise CourseDataError(problems)
    return Glossary(list(data.terms))


def _term_where(raw: dict, loc: tuple) -> str:
    """Like course.yml's messages, naming the term when the entry has one: 术语 '注意力' 字段 day."""
    entries = raw.get("terms")
    if len(loc) >= 2 and loc[0] == "terms" and isinstance(loc[1], int) and isinstance(entries, list) \
            and loc[1] < len(entries) and isinstance(entries[loc[1]], dict) and entries[loc[1]].get("term"):
        return f"术语 '{entries[loc[1]]['term']}' " + _where(entries[loc[1]], loc[2:])
    return _where(raw, loc)


_cache: dict[tuple, tuple[Course, Glossary]] = {}


def glossary_for(config) -> Glossary:
    """The checked glossary for a MkDocs config, loaded again when it or the course changes."""
    course = course_for(config)
    path = Path(config["config_file_path"]).resolve().parent / DATA_FILE
    key = (path, path.stat().st_mtime_ns)
    if key not in _cache or _cache[key][0] is not course:
        try:
            glossary = load_glossary(path, course)
        except CourseDataError as exc:
            raise PluginError(f"术语表有 {len(exc.problems)} 处错误：\n" + str(exc)) from None
        _cache.clear()
        _cache[key] = (course, glossary)
    return _cache[key][1]


# --- the glossary page ------------------------------------------------------------------------


def render_glossary(course: Course, glossary: Glossary, from_src: str) -> str:
    """One table per stage, terms in course order, each linked to the day that teaches it."""
    parts = [f"共 {len(glossary.terms)} 个术语，按课程顺序排列；“在哪一天学”一栏的链接指向讲解它的那一天。\n"]
    for stage in course.stages:
        rows = []
        for t in sorted((t for t in glossary.terms if course.day_by_number[t.day].stage is stage),
                        key=lambda t: t.day):
            day = course.day_by_number[t.day]
            rows.append(f"| {esc(t.term)} | {esc(t.english)} | {esc(t.definition)} | "
                        f"{day_ref(course, day, from_src)} |")
        if rows:
            parts.append(f"## {STAGE_NAMES[stage.number]}：{esc(stage.title)}\n\n"
                         "| 术语 | English | 释义 | 在哪一天学 |\n|---|---|---|---|\n" + "\n".join(rows) + "\n")
    return "\n".join(parts)


# --- tooltips in lesson text ------------------------------------------------------------------

_TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
# Not lesson prose: headings, links, code, maths, figures, controls, the data-file header.
_SKIP_TAGS = {"a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "svg", "math", "h1",
              "h2", "h3", "h4", "h5", "h6", "button", "label", "summary", "time", "nav", "textarea"}
_SKIP_CLASS = re.compile(r"""class=["'][^"']*\b(arithmatex|day-meta|snippet|highlight|katex|"""
                         r"""md-tags|day-done|admonition-title)\b""")


def _term_pattern(terms: list[Term]) -> re.Pattern:
    """Longest term first, so 自注意力 wins over 注意力; ASCII terms only as whole words."""
    def one(t: str) -> str:
        p = re.escape(html.escape(t, quote=False))
        if re.match(r"\w", t, re.A):
            p = r"(?<![A-Za-z0-9_])" + p
        if re.search(r"\w$", t, re.A):
            p += r"(?![A-Za-z0-9_])"
        return p
    return re.compile("|".join(one(t.term) for t in sorted(terms, key=lambda t: -len(t.term))))


def mark_terms(page_html: str, glossary: Glossary, day: int) -> str:
    """Wrap the first occurrence in the prose of each term taught by `day` in <abbr title=...>."""
    terms = [t for t in glossary.terms if t.day <= day]
    if not terms:
        return page_html
    by_text = {html.escape(t.term, quote=False): t for t in terms}
    pattern, used = _term_pattern(terms), set()
    out, stack, pos = [], [], 0

    def prose(text: str) -> str:
        pieces, last = [], 0
        for m in pattern.finditer(text):
            if m.group(0) in used:
                continue
            used.add(m.group(0))
            t = by_text[m.group(0)]
            pieces += [text[last:m.start()],
                       f'<abbr class="glossary-term" tabindex="0" title="{attr(glossary.tooltip(t))}">'
                       f'{m.group(0)}</abbr>']
            last = m.end()
        return "".join(pieces) + text[last:]

    for m in _TAG.finditer(page_html):
        text = page_html[pos:m.start()]
        out.append(prose(text) if text and not any(skip for _, skip in stack) else text)
        out.append(m.group(0))
        pos = m.end()
        closing, name, rest = m.group(1), (m.group(2) or "").lower(), m.group(3) or ""
        if not name:
            continue  # a comment
        if closing:
            while any(n == name for n, _ in stack) and stack.pop()[0] != name:
                pass
        elif name not in _VOID and not rest.rstrip().endswith("/"):
            stack.append((name, name in _SKIP_TAGS or bool(_SKIP_CLASS.search(rest))))
    tail = page_html[pos:]
    out.append(prose(tail) if not any(skip for _, skip in stack) else tail)
    return "".join(out)
