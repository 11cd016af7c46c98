"""MkDocs hook for the learner features: course.ics in the site, glossary tooltips in the lessons.

Loaded through `hooks:` in mkdocs.yml. The calendar file is added as a generated file, so it is
built (and served by `mkdocs serve`) like any other, and pages may link to it.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from macros.glossary import glossary_for, mark_terms  # noqa: E402
from macros.ics_export import course_ics  # noqa: E402
from macros.learner_page import ICS_NAME  # noqa: E402
from macros.site_course import course_for  # noqa: E402


def on_config(config):
    glossary_for(config)  # a broken glossary.yml stops the build at once, listing every problem
    return config


def on_files(files, config):
    text = course_ics(course_for(config), config["site_url"], config["use_directory_urls"])
    files.append(File.generated(config, ICS_NAME, content=text.encode("utf-8")))
    return files


def on_page_content(html, page, config, files):
    day = next((d for d in course_for(config).days if d.page_path == page.file.src_uri), None)
    return mark_terms(html, glossary_for(config), day.number) if day else html
