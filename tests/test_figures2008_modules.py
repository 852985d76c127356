"""The 2008 reader's modules (importers/figures2008/) each import only modules named before them here, and no name of
another's that is private: the order its docstring gives."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reportkit" / "importers" / "figures2008"
MODULES = ("counts", "fields", "clauses", "reasons", "printing", "zeros", "carried_over", "lists", "exact", "sentences",
           "text_lists", "tables", "list_tables", "stated", "__init__")


def _imports(name: str) -> list[ast.ImportFrom]:
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1]


def test_the_package_holds_the_modules_named_here():
    assert {path.stem for path in PACKAGE.glob("*.py")} == set(MODULES)


def test_each_module_imports_only_those_before_it():
    assert {name: later for n, name in enumerate(MODULES)
            if (later := sorted({node.module for node in _imports(name)} - set(MODULES[:n])))} == {}


def test_no_module_imports_a_private_name_of_another():
    assert [(name, node.module, alias.name) for name in MODULES for node in _imports(name) for alias in node.names
            if alias.name.startswith("_")] == []
