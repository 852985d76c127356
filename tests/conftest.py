"""Shared fixtures: a sample document tree and the default layout."""
from __future__ import annotations

import copy
import importlib
import shutil
import textwrap
from pathlib import Path

import pytest

import _plugins_once
import reportkit.cli
import reportkit.importers.commands
import reportkit.jobs
import reportkit.plugins
import reportkit.testing
from reportkit.blocks import (
    Addressee, AttachmentNote, Cell, Document, Heading, PageBreak, Paragraph, Signature, Source, Table, Title,
)

SRC = Source("sample.yaml", 12, 5)
SAMPLE_2021 = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"

for _module in (reportkit.plugins, reportkit.cli, reportkit.importers.commands, reportkit.jobs, reportkit.testing):
    _module.load_plugins = _plugins_once.load_plugins


@pytest.fixture(autouse=True)
def plugins_once(monkeypatch):
    """A test's loads of the plugins come from tests/_plugins_once.py's cache unless its ``monkeypatch`` changed
    what they read."""
    _plugins_once.current["monkeypatch"] = monkeypatch
    yield
    _plugins_once.current["monkeypatch"] = None


@pytest.fixture(autouse=True)
def temporary_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real home or cache folders (subprocesses inherit this too)."""
    home = tmp_path_factory.mktemp("home")
    for name in ("HOME", "USERPROFILE"):
        monkeypatch.setenv(name, str(home))
    for name, sub in (("XDG_CACHE_HOME", ".cache"), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                      ("LOCALAPPDATA", "AppData/Local")):
        monkeypatch.setenv(name, str(home / sub))
    # Renders run in the test's process (plugins registered for one test included); tests/test_batch.py sets -j.
    monkeypatch.setenv("REPORTKIT_JOBS", "1")
    # A command run by a test writes UTF-8, which the test reads back with encoding="utf-8": the locale's encoding
    # (GBK on a Chinese Windows, ASCII under LC_ALL=C with PYTHONUTF8=0) is not the tests' to depend on.
    monkeypatch.setenv("PYTHONIOENCODING", "utf-8")
    return home


def make_sample_document() -> Document:
    """A small but complete tree: every block type, four heading levels, a merged-cell table."""
    head = [
        [Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colspan=3, rowspan=3, header=True),
         Cell("申请人情况", colspan=7, header=True)],
        [Cell("自然人", rowspan=2, header=True), Cell("法人或其他组织", colspan=5, header=True),
         Cell("总计", rowspan=2, header=True)],
        [Cell(t, header=True) for t in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")],
    ]
    body = [
        [Cell("一、本年新收政府信息公开申请数量", colspan=3, align="left")] + [Cell(str(n)) for n in (9, 1, 0, 0, 0, 0, 10)],
        [Cell("二、上年结转政府信息公开申请数量", colspan=3, align="left")] + [Cell("0") for _ in range(7)],
        [Cell("三、本年度办理结果", rowspan=2, align="left"), Cell("（一）予以公开", colspan=2, align="left")]
        + [Cell(str(n)) for n in (8, 1, 0, 0, 0, 0, 9)],
        [Cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2, align="left")]
        + [Cell(str(n)) for n in (1, 0, 0, 0, 0, 0, 1)],
    ]
    long_para = "本机关坚持以公开为常态、不公开为例外，" * 12
    return Document(
        title="某某市生态环境局\n2021年政府信息公开工作年度报告",
        author="某某市生态环境局",
        subject="政府信息公开工作年度报告",
        blocks=[
            Title("某某市生态环境局\n2021年政府信息公开工作年度报告", SRC),
            Addressee("市政府信息公开工作办公室", SRC),
            Paragraph("本报告依据《中华人民共和国政府信息公开条例》编制，数据统计期限为2021年1月1日至12月31日。", SRC),
            Heading(1, "一、", "总体情况", SRC),
            Heading(2, "（一）", "主动公开", SRC),
            Paragraph(long_para, SRC),
            Heading(3, "1.", "平台建设", SRC),
            Heading(4, "（1）", "网站栏目", SRC),
            Paragraph("全年更新栏目12个，发布信息356条。<b>不是标签</b> & {{ 不是变量 }}", SRC),
            Heading(1, "三、", "收到和处理政府信息公开申请情况", SRC),
            Table(head + body, widths=[1, 1, 3] + [1] * 7, header_rows=3, source=SRC),
            AttachmentNote(["2021年政府信息公开工作统计表"], SRC),
            Signature(["某某市生态环境局"], "2022年1月20日", SRC),
            PageBreak(),
            Paragraph("附页内容。", SRC),
        ],
    )


@pytest.fixture
def sample_document() -> Document:
    return make_sample_document()


@pytest.fixture
def data(tmp_path) -> Path:
    """A copy of examples/sample-2021.yaml in the test's own folder, named x.yaml."""
    copy = tmp_path / "x.yaml"
    copy.write_bytes(SAMPLE_2021.read_bytes())
    return copy


@pytest.fixture
def exported(tmp_path):
    """A copy of examples/sample-2021.yaml and its tables workbook written by ``reportkit tables export``."""
    from click.testing import CliRunner

    from reportkit.cli import cli

    data = tmp_path / "report.yaml"
    shutil.copy(SAMPLE_2021, data)
    book = tmp_path / "tables.xlsx"
    result = CliRunner().invoke(cli, ["tables", "export", str(data), "-o", str(book)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return data, book


@pytest.fixture(scope="session")
def _plain_once(tmp_path_factory) -> tuple[Path, dict]:
    """:func:`plain`'s file and data, rendered and imported once a session."""
    from _import_helpers import data_of, imported, render_source

    folder = tmp_path_factory.mktemp("plain")
    source = render_source(SAMPLE_2021, "docx", folder)
    result = imported(source, folder)
    assert result.findings == []
    return source, data_of(result)


@pytest.fixture(scope="module")
def plain(_plain_once, tmp_path_factory) -> tuple[Path, dict]:
    """examples/sample-2021.yaml rendered to DOCX, and the data it imports as (the import tests' unchanged file): the
    module's own copies, which no other module's tests see."""
    source, data = _plain_once
    return Path(shutil.copy(source, tmp_path_factory.mktemp("plain"))), copy.deepcopy(data)


@pytest.fixture(scope="session")
def _original_once(tmp_path_factory) -> dict:
    """:func:`original`'s data, rendered and imported once a session."""
    from _import_helpers import data_of, imported, render_source

    from reportkit.plugins import load_plugins

    plugins = load_plugins()
    folder = tmp_path_factory.mktemp("original")
    return data_of(imported(render_source(SAMPLE_2021, "pdf", folder, plugins), folder, plugins))


@pytest.fixture(scope="module")
def original(_original_once) -> dict:
    """examples/sample-2021.yaml's own PDF, imported: what each changed PDF of the import tests must read back (the
    module's own copy)."""
    return copy.deepcopy(_original_once)


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory):
    """An example's PDF by engine (``fmt``), rendered once for the module's tests, which copy it (pdftotext) and never
    change it."""
    from _import_helpers import render_source

    from reportkit.plugins import load_plugins

    plugins, folder, made = load_plugins(), tmp_path_factory.mktemp("rendered"), {}

    def pdf(example: str, fmt: str) -> Path:
        if (example, fmt) not in made:
            (folder / fmt).mkdir(exist_ok=True)
            made[example, fmt] = render_source(SAMPLE_2021.parent / f"{example}.yaml", fmt, folder / fmt, plugins)
        return made[example, fmt]
    return pdf


@pytest.fixture(scope="module")
def plugins():
    """The default plugins and the installed ones, loaded once a module."""
    from reportkit.plugins import load_plugins

    return load_plugins()


@pytest.fixture(scope="module")
def registry(plugins):
    """The registry of :func:`plugins`."""
    return plugins.registry


@pytest.fixture
def install(tmp_path, monkeypatch):
    """``install("reportkit-foo", source)`` puts a one-module distribution with a ``reportkit``
    entry point on sys.path for this test."""
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))

    def make(package: str, source: str) -> str:
        module = package.replace("-", "_")
        (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = site / f"{module}-0.3.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {package}\nVersion: 0.3.0\n")
        (info / "entry_points.txt").write_text(f"[reportkit]\n{module} = {module}\n")
        importlib.invalidate_caches()
        return module

    return make
