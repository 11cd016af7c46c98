#!/usr/bin/env python3
"""Build data/course_corpus/corpus.txt: plain Chinese sentences taken from this course's own lessons.

Later lessons train small models on Chinese text (a character-level RNN, word2vec, a tiny GPT and
BERT, a BPE tokenizer). The text has to ship with the repository and be ours to share, so it is
cut from the explanation prose of the first three weeks of lessons: code, formulas, links, tables
and admonition markers are removed, and only whole sentences without any maths or code survive.

The corpus is a snapshot, not rebuilt on every change: snippet records depend on its exact bytes.
Run this only when you mean to refresh it (then re-record the snippets that read it):

    python tools/make_course_corpus.py
"""
from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = sorted(REPO.glob("docs/stage-1/week-0[123]/day-*.md"))
OUT = REPO / "data" / "course_corpus" / "corpus.txt"

CJK = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_END = re.compile(r"(?<=[。！？])")
MARKUP = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images keep their text
    (re.compile(r"\[\^\d+\]"), ""),  # footnote marks
    (re.compile(r"\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)"), ""),  # bold and italics
    (re.compile(r"^\s*(?:[-*+]|\d+\.)\s+"), ""),  # list markers
    (re.compile(r"^\s*(?:[!?]{3}\+?|#{1,6})\s.*$"), ""),  # admonition titles and headings
    (re.compile(r"^>\s?"), ""),
]
UNWANTED = re.compile(r"[$`|<>{}\\=_^~]|https?:|\b[a-z_]+\(")  # maths, code, tables, URLs


def prose_lines(markdown: str) -> list[str]:
    """Lines of running text: no front matter, fenced code, display maths or macro calls."""
    lines, in_fence, in_math = [], False, False
    body = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if stripped == "$$":
            in_math = not in_math
            continue
        if in_fence or in_math or stripped.startswith("{{"):
            continue
        for pattern, replacement in MARKUP:
            stripped = pattern.sub(replacement, stripped)
        lines.append(stripped)
    return lines


def sentences(markdown: str) -> list[str]:
    kept = []
    for line in prose_lines(markdown):
        for sentence in SENTENCE_END.split(line):
            sentence = sentence.strip()
            if len(CJK.findall(sentence)) >= 8 and not UNWANTED.search(sentence):
                kept.append(sentence)
    return kept


def main() -> None:
    seen: set[str] = set()
    out: list[str] = []
    for source in SOURCES:
        for sentence in sentences(source.read_text(encoding="utf-8")):
            if sentence not in seen:  # the same sentence twice would teach a model to copy
                seen.add(sentence)
                out.append(sentence)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    chars = sum(len(s) for s in out)
    print(f"{OUT.relative_to(REPO)}: {len(out)} 句，{chars} 字符，来自 {len(SOURCES)} 个页面")


if __name__ == "__main__":
    main()
