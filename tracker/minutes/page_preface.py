"""A web page that shows other things above its referat: the body's meeting plan ("Her
finder du … mødeplan": "19. september", "24. oktober"), then a rule ("***", "---") and the
referat's own title with its date ("Referat fra d. 13. december 2021"). The page's heading
(its first line: the forum's name) stays; what stands between it and the rule goes, so its
dates and lines are not read as the meeting's head or items. A page's control glued to an
item's title ("1. Godkendelse af dagsordenKlik her for at folde ud og læse mere om …") goes.

Pure module: stdlib only (and the deadlines' date reader, flat_items' page numbers).
"""

from __future__ import annotations

import re

from tracker.deadlines import find_date
from tracker.minutes.fields import dated_meeting
from tracker.minutes.flat_items import without_page_numbers

__all__ = [
    "dated_bullet_below",
    "referat_below_page",
    "without_document_host",
    "without_page_controls",
    "without_page_preface",
]

_RULE = re.compile(r"^[ \t]*(?:\*{3,}|-{3,}|_{3,}|={3,})[ \t]*$", re.MULTILINE)
_TITLE = re.compile(r"^[ \t]*referat\b", re.IGNORECASE | re.MULTILINE)


def without_page_preface(text: str) -> str:
    """The text without what stands between the page's first line and a rule that a dated
    referat title follows (when no referat title stands above the rule); else as it is."""
    rule = _RULE.search(text)
    if rule is None or _TITLE.search(text, 0, rule.start()):
        return text
    title = re.compile(r"\S[^\n]*").search(text, rule.end())
    if title is None or not _TITLE.match(title.group(0)) or not find_date(title.group(0)):
        return text
    return _page_heading(text) + text[title.start() :]


def _page_heading(text: str) -> str:
    """The page's first line (the forum's name) to keep over the referat, if it is short and
    stands alone (a site's menu, "Mailliste" / "Medlemskab" / …, names no forum)."""
    lines = text.strip().split("\n", 2)
    first = lines[0].strip()
    menu = len(lines) > 1 and lines[1].strip() != ""
    return f"{first}\n\n" if len(first) <= 80 and not _RULE.match(first) and not menu else ""


# A dated referat title of its own line: "Referat fra Pårørenderådsmøde 04.02.2020", "REFERAT"
# (not "Referat fra sidste møde 4. marts godkendt", a proceeding)
_NEXT_LINE = re.compile(r"\n[ \t]*(\S[^\n]*)")  # the next line's words
_OWN_TITLE = re.compile(r"^[ \t]*referat\b(?![^\n]*\bgodkend)[^\n]{0,100}$", re.I | re.M)


def referat_below_page(text: str) -> str | None:
    """The text from a dated referat title that a web page's other lines (the body's members,
    its rules) stand above, with the page's first line over it; None when there is none."""
    for title in _OWN_TITLE.finditer(text, 0, 6000):
        # the date on the title's line or on the line below ("Referat fra bestyrelsesmøde i
        # Søholmscenen" / "Tirsdag den 2. april 2013 i Mejeriet")
        below = _NEXT_LINE.match(text, title.end())
        dated = find_date(title.group(0)) or (below is not None and find_date(below.group(1)))
        if title.start() == 0 or not dated:
            continue
        if not text[: title.start()].strip():
            return None  # the title opens the text: nothing stands above it
        return _page_heading(text) + text[title.start() :]
    for line in re.finditer(r"^[^\n]+$", text[:6000], re.MULTILINE):
        # a parish's page of dates ("6.-5.-10" / "24.-3.-10" / …) over its meeting's own line
        # ("Menighedsrådsmøde d. 6-5-2010")
        if line.start() and dated_meeting(line.group(0)) and text[: line.start()].strip():
            return _page_heading(text) + text[line.start() :]
    return dated_bullet_below(text)


# A school's page that lists its board's referater, each one opened by a bullet with the
# meeting's date alone: "Referater fra Skolebestyrelsens møder i 2023/2024" / " • 21. august
# 2023" / "  1. Velkomst …"
_REFERATER = re.compile(r"^[ \t]*referat(?:er)?\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
_DATED_BULLET = re.compile(r"^[ \t]*[•*·▪-][ \t]+(?P<date>[^\n]{6,40}?)[ \t]*$", re.MULTILINE)


def dated_bullet_below(text: str) -> str | None:
    """The first referat under a page's "Referater …" heading whose bullet is its date alone,
    titled "Referat <date>" under the page's first line; None when there is none."""
    for heading in _REFERATER.finditer(text, 0, 8000):
        bullet = _DATED_BULLET.search(text, heading.end(), heading.end() + 300)
        if bullet is None or text[heading.end() : bullet.start()].count("\n") > 4:
            continue
        if _dated(bullet["date"]):
            # the next dated bullet opens the meeting before it: not this one's
            end = next(
                (
                    b.start()
                    for b in _DATED_BULLET.finditer(text, bullet.end())
                    if _dated(b["date"])
                ),
                len(text),
            )
            return _page_heading(text) + f"Referat {bullet['date']}\n" + text[bullet.end() : end]
    return None


def _dated(words: str) -> bool:
    """A bullet's words are a date alone ("21. august 2023"), not a sentence with one."""
    return bool(find_date(words)) and not re.search(r"[A-Za-zæøå]{3,}\s+[A-Za-zæøå]{3,}", words)


# An accordion's words for a screen reader, glued to the end of the title it opens
_CONTROL = re.compile(
    r"(?<=\S)[ \t]*Klik her for at (?:folde|læse|se|åbne|lukke)\b[^\n]*$", re.MULTILINE
)


# What a meeting tool glues after an item's title: a Notes link to another document ("->
# Database 'Gribskov Møder 2016', View 'Alle møder', Document '…'"), or the names of the
# files attached to the item right after a colon (":Vedtægter 2014.pdfVedtægter 2014.pdf")
_FILE = r"[^\n:]*?\.(?:pdf|docx?|xlsx?|sxc|ods|odt|pptx?)"
_TOOL_TAIL = re.compile(
    r"(?<=\S)(?:[ \t]*->[ \t]*Database[ \t]+'[^\n]*|[ \t]?:(?=\S)" + _FILE + "(?:" + _FILE + r")*)"
    r"[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


# A form's hint to whoever fills it in: "(Tilføj pkt ved at stå i nederste række efter teksten
# og tryk på tabulatorknappen)"
_FORM_HINT = re.compile(
    r"^[ \t]*\((?:Tilføj|Klik|Tryk)\b[^\n()]*\b(?:tryk|klik)\b[^\n()]*\)[ \t]*$", re.M
)


# A web page's navigation above its text: "Menu", "Mobil menu", "Gå til hovedindholdet"
_NAVIGATION = re.compile(
    r"(?:menu|mobil\s+menu|gå\s+til\s+(?:hoved)?indhold(?:et)?|spring\s+til\s+indhold(?:et)?"
    r"|skip\s+to\s+(?:main\s+)?content|forside|log\s+ind)",
    re.IGNORECASE,
)
_NAVIGATION_LINES = 12  # only at the page's top: further down "Menu" may be a party's item


def without_page_controls(text: str) -> str:
    """The text without a page's "Klik her for at folde ud …" after a line's own words, or a
    meeting tool's link or attached files' names after an item's title, or a form's hint, or
    the page's navigation above it ("Menu")."""
    lines = text.split("\n")
    top = ["" if _NAVIGATION.fullmatch(ln.strip()) else ln for ln in lines[:_NAVIGATION_LINES]]
    text = "\n".join(top + lines[_NAVIGATION_LINES:])
    return _FORM_HINT.sub("", _TOOL_TAIL.sub("", _CONTROL.sub("", text)))


# A document host's page over a PDF's text: "Save this PDF as:", "Størrelse: px", "Starte
# visningen fra side:", "Download "…"", then "Transkript" and the pages ("1 Referat …")
_HOST_MARK = re.compile(
    r"^(?:Starte visningen fra side:|Størrelse: px|Download \"|Upload: |Post on \d|Category:)", re.M
)
_TRANSCRIPT = re.compile(r"^(?:Transkript|TRANSCRIPT)[ \t]*$", re.M)
_HOST_TITLE = re.compile(r'^Download "([^"\n]{3,300})"[ \t]*$', re.M)


# Another host's words above the document's text ("SHOW MORE", "YUMPU automatically turns
# print PDFs into web optimized ePapers …"), its first page's number right below them
_EPAPER_HOST = re.compile(
    r"^YUMPU automatically turns print PDFs[^\n]*\n\s*(?:\d{1,3}[ \t]*\n)?", re.M
)


def without_document_host(text: str) -> str:
    """The text from the line after "Transkript" on, without the number and running header
    each page opens with, under the host's title of it, when a document host's lines stand
    above it; else as it is."""
    epaper = _EPAPER_HOST.search(text, 0, 5000)
    if epaper is not None:
        return text[epaper.end() :]
    transcript = _TRANSCRIPT.search(text, 0, 3000)
    if transcript is None or not _HOST_MARK.search(text, 0, transcript.start()):
        return text
    lines, pages = without_page_numbers(text[transcript.end() :].lstrip("\n").split("\n"))
    header = _running_header([lines[k] for k in pages[1:]])
    for k in pages[1:]:
        if header and lines[k].startswith(header):
            lines[k] = lines[k][len(header) :].lstrip()
    # the host's title is the document's first words, whole where the pages lost some ("… den
    # 6. december 2011. Mødet afholdtes … kl. 16."): kept as the first line
    title = _HOST_TITLE.search(text, 0, transcript.start())
    named = title and re.search(r"referat|møde|\d{4}", title[1], re.I)  # not a list of names
    return (f"{title[1]}\n\n" if named else "") + "\n".join(lines)


def _running_header(pages: list[str]) -> str:
    """The words (three or more) two pages or more open with: the PDF's running header
    ("Handicaprådet Mødedato Side"); "" when the pages open differently."""
    openings = [page.split()[:8] for page in pages if page.strip()]
    best = ""
    for n in range(3, 9):
        counts: dict[tuple[str, ...], int] = {}
        for words in openings:
            if len(words) >= n:
                counts[tuple(words[:n])] = counts.get(tuple(words[:n]), 0) + 1
        shared = [words for words, count in counts.items() if count >= 2]
        if not shared:
            break
        best = " ".join(max(shared, key=lambda w: counts[w]))
    return best
