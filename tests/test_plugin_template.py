"""``reportkit new-plugin`` generates a package that installs and passes its own tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli, plugin_names

ROOT = Path(__file__).resolve().parents[1]


def test_new_plugin_refuses_a_folder_in_use(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "keep.txt").write_text("mine")
    result = CliRunner().invoke(cli, ["new-plugin", "demo", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "已存在且不为空" in result.output


@pytest.mark.parametrize("name", ["redhead", "Sichuan Disaster", "reportkit-fonts-fandol", "reportkit-gbt9704-foo"])
def test_new_plugin_refuses_the_name_of_a_bundled_or_installed_plugin(name, install, tmp_path):
    """Installing the new package would replace that plugin (issue 13)."""
    install("reportkit-gbt9704-foo", "")
    result = CliRunner().invoke(cli, ["new-plugin", name, "-o", str(tmp_path / "pkg")])
    package = plugin_names(name)["__PACKAGE__"]
    assert result.exit_code == 2
    assert f"error: NAME：已有插件 {package}（已安装或本项目 plugins/ 自带），新插件安装后会替换它：请换一个名字" in result.output
    assert not (tmp_path / "pkg").exists()


def test_plugin_names_use_our_distribution_prefix_once():
    for name in ("Guangdong Annex", "reportkit-guangdong-annex", "reportkit-gbt9704-guangdong_annex"):
        names = plugin_names(name)
        assert (names["__PACKAGE__"], names["__MODULE__"], names["__ENTRY__"]) == (
            "reportkit-gbt9704-guangdong-annex", "reportkit_guangdong_annex", "guangdong_annex"), name


def test_generated_package_installs_and_its_tests_pass(tmp_path):
    result = CliRunner().invoke(cli, ["new-plugin", "Demo Annex", "--title", "统计附表说明", "-o", str(tmp_path / "pkg")])
    assert result.exit_code == 0, result.output
    assert f"下一步：cd {tmp_path / 'pkg'} && {sys.executable} -m pip install -e '.[test]'" in result.output
    pkg = tmp_path / "pkg"
    assert (pkg / "src" / "reportkit_demo_annex" / "__init__.py").is_file()
    pyproject = (pkg / "pyproject.toml").read_text(encoding="utf-8")
    assert 'demo_annex = "reportkit_demo_annex"' in pyproject
    assert 'dependencies = ["reportkit-gbt9704>=0.1,<0.2"]' in pyproject
    assert "pypi.org" not in (pkg / "README.md").read_text(encoding="utf-8")
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                    "--target", str(site), str(pkg)], check=True, capture_output=True, text=True)
    assert (site / "reportkit_demo_annex").is_dir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=pkg, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 passed" in run.stdout
    listed = subprocess.run([sys.executable, "-c", "from reportkit.cli import cli; cli(['plugins'])"], env=env,
                            capture_output=True, text=True)
    assert "reportkit-gbt9704-demo-annex 0.1.0\n  hooks: register_sections\n  sections: demo_annex\n" in listed.stdout


@pytest.mark.slow
def test_generated_package_gets_the_local_core_in_a_fresh_venv(tmp_path):
    """In a new virtual environment the plugin's dependency is met by a wheel of this checkout, and an
    install that may not use any index finds it by name: ``reportkit`` on PyPI is another project (issue 8)."""
    CliRunner().invoke(cli, ["new-plugin", "demo-annex", "-o", str(tmp_path / "pkg")], catch_exceptions=False)
    wheels = tmp_path / "wheels"
    for source in (ROOT, tmp_path / "pkg"):
        subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                        "-w", str(wheels), str(source)], check=True, capture_output=True, text=True)
    (core,) = wheels.glob("reportkit_gbt9704-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"

    def pip(*args):
        result = subprocess.run([str(python), "-m", "pip", *args], capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    pip("install", "-q", "-c", str(ROOT / "constraints.txt"), str(core))  # its dependencies, pinned, from the index
    pip("install", "-q", "--no-index", "--find-links", str(wheels), "reportkit-gbt9704-demo-annex")
    installed = {row["name"].lower() for row in json.loads(pip("list", "--format", "json"))}
    assert {"reportkit-gbt9704", "reportkit-gbt9704-demo-annex"} <= installed and "reportkit" not in installed
    pip("check")
    probe = subprocess.run([str(python), "-c", (
        "import json, reportkit.errors; from importlib.metadata import distribution; "
        "print(json.loads(distribution('reportkit-gbt9704').read_text('direct_url.json'))['url']); "
        "print(reportkit.errors.__file__)")], capture_output=True, text=True, check=True)
    url, module = probe.stdout.splitlines()
    assert url == core.as_uri() and Path(module).is_relative_to(venv)
    listed = subprocess.run([str(venv / "bin" / "reportkit"), "plugins"], capture_output=True, text=True)
    assert "reportkit-gbt9704-demo-annex 0.1.0\n  hooks: register_sections\n  sections: demo_annex\n" in listed.stdout
