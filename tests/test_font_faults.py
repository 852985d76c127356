"""Issue 13 (point 4): a broken font is skipped with one line naming it; nothing hangs on a FIFO. Sweep F8: no home folder."""
from __future__ import annotations

import os
import stat
import sys
import subprocess
import tempfile
from pathlib import Path

import pytest

from reportkit import fonts, hookimpl, resources
from reportkit.registry import FontFace
from reportkit.testing import render, starter_data

ROOT = Path(__file__).resolve().parents[1]


class LfsFont:
    """A plugin whose 仿宋 file is a Git LFS pointer, not a font, ranked above every other 仿宋."""

    def __init__(self, path: Path):
        self.path = path

    @hookimpl
    def register_fonts(self, register):
        register(FontFace("LFS 仿宋", "fangsong", self.path, "OFL", priority=500))


def filled_starter() -> dict:
    data = starter_data("annual-report", year=2023)
    sections = data["sections"]
    for key, items in sections.items():
        if isinstance(items, list):
            sections[key] = ["本年度按计划完成各项公开任务。"]
    return data


def test_a_plugin_font_that_is_not_a_font_is_skipped_with_one_warning(tmp_path):
    pointer = tmp_path / "fangsong.ttf"
    pointer.write_text("version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n")
    result = render(filled_starter(), plugins=[LfsFont(pointer)], formats=("pdf",))
    warnings = [w.message for w in result.warnings if "无法使用，已跳过" in w.message]
    assert len(warnings) == 1 and str(pointer) in warnings[0] and "不是字体文件" in warnings[0]
    assert "本年度按计划完成各项公开任务。" in result.pdf_text


#: A writer standing by at the FIFO ``argv[1]`` until the file ``argv[2]`` exists: whenever a reader has the FIFO open (or
#: waits in its open), it opens and closes it, which lets the reader go, and makes the file ``argv[3]``. A process of
#: its own: a reader waiting in a C library's open may hold the interpreter's lock, which a thread would wait for.
WRITER = """
import os, sys, time
fifo, stop, seen = sys.argv[1:]
while not os.path.exists(stop):
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        open(seen, "w").close()
    except OSError:  # ENXIO: no reader
        time.sleep(0.01)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_a_font_does_not_hang_the_scan(tmp_path):
    """Opening a FIFO to read waits for a writer, for ever. A process stands by as that writer (:data:`WRITER`): should
    the scan open the FIFO, it is let go and the test fails, however long the scan takes on a busy machine (it was once
    bounded by 5 s)."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    fifo, stop, seen = folder / "仿宋_GB2312.ttf", tmp_path / "stop", tmp_path / "seen"
    os.mkfifo(fifo)
    (folder / "truncated.otf").write_bytes((ROOT / "templates" / "gbt9704" / "fonts" / "rk-songti.otf").read_bytes()[:4096])
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(fifo), str(stop), str(seen)])
    try:
        assert fonts._scan((str(folder),)) == ()
    finally:
        stop.touch()
        writer.wait()
    assert not seen.exists()


@pytest.fixture
def no_home(tmp_path, monkeypatch) -> Path:
    """As in a container run under a user id with no passwd entry and no HOME; the temporary folder is ``tmp_path``."""
    import pwd

    def unknown(uid):
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    for name in ("HOME", "XDG_CACHE_HOME", "REPORTKIT_FONT_DIRS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(pwd, "getpwuid", unknown)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    for cached in (fonts._scan, fonts._facts_cached, fonts._survey_cached):
        cached.cache_clear()
    fonts._caches.clear()
    return tmp_path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the font folders of Linux")
@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_without_a_home_folder_the_pdf_renders_with_a_cache_of_the_users_own(no_home, engine):
    result = render(filled_starter(), formats=("pdf",), engine=engine)
    assert "本年度按计划完成各项公开任务。" in result.pdf_text
    assert resources.home_dir() is None
    assert fonts.font_dirs() == [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    own = no_home / f"reportkit-cache-{os.getuid()}"
    assert fonts.cache_file() == own / fonts.cache_file().name and fonts.cache_file().is_file()
    assert stat.S_IMODE(own.stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX user without a passwd entry")
def test_without_a_home_folder_a_cache_folder_others_may_enter_is_not_used(no_home):
    """The cache holds compiled templates, which run as code: a folder of that name anyone may write to is left alone."""
    planted = no_home / f"reportkit-cache-{os.getuid()}"
    planted.mkdir()
    planted.chmod(0o777)
    result = render(filled_starter(), formats=("pdf",))
    assert "本年度按计划完成各项公开任务。" in result.pdf_text
    assert list(planted.iterdir()) == []
