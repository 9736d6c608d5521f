"""Bodies named again without their name: by the head noun of their compound name ("die
Internationale Atomenergiebehörde … Seine Behörde", "das Europaparlament … das Parlament", "der
Strafgerichtshof … das Gericht") or by their members ("Die Abgeordneten" for the parliament, "die
Richter" for the court, "die Verbündeten" for the alliance). German news does this for every body it
has named once in full; the reference is the body earlier in the article whose name the noun fits,
where exactly one body fits (or the nearest fits right before), else nobody we can tell.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_references import is_subject
from lagebild.pipeline.word_classes import COURT_NOUNS_DE, PERSON_LABELS

PARLIAMENT = ("parlament", "kongress", "bundestag", "duma", "senat", "repräsentantenhaus", "knesset",
              "unterhaus", "oberhaus", "nationalversammlung", "nationalrat")  # fmt: skip
COURT = COURT_NOUNS_DE
ALLIANCE = ("nato", "bündnis", "allianz")
# the noun (as written after its article) -> what the name of the body it stands for contains
BODY_NOUNS = {
    "Behörde": ("behörde",), "Organisation": ("organisation",), "Kommission": ("kommission",),
    "Gericht": COURT, "Gerichtshof": COURT, "Tribunal": COURT, "Parlament": PARLIAMENT,
    "Allianz": ALLIANCE, "Bündnis": ALLIANCE, "Versammlung": ("versammlung",), "Union": ("union",),
    # members for their body; "der Richter" is one judge, a person, so only the plural counts
    "Abgeordneten": PARLIAMENT, "Parlamentarier": PARLIAMENT, "Parlamentariern": PARLIAMENT,
    "Richter": COURT, "Richtern": COURT, "Richterinnen": COURT, "Verbündeten": ALLIANCE,
}  # fmt: skip
# the noun's form after these is a case of the same body ("der Behörde", "seine Behörde")
ARTICLES = {"die", "der", "das", "den", "dem", "des", "seine", "ihre", "sein", "ihr", "seiner", "ihrer",
            "seinem", "ihrem"}  # fmt: skip
# a plural member noun reads as a group only with a plural article ("die Richter", "den Richtern")
PLURAL_ARTICLES = {"die", "den", "der", "ihre", "seine", "ihren", "seinen"}
MEMBERS = {"Abgeordneten", "Parlamentarier", "Parlamentariern", "Richter", "Richtern", "Richterinnen",
           "Verbündeten"}  # fmt: skip
# an owner after the noun names another body ("die Behörde in Wien", "die Richter des Landgerichts")
OWNER_FOLLOWS = {"in", "im", "von", "vom", "des", "der", "aus"}
# a bare "die Kommission" where no commission was named: the EU's, if the article has named the EU
COMMISSION = "Kommission"
EU_CODE = "IGOEUR"
# two bodies fit: the nearest is still meant when named this recently (in sentences)
RECENT_SENTENCES = 1


def body_references(doc: Doc, taken: set[int], mentions: list, sentence_of: list[int]) -> list[tuple]:
    """(span, actor, antecedent span) for each such noun phrase with one body it can stand for."""
    found = []
    for i, token in enumerate(doc):
        stems = BODY_NOUNS.get(token.text)
        if stems is None or i == 0 or i in taken or i - 1 in taken:
            continue
        article = doc[i - 1].lower_
        if article not in ARTICLES or (token.text in MEMBERS and article not in PLURAL_ARTICLES):
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ in OWNER_FOLLOWS:
            continue
        antecedent = _named_body(i - 1, stems, mentions, sentence_of)
        if antecedent is None and token.text == COMMISSION:
            antecedent = _union_named_before(i - 1, mentions)
        if antecedent is not None:
            found.append((Span(doc, i - 1, i + 1, label="ORG"), antecedent.actor, antecedent.span))
    return found


def _named_body(position: int, stems: tuple[str, ...], mentions: list, sentence_of: list[int]):
    """The earlier mention whose name fits the noun, where it is the only body that fits or was
    named right before; a person's office ("Generaldirektor Grossi") is no name of the body."""
    fitting = [
        m
        for m in mentions
        if m.span.end <= position and m.span.label_ not in PERSON_LABELS and _fits(m, stems)
    ]
    if not fitting:
        return None
    nearest = max(fitting, key=lambda m: m.span.end)
    bodies = {m.actor.kb_id or m.actor.actor_code for m in fitting}
    recent = sentence_of[position] - sentence_of[nearest.span.start] <= RECENT_SENTENCES
    return nearest if len(bodies) == 1 or recent else None


def _union_named_before(position: int, mentions: list):
    """The latest mention of the EU before a bare "die Kommission": an article about the Union that
    never spelt out "EU-Kommission" still means its Commission ("Bereits im Herbst will die Kommission
    Vorschläge vorlegen")."""
    union = [m for m in mentions if m.span.end <= position and (m.actor.actor_code or "").startswith(EU_CODE)]
    return max(union, key=lambda m: m.span.end) if union else None


def _fits(mention, stems: tuple[str, ...]) -> bool:
    names = f"{mention.span.text} {mention.actor.name or ''}".lower()
    return any(stem in names for stem in stems)


# "das Land" for the state just named; not a place one leaves or comes from ("das Land zu
# verlassen", "aus dem Land"), nor the genitive ("Diplomaten des Landes verweisen": the expelling one)
PLACE_PREPOSITIONS = {"aus", "in", "ins", "im", "nach", "durch", "über", "außer"}
LEAVING = {"verlassen", "betreten", "bereisen", "verließen", "verließ"}
LAND_WINDOW = 2  # sentences before the one of "das Land"
STATE_IDS = ("country:", "government:")


# News names a state again by what kind of state it is: "das Emirat", "das Königreich", "der
# Golfstaat", "die Inselrepublik". The noun's articles (nominative, accusative, dative; the genitive
# is the owner of something else) and the states it can stand for (None: any state).
GULF_STATES = frozenset({"SAU", "QAT", "KWT", "ARE", "BHR", "OMN"})
KINGDOMS = frozenset({"SAU", "GBR", "MAR", "JOR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "BHR", "BTN",
                      "KHM", "LSO", "SWZ", "TON", "MYS"})  # fmt: skip
NEUTER = frozenset({"das", "dem"})
MASCULINE = frozenset({"der", "den", "dem"})
FEMININE = frozenset({"die", "der"})
STATE_EPITHETS = {
    "Land": (NEUTER, None), "Emirat": (NEUTER, frozenset({"QAT", "KWT", "ARE"})), "Königreich": (NEUTER, KINGDOMS),
    "Sultanat": (NEUTER, frozenset({"OMN", "BRN"})), "Golfemirat": (NEUTER, frozenset({"QAT", "KWT", "ARE"})),
    "Golfstaat": (MASCULINE, GULF_STATES), "Golfmonarchie": (FEMININE, GULF_STATES),
    "Inselstaat": (MASCULINE, None),
    "Stadtstaat": (MASCULINE, None), "Inselrepublik": (FEMININE, None), "Andenstaat": (MASCULINE, None),
    "Kaukasusrepublik": (FEMININE, None), "Balkanstaat": (MASCULINE, None), "Küstenstaat": (MASCULINE, None),
    "Wüstenstaat": (MASCULINE, None), "Binnenstaat": (MASCULINE, None), "Zwergstaat": (MASCULINE, None),
}  # fmt: skip


def land_references(doc: Doc, taken: set[int], mentions: list, sentence_of: list[int]) -> list[tuple]:
    """(span, country, antecedent span) for "das Land" or another name for a kind of state: the state of
    the person or government it continues (`_state_agent_spoken_of`), else the state where the sentence
    before it and the two before that name exactly one state of that kind: with two, either may be meant."""
    found = []
    for i, token in enumerate(doc):
        articles, kind = STATE_EPITHETS.get(token.text, (None, None))
        if articles is None or i < 2 or i in taken or doc[i - 1].lower_ not in articles:
            continue
        if doc[i - 2].lower_ in PLACE_PREPOSITIONS or any(t.lower_ in LEAVING for t in doc[i + 1 : i + 4]):
            continue
        sentence = sentence_of[i]
        states = [
            m
            for m in mentions
            if m.span.end <= i - 1
            and sentence - sentence_of[m.span.start] <= LAND_WINDOW
            and (m.actor.kb_id or "").startswith(STATE_IDS)
            and (kind is None or m.actor.country in kind)
        ]
        speaker = _state_agent_spoken_of(doc, i - 1, mentions, sentence_of)
        if speaker is not None and (kind is None or speaker.actor.country in kind):
            found.append((Span(doc, i - 1, i + 1, label="LOC"), speaker.actor.country, speaker.span))
        elif len({m.actor.country for m in states}) == 1:
            nearest = max(states, key=lambda m: m.span.end)
            found.append((Span(doc, i - 1, i + 1, label="LOC"), nearest.actor.country, nearest.span))
    return found


def _state_agent_spoken_of(doc: Doc, start: int, mentions: list, sentence_of: list[int]):
    """The person or government of a state that "das Land" at `start` continues: the nearest one before
    it in its sentence, in another clause, with no state named in between ("Lula sagte, das Land werde
    …" is Brazil, whatever state was named before; in "Warschau sagte dem Land Hilfe zu" the land is
    another), else the subject of the sentence before where this one names no state before it
    ("Präsident Saied empfing die Gäste. Brüssel sagte dem Land … zu")."""
    clause = _clause_of(doc[start])
    if doc[clause].lower_ in LEAVING:
        return None  # the land one leaves is where one was: "Die Soldaten sollen das Land bis Mai verlassen"
    sentence = sentence_of[start]
    before = [m for m in mentions if m.span.end <= start and sentence_of[m.span.start] == sentence]
    nearest = max(before, key=lambda m: m.span.end, default=None)
    # a person without a state of its own ("von der Leyen schrieb, …") is what the sentence is about too
    if nearest is not None and (_state_agent(nearest) or nearest.span.label_ in PERSON_LABELS):
        return nearest if _state_agent(nearest) and _clause_of(nearest.span.root) != clause else None
    if any((m.actor.kb_id or "").startswith(STATE_IDS[0]) for m in before):
        return None
    subjects = [
        m for m in mentions if sentence_of[m.span.start] == sentence - 1 and is_subject(m.span, titled=True)
    ]
    agents = {m.actor.country for m in subjects if _state_agent(m)}
    return subjects[0] if len(agents) == 1 and all(_state_agent(m) for m in subjects) else None


def _state_agent(mention) -> bool:
    """A person or government acting for a state: its actor code opens with the state's."""
    actor = mention.actor
    person = mention.span.label_ in PERSON_LABELS
    government = (actor.kb_id or "").startswith(STATE_IDS[1])
    return (
        bool(actor.country) and (person or government) and (actor.actor_code or "").startswith(actor.country)
    )


def _clause_of(token):
    """The verb heading the clause a word stands in."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.i
