"""Plural groups and institutions named again without their state ("die Diplomaten", "the army"):
the nearest earlier mention of the same sector, or (English) the nearest state."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_lexicon import AGENT_GROUPS_DE, AGENTS_DE, agent_sector_de, agent_sector_en
from lagebild.pipeline.actor_passage import sector_of
from lagebild.pipeline.actor_references import Reference, nearest_mention
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import STATE_SECTORS

AGENT_GROUP_SENTENCE_WINDOW = 3
GROUP_DETERMINERS_DE = {"die", "den", "der", "Die", "Den", "diese", "diesen", "Diese"}


def agent_groups(doc: Doc, in_entity: set[int], mentions: list, sentence_of: list[int]) -> list[Reference]:
    """'Baerbock erklärte die Diplomaten zu unerwünschten Personen' after '40 Angehörige der russischen
    Botschaft': a definite plural group without a country of its own is the nearest earlier agent
    phrase of the same sector ("der russischen Botschaft", "russische Diplomaten") within three
    sentences."""
    refs = []
    for i, token in enumerate(doc):
        if token.text not in AGENT_GROUPS_DE or i in in_entity or i == 0:
            continue
        if doc[i - 1].text not in GROUP_DETERMINERS_DE:
            continue
        sector = AGENTS_DE[token.text]

        def same_sector(m, i=i, sector=sector) -> bool:
            head = m.span[-1].text
            return (
                agent_sector_de(head) == sector
                and m.actor.country is not None
                and sentence_of[i] - sentence_of[m.span.start] <= AGENT_GROUP_SENTENCE_WINDOW
            )

        antecedent = nearest_mention(mentions, i - 1, same_sector)
        if antecedent:
            refs.append(Reference(Span(doc, i - 1, i + 1), antecedent.actor, antecedent.span, None))
    return refs


def agent_groups_en(
    doc: Doc, in_entity: set[int], mentions: list, sentence_of: list[int], kb
) -> list[Reference]:
    """'The rebels', 'the army', 'police', 'the government' without a country: the nearest earlier
    mention of the same sector ("Sudanese rebels") within three sentences. A state institution
    (government, army, police) with no such mention is the one of the nearest earlier state or
    national actor ("Kenya ... police": Kenya's police), as agency copy names the country first."""
    refs = []
    for i, token in enumerate(doc):
        if i in in_entity or not token.text.isalpha():
            continue
        sector = agent_sector_en(token.text.lower(), kb.agents_en)
        definite = i > 0 and doc[i - 1].lower_ == "the" and (i - 1) not in in_entity
        if sector is None or not (definite or token.lower_ == "police"):
            continue
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].text[:1].isupper():
            continue  # "the president of Armenia": the owner follows
        if sector not in STATE_SECTORS and not definite:
            continue

        def near(m, i=i) -> bool:
            return (
                m.actor.country is not None
                and 0 <= sentence_of[i] - sentence_of[m.span.start] <= AGENT_GROUP_SENTENCE_WINDOW
            )

        def same_sector(m, sector=sector) -> bool:
            return near(m) and sector_of(m) == sector

        start = i - 1 if definite else i
        antecedent = nearest_mention(mentions, start, same_sector)
        if antecedent:
            refs.append(Reference(Span(doc, start, i + 1), antecedent.actor, antecedent.span, None))
            continue
        country_mention = nearest_mention(mentions, start, near) if sector in STATE_SECTORS else None
        if country_mention:
            country = country_mention.actor.country
            actor = ActorRef(
                name=f"{country}: {token.lower_}", country=country, actor_code=f"{country}{sector}"
            )
            refs.append(Reference(Span(doc, start, i + 1), actor, country_mention.span, None))
    return refs
