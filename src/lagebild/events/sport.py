"""Sport reports borrow the words of war ("belagerte das Tor", "griff über die Flügel an", "schlug
Frankreich im Finale") and name states for their teams: their events are no political acts.

One vocabulary serves two gates. A sentence with a word that only a match report uses is sport. An
article is sport when it uses several distinct sport words, even where the sentence that yields an
event has none ("Österreich besiegte Schweden mit 2:0"); one word alone ("Tor", "Rennen", "Liga" as
in "Arabische Liga") is no proof, three distinct ones are.

The gates drop what teams and players do, which names them by their state. A state's organ or an
international body acting in sport's setting still acts politically: the ministry that summons an
ambassador over a World Cup, the minister who condemns a player's gesture, the president who travels to
a match as to a state visit.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from lagebild.events.arguments import IGO_PREFIX, actor_of
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.segmentation import doc_text
from lagebild.pipeline.word_classes import STATE_SECTORS

# words that only a match report uses: one in the sentence is enough
MATCH_WORDS = {
    "halbzeit", "elfmeter", "strafstoß", "abseits", "anpfiff", "abpfiff", "stürmer", "torwart",
    "torhüter", "nationalmannschaft", "nationalelf", "bundesliga", "champions", "tabelle", "trainer",
    "weltmeisterschaft", "europameisterschaft", "achtelfinale", "viertelfinale", "halbfinale", "finale",
    "endspiel", "olympia", "spieltag", "hinspiel", "rückspiel", "weltcup", "etappe", "verteidiger",
    "mittelfeld", "saison", "weltmeister", "teamchef", "tabellenführer", "abfahrt", "coach", "nba", "nhl",
    "boxer", "schwergewicht", "schwergewichtler",
}  # fmt: skip
# words that sport uses but other news too ("Tor" of a city, "Rennen" of an election, "Liga" of states)
SHARED_WORDS = {
    "liga", "tor", "tore", "rennen", "olympische", "olympischen", "fans", "match", "cup", "runde",
    "treffer", "qualifikation", "wm", "ring",
}  # fmt: skip
ARTICLE_MIN_DISTINCT = 3  # measured on the 10kGNAD test split: few non-sport articles reach three
# a long text (a dossier, several reports in one file) reaches three distinct words by chance ("Runde",
# "Tore", "Weltmeisterschaft" in 7,000 words of politics): sport words must also be dense, one in this
# many words; no news article of up to 600 words is affected, three distinct words are three uses
WORDS_PER_SPORT_WORD = 200
WORD = re.compile(r"\w+")


def without_sport(events: list[EventInfo], doc: Doc) -> list[EventInfo]:
    """Drop the events of a sport article, and of a sentence that reports a match in any article,
    unless a state's organ or an international body performs them."""
    if not events:
        return events
    sport_article = is_sport_article(doc)
    return [
        e
        for e in events
        if acts_for_a_state(e.source) or not (sport_article or reports_a_match(e.trigger.sent))
    ]


# the police of a sport story arrest fans and players for their crimes ("wurde nach einem Autounfall
# vorübergehend festgenommen"), not for politics
SPORT_POLITICAL_SECTORS = STATE_SECTORS - {"COP"}


def acts_for_a_state(source: Span | None) -> bool:
    """A government, army, court, parliament or intelligence service, or an international body: never a
    team, which a match report names by its bare state ("Italien", "die deutsche Elf")."""
    actor = actor_of(source) if source is not None else None
    if actor is None:
        return False
    return (actor.actor_code or "").startswith(IGO_PREFIX) or actor.sector in SPORT_POLITICAL_SECTORS


def reports_a_match(sentence: Span) -> bool:
    return any(t.lower_ in MATCH_WORDS for t in sentence)


def is_sport_article(doc: Doc) -> bool:
    """Cached on the doc: the coder asks once per sentence."""
    if "sport_article" not in doc.user_data:
        words = [w.lower() for w in WORD.findall(doc_text(doc))]
        uses = [w for w in words if w in MATCH_WORDS or w in SHARED_WORDS]
        dense = len(uses) * WORDS_PER_SPORT_WORD >= len(words)
        doc.user_data["sport_article"] = dense and len(set(uses)) >= ARTICLE_MIN_DISTINCT
    return doc.user_data["sport_article"]
