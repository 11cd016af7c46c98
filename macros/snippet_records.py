"""Recorded snippet runs: where the records live, reading them, and judging a re-run.

A snippet `snippets/week-01/name.py` has its record beside it:
  name.output.txt   what it printed (stdout), verbatim
  name.record.json  source hash, duration, figure files
  name.figN.svg     each figure it drew, N = 1, 2, ...
The build shows a record only while its hash matches the source, so a page never shows output
that the current code did not print.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

REFRESH_COMMAND = "make snippets"


class SnippetRecordError(Exception):
    """A snippet cannot be shown: missing file, missing record, or a stale record."""


@dataclass(frozen=True)
class SnippetPaths:
    source: Path

    @property
    def name(self) -> str:
        """'week-01/name.py', the id used in pages and in data-snippet attributes."""
        return f"{self.source.parent.name}/{self.source.name}"

    @property
    def output(self) -> Path:
        return self.source.with_suffix(".output.txt")

    @property
    def record(self) -> Path:
        return self.source.with_suffix(".record.json")

    def figure(self, n: int) -> Path:
        return self.source.with_name(f"{self.source.stem}.fig{n}.svg")


@dataclass(frozen=True)
class Record:
    source_sha256: str
    seconds: float
    figures: list[str]
    stdout: str


def source_hash(source: Path) -> str:
    text = source.read_bytes().replace(b"\r\n", b"\n")
    return hashlib.sha256(text).hexdigest()


def all_snippets(root: Path) -> list[SnippetPaths]:
    return [SnippetPaths(p) for p in sorted(root.glob("week-*/*.py"))]


def read_record(paths: SnippetPaths) -> Record:
    """The record of a snippet whose source it still matches, or SnippetRecordError saying why not."""
    how = f"运行 `{REFRESH_COMMAND}` 重新记录"
    if not paths.source.is_file():
        raise SnippetRecordError(f"代码片段 snippets/{paths.name} 不存在")
    if not paths.record.is_file() or not paths.output.is_file():
        raise SnippetRecordError(f"代码片段 snippets/{paths.name} 还没有运行记录；{how}")
    meta = json.loads(paths.record.read_text(encoding="utf-8"))
    if meta.get("source_sha256") != source_hash(paths.source):
        raise SnippetRecordError(
            f"代码片段 snippets/{paths.name} 的运行记录已过期（代码改过了）；{how}")
    return Record(
        source_sha256=meta["source_sha256"],
        seconds=float(meta["seconds"]),
        figures=list(meta.get("figures", [])),
        stdout=paths.output.read_text(encoding="utf-8"),
    )


def write_record(paths: SnippetPaths, stdout: str, seconds: float, figures: list[str]) -> None:
    paths.output.write_text(stdout, encoding="utf-8")
    meta = {"snippet": paths.name, "source_sha256": source_hash(paths.source),
            "seconds": round(seconds, 2), "figures": figures}
    paths.record.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- comparing a re-run with the record -------------------------------------------------------

_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _last_digit_close(a: str, b: str) -> bool:
    """Two printed numbers that differ at most by one unit in their last printed digit."""
    decimals = len(a.split(".")[1].split("e")[0].split("E")[0]) if "." in a else 0
    if decimals != (len(b.split(".")[1].split("e")[0].split("E")[0]) if "." in b else 0):
        return False
    if ("e" in a.lower()) != ("e" in b.lower()):
        return False
    mant_a, _, exp_a = a.lower().partition("e")
    mant_b, _, exp_b = b.lower().partition("e")
    if exp_a != exp_b:
        return False
    return abs(float(mant_a) - float(mant_b)) <= 1.5 * 10.0 ** (-decimals)


def outputs_match(recorded: str, fresh: str) -> tuple[bool, str]:
    """Equal text, except numbers may differ by one unit in the last printed digit
    (float noise between machines). Returns (ok, first difference)."""
    rec_lines, new_lines = recorded.splitlines(), fresh.splitlines()
    if len(rec_lines) != len(new_lines):
        return False, f"行数不同：记录 {len(rec_lines)} 行，重新运行 {len(new_lines)} 行"
    for i, (r, n) in enumerate(zip(rec_lines, new_lines), 1):
        if r == n:
            continue
        if _NUMBER.sub("#", r) != _NUMBER.sub("#", n):
            return False, f"第 {i} 行不同：\n  记录：{r}\n  新的：{n}"
        for a, b in zip(_NUMBER.findall(r), _NUMBER.findall(n)):
            if a != b and not _last_digit_close(a, b):
                return False, f"第 {i} 行数字不同（{a} ≠ {b}）：\n  记录：{r}\n  新的：{n}"
    return True, ""


_SVG_TEXT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.S)


def figure_texts(svg: str) -> list[str]:
    """The text labels of an SVG figure (titles, axis labels, ticks) — what a re-run must keep."""
    return [re.sub(r"<[^>]+>", "", t).strip() for t in _SVG_TEXT.findall(svg)]
