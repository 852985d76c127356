"""Step 2: model errors and rule findings become located Chinese diagnostics."""
from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from reportkit import hookimpl
from reportkit.blocks import Document
from reportkit.errors import InvalidData
from reportkit.load import load_text
from reportkit.plugins import load_plugins
from reportkit.registry import Finding, Kind, Rule
from reportkit.validate import validate


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    count: int = Field(ge=0)


class Toy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["toy"]
    year: int
    items: list[Item] = []


def toy_rule(report):
    if sum(i.count for i in report.items) > 10:
        yield Finding("error", "合计超过 10", ("items",))
    if report.year < 2020:
        yield Finding("warning", "年份较早", ("year",))


class ToyPlugin:
    @hookimpl
    def register_kinds(self, register):
        register(Kind("toy", "测试文档", (), lambda data: (None, []), lambda edition: Toy,
                      lambda report, locate: Document("t", "a"), lambda options: ""))

    @hookimpl
    def register_rules(self, register):
        register(Rule("T1", "toy", "合计不超过 10", toy_rule))


@pytest.fixture(scope="module")
def registry():
    return load_plugins(ToyPlugin(), entry_point_group=None).registry


def problems(text, registry, strict=False):
    with pytest.raises(InvalidData) as info:
        validate(load_text(text.encode(), "t.yaml"), registry, strict=strict)
    return [d.format() for d in info.value.diagnostics]


def test_valid_data_passes_with_warnings(registry):
    result = validate(load_text(b"kind: toy\nyear: 2019\nitems:\n  - {name: a, count: 1}\n", "t.yaml"), registry)
    assert result.report.items[0].count == 1
    assert [d.format() for d in result.diagnostics.items] == ["t.yaml:2:7: warning: 年份较早（T1）"]


def test_strict_turns_warnings_into_errors(registry):
    assert problems("kind: toy\nyear: 2019\n", registry, strict=True) == ["t.yaml:2:7: error: 年份较早（T1）"]


def test_all_model_errors_reported_at_once_with_positions(registry):
    text = "kind: toy\nyaer: 2021\nitems:\n  - name: a\n    count: 三\n  - name: b\n    count: -1\n    extra: 1\n"
    assert problems(text, registry) == [
        "t.yaml:2:1: error: yaer：未知字段“yaer”。是不是“year”？",  # and not also 缺少“year”
        "t.yaml:5:12: error: items[1].count：应为整数，只写数字：“三”请写作 3",
        "t.yaml:7:12: error: items[2].count：这里填数量，不能是负数：若减号是多打的，“-1”请写作 1",
        "t.yaml:8:5: error: items[2].extra：未知字段“extra”。允许的字段：name、count",
    ]


def test_a_thousands_comma_and_a_misspelt_plugins_key_get_their_fix(registry):
    """{count: 1,156} made a key 156 (未知字段“156”, with the allowed keys); plugin: for plugins: listed the model's
    keys without plugins, the one meant."""
    assert problems("kind: toy\nyear: 2021\nitems:\n  - {name: a, count: 1,156}\n", registry) == [
        "t.yaml:4:24: error: items[1].156：未知字段“156”。数字里不要写千位分隔的逗号（1,156 写成 1156，1,412.35 写成 1412.35）"]
    # an amount with places: {amount: 1,412.35} made a key 412.35, with the allowed keys as the fix
    assert problems("kind: toy\nyear: 2021\nitems:\n  - {name: a, count: 1,412.35}\n", registry) == [
        "t.yaml:4:24: error: items[1].412.35：未知字段“412.35”。数字里不要写千位分隔的逗号（1,156 写成 1156，1,412.35 写成 1412.35）"]
    assert problems("kind: toy\nyear: 2021\nplugin: [x]\n", registry) == ["t.yaml:3:1: error: plugin：未知字段“plugin”。是不是“plugins”？"]


def test_a_full_width_colon_before_a_flow_mapping_is_named(registry):
    """{count：1} and {name：a}: YAML reads the full-width colon into the key, which was an unknown field with a guess
    at the key meant (是不是“count”？), not the slip."""
    assert problems("kind: toy\nyear: 2021\nitems:\n  - {name: a, count：1}\n", registry) == [
        "t.yaml:4:15: error: items[1].count：1：未知字段“count：1”。键“count”后面用了全角冒号“：”：请改为英文冒号加一个空格“: ”"]
    assert problems("kind: toy\nyear: 2021\nitems:\n  - {name：a, count: 1}\n", registry) == [
        "t.yaml:4:6: error: items[1].name：a：未知字段“name：a”。键“name”后面用了全角冒号“：”：请改为英文冒号加一个空格“: ”"]


def test_a_key_left_empty_says_to_delete_it_or_fill_it(registry):
    """“items:” with nothing after it said 应为列表, as if something of the wrong kind were there."""
    assert problems("kind: toy\nyear: 2021\nitems:\n", registry) == [
        "t.yaml:3:7: error: items：这里是空的（冒号后面什么也没写）：不用就删掉这一行，否则在这里写上内容"]


def test_a_year_s_fix_is_a_year_and_a_count_s_stays_a_count_s(registry):
    """year: 二〇二三 was told “没有就填 0”, the fix for a table's count."""
    assert problems("kind: toy\nyear: 二〇二三\nitems:\n  - {name: a, count: 三}\n", registry) == [
        "t.yaml:2:7: error: year：应写成四位数字的年份：“二〇二三”请写作 2023",
        "t.yaml:4:22: error: items[1].count：应为整数，只写数字：“三”请写作 3"]


def test_a_missing_field_is_named_with_its_title_at_its_mapping_s_key(registry):
    """A missing field gave only its English key; one without a title (a plugin's) keeps that message."""
    from pathlib import Path

    text = Path("examples/sample-2021.yaml").read_text(encoding="utf-8").replace(
        "year: 2023\n", "year: 2023\nperiod:\n  start: 2023-01-01\n", 1)
    with pytest.raises(InvalidData) as info:
        validate(load_text(text.encode(), "t.yaml"), load_plugins().registry)
    line = text.splitlines().index("period:") + 1
    assert [d.format() for d in info.value.diagnostics] == [
        f"t.yaml:{line}:1: error: period.end：缺少必填字段“end”（截止日期），请补上：统计期限的最后一天，通常为报告年度的 12 月 31 日"]
    assert problems("kind: toy\nyear: 2021\nitems:\n  - {count: 1}\n", registry) == [
        "t.yaml:4:5: error: items[1].name：缺少必填字段“name”"]


def test_rule_errors_point_at_their_path(registry):
    text = "kind: toy\nyear: 2021\nitems:\n  - {name: a, count: 11}\n"
    assert problems(text, registry) == ["t.yaml:4:3: error: 合计超过 10（T1）"]


def test_unknown_kind_suggests_the_closest(registry):
    (message,) = problems("kind: tyo\n", registry)
    assert message.startswith("t.yaml:1:7: error: 未知的文档类型“tyo”。是不是“toy”？")


def test_top_level_must_be_a_mapping(registry):
    (message,) = problems("- a\n- b\n", registry)
    assert "最外层" in message


def test_tables_of_the_other_edition_are_named_once_with_the_way_out():
    """A 2021-format file with year 2020 (or a 2019 one with year 2023) gave one “未知字段” per table cell and no
    word of the edition: the year's line now says which format the tables follow and what to do."""
    from pathlib import Path

    text = Path("examples/sample-2021.yaml").read_text(encoding="utf-8").replace("year: 2023", "year: 2020", 1)
    with pytest.raises(InvalidData) as info:
        validate(load_text(text.encode(), "t.yaml"), load_plugins().registry)
    line = text.splitlines().index("year: 2020") + 1
    [hint] = [d.format() for d in info.value.diagnostics if "栏目写的" in d.message]
    assert hint == (f"t.yaml:{line}:7: warning: 表二是按 2021 版（国办公开办函〔2021〕30号）的栏目写的，而 2020 年度报告用 2019 版"
                    "（国办公开办函〔2019〕60号），所以下面的表格字段报“未知字段”：从旧文件开始新一年请用 reportkit init --from "
                    "旧文件 -o 新文件；确要按 2021 版排版，写 edition: 2021")


def test_a_heading_with_nothing_below_it_is_an_error():
    """A heading with no content printed alone, with nothing said."""
    import yaml

    data = yaml.safe_load(open("examples/sample-2021.yaml", encoding="utf-8"))
    data["sections"]["problems"].append({"heading": "下一步打算"})
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    with pytest.raises(InvalidData) as info:
        validate(load_text(text.encode(), "t.yaml"), load_plugins().registry)
    index = len(data["sections"]["problems"])
    assert [d.message for d in info.value.diagnostics] == [
        f"sections.problems[{index}]：小标题下面没有内容：在 content 下写上段落，或删掉这个小标题"]


SAMPLE_2021 = "examples/sample-2021.yaml"


def amount_problems(typed: str) -> list[str]:
    """The errors of the sample with its 收费通知金额 written ``typed``, the key's line named L."""
    from pathlib import Path

    text = Path(SAMPLE_2021).read_text(encoding="utf-8").replace("amount_notified: 1120", f"amount_notified: {typed}")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("  amount_notified:"))
    return [m.replace(f"t.yaml:{line}:", "t.yaml:L:") for m in problems(text, load_plugins().registry)]


@pytest.mark.parametrize("typed, message", [
    ("１２３.５", "“１２３.５”用了全角数字：请改为半角（英文输入法下的）数字 123.5"),
    ("1e3", "金额不能用科学计数法写：“1e3”请写成 1000"),
    ("1.5e+2", "金额不能用科学计数法写：“1.5e+2”请写成 150"),
    ("1e400", "金额不能用科学计数法写：“1e400”请写出各位数字"),
    ("1" + "0" * 20, "金额有 21 位整数，不可能这么大：请核对（最多 15 位整数）"),
])
def test_an_amount_refuses_what_a_count_refuses_with_the_fix(typed, message):
    """Full-width digits and 1e3, refused in a count, were read in an amount (１２３ as 123, 1e3 as 1000), and 1e400
    printed 401 digits that the render refused as a run with no place to break."""
    assert amount_problems(typed) == [f"t.yaml:L:20: error: information_processing_fee.amount_notified：{message}"]


def test_a_count_s_message_quotes_the_number_as_written():
    """A count written 3.50 was quoted as YAML read it (“3.5”): the clerk could not find it in the file."""
    text = open(SAMPLE_2021, encoding="utf-8").read().replace("notices: 3", "notices: 3.50")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "notices: 3.50" in row)
    assert problems(text, load_plugins().registry) == [
        f"t.yaml:{line}:12: error: information_processing_fee.notices：应为整数，不能有小数，实际为“3.50”"]


def test_a_thousands_comma_in_an_amount_gets_the_fix():
    """amount_notified: 1,234.5 said only 应为数字, with no word of the comma; in braces ({amount: 1,234.5}) YAML
    parts the number at the comma, and the unknown key “234.5” says so."""
    assert amount_problems("1,234.5") == [
        "t.yaml:L:20: error: information_processing_fee.amount_notified：数字里不要写千位分隔符（“1,234.5”写成 1234.5）"]
    assert amount_problems("1，234.50") == [
        "t.yaml:L:20: error: information_processing_fee.amount_notified：数字里不要写千位分隔符（“1，234.50”写成 1234.50）"]
    text = open(SAMPLE_2021, encoding="utf-8").read().replace("{amount: 412.3562}", "{amount: 1,234.5}")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "administrative_fees:" in row)
    assert problems(text, load_plugins().registry) == [
        f"t.yaml:{line}:37: error: tables.active_disclosure.administrative_fees.234.5：未知字段“234.5”。"
        "数字里不要写千位分隔的逗号（1,156 写成 1156，1,412.35 写成 1412.35）"]


PLAN, SUMMARY = "examples/putian-2018-work-plan.yaml", "examples/suzhou-2016-work-summary.yaml"
MIANYANG = "examples/mianyang-2009.yaml"


@pytest.mark.parametrize("example, typed, written, col, label", [
    (SAMPLE_2021, "agency: 某县自然资源局", "agency: 　", 9, "agency"),
    (SAMPLE_2021, "    - heading: 监督保障", "    - heading: 　", 16, "sections.overview[6].heading"),
    (SAMPLE_2021, "agency_type: department", "signature: 　　\nagency_type: department", 12, "signature"),
    (SAMPLE_2021, "agency_type: department", "signature: [某县自然资源局, 　]\nagency_type: department", 22, "signature[2]"),
    (SAMPLE_2021, '  postcode: "000000"', '  postcode: " \u3000"', 13, "contact.postcode"),
    (PLAN, "agency: 莆田市环境保护局", "agency: 　", 9, "agency"),
    (PLAN, "  - task: 做好权责清单调整和公开工作", "  - task: 　　", 11, "tasks[1].task"),
    (PLAN, "        support: [污防科]", "        support: [　]", 19, "tasks[3].items[1].support[1]"),
    (PLAN, '    deadline: "2018-12"', "    deadline: 　", 15, "tasks[13].deadline"),
    (SUMMARY, "agency: 苏州市环境保护局", "agency: 　", 9, "agency"),
    (SUMMARY, "  - heading: 积极回应社会关切", "  - heading: 　", 14, "work[2].heading"),
    (PLAN, "agency: 莆田市环境保护局", "signature: 　\nagency: 莆田市环境保护局", 12, "signature"),
    (SUMMARY, "agency: 苏州市环境保护局", "signature: [苏州市环境保护局, 　]\nagency: 苏州市环境保护局", 23, "signature[2]"),
    (MIANYANG, "agency: 绵阳市环境保护局", "signature: 　\nagency: 绵阳市环境保护局", 12, "signature"),
])
def test_a_text_of_full_width_spaces_is_refused_like_an_empty_one(example, typed, written, col, label):
    """An agency, a heading or a signature typed as full-width spaces (a Chinese input method's space) passed and
    printed a blank: no agency in the title, a bare “（五）”."""
    optional = ("postcode", "signature", "deadline")  # may be left out: their line may go
    text = open(example, encoding="utf-8").read()
    assert typed in text
    text = text.replace(typed, written, 1)
    line = text.splitlines().index(written.splitlines()[0]) + 1
    blank = "（只写了引号或空格，全角空格“　”也算空）"
    fix = f"这一项是空的{blank}：删掉这一项，或写上文字" if label.endswith("]") else \
        f"这里是空的{blank}：请写上内容" + ("，或删掉这一行" if label.endswith(optional) else "")
    assert problems(text, load_plugins().registry) == [f"t.yaml:{line}:{col}: error: {label}：{fix}"]


def test_a_2008_basis_of_full_width_spaces_is_refused_like_an_empty_one():
    text = open(MIANYANG, encoding="utf-8").read().replace("    - 《绵阳市政府信息公开实施办法》", "    - 　", 1)
    assert problems(text, load_plugins().registry) == [
        "t.yaml:21:7: error: preamble.basis[2]：这一项是空的（只写了引号或空格，全角空格“　”也算空）：删掉这一项，或写上文字"]


def test_2021_s_other_handling_written_as_2019_s_one_row_is_one_error_naming_the_three_rows():
    """A 2021 file with 2019's single row for （六）其他处理 gave six “未知字段” errors and an “应为映射”, none saying that
    2021 has three rows there."""
    text = open(SAMPLE_2021, encoding="utf-8").read()
    rows = "        overdue_correction: {natural_person: 1}\n        overdue_fee: {natural_person: 1}\n        other: {other: 1}\n"
    assert rows in text
    text = text.replace(rows, "        natural_person: 2\n        other: 1\n")
    [message] = problems(text, load_plugins().registry)
    assert message.startswith("t.yaml:78:9: error: tables.applications.results.other_handling：“（六）其他处理”在这一版本分为 3 行：")
    assert "overdue_correction（1.申请人无正当理由逾期不补正" in message and "例如 other: {natural_person: 1}" in message


@pytest.mark.parametrize("written, digits", [("100000000000000000000", 21), ("1000000000", 10)])
def test_a_count_too_large_to_be_true_is_an_error_at_its_cell(written, digits):
    """A count of 10²⁰ typed into a cell (a key held down, a figure pasted twice) was reported only by the totals it
    broke (R1), never at the cell, and printed as a run of digits no column holds."""
    text = open(SAMPLE_2021, encoding="utf-8").read().replace("new_received: {natural_person: 38,",
                                                               f"new_received: {{natural_person: {written},", 1)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if written in row)
    assert problems(text, load_plugins().registry) == [
        f"t.yaml:{line}:36: error: tables.applications.new_received.natural_person：这个数有 {digits} 位，不可能这么多："
        f"请核对（最多 9 位）"]


def test_an_unknown_section_says_a_plugin_may_provide_it():
    """A regional section's data (浙江's 考核情况) without its plugin installed was only “未知字段”: nothing said a
    plugin provides such sections and how to name it."""
    text = open(SAMPLE_2021, encoding="utf-8").read().replace("  other:\n", "  zhejiang_kaohe:\n    - 考核得分95分。\n  other:\n", 1)
    [message] = problems(text, load_plugins().registry)
    assert message.startswith("t.yaml:50:3: error: sections.zhejiang_kaohe：未知字段“zhejiang_kaohe”。")
    assert message.endswith("（若这是插件增加的栏目，请安装这个插件，并在数据文件开头写上 plugins: [插件的包名]）")
    misspelt = text.replace("  other:\n", "  othr:\n", 1).replace("  zhejiang_kaohe:\n    - 考核得分95分。\n", "")
    assert [m for m in problems(misspelt, load_plugins().registry) if "othr" in m] == [
        "t.yaml:50:3: error: sections.othr：未知字段“othr”。是不是“other”？"]
