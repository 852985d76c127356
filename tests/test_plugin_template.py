"""A plugin author's tools: ``reportkit new-plugin`` generates a package that installs and passes its own tests,
``reportkit plugins`` lists what each plugin contributes, ``reportkit.testing`` renders with either PDF engine."""
from __future__ import annotations

import io
import json
import os
import runpy
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from reportkit import hookimpl
from reportkit.cli import cli, plugin_names
from reportkit.registry import Importer
from reportkit.testing import registered, render, starter_data

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


@pytest.mark.parametrize(("name", "owner"), [
    ("overview", "政府信息公开工作年度报告（annual-report）自身的部分"),
    ("own", "政府信息公开工作年度报告（annual-report）自身的部分"),  # a part of the 2008 edition only
    ("Statistics Annex", "插件 reportkit-template-annex 的栏目"),
])
def test_new_plugin_refuses_a_section_name_reportkit_would_refuse_on_loading(name, owner, install, tmp_path):
    """The generated section would be refused when the package is installed, and all its tests would fail."""
    install("reportkit-template-annex", """
        from pydantic import BaseModel
        from reportkit import hookimpl
        from reportkit.registry import Section

        @hookimpl
        def register_sections(register):
            register(Section("statistics_annex", "annual-report", "统计附表说明", 650, BaseModel, lambda d, c: []))
    """)
    result = CliRunner().invoke(cli, ["new-plugin", name, "-o", str(tmp_path / "pkg")])
    section = plugin_names(name)["__SECTION__"]
    assert result.exit_code == 2
    assert (f"error: NAME：栏目名 {section}（sections: 下的键）已是{owner}，新插件的栏目安装后会被拒绝：请换一个名字"
            in result.output)
    assert not (tmp_path / "pkg").exists()


@pytest.mark.parametrize(("title", "what"), [("考核\n情况", "第 3 个字符是换行"), ("考核\t情况", "第 3 个字符是 Tab"),
                                             ("考核\x7f", "第 3 个字符是控制字符 U+007F")])
def test_new_plugin_refuses_a_title_of_more_than_one_line(title, what, tmp_path):
    result = CliRunner().invoke(cli, ["new-plugin", "demo", "--title", title, "-o", str(tmp_path / "pkg")])
    assert result.exit_code == 2
    assert f"error: --title：{what}：栏目标题要写成一行，请去掉换行、Tab 等控制字符" in result.output
    assert not (tmp_path / "pkg").exists()


def test_a_title_with_quotes_and_backslashes_is_quoted_in_python_and_toml(tmp_path):
    tomllib = pytest.importorskip("tomllib")
    title = '考核"情况\\n\\'
    result = CliRunner().invoke(cli, ["new-plugin", "demo", "--title", title, "-o", str(tmp_path / "pkg")])
    assert result.exit_code == 0, result.output
    pkg = tmp_path / "pkg"
    pyproject = tomllib.loads((pkg / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"] == f"A reportkit plugin: {title}"
    module = runpy.run_path(str(pkg / "src" / "reportkit_demo" / "__init__.py"))
    assert module["SECTION"].title == title and title in module["__doc__"]
    assert [f.message for f in module["check"](SimpleNamespace(content=[]))] == [f"“{title}”没有内容"]
    compile((pkg / "tests" / "test_reportkit_demo.py").read_text(encoding="utf-8"), "tests", "exec")
    assert f"adds the section “{title}”" in (pkg / "README.md").read_text(encoding="utf-8")


def test_plugin_names_use_our_distribution_prefix_once():
    for name in ("Guangdong Annex", "reportkit-guangdong-annex", "reportkit-gbt9704-guangdong_annex"):
        names = plugin_names(name)
        assert (names["__PACKAGE__"], names["__MODULE__"], names["__ENTRY__"]) == (
            "reportkit-gbt9704-guangdong-annex", "reportkit_guangdong_annex", "guangdong_annex"), name


def test_generated_package_installs_and_its_tests_pass(install, tmp_path):
    """Also with an ASCII quote and a backslash in the title, and beside another plugin that fails to load."""
    install("reportkit-template-broken", "import reportkit_no_such_module\n")
    title = '统计"附表"说明\\n'
    result = CliRunner().invoke(cli, ["new-plugin", "Demo Annex", "--title", title, "-o", str(tmp_path / "pkg")])
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
                    "--target", str(site), str(pkg)], check=True, capture_output=True, encoding="utf-8")
    assert (site / "reportkit_demo_annex").is_dir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=pkg, env=env,
                         capture_output=True, encoding="utf-8", timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 passed" in run.stdout
    listed = subprocess.run([sys.executable, "-c", "from reportkit.cli import cli; cli(['plugins'])"], env=env,
                            capture_output=True, encoding="utf-8")
    assert "reportkit-gbt9704-demo-annex 0.1.0\n  钩子：register_sections\n  栏目：demo_annex\n" in listed.stdout
    assert "warning: 插件 reportkit-template-broken：" in listed.stderr  # a problem, but not the new plugin's


def test_plugins_lists_the_importers_a_plugin_contributes():
    class MarkdownImporter:
        @hookimpl
        def register_importers(self, register):
            register(Importer("markdown", (".md",), lambda path: None))

    with registered(MarkdownImporter()):
        result = CliRunner().invoke(cli, ["plugins"])
    assert "MarkdownImporter ?\n  钩子：register_importers\n  导入器：markdown\n" in result.output


def test_testing_render_typesets_the_pdf_with_the_engine_asked_for():
    import pdfplumber

    result = render(starter_data(), formats=("pdf",), engine="typst")
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        assert pdf.metadata["Creator"].startswith("Typst ")
    assert result.pdf_text.startswith("某某市某某局\n2023年政府信息公开工作年度报告\n")
    with pytest.raises(ValueError, match="engine='latex': expected one of weasyprint, typst"):
        render(starter_data(), engine="latex")


@pytest.mark.slow
def test_generated_package_gets_the_local_core_in_a_fresh_venv(tmp_path):
    """In a new virtual environment the plugin's dependency is met by a wheel of this checkout, and an
    install that may not use any index finds it by name: ``reportkit`` on PyPI is another project (issue 8)."""
    CliRunner().invoke(cli, ["new-plugin", "demo-annex", "-o", str(tmp_path / "pkg")], catch_exceptions=False)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels),
                    str(ROOT), str(tmp_path / "pkg")], check=True, capture_output=True, encoding="utf-8")
    (core,) = wheels.glob("reportkit_gbt9704-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    alone = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the venv's own packages, not the checkout's
    # The core's dependencies from this environment, after the venv's own packages (a .pth line is appended to sys.path):
    # installing them from the index again took most of the test's two minutes, and the README's command does just that.
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, encoding="utf-8", check=True, env=alone).stdout.strip()
    Path(purelib, "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")

    def pip(*args):
        """This pip, working in the venv (--python): the venv needs no pip of its own, whose install (ensurepip) took
        a good part of the test's time."""
        result = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), *args], capture_output=True,
                                encoding="utf-8", timeout=600, env=alone)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    pip("install", "-q", "--no-compile", "--no-deps", "--ignore-installed", str(core))  # into the venv: this environment's is on its path too
    pip("install", "-q", "--no-compile", "--no-index", "--find-links", str(wheels), "reportkit-gbt9704-demo-annex")
    installed = {row["name"].lower() for row in json.loads(pip("list", "--format", "json"))}
    assert {"reportkit-gbt9704", "reportkit-gbt9704-demo-annex"} <= installed and "reportkit" not in installed
    pip("check")
    probe = subprocess.run([str(python), "-c", (
        "import json, reportkit.errors; from importlib.metadata import distribution; "
        "print(json.loads(distribution('reportkit-gbt9704').read_text('direct_url.json'))['url']); "
        "print(reportkit.errors.__file__)")], capture_output=True, encoding="utf-8", check=True, env=alone)
    url, module = probe.stdout.splitlines()
    assert url == core.as_uri() and Path(module).is_relative_to(venv)
    listed = subprocess.run([str(venv / "bin" / "reportkit"), "plugins"], capture_output=True, encoding="utf-8",
                            env=alone)
    assert "reportkit-gbt9704-demo-annex 0.1.0\n  钩子：register_sections\n  栏目：demo_annex\n" in listed.stdout
