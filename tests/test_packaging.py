"""The wheel carries everything the package renders with, and stays small; what installs it is pinned."""
from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from importlib.metadata import distribution
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
MAX_WHEEL_BYTES = 30 * 1024 * 1024


@pytest.mark.slow
def test_wheel_holds_templates_and_fonts_and_is_under_30_mb(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("reportkit_gbt9704-*.whl")
    assert wheel.stat().st_size < MAX_WHEEL_BYTES
    names = set(zipfile.ZipFile(wheel).namelist())
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "\nName: reportkit-gbt9704\n" in metadata
    layout = "reportkit/templates/gbt9704/"
    for part in ("document.docx", "document.html.j2", "style.css", "fonts/rk-songti.otf", "fonts/rk-xiaobiaosong.otf",
                 "fonts/rk-heiti.otf", "fonts/rk-kaiti.ttf", "fonts/OFL-NotoCJK.txt", "fonts/OFL-LXGWWenKai.txt"):
        assert layout + part in names, part
    assert not any(name.startswith(("tests/", "tools/", "examples/")) for name in names)


PLUGINS = sorted(path.name for path in (ROOT / "plugins").iterdir() if (path / "pyproject.toml").is_file())


def test_plugins_are_named_after_their_folders_and_need_our_core():
    """``reportkit`` on PyPI is another project (issue 8): a plugin needing it would install that."""
    assert PLUGINS == ["reportkit-gbt9704-fonts-fandol", "reportkit-gbt9704-redhead", "reportkit-gbt9704-sichuan-disaster"]
    for name in PLUGINS:
        pyproject = (ROOT / "plugins" / name / "pyproject.toml").read_text(encoding="utf-8")
        assert f'\nname = "{name}"\n' in pyproject
        assert '\ndependencies = ["reportkit-gbt9704>=0.1,<0.2"]\n' in pyproject, name


def _needs(name: str, extras: set[str], seen: set[str]):
    """(needer, requirement) for every installed requirement below distribution ``name``, with its extras."""
    for text in distribution(name).requires or []:
        req = Requirement(text)
        if req.marker and not any(req.marker.evaluate({"extra": extra}) for extra in extras | {""}):
            continue
        yield name, req
        key = f"{canonicalize_name(req.name)}{sorted(req.extras)}"
        if key not in seen:
            seen.add(key)
            yield from _needs(req.name, set(req.extras), seen)


def test_constraints_pin_every_dependency_inside_the_declared_ranges():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = Version(version)
    assert not [name for name in pins if name.startswith("reportkit")]
    seen: set[str] = set()
    needs = [*_needs("reportkit-gbt9704", {"test"}, seen), *(n for p in PLUGINS for n in _needs(p, set(), seen))]
    assert len({canonicalize_name(req.name) for _, req in needs}) > 30  # the walk went down to transitive ones
    for needer, req in needs:
        name = canonicalize_name(req.name)
        if not name.startswith("reportkit-gbt9704"):
            assert name in pins, f"{req.name} (needed by {needer}) is not pinned in constraints.txt"
            assert req.specifier.contains(pins[name], prereleases=True), f"{needer} needs {req}, pinned {pins[name]}"


def _build_requires(pyproject: Path) -> list[Requirement]:
    text = pyproject.read_text(encoding="utf-8")
    block = re.search(r"\[build-system\]\nrequires = \[(.*)\]\n", text)
    assert block, pyproject
    return [Requirement(item) for item in re.findall(r'"([^"]+)"', block[1])]


def test_build_backend_and_what_it_needs_are_pinned_in_every_pyproject():
    """pip's ``-c constraints.txt`` does not reach the isolated environment a package is built in: the build
    needs its own exact pins there, or the next hatchling release builds what the README installs."""
    pins = dict(line.split("==") for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#"))
    for pyproject in [ROOT / "pyproject.toml", *(ROOT / "plugins" / name / "pyproject.toml" for name in PLUGINS)]:
        requires = _build_requires(pyproject)
        names = {canonicalize_name(req.name) for req in requires}
        assert "hatchling" in names, pyproject
        for req in requires:
            assert len(req.specifier) == 1 and next(iter(req.specifier)).operator == "==", f"{pyproject}: {req}"
            if req.name in pins:
                assert req.specifier.contains(pins[req.name]), f"{pyproject}: {req}, constraints.txt {pins[req.name]}"
        needed = {canonicalize_name(Requirement(text).name) for text in distribution("hatchling").requires or []}
        assert needed <= names, f"{pyproject}: hatchling needs {sorted(needed - names)} unpinned"


def test_readme_set_up_and_ci_install_the_pins_and_every_plugin():
    commands = re.findall(r"```bash\n(python3 -m venv [^\n]*)\n```", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(commands) == 2 and "reportkit render examples/" in commands[0] and "pytest" in commands[1]
    for command in commands:
        assert " -c constraints.txt " in command
        assert sorted(re.findall(r"\./plugins/([\w-]+)", command)) == PLUGINS
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_package_asks_for_the_python_the_readme_names():
    """The packages asked for Python 3.10 while the pins need 3.11 (the README says so): on 3.10 pip failed over
    uharfbuzz instead of saying the Python is too old."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "需要 Python 3.11 及以上" in readme
    files = [ROOT / "pyproject.toml", *ROOT.glob("plugins/*/pyproject.toml"),
             ROOT / "src" / "reportkit" / "plugin_template" / "pyproject.toml.tmpl"]
    asked = {f.relative_to(ROOT).as_posix(): re.search(r'^requires-python = "(.*)"$', f.read_text(encoding="utf-8"), re.M)[1]
             for f in files}
    assert set(asked.values()) == {">=3.11"}, asked
