"""The JSON Schema for editors (reportkit init / reportkit schema) against what reportkit validate accepts: a data file
read as an editor reads it (YAML 1.2: 030001 is a number, a date is text) is valid under the schema exactly when
validate takes its form."""
from __future__ import annotations

import json
import re
from functools import cache

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from _reliability import ROOT, SAMPLE
from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.load import load_text
from reportkit.plugins import load_plugins
from reportkit.validate import validate


class _Editor(yaml.SafeLoader):
    """YAML 1.2's core schema, as the YAML extension of VS Code reads a file: 030001 is the integer 30001, a date
    and yes/no are text."""


_Editor.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag.rsplit(":", 1)[1] not in ("bool", "int", "timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Editor.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile("^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_Editor.add_implicit_resolver("tag:yaml.org,2002:int", re.compile("^[-+]?[0-9]+$"), list("-+0123456789"))
_Editor.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node), 10))


@cache
def _schema(kind: str, edition: str) -> dict:
    result = CliRunner().invoke(cli, ["schema", kind, "--edition", edition] if edition else ["schema", kind])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _schema_errors(text: str, edition: str = "2021") -> set[tuple]:
    data = yaml.load(text, Loader=_Editor)
    return {tuple(e.absolute_path) for e in jsonschema.Draft202012Validator(_schema(data["kind"], edition)).iter_errors(data)}


def _validate_errors(text: str) -> list[str]:
    try:
        return [d.message for d in validate(load_text(text, "f.yaml"), load_plugins().registry).diagnostics.errors]
    except InvalidData as exc:
        return [d.message for d in exc.diagnostics if d.severity == "error"]


_EDITIONS = {"annual-report": lambda year: "2008" if year < 2019 else "2019" if year < 2021 else "2021"}


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_is_valid_under_its_schema(path):
    text = path.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_Editor)
    edition = str(data.get("edition") or _EDITIONS.get(data["kind"], lambda year: "")(data["year"]))
    assert _schema_errors(text, edition) == set()


@pytest.mark.parametrize("old, new", [
    ('postcode: "000000"', "postcode: 030001"),
    ('postcode: "000000"', "postcode: 100000"),
    ('phone: "0000-1234567"', "phone: 03511234567"),
    ("year: 2023\n", "year: 2023\nedition: 2021\n"),
    ("natural_person: 38", 'natural_person: "38"'),
    ("notices: 3", 'notices: "3"'),
    ("amount: 412.3562", 'amount: "412.30"'),
])
def test_what_validate_accepts_no_editor_marks_red(old, new):
    """An editor marked a postcode typed 030001, edition: 2021 and a count typed "38" red; validate took them."""
    text = SAMPLE.read_text(encoding="utf-8").replace(old, new, 1)
    assert text != SAMPLE.read_text(encoding="utf-8")
    assert _validate_errors(text) == []
    assert _schema_errors(text) == set()


_FEE = ("tables", "active_disclosure", "administrative_fees", "amount")


@pytest.mark.parametrize("old, new, path", [
    ("agency: 某县自然资源局", 'agency: "　　"', ("agency",)),
    ("date: 2024-01-25\n", 'date: 2024-01-25\ntitle: " "\n', ("title",)),
    ("natural_person: 38", "natural_person: 1234567890", ("tables", "applications", "new_received", "natural_person")),
    ("amount: 412.3562", 'amount: "abc"', _FEE),
    ("amount: 412.3562", 'amount: "-5"', _FEE),
    ("amount: 412.3562", 'amount: "1,234.5"', _FEE),
])
def test_what_validate_refuses_by_its_form_the_editor_marks(old, new, path):
    """A title of spaces, a count of 10 digits and an amount "abc" were valid under the schema: no mark till validate."""
    text = SAMPLE.read_text(encoding="utf-8").replace(old, new, 1)
    assert any(message.startswith(f"{'.'.join(path)}：") for message in _validate_errors(text))
    assert path in _schema_errors(text)
