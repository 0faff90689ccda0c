"""A table of items flattened into lines: "N Title Text" with only a space between the cells.

A web page's table (number | title | minutes) saved as text runs each row's cells together:
"3 Evaluering af bestyrelsens arbejde Gennemgang og ajourføring af årshjulet.", "5 Personale
Udskydes til næste møde", "2 Skolenyt Friskolen: Hannah har …". The title ends where a word
with a capital starts a sentence (a lower-case word or a figure after it, or a label's colon),
after words that can end a title. Three or more such rows, numbered upwards without a full
stop after the number, are split into "N. Title" and the text on the line below. A row whose
cells are still apart (three or more tabbed cells, as a Markdown table's pipes are written,
"7\tPM1\tUdarbejde strategi\tOS2") is a table's row: the table reader's (tables.py), not one.

Below a table's header row run together ("Pkt. Dagsorden: Begrundelse og bilag: Beslutning:"),
the rows "N. Title Text" numbered 1, 2, 3 … are the items, the number's full stop or not; there
a title also ends before a word that opens a sentence ("… HLR Det vurderes …", "… Busturen Hvad
opnåede vi …") and before a word said again ("… af RCV RCV placering …": the next cell's first).

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
# A table's header row: the number's column, then the title's and the decision's
_HEADER_ROW = re.compile(
    r"^\s*(?:pkt|punkt|nr)\.?:?\s+(?:dagsorden|emne|sag|overskrift|punkt)\b.*"
    r"\b(?:beslutning|referat|konklusion|ansvarlig|handling)",
    re.IGNORECASE,
)
_TABLE_ROW = re.compile(
    r"^(?P<lead>[ \t]*)(?P<number>\d{1,2})\.?[ \t]+(?P<rest>[A-ZÆØÅ].*\S)[ \t]*$"
)
# Words that open a sentence, never a title's last-but-one: "… HLR Det vurderes …"
_OPENERS = re.compile(r"^(?:Det|Der|Den|De|Vi|Man|Hvad|Hvordan|Hvem|Var|Er|Han|Hun)$")


def split_flat_rows(text: str) -> str:
    """The text with each flattened row "N Title Text" split into "N. Title" and its text,
    when three or more rows numbered upwards split so; else the text as it was."""
    lines = text.split("\n")
    header = next((k for k, line in enumerate(lines) if _HEADER_ROW.match(line)), None)
    split = _split_table_rows(lines, header) if header is not None else None
    if split is not None:
        return split
    # a row of three or more tabbed cells (a Markdown table's) is the table reader's
    rows = {
        k: m for k, line in enumerate(lines) if line.count("\t") < 2 and (m := _ROW.match(line))
    }
    splits = {k: cut for k, m in rows.items() if (cut := _title_end(m["rest"])) is not None}
    numbers = [int(rows[k]["number"]) for k in sorted(rows)]
    if len(splits) < 3 or numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        return text
    for k, cut in splits.items():
        m = rows[k]
        title, rest = m["rest"][:cut].rstrip(), m["rest"][cut:].lstrip()
        lines[k] = f"{m['lead']}{m['number']}. {title}\n{rest}"
    return "\n".join(lines)


def _split_table_rows(lines: list[str], header: int) -> str | None:
    """The text with the rows below a table's header row split into "N. Title" and the
    text, when three or more rows are numbered 1, 2, 3 … in order; else None."""
    rows = {k: m for k in range(header + 1, len(lines)) if (m := _TABLE_ROW.match(lines[k]))}
    numbers = [int(m["number"]) for m in rows.values()]
    if len(rows) < 3 or numbers != list(range(1, len(rows) + 1)):
        return None
    for k, m in rows.items():
        cut = _title_end(m["rest"], table=True)
        title, rest = (m["rest"], "") if cut is None else (m["rest"][:cut], m["rest"][cut:])
        lines[k] = f"{m['lead']}{m['number']}. {title.rstrip()}" + (
            f"\n{rest.lstrip()}" if rest else ""
        )
    return "\n".join(lines)


def _title_end(row: str, table: bool = False) -> int | None:
    """Where the title ends in a row's words (its length), or None when no cut is sure;
    ``table``: below a header row, also before a sentence's opener or a word said again."""
    words = list(re.finditer(r"\S+", row))
    for k in range(1, min(len(words) - 1, _MAX_TITLE_WORDS) + 1):
        word, before = words[k].group(), words[k - 1].group()
        if table and k > 1 and (_OPENERS.match(word) or word == before) and word[0].isupper():
            return words[k].start()
        if not word[0].isupper() or before.endswith(":") or "." in row[: words[k].start()]:
            continue
        if _OPEN_END.match(before) or (k > 1 and before[0].isupper()):
            continue  # "Besøg af Kirsten …", "Brev fra Hans Jensen om …": a name goes on
        following = words[k + 1].group() if k + 1 < len(words) else ""
        if word.endswith(":") or (following and (following[0].islower() or following[0].isdigit())):
            return words[k].start()
    return None
