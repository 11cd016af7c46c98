# 每个目标先装好自己需要的东西，再做事。两个主命令：make serve（预览）和 make test（全部测试）。
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
PORT ?= 8000
KATEX := docs/assets/vendor/katex
# 仓库地址（“编辑此页”链接用）：默认从 git remote 推出；Pages 工作流直接设置它。
# (only a https address counts: a clone of a local folder has no web page to edit on)
REPO_URL ?= $(shell git remote get-url origin 2>/dev/null | sed -nE 's#^git@github\.com:#https://github.com/#; s#\.git$$##; /^https:\/\//p')
ifneq ($(REPO_URL),)
export REPO_URL
export EDIT_URI ?= edit/main/docs/
endif
# pytest 的额外参数，例如 make test PYTEST_ARGS="-k calendar"
PYTEST_ARGS ?=

.PHONY: help serve build test bench snippets site-deps test-deps assets browser clean

help:
	@echo "make serve     预览网站 http://127.0.0.1:$(PORT)/（只装网站依赖）"
	@echo "make test      安装网站、实验与测试依赖（及 Chromium），运行全部测试"
	@echo "make build     严格模式构建到 site/"
	@echo "make snippets  重新运行改动过的代码片段并更新记录（ALL=1 全部重跑）"
	@echo "make bench     基准：构建、预览刷新、页面大小、搜索、Lighthouse（写入 bench/results/）"

# --- environments -------------------------------------------------------------------------
# pip >= 25.1 reads [dependency-groups] from pyproject.toml.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q "pip==26.0.1"

$(VENV)/.site-deps: pyproject.toml | $(BIN)/python
	$(PIP) install -q --group site
	@touch $@

$(VENV)/.test-deps: pyproject.toml | $(BIN)/python
	$(PIP) install -q --group site --group labs --group test
	@touch $@

site-deps: $(VENV)/.site-deps
test-deps: $(VENV)/.test-deps

# npm packages, pinned by package-lock.json. The site needs only KaTeX (it renders the maths at
# build time; its CSS and fonts are served by the site itself); the tests and `make bench` also
# need the devDependencies (Lighthouse, the Nu HTML checker). `npm ci` starts from an empty
# node_modules, so each stamp is made after the install that it records.
NODE_SITE := node_modules/.site-stamp
NODE_ALL := node_modules/.all-stamp

$(NODE_SITE): package.json package-lock.json
	npm ci --omit=dev --no-audit --no-fund --loglevel=error
	@touch $@

$(NODE_ALL): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@ $(NODE_SITE)

$(KATEX)/katex.min.css: $(NODE_SITE)
	rm -rf $(KATEX) && mkdir -p $(KATEX)/fonts
	cp node_modules/katex/dist/katex.min.css $(KATEX)/
	cp node_modules/katex/dist/fonts/*.woff2 $(KATEX)/fonts/

assets: $(KATEX)/katex.min.css

# Chromium and CJK fonts for the browser tests, and Java for the Nu HTML checker: installed with
# apt where we are root (CI, dev machines); elsewhere those tests say they are skipped and why.
browser:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -q "Noto Sans CJK" || ! command -v java >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO=sudo; else \
	    echo "warning: chromium/fonts-noto-cjk/java missing and cannot be installed; those tests will be skipped"; exit 0; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
	    $$(command -v chromium >/dev/null || echo chromium) $$(command -v java >/dev/null || echo default-jre-headless) fonts-noto-cjk >/dev/null; \
	fi

# --- the commands ---------------------------------------------------------------------------
serve: site-deps assets
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT) --livereload

build: site-deps assets
	$(BIN)/mkdocs build --strict

test: test-deps $(NODE_ALL) assets browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# A benchmark, not a test: prints a table with targets and writes bench/results/<time>.json.
bench: test-deps $(NODE_ALL) assets browser
	$(BIN)/python tools/bench.py $(BENCH_ARGS)

snippets: test-deps
	$(BIN)/python tools/run_snippets.py $(if $(ALL),--all,--changed)

clean:
	rm -rf site .cache $(KATEX)
