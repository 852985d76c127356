"""reportkit aggregate: the sums of real and generated units validate, and missing or bad units are listed."""
from __future__ import annotations

import random
import re
import shutil
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
    path.write_text(text, encoding="utf-8")
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
    assert result.exit_code == 0, result.output
    assert f"{bad}: warning: 未计入汇总：未通过校验" in result.output
    assert "xinzhou-2020.yaml: warning: 未计入汇总：是 2020 年度（2019 版）" in result.output
    assert f"{expect}: warning: 缺报：清单中的“c.yaml”不在所给的文件中" in result.output
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
    assert region["tables"]["active_disclosure"]["administrative_fees"]["amount"] == "824.60"
    fee = region["information_processing_fee"]
    assert (fee["amount_notified"], fee["amount_collected"]) == ("2241.00", 1480.25)
    report = check_file(out, load_plugins()).report
    assert str(report.information_processing_fee.amount_notified) == "2241.00"
