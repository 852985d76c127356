"""A numbered heading of 40 to 90 characters, which reportkit wraps over two or three lines, comes back as the heading
it is from the PDF and from its ``pdftotext`` copy: it was read as a paragraph (longer than 40 characters), and the
headings after it were said to be misnumbered; the plain copy cut it after its first line, the rest a paragraph."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import data_of, imported, render_source

PLUGINS = load_plugins()
#: Two lines, then three, in the PDF's 28 characters a line; no clause in either.
TWO_LINES = "主动公开方面围绕耕地保护和国土空间规划以及不动产登记等群众关心事项推进公开的情况"
THREE_LINES = ("规划和用地信息方面乡镇国土空间总体规划草案批前公示和征地信息公开以及建设用地审批结果公开的具体做法"
               "和公示期间所收意见的答复情况")


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("long")
    data = yaml.safe_load(Path("examples/sample-2021.yaml").read_text(encoding="utf-8"))
    active = data["sections"]["overview"][1]
    active["heading"], active["content"][1]["heading"] = TWO_LINES, THREE_LINES
    source = folder / "long.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    pdf = render_source(source, "pdf", folder, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(folder / "long.txt")], check=True)
    return {"pdf": pdf, "pdftotext": folder / "long.txt"}


@pytest.mark.parametrize("copy", ["pdf", "pdftotext"])
def test_a_heading_wrapped_over_lines_comes_back_whole(copies, copy, tmp_path):
    result = imported(copies[copy], tmp_path, PLUGINS)
    assert [f.message for f in result.findings if "页码" not in f.message] == []
    active = data_of(result)["sections"]["overview"][1]
    assert (active["heading"], [item.get("heading") for item in active["content"][1:]]) \
        == (TWO_LINES, [THREE_LINES, "执法和处罚信息"])
    assert result.ok, [d.format() for d in result.diagnostics]
