"""A web address the line broke inside a word (www.exa⏎mple.gov.cn, index.ht⏎ml): printed whole where what follows is
surely more of it; where it may be a word of its own, kept as typed and said, with the fix."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from _data_helpers import changed, run
from reportkit.cli import cli

ROOT = Path(__file__).parents[1]
REPORT = (ROOT / "examples" / "sample-2021.yaml").read_text("utf-8")
FIRST = "        - 全年通过县政府门户网站本局专栏发布信息612条，其中国土空间规划公示27条、征地信息公开89条、建设用地审批结果143条。"


def _printed(tmp_path, typed: str) -> list[str]:
    text, _ = changed(REPORT, FIRST, typed)
    data = tmp_path / "data.yaml"
    data.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["render", str(data), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(tmp_path / "out.docx").paragraphs if "详见" in p.text]


@pytest.mark.parametrize("typed", [
    "        - 本局公开目录详见http://www.exa\n          mple.gov.cn/xxgk/index.html，可按年度查阅。",
    "        - >-\n          本局公开目录详见http://www.example.gov.cn/xx\n          gk/index.html，可按年度查阅。",
    "        - 本局公开目录详见http://www.example.gov.cn/xxgk/index.ht\n          ml，可按年度查阅。",
    "        - |-\n          本局公开目录详见http://www.exam\n          ple.gov.cn/xxgk/ind\n          ex.html，可按年度查阅。",
], ids=["in-the-host", "in-the-path", "in-the-suffix", "three-lines"])
def test_an_address_broken_inside_a_word_is_printed_whole(tmp_path, typed):
    """A space was printed where the line broke: http://www.exa mple.gov.cn."""
    assert _printed(tmp_path, typed) == ["本局公开目录详见http://www.example.gov.cn/xxgk/index.html，可按年度查阅。"]


@pytest.mark.parametrize(("typed", "printed"), [
    ("        - 详见网站www.example.gov.cn\n          2025.1.5发布的通知。", "详见网站www.example.gov.cn 2025.1.5发布的通知。"),
    ("        - 详见网站www.example.gov.cn\n          APP上的专栏。", "详见网站www.example.gov.cn APP上的专栏。"),
], ids=["a-date", "a-word"])
def test_what_is_no_more_of_the_address_is_kept_apart(tmp_path, typed, printed):
    assert _printed(tmp_path, typed) == [printed]


def test_an_address_maybe_broken_is_kept_and_said(tmp_path):
    """Joining “ind ex” may join a word to it: kept, and the clerk told where."""
    text, line = changed(REPORT, FIRST, "        - 本局公开目录详见http://www.example.gov.cn/xxgk/ind\n          ex，可按年度查阅。")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0
    assert out[:-1] == [f"data.yaml:{line}:19: warning: 网址“http://www.example.gov.cn/xxgk/ind ex”中间有一个空格（多半是在这里折行了），"
                        "印出来断成两截：若“ex”是网址的一部分，请删去空格，把网址写在一行里（paragraphs）"]
