"""Draft actions from the sentences of one decision or plenum point.

drafts.py walks the items and their points; this module reads one text sentence by sentence
and clause by clause, and proposes a draft where a clause asks for something to be done. The
sentence before stays in view: "Han …" is the one named before it, "Deadline 1/11" gives the
task before it its day, "Det står Astrid for." gives it its owner.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.minutes.clauses import MODAL, SIGNAL, is_task, strip_lead
from tracker.minutes.deferrals import deferred, deferred_title
from tracker.minutes.follow_ups import folded_follow_up
from tracker.minutes.forms import task_of
from tracker.minutes.name_first import going_to_a_meeting, named_job
from tracker.minutes.necessity import what_is_needed
from tracker.minutes.needs import as_duty
from tracker.minutes.news_lines import announced
from tracker.minutes.notices import excerpt
from tracker.minutes.owner_after import adds_to_last
from tracker.minutes.owners import People, doers, marked_owners, named_doers, owners_of
from tracker.minutes.parser import ParsedAgendaItem
from tracker.minutes.post_duties import post_duty
from tracker.minutes.proposals import DraftAction
from tracker.minutes.repairs import item_topic
from tracker.minutes.sentence_context import (
    GOES_ON,
    PASSIVE_FORM,
    nearest_label,
    subject_before,
    thing_for_pronoun,
    told_before,
)
from tracker.minutes.speaker_comma import without_speaker_comma
from tracker.minutes.splitting import lost_breaks, split_sentences
from tracker.minutes.task_clauses import (
    NOMINAL,
    after_history,
    clauses_of,
    split_enumeration,
    split_tasks,
    told_later,
)
from tracker.minutes.task_deadlines import future_deadlines as _future_deadlines
from tracker.minutes.task_deadlines import give_deadline as _give_deadline
from tracker.minutes.titles import PRESENT, make_title, same_as_topic
from tracker.minutes.todo_lines import (
    in_a_list_of_other_things,
    job_and_name,
    list_lead,
    on_it,
    todo_line,
)
from tracker.minutes.verbs import is_doing_verb
from tracker.minutes.word_order import in_doer_order
from tracker.minutes.wording import (
    ALL_DONE,
    AND_DOES,
    CARRIES_ON,
    DOER_IN_PARENTHESES,
    HE_OR_SHE,
    LABEL,
    LONE_DEADLINE,
    PRONOUN_START,
    SHARED_DEADLINE,
    labelled_owner,
    named_in_apposition,
    one_person_first,
    owner_inside,
    posts_named,
    task_words,
    unglue_deadlines,
)

_ENUM_TRIGGER = re.compile(
    r"\s*(?:,\s*)?\b(?:inkluderer|herunder|omfatter|bl\.\s?a\.|blandt\s+andet|følgende:?)\s+",
    re.IGNORECASE,
)
# "Rasmine Geisler (IA) ønsker …", "Teknik og Miljø (MTM) udarbejder …": letters between a
# doer and its verb are a party or an abbreviation, not part of the task.
_PARTY = re.compile(r"(?<=[a-zæøåéü])\s+\([A-ZÆØÅ]{1,4}\)(?=\s+[a-zæøå])")
# A topic with its day before a colon, a task after it.
_DATED_LABEL = re.compile(r"^\s*([^:\n]{3,60}?\d[^:\n]{0,20}?)\s*:\s+(?=\S)")


# "Denne sendes …", "Dette skal rettes …": the passive's subject a pronoun for the thing
_THIS_DONE = re.compile(r"(?:denne|dette)\s+(?:skal\s+|bør\s+)?[a-zæøå]{3,}e?s\b", re.I)


def drafts_of_text(
    text: str,
    item: ParsedAgendaItem,
    point_index: int | None,
    people: People,
    ref: date,
    forum: str,
    meetings: tuple = (),
    lead: str = "",
    work_day: bool = False,
    topic: str = "",
) -> list[DraftAction]:
    """Drafts from one decision or point: each sentence or clause that asks for a doing."""
    drafts: list[DraftAction] = []
    previous = lead  # the sentence before: a lead-in such as "Program:" for a list of lines

    def add(
        fragment: str, source: str, context: str, deadlines: list, owners: list | None = None
    ) -> None:
        marked = marked_owners(fragment, people)
        words = fragment[: marked[1]] if marked else fragment  # "(Steen)" names the owner
        inside = None if marked else owner_inside(fragment, people)
        if inside:  # "der bliver lavet et skilt (Mathias) til hoveddøren"
            owners = owners if owners is not None else inside[0]
            words = inside[1]
        doing = DOER_IN_PARENTHESES.search(fragment)
        before = fragment[: doing.start()].strip(" –-") if doing else ""
        # (not after a clause of its own: "Blå poser skal benyttes (Claus indkøber)")
        if doing and is_doing_verb(doing.group(1)) and before and not MODAL.search(before):
            # "SEAS-NVE – senest 10. marts (Jørgen søger)": the task is "Søge SEAS-NVE"
            words = doing.group(1)[:-1] + " " + before
        words = task_words(words)  # "B) …", "bestyrelsen besluttede, at …", "X lovede at …"
        dated = _DATED_LABEL.match(fragment) if not deadlines else None
        if dated:  # "Klubsamarbejde d. 3/3-2014: Steffen tilmelder …": the task is for that day
            deadlines = _future_deadlines(dated.group(1), ref, meetings)
        label = LABEL.match(words)
        if label and len(words) > label.end() + 10:
            words = words[label.end() :]  # "Skabe: Der bliver sat skabe op …": the label goes
        title = make_title(words, people, [w for w, _ in deadlines])
        if len(title) < 3 or re.match(r"\S+e\s+ikke\b", title):
            return  # "Planlægge ikke noget …": what will not be done is no task
        if " " not in title and title.endswith("r") and not is_doing_verb(title.lower()):
            return  # "Det bliver den 27. maj", "LS: Foreslår 29/3": being or saying, no doing
        it = re.match(r"(?:det|den|dette)\s+(?:bliver|skal|vil)\s", words.strip(), re.I)
        title = same_as_topic(title, words, item_topic(item))  # "Samme bliver præsenteret …"
        if (
            " " not in title
            or re.fullmatch(r"\S+\s+(?:den|det|dem|dette|denne|disse|rundt|m\.v|mv|m\.m)", title)
            # "Arbejde videre med projektet": which one, when the item's title says it
            or _BACK_REFERENCE.fullmatch(title)
            and not item_topic(item).startswith("punkt ")
            or (
                it and len(title.split()) <= 3  # "Røgalarm: … Det bliver bragt i orden."
            )
        ):
            # "Kirstine bestiller.", "Carsten ordner den.": the verb alone; say what it is about
            told = last if not drafts or drafts[-1].source_text != last else ""
            subject = subject_before(words, told) if " " not in title else ""
            topic = nearest_label(text, source) or told_before(title, told)
            title = (
                f"{title} {subject}"  # "Ønsker … blev efterlyst. Afleveres senest …"
                if subject
                else f"{title} ({topic or item_topic(item) or excerpt(text, 50)})"
            )
        title = thing_for_pronoun(title, last)  # "… har en liste. Maja sender den til Martin"
        if _THIS_DONE.match(words.strip()) and (label := nearest_label(text, source)):
            # "Købskontrakt: Denne sendes afsted til Webmaster": the label's thing is sent
            title = re.sub(r"\b(?:denne|dette)\b", label[:1].lower() + label[1:], title, count=1)
        words, deadline = deadlines[0] if deadlines else (None, None)
        if owners is None and labelled is not None:
            owners = labelled  # "Arne Henriksen: … sendes senest 1/11"
        drafts.append(
            DraftAction(
                title=title,
                source_text=source,
                deadline_text=words,
                due_start=getattr(deadline, "start", None),
                due_end=getattr(deadline, "end", None) or getattr(deadline, "start", None),
                owner_names=owners
                if owners is not None
                else owners_of(fragment, context, people, forum),
                agenda_item_number=item.number,
                point_index=point_index,
            )
        )

    def task(clause: str) -> bool:
        return is_task(clause, people, bool(_future_deadlines(clause, ref, meetings)))

    agreed = None  # (first draft, deadline) of "Der aftales en deadline til …"
    labelled: list[str] | None = None
    person = None  # the one person the sentence before opened with: "Han" or "Hun" next
    before = ""  # the sentence before, as written
    for sentence in split_sentences(lost_breaks(unglue_deadlines(text), people)):
        sentence = without_speaker_comma(sentence, people)  # "BF, vil prøve at finde …"
        sentence = going_to_a_meeting(sentence, people)  # "Niels til møde med kommunen …"
        lead, previous = previous, list_lead(previous, sentence)
        he_or_she, person = person, one_person_first(sentence, people)
        if person is None and re.match(r"(?:Han|Hun)\s", sentence):
            person = he_or_she  # "Hun vil gerne vide …": the same one still
        last, before = before, sentence
        goes_on = GOES_ON.match(sentence)
        if (
            goes_on
            and he_or_she
            and drafts
            and drafts[-1].source_text == last
            and drafts[-1].owner_names == [he_or_she]
            and is_doing_verb(goes_on[1].lower())
        ):  # "Morten skriver indkaldelse. Rundsender den til bestyrelsen …": his next step
            step = make_title(f"{he_or_she} {sentence[:1].lower()}{sentence[1:]}", people)
            drafts[-1].title += " og " + step[:1].lower() + step[1:]
            person = he_or_she
            continue
        if adds_to_last(sentence, last, drafts, people, ref, meetings):
            continue  # owner_after.py: "… skal opdateres. Det står Astrid for."
        label_owner = labelled_owner(sentence, people)
        labelled = label_owner[0] if label_owner else None
        sentence = label_owner[1] if label_owner else sentence
        if labelled and re.match(r"[a-zæøå]{2,}r\b", sentence):  # "Lars: indkøber ny printer"
            sentence = f"{' og '.join(labelled)} {sentence}"
        sentence = named_in_apposition(sentence, people)  # "Kassereren, Ida Holm, opdaterer …"
        if LONE_DEADLINE.match(sentence) or SHARED_DEADLINE.match(sentence):
            found = _future_deadlines(sentence, ref, meetings)
            if found and SHARED_DEADLINE.match(sentence):
                agreed = (len(drafts), found[0])
                continue
            if found:  # "Deadline 1/11" after a task: that task's deadline
                if drafts and drafts[-1].due_end is None:
                    _give_deadline(drafts[-1], found[0])
                continue
        if drafts and ALL_DONE.match(sentence):  # "Det hele bliver færdigt til årsmødet."
            found = _future_deadlines(sentence, ref, meetings)
            for draft in drafts if found else ():
                if draft.due_end is None:
                    _give_deadline(draft, found[0])
            if found:
                continue
        one_topic = lead and not lead.endswith(":") and "." not in lead.rstrip(".")
        taker = on_it(sentence) if one_topic else None
        if taker and not (drafts and drafts[-1].source_text == lead):
            topic = task_of(lead)  # "Reparation af gulv i D1. Jeppe er på opgaven."
            deadlines = _future_deadlines(sentence, ref, meetings)
            add(topic[0] if topic else lead, lead + " " + sentence, lead, deadlines, [taker])
            continue
        antecedent = None  # "Listen …, denne bliver revideret": what "denne" stands for
        for number, (clause, context) in enumerate(clauses_of(_PARTY.sub("", sentence))):
            who = person if number and person else he_or_she  # "Bo oplyste …, og han vil …"
            he = HE_OR_SHE.match(clause) if who else None
            he = he if number == 0 or clause[:1].islower() else None
            if he:  # "Morten melder sig. Han snakker med Ole": Morten does it
                clause = f"{who} {clause[he.end() :]}"
            elif (
                number
                and person
                and (goes_on_doing := AND_DOES.match(clause))
                and is_doing_verb(goes_on_doing[1])  # not "…, og fremover holdes det kort"
            ):
                # "JV undersøger …, og vender tilbage": the one the sentence opened with
                clause = f"{person} {clause[goes_on_doing.end() :]}"
            pronoun = PRONOUN_START.match(clause)
            if pronoun and antecedent:
                clause = antecedent + clause[pronoun.end() :]
            noun = re.match(r"([A-ZÆØÅ][a-zæøå]{2,}(?:en|et|ne))\s", clause)
            antecedent = noun.group(1) if noun else None
            clause = in_doer_order(clause, people)  # "Ang. X tager kontaktpersonen kontakt …"
            clause = as_duty(clause)  # needs.py: "Vi er nødt til at leje" → "Vi skal leje"
            if folded_follow_up(clause, drafts, people):
                continue  # "… Anne følger op": part of the task before it
            carries_on = CARRIES_ON.match(clause)
            # "… vi er enige om at udarbejde en plan. Kim arbejder videre.": Kim's, not ours
            if carries_on and drafts and set(drafts[-1].owner_names) <= {forum}:
                owners = owners_of(clause, clause, people, forum)
                who = named_doers(carries_on["who"] + " x", people)  # a name nobody listed
                owners = owners or (who[0] if who and who[1] >= len(carries_on["who"]) else [])
                owners = owners or posts_named(carries_on["who"])  # "Sekretær og præst …"
                if owners:
                    drafts[-1].owner_names = owners
                    continue
            if (
                labelled is None
                and announced(clause, item.title)
                and not marked_owners(clause, people)
            ):
                # "Meddelelser: Provstikonference 9. november på …": news; but "Indkøb af
                # fadderbreve (Thomas)" names who does it
                continue
            deadlines = _future_deadlines(clause, ref, meetings)
            if not deadlines and post_duty(clause, f"{item.title}\n{text}"):
                continue  # post_duties.py: "… har konstitueret sig. Kim har ansvar for …"
            if (when := deferred(clause, item.title)) is not None:  # deferrals.py: "Udsat."
                matter = topic or item_topic(item)  # "2.3 Budget": the sub-point put off
                title = deferred_title(matter, when, clause, one_topic and lead)
                add(title, sentence, clause, deadlines, [])  # "" for a routine item: none
                continue
            other_form = task_of(clause)
            if other_form and _same_words(clause, item.title):
                continue  # "Indkaldelse af indstillinger til prisen": the item's title again
            if other_form:  # a referral with a purpose, a wish, a remark on an approval
                words, owners = other_form
                # no one named: the body that wished or referred it, as a unit to confirm
                owners = owners or owners_of(clause, sentence, people, forum)
                add(words, sentence, sentence, deadlines, owners)
                continue
            trigger = _ENUM_TRIGGER.search(clause)
            if trigger and trigger.group().lstrip()[:2].lower() == "bl":
                trigger = None  # "dialog med bl.a. Old Boys": an example inside the task
            if trigger and not re.match(r"at\s", clause[trigger.end() :], re.I):
                prefix, rest = clause[: trigger.start()], clause[trigger.end() :]
                if re.search(r"\b(?:drøftet|drøftede|diskuteret)\b", prefix, re.I):
                    continue  # "Sagens elementer drøftet, herunder hvordan …": what was said
                rest = re.sub(r"^[a-zæøå]+:\s+", "", rest)  # "følgende rettelser: …"
                one_doing = doers(people, PRESENT).match(strip_lead(rest))
                # "Formanden og kassereren tager …": one clause with its doers, not a list
                items = [rest] if one_doing else split_enumeration(rest)
                prefix_signal = bool(SIGNAL.search(prefix))
                for fragment in items:
                    own = _future_deadlines(fragment, ref, meetings)
                    if prefix_signal or task(fragment):
                        add(fragment, sentence, prefix, own)
                if not prefix_signal and task(prefix):  # "Hjemmesiden ajourføres …, herunder …"
                    add(prefix, sentence, sentence, _future_deadlines(prefix, ref, meetings))
                continue
            if trigger:  # "..., herunder at vi arbejder videre med ..."
                if task(clause[trigger.end() :]):
                    add(clause[trigger.end() :], sentence, clause, deadlines)
                continue
            if clause.endswith(":"):
                continue  # "Det blev besluttet, at:" leads in the list that follows
            clause = what_is_needed(after_history(clause, people))  # "Det er vigtigt, at …"
            job = job_and_name(sentence, people.resolve) if number == 0 else None
            if job:  # "Øl og vand, kaffe – Jens": Jens's job
                add(job[0], sentence, clause, deadlines, job[1])
                continue
            if not is_task(clause, people, bool(deadlines)):
                if (
                    number == 0
                    and todo_line(clause, lead, item.title)
                    and not in_a_list_of_other_things(lead, item.title)
                ):
                    add(clause, sentence, clause, deadlines, [])  # "Snakke med Bo om vandet."
                elif (marked_owners(clause, people) or work_day and number == 0) and (
                    PASSIVE_FORM.search(clause)
                ):
                    # "Stier rives (Kim have 22)"; "Træer beskæres." under "Arbejdsdag 8. sep."
                    add(clause, sentence, clause, deadlines)
                continue
            if NOMINAL.search(clause) and told_later(clause, sentence, text):
                continue  # "En tidsplan udestår. Forvaltningen fremlægger tidsplanen …"
            if job := named_job(clause, people):  # name_first.py: "Lars publicerer …": Lars's
                add(job[1], sentence, context, deadlines, job[0])
                continue
            parts = split_tasks(clause, people)
            for part in parts:
                own = _future_deadlines(part, ref, meetings) if len(parts) > 1 else deadlines
                shared = [d for d in deadlines if not d[0].lower().startswith("efter")]
                add(part, sentence, context, own or shared)
    if agreed:
        for draft in drafts[agreed[0] :]:
            if draft.due_end is None:
                _give_deadline(draft, agreed[1])
    return drafts


# A short title whose thing is only "the project", "the case": the item says which
_BACK_REFERENCE = re.compile(
    r"\S+(?:\s+\S+){0,3}?\s+(?:projektet|sagen|opgaven|punktet|emnet|arbejdet|forslaget"
    r"|ideen|idéen|planen|tilbuddet)",
    re.I,
)


def _same_words(text: str, title: str) -> bool:
    """The text is the title again, its number and marks aside."""
    words = re.findall(r"[a-zæøå]+", text.lower())
    return bool(words) and words == re.findall(r"[a-zæøå]+", (title or "").lower())
