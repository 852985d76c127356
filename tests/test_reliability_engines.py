"""Issue 5, point 3: the template engines escape, fail loudly on a missing field, open only checked
templates, fetch only the layout's files, and report their own warnings (errors with --strict)."""
from __future__ import annotations

import dataclasses
import io
import shutil
import urllib.request
import zipfile

import jinja2
import pytest

import reportkit.cli
from _reliability import SAMPLE, run
from reportkit.blocks import Document, Paragraph
from reportkit.errors import RenderError
from reportkit.plugins import load_plugins
from reportkit.renderers import docx as docx_renderer
from reportkit.renderers import pdf as pdf_renderer

DOC = Document(title="t", author="a", blocks=[Paragraph("正文<b>{{ x }}</b>")])


@pytest.fixture
def layout_copy(tmp_path, registry):
    """A copy of the default layout in a folder of its own, to spoil one file at a time."""
    layout = registry.layouts["gbt9704"]
    folder = tmp_path / "layout"
    shutil.copytree(layout.directory, folder)
    return dataclasses.replace(
        layout, name="spoilt", directory=folder, docx_template=folder / layout.docx_template.name,
        html_template=folder / layout.html_template.name, stylesheet=folder / layout.stylesheet.name)


def test_docx_jinja_environment_escapes_and_is_strict():
    env = docx_renderer._JINJA
    assert env.autoescape is True and env.undefined is jinja2.StrictUndefined
    assert env.from_string("{{ x }}").render(x="<w:t>&") == "&lt;w:t&gt;&amp;"
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ nope }}").render()


def test_html_environment_escapes_and_is_strict(layout_copy):
    env = pdf_renderer._environment(layout_copy.directory)
    assert env.undefined is jinja2.StrictUndefined
    assert env.from_string("{{ x }}").render(x="<p>&") == "&lt;p&gt;&amp;"


def test_html_template_naming_a_missing_field_fails_with_template_and_field(layout_copy, registry):
    html = layout_copy.html_template
    html.write_text(html.read_text(encoding="utf-8").replace("<body>", "<body>{{ document.nope }}"), encoding="utf-8")
    with pytest.raises(RenderError) as info:
        pdf_renderer.render_pdf(DOC, layout_copy, registry.fonts)
    assert "document.html.j2" in str(info.value.message) and "nope" in info.value.message


def _spoil_docx(path, old: bytes, new: bytes):
    with zipfile.ZipFile(path) as package:
        parts = {item: package.read(item) for item in package.namelist()}
    assert old in parts["word/document.xml"]
    parts["word/document.xml"] = parts["word/document.xml"].replace(old, new, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for item, data in parts.items():
            package.writestr(item, data)


def test_docx_template_naming_a_missing_field_fails_with_template_and_field(layout_copy):
    _spoil_docx(layout_copy.docx_template, b"<w:body>", b"<w:body><w:p><w:r><w:t>{{ document.nope }}</w:t></w:r></w:p>")
    with pytest.raises(RenderError) as info:
        docx_renderer.render_docx(DOC, layout_copy)
    assert "document.docx" in info.value.message and "document" in info.value.message


def test_docx_template_checked_before_opening(layout_copy, tmp_path):
    path = layout_copy.docx_template

    def refused(data: bytes) -> str:
        path.write_bytes(data)
        with pytest.raises(RenderError) as info:
            docx_renderer.render_docx(DOC, layout_copy)
        return info.value.message

    assert "文件过大" in refused(b"PK" + b"\0" * (docx_renderer.MAX_TEMPLATE_BYTES + 1))
    assert "不是 zip 包" in refused(b"<html>not a docx</html>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    assert "缺少 word/document.xml" in refused(buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"<w:document/>" + b" " * (60 * 1024 * 1024))
    assert len(buf.getvalue()) < docx_renderer.MAX_TEMPLATE_BYTES
    assert "zip 炸弹" in refused(buf.getvalue())


def test_fetcher_follows_no_redirects_and_fetches_no_network(registry):
    layout = registry.layouts["gbt9704"]
    fetcher = pdf_renderer.LayoutFetcher(layout.directory, [])
    assert not any(isinstance(h, urllib.request.HTTPRedirectHandler) for h in fetcher.handlers)
    assert fetcher._allowed_protocols == ()
    for url in ("http://127.0.0.1:9/x.css", "ftp://127.0.0.1/x", "file:///etc/passwd",
                (layout.directory / "fonts" / ".." / ".." / ".." / "pyproject.toml").as_uri()):
        with pytest.raises(pdf_renderer.RefusedURL):
            fetcher.fetch(url)


def test_a_symlink_out_of_the_layout_is_refused(layout_copy, tmp_path):
    secret = tmp_path / "secret.css"
    secret.write_text("p { color: red }")
    (layout_copy.directory / "link.css").symlink_to(secret)
    fetcher = pdf_renderer.LayoutFetcher(layout_copy.directory, [])
    with pytest.raises(pdf_renderer.RefusedURL):
        fetcher.fetch((layout_copy.directory / "link.css").as_uri())


def test_nothing_reaches_weasyprint_through_stylesheets(monkeypatch, registry):
    """Every stylesheet goes through the <link> and so through the fetcher, never ``stylesheets=``."""
    calls = []
    original = pdf_renderer.HTML.render

    def watched(self, *args, **kwargs):
        calls.append((args, kwargs))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pdf_renderer.HTML, "render", watched)
    pdf_renderer.render_pdf(DOC, registry.layouts["gbt9704"], registry.fonts)
    assert len(calls) == 1 and calls[0][0] == () and "stylesheets" not in calls[0][1]  # font_config only


@pytest.fixture
def cli_with_layout(monkeypatch, layout_copy):
    real = reportkit.cli.load_plugins

    def plugins_with_spoilt_layout():
        plugins = real()
        plugins.registry.layouts[layout_copy.name] = layout_copy
        return plugins

    monkeypatch.setattr(reportkit.cli, "load_plugins", plugins_with_spoilt_layout)
    return layout_copy


def test_engine_warnings_are_shown_and_strict_makes_them_errors(cli_with_layout, tmp_path):
    css = cli_with_layout.stylesheet
    css.write_text(css.read_text(encoding="utf-8") + "\np { colour: red; }\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("render", SAMPLE, "--layout", "spoilt", "-f", "pdf", "-o", out)
    assert result.exit_code == 0
    assert [line for line in result.output.splitlines() if "PDF 引擎" in line][0].startswith("warning: PDF 引擎: ")
    strict_out = tmp_path / "strict"
    result = run("render", SAMPLE, "--layout", "spoilt", "-f", "pdf", "-o", strict_out, "--strict")
    assert result.exit_code == 1
    assert any(line.startswith("error: PDF 引擎: ") and "colour" in line for line in result.output.splitlines())
    assert not strict_out.exists() or not any(strict_out.iterdir())


def test_template_errors_are_one_line_exit_1_in_the_cli(cli_with_layout, tmp_path):
    _spoil_docx(cli_with_layout.docx_template, b"<w:body>", b"<w:body><w:p><w:r><w:t>{{ nope }}</w:t></w:r></w:p>")
    result = run("render", SAMPLE, "--layout", "spoilt", "-o", tmp_path / "out")
    assert result.exit_code == 1
    [error] = [line for line in result.output.splitlines() if "error" in line]
    assert error.startswith(f"{SAMPLE}: error: ") and "document.docx" in error and "nope" in error
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_docx_template_without_body_placeholder_is_a_clear_error(tmp_path):
    import docx as python_docx
    from conftest import make_sample_document

    layout = load_plugins(entry_point_group=None).registry.layouts["gbt9704"]
    package = python_docx.Document(str(layout.docx_template))
    for paragraph in package.paragraphs:
        for text_run in paragraph.runs:
            text_run.text = text_run.text.replace("{{p body }}", "正文")
    broken = tmp_path / "document.docx"
    package.save(broken)
    with pytest.raises(RenderError, match="没有正文占位符"):
        docx_renderer.render_docx(make_sample_document(), dataclasses.replace(layout, docx_template=broken))
