"""The ``reportkit tables`` commands: ``export`` and ``import``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import ERROR, NOTE, InvalidData, ReportkitError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def tables():
    """统计表与 Excel 工作簿互转。Move the statistics tables to and from Excel.

    \b
    例 / Example:
      reportkit tables export report.yaml -o tables.xlsx
      reportkit tables import tables.xlsx --into report.yaml
    """


@tables.command("export")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="要写入的 .xlsx 工作簿。Workbook to write.")
@click.option("--force", is_flag=True, help="覆盖已存在的工作簿（其中填的数会丢失）。Overwrite an existing workbook.")
def export_cmd(file, output, force):
    """把数据文件的表二、表三、表四导出为 Excel 工作簿。Write the tables of FILE to a workbook.

    统计表的勾稽关系有错时照样导出（在工作簿中改正后导入）；已有同名工作簿时不覆盖，除非加 --force。

    \b
    例 / Example:
      reportkit tables export report.yaml -o tables.xlsx
    """
    from ..cli import _out, _plugins, _show
    from ..load import load_file
    from ..jobs import write_output
    from ..validate import validate
    from . import TABLE_NAMES, outside_note, to_fill
    from .export import export_report_workbook, no_tables
    from .beside import dropped, validate_beside

    _xlsx_name(output)
    _writable(output)
    if output.exists() and not force:
        click.echo(f"{output}: error: 这个工作簿已经存在（可能已经填了数），未覆盖：请用 -o 另起一个文件名导出，"
                   "或加 --force 覆盖", err=True)
        sys.exit(1)
    plugins = _plugins(False)
    notes = []  # of tables or numbers the data file lacks, which the clerk fills in the workbook
    try:
        source = load_file(file)
        why = no_tables(source.data, plugins.registry, _arg(file), _arg(output))
        if why:  # its findings are no matter: there is nothing to fill in
            click.echo(f"{file}: error: {why}", err=True)
            sys.exit(1)
        loaded, blank, todo, outside = to_fill(source, plugins.registry)
        if blank:
            notes.append(loaded.diagnostic(NOTE, (
                f"数据文件中没有{'、'.join(TABLE_NAMES[key] for key in blank)}（{'、'.join(f'tables.{k}' for k in blank)}），"
                f"导出的工作簿中{'这张表' if len(blank) == 1 else '这几张表'}的各格为 0：在工作簿中填好后运行 "
                f"reportkit tables import {_arg(output)} --into {_arg(file)}，即写入数据文件"), ("tables",), key=True))
        if todo:
            notes.append(loaded.diagnostic(NOTE, (
                f"统计表中有 {len(todo)} 格是【请填写：…】占位，导出的工作簿中这些格是空的（黄色）：请照原件在工作簿中填上数字"
                f"（不能留空），再运行 reportkit tables import {_arg(output)} --into {_arg(file)}，即写入数据文件；"
                "勾稽关系在导入时检查"), todo[0]))
        if outside:
            notes.append(outside_note(loaded, outside, plugins.registry))
        # the rules on the placeholders' stand-in zeros would give false findings: import runs them on the numbers typed
        validated = validate_beside(loaded, dropped(source, outside), outside, plugins.registry, rules=not todo)
    except InvalidData as exc:
        if any(d.severity == ERROR and not d.rule for d in exc.diagnostics):
            _show(exc.diagnostics)
            click.echo(f"数据文件有错误，未导出；改正后再运行 reportkit tables export {_arg(file)} -o {_arg(output)}", err=True)
            sys.exit(1)
        _show([*notes, *exc.diagnostics])
        click.echo("统计表的数字不一致（见上），照样导出：请在工作簿中改正后再导入", err=True)
        validated = validate(loaded, plugins.registry, rules=False)
    else:
        _show([*notes, *validated.diagnostics.items])
    write_output(output, export_report_workbook(validated, todo))
    _out(f"已生成 {output}；在 Excel 或 WPS 中填写后运行：reportkit tables import {_arg(output)} --into {_arg(file)}")


@tables.command("import")
@click.argument("workbook", type=click.Path(path_type=Path))
@click.option("--into", "into", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="要更新的 YAML 数据文件（注释和排版保留）。Data file to update.")
@click.option("--dry-run", is_flag=True, help="只检查，不写入数据文件。Check only.")
@click.option("--strict", is_flag=True, help="把所有警告当作错误。Treat warnings as errors.")
def import_cmd(workbook, into, dry_run, strict):
    """把工作簿中的数字写回数据文件；有问题的格按“文件:表三!E12”指出。Read WORKBOOK's numbers into a data file.

    \b
    例 / Example:
      reportkit tables import tables.xlsx --into report.yaml
    """
    from ..cli import _out, _plugins, _show
    from ..file_kinds import out_of_memory
    from . import WORKBOOK_SUFFIXES
    from .import_ import import_tables

    if into.suffix.lower() in WORKBOOK_SUFFIXES:  # read as a data file, it was “这不是文本文件（含有 NUL 字节…）”
        swapped = workbook.suffix.lower() in (".yaml", ".yml")
        raise click.BadParameter(
            f"“{into}”是工作簿，这里要写的是数据文件（.yaml），工作簿写在前面：" + (
                f"两者写反了，应为 reportkit tables import {_arg(into)} --into {_arg(workbook)}" if swapped else
                f"如 reportkit tables import {_arg(workbook)} --into 年报.yaml"), param_hint="--into")
    if workbook.suffix.lower() in (".yaml", ".yml"):  # it was “请在 Excel 或 WPS 中另存为 .xlsx” of a data file
        raise click.BadParameter(f"“{workbook}”是数据文件，这里要写的是填好的工作簿（.xlsx），如 reportkit tables import "
                                 f"tables.xlsx --into {_arg(into)}", param_hint="WORKBOOK")
    try:
        imported = import_tables(workbook, into, _plugins(strict), strict=strict, dry_run=dry_run)
    except InvalidData as exc:
        _show(exc.diagnostics)
        click.echo(f"未写入 {into}：请改正以上问题后再导入", err=True)
        sys.exit(1)
    except ReportkitError as exc:
        click.echo(f"{workbook}: error: {exc.format_message()}", err=True)
        sys.exit(1)
    except MemoryError:  # a workbook of a million cells on a small machine: no bug
        click.echo(f"{workbook}: error: {out_of_memory(workbook, f'未写入 {into}')}", err=True)
        sys.exit(1)
    _show(imported.validated.diagnostics.items)
    added = "、".join(imported.added)  # tables the data file lacked
    if not imported.changed and not added:
        _out(f"{workbook} 的数字与 {into} 相同，未作修改")
        return
    if not imported.changed:
        what = f"在 {into} 中补上没有的{added}（各格为 0）"
    else:
        what = f"把 {imported.changed} 个数字写入 {into}" + (f"，并补上数据文件中没有的{added}" if added else "")
    if dry_run:
        _out(f"检查通过：导入将{what}（--dry-run，未写入）")
    else:
        _out(f"已{what}（注释和排版保留）；可运行 reportkit render {_arg(into)}")


def _arg(path: Path) -> str:
    """``path`` as a suggested command's argument: in double quotes if it has spaces (cmd, PowerShell and sh alike)."""
    text = str(path)
    return f'"{text}"' if any(c.isspace() for c in text) else text


def _writable(output: Path) -> None:
    """Refuse an ``-o`` that is a symbolic link in a loop, or a pipe or device: the workbook would replace it."""
    from ..write import output_link_problem, special

    if loop := output_link_problem(output):
        raise ReportkitError(loop)
    if kind := special(output):
        raise ReportkitError(f"{output}: 这是一个{kind}，不是文件，未导出：请给 -o 另取一个文件名")


def _xlsx_name(output: Path) -> None:
    if output.suffix.lower() != ".xlsx":
        raise click.BadParameter(f"“{output}”：工作簿的文件名应以 .xlsx 结尾", param_hint="-o/--output")
