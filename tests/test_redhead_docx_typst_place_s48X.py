"""The red-head DOCX's 版记 where Pango is missing: the DOCX follows the Typst PDF's pages, as it follows WeasyPrint's
first pass where Pango is there (renderers/docx.py ``_imprint_place``)."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import zipfile

import pytest
import yaml

from _fast_redhead import EXAMPLE
from test_cli_outputs import HIDE_PANGO
from reportkit.layout import IMPRINT_PLACES
from reportkit.pipeline import prepare
from reportkit.plugins import load_plugins
from reportkit.renderers.pdf import first_pass
from reportkit.renderers.typst import imprint_place

#: A paragraph added to the example's 其他 part, ``n`` times, to end its body at other places on its pages.
ADDED = "本年度组织开展了政务公开专项检查，逐项核对了栏目更新情况，发现的问题均已当场整改并建立台账。"


def _longer(tmp_path, n: int):
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["sections"]["other"] = [*(data["sections"]["other"] or []), *[ADDED] * n]
    path = tmp_path / f"longer-{n}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_typst_sets_the_imprint_where_weasyprint_does_in_all_three_places(tmp_path):
    plugins = load_plugins()
    fonts = plugins.registry.fonts
    places = []
    for n in (0, 6, 9):
        prepared = prepare(_longer(tmp_path, n), plugins, formats=("docx",), draft=False)
        weasyprint = prepared.layout.imprint_place(first_pass(prepared.document, prepared.layout, fonts))
        assert imprint_place(prepared.document, prepared.layout, fonts) == weasyprint, n
        places.append(weasyprint)
    assert sorted(places) == sorted(IMPRINT_PLACES)  # these lengths still reach every place


def _document_xml(docx: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read("word/document.xml")


def _render_docx(tmp_path, hide: bool):
    env = dict(os.environ)
    if hide:
        folder = tmp_path / "hide"
        folder.mkdir()
        (folder / "sitecustomize.py").write_text(textwrap.dedent(HIDE_PANGO))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))
    out = tmp_path / ("hidden" if hide else "seen")
    run = subprocess.run([sys.executable, "-m", "reportkit", "render", str(EXAMPLE), "-f", "docx", "-o", str(out)],
                         capture_output=True, encoding="utf-8", env=env, timeout=300)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    return run, (out / f"{EXAMPLE.stem}.docx").read_bytes()


@pytest.mark.slow
def test_without_pango_the_docx_imprint_floats_at_the_foot_as_with_it(tmp_path):
    """The example's body ends on an even page with room: the 版记 floats at its foot in both runs (without
    Pango it used to go to a new even page after a blank one), and nothing is said of it."""
    hidden, without = _render_docx(tmp_path, hide=True)
    _seen, with_ = _render_docx(tmp_path, hide=False)
    assert _document_xml(without) == _document_xml(with_)
    assert b"w:tblpPr" in _document_xml(without) and b'w:val="evenPage"' not in _document_xml(without)
    assert "版记" not in hidden.stderr
