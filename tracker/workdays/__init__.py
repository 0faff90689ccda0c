"""The calendar (pure: no Flask, no database): working days and the local day (:mod:`.days`),
when mail may go out and each reminder is due (:mod:`.schedule`), and whether a person may be
mailed now (:mod:`.absence`).

Import the modules themselves (``from tracker.workdays import schedule``): this package loads
nothing, so the deadline reader can use the calendar without the reminder rules.
"""
