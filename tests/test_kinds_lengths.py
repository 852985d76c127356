"""Work plans and work summaries of other lengths than the examples, as a signing office renders them: a one-paragraph
summary, three heading levels over many pages, a task table of 1, 60 and 220 rows with long units and deadlines in
words, titles of one to three lines, a very long agency, many attachments, two signing organs, digits, Latin and web
addresses in the text, optional fields left empty; and bad input (a name or title far too long, a cell too long, too
many cells), which is refused at its file:line:col in Chinese."""
from __future__ import annotations

import functools
import io
import json
import re
from collections import Counter

import docx
import pdfplumber
import pytest
from click.testing import CliRunner

import layout_measure as lm
from reportkit.cli import cli
from reportkit.pipeline import build, check_file, choose_layout, render

#: Sentences of about a line each, digits, Latin letters and a web address among them.
SENTENCES = [
    "各科室对照年初确定的目标逐月检查进度，发现滞后的事项当即督促整改。",
    "门户网站全年新增栏目12个，更新信息3456条，网址为https://www.example-city.gov.cn/xxgk/。",
    "窗口工作人员轮流参加业务培训，熟悉办理流程，答复群众咨询更加规范。",
    "通过12345热线和局长信箱收到意见86件，均在5个工作日内回复，满意率98.5%。",
    "对照GB/T 9704-2012的要求统一公文格式，规范性文件全部编号登记、集中公开。",
    "各单位把公开工作纳入年度考核，层层压实责任，形成上下联动的工作格局。",
]
UNITS = ["办公室", "政策法规科", "市生态环境保护综合行政执法支队第三大队", "市环境监测中心站（市生态环境信息中心）",
         "宣传教育与新闻发布中心", "财务审计科", "各县（区）分局"]
DEADLINES = ["2024-06-30", "2024-12", "全年", "第二季度前完成初稿，第三季度前报批，年底前全面实施", "2024年9月"]
LONG_AGENCY = "某某省某某市某某区人民政府办公室（区政务服务管理办公室、区大数据发展管理局）"


def text(start: int, count: int) -> str:
    return "".join(SENTENCES[(start + i) % len(SENTENCES)] for i in range(count))


def deep(parts: int) -> list:
    """``parts`` headings（一）, each with a 1. heading and a （1） heading under it."""
    return [{"heading": f"第{a + 1}方面的重点工作和取得的成效", "content": [text(a, 4), {
        "heading": f"围绕目标任务细化措施{a + 1}", "content": [text(a, 3), {
            "heading": "具体做法与阶段成果（含数据）", "content": [text(a + 1, 5), text(a + 2, 2)]}]}]} for a in range(parts)]


def tasks(count: int, split_every: int = 0) -> list:
    """``count`` tasks; every ``split_every``-th one split into three sub-items; some with two paragraphs."""
    out = []
    for i in range(count):
        task = {"task": f"推进第{i + 1}项重点任务落地见效" + ("，并同步做好解读和回应工作" if i % 3 == 0 else ""),
                "content": [text(i, 1 + i % 2)] + ([text(i + 1, 1)] if i % 4 == 1 else []),
                "lead": UNITS[i % len(UNITS)], "deadline": DEADLINES[i % len(DEADLINES)]}
        if i % 4:
            task["support"] = [UNITS[(i + 2) % len(UNITS)], UNITS[(i + 3) % len(UNITS)]]
        if split_every and i % split_every == 1:
            task["items"] = [{"task": f"细化分工第{j + 1}项", "content": [text(j, 1)], "lead": UNITS[j]} for j in range(3)]
        out.append(task)
    return out


PLAN = {"kind": "work-plan", "year": 2024, "requirements": [text(0, 2)], "safeguards": [text(3, 2)]}
SUMMARY = {"kind": "work-summary", "year": 2023, "date": "2024-01-15"}
VARIANTS = {
    "summary-one-paragraph": {**SUMMARY, "agency": "某县档案馆", "work": [text(0, 3)], "problems": [text(2, 1)]},
    "summary-three-levels-30-pages": {**SUMMARY, "agency": "某市人力资源和社会保障局", "addressee": "市政府办公室",
                                      "preamble": [text(1, 2)], "work": deep(20), "problems": deep(1) + [text(4, 2)],
                                      "plan": deep(4)},
    "summary-three-line-title-16-attachments-two-organs": {
        **SUMMARY, "agency": LONG_AGENCY, "title": f"{LONG_AGENCY}\n2023年政府信息公开和政务公开工作总结\n暨2024年工作计划",
        "preamble": [text(3, 2)], "work": [{"heading": "主动公开", "content": [text(1, 4)]}, text(2, 6)],
        "problems": [text(5, 2)], "plan": [text(0, 3)],
        "attachments": [{"title": f"第{i}项专题统计表（2023年度，单位：件）", "content": [text(i, 1)]} for i in range(1, 17)],
        "signature": [LONG_AGENCY, "某某省某某市某某区数据资源管理局"]},
    "summary-empty-optional-fields": {**SUMMARY, "agency": "某乡", "title": "工作总结", "preamble": [], "headings": {},
                                      "work": [text(0, 2)], "problems": [text(1, 1)], "plan": [], "attachments": []},
    "plan-one-row-inline": {**PLAN, "agency": "某镇人民政府", "tasks": tasks(1), "task_table": {"place": "inline"},
                            "date": "2024-02-01"},
    "plan-60-rows-notice-two-organs": {
        **PLAN, "agency": "某市生态环境局", "preamble": [text(2, 2)], "tasks": tasks(60, 7),
        "task_table": {"place": "attachment"},
        "notice": {"title": "某市生态环境局关于印发\n2024年政务公开工作要点的通知", "addressee": "局机关各处室，各分局，局属各单位",
                   "body": [text(1, 2)], "signature": ["某市生态环境局", "某市生态环境保护委员会办公室"], "date": "2024-03-05"}},
    # 220 rows: 102 pages, so page numbers of three digits on both sides, the last 32 the table, which goes on
    # under its head. It was 400 (184 pages, 58 of the table), which reaches no break the 220 rows do not: measured in both
    # PDFs alike, the 400 rows' 125 page breaks in the body are of 7 kinds, by the two lines above the break and the
    # two below (each a task's heading, a paragraph's first line, another line of it, or a 责任科室 line), each kind
    # 3 to 47 times; the 220 rows' breaks are of the same 7 kinds and one more, and every page of the table but its
    # first begins with the head in both.
    "plan-220-rows": {**PLAN, "agency": "某省人民政府办公厅", "tasks": tasks(220), "task_table": {"place": "attachment"},
                      "date": "2024-01-30"},
    "plan-long-agency-three-line-title-attachments": {
        **PLAN, "agency": LONG_AGENCY, "title": f"{LONG_AGENCY}\n2024年政务公开\n工作要点", "tasks": tasks(5, 2),
        "task_table": {"place": "inline", "title": "重点任务分工表"},
        "attachments": [{"title": f"配套制度{i}", "content": [text(i, 2)],
                         "table": {"columns": ["序号", "事项", "责任单位", "网址"],
                                   "rows": [[k, f"事项{k}", UNITS[k % 7], f"https://example.gov.cn/a/{k}"] for k in range(1, 6)]}}
                        for i in range(1, 10)],
        "signature": [LONG_AGENCY, "某某省某某市某某区政务公开领导小组办公室"], "date": "2024-02-20"},
    "plan-empty-optional-fields": {**PLAN, "agency": "某村", "tasks": [{"task": "公开村务", "lead": "村委会"}],
                                   "preamble": [], "attachments": [], "date": "2024-01-15"},  # 成文日期 (WP4)
}
SLOW = {"plan-220-rows"}


def write(tmp_path, data: dict, name: str = "data.yaml"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")  # JSON is YAML
    return path


def page_faults(document, layout, pdf: bytes) -> list[str]:
    """What a signing office would send back, measured (tests/layout_measure.py): a full page not of 22 lines, room
    at a full page's foot, a ragged line, text off the block, a keep rule broken, a page number on the wrong side or
    missing, a table going on to a page without its head, and any character of the data missing from the PDF."""
    g = layout.geometry
    pages = lm.measure(pdf, g)
    faults = [f"p{n}: {count} lines on a full page" for n, count in lm.lines_per_full_page(pages, document, g).items()
              if count != g.lines_per_page and len(lm.body_lines([pages[n - 1]], g)) == len(pages[n - 1].lines)]
    faults += lm.foot_room(pages, document, g) + lm.overflow(pages) + lm.ragged_lines(pages, document, g)
    faults += lm.stranded(pages, document, g)
    middle = g.page_width_mm * lm.MM / 2
    for page in pages:
        if page.folio is None:
            faults.append(f"p{page.number}: no page number")
        elif (page.folio.x0 > middle) != (page.number % 2 == 1):  # odd pages on the right, even on the left
            faults.append(f"p{page.number}: page number on the wrong side")
    for before, page in zip(pages, pages[1:]):
        if page.rows and before.rows and before.rows[-1].bottom > before.block[3] - 80 and not page.rows[0].head:
            faults.append(f"p{page.number}: the table goes on without its head")
    printed = Counter(re.sub(r"\s", "", "".join(line.text for page in pages for line in [*page.lines, *page.below])))
    data = Counter(re.sub(r"\s", "", "".join(t for _, t, _ in document.texts())))
    if missing := data - printed:
        faults.append(f"characters missing from the PDF: {''.join(missing.elements())[:40]}")
    return faults


@pytest.fixture(scope="module")
def made(plugins, tmp_path_factory):
    """``made(name, fmt)``: the document of ``VARIANTS[name]`` (checked strictly), its layout and its rendering in
    ``fmt``; each variant is built once for all its formats, each format rendered once."""
    @functools.cache
    def built(name: str):
        validated = check_file(write(tmp_path_factory.mktemp(name), VARIANTS[name]), plugins, strict=True)
        layout = choose_layout(validated, plugins.registry)
        return build(validated, layout), layout

    @functools.cache
    def rendered(name: str, fmt: str):
        document, layout = built(name)
        return document, layout, render(document, layout, fmt, plugins.registry)
    return rendered


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in VARIANTS])
def test_every_page_of_a_variant_is_fit_to_sign(name, fmt, made):
    document, layout, result = made(name, fmt)
    assert [d.message for d in result.diagnostics if d.severity != "note"] == []
    assert page_faults(document, layout, result.data) == []


# Bad input -----------------------------------------------------------------------------------------------------------
def _notice(**changes) -> dict:
    return {"title": "某镇人民政府关于印发工作要点的通知", "body": ["现印发给你们。"], "date": "2024-01-10", **changes}


#: A field far too long (a paragraph pasted into a name): ``(data, the value, words of the message)``.
TOO_LONG = {
    "plan-agency": ({**VARIANTS["plan-empty-optional-fields"], "agency": "某" * 61}, "某" * 61, "机关名称有 61 个字"),
    "plan-title": ({**VARIANTS["plan-empty-optional-fields"], "title": "题" * 101}, "题" * 101, "标题有 101 个字"),
    "plan-lead": ({**PLAN, "agency": "某村", "tasks": [{"task": "公开村务", "lead": "单" * 51}]}, "单" * 51,
                  "科室（单位）名称有 51 个字"),
    "plan-support": ({**PLAN, "agency": "某村", "tasks": [{"task": "公开村务", "lead": "村委会", "support": ["办", "协" * 70]}]},
                     "协" * 70, "科室（单位）名称有 70 个字"),
    "plan-sub-item-deadline": ({**PLAN, "agency": "某村", "tasks": [{"task": "公开村务", "lead": "村委会", "items": [
        {"task": "公开账目", "deadline": "按季度" * 30}]}]}, "按季度" * 30, "完成时限有 90 个字"),
    "plan-task": ({**PLAN, "agency": "某村", "tasks": [{"task": "任务" * 120, "lead": "村委会"}]}, "任务" * 120,
                  "任务名称有 240 个字"),
    "plan-notice-title": ({**VARIANTS["plan-empty-optional-fields"], "notice": _notice(title="通知" * 60)}, "通知" * 60,
                          "标题有 120 个字"),
    "plan-notice-addressee": ({**VARIANTS["plan-empty-optional-fields"], "notice": _notice(addressee="各单位，" * 60)},
                              "各单位，" * 60, "主送机关有 240 个字"),
    "plan-task-table-title": ({**VARIANTS["plan-empty-optional-fields"], "task_table": {"title": "表" * 150}}, "表" * 150,
                              "标题有 150 个字"),
    "summary-agency": ({**VARIANTS["summary-one-paragraph"], "agency": LONG_AGENCY * 2}, LONG_AGENCY * 2,
                       "机关名称有 76 个字"),
    "summary-title": ({**VARIANTS["summary-one-paragraph"], "title": "总结" * 51}, "总结" * 51, "标题有 102 个字"),
    "summary-addressee": ({**VARIANTS["summary-one-paragraph"], "addressee": "市直各部门、" * 40}, "市直各部门、" * 40,
                          "主送机关有 240 个字"),
}


def errors(path) -> list[tuple[int, int, str]]:
    """``(line, column, message)`` of each error ``reportkit render`` prints for ``path`` (the checks on the
    document's texts run before it is typeset); never a traceback."""
    result = CliRunner().invoke(cli, ["render", str(path), "-f", "pdf", "-o", str(path.parent)])
    assert result.exit_code != 0 and "Traceback" not in result.output and result.exception is None or \
        isinstance(result.exception, SystemExit), result.output
    return [(int(line), int(col), message) for line, col, message in
            re.findall(rf"^{re.escape(str(path))}:(\d+):(\d+): error: (.*)$", result.output, re.M)]


def at_value(path, line: int, col: int, value: str) -> bool:
    """Whether ``line:col`` of ``path`` is where ``value`` is written (its opening quote, or its first character)."""
    return path.read_text(encoding="utf-8").splitlines()[line - 1][col - 1:].lstrip('"').startswith(value[:20])


@pytest.mark.parametrize("name", TOO_LONG)
def test_a_name_or_title_far_too_long_is_refused_at_its_place(name, tmp_path):
    """A 3,000-character agency printed a title over seven pages, a unit of 300 Latin letters was refused twice at its
    task's line, not its own: names, titles, units and deadlines in words have a length a page can hold, and one
    longer is refused at its own line and column with its length and the fix."""
    data, value, words = TOO_LONG[name]
    path = write(tmp_path, data)
    [(line, col, message)] = errors(path)
    assert words in message and "：" in message.split(words)[1], message
    assert at_value(path, line, col, value), (line, col)


def test_a_cell_too_long_is_told_once_at_the_paragraph_it_comes_from(tmp_path):
    """A task's measure over the paragraph limit is printed in the body and in the task table: it was reported twice,
    once at the task's first line (the cell's place)."""
    long = "措" * 50_001
    path = write(tmp_path, {**PLAN, "agency": "某村", "tasks": [{"task": "公开村务", "lead": "村委会", "content": [long]}],
                            "task_table": {"place": "attachment"}})
    [(line, col, message)] = errors(path)
    assert "50,001 个字符" in message and at_value(path, line, col, long)


def test_too_many_table_cells_are_told_at_the_largest_table(tmp_path):
    """2,100 tasks make a task table over the document's cell limit: the error named the file only. Such a table is not
    fitted (work_plan.build._widths): its column widths took 6 s to find before the limit refused it."""
    path = write(tmp_path, {**PLAN, "agency": "某村", "tasks": [{"task": f"任务{i}", "lead": "办公室"} for i in range(2_100)],
                            "task_table": {"place": "attachment"}})
    result = CliRunner().invoke(cli, ["render", str(path), "-f", "pdf", "-o", str(tmp_path)])
    found = re.findall(rf"^{re.escape(str(path))}:(\d+):(\d+): error: (.*格.*)$", result.output, re.M)
    assert result.exit_code != 0 and len(found) == 1, result.output
    line, _, message = found[0]
    assert "10,000" in message and '"task_table"' in path.read_text(encoding="utf-8").splitlines()[int(line) - 1]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "pdf-typst"])
def test_an_inline_task_table_prints_the_name_given_to_it(fmt, made, plugins, tmp_path):
    """``task_table: {place: inline, title: …}``: the name was dropped without a word (only an attached table
    printed it); it is the table's caption now, and an inline table without a name has none."""
    _, layout, result = made("plan-long-agency-three-line-title-attachments", fmt)
    out = result.data
    if fmt == "docx":
        printed = [p.text for p in docx.Document(io.BytesIO(out)).paragraphs]
    else:
        with pdfplumber.open(io.BytesIO(out)) as pdf:
            printed = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    assert "重点任务分工表" in [re.sub(r"\s", "", line) for line in printed]
    unnamed = check_file(write(tmp_path, VARIANTS["plan-one-row-inline"], "unnamed.yaml"), plugins)
    assert [b.caption for b in build(unnamed, layout).blocks if hasattr(b, "caption")] == [None]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "pdf-typst"])
def test_a_task_s_measures_of_two_paragraphs_start_two_lines_of_its_cell(fmt, plugins, tmp_path):
    """A task's measures written as two paragraphs are two paragraphs in the body, but ran together in the task
    table's 具体措施 cell; the second now starts a line of the cell, at its left edge, as the first does."""
    first, second = "甲类措施：梳理公开目录并逐项标注责任人。", "乙类措施：每季度抽查一次栏目更新情况并通报。"
    data = {**PLAN, "agency": "某村", "task_table": {"place": "inline"},
            "tasks": [{"task": "公开村务", "lead": "村委会", "content": [first, second]}]}
    validated = check_file(write(tmp_path, data), plugins)
    layout = choose_layout(validated, plugins.registry)
    out = render(build(validated, layout), layout, fmt, plugins.registry).data
    if fmt == "docx":
        [table] = docx.Document(io.BytesIO(out)).tables
        assert table.rows[1].cells[2].text.replace(" ", "") == f"{first}\n{second}"
        return
    with pdfplumber.open(io.BytesIO(out)) as pdf:
        chars = [c for page in pdf.pages for c in page.chars if c["size"] < layout.geometry.body_size_pt - 1]
    text = "".join(c["text"] for c in chars)
    starts = [chars[text.index(paragraph[:4])] for paragraph in (first, second)]
    assert abs(starts[0]["x0"] - starts[1]["x0"]) < 1 and starts[1]["top"] > starts[0]["top"]
