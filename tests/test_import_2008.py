"""A hand-made 2008-edition web page, worded the way agencies wrote such reports, not the way reportkit prints them:
which figures are read from its free sentences and its own small table, and which are left as placeholders."""
from __future__ import annotations

import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.importers import figures2008
from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()

# Written for this test; the agency and its figures are made up.
PAGE = """<html><head><meta charset="utf-8"></head><body>
<h1>某县水务局2012年政府信息公开工作年度报告</h1>
<p>根据《中华人民共和国政府信息公开条例》的要求，现将本局2012年政府信息公开工作情况报告如下。</p>
<p>一、概述</p>
<p>本局把政府信息公开写进年度工作要点，由办公室牵头，各股室分头负责本股室的信息。</p>
<p>二、主动公开政府信息情况</p>
<p>全年共主动公开政府信息1,234条，多数经局网站和乡镇公开栏发布；截至年底累计主动公开各类信息5600条。</p>
<p>汛期的雨情、水情和水库调度信息每天更新，门户网站全年更新300余次。</p>
<p>三、依申请公开政府信息情况</p>
<p>申请和答复的情况见下表。</p>
<table border="1">
<tr><td>项目</td><td>数量</td></tr>
<tr><td>收到政府信息公开申请</td><td>12</td></tr>
<tr><td>答复申请</td><td>11件</td></tr>
<tr><td>网上咨询</td><td>30次</td></tr>
</table>
<p>四、政府信息公开复议、诉讼和申诉情况</p>
<p>本年度因政府信息公开被申请行政复议1件，被提起行政诉讼0件。</p>
<p>经与县法制办核对，因政府信息公开被申请行政复议的共有2件，其中一件已撤回。</p>
<p>五、政府信息公开的收费及减免情况</p>
<p>本年度依申请提供政府信息收取复印费用数十元，未作减免。</p>
<p>六、政府信息公开工作存在的主要问题及改进措施</p>
<p>基层站所的信息更新不够及时，明年将把更新情况纳入考核。</p>
<p style="text-align:right">某县水务局</p>
<p style="text-align:right">2013年3月20日</p>
</body></html>
"""


def _import(tmp_path):
    page = tmp_path / "shuiwu-2012.html"
    page.write_text(PAGE, encoding="utf-8")
    return page, imported(page, tmp_path, PLUGINS)


def test_free_sentences_and_an_own_table_give_figures_and_placeholders(tmp_path):
    _, result = _import(tmp_path)
    sections = yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]
    # Read: 1,234 with a thousands comma after 全年共…各类; 累计 kept apart from the year's total.
    assert sections["active_disclosure"]["figures"] == {"total": 1234, "cumulative": 5600}
    # The agency's own table: a label as reportkit prints it, one loosely worded, units in the cells. Its row that no
    # figure is (网上咨询) keeps the table whole in the text, where it stood.
    assert sections["applications"]["figures"] == {"received": 12, "answered": 11}
    assert sections["applications"]["content"] == ["申请和答复的情况见下表。", {"columns": ["项目", "数量"], "rows": [
        ["收到政府信息公开申请", 12], ["答复申请", "11件"], ["网上咨询", "30次"]]}]
    # Two different numbers for one figure, and one written in words: placeholders, never a guess.
    review = sections["review_litigation"]["figures"]
    assert review["suits"] == 0
    assert review["reviews"].startswith("【请填写：") and "第 11 段、第 12 段" in review["reviews"]
    assert sections["fees"]["figures"]["charged"].startswith("【请填写：")
    # The free sentences stay in the text, as published.
    assert sections["active_disclosure"]["content"][0].startswith("全年共主动公开政府信息1,234条")

    findings = {(f.place, f.rule, f.message) for f in result.findings}
    assert findings == {
        # The first sentence is worded as reportkit prints it; the second gives another number.
        ("第 11 段", "figures",
         "“政府信息公开复议、诉讼和申诉情况”的“行政复议”在第 11 段是 1，在第 12 段写作“因政府信息公开被申请行政复议的共有2件”，"
         "两处不一致，都未采用：请核对后填写"),
        ("第 14 段", "figures",
         "“政府信息公开的收费及减免情况”的“收取费用（元）”写作“依申请提供政府信息收取复印费用数十元”，"
         "不是确切的数字：请照原始台账填写"),
        # The queries the table counts: the figures have no field for them.
        ("第 1 个表格第 4 行", "figures",
         "“依申请公开政府信息情况”写的“咨询30次”是咨询的数字：2008 版的 figures 没有这一项，未读进 figures，"
         "只照原文留在正文里，check 不核对它：无需改动，核对时请对照原件"),
    }
    assert any("从正文的句子里读出" in note for note in result.imported.notes)
    assert any(note.startswith("“依申请公开政府信息情况”的 figures 是从正文的表格里读出的，原表仍留在正文中")
               for note in result.imported.notes)


def test_the_placeholders_are_listed_at_the_top_and_the_import_exits_1(tmp_path):
    page, _ = _import(tmp_path)
    out = tmp_path / "cli"
    result = CliRunner().invoke(cli, ["import", str(page), "-o", str(out)])
    assert result.exit_code == 1
    head = (out / "shuiwu-2012.yaml").read_text(encoding="utf-8").split("kind:")[0]
    assert "以下 3 处未能照原文映射" in head and "#   第 14 段：" in head
    assert "“行政复议”在第 11 段是 1" in result.output
    assert "Traceback" not in result.output


def test_the_phrases_are_the_builds_own():
    """The phrases are found by printing marked figures; a sentence reportkit prints reads back exactly."""
    assert {(p.field, p.stem, p.unit) for p in figures2008.phrases("applications")} == {
        ("received", "本年度共收到政府信息公开申请", "件"), ("answered", "已答复", "件")}
    assert figures2008.read_sentence("applications", "本年度共收到政府信息公开申请5件，其中当面申请2件、网上申请3件；"
                                                     "已答复4件，其中同意公开3件，信息不存在1件。") == {
        "received": 5, "answered": 4, "channels": [{"name": "当面申请", "count": 2}, {"name": "网上申请", "count": 3}],
        "outcomes": [{"name": "同意公开", "count": 3}, {"name": "信息不存在", "count": 1}]}
    # Worded otherwise, it is not reportkit's sentence: the free search reads it and the text is kept.
    assert figures2008.read_sentence("applications", "全年共收到政府信息公开申请5件。") is None
