"""A state's institutions and people named without the state ("die Polizei", "das
Innenministerium", "Demonstranten", "Dutzende Frauen"): entities of the state the passage is about."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_bodies_named_again import body_named_before
from lagebild.pipeline.actor_body_heads import head_named_after
from lagebild.pipeline.actor_body_patients import foreign_office, outside_patients
from lagebild.pipeline.actor_body_places import DATELINE_MARKS, bystanders_before, dateline_state
from lagebild.pipeline.actor_capitals import DEPLOYABLE_HEADS, POSTED_ABROAD
from lagebild.pipeline.actor_crowd_places import clues_placing_crowd
from lagebild.pipeline.actor_groups import AGENT_GROUP_SENTENCE_WINDOW
from lagebild.pipeline.actor_home_state import foreign_home_state
from lagebild.pipeline.actor_lexicon import (
    BARE_PLURAL_INSTITUTIONS_DE,
    CIVILIANS_DE,
    CROWD_COUNTS_DE,
    DETERMINERS_DE,
    GROUP_COUNTS_DE,
    MEMBERS_OF_PARLIAMENT_DE,
    MINISTRY_ENDINGS,
    POSSESSIVES_DE,
    PROTESTERS_DE,
    STATE_INSTITUTIONS_DE,
    STATE_NOUNS_DE,
    UNKNOWN_GUNMEN_DE,
    rebel_sector_de,
)
from lagebild.pipeline.actor_passage import (
    INSTITUTION_SENTENCE_WINDOW,
    StateClue,
    adjective_states,
    dominant_state,
    institution_state,
    locates,
    sector_of,
    state_named_first,
    state_of,
)
from lagebild.pipeline.actor_union_parties import union_as_german_parties
from lagebild.pipeline.actor_unowned_bodies import (
    COURT_REFERENCES_DE,
    court_named_before,
    demonstrative,
    domestic_group_sector,
    introducing_article,
    seat_in_name,
    unowned_body_sector,
)
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.segmentation import paragraph_opening
from lagebild.pipeline.word_classes import SEAT_PREPOSITIONS_DE, STATE_SECTORS, SUBJECT_DEPS

# A ministry's word part and its minister's: "Verteidigungsministerium", "Verteidigungsminister".
MINISTRY_HEAD = "ministerium"
MINISTER_WORD = "minister"
# After a singular article a group noun is one person: "die Freilassung des Gefangenen".
SINGULAR_CASES_DE = {"des", "dem", "Des", "Dem"}
# "In Somalia", "im Sudan": where a clause happens.
SITE_PREPOSITIONS_DE = {"in", "In", "im", "Im"}
# "in die"/"in das" name where people are sent, not where they are: "222 Häftlinge in die USA
# abgeschoben" are not the United States' ("in den" is a dative plural place as often: "in den USA")
DIRECTION_PREPOSITION, DIRECTION_ARTICLES = "in", ("die", "das")
# Articles that make a rebel noun one person ("eines Rebellen") and the singular collectives they do not.
ONE_PERSON_ARTICLES_DE = {"des", "dem", "einem", "eines", "einen"}
REBEL_COLLECTIVES_DE = ("miliz", "guerilla", "bande", "gruppe")
# Sectors of actors that own no state institution: armed groups and companies.
NOT_STATE_SECTORS = {"REB", "BUS"}
# Bodies a story has only one of: once placed, the same word keeps its state.
ONE_PER_STATE_DE = {"Junta", "Militärjunta", "Militärregierung", "Militärrat", "Übergangsrat", "Regime"}
RULING_BODIES_DE = tuple(sorted(ONE_PER_STATE_DE))
# Bodies that govern the state a story is about, where their sentence names none: "die Regierung".
STORY_STATE_BODIES_DE = {"Regierung"}
# Heads of compounds that are a state's bodies whatever the first part: "Übergangsregierung",
# "Kriminalpolizei", "Militärkommando".
STATE_BODY_HEADS_DE = {"regierung": "GOV", "polizei": "COP", "kommando": "MIL", "präsidentschaft": "GOV"}
# First parts that make such a compound no state's body: "Terrorkommando", "Exilregierung".
NON_STATE_PREFIXES_DE = ("Terror", "Exil", "Rebellen", "Schatten", "Gegen")
# Bodies that act where they are, placed (like protesters) by places, adjectives and institutions,
# not by the people a sentence names: the police ("die Polizei", "die Bereitschaftspolizei"); not its
# officers, whom a speaker abroad may address ("rief Beamte und Polizisten auf").
LOCAL_BODIES = ("Polizei", "polizei")
# the sectors of bodies that deal with other states: governments, ministries, parliaments
DIPLOMATIC_SECTORS = ("GOV", "LEG")
# The words for a state's government as a whole: "die Regierung", "die Führung".
GOVERNMENTS_DE = {"Regierung", "Führung", "Staatsführung"}
# The words that join the bodies of a list: "Armee und Polizei".
LISTING_WORDS_DE = {"und", "sowie"}
KIND_PREPOSITION = "von"
# Words after such a noun that name its owner: "die Regierung in Kiew", "die Armee des Landes".
OWNER_FOLLOWS = {"in", "im", "von", "des", "der", "aus"}
# Words after armed men that name their group or camp: "Bewaffnete der Miliz", "aus dem Lager des ...".
GROUP_OWNER_WORDS = {"des", "der", "aus"}
# Attributes that tie armed men to the state they act for: "regierungsnahe", "staatstreue Bewaffnete".
STATE_SIDE_PREFIXES = ("regierungs", "staats", "armee", "militär", "polizei")
# Verbs of a speaker appealing to a body, particle first ("forderte die Armee auf" -> "aufforderte"): the
# lemma, and the past forms the lemmatizer often leaves as they are.
APPEAL_VERBS_DE = {
    "auffordern", "aufforderte", "aufforderten", "auffordert", "aufrufen", "aufrief", "aufriefen", "aufruft",
    "mahnen", "mahnte", "mahnten", "mahnt", "ermahnen", "ermahnte", "drängen", "drängte", "drängten", "drängt",
}  # fmt: skip


def state_institutions(doc: Doc, taken: set[int], candidates: list, sentence_of: list[int], index):
    """'die Polizei', 'das Innenministerium', 'die Generalstaatsanwaltschaft', 'Demonstranten' without an owner: the
    institution of the state the text is about there. That is the state of an actor, capital or
    country adjective in the sentence ("In Tiflis hat die Polizei ..." is Georgia's police), else the
    nearest one in the two sentences before (unless that is a capital or speaker acting: then the
    state of the article's bodies placed before), else the state that clearly dominates the article so far
    (a report on protests names the state once, then only its police and ministries). Each institution
    found counts as context for the next. An owner after the noun ("die Armee Russlands", "die
    Regierung in Kiew") is read elsewhere. Rebels are placed like protesters, unless a named rebel
    group comes just before ("die Miliz" after "die Huthi"); a junta keeps the state it was first
    read with. A body a foreign speaker appeals to ("Blinken forderte die Armee auf") is the one of
    the state the article is about, and a state named as an embassy's owner ("stürmten die
    Botschaften Frankreichs") places nobody. A government named by its head ("die Regierung
    Netanjahu") is the head's state; where its own sentence names no state before it, a body in a
    paragraph opened by a dateline ("Jerewan – ...") is the dateline's, and a bare "die Regierung" is
    of the state the article clearly names most so far, not of a reacting state named just before.
    Courts, regulators, the regime and domestic groups without their state are read the same way
    (`actor_unowned_bodies`); a ruling body is also named by its people ("Juntachef ..."), and a body
    acting right after another body of one state acted is that state's. Armed men no adjective, group or place of their sentence names
    ("Bewaffnete erschossen ...") are of no state, though they still place the bodies after them."""
    # "die Union" of German party politics is CDU/CSU, a German actor that places bodies after it too
    union_as_german_parties(doc, candidates, sentence_of)
    context = [c for c in candidates if state_of(c)] + adjective_states(doc, taken, index)
    found = []
    bodies = []  # the institutions placed so far, as context clues
    for i, token in enumerate(doc):
        if _names_no_body(token.text):
            continue
        counted = counted_group(doc, i) if token.text in CIVILIANS_DE else None
        protesters = (
            PROTESTERS_DE.get(token.text)
            or rebel_sector_de(token.text)
            or CIVILIANS_DE.get(token.text)
            or _crowd_alone(doc, i)
            or domestic_group_sector(token.text)
        )
        sector = protesters or _institution_sector(token.text) or BARE_PLURAL_INSTITUTIONS_DE.get(token.text)
        if sector is None or i in taken:
            continue
        determiner = determiner_start(doc, i) if i > 0 else None
        # "ein Gericht" is a state's court like "das Gericht"; "dieselbe Armee" the one named before
        introduced = introducing_article(doc, i) if determiner is None and not protesters else None
        if introduced is not None and (sector == "JUD" or demonstrative(doc, introduced)):
            determiner = introduced
        if token.text in COURT_REFERENCES_DE and court_named_before(doc, i):
            continue
        if counted is not None:
            determiner = counted
        elif (
            token.text in CIVILIANS_DE
            and determiner is not None
            and doc[determiner].text in SINGULAR_CASES_DE
        ):
            continue  # "die Freilassung des Gefangenen": one person, no group
        # not after a possessive: "seine Soldaten" are the owner's, read elsewhere
        plural = token.text in BARE_PLURAL_INSTITUTIONS_DE or (
            protesters and token.text not in CIVILIANS_DE and token.text.endswith(("en", "er", "e"))
        )
        listed = determiner is None and not plural and _listed_bare(doc, i)
        bare_ok = (i == 0 or doc[i - 1].text not in POSSESSIVES_DE) and (plural or listed)
        if not (determiner is not None or bare_ok):
            continue
        rebels = rebel_sector_de(token.text) is not None
        if rebels and (i + 1 in taken or _one_person(doc, i)):
            continue  # "die Guerilla ELN": the name after it is the actor; "eines Rebellen": one man
        # "die Polizei in Lahore", "Demonstranten in Eriwan": a place right after names the state
        seat = _place_after(doc, context, i)
        if seat is None and _owner_follows(doc, i, taken):
            continue
        # protesters belong to where they are, not to who speaks of them ("Sprecher Miller verurteilte
        # die Gewalt gegen Demonstranten"): only places, adjectives and institutions locate them
        # and the police acts where it is: "verbrannten Demonstranten eine Puppe Modis, die Polizei nahm
        # mehrere fest" is the police of the protesters' state, not of the person they burned
        local = [c for c in context if locates(c)] if protesters or _local_body(token.text) else context
        if not protesters and _local_body(token.text):
            # and so do the persons of its own sentence no one acts on: "nach dem Anschlag auf
            # Ministerpräsident al-Kadhimi hat die Polizei ..."
            local = local + bystanders_before(context, token, sentence_of)
        # a mission abroad ("vor der französischen Botschaft") names a foreign state present there
        local = [c for c in local if not _mission_abroad(c.span)]
        # a foreign office judging the body names the other side: "Das US-Außenministerium verurteilte
        # das Vorgehen der Sicherheitskräfte" are not US forces, however often the passage names the US
        judges = {c.actor.country for c in context if _foreign_office_judging(c, token)}
        local = [c for c in local if c.actor.country not in judges]
        # a state's army or cabinet belongs to a state named nearby before an armed group or a
        # company named nearby: "die Armee" after Hamas and Israel is Israel's, "das Kabinett
        # genehmigte den Einstieg der Reederei Cosco" is not China's
        states = [c for c in local if sector_of(c) not in NOT_STATE_SECTORS]
        states = local if protesters else states
        # only a definite group names one the article spoke of: "die Miliz" after "die Huthi" is
        # that group, "mehrere Rebellengruppen", "Bewaffnete" or "die Bande Gran Grif" are new ones
        anaphoric = (
            rebels
            and determiner is not None
            and doc[determiner].text in DETERMINERS_DE
            and not _name_follows(doc, i)
        )
        same_sentence = [c for c in states if sentence_of[c.span.start] == sentence_of[i]]
        # by nearness only clues outside what the body acts on: "das Außenministerium bestellte den
        # russischen Botschafter ein" is not Russia's; where the article names no other state, the
        # story is domestic ("Die Polizei nahm Afghanen fest" in a report on Afghanistan)
        near_states = outside_patients(states, token) or states
        near_local = outside_patients(local, token) or local
        if sector in DIPLOMATIC_SECTORS:
            # what a government, ministry or parliament names after it in its sentence is what it acts
            # on or where it acts ("ließ die Regierung die Programme des US-Senders sperren", "haben
            # sich die Huthis und die Regierung in der Schweiz geeinigt"), not whose it is; police,
            # courts, armies and the opposition act at home, where their sentence says
            near_states = _before_or_elsewhere(near_states, i, sentence_of)
            near_local = _before_or_elsewhere(near_local, i, sentence_of)
        elif protesters and not rebels and token.dep_ in SUBJECT_DEPS:
            # a crowd or civic group that acts is not of the states it protests against or asks of
            # after it in its sentence, only of where it says it is (`actor_crowd_places`); one acted
            # on is named with its state after it ("lobte den Mut der Protestierenden und forderte
            # Caracas auf", "Häftlinge, unter ihnen zwei Franzosen")
            near_states = clues_placing_crowd(near_states, i, sentence_of)
            near_local = clues_placing_crowd(near_local, i, sentence_of)
        head = head_named_after(context, token)
        if listed:
            # a body listed without an article ("Polizei und Küstenwache brachten das Schiff unter ihre
            # Kontrolle") is placed where its sentence says it acts ("In Colombo haben Polizei und Armee
            # ...") or by the story's state, not by the nearest state named before it (the flag state
            # of the ship the story is about) nor by the nationality of a body listed with it
            country = (
                seat
                or _place_before(local, i, sentence_of)
                or dominant_state([c for c in context if c.span.end <= i])
            )
        else:
            country = (
                # "mehrere irakische Milizen" after "die libanesische Hisbollah": the adjective says whose
                (index.adjectives.get(doc[i - 1].text) if i else None)
                or seat
                # "das Verwaltungsgericht Köln": a court named by its seat is that seat's state's
                or (seat_in_name(doc, i) if sector == "JUD" else None)
                # "die Regierung Netanjahu", "die Junta unter General Min Aung Hlaing": its head's state
                or (state_of(head) if head is not None else None)
                or _same_body_before(context, token.text, i)
                # a ruling body of a story on one state is that state's, not a reacting state's named next to it
                # ("Sollte das Regime die Festgenommenen nicht freilassen, dürften Washington und die EU ..."):
                # the state the article clearly names most so far, else the one most of its bodies are of
                or (
                    dominant_state([c for c in context if c.span.end <= i])
                    if token.text in ONE_PER_STATE_DE
                    else None
                )
                or (_most_bodies_state(_state_bodies(bodies), i) if token.text in ONE_PER_STATE_DE else None)
                # "In Somalia ... die Shabaab-Miliz": a place or adjective before it in the sentence says
                # where rebels fight, before any group the article named earlier
                or (_place_before(local, i, sentence_of) if rebels else None)
                or (_named_rebels_before(context, i, sentence_of) if anaphoric else None)
                # rebels the article named further back are still its rebels unless a state is named
                # with them: "Am Abend bestritten die Rebellen ..." after Oman and Jordan were thanked
                or (institution_state(same_sentence, i, sentence_of) if rebels else None)
                or (_named_rebels_before(context, i, sentence_of, window=len(doc)) if anaphoric else None)
                # "Jerewan – ... Bei Straßenblockaden nahm die Polizei Dutzende fest": the paragraph's dateline
                or dateline_state(doc, context, i, sentence_of)
                # "der israelischen Polizei … Die Polizei setzte …": the body just named with its state
                or (None if protesters else body_named_before(context, token, sentence_of))
                # "Bamako – ... Die Regierung wies die Vorwürfe zurück": a government whose sentence names
                # no state before it is that of the state the story clearly names most so far, not that
                # of the Russian fighters or the state reacting named just before
                or (_story_state(context, i, sentence_of) if token.text in STORY_STATE_BODIES_DE else None)
                # "Innenministerin Varga … das Innenministerium": the ministry of the
                # minister of that office named last, where its own sentence names no state
                or (None if same_sentence else _minister_named_before(context, token.text, i))
                # a foreign office speaks for the capital acting just before it ("Washington verhängte
                # Sanktionen. Das Außenministerium entzog ihm das Visum"), not for the story's bodies
                or (
                    None
                    if foreign_office(token.text)
                    else _earlier_body_state(states, bodies, i, sentence_of)
                )
                or _addressed_body_state(doc[i], states, context, bodies, sentence_of)
                or (None if protesters else _acting_body_before(doc[i], states, bodies, sentence_of))
                # "Polizisten sperrten den Platz vor dem Parlament in Lima ab", "Sicherheitskräfte nahmen ihn in
                # Grodno fest": the police and security forces act where their clause says
                or (_site_of_clause(doc[i], context, sentence_of) if sector == "COP" else None)
                or institution_state(near_states, i, sentence_of)
                or institution_state(near_local, i, sentence_of)
                or dominant_state([c for c in context if c.span.end <= i])
                # an Austrian or Swiss article's own bodies when nothing nearer names a state
                or (None if same_sentence else foreign_home_state(doc))
            )
        if country is None:
            continue
        span = Span(doc, i if determiner is None else determiner, i + 1, label="ORG")
        if any(span.start < other.end and other.start < span.end for other, _ in found):
            continue  # one phrase, one actor: the count of "Tausende junger Menschen" was read already
        # an actor of its own (not the one it was read from), named as written like an unnamed
        # office holder: a quote's speaker stays "die Polizei"
        actor = ActorRef(name=span.text, country=country, actor_code=f"{country}{sector}")
        # unknown attackers have no side of their own, but where they struck still places the story's bodies
        unknown = (
            seat is None and _place_before(local, i, sentence_of) is None and _unknown_gunmen(doc, i, index)
        )
        found.append((span, ActorRef(name=span.text, actor_code=sector) if unknown else actor))
        if token.text in MEMBERS_OF_PARLIAMENT_DE:
            continue  # they travel and lobby abroad: no clue where the story's bodies act
        context.append(StateClue(span, actor))
        bodies.append(context[-1])
    return found


def _unknown_gunmen(doc: Doc, i: int, index) -> bool:
    """'Bewaffnete erschossen zwölf Menschen': armed men named by no state adjective ("serbische
    Bewaffnete"), no group or camp after them ("Bewaffnete der Miliz", "aus dem Lager des
    Ex-Präsidenten"), no tie to the state ("regierungsnahe Bewaffnete") and not themselves an adjective
    before a people ("Bewaffnete Serben") are attackers no one has named: their side stays open."""
    if doc[i].text not in UNKNOWN_GUNMEN_DE or (i and index.adjectives.get(doc[i - 1].text)):
        return False
    if i and doc[i - 1].lower_.startswith(STATE_SIDE_PREFIXES):
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    return following is None or not (
        following.text in GROUP_OWNER_WORDS or following.pos_ in {"NOUN", "PROPN"}
    )


def _foreign_office_judging(clue, body) -> bool:
    """The clue is the subject of a clause whose object holds the body and speaks for a foreign office
    ("Das US-Außenministerium verurteilte das Vorgehen der Sicherheitskräfte", "Ein Sprecher des
    Außenministeriums verurteilt die Gewalt gegen Demonstranten"): foreign offices judge other states'
    police and protesters, so the body is not the speaker's."""
    subject = clue.span.root
    if (
        subject.dep_ not in SUBJECT_DEPS
        or body.dep_ in SUBJECT_DEPS
        or clue.span.start <= body.i < clue.span.end
    ):
        return False
    verb = subject.head
    if verb.i == body.i or verb not in body.ancestors:
        return False
    return any(foreign_office(t.text) for t in subject.subtree)


def _earlier_body_state(states: list, bodies: list, i: int, sentence_of: list[int]) -> str | None:
    """A bare body ("die Polizei", "die Behörden") or protesters with no state named in the sentence,
    after sentences whose last clue is a capital, state or speaker acting ("Moskau drohte ...",
    "Blinken sagte ..."), is the state of the article's bodies placed before: a report on Moldova that
    quotes Moscow goes on with Moldova's police, and "Brüssel verlangte die Freilassung friedlicher
    Demonstranten" after Mexico and Moscow reacted to protests in Cuba are Cuba's. A place, adjective
    or body as the last clue, or any clue in the same sentence ("In Moskau nahm die Polizei ..."),
    still decides as before. A bare government is the state the passage names most so far instead."""
    sentence = sentence_of[i]
    if any(sentence_of[c.span.start] == sentence for c in states):
        return None
    recent = [c for c in states if 0 < sentence - sentence_of[c.span.start] <= INSTITUTION_SENTENCE_WINDOW]
    if not recent or not _names_an_actor(max(recent, key=lambda c: c.span.end)):
        return None
    doc = recent[0].span.doc
    # a government speaks for the state the story is about, whose bodies the story may hardly name
    # ("Und wie antwortete Ruanda? Die Regierung wies ... zurück" after a passage on Belgium's
    # police and prosecutors): the state named most so far, not the one most bodies were placed in
    placed = states if doc[i].text in GOVERNMENTS_DE else bodies
    # a round-up moves from country to country by paragraph ("Lima: ...", "In Tiflis ..."): in a
    # paragraph that opens with its place only its own clues count
    opening = paragraph_opening(doc, doc[i].idx)
    if _opens_with_place(doc, opening, states):
        placed = [b for b in placed if b.span.start_char > opening]
    return _most_bodies_state(placed, i)


def _most_bodies_state(bodies: list, i: int) -> str | None:
    """The state most bodies (or, given all clues, most mentions) before token i were placed in, the
    latest on a tie: one body placed abroad ("Abgeordnete in Bischkek") does not move the story there."""
    earlier = [state_of(b) for b in bodies if b.span.end <= i and state_of(b)]
    if not earlier:
        return None
    counts = Counter(earlier)
    return max(reversed(earlier), key=counts.__getitem__)


def _addressed_body_state(
    token, states: list, context: list, bodies: list, sentence_of: list[int]
) -> str | None:
    """'Blinken forderte die Armee auf, ...', 'Véran rief die Militärs auf': a body a speaker appeals to
    is the one of the state the article is about, not the speaker's. Where its sentence names no
    place, the state most of the article's bodies were placed in so far, else its dominant state."""
    verb = token.head
    particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
    if (particle + verb.lower_) not in APPEAL_VERBS_DE and (particle + verb.lemma_) not in APPEAL_VERBS_DE:
        return None
    # addressed, not the one who appeals: another subject of the verb (or of the verb it is
    # coordinated with: "nannte ... und forderte die Armee auf") comes first; the parser reads "rief
    # die Militärs auf" with two subjects at times
    clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if not any(c.dep_ == "nsubj" and c.i < token.i for v in clauses for c in v.children):
        return None
    i, sentence = token.i, sentence_of[token.i]
    # "In Paris rief Véran die Polizei auf", "Bei einem Besuch in Nairobi drängte Blinken die Regierung":
    # a place before the body says whose, also where the speaker stands nearer to it; one after it names
    # what the body is asked to deal with ("drängte die Regierung, die Swap-Linie mit der chinesischen
    # Zentralbank aufzukündigen")
    site = _place_before(states, i, sentence_of)
    if site is not None:
        return site
    if any(sentence_of[c.span.start] == sentence and c.span.end <= i and locates(c) for c in states):
        return None
    return _most_bodies_state(bodies, i) or dominant_state([c for c in context if c.span.end <= i])


def _acting_body_before(token, states: list, bodies: list, sentence_of: list[int]) -> str | None:
    """'Außerdem setzte die Zollbehörde die Einfuhr aus den USA aus. Die Marktaufsicht nahm sich ...
    vor': a body as subject, with no state named before it in its sentence, right after a sentence whose
    subject was a state body, goes on the report of that state's bodies; the states the earlier body
    acted on are not its own."""
    if token.dep_ not in SUBJECT_DEPS:
        return None
    sentence = sentence_of[token.i]
    if any(sentence_of[c.span.start] == sentence and c.span.end <= token.i for c in states):
        return None
    acting = {
        state_of(b)
        for b in _state_bodies(bodies)
        if sentence_of[b.span.start] == sentence - 1 and b.span.root.dep_ in SUBJECT_DEPS
    }
    return acting.pop() if len(acting) == 1 else None


def _state_bodies(bodies: list) -> list:
    """The bodies of a state's own sectors, not the people (protesters, prisoners) placed with them."""
    return [b for b in bodies if sector_of(b) in STATE_SECTORS]


def _opens_with_place(doc: Doc, opening: int, states: list) -> bool:
    """Whether the paragraph after character `opening` starts with a place as a dateline ("Lima:",
    "Jerewan –") or a locative ("In Tiflis hat ...")."""
    first = next((t for t in doc if t.idx > opening and not t.is_space), None)
    if first is None:
        return False
    place = first.i + 1 if first.lower_ in SEAT_PREPOSITIONS_DE else first.i
    clue = next((c for c in states if c.span.start == place and locates(c)), None)
    if clue is None:
        return False
    return place > first.i or (clue.span.end < len(doc) and doc[clue.span.end].text in DATELINE_MARKS)


def _names_an_actor(clue) -> bool:
    """A capital, state or person named as one who acts or is addressed ("Moskau drohte", "empfahl
    den Amerikanern"), not a place after a preposition ("in Almaty") nor an adjective or body."""
    if isinstance(clue, StateClue):
        return False
    start = clue.span.start
    return start == 0 or clue.span.doc[start - 1].pos_ != "ADP"


def _owner_follows(doc: Doc, i: int, taken: set[int]) -> bool:
    """'die Regierung in Kiew', 'die Armee Russlands', 'die Polizei des Landes': the words after the
    noun name its owner. A preposition alone does not ("die Polizei in der Nacht")."""
    following = doc[i + 1].text if i + 1 < len(doc) else ""
    if i + 1 in taken and following.endswith("s"):
        return True
    if following not in OWNER_FOLLOWS:
        return False
    after = doc[i + 2 : i + 4]
    named = any(t.i in taken or t.ent_type_ in {"LOC", "GPE"} for t in after)
    return named or any(t.text in STATE_NOUNS_DE for t in after)


def _place_after(doc: Doc, context: list, i: int) -> str | None:
    """The state of a place or state named right after noun i by "in"/"im"/"aus" (one article
    between at most): "die Staatsanwaltschaft in Marseille", "Demonstranten im Sudan". A capital read
    as a government is no place here; that reading is `_seated_institutions`'s. Troops and envoys
    are sent abroad: "die Soldaten in Mali" are not Mali's."""
    if i + 2 >= len(doc) or doc[i + 1].text not in SEAT_PREPOSITIONS_DE:
        return None
    if doc[i].text.lower().endswith(DEPLOYABLE_HEADS) or _mission_abroad(doc[i : i + 1]):
        return None
    if doc[i + 1].text == DIRECTION_PREPOSITION and doc[i + 2].text in DIRECTION_ARTICLES:
        return None
    starts = {i + 2, i + 3} if doc[i + 2].text in DETERMINERS_DE else {i + 2}
    for clue in context:
        if clue.span.start in starts and locates(clue):
            return state_of(clue)
    return None


def counted_group(doc: Doc, i: int) -> int | None:
    """Where the count before a group noun stands: 'Dutzende Frauen', '18 Menschen', 'einige
    männliche Studenten' (one adjective between)."""
    for k in (i - 1, i - 2):
        if k < 0 or (k == i - 2 and not doc[i - 1].text.islower()):
            return None
        if doc[k].text in GROUP_COUNTS_DE or doc[k].text.replace(".", "").isdigit():
            return k
    return None


def _listed_bare(doc: Doc, i: int) -> bool:
    """A state body named without an article in a list of bodies: "Armee und Polizei verweigerten ihm
    die Gefolgschaft", "Polizei und kenianische Einsatzkräfte lieferten sich Gefechte". News drops the
    article of listed bodies; such a list names the state's forces as "die Polizei" does."""
    if _institution_sector(doc[i].text) is None:
        return False
    if i >= 2 and doc[i - 1].lower_ in LISTING_WORDS_DE and doc[i - 2].pos_ == "NOUN":
        first = i - 2
    else:
        # the next body may have an adjective of its own ("und kenianische Einsatzkräfte")
        listing = i + 1 < len(doc) and doc[i + 1].lower_ in LISTING_WORDS_DE
        following = doc[i + 2 : min(i + 4, len(doc))] if listing else []
        noun = next((t for t in following if t.pos_ != "ADJ"), None)
        if noun is None or noun.pos_ != "NOUN":
            return False
        first = i
    # "die Zusammenarbeit von Polizei und Justiz": the kinds of body a thing concerns, no body acting
    return first == 0 or doc[first - 1].lower_ != KIND_PREPOSITION


def determiner_start(doc: Doc, i: int) -> int | None:
    """Where the article before noun i stands: right before it ("die Polizei") or before one
    adjective ("die staatliche Ombudsstelle", "der regionalen Polizei")."""
    if doc[i - 1].text in DETERMINERS_DE:
        return i - 1
    adjective = doc[i - 1].text.islower() and doc[i - 1].text.endswith(("e", "en"))
    if adjective and i >= 2 and doc[i - 2].text in DETERMINERS_DE:
        return i - 2
    return None


def _mission_abroad(span: Span) -> bool:
    """'die französische Botschaft', 'vor indischen Konsulaten', 'die Botschaften Frankreichs, Belgiens
    und Ruandas': the state's mission in another one."""
    doc = span.doc
    words = [doc[span.end - 1].text] + ([doc[span.end].text] if span.end < len(doc) else [])
    return any(w.startswith(POSTED_ABROAD) for w in words) or _owner_of_mission(doc, span.start)


def _owner_of_mission(doc: Doc, start: int) -> bool:
    """Whether the state named at `start` is a genitive owner after a mission noun, first or in a
    list of owners: "die Botschaften Frankreichs, Belgiens und Ruandas"."""
    k = start - 1
    # back over the owners named before it in the list: ", Belgiens und"
    while k >= 0 and (doc[k].text in {",", "und", "sowie"} or _genitive_name(doc[k].text)):
        k -= 1
    return k >= 0 and doc[k].text.startswith(POSTED_ABROAD)


def _genitive_name(word: str) -> bool:
    return word[:1].isupper() and word.endswith("s") and not word.startswith(POSTED_ABROAD)


def _same_body_before(context: list, word: str, i: int) -> str | None:
    """'die Junta' once read as Niger's stays Niger's when the summit of its neighbours follows: a
    state has one junta, so the word names the body an earlier mention named. A ruling body is also
    named by its people ("Juntachef Min Aung Hlaing", "Juntasprecher Zaw Min Tun"), and the regime is
    the junta: "das Regime" after the junta is the same body."""
    if word not in ONE_PER_STATE_DE:
        return None
    return _state_named_last(context, i, _names_ruling_body)


def _minister_named_before(context: list, word: str, i: int) -> str | None:
    """The state of the minister of the office a bare ministry names, named last before it
    ("Innenministerin Ilona Varga", "US-Außenministerin"): his ministry."""
    office = word.lower().rfind(MINISTRY_HEAD)
    if office <= 0 or not word.endswith(MINISTRY_ENDINGS):
        return None
    minister = word[:office] + MINISTER_WORD
    return _state_named_last(context, i, lambda span: _names_office(span, minister))


def _state_named_last(context: list, i: int, names_it: Callable[[Span], bool]) -> str | None:
    """The state of the last mention before `i` whose span `names_it`."""
    earlier = [c for c in context if c.span.end <= i and names_it(c.span)]
    return state_of(max(earlier, key=lambda c: c.span.end)) if earlier else None


def _names_office(span: Span, minister: str) -> bool:
    """Whether a mention names a minister of the office: a word of it, or the role word right before
    it, is the office's minister, with a state's prefix or not ("Außenminister", "US-Außenministerin";
    not the ministry itself)."""
    return any(
        w.split("-")[-1].startswith(minister) and MINISTRY_HEAD not in w for w in _words_and_role_word(span)
    )


def _names_ruling_body(span: Span) -> bool:
    """Whether a mention names a ruling body or one of its people: a word of it starts with the body's
    name ("die Junta"), or the role word right before it is a compound of it ("Juntachef Min Aung
    Hlaing"). The bare name before a mention is no role word: in "stellte die Junta dem Botschafter ein
    Ultimatum" (often read as one phrase) the one after it is who the body acts on."""
    if any(t.text.startswith(RULING_BODIES_DE) for t in span):
        return True
    before = span.doc[span.start - 1].text if span.start else ""
    return before.startswith(RULING_BODIES_DE) and before not in ONE_PER_STATE_DE


def _words_and_role_word(span: Span) -> list[str]:
    """A mention's words and the word right before it, where a role word stands ("Juntachef …")."""
    doc = span.doc
    return [t.text for t in span] + ([doc[span.start - 1].text] if span.start > 0 else [])


def _named_rebels_before(
    context: list, i: int, sentence_of: list[int], window: int = AGENT_GROUP_SENTENCE_WINDOW
) -> str | None:
    """'die Miliz' after 'die Huthi' is that group, whose state is not that of the capital that
    speaks of it ("Teheran bestreitet, die Miliz zu beliefern")."""
    sentence = sentence_of[i]
    rebels = [
        c
        for c in context
        if c.span.end <= i and sector_of(c) == "REB" and sentence - sentence_of[c.span.start] <= window
    ]
    return state_of(max(rebels, key=lambda c: c.span.end)) if rebels else None


def _name_follows(doc: Doc, i: int) -> bool:
    """'die Bande Gran Grif', 'die Miliz „Nudschaba“': a name after the noun introduces the group."""
    k = i + 1 if i + 1 < len(doc) and doc[i + 1].text not in {"„", '"'} else i + 2
    return k < len(doc) and doc[k].pos_ == "PROPN"


def _place_before(local: list, i: int, sentence_of: list[int]) -> str | None:
    """The state of the nearest place after "in"/"im" before token i in its sentence ("In Somalia
    ..."); a capital that acts ("Teheran bestreitet, die Miliz zu beliefern"), a speaker's seat ("Aus
    Riad hieß es") or a nationality ("kenianische Polizisten ... mit der Bande") is not where rebels
    fight."""
    before = [
        c
        for c in local
        if c.span.end <= i
        and sentence_of[c.span.start] == sentence_of[i]
        and getattr(c, "place_name", False)
        and c.span.start > 0
        and c.span.doc[c.span.start - 1].text in SITE_PREPOSITIONS_DE
    ]
    return state_of(max(before, key=lambda c: c.span.end)) if before else None


def _one_person(doc: Doc, i: int) -> bool:
    """'eines Rebellen', 'einem verurteilten Islamisten', 'des Separatisten': a singular article (one
    adjective between at most) makes a rebel noun one man, no group. Collectives ("der Miliz") stay."""
    if doc[i].text.lower().endswith(REBEL_COLLECTIVES_DE):
        return False
    article = doc[i - 2] if i >= 2 and doc[i - 1].text.islower() else doc[i - 1]
    return article.text.lower() in ONE_PERSON_ARTICLES_DE


def _crowd_alone(doc: Doc, i: int) -> str | None:
    """'Tausende demonstrierten', 'Zehntausende, viele mit Fahnen, ...': a large count with no noun
    after it is a crowd of people, civilians of where they are. With a noun after it ("Tausende
    Kurden", "Hunderte Euro") the noun says who or what is counted."""
    if doc[i].text not in CROWD_COUNTS_DE:
        return None
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and (following.text[:1].isupper() or following.lower_ == "von"):
        return None
    if following is not None and following.pos_ == "ADJ":
        return None  # "Tausende junge Menschen": the noun after the adjective is counted
    return CIVILIANS_DE["Zivilisten"]


def _before_or_elsewhere(clues: list, i: int, sentence_of: list[int]) -> list:
    """The clues outside the part of the body's sentence after it."""
    return [c for c in clues if c.span.start < i or sentence_of[c.span.start] != sentence_of[i]]


def _site_of_clause(token, context: list, sentence_of: list[int]) -> str | None:
    """The state of the first place named with "in"/"im" after a subject in its clause ("Polizisten
    räumten das Lager in Calais"): a body acting there is that place's, even where the place belongs
    to what it acts on."""
    if token.dep_ not in SUBJECT_DEPS:
        return None
    clause = {t.i for t in token.head.subtree}
    sites = [
        c
        for c in context
        if c.span.start > token.i
        and c.span.start in clause
        and sentence_of[c.span.start] == sentence_of[token.i]
        and getattr(c, "place_name", False)
        and c.span.doc[c.span.start - 1].text in SITE_PREPOSITIONS_DE
    ]
    return state_of(min(sites, key=lambda c: c.span.start)) if sites else None


def _local_body(word: str) -> bool:
    return word.endswith(LOCAL_BODIES)


@lru_cache(maxsize=1 << 16)
def _names_no_body(word: str) -> bool:
    """Whether the word can name no protesters, civilians, rebels or state body on its own: the loop
    over every token of the article asks the word lexicons once per distinct word, not per token. A
    crowd count ("Tausende") depends on the word after it, so it is never ruled out here."""
    if word in CROWD_COUNTS_DE:
        return False
    protesters = (
        PROTESTERS_DE.get(word)
        or rebel_sector_de(word)
        or CIVILIANS_DE.get(word)
        or domestic_group_sector(word)
    )
    return (protesters or _institution_sector(word) or BARE_PLURAL_INSTITUTIONS_DE.get(word)) is None


def _institution_sector(word: str) -> str | None:
    for form in (word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("n")):
        if form in STATE_INSTITUTIONS_DE:
            return STATE_INSTITUTIONS_DE[form]
    if not word[:1].isupper():
        return None
    if word.endswith(MINISTRY_ENDINGS):
        return "GOV"
    if sector := unowned_body_sector(word):
        return sector
    # "die Übergangsregierung", "die Zentralkriminalpolizei", "das Kriegsrechtskommando": a compound
    # of a state body's head is that body, unless its first part names a non-state group
    head = next((h for h in STATE_BODY_HEADS_DE if word.lower().endswith(h) and len(word) > len(h)), None)
    if head is None or word.startswith(NON_STATE_PREFIXES_DE):
        return None
    return STATE_BODY_HEADS_DE[head]


def _story_state(context: list, i: int, sentence_of: list[int]) -> str | None:
    """The state the article clearly names most before token i (its dateline counted), where the
    sentence of token i names no state before it."""
    if state_named_first(context, i, sentence_of):
        return None
    return dominant_state([c for c in context if c.span.end <= i])
