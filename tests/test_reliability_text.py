"""Issue 5, point 2: pasted control characters, markup and template syntax, URLs and paths in the data."""
from __future__ import annotations

import sys

import pytest

from _reliability import data_file, docx_paragraphs, line_of, pdf_lines, run, squash
from reportkit.renderers import pdf as pdf_renderer
from reportkit.resources import templates_dir

LITERALS = [
    "甲<b>乙</b>丙 & 1 < 2 > 0",
    "模板{{ document.title }}变量",
    "语句{% for x in range(3) %}循环{% endfor %}",
    "脚本<script>alert(1)</script>结束",
    "闭合</p><p>标签",
    "实体&amp; &lt;b&gt; &#x4e2d;&#20013;",
    "注释<!-- x -->和{# y #}",
]


def test_vertical_tab_is_a_line_break_in_both_formats(tmp_path):
    path = data_file(tmp_path, ["办理结果均已公开。第一行\x0b第二行，继续。"], raw=True)
    out = tmp_path / "out"
    result = run("render", path, "-o", out)
    assert result.exit_code == 0, result.output
    line = line_of(path, "第一行")
    assert f"{path}:{line}:" in result.output and "U+000B" in result.output and "换成换行" in result.output
    [para] = [p for p in docx_paragraphs((out / "report.docx").read_bytes()) if "第一行" in p]
    assert para == "办理结果均已公开。第一行\n第二行，继续。"
    lines = pdf_lines((out / "report.pdf").read_bytes())
    first = next(i for i, text in enumerate(lines) if text.endswith("第一行"))
    assert lines[first + 1].startswith("第二行")


def test_other_control_characters_are_removed_with_a_warning_naming_the_line(tmp_path):
    path = data_file(tmp_path, ["响铃\x07退格\x08删除\x7f结束"], raw=True)
    out = tmp_path / "out"
    result = run("render", path, "-o", out, "-f", "docx")
    assert result.exit_code == 0
    line = line_of(path, "响铃")
    assert [w for w in result.output.splitlines() if "控制字符" in w] == [
        f"{path}:{line}:{col}: warning: 删除了不可见的控制字符 U+{cp:04X}（常见于从 Word 粘贴的文字）"
        for col, cp in ((9, 7), (12, 8), (15, 0x7F))]
    assert "响铃退格删除结束" in docx_paragraphs((out / "report.docx").read_bytes())


def test_markup_and_template_syntax_stay_literal_in_both_formats(tmp_path):
    path = data_file(tmp_path, LITERALS)
    out = tmp_path / "out"
    result = run("render", path, "-o", out)
    assert result.exit_code == 0, result.output
    paragraphs = docx_paragraphs((out / "report.docx").read_bytes())
    pdf_text = "".join(pdf_lines((out / "report.pdf").read_bytes()))
    for literal in LITERALS:
        assert literal in paragraphs
        assert squash(literal) in pdf_text


EVIL = [
    "file:///etc/passwd",
    "http://127.0.0.1:9/x.png",
    '<img src="file:///etc/passwd">',
    '<img src="http://127.0.0.1:9/x.png">',
    '<link rel="stylesheet" href="http://127.0.0.1:9/s.css">',
    '<style>@import url("file:///etc/passwd"); p { background: url(http://127.0.0.1:9/b.png) }</style>',
    "url(file:///etc/passwd)",
    '<object data="file:///etc/shadow"></object><iframe src="/etc/hosts"></iframe>',
    "../../../../etc/passwd",
]


def test_no_url_or_path_in_the_data_is_ever_opened(tmp_path, monkeypatch):
    seen: list[str] = []
    fetched: list[str] = []
    watching = [False]

    def audit(event, args):
        if watching[0] and event in ("open", "socket.connect", "socket.getaddrinfo", "urllib.Request", "subprocess.Popen"):
            seen.append(f"{event} {args!r}")

    sys.addaudithook(audit)  # audit hooks cannot be removed: it only records while ``watching``
    original = pdf_renderer.LayoutFetcher.fetch

    def logged(self, url, *args, **kwargs):
        fetched.append(url)
        return original(self, url, *args, **kwargs)

    monkeypatch.setattr(pdf_renderer.LayoutFetcher, "fetch", logged)
    path = data_file(tmp_path, EVIL)
    out = tmp_path / "out"
    watching[0] = True
    try:
        result = run("render", path, "-o", out)
    finally:
        watching[0] = False
    assert result.exit_code == 0, result.output
    assert "PDF 引擎" not in result.output
    for needle in ("passwd", "shadow", "/etc/hosts", "127.0.0.1", "socket.connect", "getaddrinfo", "urllib.Request"):
        assert not [s for s in seen if needle in s], needle
    assert [s for s in seen if s.startswith("open") and str(path) in s], "the audit hook saw the data file opened"
    layout_dir = templates_dir().resolve() / "gbt9704"
    assert fetched and all(url.startswith("reportkit-font:") or url == (layout_dir / "style.css").as_uri()
                           for url in fetched), fetched
    pdf_text = "".join(pdf_lines((out / "report.pdf").read_bytes()))
    paragraphs = docx_paragraphs((out / "report.docx").read_bytes())
    for text in EVIL:
        assert text in paragraphs and squash(text) in pdf_text


@pytest.mark.parametrize("text", ["a\u2028b", "a\nb"])
def test_pdf_line_break_filter_escapes_each_line(text):
    assert str(pdf_renderer.lines(text.replace("a", "<a>"))) == "&lt;a&gt;<br>b"
