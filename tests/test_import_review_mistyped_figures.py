"""Table 四's row of figures with a figure mistyped (the letter O for 0, a space inside 62): the import names each such
cell and what is wrong in it, as it does a cell of table 三, and reads the other figures of the row."""
from __future__ import annotations

from _import_helpers import changed_docx


def _typed(cells: dict[int, str]):
    """A change typing ``cells`` (by position in table 四's row of figures) in the DOCX."""
    def change(document) -> None:
        row = document.tables[2].rows[-1]
        for k, text in cells.items():
            row.cells[k].paragraphs[0].runs[0].text = text
    return change


def test_mistyped_figures_in_table_four_are_named(plain, tmp_path):
    result, data = changed_docx(plain[0], tmp_path, _typed({2: "O", 9: "6 2"}))
    messages = [f.message for f in result.findings]
    assert any("表四“行政复议”“其他结果”：“O”不是数字" in m for m in messages), messages
    assert any("表四“未经复议直接起诉”“总计”：“6 2”不是数字" in m for m in messages), messages
    assert not any("表四应有一行" in m for m in messages), messages
    review = data["tables"]["review_litigation"]
    assert review["reconsideration"]["upheld"] == plain[1]["tables"]["review_litigation"]["reconsideration"]["upheld"]
    assert review["reconsideration"]["other"].startswith("【请填写")
    assert review["litigation_direct"]["total"].startswith("【请填写")
    assert review["litigation_after_reconsideration"] == plain[1]["tables"]["review_litigation"][
        "litigation_after_reconsideration"]

