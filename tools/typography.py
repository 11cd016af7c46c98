#!/usr/bin/env python3
"""Chinese/English typography of the pages (autocorrect-py), leaving code alone.

The rules are in .autocorrectrc at the repository root (AutoCorrect's own config file): spaces
between Chinese and English or digits, full-width punctuation in Chinese, half-width in English,
no spaces around full-width punctuation. AutoCorrect skips fenced code at the left margin but not
fenced code indented inside a list item or a collapsible answer, nor display formulas ($$ on lines
of their own), so those (and the front matter) are blanked out here before it reads a page; line
numbers stay the same. Inline `code` and $maths$ AutoCorrect leaves alone by itself.

    python tools/typography.py            # list problems in docs/ (exit 1 if any)
    python tools/typography.py --fix docs/stage-1/week-01/day-03.md
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import autocorrect_py as autocorrect

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / ".autocorrectrc"
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})")


def load_config() -> None:
    autocorrect.load_config(CONFIG.read_text(encoding="utf-8"))


def prose_mask(text: str) -> list[bool]:
    """For each line: True if it is prose AutoCorrect may read (not front matter, not code)."""
    lines = text.split("\n")
    keep = [True] * len(lines)
    i = 0
    if lines and lines[0].strip() == "---":  # front matter
        end = next((j for j in range(1, len(lines)) if lines[j].strip() == "---"), 0)
        for j in range(end + 1):
            keep[j] = False
        i = end + 1
    fence = None
    for j in range(i, len(lines)):
        m = FENCE.match(lines[j])
        if fence is None and lines[j].strip() == "$$":  # a display formula: TeX, not prose
            fence = "$$"
            keep[j] = False
        elif fence == "$$":
            keep[j] = False
            if lines[j].strip() == "$$":
                fence = None
        elif fence is None and m:
            fence = m.group(2)[0] * len(m.group(2))
            keep[j] = False
        elif fence is not None:
            keep[j] = False
            if lines[j].strip().startswith(fence) and lines[j].strip().strip(fence[0]) == "":
                fence = None
    return keep


def masked(text: str) -> str:
    return "\n".join(line if k else "" for line, k in zip(text.split("\n"), prose_mask(text)))


def lint(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        result = autocorrect.lint_for(text, "ipynb")
    else:
        result = autocorrect.lint_for(masked(text), "md")
    rel = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    return [f"{rel}:{r.line}:{r.col}: 「{r.old.strip()}」→「{r.new.strip()}」" for r in result.lines]


def fix(path: Path) -> bool:
    """Apply AutoCorrect to the prose lines of a Markdown page; True if it changed."""
    text = path.read_text(encoding="utf-8")
    keep = prose_mask(text)
    formatted = autocorrect.format_for(masked(text), "md").split("\n")
    original = text.split("\n")
    if len(formatted) != len(original):
        raise SystemExit(f"{path}: AutoCorrect changed the number of lines; fix it by hand")
    new = "\n".join(f if k else o for o, f, k in zip(original, formatted, keep))
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def pages(paths: list[str]) -> list[Path]:
    roots = [Path(p).resolve() for p in paths] or [REPO / "docs"]
    found = []
    for root in roots:
        if root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.suffix in (".md", ".ipynb") and "vendor" not in p.parts)
        else:
            found.append(root)
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fix", action="store_true", help="rewrite the Markdown files (not notebooks)")
    ap.add_argument("paths", nargs="*", help="files or folders (default: docs/)")
    args = ap.parse_args(argv)
    load_config()
    if args.fix:
        for p in pages(args.paths):
            if p.suffix == ".md" and fix(p):
                print(f"fixed {p.relative_to(REPO)}")
    problems = [line for p in pages(args.paths) for line in lint(p)]
    print("\n".join(problems) or "no typography problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
