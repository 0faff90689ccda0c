"""The verbs of doing that make a sentence of the minutes a task, in their Danish forms.

The stems give the present ("udarbejder"), the passive ("udarbejdes") and the infinitive
("udarbejde"). A name nobody listed ("Kirstine bestiller", "Skolen skal udarbejde oplæg") is a
doer only before one of these verbs: "Ledertrivsel afhænger af …" and "Tværgående metoder
kræver …" are statements, not tasks.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

# Passive tasks: "Planen ajourføres", "Udkastet sendes i høring", "Borgermødet afholdes".
TASK_STEMS = (
    r"(?:send|udsend|udarbejd|ajourfør|fremlægg|forelægg|afhold|undersøg|evaluer|igangsætt"
    r"|iværksætt|opdater|revider|indkald|planlægg|beskriv|tilrett|præsenter|gennemfør|etabler"
    r"|nedsætt|justér|juster|afklar|kortlægg|klarlægg|udbetal|annoncer|formuler|behandl|genoptag"
    r"|(?:frem|om|videre|rund|efter)send|afregn|udskriv|underskriv|lav|lægg|rett|kontakt|inddrag|indhent"
    r"|offentliggør|bestill|fordel|omdel|uddel|tilføj|udpeg|indarbejd|medtag|forbered|færdiggør"
    r"|oprett|arranger|inviter|afstemm|orienter|informer|ændr|sætt|opsætt|udform|foretag"
    r"|afprøv|finpuds|indkøb|adspørg|koordiner|hent|præciser|præsiser|tydeliggør|aflever|tilmeld"
    r"|check|tjekk|sælg|mail|e-mail|tegn|anskaff)"
)
# "Input fra lokalrådene efterlyses": asked for, by the forum (the present "efterlyser" is a wish)
PASSIVE_VERBS = r"(?:" + TASK_STEMS + r"|efterlys)es"
# Passives that say what is to be done only after "skal"/"bør"/"må": "Der skal findes en ny
# kursusleder", "Vaskesøjlen skal fikses" (while "Der findes mange tilbud" states what is).
# "Løvet skal samles op", "Kontrakterne skal gennemgås" (often written "gennemgåes"),
# "Opslaget bør printes og ophænges i klubhuset", "Broen skal sænkes", "Lageret skal opgøres"
MODAL_PASSIVE_VERBS = (
    r"(?:(?:find|ansætt|skaff|køb|aftal|hent|fiks|reparer|udskift|skift|mal|ryd|saml|tjekk"
    r"|rens|fej|vask|klipp|beskær|fjern|lej|print|ophæng|hæng|sænk|hæv|opgør|optæll|tæll"
    r"|åbn|luk|fastgør|vand)es"
    r"|gennemgåe?s|sås|plantes"  # "Der skal sås græs på bakken"
    # "Motionsrummet skal gøres færdigt", "Båden skal gøres klar"
    r"|gøres\s+(?:færdige?t?|klar|i\s?stand)\b)"
)
# Participles after "bliver": "Listen bliver revideret", "Planerne bliver lagt ud".
PARTICIPLES = (
    r"(?:frem|ud|rund|om|videre)?sendt|udarbejdet|revideret|opdateret|offentliggjort|lagt"
    r"|indkaldt|afholdt|undersøgt|evalueret|fulgt|planlagt|beskrevet|bestilt|kontaktet"
    r"|inviteret|arrangeret|indarbejdet|præsenteret|forelagt|fremlagt|behandlet|færdiggjort"
    r"|oprettet|(?:til)?rettet|justeret|afklaret|besvaret|taget|sat|udskrevet|underskrevet|omdelt"
    r"|fordelt|ajourført|gennemført|etableret|iværksat|igangsat|nedsat|orienteret|informeret"
    r"|tilføjet|udpeget|indhentet|indkøbt|købt|betalt|booket|reserveret|printet|udfyldt|lavet"
    r"|opslået|bragt|ansat|fundet|skaffet|skrevet"
    # the chores of a club or a house: "Mindestenen bliver renset op", "Taget bliver repareret"
    r"|renset|malet|repareret|ryddet|fjernet|fikset|udskiftet|skiftet|vasket|klippet|tjekket"
    # a notice or folder put up: "Folderen bliver ophængt i klubhuset", "bliver hængt op"
    r"|ophængt|hængt"
)
_IRREGULAR_PARTICIPLES = {
    "lagt": "lægge", "planlagt": "planlægge", "forelagt": "forelægge", "fremlagt": "fremlægge",
    "sat": "sætte", "iværksat": "iværksætte", "igangsat": "igangsætte", "nedsat": "nedsætte",
    "taget": "tage", "fulgt": "følge", "købt": "købe", "indkøbt": "indkøbe",
    "beskrevet": "beskrive", "udskrevet": "udskrive", "underskrevet": "underskrive",
    "bestilt": "bestille", "omdelt": "omdele", "fordelt": "fordele", "klarlagt": "klarlægge",
    "gennemgået": "gennemgå", "opslået": "opslå", "bragt": "bringe", "ansat": "ansætte",
    "fundet": "finde", "skrevet": "skrive",
}  # fmt: skip


# "der indledes dialog med …", "der indkøbes krus": the impersonal passive of these verbs decides
# something to be done (the passives of PASSIVE_VERBS need no "der"; not every verb of doing:
# "der arbejdes med …", "der findes …" tell what goes on or is).
_THERE_PASSIVE = re.compile(
    r"^(?:[^:]{1,40}:\s+)?(?:så\s+)?der\s+(?:(?:også|nu|så|snarest|straks|hurtigst\s+muligt)\s+)?"
    r"(?:(indled|indkøb|køb|skaff|hent|book|reserver|tilmeld|ansøg|optag|ansætt|print|ryd|mal"
    r"|repar|opsætt)es\b|spørges\s+rundt\b"  # "Der spørges rundt": ask around (for candidates)
    # "Der søges midler til bænke via puljen", "der søges om tilskud": money applied for
    r"|søges\s+(?:om\s+)?(?:\w+\s+)?(?:midler|tilskud|støtte|penge|fondsmidler|puljemidler)\b"
    # "der søges nye trænere til fodbold": people to find for a post
    r"|søges\s+(?:nye\s+|flere\s+)?(?:trænere|hjælpetrænere|frivillige|hjælpere|ledere)\b"
    # "Der holdes møde med skolelederen om …": a meeting to hold (at a clock time: the calendar's)
    r"|holdes\s+(?:et\s+|nyt\s+|fælles\s+)*[a-zæøå-]*møde\s+(?:med|om)\b)"
)
# "får lavet holdfoto", "Eva får rettet listen": someone sees to it that it is done (not "har
# fået lavet", done; not "for at få rettet op", a purpose).
_CAUSATIVE = re.compile(
    r"(?<!har\s)(?<!havde\s)(?<!\bat\s)\b(?:får|få)\s+(?:(?:nu|også|snarest|hurtigst\s+muligt)\s+)?"
    r"(?:" + PARTICIPLES + r"|lavet|skrevet|ordnet|fikset|tjekket|repareret|malet|trykt"
    r"|gennemgået|afklaret|styr\s+på)\b",
    re.IGNORECASE,
)
# "På næste års indkaldelse skal reglerne fremgå": what a document is to say is a task.
_MUST_APPEAR = re.compile(r"\b(?:skal|bør)\s+(?:[\wæøå-]+\s+){0,3}?fremgå\b", re.IGNORECASE)


# "Solhverv aftales med Ingeborg", "Aftales med Thomas hvad vi gør med vognene": to arrange with
# them ("… aftales med Bo på tlf. 21 …" tells the readers whom to call)
_ARRANGED_WITH = re.compile(
    r"^(?:[^,]{2,60}?\b)?aftales\s+(?:nærmere\s+)?med\s+"
    r"(?![^,]*\b(?:tlf|telefon|mail|e-mail|mobil)\b)[^,]+$"
)


def arranged_with(lower: str) -> bool:
    """The lower-cased clause says a thing is to be arranged with someone ("aftales med")."""
    return bool(_ARRANGED_WITH.match(lower))


def there_passive(lower: str) -> bool:
    """The lower-cased clause is "der" and the impersonal passive of a verb of getting done."""
    return bool(_THERE_PASSIVE.match(lower))


def causative(text: str) -> bool:
    """The clause has someone get a thing done: "får lavet", "få udarbejdet"."""
    return bool(_CAUSATIVE.search(text))


def must_appear(text: str) -> bool:
    """The clause says what a document is to state: "skal reglerne fremgå"."""
    return bool(_MUST_APPEAR.search(text))


def infinitive_of_participle(word: str) -> str:
    """ "revideret" → "revidere", "sendt" → "sende", "lagt" → "lægge", "offentliggjort" →
    "offentliggøre"."""
    word = word.lower()
    if word in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[word]
    if word.endswith("gjort"):
        return word[:-5] + "gøre"
    if word.endswith("et"):
        return word[:-2] + "e"
    return word[:-1] + "e" if word.endswith("t") else word


# Other verbs of doing, as stems of the present and the infinitive ("samler", "samle").
_DOING_STEMS = (
    r"(?:saml|skriv|bestill|undersøg|kontakt|lav|send|sørg|følg|meld|vend|tjekk|find|køb"
    r"|ring|mail|inviter|bed|ryk|ret|fordel|afhold|koordiner|arbejd|hjælp|tal|svar"
    r"|søg|ansøg|betal|lægg|spørg|kig|book|print|udfyld|aftal|tovhold"
    r"|orienter|informer|forelægg|fremlægg|indstill|udpeg|skaff|fremskaff|rykk|opdater"
    r"|doner|sikr|afklar|tilmeld|opsig|forny|indkøb|reserver|planlægg|beskriv|formuler"
    r"|foranledig|varetag|overtag|håndter|aflever|indsend|sætt|opsætt|ændr|kontakt|henvend|hent"
    r"|ordn|påbegynd|tjek|check|chekk|udfærdig|forhør|fjern|reparer|udskift|kopier|anmeld|udsend|tømm)"
)
_DOING = re.compile(
    r"(?:frem|gen|videre)?(?:" + TASK_STEMS + r"|" + _DOING_STEMS + r")(?:e|er|r)"
    r"|gør|gøre|afslutte"  # "skal afslutte sagen" (not "vi afslutter med …": a programme)
)


# Verbs of doing only with their particle: "dele invitationer ud" (to share is no task),
# "hænge opslag op".
_PARTICLE_VERBS = {"del": "ud", "hæng": "op"}
PARTICLE_STEMS = frozenset(_PARTICLE_VERBS)  # "del": "Svend deler sin bekymring" is no job


def particle_verb(word: str, rest: str) -> bool:
    """The word and the particle a few words later make a verb of doing ("dele … ud")."""
    if word.lower() == "stå":  # "JB vil gerne stå for pølser": take charge of it
        return bool(re.match(r"\s+for\s+(?!døren\b)\w", rest))
    m = re.fullmatch(r"([a-zæøå]+?)(?:e|er)", word.lower())
    particle = _PARTICLE_VERBS.get(m.group(1)) if m else None
    return bool(particle) and bool(re.match(r"(?:\s+[\wæøå-]+){0,4}?\s+" + particle + r"\b", rest))


def passes_on(verb: str, rest: str) -> bool:
    """ "siger det videre til Per": saying that passes a word on, a job; any other saying ("Eva
    siger, at …", "Svend siger tak") is said at the meeting."""
    return verb == "siger" and bool(re.match(r"\s+\S+\s+videre\b", rest))


def is_doing_verb(word: str) -> bool:
    """The word is the present ("bestiller") or the infinitive ("bestille") of a verb of doing."""
    return bool(_DOING.fullmatch(word.lower()))


# Verbs of being, coming and filling a post: with a date alone they tell, they ask nothing.
STATE = re.compile(
    r"\b(?:er|var|kommer|kom|ligger|findes|finder\s+sted|foregår|starter|slutter|begynder|åbner"
    # "Det kan måske blive i foråret", "26. april vil der være åbent hus"
    r"|kan\s+(?:måske\s+|nok\s+|godt\s+)?blive|håber|håb|ligner|minder\s+om|betyder|handler\s+om"
    r"|vil\s+(?:der\s+)?være"
    # a post filled or left: "Den nye præst ansættes den 1. maj og indsættes den 12. maj"
    r"|tiltræder|fratræder|indsættes|ansættes\s+(?:den|d\.|pr\.|per|fra|1\.)"
    # what is expected: "Registreringerne forventes klar 1. december", "Forventer flere
    # indtægter hen over sommeren"
    r"|forventes|ventes|forventer)\b",
    re.I,
)
# "vi skal …", and "… vil rådet re-konstituere sig" with the verb before its subject.
WE_SHALL = re.compile(
    r"(?<!hvis )(?<!når )\bvi\s+(?:skal|bør|må|vil)\b|\b(?:skal|vil)\s+(?:vi|rådet|udvalget"
    r"|bestyrelsen|forummet|forvaltningen|administrationen|sekretariatet)\s+[a-zæøå-]+e\b",
    re.I,
)


# Verbs in the present that tell what is, or what is said at the meeting, not a task to do.
NOT_TASK_VERBS = (
    "godkender", "tiltræder", "anbefaler", "tager", "drøfter", "beslutter", "vedtager",
    "bemærker", "noterer", "konstaterer", "finder", "mener", "er", "har", "bliver", "kan",
    "får", "ser", "hører", "deltager", "støtter", "ønsker", "efter", "under", "over", "hver",
    "der", "her", "eller", "fører", "var", "bakker", "takker", "roser", "anerkender",
    "understreger", "udtrykker", "glæder", "accepterer", "afviser", "for", "før",
    "når", "hvor", "derfor", "heller", "foreslår", "kommer", "ligger", "står", "handler",
    "gælder", "foregår", "sker", "mangler", "betyder", "indeholder", "vedrører", "omfatter",
    "udgør", "fungerer", "virker", "koster", "kører", "starter", "slutter", "begynder", "varer",
    "passer", "trænger", "oplever", "synes", "tror", "ved", "kender", "forventer", "skal", "vil",
    "må", "bør", "burde", "skulle", "ville", "kunne", "tæller", "genopstiller", "siger",
    "repræsenterer", "modtager", "mødes", "ønskes", "udtaler", "giver", "går", "henviser",
    "afventer", "venter", "fastholder", "klager", "beklager", "undrer", "savner", "består",
)  # fmt: skip
# A view held, no doing: "Hella mener vi skal …", "Rådet frygter …"
OPINION_VERBS = ("mener", "mente", "synes", "syntes", "tror", "troede", "frygter", "føler")
# Said at the meeting ("Samuel skitserer formålet"): a task only with a deadline or "senere".
REPORTING_VERBS = (
    "orienterer", "informerer", "fortæller", "skitserer", "præsenterer", "redegør", "gennemgår",
    "beretter", "rapporterer", "oplyser", "nævner", "påpeger", "opsummerer", "indleder",
    "fremhæver", "motiverer", "forklarer", "viser", "byder",
)  # fmt: skip


# The past tense: "-ede" and "-te" ("udtrådte", "afholdte", "sendte"; not the "-ste" of
# "næste", "sidste", "første"), and the strong and irregular verbs
PAST_IRREGULAR = (
    "gik", "gav", "tog", "fik", "kom", "var", "havde", "så", "sagde", "bad", "lod", "stod", "satte",
    "lagde", "deltog", "gennemgik", "fremlagde", "foretog", "redegjorde", "gjorde", "blev", "bød",
    "fortalte", "spurgte", "nævnte", "meldte", "efterlyste", "valgte", "mente", "hørte", "fulgte",
    "forlod", "holdt", "afholdt",
)  # fmt: skip
_PAST = re.compile(r"[a-zæøå]{3,}ede$|[a-zæøå]{2,}[^s]te$|^(?:" + "|".join(PAST_IRREGULAR) + r")$")


def is_past(verb: str) -> bool:
    """The verb is in the past tense ("afholdte", "sendte", "gik"), not the "-ste" of "næste"."""
    return bool(_PAST.search(verb.lower()))


_IRREGULAR = {"gør": "gøre", "er": "være", "har": "have", "ser": "se", "vil": "ville"}


def infinitive(verb: str) -> str:
    """The verb's infinitive from its present: "publicerer" → "publicere", "gennemgår" →
    "gennemgå", "offentliggør" → "offentliggøre", "har" → "have"."""
    lower = verb.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower.endswith("gør"):
        return lower + "e"  # "tydeliggør" → "tydeliggøre"
    return lower[:-1] if lower.endswith("r") else lower


def joins_nouns(word: str, after: str) -> bool:
    """ "og" joins two things, not two verbs: "… skaffer tuscher og mærkater til kasser" (a
    word on "-er" that is no verb of doing, before a preposition or the sentence's end; a
    passive on "-es" is a verb); ``after`` is the text after "og ``word``"."""
    if is_doing_verb(word) or word.endswith("es"):
        return False
    return (
        re.match(r"\s*(?:$|[.,;]|(?:til|fra|på|i|hos|ved|og|mellem|med|for)\b)", after) is not None
    )
