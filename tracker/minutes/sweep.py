"""A last look at the lines no item's reading took: a named person who does something there
is proposed, unticked, for the secretary to confirm.

The item reading knows many shapes, but each body writes its own: a task written as an
item's heading ("Benny laver nye oplysningsskilte" over the lines of the next point), tasks
above the first heading the importer found, a line the layout reader left between items.
Such a line is read sentence by sentence with the same rules as an item's text
(tracker.minutes.sentence_drafts), but only a sentence whose doer is a person named in it
becomes a proposal: a web page's menu ("Tilmeld dig nyhedsbrevet") or a heading
("Godkendelse af referat") names no one.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from tracker.minutes.bodies import is_body
from tracker.minutes.loose import section_texts
from tracker.minutes.name_first import known_person
from tracker.minutes.owners import People
from tracker.minutes.parser import ParsedAgendaItem, ParsedMinutes
from tracker.minutes.proposals import DraftAction
from tracker.minutes.sections import TOC_LEADER
from tracker.minutes.sentence_drafts import drafts_of_text
from tracker.minutes.splitting import split_sentences

# A heading's or a list's number: "3.", "Pkt. 4", "Ad 2)", "- 2.4". A numbered line is an
# agenda's or a list's ("2.4 Beslutningsforslag: … (Agnete)", "1. Fra Erik: hvad koster et
# gravsted"): who brings a point or asks, not who does something after it
_NUMBER = re.compile(r"^[\s>*•·–-]*(?:(?:pkt|punkt|ad)\.?\s*)?\d+(?:\.\d+)*\s*[.):]?\s", re.I)
_LONGEST_LINE = 600  # longer lines are a flattened page, not a line of minutes
# A verb in the present or its passive, or a verb of what is to be: the sentences a task is in
_DOING = re.compile(r"\b(?:[a-zæøå]{2,}e?r|[a-zæøå]{3,}es|skal|vil|må|bør)\b")


def _key(text: str) -> str:
    """Letters and digits only, in lower case: the same words however spaced or wrapped."""
    return re.sub(r"[\W_]+", "", text.casefold())


class _Index:
    """Which read texts hold a word, to find a sentence read in other words' order."""

    def __init__(self, texts: list[str]) -> None:
        self.where: dict[str, set[int]] = {}
        for number, text in enumerate(texts):
            for word in _words(text):
                self.where.setdefault(word, set()).add(number)

    def holds(self, sentence: str) -> bool:
        """Four in five of the sentence's words stand together in one read text."""
        words = _words(sentence)
        counts = Counter(n for word in words for n in self.where.get(word, ()))
        return bool(words) and max(counts.values(), default=0) >= 0.8 * len(words)


def _words(text: str) -> set[str]:
    """The text's words of three letters or more, in lower case."""
    return set(re.findall(r"[^\W\d_]{3,}", text.casefold()))


def _item_lines(text: str, items: list[ParsedAgendaItem]):
    """Each line with the item it stands under: the last item whose title was a line above it
    (None above the first). An agenda listed first moves on to its last item, and the minutes
    that follow begin again at the first item's title."""
    titles = {}
    for item in items:
        key = _key(item.title)
        if len(key) >= 4:
            titles.setdefault(key, item)
    current = None
    for line in text.splitlines():
        key = _key(_NUMBER.sub("", line, count=1))
        current = titles.get(key, current)
        yield line, current


def _a_person(name: str, people: People, forum: str = "") -> bool:
    """A person the minutes list or a common first name, not a body, a role, the forum or
    initials nobody listed ("DGI"): "Analysen omfatter …", "Kommunen modtager …" name no one."""
    if not name[:1].isupper() or is_body(name, forum):
        return False
    return known_person(name, people, initials=False)


def _names_someone(sentence: str, people: People) -> bool:
    """One of the sentence's first five words is a person's name: the doer stands there
    ("Inden mødet: Kasper tjekker …", "Vandet kontrolleres af Mona …"); a name further on is
    mostly who said or proposed something."""
    return any(_a_person(word, people) for word in re.findall(r"[\w-]+", sentence)[:5])


def swept_drafts(
    minutes: ParsedMinutes,
    drafts: list[DraftAction],
    people: People,
    reference: date,
    meetings: tuple = (),
) -> list[DraftAction]:
    """Proposals from the lines of ``minutes.text`` that no item's reading took and no draft
    came from: sentences whose doer is a named person."""
    if not minutes.text:
        return []
    texts = [*section_texts(minutes), *(d.source_text for d in drafts)]
    read = _key("\n".join(texts))
    drawn = [_key(d.source_text) for d in drafts]
    index = _Index(texts)
    titles = {_key(d.title) for d in drafts}
    none = ParsedAgendaItem(number=0, title="", case_number=None, summary=None, decision=None)
    result: list[DraftAction] = []
    tried: set[str] = set()
    for line, item in _item_lines(minutes.text, minutes.agenda_items):
        if len(line) > _LONGEST_LINE or not line.strip() or _NUMBER.match(line):
            continue
        if _key(line) in read or not _DOING.search(line):
            continue  # the whole line read with its item (most are), or no verb in it
        for sentence in split_sentences(line):
            key = _key(sentence)
            if len(sentence.split()) < 3 or len(key) < 12:
                continue
            if key in read or any(d in key for d in drawn if d):
                continue  # read with its item already, or it holds a draft's sentence
            if key in tried or not _DOING.search(sentence) or TOC_LEADER.search(sentence):
                continue  # said before; no verb of doing or to do; a contents line "Title ....."
            tried.add(key)
            if index.holds(sentence) or not _names_someone(sentence, people):
                continue  # its words read in another order; or no person to do it: a case's
                # history, which a council's minutes leave out of the items on purpose
            section = item or none
            for draft in drafts_of_text(
                sentence, section, None, people, reference, minutes.forum, meetings
            ):
                if not any(_a_person(n, people, minutes.forum) for n in draft.owner_names):
                    continue
                if _key(draft.title) in titles:
                    continue
                titles.add(_key(draft.title))
                drawn.append(key)
                draft.swept = True
                result.append(draft)
    return result
