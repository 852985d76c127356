"""Text a reader of a web page does not see until opening it: the body of a closed <details> (its <summary> shows) and
an element hidden until found (hidden="until-found"). Left out and named, as hidden text is; an open <details> read."""
from __future__ import annotations

import pytest

from test_import_html_site_chrome import _imported, _messages
from test_import_html_platform_catalogue import _bare, _page

OTHER = "本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。"
FOLDED = "网页上折叠（点开才显示）的文字"


def _marked(tmp_path, name: str, before: str = "", after: str = ""):
    """The sample page with ``before`` and ``after`` around the text of its part 六, imported."""
    title, article, _ = _bare(tmp_path)
    marked = article.replace(f"{OTHER}</p>", f"{before}{OTHER}</p>{after}")
    assert marked != article
    return _imported(tmp_path, name, _page(title, marked))


def test_a_closed_details_shows_its_summary_only(tmp_path):
    """A closed <details> after part 六's text: its <summary> is on the page and read; the text under it shows only
    once the reader opens it, so it is left out and named, where before it was read into the part."""
    result, data = _marked(tmp_path, "closed", after="<details><summary>办理明细</summary>"
                                                     "<p>建议和提案的逐件办理情况另行公布。</p></details>")
    assert data["sections"]["other"] == [OTHER, "办理明细"]
    assert f"{FOLDED}“建议和提案的逐件办理情况另行公布。”未导入" in _messages(result)


def test_an_open_details_is_read_whole(tmp_path):
    """The other side: <details open> shows its text: read, its summary a paragraph of its own (it was lost, the text
    under it read alone), nothing said of it."""
    result, data = _marked(tmp_path, "open", after="<details open><summary>办理明细</summary>"
                                                   "<p>建议和提案的逐件办理情况另行公布。</p></details>")
    assert data["sections"]["other"] == [OTHER, "办理明细", "建议和提案的逐件办理情况另行公布。"]
    assert not [m for m in _messages(result) if FOLDED in m]


@pytest.mark.parametrize("tag", ["span", "div"])
def test_text_hidden_until_found_is_left_out_and_named(tmp_path, tag):
    """hidden="until-found" hides an element until the browser's find in the page opens it: it was read into the
    part's sentence; it is left out, and named as folded text."""
    result, data = _marked(tmp_path, "found", before=f'<{tag} hidden="until-found">（一）</{tag}>')
    assert data["sections"]["other"] == [OTHER]
    assert f"{FOLDED}“（一）”未导入" in _messages(result)
