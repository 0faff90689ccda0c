"""Agenda items that a flattened PDF ran together with the text around them.

A PDF saved as text by some web services keeps one line per page: "… TEMA: FORMALIA 1.
Godkendelse af dagsorden. Godkendt. 2. Godkendelse af referat Godkendt med … 3. …", or
"Punkter til drøftelse Punkt 1 Godkendelse af referat … Punkt 2 Bestyrelsesmøde den 17.
december 2009 Referatet blev godkendt …". In such a text only, the items' numbers, counted
1, 2, 3 … in order, start lines of their own, each title on its line and the text after it
below, and the head before them gives its date and place labels ("Dato …", "Sted …") lines
of their own; the page number each page opens with goes. A date ("den 8. Juni") or a number
in a sentence is never split off.

Used by :mod:`tracker.minutes.parser` before the other repairs. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTH_WORDS

# " 3. Dagsordener …", " Punkt 2 Bestyrelsesmøde …", " Pkt. 1; Gruppelederen …", " 2: Meddelelser":
# a number, then a capitalised word
# (" - Punkt 1. – Opfølgning …", " Punkt 3. forslag til …": after the word "Punkt" a dash may
# stand before the title, and the title may start small)
_RUN_IN = re.compile(
    r"(?:(?<=\s)|^)(?:(?P<punkt>Punkt|Pkt\.?)\s*(?P<p>\d{1,2})[;:.]?(?:\s+[-–])?|(?P<n>\d{1,2})[.:])\s+"
    r"(?(punkt)(?=[A-ZÆØÅa-zæøå][a-zæøå])|(?=[A-ZÆØÅ][a-zæøå]))(?!(?i:" + MONTH_WORDS + r")\b)"
)
# A list's dash left at the end of the text before the next item (" … fremadrettet. - Punkt 2")
_TRAILING_DASH = re.compile(r"\s+[-–•]$")
# Words before a number that make it a date, a time, a page or a reference, not an item
_NOT_AFTER = re.compile(r"(?:\b(?:den|d|kl|nr|pkt|punkt|side|uge|stk|ca)\.?|[\d,])\s*$", re.I)
# The minutes of the listed items begin: "Ad. 1) Referatet blev godkendt."
_AD_MARK = re.compile(r"\s+Ad\.?\s*\d{1,2}\s*[).:]")
# A page's footer at the end of a flattened page: "Side! 1 af! 6", "Side 2 af 9"
_FOOTER = re.compile(r"\s+Side\W{0,2}\s*\d+\s*(?:af|/)\W{0,2}\s*\d+\s*$", re.I)
# Where a run-in title ends: a sentence's end, or a sentence that starts with its verb
# ("… 2009 Referatet blev godkendt")
_SENTENCE_END = re.compile(r"(?<=[^\s.]{3})\.\s+(?=[A-ZÆØÅ])")
_SENTENCE_START = re.compile(
    r"(?<!\d\.)\s(?!(?i:" + MONTH_WORDS + r")\b)"
    r"(?=[A-ZÆØÅ][a-zæøå]+\s+(?:blev|bliver|er|var|har|havde|skal|vil|kan)\b)"
)
# The one who presents the item named at the title's end and again as the minutes begin
_PRESENTER_AGAIN = re.compile(r"\b(?:ved|v/)\s*((?:[A-ZÆØÅ][\wæøå-]+\s+){1,3})(?=\1)")
# An Acadre case after a run-in title: the handler's initials, then the case's number
# ("dicoes / 03/1363", "DIJMHA / 10/7833")
_CASE_AFTER = re.compile(r"\s+[A-Za-zÆØÅæøå]{2,8}\s*/\s*(?P<case>\d{2}/\d{3,6})\b")
# The page number a flattened page opens with: "1 REFERAT …", "2 ! Dagsordenen …", "3"
_PAGE_NUMBER = re.compile(r"^(\d{1,3})(?:\s+!?\s*|\s*!\s*|$)")
FLAT_LINE = 500  # a line this long is a flattened page
_TITLE_WORDS = 12  # a run-in title's end further on is no title's end


def split_run_in_items(text: str) -> str:
    """The text with the numbered items of a flattened page on lines of their own (see the
    module's docstring); any other text comes back as it was."""
    lines = text.split("\n")
    long_chars = sum(len(line) for line in lines if len(line) >= FLAT_LINE)
    if long_chars < 0.6 * max(1, len(text)):
        return text  # lines of normal length: its items stand on lines of their own
    out: list[str] = []
    expected = 1
    for line in without_page_numbers(lines)[0]:
        cuts, last = _item_starts(line, expected)
        if len(cuts) < (2 if expected == 1 else 1):
            out.append(line)
            continue
        head = _TRAILING_DASH.sub("", line[: cuts[0]].rstrip())
        out.append(head)  # its fields run together are read by tracker.minutes.run_in
        expected = last + 1
        for start, end in zip(cuts, [*cuts[1:], len(line)], strict=True):
            out.extend(_title_and_text(line[start:end].strip()))
    return "\n".join(out)


def without_page_numbers(lines: list[str]) -> tuple[list[str], list[int]]:
    """The flattened pages without the page number each opens with ("1 REFERAT …", "2 ! …"),
    counted 1, 2, 3 … (a number out of that count is the text's own), and the indices of the
    lines that opened a page."""
    page = 1
    out: list[str] = []
    starts: list[int] = []
    for line in lines:
        m = _PAGE_NUMBER.match(line)
        if m and int(m[1]) == page:
            line, page = line[m.end() :], page + 1
            starts.append(len(out))
        out.append(line)
    return out, starts


def _item_starts(line: str, expected: int) -> tuple[list[int], int]:
    """Where the items numbered ``expected``, the next … start in a flattened line, and the
    last one's number."""
    if len(line) < FLAT_LINE:
        return [], expected - 1
    starts: list[int] = []
    skipped = 0  # "1. … Godkendelse af dagsorden 3. …": the page lost one number in the count
    for m in _RUN_IN.finditer(line):
        number = int(m["p"] or m["n"])
        due = expected + len(starts) + skipped
        skips = bool(starts) and not skipped and number == due + 1
        if number != due and not skips:
            continue
        before = _NOT_AFTER.search(line[max(0, m.start() - 8) : m.start()])
        # "5. Status på Klima 14:14 6. Sti-status …": after a figure the count, well under way
        # and not skipping, goes on
        going_on = before and before[0][:1].isdigit() and len(starts) >= 2 and not skips
        if m["n"] and before and not going_on:
            continue
        skipped += skips
        starts.append(m.start())
    return starts, expected + len(starts) + skipped - 1


def _title_and_text(piece: str) -> list[str]:
    """ "3. Title The text …" as the heading line and the text's line."""
    piece = _FOOTER.sub("", piece)
    piece = _TRAILING_DASH.sub("", piece)
    number = re.match(r"^(?:(?:Punkt|Pkt\.?)\s*\d{1,2}[;:.]?(?:\s+[-–])?|\d{1,2}[.:])\s+", piece)
    if number is None:
        return [piece]
    rest = piece[number.end() :]
    case = _CASE_AFTER.search(rest)
    if case and len(rest[: case.start()].split()) <= 2 * _TITLE_WORDS:
        # "1. Orientering fra formand … dicoes / 03/1363 Kultur og Fritid orienterede …": the
        # case handler's initials and the case's number end the title; the number on its line
        number_text = number.group().strip()
        after = rest[case.end() :].strip()
        title = rest[: case.start()].strip()
        return ["", f"{number_text} {title}", f"Sagsnr.: {case['case']}", after]
    ends = (_SENTENCE_END.search(rest), _SENTENCE_START.search(rest), _AD_MARK.search(rest))
    cuts = [m.start() for m in ends if m]  # (" … næste år Ad. 1) Referatet …": the minutes)
    if presenter := _PRESENTER_AGAIN.search(rest):
        cuts.append(presenter.end(1))  # "… ved Flemming Larsen Flemming Larsen bød velkommen"
    cut = min(cuts, default=len(rest))
    if len(rest[:cut].split()) > _TITLE_WORDS:
        return ["", piece]  # no title's end in sight: the line as it stands (repairs.py)
    title, after = rest[:cut].strip(), rest[cut:]
    after = after[1:] if after.startswith(".") else after  # the sentence's full stop
    # a blank line above: the heading is no wrapped line of the head's text
    number_text = re.sub(r"\s+[-–]$", "", number.group().strip())  # "Punkt 1. –": "Punkt 1."
    return ["", number_text + " " + title] + ([after.strip()] if after.strip() else [])
