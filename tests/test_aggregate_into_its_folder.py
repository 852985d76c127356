"""A sum written into the units' folder (``aggregate 各单位/ -o 各单位/汇总.yaml``) and summed again with --force, as
reportkit advises once a unit has mended its file: the folder's earlier sum is the output, not a unit (it was refused as
“是要汇总的数据文件之一”). Named on its own, an output among the units is still refused."""
from __future__ import annotations

import random

from test_aggregate import run, unit


def test_a_sum_in_the_units_folder_is_summed_again_with_force(tmp_path):
    rng = random.Random(3)
    folder = tmp_path / "各单位"
    folder.mkdir()
    units = [unit(folder, f"unit{i}", rng) for i in range(3)]
    out = folder / "汇总.yaml"
    first = run("aggregate", folder, "-o", out, "--agency", "某县人民政府")
    assert first.exit_code == 0, first.output
    summed = out.read_text(encoding="utf-8")
    again = run("aggregate", folder, "-o", out, "--agency", "某县人民政府", "--force")
    assert again.exit_code == 0, again.output
    assert f"已汇总 {len(units)} 个单位的统计表到 {out}" in again.output
    assert out.read_text(encoding="utf-8") == summed  # the same three units, the earlier sum not among them


def test_an_output_named_among_the_units_is_still_refused(tmp_path):
    rng = random.Random(4)
    units = [unit(tmp_path, f"unit{i}", rng) for i in range(2)]
    result = run("aggregate", *units, "-o", units[0], "--force")
    assert result.exit_code != 0
    assert "是要汇总的数据文件之一" in result.output
