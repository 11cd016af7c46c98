"""MkDocs hook: the shipped data sets (data/) are published with the site under the same paths.

A learner who downloads a lab notebook without cloning the repository can then fetch the file it
reads (for example data/course_corpus/corpus.txt) from the course site itself, and pages may link
to these files with strict link checking. `mkdocs serve` also reloads when they change.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

DATA_DIR = "data"


def on_files(files, config):
    root = Path(config["config_file_path"]).parent
    for path in sorted((root / DATA_DIR).rglob("*")):
        if path.is_file() and path.name != "README.md":  # the READMEs are for contributors
            files.append(File(path.relative_to(root).as_posix(), src_dir=str(root),
                              dest_dir=config["site_dir"], use_directory_urls=config["use_directory_urls"]))
    return files


def on_serve(server, config, builder):
    server.watch(str(Path(config["config_file_path"]).parent / DATA_DIR))
    return server
