"""Repairs of a text's shape before it is parsed, for referater written or saved in one go.

A PDF's letter-spaced heading ("R e f e r a t"); a whole head on one line ("Referat af
bestyrelsesmøde … i A-huset. Tilstede: A, B Afbud: Referent: C"), whose fields are put on
lines of their own; an item line that carries its decision after the title ("2. Godkendelse af
dagsorden Godkendt", "6. Ny lokalplan Vi drøftede forløbet."), whose decision goes below; a
page that lost its items' titles and kept only an empty case-number field for each
(" • Sagsid.:"), whose items are numbered in order with a title that says it is missing; a
list's marks in a symbol font (Word's bullets through Symbol or Wingdings come out of a PDF as
private-use characters, "\uf0b7") or in any other glyph ("▪", "➢", "·") written "•", and a
list run together on one line put on lines of its own again.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.first_names import is_first_name
from tracker.minutes.title_wrap import SMALL_WORDS

# A PDF's letter-spaced heading, "R e f e r a t", "D A G S O R D E N": four or more letters
# each followed by one space read as the word they spell.
_LETTER_SPACED = re.compile(r"(?<![\wæøåÆØÅ])(?:[A-Za-zÆØÅæøå] ){3,}[A-Za-zÆØÅæøå](?![\wæøåÆØÅ])")


def close_letter_spacing(text: str) -> str:
    """The text with each letter-spaced word written as one word ("R e f e r a t" → "Referat")."""
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)


# An attendance or staff label inside a line of the head: "… i A-huset. Tilstede: …".
_LABELS = (
    r"(?:Tilstede|Til stede|Deltagere|Afbud(?: fra)?|Fraværende|Referent|Ordstyrer|Mødeleder"
    r"|Dirigent)\s*:"
)
_INNER_LABEL = re.compile(r"(?<=\S)\s+(?=" + _LABELS + ")")
_STACKED_ABSENCE = re.compile(
    r"(?P<first>(?<!\S)[A-ZÆØÅ][\wæøå.]{1,25}:)\s+(?P<absent>(?:Afbud|Fraværende)\s*:)"
    r"\s+(?P<names>[A-ZÆØÅ].*)$"
)
# "1)      Ordstyrer: Gry og referent: Sofus": an item whose title is the label, no head line
_NUMBERED_LABEL = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+" + _LABELS)
# "3. Title", an agenda tool's "3 - Title"
_ITEM_LINE = re.compile(r"^(?P<number>[ \t]*\d{1,3}(?:\.|[ \t]+[-–])[ \t]+)(?P<rest>\S.*?)[ \t]*$")
# The decision after a title on the item's line: a verdict word at the end, or a sentence that
# starts with a pronoun and a verb ("… proces Vi diskuterede det videre forløb.").
_VERDICT = re.compile(
    r"^(?P<title>\S+(?:\s+\S+)*?)\s+(?P<decision>(?:Godkendt|Udskudt|Vedtaget|Tiltrådt"
    r"|Taget til efterretning|[Ii]ntet|[Ii]ngen|[Dd]iv(?:erse)?\.?\s+drøftet"
    # "Økonomi (Kim K.) Punktet udgår, da …", "… medlemmer Se punkt 5 og 6.", "Godkendelse af
    # budget 2018 Kan ikke godkendes, da …": the item's fate after its title
    r"|Punktet\s+(?:udgår|udsættes|blev|er|var|tages|drøftes)|Udgår|Udsat|Se\s+punkt"
    r"|Kan\s+(?:ikke\s+)?godkendes)\b[.,]?(?:\s+\S.*)?)$"
)
_SENTENCE_IN_TITLE = re.compile(
    r"^(?P<title>\S+(?:\s+\S+)+?)\s+(?P<decision>(?:Vi|Der|Man|Bestyrelsen|Rådet|Udvalget)\s+"
    r"(?:[a-zæøå]{2,}(?:ede|te|er|es)|blev|har|var|skal|vil)\b.*)$"
)
# "Møde i … 21.2 Dorthe og Kirsten refererede fra mødet", "… hjemmesiden? Anni formulerer …":
# a first name (or two) and its verb open the minutes after the title
_NAMED_SENTENCE = re.compile(
    r"^(?P<title>\S+(?:\s+\S+)+?)\s+(?P<decision>(?P<name>[A-ZÆØÅ][a-zæøå]+)"
    r"(?:\s+og\s+(?P<other>[^\W\d_][\w-]+))?\s+"
    r"(?:[a-zæøå]{2,}(?:ede|te)|formulerer|undersøger|sender|kontakter|orienterede|fortalte"
    r"|gennemgik|blev|har|var)\b.*)$"
)
# "Valg af mødeleder/ordstyrer: MBL valgt.", "Valg af referent FH valgt.": who was chosen
_CHOSEN = re.compile(
    r"^(?P<title>[Vv]alg\s+af\s+[^:]+?)\s*:?\s+(?P<decision>(?:[A-ZÆØÅ][\wæøå.-]*\s+){1,4}"
    r"(?:blev\s+)?(?:gen)?valgt\b.*)$"
)
# "Økonomi herunder budget for 2018 blev vedtaget.": the title is the sentence's subject (not
# "Økonomi Regnskabet blev godkendt", a title and a sentence of its own)
_TITLE_PASSED = re.compile(
    r"^(?P<title>[A-ZÆØÅ]\S*(?:\s+[^\sA-ZÆØÅ]\S*)+?)\s+blev\s+(?:vedtaget|godkendt|taget\s+til"
    r"\s+efterretning)\.?$"
)
# A verdict that is the whole of what follows a title's full stop: "Nyt fra formanden. Intet nyt."
_WHOLE_VERDICT = re.compile(
    r"^(?:Godkendt|Vedtaget|Udsat|Udgår|Intet(?:\s+nyt)?|Ingen(?:\s+bemærkninger)?"
    r"|Intet\s+at\s+bemærke)\.?$"
)

# A web page's table row: the item's number and title, a wide gap (a cell's border), then its
# minutes as a sentence of four words or more
_WIDE_GAP = re.compile(
    r"^(?P<head>[ \t]*(?:(?:Pkt\.?|Punkt)[ \t]*)?\d{1,3}[.:)]?[ \t]+\S.*?\S)[ \t]{8,}"
    r"(?P<rest>[A-ZÆØÅ]\S*(?:[ \t]+\S+){3,})[ \t]*$"
)


def split_run_together(text: str) -> str:
    """The text with a head's fields, run together on one line, on lines of their own, and an
    item line's decision below its title."""
    lines = text.split("\n")
    out: list[str] = []
    in_head = True
    for line in lines:
        if "\t" in line or "|" in line:
            out.append(line)  # a table's row: its cells are read by tracker.minutes.tables
            continue
        wide = _WIDE_GAP.match(line)
        if wide:  # "Pkt. 1.   Title            Godt nytår! Referat og dagsorden godkendt."
            out += [wide["head"], wide["rest"]]
            continue
        item = _ITEM_LINE.match(line)
        if item:
            in_head = False
            cut = _decision_after_title(item["rest"])
            if cut:
                # ("4. Hjemmeside og facebook, Der blev talt …": the comma goes with the cut)
                out += [item["number"] + cut[0].rstrip(","), cut[1]]
                continue
        elif in_head and _INNER_LABEL.search(line) and not _NUMBERED_LABEL.match(line):
            # "Medlemmer: Afbud: A, B, C Ingen": a table's labels stacked over their values in
            # order; the names are the first label's, the absence label keeps none of them
            line = _STACKED_ABSENCE.sub(r"\g<first> \g<names> \g<absent>", line)
            out += _INNER_LABEL.sub("\n", line).split("\n")
            continue
        out.append(line)
    return "\n".join(out)


def _decision_after_title(rest: str) -> tuple[str, str] | None:
    """An item line's title and the decision written after it on the same line, or None."""
    passed = _TITLE_PASSED.match(rest)
    if passed and len(passed["title"].split()) >= 2:
        return passed["title"], rest  # the whole sentence is the decision
    m = _CHOSEN.match(rest) or _VERDICT.match(rest) or _SENTENCE_IN_TITLE.match(rest)
    named = _NAMED_SENTENCE.match(rest)
    if (
        m is None
        and named
        and is_first_name(named["name"])
        and (named["other"] is None or named["other"][0].isupper())
        and _ends_title(named["title"])
    ):
        m = named
    if m is None:
        return None
    title = m["title"]
    if title.endswith(("-", "–")):
        return None  # "Valg af dirigent - Christian blev valgt": run_on's dash (run_on.py)
    # (not inside a title's sentences: "3. Ny vision. Forslag … og der var ingen …"; but a
    # title's full stop before a verdict that is the whole rest is the title's end)
    if re.search(r"\.\s", title) or title.endswith(":"):
        return None
    if title.endswith(".") and not _WHOLE_VERDICT.match(m["decision"]):
        return None
    return title.rstrip("."), m["decision"]


# A word that a title does not end on: "Er det Thomas fortjeneste …" is a question, no title
_OPEN_END = re.compile(r"\s(?:" + SMALL_WORDS + r"|er|har|hos)$", re.I)


def _ends_title(title: str) -> bool:
    """The words can be a whole title before a named sentence: three words or more, not
    ending on a word that wants more."""
    return len(title.split()) >= 3 and not _OPEN_END.search(title)


# An empty case-number field standing for an item whose title the page lost: " • Sagsid.:".
_EMPTY_CASE = re.compile(
    r"^[ \t]*(?:[•*-][ \t]*)?(?:sagsid|sagsnr|sags?\s*nr|sagsnummer|j\.?\s*nr)\.?[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
LOST_TITLE = "(titlen mangler i referatet)"
_TOPIC_MAX = 100  # characters: a longer title is a paragraph (numbered_paragraphs), no topic


def item_topic(item) -> str:
    """What an item is about, for a draft's title ("Bestiller (Julefrokost)"): its title, or
    "punkt 9" when the page lost the title (never "((titlen mangler …))") or it is a whole
    paragraph; "" for the body of a referat without items (tracker.minutes.loose)."""
    if not item.title and not item.number:
        return ""
    if not item.title or item.title == LOST_TITLE or len(item.title) > _TOPIC_MAX:
        return f"punkt {item.number}"  # a paragraph standing as its item's title is no topic
    return item.title


def number_lost_titles(text: str) -> str:
    """The text with each empty case-number field (two or more of them) made an item heading,
    "Punkt N: (titlen mangler i referatet)", so the decisions under it stay apart; so is an item
    number with only a dash for its title ("9) –"), right after item N - 1's heading."""
    text = _dashed_titles(text)
    lost = [m for m in _EMPTY_CASE.finditer(text) if not _titled_above(text, m.start())]
    if len(lost) < 2:
        return text
    out, at = [], 0
    for n, m in enumerate(lost, 1):
        out += [text[at : m.start()], f"Punkt {n}: {LOST_TITLE}"]
        at = m.end()
    return "".join([*out, text[at:]])


# "9) –": an item's number whose title the secretary left out (a dash, nothing else)
_DASH_ONLY = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]*[-–—][ \t]*$", re.M)
_ITEM_NUMBER = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]*[A-ZÆØÅ]", re.M)


def _dashed_titles(text: str) -> str:
    """Each "N) –" whose last numbered heading above is N - 1 as "Punkt N: (titlen mangler …)"."""
    if not _DASH_ONLY.search(text):
        return text

    def lost(m: re.Match) -> str:
        above = list(_ITEM_NUMBER.finditer(text, 0, m.start()))
        if not above or int(above[-1][1]) != int(m[1]) - 1:
            return m[0]
        return f"Punkt {m[1]}: {LOST_TITLE}"

    return _DASH_ONLY.sub(lost, text)


# An item's numbered heading: "1 : Title", "2. Title", "Punkt 3: Title"
_NUMBERED_TITLE = re.compile(r"^[ \t]*(?:punkt[ \t]*)?\d{1,4}[ \t]*[.:)][ \t]*[A-ZÆØÅ]", re.I)


def _titled_above(text: str, start: int) -> bool:
    """The empty field's line comes right below an item's numbered title ("1 : Title" /
    "Sagsnr:"): the page kept the title, the case number is just left blank."""
    end = start
    while end > 0:  # read backwards line by line (never the whole text before it)
        begin = text.rfind("\n", 0, end - 1) + 1
        above = text[begin : end - 1] if text[end - 1] == "\n" else text[begin:end]
        if above.strip():
            return bool(_NUMBERED_TITLE.match(above))
        end = begin
    return False


# The glyphs a list is marked with besides "•", "-" and "*", and the private-use characters a
# symbol font's glyphs come out as (Word's Symbol bullet is U+F0B7, its Wingdings square U+F0A7,
# arrow U+F0D8, diamond U+F076, tick U+F0FC): a PDF or a copied text keeps them as they are.
BULLET_MARKS = "•‣⁃∙●○◦▪▫■□◆◇❖➢➤►▶✓✔❑⦁·"
SYMBOL_FONT = "\uf020-\uf0ff"
# Word's second-level bullet "o" (Courier New) keeps the tab or the spaces after it, or one
# space before a capital or a letter's point ("o Lokale", "o a. Generalforsamling"): no
# Danish line opens with the word "o".
_MARK_AT_START = re.compile(
    rf"^([ \t]*)(?:[{BULLET_MARKS}][ \t]+|[{SYMBOL_FONT}][ \t]*|o(?:\t|  +| (?=[A-ZÆØÅ]"
    r"|[a-zæøå][.)] )))(?=\S)",
    re.MULTILINE,
)
# A symbol-font mark between words: a list whose line breaks were lost ("… før.  Det …").
_MARK_INSIDE = re.compile(rf"(?<=\S)[ \t]+[{SYMBOL_FONT}][ \t]+(?=\S)")
_SYMBOL = re.compile(rf"(?<= )[{SYMBOL_FONT}] |[{SYMBOL_FONT}]")


# A list mark before an item's "pkt 2" ("¤ pkt 2 Medlemshvervning.", "• Punkt 3: …"): the
# item's heading dressed as a list's line
_MARKED_POINT = re.compile(
    rf"^[ \t]*[¤{BULLET_MARKS}*\-–][ \t]*(?=(?:pkt|punkt)\.?[ \t]*\d)", re.IGNORECASE | re.MULTILINE
)


def unmarked_points(text: str) -> str:
    """The text without a list mark before an item's "pkt N" at a line's start."""
    return _MARKED_POINT.sub("", text)


def plain_bullets(text: str) -> str:
    """The text with each list mark at a line's start written "• ", a list run together on one
    line (its marks in a symbol font) on lines of its own, and any other symbol-font glyph (a
    Wingdings smiley) left out."""
    if not _SYMBOL.search(text) and not re.search(rf"[{BULLET_MARKS}]|^[ \t]*o\s", text, re.M):
        return text
    text = _MARK_AT_START.sub(r"\1• ", text)
    lines = []
    for line in text.split("\n"):
        if "\t" not in line and "|" not in line:  # a table's row keeps its cells
            indent = line[: len(line) - len(line.lstrip(" "))]
            line = _MARK_INSIDE.sub("\n" + indent + "• ", line)
        lines.append(_SYMBOL.sub("", line))
    return "\n".join(lines)
