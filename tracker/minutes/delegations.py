"""A list of who does what under a sentence that hands out the work ("… og fordeler, hvem der
skal skrive om hvad." ⏎ "Eva: Sommerfesten" ⏎ "Bo: Hjemmesiden" ⏎ "Eva: Legepladsen").

Each "Name: topic" line is one person's share, but read as written it is a label and a few
words, not a sentence a task can be read from. :func:`write_delegations` writes each person's
lines as one sentence with the lead's verb ("Eva skriver om Sommerfesten og Legepladsen."), so
the task reader finds one task per person with its owner.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["write_delegations"]

# "hvem der skal skrive om hvad", "hvem der tager sig af hvad", "hvem der gør hvad"
_LEAD = re.compile(
    r"\bhvem\s+der\s+(?:skal\s+)?([a-zæøå]{2,})((?:\s+(?!hvad\b)[a-zæøå]{2,}){0,2})\s+hvad\b",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"^([A-ZÆØÅ][a-zæøå]{1,14})\s*:\s*([–-]\s*)?(\S.{0,80})$")
_SUB_LINE = re.compile(r"^[–•-]\s*(\S.{0,80})$")
_PRESENT = {"gøre": "står", "gør": "står", "stå": "står", "gå": "går", "få": "får"}


def _present(verb: str, rest: str) -> str:
    """The lead's verb in the present tense ("skrive om" -> "skriver om")."""
    verb = verb.lower()
    if verb in ("gøre", "gør"):
        return "står for"  # "hvem der gør hvad": each one stands for a share
    verb = _PRESENT.get(verb) or (verb + "r" if verb.endswith("e") else verb)
    return verb + rest.rstrip()


def _listed(topics: list[str]) -> str:
    """ "A, B og C"."""
    return topics[0] if len(topics) == 1 else ", ".join(topics[:-1]) + " og " + topics[-1]


def _shares(lines: list[str], start: int) -> tuple[int, list[tuple[str, list[str]]]]:
    """(the index after the list, each person's topics in order) of the list at ``start``."""
    shares: dict[str, list[str]] = {}
    topics: list[list[str]] = []  # [topic, sub-points ...] of each line, to add subs to
    group = ""
    end = start
    for j in range(start, min(len(lines), start + 60)):
        text = lines[j].strip()
        if not text:
            break
        name = _NAME_LINE.match(text)
        sub = _SUB_LINE.match(text)
        if name:
            if not name.group(2):
                group = ""  # an undashed line leaves the group above ("Fælles arbejdsdage")
            topic = [name.group(3).strip() + (f" ({group})" if group else "")]
            topics.append(topic)
            shares.setdefault(name.group(1), []).append(topic)  # type: ignore[arg-type]
        elif sub and topics:
            topics[-1].append(sub.group(1).strip())
        elif len(text) <= 40 and not text.endswith((".", ":", "?")) and topics:
            group = text  # a short heading over the dashed lines below it
        else:
            break
        end = j + 1
    written = []
    for who, items in shares.items():
        words = [t[0] + (f" ({', '.join(t[1:])})" if len(t) > 1 else "") for t in items]
        written.append((who, words))
    return end, written


def write_delegations(text: str) -> str:
    """The text with each "Name: topic" list below a lead that hands out the work written as
    one sentence per person; other texts unchanged."""
    if "hvad" not in text.lower():
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        out.append(lines[i])
        # the lead's sentence may wrap ("… og fordeler, hvem der skal" ⏎ "skrive om hvad.")
        before = lines[i - 1] + " " if i and len(lines[i - 1]) <= 300 else ""
        lead = _LEAD.search(before + lines[i]) if len(lines[i]) <= 300 else None
        lead = lead if lead and lead.end() > len(before) else None
        if lead:
            end, shares = _shares(lines, i + 1)
            if sum(len(topics) for _, topics in shares) >= 3 and len(shares) >= 2:
                verb = _present(lead.group(1), lead.group(2))
                out += [f"{who} {verb} {_listed(topics)}." for who, topics in shares]
                i = end
                continue
        i += 1
    return "\n".join(out)
