"""`reportkit init --from` of a 2008 report with a part printed within another (sections.<key>.within): that part
keeps its `within` and last year's figures, and asks for no text of its own (its text is the other part's)."""
from click.testing import CliRunner
from ruamel.yaml import YAML

from reportkit.cli import cli

LAST_YEAR = """\
kind: annual-report
edition: "2008"
year: 2012
agency: 石桥乡人民政府
date: 2013-03-18
sections:
  overview:
    content:
      - 乡政府办公室负责信息公开的日常工作，另有一名干部协助。
  review_litigation:
    title: 行政复议、行政诉讼及收费情况
    figures: {reviews: 0, suits: 0}
    content:
      - 全年未发生因信息公开引起的复议和诉讼，复印材料按规定收取了工本费。
  fees:
    within: review_litigation
    figures: {charged: 12}
  problems:
    content:
      - 公开栏内容更新不够及时，明年起按月核对。
"""


def test_a_part_within_another_asks_for_no_text_of_its_own(tmp_path):
    source, target = tmp_path / "2012.yaml", tmp_path / "2013.yaml"
    source.write_text(LAST_YEAR, encoding="utf-8")
    run = CliRunner().invoke(cli, ["init", "--from", str(source), "-o", str(target)])
    assert run.exit_code == 0, run.output
    sections = YAML(typ="safe").load(target.read_text(encoding="utf-8"))["sections"]
    assert sections["fees"] == {"within": "review_litigation"}  # its figures are last year's, commented out
    assert "charged: 12" in target.read_text(encoding="utf-8")
    assert len(sections["review_litigation"]["content"]) == 1 and "请填写" in sections["review_litigation"]["content"][0]
