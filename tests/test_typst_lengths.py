"""The Typst PDF prints the page the WeasyPrint PDF prints at other text lengths and shapes: a 70-character title, a
one-character and a 3,000-character paragraph, text that looks like Typst markup at line starts and in cells, Latin
words, web addresses and units, characters no bundled font has, a 40-character 署名 and 版头, ten attachments with long
names, a table of long cells, 表三 with 7-digit figures: the same pages, the same lines on each, the same text and
warnings. A merged label a page break parts is printed again on the next page by both
(tests/test_typst.py::test_a_merged_label_a_break_parts_is_printed_with_its_rows_on_each_page)."""
from __future__ import annotations

import dataclasses
import io
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
import yaml

import layout_measure as lm
from reportkit.blocks import Attachment, Paragraph, Table
from reportkit.fonts import MISSING_MARK
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
REDHEAD = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
#: Sentences written for these tests, repeated and cut to any length.
SENTENCES = ["档案室把历年公开的文件按年份装订成册，方便来访群众当场翻阅。", "每季度末由办公室抽查各科室的公开台账，发现缺漏即时补录。",
             "对咨询电话中反复被问到的事项，整理成问答放在专栏首页。", "新录用的工作人员上岗前须参加一次公开业务的集中学习。",
             "涉及征收补偿的文件在村务公开栏同步张贴，张贴期不少于十日。", "专栏的栏目名称与省里的目录保持一致，便于跨部门检索。"]
ORGAN = "某省某市某县自然资源和规划局不动产登记中心暨国土空间规划编制研究院办公室综合科"  # 40 characters
URL = "https://www.example-county.gov.cn/zwgk/xxgkml/2023/index_1234567890.shtml?channel=notice&page=12"
MARKUP = ["#set page(width: 1pt) 这一段以井号开头。", "$ x $ 美元符号之间的文字。", "* 星号开头，_下划线_，@引用，<标签>。",
          "] 右方括号、\\ 反斜杠和 // 双斜杠开头的一段。", "= 等号开头的一段，#let x = 1 #x 结束。"]


#: The characters no bundled face has, as both PDFs print them.
MISSING = {ord("𠮷"): MISSING_MARK, ord("䶮"): MISSING_MARK}


def _text(length: int) -> str:
    out, k = "", 0
    while len(out) < length:
        out += SENTENCES[k % len(SENTENCES)]
        k += 1
    return out[:length - 1] + "。"


def _report() -> dict:
    """sample-2021 at the lengths and shapes the module's docstring lists."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["title"] = "某省某市某县自然资源和规划局关于二〇二三年度政府信息公开工作情况、存在的主要问题及下一步改进措施等有关事项的报告"
    data["signature"] = ORGAN
    data["sections"]["overview"][0] = _text(3000)
    data["sections"]["overview"][2]["content"] = ["全年新收申请的数量见表三，均在法定期限内答复。"]
    data["sections"]["applications"] = ["好"]
    data["sections"]["other"] = [
        data["sections"]["other"][0], *MARKUP,
        f"专栏的网址为{URL}，全年更新。",
        "全年处理PDF、OFD和DOCX格式的文件3,456份，open data平台下载12.5万次，带宽100Mbps，机房面积36.5m²，温度22℃左右。",
        "引用的标准有GB/T 9704-2012《党政机关公文格式》和ISO 32000-2:2020，以及the Open Government Data Charter。",
        "为𠮷祥村、䶮字辈的村民办理了登记。"]
    applications = data["tables"]["applications"]
    applications["new_received"] = {"natural_person": 1234567, "commercial_enterprise": 234567,
                                    "public_welfare_organization": 1, "legal_service_agency": 2, "other": 1}
    applications["results"]["granted"] = {"natural_person": 1234549, "commercial_enterprise": 234564,
                                          "legal_service_agency": 1}
    del applications["results"]["total"]
    cells = [[_text(120), "局办公室、法规科、不动产登记中心及各乡镇自然资源所", "2024年12月31日前"],
             [_text(300), "各科室", "全年"], [MARKUP[0], MARKUP[4], "#none"]]
    data["attachments"] = [{"title": "重点工作任务分工", "content": ["各项任务的责任单位如下表。"],
                            "table": {"columns": ["任务", "责任单位", "完成时限"], "rows": cells}}] + [
        {"title": f"某县自然资源局2023年度政府信息公开工作有关统计数据和典型案例汇编（第{k}册，含说明）",
         "content": [_text(40 + 30 * k)]} for k in range(1, 10)]
    return data


def _redhead() -> dict:
    data = yaml.safe_load(REDHEAD.read_text(encoding="utf-8"))
    data["plugins"]["reportkit-gbt9704-redhead"] |= {
        "organ_mark": "某省某市某县自然资源和规划局不动产登记中心国土空间规划编制研究院联合文件",
        "copy_to": ["某省某市某县人民政府办公室", "某县政务服务和大数据管理局", "某县发展和改革委员会", "某县财政局", "某县审计局",
                    "某县司法局", "各乡镇人民政府", "各街道办事处"]}
    data["signature"] = ORGAN
    data["sections"]["other"] = [data["sections"]["other"][0] + _text(500)]
    return data


def _merged(blocks) -> str:
    """The texts of the cells spanning rows, in ``blocks`` and their attachments."""
    out = ""
    for block in blocks:
        if isinstance(block, Attachment):
            out += _merged(block.blocks)
        elif isinstance(block, Table):
            out += "".join(c.text for row in block.rows for c in row if c.rowspan > 1)
    return out


def _printed(data: dict) -> dict:
    found = {}
    for engine in ("weasyprint", "typst"):
        result = render(data, formats=("pdf",), engine=engine)
        pages = lm.measure(result.pdf, Geometry())
        # raises on any character of a paragraph or heading changed (those no font has print as 〓)
        lm.paragraphs(pages, dataclasses.replace(result.document, blocks=[
            dataclasses.replace(b, text=b.text.translate(MISSING)) if isinstance(b, Paragraph) else b
            for b in result.document.blocks]))
        found[engine] = result, pages
    return found


@pytest.fixture(scope="module", params=["report", "redhead"])
def printed(request):
    return _printed(_report() if request.param == "report" else _redhead())


def test_both_pdfs_break_every_line_of_the_body_alike(printed):
    """Every line in the body's type (paragraphs, headings, title lines, 署名, 附件说明, 版记) on the same page with the
    same text, and the same page count."""
    lines = {engine: [(page.number, lm._plain(line.text)) for page in pages for line in page.lines
                      if line.size > lm.TABLE_TYPE_PT] for engine, (_, pages) in printed.items()}
    assert len(printed["typst"][1]) == len(printed["weasyprint"][1])
    assert lines["typst"] == lines["weasyprint"]


def test_both_pdfs_print_the_same_table_text_on_each_page(printed):
    """The tables' text page by page (long cells, markup in cells, 7-digit figures), but the labels of merged cells the
    WeasyPrint PDF prints again after a page break."""
    result, _ = printed["typst"]
    merged = set(_merged(result.document.blocks))
    chars = {engine: {page.number: Counter(lm._plain("".join(line.text for line in page.lines
                                                              if line.size <= lm.TABLE_TYPE_PT)))
                      for page in pages} for engine, (_, pages) in printed.items()}
    for number, weasyprint in chars["weasyprint"].items():
        typst = chars["typst"][number]
        assert typst - weasyprint == Counter()
        assert set(weasyprint - typst) <= merged, number


def test_both_pdfs_warn_alike(printed):
    """The glyph coverage warning (𠮷 and 䶮 print as 〓) and the others, the same in both."""
    assert [w.message for w in printed["typst"][0].warnings] == [w.message for w in printed["weasyprint"][0].warnings]


#: Marks the Typst PDF broke beside where the WeasyPrint PDF does not: a quotation mark after a dash (Pango breaks
#: beside “ and ” only where layout.QUOTE_BREAK says), a middle dot between Latin letters (Pango reads it as a letter).
JOINS = ["——“专栏”", "“专栏”——", "A·B", "…“问答”"]


def _joins() -> list[str]:
    """Each of :data:`JOINS` at every place across a line's end."""
    return [_text(20 + k).rstrip("。") + probe + "的说明。" for probe in JOINS for k in range(28)]


@pytest.fixture(scope="module")
def joins():
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["other"] = _joins()
    found = {}
    for engine in ("weasyprint", "typst"):
        result = render(data, formats=("pdf",), engine=engine)
        segments = lm.paragraphs(lm.measure(result.pdf, Geometry()), result.document)
        found[engine] = {s.text: [lm._plain(line.text) for _, line in s.lines] for s in segments}
    return found


@pytest.mark.parametrize("probe", JOINS)
def test_the_typst_pdf_breaks_beside_quotation_marks_and_middle_dots_as_the_weasyprint_pdf(joins, probe):
    """"——|“专栏”" and "“专栏”|——", "A·|B" and "…|“问答”" began a line in the Typst PDF only (its boxes for the marks
    are break opportunities); the WeasyPrint PDF carried the character before the mark down, or kept the dash."""
    texts = [t for t in _joins() if probe in t]
    assert [joins["typst"][t] for t in texts] == [joins["weasyprint"][t] for t in texts]


def test_the_word_joiners_beside_quotation_marks_are_no_text():
    """The Typst PDF's text layer read the word joiner kept after ” with the character after it ("”\u2060——"), in a
    document whose dash is in the body's face."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    texts = [t for t in _joins() if "”——" in t][:4]
    data["sections"]["other"] = texts
    with pdfplumber.open(io.BytesIO(render(data, formats=("pdf",), engine="typst").pdf)) as pdf:
        printed = "".join(page.extract_text() for page in pdf.pages).replace("\n", "")
    assert "\u2060" not in printed
    assert all(text in printed for text in texts)
