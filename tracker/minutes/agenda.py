"""Which lines of a referat head its agenda items, and how the items are numbered.

A heading is "Punkt 3: Title", "Pkt. 3 Title", "3. Title" (a heading, bold, a case number
below it, or a line of a plain text), a number alone above its title line (a web page's
table cells), "Ad 3: …" / "ad. 5 Title" (the minutes under an agenda's number, see
:mod:`tracker.minutes.ad_items`), and, in a referat without numbered items, a time slot
("19.00-19.30 Title") or a bold title (:mod:`tracker.minutes.unnumbered`). A numbered line
inside an item's text is a list, not an item, unless a section label ("Referat:",
"Beslutning") or a case number follows it: Word's numbering (every item "1.") is read that
way. A title the page wrapped onto the next line is joined again.

The numbers are settled after the parse (:mod:`tracker.minutes.numbering`).

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.minutes.ad_items import ad_heading, settle_ad_items
from tracker.minutes.answers import title_and_answer
from tracker.minutes.count_gaps import fill_count_gaps, lost_count
from tracker.minutes.date_lines import is_date_line
from tracker.minutes.fields import dated_title
from tracker.minutes.header import FIELD_LINE, Line
from tracker.minutes.heading import (
    IN_LIST,
    MINUTES_WORD,
    NEEDS_PROOF,
    NUMBER_ALONE,
    STRONG,
    WEAK,
    Heading,
    count_goes_on,
    next_text,
    other_style,
    proven,
    repeats,
    title_like,
)
from tracker.minutes.item_lines import count_starts_below, said_sentences, sentence_wraps
from tracker.minutes.labelled_list import agenda_above, counts_up, list_label, minutes_said
from tracker.minutes.numbered_minutes import numbered_minutes
from tracker.minutes.outer_count import outer_count
from tracker.minutes.outline import Outline, counts_on, in_count_list, sentence_heading
from tracker.minutes.pkt_minutes import all_refer_back, minutes_under_number
from tracker.minutes.proceedings import VERDICT_WORDS
from tracker.minutes.repairs import LOST_TITLE
from tracker.minutes.run_on import title_and_minutes
from tracker.minutes.sections import (
    _ATTACHMENT_LINE,
    _NUMBER_TITLE,
    _PUNKT,
    BULLET,
)
from tracker.minutes.title_dot import title_dot_text
from tracker.minutes.title_wrap import join_wrapped_title, tidy_title
from tracker.minutes.topic_question import topic_question
from tracker.minutes.unnumbered import (
    closing_item,
    lost_headings,
    sole_topic,
    unnumbered,
)

__all__ = ["Heading", "find_headings"]

# "Punkt 4 flyttes til …", "Pkt. 3 udsættes.", "Punkt 5 blev …": a verb after the number
_PUNKT_SENTENCE = re.compile(
    r"(?:flyttes|udsættes|udgår|udgik|blev|bliver|er|var|tages|behandles|rykkes|springes"
    r"|behandledes|flyttedes)\b"
)


def _candidate(lines: list[Line], i: int, plain: bool, wrapped: bool = False) -> Heading | None:
    """The heading line ``i`` can be; ``wrapped``: read it even below a paragraph's line that
    goes on (an item only when it counts on, :func:`tracker.minutes.outline.counts_on`)."""
    line = lines[i]
    text = line.text
    if line.toc or not text:
        return None
    ad = ad_heading(i, text)
    if ad is not None:
        return ad  # "Ad 3:" (tracker.minutes.ad_items)
    said = minutes_under_number(i, text)  # "Pkt 1: Formanden orienterede …" (pkt_minutes)
    if said is not None:
        return said
    m = _PUNKT.match(text)
    if m and not (line.level or line.bold) and _PUNKT_SENTENCE.match(m.group(2)):
        return None  # "Punkt 4 flyttes til efter punkt 2.": a sentence about an item
    if m:
        number, title = int(m.group(1)), m.group(2).strip().rstrip(".")
        glued = re.match(r"min(?=[A-ZÆØÅ])", title)
        if glued and len(m.group(1)) >= 2:
            # "Punkt 15 minGodkendelse …": a table's number and duration cells run together
            digits = m.group(1)
            number, title = int(digits[:-2] or digits[:-1]), title[glued.end() :]
        if line.level or line.bold or re.match(r"^(?:Punkt|Pkt\.?)\s*\d+\s*[:.;]", text, re.I):
            if len(text) > 150 and not (line.level or line.bold):
                # "Pkt. 1; Gruppelederen bød velkommen. …": no title, the minutes at once
                return replace(_sentence_title(i, number, title), strength=STRONG)
            return Heading(i, number, title)
        if len(text) < 150:
            return Heading(
                i, number, title, STRONG if not text.lower().startswith("punkt") else WEAK
            )
        return None
    if (_continues_paragraph(lines, i) and not wrapped) or _next_is_toc(lines, i):
        return None  # a wrapped line of a paragraph ("… i afsnit" / "6."), or of a contents list
    m = NUMBER_ALONE.match(text)
    if m and not line.level:
        below = next_text(lines, i, 2)
        if below is not None and title_like(lines[below]):
            return Heading(i, int(m.group(1)), lines[below].text, NEEDS_PROOF, consumed=[below])
        return None
    m = _NUMBER_TITLE.match(text)
    if not m and (small := _SMALL_TITLE.match(text)) and _among_count(lines, i, small):
        # "2) sæsonstart" between "1) Godkendelse af referat" and "3) medlems status": a
        # list's titles written in small letters, the count tells them
        return Heading(i, int(small[1]), small[2].strip(), NEEDS_PROOF)
    if not m or _ATTACHMENT_LINE.match(text):
        return None
    number_text, title = m.group(1), m.group(2).strip()
    if re.match(r"at\s", title, re.I):
        return None  # "2) At Aarhus Kommune …": a proposal's clause, never an item
    if re.fullmatch(r"dagsorden\s*:?", title, re.I) and count_starts_below(lines, i):
        return None  # "1 DAGSORDEN" / "1. Valg af referent": the document's section, its list below
    if is_date_line(text):  # "18. August 2016", "21. Maj - Dansk X-klub" (date_lines.py)
        return None
    if len(number_text) == 4 and (not re.match(r"^\D*\d{4}\.", text) or number_text[:2] in _YEARS):
        return None  # "8410 Rønde", "2013. Det foreslås …": a postcode or a year, never an item
    said = _TITLE_AND_TEXT.match(title)
    if said and _ASKED.match(said.group(2)):
        said = None  # "Fra Erik: hvad det skal koste at …": the question is the title's own
    run_on = title_and_minutes(title)
    if run_on:
        # "2. Bestyrelsens beretning – Daniel berettede om året.", "3. Opfølgning: Værdier i
        # samarbejdet. Der skulle …": the title, then its minutes (tracker.minutes.run_on)
        strength = STRONG if line.level or line.bold else WEAK if plain else IN_LIST
        return Heading(i, int(number_text), run_on[0], strength, inline=run_on[1])
    # "Økonomi.  Budget 2022 vedtages …": a short title (six words at most), a full stop (or
    # two, or no space after it: "Kassebeholdning.Søren meddelte, …"; "?" too), the minutes
    dotted = None if topic_question(title) else title_dot_text(title)  # "Mål. Hvad vil vi …"
    if (
        not said
        and dotted
        and not line.level
        # "Eventuelt. Intet nyt.": the closing item's few words are its minutes too
        and (
            len(dotted.group(2).split()) >= 3
            or dotted.group(1).lower() in ("eventuelt", "evt")
            # "5. Mødekalender. Der afholdes" / "  bestyrelsesmøde den …": a narrow column
            # wrapped the minutes' sentence onto the next line
            or sentence_wraps(lines, i)
        )
        # "Indledning v. Anne Lene", "Møde ca. kl. 10": an abbreviation, not the title's end
        and not re.search(r"(?:^|\s)[a-zæøå]{1,4}$", dotted.group(1))
        and not _TITLES_MORE.match(dotted.group(2))
        and not (dotted.group(1).endswith("?") and _QUESTION.fullmatch(dotted.group(2)))
    ):
        # "5) Økonomi. Budget 2022 vedtages …": the item and its minutes on one line
        strength = WEAK if plain and len(text) <= 200 else IN_LIST
        return Heading(i, int(number_text), dotted.group(1), strength, inline=dotted.group(2))
    if not said and (done := _TITLE_DASH_DONE.match(title)):
        # "2) Godkendelse af dagsorden - Godkendt": the item and its whole decision
        return Heading(i, int(number_text), done.group(1), WEAK, inline=done.group(2) + ".")
    answered = title_and_answer(title)
    if answered and len(text) <= 160:
        # "1. Valg af referent Lars", "7. Eventuelt intet", "1. Fraværende: A og B"
        strength = STRONG if line.level or line.bold else WEAK if plain else NEEDS_PROOF
        return Heading(i, int(number_text), answered[0], strength, inline=answered[1])
    if said and not line.level and len(said.group(2).split()) >= 3 and said_sentences(said[2]):
        # "3. Medlemsaktivitet: 503 medlemmer …": an e-mail referat's item and its minutes
        strength = WEAK if plain and len(text) <= 160 else IN_LIST
        return Heading(i, int(number_text), said.group(1), strength, inline=said.group(2))
    if len(text) > 160:
        # a sentence as the title: an item only as a paragraph of its own (_sentence_heading)
        # (a paragraph of its own, blank lines around it, may run to a few sentences more)
        alone = not (i and lines[i - 1].text) and not (i + 1 < len(lines) and lines[i + 1].text)
        long_sentence = len(text) <= (400 if alone else 200) and title.endswith(".")
        return _sentence_title(i, int(number_text), title) if long_sentence else None
    words = len(title.split())
    if re.search(r"[!?]$", title) and not line.level:
        return Heading(i, int(number_text), title, IN_LIST)
    if title.endswith(".") and not line.level:
        # "1. Høringssvar." is Word's numbered title; "1. Udvalget godkendte." a sentence
        if words > 12:
            return _sentence_title(i, int(number_text), title)
        return Heading(i, int(number_text), title.rstrip("."), NEEDS_PROOF)
    if line.level or line.bold or line.case_below:
        return Heading(i, int(number_text), title.rstrip("."))
    if words <= 16:
        return Heading(i, int(number_text), title.rstrip("."), WEAK if plain else NEEDS_PROOF)
    return Heading(i, int(number_text), title, IN_LIST)


# "2) sæsonstart": a number, a parenthesis, a title in small letters (never "2) at …")
_SMALL_TITLE = re.compile(r"^(\d{1,2})\)\s*((?!at\s)[a-zæøå][^.]{2,80})$")


def _among_count(lines: list[Line], i: int, m: re.Match) -> bool:
    """The line right above is the count's number before, "N)" marked the same."""
    above = lines[i - 1].text if i else ""
    before = re.match(r"^(\d{1,2})\)\s*\S", above)
    return before is not None and int(before[1]) == int(m[1]) - 1


def _sentence_title(i: int, number: int, title: str) -> Heading:
    """A long numbered sentence: the item's title is its first sentence, the rest its text
    ("Temadag om liturgi, … af biskoppen. En orientering v. Julie. …"); a sentence that says
    what the topic holds ("… af disse. Herunder dialogmøde med …") is the title's too."""
    # the first sentence ends at a full stop or "?" ("… Kirke?"), not a date's ("1./3. 2024")
    first = re.match(
        r"^((?:\S+\s+){3,}?\S+?(?:[^.\s]{2}\.|[^.\s]\?))\s+(?!(?<=\d\.\s)\d)([A-ZÆØÅ0-9].*)$", title
    )
    if first and not re.match(r"(?:Herunder|Heriblandt)\b", first.group(2)):
        return Heading(i, number, first.group(1).rstrip("."), IN_LIST, inline=first.group(2))
    return Heading(i, number, title.rstrip("."), IN_LIST)


_YEARS = ("19", "20")
# What the title's next words add to it, not minutes: "Siden sidst. Herunder VPU. …",
# "… meddelelser. Orientering ved borgmesteren", "Hvordan har vi det? Har vi den rette …?"
_TITLES_MORE = re.compile(
    r"(?:Herunder|Heriblandt|(?:Orientering|Oplæg|Indlæg)\s+(?:ved|v\.|v/|fra)\s)"
)
_QUESTION = re.compile(r"[^.!?]*\?")  # one more question after the title's own
# "Title: text": a short title (no time, no number) and the minutes on the same line
_TITLE_AND_TEXT = re.compile(r"^([A-ZÆØÅ][^:]{2,60}?)\s*:\s+(\S.*)$")
# "hvad det skal koste …", "om vi skal …": an indirect question after a title's colon, the
# point to discuss (the item's topic), not its minutes
_ASKED = re.compile(r"(?:hvad|hvem|hvordan|hvornår|hvorvidt|hvilke[nt]?|hvor|om)\s")
# "Godkendelse af dagsorden - Godkendt", "City kirke samarbejdet - drøftet", "Godkendelse af
# referatet. Godkendt.", "Underskrivning af referater. Udsættes." (the title's full stop, then
# the verdict)
_TITLE_DASH_DONE = re.compile(
    r"^(.{3,80}?)(?:\s+[-–]|(?<=[^.\s]{3})\.)\s+(" + VERDICT_WORDS + r")\.?$",
    re.IGNORECASE,
)


def _continues_paragraph(lines: list[Line], i: int) -> bool:
    """The line right above is a paragraph's line that goes on (a PDF's wrapped text)."""
    if i == 0 or lines[i - 1].level or lines[i - 1].bold:
        return False
    if 0 < lines[i].indent < lines[i - 1].indent:
        return False  # " 2. Siden sidst" below "  Se referatet …": a list's next item
    above = lines[i - 1].text
    if _NUMBER_TITLE.match(above) or BULLET.match(above) or _PUNKT.match(above):
        return False  # the line above is an item of the same list
    if _SMALL_TITLE.match(above):
        return False  # the line above is an item of the same list
    if re.match(r"[a-zæøå][.)]\s", above):
        return False  # "a. Orientering fra arbejdsgrupper": an item's lettered point
    if FIELD_LINE.match(above) and ":" in above[:20] or dated_title(above):
        return False  # "Til stede: Ole, Kirsten og Lars", "Referat … 2025" end with the line
    # "… Trekanten*": a footnote mark ends the line as a full stop does
    return len(above) > 40 and not re.search(r"[.:;!?)*]$", above) and not above.isupper()


def _next_is_toc(lines: list[Line], i: int) -> bool:
    """The line right below is a contents line: this one is its entry's first line."""
    return i + 1 < len(lines) and lines[i + 1].toc and not lines[i].toc


def find_headings(lines: list[Line], plain: bool) -> dict[int, Heading]:
    """The agenda items' headings by line index (see the module's docstring)."""
    candidates: dict[int, Heading] = {}
    below_paragraph: dict[
        int, Heading | None
    ] = {}  # "3 Title" right below a line without a full stop
    for i in range(len(lines)):
        heading = _candidate(lines, i, plain)
        if heading is not None:
            candidates[i] = heading
        elif plain and _continues_paragraph(lines, i):
            below_paragraph[i] = _candidate(lines, i, plain, wrapped=True)
    accepted: dict[int, Heading] = {}
    last_number = first_number = 0  # a new count starts at 1 or at the first item's number
    body_since = False  # text (not headings) since the last accepted heading
    rejected_run = False  # the previous candidate, right above, was taken as a list line
    skip: set[int] = set()
    previous_candidate = False
    previous_number = 0  # the number of the candidate right above
    previous_indent = 0  # and where it stood
    bare_list = True  # the items so far follow each other without text: an agenda list
    outline = Outline()
    rejected_since = False  # a candidate was taken as a list line since the last item
    sub_points = False  # the candidates right above are a list item's sub-points
    agenda_label = False  # the items so far are the list below a "Dagsorden:" label
    minutes_count = 0  # below it, the last of the minutes' numbered sentences
    for i, line in enumerate(lines):
        if i in skip:
            continue
        heading = candidates.get(i)
        wrapped = below_paragraph.get(i)
        if heading is None and wrapped is not None and not rejected_since and accepted:
            # "3 Tilføjelser til dagsordenen" below "… NO holder ham orienteret": the next item
            # when it counts on, not a paragraph's wrapped line
            last = max(accepted)
            below = {**candidates, **below_paragraph}
            following = [below[j].number for j in sorted(below) if j > i and below[j]]
            goes_on = following[:1] in ([], [(wrapped.number or 0) + 1])  # "4 …" next, or none
            if goes_on and counts_on(lines, i, wrapped, last, accepted[last].number, body_since):
                heading = wrapped
        if heading is None:
            if line.text:
                body_since = True
                previous_candidate = False
                outline.body(line, bool(accepted))
            continue
        in_run = previous_candidate  # right below another candidate: one list
        ok = heading.strength == STRONG
        other = not ok and not bare_list and other_style(lines, i, accepted)
        if other and not repeats(accepted, heading):
            # "Punkt 4 Endeligt budget godkendt." under "3. Punkter fra kirkeudvalget": the
            # points of another meeting in the item's text, not items of this one
            body_since, previous_candidate = True, False
            outline.body(line, bool(accepted))
            continue
        if not ok and outline.nested(line, heading):
            # a list inside the item: the items' own run is not broken by it
            previous_candidate, rejected_run, body_since = True, False, True
            outline.body(line, bool(accepted))
            continue
        # "   1. Verifikation …" further in right below "1. Formalia" of a list: its sub-points,
        # 1, 2 …; the list's own count goes on below them ("2. Økonomi" at the margin)
        sub_points = in_run and outline.inner(line) and (heading.number == 1 or sub_points)
        if not ok and sub_points:
            previous_candidate, rejected_run = True, False
            continue
        if heading.strength == WEAK:
            restart = accepted and heading.number <= last_number
            # a new count (a second list, or Word's lost numbering) starts at 1 or repeats
            starts = (1, first_number, last_number)
            again = heading.number in starts and proven(lines, heading, candidates)
            # "1: VALG AF DIRIGENT" under the agenda's "1. Valg af dirigent": the minutes' own
            again = again or (restart and repeats(accepted, heading))
            ok = not (restart and (body_since or rejected_run) and not again)
            # " 1. Grøn kirke" further in right below "2. Fokuspunkt": a list inside the item
            ok = ok and not (restart and outline.inner(line))
            # right below a rejected list, a count that starts again at 1 is a list of its own
            # ("9. Evt." / "1. REFERAT FRA SIDST:": the minutes under the agenda list)
            anew = heading.number == 1 and previous_number > 1
            on = in_run and rejected_run and heading.number == last_number + 1  # past a list
            anew = anew or on and outline.past_list(lines, i, accepted, previous_indent)
            ok = ok and not (in_run and rejected_run and not anew)
            ok = ok and not in_count_list(lines, i)  # "2 O-løber" under "15 passive medlemmer"
        elif heading.strength == NEEDS_PROOF:
            restart = accepted and heading.number <= last_number
            ok = (not restart or heading.number in (1, first_number, last_number)) and proven(
                lines, heading, candidates
            )
        if heading.strength in (WEAK, NEEDS_PROOF) and not ok:
            # " 1. Sommerfest" at the items' own column; not a list of minutes ("1. Bestyrelsen
            # har godkendt regnskabet. …" / "2. …") under an agenda list
            ok = not heading.inline and not (in_run and rejected_run)
            ok = ok and outline.restarts(line, heading)
        if heading.strength in (WEAK, NEEDS_PROOF) and not ok and body_since and bare_list:
            # "1. Valg af referent" after the agenda list ("1. Generalforsamlingen / 2. …") and
            # the head's lines: the minutes' own count, when "2." follows after their text
            ok = len(accepted) >= 2 and heading.number == first_number
            ok = ok and count_goes_on(lines, i, heading, candidates)
        if heading.strength in (NEEDS_PROOF, IN_LIST) and not ok and plain:
            after = body_since or not accepted
            ok = sentence_heading(lines, i, heading, last_number, after, in_run and rejected_run)
        if heading.strength in (NEEDS_PROOF, IN_LIST) and not ok:
            # the next number of the list right above: "1. Velkomst" / "2. Referatet godkendt."
            ok = (
                bool(accepted) and in_run and not rejected_run and heading.number == last_number + 1
            )
        label = list_label(lines, i, heading)
        if not ok and label and heading.strength in (WEAK, NEEDS_PROOF):
            # "Dagsorden:" / "1. Godkendelse af dagsorden.", "Referat:" / "1. …" (again): the
            # label says what the count below it is; not after the items ("Dagsorden:" of the
            # next meeting below the last item)
            ok = not accepted or agenda_label
        restart = heading.number == 1 < last_number and not agenda_above(lines, i)
        if not ok and agenda_label and restart and not heading.inline:
            # the count starts again at 1 after the labelled agenda's list: the minutes' items
            ok = heading.strength in (WEAK, NEEDS_PROOF) and not MINUTES_WORD.search(heading.title)
        said = minutes_said(line.text, heading, accepted, minutes_count) if agenda_label else ""
        listed = {h.number for h in accepted.values()}
        counted = minutes_count or (
            heading.number == 1 < last_number and counts_up(candidates, i, listed)
        )
        if said and counted and heading.number in listed and heading.number > minutes_count:
            # "1. Bestyrelsen har godkendt regnskabet. …" / "2. …" / "4. …" below the labelled
            # agenda: the minutes of the listed items, numbered as they are, without titles
            heading = replace(heading, title=LOST_TITLE, inline=said, strength=WEAK)
            ok, minutes_count = True, heading.number or 0
        if not ok and heading.number == 1 and outline.lost_numbers(line, accepted.values()):
            # " 1. Økonomi. Der er brug for …" at the column of " 1.", " 1.", " 1.": Word's lost
            # numbering, whatever the line holds after the title
            ok = True
        if not ok and plain and accepted and not rejected_since:
            # "7 Hvem skal være vores leverandør?" after item 6's text: the count goes on
            last = max(accepted)
            ok = counts_on(lines, i, heading, last, accepted[last].number, body_since)
        previous_candidate, previous_number = True, heading.number or 0
        previous_indent = line.indent
        rejected_run = not ok
        rejected_since = rejected_since or not ok
        if not ok:
            body_since = True
            outline.body(line, bool(accepted))
            continue
        agenda_label = agenda_label or (not accepted and label.startswith("dagsorden"))
        outline.heading(line, heading)
        join_wrapped_title(lines, heading)
        heading.title = tidy_title(heading.title)
        skip.update(heading.consumed)
        bare_list = bare_list and not (accepted and body_since)
        accepted[i] = heading
        rejected_since = False
        first_number = first_number or heading.number or 0
        last_number = heading.number or last_number
        body_since = False
    accepted = outer_count(lines, candidates, accepted)  # nested lists: the outer count's
    all_refer_back(lines, accepted)  # "Pkt 1: …", "Pkt 2: …", then "Pkt. 7: Intet." too
    settle_ad_items(lines, candidates, accepted)
    fill_count_gaps(lines, candidates, accepted)  # "1, 4, 5" and between them "2.", "3."
    lost_count(lines, candidates, accepted)  # " 1.", " 1.", " 1.": Word lost the numbers
    if accepted:
        closing_item(lines, accepted)
    if accepted:
        return accepted
    numbered = numbered_minutes(lines, candidates) if plain else {}
    return unnumbered(lines) or numbered or lost_headings(lines) or sole_topic(lines)
