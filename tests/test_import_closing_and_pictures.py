"""A work summary's or plan's closing: a short closing line without its full stop over the 署名 (特此报告, 欢迎社会各界
监督) is the last part's text, not an organ of the 署名; and a picture in the text, which the data has no place for, is
said in a finding at its place, not dropped in silence. Read alike from a DOCX, its PDF, a web page and a text copy where
each applies. The inputs are written for these tests."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, imported, libreoffice_pdf, page_as_text, render_source
from test_import_plan_task_groups import _png

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = load_plugins()
AGENCY, DATE = "某县林业局", "2025年1月10日"
SUMMARY = [f"{AGENCY}2024年政务公开工作总结", "一、工作情况", "全年主动公开文件四十件，答复依申请公开九件。",
           "二、存在的问题", "专栏更新还不够及时。", "三、下一步计划", "明年按月检查专栏。"]
PLAN = [f"{AGENCY}2025年政务公开工作要点", "一、总体要求", "围绕林业改革做好公开，让群众看得到、看得懂。", "二、重点工作",
        "（一）公开林权登记信息", "登记结果在办结后十日内公开。", "三、工作要求", "各股室每季度末报送落实情况。"]
#: Where a picture goes in a list of lines.
PICTURE = None


def _source(folder: Path, kind: str, lines: list) -> Path:
    """``lines`` (a picture at each :data:`PICTURE`) as a ``kind`` file: the title centred, the paragraphs indented, the
    lines under the last text (署名, 成文日期) neither, as a page's text or a plain document has them."""
    path = folder / f"document.{'docx' if kind == 'pdf' else kind}"
    if kind == "html":
        body = "".join('<p><img src="photo.png"></p>' if line is PICTURE else f"<p>{line}</p>" for line in lines)
        path.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
    elif kind == "txt":
        path.write_text("\n".join(line for line in lines if line is not PICTURE) + "\n", encoding="utf-8")
    else:
        (folder / "photo.png").write_bytes(_png())
        document = docx.Document()
        texts = [line for line in lines if line is not PICTURE]
        for line in lines:
            if line is PICTURE:
                document.add_paragraph().add_run().add_picture(str(folder / "photo.png"), width=Cm(8))
                continue
            paragraph = document.add_paragraph(line)
            if line == texts[0]:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif texts.index(line) < len(texts) - 2:
                paragraph.paragraph_format.first_line_indent = Pt(24)
        document.save(path)
    return libreoffice_pdf(path) if kind == "pdf" else path


def _import(folder: Path, kind: str, lines: list):
    result = imported(_source(folder, kind, lines), folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


# 1. A closing line over the 署名 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("closing", ["特此报告", "欢迎社会各界监督", "敬请批评指正"])
@pytest.mark.parametrize("kind", ["docx", "html", "txt"])
def test_a_closing_line_over_the_signature_is_the_last_parts_text(tmp_path, kind, closing):
    """The old import took it for an organ over the agency's name: ``signature: [特此报告, 某县林业局]``, printed as a
    second 署名."""
    result, data = _import(tmp_path, kind, SUMMARY + [closing, AGENCY, DATE])
    assert data["plan"] == ["明年按月检查专栏。", closing]
    assert "signature" not in data and data["agency"] == AGENCY
    assert str(data["date"]) == "2025-01-10"
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("kind", ["docx", "html", "txt"])
def test_an_organ_without_a_suffix_under_a_closing_line_is_still_the_signature(tmp_path, kind):
    """A 署名 ending in none of the organs' suffixes (供销合作社) is an organ by its place, as before; the closing line
    over it is text."""
    signer = "某县供销合作社"
    result, data = _import(tmp_path, kind, SUMMARY + ["特此报告", signer, DATE])
    assert data["plan"] == ["明年按月检查专栏。", "特此报告"]
    assert data["signature"] == signer


@pytest.fixture(scope="module")
def report_text(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("report")
    return page_as_text(render_source(ROOT / "examples" / "xinzhou-2020.yaml", "html", folder).read_text(encoding="utf-8"))


def test_an_annual_reports_closing_line_is_its_last_parts_text(report_text, tmp_path):
    """The same in an annual report's text copy: the line stays at the end of part 六."""
    agency, date = "忻州市生态环境局", "2021年1月29日"
    assert report_text.rstrip().endswith(f"{agency}\n{date}")
    source = tmp_path / "report.txt"
    source.write_text(report_text.rstrip()[:-len(agency + date) - 1] + f"特此报告\n{agency}\n{date}\n", encoding="utf-8")
    data = yaml.safe_load(imported(source, tmp_path).target.read_text(encoding="utf-8"))
    assert data["sections"].get("other", [])[-1:] == ["特此报告"]
    assert data.get("signature", data["agency"]) == agency


# 2. A picture in the text ---------------------------------------------------------------------------------------------
def _said(name: str, place: str, count: str = "") -> tuple[str, str, str]:
    return (place, "skipped", f"正文里的{count}图片（{place}）未导入：{name}的数据里没有放图片的地方，需要时请把图片里的内容"
                              "写进正文，或在排版后的文件里另行插入")


def _pictures_said(result) -> list[tuple[str, str, str]]:
    return [(f.place, f.rule, f.message) for f in result.findings if "图片" in f.message]


#: The place of a picture after the third line of text, by kind: a DOCX's paragraph of its own, the paragraph a web
#: page's follows, a PDF's page.
PLACES = {"docx": "第 4 段", "html": "第 3 段后", "pdf": "第 1 页"}
KINDS = ["docx", "html", pytest.param("pdf", marks=pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice"))]


@pytest.mark.parametrize("kind", KINDS)
def test_a_picture_in_a_summarys_text_is_said_at_its_place(tmp_path, kind):
    """The old import dropped it with no word; the text around it is read as before."""
    lines = SUMMARY[:3] + [PICTURE] + SUMMARY[3:] + [AGENCY, DATE]
    result, data = _import(tmp_path, kind, lines)
    assert data["work"] == ["全年主动公开文件四十件，答复依申请公开九件。"]
    assert data["problems"] == ["专栏更新还不够及时。"]
    assert _pictures_said(result) == [_said("工作总结", PLACES[kind])]


@pytest.mark.parametrize("kind", KINDS)
def test_a_picture_in_a_plans_text_is_said_at_its_place(tmp_path, kind):
    lines = PLAN[:3] + [PICTURE] + PLAN[3:] + [AGENCY, "2025年2月10日"]
    result, data = _import(tmp_path, kind, lines)
    assert data["requirements"] == ["围绕林业改革做好公开，让群众看得到、看得懂。"]
    assert data["tasks"] == [{"task": "公开林权登记信息", "content": ["登记结果在办结后十日内公开。"]}]
    assert _pictures_said(result) == [_said("工作方案", PLACES[kind])]


def test_a_web_pages_pictures_in_the_text_are_said_and_the_sites_are_not(tmp_path):
    """The site's logo over the title and its 二维码 under the 成文日期 are the site's, left out as before; one alone
    right over the 署名 is taken for a seal (a PDF prints one above the 署名 and 成文日期), not said; a picture beside
    the notice's words and two beside the plan's (said once, counted) are the text's."""
    notice = [f"{AGENCY}关于印发2025年政务公开工作要点的通知", "局属各单位：",
              '现将工作要点印发给你们，请认真贯彻执行。<img src="chart.png">', AGENCY, "2025年2月10日"]
    body = [f"<p>{line}</p>" for line in notice + PLAN[:3]] + ['<p>工作流程见下图<img src="a.png"><img src="b.png"></p>'] \
        + [f"<p>{line}</p>" for line in PLAN[3:]] + ['<p><img src="c.png"></p>', f"<p>{AGENCY}</p><p>2025年2月10日</p>",
                                                      '<p><img src="qr.png"></p><p>版权所有：某县林业局</p>']
    path = tmp_path / "plan.html"
    path.write_text('<html><head><meta charset="utf-8"></head><body><div class="top"><img src="logo.png">某县林业局网站'
                    f'</div>{"".join(body)}</body></html>', encoding="utf-8")
    result = imported(path, tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["notice"]["body"] == ["现将工作要点印发给你们，请认真贯彻执行。"]
    assert data["requirements"] == ["围绕林业改革做好公开，让群众看得到、看得懂。", "工作流程见下图"]
    assert _pictures_said(result) == [_said("工作方案", "第 4 段"), _said("工作方案", "第 10 段", " 2 张")]
