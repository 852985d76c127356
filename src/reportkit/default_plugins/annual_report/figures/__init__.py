"""R9: figures typed in the narrative compared with the statistics tables.

:mod:`.check` holds the rule; :mod:`.phrases` the wordings it reads and their cells; what is told after a
phrase or alone is read by topic in :mod:`.closed`, :mod:`.results`, :mod:`.proceedings`, :mod:`.shares`,
:mod:`.applicants`, :mod:`.channels` and :mod:`.respective` (what they share in :mod:`.cells`); the others say what a
phrase's clause is about: :mod:`.sentences` (its clauses and subject), :mod:`.periods` (when), :mod:`.organs` (who),
:mod:`.matters` (other things than applications), :mod:`.parts` (part of the applications), :mod:`.kinds` (one
kind of a result by its reason, or part of one: 商业秘密, 个人隐私); :mod:`.fees` reads counts of fee notices the same way. The 2008 reader
(:mod:`reportkit.importers.figures2008`) shares :mod:`.sentences`, :mod:`.periods` and :mod:`.matters`.
"""
