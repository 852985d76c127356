"""reportkit aggregate: the sums of real and generated units validate, and missing or bad units are listed."""
from __future__ import annotations

import random
import re
import shutil
from itertools import takewhile
from pathlib import Path

from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.load import load_file
from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins
from reportkit.tables import sheets

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def unit(tmp_path: Path, name: str, rng: random.Random) -> Path:
    """A valid unit: the sample with table 三's （一）予以公开 and 一、本年新收 raised alike (R1-R3 still hold)."""
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("      total: {natural_person: 40, total: 48}\n", "").replace(", total: 48}", "}")
    extra = rng.randint(0, 50)
    text = text.replace("new_received: {natural_person: 38,", f"new_received: {{natural_person: {38 + extra},")
    text = text.replace("granted: {natural_person: 20,", f"granted: {{natural_person: {20 + extra},")
    path = tmp_path / f"{name}.yaml"
    path.write_text(text.replace("agency: 某县自然资源局", f"agency: 某县{name}"), encoding="utf-8")  # one sent twice counts once
    return path


def test_sums_of_generated_units_validate(tmp_path):
    rng = random.Random(12)
    units = [unit(tmp_path, f"unit{i}", rng) for i in range(6)]
    out = tmp_path / "region.yaml"
    result = run("aggregate", *units, "-o", out, "--agency", "某县人民政府")
    assert result.exit_code == 0, result.output
    plugins = load_plugins()
    region = check_file(out, plugins).report  # R1-R5 hold on the sum
    parts = [check_file(u, plugins).report for u in units]
    for sheet, *unit_sheets in zip(sheets(region), *(sheets(p) for p in parts)):
        for position, cell in sheet.cells.items():
            assert cell.value == sum(s.cells[position].value for s in unit_sheets), cell.path
    assert region.agency == "某县人民政府" and region.agency_type == "government"
    assert region.information_processing_fee.notices == 3 * len(units)
    assert "【请填写" in out.read_text(encoding="utf-8")  # the region's own text is left to write


def test_examples_and_expected_list(tmp_path):
    good = tmp_path / "a.yaml"
    shutil.copy(SAMPLE, good)
    bad = tmp_path / "b.yaml"
    bad.write_text(SAMPLE.read_text(encoding="utf-8").replace("total: 48}", "total: 47}"), encoding="utf-8")
    expect = tmp_path / "units.txt"
    expect.write_text("a.yaml\nb.yaml\nc.yaml  # 某乡\n", encoding="utf-8")
    out = tmp_path / "region.yaml"
    result = run("aggregate", good, bad, ROOT / "examples" / "xinzhou-2020.yaml", "-o", out, "--expect", expect)
    assert result.exit_code == 1, result.output
    assert f"{bad}: warning: 未计入汇总：未通过校验" in result.output
    assert "xinzhou-2020.yaml: warning: 未计入汇总：是 2020 年度（2019 版）" in result.output
    assert f"{expect}:3:1: warning: 缺报：清单中的“c.yaml”不在所给的文件中（写了扩展名，只认 c.yaml）" in result.output
    assert re.search(r"^# 由 reportkit aggregate 汇总 1 个单位", out.read_text(encoding="utf-8"), re.MULTILINE)
    assert load_file(out).data["tables"]["applications"]["new_received"]["natural_person"] == 38
    strict = run("aggregate", good, bad, "-o", tmp_path / "strict.yaml", "--strict")
    assert strict.exit_code == 1 and not (tmp_path / "strict.yaml").exists()


def test_summed_amounts_keep_the_places_the_units_wrote(tmp_path):
    """Units writing '412.30'万元 and '1120.50' 元 summed to 824.6 and 2241, printed so: the places were lost."""
    text = SAMPLE.read_text(encoding="utf-8").replace("amount: 412.3562", "amount: '412.30'")
    text = text.replace("amount_notified: 1120", "amount_notified: '1120.50'")
    units = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    units[0].write_text(text, encoding="utf-8")
    units[1].write_text(text.replace("amount_collected: 740", "amount_collected: 740.25"), encoding="utf-8")
    out = tmp_path / "region.yaml"
    assert run("aggregate", *units, "-o", out, "--agency", "某县人民政府").exit_code == 0
    region = load_file(out).data
    assert region["tables"]["active_disclosure"]["administrative_fees"]["amount"].text == "824.60"
    fee = region["information_processing_fee"]
    assert (fee["amount_notified"].text, fee["amount_collected"].text) == ("2241.00", "1480.25")
    report = check_file(out, load_plugins()).report
    assert str(report.information_processing_fee.amount_notified) == "2241.00"


def test_summed_amounts_are_written_as_numbers_that_read_back_with_their_places(tmp_path):
    """Units writing 412.30万元 unquoted (as a clerk does) summed to 824.6; a sum with places was written quoted
    ('824.60'), one without unquoted; a 2019 采购总金额 in 万元 became 元 times 10,000 with six places (2192.315913万元:
    21923159.130000元). Every sum is now a plain number with the places it has, and prints with them."""
    text = SAMPLE.read_text(encoding="utf-8").replace("amount: 412.3562", "amount: 412.30")
    units = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    units[0].write_text(text.replace("amount_notified: 1120", "amount_notified: 1120.50"), encoding="utf-8")
    units[1].write_text(text.replace("amount_notified: 1120", "amount_notified: 1000.00"), encoding="utf-8")
    out = tmp_path / "region.yaml"
    assert run("aggregate", *units, "-o", out, "--agency", "某县人民政府").exit_code == 0
    written = out.read_text(encoding="utf-8")
    assert "  amount: 824.60  #" in written and "  amount_notified: 2120.50  #" in written
    report = check_file(out, load_plugins()).report
    assert report.tables.active_disclosure.administrative_fees.amount.text("万元") == "824.60万元"
    assert str(report.information_processing_fee.amount_notified) == "2120.50"

    xinzhou = (ROOT / "examples" / "xinzhou-2020.yaml").read_text(encoding="utf-8")
    in_yuan = xinzhou.replace("amount: 2192.315913, unit: 万元", "amount: 1000.50, unit: 元")
    (tmp_path / "c.yaml").write_text(xinzhou, encoding="utf-8")
    (tmp_path / "d.yaml").write_text(in_yuan, encoding="utf-8")
    out = tmp_path / "region2019.yaml"
    assert run("aggregate", tmp_path / "c.yaml", tmp_path / "d.yaml", "-o", out).exit_code == 0
    procurement = check_file(out, load_plugins()).report.tables.active_disclosure.government_procurement
    assert procurement.amount.text(procurement.unit) == "21924159.63元"


def new_received(out: Path) -> int:
    return load_file(out).data["tables"]["applications"]["new_received"]["natural_person"]


def test_a_file_given_twice_is_counted_once(tmp_path, monkeypatch):
    """`a.yaml ./a.yaml ../x/a.yaml` was summed three times, silently."""
    folder = tmp_path / "units"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "a.yaml")
    monkeypatch.chdir(folder)
    result = run("aggregate", "a.yaml", "./a.yaml", "../units/a.yaml", "-o", tmp_path / "region.yaml")
    assert result.exit_code == 0, result.output
    assert "a.yaml: warning: 与 a.yaml 是同一个文件，只计入一次" in result.output
    assert "../units/a.yaml: warning: 与 a.yaml 是同一个文件，只计入一次" in result.output
    assert new_received(tmp_path / "region.yaml") == 38
    assert "汇总 1 个单位的统计表：a.yaml\n" in (tmp_path / "region.yaml").read_text(encoding="utf-8")


def test_two_files_of_one_agency_are_both_counted_with_a_warning(tmp_path):
    units = [tmp_path / "a.yaml", tmp_path / "a - 副本.yaml"]
    for path in units:
        shutil.copy(SAMPLE, path)
    other = SAMPLE.read_text(encoding="utf-8").replace("{amount: 412.3562}", "{amount: 100}")  # not the same numbers
    assert "{amount: 100}" in other
    units[1].write_text(other, encoding="utf-8")
    result = run("aggregate", *units, "-o", tmp_path / "region.yaml")
    assert result.exit_code == 0, result.output
    assert f"{units[1]}: warning: 与 {units[0]} 都是“某县自然资源局”2023 年度的数据，两个都已计入" in result.output
    assert new_received(tmp_path / "region.yaml") == 2 * 38


def test_an_input_is_never_overwritten(tmp_path):
    units = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    for path in units:
        shutil.copy(SAMPLE, path)
    result = run("aggregate", *units, "-o", units[0], "--force")
    assert result.exit_code == 1
    assert result.output == f"{units[0]}: error: 是要汇总的数据文件之一，不能用作汇总结果（--force 也不行）：请给 -o 另取一个文件名\n"
    assert units[0].read_bytes() == SAMPLE.read_bytes()


def test_expected_list_saved_by_notepad(tmp_path):
    """A GBK or UTF-16 list (Notepad's "ANSI" and "Unicode") crashed with a UnicodeDecodeError."""
    shutil.copy(SAMPLE, tmp_path / "a.yaml")
    for encoding in ("gbk", "utf-16"):
        expect = tmp_path / f"{encoding}.txt"
        expect.write_text("a.yaml\r\n某乡.yaml\r\n", encoding=encoding)
        out = tmp_path / f"{encoding}.yaml"
        result = run("aggregate", tmp_path / "a.yaml", "-o", out, "--expect", expect)
        assert result.exit_code == 1, result.output
        assert f"{expect}:2:1: warning: 缺报：清单中的“某乡.yaml”不在所给的文件中" in result.output
        assert "清单中的“a.yaml”" not in result.output and new_received(out) == 38


def test_undecodable_expected_list_is_an_error(tmp_path):
    shutil.copy(SAMPLE, tmp_path / "a.yaml")
    out = tmp_path / "region.yaml"
    assert run("aggregate", tmp_path / "a.yaml", "-o", out).exit_code == 0
    earlier = out.read_bytes()
    expect = tmp_path / "units.txt"
    expect.write_bytes(b"a.yaml\n\x80\xff\n")
    result = run("aggregate", tmp_path / "a.yaml", "-o", out, "--force", "--expect", expect)
    assert result.exit_code == 1
    assert f"{expect}:2:1: error: 无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030）" in result.output
    assert "Traceback" not in result.output and out.read_bytes() == earlier


def test_the_year_most_units_have_wins(tmp_path):
    """A 2022 file given first made a 2022 sum of one unit, and the warning named an invalid file."""
    old = tmp_path / "1.yaml"
    shutil.copy(ROOT / "examples" / "previous" / "sample-2022.yaml", old)
    bad = tmp_path / "bad.yaml"
    bad.write_text(SAMPLE.read_text(encoding="utf-8").replace("total: 48}", "total: 47}"), encoding="utf-8")
    units = [tmp_path / "2.yaml", tmp_path / "3.yaml"]
    for path in units:
        path.write_text(SAMPLE.read_text(encoding="utf-8").replace("某县自然资源局", f"某县第{path.stem}局"), encoding="utf-8")  # two units
    out = tmp_path / "region.yaml"
    result = run("aggregate", bad, old, *units, "-o", out)
    assert result.exit_code == 1, result.output
    assert (f"{old}: warning: 未计入汇总：是 2022 年度（2021 版），而计入汇总的是 2023 年度（2021 版）的 "
            f"{units[0]} 等 2 个文件：请换成 2023 年度的数据文件") in result.output
    assert result.output.count(str(bad)) == result.output.count(f"{bad}:")  # named only in its own messages
    assert load_file(out).data["year"] == 2023 and new_received(out) == 2 * 38
    tie = run("aggregate", old, units[0], "-o", tmp_path / "tie.yaml")
    assert tie.exit_code == 1 and load_file(tmp_path / "tie.yaml").data["year"] == 2023


def test_output_name_and_missing_input(tmp_path):
    shutil.copy(SAMPLE, tmp_path / "a.yaml")
    xlsx = run("aggregate", tmp_path / "a.yaml", "-o", tmp_path / "out.xlsx")
    assert xlsx.exit_code == 2 and not (tmp_path / "out.xlsx").exists()
    assert f"error: -o/--output：“{tmp_path / 'out.xlsx'}”不以 .yaml 结尾：汇总结果是数据文件，请给出以 .yaml 结尾的文件名" in xlsx.output
    folder = run("aggregate", tmp_path / "a.yaml", "-o", tmp_path)
    assert folder.exit_code == 2
    assert f"error: -o/--output：“{tmp_path}”是一个文件夹：汇总结果是数据文件，请给出以 .yaml 结尾的文件名" in folder.output
    out = tmp_path / "region.yaml"
    typo = run("aggregate", tmp_path / "a.yaml", tmp_path / "b.yml", "-o", out)
    assert typo.exit_code == 1
    assert f"{tmp_path / 'b.yml'}: warning: 未计入汇总：文件不存在：请检查文件名" in typo.output
    assert "未通过校验" not in typo.output and new_received(out) == 38


def test_an_agency_with_a_control_character_is_refused_and_one_yaml_reads_otherwise_is_quoted(tmp_path):
    """--agency with a Tab crashed aggregate with a traceback; --agency 2023 gave a sum that failed validation."""
    shutil.copy(SAMPLE, tmp_path / "a.yaml")
    out = tmp_path / "region.yaml"
    result = run("aggregate", tmp_path / "a.yaml", "-o", out, "--agency", "某县\t政府")
    assert result.exit_code == 2 and not out.exists()
    assert "error: --agency：第 3 个字符是 Tab：机关名称要写成一行，请去掉换行、Tab 等控制字符" in result.output
    assert run("aggregate", tmp_path / "a.yaml", "-o", out, "--agency", "2023").exit_code == 0
    assert load_file(out).data["agency"] == "2023"
    assert check_file(out, load_plugins()).report.agency == "2023"


def test_the_units_cell_notes_are_listed_not_lost(tmp_path):
    """A unit's note on a figure (4（均为查封）) cannot be summed: it was dropped without a word."""
    rng = random.Random(3)
    units = [unit(tmp_path, f"unit{i}", rng) for i in range(2)]
    out = tmp_path / "region.yaml"
    result = CliRunner().invoke(cli, ["aggregate", *map(str, units), "-o", str(out), "--agency", "某县人民政府"])
    assert result.exit_code == 0, result.output
    listed = [f"{u}：表二“行政强制”“本年处理决定数量”的注释“均为查封”" for u in units]
    assert [line.split("warning: 注释未汇入：")[1].split("（汇总表")[0]
            for line in result.output.splitlines() if "注释未汇入" in line] == listed
    text = out.read_text(encoding="utf-8")
    assert all(f"#   {note}\n" in text for note in listed)
    assert check_file(out, load_plugins()).report.agency == "某县人民政府"


def test_the_header_says_aggregate_made_the_file_from_which_units(tmp_path, monkeypatch):
    """The summed file's header also kept the starter's “由 reportkit init 生成”, as if init had made it."""
    rng = random.Random(5)
    for name in ("a", "b"):
        unit(tmp_path, name, rng)
    monkeypatch.chdir(tmp_path)
    assert run("aggregate", "a.yaml", "b.yaml", "-o", "region.yaml").exit_code == 0
    lines = (tmp_path / "region.yaml").read_text(encoding="utf-8").splitlines()
    header = list(takewhile(lambda line: line.startswith("#"), lines))
    assert header[1] == "# 由 reportkit aggregate 汇总 2 个单位的统计表：a.yaml、b.yaml"
    assert not [line for line in header if "由 reportkit init" in line]
