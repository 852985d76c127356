"""A title printed in two lines, the agency's name over “2020年政府信息公开工作年度报告”, in a page's text copy or a web
page whose lines are plain paragraphs (nothing centred): the name is the title's first line and the agency, not a
line before the title left out."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from _import_helpers import imported, page_as_text, render_source

ROOT = Path(__file__).resolve().parents[1]
AGENCY = "忻州市生态环境局"
TITLE = "2020年政府信息公开工作年度报告"


def _split_title(tmp_path: Path, suffix: str) -> Path:
    page = render_source(ROOT / "examples" / "xinzhou-2020.yaml", "html", tmp_path).read_text(encoding="utf-8")
    text = page_as_text(page)
    assert text.startswith(AGENCY + TITLE)
    text = text.replace(AGENCY + TITLE, f"{AGENCY}\n{TITLE}", 1)
    target = tmp_path / f"split{suffix}"
    if suffix == ".txt":
        target.write_text(text, encoding="utf-8")
    else:
        paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n")[:2])
        target.write_text(page.replace(page[page.index("<h1"):page.index("</h1>") + 5], paragraphs, 1), encoding="utf-8")
    return target


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_the_agency_on_its_own_line_over_the_title_is_the_agency(tmp_path, suffix):
    result = imported(_split_title(tmp_path, suffix), tmp_path)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["agency"] == AGENCY
    assert data.get("title") in (None, f"{AGENCY}\n{TITLE}")
    assert not [f for f in result.findings if AGENCY in f.message and "未导入" in f.message]


def test_a_site_name_that_is_no_organ_over_the_title_is_still_left_out(tmp_path):
    source = tmp_path / "site.txt"
    text = page_as_text(render_source(ROOT / "examples" / "xinzhou-2020.yaml", "html", tmp_path).read_text(encoding="utf-8"))
    source.write_text("欢迎访问本站\n" + text, encoding="utf-8")
    result = imported(source, tmp_path)
    assert [f for f in result.findings if "欢迎访问本站" in f.message and "未导入" in f.message]
    assert yaml.safe_load(result.target.read_text(encoding="utf-8"))["agency"] == AGENCY
