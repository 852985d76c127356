"""``reportkit aggregate``: a region's tables as the sum of its agencies' (综合各部门、各乡镇的报告和统计数据).

Tables 二, 三 and 四 (and the 信息处理费 of the 2021 edition) of every valid data file or filled-in workbook (reportkit's
or a province's template, read as ``tables import`` reads one: :func:`~reportkit.tables.import_.workbook_report`),
each unit counted once, of the
year and edition most of them have are summed cell by cell into a new data file: the
starting file of ``reportkit init`` with the sums in place of its zeros and its placeholders left for
the region's own text.
The sum is validated like any data file (R1-R5 again) before it is written.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import click

from .cli import _one_line, _whole_names
from .errors import ERROR, InvalidData, ReportkitError
from .file_kinds import out_of_memory
from .registry import StarterOptions
from .tables import WORKBOOK_SUFFIXES, has_tables, sheets
from .write import output_link_problem, resolved, special, unreachable

_PROCUREMENT = ("tables", "active_disclosure", "government_procurement")
_FEE_FIELDS = ("notices", "amount_notified", "amount_collected")
#: The header line of a summed file, naming the files summed into it.
_HEADER = "# 由 reportkit aggregate 汇总 {count} 个单位的统计表：{files}\n"
_HEADER_READ = re.compile(r"^# 由 reportkit aggregate 汇总 \d+ 个单位的统计表：(.*)$", re.MULTILINE)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path),
                callback=_whole_names)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="要写入的汇总数据文件（.yaml）。Data file to write.")
@click.option("--agency", default="【请填写：本级人民政府名称】", callback=lambda ctx, param, value: _one_line(value),
              help="汇总报告的发布机关。The region's agency.")
@click.option("--expect", type=click.Path(dir_okay=False, path_type=Path),
              help="应报单位的清单，每行一个文件名：写了扩展名的只认这个文件，不写的 .yaml、.yml、.xlsx 都算；缺报的会列出。"
                   "List of the expected units, one a line.")
@click.option("--strict", is_flag=True, help="有未通过校验或缺报的单位时不写出，退出码 1。Fail on any missing or invalid unit.")
@click.option("--force", is_flag=True, help="覆盖已存在的文件（不会覆盖要汇总的文件）。Overwrite an existing file.")
def aggregate(files, output, agency, expect, strict, force):
    """把各部门、各乡镇的表二、表三、表四逐格相加，生成本级报告的数据文件。Sum the tables of FILES.

    FILES 是各单位的 .yaml 数据文件、填好的 .xlsx 统计表工作簿（init --xlsx 或 tables export 生成的，或本省的统计表模板），或它们所在的文件夹。

    \b
    例 / Example:
      reportkit aggregate units/*.yaml -o 某县2023.yaml --agency 某县人民政府
      reportkit aggregate 各单位/ -o 某县2023.yaml --expect 应报单位.txt
    """
    from .batch import once
    from .cli import _out, _plugins, _show
    from .jobs import write_output
    from .load import load_text
    from .pipeline import check_file
    from .tables.import_ import workbook_report
    from .validate import validate

    files, failed = _expand(files, output)
    files = once(files, "只计入一次；请从命令中删去重复的文件名")
    _check_output(output, files, force)
    plugins = _plugins(False)
    units, within = [], {}  # within: the files a summed file given (a region's) has summed, by its path
    for path in _same_bytes_once(files):
        try:
            if path.suffix.lower() in WORKBOOK_SUFFIXES:
                validated = workbook_report(path, plugins, then="汇总")
                _show([d for d in validated.diagnostics.items if not d.rule])
            else:
                validated = check_file(path, plugins)
        except InvalidData as exc:
            shown = [d for d in exc.diagnostics
                     if d.severity == ERROR or not d.rule or path.suffix.lower() not in WORKBOOK_SUFFIXES]
            _show(shown)
            failed.append((path, _why(shown)))
            continue
        except ReportkitError as exc:
            failed.append((path, exc.format_message()))
            continue
        except MemoryError:  # a workbook of a million cells on a small machine: no bug
            failed.append((path, out_of_memory(path, "其余单位照常汇总")))
            continue
        if has_tables(validated.report):
            units.append((path, validated.report))
            within[path] = _summed_from(validated.loaded.text, path)
        else:
            failed.append((path, "不是 2019 版或 2021 版格式的政府信息公开工作年度报告"))
    units = _not_twice(units, within)
    units = _one_form(units, failed)
    units = _one_year(units, failed)
    missing = _missing(expect, files) if expect else []
    for path, why in failed:
        click.echo(f"{path}: warning: 未计入汇总：{why}", err=True)
    for warning in missing:
        click.echo(warning, err=True)
    units = _same_agency(units)
    if not units:
        click.echo(f"error: 没有可汇总的数据文件或工作簿，未写出 {output}：请给出各单位的 .yaml 数据文件或 .xlsx 工作簿"
                   "（可以是一个文件夹）", err=True)
        sys.exit(1)
    if strict and (failed or missing):
        click.echo(f"error: 有 {len(failed)} 个单位未计入、{len(missing)} 个单位缺报（--strict），未写出 {output}", err=True)
        sys.exit(1)
    notes = cell_notes(units)
    for note in notes:
        click.echo(f"warning: 注释未汇入：{note}（汇总表的格只有数字；需要时请在 {output} 中为该格写注释）", err=True)
    left_out = [f"未计入：{path}" for path, _ in failed] + [
        "缺报：" + warning.partition("缺报：")[2].partition("（")[0] for warning in missing]
    text = summed_yaml([report for _, report in units], agency, plugins, [path for path, _ in units], notes, left_out)
    try:
        validate(load_text(text, str(output)), plugins.registry)
    except InvalidData as exc:  # a sum of valid tables is valid: this is a bug, not the clerk's mistake
        _show(exc.diagnostics)
        click.echo(f"error: 汇总结果未通过校验，未写出 {output}", err=True)
        sys.exit(1)
    write_output(output, text.encode("utf-8"))
    if failed or missing:  # the sum of the others is written, but it is not the region's yet: exit 1 says so
        without = "和".join(f"{what} {n} 个单位" for what, n in (("未计入的", len(failed)), ("清单中未交来的", len(missing))) if n)
        _out(f"已汇总 {len(units)} 个单位的统计表到 {output}，不含{without}（见上，也列在 {output} 开头的注释里）："
             "请这些单位改正或补交后，加 --force 重新汇总")
        sys.exit(1)
    _out(f"已汇总 {len(units)} 个单位的统计表到 {output}；请填写其中【请填写：…】的文字后运行 reportkit validate {output}")


def _check_output(output: Path, files, force: bool) -> None:
    """Refuse an ``output`` that is one of the ``files`` (even with ``force``), is not named .yaml,
    or exists without ``force``."""
    if loop := output_link_problem(output):
        raise ReportkitError(loop)
    if resolved(output) in {resolved(path) for path in files}:
        raise ReportkitError(f"{output}: error: 是要汇总的数据文件之一，不能用作汇总结果（--force 也不行）："
                             "请给 -o 另取一个文件名")
    if output.is_dir() or output.suffix.lower() not in (".yaml", ".yml"):
        what = "是一个文件夹" if output.is_dir() else "不以 .yaml 结尾"
        raise click.BadParameter(f"“{output}”{what}：汇总结果是数据文件，请给出以 .yaml 结尾的文件名，如 某县2023.yaml",
                                 param_hint="-o/--output")
    if output.exists() and not force:
        raise click.UsageError(f"{output} 已存在；确需覆盖请加 --force")


#: What a unit hands in: its data file or its filled-in workbook.
_UNIT_SUFFIXES = (".yaml", ".yml", ".xlsx")


def _expand(files, output: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """``files`` with each folder as the data files and workbooks in it (by name) but ``output`` (an earlier sum written
    into the folder, summed again with --force as reportkit advises), and without the lock files Excel, WPS
    and LibreOffice keep beside a workbook they have open (the workbook's reader warns of it); and those not to read,
    with why: a name that does not exist, an empty folder, a unit's file Notepad saved with ``.txt`` added. A subfolder
    holding units' files, not given itself, is named with a warning: its units are not counted."""
    out, failed = [], []
    given = {resolved(path) for path in files}
    for path in files:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if _unit_file(p) and resolved(p) != resolved(output))
            if not found:
                failed.append((path, "文件夹中没有 .yaml、.yml 数据文件或 .xlsx 工作簿：请检查文件夹"))
            out += found
            for p in sorted(path.iterdir()):
                if p.is_file() and p.suffix.lower() == ".txt" and Path(p.stem).suffix.lower() in _UNIT_SUFFIXES:
                    failed.append((p, f"文件名多了记事本加上的 .txt，没有读取：请把文件名改为 {p.stem} 后再汇总"))
                elif p.suffix.lower() in _UNIT_SUFFIXES and not p.exists():  # a link to nothing, or in a loop
                    failed.append((p, unreachable(p, "这个链接指向的文件已不在：请删去链接，或让它指向单位的文件")))
                elif p.is_dir() and resolved(p) not in given and _holds_units(p):
                    click.echo(f"{p}: warning: 子文件夹中的数据文件和工作簿未计入汇总：要计入，请把这个文件夹也写在命令里"
                               f"（reportkit aggregate {path} {p} …），或把其中的文件移到 {path} 中", err=True)
        elif _lock(path):
            click.echo(f"{path}: note: 是 Excel、WPS 或 LibreOffice 打开工作簿时留下的临时文件，不是工作簿：跳过", err=True)
        elif kind := special(path):  # reading a pipe waits for a writer
            failed.append((path, f"这是一个{kind}，不是普通文件，不能读取：请给出单位的 .yaml 数据文件或 .xlsx 工作簿"))
        elif path.exists():
            out.append(path)
        elif any(c in path.name for c in "*?[") and not os.path.lexists(path):
            failed.append((path, "没有与之相符的文件（文件夹是空的，或各单位的文件是另一个扩展名）：请检查文件夹和扩展名"))
        else:
            failed.append((path, unreachable(path, "请检查文件名")))
    return out, failed


def _holds_units(folder: Path) -> bool:
    try:
        return any(_unit_file(p) for p in folder.iterdir())
    except OSError:
        return True  # it may: it is named


def _unit_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in _UNIT_SUFFIXES + WORKBOOK_SUFFIXES and not _lock(path)


def _lock(path: Path) -> bool:
    return path.name.startswith(("~$", ".~lock."))


def _same_bytes_once(files) -> list[Path]:
    """``files`` without a second file of the same bytes under another name (a workbook sent twice, saved as
    某局2023(1).xlsx): counted again, its numbers would be counted twice. A warning names the file counted."""
    first: dict[bytes, Path] = {}
    out = []
    for path in files:
        try:
            digest = hashlib.sha256(path.read_bytes()).digest()
        except OSError:
            out.append(path)  # the reader says why it cannot be read
            continue
        if digest in first:
            click.echo(f"{path}: warning: 与 {first[digest]} 的内容完全相同（同一份文件交了两次）：只计入 {first[digest]}", err=True)
        else:
            first[digest] = path
            out.append(path)
    return out


def _why(diagnostics) -> str:
    """Why a unit that did not validate is not counted: its placeholders, its errors, listed above, or a file not read
    at all (an old .xls, an empty file: one error on the whole file)."""
    errors = [d for d in diagnostics if d.severity == ERROR]
    if any("【请填写" in d.message and d.path[:1] in (("tables",), ("information_processing_fee",)) for d in errors):
        return "统计表中还留着【请填写：…】占位（见上）：请该单位照原件填上数字后再汇总"
    if len(errors) == 1 and not (errors[0].path or errors[0].cell or errors[0].rule):
        return "文件没有读取（原因见上）：请该单位按提示改正后再交"
    return f"未通过校验（{len(errors)} 个错误，见上）：请该单位改正后再汇总"


def _summed_from(text: str, path: Path) -> set[Path]:
    """The files (resolved) the header of a summed file's ``text`` names, taken as relative to where the command is
    run or to the summed file's folder; none for a unit's own data file."""
    found = _HEADER_READ.search(text)
    return {resolved(where) for name in (found[1].split("、") if found else ()) for where in (Path(name), path.parent / name)}


def _not_twice(units, within: dict) -> list:
    """The ``(path, report)`` of ``units`` without a summed file (a region's, ``within`` naming its files) that holds
    the numbers of other units given too: counted again, they would be counted twice (a warning says why; no unit's
    numbers are left out, so it is not among those not counted)."""
    out = []
    for path, report in units:
        summed = within.get(path)
        twice = [unit for unit, _ in units if summed and unit != path and unit.resolve() in summed]
        if twice:
            more = f" 等 {len(twice)} 个单位" if len(twice) > 1 else ""
            click.echo(f"{path}: warning: 未计入汇总：是 reportkit aggregate 汇总出的文件，已含 {twice[0]}{more}的数字，"
                       "而本次也给出了这些单位的文件：再计入就重复计算了，不计入。要汇总下级的汇总结果，请不再给出其中各单位的文件",
                       err=True)
        else:
            out.append((path, report))
    return out


def _one_form(units, failed) -> list:
    """The ``(path, report)`` of ``units``, a unit given both as its data file and as its workbooks (of one year, and
    the same name before the suffix or the same agency) once: the data file, when they all have the same numbers; none
    (in ``failed``, with the fix) when one workbook differs. One of another year is left to :func:`_one_year`."""
    yamls = [(path, report) for path, report in units if path.suffix.lower() not in WORKBOOK_SUFFIXES]
    by_name = {(path.parent.resolve(), path.stem.casefold(), report.year): (path, report) for path, report in yamls}
    by_agency = {(report.agency, report.year): (path, report) for path, report in yamls}
    twins = []  # (workbook, its data file, the data file's report, their first difference or None)
    for path, report in units:
        twin = path.suffix.lower() in WORKBOOK_SUFFIXES and (
            by_name.get((path.parent.resolve(), path.stem.casefold(), report.year))
            or by_agency.get((report.agency, report.year)))
        if twin:
            twins.append((path, *twin, _first_difference(twin[1], report)))
    differing: dict[Path, list[Path]] = {}
    for path, other, _theirs, differ in twins:
        if differ is not None:
            differing.setdefault(other, []).append(path)
    dropped = set(differing)
    for path, other, theirs, differ in twins:
        same = f"与 {other} 是同一单位（“{theirs.agency}”{theirs.year} 年度）的工作簿和数据文件"
        dropped.add(path)
        if differ is not None:
            why = (f"{same}，而数字不同（{differ}）：两个都不计入。请核对后运行 reportkit tables import {path} "
                   f"--into {other}，再只给出 {other}")
            failed.append((path, why))
        elif other in differing:
            unlike = differing[other][0]
            failed.append((path, f"{same}，数字相同，而 {other} 与工作簿 {unlike} 的数字不同：不计入（见 {unlike} 的说明）"))
        else:
            click.echo(f"{path}: warning: {same}，数字相同：只计入 {other}", err=True)
    for other, books in differing.items():
        failed.append((other, f"与工作簿 {'、'.join(map(str, books))} 的数字不同，不计入（见 {books[0]} 的说明）"))
    return [(path, report) for path, report in units if path not in dropped]


def _first_difference(a, b) -> str | None:
    """The first cell where the tables of reports ``a`` and ``b`` differ, with both numbers, or None."""
    if a.spec.name != b.spec.name:
        return f"一个是 {a.spec.name} 版，一个是 {b.spec.name} 版"
    for sheet_a, sheet_b in zip(sheets(a), sheets(b)):
        for position, cell in sheet_a.cells.items():
            other = sheet_b.cells[position].value
            if not cell.sums and cell.value != other:
                return f"{cell.label}：数据文件为 {cell.value}，工作簿为 {other}"
    return None


def _one_year(units, failed) -> list:
    """The ``(path, report)`` of the year and edition most ``units`` have (ties: the latest year); the others go
    to ``failed``, with the reason naming a counted file."""
    counts = Counter((report.year, report.spec.name) for _, report in units)
    if not counts:
        return units
    year, edition = max(counts, key=lambda k: (counts[k], k))
    kept = [(path, report) for path, report in units if (report.year, report.spec.name) == (year, edition)]
    counted = kept[0][0] if len(kept) == 1 else f"{kept[0][0]} 等 {len(kept)} 个文件"
    for path, report in units:
        if report.year == year and report.spec.name != edition:  # the rows and columns differ: no cell to add to
            why = (f"统计表是 {report.spec.name} 版的，而计入汇总的是 {edition} 版（{year} 年度）的 {counted}：两版表格的行列不同，"
                   f"不能逐格相加。请该单位按 {edition} 版重新填报（reportkit init annual-report --edition {edition} "
                   f"--year {year} --xlsx 生成空白工作簿）")
            failed.append((path, why))
        elif report.year != year:
            form = "工作簿" if path.suffix.lower() in WORKBOOK_SUFFIXES else "数据文件"
            why = (f"是 {report.year} 年度（{report.spec.name} 版），而计入汇总的是 {year} 年度（{edition} 版）的 "
                   f"{counted}：请换成 {year} 年度的{form}，或另行汇总")
            failed.append((path, why))
    return kept


def _same_agency(units) -> list:
    """The ``(path, report)`` of ``units``, a second file in one folder with the same report (agency, year, numbers
    and texts) left out: the same unit's file re-saved or edited after it was sent, and sent again, whose numbers
    would count twice; a warning names the file counted. Files of one agency that differ, or lie in other folders
    (城关镇 of two counties), are all counted, with a warning: perhaps one was copied from another unit's."""
    first: dict[tuple, list] = {}
    out = []
    for path, report in units:
        same = first.setdefault((report.agency, report.year), [])
        twin = next((other for other, theirs in same if other.parent.resolve() == path.parent.resolve()
                     and theirs == report), None)
        if twin is not None:
            click.echo(f"{path}: warning: 与 {twin} 的报告逐字逐数相同（同一单位的文件修改或另存后又交了一次）：只计入 {twin}",
                       err=True)
            continue
        if same:
            click.echo(f"{path}: warning: 与 {same[0][0]} 都是“{report.agency}”{report.year} 年度的数据，两个都已计入；"
                       "如果其中一个是复制来的，请改正或删去后重新汇总", err=True)
        same.append((path, report))
        out.append((path, report))
    return out


def _missing(expect: Path, files) -> list[str]:
    """A warning, at its line, for each entry of the list ``expect`` that none of ``files`` is: an entry with a unit's
    extension (某乡.xlsx) is that file only, one without (某乡) any .yaml, .yml or .xlsx of that name; one with folders
    (甲县/某乡: units of one name in two counties) is a file whose path ends in them."""
    from .cli import _show
    from .load import _decode
    from .write import reason

    if kind := special(expect):  # reading a pipe waits for a writer
        raise click.BadParameter(f"“{expect}”是一个{kind}，不是普通文件，不能读取：请给出单位清单的文本文件（每行一个单位）",
                                 param_hint="--expect")
    try:
        raw = expect.read_bytes()
    except OSError as exc:
        raise click.BadParameter(f"无法读取“{expect}”（{reason(exc, reading=True)}）", param_hint="--expect") from None
    notes = []
    lines = _decode(raw, str(expect), notes).splitlines()  # as a data file is read: Notepad's GBK or UTF-16 too
    _show(notes)
    by_name: dict[tuple, list[Path]] = defaultdict(list)  # every tail of a file's path (casefolded), and its stem's
    by_stem: dict[tuple, list[Path]] = defaultdict(list)
    for path in files:
        for whole in {path, resolved(path)}:  # as given, or from the root
            parts = [part.casefold() for part in whole.parts]
            stem = (*parts[:-1], whole.stem.casefold())
            for k in range(1, len(parts) + 1):
                by_name[tuple(parts[-k:])].append(path)
                if path.suffix.lower() in _UNIT_SUFFIXES:
                    by_stem[stem[-k:]].append(path)
    out, seen = [], set()
    for number, line in enumerate(lines, 1):
        name = line.split("#")[0].strip()
        parts = tuple(part.casefold() for part in Path(name.replace("\\", "/")).parts)  # Windows' 甲县\某乡 too
        if not name or parts in seen:
            continue
        seen.add(parts)
        where = f"{expect}:{number}:{line.index(name) + 1}: warning: 缺报：清单中的“{name}”不在所给的文件中"
        suffix = Path(name).suffix
        if suffix.lower() not in _UNIT_SUFFIXES:
            if not by_stem[parts]:
                out.append(f"{where}（没有写扩展名：{name}.yaml、{name}.yml、{name}.xlsx 都算）")
        elif not by_name[parts]:
            bare = name[:-len(suffix)]
            other = by_stem[(*parts[:-1], Path(parts[-1]).stem)]
            out.append(f"{where}（写了扩展名，只认 {Path(name).name}）" + (
                f"；所给的有 {other[0]}：如果该单位交的就是它，请在清单中写“{bare}”（不写扩展名，哪种文件都算）" if other else ""))
    if not seen:  # a list saved empty checked nothing: said, as a list naming every unit would be
        click.echo(f"{expect}: warning: 应报单位的清单是空的（只有空行或注释），没有核对缺报：请每行写一个单位的文件名", err=True)
    return out


def sums(reports) -> tuple[dict[tuple, int | Decimal], dict[str, int | Decimal]]:
    """Every cell a clerk fills in, summed over ``reports``; and the summed 信息处理费."""
    total: dict[tuple, int | Decimal] = defaultdict(int)
    fees: dict[str, int | Decimal] = defaultdict(int)
    for report in reports:
        for sheet in sheets(report):
            for cell in sheet.cells.values():
                if cell.sums:
                    continue
                value = cell.value
                if cell.path[:3] == _PROCUREMENT and cell.type == "amount" and report.tables.active_disclosure.government_procurement.unit == "万元":
                    value = value.scaleb(4)  # mixed units: everything in 元, 412.30万元 as 4123000元
                total[cell.path] += value
        fee = getattr(report, "information_processing_fee", None)
        for name in _FEE_FIELDS if fee is not None else ():
            fees[name] += getattr(fee, name)
    return total, fees


def cell_notes(units) -> list[str]:
    """Each unit's notes on its figures (4（均为警告）): a sum of figures has none, so they are listed, not lost."""
    return [f"{path}：{cell.label}的注释“{cell.note}”" for path, report in units for sheet in sheets(report)
            for cell in sheet.cells.values() if cell.note]


def summed_yaml(reports, agency: str, plugins, sources, notes=(), left_out=()) -> str:
    """The starting data file of the region's report with the summed tables; the units' cell ``notes`` and the units
    ``left_out`` of the sum (未计入：file, 缺报：the list's entry) in comments."""
    from .tables.writeback import dump_yaml, key_order, round_trip_yaml, set_value

    first = reports[0]
    kind = plugins.registry.kinds["annual-report"]
    starter = kind.starter(StarterOptions(edition=first.spec.name, year=first.year, agency=agency,
                                          schema_url=f"annual-report-{first.spec.name}.schema.json"))
    yaml = round_trip_yaml()
    doc = yaml.load(starter)
    doc["agency_type"] = "government"
    total, fees = sums(reports)
    order = key_order(first)
    for path, value in total.items():
        set_value(doc, path, value, order)
    if any(path[:3] == _PROCUREMENT for path in total):
        doc["tables"]["active_disclosure"]["government_procurement"]["unit"] = "元"
    if fees and "information_processing_fee" in doc:
        for name, value in fees.items():
            set_value(doc, ("information_processing_fee", name), value, {})
    header = _HEADER.format(count=len(reports), files="、".join(str(s) for s in sources))
    if left_out:
        header += ("# 以下单位的数字不在本文件中（原因见汇总时的提示），改正或补交后请重新汇总：\n"
                   + "".join(f"#   {line}\n" for line in left_out))
    if notes:
        header += "# 各单位统计表的格注释，未汇入（需要时请为汇总后的格写注释）：\n" + "".join(f"#   {n}\n" for n in notes)
    # the schema line stays first, for editors; the header takes the place of the starter's “由 reportkit init 生成”
    first_line, _init_line, rest = dump_yaml(yaml, doc).split("\n", 2)
    return f"{first_line}\n{header}{rest}"
