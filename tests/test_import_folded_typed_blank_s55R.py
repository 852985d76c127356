"""A text saved folded at a width (its line breaks kept, not a PDF's copy): a blank the writer typed between Chinese
and a Latin word (浓度和 AQI) stays, as in a text of a paragraph a line, where the text writes its figures without
one (2024年, 300条). A PDF's copy gives a blank at every such edge, the page's gap (浓度和AQI prints so too): those
still go. The inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported

_PARAGRAPHS = [
    "为做好本局2024年政务公开工作，推动各项信息及时准确公开，回应社会关切，结合本局实际，制定本方案。",
    "以公开促落实，以公开促规范，以公开促服务，让群众看得到、看得懂、能监督，全年主动公开信息不少于300条。",
    "每天发布各监测点的污染物浓度和 AQI，遇重污染天气及时发出预警，让公众随时掌握准确的空气质量信息，减少对健康的影响。",
    "局政务公开领导小组统筹推进各项任务，定期研究解决公开工作中的问题，每季度通报一次各股室的完成情况。",
]


def _folded(text: str, width: int = 28) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _copy(paragraphs: list[str]) -> str:
    first, second, tasks, safeguards = (_folded(p) for p in paragraphs)
    return "\n".join(["桐溪县生态环境局2024年政务公开工作方案", "", "一、总体要求", "", *first, *second, "", "二、主要任务", "",
                      "（一）公开空气质量", *tasks, "责任科室（单位）：监测站", "", "三、保障措施", "", *safeguards, "",
                      "桐溪县生态环境局", "2024年2月20日", ""])


def _import(folder: Path, text: str) -> dict:
    source = folder / "plan.txt"
    source.write_text(text, encoding="utf-8")
    result = imported(source, folder, load_plugins(), documents=True)
    return yaml.safe_load(Path(result.target).read_text(encoding="utf-8"))


def test_a_blank_the_writer_typed_in_a_folded_text_stays(tmp_path):
    """It was taken for a page's gap, as in a PDF's copy: 浓度和AQI."""
    copy = _copy(_PARAGRAPHS)
    assert any("浓度和 AQI，" in line for line in copy.split("\n"))  # inside a line, not where lines join
    data = _import(tmp_path, copy)
    assert data["tasks"][0]["content"] == [_PARAGRAPHS[2]]
    assert data["requirements"] == _PARAGRAPHS[:2]


def test_a_pdf_s_copy_gives_its_gaps_at_every_edge_and_loses_them(tmp_path):
    spaced = [p.replace("2024年", "2024 年").replace("300条", "300 条") for p in _PARAGRAPHS]
    data = _import(tmp_path, _copy(spaced).replace("2024年2月20日", "2024 年 2 月 20 日"))
    assert data["tasks"][0]["content"] == [_PARAGRAPHS[2].replace("和 AQI", "和AQI")]
    assert data["requirements"] == _PARAGRAPHS[:2]
