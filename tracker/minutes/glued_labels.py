"""An attendance label a web page glued to its list's first dash: "Fraværende- Ib Hansen ()"
(the label, then the list "- Ib Hansen ()" with an empty party in brackets), written again as
the field it is: "Fraværende: Ib Hansen". A label glued to the end of the line above
("hos BirgitDeltagere: …", an agenda's last title "EventueltReferat: …") goes on a line of its
own, and an absence after the minutes' label ("Referat: Afbud fra Bo Lund") on the next line;
a cover table's label glued to its value ("AfbudClaus Lund") gets its colon.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["split_glued_attendance"]

# A roll label glued to the line above's last word, its break lost: "hos BirgitDeltagere: Bo",
# or to the list's full stop before it: "… og Eva Holm (EH).Udeblevet: Ib Lund"
_GLUED_AFTER = re.compile(
    r"(?:(?<=[a-zæøå])|(?<=[\wæøå)]\.))"
    r"(?=(?:Deltagere|Afbud|Fraværende|Tilstede|Til stede|Udeblevet|Udeblevne|Referat):)"
)
# "Referat: Afbud fra Hanne Krog": the minutes' label, then the absence as their first line
_ROLL_AFTER_LABEL = re.compile(
    r"(?<=^Referat:)[ \t]+(?=(?:Afbud|Fraværende|Deltagere|Til stede|Tilstede)\b)", re.MULTILINE
)

# A cover table's label cell glued to its value cell, the tab lost: "AfbudClaus Kroman",
# "StedSkolen", "MødelederLouise Holm"
_GLUED_VALUE = re.compile(
    r"^(?P<label>Deltagere|Afbud|Fraværende|Tilstede|Til stede|Mødeleder|Referent|Sted"
    r"|Mødested|Mødeforum)(?=[A-ZÆØÅ][a-zæøå])",
    re.MULTILINE,
)

# A meeting template's minutes cell under each item, glued to its text: "Ref.Godkendt",
# "Ref.Workshops:" (Ref. alone in a head is the referent's label)
_GLUED_MINUTES = re.compile(r"^Ref\.(?=[^\s.:])", re.MULTILINE)

_GLUED = re.compile(
    r"^(?P<label>Fraværende|Afbud|Deltagere|Til stede|Tilstede)-[ \t]+"
    r"(?P<name>[A-ZÆØÅ][^\n()]{1,80}?)[ \t]*(?:\([ \t]*\))?[ \t]*$",
    re.MULTILINE,
)
# The list's next entries: "- Bo Lind ()"
_MORE = re.compile(r"^-[ \t]+([A-ZÆØÅ][^\n()]{1,80}?)[ \t]*\([ \t]*\)[ \t]*$")


def split_glued_attendance(text: str) -> str:
    """The text with each "Label- Name ()" line written "Label: Name" (the list's further
    "- Name ()" entries joined to it, comma-separated), and a label glued to a word before it
    ("hos BirgitDeltagere:") on a line of its own, and "AfbudClaus Lund" as "Afbud: Claus Lund"."""
    text = _GLUED_AFTER.sub("\n", text)
    text = _ROLL_AFTER_LABEL.sub("\n", text)
    text = _GLUED_VALUE.sub(r"\g<label>: ", text)
    if len(_GLUED_MINUTES.findall(text)) >= 3:  # a template's "Ref." under each item
        text = _GLUED_MINUTES.sub("Referat: ", text)
    if "- " not in text or not _GLUED.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        m = _GLUED.match(lines[k])
        if m is None:
            out.append(lines[k])
            k += 1
            continue
        names = [m["name"].strip()]
        k += 1
        while k < len(lines) and (more := _MORE.match(lines[k])):
            names.append(more.group(1).strip())
            k += 1
        out.append(f"{m['label']}: {', '.join(names)}")
    return "\n".join(out)
