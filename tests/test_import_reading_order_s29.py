"""A PDF's text copied in reading order (pdftotext without -layout, a PDF reader's select-all and copy): each cell of
a statistics table on a line of its own, labels apart from their figures. Import cannot read such tables; it says so
first, with what to do instead, rather than leaving a clerk with a hundred placeholders and no reason. The report is
examples/sample-2021.yaml's web page as text, its tables' rows cut into a line a cell as such a copy gives them."""
from __future__ import annotations

from pathlib import Path

from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()
SAID = ("这份文本像是从 PDF 按阅读顺序复制的：统计表的每一格各占一行，行名和数字分开了，表格读不出来。"
        "请直接导入 PDF 文件，或改用 PDF 阅读器的“另存为文本”（pdftotext -layout）保留版式的文本")


def _copy(tmp_path: Path, in_reading_order: bool) -> Path:
    text = page_as_text(render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, PLUGINS)
                        .read_text(encoding="utf-8"))
    if in_reading_order:
        text = "\n".join("\n\n".join(cell for cell in line.split("\t") if cell) for line in text.split("\n"))
    path = tmp_path / "copied.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_copy_in_reading_order_is_named_first_with_what_to_do(tmp_path):
    result = imported(_copy(tmp_path, True), tmp_path, PLUGINS)
    assert [(f.place, f.message) for f in result.findings][0] == ("文首", SAID)


def test_a_copy_with_its_tables_rows_is_not(tmp_path):
    result = imported(_copy(tmp_path, False), tmp_path, PLUGINS)
    assert result.ok and SAID not in [f.message for f in result.findings]
