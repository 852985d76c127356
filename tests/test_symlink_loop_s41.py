"""A data file that is a symbolic link in a loop (loop.yaml → loop.yaml) ended ``render`` of several files and
``aggregate`` in a RuntimeError traceback (Path.resolve on Python 3.11): it is now told unreadable where it is read."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="POSIX symbolic links")


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reportkit", *args], cwd=folder, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    return tmp_path


def test_render_of_a_link_in_a_loop_among_other_files_tells_it_and_renders_the_others(folder):
    result = _run(folder, "render", str(SAMPLE), "loop.yaml", "-f", "json", "-o", "out", "-j", "1")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert "loop.yaml: error: 无法读取：路径中的符号链接（快捷方式）互相指向，形成了循环" in result.stderr
    assert (folder / "out" / "sample-2021.json").is_file()


def test_aggregate_with_a_link_in_a_loop_is_no_traceback(folder):
    result = _run(folder, "aggregate", "loop.yaml", str(SAMPLE), "-o", "sum.yaml")
    assert "Traceback" not in result.stderr, result.stderr
    assert "loop.yaml: warning: 未计入汇总" in result.stderr
