"""A title too long for one line breaks where a reader would (GB/T 9704 §7.3.1), the same in every output."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml

from reportkit.blocks import Table
from reportkit.layout import Geometry, text_width
from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins
from reportkit.line_breaks import broken

ROOT = Path(__file__).resolve().parents[1]
G = Geometry()
ROOM = G.block_width_mm * 72 / 25.4 / G.title_size_pt  # 2号 characters across the text block: 20.1
LONG = ("某某自治州某某县乡村振兴和农业农村综合行政执法服务中心关于二〇二四年度政府信息公开工作情况"
        "和二〇二五年度工作打算的年度报告（按国办公开办函〔2021〕30号格式编制）")
TITLES = [LONG, "某某市某某局关于2016年度政府信息公开工作情况的报告", "某某市生态环境局关于印发2024年政务公开工作实施方案的通知",
          "关于做好2024年度政府信息公开工作年度报告编制和发布工作的通知", "某县农业农村局2024年工作总结和2025年工作计划",
          "【请填写：发布机关全称】2023年政府信息公开工作年度报告"]


def _words_kept(lines: list[str]) -> list[str]:
    """The words of the titles above that a line break parts."""
    words = ("行政执法", "政府信息公开", "服务中心", "二〇二四", "二〇二五", "2016", "2024", "〔2021〕", "30号", "实施方案",
             "年度报告", "【请填写：发布机关全称】", "工作计划", "工作总结", "发布工作")
    text = "".join(lines)
    return [w for w in words if w in text and not any(w in line for line in lines)]


@pytest.mark.parametrize("title", TITLES)
def test_a_long_title_breaks_between_words_into_lines_that_fit(title):
    lines = broken(title, ROOM, G.autospace_em).split("\n")
    assert "".join(lines) == title and len(lines) > 1
    assert all(text_width(line, G.autospace_em) <= ROOM for line in lines)
    assert _words_kept(lines) == []
    assert not any(line[0] in "，。、）》〕】：" or line[-1] in "（《〔【" for line in lines)
    # near-equal lines: none under a third of the longest (an engine left "告" or "制）" alone on the last)
    widths = [text_width(line, G.autospace_em) for line in lines]
    assert min(widths) >= max(widths) / 3


def test_the_break_goes_after_an_organ_s_name_or_a_year_not_inside_a_word():
    first, second = broken("某某市人民政府办公室关于2023年度政府信息公开工作情况的报告", ROOM, G.autospace_em).split("\n")
    assert first in ("某某市人民政府办公室", "某某市人民政府办公室关于2023年度")
    assert broken("某某省某某市某某区市场监督管理局二〇二三年政务公开工作总结", ROOM, G.autospace_em) == \
        "某某省某某市某某区市场监督管理局\n二〇二三年政务公开工作总结"


@pytest.mark.parametrize("title, words", [
    ("某某市人民政府二〇二〇年政府信息公开工作年度报告（按国办公开办函格式）", ["二〇二〇年"]),
    ("某某县教育局二〇一〇年政府信息公开工作年度报告（重新排版）", ["二〇一〇年"]),
    ("某某市人民政府办公室关于市政府所属部门2023年政府信息公开工作情况的通报", ["所属"]),
    ("某县老年人权益保障工作领导小组办公室2023年政府信息公开工作年度报告", ["老年人"]),
    ("某某大学附属医院院务公开工作领导小组二〇一〇年政府信息公开工作报告", ["院务", "二〇一〇年"]),
    ("关于做好全市局面稳定和干部队伍建设中政府信息公开工作的通知", ["局面", "队伍"]),
])
def test_years_and_words_an_organ_s_suffix_begins_stay_whole(title, words):
    """A reviewer found “二〇|二〇年” (a year was a place to break before every 二〇), “所|属”, “老年|人”, “院|务”, “局|面”
    and “队|伍” (an organ's suffix or 年 was one wherever it stood)."""
    lines = broken(title, ROOM, G.autospace_em).split("\n")
    assert [w for w in words if not any(w in line for line in lines)] == []


@pytest.mark.parametrize("room", [ROOM, 16, 12])
@pytest.mark.parametrize("name", ["住房和城乡建设局", "自然资源和规划局", "人力资源和社会保障局", "发展和改革委员会", "文化广电体育和旅游局"])
def test_an_organ_s_name_with_and_in_it_stays_whole(name, room):
    """A reviewer found “自然资源和|规划局办公室” in a 版记's 印发机关: 和 was a place to break inside an organ's name."""
    for text in (f"某某省某某市某某县{name}办公室（政务公开科）", f"某某市某某区{name}2023年政府信息公开工作年度报告"):
        lines = broken(text, room, G.autospace_em).split("\n")
        assert len(lines) > 1 and any(name in line for line in lines), lines


@pytest.mark.parametrize("title, expected", [
    ("某县财政局（县国资办）2023年工作总结", ["某县财政局（县国资办）2023年工作总结"]),
    ("某县人民政府（县政务服务管理局、县大数据发展中心、县营商环境局）",
     ["某县人民政府（县政务服务管理局、", "县大数据发展中心、县营商环境局）"]),
    ("某某县林业局（某某县国有林场管理中心、某某县森林公安局）",
     ["某某县林业局（某某县国有林场管理中心、", "某某县森林公安局）"]),
    ("某某新区社会事业局（某某新区卫生健康和民政事务中心）2023年政务公开工作总结",
     ["某某新区社会事业局", "（某某新区卫生健康和民政事务中心）", "2023年政务公开工作总结"]),
    ("某某市某某区人民政府办公室（某某区政务服务管理局、某某区大数据发展中心）",
     ["某某市某某区人民政府办公室", "（某某区政务服务管理局、", "某某区大数据发展中心）"]),
    ("某某区人民政府办公室（某某区政务服务和数据管理局、某某区信访局）",
     ["某某区人民政府办公室", "（某某区政务服务和数据管理局、", "某某区信访局）"]),
    ("某某州某某县卫生健康局（某某县疾病预防控制中心、某某县妇幼保健院）",
     ["某某州某某县卫生健康局", "（某某县疾病预防控制中心、", "某某县妇幼保健院）"]),
    ("某某市某某县商务局（某某县粮食和物资储备局某某县招商服务中心）2024年政府信息公开工作年度报告",
     ["某某市某某县商务局", "（某某县粮食和物资储备局", "某某县招商服务中心）2024年", "政府信息公开工作年度报告"]),
    ("某某县发展和改革局（某某县人民政府粮食和物资储备办公室）2023年政府信息公开工作年度报告",
     ["某某县发展和改革局", "（某某县人民政府粮食和物资储备办公室）", "2023年政府信息公开工作年度报告"]),
    ("某某县应急管理局（某某县安全生产委员会办公室、某某县防灾减灾救灾委员会办公室）",
     ["某某县应急管理局", "（某某县安全生产委员会办公室、", "某某县防灾减灾救灾委员会办公室）"]),
    ("某某县人民政府2023年政府信息公开工作年度报告（按国办公开办函〔2021〕30号格式编制）",
     ["某某县人民政府2023年", "政府信息公开工作年度报告", "（按国办公开办函〔2021〕30号格式编制）"]),
])
def test_a_bracket_starts_a_line_and_breaks_only_between_the_names_in_it(title, expected):
    """A reviewer found “…办公室（某某区|政务服务管理局、…）”: a bracket longer than a line broke inside an organ's name
    after its place (区 was as cheap there as a line more), or after a suffix the name goes on from (委员会|办公室). A
    bracket now starts a line and breaks after 、 or an organ's suffix, with a line more where the lines cannot break so
    (“…工作年度报告（按国办公开办函|〔2021〕…” too)."""
    lines = broken(title, ROOM, G.autospace_em).split("\n")
    assert lines == expected
    assert all(text_width(line, G.autospace_em) <= ROOM for line in lines)


def test_and_between_two_things_is_still_a_place_to_break():
    assert broken("某县农业农村局二〇二四年工作总结和二〇二五年工作计划", 14, G.autospace_em) == \
        "某县农业农村局二〇二四年\n工作总结和二〇二五年工作计划"


@pytest.mark.parametrize("room", [ROOM, 18, 14])
def test_guanyu_never_ends_a_line(room):
    """“……旅游局关于|2023年……”: 关于 belongs to what it is about."""
    lines = broken("某某县文化广电体育和旅游局关于2023年政府信息公开工作的年度报告", room, G.autospace_em).split("\n")
    assert not any(line.endswith("关于") for line in lines) and lines[1].startswith("关于"), lines


def test_a_word_s_line_break_is_a_break():
    """Word's Shift+Enter reaches the data as U+2028 (reportkit.load.LINE_BREAK): it breaks the title as \\n does."""
    assert broken("某某市人民政府办公室\u2028关于2023年度政务公开工作要点", ROOM, G.autospace_em) == \
        "某某市人民政府办公室\n关于2023年度政务公开工作要点"


def test_a_short_title_and_the_data_s_own_breaks_are_kept():
    assert broken("某县统计局2023年政务公开工作总结", ROOM, G.autospace_em) == "某县统计局2023年政务公开工作总结"
    assert broken("某某自治州某某县乡村振兴和农业农村综合行政执法服务中心\n2024年政府信息公开工作年度报告", ROOM,
                  G.autospace_em) == "某某自治州某某县乡村振兴和\n农业农村综合行政执法服务中心\n2024年政府信息公开工作年度报告"
    assert broken("关于\n做好", ROOM) == "关于\n做好"


def test_text_of_more_than_eight_lines_is_left_to_the_engines():
    """No title or name is that long; breaking it was quadratic in its length (a 50,000-character title of a broken
    data file would have hung the render)."""
    text = "某某局关于二〇二四年度政府信息公开工作的报告" * 2300
    assert broken(text, ROOM, G.autospace_em) == text
    nine = "某某局关于政府信息公开工作的报告" * 11  # 176 characters: 9 lines of 20
    assert broken(nine, ROOM, G.autospace_em) == nine
    assert broken(nine[:150], ROOM, G.autospace_em).count("\n") >= 7


def _sample_with(folder: Path, **changes):
    """The sample report with ``changes`` to its data, prepared, and the plugins."""
    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8")) | changes
    path = folder / "report.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    plugins = load_plugins()
    return prepare(path, plugins), plugins


@pytest.fixture(scope="module")
def long_titled(tmp_path_factory):
    return _sample_with(tmp_path_factory.mktemp("title"), title=LONG)


LATIN = "某县人民政府关于推广“WPS+OFD”版式文件在政府信息公开工作中应用的通知"


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_latin_capitals_are_measured_as_wide_as_they_print(tmp_path, fmt):
    """Capitals were measured at half an em, as wide as they are in no face: the line ran over and an engine left the
    last character alone on a third line."""
    prepared, plugins = _sample_with(tmp_path, title=LATIN)
    expected = broken(LATIN, ROOM, G.autospace_em).split("\n")
    assert _title_lines(render(prepared.document, prepared.layout, fmt, plugins.registry).data) == expected


def _title_lines(pdf: bytes) -> list[str]:
    """The lines of the first page set larger than the body: the title's."""
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        chars = [c for c in opened.pages[0].chars if c["size"] > G.body_size_pt + 1 and c["text"].strip()]
    rows: dict = {}
    for c in chars:
        rows.setdefault(round(c["top"]), []).append(c)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])) for _, row in sorted(rows.items())]


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_both_pdfs_print_the_title_s_lines_as_broken(long_titled, fmt):
    """Each engine broke the long title where its next character no longer fitted ("综合行|政执法", "编|制", a last
    line of "制）"); both now print the lines broken between words."""
    prepared, plugins = long_titled
    expected = broken(LONG, ROOM, G.autospace_em).split("\n")
    assert _title_lines(render(prepared.document, prepared.layout, fmt, plugins.registry).data) == expected
    assert prepared.document.title == LONG  # the document's metadata keeps it whole


def test_the_docx_breaks_the_title_at_the_same_places(long_titled):
    prepared, plugins = long_titled
    data = render(prepared.document, prepared.layout, "docx", plugins.registry).data
    title = docx.Document(io.BytesIO(data)).paragraphs[0]
    breaks = len(title._p.xpath(".//w:br"))
    assert title.text.replace("\n", "") == LONG and breaks == broken(LONG, ROOM, G.autospace_em).count("\n")


BRACKETED = "某某省某某市交通运输局（某某市公路事业发展中心、某某市港航管理局）"


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst", "docx"])
@pytest.mark.parametrize("title, last", [(None, "2023年政府信息公开工作年度报告"),
                                         (BRACKETED + "2023年度政务公开工作总结", "2023年度政务公开工作总结")])
def test_an_organ_with_a_long_bracket_prints_the_same_title_lines_in_every_output(tmp_path, fmt, title, last):
    """The default title (the agency, then the year and 政府信息公开工作年度报告 on a line of their own) and a typed one
    printed “…交通运输局（某某市|公路事业…”."""
    prepared, plugins = _sample_with(tmp_path, agency=BRACKETED, **({"title": title} if title else {}))
    expected = ["某某省某某市交通运输局", "（某某市公路事业发展中心、", "某某市港航管理局）", last]
    data = render(prepared.document, prepared.layout, fmt, plugins.registry).data
    if fmt == "docx":
        assert docx.Document(io.BytesIO(data)).paragraphs[0].text.split("\n") == expected
    else:
        assert _title_lines(data) == expected


ORGAN = "某某自治州某某县乡村振兴和农业农村综合行政执法服务中心（县农村经济经营管理站、县农业技术推广站）"


@pytest.fixture(scope="module")
def long_organ(tmp_path_factory):
    return _sample_with(tmp_path_factory.mktemp("organ"), agency=ORGAN)


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst", "docx"])
def test_a_signing_organ_too_long_for_its_line_breaks_between_the_parts_of_its_name(long_organ, fmt):
    """A 署名 wider than the line less its 2 characters wrapped where the next character no longer fitted
    (“…执法服务中|心（…）”); it breaks now between the parts of the name, each line right-aligned as before."""
    prepared, plugins = long_organ
    expected = ["某某自治州某某县乡村振兴和", "农业农村综合行政执法服务中心", "（县农村经济经营管理站、县农业技术推广站）"]
    assert broken(ORGAN, G.chars_per_line - 2, G.autospace_em).split("\n") == expected
    data = render(prepared.document, prepared.layout, fmt, plugins.registry).data
    if fmt == "docx":
        paragraphs = [p for p in docx.Document(io.BytesIO(data)).paragraphs if p.style.name == "Signature"]
        assert [p.text for p in paragraphs] == ["\n".join(expected)]
        return
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        rows: dict = {}
        for page in pdf.pages:
            for c in page.chars:
                if c["text"].strip():
                    rows.setdefault((page.page_number, round(c["top"])), []).append(c)
    printed = ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"])) for _, row in sorted(rows.items())]
    at = max(i for i, line in enumerate(printed) if line == expected[0])  # the 署名's, after the title's
    assert printed[at:at + 4] == [*expected, "2024年1月25日"]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_broken_organ_imports_back_as_one_organ(tmp_path, fmt):
    """The lines reportkit broke a long 署名 into came back from its own DOCX and web page as three organs; a joint
    document's organs, each short, stay apart."""
    from _import_helpers import imported, render_source

    data = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    for signature in (ORGAN, ["某县自然资源局", "某县财政局"]):
        data["agency"], data["signature"] = "某县自然资源局", signature
        folder = tmp_path / str(len(signature))
        folder.mkdir()
        path = folder / "report.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        back = imported(render_source(path, fmt, folder), folder)
        assert yaml.safe_load(back.target.read_text(encoding="utf-8"))["signature"] == signature


def _scaled(tables, factor: int):
    """``tables`` with every count multiplied by ``factor``: the 勾稽 rules, all sums, still hold."""
    if isinstance(tables, bool) or not isinstance(tables, (int, dict, list)):
        return tables
    if isinstance(tables, int):
        return tables * factor
    if isinstance(tables, dict):
        return {k: _scaled(v, factor) for k, v in tables.items()}
    return [_scaled(v, factor) for v in tables]


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """A province's sums: table 三's counts of 6 digits (114,038 natural persons), table 二's of 6 too."""
    sample = yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8"))
    return _sample_with(tmp_path_factory.mktemp("province"), tables=_scaled(sample["tables"], 3001))


def _applications(document):
    return [b for b in document.blocks if isinstance(b, Table)][1]


def test_a_column_too_narrow_for_its_figures_is_widened_from_the_labels(province):
    """Table 三's 6-digit counts broke inside their cells (“11403|8”): their columns take the room they need from the
    label column, the others keep theirs, and the table is as wide as before."""
    prepared, _ = province
    table = _applications(prepared.document)
    built = [1.0, 1.3, 3.6] + [1.0] * 7
    assert sum(table.widths) == pytest.approx(sum(built))
    room = [G.cell_room(table.widths, c) for c in range(10)]  # characters of the table's type
    for (r, c), cell in table.grid().items():
        if r >= 3 and c >= 3:
            assert len(cell.text) * 0.56 <= room[c], (cell.text, room[c])
    assert table.widths[2] < built[2] and table.widths[0] == pytest.approx(built[0], rel=0.2)
    assert any(len(cell.text) == 6 for cell in table.grid().values())


def test_a_county_s_tables_keep_their_widths(tmp_path):
    prepared, _ = _sample_with(tmp_path)
    assert _applications(prepared.document).widths == [1.0, 1.3, 3.6] + [1.0] * 7


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst", "docx"])
def test_every_figure_of_a_province_s_table_prints_whole(province, fmt):
    prepared, plugins = province
    table = _applications(prepared.document)
    figures = {cell.text for (r, c), cell in table.grid().items() if r >= 3 and c >= 3}
    data = render(prepared.document, prepared.layout, fmt, plugins.registry).data
    if fmt == "docx":  # the widths Word, WPS and LibreOffice lay the columns out with
        grid = [t for t in docx.Document(io.BytesIO(data)).tables if len(t.columns) == 10][0]._tbl.tblGrid
        cols = [int(col.get(docx.oxml.ns.qn("w:w"))) / 20 for col in grid.findall(docx.oxml.ns.qn("w:gridCol"))]
        for c in range(3, 10):
            widest = max(len(cell.text) for (r, k), cell in table.grid().items() if r >= 3 and k == c)
            assert widest * 0.56 * G.table_size_pt + 2 * G.cell_padding_h_pt <= cols[c] + 0.1  # whole twips
        return
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = {w["text"] for page in pdf.pages for w in page.extract_words(keep_blank_chars=False)}
    assert sorted(f for f in figures if f not in words) == []
