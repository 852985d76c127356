"""A clerk's date typed as bare digits, and several units typed into one item of a work plan's list: each named at
its line and column with what to write."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

PLAN = (Path(__file__).parents[1] / "examples" / "putian-2018-work-plan.yaml").read_text("utf-8")


def validate(tmp_path, text: str) -> tuple[int, list[str]]:
    path = tmp_path / "plan.yaml"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)], prog_name="reportkit")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, [line.replace(str(path), "plan.yaml") for line in result.output.splitlines()]


def changed(old: str, new: str) -> tuple[str, int]:
    """The example plan with its first ``old`` line replaced by ``new``, and that line's number."""
    lines = PLAN.splitlines()
    number = next(n for n, line in enumerate(lines) if line == old)
    lines[number] = new
    return "\n".join(lines) + "\n", number + 1


@pytest.mark.parametrize(("typed", "fix"), [
    ("20180625", "“20180625”请写作 2018-06-25"),
    ("2018625", "“2018625”请写作 2018-06-25"),  # the source's own slip: the month's 0 left out
    ("201865", "“201865”请写作 2018-06-05"),
    ("2018115", "“2018115”请写作 2018-01-15，或 2018-11-05"),
])
def test_a_date_typed_as_digits_gets_the_date_to_write(tmp_path, typed, fix):
    text, line = changed("  date: 2018-06-25", f"  date: {typed}")
    code, out = validate(tmp_path, text)
    assert code == 1
    assert out == [f"plan.yaml:{line}:9: error: notice.date：应为日期，写成 2021-02-05 的形式：{fix}"]


@pytest.mark.parametrize("typed", ["20181345", "1728000", "2018", "20180230"])
def test_digits_that_are_no_date_get_no_guess(tmp_path, typed):
    text, line = changed("  date: 2018-06-25", f"  date: {typed}")
    code, out = validate(tmp_path, text)
    assert code == 1
    assert out == [f"plan.yaml:{line}:9: error: notice.date：应为日期，写成 2021-02-05 的形式"]


def test_units_parted_by_a_full_width_comma_are_named_as_several(tmp_path):
    text, line = changed("        support: [污防科]", "        support: [污防科，水中心]")
    code, out = validate(tmp_path, text)
    assert code == 0  # printed as written: a warning, not an error
    assert f"plan.yaml:{line}:19: warning: “污防科，水中心”像是 2 个单位写在了一项里，印出来单位之间是“，”而不是“、”：" \
           "写成 support: [污防科, 水中心]（英文逗号加空格），或每个单位一行“- ”（WP1）" in out


def test_a_lead_of_two_units_says_where_the_second_goes(tmp_path):
    text, line = changed("    lead: 法规科", "    lead: 法规科；办公室")
    code, out = validate(tmp_path, text)
    assert code == 0
    assert f"plan.yaml:{line}:11: warning: “法规科；办公室”像是 2 个单位写在了一项里，印出来单位之间是“；”而不是“、”：" \
           "lead 只写牵头的一个，其余写进 support（WP1）" in out


def test_units_parted_by_the_list_or_by_a_dun_comma_are_not_warned(tmp_path):
    text, _ = changed("        support: [污防科]", "        support: [污防科, 水中心]")
    text = text.replace("    lead: 法规科\n", "    lead: 法规科、办公室\n", 1)  # printed the same as two units
    code, out = validate(tmp_path, text)
    assert code == 0
    assert not [line for line in out if "WP1" in line]
