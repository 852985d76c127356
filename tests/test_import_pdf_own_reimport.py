"""Re-importing reportkit's own PDFs (both engines): a long part heading standing at the top of a page over a short
last part is one line, not joined with the line under it; a space the writer typed between Chinese and a Latin word or
a number is kept, as the DOCX import keeps it, where the gap autospace leaves is still read as none."""
from __future__ import annotations

import io

import pdfplumber
import pytest
import yaml

from reportkit.plugins import load_plugins
from reportkit.testing import render, starter_data

from _import_helpers import imported
from test_import_work_docs import _imported

ENGINES = ["weasyprint", "typst"]
#: A part heading as long as a line holds after its indent and its number (24 characters and 五、).
LONG = "今后进一步深化政府信息公开工作的思路和需要着力解决的问题"[:24]


def _read(pdf: bytes, folder) -> tuple[dict, list[str]]:
    source = folder / "report.pdf"
    source.write_bytes(pdf)
    result = imported(source, folder, load_plugins(), draft=True)
    return yaml.safe_load(result.target.read_text(encoding="utf-8")), [f.message for f in result.findings]


def _first_lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [(page.extract_text() or "").split("\n")[0].replace(" ", "") for page in document.pages]


def _heading_at_a_pages_top(engine: str) -> tuple[dict, bytes]:
    """A 2008-edition report whose last part, under a heading filling its line, has one short sentence; with as many
    paragraphs before it as put that heading at the top of a page."""
    for extra in range(30):
        data = starter_data("annual-report", year=2008, agency="某县住房和城乡建设局")
        data["sections"]["overview"]["content"] = [
            "本局把信息公开同业务工作一起安排，年初定任务，年中查进度，年底作总结。",
            *["各股室按分工报送应当公开的事项，办公室统一审核后在门户网站发布。"] * extra]
        data["sections"]["own"] = [{"title": LONG, "order": 900, "content": ["重点是把公开目录再梳理一遍。"]}]
        rendered = render(data, formats=("pdf",), engine=engine)
        if any(line.endswith(LONG) and line[1] == "、" for line in _first_lines(rendered.pdf)[1:]):
            return data, rendered.pdf
    raise AssertionError("no length put the heading at a page's top")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_long_part_heading_at_a_pages_top_is_not_joined_with_the_line_under_it(tmp_path, engine):
    """The heading fills its line to the right edge in 黑体, the sentence under it is in 仿宋 and the page has no
    wrapped paragraph: the sentence's indent was taken for the page's left edge and the sentence for the heading's
    second line (“五、今后……问题重点是……” a paragraph of the part before)."""
    data, pdf = _heading_at_a_pages_top(engine)
    read, _ = _read(pdf, tmp_path)
    own = read["sections"]["own"]
    assert own[-1]["title"] == LONG and own[-1]["content"] == ["重点是把公开目录再梳理一遍。"]
    assert read["sections"]["overview"]["content"] == data["sections"]["overview"]["content"]


#: Spaces typed between Chinese and Latin words (kept), and a number autospace sets apart without one.
TYPED = ["群众可以登录 www.example.gov.cn 查询办理进度，也可以通过 App 提交申请，全年由网上渠道收到申请12件。",
         "专栏的附件同时提供 WPS 和 Word 两种格式，较长的文件另附 PDF 版本，便于下载打印。"]
#: Spaces typed about numbers alone, as a writer may: a number is written close up (the import has none).
NUMBERS = "服务热线 12345 全年转来咨询 56 件，都在当日登记、三日内答复。"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_space_typed_between_chinese_and_latin_is_kept(tmp_path, engine):
    """The gap of a typed space, less what justifying the line spread its Chinese characters by, is a third of a
    character or more, a space drawn in it; autospace's a quarter, none drawn: “通过 App 提交” keeps its spaces (they
    were dropped, the DOCX import keeps them), “申请12件” has none; spaces typed about a number alone still go."""
    data = starter_data("annual-report", year=2023, agency="某县自然资源局")
    data["sections"]["overview"][0]["content"] = [*TYPED, NUMBERS]
    read, _ = _read(render(data, formats=("pdf",), engine=engine).pdf, tmp_path)
    assert read["sections"]["overview"][0]["content"] == [*TYPED, NUMBERS.replace(" ", "")]


#: An attachment's one paragraph, its last line one character short of the right edge, ending a sentence.
SHORT_OF_EDGE = "各受理点的地址和电话按乡镇顺序排列，每季度核对一次。"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sentence_ending_short_of_a_pages_foot_does_not_take_the_next_pages_first_line(tmp_path, engine):
    """附件1's paragraph ends a sentence a character short of the edge at its page's foot; 附件2's label stands at the
    left edge at the next page's top: it was read as the sentence's next line (“……一次。附件2”, 附件2's title a
    paragraph of 附件1). Over a page break a paragraph goes on only from a line that fills the width."""
    data = starter_data("annual-report", year=2023, agency="某县自然资源局")
    data["attachments"] = [{"title": "政府信息公开受理点一览", "content": [SHORT_OF_EDGE]},
                           {"title": "依申请公开办理流程", "content": ["申请经登记、审查后在法定期限内答复。"]}]
    read, _ = _read(render(data, formats=("pdf",), engine=engine).pdf, tmp_path)
    assert [(a["title"], a["content"]) for a in read["attachments"]] == [
        (a["title"], a["content"]) for a in data["attachments"]]


#: A task's measures, long enough that the task's merged cell goes over a page break in the 任务分解表.
MEASURE = "按月梳理本领域应当主动公开的事项，逐项明确公开的内容、方式和时限，发布后由办公室抽查核对。"


def test_a_task_cell_printed_again_after_a_page_break_is_read_once(tmp_path):
    """WeasyPrint prints a merged 工作任务 cell's text again on the page a break carries its rows to; the row the break
    cut took it twice (“重点领域信息重点领域信息”, a task the body does not have, and a warning)."""
    data = starter_data("work-plan", year=2024, agency="某县自然资源局")
    items = [{"task": name, "content": [MEASURE * 10], "lead": "办公室"}
             for name in ("自然资源规划信息", "土地征收信息", "矿业权出让信息", "不动产登记信息", "执法监督信息")]
    data["tasks"] = [{"task": "重点领域信息", "items": items}]
    data["task_table"] = {"place": "attachment"}
    source = tmp_path / "plan.pdf"
    source.write_bytes(render(data, formats=("pdf",)).pdf)
    read, _, output = _imported(source, tmp_path / "out")
    assert [(t["task"], [i["task"] for i in t.get("items", [])]) for t in read["tasks"]] == [
        ("重点领域信息", [i["task"] for i in items])]
    assert "重点领域信息重点领域信息" not in output
