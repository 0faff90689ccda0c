"""An item of lettered sub-points, each decided on its own ("a. Formanden … b. Økonomien
Beslutning: …"), whose first sub-point has no "Beslutning:" label: its lines are that
sub-point's minutes, not the item's presentation. The body reads the lines before an item's
first section label as its intro (the case, not this meeting's words) and drops them when a
decision follows; here the sub-points' own lines are kept as decision paragraphs.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.header import Line
from tracker.minutes.items import ItemBuilder, add_decision, paragraphs

# "a.    Formanden", "b) Orientering om økonomien v. Mogens": a letter, then a short title.
# "Bådpladser – …", "Kræmmermarkedet: …": a topic and a dash or a colon open the line.
_TOPIC_LINE = re.compile(r"^\s*[A-ZÆØÅ][\wæøå/ ”\"-]{2,40}?\s*(?:\s[–-]|:)\s+\S")
_LETTER_LABEL = re.compile(r"^\s*[a-hA-H][.)]\s+\S[^\n]{0,60}(?<![.!?;,])$")


def keep_sub_point_answers(item: ItemBuilder) -> None:
    """Keep the intro's sub-point lines as decisions when the intro ends with the next
    sub-point's label (the "Beslutning:" under it decides that one, not the whole item)."""
    texts = [i for i, line in enumerate(item.intro) if line.text.strip()]
    labels = [i for i in texts if _LETTER_LABEL.match(item.intro[i].text)]
    if len(labels) < 2 or labels[-1] != texts[-1] or not item.decision_blocks:
        return
    body = item.intro[labels[0] + 1 : labels[-1]]
    if not any(line.text.strip() for line in body):
        return
    lines: list = []
    for line in body:  # "Bådpladser – Martin gav …": a topic's line is a paragraph of its own
        if _TOPIC_LINE.match(line.text) and lines and lines[-1].text:
            lines.append(Line(line.level, "", False))
        lines.append(line)
    answers = ItemBuilder(item.number, item.title)
    add_decision(answers, paragraphs(lines), False)
    item.decision_blocks[:0] = answers.decision_blocks
