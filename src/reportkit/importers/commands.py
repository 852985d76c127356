"""``reportkit import`` and ``reportkit check``."""
from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..cli import Jobs, _out, _Stdout, error_line
from ..errors import ERROR, NOTE, WARNING, RenderError, ReportkitError
from ..narrative import PLACEHOLDER
from ..plugins import load_plugins
from .folder import (DUPLICATE, NOT_ANNUAL, OTHER_FORMAT, UNCHECKED, UNREADABLE, duplicates, listed, passed_over,
                     system_file, unlisted_reason, unpacked, windows_name)

if TYPE_CHECKING:
    from . import ImportResult

#: The columns of ``check``'s results: the report's agency and year last, after the five of older versions.
FIELDS = ("file", "rule", "severity", "place", "message", "agency", "year")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path),
              help="写出数据文件的文件夹（默认与原文件同一文件夹）；只导入一个文件时也可以是以 .yaml 结尾的文件名。"
                   "Folder for the YAML files, or one .yaml file.")
@click.option("--draft", is_flag=True,
              help="文字中的【请填写：…】占位只算警告（表格数字缺失仍是错误）。Text placeholders are warnings.")
@click.option("--overwrite", is_flag=True,
              help="数据文件已经存在且内容不同（可能已补填）时也覆盖；默认不覆盖。Replace an existing, different YAML file.")
def import_command(files, output, draft, overwrite):
    """把已发布的年度报告、工作总结、工作方案（DOCX、网页、PDF、TXT、DOC、WPS、RTF）导入为 reportkit 数据文件。

    可导入 .docx、网页 .html .htm .shtml .mht .mhtml、.pdf、纯文本 .txt 及插件增加的格式；旧版 Word 的 .doc、WPS 的 .wps
    和 .rtf 需要 LibreOffice（由它转换为 DOCX 后导入）。内容其实是网页或 DOCX、只是扩展名写成 .doc 的，按内容导入，不需要 LibreOffice。

    写出 <原文件名>.yaml（只是扩展名不同的几个原文件各写 <原文件名.扩展名>.yaml）；
    未能映射的内容留作【请填写：…】占位，并列在文件开头的注释里。
    数据文件校验通过时退出码为 0，否则为 1（文件照样写出）。已有的同名数据文件内容不同时不覆盖（--overwrite 覆盖）。

    \b
    例 / Example:
      reportkit import 2023年报.docx -o data/
      reportkit import 2023年报.docx -o data/2023.yaml
      reportkit import 年报.html 年报.pdf -o data/ --draft
    """
    from ..batch import failure_message
    from . import data_files, import_file

    outdir, target = _import_output(output, files)
    targets = {files[0]: target} if target is not None else data_files(files, outdir)
    plugins = load_plugins()
    failed = 0
    for path in files:
        try:
            result = import_file(path, plugins, target=targets[path], draft=draft, overwrite=overwrite,
                                 documents=True)
        except ReportkitError as exc:
            click.echo(error_line(failure_message(exc)), err=True)  # an unwritable folder with the fix render names
            failed += 1
            continue
        # at the severity check files it: a note (a fee in 元 converted, a site's footer left out) is nothing left
        # unmapped, a total printed blank is an error
        filed = [_filed(finding) for finding in result.findings]
        for finding, severity in zip(result.findings, filed):
            click.echo(f"{path}: {severity}: {finding.place}：{finding.message}", err=True)
        unmapped = len(filed) - filed.count(NOTE)
        held = _placeholder_lines(result) if result.findings else set()
        for diagnostic in result.diagnostics:
            if diagnostic.line not in held:
                click.echo(diagnostic.format(), err=True)
        _placeholders_in_one_line(result, held)
        state = "校验通过" if result.ok else "校验未通过，请按上面的提示补填"
        mapped = f"{unmapped} 处未能映射" if unmapped else "所有数据都已映射"
        click.echo(f"已导入 {result.target}（{mapped}，{state}）")
        failed += not result.ok
    sys.exit(1 if failed else 0)


#: The severity ``check`` files an import finding at by its rule, where the finding names none: a site's navigation and
#: footers, and what of a report's attachments the data cannot hold (a second table, a picture), left out are no
#: problem of the report; a table's totals printed blank are a fault of the page.
_SEVERITIES = {"skipped": NOTE, "attachments": NOTE, "totals": ERROR}


def _filed(finding) -> str:
    """The severity ``check`` files an import finding at."""
    return finding.severity or _SEVERITIES.get(finding.rule, WARNING)


def _placeholders_in_one_line(result: ImportResult, held: set[int]) -> None:
    """One line for the validation errors of the placeholders the findings above already explain (``held``, their
    lines), instead of one a cell: how many, where in the data file, and how to fill them."""
    lines = sorted({d.line for d in result.diagnostics if d.line in held})
    cells = sum(d.line in held for d in result.diagnostics)
    if cells:
        click.echo(f"{result.target}:{lines[0]}-{lines[-1]}: error: 还有 {cells} 格是【请填写：…】占位（原因见上面的提示），"
                   f"未逐格列出：请照原文填写后运行 reportkit validate {result.target} 核对", err=True)


def _import_output(output: Path | None, files) -> tuple[Path | None, Path | None]:
    """``-o`` as (folder, single data file): a name ending in .yaml or .yml that is no folder is the file (os.path
    asks: a name too long for the file system is no folder, and writing it says so)."""
    if output is None or os.path.isdir(output) or output.suffix.lower() not in (".yaml", ".yml"):
        if output is not None and os.path.exists(output) and not os.path.isdir(output):
            raise click.BadParameter(f"“{output}”是一个已有的文件，不是文件夹：请给出文件夹，或以 .yaml 结尾的数据文件名",
                                     param_hint="-o/--output")
        return output, None
    if len(files) > 1:
        raise click.BadParameter(f"“{output}”是一个文件名，只能用于一个原文件；导入多个文件请给出输出文件夹",
                                 param_hint="-o/--output")
    return None, output


@click.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--report", "report", type=click.Path(dir_okay=False, path_type=Path),
              help="结果文件：.xlsx、.csv 或 .json，每份报告的每个问题一行（.xlsx 另有每份报告一行的汇总表，.json 另有每份报告的结论）；"
                   "不给时问题逐行显示在终端上。Report file (.xlsx, .csv or .json); without it, the findings are printed.")
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path),
              help="同时保留导入的数据文件的文件夹（第 N 份报告放在其中的 N 号子文件夹；默认不保留）。Keep the imported YAML here.")
@click.option("--previous-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="文件夹",
              help="上年报告所在的文件夹（数据文件或已发布的 DOCX、网页、PDF、TXT，装有 LibreOffice 时还有 DOC、WPS、RTF），按发布机关和年度对应，做跨年度检查。"
                   "Last year's reports, for the cross-year rules.")
@click.option("-j", "--jobs", type=Jobs(), envvar="REPORTKIT_JOBS",
              help="同时检查几份报告（进程数），默认为本进程可用的 CPU 核数；-j 1 逐份检查。Worker processes (default: cores).")
def check_command(paths, report, outdir, previous_dir, jobs):
    """批量导入并校验已发布的年度报告，列出问题清单（写入结果文件，或显示在终端上）。

    PATHS 可以是文件或文件夹（文件夹里的 .docx .html .htm .shtml .mht .mhtml .pdf .txt 及插件增加的格式逐个检查；.doc .wps .rtf
    装有 LibreOffice 时转换后检查，没有时和 .ofd 一样记为无法读取，并说明怎样转换；.zip 里的报告解压后逐个检查，.rar .7z
    记为无法读取，请先解压）。无法读取的文件记为一行，不中断。内容完全相同的文件只检查一份，另一份记一行 duplicate
    （重复文件）；同一机关同一年度的报告有几种格式的（如 .docx 和 .pdf），都检查，汇总只计一份，后一份另记一行 other-format。
    以 ~$ 开头的锁定文件、隐藏文件等系统文件和其他格式的文件（图片等）不检查，终端最后说明有几个。统计表的空白格按 0
    核对勾稽关系，每个有空白的行记一行。
    不给 --report 时，每个问题在标准输出上显示为一行“文件:位置: 级别: 规则: 说明”，顺序与结果文件相同。
    有问题时退出码为 1。

    \b
    例 / Example:
      reportkit check 某局2023年报.pdf
      reportkit check 各单位年报/ --report 检查结果.xlsx
      reportkit check 2023年报/ --previous-dir 2022年报/ --report 检查结果.csv
    """
    from ..batch import check_folder, check_report, usable_cores
    from ..write import resolved, rows_bytes, temporary_problem, write_all
    from . import CONVERTIBLE, libreoffice

    plugins = load_plugins()
    read = {s for i in plugins.registry.importers for s in i.suffixes}
    # A folder's reports in a format no importer reads (.doc, .wps …) are listed as unreadable, not left out unseen.
    suffixes = read | set(CONVERTIBLE)
    files, passed, unlisted = listed(paths, suffixes)
    if report is not None:  # before the checking, not after hours of it
        check_report(report, "未检查任何报告", "是要检查的报告之一" if resolved(report) in {resolved(f) for f in files} else "")
    if outdir is not None:
        check_folder(outdir, "未检查任何报告：请用 -o 换一个可以写入的文件夹，或不用 -o")
    if not files and not unlisted:  # the wrong folder, most often: “共检查 0 份报告” and exit 0 read as all well
        raise click.UsageError(_nothing_to_check(paths, passed, read | set(libreoffice.SUFFIXES) | {".zip"}))
    rows: list[dict] = []
    try:
        scratch_folder = tempfile.TemporaryDirectory()
    except OSError as exc:
        raise ReportkitError(f"{temporary_problem(exc)}；未检查任何报告") from None
    with scratch_folder as scratch:
        files, shown, refused = unpacked(files, Path(scratch) / "zip", suffixes, passed)
        refused |= unlisted  # a folder that cannot be listed is a row where its reports would be
        names = sorted([shown[path] for path in files] + list(refused), key=Path)  # a zip's reports where it was
        number = {name: n for n, name in enumerate(names, 1)}
        copies = duplicates(files)
        found: dict[int, list[dict]] = {number[name]: [row] for name, row in refused.items()}
        with click.progressbar(length=len(files), label="检查中",
                               file=sys.stderr if sys.stderr.isatty() else io.StringIO()) as bar:
            last_year = None
            if previous_dir is not None:
                last_year, rows = last_year_reports(previous_dir, plugins, Path(outdir or scratch) / "previous",
                                                    kept=outdir is not None)
            tasks = [Check(number[shown[path]], str(path), str(Path(outdir or scratch) / f"{number[shown[path]]:03d}"),
                           outdir is not None, last_year, shown[path]) for path in files if path not in copies]
            for task, task_rows in checked(tasks, plugins, min(jobs or usable_cores(), len(tasks))):
                found[task.number] = task_rows
                bar.update(1)
            for path, first in copies.items():
                about = {key: found[number[shown[first]]][0].get(key, "") for key in ("agency", "year")}
                found[number[shown[path]]] = [dict(
                    file=shown[path], **about, rule=DUPLICATE, severity=NOTE, place="",
                    message=f"与 {shown[first]} 内容完全相同（同一份报告的重复文件），未重复检查：结果见那一份的行")]
                bar.update(1)
        formats = other_formats(found)
        rows += [row for n in sorted(found) for row in found[n]]
        rows = [{key: row.get(key, "") for key in FIELDS} for row in rows]  # last year's and crashed reports' too
        if previous_dir is not None and outdir is None:  # name the folder given, not the scratch copy
            for row in rows:
                row["message"] = row["message"].replace(str(Path(scratch) / "previous"), str(previous_dir))
    problems = [row for row in rows if row["severity"] not in ("", NOTE)]
    summary = rule_counts(problems, formats)
    if report is not None:
        document = {"rows": rows, "summary": dict(sorted(summary.items())), "files": file_verdicts(names, rows, formats)}
        write_all({report: workbook(names, rows, formats) if report.suffix.lower() == ".xlsx"
                   else rows_bytes(report.suffix, rows, FIELDS, document)})
    else:
        for row in rows:
            _out(finding_line(row))
    given = set(names)  # not last year's reports, which have rows of their own
    unwritten = {row["file"] for row in problems if row["rule"] == UNCHECKED} & given
    broken = {row["file"] for row in problems if row["rule"] == PLUGIN_FAILED} & given
    unchecked = unwritten | broken
    bad = {row["file"] for row in problems} & given - unchecked - set(unlisted)
    other = {row["file"] for row in problems if row["rule"] == NOT_ANNUAL} & given
    bad = {formats.get(name, name) for name in bad}  # a report in two formats is one, with a problem if either has
    kind = f"（其中 {len(other)} 份不是年度报告，{_see(NOT_ANNUAL)}）" if other else ""
    why = [(len(files), reason) for files, reason in (
        (unwritten, f" reportkit 写不出导入的数据文件，{_see(UNCHECKED)}"),
        (broken, f"插件的规则出错，检查未完成：修好或卸载插件后请重新检查，{_see(PLUGIN_FAILED)}")) if files]
    told = "；".join(f"{count} 份{reason}" if len(why) > 1 else reason.lstrip() for count, reason in why)
    left = f"，{len(unchecked)} 份未能检查（{told}）" if unchecked else ""
    twice = f"；另有 {len(copies)} 份与别的文件内容完全相同，未重复检查（{_see(DUPLICATE)}）" if copies else ""
    again = (f"；另有 {len(formats)} 份是同一机关同一年度的报告的另一种格式，已检查，计为一份（{_see(OTHER_FORMAT)}）"
             if formats else "")
    closed = f"；另有 {len(unlisted)} 个文件夹打不开，其中的报告没有检查（{_see(UNREADABLE)}）" if unlisted else ""
    checked_count = len(names) - len(copies) - len(formats) - len(unlisted)
    _out(f"共检查 {checked_count} 份报告：{checked_count - len(bad) - len(unchecked)} 份未发现问题，{len(bad)} 份有问题{kind}"
         f"{left}{twice}{again}{closed}{f'；结果已写入 {report}' if report is not None else ''}")
    for rule, count in sorted(summary.items()):
        _out(f"  {RULE_NAMES[rule]}（{rule}）：{count} 处" if rule in RULE_NAMES else f"  {rule}：{count} 处")
    if formats and summary:
        _out("  （同一份报告的几种格式都有的问题，规则和说明都相同的，只计一处）")
    for line in passed_over(passed, read | set(libreoffice.SUFFIXES) | {".zip"}):  # not .rar, .7z, .ofd: unreadable rows
        _out(line)
    sys.exit(1 if bad or unchecked or unlisted or _Stdout.broken else 0)


def _nothing_to_check(folders, passed: list[tuple[Path, bool]], suffixes: set[str]) -> str:
    """That ``folders`` hold no report in a format ``check`` reads (``suffixes``), and what they hold instead."""
    from ..write import readable

    names = "、".join(path.name for path, _ in passed[:3]) + (" 等" if len(passed) > 3 else "")
    held = f"只有 {len(passed)} 个别的文件（{names}）" if passed else "是空的"
    return readable(f"{'、'.join(f'“{folder}”' for folder in folders)}里（连同其中的文件夹）没有可检查的报告，{held}："
                    f"reportkit check 检查的是 {'、'.join(sorted(suffixes))} 文件；请检查给出的文件夹是否正确")


def other_formats(found: dict[int, list[dict]]) -> dict[str, str]:
    """Each report checked whose agency and year (as imported) are those of an earlier one in another format, with
    that one: the same report as 年报.docx and 年报.pdf, a page and its PDF. Its rows (``found``, by number) get a note
    row first saying so; both are checked, for what is read from each may differ. Two files of one format are two
    reports (an amended one beside the first, say); files of the same bytes are :data:`DUPLICATE`. A file is another
    format of the first such report that has no file of its format yet, named by that report's first file (never by a
    file that is itself another format: the summary counts each report once)."""
    seen: dict[tuple, dict[str, set[str]]] = {}  # agency and year: each report's first file, its files' suffixes
    formats = {}
    for own in (found[n] for n in sorted(found)):
        name, agency, year = own[0]["file"], own[0].get("agency", ""), own[0].get("year", "")
        if not agency or not year or own[0]["rule"] == DUPLICATE:
            continue
        suffix = Path(name).suffix.lower()
        reports = seen.setdefault((agency, year), {})
        first = next((report for report, suffixes in reports.items() if suffix not in suffixes), None)
        if first is None:
            reports[name] = {suffix}
            continue
        reports[first].add(suffix)
        formats[name] = first
        own.insert(0, dict(file=name, agency=agency, year=year, rule=OTHER_FORMAT, severity=NOTE, place="", message=(
            f"与 {formats[name]} 是同一机关（{agency}）同一年度（{year}）的报告，多半是同一份报告的另一种格式：两份都已检查，"
            "汇总中只计一份，两份都有的问题是同一处；如果不是同一份报告，请核对两份的机关名称和年度")))
    return formats


def rule_counts(problems: list[dict], formats: dict[str, str]) -> Counter:
    """The summary's count of each rule's ``problems``, a report in several formats (:func:`other_formats`) counted
    once: of its files' problems alike (the same rule and message; the place differs, as a PDF's page from a DOCX's
    paragraph), those of the file that has the most."""
    each = Counter((formats.get(row["file"], row["file"]), row["file"], row["rule"], row["message"]) for row in problems)
    most: dict[tuple, int] = {}
    for (report, _, rule, message), count in each.items():
        most[report, rule, message] = max(most.get((report, rule, message), 0), count)
    summary = Counter()
    for (_, rule, _), count in most.items():
        summary[rule] += count
    return summary


def _see(rule: str) -> str:
    """The summary's pointer to the rows of ``rule``, named as the lines of each rule below it."""
    return f"见“{RULE_NAMES[rule]}（{rule}）”行"


#: The rule of a report's row saying a plugin's rule raised: the check did not finish, as :data:`UNCHECKED`'s.
PLUGIN_FAILED = "plugin"

#: The Chinese name of each rule ``check`` reports, beside its code in the summary (a plugin's rules by their code).
RULE_NAMES = {
    "R1": "表三各列收结相符", "R2": "表三（七）总计", "R3": "表三各行总计", "R5": "表四各组总计", "R6": "表二件数自洽",
    "R7": "上年结转与上年报告一致", "R8": "表二现行有效件数与上年衔接", "R9": "正文数字与统计表一致", "R10": "信息处理费",
    "R11": "统计期限与报告年度", "R12": "格式版本与报告年度", "R13": "存在的主要问题", "R14": "总体情况的内容",
    "R15": "内容与上年雷同", "R16": "上年问题的改进情况", "R17": "带注释的格过长", "R18": "与上年相比的增减", "deadline": "成文日期",
    "disclosure": "主动公开数字", "applications": "依申请公开数字", "preamble": "前言", "order": "部分的排序",
    "import-cells": "表格的格", "import-totals": "总计空白", "import-tables": "统计表缺失或多出",
    "import-sections": "报告的部分", "import-figures": "报告的数字", "import-metadata": "标题、年度、日期",
    "import-unread": "未能读取的内容", "import-skipped": "略过的内容", "import-attachments": "附件",
    "import-converted": "经 LibreOffice 转换", "import-mislabelled": "扩展名与内容不符", "injected-text": "疑似植入的文字",
    UNREADABLE: "无法读取", NOT_ANNUAL: "不是年度报告", "data": "数据错误", UNCHECKED: "未能检查", DUPLICATE: "重复文件",
    OTHER_FORMAT: "同一报告的另一格式", "previous-unread": "上年报告未读取", PLUGIN_FAILED: "插件的规则出错",
}

#: A finding's ``severity`` in the workbook's 级别 column.
SEVERITIES = {ERROR: "错误", WARNING: "警告", NOTE: "提示", "": ""}


def workbook(files: list[str], rows: list[dict], formats: dict[str, str]) -> bytes:
    """``check --report 结果.xlsx``: the sheet 问题清单 of ``rows`` (the CSV's columns, with Chinese headers), and the
    sheet 各文件 of :func:`file_verdicts`."""
    from ..report_xlsx import RED, YELLOW, Column, Sheet, workbook_bytes

    about = (Column("agency", "机关", 30), Column("year", "年度", 6))
    findings = (Column("file", "文件", 60), *about, Column("rule", "规则", 20),
                Column("severity", "级别", 8, fills={"错误": RED, "警告": YELLOW}), Column("place", "位置", 30),
                Column("message", "说明", 80, wrap=True))
    per_file = (Column("file", "文件", 60), *about,
                Column("verdict", "结论", 40, fills={"有错误": RED, "无法读取": RED, "不是年度报告": RED,
                                                      "未能检查": YELLOW, "有警告": YELLOW,
                                                      f"有错误{_BY_OTHER}": RED, f"有警告{_BY_OTHER}": YELLOW}),
                Column(ERROR, "错误", 6), Column(WARNING, "警告", 6), Column(NOTE, "提示", 6))
    worded = [{**row, "severity": SEVERITIES.get(row["severity"], row["severity"])} for row in rows]
    return workbook_bytes([Sheet("问题清单", findings, worded), Sheet("各文件", per_file, file_verdicts(files, rows, formats))])


def file_verdicts(files: list[str], rows: list[dict], formats: dict[str, str]) -> list[dict]:
    """A row for each of ``files`` checked (as the rows name them): its agency, year, verdict (:func:`verdict`) and
    count of each severity; the workbook's sheet 各文件 and the JSON's ``files``. A report in several formats
    (``formats``, :func:`other_formats`) has one verdict, as the summary counts it: the first file's, of all their
    rows; the others' name that one."""
    mine: dict[str, list[dict]] = {name: [] for name in files}
    for row in rows:
        if row["file"] in mine:  # not last year's reports' rows (--previous-dir)
            mine[row["file"]].append(row)
    report: dict[str, list[dict]] = {}
    for name, own in mine.items():
        report.setdefault(formats.get(name, name), []).extend(own)

    def said(name: str, own: list[dict]) -> str:
        if name in formats:
            return f"另一格式，见 {formats[name]}"
        alone, together = verdict(own), verdict(report[name])
        return alone if together == alone else f"{together}{_BY_OTHER}"

    return [{"file": name, **{key: own[0][key] if own else "" for key in ("agency", "year")}, "verdict": said(name, own),
             **{severity: sum(row["severity"] == severity for row in own) for severity in (ERROR, WARNING, NOTE)}}
            for name, own in mine.items()]


#: The 结论 of a report's first file, after the verdict of all its formats, where another format's problems make it.
_BY_OTHER = "（另一格式有）"


def verdict(rows: list[dict]) -> str:
    """The 结论 of a report checked, from its ``rows``: 重复文件 (not checked again), 未能检查 (reportkit's own fault, or
    a plugin's rule that raised), 无法读取, 不是年度报告, 有错误, 有警告, or 通过 (notes only)."""
    rules = {row["rule"] for row in rows}
    severities = {row["severity"] for row in rows}
    return ("重复文件" if DUPLICATE in rules else "未能检查" if rules & {UNCHECKED, PLUGIN_FAILED} else "无法读取" if UNREADABLE in rules else
            "不是年度报告" if NOT_ANNUAL in rules else "有错误" if ERROR in severities else
            "有警告" if WARNING in severities else "通过")


def finding_line(row: dict) -> str:
    """A row of ``check``'s results as one line for the terminal: ``file:place: severity: rule: message`` (without
    ``:place`` where it has none), or ``file: 未发现问题`` for an ``ok`` row; a file name that is not UTF-8 as in the
    results file (:func:`reportkit.write.readable`)."""
    from ..write import readable

    where = f"{row['file']}:{row['place']}" if row["place"] else row["file"]
    message = " ".join(row["message"].splitlines())  # data quoted in a message may hold line breaks
    if row["rule"] == "ok":
        return readable(f"{where}: {message}")
    return readable(f"{where}: {row['severity']}: {row['rule']}: {message}")


@dataclass(frozen=True)
class Check:
    """One published report to check: its ``number`` in the run (its folder ``outdir``), kept or not; ``name``: the
    report's in the results where it is not ``path`` (a report unpacked from a zip)."""

    number: int
    path: str
    outdir: str
    keep: bool
    previous: object = None  # a PreviousReports: pickled as its paths, checked with the worker's plugins
    name: str = ""


def checked(tasks: list[Check], plugins, workers: int):
    """``(task, rows)`` for each of ``tasks``: here one after another, or as they finish in ``workers`` processes
    (:func:`reportkit.batch.pool_results`: a report that crashes its worker is a row of its own)."""
    if workers <= 1:
        for task in tasks:
            yield task, check_rows(Path(task.path), plugins, Path(task.outdir), task.keep, task.previous, task.name)
        return
    from ..batch import pool_results

    yield from pool_results(tasks, workers, check_task, _crashed)


def check_task(task: Check) -> tuple[Check, list[dict]]:
    """:func:`check_rows` of ``task`` with this process's plugins: what each worker of ``check -j`` runs."""
    from ..batch import worker_plugins

    plugins = worker_plugins()
    previous = task.previous.on(plugins.registry) if task.previous is not None else None
    return task, check_rows(Path(task.path), plugins, Path(task.outdir), task.keep, previous, task.name)


def _crashed(task: Check, why: str, seconds: float) -> tuple[Check, list[dict]]:
    """The row of a report whose worker died (check's rows keep no time: ``seconds`` is not used)."""
    return task, [dict(file=task.name or task.path, rule=UNREADABLE, severity=ERROR, place="", message=why.replace(
        "未生成文件", "未能检查").replace("渲染", "检查").replace(task.path, task.name or task.path))]


def last_year_reports(folder: Path, plugins, target: Path, kept: bool = False):
    """Last year's reports in ``folder`` for the cross-year rules, and a row for each that cannot be read (for the old
    Word, WPS and RTF files left unread without LibreOffice, one note row of the folder).

    Its data files are used as they are; its published reports are imported into ``target`` first
    (as ``<name>.docx.yaml`` …), so that both are matched by agency and year like ``--previous-dir``'s. ``kept``:
    ``target`` is in the folder ``check -o`` named (not a temporary one), for the fix of a data file not written.
    """
    from ..previous import PreviousReports, places_file
    from ..write import clipped, write_atomic
    from . import NeedsLibreOffice, import_file, importer_for, libreoffice

    try:
        entries = sorted((f, f.is_file()) for f in folder.iterdir())
    except OSError as exc:  # a folder the user may not read: said before any report is checked, not a traceback
        raise ReportkitError(f"{folder}: 上年报告所在的文件夹打不开（{unlisted_reason(exc)}），没有检查：请让管理员给这个文件夹读取权限"
                             "（或换一个有权限的账号），或把上年报告复制到可以打开的文件夹，再用 --previous-dir 指定它") from None
    published = [f for f, is_file in entries if is_file and not system_file(f.relative_to(folder).parts)
                 and (importer_for(f, plugins) or f.suffix.lower() in libreoffice.SUFFIXES)]
    if not published:
        return PreviousReports(plugins.registry, folder=folder), []
    target.mkdir(parents=True, exist_ok=True)
    for data, is_file in entries:
        if is_file and data.suffix.lower() in (".yaml", ".yml"):
            shutil.copyfile(data, target / data.name)
    rows, lacking, sources, named = [], [], {}, set()
    for n, path in enumerate(published, 1):
        data = target / f"{clipped(windows_name(path.stem))}{path.suffix}.yaml"  # kept with -o: a name Windows takes
        if data.name.casefold() in named:  # 年报?.pdf beside 年报_.pdf, 年报.PDF beside 年报.pdf
            data = data.with_name(f"{n:03d}-{data.name}")
        named.add(data.name.casefold())
        try:
            result = import_file(path, plugins, outdir=target / f"{n:03d}")
            result.target.rename(data)
            write_atomic(places_file(data), json.dumps([[list(key), place] for key, place in result.imported.places.items()],
                                                       ensure_ascii=False).encode("utf-8"))
        except NeedsLibreOffice:
            lacking.append(path.name)
            continue
        except RenderError as exc:
            rows.append(_unchecked(str(path), exc, "上年报告导入后写不出，未做跨年度检查", kept))
            continue
        except ReportkitError as exc:
            rule = _refused(exc)
            rows.append(dict(file=str(path), rule=rule, severity=ERROR, place="", message=f"上年报告"
                             f"{'不是年度报告' if rule == NOT_ANNUAL else '无法读取'}，未做跨年度检查：{exc.format_message()}"))
            continue
        sources[data.resolve()] = str(path)
    if lacking:
        rows.append(dict(file=str(folder), rule="previous-unread", severity=NOTE, place="", message=(
            f"{len(lacking)} 份上年报告（{'、'.join(lacking[:3])}{' 等' if len(lacking) > 3 else ''}）是旧版 Word、WPS 或 RTF "
            "文件，没有找到 LibreOffice，未读取，与之对应的报告未做跨年度检查：安装 LibreOffice 后重新检查，"
            "或用 Word、WPS 把它们另存为 .docx")))
    return PreviousReports(plugins.registry, folder=target, sources=sources), rows


def check_rows(path: Path, plugins, outdir: Path, keep: bool = False, previous=None, name: str = "") -> list[dict]:
    """The rows of one report, named ``name`` (else ``path``): one per finding, or one ``ok`` row, each with the
    report's agency and year; an unreadable file is one ``unreadable`` row.

    A finding of the data names its place in the imported YAML only when that file is ``keep``-t, and is worded for
    whom reads the published report (its ``published`` wording, where it has one). With ``previous`` the cross-year
    rules run too; that no report of last year was found is a ``note`` row.
    """
    from ..default_plugins.annual_report import PARAGRAPHS
    from ..limits import FIGURE_WIDTH
    from . import import_file
    from .frame import Imported

    name = name or str(path)
    try:
        result = import_file(path, plugins, outdir=outdir, draft=True, previous=previous, blank_as_zero=True)
    except RenderError as exc:
        return [_unchecked(name, exc, "未能检查", keep)]
    except ReportkitError as exc:
        return [dict(file=name, rule=_refused(exc), severity=ERROR, place="",
                     message=exc.format_message().replace(str(path), name))]
    rows = [dict(file=name, rule=f"import-{f.rule}", severity=_filed(f),
                 place=f.place, message=f.published or f.message) for f in result.findings]
    held = _placeholder_lines(result)
    imported = result.imported or Imported({})
    title = imported.place(("title",))
    said = any(f.rule == "metadata" and f.place == title for f in result.findings)  # “标题里没有报告年度…”
    for d in result.diagnostics:
        if d.line in held:
            continue  # the value left as a placeholder is already reported by its import finding
        if said and d.rule == "R11" and d.path == ("title",):
            continue  # a title without the year: the import's finding says so, and where the year was taken from
        if d.rule in (FIGURE_WIDTH, PARAGRAPHS.id):
            continue  # a figure reportkit's page would print broken, a paragraph's typing: the report is as printed
        own = d.file is None or Path(d.file) == result.target  # not last year's report's (--previous-dir)
        place = (imported.place(d.path) if own else "") or (f"{d.file}:{d.line}:{d.col}" if keep and d.line else "")
        broken = d.rule is None and d.plugin is not None and not d.plugin.startswith("reportkit.")  # a rule that raised
        rows.append(dict(file=name, rule=d.rule or (PLUGIN_FAILED if broken else "note" if d.severity == NOTE else "data"),
                         severity=d.severity, place=place, message=d.published or d.message))
    if all(row["severity"] == NOTE for row in rows):
        rows.append(dict(file=name, rule="ok", severity="", place="", message="未发现问题"))
    about = {key: imported.data.get(key, "") for key in ("agency", "year")}
    about = {key: value if isinstance(value, (str, int)) and not PLACEHOLDER.search(str(value)) else ""
             for key, value in about.items()}  # the workbook's columns to sort by: none where the import left a gap
    return [{**row, **about} for row in rows]


def _refused(exc: ReportkitError) -> str:
    """The rule of a file the import refused: readable but no annual report, or unreadable."""
    from .annual import NotAnnualReport

    return NOT_ANNUAL if isinstance(exc, NotAnnualReport) else UNREADABLE


def _unchecked(name: str, exc: RenderError, what: str, kept: bool) -> dict:
    """The row of a report whose imported data could not be written (an import's only :class:`RenderError`): the
    fault is reportkit's folder, not the report's; the fix follows why (``kept``: the folder is the one ``-o`` named,
    else a temporary one)."""
    from ..write import WriteFailed

    folder = " -o 文件夹" if kept else "文件夹（用 -o 指定，或用环境变量 TMPDIR 换一个临时文件夹）"
    why = exc.errno if isinstance(exc, WriteFailed) else None
    fix = (f"请把报告的文件名改短一些，或换一个路径短一些的{folder}后重新检查" if why == errno.ENAMETOOLONG else
           f"请腾出磁盘空间，或换一个在别的磁盘上的{folder}后重新检查" if why in (errno.ENOSPC, errno.EDQUOT) else
           f"请换一个可以写入的{folder}后重新检查" if why in (errno.EACCES, errno.EPERM, errno.EROFS) else
           f"请换一个空的{folder}后重新检查" if why in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR) else
           f"请重新检查，检查途中不要移走或删除{folder}" if why == errno.ENOENT else f"请换一个{folder}后重新检查")
    return dict(file=name, rule=UNCHECKED, severity=ERROR, place="", message=f"{what}：{exc.format_message()}；这不是报告的问题：{fix}")


def _placeholder_lines(result: ImportResult) -> set[int]:
    text = result.target.read_text(encoding="utf-8") if result.target else ""
    return {n for n, line in enumerate(text.splitlines(), 1) if PLACEHOLDER.search(line)}
