"""``reportkit check`` over a folder of 50 generated published reports lists exactly the planted faults."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import render_source

PLUGINS = load_plugins()
EXAMPLES = (Path("examples/sample-2021.yaml"), Path("examples/xinzhou-2020.yaml"))


def _variant(example: Path, n: int, folder: Path) -> Path:
    """``example`` as another agency's report, so that 50 reports differ."""
    text = example.read_text(encoding="utf-8")
    agency = re.search(r"^agency: (.+)$", text, re.M).group(1)
    target = folder / f"report{n:02d}.yaml"
    target.write_text(text.replace(agency, f"第{n}号{agency}"), encoding="utf-8")
    return target


def _blank_cell(html: str) -> str:
    """Table 三's 上年结转 科研机构 cell, a 0, left blank: one import-cells row; read as 0, the figures still agree."""
    return re.sub(r"(上年结转政府信息公开申请数量</td>\s*(?:<td[^>]*>\d+</td>\s*){2}<td[^>]*>)0", r"\1", html, count=1)


def _wrong_total(html: str) -> str:
    """Table 四's 行政复议 总计 off by one."""
    cells = list(re.finditer(r"(<td class=\"center\">)(\d+)(</td>)", html))
    last_row = cells[-15:]
    total = last_row[4]
    return html[:total.start(2)] + str(int(total.group(2)) + 1) + html[total.end(2):]


def _no_problems_section(html: str) -> str:
    """Section 五 (存在的主要问题及改进情况) left out, with everything below its heading."""
    return re.sub(r"<h2>五、.*?(?=<h2>六、)", "", html, count=1, flags=re.S)


FAULTS = {"blank": (_blank_cell, "import-cells"), "total": (_wrong_total, "R5"),
          "section": (_no_problems_section, "import-sections")}


@pytest.mark.slow
def test_check_lists_exactly_the_planted_faults(tmp_path):
    data, published = tmp_path / "data", tmp_path / "published"
    data.mkdir()
    published.mkdir()
    planted: set[tuple[str, str]] = set()
    for n in range(50):
        source = _variant(EXAMPLES[n % 2], n, data)
        fmt = "docx" if n % 10 == 9 else "pdf" if n == 20 else "html"
        path = render_source(source, fmt, published, PLUGINS)
        fault = ("blank", "total", "section", None, None)[n % 5] if fmt == "html" else None
        if fault:
            change, rule = FAULTS[fault]
            changed = change(path.read_text(encoding="utf-8"))
            assert changed != path.read_text(encoding="utf-8")
            path.write_text(changed, encoding="utf-8")
            planted.add((str(path), rule))
    damaged = published / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a docx")
    planted.add((str(damaged), "unreadable"))

    result = CliRunner().invoke(cli, ["check", str(published), "--report", str(tmp_path / "report.csv")])
    with open(tmp_path / "report.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    found = {(r["file"], r["rule"]) for r in rows if r["rule"] != "ok"}
    assert found == planted
    assert len([r for r in rows if r["rule"] != "ok"]) == len(planted)  # one row per fault
    assert len({r["file"] for r in rows}) == 51
    assert result.exit_code == 1
    assert "  表格的格（import-cells）：" in result.output and "共检查 51 份报告" in result.output


def test_check_reads_blank_cells_as_0_and_finds_the_totals_they_break(tmp_path):
    """Published tables often leave a cell blank for 0, and now and then a row they should have filled (the
    （七）总计 below figures): check reads a blank as 0, says which cells of which row were blank, one row each,
    and the consistency rules run on what the page shows; a blank total is one error of its own; before, every blank was a placeholder of its own
    and no rule could run. ``import`` still leaves each blank a placeholder for the clerk to fill."""
    path = render_source(EXAMPLES[1], "html", tmp_path, PLUGINS)
    html = path.read_text(encoding="utf-8")
    start = html.index("（七）总计</td>")
    row = html[start:html.index("</tr>", start)]
    html = html.replace(row, re.sub(r">\d+<", "><", row))
    html = re.sub(r"(本年新收政府信息公开申请数量</td>\s*<td[^>]*>\d+</td>\s*<td[^>]*>)0", r"\1", html, count=1)
    html = re.sub(r"(上年结转政府信息公开申请数量</td>\s*<td[^>]*>)0", r"\1—", html, count=1)
    path.write_text(html, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path), "--report", str(tmp_path / "r.csv")])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = [(r["rule"], r["message"]) for r in csv.DictReader(f)]
    assert [m for rule, m in rows if rule == "import-cells"] == [
        "整行空白（或只写“—”“/”“无”、只印了 0）的 1 行已按 0 导入（已发布的报告常把 0 留空）："
        "表三“二、上年结转政府信息公开申请数量”；其中确实不是 0 的，请核对原件",  # its other cells print 0
        "表三“一、本年新收政府信息公开申请数量”一行的“商业企业”空白，已按 0 核对勾稽关系"]
    # A total printed blank is a fault of the page, not a 0 typed: one error row (it was R2 “而填写的总计为 0”, four times).
    assert [(rule, m) for rule, m in rows if rule not in ("import-cells",)] == [
        ("import-totals", "表三“（七）总计”一行全部空白，总计应为各项之和，未印出；按各项之和核对")]
    assert result.exit_code == 1
    imported = CliRunner().invoke(cli, ["import", str(path), "-o", str(tmp_path / "data")])
    assert "表三“（七）总计”“自然人”：空白，请按原始台账填写" in imported.output
    assert "【请填写：表三“（七）总计”“自然人”（原文空白）】" in (tmp_path / "data" / "xinzhou-2020.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_check_lists_a_report_without_part_six(tmp_path, example):
    """六、其他需要报告的事项 is a part the 2019 and 2021 formats require: a report without it was ok. A part 六
    saying only what reportkit prints when there is nothing else (本年度没有其他需要报告的事项, or 2021's sentence
    on the 信息处理费 alone) is no finding."""
    page = render_source(example, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    (tmp_path / "site").mkdir()
    without, only = tmp_path / "site" / "without.html", tmp_path / "site" / "only.html"
    without.write_text(re.sub(r"<h2>六、.*?(?=<div class=\"signature)", "", page, count=1, flags=re.S), encoding="utf-8")
    only.write_text(page.replace("<p>本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。</p>", ""), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "site"), "--report", str(tmp_path / "r.csv")])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = [(Path(r["file"]).name, r["rule"], r["message"]) for r in csv.DictReader(f)]
    assert rows == [("only.html", "ok", "未发现问题"),
                    ("without.html", "import-sections", "没有找到“其他需要报告的事项”部分")]
    assert result.exit_code == 1


def _die_on_kill(task):
    """check's worker function, killing its process for the report named kill.html (tests only)."""
    import os

    from reportkit.importers.commands import check_task

    if Path(task.path).name == "kill.html":
        os._exit(3)
    return check_task(task)


def test_check_on_all_cores_lists_the_same_rows_in_the_same_order(tmp_path, monkeypatch):
    """``check -j`` (default: every core) checks reports in worker processes, cross-year rules too; its report is
    the one ``-j 1`` writes, row for row. A report whose worker dies is an ``unreadable`` row, the others go on."""
    from reportkit.importers import commands

    published, previous = tmp_path / "published", tmp_path / "previous"
    published.mkdir()
    previous.mkdir()
    for n in range(4):
        path = render_source(_variant(EXAMPLES[n % 2], n, tmp_path), "html", published, PLUGINS)
        if n == 1:
            path.write_text(_wrong_total(path.read_text(encoding="utf-8")), encoding="utf-8")
    last_year = _variant(EXAMPLES[1], 0, previous)
    last_year.write_text(last_year.read_text(encoding="utf-8").replace("year: 2020", "year: 2019"), encoding="utf-8")
    (published / "damaged.pdf").write_bytes(b"%PDF-1.4 cut short")
    reports = {}
    for jobs in ("1", "2"):
        result = CliRunner().invoke(cli, ["check", str(published), "--previous-dir", str(previous), "-j", jobs,
                                          "--report", str(tmp_path / f"j{jobs}.csv")])
        assert result.exit_code == 1
        reports[jobs] = (tmp_path / f"j{jobs}.csv").read_text(encoding="utf-8-sig")
    assert reports["1"] == reports["2"]
    rules = [line.split(",")[1] for line in reports["1"].splitlines()[1:]]
    assert "R5" in rules and "unreadable" in rules and "note" in rules and "ok" in rules

    killer = published / "kill.html"
    killer.write_text((published / "report00.html").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(commands, "check_task", _die_on_kill)
    result = CliRunner().invoke(cli, ["check", str(published), "-j", "2", "--report", str(tmp_path / "k.csv")])
    with open(tmp_path / "k.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    (dead,) = [r for r in rows if r["file"] == str(killer)]
    assert (dead["rule"], dead["message"]) == ("unreadable", "处理这个文件时工作进程意外退出（内存不足或排版引擎崩溃），未能检查；"
                                                             "其余文件不受影响。请用 -j 1 单独处理它以查看原因")
    assert len({r["file"] for r in rows}) == 6 and result.exit_code == 1


def test_check_writes_json_with_a_summary_by_rule(tmp_path):
    path = render_source(EXAMPLES[0], "html", tmp_path, PLUGINS)
    path.write_text(_wrong_total(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path), "--report", str(tmp_path / "r.json"),
                                      "-o", str(tmp_path / "kept")])
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"R5": 1}
    assert [r["rule"] for r in report["rows"]] == ["R5"]
    assert (tmp_path / "kept" / "001" / "sample-2021.yaml").exists()
    assert re.fullmatch(r"第 \d+ 个表格第 \d+ 行", report["rows"][0]["place"])  # in the page, not the kept data file
    assert "行政复议" in report["rows"][0]["message"]
    assert result.exit_code == 1


def test_check_without_a_report_file_prints_each_finding_in_the_report_s_order(tmp_path):
    """``check`` refused to run without ``--report`` (缺少选项“--report”): a reviewer checking a report or two had to
    open a results file. Without it, each row is a line ``file:place: severity: rule: message`` on standard output,
    in the results file's order, then the summary; the exit code is the same."""
    site = tmp_path / "site"
    site.mkdir()
    faulty = render_source(EXAMPLES[0], "html", site, PLUGINS)
    faulty.write_text(_no_problems_section(_wrong_total(faulty.read_text(encoding="utf-8"))), encoding="utf-8")
    render_source(EXAMPLES[1], "html", site, PLUGINS)
    written = CliRunner().invoke(cli, ["check", str(site), "-j", "1", "--report", str(tmp_path / "r.csv")])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    printed = CliRunner().invoke(cli, ["check", str(site), "-j", "1"])
    assert printed.exit_code == written.exit_code == 1
    assert [r["rule"] for r in rows] == ["import-sections", "R5", "ok"]
    assert printed.stdout.splitlines() == [
        *(f"{r['file']}{':' + r['place'] if r['place'] else ''}: {r['severity']}: {r['rule']}: {r['message']}"
          for r in rows[:2]),
        f"{site / 'xinzhou-2020.html'}: 未发现问题",
        "共检查 2 份报告：1 份未发现问题，1 份有问题",
        "  表四各组总计（R5）：1 处",
        "  报告的部分（import-sections）：1 处"]
    assert re.fullmatch(r"第 \d+ 个表格第 \d+ 行", rows[1]["place"])
    assert not list(tmp_path.glob("*.json")) and sorted(p.name for p in site.iterdir()) == [
        "sample-2021.html", "xinzhou-2020.html"]


def test_check_refuses_another_report_format(tmp_path):
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--report", str(tmp_path / "r.txt")])
    assert result.exit_code == 2
    assert f"error: --report：“{tmp_path / 'r.txt'}”：结果文件的扩展名应为 .json、.csv 或 .xlsx" in result.output


def test_check_refuses_a_report_named_as_one_of_the_reports_it_checks(tmp_path):
    """The check is the same as render's: a --report that is one of the files given was replaced by the results."""
    named = tmp_path / "r.json"
    named.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(named), "--report", str(named)])
    assert result.exit_code == 2 and named.read_text(encoding="utf-8") == "{}"
    assert f"error: --report：“{named}”是要检查的报告之一，结果会替换掉它：请另取一个文件名，如 结果.csv" in result.output


def _refused_in(monkeypatch, locked) -> None:
    """No temporary file can be made in a folder that ``locked(folder)`` says is locked (as without write permission:
    root writes anywhere)."""
    import tempfile

    mkstemp = tempfile.mkstemp

    def refuse(*args, dir=None, **kwargs):
        if locked(Path(dir)):
            raise PermissionError(13, "Permission denied")
        return mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


@pytest.mark.parametrize("option", ["--report", "-o"])
def test_check_refuses_a_report_or_output_folder_it_cannot_write_before_checking(tmp_path, monkeypatch, option):
    """A --report in a folder without write permission was found unwritable after every report had been checked (all
    the results lost); an unwritable -o made every report “unreadable”, with a message about the reviewer's folder."""
    from reportkit.importers import commands

    path = render_source(EXAMPLES[0], "html", tmp_path, PLUGINS)
    locked = tmp_path / "locked"
    _refused_in(monkeypatch, lambda folder: folder == locked)
    monkeypatch.setattr(commands, "check_rows", lambda *args, **kwargs: pytest.fail("a report was checked"))
    report = locked / "r.csv" if option == "--report" else tmp_path / "r.csv"
    result = CliRunner().invoke(cli, ["check", str(path), "-j", "1", "--report", str(report),
                                      *(["-o", str(locked)] if option == "-o" else [])])
    assert result.exit_code == 1 and not report.exists()
    assert result.output == {
        "--report": f"{report}: error: 无法写入输出文件夹“{locked}”（没有写入权限），未检查任何报告\n",
        "-o": f"error: 无法写入输出文件夹“{locked}”（没有写入权限），未检查任何报告：请用 -o 换一个可以写入的文件夹，或不用 -o\n",
    }[option]


def test_a_data_file_check_cannot_write_is_no_fault_of_the_report(tmp_path, monkeypatch):
    """The imported data that could not be written (a full disk in the middle of a run) made the report
    “unreadable”: a problem of the reviewer's folder was counted against the agency's report."""
    path = render_source(EXAMPLES[0], "html", tmp_path, PLUGINS)
    previous = tmp_path / "previous"
    previous.mkdir()
    render_source(PAIRS[0][0], "html", previous, PLUGINS)
    kept = tmp_path / "kept"
    _refused_in(monkeypatch, lambda folder: folder.name == "001")  # each report's folder, not -o itself
    result = CliRunner().invoke(cli, ["check", str(path), "-j", "1", "-o", str(kept), "--previous-dir", str(previous),
                                      "--report", str(tmp_path / "r.csv")])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (f"共检查 1 份报告：0 份未发现问题，0 份有问题，1 份未能检查"
                                             f"（reportkit 写不出导入的数据文件，见“未能检查（unchecked）”行）；结果已写入 {tmp_path / 'r.csv'}")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    last_year = previous / f"{PAIRS[0][0].stem}.html"
    assert {name: row["rule"] for name, row in rows.items()} == {str(last_year): "unchecked", str(path): "unchecked"}
    assert rows[str(path)]["message"] == (
        f"未能检查：{kept / '001' / f'{path.stem}.yaml'}: 无法写入输出文件夹“{kept / '001'}”（没有写入权限）；"
        "这不是报告的问题：请换一个可以写入的 -o 文件夹后重新检查")
    assert rows[str(last_year)]["message"].startswith("上年报告导入后写不出，未做跨年度检查：")


def test_check_without_a_writable_temporary_folder_names_tmpdir_before_checking(tmp_path, monkeypatch):
    """With no writable temporary folder at all, check ended in a traceback."""
    import errno
    import tempfile

    def nowhere(*args, **kwargs):
        raise FileNotFoundError(errno.ENOENT, "No usable temporary directory found")

    path = render_source(EXAMPLES[0], "html", tmp_path, PLUGINS)
    monkeypatch.setattr(tempfile, "gettempdir", nowhere)
    monkeypatch.setattr(tempfile, "mkdtemp", nowhere)
    result = CliRunner().invoke(cli, ["check", str(path), "--report", str(tmp_path / "r.csv")])
    assert result.exit_code == 1 and not (tmp_path / "r.csv").exists()
    assert result.output == "error: 找不到可以写入的临时文件夹：请用环境变量 TMPDIR 指定一个可以写入的文件夹；未检查任何报告\n"


@pytest.mark.parametrize("value", ["abc", "0"])
def test_check_names_a_bad_reportkit_jobs(tmp_path, value):
    result = CliRunner(env={"REPORTKIT_JOBS": value}).invoke(cli, ["check", str(tmp_path), "--report",
                                                                   str(tmp_path / "r.csv")])
    assert result.exit_code == 2 and not (tmp_path / "r.csv").exists()
    assert result.output.startswith(f"error: 环境变量 REPORTKIT_JOBS：值“{value}”无效：进程数应为不小于 1 的整数")


def test_check_lists_a_report_it_cannot_read_and_says_how_to_convert_it(tmp_path):
    """A folder's .doc and .wps reports were left out unseen ("共检查 1 份"), and a .doc named on the command line
    was not checked at all; each is now an unreadable row saying how to convert it. Other files stay out."""
    folder = tmp_path / "年报"
    folder.mkdir()
    render_source(EXAMPLES[0], "html", folder, PLUGINS)
    (folder / "旧格式.doc").write_bytes(b"\xd0\xcf\x11\xe0 not read")
    (folder / "另一份.wps").write_bytes(b"\xd0\xcf\x11\xe0 not read")
    (folder / "封面.jpg").write_bytes(b"\xff\xd8 not a report")
    named = tmp_path / "单独一份.doc"
    named.write_bytes(b"\xd0\xcf\x11\xe0 not read either")  # not a copy of 旧格式.doc, which is checked once
    result = CliRunner().invoke(cli, ["check", str(folder), str(named), "--report", str(tmp_path / "r.csv")])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"共检查 4 份报告：1 份未发现问题，3 份有问题；结果已写入 {tmp_path / 'r.csv'}"
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as f:
        rows = {Path(row["file"]).name: row for row in csv.DictReader(f)}
    assert set(rows) == {f"{EXAMPLES[0].stem}.html", "旧格式.doc", "另一份.wps", "单独一份.doc"}
    assert rows["旧格式.doc"]["rule"] == "unreadable"
    assert rows["旧格式.doc"]["message"].endswith("；旧版 Word 文件请先用 Word 或 WPS 另存为 .docx")
    assert rows["另一份.wps"]["message"].endswith("；WPS 文件请先用 WPS 另存为 .docx")
    assert rows["单独一份.doc"]["rule"] == "unreadable"


PAIRS = ((Path("examples/previous/sample-2022.yaml"), EXAMPLES[0]),
         (Path("examples/previous/xinzhou-2019.yaml"), EXAMPLES[1]))


def _carried_one_more(text: str) -> str:
    """Last year's 自然人 结转下年度 one more (and 本年新收 one more, so that last year still adds up):
    this year's 上年结转 no longer matches it (R7)."""
    text, changed = re.subn(r"(new_received: \{natural_person: )(\d+)", lambda m: m[1] + str(int(m[2]) + 1), text)
    text, also = re.subn(r"(carried_forward: \{natural_person: )(\d+)", lambda m: m[1] + str(int(m[2]) + 1), text)
    assert changed == also == 1
    return text


def test_check_previous_dir_lists_exactly_the_planted_cross_year_fault(tmp_path):
    """Four agencies, two years. Last year's reports are published pages (imported first) or data files."""
    data, this_year, last_year = tmp_path / "data", tmp_path / "2023", tmp_path / "2022"
    for folder in (data, this_year, last_year):
        folder.mkdir()
    planted = None
    for n in range(4):
        before, after = PAIRS[n % 2]
        current = render_source(_variant(after, n, data), "html" if n < 3 else "docx", this_year, PLUGINS)
        previous = _variant(before, n, data)
        previous = previous.rename(data / f"last{n:02d}.yaml")
        if n == 2:  # the planted fault, in a published page of last year
            previous.write_text(_carried_one_more(previous.read_text(encoding="utf-8")), encoding="utf-8")
            planted = str(current)
        if n % 2 == 0:
            render_source(previous, "html", last_year, PLUGINS)
        else:
            previous.replace(last_year / previous.name)

    result = CliRunner().invoke(cli, ["check", str(this_year), "--previous-dir", str(last_year),
                                      "--report", str(tmp_path / "report.json")])
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    problems = [(r["file"], r["rule"]) for r in report["rows"] if r["rule"] not in ("ok", "note")]
    assert problems == [(planted, "R7")]
    assert not [r for r in report["rows"] if r["rule"] == "note"]  # every report found last year's
    assert report["summary"] == {"R7": 1}
    message = next(r["message"] for r in report["rows"] if r["rule"] == "R7")
    assert "上年结转“自然人”列为" in message and f"上年报告（{last_year / 'last02.html'} 第 2 个表格第 28 行）" in message
    assert result.exit_code == 1

    # Without last year's reports, no cross-year rule runs: the same folder is clean.
    result = CliRunner().invoke(cli, ["check", str(this_year), "--report", str(tmp_path / "alone.json")])
    assert json.loads((tmp_path / "alone.json").read_text(encoding="utf-8"))["summary"] == {}
    assert result.exit_code == 0


def test_check_previous_dir_notes_a_report_without_last_year(tmp_path):
    path = render_source(EXAMPLES[0], "html", tmp_path, PLUGINS)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["check", str(path), "--previous-dir", str(empty),
                                      "--report", str(tmp_path / "r.csv")])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["rule"] for r in rows] == ["note", "ok"]
    assert rows[0]["message"].startswith(f"{empty} 中没有 某县自然资源局 2022 年度的报告")
    assert result.exit_code == 0


_SIX_2021 = re.compile(r"<tr[^>]*>\s*<td class=\"center\" rowspan=\"3\">（六）其他处理</td>.*?(?=<tr[^>]*>\s*<td class=\"left\" colspan=\"2\">（七）)", re.S)
_SIX_2019 = re.compile(r"<tr[^>]*>\s*<td class=\"left\" colspan=\"2\">（六）其他处理</td>.*?</tr>\s*", re.S)


def _row(label: str, cells: list[int], span: str = ' colspan="2"') -> str:
    return f'<tr><td class="left"{span}>{label}</td>' + "".join(f'<td class="center">{n}</td>' for n in cells) + "</tr>"


def _results_rows(html: str, more: int) -> str:
    """The page with its 三、本年度办理结果 cell spanning ``more`` rows more (or fewer)."""
    return re.sub(r'rowspan="(\d+)">三、本年度办理结果', lambda m: f'rowspan="{int(m[1]) + more}">三、本年度办理结果', html, count=1)


@pytest.mark.parametrize("example, change, note", [
    (EXAMPLES[0], lambda html: _SIX_2021.sub(_row("（六）其他处理", [3, 0, 0, 0, 0, 1, 4]), _results_rows(html, -2), count=1),
     "2021 版表三的“（六）其他处理”应分三行，原文只印了一行（自然人3，商业企业0，科研机构0，社会公益组织0，法律服务机构0，其他1，总计4）："
     "已记入“3.其他”一行核对勾稽关系"),
    (EXAMPLES[1], lambda html: _SIX_2019.sub(
        '<tr><td class="center" rowspan="3">（六）其他处理</td>' + _row("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                                                 [1, 0, 0, 0, 0, 0, 1], "")[4:]
        + _row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0] * 7, "")
        + _row("3.其他", [0] * 7, ""), _results_rows(html, 2), count=1),
     "2019 版表三的“（六）其他处理”只有一行，原文按 2021 版分 3 行印出：已相加为一行")])
def test_check_reads_table_three_s_other_handling_in_the_other_edition_s_rows(tmp_path, example, change, note):
    """（六）其他处理 printed in one row of a 2021 table, or in three of a 2019 one: its cells were placeholders, and
    every rule reading them (R1, R2) was skipped, a wrong （七）总计 unsaid. Here each has one 自然人 too many."""
    path = render_source(example, "html", tmp_path, PLUGINS)
    html = path.read_text(encoding="utf-8")
    path.write_text(change(html), encoding="utf-8")
    assert path.read_text(encoding="utf-8") != html
    CliRunner().invoke(cli, ["check", str(path), "--report", str(tmp_path / "r.csv")])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = [(r["rule"], r["message"]) for r in csv.DictReader(f)]
    assert [m for rule, m in rows if rule.startswith("import")] == [note]
    [r2] = [m for rule, m in rows if not rule.startswith("import")]
    assert r2.startswith("表三 第“（七）总计”行 “自然人”列：") and "；“总计”列也因此不符：" in r2


def _archive(html: str) -> bytes:
    """``html`` saved by a browser as one file (.mht): a MIME message, the page quoted-printable."""
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related")
    archive.attach(MIMEText(html, "html", "utf-8"))
    return archive.as_bytes()


def test_a_saved_web_page_s_chrome_is_no_problem_and_an_mht_page_is_checked(tmp_path):
    """A page whose only findings were its site's navigation, date line and footer left out (as every site's page
    has) was counted as a report with problems, never ok; a folder's .mht pages were skipped without a row."""
    page = render_source(EXAMPLES[0], "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    body = page.index(">", page.index("<body")) + 1
    site = (page[:body] + "<p>首页 &gt; 政务公开 &gt; 年度报告</p>" + page[body:page.index("<h1")]
            + page[page.index("<h1"):page.index("</h1>") + 5] + "<p>发布日期：2024-01-26 浏览次数：12</p>"
            + page[page.index("</h1>") + 5:page.index("</body>")] + "<p>主办单位：某县人民政府办公室 ICP备00000000号</p></body></html>")
    folder = tmp_path / "published"
    folder.mkdir()
    (folder / "site.html").write_text(site, encoding="utf-8")
    (folder / "saved.mht").write_bytes(_archive(page))
    report = tmp_path / "r.csv"
    result = CliRunner().invoke(cli, ["check", str(folder), "--report", str(report), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "共检查 1 份报告：1 份未发现问题，0 份有问题；另有 1 份是同一机关同一年度的报告的另一种格式" in result.output
    with report.open(encoding="utf-8-sig") as handle:
        rows = [(Path(r["file"]).name, r["rule"], r["severity"]) for r in csv.DictReader(handle)]
    assert ("saved.mht", "ok", "") in rows and ("site.html", "ok", "") in rows
    assert ("site.html", "other-format", "note") in rows  # the same report as saved.mht: counted once
    skipped = [row for row in rows if row[0] == "site.html" and row[1] not in ("ok", "other-format")]
    assert skipped and all(rule == "import-skipped" and severity == "note" for _, rule, severity in skipped)


def test_an_empty_file_and_a_dangling_link_are_rows_of_their_own(tmp_path):
    """A link to a file that is gone was skipped without a row; an empty .docx said “PackageNotFoundError”."""
    folder = tmp_path / "published"
    folder.mkdir()
    (folder / "empty.docx").write_bytes(b"")
    try:
        (folder / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    except OSError:  # Windows without the right to make links
        pytest.skip("no symbolic links here")
    report = tmp_path / "r.csv"
    result = CliRunner().invoke(cli, ["check", str(folder), "--report", str(report), "-j", "1"])
    assert result.exit_code == 1
    with report.open(encoding="utf-8-sig") as handle:
        rows = {Path(r["file"]).name: (r["rule"], r["message"]) for r in csv.DictReader(handle)}
    assert rows == {
        "empty.docx": ("unreadable", f"{folder / 'empty.docx'}: 文件是空的（0 字节），无法导入：请重新下载或另存这份报告"),
        "gone.pdf": ("unreadable", f"{folder / 'gone.pdf'}: 文件不存在（或是指向已不存在的文件的链接）")}


def test_check_s_help_names_every_format_the_importers_read():
    """The help listed .docx .html .htm .pdf .txt; the importers read .shtml, .mht and .mhtml too."""
    from click.testing import CliRunner

    from reportkit.cli import cli
    from reportkit.plugins import load_plugins

    shown = " ".join(CliRunner().invoke(cli, ["check", "--help"]).output.split())
    assert [s for i in load_plugins().registry.importers for s in i.suffixes if s not in shown.split()] == []
