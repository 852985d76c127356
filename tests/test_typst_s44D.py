"""The Typst PDF at the far ends of a document's lengths, beside the WeasyPrint PDF: a 40-character agency, a title of
three lines, a 主送 of six organs, headings of two and three lines, web addresses and Latin runs of 120 characters,
7-digit figures in 表二 to 表四, a task table whose long cell crosses a page, three joint signers, with and without the
red-head layout: the same pages, the same lines of body type on each, the same text, no ink right of the text block.

The 版记's rules were Typst table strokes, drawn half their width past the text block's sides (0.35 pt and 0.5 pt); they
are as wide as the text block now, as in the WeasyPrint PDF.
"""

from __future__ import annotations

import functools
import io
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
import yaml

import layout_measure as lm
from reportkit.layout import Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
#: Sentences written for these tests, cut to any length.
SENTENCES = [
    "巡查组每月抽取两个乡镇的公开栏逐条比对网上目录",
    "发现不一致的由乡镇在五个工作日内说明原因并改正",
    "群众来电反映的问题登记后当天转交承办科室",
    "年终把办理情况汇总成册放在档案室供查阅",
]
AGENCY = "某省某市某某县自然资源和规划局国土空间生态修复与不动产登记服务中心暨测绘地理信息站"[:40]
ORGANS = [
    "某省人民政府办公厅",
    "某省政务服务和数据管理局",
    "某市人民政府办公室",
    "某市发展和改革委员会",
    "某市财政局",
    "某市司法局",
]
SIGNERS = ["某省某市某某县自然资源和规划局", "某省某市某某县住房和城乡建设局", "某省某市某某县政务服务和大数据管理局"]
HEADINGS = [
    "关于进一步规范乡镇和村两级公开栏内容更新频次及其与门户网站目录逐条对应关系的工作安排",
    "关于规范乡镇和村两级公开栏更新频次、与门户网站目录逐条对应关系以及群众来电来信登记转办和办理结果回告的若干具体工作安排",
]
URL = (
    "https://www.example-prefecture.gov.cn/zwgk/xxgkml/zfxxgknb/2023/department/land/"
    "index_20240125_0987654321.shtml?from=list"
)
LATIN = "TheCountyOpenGovernmentDataPortalAnnualStatisticsDownloadPackageVersionTwoThousandTwentyFourReleaseCandidateNumberThree2"


def _text(length: int) -> str:
    out, k = "", 0
    while len(out) < length:
        out += SENTENCES[k % len(SENTENCES)] + ("；" if k % 3 == 2 else "，")
        k += 1
    return out[: length - 1] + "。"


def _report() -> dict:
    """sample-2021 as a red-head 公文 at the lengths the module's docstring lists."""
    data = yaml.safe_load(
        (ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml").read_text(encoding="utf-8")
    )
    data["plugins"]["reportkit-gbt9704-redhead"]["copy_to"] = ORGANS
    data |= {
        "agency": AGENCY,
        "addressee": "、".join(ORGANS),
        "signature": SIGNERS,
        "title": AGENCY + "关于二〇二三年度政府信息公开工作情况、存在的主要问题及下一步改进措施等有关事项的报告",
    }
    overview = data["sections"]["overview"]
    overview[1]["heading"], overview[3]["heading"] = HEADINGS
    data["sections"]["other"] = [f"专栏网址为{URL}，每日更新。", f"数据包名称为{LATIN}，可在专栏下载。", _text(400)]
    tables = data["tables"]
    tables["active_disclosure"]["administrative_penalty"] = {"decisions": 2345678}
    applications = tables["applications"]
    applications["new_received"] = {
        "natural_person": 1234567,
        "commercial_enterprise": 234567,
        "public_welfare_organization": 1,
        "legal_service_agency": 2,
        "other": 1,
    }
    applications["results"]["granted"] = {
        "natural_person": 1234549,
        "commercial_enterprise": 234564,
        "legal_service_agency": 1,
    }
    del applications["results"]["total"]
    tables["review_litigation"] = {
        "reconsideration": {"upheld": 1234567, "corrected": 1, "pending": 1},
        "litigation_direct": {"upheld": 2345678, "pending": 1},
        "litigation_after_reconsideration": {"upheld": 1},
    }
    return data


def _plan() -> dict:
    """putian's work plan, without the red head, at those lengths: its task table's long cell crosses a page."""
    data = yaml.safe_load((ROOT / "examples" / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"))
    data["agency"], data["signature"] = AGENCY, SIGNERS
    data["notice"] |= {
        "title": AGENCY + "关于印发二〇一八年政务公开工作实施方案及重点任务分解表和考核办法的通知",
        "addressee": "、".join(ORGANS),
    }
    tasks = data["tasks"] = data["tasks"][:6]
    tasks[0]["task"], tasks[1]["task"] = HEADINGS
    tasks[2]["items"][0]["content"] = [_text(900)]
    tasks[3]["content"] = [f"专栏网址为{URL}，每日更新。" + _text(200)]
    tasks[4] |= {"content": [_text(600)], "support": ["污防科", "水中心", "法规科", "宣教中心", "办公室", "直属各单位"]}
    return data


@functools.cache
def _printed(kind: str) -> dict[str, tuple[bytes, list[lm.Page]]]:
    data = _report() if kind == "report" else _plan()
    found = {}
    for engine in ("weasyprint", "typst"):
        pdf = render(data, formats=("pdf",), engine=engine).pdf
        found[engine] = pdf, lm.measure(pdf, Geometry())
    return found


@pytest.fixture(params=["report", "plan"])
def printed(request):
    return _printed(request.param)


def test_both_pdfs_print_every_line_of_body_type_alike(printed):
    """Title, 主送, headings, paragraphs, 署名 and 版记 lines: the same pages, the same text on each."""
    lines = {
        engine: [
            (page.number, lm._plain(line.text)) for page in pages for line in page.lines if line.size > lm.TABLE_TYPE_PT
        ]
        for engine, (_, pages) in printed.items()
    }
    assert len(printed["typst"][1]) == len(printed["weasyprint"][1])
    assert lines["typst"] == lines["weasyprint"]


def test_both_pdfs_print_the_same_text(printed):
    """Nothing lost or added in either PDF (the tables' cells, the page numbers, the 版记 too)."""
    chars = {
        engine: Counter(lm._plain("".join(line.text for page in pages for line in page.lines + page.below)))
        for engine, (_, pages) in printed.items()
    }
    assert chars["typst"] == chars["weasyprint"]


def test_no_typst_ink_right_of_the_text_block(printed):
    """The strip right of the text block is blank on every page of the Typst PDF (its 版记 rules reached 0.5 pt into
    it)."""
    assert lm.inked_right_of_the_text_block(printed["typst"][0]) == []


def test_the_imprint_rules_are_as_wide_as_the_text_block_in_both_pdfs():
    """GB/T 9704 §7.4: the 版记's rules (the WeasyPrint PDF's, its rows' borders) are the text block's width: 156 mm
    from the left margin, in both PDFs (the Typst PDF's ran from 0.35 to 0.5 pt left of the block to as far right)."""
    g = Geometry()
    block = (round(g.margin_left_mm * lm.MM, 2), round((g.page_width_mm - g.margin_right_mm) * lm.MM, 2))
    rules = {}
    for engine, (pdf, _) in _printed("report").items():
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            page = doc.pages[-1]
            rules[engine] = sorted(
                {(round(o["x0"], 2), round(o["x1"], 2)) for o in page.lines + page.rects if o["x1"] - o["x0"] > 400}
            )
    assert len(rules["typst"]) == 1, rules
    for engine, found in rules.items():
        assert all(abs(x0 - block[0]) < 0.05 and abs(x1 - block[1]) < 0.05 for x0, x1 in found), (engine, found)
