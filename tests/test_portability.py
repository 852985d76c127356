"""What a machine elsewhere changes: its time zone, its standard output's encoding, its platform."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.default_plugins.annual_report import resolve_edition

CHINA = dt.timezone(dt.timedelta(hours=8))


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def machine_at(monkeypatch):
    """``machine_at(zone, moment)``: the clock reads ``moment`` and local time is the POSIX zone ``zone``."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone is set through TZ on POSIX only")
    before = os.environ.get("TZ")

    def at(zone: str, moment: dt.datetime) -> None:
        os.environ["TZ"] = zone
        time.tzset()
        monkeypatch.setattr(time, "time", lambda: moment.timestamp())

    yield at
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_init_on_new_year_s_morning_in_china_starts_last_year_s_report_on_a_utc_server(machine_at, tmp_path):
    """At 01:30 on 1 January 2027 in China a UTC server's clock still says 31 December 2026: init began a 2025 report."""
    machine_at("UTC0", dt.datetime(2027, 1, 1, 1, 30, tzinfo=CHINA))
    assert dt.date.today() == dt.date(2026, 12, 31)
    result = run("init", "annual-report", "-o", tmp_path / "r.yaml")
    assert result.exit_code == 0, result.output
    assert yaml.safe_load((tmp_path / "r.yaml").read_text(encoding="utf-8"))["year"] == 2026


def test_a_report_for_next_year_is_refused_on_a_machine_already_in_it(machine_at):
    """At 23:00 on 31 December 2026 in China a machine at UTC+13 is in 2027: a 2027 report passed as this year's."""
    machine_at("XXX-13", dt.datetime(2026, 12, 31, 23, 0, tzinfo=CHINA))
    assert dt.date.today() == dt.date(2027, 1, 1)
    edition, [finding] = resolve_edition({"year": 2027})
    assert edition is None and finding.message == "报告年度 2027 超出范围：应在 2008 至 2026 之间"


# A locale that is not UTF-8 (LC_ALL=C: a minimal server or container) -----------------------------------------------
XINZHOU = Path(__file__).resolve().parents[1] / "examples" / "xinzhou-2020.yaml"
POSIX_LOCALE = pytest.mark.skipif(os.name != "posix", reason="LC_ALL sets the locale on POSIX only")


def in_c_locale(*args, cwd):
    """``reportkit ARGS`` under LC_ALL=C without Python's UTF-8 mode (the test's own HOME and caches: read now)."""
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}, "LC_ALL": "C", "PYTHONUTF8": "0"}
    return subprocess.run([sys.executable, "-m", "reportkit", *map(str, args)], capture_output=True, env=env, cwd=cwd,
                          timeout=300)


@POSIX_LOCALE
def test_chinese_names_and_messages_survive_a_c_locale(tmp_path):
    """Under LC_ALL=C (and no UTF-8 mode) a Chinese path came out as “??????”, a byte each: Python decoded the command
    line as ASCII, and click wrote what ASCII could not hold as “?”. Messages and names are now UTF-8, the names'
    bytes as they were given, which a terminal that shows UTF-8 shows as they are."""
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "忻州.yaml").write_bytes(XINZHOU.read_bytes())
    done = in_c_locale("validate", "年报/忻州.yaml", "年报/缺.yaml", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.decode("utf-8") == "年报/忻州.yaml: 通过 政府信息公开工作年度报告（2019 版）\n"
    assert done.stderr.decode("utf-8") == "年报/缺.yaml: error: 文件不存在\n"
    done = in_c_locale("render", "年报/忻州.yaml", "-f", "html", "-o", "年报/网页", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.decode("utf-8") == "已生成 年报/网页/忻州.html\n"
    assert (folder / "网页" / "忻州.html").is_file()


@POSIX_LOCALE
def test_check_s_results_name_a_file_right_under_a_c_locale(tmp_path):
    """The results file read a name's undecodable bytes as GBK (for names from Windows zips): under LC_ALL=C every
    byte of a UTF-8 name is undecodable, and 年报 came out as 骞存姤. They are read as UTF-8 first."""
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "忻州.yaml").write_bytes(XINZHOU.read_bytes())
    assert run("render", folder / "忻州.yaml", "-f", "html", "-o", folder).exit_code == 0
    done = in_c_locale("check", "年报/忻州.html", "-j", "1", "--report", "结果.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with (tmp_path / "结果.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [(row["file"], row["rule"]) for row in csv.DictReader(handle)] == [("年报/忻州.html", "ok")]
    assert done.stdout.decode("utf-8").splitlines()[0] == "共检查 1 份报告：1 份未发现问题，0 份有问题；结果已写入 结果.csv"
    done = in_c_locale("check", "年报/忻州.html", "-j", "1", cwd=tmp_path)
    assert done.stdout.decode("utf-8").splitlines()[0] == "年报/忻州.html: 未发现问题"


def test_a_surrogate_that_is_no_undecodable_byte_is_escaped_not_a_traceback(monkeypatch):
    """The streams made UTF-8 under an ASCII locale write a name's undecodable bytes as they were, and any other lone
    surrogate escaped."""
    from reportkit import cli as cli_module

    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    cli_module._chinese_streams()
    sys.stdout.write("年报 \udce5\udcb9\udcb4\ud800")
    sys.stdout.flush()
    assert raw.getvalue() == "年报 年".encode() + b"\\ud800"


@POSIX_LOCALE
def test_a_name_built_from_chinese_data_is_written_as_utf8_under_a_c_locale(tmp_path):
    """render --name '{title}' under LC_ALL=C (no UTF-8 mode) ended in a traceback: the file system's encoding, ASCII,
    cannot hold the title. The file is named with the title's UTF-8 bytes, as other tools name it, and the message and
    the results file name it so; a {stem} given as bytes on the command line keeps them."""
    (tmp_path / "忻州.yaml").write_bytes(XINZHOU.read_bytes())
    done = in_c_locale("render", "忻州.yaml", "-f", "html", "-o", "out", "--name", "{stem}-{agency}", "--report", "r.csv",
                       cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert os.listdir(tmp_path / "out") == ["忻州-忻州市生态环境局.html"]
    assert done.stdout.decode("utf-8") == "已生成 out/忻州-忻州市生态环境局.html\n"
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [row["outputs"] for row in csv.DictReader(handle)] == ["out/忻州-忻州市生态环境局.html"]
