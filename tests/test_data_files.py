"""The small data sets that ship in data/: documented, small, used, and well-formed line by line.

Lessons train and evaluate on these files, so a malformed line would surface as a confusing
snippet failure far away; these tests name the file and the line instead.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import REPO

DATA = REPO / "data"
DATA_DIRS = sorted(p for p in DATA.iterdir() if p.is_dir())
TOTAL_LIMIT = 2 * 1024 * 1024  # bytes, from issue 4: "under 2 MB together"


def data_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.name != "README.md")


def lines_of(path: Path) -> list[tuple[int, str]]:
    return list(enumerate(path.read_text(encoding="utf-8").splitlines(), start=1))


def test_data_is_small():
    total = sum(f.stat().st_size for d in DATA_DIRS for f in data_files(d))
    assert total < TOTAL_LIMIT, f"data/ 一共 {total / 1024:.0f} KB，超过了 2 MB 的上限"


@pytest.mark.parametrize("directory", DATA_DIRS, ids=[d.name for d in DATA_DIRS])
def test_each_data_set_has_a_readme_with_license_and_origin(directory):
    readme = directory / "README.md"
    assert readme.is_file(), f"data/{directory.name}/ 缺少 README.md（写明内容、大小、来源和许可）"
    text = readme.read_text(encoding="utf-8")
    for needed in ("许可", "怎样做的"):
        assert needed in text, f"data/{directory.name}/README.md 缺少「{needed}」一节"


@pytest.mark.parametrize("directory", DATA_DIRS, ids=[d.name for d in DATA_DIRS])
def test_each_data_file_is_used_by_a_lesson(directory):
    users = [*REPO.glob("snippets/**/*.py"), *REPO.glob("docs/**/*.ipynb")]
    text = "\n".join(p.read_text(encoding="utf-8") for p in users)
    unused = [str(f.relative_to(REPO)) for f in data_files(directory) if f.name not in text]
    assert not unused, f"没有任何代码片段或实验用到这些数据文件：{unused}"


def test_corpus_lines_are_plain_sentences():
    path = DATA / "course_corpus" / "corpus.txt"
    bad = [f"第 {n} 行" for n, line in lines_of(path) if not line.strip() or "$" in line or "`" in line]
    assert not bad, f"{path.relative_to(REPO)}：空行或含公式、代码的行：{bad[:10]}"


def test_reviews_are_labelled_tab_separated_and_unique():
    path = DATA / "zh_reviews" / "reviews.tsv"
    rows = lines_of(path)
    assert rows[0][1] == "label\ttext", f"{path.relative_to(REPO)}：第 1 行应是表头 label<TAB>text"
    seen: dict[str, int] = {}
    problems = []
    for n, line in rows[1:]:
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in ("pos", "neg") or not parts[1].strip():
            problems.append(f"第 {n} 行：应是 pos 或 neg、一个制表符、一段评论")
        elif parts[1] in seen:
            problems.append(f"第 {n} 行：与第 {seen[parts[1]]} 行重复")
        else:
            seen[parts[1]] = n
    assert not problems, f"{path.relative_to(REPO)}：\n" + "\n".join(problems[:20])
    labels = [line.split("\t")[0] for _, line in rows[1:]]
    assert abs(labels.count("pos") - labels.count("neg")) <= len(labels) * 0.1, "正负评论数量应大致平衡"


ENTITY = re.compile(r"\[([^\[\]()]+)\]\((PER|LOC|ORG)\)")


def test_ner_marks_are_well_formed():
    path = DATA / "zh_ner" / "sentences.txt"
    problems = []
    for n, line in lines_of(path):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rest = ENTITY.sub(lambda m: m.group(1), line)
        if re.search(r"[\[\]]|\]\(", rest) or re.search(r"\((?:PER|LOC|ORG|[A-Z]{2,4})\)", rest):
            problems.append(f"第 {n} 行：实体标记应写成 [文字](PER|LOC|ORG)")
    assert not problems, f"{path.relative_to(REPO)}：\n" + "\n".join(problems[:20])


def test_stopwords_are_one_per_line_without_repeats():
    path = DATA / "stopwords" / "zh_stopwords.txt"
    seen: dict[str, int] = {}
    problems = []
    for n, line in lines_of(path):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if " " in word or "\t" in word:
            problems.append(f"第 {n} 行：每行只写一个词")
        elif word in seen:
            problems.append(f"第 {n} 行：「{word}」与第 {seen[word]} 行重复")
        else:
            seen[word] = n
    assert not problems, f"{path.relative_to(REPO)}：\n" + "\n".join(problems[:20])


def test_web_pages_are_json_lines_with_url_and_text():
    path = DATA / "web_text" / "pages.jsonl"
    problems = []
    for n, line in lines_of(path):
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"第 {n} 行：不是合法的 JSON（{error.msg}）")
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("url"), str) or not isinstance(doc.get("text"), str):
            problems.append(f"第 {n} 行：需要字符串字段 url 和 text")
        elif not re.match(r"https://([a-z0-9-]+\.)*example\.(com|org|net)/", doc["url"]):
            problems.append(f"第 {n} 行：网址只用 example.com/.org/.net，免得指向真实网站")
    assert not problems, f"{path.relative_to(REPO)}：\n" + "\n".join(problems[:20])


@pytest.mark.xdist_group("site")
def test_data_files_are_published_with_the_site(built_site):
    """A learner who downloaded only a lab notebook can fetch the file it reads from the site."""
    missing = [str(f.relative_to(REPO)) for d in DATA_DIRS for f in data_files(d)
               if not (built_site / f.relative_to(REPO)).is_file()
               or (built_site / f.relative_to(REPO)).read_bytes() != f.read_bytes()]
    assert not missing, f"这些数据文件没有原样发布到网站上：{missing}"
    assert not list(built_site.glob("data/*/README*")), "README 是写给贡献者的，不发布"
