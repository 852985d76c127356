"""R9 on the year's applications told by channel with no 共: a sum beyond 本年新收 (55 in test_check_published's
tables) that is not 本年新收 with 上年结转 (59) takes in the carried over and is wrong, one strictly between them too
(a channel's figure typed wrong); a sum short of 本年新收 may leave a channel out, and so may a count after the
channels in their sentence. The sentences are written for these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import _r9


def _channels(said: str, total: int, at: str) -> tuple[str, str]:
    return (f"正文写的是“{said}”，各渠道加起来为 {total}，而表三“一、本年新收政府信息公开申请数量”的总计为 55，与“二、上年结转”之和为"
            " 59：请改正其中一处（R9）", at)


def test_channels_adding_up_between_the_new_and_the_new_with_the_carried_over(tmp_path):
    assert _r9(tmp_path, [
        "本年度收到网上申请40件，信函申请17件。",
        "从申请渠道看，网上申请42件、当面申请15件。",
        "网上申请41件，信函申请17件，均已按期答复。",
        "本年度收到网上申请40件，信函申请17件，同比增加3件。",
        # right, and the readings next to them
        "本年度收到网上申请40件，信函申请15件。",
        "本年度收到网上申请44件，信函申请15件。",
        "本年度收到网上申请40件，信函申请12件。",
        "本年度收到网上申请40件，信函申请17件，其他方式2件。",
    ]) == [[_channels("本年度收到网上申请40件，信函申请17件", 57, "40件，信函申请17件。")],
           [_channels("从申请渠道看，网上申请42件、当面申请15件", 57, "42件、当面申请15件。")],
           [_channels("网上申请41件，信函申请17件", 58, "41件，信函申请17件，均已按期答复。")],
           [_channels("本年度收到网上申请40件，信函申请17件", 57, "40件，信函申请17件，同比增加3件。")]] + [[]] * 4
