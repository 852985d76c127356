"""One rule (labels.organ_name) for a line that is an organ's name, in every reader: the 署名's lines of a text copy, a
web page's 署名 after a short last part, the agency's line over a title. An official name with its second name in
brackets (32 characters) is a name everywhere; a line with a clause's punctuation (联系电话：…) is none."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from _import_helpers import imported, page_as_text, render_source

ROOT = Path(__file__).resolve().parents[1]
AGENCY = "忻州市生态环境局"
LONG = "某某省某某市某某区发展和改革委员会（某某区粮食和物资储备局）"
DATE = "2021年1月29日"
LAST_PART = "<p>本年度没有其他需要报告的事项。</p>"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("page")
    return render_source(ROOT / "examples" / "xinzhou-2020.yaml", "html", folder).read_text(encoding="utf-8")


def _data(source: Path, folder: Path) -> dict:
    return yaml.safe_load(imported(source, folder).target.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "anywhere", "ending"), [
    ("某某县供销合作社", True, False),  # a 署名 may end in no suffix of labels.ORGAN_SUFFIX …
    (LONG, True, True),  # … and an official name with its second name is 32 characters
    ("某某省某某市某某区某某投资开发集团有限责任公司第二分", False, False),  # 26, ending as no organ's name
    ("联系电话：0350-3031234", False, False),
    ("首页>政务公开>" + AGENCY, False, False),  # a site's menu
    ("六、其他需要报告的事项", False, False),
], ids=["no-suffix", "second-name", "26-no-suffix", "colon", "menu", "heading"])
def test_organ_name(text, anywhere, ending):
    from reportkit.importers.labels import organ_name

    assert (organ_name(text), organ_name(text, ending=True)) == (anywhere, ending)


@pytest.mark.parametrize("align", ["", ' style="text-align:right"'])
def test_a_long_official_name_over_the_date_after_a_short_last_part_is_the_signature(page, tmp_path, align):
    """无<br>long name<br>date in one paragraph: 无 is part 六's, the name the 署名 (it was glued to 无 in part 六)."""
    start, end = page.index('<div class="signature'), page.index("</body>")
    source = tmp_path / "long.html"
    source.write_text(page[:start].replace(LAST_PART, "") + f"<p{align}>无<br>{LONG}<br>{DATE}</p>" + page[end:],
                      encoding="utf-8")
    data = _data(source, tmp_path)
    assert data["signature"] == LONG
    assert data["sections"]["other"] == ["无"]


def test_a_txt_line_with_a_colon_over_the_signature_is_text_not_an_organ(page, tmp_path):
    text = page_as_text(page)
    assert text.rstrip().endswith(f"{AGENCY}\n{DATE}")
    source = tmp_path / "contact.txt"
    source.write_text(text.rstrip()[:-len(DATE)].removesuffix(AGENCY + "\n")
                      + f"联系电话：0350-3031234\n{AGENCY}\n{DATE}\n", encoding="utf-8")
    data = _data(source, tmp_path)
    assert data.get("signature", data["agency"]) == AGENCY
    assert data["sections"]["other"][-1] == "联系电话：0350-3031234"


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_long_official_name_on_its_own_line_over_the_title_is_the_agency(page, tmp_path, suffix):
    """The agency's line over a title that starts with its year may be as long as a 署名's (it was left out)."""
    title = "2020年政府信息公开工作年度报告"
    source = tmp_path / f"title{suffix}"
    if suffix == ".txt":
        source.write_text(page_as_text(page).replace(AGENCY + title, f"{LONG}\n{title}", 1), encoding="utf-8")
    else:
        heading = page[page.index("<h1"):page.index("</h1>") + 5]
        source.write_text(page.replace(heading, f"<p>{LONG}</p><p>{title}</p>", 1), encoding="utf-8")
    result = imported(source, tmp_path)
    assert yaml.safe_load(result.target.read_text(encoding="utf-8"))["agency"] == LONG
    assert not [f for f in result.findings if "未导入" in f.message and "发展和改革委员会" in f.message]
