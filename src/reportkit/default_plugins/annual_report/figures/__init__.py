"""R9: figures typed in the narrative compared with the statistics tables.

:mod:`.check` holds the rule; :mod:`.phrases` the wordings it reads and their cells; the others say what a
phrase's clause is about: :mod:`.sentences` (its clauses and subject), :mod:`.periods` (when), :mod:`.organs` (who),
:mod:`.matters` (other things than applications), :mod:`.parts` (part of the applications), :mod:`.kinds` (one
kind of a result by its reason, or part of one: 商业秘密, 个人隐私); :mod:`.fees` reads counts of fee notices the same way. The 2008 reader
(:mod:`reportkit.importers.figures2008`) shares :mod:`.sentences`, :mod:`.periods` and :mod:`.matters`.
"""
