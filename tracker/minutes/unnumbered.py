"""Agenda items found without the numbered headings :mod:`tracker.minutes.agenda` reads: a
closing "Evt:" after the last numbered item, and, in a referat without numbered items, time
slots ("19.00-19.30 Title"), bold titles, or the section labels each item opens with when a
page lost the items' headings ("Sagsfremstilling" … "Beslutning" … "Sagsfremstilling").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTHS_ALTERNATION, WEEKDAYS_ALTERNATION
from tracker.minutes.access_marks import access_marked
from tracker.minutes.block_titles import block_titles
from tracker.minutes.bullet_agenda import agenda_bullets, repeated_titles
from tracker.minutes.bullet_heads import bullet_headings
from tracker.minutes.colon_titles import colon_titles
from tracker.minutes.fields import dated_meeting, dated_title, labelled_line
from tracker.minutes.header import FIELD_LINE, Line
from tracker.minutes.heading import (
    MINUTES_WORD,
    STRONG,
    WEAK,
    Heading,
    is_section,
    next_text,
    short_title,
    title_like,
)
from tracker.minutes.labelled import labelled_titles
from tracker.minutes.referat_marks import is_referat_like
from tracker.minutes.repairs import LOST_TITLE
from tracker.minutes.run_in_paragraphs import run_in_items
from tracker.minutes.sections import BULLET, section_kind
from tracker.minutes.slot_marks import kind_only
from tracker.minutes.title_wrap import PRESENTER_TAIL

# "19.00-19.15 - Drøftelse", "Kl. 18.30: Velkomst", "18.45 – 19.00"
_TIME_SLOT = re.compile(
    r"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*(?:[-–]\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?"
    r"(?:\s*[-–:]\s*|\s+|$)(?P<title>.*)$",
    re.I,
)
# Words of minutes (a decision, a report, a task), which a page's menus and boxes lack
_MINUTES_WORDS = re.compile(
    r"\b(?:drøft\w*|orienter\w*|beslut\w*|aftal\w*|godkend\w*|vedt\w*|kontakt\w*"
    r"|følger\s+op|fulgt\s+op|referat\w*|bestyrelsen|udvalget|rådet|skal)\b",
    re.I,
)
BODY_START = re.compile(
    r"^(?:dagsorden(?:en)?(?:\s+var)?|referat|beslutningsreferat"
    r"|dagsorden og referat)\s*:?$",
    re.I,
)

# "Årshjul - Ansvarlig (René) - Proces (Drøftelse)": a school board's agenda template, each
# item's title with the one who presents it and the kind of point, no numbers
_TAGGED_TITLE = re.compile(r"^(?P<title>[A-ZÆØÅ\"«“][^\n]{1,100}?)" + PRESENTER_TAIL, re.I)
_PROGRAMME = re.compile(r"^(?:dagens\s+)?program(?:met)?\s*:?$", re.I)

_CLOSING = re.compile(r"^(?P<title>evt\.?|eventuelt)\s*(?:$|:\s*(?P<rest>.*)$)", re.I)
# "Evt. & næste møde", "Eventuelt og kig til næste møde": the closing item with more in it
_CLOSING_FIRST = re.compile(r"^(?:evt\.?|eventuelt)(?:\s|$)", re.I)


def closing_item(lines: list[Line], accepted: dict[int, Heading]) -> None:
    """ "Evt:" without a number after the last numbered item ("Punkt 4: …" / "Evt:") is the
    next item, not part of the last one; not a Markdown heading below the last item's own level
    ("### 6. Næste møde" / "#### Eventuelt"), nor below a last item that is the closing one
    already ("Evt. & næste møde" / "**Eventuelt**"): that is the item's section."""
    last = max(accepted)
    heading = accepted[last]
    if heading.number is None or _CLOSING.match(heading.title):
        return
    if _CLOSING_FIRST.match(heading.title or heading.inline):
        return  # "Evt. & næste møde" / "Eventuelt": the item's own section, no next item
    for j in range(heading.end, len(lines)):
        line = lines[j]
        m = _CLOSING.match(line.text) if line.text and not line.toc else None
        # "#### Eventuelt" under "### Ad 6: …": a section of the item, a heading further down
        inside = bool(lines[last].level) and line.level > lines[last].level
        if m and line.indent <= lines[last].indent and len(line.text) <= 160 and not inside:
            title = m["title"].rstrip(".") if m["title"].lower().startswith("evt") else m["title"]
            accepted[j] = Heading(j, heading.number + 1, title, STRONG, inline=m["rest"] or "")
            return


def unnumbered(lines: list[Line]) -> dict[int, Heading]:
    """Items without numbers: time slots ("19.00-19.30 Title"), bold titles, or short titles
    ending in a full stop, in order."""
    marked = access_marked(lines)  # "Åben" / "Beslutning" / …: the access mark opens each
    if marked:
        return marked
    listed = agenda_bullets(lines)  # "Dagsorden:" / "- Title" / … / "Referat:" (bullet_agenda)
    if listed:
        return listed
    repeated = repeated_titles(lines)  # "Agenda:" / "• Vejene" / … / "Vejene:" / text
    if repeated:
        return repeated
    start = 0
    for i, line in enumerate(lines[:80]):
        if BODY_START.match(line.text) or labelled_line(line.text):
            start = i + 1
    # the referat's dated title among its first lines ("Medlemsmøde" / "Referat fra
    # Københavnsudvalgets medlemsmøde i Veksø den 12.10.2011"): the items come after it
    opening = [i for i, line in enumerate(lines) if line.text][:3]
    dated = [i for i in opening if dated_meeting(lines[i].text) or dated_title(lines[i].text)]
    start = dated[-1] + 1 if start == 0 and dated else start
    tagged = {
        i: Heading(i, None, m["title"].strip(), WEAK)
        for i in range(start, len(lines))
        if (m := _TAGGED_TITLE.match(lines[i].text)) and not lines[i].toc
    }
    if len(tagged) >= 2:
        return tagged
    labelled = labelled_titles(lines, start)  # "Infoskærmen;" / "Til referat;" (labelled.py)
    if labelled:
        return labelled
    judged = _judged_titles(lines, start)
    if len(judged) >= 2:
        return judged
    slots: dict[int, Heading] = {}
    programme = False  # under a "Program:" label: the day's plan, not the minutes' items
    for i in range(start, len(lines)):
        line = lines[i]
        if _PROGRAMME.match(line.text):
            programme = True
        elif line.bold or line.level:
            programme = False
        m = _TIME_SLOT.match(line.text) if line.text and len(line.text) <= 100 else None
        if not m or line.toc or programme:
            continue
        title = m.group("title").strip(" -–:")
        # "19:15 19:00 Opfølgning på aktionspunkter" below "19:00 Opfølgning på …": the page
        # printed the slot twice, one item
        again = re.sub(r"^\d{1,2}[.:]\d{2}\s+", "", title)
        if again != title and any(h.title == again for h in slots.values()):
            continue
        kind = kind_only(title)  # "19.00-19.15 - Drøftelse": the kind of point, no title
        title = "" if kind else title
        consumed: list[int] = []
        below = next_text(lines, i, 2)
        title_below = below is not None and title_like(lines[below])
        if not title and not kind and title_below and len(lines[below].text) <= 80:
            title, consumed = lines[below].text, [below]  # "19.45 – 20.00" above its title
        slots[i] = Heading(
            i, None, title or (LOST_TITLE if kind else line.text), WEAK, consumed=consumed
        )
    if len(slots) >= 2:
        return slots
    titles: dict[int, Heading] = {}
    for i in range(start, len(lines)):
        line = lines[i]
        if not (line.bold or line.level >= 2) or not title_like(line) or len(line.text) > 90:
            continue
        below = next_text(lines, i, 2)
        if below is None or lines[below].bold or lines[below].level:
            continue  # a title has text below it
        titles[i] = Heading(i, None, line.text.rstrip(":"), WEAK)
    # a page's menus and boxes have bold titles too: the minutes' text decides something
    body = " ".join(line.text for j, line in enumerate(lines) if j > min(titles, default=0))
    if len(titles) >= 2 and _MINUTES_WORDS.search(body):
        return titles
    found = bullet_headings(lines, start) or _dotted_titles(lines)
    # paragraphs that open with their titles, or titles on lines of their own: the reading
    # that finds more items (a title may stand right below the last item's sentence)
    plain, blocks = _plain_titles(lines, start), block_titles(lines, start)
    best = blocks if len(blocks) >= len(plain) else plain
    run_in = run_in_items(lines, start)  # "Økonomi: Kassereren …" (run_in_paragraphs.py)
    best = run_in if len(run_in) > len(best) else best
    if found and _points_of_one(found, best):
        return best  # "Oplæg til gårdprojekt" / " • Kommentarer" / " • Nyt møde": its points
    return found or best or (colon_titles(lines, start) if is_referat_like(lines) else {})


def _points_of_one(bullets: dict[int, Heading], titles: dict[int, Heading]) -> bool:
    """Every bullet stands under one and the same of more titles: that item's points."""
    if len(titles) <= len(bullets) or min(bullets) < min(titles, default=len(bullets)):
        return False
    over = {max(t for t in titles if t < i) for i in bullets}
    return len(over) == 1


# A title does not stop on a preposition or conjunction: "Sagen behandles i" is cut short
_OPEN_END = re.compile(r"\b(?:og|eller|i|for|af|om|til|med|på|ved|fra|at|som|den|det|de)$", re.I)
# Short lines that end a letter or answer a point, not titles: "Mvh.", "Godkendt."
_NOT_TITLES = re.compile(
    r"^(?:mvh|med\s+venlig\s+hilsen|venlig\s+hilsen|hilsen|kære|tak|referat|dagsorden|ok|ja|nej"
    r"|bemærkninger|evt)\b",
    re.I,
)


# "Godkendelse af referat af den 3. juni 2025. Referat godkendt": a one-line item, its title
# and a short verdict after the full stop
_TITLE_AND_VERDICT = re.compile(
    r"^(?P<title>[A-ZÆØÅ][^\n]{2,120}?)\.\s+(?P<verdict>[A-ZÆØÅ][\w æøåÆØÅ,-]{0,60}?"
    r"\b(?:godkend\w*|vedtage\w*|underskrive\w*|efterretning)\b[\w æøåÆØÅ,-]{0,30})\.?\s*$"
)


def _judged_titles(lines: list[Line], start: int) -> dict[int, Heading]:
    """Lines "Title. Verdict" of a title (no sentence's words) and a verdict of a few words
    ("Dagsorden godkendt"): one-line items, when two or more stand so."""
    titles: dict[int, Heading] = {}
    for i in range(start, len(lines)):
        m = _TITLE_AND_VERDICT.match(lines[i].text)
        if not m or lines[i].toc or len(m["verdict"].split()) > 6:
            continue
        title = m["title"].strip()
        if len(title.split()) > 16 or MINUTES_WORD.search(title) or FIELD_LINE.match(title):
            continue
        titles[i] = Heading(i, None, title, WEAK)
    if len(titles) < 2:
        return titles
    for i in range(min(titles), len(lines)):
        # "Status for børnetallet: Vi oplever …" among them (under "Orienteringspunkter:"):
        # a title of two words or more run in before its text
        run_in = _RUN_IN_ITEM.match(lines[i].text)
        name = run_in["title"] if run_in else ""
        if i in titles or not run_in or len(name.split()) < 2 or not short_title(name):
            continue
        if not (FIELD_LINE.match(lines[i].text) or is_section(name) or section_kind(name)):
            titles[i] = Heading(i, None, name, WEAK)
    return titles


_RUN_IN_ITEM = re.compile(r"^(?P<title>[A-ZÆØÅ][^:.]{2,60}?):\s+[A-ZÆØÅ]\S*\s\S")


def _dotted_titles(lines: list[Line]) -> dict[int, Heading]:
    """Titles of one to four words ending in a full stop, each opening a paragraph with the
    item's text below ("Vedtægter." / "Disse blev gennemgået, og …"): items only when three
    or more follow that rhythm."""
    titles: dict[int, Heading] = {}
    for i, line in enumerate(lines):
        text = line.text
        if not text or line.toc or not re.fullmatch(r"[A-ZÆØÅ][\w æøåÆØÅ&/-]{1,40}[^.\s]\.", text):
            continue
        name = text[:-1]
        if len(name.split()) > 4 or re.search(r"\d", name) or _NOT_TITLES.match(name):
            continue
        if not short_title(name) or FIELD_LINE.match(text):
            continue
        above = lines[i - 1].text if i else ""
        if above and not re.search(r"[.:!?)]$", above):
            continue  # the end of a paragraph's sentence, not a title of its own
        below = next_text(lines, i, 2)
        if below is None or len(lines[below].text) < 30 or below - 1 in titles:
            continue
        titles[i] = Heading(i, None, name, WEAK)
    return titles if len(titles) >= 3 else {}


# A word in a verb's form, small: present, passive or past ("udsender", "sendes", "gennemgås")
# or the word after the first in the present ("Tim foreslår …", "Ib går …"), no preposition
_VERB = re.compile(
    r"(?<!^)\b[a-zæøå]+(?:er|es|ås|ede|te)\b"
    r"|^\S+\s+(?!(?:for|over|under|efter|eller)\b)[a-zæøå]+r\b"
)
# A short decision below a title: "Godkendt.", "Begge godkendt.", "Taget til efterretning."
_VERDICT_BELOW = re.compile(
    r"^(?:\S+\s+)?(?:godkendt|godkendte|vedtaget|taget\s+til\s+efterretning|udsat)\.?$", re.I
)
# A line that opens with a date, a weekday or a month: the meeting's date, not a title
_DATE_LINE_START = re.compile(
    r"^\W*(?:\d|(?:" + WEEKDAYS_ALTERNATION + r")\b|(?:" + MONTHS_ALTERNATION + r")\b)",
    re.IGNORECASE,
)


# A field of the head, any label and its value: "Referat skrevet af: André Vidas Olsen"
_HEAD_FIELD = re.compile(r"^[A-ZÆØÅ][\wæøå ]{2,30}:\s+\S")


def _plain_titles(lines: list[Line], start: int) -> dict[int, Heading]:
    """Short titles without a full stop, bold or number, each a line of its own after a
    finished sentence (or a blank line) with the item's sentences below ("Rundtur i området" /
    "Vi startede mødet med …"): a web page's headings saved as plain text, items when two or
    more follow that rhythm after the head and the text decides something."""
    titles: dict[int, Heading] = {}
    for i in range(start, len(lines)):
        line = lines[i]
        text = line.text
        # "Suppleant til Ældrerådet.": a title of a few words may end in a full stop (not a
        # sentence with a verb: "Niels udsender opkrævninger.", "Disse sendes til inkasso.")
        dotted = re.fullmatch(r"(?:\S+\s+){0,4}\S+[^.\s]\.", text) and not _VERB.search(text)
        name = text[:-1] if dotted else text
        if not text or line.toc or line.indent or not short_title(name) or text.endswith(":"):
            continue
        if labelled_line(text) or _NOT_TITLES.match(text) or _DATE_LINE_START.match(text):
            continue  # a head's field, a greeting, a date line ("Ældrerådsvalg 2017" is a title)
        if is_section(text) or section_kind(text) or _OPEN_END.search(text):
            continue  # "Resumé", "Beslutning": a section's label; "Sagen behandles i": cut
        above = next((lines[j].text for j in range(i - 1, start - 1, -1) if lines[j].text), "")
        # the referat's dated title line ("Referat bestyrelsesmøde d. 13/1 2025") ends too
        # and so does a field of the head ("Referat skrevet af: André")
        finished = (
            re.search(r"[.!?)]$", above)
            or _VERDICT_BELOW.match(above)
            or dated_title(above)
            or (i - start < 3 and _HEAD_FIELD.match(above))
        )
        if above and not finished and (i == 0 or lines[i - 1].text):
            # a paragraph's last line, or a list's line, not a title of its own (a verdict,
            # "Referat godkendt", ends the item above without its full stop)
            continue
        below = next_text(lines, i, 2)
        # "Oplæg til gårdprojekt" / "" / " • Kommentarer …": a title alone over its bullets
        listed = below is not None and bool(BULLET.match(lines[below].text)) and below > i + 1
        if below is None or below - 1 in titles or lines[below].indent and not listed:
            continue
        if listed and (i and lines[i - 1].text):
            continue
        if listed:
            titles[i] = Heading(i, None, text, WEAK)
            continue
        after = lines[below].text
        lead_in = after.endswith(":")  # "Kommentarer til sidste referat:" and its list
        verdict = _VERDICT_BELOW.match(after) is not None  # "Begge godkendt.": a decision
        if not verdict and (
            short_title(after)
            and not lead_in
            or not re.match(r"[A-ZÆØÅ]", after)
            or len(after) < 25
            # "Hvad er planen her?", "Ideer vi kan tage op:" (a sentence leading in a list)
            and not ((after.endswith("?") or lead_in) and len(after.split()) >= 3)
        ):
            continue  # a title has its sentences below, not another title or a list
        titles[i] = Heading(i, None, text, WEAK)
    if len(titles) < 2 or not is_referat_like(lines):
        return {}  # a letter's or a report's headings ("Kære byrådsmedlem"), no referat's items
    body = " ".join(line.text for j, line in enumerate(lines) if j > min(titles))
    return titles if _MINUTES_WORDS.search(body) else {}


# "Beslutning Ældrerådet den 10-11-2016", "Beslutning i Udvalget d. 3. maj 2026": the label alone
_DATED_DECISION = re.compile(r"^beslutning\b[^.:\n]{0,60}\b(?:den|d\.)\s*\d[\d./ -]{3,12}\d$", re.I)
# The labels an item's case opens with, and the decision's that closes it
_OPENING_KINDS = ("summary", "proposal")


# "Dagsorden for bestyrelsesmøde: Gennemgang af Buejægertræf 2017.": a meeting of one topic
_SOLE_TOPIC = re.compile(
    r"^\W*dagsorden(?:en)?(?:\s+for\s+[^:]{1,40})?\s*:\s*(?P<title>[A-ZÆØÅ][^,;:]{2,80}?)\.?$",
    re.IGNORECASE,
)


def sole_topic(lines: list[Line]) -> dict[int, Heading]:
    """The one topic an agenda label names on its line in the head ("Dagsorden for
    bestyrelsesmøde: Gennemgang af Buejægertræf 2017."), the minutes below it: one item,
    when no other heading is found."""
    found = [
        (i, title)
        for i, line in enumerate(lines[:15])
        if (m := _SOLE_TOPIC.match(line.text))
        # "… nedlukningen (eneste punkt)": the agenda says it is the one topic
        and len((title := _ONLY_ONE.sub("", m["title"]).strip()).split()) <= 8
    ]
    if len(found) != 1 or not any(line.text for line in lines[found[0][0] + 1 :]):
        return {}
    i, title = found[0]
    return {i: Heading(i, None, title, WEAK)}


_ONLY_ONE = re.compile(r"\s*\((?:eneste|kun\s+ét|ét)\s+punkt\)\.?\s*$", re.IGNORECASE)


def lost_headings(lines: list[Line]) -> dict[int, Heading]:
    """Items whose headings a municipal page lost, each left as its labelled blocks
    ("Sagsfremstilling" / case / "Beslutning" / decision, again and again): the label the
    first item opens with starts each item (three or more, a "Beslutning" between each two),
    titled as missing."""
    labels = [
        (i, section_kind(line.text) or "decision")
        for i, line in enumerate(lines)
        if line.text
        and not line.toc
        # "Beslutning Ældrerådet den 10-11-2016": a dated decision label, the same kind
        and (len(line.text) <= 30 and section_kind(line.text) or _DATED_DECISION.match(line.text))
    ]
    opening = next((kind for _, kind in labels if kind in _OPENING_KINDS), None)
    starts = [i for i, kind in labels if kind == opening]
    closed = all(
        any(kind == "decision" and a < i < b for i, kind in labels)
        for a, b in zip(starts, starts[1:], strict=False)
    )
    if len(starts) < 3 or not closed:
        return {}
    return {i: Heading(i, None, LOST_TITLE, WEAK) for i in starts}
