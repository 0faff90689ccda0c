"""A person the attendee list does not name (issue 25, round 13): minutes of small boards list
nobody, or full names only, and then write "Poul medbringer kage" or "Birthe vil gerne
gennemgå …". A common first name before a verb in the present (or "vil gerne" and a verb) is
that person's task; a plural noun before a word in "-er" is not, nor "Per" (= by) before one,
nor a post kept ("fortsætter i bestyrelsen").

Each document is written for the test in the shape such minutes have.
"""

from __future__ import annotations

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.first_names import is_first_name
from tracker.minutes.parser import parse_minutes

HEAD = "Referat af bestyrelsesmøde i Beboerforeningen Lærkereden 12. marts 2026\n\n"


def rows(body: str):
    drafts = extract_draft_actions(parse_minutes(HEAD + body))
    return [(d.title, d.owner_names) for d in drafts]


def test_a_first_name_nobody_listed_owns_the_task_it_opens():
    got = rows(
        "1. Sommerfesten\n\n"
        "Poul medbringer kage til festen.\n\n"
        "Birthe vil gerne gennemgå budgettet på næste møde.\n\n"
        "Lise køber præmier, Lars læser op, Nina bager boller.\n"
    )
    assert got == [
        ("Medbringe kage til festen", ["Poul"]),
        ("Gennemgå budgettet", ["Birthe"]),
        ("Købe præmier", ["Lise"]),
        ("Læse op", ["Lars"]),
        ("Bage boller", ["Nina"]),
    ]


def test_a_word_that_is_no_first_name_or_a_post_kept_opens_no_task():
    got = rows(
        "1. Økonomi\n\n"
        "Diverse regninger ligger i mappen.\n\n"
        "Per deltager betales der 50 kr. for maden.\n\n"
        "Hans kolleger fortalte om arbejdet.\n\n"
        "Tove og Gitte fortsætter i bestyrelsen.\n"  # a post kept, no job
    )
    assert got == []


def test_first_names_are_told_from_words():
    assert is_first_name("Poul") and is_first_name("Birthe Lund")
    assert not is_first_name("Per") and not is_first_name("Diverse") and not is_first_name("")
    assert not is_first_name("poul")  # a name is written with a capital
