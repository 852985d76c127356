"""An attachment's table of words only (事项 / 责任科室 / 公开方式和要求, no figures), rendered to PDF and copied by
pdftotext -layout: a cell broken over lines (the row's other cells on its middle line, or between its lines), the
table's last row among them, and a row whose cells the copy set one blank apart read back as the table's rows, each
cell whole; before, they came back as notes, a cell's last piece on its own and the blank-apart row one paragraph."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source

PLUGINS = load_plugins()
SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
COLUMNS = ["事项", "责任科室", "公开方式和要求"]
ROWS = [
    ["矿业权出让公告", "矿产资源管理股", "在门户网站发布"],
    ["土地征收批复文件", "耕地保护科", "批复后十个工作日内在门户网站公开，征收范围调整的随时更新"],
    ["不动产登记办事指南", "不动产登记中心", "在办事大厅公开栏张贴"],
    ["地质灾害防治方案", "地质环境股", "汛期前在门户网站公开，汛期内根据雨情和隐患点变化情况随时更新，"
                                     "每次更新后在公开栏同步张贴并报县政府办公室备案"],
    ["测绘成果目录", "测绘地理信息股", "每半年在门户网站公开一次，目录有调整的在调整后五个工作日内随时更新"],
]


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """The sample report with the attachment, its PDF copied by pdftotext -layout."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    folder = tmp_path_factory.mktemp("words")
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["attachments"] = [{"title": "主动公开事项责任分工表", "table": {"columns": COLUMNS, "rows": ROWS}}]
    source = folder / "report.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    pdf = render_source(source, "pdf", folder, PLUGINS)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(folder / "copy.txt")], check=True)
    return folder / "copy.txt"


def test_words_only_table_reads_back_whole(copy):
    """The copy sets one row's cells a blank apart, and breaks cells over lines with the row's other cells on the
    middle line, or between two lines (the last row's too): every row comes back with its cells whole."""
    lines = copy.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("不动产登记办事指南 不动产登记中心 在办事大厅公开栏张贴") for line in lines)
    middle = next(n for n, line in enumerate(lines) if line.startswith("地质灾害防治方案"))
    cells = lines[middle].split()
    assert len(cells) == 3 and cells[2] in ROWS[3][2] and not ROWS[3][2].startswith(cells[2])
    last = next(n for n, line in enumerate(lines) if line.strip().startswith("测绘成果目录"))
    assert lines[last].split() == ROWS[4][:2] and lines[last + 1].strip()
    result = imported(copy, copy.parent, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    (attachment,) = data["attachments"]
    assert attachment["table"] == {"columns": COLUMNS, "rows": ROWS}
    assert "notes" not in attachment
