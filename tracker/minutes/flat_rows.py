"""A table of items flattened into lines: "N Title Text" with only a space between the cells.

A web page's table (number | title | minutes) saved as text runs each row's cells together:
"3 Evaluering af bestyrelsens arbejde Gennemgang og ajourføring af årshjulet.", "5 Personale
Udskydes til næste møde", "2 Skolenyt Friskolen: Hannah har …". The title ends where a word
with a capital starts a sentence (a lower-case word or a figure after it, or a label's colon),
after words that can end a title. Three or more such rows, numbered upwards without a full
stop after the number, are split into "N. Title" and the text on the line below.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

# "3 Evaluering af …": a number without a full stop, a space, a capital
_ROW = re.compile(r"^(?P<lead>[ \t]*)(?P<number>\d{1,2})[ \t]+(?P<rest>[A-ZÆØÅ].*\S)[ \t]*$")
# Words a title does not end on ("Besøg af" / "Kirsten fra kommunen …")
_OPEN_END = re.compile(
    r"^(?:og|eller|i|for|af|om|til|med|mod|på|ved|fra|efter|under|over|samt|de|den|det|der"
    r"|en|et|som|at|vedr\.?|ang\.?)$",
    re.IGNORECASE,
)
_MAX_TITLE_WORDS = 8


def split_flat_rows(text: str) -> str:
    """The text with each flattened row "N Title Text" split into "N. Title" and its text,
    when three or more rows numbered upwards split so; else the text as it was."""
    lines = text.split("\n")
    rows = {k: m for k, line in enumerate(lines) if (m := _ROW.match(line))}
    splits = {k: cut for k, m in rows.items() if (cut := _title_end(m["rest"])) is not None}
    numbers = [int(rows[k]["number"]) for k in sorted(rows)]
    if len(splits) < 3 or numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        return text
    for k, cut in splits.items():
        m = rows[k]
        title, rest = m["rest"][:cut].rstrip(), m["rest"][cut:].lstrip()
        lines[k] = f"{m['lead']}{m['number']}. {title}\n{rest}"
    return "\n".join(lines)


def _title_end(row: str) -> int | None:
    """Where the title ends in a row's words (its length), or None when no cut is sure."""
    words = list(re.finditer(r"\S+", row))
    for k in range(1, min(len(words) - 1, _MAX_TITLE_WORDS) + 1):
        word, before = words[k].group(), words[k - 1].group()
        if not word[0].isupper() or before.endswith(":") or "." in row[: words[k].start()]:
            continue
        if _OPEN_END.match(before) or (k > 1 and before[0].isupper()):
            continue  # "Besøg af Kirsten …", "Brev fra Hans Jensen om …": a name goes on
        following = words[k + 1].group() if k + 1 < len(words) else ""
        if word.endswith(":") or (following and (following[0].islower() or following[0].isdigit())):
            return words[k].start()
    return None
