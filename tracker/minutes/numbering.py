"""The agenda items' numbers, settled after the parse.

An agenda list at the top that the minutes repeat ("1. Budget / 2. Legeplads" and then
"1. Budget" with its minutes) is read once: the list's items go, lending their longer
titles, and a listed item the minutes leave out (a closed item) stays. Numbers that Word
lost or a page repeated ("1., 1., 1.") are counted in order, items without numbers are
numbered by position, and either is said in a warning.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.agenda import Heading
from tracker.minutes.heading import is_section
from tracker.minutes.letters import CAPITALS
from tracker.minutes.notices import RENUMBERED, UNNUMBERED, MinutesWarning
from tracker.minutes.repairs import LOST_TITLE


def listed_agenda(headings: dict[int, Heading]) -> list[int]:
    """The line indices of an agenda list at the top that later headings repeat, or []."""
    order = sorted(headings)
    restart = next(
        (
            k
            for k in range(1, len(order))
            if _number(headings[order[k]]) <= _number(headings[order[k - 1]])
        ),
        None,
    )
    if restart is None or restart < 2:
        return []
    listed = {headings[i].number: headings[i].title for i in order[:restart]}
    later = [headings[i] for i in order[restart:]]
    repeated = sum(1 for h in later if h.refers_back or _repeats(listed, h.number, h.title))
    return order[:restart] if repeated * 2 >= min(restart, len(later)) else []


def settle_numbers(items: list, warnings: list[MinutesWarning]) -> list:
    """Drop an agenda list the minutes repeat, and number lost or repeated numbers in order.

    ``items`` have ``number`` (None: unnumbered), ``title`` and ``empty`` (no text of their
    own); the result is the items kept, each with a number, no number twice.
    """
    items = _without_listed_agenda(items)
    numbers = [item.number for item in items]
    if any(n is None for n in numbers):
        for position, item in enumerate(items, start=1):
            item.number = position
        warnings.append(MinutesWarning(UNNUMBERED, str(len(items))))
        return items
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        # "1. PAUSE - 10 min" in a list whose numbers Word lost: a break, no item to count
        items = [item for item in items if not (item.empty and _BREAK.fullmatch(item.title))]
        for offset, item in enumerate(items):
            item.number = numbers[0] + offset
        shown = ", ".join(str(n) for n in numbers[:8]) + (", …" if len(numbers) > 8 else "")
        warnings.append(MinutesWarning(RENUMBERED, shown))
    return items


_BREAK = re.compile(r"(?:kaffe|frokost)?pause", re.IGNORECASE)
_AGENDA_NOTE = 600  # characters: an agenda line's note, not an item's minutes


def _without_listed_agenda(items: list) -> list:
    """Items after an empty agenda list that the minutes repeat, with the list's titles."""
    restart = next(
        (k for k in range(1, len(items)) if _number(items[k]) <= _number(items[k - 1])), None
    )
    # the list's items are empty or hold a note of the agenda's ("Bestyrelsen foreslår Bjarne
    # Olsen"); text between the list and the minutes (members, absence) lands under the list's
    # last item, and goes with it
    if restart is None or restart < 2:
        return items
    if any(item.text_size > _AGENDA_NOTE for item in items[: restart - 1]):
        return items
    listed = {item.number: item.title for item in items[:restart]}
    minutes = items[restart:]
    repeated = sum(1 for item in minutes if _repeats(listed, item.number, item.title))
    if repeated * 2 < min(restart, len(minutes)):
        return items  # not the same agenda: keep every item (and number them in order)
    for item in minutes:
        title = listed.get(item.number, "")
        longer = len(title) > len(item.title) and title.lower().startswith(item.title.lower())
        # "4. Begynderkursus" under the listed "4. Start på begynderkursus i april (…)": the
        # agenda's words, the minutes' short form of them
        longer = longer or len(item.title) >= 6 and _has_words(title, item.title)
        shouted = item.title.isupper() and title.lower() == item.title.lower()
        lost = item.title == LOST_TITLE  # "1. Bestyrelsen har godkendt …": minutes only
        if (
            not item.title or lost or longer or shouted
        ):  # "VALG AF DIRIGENT": the list's "Valg af …"
            item.title = title or item.title
    numbers = [item.number for item in minutes]
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return minutes
    # A listed item the minutes leave out (a closed item: "9. Handicapprisen - Lukket punkt",
    # or one after the excerpt's end) was on the agenda all the same: it stays, without text;
    # the list's last item holds the lines between the list and the minutes, the head's.
    missing = [i for i in items[:restart] if i.number not in numbers]
    for item in missing:
        item.drop_text()
    return sorted(minutes + missing, key=_number)


def _has_words(longer: str, short: str) -> bool:
    """The short title's words stand in the longer one as words ("Arrangementer" in "Forårets
    og sommerens arrangementer så som …")."""
    pattern = r"(?<![\wæøå])" + re.escape(short.lower().rstrip(".")) + r"(?![\wæøå])"
    return len(longer) > len(short) and re.search(pattern, longer.lower()) is not None


def _repeats(listed: dict, number: int | None, title: str) -> bool:
    """The minutes' heading is the listed item's: at its number, or (a title the list has,
    "2. Generalforsamling" under "1. Generalforsamlingen") moved by an item the minutes added
    ("1. Valg af referent")."""
    if _same_title(listed.get(number), title):
        return True
    return bool(title) and any(_same_title(other, title) for other in listed.values())


def _same_title(listed: str | None, title: str) -> bool:
    if listed is None:
        return False
    a, b = listed.lower(), title.lower()
    if not b or title == LOST_TITLE or a.startswith(b[:40]) or b.startswith(a[:40]):
        return True
    return len(b) >= 6 and _has_words(a, b)  # "Begynderkursus" for "Start på begynderkursus …"


def _number(item) -> int:
    return item.number if item.number is not None else 0


# "1. " alone on its line and the title on the next (a web page's number and title cells
# saved as text): one heading line, "1. Underskrift af referat …".
# "Pkt. 1" or "Punkt 1" alone on its line (a table's number cell, its title in the next
# cell) the same: "Pkt. 1: Godkendelse af dagsorden".
_LONE_NUMBER = re.compile(
    r"^([ \t]*(?:#+\s*)?(?:\d{1,3}\.|(?:pkt\.?|punkt)[ \t]*\d{1,3}[.:]?))[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(?=[A-ZÆØÅ\"«])",
    re.M | re.I,
)


def join_lone_numbers(text: str) -> str:
    """The text with an item number alone on its line joined to the title below it."""
    return _LONE_NUMBER.sub(_joined, text)


def _joined(m: re.Match) -> str:
    number = m.group(1).rstrip()
    return number + " " if number.endswith((".", ":")) else number + ": "


# A council's web page: the item's title on its own line, then "Sag nr. 129" right below it
# (after a blank line or at the start): one heading, "Sag nr. 129: Spørgetid".
_TITLE_ABOVE_CASE = re.compile(
    r"(?:(?<=\n\n)|(?<=\A))(?P<title>[^\n]{3,160}?[^.:\n\s])[ \t]*\n"
    r"(?P<number>[ \t]*Sag\s+nr\.?\s*\d{1,4})[ \t]*$",
    re.M,
)


def title_above_case_number(text: str) -> str:
    """The text with a title standing right above its "Sag nr. N" joined to it."""
    return _TITLE_ABOVE_CASE.sub(lambda m: f"{m.group('number').strip()}: {m.group('title')}", text)


# "… til næste generalforsamling.3. Regnskab 2019": a page that lost the line break before an
# item's number glued it to the last sentence of the item before; "… Lene Glesner1. ⏎Title":
# to the end of the line above its title.
_GLUED_NUMBER = re.compile(r"(?<=[a-zæøå)])\s?\.(\d{1,2})\.[ \t]+(?=[A-ZÆØÅ])")
_GLUED_AT_END = re.compile(r"(?<=[a-zæøå])(\d{1,2})\.[ \t]*$")
_LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+[A-ZÆØÅ]")
# "4. Meddelelser v/ Ib Holm 5. Meddelelser fra formanden": two entries of a list on one line,
# the next number after a word (never after "den", "kl.", "pkt.", a figure or before a month)
_SPACED_NUMBER = re.compile(
    r"(?<=[A-Za-zæøåÆØÅ)])(?<!\bden)(?<!\bd\.)(?<!\bkl\.)(?<!\bnr\.)(?<!\bpkt\.)(?<!\bpunkt)"
    r"(?<!\bside)(?<!\buge)[ \t]+(\d{1,2})\.[ \t]+(?=[A-ZÆØÅ][a-zæøå]{2,})"
    r"(?!(?i:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
    r"|december)\b)"
)
_ENTRY_LINE = 160  # a list's entry; a longer line is a paragraph


# "… kommentarer.  1. Henrik orienterede …": Word's lost numbering copied as text, each next
# " 1." run on after the last item's sentence (two spaces or more before it)
_ONE_RUN_ON = re.compile(r"(?<=[.!?)])[ \t]{2,}1\.[ \t]+(?=[" + CAPITALS + "])")
_ONE_AT_START = re.compile(r"^([ \t]*)1\.[ \t]+[" + CAPITALS + "]", re.M)


def split_glued_ones(text: str) -> str:
    """The text with each " 1." run on after a sentence on a line of its own, where a line
    opens with " 1." and two more such run on (every item "1.": numbered later, with a
    warning, by :func:`settle_numbers`)."""
    first = _ONE_AT_START.search(text)
    if first is None or len(_ONE_RUN_ON.findall(text)) < 2:
        return text
    return _ONE_RUN_ON.sub(f"\n\n{first[1]}1. ", text)


def split_glued_numbers(text: str) -> str:
    """The text with an item number glued to the sentence before (".3. Title"), to the end
    of the line above its title, or after a list entry's title on its line ("4. Title 5.
    Title") on a line of its own, when it is the number after the last item's ("2. …" above,
    or none: 1)."""
    if not (
        _GLUED_NUMBER.search(text)
        or _SPACED_NUMBER.search(text)
        or re.search(_GLUED_AT_END.pattern, text, re.M)
    ):
        return text
    out: list[str] = []
    number = 0  # the number of the last line that starts with one
    lines = text.split("\n")
    for k, line in enumerate(lines):
        last = _LINE_NUMBER.match(line)
        number = int(last.group(1)) if last else number
        while number:
            glued = next((m for m in _GLUED_NUMBER.finditer(line) if int(m[1]) == number + 1), None)
            spaced = None
            if glued is None and last and len(line) <= _ENTRY_LINE:
                spaced = next(
                    (m for m in _SPACED_NUMBER.finditer(line) if int(m[1]) == number + 1), None
                )
            if glued is None and spaced is None:
                break
            if spaced is not None:  # the list's next entry, on a line of its own
                out.append(line[: spaced.start()].rstrip())
                line = (
                    line[: len(line) - len(line.lstrip())] + f"{spaced[1]}. " + line[spaced.end() :]
                )
                number += 1
                continue
            out.append(line[: glued.start()] + ".")
            line = f"{glued[1]}. " + line[glued.end() :]
            number += 1
        at_end = _GLUED_AT_END.search(line)
        below = lines[k + 1].lstrip() if k + 1 < len(lines) else ""
        if at_end and int(at_end[1]) == number + 1 and re.match(r"[A-ZÆØÅ]", below):
            # a blank line between: the title below is a paragraph of its own, not wrapped text
            out += [line[: at_end.start()].rstrip(), ""]
            lines[k + 1] = f"{at_end[1]}. {below}"
            continue
        out.append(line)
    return "\n".join(out)


# An SBSYS page: each item's journal number (KLE: "85.02.02-G01-1-17") on its own line right
# above "40. Title"; moved below the heading, where an item's case number is read
_CASE_ABOVE_NUMBER = re.compile(
    r"^[ \t]*(?P<case>\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,4}-\d{2})[ \t]*\n"
    r"(?:[ \t]*\n)*(?P<head>[ \t]*\d{1,3}\.[ \t]+[A-ZÆØÅ][^\n]*)$",
    re.M,
)


def case_below_number(text: str) -> str:
    """The text with a journal number standing right above "NN. Title" put below it."""
    return _CASE_ABOVE_NUMBER.sub(lambda m: f"{m['head']}\n{m['case']}", text)


# "80Godkendelse af dagsorden": a council's page that lost the cell border between an item's
# number and its title; read as "80. Godkendelse …" when two or more such lines count on
# (80, 81, …), so that a lone "3D…" or "100Mbit" is no item
_GLUED_TO_TITLE = re.compile(r"^([ \t]*)(\d{1,3})(?=[A-ZÆØÅ][A-ZÆØÅa-zæøå])(?=[^\n]{4,160}$)", re.M)


def _counts_on(numbers: list[int]) -> bool:
    """Whether the numbers go up by one from the first (80, 81, 82)."""
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def split_number_from_title(text: str) -> str:
    """The text with an item number glued to its title ("80Godkendelse …") given its dot,
    when the glued lines' numbers count on by one."""
    found = list(_GLUED_TO_TITLE.finditer(text))
    numbers = [int(m[2]) for m in found]
    if len(found) < 2:
        return text
    lost = _one_lost(numbers)
    if not _counts_on(numbers) and lost is None:
        return text
    # a blank line above: the heading is no wrapped line of the paragraph above (a place)
    text = _GLUED_TO_TITLE.sub(lambda m: f"\n{m[1]}{m[2]}. ", text)
    if lost is not None:  # "71. mødedag i kommende sæson": item 7, "1. mødedag …" its title
        text = re.sub(
            rf"^([ \t]*){lost}(?=\d\.[ \t]+\S)", rf"\n\g<1>{lost}. ", text, count=1, flags=re.M
        )
    return text


def _one_lost(numbers: list[int]) -> int | None:
    """The one number a list of four or more that counts on by one skips (1 … 6, 8 … 10)."""
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    if len(numbers) < 4 or steps.count(2) != 1 or any(step not in (1, 2) for step in steps):
        return None
    return numbers[steps.index(2)] + 1


# " 1. godkendelse af dagsorden: Godkendt." and " 1. : Fakturering: …": a word processor's list
# whose every item shows "1." (the numbers lost), the title run in before a colon, some
# written small or behind a stray ": "
_ONE_RUN_IN = re.compile(
    r"^(?P<lead>[ \t]*1\.[ \t]+)(?::[ \t]*)?(?P<title>[a-zæøåA-ZÆØÅ][^\n:]{2,100}?):[ \t]+(?=\S)",
    re.M,
)
_OTHER_NUMBER = re.compile(r"^[ \t]*(?:[2-9]|\d\d)\.[ \t]+\S", re.M)


def tidy_repeated_ones(text: str) -> str:
    """The text with each "1. title: …" of a list whose every item is "1." made a heading:
    the stray ": " dropped and the title's first letter a capital (numbered later, with a
    warning, by :func:`settle_numbers`)."""
    found = list(_ONE_RUN_IN.finditer(text))
    if len(found) < 3 or _OTHER_NUMBER.search(text):
        return text
    return _ONE_RUN_IN.sub(lambda m: f"{m['lead']}{m['title'][0].upper()}{m['title'][1:]}: ", text)


# "  1. 3.     Info og input": a web page's list numbering put over the numbers the writer typed
_DOUBLE_NUMBER = re.compile(r"^([ \t]*)\d{1,3}\.[ \t]+(\d{1,3})\.[ \t]+(?=[A-ZÆØÅ])", re.M)


def drop_outer_numbers(text: str) -> str:
    """The text with the page's own list number dropped where every numbered line carries
    the writer's number after it ("1. 1. …", "1. 2. …", "2. 5. …"), counted 1, 2, 3 …"""
    found = list(_DOUBLE_NUMBER.finditer(text))
    inner = [int(m[2]) for m in found]
    if len(found) < 2 or not _counts_on(inner):
        return text
    return _DOUBLE_NUMBER.sub(lambda m: f"{m[1]}{m[2]}. ", text)


# A council's page that lost every item's title but kept its case number, the item's sections
# below it: "Sagsid.: 19/36231" / "Indstilling" / … / "Beslutning"
_CASE_FIELD = re.compile(
    r"^[ \t]*(?:sagsid|sagsnr|sags?\s*nr|sagsnummer)\.?[ \t]*:[ \t]*\S[^\n]{0,30}$", re.I | re.M
)


def titles_lost_above_cases(text: str) -> str:
    """The text with each case-number field that a section label follows (within three
    lines) given an item heading above it, "Punkt N: (titlen mangler i referatet)"; for a
    text where no item was found."""
    lines = text.split("\n")
    out: list[str] = []
    count = 0
    for k, line in enumerate(lines):
        if _CASE_FIELD.match(line):
            below = [t.strip() for t in lines[k + 1 : k + 8] if t.strip()][:3]
            if any(is_section(t) for t in below):
                count += 1
                out.append(f"Punkt {count}: {LOST_TITLE}")
        out.append(line)
    return "\n".join(out) if count else text
