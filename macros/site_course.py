"""The course as the site sees it: loaded once per change of the data file or of the day pages."""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from .course_model import Course, CourseDataError, load_course

DATA_FILE = "course.yml"
_cache: dict[tuple, Course] = {}


def course_for(config) -> Course:
    """The validated course for a MkDocs config (a dict-like with config_file_path and docs_dir).

    Author mistakes stop the build with one clean message listing every problem, no traceback.
    """
    root = Path(config["config_file_path"]).resolve().parent
    data_file, docs_dir = root / DATA_FILE, Path(config["docs_dir"]).resolve()
    pages = tuple(sorted(p.as_posix() for p in docs_dir.glob("stage-*/week-*/day-*.md")))
    key = (data_file, data_file.stat().st_mtime_ns, docs_dir, pages)
    if key not in _cache:
        try:
            _cache.clear()
            _cache[key] = load_course(data_file, docs_dir)
        except CourseDataError as exc:
            raise PluginError(f"课程数据有 {len(exc.problems)} 处错误：\n" + str(exc)) from None
    return _cache[key]
