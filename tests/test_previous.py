"""Last year's report beside this year's (issue 10): --previous, --previous-dir, the cross-year rules
R7 R8 R15 R16, text against tables (R9), the 总体情况 topics (R14) and init --from.

Every fault is asserted at its FILE:LINE:COL, found in the file's text by the test itself.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
XINZHOU, XINZHOU_2019 = EXAMPLES / "xinzhou-2020.yaml", EXAMPLES / "previous" / "xinzhou-2019.yaml"
SAMPLE, SAMPLE_2022 = EXAMPLES / "sample-2021.yaml", EXAMPLES / "previous" / "sample-2022.yaml"
ANNUAL_REPORTS = sorted(p for p in EXAMPLES.glob("*.yaml") if "kind: annual-report" in p.read_text(encoding="utf-8"))


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def edited(tmp_path: Path, source: Path, *changes: tuple[str, str], name: str | None = None) -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    target = tmp_path / (name or source.name)
    target.write_text(text, encoding="utf-8")
    return target


def at(path: Path, line_text: str, piece: str | None = None) -> str:
    """``PATH:LINE:COL`` of ``piece`` (default: the line's first non-blank) on the first line containing ``line_text``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line_text in line:
            col = line.index(piece, line.index(line_text)) if piece else len(line) - len(line.lstrip())
            return f"{path}:{number}:{col + 1}"
    raise AssertionError(line_text)


def warnings(output: str, rule: str) -> list[str]:
    return [line for line in output.splitlines() if f"（{rule}）" in line]


# The examples and their previous years --------------------------------------------------
@pytest.mark.parametrize("this, last", [(XINZHOU, XINZHOU_2019), (SAMPLE, SAMPLE_2022)])
def test_examples_carry_over_from_their_previous_year(this, last):
    result = run("validate", this, "--previous", last, "--strict")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output and "error" not in result.output


def test_previous_year_examples_are_valid_on_their_own():
    result = run("validate", XINZHOU_2019, SAMPLE_2022, "--strict")
    assert result.exit_code == 0, result.output


# R7 ---------------------------------------------------------------------------------------
def test_r7_carried_over_differs_from_last_years_carried_forward(tmp_path):
    last = edited(tmp_path, XINZHOU_2019, ("new_received: {natural_person: 3,", "new_received: {natural_person: 4,"),
                  ("    carried_forward: {}", "    carried_forward: {natural_person: 1}"))
    result = run("validate", XINZHOU, "--previous", last)
    assert result.exit_code == 0, result.output
    [line] = warnings(result.output, "R7")
    assert line.startswith(f"{at(XINZHOU, 'carried_over: {}', '{')}: warning: 表三 二、上年结转“自然人”列为 0")
    assert f"上年报告（{at(last, 'carried_forward: {natural_person: 1}', '1')}）四、结转下年度继续办理为 1" in line


def test_r7_is_listed_beside_this_year_s_own_errors(tmp_path):
    """With an error of its own (here R3), the report's cross-year rules were not run at all, unsaid: a reviewer's
    `check --previous-dir` listed the R3 and not the carried-over figure that disagrees with last year."""
    last = edited(tmp_path, XINZHOU_2019, ("new_received: {natural_person: 3,", "new_received: {natural_person: 4,"),
                  ("    carried_forward: {}", "    carried_forward: {natural_person: 1}"))
    this = edited(tmp_path, XINZHOU, ("public_welfare_organization: 2, total: 6}", "public_welfare_organization: 2, total: 7}"),
                  name="this.yaml")
    result = run("validate", this, "--previous", last)
    assert result.exit_code == 1
    assert len(warnings(result.output, "R7")) == 1 and len(warnings(result.output, "R3")) == 1


def _xinzhou_2020_carrying(tmp_path: Path, natural: int) -> Path:
    """A 2020 report (60号 tables) of 忻州 whose 结转下年度 is {自然人: natural, 商业企业: 1}."""
    return edited(tmp_path, XINZHOU,
                  ("new_received: {natural_person: 4, research_institution: 1, public_welfare_organization: 2, total: 7}",
                   f"new_received: {{natural_person: {4 + natural}, commercial_enterprise: 1, research_institution: 1, "
                   "public_welfare_organization: 2}"),
                  ("全年收到政府信息公开申请7件", "全年收到的政府信息公开申请见表三"),
                  ("    carried_forward: {}", f"    carried_forward: {{natural_person: {natural}, commercial_enterprise: 1}}"),
                  name="last-2020.yaml")


def _sample_as_2021(tmp_path: Path) -> Path:
    """The 30号 sample moved to 2021 and to 忻州's name: the first year of the new tables."""
    return edited(tmp_path, SAMPLE, ("year: 2023", "year: 2021"), ("agency: 某县自然资源局", "agency: 忻州市生态环境局"),
                  ("date: 2024-01-25", "date: 2022-01-25"), name="this-2021.yaml")


def test_r7_across_the_edition_change_passes_when_the_columns_carry_over(tmp_path):
    result = run("validate", _sample_as_2021(tmp_path), "--previous", _xinzhou_2020_carrying(tmp_path, 3), "--strict")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output and "error" not in result.output


def test_r7_across_the_edition_change_finds_a_column_that_does_not(tmp_path):
    this, last = _sample_as_2021(tmp_path), _xinzhou_2020_carrying(tmp_path, 2)
    result = run("validate", this, "--previous", last)
    [line] = warnings(result.output, "R7")
    assert line.startswith(f"{at(this, 'carried_over: {natural_person: 3', '3')}: warning: 表三 二、上年结转“自然人”列为 3")
    assert f"（{at(last, 'carried_forward: {natural_person: 2', '2')}）四、结转下年度继续办理为 2" in line


# R8 ---------------------------------------------------------------------------------------
def test_r8_in_force_does_not_follow_from_last_year(tmp_path):
    last = edited(tmp_path, SAMPLE_2022, ("normative_documents: {issued: 1, repealed: 0, in_force: 8}",
                                          "normative_documents: {issued: 1, repealed: 0, in_force: 7}"))
    result = run("validate", SAMPLE, "--previous", last)
    [line] = warnings(result.output, "R8")
    assert line.startswith(f"{at(SAMPLE, 'normative_documents: {issued: 2', '9')}: warning: 表二“行政规范性文件”的现行有效件数为 9")
    assert "的 7 件加本年制发 2 件、减本年废止 1 件为 8 件" in line
    assert at(last, "normative_documents:", "7") in line


def test_r8_2019_edition_previous_year_count(tmp_path):
    last = edited(tmp_path, XINZHOU_2019, ("administrative_penalty: {previous_year: 80, change: 13,",
                                           "administrative_penalty: {previous_year: 80, change: 12,"))
    result = run("validate", XINZHOU, "--previous", last)
    [line] = warnings(result.output, "R8")
    assert line.startswith(f"{at(XINZHOU, 'administrative_penalty: {previous_year: 93', '93')}: warning: "
                           "表二“行政处罚”的上一年项目数量为 93")
    assert f"上年报告（{at(last, 'administrative_penalty:', '12')}）的上一年项目数量 80 加本年增/减 +12 为 92" in line


def test_r8_is_not_checked_across_the_edition_change(tmp_path):
    result = run("validate", _sample_as_2021(tmp_path), "--previous", _xinzhou_2020_carrying(tmp_path, 3))
    assert not warnings(result.output, "R8")


# R15: copied text -------------------------------------------------------------------------
def _problems_of(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[text.index("  problems:"):text.index("  other:")]


def test_r15_a_section_copied_from_last_year(tmp_path):
    # last year's 五 is this year's, with other figures and the stock formulas: still the same sentences
    copied = _problems_of(SAMPLE).replace("10个工作日", "15个工作日")
    last = edited(tmp_path, SAMPLE_2022, (_problems_of(SAMPLE_2022), copied))
    result = run("validate", SAMPLE, "--previous", last)
    [line] = warnings(result.output, "R15")
    assert line.startswith(f"{at(SAMPLE, '- heading: 存在的主要问题')}: warning: “五、存在的主要问题及改进情况”有 100%（4/4 句）")
    strict = run("validate", SAMPLE, "--previous", last, "--strict")
    assert strict.exit_code == 1 and f"{at(SAMPLE, '- heading: 存在的主要问题')}: error: “五、存在的主要问题" in strict.output


def test_r15_under_the_threshold_passes(tmp_path):
    # one of four sentences the same: 25 %
    first = "一是部分科室对公开属性的把握仍不够准确；"
    last = edited(tmp_path, SAMPLE_2022, ("一是征地信息更新不及时，个别批次的补偿安置方案公开滞后；", first))
    result = run("validate", SAMPLE, "--previous", last, "--strict")
    assert result.exit_code == 0, result.output


# R16: problems followed up -----------------------------------------------------------------
def test_r16_last_years_problems_need_this_years_follow_up(tmp_path):
    this = edited(tmp_path, SAMPLE, ("        - 上一年度报告提出的", "        - 无\n        # "))
    result = run("validate", this, "--previous", SAMPLE_2022)
    [line] = warnings(result.output, "R16")
    assert line.startswith(f"{at(this, '        - 无', '无')}: warning: “改进情况”下没有内容或只写了“无”")
    assert f"上年报告（{at(SAMPLE_2022, '- heading: 存在的主要问题')}）列出了存在的问题" in line


def test_r16_without_problems_last_year_nothing_is_asked(tmp_path):
    this = edited(tmp_path, SAMPLE, ("        - 上一年度报告提出的", "        - 无\n        # "))
    last = edited(tmp_path, SAMPLE_2022, (_problems_of(SAMPLE_2022), "  problems:\n    - 无\n"))
    assert not warnings(run("validate", this, "--previous", last).output, "R16")


def test_r16_a_section_without_any_follow_up(tmp_path):
    this = edited(tmp_path, XINZHOU, ("    - heading: 改进措施", "    - heading: 下一步打算"))
    result = run("validate", this, "--previous", XINZHOU_2019)
    [line] = warnings(result.output, "R16")
    assert line.startswith(f"{at(this, '- heading: 存在的问题')}: warning: “五、存在的主要问题及改进情况”没有写改进或整改情况")


# Last year's file, matching --------------------------------------------------------------------
def test_last_years_own_errors_are_reported_as_its_own(tmp_path):
    last = edited(tmp_path, SAMPLE_2022, ("administrative_penalty: {decisions: 29}", "administrative_penalty: {decisions: 二十九}"))
    result = run("validate", SAMPLE, "--previous", last)
    assert result.exit_code == 1
    assert f"{at(last, 'administrative_penalty: {decisions:', '二十九')}: error: 上年报告：" in result.output


def test_previous_of_another_year_is_refused(tmp_path):
    result = run("validate", XINZHOU, "--previous", SAMPLE_2022)
    assert result.exit_code == 1
    assert f"{XINZHOU}: error: 上年报告：{SAMPLE_2022} 是 2022 年度的，本报告是 2020 年度的：--previous 应给出 2019 年度的报告" \
        in result.output


def test_previous_with_several_files_is_a_usage_error():
    result = run("validate", XINZHOU, SAMPLE, "--previous", XINZHOU_2019)
    assert result.exit_code == 2 and "多个文件请用 --previous-dir" in result.output


def test_previous_missing_file(tmp_path):
    result = run("validate", XINZHOU, "--previous", tmp_path / "none.yaml")
    assert result.exit_code == 1 and f"{tmp_path / 'none.yaml'}: error: 找不到 --previous 给出的上年报告" in result.output


def test_batch_with_previous_dir_matches_by_agency_and_year(tmp_path):
    series = tmp_path / "series"
    series.mkdir()
    for path in (XINZHOU, SAMPLE):
        shutil.copy(path, series / path.name)
    edited(series, XINZHOU_2019, ("administrative_penalty: {previous_year: 80, change: 13,",
                                  "administrative_penalty: {previous_year: 80, change: 12,"), name="any-name.yaml")
    shutil.copy(SAMPLE_2022, series / "sample-2022.yaml")
    result = run("validate", *sorted(series.glob("*.yaml")), "--previous-dir", series)
    assert result.exit_code == 0, result.output
    [r8] = warnings(result.output, "R8")
    assert r8.startswith(f"{at(series / XINZHOU.name, 'administrative_penalty:', '93')}: warning:")
    assert f"{series / 'any-name.yaml'}: note: {series} 中没有 忻州市生态环境局 2018 年度的报告" in result.output
    assert f"{series / 'sample-2022.yaml'}: note: {series} 中没有 某县自然资源局 2021 年度的报告" in result.output
    assert len(re.findall(r": 通过 ", result.output)) == 4


def test_render_takes_previous_too(tmp_path):
    this = edited(tmp_path, SAMPLE, ("        - 上一年度报告提出的", "        - 无\n        # "))
    result = run("render", this, "--previous", SAMPLE_2022, "-f", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 0 and len(warnings(result.output, "R16")) == 1
    failed = run("render", this, "--previous", SAMPLE_2022, "-f", "docx", "-o", tmp_path / "out2", "--strict")
    assert failed.exit_code == 1 and not (tmp_path / "out2").exists()


# R9: text against tables -----------------------------------------------------------------------
def test_r9_a_typed_figure_that_differs_from_the_table(tmp_path):
    this = edited(tmp_path, SAMPLE, ("新收政府信息公开申请48件", "新收政府信息公开申请45件"))
    result = run("validate", this)
    assert result.exit_code == 0
    [line] = warnings(result.output, "R9")
    assert line == (f"{at(this, '新收政府信息公开申请45件', '45')}: warning: 正文写的是“新收政府信息公开申请45件”，"
                    "而表三“一、本年新收政府信息公开申请数量”的总计为 48：请改正其中一处，或把数字写成引用【表三：new_received.total】，"
                    "由 reportkit 填入表中的数（R9）")


@pytest.mark.parametrize("old, new, cell", [
    ("予以公开24件", "予以公开23件", "表三“（一）予以公开”的总计为 24"),
    ("作出行政处罚决定37件", "作出行政处罚决定36件", "表二“行政处罚”的处理决定数量为 37"),
    ("结转下一年度办理4件", "结转下一年度办理3件", "表三“四、结转下年度继续办理”的总计为 4"),
])
def test_r9_other_figures(tmp_path, old, new, cell):
    this = edited(tmp_path, SAMPLE, (old, new))
    figure = re.search(r"\d+", new).group()
    [line] = warnings(run("validate", this).output, "R9")
    assert line.startswith(f"{at(this, new, figure)}: warning: 正文写的是“{new}”，而{cell}")


def test_r9_suggests_the_citation_of_the_phrase_s_own_cell():
    """Every phrase's warning suggested 【表三：new_received.total】, whatever figure it was about: the citation it
    suggests now prints the very figure the warning names (none for a sum of cells: the suits, 表三's （三） to （六）)."""
    from reportkit.default_plugins.annual_report.citations import CITATION, cited
    from reportkit.default_plugins.annual_report.figures.phrases import PHRASES

    for edition_sample in (SAMPLE, ROOT / "examples" / "xinzhou-2020.yaml"):
        report = check_file(edition_sample, load_plugins()).report
        cites, cells_named, absent = [], [], 0
        for _pattern, cell, value in PHRASES:
            cells = value(report)
            if cells is None:  # a row the edition has not: 2021's （六）2 in a 2019 report
                absent += 1
                continue
            shown, _parts, cite = cells
            if cite is not None:
                table, keys = CITATION.fullmatch(cite).groups()
                assert cited(report, table, keys) == str(shown), cite
                cites.append(cite)
                cells_named.append(cell)
        # 表三（六）1 and 2, 表二 本年废止件数 and 现行有效件数: the 2021 edition's only; 表二 本年新公开 and 对外公开总数: 2019's
        assert absent == (4 if edition_sample != SAMPLE else 2)
        assert len(cites) == len(PHRASES) - 9 - absent
        # one citation a cell: phrases of the same cell (被申请行政复议, 以本局为被申请人的行政复议) suggest the same
        assert len(set(cites)) == len(set(cells_named)) == len(set(zip(cites, cells_named)))


def test_r9_citations_are_filled_in_by_the_build(tmp_path):
    assert run("render", SAMPLE_2022, "-f", "docx", "-o", tmp_path).exit_code == 0
    text = "\n".join(p.text for p in docx.Document(tmp_path / "sample-2022.docx").paragraphs)
    assert "全年新收政府信息公开申请35件，予以公开21件；年底尚在办理的有4件" in text
    assert "【表" not in text


def test_r9_a_citation_typed_with_a_half_width_colon_is_filled_in_too(tmp_path):
    """【表三:results.granted.total 】 (an English colon, a space before 】) was printed as typed, with nothing said."""
    this = edited(tmp_path, SAMPLE_2022, ("【表三：results.granted.total】", "【表三:results.granted.total 】"))
    assert run("render", this, "-f", "docx", "-o", tmp_path / "out").exit_code == 0
    text = "\n".join(p.text for p in docx.Document(tmp_path / "out" / f"{this.stem}.docx").paragraphs)
    assert "予以公开21件" in text and "【表" not in text


def test_r9_a_citation_of_no_cell(tmp_path):
    this = edited(tmp_path, SAMPLE_2022, ("【表三：results.granted.total】", "【表三：results.grant.total】"))
    result = run("validate", this)
    assert result.exit_code == 1
    assert f"{at(this, '【表三：results.grant.total】', '【表三：results.grant')}: error: 引用“【表三：results.grant.total】”在表三中找不到" \
        in result.output


# R14: 总体情况 topics -----------------------------------------------------------------------------
def test_r14_a_missing_topic(tmp_path):
    this = edited(tmp_path, SAMPLE, ("    - heading: 监督保障", "    - heading: 其他工作"))
    [line] = warnings(run("validate", this).output, "R14")
    assert line.startswith(f"{at(this, '    - >-')}: warning: “一、总体情况”没有写到：监督保障。")


def test_r14_a_government_also_reports_appraisal(tmp_path):
    this = edited(tmp_path, SAMPLE, ("agency_type: department", "agency_type: government"))
    [line] = warnings(run("validate", this).output, "R14")
    assert "没有写到：社会评议。" in line and "地方人民政府还应写工作考核、社会评议和责任追究结果情况" in line


# init --from ------------------------------------------------------------------------------------
def _fill(path: Path) -> None:
    count = iter(range(1, 1000))
    text = re.sub(r"(?<!# )【请填写[^】]*】", lambda m: f"今年第{next(count)}项工作按新的安排推进，情况已经逐项核实", path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("example", ANNUAL_REPORTS, ids=lambda p: p.stem)
def test_init_from_each_example_validates_once_filled(tmp_path, example):
    target = tmp_path / "next.yaml"
    made = run("init", "--from", example, "-o", target)
    assert made.exit_code == 0, made.output
    unfilled = run("validate", target)
    assert unfilled.exit_code == 1 and "还留着占位文字“【请填写：" in unfilled.output
    _fill(target)
    result = run("validate", target, "--previous", example)
    assert result.exit_code == 0, result.output
    assert not warnings(result.output, "R7") + warnings(result.output, "R8") + warnings(result.output, "R15")


def test_init_from_carries_the_figures_over(tmp_path):
    target = tmp_path / "2024.yaml"
    assert run("init", "--from", SAMPLE, "-o", target).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "year: 2024" in text and "agency: 某县自然资源局" in text and "date: 2025-01-25" in text
    carried = text[text.index("    carried_over:"):text.index("    results:")]
    assert "natural_person: 1" in carried and "commercial_enterprise: 2" in carried and "legal_service_agency: 1" in carried
    assert "      in_force: 9   # 现行有效件数" in text
    assert "#   一是部分科室对公开属性的把握仍不够准确；二是政策解读的形式较单一，图解和视频解读较少。" in text
    assert "# 上年：全年新收政府信息公开申请48件" in text


def test_init_from_2019_edition_counts(tmp_path):
    target = tmp_path / "2020.yaml"
    assert run("init", "--from", XINZHOU_2019, "-o", target).exit_code == 0
    text = target.read_text(encoding="utf-8")
    penalty = text[text.index("    administrative_penalty:"):]
    assert penalty.splitlines()[1].strip().startswith("previous_year: 93")


def test_previous_of_another_agency_is_a_warning(tmp_path):
    last = edited(tmp_path, XINZHOU_2019, ("agency: 忻州市生态环境局", "agency: 忻州市环境保护局"))
    result = run("validate", XINZHOU, "--previous", last)
    assert result.exit_code == 0
    assert f"{XINZHOU}: warning: 上年报告：{last} 的发布机关是“忻州市环境保护局”，本报告是“忻州市生态环境局”" in result.output


def test_previous_dir_with_two_candidates_is_an_error(tmp_path):
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(XINZHOU_2019, tmp_path / name)
    result = run("validate", XINZHOU, "--previous-dir", tmp_path)
    assert result.exit_code == 1
    assert f"{XINZHOU}: error: {tmp_path} 中有 2 个 忻州市生态环境局 2019 年度的报告" in result.output


def test_previous_and_previous_dir_together_is_a_usage_error(tmp_path):
    result = run("validate", XINZHOU, "--previous", XINZHOU_2019, "--previous-dir", tmp_path)
    assert result.exit_code == 2 and "--previous 和 --previous-dir 只能用一个" in result.output


def test_render_j2_with_previous_dir_checks_each_file_in_its_worker(tmp_path):
    """Worker processes get only the paths of last year's reports and check them with their own plugins."""
    series = tmp_path / "series"
    series.mkdir()
    for path in (XINZHOU, SAMPLE, SAMPLE_2022):
        shutil.copy(path, series / path.name)
    edited(series, XINZHOU_2019, ("administrative_penalty: {previous_year: 80, change: 13,",
                                  "administrative_penalty: {previous_year: 80, change: 12,"), name="xinzhou-2019.yaml")
    result = CliRunner().invoke(cli, ["render", str(series / XINZHOU.name), str(series / SAMPLE.name), "-j", "2",
                                      "-f", "docx", "-o", str(tmp_path / "out"), "--previous-dir", str(series)],
                                env={"REPORTKIT_JOBS": None})
    assert result.exit_code == 0, result.output
    [r8] = warnings(result.output, "R8")
    assert r8.startswith(f"{at(series / XINZHOU.name, 'administrative_penalty:', '93')}: warning:")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["sample-2021.docx", "xinzhou-2020.docx"]
