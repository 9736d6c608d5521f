""" "Die Union" in German party politics is CDU/CSU, not the European Union: "Kritik aus der Union",
"Scharf hat die Union im Bundestag den Beschluss der Regierung angegriffen", "Die Union drohte mit einem
Untersuchungsausschuss". The KB reads the bare word as the EU (or as nobody); a passage that names the
Bundestag, a German party or the chancellor and, in the sentence itself, nothing of the EU means the
parties. The gold codes them as Germany (DEU). Austrian and Swiss papers have a Kanzler, a Bundesrat and
Grüne of their own but no "Union" of parties: there the word stays the EU."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.kb.store import load_kb
from lagebild.pipeline.actor_home_state import DEFAULT_HOME, home_state_of
from lagebild.pipeline.annotations import ActorRef

UNION = "Union"
EU_KB_ID = "igo:eu"
UNION_PARTIES_KB_ID = "party:cdu"
# words of German party politics: the parliament, the parties, the coalition, the chancellor
GERMAN_POLITICS = frozenset({
    "Bundestag", "Bundestags", "Bundestages", "Bundesrat", "CDU", "CSU", "SPD", "FDP", "AfD", "Grüne", "Grünen",
    "Linke", "Linken", "BSW", "Ampel", "Ampelkoalition", "Ampel-Koalition", "Kanzler", "Bundeskanzler",
    "Kanzleramt", "Unionsfraktion", "Unionsparteien", "Christdemokraten", "Sozialdemokraten",
})  # fmt: skip
# "CDU-Außenpolitiker", "SPD-Fraktionschef", "Unionsfraktionschef"
GERMAN_PARTY_PREFIXES = ("CDU-", "CSU-", "SPD-", "FDP-", "AfD-", "Grünen-", "Unions")
# words that put the European Union in the sentence itself: "die Staats- und Regierungschefs der Union"
EU_WORDS = frozenset({
    "EU", "Brüssel", "Kommission", "Mitgliedstaaten", "Mitgliedsstaaten", "Mitgliedsländer", "Mitgliedsländern",
    "Gipfel", "Staats-", "Beitritt", "Beitrittsprozess", "Beitrittsverhandlungen", "Europaparlament",
})  # fmt: skip
EU_PREFIXES = ("EU-",)
DETERMINERS = frozenset({"die", "der", "Die", "Der"})
PASSAGE_SENTENCES = 2  # the sentence and the two before


def union_as_german_parties(doc: Doc, references: list, sentence_of: list[int]) -> None:
    """Re-reads each bare "die Union" of a passage about German party politics as CDU/CSU, on the
    entities and on the references (`references`: objects with a span and an actor) that carry it."""
    if home_state_of(doc) != DEFAULT_HOME:
        return
    parties = None
    for i, token in enumerate(doc):
        if token.text != UNION or i == 0 or doc[i - 1].text not in DETERMINERS:
            continue
        # one story, one union: once read as the parties, a later "die Union" is them too unless
        # its own sentence is about the EU
        if _eu_sentence(doc, i, sentence_of) or not (parties or _party_passage(doc, i, sentence_of)):
            continue
        parties = parties or _parties_actor(doc)
        for ent in doc.ents:
            if ent.end - 1 == i and _eu_or_nobody(ent._.actor):
                ent._.actor = parties
        for reference in references:
            if reference.span.end - 1 == i and _eu_or_nobody(reference.actor):
                reference.actor = parties


def _eu_sentence(doc: Doc, i: int, sentence_of: list[int]) -> bool:
    here = (t for t in doc if sentence_of[t.i] == sentence_of[i])
    return any(t.text in EU_WORDS or t.text.startswith(EU_PREFIXES) for t in here)


def _party_passage(doc: Doc, i: int, sentence_of: list[int]) -> bool:
    sentence = sentence_of[i]
    passage = (t for t in doc if sentence - PASSAGE_SENTENCES <= sentence_of[t.i] <= sentence)
    return any(t.text in GERMAN_POLITICS or t.text.startswith(GERMAN_PARTY_PREFIXES) for t in passage)


def _eu_or_nobody(actor: ActorRef | None) -> bool:
    return actor is None or actor.kb_id == EU_KB_ID


def _parties_actor(doc: Doc) -> ActorRef:
    return load_kb().actor_ref(UNION_PARTIES_KB_ID, doc._.article_date, "de")
