#!/usr/bin/env python3
"""Run snippets and record their output next to them.

usage: python tools/run_snippets.py [--all | --changed] [snippets/week-NN/name.py ...]
  --changed  (default) only snippets without a record or whose source changed since
  --all      every snippet under snippets/
Runs two at a time (the machine has two cores) and prints each one's time.
"""
from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from macros.snippet_records import SnippetPaths, SnippetRecordError, all_snippets, read_record  # noqa: E402
from macros.snippet_runner import record  # noqa: E402


def is_stale(paths: SnippetPaths) -> bool:
    try:
        read_record(paths)
        return False
    except SnippetRecordError:
        return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--all", action="store_true")
    group.add_argument("--changed", action="store_true")
    args = parser.parse_args()

    chosen = [SnippetPaths(f.resolve()) for f in args.files] or all_snippets(REPO / "snippets")
    if not args.all and not args.files:
        chosen = [p for p in chosen if is_stale(p)]
    if not chosen:
        print("所有代码片段的记录都是最新的。")
        return 0
    failed = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        for paths, result in zip(chosen, pool.map(lambda p: record(p, REPO), chosen)):
            status = "ok" if result.returncode == 0 else "失败"
            print(f"{status:4} {result.seconds:6.2f}s  {len(result.figures)} 图  snippets/{paths.name}")
            if result.returncode != 0:
                failed += 1
                print(result.stderr.rstrip(), file=sys.stderr)
    print(f"记录了 {len(chosen) - failed} 个，失败 {failed} 个")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
