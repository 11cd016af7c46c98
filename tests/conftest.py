"""Shared fixtures: the repository, the validated course, and one strict build of the site."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from macros.course_model import load_course  # noqa: E402

MKDOCS = [sys.executable, "-m", "mkdocs"]


def mkdocs_build(project: Path, site_dir: Path, **env_extra: str) -> subprocess.CompletedProcess:
    """Strict build of the project in `project` into `site_dir`; returns the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env_extra}
    return subprocess.run([*MKDOCS, "build", "--strict", "--site-dir", str(site_dir)],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def course():
    return load_course(REPO / "course.yml", REPO / "docs")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per worker, strictly, from the repository as it is."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(REPO, site)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return site


def copy_project(dest: Path) -> Path:
    """A throw-away copy of everything a build reads, for tests that break something on purpose."""
    for name in ("docs", "macros", "snippets", "overrides"):
        shutil.copytree(REPO / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "course.yml", "glossary.yml", "jieba_user_dict.txt"):
        shutil.copy2(REPO / name, dest / name)
    if (REPO / "node_modules").is_dir():
        (dest / "node_modules").symlink_to(REPO / "node_modules")  # KaTeX renders the maths at build time
    return dest


# --- how long the suite took, for `make bench` (tools/bench.py reads .cache/test-times.json) --------
TEST_TIMES = REPO / ".cache/test-times.json"
_run = {"start": time.time(), "durations": Counter(), "outcomes": Counter()}


def pytest_runtest_logreport(report):
    _run["durations"][report.nodeid] += report.duration
    if report.when == "call" or report.outcome != "passed":
        _run["outcomes"][report.outcome] += 1


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    if hasattr(config, "workerinput"):
        return  # an xdist worker: the controller writes the record
    args = config.invocation_params.args
    if config.option.keyword or config.option.markexpr or any(not str(a).startswith("-") for a in args):
        return  # a selection, not the whole suite
    slowest = _run["durations"].most_common(10)
    record = {"finished": dt.datetime.now().isoformat(timespec="seconds"),
              "seconds": round(time.time() - _run["start"], 1),
              "command": " ".join(["pytest", *map(str, args)]),
              "exit_status": int(exitstatus), "outcomes": dict(_run["outcomes"]),
              "slowest": [{"test": t, "seconds": round(s, 1)} for t, s in slowest]}
    try:
        TEST_TIMES.parent.mkdir(parents=True, exist_ok=True)
        TEST_TIMES.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError:
        pass
