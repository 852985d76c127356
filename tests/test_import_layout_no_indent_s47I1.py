"""A text copy (pdftotext, with -layout or without) of a PDF whose paragraphs have no first-line indent: a paragraph
starting with an outline number and a clause (（一）主动公开方面，全年…) is a paragraph, not a heading over the rest of
it; a wrapped line that starts as a heading does (一、二季度…) goes on with its paragraph; a heading alone on its line
(（二）平台建设) stays a heading. The parts read as from the report's DOCX."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
import yaml
from docx.shared import Pt

from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, imported, libreoffice_pdfs

PLUGINS = load_plugins()
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None, reason="needs LibreOffice and poppler's pdftotext"
)

#: A made-up county forestry office's 2023 report: its parts' headings and paragraphs, one DOCX paragraph each.
_PARTS = {
    "一、总体情况": [
        "本年度我局围绕林业改革和生态保护中心工作，把政务公开作为转变作风的重要抓手，调整充实了工作专班，"
        "明确一名副局长分管，办公室两名同志具体承办。",
        "（一）主动公开方面，全年通过门户网站发布林业政策、项目资金和执法监管信息共四百余条，每月检查栏目更新，"
        "做到信息及时准确。",
    ],
    "（二）平台建设": ["门户网站新设林长制专栏，信息按月更新。"],
    "（三）关于政策解读和回应社会关切以及监督保障工作的情况": [
        "本局对出台的两件规范性文件均同步发布了解读材料，解读率达到百分之百，年内上半年和下半年各组织一次自查，"
        "分别在一、二季度对公开的信息进行了回头看，发现问题三处，已全部整改到位。",
    ],
    "二、主动公开政府信息情况": [
        "全年制发行政规范性文件两件，均按程序经合法性审核后在网站公开，现行有效的规范性文件共有九件，逐件标注了有效状态。",
    ],
    "三、收到和处理政府信息公开申请情况": [
        "全年共收到依申请公开事项六件，均在法定期限内作出答复，其中予以公开四件，因本机关不掌握相关信息告知申请人两件。",
    ],
    "四、政府信息公开行政复议、行政诉讼情况": ["本年度没有发生因政府信息公开引起的行政复议和行政诉讼案件。"],
    "五、存在的主要问题及改进情况": [
        "一是部分栏目更新不够及时，二是政策解读形式比较单一。下一步我们将建立栏目更新台账，每季度通报一次，"
        "同时增加图解和短视频等解读形式。",
    ],
    "六、其他需要报告的事项": ["本年度没有收取信息处理费。"],
}


def _docx(path, indent: bool) -> None:
    """The report as an office writes it in Word: 三号 text, its paragraphs indented two characters or not at all."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(16)
    document.styles["Normal"].font.name = "FandolFang"
    document.add_paragraph("某县林业局2023年政府信息公开工作年度报告")
    for heading, paragraphs in _PARTS.items():
        document.add_paragraph(heading)
        for text in paragraphs:
            paragraph = document.add_paragraph(text)
            if indent:
                paragraph.paragraph_format.first_line_indent = Pt(32)
    document.add_paragraph("某县林业局")
    document.add_paragraph("2024年1月15日")
    document.save(path)


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[tuple[str, str], tuple[str, dict, dict]]:
    """For each DOCX ("indent", "flush") and each pdftotext copy of its PDF ("layout", "plain"): the copy's text, the
    data its import wrote, the data the DOCX's import wrote."""
    folder = tmp_path_factory.mktemp("no_indent")
    sources = {kind: folder / f"{kind}.docx" for kind in ("indent", "flush")}
    for kind, path in sources.items():
        _docx(path, kind == "indent")
    out = {}
    for (kind, source), pdf in zip(sources.items(), libreoffice_pdfs(list(sources.values()))):
        (folder / kind).mkdir()
        from_docx = yaml.safe_load(imported(source, folder / kind, PLUGINS).target.read_text(encoding="utf-8"))
        for mode, options in (("layout", ["-layout"]), ("plain", [])):
            copy = folder / f"{kind}-{mode}.txt"
            subprocess.run(["pdftotext", *options, str(pdf), str(copy)], check=True)
            (folder / f"{kind}-{mode}").mkdir()
            result = imported(copy, folder / f"{kind}-{mode}", PLUGINS)
            out[kind, mode] = (
                copy.read_text(encoding="utf-8"),
                yaml.safe_load(result.target.read_text(encoding="utf-8")),
                from_docx,
            )
    return out


@pytest.mark.parametrize("kind", ["flush", "indent"])
@pytest.mark.parametrize("mode", ["layout", "plain"])
def test_a_pdftotext_copy_reads_the_parts_as_the_docx_does(copies, kind, mode):
    """（一）主动公开方面，全年…项目 fills its line in a copy that lost (or never had) the indent: it was taken for a
    heading alone, its paragraph's rest made that heading's text (overview: {heading: 主动公开方面，全年…, content: …});
    its clause marks it as a paragraph's first line."""
    text, data, from_docx = copies[kind, mode]
    assert any(line.strip().startswith("（一）主动公开方面，全年") for line in text.split("\n"))
    assert data["sections"] == from_docx["sections"]
    assert data["sections"]["overview"][1] == _PARTS["一、总体情况"][1]


@pytest.mark.parametrize("mode", ["layout", "plain"])
def test_a_wrapped_line_starting_with_a_numeral_stays_in_its_paragraph(copies, mode):
    """The page wrapped …分别在 / 一、二季度对公开的信息…: the second line looks like a part's heading (一、) and ended
    the paragraph, every part after it read wrongly. After a full line stopped inside its sentence, a line with a
    clause in it goes on."""
    text, data, _ = copies["flush", mode]
    assert "分别在\n一、二季度" in text
    assert _PARTS["（三）关于政策解读和回应社会关切以及监督保障工作的情况"][0] in yaml.safe_dump(
        data["sections"], allow_unicode=True, width=10**6
    )
    assert data["sections"]["active_disclosure"] == _PARTS["二、主动公开政府信息情况"]
    assert {"heading": "平台建设", "content": _PARTS["（二）平台建设"]} in data["sections"]["overview"]
