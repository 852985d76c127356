"""Two small gaps: two organs in one item of the 红头's copy_to; a 2021 表二 fee headed in 元."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "plugins" / "reportkit-gbt9704-redhead" / "src"), str(ROOT / "src")])}
    return subprocess.run([sys.executable, "-m", "reportkit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8")


def test_two_organs_in_one_copy_to_item_told_at_the_item(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    written = "copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]"
    assert written in text
    data = tmp_path / "redhead.yaml"
    data.write_text(text.replace(written, "copy_to: [某县人民政府办公室、某县政务服务和数据管理局]"), encoding="utf-8")
    run = _run("validate", data.name, cwd=tmp_path)
    assert run.returncode != 0
    line = next(i for i, row in enumerate(data.read_text(encoding="utf-8").splitlines(), 1) if "copy_to" in row)
    assert (f"redhead.yaml:{line}:15: error: plugins.reportkit-gbt9704-redhead.copy_to[1]：“某县人民政府办公室、"
            "某县政务服务和数据管理局”像是 2 个机关写在了一项里") in run.stderr + run.stdout
    assert "写成 copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]" in run.stderr + run.stdout
    assert "Traceback" not in run.stderr


def test_organ_with_a_full_stop_after_it_still_passes(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    data = tmp_path / "redhead.yaml"
    data.write_text(text.replace("某县政务服务和数据管理局]", "某县政务服务和数据管理局。]"), encoding="utf-8")
    run = _run("validate", data.name, cwd=tmp_path)
    assert run.returncode == 0, run.stderr


def test_2021_fee_column_headed_in_yuan_read_and_converted(tmp_path):
    assert _run("render", str(ROOT / "examples" / "sample-2021.yaml"), "-f", "docx", "-o", "out",
                cwd=tmp_path).returncode == 0
    document = docx.Document(tmp_path / "out" / "sample-2021.docx")
    changed = 0
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for run in (r for p in cell.paragraphs for r in p.runs):
                    if "本年收费金额" in cell.text:
                        run.text = run.text.replace("万元", "元")
            if row.cells[0].text.strip() == "行政事业性收费":
                runs = row.cells[-1].paragraphs[0].runs
                runs[0].text, changed = "125000", changed + 1
                for run in runs[1:]:
                    run.text = ""
    assert changed == 1
    document.save(tmp_path / "yuan.docx")
    run = _run("import", "yuan.docx", "-o", "yuan.yaml", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    data = yaml.safe_load((tmp_path / "yuan.yaml").read_text(encoding="utf-8"))
    assert data["tables"]["active_disclosure"]["administrative_fees"]["amount"] == 12.5
    assert "表头里没有这一列" not in run.stderr
    assert ("表二“行政事业性收费”“本年收费金额（单位：万元）”：原文“125000”以元计，这一列以万元计，"
            "已换算为 12.5万元") in run.stderr
