"""Work summaries copied out of a PDF with pdftotext: a title wrapped in two or three lines, only its last
line worded like a title alone, was cut to that line, the lines above it dropped as ones before the title."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source
from test_import_documents_shapes import _import

PLUGINS = load_plugins()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")

SUMMARY = """{title}

{indent}2016年，本局把公开工作放在日常业务之中，按月检查各科室的公开情况。

{indent}一、2016年工作总结

{indent}（一）主动公开

{indent}全年在门户网站发布信息1200条，比上年多出三成。

{indent}二、存在的问题

{indent}公开的时效性还不够，个别信息发布晚于规定时限。

{indent}三、2017年工作打算

{indent}继续完善发布流程，把时限要求落实到每个科室。
"""

#: pdftotext's copy (no blanks before a line), and -layout's (each title line centred by blanks before it)
SHAPES = {"plain": ("", ""), "layout": ("      ", "  ")}


def _summary(tmp_path, lines: list[str], shape: str):
    centre, indent = SHAPES[shape]
    title = "\n".join(centre + line for line in lines)
    return _import(tmp_path, "summary.txt", SUMMARY.format(title=title, indent=indent))


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("lines", [
    ["清河县交通运输局2016年政府信息公开", "工作总结和2017年工作计划"],
    ["清河县交通运输局2016年", "政府信息公开工作总结和", "2017年政务公开工作计划"],
])
def test_a_title_whose_last_line_alone_reads_as_one_is_read_whole(tmp_path, lines, shape):
    """The lines above hold the title's year and no sentence: they are the title's, not lines before it."""
    result, data = _summary(tmp_path, lines, shape)
    assert not [f.message for f in result.findings if "标题之前" in f.message]
    assert data["title"].replace("\n", "") == "".join(lines)
    assert data["kind"] == "work-summary" and data["year"] == 2016
    assert data["agency"] == "清河县交通运输局"


@pytest.mark.parametrize("shape", SHAPES)
def test_a_line_without_the_year_over_a_title_is_still_left_out(tmp_path, shape):
    """A site's column name over the title names no year: it is left out with a finding, the title kept whole."""
    result, data = _summary(tmp_path, ["政务公开专栏", "清河县交通运输局2016年政府信息公开工作总结"], shape)
    assert data["title"] == "清河县交通运输局2016年政府信息公开工作总结"
    assert [f.message for f in result.findings if "标题之前" in f.message] == ["标题之前的“政务公开专栏”未导入"]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_agencys_name_over_a_title_wrapped_in_two_lines_is_no_line_of_it(tmp_path, shape):
    """A page's line of the agency's name over the title's two lines, the second a title alone (公开工作总结, to which
    the title was cut): the title is the two lines under it, the line left out as one before the title (not as a
    版头's, as it would be read in a title of three lines)."""
    result, data = _summary(tmp_path, ["清河县交通运输局", "清河县交通运输局2016年政务", "公开工作总结"], shape)
    assert data["title"].replace("\n", "") == "清河县交通运输局2016年政务公开工作总结"
    assert [f.message for f in result.findings if "标题之前" in f.message] == ["标题之前的“清河县交通运输局”未导入"]


# The examples, rendered and copied ------------------------------------------------
def _copied(folder: Path, name: str, *options: str):
    """Example ``name`` rendered to a PDF (typst), copied with pdftotext (``options``), and the copy imported."""
    pdf = render_source(EXAMPLES / f"{name}.yaml", "pdf-typst", folder, PLUGINS)
    subprocess.run(["pdftotext", *options, str(pdf), str(folder / "copy.txt")], check=True)
    result = imported(folder / "copy.txt", folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@needs_pdftotext
@pytest.mark.parametrize("options", [(), ("-layout",)])
def test_the_summary_s_title_in_two_lines_is_read_whole_from_a_pdftotext_copy(tmp_path, options):
    """The title of two centred lines came out as its second (工作总结和2017年工作计划), the first left out."""
    result, data = _copied(tmp_path, "suzhou-2016-work-summary", *options)
    assert data["title"] == "苏州市环境保护局2016年政府信息公开工作总结和2017年工作计划"
    assert data["kind"] == "work-summary"
    assert not [f.message for f in result.findings if "标题之前" in f.message]


@needs_pdftotext
def test_a_task_table_s_head_alone_takes_no_rows_of_it_into_the_plan_s_last_part(tmp_path):
    """pdftotext -layout: the task table's head was read as a table of its own, its rows not (cells wrapped over
    lines); taken as the task table, it left the attachment's lines to the last 保障措施, each a paragraph of it.
    Now the safeguards are the source's and the table is read (session 36: rows by their numbers)."""
    result, data = _copied(tmp_path, "putian-2018-work-plan", "-layout")
    source = yaml.safe_load((EXAMPLES / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"))
    assert [part["heading"] for part in data["safeguards"]] == [part["heading"] for part in source["safeguards"]]
    assert [len(part["content"]) for part in data["safeguards"]] == [1, 1, 1]
    assert data["task_table"] == {"place": "attachment"} and "attachments" not in data
