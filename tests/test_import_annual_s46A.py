"""Annual reports: the 附件 line over statistics tables printed over the 署名 (2019/2021 formats) is no text of the
part the tables stand in. The agencies, sentences and figures are made up for these tests."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
MARK = "附件：政府信息公开情况统计表"


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[str, dict]:
    """The sample's page (the PDF's HTML) and the tables it imports back with."""
    folder = tmp_path_factory.mktemp("sample")
    page = render_source(SAMPLE, "html", folder, PLUGINS)
    return page.read_text(encoding="utf-8"), _data(imported(page, folder, PLUGINS))["tables"]


def _over_signature(html: str, lines: list[str], after: str = "") -> str:
    """``html`` with its three tables moved under ``lines`` (the 附件 line, its title) over the 署名, ``after`` below
    them."""
    grids = [
        html[start : html.index("</table>", start) + len("</table>")]
        for start in (i for i in range(len(html)) if html.startswith("<table", i))
    ]
    assert len(grids) == 3
    for grid in grids:
        html = html.replace(grid, "")
    at = html.index('<div class="signature')
    marks = "".join(f"<p>{line}</p>" for line in lines)
    return html[:at] + marks + "".join(grids) + after + html[at:]


def _import(folder: Path, carrier: str, html: str):
    source = folder / f"page.{carrier}"
    source.write_text(html if carrier == "html" else page_as_text(html), encoding="utf-8")
    result = imported(source, folder, PLUGINS)
    return result, _data(result)


@pytest.mark.parametrize("carrier", ["html", "txt"])
@pytest.mark.parametrize("lines", [[MARK], ["附件", "某县自然资源局2023年政府信息公开情况统计表"]])
def test_the_mark_over_statistics_tables_over_the_signature_is_no_text(sample, tmp_path, carrier, lines):
    """The tables are read as the report's, as before; the 附件 line (and its title) is in no part's text, so a
    re-render prints it nowhere (it printed it in part 六); no finding says anything of it."""
    html, tables = sample
    result, data = _import(tmp_path, carrier, _over_signature(html, lines))
    assert result.ok, [d.format() for d in result.diagnostics]
    assert data["tables"] == tables
    assert data["date"].isoformat() == "2024-01-25" and "attachments" not in data
    assert data["sections"]["other"][-1] == "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"
    assert not any(line in str(data["sections"]) for line in lines)
    assert not [f for f in result.findings if "附件" in f.message]
    printed = [p.text for p in docx.Document(str(render_source(result.target, "docx", tmp_path, PLUGINS))).paragraphs]
    assert not [text for text in printed if any(line in text for line in lines)]


def test_a_mark_over_tables_with_a_sentence_after_them_stays(sample, tmp_path):
    """A guard: where a sentence of the part follows the tables, the 附件 line stays in the part's text, as before."""
    html, tables = sample
    note = "<p>以上统计表的数据由局办公室汇总，截至12月31日。</p>"
    _, data = _import(tmp_path, "html", _over_signature(html, [MARK], note))
    assert data["tables"] == tables
    assert data["sections"]["other"][-2:] == [MARK, "以上统计表的数据由局办公室汇总，截至12月31日。"]
