"""``reportkit new-plugin`` generates a package that installs and passes its own tests."""
from __future__ import annotations

import os
import subprocess
import sys

from click.testing import CliRunner

from reportkit.cli import cli


def test_new_plugin_refuses_a_folder_in_use(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "keep.txt").write_text("mine")
    result = CliRunner().invoke(cli, ["new-plugin", "demo", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "已存在且不为空" in result.output


def test_generated_package_installs_and_its_tests_pass(tmp_path):
    result = CliRunner().invoke(cli, ["new-plugin", "Demo Annex", "--title", "统计附表说明", "-o", str(tmp_path / "pkg")])
    assert result.exit_code == 0, result.output
    pkg = tmp_path / "pkg"
    assert (pkg / "src" / "reportkit_demo_annex" / "__init__.py").is_file()
    assert 'demo_annex = "reportkit_demo_annex"' in (pkg / "pyproject.toml").read_text(encoding="utf-8")
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
    assert "reportkit-demo-annex 0.1.0\n  hooks: register_sections\n  sections: demo_annex\n" in listed.stdout
