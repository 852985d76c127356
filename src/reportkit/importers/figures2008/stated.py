"""Whether a part's own text and tables give its figures already (:func:`stated`): the build does not print them
again."""
from __future__ import annotations

import typing

from pydantic import BaseModel

from ..labels import norm
from .fields import figure_fields
from .list_tables import read_list
from .sentences import search
from .tables import fee_items, search_table, table_list, table_rows, table_said
from .text_lists import later, list_sentences, runs


def stated(kind: str, figures: BaseModel, texts: typing.Iterable[str], tables: typing.Iterable[list] = (),
           agency: str = "", year: int | None = None) -> bool:
    """``texts`` and ``tables`` (a part's own paragraphs, and its tables as rows of cells) give every figure the
    sentence prints, each as in ``figures``: a list as a sentence of its own after its total's
    (:func:`list_sentences`) or a table of its items (:func:`read_list`, its 合计 the total) gives, item by item;
    another list is never taken as stated. With the ``agency`` and ``year``, as the import reads them: another
    organ's or year's figure states none."""
    scalars, lists, _ = figure_fields(kind)
    tables = list(tables)
    texts = list(texts)
    said = [read for before, text, at in runs(kind, texts)
            for read, _ in list_sentences(kind, text, before, None, agency, year, later(texts, at))]
    # a list in the paragraphs after a table of its total alone (申请总数｜9, then 其中同意公开6件，……), wherever it stood
    said += [read for rows in tables if (head := table_said(kind, rows, agency, year)) for k in range(len(texts))
             for before, text, at in runs(kind, [None, *texts[k:]], {0: head})[:1]
             for read, _ in list_sentences(kind, text, before, None, agency, year, later([None, *texts[k:]], at))]
    grouped = [table_rows(kind, rows)[0] for rows in tables]
    said += [read for rows, two in zip(tables, grouped) if (found := read_list(kind, rows)
                                                            or table_list(kind, two, None, agency, year))
             for read in [found[0]]]
    for name in lists:
        items = [(norm(item.name), item.count) for item in getattr(figures, name) or ()]
        if items and not any([(norm(i["name"]), i["count"]) for i in read.get(name, ())] == items for read in said):
            return False
    given = {(name, getattr(figures, name)) for name in scalars if getattr(figures, name) is not None}
    found = {(f.field, f.value) for text in texts for f in search(kind, text, "", agency, year)}
    found |= {(f.field, f.value) for rows, two in zip(tables, grouped)
              for f in search_table(kind, two, [""] * len(two), agency, year)[0] + fee_items(kind, rows, [""] * len(rows))}
    found |= {(name, value) for read in said for name, value in read.items() if name in scalars}
    return given <= found
