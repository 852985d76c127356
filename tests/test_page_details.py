"""Details of the printed outputs that the one layout rule set (docs/layout.md) wants alike everywhere: the web page
spaces Chinese and digits as the PDFs do, the Typst PDF's 抄送 stands where the WeasyPrint PDF's does, and the red-head
印发机关 breaks between words."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pdfplumber
import pytest
from _import_helpers import render_source

from reportkit.blocks import Paragraph
from reportkit.layout import AUTOSPACED, UNBROKEN, Geometry
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
REDHEAD = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
FANDOL = ROOT / "plugins" / "reportkit-gbt9704-fonts-fandol" / "src" / "reportkit_fonts_fandol"
#: A paragraph of my own with a number every few characters, so that some start a line of the web page.
COUNTS = "".join(f"第{n}批办结{n * 37}件，" for n in range(1, 40)) + "均按期答复。"


def _spans(tree) -> list[str]:
    return [span.text_content() for span in tree.xpath("//span[@class='as']")]


@pytest.mark.parametrize("data", [ROOT / "examples" / "sample-2021.yaml", ROOT / "examples" / "putian-2018-work-plan.yaml",
                                  REDHEAD], ids=lambda p: p.stem)
def test_the_web_page_spaces_chinese_and_digits_where_the_pdf_does(data, tmp_path):
    """Every boundary between Chinese and digits or Latin letters that the WeasyPrint PDF's template spaces (title,
    body, tables, 附件说明, 署名, 版记) is spaced on the web page, by the same markup and the same amount; the page's
    text stays the data's. The web page had no space there."""
    rendered = render(data.read_text(encoding="utf-8"), file=str(data), formats=("html",))
    web = lxml.html.fromstring(rendered.outputs["html"])
    pdf = lxml.html.fromstring(render_source(data, "html", tmp_path).read_bytes())
    assert _spans(web) == _spans(pdf) and len(_spans(web)) > 10
    style = web.xpath("//style")[0].text
    em = Geometry().autospace_em
    assert f".as {{ margin-left: {em:g}em; }}" in style
    assert "text-autospace: no-autospace" in style  # a browser's own eighth of an em would come on top
    spaced = [b.text for b in rendered.document.blocks if isinstance(b, Paragraph) and AUTOSPACED.search(b.text)]
    texts = [p.text_content() for p in web.xpath("//main/p")]
    assert spaced and all(text in texts for text in spaced)  # no character added


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="no Chromium installed")
def test_in_a_browser_the_space_is_a_quarter_em_and_no_character(tmp_path):
    """Headless Chromium lays the page out: between a Chinese character and a number on one line, a quarter em (more
    only where justification spreads the line); the line before a number that starts a line reaches the right edge,
    and that line starts a quarter em in (the margin the space is: browsers cannot take it off at a line's start).
    Printed to PDF, the page's text holds no character the data has not (a generated space read back “公示 27条”).
    One run of the browser does both: the probe's script writes what it measured into a hidden element of the DOM it
    dumps, and the page (the hidden element prints nothing) is printed as :func:`_import_helpers.chromium_pdf` prints."""
    text = ROOT.joinpath("examples", "sample-2021.yaml").read_text(encoding="utf-8").replace(
        "各项任务按计划完成。", f"各项任务按计划完成。{COUNTS}")
    page = render(text, file="sample.yaml", formats=("html",)).outputs["html"].decode("utf-8")
    probe = """<script>
    const rect = (node, at) => { const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 1);
                                 return r.getBoundingClientRect(); };
    const out = [];
    for (const span of document.querySelectorAll("main > p .as")) {
      const before = span.previousSibling, own = span.firstChild;
      if (!before || before.nodeType !== 3 || !before.length) continue;
      const a = rect(before, before.length - 1), b = rect(own, 0), p = span.parentNode.getBoundingClientRect();
      out.push([a.right, a.top, b.left, b.top, p.left, p.right, parseFloat(getComputedStyle(span).fontSize)].join(","));
    }
    document.body.insertAdjacentHTML("beforeend", "<pre id=probe hidden>" + out.join(";") + "</pre>");
    </script>"""
    (tmp_path / "page.html").write_text(page.replace("</body>", probe + "</body>"), encoding="utf-8")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"<dir>{FANDOL}</dir><cachedir>{tmp_path}/fc</cachedir></fontconfig>")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    printed = tmp_path / "printed.pdf"
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path}/chrome",
                          "--window-size=1000,2000", "--no-pdf-header-footer", f"--print-to-pdf={printed}",
                          "--dump-dom", (tmp_path / "page.html").as_uri()],
                         env={"FONTCONFIG_FILE": str(conf), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                         capture_output=True, text=True, timeout=120).stdout
    found = re.search(r"<pre id=\"probe\" hidden=\"\">([^<]*)</pre>", dom)
    assert found and found.group(1), dom[-2000:]
    gaps, starts = [], []
    for row in found.group(1).split(";"):
        right, top, left, top2, p_left, p_right, size = map(float, row.split(","))
        (gaps if abs(top - top2) < 1 else starts).append((right, left, p_left, p_right, size))
    assert gaps and starts
    quarter = [left - right - size / 4 for right, left, _, _, size in gaps]
    assert min(quarter) == pytest.approx(0, abs=0.5) and all(q > -0.5 for q in quarter), quarter
    assert all(left == pytest.approx(p_left + size / 4, abs=0.5) and right == pytest.approx(p_right, abs=0.5)
               for right, left, p_left, p_right, size in starts), starts
    with pdfplumber.open(printed) as pdf:
        layer = "".join(c["text"] for p in pdf.pages for c in p.chars)
    assert "第1批办结37件" in layer and not re.search(r"[\u4e00-\u9fff] [0-9]|[0-9] [\u4e00-\u9fff]", layer)


def _imprint_lines(pdf: bytes) -> list[list[dict]]:
    """The 抄送 lines (under 抄送：) and the 印发 line of the last page, each character in order."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        rows: dict = {}
        for c in doc.pages[-1].chars:
            if c["text"].strip():
                rows.setdefault(round(c["top"]), []).append(c)
    lines = [sorted(rows[top], key=lambda c: c["x0"]) for top in sorted(rows)]
    texts = ["".join(c["text"] for c in line) for line in lines]
    first = next(i for i, text in enumerate(texts) if text.startswith("抄送："))
    return lines[first:next(i for i, text in enumerate(texts) if "印发" in text) + 1]


def test_the_typst_pdf_sets_the_copy_to_where_the_weasyprint_pdf_does():
    """Each character of a 抄送 of five organs over two lines, of the 印发机关 and of the 印发日期 stands where it does in
    the WeasyPrint PDF, to 0.2 pt. The Typst PDF's box for a full-width mark took the body's tracking (-0.215 pt) twice
    in the untracked 版记: what followed each “，” stood 0.43 pt further left."""
    copy_to = "[某县人民政府办公室, 某县政务服务和数据管理局, 某县发展和改革局, 某县财政局, 某县审计局]"
    text = REDHEAD.read_text(encoding="utf-8").replace("copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]",
                                                      f"copy_to: {copy_to}")
    outputs = render(text, file=str(REDHEAD), strict=True, formats=("pdf", "pdf-typst")).outputs
    weasyprint, typst = _imprint_lines(outputs["pdf"]), _imprint_lines(outputs["pdf-typst"])
    texts = ["".join(c["text"] for c in line) for line in weasyprint]
    assert texts == ["".join(c["text"] for c in line) for line in typst]
    assert len(texts) == 3 and texts[0].startswith("抄送：") and texts[0].count("，") == 2 and texts[1].count("，") == 2 and "印发" in texts[2]
    moved = [(w["text"], round(t["x0"] - w["x0"], 2)) for a, b in zip(weasyprint, typst) for w, t in zip(a, b)
             if abs(t["x0"] - w["x0"]) > 0.2]
    assert moved == []


#: 印发机关 names with a number or a Latin name in them, and where they break (two lines left of the 印发日期).
PRINTERS = {
    "某县12345政务服务便民热线管理中心": ["某县12345政务服务", "便民热线管理中心"],
    "某某县12345政务服务便民热线管理中心": ["某某县12345政务服务", "便民热线管理中心"],
    "某某市人民政府12345政务服务便民热线办公室": ["某某市人民政府", "12345政务服务便民热线办公室"],
    "某县OA系统运行维护保障服务中心办公室": ["某县OA系统运行维护", "保障服务中心办公室"],
}


@pytest.mark.parametrize("printer", PRINTERS)
def test_a_printer_breaks_between_words_not_inside_the_one_a_number_begins(printer):
    """The 印发机关 breaks at a phrase (政务服务|便民热线) or between the two-character words that follow a number
    or a Latin name, never inside a number, a run of Latin letters or one of those words (“某县12345政务服|务便民热线
    管理中心” before), even where the lines are less even."""
    from reportkit_redhead import printer_lines

    assert printer_lines(printer) == PRINTERS[printer]


def test_a_printer_never_breaks_inside_a_number_or_a_run_of_latin_letters():
    """Every 印发机关 of a place, a number or Latin name and an office breaks, when it must, outside the run of digits
    or letters and not right after it: the number stays with the word it names."""
    from reportkit_redhead import printer_lines

    unbroken = re.compile(f"{UNBROKEN}+")
    for place in ("某县", "某某市", "某某自治县"):
        for name in ("12345", "96123", "OA", "GIS", "5G"):
            for rest in ("政务服务便民热线管理中心", "热线服务中心办公室", "系统运行维护保障中心办公室"):
                printer = place + name + rest
                lines = printer_lines(printer)
                assert "".join(lines) == printer and len(lines) <= 2
                cut = len(lines[0])
                run = next(m for m in unbroken.finditer(printer))
                assert len(lines) == 1 or not run.start() < cut <= run.end(), lines
