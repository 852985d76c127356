"""R9 on the rest told after a count closed and some of its results (“办结54件，予以公开22件，部分公开6件，其余26件…”):
（七）总计 less the listed results' cells, or the cell of the one group it names (“其余8件不予公开”). The tables are
test_check_published's: 54 closed, 22 予以公开, 6 部分公开, 8 不予公开, 11 无法提供, 4 不予处理, 3 其他处理; the sentences
are written for these tests."""
from __future__ import annotations

from test_check_r18_received_and_change_wordings import _checked


def _r9(tmp_path, sentences: list[str]) -> list[list[str]]:
    found, _where = _checked(tmp_path, sentences)
    return [r9 for _r18, r9 in found]


def _rest(said: str, listed: str, rest: int) -> str:
    return (f"正文写的是“{said}”，而表三“三、本年度办理结果（七）总计”为 54，减去前面列出的各项结果在表中的 {listed} 件，余下 "
            f"{rest} 件：请改正其中一处（R9）")


def test_the_tables_rest_in_these_shapes_is_silent(tmp_path):
    right = ["全年办结54件，予以公开22件，部分公开6件，其余26件为不予公开、无法提供、不予处理等情形。",
             "全年办结54件，其中予以公开22件，部分公开6件，不予公开8件，其余18件为无法提供等。",
             "全年收到申请55件，办结54件，予以公开22件，其余32件依法作出其他答复。",
             "全年办结54件，其中予以公开22件，部分公开6件，不予公开8件，无法提供11件，不予处理4件，其余3件为其他处理。",
             # not the rest of the closed: of those closed in the year of the new, of another organ, of another year
             "全年办结54件，其中当年办结50件，予以公开22件，其余4件延期。",
             "全系统办结200件，予以公开80件，其余120件为其他答复。",
             "2020年办结54件，予以公开22件，其余30件。",
             # 予以公开 with 部分公开 in it: the rest is of 54 less 22
             "全年办结54件，其中予以公开22件（含部分公开6件），其余32件为不予公开等。"]
    found = _r9(tmp_path, right)
    assert found[:-1] == [[]] * (len(right) - 1)
    assert not any("其余" in message for message in found[-1])


def test_the_rest_is_the_count_closed_less_the_listed_results(tmp_path):
    assert _r9(tmp_path, ["全年办结54件，予以公开22件，部分公开6件，其余20件为不予公开、无法提供、不予处理等情形。",
                          "全年收到申请55件，办结54件，予以公开22件，其余30件依法作出其他答复。",
                          "全年办结五十四件，予以公开二十二件，部分公开六件，其余二十件为不予公开等。"]) == [
        [_rest("办结54件，予以公开22件，部分公开6件，其余20件", "22、6", 26)],
        [_rest("办结54件，予以公开22件，其余30件", "22", 32)],
        [_rest("办结五十四件，予以公开二十二件，部分公开六件，其余二十件", "22、6", 26)]]


def test_a_wrong_result_listed_does_not_make_the_tables_rest_wrong(tmp_path):
    assert _r9(tmp_path, ["全年办结54件，予以公开20件，部分公开6件，其余26件为不予公开、无法提供、不予处理等情形。"]) == [
        ["正文写的是“予以公开20件”，而表三“（一）予以公开”的总计为 22：请改正其中一处，或把数字写成引用"
         "【表三：results.granted.total】，由 reportkit 填入表中的数（R9）"]]


def test_the_rest_naming_one_group_is_that_groups_sum(tmp_path):
    assert _r9(tmp_path, ["全年办结54件，其中予以公开22件，部分公开6件，不予公开8件，无法提供11件，不予处理4件，其余5件为其他处理。",
                          "全年办结54件，其中予以公开22件，部分公开6件，其余26件不予公开。"]) == [
        ["正文写的是“办结54件，其中予以公开22件，部分公开6件，不予公开8件，无法提供11件，不予处理4件，其余5件为其他处理”，而表三"
         "“（六）其他处理”各项之和为 3：请改正其中一处（R9）"],
        ["正文写的是“办结54件，其中予以公开22件，部分公开6件，其余26件不予公开”，而表三“（三）不予公开”各项之和为 8：请改正其中一处"
         "（R9）"]]
