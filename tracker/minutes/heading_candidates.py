"""The heading one line of a referat can be, read from the line and the lines right around
it: "Punkt 3: Title", "Pkt. 3 Title", "3. Title", a number alone above its title line, "Ad 3:
…", "Pkt 1: the minutes", a numbered title with its minutes or its verdict on the same line, a
long numbered sentence; never a sentence about an item ("Punkt 4 flyttes …"), a date, a
postcode or a year, a proposal's "2) At …" clause, a paragraph's wrapped line. How strong each
reading is (STRONG … IN_LIST) tells :func:`tracker.minutes.agenda.find_headings` which
candidates need the count or the items around them to be items.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.minutes.ad_items import ad_heading
from tracker.minutes.answers import title_and_answer
from tracker.minutes.date_lines import is_date_line
from tracker.minutes.fields import dated_title
from tracker.minutes.header import FIELD_LINE, Line
from tracker.minutes.heading import (
    IN_LIST,
    NEEDS_PROOF,
    NUMBER_ALONE,
    PRESENTED,
    STRONG,
    WEAK,
    Heading,
    next_text,
    title_like,
)
from tracker.minutes.item_lines import count_starts_below, said_sentences, sentence_wraps
from tracker.minutes.letters import CAPITALS
from tracker.minutes.pkt_minutes import minutes_under_number
from tracker.minutes.proceedings import VERDICT_WORDS
from tracker.minutes.run_on import title_and_minutes
from tracker.minutes.sections import (
    _ATTACHMENT_LINE,
    _NUMBER_TITLE,
    _PUNKT,
    BULLET,
)
from tracker.minutes.title_dot import title_dot_text
from tracker.minutes.topic_question import topic_question

__all__ = ["continues_paragraph", "heading_candidate"]

# "Punkt 4 flyttes til …", "Pkt. 3 udsættes.", "Punkt 5 blev …": a verb after the number
_PUNKT_SENTENCE = re.compile(
    r"(?:flyttes|udsættes|udgår|udgik|blev|bliver|er|var|tages|behandles|rykkes|springes"
    r"|behandledes|flyttedes)\b"
)


def heading_candidate(
    lines: list[Line], i: int, plain: bool, wrapped: bool = False
) -> Heading | None:
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
    sub = re.match(r"(\d{1,2})\.\s+(?=\S)", m.group(2)) if m and text[m.end(1)] == "." else None
    if sub and int(sub[1]) > 1:
        return None  # "Punkt 2.2. Turen til …": the second point of item 2, inside it
    if m:
        # "Punkt 2.1. Tur til Bad Salzuflen": item 2, its first point's title
        number, title = int(m.group(1)), m.group(2)[sub.end() if sub else 0 :].strip().rstrip(".")
        glued = re.match(r"min(?=[A-ZÆØÅ])", title)
        if glued and len(m.group(1)) >= 2:
            # "Punkt 15 minGodkendelse …": a table's number and duration cells run together
            digits = m.group(1)
            number, title = int(digits[:-2] or digits[:-1]), title[glued.end() :]
        verdict = None
        if done := title_and_verdict(m.group(2).strip() if not glued else title):
            # "Pkt. 2 — Revisionsprotokollat 2016 Behandlet og godkendt.": title and verdict
            title, verdict = done
        if line.level or line.bold or re.match(r"^(?:Punkt|Pkt\.?)\s*\d+\s*[:.;]", text, re.I):
            dotted = None if line.level or line.bold or verdict else title_dot_text(title)
            if dotted and len(dotted.group(2).split()) >= 3:
                # "Punkt 5. Nye universalbure. Mogens og Keld har fundet …": title, minutes
                return Heading(i, number, dotted.group(1), inline=dotted.group(2))
            if (len(text) > 150 or _SECOND_SENTENCE.search(title)) and not (
                line.level or line.bold
            ):
                # "Pkt. 1; Gruppelederen bød velkommen. …": no title, the minutes at once
                return replace(_sentence_title(i, number, title), strength=STRONG)
            return Heading(i, number, title, inline=verdict)
        if len(text) < 150:
            strength = STRONG if not text.lower().startswith("punkt") else WEAK
            return Heading(i, number, title, strength, inline=verdict)
        return None
    if (continues_paragraph(lines, i) and not wrapped) or _next_is_toc(lines, i):
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
        return Heading(i, int(small[1]), small[3].strip(), NEEDS_PROOF)
    if not m or _ATTACHMENT_LINE.match(text):
        return None
    number_text, title = m.group(1), m.group(2).strip()
    if re.match(r"at\s", title, re.I) or _PROPOSES_ABOVE.search(_text_above(lines, i)):
        # "2) At Aarhus Kommune …", "X indstiller, at;" / " 1. Dagsordenen … godkendes": a
        # proposal's clause, never an item
        return None
    if re.fullmatch(r"dagsorden\s*:?", title, re.I) and count_starts_below(lines, i):
        return None  # "1 DAGSORDEN" / "1. Valg af referent": the document's section, its list below
    if is_date_line(text):  # "18. August 2016", "21. Maj - Dansk X-klub" (date_lines.py)
        return None
    if len(number_text) == 4 and (not re.match(r"^\D*\d{4}\.", text) or number_text[:2] in _YEARS):
        return None  # "8410 Rønde", "2013. Det foreslås …": a postcode or a year, never an item
    said = _TITLE_AND_TEXT.match(title)
    if said and re.search(r"[a-zæøå]{4}\.\s+[A-ZÆØÅ]", said.group(1)):
        said = None  # "Generalforsamling. På valg er: …": the title ended at its full stop
    if said and PRESENTED.search(said.group(2)) and not _SECOND_SENTENCE.search(said.group(2)):
        said = None  # "Siden sidst: Konklusioner vedr. … (orientering ved Egil).": all title
    if said and (_ASKED.match(said.group(2)) or _LEADS_ON.search(said.group(1))):
        # "Fra Erik: hvad det skal koste at …": the question is the title's own; "Nyt fra
        # Borggården vedrørende: Budget, børnetal, …": what the title is about
        said = None
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
        # "Indledning v. Anne Lene", "Møde ca. kl. 10", "St. Hansfest", "Sdr. Omme": an
        # abbreviation, not the title's end
        and not re.search(r"(?:^|\s)(?:[a-zæøå]{1,4}|St|Sct|Skt|Sdr|Ndr|Nr|Gl)$", dotted.group(1))
        and not _TITLES_MORE.match(dotted.group(2))
        and not (dotted.group(1).endswith("?") and _QUESTION.fullmatch(dotted.group(2)))
    ):
        # "5) Økonomi. Budget 2022 vedtages …": the item and its minutes on one line
        strength = WEAK if plain and len(text) <= 200 else IN_LIST
        return Heading(i, int(number_text), dotted.group(1), strength, inline=dotted.group(2))
    if not said and (done := title_and_verdict(title)):
        # "2) Godkendelse af dagsorden - Godkendt": the item and its whole decision
        return Heading(i, int(number_text), done[0], WEAK, inline=done[1])
    answered = title_and_answer(title)
    if answered and len(text) <= 160:
        # "1. Valg af referent Lars", "7. Eventuelt intet", "1. Fraværende: A og B"
        strength = STRONG if line.level or line.bold else WEAK if plain else NEEDS_PROOF
        return Heading(i, int(number_text), answered[0], strength, inline=answered[1])
    if said and re.fullmatch(r"\([^()]{3,80}\)", said.group(2).strip()):
        # "5. Netværkssamarbejdet i BF: (dette punkt nåede vi ikke)": a remark, the minutes
        return Heading(i, int(number_text), said.group(1), WEAK, inline=said.group(2))
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
_SMALL_TITLE = re.compile(r"^(\d{1,2})([.)])\s*((?!at\s)[a-zæøå](?:[^.]|\.(?!$)){2,100})\.?$")


# A word's full stop and a capital: a second sentence follows ("… Silkeborg. Udstillingen …")
_SECOND_SENTENCE = re.compile(r"[a-zæøå]{3}\.\s+[" + CAPITALS + r"]")
# "Direktør X indstiller, at;": the numbered clauses of a proposal follow
_PROPOSES_ABOVE = re.compile(r"\b(?:indstiller|foreslår|anbefaler)\s*,?\s+at\s*[;:]?$", re.I)


def _text_above(lines: list[Line], i: int) -> str:
    """The nearest line with text above line ``i`` (within two blank lines)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if lines[j].text:
            return lines[j].text
    return ""


def _among_count(lines: list[Line], i: int, m: re.Match) -> bool:
    """The line right above is the count's number before, or the line right below the one
    after ("1. bemærkninger …" over "2. Vejens tilstand."), marked the same ("N)", "N.")."""
    mark = re.escape(m[2])
    above = lines[i - 1].text if i else ""
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    before = re.match(rf"^(\d{{1,2}}){mark}\s*\S", above)
    after = re.match(rf"^(\d{{1,2}}){mark}\s*\S", below)
    return bool(before and int(before[1]) == int(m[1]) - 1) or bool(
        after and int(after[1]) == int(m[1]) + 1
    )


def _sentence_title(i: int, number: int, title: str) -> Heading:
    """A long numbered sentence: the item's title is its first sentence, the rest its text
    ("Temadag om liturgi, … af biskoppen. En orientering v. Julie. …"); a sentence that says
    what the topic holds ("… af disse. Herunder dialogmøde med …") is the title's too."""
    # the first sentence ends at a full stop or "?" ("… Kirke?", "… kirkedøren mv. Søren …"),
    # not a date's ("1./3. 2024") nor "ca.", "kl.", "nr."
    first = re.match(
        r"^((?:\S+\s+){3,}?\S*?(?:[^.\s]{2}\.(?<!\b[ck]a\.)(?<!\b[fk][xl]\.)(?<!\b[ns][rt]\.)"
        r"|[^.\s]\?))\s+(?!(?<=\d\.\s)\d)([" + CAPITALS + r"0-9].*)$",
        title,
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
# "Title: text": a short title (no time, no number) and the minutes on the same line; a title
# may open with a figure ("121 cm. Laks fra Sneum Å: Vi kører videoen …")
_TITLE_AND_TEXT = re.compile(r"^((?:[A-ZÆØÅ]|\d+\s+[a-zæøåA-ZÆØÅ])[^:]{2,60}?)\s*:\s+(\S.*)$")
_LEADS_ON = re.compile(r"\b(?:vedrørende|vedr\.|herunder|bl\.\s?a\.|f\.eks\.|fx)$", re.I)
# "hvad det skal koste …", "om vi skal …": an indirect question after a title's colon, the
# point to discuss (the item's topic), not its minutes
_ASKED = re.compile(r"(?:hvad|hvem|hvordan|hvornår|hvorvidt|hvilke[nt]?|hvor|om)\s")
# "Godkendelse af dagsorden - Godkendt", "City kirke samarbejdet - drøftet", "Godkendelse af
# referatet. Godkendt.", "Underskrivning af referater. Udsættes." (the title's full stop, then
# the verdict), "Afregning for træfældning vedr. råger. Udsættes til næste møde"; a verdict
# with its capital and no stop before it, "Revisionsprotokollat 2016 Behandlet og godkendt"
_TITLE_DASH_DONE = re.compile(
    # ("Referat fra møde den 30.11.godkendt.": the verdict glued to the date's full stop)
    r"^(.{3,80}?)(?:(?:\s+[-–]|(?<=[^.\s]{3})\.|(?=\s+(?-i:[A-ZÆØÅ])))\s+|(?<=\d)\.(?=[a-zæøå]))("
    + r"(?:behandlet\s+og\s+)?"
    + VERDICT_WORDS
    + r"(?:\s+til\s+(?:næste|et\s+senere|senere)\s+møde)?)\.?$",
    re.IGNORECASE,
)

# "Godkendelse af dagsorden Dagsorden godkendes.", "Godkendelse af dagsorden – Punkterne 6.1,
# 10 og 11 blev tilføjet.": the verdict a short sentence of its own, its subject's capital
# after the title (the longest title that leaves such a sentence)
_TITLE_SAID_DONE = re.compile(
    r"^(.{2,79}[^\s\-–.])(?:\s+[-–]\s+|\.\s+|\s+)"
    r"([A-ZÆØÅ][\wæøå]*(?:\s+[\wæøå.,]+){0,5}?\s+(?:blev\s+|er\s+)?"
    r"(?:godkendt|godkendes|vedtaget|vedtages|tilføjet|tiltrådt))\.?$"
)


def title_and_verdict(title: str) -> tuple[str, str] | None:
    """A heading's title and the verdict written after it on its line ("Godkendelse af
    dagsorden - Godkendt"), or None."""
    for pattern in (_TITLE_DASH_DONE, _TITLE_SAID_DONE):
        done = pattern.match(title)
        # with no mark between them, only a full stop says the verdict ends a sentence (not a
        # table's row "1. Budget Godkendt" run together)
        bare = done and not title[done.end(1) : done.start(2)].strip()
        if done and not (bare and not title.endswith(".")):
            return done.group(1), done.group(2) + "."
    return None


def continues_paragraph(lines: list[Line], i: int) -> bool:
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
