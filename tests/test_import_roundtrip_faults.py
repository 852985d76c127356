"""Two faults of the readers the round trip of valid reports found (tests/test_roundtrip_variants.py): a PDF
table cell whose text its narrow column wraps (a five-digit figure read as “2206 5”), and a .txt's 署名 line with an
organ's full official name, over 25 characters (read as text of part 六)."""
from __future__ import annotations

from pathlib import Path

import yaml

from reportkit.importers.pdf import read
from reportkit.importers.source import Grid
from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()
FANG = Path("plugins/reportkit-gbt9704-fonts-fandol/src/reportkit_fonts_fandol/FandolFang-Regular.otf").resolve()


def test_a_pdf_cell_wrapped_by_its_narrow_column_reads_as_one_text(tmp_path):
    """A figure and a note broken over lines by their column's width are one figure and one note (“2206 5” was no
    figure, “含撤回1 件” had a space); a break between Latin words is still a space."""
    from weasyprint import HTML

    cells = [("38271", "break-all"), ("含撤回1件", "break-all"), ("PDF file", "normal"), ("12", "normal")]
    row = "".join(f'<td style="word-break: {wrap}">{text}</td>' for text, wrap in cells)
    html = (f"<style>@font-face {{ font-family: F; src: url({FANG.as_uri()}) }} "
            "body { font-family: F; font-size: 14pt } table { border-collapse: collapse; table-layout: fixed; "
            "width: 44mm } td { border: 1px solid; padding: 2pt }</style><p>下表列出本单位全年受理的申请件数和备注。</p>"
            f"<table><tr><td>申请人</td><td>件数</td><td>备注</td><td>说明</td></tr><tr>{row}</tr></table>")
    source = tmp_path / "cells.pdf"
    HTML(string=html, base_url=f"{tmp_path}/").write_pdf(source)
    import pdfplumber

    with pdfplumber.open(str(source)) as pdf:  # the column does wrap them
        assert [c.count("\n") > 0 for c in pdf.pages[0].find_tables()[0].extract()[1]] == [True, True, True, False]
    grids = [item for item in read(source).items if isinstance(item, Grid)]
    assert [grid.rows for grid in grids] == [[["申请人", "件数", "备注", "说明"], ["38271", "含撤回1件", "PDF file", "12"]]]


def test_a_txt_joint_signature_keeps_an_organ_s_long_official_name(tmp_path):
    """A 署名 line of 32 characters (a name with its second name in brackets) is an organ of the joint 署名; a long
    line with a comma above it is a sentence of part 六 even without its full stop."""
    page = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    text = page_as_text(page)
    organs = ["某某省某某市某某区发展和改革委员会（某某区粮食和物资储备局）", "某某区财政局"]
    last = "本报告中的数据由各科室分别统计，最后经局办公室汇总并报分管领导审核的办公室"
    source = tmp_path / "joint.txt"
    source.write_text(text[:text.rindex("六、其他需要报告的事项")] + "六、其他需要报告的事项\n" + last + "\n"
                      + "\n".join(organs) + "\n2024年1月25日\n", encoding="utf-8")
    data = yaml.safe_load(imported(source, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))
    assert data["signature"] == organs
    assert data["sections"]["other"] == [last]
