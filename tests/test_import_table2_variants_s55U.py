"""表二 as some sites word it, on a web page and in a browser's copy (tabs): captions in Arabic numbers and half-width
brackets (第20条第(1)项, 第20条第（五）项), where check said “没有找到表二”; the head 本年新制发件数 (本年新废止件数) for
本年制发件数, each row “表头里没有这一列”; and the captions of 第（五）项 and 第（六）项 on one line over one head, where the
copy said “表二出现了两次”."""
from __future__ import annotations

import yaml
from _import_helpers import imported, page_as_text
from test_check_published import OK, check, report, table_two, web_page


def _variant(tmp_path, name: str, replacements: tuple[tuple[str, str], ...], *, text: bool = False):
    """A 2021 report whose 表二 has ``replacements`` made, as a web page or its text copy, and its 表二 read back."""
    r = report(2021, "江城县商务局")
    page = web_page(r, tmp_path / f"{name}.html")
    two = table_two("2021", r["t2"])
    changed = two
    for old, new in replacements:
        assert old in changed
        changed = changed.replace(old, new)
    html = page.read_text(encoding="utf-8").replace(two, changed)
    if text:
        page.unlink()
        page = tmp_path / f"{name}.txt"
        page.write_text(page_as_text(html), encoding="utf-8")
    else:
        page.write_text(html, encoding="utf-8")
    assert check(tmp_path, page) == OK
    return r["t2"], yaml.safe_load(imported(page, tmp_path).target.read_text(encoding="utf-8"))["tables"][
        "active_disclosure"]


_ARABIC = (("第二十条第（一）项", "第20条第(1)项"), ("第二十条第（五）项", "第20条第（五）项"),
           ("第二十条第（六）项", "第20条第(六)项"), ("第二十条第（八）项", "第20条第8项"))


def test_captions_in_arabic_numbers_and_half_width_brackets(tmp_path):
    for text in (False, True):
        t2, data = _variant(tmp_path, "arabic", _ARABIC, text=text)
        assert data["administrative_licensing"]["decisions"] == t2["行政许可"][0]
        assert data["normative_documents"]["in_force"] == t2["行政规范性文件"][2]


def test_head_new_issued_and_new_repealed(tmp_path):
    for text in (False, True):
        t2, data = _variant(tmp_path, "new", (("本年制发件数", "本年新制发件数"), ("本年废止件数", "本年新废止件数")),
                            text=text)
        assert [data["normative_documents"][key] for key in ("issued", "repealed", "in_force")] \
            == list(t2["行政规范性文件"])


def test_captions_of_items_five_and_six_on_one_line_in_a_copy(tmp_path):
    one = ('<tr><td colspan="4">第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>', "")
    t2, data = _variant(tmp_path, "five_six", (one, ("第二十条第（五）项", "第二十条第（五）项、第（六）项")), text=True)
    assert [data[key]["decisions"] for key in ("administrative_licensing", "administrative_penalty",
                                                "administrative_coercion")] \
        == [t2["行政许可"][0], t2["行政处罚"][0], t2["行政强制"][0]]
