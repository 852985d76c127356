"""A cell's note comes back as written: its full-width punctuation (，：；) was made half-width (“含网上申请30件,信函
申请5件”) by the normalization that reads the figure (１２ as 12), in every format the note was read from."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import data_of, imported, render_source

PLUGINS = load_plugins()
NOTES = {"natural_person": "含网上申请30件，信函申请5件", "commercial_enterprise": "其中：撤回1件；补正2件"}


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    data = yaml.safe_load(Path("examples/sample-2021.yaml").read_text(encoding="utf-8"))
    row = data["tables"]["applications"]["new_received"]
    for key, note in NOTES.items():
        row[key] = {"value": row[key], "note": note}
    target = tmp_path_factory.mktemp("notes") / "notes.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_cells_note_keeps_its_full_width_punctuation(source, fmt, tmp_path):
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    row = data_of(result)["tables"]["applications"]["new_received"]
    assert {key: row[key] for key in NOTES} == {"natural_person": {"value": 38, "note": NOTES["natural_person"]},
                                                "commercial_enterprise": {"value": 6, "note": NOTES["commercial_enterprise"]}}
