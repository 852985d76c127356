"""Meta-tests that keep the plugin API and the docs honest (after datasette's tests/test_docs.py).

Every hook in hookspecs.py must have a heading with its exact signature in docs/plugins.md,
say the version that added it, come with an example that runs, and be implemented by a test.
Every test file and test the user docs cite as evidence exists.
"""
from __future__ import annotations

import inspect
import re
import types
from pathlib import Path

import click
import pytest

from reportkit import hookspecs
from reportkit.plugins import load_plugins

ROOT = Path(__file__).resolve().parents[1]
USER_DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted(ROOT.glob("plugins/*/README.md"))]
DOCS = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
TESTS = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_plugins*.py"))
HOOKS = sorted(name for name, fn in vars(hookspecs).items()
               if inspect.isfunction(fn) and hasattr(fn, "reportkit_spec"))


def signature(name: str) -> str:
    return f"{name}({', '.join(inspect.signature(getattr(hookspecs, name)).parameters)})"


def section(name: str) -> str:
    """The text of the docs between the hook's heading and the next heading of its level or above."""
    match = re.search(rf"^### {re.escape(signature(name))}$\n(.*?)(?=^##)", DOCS + "\n##", re.M | re.S)
    assert match, f"docs/plugins.md has no heading '### {signature(name)}'"
    return match.group(1)


def test_there_are_hooks():
    assert {"register_kinds", "register_sections", "register_layouts", "register_commands"} <= set(HOOKS)


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_documented_with_its_exact_signature(hook):
    section(hook)


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_documents_the_version_that_added_it(hook):
    added = re.search(r"\.\. versionadded:: (\S+)", getattr(hookspecs, hook).__doc__)
    assert added, f"hookspecs.{hook} has no versionadded"
    assert f"*Added in {added.group(1)}.*" in section(hook)


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_is_implemented_by_a_test(hook):
    assert re.search(rf"def {hook}\(", TESTS), f"no test in tests/test_plugins*.py implements {hook}"


@pytest.mark.parametrize("hook", HOOKS)
def test_hook_example_runs_as_a_plugin(hook, tmp_path):
    code = re.search(r"```python\n(.*?)```", section(hook), re.S)
    assert code, f"the docs of {hook} have no example"
    module = types.ModuleType(f"docs_example_{hook}")
    module.__file__ = str(tmp_path / "plugin.py")  # the example's package folder
    if hook == "register_layouts":  # its DOCX template, made as the docs say
        _make_template(section(hook), tmp_path / "document.docx")
    exec(compile(code.group(1), f"docs/plugins.md ({hook})", "exec"), module.__dict__)
    assert hasattr(module, hook)
    plugins = load_plugins(module, entry_point_group=None)
    if hook == "register_commands":
        group = click.Group()
        plugins.register_commands(group)
        assert group.commands
    assert [p.format_message() for p in plugins.problems] == []
    if hook != "register_commands":
        contributed = plugins.registry.contributed_by(module.__name__)
        assert any(contributed.values()), f"the example of {hook} contributed nothing"
    if hook == "register_layouts":  # the layout's DOCX is made (its page is its geometry's)
        from reportkit.pipeline import prepare, render

        [name] = contributed["layouts"]
        prepared = prepare(ROOT / "examples" / "sample-2021.yaml", plugins, layout=name, formats=("docx",))
        assert render(prepared.document, prepared.layout, "docx", plugins.registry).data.startswith(b"PK")


def _make_template(text: str, target: Path) -> None:
    """Run tools/make_docx_template.py as ``text`` shows it, writing ``target``."""
    import importlib.util

    command = re.search(r"tools/make_docx_template\.py \S+((?: \w+=[\d.]+)+)", " ".join(text.split()))
    assert command, "the docs of register_layouts show no make_docx_template.py command"
    spec = importlib.util.spec_from_file_location("make_docx_template", ROOT / "tools" / "make_docx_template.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.main(["make_docx_template.py", str(target), *command.group(1).split()])


def test_docs_state_the_deprecation_policy():
    assert "## Compatibility and deprecation policy" in DOCS


def cited_tests(text: str):
    """(file, test) for each test ``text`` cites: ``test_x.py::test_y`` and a following ``::test_z`` of the same
    file; test ``None`` for a test file named alone. Names after another file (``cli.py::_out``) are not tests."""
    current = None
    for match in re.finditer(r"((?:[\w.-]+/)*([\w-]+\.py))|::(\w+)", text):
        if match.group(1):
            cited = match.group(2).startswith("test_") or match.group(1).startswith("tests/")
            current = match.group(2) if cited else None
            if cited:
                yield current, None
        elif current:
            yield current, match.group(3)


def test_cited_tests_are_read_as_cited():
    text = "`tests/test_a.py::test_b`, `::test_c`; `cli.py::_out`, `::x`; test_d.py"
    assert list(cited_tests(text)) == [("test_a.py", None), ("test_a.py", "test_b"), ("test_a.py", "test_c"),
                                       ("test_d.py", None)]


@pytest.mark.parametrize("doc", USER_DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_tests_a_doc_cites_exist(doc):
    files = {p.name: p for p in [*ROOT.glob("plugins/*/tests/*.py"), *(ROOT / "tests").glob("*.py")]}
    missing = []
    for name, test in cited_tests(doc.read_text(encoding="utf-8")):
        if name not in files:
            missing.append(name)
        elif test and not re.search(rf"^\s*(?:async )?def {test}\(", files[name].read_text(encoding="utf-8"), re.M):
            missing.append(f"{name}::{test}")
    defined = "\n".join(p.read_text(encoding="utf-8") for p in files.values())
    missing += [name for name in re.findall(r"`(test_\w+)`", doc.read_text(encoding="utf-8"))  # a test named alone
                if not re.search(rf"^\s*(?:async )?def {name}\(", defined, re.M)]
    assert missing == [], f"{doc.relative_to(ROOT)} cites tests that do not exist (renamed?)"
