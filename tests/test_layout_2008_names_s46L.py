"""The names of a 2008 report's counted lines (session 46, L). The applications table (show: table) sizes its columns
by their texts as the categories table does (it was fixed at 4 : 1.5: a 28-character name under “其中：” left its last
character alone on a second line beside a 件数 column a quarter of the page wide); a name of an application's channel or
outcome, and of a disclosure channel, is at most 50 characters like a category's, printed whole inside its cell in
both PDFs, and refused past it at file:line:col. Every text here is written for these tests."""
from __future__ import annotations

import io
import re

import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.testing import render
from test_table_widths_measured import docx_columns, pdf_table

ENGINES = ("weasyprint", "typst")
WORDS = "经本局政务服务中心窗口现场登记并由工作人员协助填写申请表后转交办公室统一受理的书面申请以及其他方式补交的材料"


def name(mark: str, chars: int) -> str:
    """A name of ``chars`` characters starting with ``mark`` (each name its own)."""
    return (mark + WORDS)[:chars]


#: Under “其中：”, 28 characters took two lines at 4 : 1.5 (the last alone); the others are at the limit.
CHANNELS = [name("甲", 28), name("乙", 50), name("丙", 12)]
OUTCOMES = [name("丁", 50), name("戊", 28)]
DISCLOSED = name("己", 50)
REPORT = {
    "kind": "annual-report", "year": 2012, "agency": "某某县环境保护局",
    "sections": {
        "active_disclosure": {"figures": {"total": 40, "channels": [{"name": DISCLOSED, "count": 40}]},
                              "content": ["本年度主动公开工作按计划开展。"]},
        "applications": {"figures": {"channels": [{"name": n, "count": 3 + i} for i, n in enumerate(CHANNELS)],
                                     "outcomes": [{"name": n, "count": 6 - i} for i, n in enumerate(OUTCOMES)],
                                     "show": "table"},
                         "content": ["本年度申请均在法定期限内答复。"]},
    },
}


def flat(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    return {"docx": render(REPORT, formats=("docx",)).docx,
            **{engine: render(REPORT, formats=("pdf",), engine=engine).pdf for engine in ENGINES}}


@pytest.mark.parametrize("engine", ENGINES)
def test_the_applications_table_gives_the_names_the_room(outputs, engine):
    """件数 is as narrow as its head and figures ask; each name is printed whole, a 28-character one on one line, a
    50-character one on two, none with its last character alone."""
    widths, cells = pdf_table(outputs[engine], "项目")
    assert widths[1] < 15 < 120 < widths[0], widths  # 4 : 1.5 gave 件数 about 41 mm
    names = {flat("".join(lines)): lines for lines in cells[0][1:]}
    for item in CHANNELS + OUTCOMES:
        lines = next(lines for text, lines in names.items() if text.endswith(item))
        assert len(lines) == (1 if len(item) < 30 else 2) and len(lines[-1]) > 1, lines


@pytest.mark.parametrize("engine", ENGINES)
def test_no_character_of_the_table_is_printed_outside_its_cell(outputs, engine):
    with pdfplumber.open(io.BytesIO(outputs[engine])) as pdf:
        text = flat("".join(page.extract_text() for page in pdf.pages))
        assert text.count(DISCLOSED) == 1  # the disclosure channel's name, whole in its sentence
        ((page, table),) = [(page, t) for page in pdf.pages for t in page.find_tables() if t.extract()[0][0] == "项目"]
        _, top, _, bottom = table.bbox
        chars = [c for c in page.chars if c["text"].strip() and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
        outside = [c["text"] for c in chars
                   if not any(a - 0.5 <= c["x0"] and c["x1"] <= b + 0.5 and t <= c["top"] and c["bottom"] <= d
                              for a, t, b, d in table.cells)]
        assert len(chars) > sum(map(len, CHANNELS + OUTCOMES)) and not outside, outside


def test_the_three_outputs_read_the_same_widths(outputs):
    printed = docx_columns(outputs["docx"])
    for engine in ENGINES:
        widths, _ = pdf_table(outputs[engine], "项目")
        assert all(abs(a - b) < 0.5 for a, b in zip(widths, printed, strict=True)), (engine, widths, printed)


@pytest.mark.parametrize(("old", "said"), [(CHANNELS[1], "申请渠道或答复结果名称"), (OUTCOMES[0], "申请渠道或答复结果名称"),
                                           (DISCLOSED, "渠道名称")], ids=["channel", "outcome", "disclosed"])
def test_a_name_longer_than_50_characters_is_refused(tmp_path, old, said):
    """One character past the limit: the error at the name's line and column says the limit and the fix; no file is
    written."""
    data = yaml.safe_dump(REPORT, allow_unicode=True, sort_keys=False).replace(old, old + "等")
    line, text = next((n, text) for n, text in enumerate(data.splitlines(), 1) if old in text)
    (tmp_path / "data.yaml").write_text(data, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(tmp_path / "data.yaml"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert re.search(rf"data\.yaml:{line}:{text.index(old) + 1}: error: .*{said}有 51 个字，超过 50 个字："
                     rf"只写.+的名称，说明文字写在这一部分的正文里", result.output), result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
