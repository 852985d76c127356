"""An attachment's title longer than 60 characters (a title may have 100), printed by reportkit on three lines, is
read back as that attachment's title from every format: it was left as a placeholder, “下面没有找到附件的标题”, and
the 附件说明 naming it was left out as naming no attachment found."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from _import_helpers import imported, render_source

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LONG = "某县自然资源局2023年度主动公开政府信息目录及各栏目更新情况统计表（按季度汇总，含历年结转栏目）和各科室、各乡镇自然资源所信息报送情况"


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("long-title")
    path = folder / "long.yaml"
    path.write_text((EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8")
                    + f"attachments:\n  - title: {LONG}\n    content:\n      - 这份清单按季度列出各栏目的更新条数。\n"
                      "  - title: 政务公开专栏栏目清单\n    content:\n      - 清单列出专栏的各级栏目。\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["docx", "pdf", "pdf-typst", "html"])
def test_a_long_attachment_title_is_read_back(data, tmp_path, fmt):
    assert len(LONG) > 60
    result = imported(render_source(data, fmt, tmp_path), tmp_path)
    written = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert [a["title"] for a in written["attachments"]] == [LONG, "政务公开专栏栏目清单"]
    assert not [f for f in result.findings if f.rule == "attachments" or "附件" in f.message]
