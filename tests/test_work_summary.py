"""The work-summary kind on the 苏州 2016 and 绵阳 2009 examples: outline and figures in both outputs, init."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from _kinds import EXAMPLES, PLUGINS, docx_paragraphs, flat, pdf_pages, rendered
from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.pipeline import check_file

SUZHOU = EXAMPLES / "suzhou-2016-work-summary.yaml"
MIANYANG = EXAMPLES / "mianyang-2009-work-summary.yaml"

CASES = {
    SUZHOU: dict(
        title="苏州市环境保护局2016年政府信息公开工作总结和2017年工作计划",
        addressee=None,
        level1=["一、2016年工作总结", "二、存在的问题和不足", "三、2017年工作打算"],
        headings=["（一）加大环境信息主动公开力度", "（二）积极回应社会关切", "（三）规范依申请公开答复", "1.环境质量信息"],
        figures=["9282条", "764次", "70件", "130万余个", "253个建设项目", "7118条", "508条", "1440条", "8次",
                 "15000余件", "32批337件", "24起", "588件"],
        signature=["苏州市环境保护局", "2017年1月10日"],
    ),
    MIANYANG: dict(
        title="绵阳市环境保护局2009年政府信息公开工作总结",
        addressee="市政府信息公开工作办公室：",
        level1=["一、2009年工作情况", "二、存在的主要问题", "三、改进措施"],
        headings=["（一）完善制度，创新机制", "（二）主动公开政府信息", "1.公开数量", "（1）部门网站", "（4）其他网站"],
        figures=["3627条", "898条", "概况类2条", "计划总结类10条", "法规公文类188条", "工作动态类200条", "服务类12条",
                 "其他486条", "共386条", "15个工作日", "川府办发电〔2009〕74号", "绵府办函〔2009〕304号"],
        signature=["绵阳市环境保护局", "2010年3月5日"],
    ),
}


@pytest.fixture(scope="module", params=list(CASES), ids=lambda p: p.stem)
def case(request):
    return CASES[request.param], rendered(request.param)


def test_docx_outline_figures_and_signature(case):
    expected, (_, data, _) = case
    paras = docx_paragraphs(data)
    texts = "".join(t for _, t, _ in paras)
    assert [t for s, t, _ in paras if s == "Title"] == [expected["title"]]
    assert [t for s, t, _ in paras if s == "Addressee"] == ([expected["addressee"]] if expected["addressee"] else [])
    assert [t for s, t, _ in paras if s == "Heading1"] == expected["level1"]
    numbered = [t for s, t, _ in paras if s.startswith("Heading")]
    for heading in expected["headings"]:
        assert any(t.startswith(heading) for t in numbered), heading
    for figure in expected["figures"]:
        assert figure in texts, figure
    assert [t for s, t, _ in paras if s in ("Signature", "Date")] == expected["signature"]


def test_pdf_outline_figures_and_signature(case):
    expected, (_, _, data) = case
    pages = pdf_pages(data)
    text = "".join(re.sub(r"—\d+—$", "", flat(page)) for page in pages)  # a page break may fall inside a figure
    assert flat(pages[0]).startswith(expected["title"] + (expected["addressee"] or ""))
    for heading in expected["level1"] + expected["headings"]:
        assert heading in text, heading
    for figure in expected["figures"]:
        assert figure in text, figure
    assert re.sub(r"—\d+—$", "", flat(pages[-1])).endswith("".join(expected["signature"]))


def test_plan_is_optional_and_changes_the_default_title(tmp_path):
    text = MIANYANG.read_text(encoding="utf-8")
    text = text.replace('title: "绵阳市环境保护局\\n2009年政府信息公开工作总结"\n', "")
    head, _, _ = text.partition("\nplan:\n")
    path = tmp_path / "s.yaml"
    path.write_text(head + "\ndate: 2010-03-05\n", encoding="utf-8")
    document, _, _ = rendered(path)
    assert document.title == "绵阳市环境保护局2009年工作总结"
    assert [b.number + b.text for b in document.blocks if getattr(b, "level", 0) == 1][-1] == "二、存在的主要问题"


def test_misspelt_key_is_rejected(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(SUZHOU.read_text(encoding="utf-8").replace("\nproblems:\n", "\nproblem:\n"), encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(path, PLUGINS)
    messages = [d.message for d in info.value.diagnostics]
    assert any("未知字段“problem”" in m and "problems" in m for m in messages)


def test_date_in_another_year_warns(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(SUZHOU.read_text(encoding="utf-8").replace("date: 2017-01-10", "date: 2019-01-10"), encoding="utf-8")
    found = [d for d in check_file(path, PLUGINS).diagnostics.items if "成文日期" in d.message]
    assert found and found[0].severity == "warning"


def test_a_missing_date_is_named_with_its_title_and_what_to_write(tmp_path):
    """“date：缺少必填字段“date”” gave only the English key."""
    path = tmp_path / "s.yaml"
    path.write_text(SUZHOU.read_text(encoding="utf-8").replace("date: 2017-01-10\n", ""), encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(path, PLUGINS)
    assert [d.message for d in info.value.diagnostics] == [
        "date：缺少必填字段“date”（成文日期），请补上：写成 2017-01-10 的形式；印作“2017年1月10日”"]


@pytest.mark.parametrize("written, message", [
    ('"2016年"', "应写成四位数字的年份：“2016年”请写作 2016"),
    ("二〇一六", "应写成四位数字的年份：“二〇一六”请写作 2016"),
    ('"２０１６"', "应写成四位数字的年份：“２０１６”请写作 2016"),
    ("2016.5", "应写成四位数字的年份，不能有小数：“2016.5”请写作 2016"),
    ("[2016]", "应写成四位数字的年份，如 2025")])
def test_a_year_that_is_not_a_number_gets_a_year_s_fix(tmp_path, written, message):
    """year: "2025年" was told “应为整数（用阿拉伯数字，如 12；没有就填 0）”: a count's fix, and 0 is no year."""
    path = tmp_path / "s.yaml"
    path.write_text(SUZHOU.read_text(encoding="utf-8").replace("year: 2016", f"year: {written}", 1), encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(path, PLUGINS)
    assert [d.message for d in info.value.diagnostics] == [f"year：{message}"]


def test_init_writes_a_file_that_validates(tmp_path):
    target = tmp_path / "x.yaml"
    result = CliRunner().invoke(cli, ["init", "work-summary", "--year", "2016", "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# yaml-language-server: $schema=")
    for line in lines[4:]:
        if line.strip() and not line.lstrip().startswith(("#", "- ")):
            assert "#" in line, f"field without a comment: {line}"
    assert CliRunner().invoke(cli, ["validate", "--draft", str(target)]).exit_code == 0


def test_a_paragraph_written_as_a_literal_block_folds_as_a_folded_one(tmp_path):
    """A paragraph written with “|” printed a line break where a line ended with a digit or a Latin letter and none
    where it ended with a Chinese character: one paragraph, folded as “>-” folds it, in every format."""
    lines = ["本年度共办理3", "件，另有", "abc", "def 事项。"]
    texts = {}
    for style in ("|", ">-"):
        data = tmp_path / f"{'literal' if style == '|' else 'folded'}.yaml"
        data.write_text("kind: work-summary\nyear: 2023\nagency: 某县统计局\ndate: 2024-01-10\npreamble:\n"
                        f"  - {style}\n" + "".join(f"    {line}\n" for line in lines)
                        + "work:\n  - 完成。\nproblems:\n  - 无。\n", encoding="utf-8")
        report = check_file(data, PLUGINS).report
        texts[style] = report.preamble[0]
    assert texts["|"] == texts[">-"] == "本年度共办理3 件，另有 abc def 事项。"
