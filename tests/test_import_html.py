"""Web pages and their text copies as sites publish them, which import or check read wrongly: a last part, its
署名 and date in one paragraph parted by <br>; a 署名 and date as plain paragraphs; a copied table row whose label
holds a line break; tables whose merged cells lost their spans; a link to an attached file after the date."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import import_text, page_as_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")


def _page(tmp_path: Path) -> str:
    """The sample 2021 report (a county bureau's) as a web page."""
    return render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")


def _ended(tmp_path: Path, tail: str) -> str:
    """The sample page with its part 六 and 署名 replaced by ``tail``."""
    html = _page(tmp_path)
    return html[:html.index("<h2>六、其他需要报告的事项")] + tail + "</body></html>"


def _check(tmp_path: Path, source: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["check", str(source), "--report", str(tmp_path / "r.csv")])
    assert "Traceback" not in result.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_a_short_last_part_over_its_signature_in_one_paragraph_keeps_its_text(tmp_path):
    """六、… / 无 / a water bureau / its date, one <p> parted by <br>: 无 has no sentence end, so the break after it
    was read as a wrap and 无某县水利局 became the 署名, part 六 empty. A short line over an organ's name is no wrap."""
    tail = "<p>六、其他需要报告的事项<br>无<br>某县水利局<br>2024年1月20日</p>"
    result, data = import_text(tmp_path, "r.html", _ended(tmp_path, tail))
    assert data["signature"] == "某县水利局"
    assert data["sections"]["other"] == ["无"]
    assert str(data["date"]) == "2024-01-20"
    assert not [f for f in result.findings if "其他需要报告的事项" in f.message]


def test_a_line_wrapped_in_a_paragraph_before_an_organs_name_is_still_one_line(tmp_path):
    """The other side: a long line broken by <br> in the middle of a sentence goes on in the next."""
    tail = ("<h2>六、其他需要报告的事项</h2><p>本年度我局在门户网站开设专栏集中发布有关信息，并会同<br>县财政局<br>"
            "核对了收费标准。</p><p>某县自然资源局<br>2024年1月25日</p>")
    _, data = import_text(tmp_path, "r.html", _ended(tmp_path, tail))
    assert data["sections"]["other"] == ["本年度我局在门户网站开设专栏集中发布有关信息，并会同县财政局核对了收费标准。"]


def test_a_plain_signature_over_a_plain_date_at_a_pages_end_is_the_signature(tmp_path):
    """The 署名 and 成文日期 as two ordinary <p>, not aligned: the 署名 was read as part 六's last paragraph. As the
    .txt reader does, the last date and the short lines over it are the 成文日期 and 署名."""
    tail = ("<h2>六、其他需要报告的事项</h2><p>本年度办理县人大代表建议6件，均已按期答复。</p>"
            "<p>某县水利局</p><p>2024年1月25日</p>")
    _, data = import_text(tmp_path, "r.html", _ended(tmp_path, tail))
    assert data["signature"] == "某县水利局"
    assert data["sections"]["other"] == ["本年度办理县人大代表建议6件，均已按期答复。"]


def test_a_plain_short_last_part_over_a_plain_signature_stays_the_parts(tmp_path):
    tail = "<h2>六、其他需要报告的事项</h2><p>无</p><p>某县水利局</p><p>2024年1月25日</p>"
    _, data = import_text(tmp_path, "r.html", _ended(tmp_path, tail))
    assert data["signature"] == "某县水利局"
    assert data["sections"]["other"] == ["无"]


def _copied_with_broken_labels(tmp_path: Path) -> str:
    """The sample page copied into Notepad, two of table 三's labels holding a line break (the first cell of a row,
    and the second after the row-spanning （三）不予公开)."""
    text = page_as_text(_page(tmp_path))
    for whole, broken in (("一、本年新收政府信息公开申请数量\t", "一、本年新收政府信息公开\n申请数量\t"),
                          ("1.属于国家秘密\t", "1.属于国家\n秘密\t")):
        assert text.count(whole) == 1
        text = text.replace(whole, broken)
    return text


def test_a_copied_row_whose_label_holds_a_line_break_is_one_row(tmp_path):
    """The first half of each row was a line of its own: 一、本年新收政府信息公开 taken for a part's heading and
    dropped, and the row's figures under a label no row has (all of table 三 placeholders). Joined, the rows read."""
    result, data = import_text(tmp_path, "r.txt", _copied_with_broken_labels(tmp_path))
    applications = data["tables"]["applications"]
    assert applications["new_received"] == {"natural_person": 38, "commercial_enterprise": 6,
                                            "research_institution": 0, "public_welfare_organization": 1,
                                            "legal_service_agency": 2, "other": 1, "total": 48}
    assert applications["results"]["denied"]["state_secret"]["total"] == 0
    assert applications["results"]["denied"]["third_party_rights"]["natural_person"] == 1
    assert result.findings == []


def test_a_heading_before_a_copied_tables_head_is_not_joined_to_it(tmp_path):
    """A part's heading right above the next table's head (no figures in it) stays the heading."""
    text = page_as_text(_page(tmp_path))
    assert "三、收到和处理政府信息公开申请情况\n" in text
    result, data = import_text(tmp_path, "r.txt", text)
    assert "applications" in data["sections"]
    assert data["tables"]["applications"]["results"]["total"]["total"] == 48
    assert result.findings == []


def _without_spans(html: str, label: str) -> str:
    """``html`` with the rowspan and colspan of the table holding ``label`` stripped, as some sites' editors do."""
    start = html.rindex("<table", 0, html.index(label))
    end = html.index("</table>", start)
    return html[:start] + re.sub(r'\s(?:row|col)span="\d+"', "", html[start:end]) + html[end:]


def test_table_three_whose_spans_a_site_stripped_is_read_by_the_official_layout(tmp_path):
    """Without rowspan and colspan, a row after 三、本年度办理结果 has fewer cells: its figures went under the wrong
    heads (38 read as a row, every row of table 三 a placeholder). Laid out as the .txt reader does — labels, then
    the figures in the last columns — it reads as published."""
    html = _page(tmp_path)
    _, expected = import_text(tmp_path, "whole.html", html)
    result, data = import_text(tmp_path, "r.html", _without_spans(html, "申请人情况"))
    assert data["tables"]["applications"] == expected["tables"]["applications"]
    assert not [f.message for f in result.findings if "表三" in f.message]


def test_all_tables_without_spans_read_as_published(tmp_path):
    html = _page(tmp_path)
    _, expected = import_text(tmp_path, "whole.html", html)
    result, data = import_text(tmp_path, "r.html", re.sub(r'\s(?:row|col)span="\d+"', "", html))
    assert data["tables"] == expected["tables"]
    assert not [f.message for f in result.findings if "表" in f.message]


def test_a_row_whose_figures_fit_no_column_after_stripped_spans_is_placeholders(tmp_path):
    """（一）予以公开 short of a cell (six figures in a table of seven): which column lacks one is not to be told, so
    no figure of it is put anywhere; each cell is a placeholder whose finding names the figures read."""
    html = _without_spans(_page(tmp_path), "申请人情况")
    row = '（一）予以公开</td>\n      <td class="center">20</td>'
    assert html.count(row) == 1
    result, data = import_text(tmp_path, "r.html", html.replace(row, "（一）予以公开</td>"))
    granted = data["tables"]["applications"]["results"]["granted"]
    assert all(str(value).startswith("【请填写：") for value in granted.values())
    messages = [f.message for f in result.findings if "（一）予以公开" in f.message]
    assert len(messages) == 7 and all("3、0、0、1、0、24对不上列" in m for m in messages)
    assert data["tables"]["applications"]["results"]["partly_granted"]["total"] == 5


def test_a_link_to_an_attached_file_after_the_date_is_a_note_and_the_report_ok(tmp_path):
    """附件：and a link to a spreadsheet after the 成文日期 is the site's download, not text of the report: left out
    with a note (import-skipped), so check counts the correct report ok; it was a warning (import-metadata)."""
    html = _page(tmp_path).replace(
        "</body>", '<p>附件：<a href="/files/2024/tongji.xlsx">某县自然资源局政府信息公开统计表.xlsx</a></p></body>')
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    rows = _check(tmp_path, page)
    assert [(r["rule"], r["severity"]) for r in rows if "附件" in r["message"]] == [("import-skipped", "note")]
    assert [r["rule"] for r in rows if r["severity"] != "note"] == ["ok"]


def test_an_attachments_text_after_the_date_is_imported(tmp_path):
    """The other side: an attachment whose text stands on the page is imported under ``attachments``, no finding."""
    html = _page(tmp_path).replace("</body>", "<p>附件：统计表填报说明</p><p>表中数字均按台账填写。</p></body>")
    result, data = import_text(tmp_path, "r.html", html)
    assert not [f for f in result.findings if "附件" in f.message]
    assert data["attachments"] == [{"title": "统计表填报说明", "content": ["表中数字均按台账填写。"]}]


def test_a_date_under_the_title_of_a_page_without_a_signature_leaves_the_title(tmp_path):
    """The other side: a page with no 署名 or 成文日期 at its end, only the site's date under the title. That date is
    the last, and the title over it is set right as a 署名 would be: it is still the title, no 署名."""
    html = _page(tmp_path)
    start = html.index("<h1") if "<h1" in html else html.index("<body>") + len("<body>")
    title = "某县自然资源局2023年政府信息公开工作年度报告"
    html = html[:start] + f"<p>{title}</p><p>2024-01-26</p>" + html[html.index("<h2>一、"):html.index(
        '<div class="signature')] + "</body></html>"
    result, data = import_text(tmp_path, "r.html", html)
    assert (data.get("title", title), data["agency"], data["year"]) == (title, "某县自然资源局", 2023)
    assert "signature" not in data
    assert not [f for f in result.findings if "标题" in f.message and "网页信息" not in f.message]


def test_an_xhtml_page_with_an_xml_declaration_is_read(tmp_path):
    """Older sites serve XHTML that starts with ``<?xml version="1.0" encoding="utf-8"?>``: the page was unreadable
    (the parser refuses a declared encoding in text already decoded)."""
    page = _page(tmp_path)
    plain, expected = import_text(tmp_path, "plain.html", page)
    declared = '<?xml version="1.0" encoding="utf-8"?>\n' + page.replace("<!DOCTYPE html>", (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'), 1)
    result, data = import_text(tmp_path, "xhtml.html", declared)
    assert data == expected and [f.message for f in result.findings] == [f.message for f in plain.findings]
