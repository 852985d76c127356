"""-f html and -f json: the page read with an HTML parser (and a headless Chromium when there is one), the JSON against its schema."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.renderers.json import output_schema

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml"))
FANDOL = ROOT / "plugins" / "reportkit-gbt9704-fonts-fandol" / "src" / "reportkit_fonts_fandol"


def render(path: Path, fmt: str, out: Path) -> Path:
    result = CliRunner().invoke(cli, ["render", str(path), "-f", fmt, "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out / f"{path.stem}.{fmt}"


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_html_page_is_self_contained_and_accessible(example, tmp_path):
    page = parse(render(example, "html", tmp_path))
    names = [t for t, _ in page.tags]
    assert "script" not in names and "link" not in names and "img" not in names
    assert names.count("h1") >= 1 and "h2" in names
    assert all(not a.get("src") and not (a.get("href") or "").startswith("http") for _, a in page.tags)
    for tag, attrs in page.tags:
        if tag == "th":
            assert attrs.get("scope") in {"col", "colgroup", "row", "rowgroup"}


def test_html_tables_as_printed(tmp_path):
    html = render(ROOT / "examples" / "sample-2021.yaml", "html", tmp_path).read_text(encoding="utf-8")
    page = parse(tmp_path / "sample-2021.html")
    assert sum(1 for t, _ in page.tags if t == "table") == 3
    assert '<th scope="colgroup" colspan="3" rowspan="3">（本列数据的勾稽关系为' in html
    assert '<th scope="colgroup" colspan="7">申请人情况</th>' in html
    assert '<th scope="rowgroup" rowspan="22">三、本年度办理结果</th>' in html  # 2021: 22 rows
    assert '<th scope="row" colspan="3" class="left">一、本年新收政府信息公开申请数量</th>' in html
    assert "<h2>三、收到和处理政府信息公开申请情况</h2>" in html


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="no Chromium installed")
def test_html_in_a_real_browser(tmp_path):
    """A headless Chromium screenshot of each example's page: it loads and draws the tables (not blank)."""
    from PIL import Image

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    conf = tmp_path / "fonts.conf"  # the bundled FandolFang, so the Chinese text is drawn on a bare machine too
    conf.write_text(f'<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f"<dir>{FANDOL}</dir><cachedir>{tmp_path}/fc</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    for example in (ROOT / "examples" / "sample-2021.yaml", ROOT / "examples" / "xinzhou-2020.yaml"):
        page = render(example, "html", tmp_path)
        shot = tmp_path / f"{example.stem}.png"
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={tmp_path}/chrome", f"--screenshot={shot}", "--window-size=1000,4000",
                        page.as_uri()], env=env, capture_output=True, timeout=120)
        image = Image.open(shot).convert("L")
        dark = sum(image.histogram()[:128])
        assert dark > 50_000, f"{shot} is nearly blank"


def test_json_matches_its_schema(tmp_path):
    schema = output_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for example in EXAMPLES:
        data = json.loads(render(example, "json", tmp_path).read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)
    sample = json.loads((tmp_path / "sample-2021.json").read_text(encoding="utf-8"))
    assert sample["edition"] == "2021"
    assert sample["tables"]["applications"]["results"]["total"] == {
        "natural_person": 40, "commercial_enterprise": 5, "research_institution": 0, "public_welfare_organization": 1,
        "legal_service_agency": 1, "other": 1, "total": 48}
    assert sample["tables"]["review_litigation"]["reconsideration"]["total"] == 4
    assert sample["tables"]["active_disclosure"]["administrative_fees"]["amount"] == 412.3562


def test_json_tables_give_an_amount_with_the_places_written(tmp_path):
    """412.30 in the data was 412.3 in the JSON's tables (a float), and 1000.00 in a 2019 采购总金额 was 1000."""
    from decimal import Decimal

    data = tmp_path / "r.yaml"
    data.write_text((ROOT / "examples" / "xinzhou-2020.yaml").read_text(encoding="utf-8").replace(
        "amount: 2192.315913, unit: 万元", "amount: 1000.00, unit: 万元"), encoding="utf-8")
    sample = tmp_path / "s.yaml"
    sample.write_text((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8").replace(
        "{amount: 412.3562}", "{amount: 412.30}"), encoding="utf-8")
    for path, keys, written in [(data, ("government_procurement", "amount"), "1000.00"),
                                (sample, ("administrative_fees", "amount"), "412.30")]:
        text = render(path, "json", tmp_path).read_text(encoding="utf-8")
        jsonschema.validate(json.loads(text), output_schema())
        row, column = keys
        assert json.loads(text, parse_float=Decimal)["tables"]["active_disclosure"][row][column] == Decimal(written)
        assert f'"{column}": {written}' in text


def test_json_schema_in_docs_is_current():
    documented = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    assert documented == output_schema(), "regenerate: python -m reportkit.renderers.json > docs/report.schema.json"


def test_a_name_the_printed_page_breaks_is_one_line_on_the_web_page():
    """The 附件说明 name putian's printed page breaks after “2018年” (line_breaks) was written to the web page with its
    line break, which a browser shows as a space between two Chinese characters."""
    from reportkit.blocks import AttachmentNote
    from reportkit.testing import render as render_data

    rendered = render_data((ROOT / "examples" / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"),
                           formats=("html",))
    (note,) = [b for b in rendered.document.blocks if isinstance(b, AttachmentNote)]
    broken = [item for item in note.items if "\n" in item]
    assert broken  # the printed page breaks it: else this test proves nothing
    import lxml.html

    page = lxml.html.fromstring(rendered.outputs["html"])
    texts = [p.text_content() for p in page.xpath("//div[@class='attachment-note']/p")]
    for item in broken:
        assert any(text.endswith(item.replace("\n", "")) for text in texts), (item, texts)
