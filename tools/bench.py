#!/usr/bin/env python3
"""`make bench`: how fast the site builds, shows an edit, loads and searches, and how Lighthouse
scores it (issue #7). A benchmark, not a test: it prints a table with each target beside its
figure and writes the same as JSON to bench/results/<UTC time>.json. It never fails on a missed
target (only on a broken build).

Everything runs on a throw-away copy of the project (the repository is never edited) and on
127.0.0.1 only. Figures from a busy machine are noisy: each timing is the median of several runs.

    python tools/bench.py            # everything (about 3–4 minutes on 2 cores)
    python tools/bench.py --no-lighthouse --builds 2 --edits 3
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import io
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from browser_fixtures import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (one set of Chromium flags)

PAGES = {"home": "", "calendar": "calendar/", "day-05 (maths)": "stage-1/week-01/day-05/",
         "lab (notebook)": "stage-1/week-01/lab/"}
EDITED_PAGE = "docs/stage-1/week-01/day-02.md"
EDITED_URL = "stage-1/week-01/day-02/"
QUERIES = {"中文": "注意力", "English": "Python"}
SEARCH_INDEX = "search/search_index.json"
TEST_TIMES = REPO / ".cache/test-times.json"  # written by tests/conftest.py after each run

TARGETS = {
    "lighthouse mobile performance": (">=", 95),
    "lighthouse accessibility": ("==", 100),
    "lighthouse best-practices": ("==", 100),
    "lighthouse seo": ("==", 100),
    "day page first load KB": ("<=", 500),
    "search index KB gzip": ("<=", 1024),
    "edit to reload s": ("<=", 2.0),
    "warm build ms per page": ("<=", 50),
}


def met(name: str, value) -> bool | None:
    if value is None or name not in TARGETS:
        return None
    op, target = TARGETS[name]
    return {">=": value >= target, "<=": value <= target, "==": value == target}[op]


def target_text(name: str) -> str:
    if name not in TARGETS:
        return ""
    op, target = TARGETS[name]
    return f"{'≥' if op == '>=' else '≤' if op == '<=' else '='} {target}"


def log(*args):
    print(*args, file=sys.stderr, flush=True)


# --- the project copy -----------------------------------------------------------------------

def copy_project(dest: Path) -> Path:
    for name in ("docs", "macros", "snippets", "overrides"):
        shutil.copytree(REPO / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "course.yml", "glossary.yml", "jieba_user_dict.txt"):
        shutil.copy2(REPO / name, dest / name)
    (dest / "node_modules").symlink_to(REPO / "node_modules")  # KaTeX for the build-time maths
    return dest


def env() -> dict:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_DATES": "false"}


def build(project: Path, site: Path, cold: bool) -> dict:
    if cold:
        shutil.rmtree(project / ".cache", ignore_errors=True)  # KaTeX, notebook and CSS caches
    shutil.rmtree(site, ignore_errors=True)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=project, env=env(), capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"构建失败：\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    inner = re.search(r"Documentation built in ([\d.]+) seconds", result.stderr)
    return {"wall_s": wall, "build_s": float(inner.group(1)) if inner else None}


def bench_builds(project: Path, site: Path, runs: int) -> dict:
    pages = len([p for p in (project / "docs").rglob("*") if p.suffix in (".md", ".ipynb")])
    out = {"pages": pages}
    for kind in ("cold", "warm"):
        if kind == "warm":
            build(project, site, cold=False)  # make sure the caches are filled
        times = [build(project, site, cold=kind == "cold") for _ in range(runs)]
        wall = statistics.median(t["wall_s"] for t in times)
        inner = statistics.median(t["build_s"] for t in times)
        out[kind] = {"runs": times, "wall_s": wall, "build_s": inner,
                     "ms_per_page_wall": 1000 * wall / pages, "ms_per_page_build": 1000 * inner / pages}
        log(f"  {kind} build: {wall:.2f} s wall, {inner:.2f} s inside MkDocs ({pages} pages)")
    return out


# --- mkdocs serve: edit to reload -------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 5) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def bench_serve(project: Path, edits: int) -> dict:
    port = free_port()
    url = f"http://127.0.0.1:{port}/{EDITED_URL}"
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
                             "--livereload"], cwd=project, env=env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    page = project / EDITED_PAGE
    original = page.read_text(encoding="utf-8")
    times = []
    try:
        start = time.perf_counter()
        while fetch(url) is None:
            if time.perf_counter() - start > 120 or proc.poll() is not None:
                return {"error": "mkdocs serve 没有启动"}
            time.sleep(0.2)
        startup = time.perf_counter() - start
        for i in range(edits):
            marker = f"benchedit{i}x{time.time_ns()}"
            time.sleep(1.0)  # let the server settle after the last build
            edited_at = time.perf_counter()
            page.write_text(original + f"\n\n{marker}\n", encoding="utf-8")
            while True:
                body = fetch(url)
                if body and marker in body:
                    times.append(time.perf_counter() - edited_at)
                    break
                if time.perf_counter() - edited_at > 60:
                    times.append(None)
                    break
                time.sleep(0.02)
            log(f"  edit {i + 1}: {times[-1] and round(times[-1], 2)} s")
    finally:
        page.write_text(original, encoding="utf-8")
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    done = [t for t in times if t is not None]
    return {"startup_s": startup, "edits_s": times, "median_s": statistics.median(done) if done else None}


# --- a local server like the real host (gzip for text) ----------------------------------------

class _Handler(SimpleHTTPRequestHandler):
    TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ics", ".map")

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if (path.endswith(self.TEXT) and os.path.isfile(path)
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            data = gzip.compress(Path(path).read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            return io.BytesIO(data)
        return super().send_head()


def start_server(site: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


# --- page weight and search latency in Chromium -------------------------------------------------

KIND = {"document": "html", "stylesheet": "css", "script": "js", "font": "font", "image": "image",
        "fetch": "json", "xhr": "json"}


def bench_pages(base: str, site: Path) -> dict:
    from playwright.sync_api import sync_playwright
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, path in PAGES.items():
            ctx = browser.new_context(viewport={"width": 412, "height": 823}, locale="zh-CN")
            pg = ctx.new_page()
            responses = []
            pg.on("requestfinished", lambda r: responses.append(r))
            pg.goto(base + path, wait_until="networkidle")
            pg.wait_for_timeout(500)
            hosts, rows = set(), []
            for r in list(responses):
                if r.url.startswith("data:"):
                    continue
                hosts.add(r.url.split("/")[2])
                resp = r.response()
                body = len(resp.body()) if resp else 0
                sent = r.sizes()["responseBodySize"]
                kind = "search index" if r.url.endswith(SEARCH_INDEX) else KIND.get(r.resource_type, r.resource_type)
                rows.append({"url": r.url.removeprefix(base), "type": kind, "bytes": body, "transfer": sent})
            by_type: dict[str, dict] = {}
            for row in rows:
                t = by_type.setdefault(row["type"], {"requests": 0, "bytes": 0, "transfer": 0})
                t["requests"] += 1
                t["bytes"] += row["bytes"]
                t["transfer"] += row["transfer"]
            first = [r for r in rows if r["type"] != "search index"]
            out[name] = {"requests": len(rows), "other_hosts": sorted(hosts - {base.split("/")[2]}),
                         "first_load_bytes": sum(r["bytes"] for r in first),
                         "first_load_transfer": sum(r["transfer"] for r in first),
                         "by_type": by_type, "files": rows}
            log(f"  {name}: {len(rows)} requests, {out[name]['first_load_bytes'] / 1024:.0f} KB without the index")
            ctx.close()
        out["_search"] = bench_search(browser, base)
        browser.close()
    index = (site / SEARCH_INDEX).read_bytes()
    out["_index"] = {"bytes": len(index), "gzip": len(gzip.compress(index, 6))}
    return out


def bench_search(browser, base: str, runs: int = 5) -> dict:
    """Keystroke to results: the time from the keyup Material listens to, to the result list's
    change, measured inside the page (the index is already loaded: first a warm-up query)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = ctx.new_page()
    pg.goto(base, wait_until="networkidle")
    pg.locator("label.md-search__icon, .md-search__input").first.click()
    box = pg.locator("input.md-search__input")
    box.fill("模型")
    box.press("End")
    pg.wait_for_selector(".md-search-result__item", timeout=30000)
    measure = """async (q) => {
      const input = document.querySelector("input.md-search__input");
      const list = document.querySelector(".md-search-result__list");
      input.value = ""; input.dispatchEvent(new KeyboardEvent("keyup", {key: "Backspace", bubbles: true}));
      await new Promise(r => setTimeout(r, 300));
      return await new Promise((resolve) => {
        const start = performance.now();
        const seen = new MutationObserver(() => {
          if (list.querySelector(".md-search-result__item")) { seen.disconnect(); resolve(performance.now() - start); }
        });
        seen.observe(list, {childList: true, subtree: true});
        input.value = q; input.dispatchEvent(new KeyboardEvent("keyup", {key: q.slice(-1), bubbles: true}));
        setTimeout(() => { seen.disconnect(); resolve(null); }, 10000);
      });
    }"""
    out = {}
    for label, query in QUERIES.items():
        times = [pg.evaluate(measure, query) for _ in range(runs)]
        done = [t for t in times if t is not None]
        out[label] = {"query": query, "ms": times, "median_ms": statistics.median(done) if done else None}
        log(f"  search {query}: {out[label]['median_ms']} ms")
    ctx.close()
    return out


# --- Lighthouse -------------------------------------------------------------------------------

LIGHTHOUSE = REPO / "node_modules/.bin/lighthouse"
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT",
           "cumulative-layout-shift": "CLS", "speed-index": "SI"}


def lighthouse(url: str, categories: list[str], preset: str | None = None) -> dict:
    """One Lighthouse run against `url` with the test suite's Chromium flags; the parsed report."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
               f"--only-categories={','.join(categories)}", "--disable-full-page-screenshot",
               f"--chrome-flags={' '.join(CHROMIUM_ARGS)}"]
        if preset:
            cmd.append(f"--preset={preset}")
        result = subprocess.run(cmd, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True,
                                text=True, timeout=300)
        if result.returncode or not report.is_file():
            raise RuntimeError(f"lighthouse 失败：{result.stderr[-2000:]}")
        return json.loads(report.read_text(encoding="utf-8"))


def summary(report: dict) -> dict:
    out = {"scores": {k: round(100 * v["score"]) if v["score"] is not None else None
                      for k, v in report["categories"].items()}}
    audits = report["audits"]
    out["metrics"] = {short: audits[key].get("numericValue") for key, short in METRICS.items() if key in audits}
    out["failed"] = sorted({ref["id"] for cat in report["categories"].values() for ref in cat["auditRefs"]
                            if ref.get("weight") and audits[ref["id"]]["score"] is not None
                            and audits[ref["id"]]["score"] < 1})
    return out


def bench_lighthouse(base: str) -> dict:
    out = {}
    for name, path in PAGES.items():
        mobile = summary(lighthouse(base + path, ["performance", "accessibility", "best-practices", "seo"]))
        desktop = summary(lighthouse(base + path, ["performance"], preset="desktop"))
        out[name] = {"mobile": mobile, "desktop": desktop}
        log(f"  lighthouse {name}: mobile {mobile['scores']}, desktop {desktop['scores']['performance']}")
    return out


# --- tests ------------------------------------------------------------------------------------

def bench_tests() -> dict:
    records = []
    for rec in (REPO / "snippets").glob("week-*/*.record.json"):
        data = json.loads(rec.read_text(encoding="utf-8"))
        records.append({"snippet": f"{rec.parent.name}/{rec.name.removesuffix('.record.json')}.py",
                        "seconds": data.get("seconds")})
    records.sort(key=lambda r: -(r["seconds"] or 0))
    out = {"slowest_snippets": records[:5], "snippet_seconds_total": sum(r["seconds"] or 0 for r in records)}
    if TEST_TIMES.is_file():
        out["last_test_run"] = json.loads(TEST_TIMES.read_text(encoding="utf-8"))
    return out


# --- the report -------------------------------------------------------------------------------

def rows(results: dict) -> list[tuple[str, str, str, bool | None]]:
    """(measure, value, target, met) for the table."""
    out = []

    def add(label, value, shown, key=None):
        out.append((label, shown, target_text(key) if key else "", met(key, value) if key else None))

    b = results.get("build")
    if b:
        add("pages built", b["pages"], str(b["pages"]))
        for kind in ("cold", "warm"):
            k = b[kind]
            add(f"{kind} build (median)", k["wall_s"], f"{k['wall_s']:.2f} s wall · {k['build_s']:.2f} s in MkDocs")
        add("warm build per page", b["warm"]["ms_per_page_build"],
            f"{b['warm']['ms_per_page_build']:.0f} ms in MkDocs · {b['warm']['ms_per_page_wall']:.0f} ms wall",
            "warm build ms per page")
    s = results.get("serve")
    if s:
        med = s.get("median_s")
        add("edit to reload (mkdocs serve, median)", med,
            f"{med:.2f} s ({', '.join(f'{t:.2f}' for t in s['edits_s'] if t)})" if med else s.get("error", "?"),
            "edit to reload s")
    pages = results.get("pages")
    if pages:
        for name in PAGES:
            p = pages[name]
            types = ", ".join(f"{t} {v['bytes'] / 1024:.0f}" for t, v in sorted(p["by_type"].items()))
            key = "day page first load KB" if name.startswith("day") else None
            add(f"{name}: first load", p["first_load_bytes"] / 1024,
                f"{p['first_load_bytes'] / 1024:.0f} KB ({p['first_load_transfer'] / 1024:.0f} KB sent gzip), "
                f"{p['requests']} requests, other hosts: {len(p['other_hosts'])} [KB: {types}]", key)
        idx = pages["_index"]
        add("search index", idx["gzip"] / 1024, f"{idx['bytes'] / 1024:.0f} KB · {idx['gzip'] / 1024:.0f} KB gzip",
            "search index KB gzip")
        if results.get("build"):
            per_page = idx["gzip"] / results["build"]["pages"]
            add("search index projected to the whole course", None,
                f"≈ {per_page * 110 / 1024:.0f} KB gzip at ~110 pages (91 days + labs + indexes)")
        for label, q in pages["_search"].items():
            add(f"search latency {label} 「{q['query']}」", q["median_ms"],
                f"{q['median_ms']:.0f} ms median" if q["median_ms"] is not None else "no results")
    lh = results.get("lighthouse")
    if lh:
        for name, r in lh.items():
            m = r["mobile"]
            for cat, key in (("performance", "lighthouse mobile performance"), ("accessibility", "lighthouse accessibility"),
                             ("best-practices", "lighthouse best-practices"), ("seo", "lighthouse seo")):
                extra = ""
                if cat == "performance":
                    mm = m["metrics"]
                    extra = (f" (FCP {mm['FCP'] / 1000:.1f} s, LCP {mm['LCP'] / 1000:.1f} s, TBT {mm['TBT']:.0f} ms, "
                             f"CLS {mm['CLS']:.3f}; desktop {r['desktop']['scores']['performance']})")
                add(f"lighthouse {name}: {cat}", m["scores"][cat], f"{m['scores'][cat]}{extra}", key)
            if m["failed"]:
                add(f"lighthouse {name}: audits below 1", None, ", ".join(m["failed"]))
    t = results.get("tests")
    if t:
        last = t.get("last_test_run")
        if last:
            slow = ", ".join(f"{x['test'].split('::')[-1]} {x['seconds']:.0f} s" for x in last["slowest"][:3])
            add("test suite (last make test)", last["seconds"],
                f"{last['seconds']:.0f} s, {last['outcomes']} at {last['finished']} · slowest: {slow}")
        else:
            add("test suite", None, "not measured yet: run make test first (it records .cache/test-times.json)")
        add("slowest snippets (recorded)", None,
            ", ".join(f"{s['snippet']} {s['seconds']:.1f} s" for s in t["slowest_snippets"][:3]))
    return out


def table(rows_: list) -> str:
    width = max(len(r[0]) for r in rows_)
    lines = [f"{'measure'.ljust(width)}  {'target':8}  ok  value", "-" * (width + 60)]
    for label, value, target, ok in rows_:
        mark = "" if ok is None else ("yes" if ok else "NO")
        lines.append(f"{label.ljust(width)}  {target:8}  {mark:3} {value}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--builds", type=int, default=3, help="runs per build kind (median)")
    ap.add_argument("--edits", type=int, default=5, help="edits timed under mkdocs serve (median)")
    ap.add_argument("--no-serve", action="store_true")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-lighthouse", action="store_true")
    ap.add_argument("--out", type=Path, default=REPO / "bench/results")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    results: dict = {"started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                     "machine": {"cores": os.cpu_count(), "load_avg": os.getloadavg()}, "targets": TARGETS}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        project = copy_project(Path(tmp) / "project")
        site = Path(tmp) / "site"
        log("builds…")
        results["build"] = bench_builds(project, site, args.builds)
        if not args.no_serve:
            log("mkdocs serve…")
            results["serve"] = bench_serve(project, args.edits)
        if not (args.no_browser and args.no_lighthouse):
            server, base = start_server(site)
            try:
                if not args.no_browser and CHROMIUM:
                    log("pages in Chromium…")
                    results["pages"] = bench_pages(base, site)
                if not args.no_lighthouse and CHROMIUM and LIGHTHOUSE.exists():
                    log("lighthouse…")
                    results["lighthouse"] = bench_lighthouse(base)
            finally:
                server.shutdown()
    results["tests"] = bench_tests()
    results["seconds"] = time.perf_counter() - started
    results["table"] = rows(results)

    args.out.mkdir(parents=True, exist_ok=True)
    name = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    tmp_file = args.out / f"{name}.json.tmp"
    tmp_file.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp_file.replace(args.out / f"{name}.json")
    print(table(results["table"]))
    print(f"\n{results['seconds']:.0f} s; JSON: {(args.out / f'{name}.json').relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
