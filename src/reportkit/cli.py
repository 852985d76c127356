"""The ``reportkit`` command line.

Exit codes: 0 success, 1 invalid data or a failed render, 2 wrong usage.
"""
from __future__ import annotations

import json
import os
import sys
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click

from . import __version__
from .errors import InvalidData, ReportkitError
from .pipeline import check_file, output_path, render_file
from .plugins import Plugins, load_plugins
from .registry import StarterOptions
from .validate import model_for
from .write import write_atomic

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
STRICT = click.option(
    "--strict", is_flag=True, envvar="REPORTKIT_STRICT",
    help="把所有警告当作错误（也可设环境变量 REPORTKIT_STRICT=1）。Treat warnings as errors.",
)


class PluginGroup(click.Group):
    """The command group; plugins add their commands (``register_commands``) the first time it is listed
    or a command is looked up, so that importing reportkit.cli stays cheap."""

    _plugin_commands_added = False
    _core_commands: dict | None = None

    def main(self, *args, **kwargs):
        if self._core_commands is not None:  # each run sees the plugins installed (or registered) now
            self.commands = dict(self._core_commands)
            self._plugin_commands_added = False
        return super().main(*args, **kwargs)

    def _add_plugin_commands(self) -> None:
        if self._plugin_commands_added:
            return
        self._plugin_commands_added = True
        plugins = load_plugins()
        if self._core_commands is None:
            self._core_commands = dict(self.commands)
        core = self._core_commands
        problems: list = []
        plugins.register_commands(self)
        for name, command in list(self.commands.items()):
            if name in core and command is not core[name]:  # a plugin may add commands, not replace ours
                self.commands[name] = core[name]
                problems.append(f"plugin command {name!r} clashes with a reportkit command and is ignored")
        for problem in [p.format_message() for p in plugins.problems if "register_commands" in p.format_message()]:
            problems.append(problem)
        for problem in problems:
            click.echo(f"warning: {problem}", err=True)

    def list_commands(self, ctx):
        self._add_plugin_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx, name):
        if name not in self.commands:
            self._add_plugin_commands()
        return super().get_command(ctx, name)


@click.group(cls=PluginGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version")
def cli():
    """reportkit：把 YAML 数据排成符合 GB/T 9704-2012 的 DOCX 和 PDF 公文。

    \b
    快速开始 / Quick start:
      reportkit init annual-report --year 2023 --agency 某某县生态环境局 -o report.yaml
      reportkit validate report.yaml
      reportkit render report.yaml -o out/
    """


def _plugins(strict: bool) -> Plugins:
    """Load the plugins; each problem is one line naming its plugin, and fatal with ``--strict``.

    Without ``--strict`` a data file that needs a broken plugin still fails, when it is validated.
    """
    plugins = load_plugins()
    for problem in plugins.problems:
        click.echo(f"{'error' if strict else 'warning'}: {problem.format_message()}", err=True)
    if strict and plugins.problems:
        raise click.exceptions.Exit(1)
    return plugins


def _show(diagnostics) -> None:
    for d in diagnostics:
        click.echo(d.format(), err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(["docx", "pdf"]),
              help="输出格式，可重复；默认 docx 和 pdf 都生成。Output format(s).")
# Not file_okay=False: a file in the way is reported by the write step, in Chinese, with exit 1.
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=Path("."),
              show_default=True, help="输出文件夹。Output folder.")
@click.option("--layout", help="版式名称，优先于数据中的 layout:。Layout name; wins over layout: in the data.")
@STRICT
def render(files, formats, outdir, layout, strict):
    """校验并生成 DOCX/PDF。Validate FILES and write OUTPUT/<名称>.docx 和 .pdf。

    \b
    例 / Example:
      reportkit render examples/xinzhou-2020.yaml -o out/
      reportkit render data/*.yaml -f pdf -o out/ --strict
    """
    plugins = _plugins(strict)
    formats = tuple(dict.fromkeys(formats or ("docx", "pdf")))
    _refuse_clashes(files, formats, outdir, plugins)
    failed = []
    for path in files:
        try:
            outcome = render_file(path, plugins, formats=formats, outdir=outdir, layout=layout, strict=strict)
        except InvalidData as exc:
            _show(exc.diagnostics)
            failed.append(path)
            continue
        except ReportkitError as exc:
            click.echo(f"{path}: error: {exc.format_message()}", err=True)
            failed.append(path)
            continue
        _show(outcome.diagnostics)
        for target in outcome.outputs:
            click.echo(f"已生成 {target}")
    if len(files) > 1 or failed:
        ok = len(files) - len(failed)
        click.echo(f"共 {len(files)} 个文件：{ok} 个成功，{len(failed)} 个失败", err=True)
        for path in failed:
            click.echo(f"  失败：{path}", err=True)
    if failed:
        sys.exit(1)


def _refuse_clashes(files, formats, outdir, plugins) -> None:
    seen: dict[Path, Path] = {}
    for path in files:
        target = output_path(path, outdir, formats[0], plugins.registry).resolve()
        if target in seen and seen[target] != path:
            raise click.UsageError(
                f"“{seen[target]}”和“{path}”会写入同一个输出文件 {target.stem}.*：请改名或分开输出文件夹")
        seen[target] = path


@cli.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@STRICT
def validate_cmd(files, strict):
    """只校验数据，不生成文件。Check FILES and report every problem.

    \b
    例 / Example:
      reportkit validate examples/*.yaml
    """
    plugins = _plugins(strict)
    failed = 0
    for path in files:
        try:
            validated = check_file(path, plugins, strict=strict)
        except InvalidData as exc:
            _show(exc.diagnostics)
            failed += 1
            continue
        _show(validated.diagnostics.items)
        edition = f"（{validated.edition} 版）" if validated.edition else ""
        click.echo(f"{path}: 通过 {validated.kind.title}{edition}")
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("kind")
@click.option("--edition", help="版本，例如 2021（默认按年份选择）。Edition.")
@click.option("--year", type=int, default=None, help="报告年度，默认上一年。Report year.")
@click.option("--agency", default="某某市某某局", show_default=True, help="发布机关全称。Agency name.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="要写入的 YAML 文件。File to write.")
@click.option("--force", is_flag=True, help="覆盖已存在的文件。Overwrite an existing file.")
def init(kind, edition, year, agency, output, force):
    """生成带注释、可直接通过校验的起始数据文件。Write a commented starting file.

    \b
    例 / Example:
      reportkit init annual-report --year 2023 --agency 某某县生态环境局 -o report.yaml
    """
    plugins = _plugins(False)
    chosen = _kind(plugins, kind)
    year = year or date.today().year - 1
    edition = _edition(chosen, edition, year)
    if output.exists() and not force:
        raise click.UsageError(f"{output} 已存在；确需覆盖请加 --force")
    schema_file = _write_schema(chosen, edition, plugins)
    text = chosen.starter(StarterOptions(edition=edition, year=year, agency=agency, schema_url=schema_file.as_uri()))
    write_atomic(output, text.encode("utf-8"))
    click.echo(f"已生成 {output}（{chosen.title}，{year} 年度）；填写后运行：reportkit validate {output}")


@cli.command()
@click.argument("kind")
@click.option("--edition", help="版本，例如 2019 或 2021。Edition.")
def schema(kind, edition):
    """输出数据文件的 JSON Schema（供编辑器补全和校验）。Print the JSON Schema.

    \b
    例 / Example:
      reportkit schema annual-report --edition 2021 > annual-report.schema.json
    """
    plugins = _plugins(False)
    chosen = _kind(plugins, kind)
    edition = _edition(chosen, edition, None)
    click.echo(json.dumps(_schema(chosen, edition, plugins), ensure_ascii=False, indent=2))


@cli.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。Machine-readable output.")
def plugins_cmd(as_json):
    """列出已加载的插件及其提供的内容。List plugins and what each contributes.

    \b
    例 / Example:
      reportkit plugins --json
    """
    plugins = load_plugins()
    registry = plugins.registry
    commands = _commands_by_plugin(plugins)
    rows = []
    for name, plugin in plugins.manager.list_name_plugin():
        hooks = sorted(h.name for h in plugins.manager.get_hookcallers(plugin) or [])
        rows.append({"name": name, "version": _version_of(name, plugin), "builtin": name.startswith("reportkit."),
                     "hooks": hooks, **registry.contributed_by(name), "commands": commands.get(name, [])})
    problems = [p.format_message() for p in plugins.problems]
    if as_json:
        click.echo(json.dumps({"plugins": rows, "problems": problems}, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(f"{row['name']} {row['version']}{' (built in)' if row['builtin'] else ''}")
        click.echo(f"  hooks: {', '.join(row['hooks'])}")
        for what in ("kinds", "sections", "layouts", "renderers", "rules", "fonts", "settings", "commands"):
            if row[what]:
                click.echo(f"  {what}: {', '.join(row[what])}")
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)


@cli.command("new-plugin")
@click.argument("name")
@click.option("--title", default="示例栏目", show_default=True, help="示例栏目的标题。The sample section's heading.")
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="生成到哪个文件夹（默认 ./<包名>）。Where to write the package.")
def new_plugin(name, title, outdir):
    """生成一个插件包的骨架：pyproject、入口点、示例栏目、README 和测试。Start a plugin package.

    \b
    例 / Example:
      reportkit new-plugin guangdong-annex --title 统计附表说明
      cd reportkit-gbt9704-guangdong-annex && pip install -e '.[test]' && pytest
    """
    values = plugin_names(name)
    values["__TITLE__"] = title
    target = outdir or Path(values["__PACKAGE__"])
    if target.exists() and any(target.iterdir()):
        raise click.UsageError(f"{target} 已存在且不为空")
    for path in write_plugin_template(target, values):
        click.echo(f"已生成 {path}")
    # the same interpreter: reportkit-gbt9704 is installed from its repository, pip of another Python cannot find it
    python = f'"{sys.executable}"' if " " in sys.executable else sys.executable
    click.echo(f"下一步：cd {target} && {python} -m pip install -e '.[test]' && {python} -m pytest")


TEMPLATE_DIR = Path(__file__).with_name("plugin_template")


def plugin_names(name: str) -> dict[str, str]:
    """The names a plugin called ``name`` gets: package reportkit-gbt9704-NAME, module reportkit_NAME, …"""
    import re

    slug = re.sub(r"^reportkit-(gbt9704-)?", "", re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"))
    if not slug or not slug[0].isalpha():
        raise click.BadParameter("插件名应以字母开头，例如 guangdong-annex", param_hint="NAME")
    snake = slug.replace("-", "_")
    minor = ".".join(__version__.split(".")[:2])
    upper = f"{minor.split('.')[0]}.{int(minor.split('.')[1]) + 1}"
    return {"__PACKAGE__": f"reportkit-gbt9704-{slug}", "__MODULE__": f"reportkit_{snake}", "__ENTRY__": snake,
            "__SECTION__": snake, "__REQUIRES__": f">={minor},<{upper}"}


def write_plugin_template(target: Path, values: dict[str, str]) -> list[Path]:
    """Copy the plugin template to ``target``, filling in ``values`` in paths and texts."""
    written = []
    for source in sorted(TEMPLATE_DIR.rglob("*.tmpl")):
        relative = source.relative_to(TEMPLATE_DIR).as_posix().removesuffix(".tmpl")
        text = source.read_text(encoding="utf-8")
        for key, value in values.items():
            relative = relative.replace(key, value)
            text = text.replace(key, value)
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _commands_by_plugin(plugins: Plugins) -> dict[str, list[str]]:
    """The commands each plugin adds, found by letting each add them to a scratch group."""
    out = {}
    for impl in plugins.manager.hook.register_commands.get_hookimpls():
        scratch = click.Group()
        try:
            impl.function(**{arg: scratch for arg in impl.argnames})
        except Exception:  # reported as a problem when the commands were added
            continue
        out[impl.plugin_name] = sorted(scratch.commands)
    return out


def _version_of(name: str, plugin) -> str:
    if name.startswith("reportkit."):
        return __version__
    for candidate in (name.split(":")[0], getattr(plugin, "__name__", "").split(".")[0].replace("_", "-")):
        try:
            return version(candidate)
        except (PackageNotFoundError, ValueError):
            continue
    return "?"


def _kind(plugins: Plugins, name: str):
    if name not in plugins.registry.kinds:
        raise click.BadParameter(f"未知的文档类型“{name}”，可选：{'、'.join(sorted(plugins.registry.kinds))}", param_hint="KIND")
    return plugins.registry.kinds[name]


def _edition(kind, edition, year):
    if not kind.editions:
        return None
    if edition is None and year is None:
        return kind.editions[-1]
    if edition is None:
        edition, findings = kind.resolve_edition({"year": year})
        if edition is None:
            raise click.BadParameter("；".join(f.message for f in findings), param_hint="--year")
        return edition
    if edition not in kind.editions:
        raise click.BadParameter(f"“{edition}”不是 {kind.name} 的版本，可选：{'、'.join(kind.editions)}", param_hint="--edition")
    return edition


def _schema(kind, edition, plugins: Plugins) -> dict:
    schema = model_for(kind, edition, plugins.registry).model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    settings = {package: item.model.model_json_schema() for package, item in plugins.registry.settings.items()}
    schema["properties"]["plugins"] = {
        "title": "所需插件",
        "description": "本文件需要的插件包名，例如 [reportkit-sichuan-disaster]；也可写成映射，给出各插件的设置",
        "anyOf": [{"type": "array", "items": {"type": "string"}},
                  {"type": "object", "properties": settings, "additionalProperties": {"type": "null"}}]}
    schema.setdefault("title", f"{kind.title}{f'（{edition} 版）' if edition else ''}")
    return schema


def _write_schema(kind, edition, plugins: Plugins) -> Path:
    """Keep a copy of the schema in the user's cache so the editor modeline works offline."""
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA") or Path.home() / ".cache"
    target = Path(base) / "reportkit" / "schemas" / f"{kind.name}{'-' + edition if edition else ''}.json"
    write_atomic(target, json.dumps(_schema(kind, edition, plugins), ensure_ascii=False, indent=2).encode("utf-8"))
    return target


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="reportkit")
