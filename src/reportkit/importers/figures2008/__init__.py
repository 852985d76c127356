"""Read the figures of a 2008-edition part back: the sentences and small tables the build prints, and free sentences.

The wording is the build's own. Each phrase (``本年度主动公开政府信息`` … ``条``), list lead-in, zero sentence and table label is
found by printing marked figures with the build's printers
(:data:`...default_plugins.annual_report.edition2008.printers.PRINTERS`), and a paragraph or table counts as printed by
reportkit only when printing the figures read from it gives it back exactly. Free sentences of a published report are
searched with the same phrases, loosened: the time word dropped, a few characters allowed between the words
(``全年共主动公开各类政府信息1,234条``); a count given for one channel alone (``局门户网站公开…``), to one category
(``主动公开政策法规类信息66条``、``……方面信息12条``) or to another period (``上年发生行政诉讼2起``、``上半年收到……``) is not read. A count of 0 written
in words (``未收取任何费用``、``无收费及减免情况``、``没有发生……行政复议、行政诉讼的情况``、``尚未收到……申请``) is read as 0 only where the negation is of the
thing counted and nothing follows it (也无减免情况 too); an amount in 万元 in 元; things named together with one count for each
(行政复议、行政诉讼案件均为0件) each that count. A table listing one list's items (答复结果｜件数, or 类别｜条数｜占比, a 序号 column first or not, or
the items across two rows) is read by :func:`read_list`, only when nothing in it is in doubt; totals each over their
items (收到申请｜12 over 当面申请｜5 …, down or across) by :func:`table_list`; a table of the fees by kind (收费项目｜金额) by
:func:`fee_items`; a list after its total's sentence, a category's share after its count (占17.0%) its share of that
total, and counts by channel in a sentence (通过政府门户网站公开信息1100条) by :func:`list_sentences`. A total broken down by organ
(其中县本级1000条，乡镇234条) is no list of categories. Given free (一律免费), or 不收费 in a sentence about disclosure (依申请公开政府信息不收费;
not 办事项目均注明不收费) or of the agency itself (本局不收费), is none charged; a list's count may come first (4件属于……); a channel's
name may hold a 、 (报刊、广播、电视（30条）, 通过报刊、广播、电视发布30条); a table may group items under a merged cell with their 合计, or
without one under a list's name (办理结果, 申请方式 over the channels then 办理结果 over the outcomes, a copy in text leaving the
merged cell blank below: :func:`.tables.ungrouped`, :func:`read_list`), and number its rows (序号: :func:`table_rows`); a
list may follow a colon (已全部答复：同意公开9件…, 答复情况：…), or end in its own 合计 (…，合计107条), then the figure its first words name
(全年主动公开……，共计107条: :func:`.sentences.summed_list`); a table's total row may be labelled as reportkit prints it
(本年度主动公开总数, first or last); 不收取任何费用 is none charged; with the report's year, a figure of another (2011年……均为0件) is not
read. The build asks :func:`stated` whether a part's own text and tables give its figures already. A count in exact
Chinese numerals (十二件、一百零五条, a table's cell 五; 无 there is 0) is read as its digits (:func:`arabic`); a list may follow
its total's first clause without 其中, end in 和 (……1件和网上申请4件), or share a sentence with another total's after a ；
(:func:`.text_lists._totals_apart`); items no list has (查阅类、复制类; by organ) give a finding where their stated sum or
total disagrees (:func:`.text_lists._unlisted_fault`, :func:`list_faults`). Outcomes may answer applications carried
over from the year before too (上年结转2件, a row 上年结转｜2: :func:`.carried_over.carried`); 均已答复 is as many answered as
received (:func:`.carried_over.answered_as_received`), 均为同意公开 all of one outcome (:func:`.text_lists._all_by_one`);
outcomes beside those still open (3件结转至下一年度办理: :func:`.carried_over.still_open`) add up with them to the applications
received; a paragraph saying only 上述申请均已办结。 answers those the paragraph before counts
(:func:`.sentences._answered_after`); an outcome named with why (因申请内容属于国家秘密不予公开) is the outcome alone
(:func:`.reasons.without_reasons`).

Its modules, each importing only those named before it: :mod:`.counts` (counts as written), :mod:`.fields` (the figures'
model), :mod:`.clauses` (whose a figure is), :mod:`.reasons` (what the figures have no field for), :mod:`.printing` (the
build's wording), :mod:`.zeros` (counts in words), :mod:`.carried_over` (applications of another year), :mod:`.lists`
(lists and their totals), :mod:`.exact` (what reportkit prints, read back), :mod:`.sentences` (free sentences),
:mod:`.text_lists` (lists in paragraphs), :mod:`.tables` (tables of figures), :mod:`.list_tables` (tables of one list),
:mod:`.stated` (figures the text gives).
"""
from __future__ import annotations

from .carried_over import all_answered, carried_given, table_names_carried
from .counts import arabic
from .exact import lead, read_sentence, read_table, table_places
from .fields import Found
from .list_tables import list_faults, read_list, shares_off
from .lists import disagreement, list_total
from .printing import phrases
from .reasons import reasons_dropped, unheld
from .sentences import search
from .stated import stated
from .tables import fee_items, search_table, table_list, table_rows, table_said
from .text_lists import later, list_sentences, runs
from .zeros import joined_halves, nothing

__all__ = ["Found", "all_answered", "arabic", "carried_given", "disagreement", "fee_items", "joined_halves", "later",
           "lead", "list_faults", "list_sentences", "list_total", "nothing", "phrases", "read_list", "read_sentence",
           "read_table", "reasons_dropped", "runs", "search", "search_table", "shares_off", "stated", "table_list",
           "table_names_carried", "table_places", "table_rows", "table_said", "unheld"]
