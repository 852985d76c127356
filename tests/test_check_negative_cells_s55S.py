"""A published 表三 with a negative figure (a clerk's 结转下年度 worked out as 一 + 二 − （七）总计 that came out below
0): ``reportkit check`` says it by the table's labels and asks to check the original, where it named the data file's
keys (tables.applications.carried_forward.natural_person) and advised writing “-1” as 1, a fix for whom fills the
data file in, not for whom reviews what was published; ``validate`` keeps the data file's wording."""
from __future__ import annotations

from click.testing import CliRunner

from reportkit.cli import cli

from test_check_published import _add, applications, check, report, web_page


def test_a_negative_figure_of_a_published_table_is_said_by_its_labels(tmp_path):
    t3 = applications("2019")
    _add(t3, "forward", 0, -t3["forward"][0] - 1)  # 自然人: -1
    t3["granted"][5] = -1  # 其他, its 总计 left as printed
    page = web_page(report(2020, "江城县市场监督管理局", t3=t3), tmp_path / "年报.html")

    assert check(tmp_path, page, "-o", str(tmp_path / "data")) == [
        ("第 2 个表格第 6 行", "error", "data",
         "统计表“收到和处理政府信息公开申请情况（表三）”“三、本年度办理结果”“（一）予以公开”“其他”为 -1，是负数："
         "这一格的数不能是负数，请核对原件"),
        ("第 2 个表格第 26 行", "error", "data",
         "统计表“收到和处理政府信息公开申请情况（表三）”“四、结转下年度继续办理”“自然人”为 -1，是负数："
         "结转下年度的件数不能是负数，应为“一、本年新收”加“二、上年结转”减“（七）总计”；为负说明表三这几行的数字有误，请核对原件")]
    data = next((tmp_path / "data").rglob("*.yaml"))
    said = CliRunner().invoke(cli, ["validate", str(data)]).output
    assert "tables.applications.carried_forward.natural_person：这里填数量，不能是负数：若减号是多打的，“-1”请写作 1" in said
