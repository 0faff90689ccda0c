"""The letters a name or a sentence may be written with: the Danish alphabet and the letters of
names from other languages ("Łucja", "Šárka", "Émile", "Çelik"), as character-class ranges."""

from __future__ import annotations

# Capitals: A-Z, Latin-1's (À-Ö, Ø-Þ: Æ, Ø and Å among them) and Latin Extended-A's of
# Polish, Czech, Croatian, Hungarian and Turkish names.
CAPITALS = "A-ZÀ-ÖØ-ÞĄĆČĎĐĘĚĞİŁŃŇŐŘŚŞŠŤŰŹŻŽ"
# Small letters of the same alphabets (æ, ø and å among them).
SMALL = "a-zß-öø-ÿąćčďđęěğıłńňőřśşšťůűźżž"


def small_first(words: str) -> str:
    """Words set inside a sentence: the first letter small, unless the second is a capital too
    ("IT-udvalget", "SFO" keep theirs)."""
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]
