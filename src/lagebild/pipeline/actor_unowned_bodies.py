"""More of a state's bodies and domestic groups that news names without their state: courts ("das
Gericht", "das Oberlandesgericht"), the regime, regulators ("die Zollbehörde", "die Marktaufsicht"),
and the opposition's people and civic groups ("Oppositionspolitiker", "Studentenverbände"). They are placed
like the institutions of `actor_institutions`: by the state the passage is about."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.pipeline.actor_towns import town_state_at
from lagebild.pipeline.word_classes import COURT_NOUNS_DE, DEMONSTRATIVES_DE, NAME_DEPS

# Regulators and agencies that only a state has (an "Atombehörde" or "Umweltbehörde" may be an
# international one or a province's, so a "-behörde" compound as such is not enough).
STATE_AGENCIES_DE = dict.fromkeys(
    (
        "Regime", "Zollbehörde", "Zollbehörden", "Zollverwaltung", "Marktaufsicht", "Finanzaufsicht",
        "Bankenaufsicht", "Medienaufsicht", "Kartellbehörde", "Wettbewerbsbehörde", "Steuerbehörde",
        "Steuerbehörden", "Einwanderungsbehörde", "Einwanderungsbehörden", "Migrationsbehörde",
        "Grenzbehörden", "Zensurbehörde",
    ),
    "GOV",
)  # fmt: skip
# A court is its state's unless named as an international one (those are in the KB, or end in
# "-hof": "der Internationale Strafgerichtshof"); a court of arbitration serves any parties.
COURT_HEAD_DE = "gericht"
NOT_STATE_COURTS_DE = ("Schieds", "Welt", "Menschenrechts", "Sport")
# Investigators named by their office without a name ("die Ermittler werfen ihm vor") are the
# state's police, as "die Polizei" is; after an international court was named they are its people,
# or nobody's we can tell. (Judges are not read so: "die Richter" is as often the object praised or
# criticised by a foreign capital, and one placed wrongly misplaces the bodies after it.)
INVESTIGATORS_DE = dict.fromkeys(("Ermittler", "Ermittlern", "Ermittlerin", "Ermittlerinnen"), "COP")
# How the parse joins a seat to the body it names: "das Verwaltungsgericht Köln" (appos, flat).
SEAT_NAME_DEPS = {*NAME_DEPS, "nmod"}
# Words that refer back to a court named before: "das Gericht", "die Ermittler".
COURT_REFERENCES_DE = {"Gericht", *INVESTIGATORS_DE}
# The domestic groups that act against or within their government: placed, like protesters, by the
# places, adjectives and bodies around them, not by the people a sentence names.
DOMESTIC_GROUPS_DE = {
    **dict.fromkeys(
        ("Oppositionspolitiker", "Oppositionspolitikerinnen", "Oppositionsparteien", "Regierungsgegnern",
         "Oppositionsbewegung", "Oppositionsanhänger", "Oppositionssenatoren", "Oppositionskandidaten",
         # one party or alliance of them, mostly named after the noun ("die Oppositionspartei Demokratische Allianz")
         "Oppositionspartei", "Oppositionsbündnis"),
        "OPP",
    ),
    # a movement on the street is its country's civic side, as its marchers are
    **dict.fromkeys(("Protestbewegung", "Studentenbewegung", "Demokratiebewegung"), "CVL"),
    # not senators: in German news mostly the US Senate's, whatever state the passage is about
    **dict.fromkeys(("Parlamentsabgeordnete", "Oppositionsabgeordnete"), "LEG"),
    **dict.fromkeys(("Studentenverbände", "Umweltverbände", "Gewerkschaften", "Bauernverbände"), "CVL"),
}  # fmt: skip
# Articles that introduce a new body, which a place right after it may locate: "ein Gericht in Kismayo".
INDEFINITE_ARTICLES_DE = {"ein", "eine", "eines", "einem", "einen", "einer"}


def unowned_body_sector(word: str) -> str | None:
    """The sector of a state body named without its state, beyond the core institutions."""
    if word in STATE_AGENCIES_DE:
        return STATE_AGENCIES_DE[word]
    if word in INVESTIGATORS_DE:
        return INVESTIGATORS_DE[word]
    if (
        word[:1].isupper()
        and word.lower().endswith(COURT_HEAD_DE)
        and not word.startswith(NOT_STATE_COURTS_DE)
    ):
        return "JUD"
    return None


def seat_in_name(doc: Doc, i: int) -> str | None:
    """The state of the town or region a court or prosecutor is named by, right after the noun without
    a preposition as German names them ("das Verwaltungsgericht Köln", "das Landesarbeitsgericht
    Hessen", "die Staatsanwaltschaft Mailand"): the body is that state's, whatever state the passage
    is about."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    # a name of the body, not its object: "verurteilte das Gericht Israel" is read elsewhere
    if following is None or following.head.i != i or following.dep_ not in SEAT_NAME_DEPS:
        return None
    return town_state_at(doc, i + 1)


def court_named_before(doc: Doc, i: int) -> bool:
    """Whether an actor before token i is a court ("der Internationale Strafgerichtshof", "ein Moskauer
    Gericht"): then a bare "das Gericht" or "die Ermittler" refers back to one of them, which
    `actor_bodies` decides."""
    return any(
        ent.end <= i and ent._.actor is not None and any(t.lower_.endswith(COURT_NOUNS_DE) for t in ent)
        for ent in doc.ents
    )


def domestic_group_sector(word: str) -> str | None:
    return DOMESTIC_GROUPS_DE.get(word)


def introducing_article(doc: Doc, i: int) -> int | None:
    """Where an indefinite article or a demonstrative before noun i stands (one adjective between
    at most): "ein Gericht", "dieselbe Armee", "ein regionales Gericht"."""
    for k in (i - 1, i - 2):
        if k < 0 or (k == i - 2 and not doc[i - 1].text.islower()):
            return None
        if doc[k].lower_ in INDEFINITE_ARTICLES_DE | DEMONSTRATIVES_DE:
            return k
    return None


def demonstrative(doc: Doc, k: int) -> bool:
    return doc[k].lower_ in DEMONSTRATIVES_DE
