"""An agenda item as the parser reads it: its heading, sections, decision and points.

The parser (:mod:`tracker.minutes.parser`) feeds each item's lines by section; this module
groups them into paragraphs and list points, renders the decision text, reads an absence
item, and makes an approved proposal ("Indstillingen godkendt") part of the decision.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.deadlines.words import MONTHS_ALTERNATION
from tracker.minutes.body_absences import absences_of_item
from tracker.minutes.header import Attendee, Line
from tracker.minutes.line_ends import ends_before_doer, is_responsible_line
from tracker.minutes.notices import excerpt
from tracker.minutes.sections import _ATTACHMENT_LINE, _NUMBERED, BULLET
from tracker.minutes.tables import TableTask
from tracker.minutes.verbs import is_doing_verb

_Line = Line


TITLE_MAX = 200  # characters of an item's title (the stored field holds 300)


@dataclass
class MinutesPoint:
    heading: str | None
    text: str
    kind: str  # "decision" (paragraph) or "plenum" (bullet or numbered item)


@dataclass
class ParsedAgendaItem:
    number: int
    title: str
    case_number: str | None
    summary: str
    decision: str
    points: list[MinutesPoint] = field(default_factory=list)
    tasks: list[TableTask] = field(default_factory=list)  # rows of a decision table
    # The proposal's paragraphs that the decision approved as they stood ("Indstillingen
    # godkendt"): their tasks are this meeting's, proposed as drafts to confirm.
    approved_proposal: list[str] = field(default_factory=list)

    def approves(self, sentence: str) -> bool:
        """The sentence comes from the approved proposal, not from the decision's own words."""
        words = " ".join(sentence.split())
        return bool(words) and any(words in " ".join(p.split()) for p in self.approved_proposal)


class ItemBuilder:
    """The lines of one agenda item, gathered while the parser reads on."""

    def __init__(self, number: int | None, title: str) -> None:
        self.number = number
        self.title = title
        self.case_number: str | None = None
        self.summary: list[str] = []
        self.decision_blocks: list[tuple[str, str | None, str]] = []  # (kind, heading, text)
        self.heading: str | None = None
        self.intro: list[_Line] = []  # lines before any section label
        self.proposal: list[_Line] = []  # the "Indstilling": this meeting's only if approved
        self.approved: list[str] = []  # the proposal's paragraphs a bare "Godkendt" approved
        self.sections: set[str] = set()  # the section labels seen

    @property
    def empty(self) -> bool:
        """No text of its own: a line of an agenda list."""
        return not (self.intro or self.decision_blocks or self.summary or self.proposal)

    @property
    def text_size(self) -> int:
        """How many characters of text the item holds."""
        lines = sum(len(line.text) for line in [*self.intro, *self.proposal])
        return lines + sum(len(t) for _, _, t in self.decision_blocks) + len("".join(self.summary))

    def drop_text(self) -> None:
        """Forget the text read under the item (the head's lines below an agenda list)."""
        for part in (self.intro, self.decision_blocks, self.summary, self.proposal):
            part.clear()

    def build(self) -> ParsedAgendaItem:
        points = [
            MinutesPoint(heading=h, text=t, kind="decision" if k == "decision" else "plenum")
            for k, h, t in self.decision_blocks
        ]
        summary = [b for b in self.summary if b]
        title = self.title
        if title and len(title) > TITLE_MAX:
            # a title run together with its text ("Meddelelser fra formanden Sag om …") or a
            # paragraph standing as one is cut at a word; the whole line stays in the item's
            # text, where it is not there already (numbered_paragraphs.py keeps it below)
            told = " ".join([*summary, *(t for _, _, t in self.decision_blocks)])
            if " ".join(title.split()) not in " ".join(told.split()):
                summary.insert(0, title)
            title = excerpt(title, TITLE_MAX)
        return ParsedAgendaItem(
            number=self.number,
            title=title,
            case_number=self.case_number,
            summary="\n\n".join(summary),
            decision=render_decision(self.decision_blocks),
            points=points,
            approved_proposal=list(self.approved),
        )


def render_decision(blocks: list[tuple[str, str | None, str]]) -> str:
    """The decision's text as the review shows it: each heading once, bullets as "- …" and
    numbered points renumbered from 1, consecutive points on lines of one paragraph."""
    out: list[str] = []
    number = 0
    prev = None
    last_heading = None
    for kind, heading, text in blocks:
        if heading != last_heading:
            last_heading = heading
            if heading:
                out.append(heading)
                prev = "heading"
        if kind == "plenum_numbered":
            number += 1
            piece = f"{number}. {text}"
        elif kind == "plenum":
            number = 0
            piece = f"- {text}"
        else:
            number = 0
            piece = text
        if out and kind.startswith("plenum") and prev and prev.startswith("plenum"):
            out[-1] += "\n" + piece
        else:
            out.append(piece)
        prev = kind
    return "\n\n".join(out)


# A line that ends in a date written with a slash and no full stop ("Deadline 1/11",
# "sendes senest 1/11") ends its sentence when the next line opens with a capital.
_DATE_AT_END = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:[/-]\d{2,4})?$")


def _goes_on(blocks: list[tuple[str, str, bool]], text: str) -> bool:
    """The line, after a blank one, goes on with the last paragraph's unfinished sentence: it
    opens with a small letter and the paragraph stops without a sentence's end."""
    if not blocks or blocks[-1][0] != "para" or not re.match(r"[a-zæøå]{2,}\s", text):
        return False
    return re.search(r"[.:;!?)\]»”\"]$|\d$", blocks[-1][1]) is None


# A numbered point's short title on its own line, above its text ("2. Standerhejsning" ⏎
# "Inger og Knud hejser standeren …"), not a sentence wrapped ("1. Bo sender den til" ⏎ "Eva")
_SHORT_TITLE = re.compile(
    r"^(?!.*\b(?:til|at|med|for|og|i|på|af|om|den|det|en|et|fra|som|der)$)[^.:;!?]{3,40}$", re.I
)


def _point_title(current: list, following: str) -> bool:
    """The numbered point so far is a short title alone and the line below opens a sentence."""
    return (
        current[0] == "numbered"
        and len(current[1]) == 1
        and bool(_SHORT_TITLE.match(current[1][0]))
        and len(current[1][0].split()) <= 5
        and following[:1].isupper()
    )


# A month's name after "N. ": a date ("5. maj", "5. Maj-stenen"), not a list's number
_MONTH_FIRST = re.compile(
    r"(?:" + MONTHS_ALTERNATION + r")\b",
    re.IGNORECASE,
)


def paragraphs(lines: list[_Line]) -> list[tuple[str, str, bool]]:
    """Group body lines into ("para"|"bullet"|"numbered", text, bold) blocks."""
    blocks: list[tuple[str, str, bool]] = []
    current: list = []
    last_number = 0  # the number of the list point being read (0: none)

    def flush() -> None:
        if current:
            blocks.append((current[0], " ".join(current[1]).strip(), current[2]))
            current.clear()

    for line in lines:
        if not line.text:
            flush()
            continue
        if not current and _goes_on(blocks, line.text):
            # "… og der foreslås" / blank / "der lægges fliser.": a web page's break inside
            # a sentence, not a new paragraph
            kind, text, bold = blocks.pop()
            current.extend([kind, [text], bold])
        bullet, numbered = BULLET.match(line.text), _NUMBERED.match(line.text)
        next_point = bool(numbered) and current[:1] == ["numbered"]
        next_point = next_point and int(numbered.group(1)) == last_number + 1
        if numbered and current and not re.search(r"[.:;!?]$", current[1][-1]) and not next_point:
            numbered = None  # "… i mødet den" / "27. august 2025 …": a wrapped line, no list
        if numbered and not next_point and _MONTH_FIRST.match(numbered.group(2)):
            numbered = None  # "5. Maj-stenen bliver renset op.": a date opens the sentence
        if numbered:
            last_number = int(numbered.group(1))
        elif bullet or not current:
            last_number = 0
        if bullet and not line.bold:
            flush()
            current.extend(["bullet", [bullet.group(1)], False])
        elif numbered and not line.bold and not _ATTACHMENT_LINE.match(line.text):
            flush()
            current.extend(["numbered", [numbered.group(2)], False])
        elif current:
            ended = current[0] == "para" and _DATE_AT_END.search(current[1][-1])
            ended = ended or ends_before_doer(current[1][-1], line.text)  # line_ends.py
            ended = ended or is_responsible_line(current[1][-1])  # "Ansvarlig: Eva" ⏎ "…"
            if ended and line.text[:1].isupper():
                current[1][-1] += "."  # "Deadline 1/11" ⏎ "Mogens sender …": two sentences
            elif _point_title(current, line.text):
                current[1][-1] += "."  # "2. Standerhejsning" ⏎ "Inger hejser …": its title
            current[1].append(line.text)
            current[2] = current[2] and line.bold
        else:
            current.extend(["para", [line.text], line.bold])
    flush()
    return blocks


def absences(item: ItemBuilder, attendees: list[Attendee]) -> None:
    """ "Meddelelse om fravær": the names the item gives did not attend
    (tracker.minutes.body_absences.absences_of_item)."""
    texts = [line.text for line in item.intro] + [t for _, _, t in item.decision_blocks]
    absences_of_item([t for t in texts if t], attendees)
    item.decision_blocks.clear()
    item.intro.clear()


# A decision that approves the proposal as it stands: "Godkendt.", "Indstillingen godkendt",
# "Anbefales", "Tiltrådt", "Indstilles til godkendelse", "… godkendt med denne bemærkning: …".
_APPROVAL = re.compile(
    r"^(?:(?:indstillingen|indstillingerne|forslaget|anbefalingen)\s+(?:blev\s+)?)?"
    r"(?:godkendt|godkendes|tiltrådt|tiltrædes|vedtaget|anbefales|anbefalet|som\s+indstillet"
    r"|indstilles\s+til\s+godkendelse|følges)\b\s*(?:$|[.!]\s*$|med\b)",
    re.IGNORECASE,
)
# The proposal's lead-in ("Center for X indstiller, at", "Forvaltningen foreslår,"): no task.
_LEAD_IN = re.compile(r"(?:\bat|,|:)\s*$", re.IGNORECASE)
APPROVED_HEADING = "Godkendt indstilling"


def approve_proposal(item: ItemBuilder) -> None:
    """A bare approval makes the proposal's paragraphs part of the decision (to confirm)."""
    texts = [t for kind, _, t in item.decision_blocks if kind == "decision"]
    texts += [h for _, h, _ in item.decision_blocks if h] + [item.heading or ""]
    if not item.proposal or not any(_APPROVAL.match(t.strip()) for t in texts):
        return
    heading = item.heading
    item.heading = APPROVED_HEADING
    blocks = [
        b for b in paragraphs(item.proposal) if not (len(b[1]) < 120 and _LEAD_IN.search(b[1]))
    ]
    add_decision(item, [(kind, text, False) for kind, text, _ in blocks], False)
    item.approved = [text for _, text, _ in blocks]
    item.heading = heading


# "Mette sender planer" (no full stop) above the next line: a name, its verb of doing and what
# it does is a sentence of the decision, not the heading of what follows
_NAME_VERB = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+){0,2}\s+([a-zæøå]{3,}r)\s+\S")


def _doer_line(text: str) -> bool:
    """The line is a name, a verb of doing in the present and more ("Mette sender planer")."""
    m = _NAME_VERB.match(text)
    return bool(m) and is_doing_verb(m.group(1))


def add_decision(item: ItemBuilder, blocks: list[tuple[str, str, bool]], plain: bool) -> None:
    """Add paragraphs to the item's decision: a short bold (or, in plain text, short) line
    before more text is the heading of what follows, bullets and numbers are points."""
    for index, (kind, text, bold) in enumerate(blocks):
        is_last = index == len(blocks) - 1
        short = len(text) <= 70 and not re.search(r"[.:;!?]$", text) and len(text.split()) <= 8
        if kind == "para" and short and not is_last and (bold or plain) and not _doer_line(text):
            item.heading = text
            continue
        if kind == "para":
            item.decision_blocks.append(("decision", item.heading, text))
        elif kind == "bullet":
            item.decision_blocks.append(("plenum", item.heading, text))
        else:
            # numbered items are plenum points too; the kind only matters for rendering
            item.decision_blocks.append(("plenum_numbered", item.heading, text))


def same_heading(item: ItemBuilder, number: int | None, title: str, pending: list) -> bool:
    """The heading printed twice: the item has no text yet (none read since either, not yet
    placed in a section: that makes it another item of the same title)."""
    empty = item.empty and not any(line.text for line in pending)
    return empty and title == item.title and number in (item.number, 1)
