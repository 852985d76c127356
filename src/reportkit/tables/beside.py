"""A report validated as ``reportkit validate`` has it while its data file keeps 【请填写：…】 placeholders outside its
tables (:func:`validate_beside`): the blocks with placeholders are left out of the model but not out of its rules,
whose findings count only if they hold with far-apart numbers in their place. ``tables import`` and ``tables export``
validate so.
"""
from __future__ import annotations

import copy

from ..errors import ERROR, Diagnostic, Diagnostics, InvalidData
from ..load import Loaded
from ..validate import Validated, validate


def dropped(source: Loaded, outside) -> dict:
    """The blocks of the data file ``source`` that :func:`~reportkit.tables.to_fill` leaves out for their
    placeholders at ``outside`` (``information_processing_fee`` …), as the file has them."""
    return {path[0]: source.data[path[0]] for path in outside}


#: Pairs of far-apart numbers that stand for the placeholders while the rules run, the first pair the model takes.
_STAND_INS = ((0, 1_000_003), (1, 1_000_003))


def validate_beside(loaded: Loaded, kept: dict, outside, registry, *, strict: bool = False,
                    rules: bool = True) -> Validated:
    """``loaded`` validated, its blocks with placeholders (``kept``, the placeholders at ``outside``) left out of it
    but not out of its rules: a rule's finding counts only if it holds with two far-apart numbers in place of the
    placeholders, as ``reportkit validate`` has it. Without its 信息处理费, the report would be one that charged none,
    and R10 would ask for the fee notices the placeholders stand for. Where the model refuses a number there (a date),
    the rules judge the report without the blocks, as before."""
    if not kept or not rules:
        return validate(loaded, registry, strict=strict, rules=rules)
    found = _findings(loaded, registry)
    for pair in _STAND_INS:  # 0 notices is refused beside an amount notified: then 1
        stand_ins = [_findings(_standing_in(loaded, kept, outside, value), registry) for value in pair]
        if None not in stand_ins:
            break
    if found is None or None in stand_ins:
        return validate(loaded, registry, strict=strict)
    validated = validate(loaded, registry, strict=strict, rules=False)
    validated.diagnostics = Diagnostics(strict=strict)
    validated.diagnostics.extend(d for d in found if not d.rule or all(d in other for other in stand_ins))
    validated.diagnostics.raise_if_errors()
    return validated


def _findings(loaded: Loaded, registry) -> list[Diagnostic] | None:
    """What validating ``loaded`` finds, rules' errors too; None where the model refuses a value."""
    try:
        return validate(loaded, registry).diagnostics.items
    except InvalidData as exc:
        return None if any(d.severity == ERROR and not d.rule for d in exc.diagnostics) else exc.diagnostics


def _standing_in(loaded: Loaded, kept: dict, outside, value) -> Loaded:
    """``loaded`` with the blocks ``kept``, ``value`` in place of each of their placeholders (at ``outside``)."""
    data = copy.deepcopy({**loaded.data, **kept})
    for path in outside:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    whole = copy.copy(loaded)
    whole.data = data
    return whole
