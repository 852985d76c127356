"""aggregate --expect at a province's scale (names with and without extensions, units of one name in two counties),
``reportkit plugins`` in Chinese, and every help screen within 80 columns."""
from __future__ import annotations

import json
from pathlib import Path

import click
import openpyxl
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.cli_help import width
from reportkit.load import load_file
from reportkit.plugins import load_plugins
from reportkit.tables import import_

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"


def run(*args, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)


def unit(path: Path, agency: str) -> Path:
    """A valid data file of ``agency`` at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("某县自然资源局", agency), encoding="utf-8")
    return path


def test_expect_matches_a_name_with_an_extension_to_that_file_and_one_without_to_any(tmp_path):
    """The list's 某乡.yaml and 某乡.xlsx were one name (某乡): a unit expected as both was not missing when it handed in
    one; and 乙县/某乡 was found as 甲县/某乡.yaml."""
    units = tmp_path / "units"
    unit(units / "甲县" / "某乡.yaml", "甲县某乡人民政府")
    town = unit(tmp_path / "source" / "某镇.yaml", "甲县某镇人民政府")
    assert run("tables", "export", town, "-o", units / "甲县" / "某镇.xlsx").exit_code == 0
    unit(units / "乙县" / "某村.yaml", "乙县某村村委会")
    expect = tmp_path / "应报单位.txt"
    expect.write_text("某乡.yaml\n某乡.xlsx   # 也要交工作簿\n某镇\n  某镇.yaml\n乙县/某乡\n甲县/某乡.yaml\n某乡.xlsx\n"
                      "乙县\\某村.yaml\n某站.yml\n", encoding="utf-8")
    out = tmp_path / "某省2023.yaml"
    result = run("aggregate", units / "甲县", units / "乙县", "-o", out, "--expect", expect)
    assert result.exit_code == 1, result.output
    warnings = [line for line in result.output.splitlines() if "缺报" in line]
    assert warnings == [
        f"{expect}:2:1: warning: 缺报：清单中的“某乡.xlsx”不在所给的文件中（写了扩展名，只认 某乡.xlsx）；所给的有 "
        f"{units / '甲县' / '某乡.yaml'}：如果该单位交的就是它，请在清单中写“某乡”（不写扩展名，哪种文件都算）",
        f"{expect}:4:3: warning: 缺报：清单中的“某镇.yaml”不在所给的文件中（写了扩展名，只认 某镇.yaml）；所给的有 "
        f"{units / '甲县' / '某镇.xlsx'}：如果该单位交的就是它，请在清单中写“某镇”（不写扩展名，哪种文件都算）",
        f"{expect}:5:1: warning: 缺报：清单中的“乙县/某乡”不在所给的文件中（没有写扩展名：乙县/某乡.yaml、乙县/某乡.yml、"
        "乙县/某乡.xlsx 都算）",
        f"{expect}:9:1: warning: 缺报：清单中的“某站.yml”不在所给的文件中（写了扩展名，只认 某站.yml）",
    ]  # line 7 repeats line 2: one warning
    assert f"已汇总 3 个单位的统计表到 {out}" in result.output
    strict = run("aggregate", units / "甲县", units / "乙县", "-o", tmp_path / "strict.yaml", "--expect", expect,
                 "--strict")
    assert strict.exit_code == 1 and "4 个单位缺报（--strict）" in strict.output
    assert not (tmp_path / "strict.yaml").exists()


def test_expect_is_satisfied_by_a_unit_handing_in_its_data_file_and_its_workbook(tmp_path):
    """A folder holding 某乡.yaml and 某乡.xlsx (the same numbers) meets a list naming both, and one naming 某乡; the
    unit is counted once."""
    data = unit(tmp_path / "units" / "某乡.yaml", "某乡人民政府")
    assert run("tables", "export", data, "-o", data.with_suffix(".xlsx")).exit_code == 0
    expect = tmp_path / "list.txt"
    expect.write_text("某乡.yaml\n某乡.xlsx\n某乡\n", encoding="utf-8")
    result = run("aggregate", tmp_path / "units", "-o", tmp_path / "sum.yaml", "--expect", expect, "--strict")
    assert result.exit_code == 0, result.output
    assert "缺报" not in result.output and "已汇总 1 个单位" in result.output


def test_a_workbook_is_loaded_twice_only_for_a_clerks_formula(tmp_path, monkeypatch):
    """Every workbook was loaded twice (formulas, then saved values): a third of aggregate's time. Those reportkit
    writes have formulas in their 总计 cells only, which need no saved value; a clerk's formula still takes it."""
    loads = []
    monkeypatch.setattr("reportkit.tables.workbook.load_workbook", lambda path, **options: loads.append(options)
                        or openpyxl.load_workbook(path, **options))
    data = unit(tmp_path / "某乡.yaml", "某乡人民政府")
    book = tmp_path / "某乡.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    report = import_.workbook_report(book, load_plugins()).report
    assert loads == [{}] and report.tables.applications.new_received.natural_person.value == 38
    loads.clear()
    workbook = openpyxl.load_workbook(book)
    workbook["表三"]["D4"] = "=30+8"  # 一、本年新收 自然人, saved by openpyxl: no value with it
    workbook.save(book)
    result = run("tables", "import", book, "--into", data)
    assert result.exit_code == 1 and loads == [{}, {"data_only": True}]
    assert f"{book}:表三!D4: error: 表三“一、本年新收政府信息公开申请数量”“自然人”：这一格是公式“=30+8”，工作簿里没有存下它算出的数" in result.output
    assert load_file(data).data["tables"]["applications"]["new_received"]["natural_person"] == 38


def test_plugins_lists_in_chinese_and_json_keeps_its_keys():
    text = run("plugins").stdout
    assert "reportkit.default_plugins.gbt9704 0.1.0（内置）\n  钩子：register_layouts\n  版式：gbt9704\n" in text
    assert "  钩子：register_commands、register_importers\n  导入器：docx、html、mhtml、pdf、text\n  命令：check、import\n" \
        in text
    assert "built in" not in text and "hooks:" not in text
    rows = {row["name"]: row for row in json.loads(run("plugins", "--json").stdout)["plugins"]}
    gbt = rows["reportkit.default_plugins.gbt9704"]
    assert gbt["builtin"] is True and gbt["hooks"] == ["register_layouts"] and gbt["layouts"] == ["gbt9704"]
    assert {"kinds", "sections", "renderers", "importers", "rules", "fonts", "settings", "commands"} <= gbt.keys()


def _commands(group: click.Command, path: tuple[str, ...] = ()):
    """``path`` and the path of every command under it, plugins' commands included."""
    yield path
    if isinstance(group, click.Group):
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            yield from _commands(group.get_command(ctx, name), (*path, name))


def test_every_help_screen_fits_80_columns():
    """Five examples (init, render, aggregate, new-plugin and the main screen's) ran over: a Chinese character
    takes two columns."""
    walked, wide = [], []
    for path in _commands(cli):
        result = run(*path, "--help", env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        walked.append(" ".join(path))
        wide += [f"reportkit {' '.join(path)}: {line}" for line in result.output.splitlines() if width(line) > 80]
    assert {"", "init", "render", "aggregate", "tables export", "tables import", "import", "check", "plugins"} \
        <= set(walked)
    assert wide == []
