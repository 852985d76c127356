"""A short PDF's text as pdftotext gives it (a page or two, few paragraphs wrapping): a paragraph's lines are joined
again as in a long copy, a 附件说明 filling its line stays apart from the 署名 under it, and a task table's deadline
in the attachment is no 成文日期."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import CHROMIUM, chromium_pdf, imported, render_source
from test_import_text_task_tables import PLAN

PLUGINS = load_plugins()
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
needs_tools = pytest.mark.skipif(CHROMIUM is None or shutil.which("pdftotext") is None,
                                 reason="chromium or poppler's pdftotext is not installed")

PREAMBLE = "为把本局今年的政务公开工作落到实处，结合局里年初确定的各项工作安排和群众最关心的林业事项，制定本要点。"
NOTE = "附件：清河县林业局2024年政务公开工作任务分解表"

#: A short work plan as a site prints it, GB/T 9704's page and 28 characters a line: one paragraph wraps, the
#: 附件说明 fills its line over the 署名, the task table's deadlines carry their days.
PAGE = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 37mm 26mm 35mm 28mm; }}
body {{ font-family: FandolFang; font-size: 16pt; line-height: 28pt; }}
h1 {{ font-size: 22pt; text-align: center; font-weight: normal; }}
p {{ margin: 0; text-indent: 2em; }}
.sign {{ text-align: right; padding-right: 4em; text-indent: 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 14pt; }}
td, th {{ border: 1px solid black; padding: 2pt; }}
</style></head><body>
<h1>清河县林业局2024年政务公开工作要点</h1>
<p>{PREAMBLE}</p>
<p>一、总体要求</p>
<p>按季度梳理公开事项。</p>
<p>二、主要任务</p>
<p>（一）公开采伐限额</p>
<p>每季度公开一次采伐限额执行情况。</p>
<p>三、保障措施</p>
<p>局办公室统筹推进。</p>
<p style="margin-top:28pt; text-indent:0">{NOTE}</p>
<p class="sign" style="margin-top:56pt">清河县林业局</p>
<p class="sign">2024年2月20日</p>
<p style="page-break-before:always; text-indent:0">附件</p>
<h1>清河县林业局2024年政务公开工作任务分解表</h1>
<table><tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>责任单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>公开采伐限额</td><td>每季度公开一次执行情况。</td><td>资源股</td><td>2024年3月31日</td></tr>
<tr><td>2</td><td>公开造林计划</td><td>年初公布造林计划。</td><td>造林股</td><td>2024年6月30日</td></tr>
</table></body></html>"""


def _copied(folder: Path, page: str = PAGE):
    """``page`` printed by Chromium, copied by pdftotext (no -layout) and imported as any document."""
    pdf = chromium_pdf(page, folder)
    subprocess.run(["pdftotext", str(pdf), str(folder / "copy.txt")], check=True)
    copy = (folder / "copy.txt").read_text(encoding="utf-8")
    result = imported(folder / "copy.txt", folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8")), copy


@needs_tools
def test_a_short_copy_s_paragraph_is_one_and_its_note_stays_apart_from_the_signature(tmp_path):
    """The preamble's lines came back as two paragraphs, split at the page's line break: joined, as a long copy's
    are. The 附件说明 fills its line, the 署名 right under it: not joined to the organ's name, the 署名 and date read."""
    result, data, copy = _copied(tmp_path)
    assert PREAMBLE not in copy.split("\n") and NOTE in copy.split("\n")  # the copy broke the one, not the other
    assert data["preamble"] == [PREAMBLE]
    assert data["requirements"] == ["按季度梳理公开事项。"]
    assert str(data["date"]) == "2024-02-20" and data["agency"] == "清河县林业局"
    assert not [f.message for f in result.findings if "附件说明" in f.message]


@needs_pdftotext
def test_a_deadline_in_the_attachment_is_no_date_of_the_document(tmp_path):
    """A plan rendered and copied by pdftotext, its task table's deadlines with their days in the attachment: the
    last deadline was taken for the 成文日期, and the 署名 under the 附件说明 read as the note's next line (a finding
    said the attachment “…分解表清河县林业局” was missing). The date over 附件 is the document's."""
    plan = PLAN.replace("deadline: 2024-03", "deadline: 2024-03-31").replace("deadline: 2024-11", "deadline: 2024-11-30")
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    pdf = render_source(tmp_path / "plan.yaml", "pdf-typst", tmp_path, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    assert "2024 年 11 月 30 日" in (tmp_path / "copy.txt").read_text(encoding="utf-8")
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert str(data["date"]) == "2024-02-20"
    assert not [f.message for f in result.findings if "附件说明" in f.message]
