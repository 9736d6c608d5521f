"""Who meets whom: the two sides of a mutual event ("X und Y trafen sich", "Gespräche zwischen X und
Y"), the guest and the destination of a visit, the host of a meeting named by a noun."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    IGO_PREFIX,
    ActorIndex,
    actor_or_place,
    adjective_actor,
    children,
    clause_tokens,
    genitive_attributes,
    is_zu_infinitive,
    preposition_of,
    same_actor,
    side_of,
    subject_after_the_verb,
    subject_of,
    with_preposition,
)
from lagebild.events.codebook import ASKING_ROOTS, CEASEFIRE, CONCLUDED_AGREEMENT, MEETING_ROOT
from lagebild.events.context_targets import in_prepositional_phrase, last_two_sides
from lagebild.events.count_words import BOTH
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.gatherings import is_gathering
from lagebild.events.implicit_sources import group_sources, pair_named_before
from lagebild.events.initial_subjects import initial_name_subject
from lagebild.events.joint_parties import joint_parties
from lagebild.events.lexicon import PARTNER_TARGETS, VerbSet, german_lexicon, target_prepositions
from lagebild.events.meeting_words import MEDIATION, MEETING_SETTINGS, is_visit
from lagebild.events.news_media import is_the_press
from lagebild.events.sources import sources_and_patient
from lagebild.events.story_pairs import main_pair, mediating_sides
from lagebild.events.subject_repairs import clause_finite
from lagebild.events.targets_both_sides import conflict_sides, speaker_sides
from lagebild.events.targets_directed import acts_on_a_third_party, settles_with_a_partner, takes_up_a_tie
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.segmentation import sentence_before

MUTUAL_ROOTS = {"03", "04", "05", "06"}  # "X und Y vereinbarten / trafen sich": both directions
# verbs that are mutual whatever their root: "X und Y tauschten Gefangene aus" (0841) goes both ways
EXCHANGES = {"austauschen"}
# acts of these roots that each subject directs at a third party, not at its partner: "Washington und
# Brüssel lobten die Entscheidung" is no praise between Washington and Brussels
ONE_SIDED_CODES = ("051", "052", "053", "054", "055", "056")
# places named by a description of their state ("in die ukrainische Hauptstadt"), not by a name
DESCRIBED_PLACES = {"hauptstadt", "grenzstadt", "hafenstadt", "grenzregion", "front", "region"}
# a meeting named by a noun has no grammatical direction ("das Gipfeltreffen mit Biden"): both sides meet
MEETING_NOUN_CODES = {"040", "044", "046"}
# verbs by which a pair gathers to a meeting: "kamen Kagame und Tshisekedi zu einem Gipfel zusammen"
GATHERING_TO = VerbSet({
    "zusammenkommen": "kommt;kam;zusammengekommen", "zusammentreffen": "trifft;traf;zusammengetroffen",
})  # fmt: skip
GATHERED_TO = ("zu", "zum", "zur")
# a meeting as the occasion of what its participants did there or after it: "Bei ihrem Treffen
# vereinbarten …", "In ihrem Telefonat sagten …", "Nach ihrem Gespräch unterzeichneten …"
MEETING_OCCASIONS = MEETING_SETTINGS | {"nach"}
# an agreement concluded with a partner binds both: "Kiew schloss mit Paris ein Abkommen" is signed by
# Paris too, unlike a meeting ("X traf sich mit Y", one direction by the guidelines)
CONCLUDED_WITH_PARTNER = {CONCLUDED_AGREEMENT}
OFFER_TO_MEDIATE = "039"  # an offer to mediate goes to the parties it offers to go between
# prepositions by which a clause names who mediated its own act: "haben X und Y unter Vermittlung Z ein
# Abkommen unterzeichnet", "durch Vermittlung Katars"; the clause's subject are the parties
MEDIATED_BY = {"unter", "durch", "dank"}
# what may stand between the mediators of one genitive list: "Vermittlung Frankreichs und der USA"
MEDIATOR_LIST = {"DET", "ADJ", "CCONJ", "PUNCT"}
ARRIVAL_STEPS = 3  # how far up a misattached visit noun may be from the verb of its clause


def is_meeting_noun(trigger: Trigger) -> bool:
    return trigger.entry.kind == "N" and trigger.entry.code in MEETING_NOUN_CODES


def is_interview(trigger: Trigger) -> bool:
    """A meeting whose partner is a newspaper, a broadcaster or reporters is an interview: what was
    said there may be an event, the talk itself is none."""
    if not trigger.entry.code.startswith(MEETING_ROOT):
        return False
    return any(is_the_press(partner) for partner in _talk_partners(trigger.token))


def met_in_return(
    trigger: Trigger, pairs: Sequence[tuple[Span, Span | None]], guessed: Sequence[Span], actors: ActorIndex
) -> list[tuple[Span, Span]]:
    """The second direction of a meeting named by a noun: both sides met, as far as the sentence names
    them. A partner guessed from the sentences before is no ground for a second event, nor is the
    guest of a "mit" phrase ("ein Treffen Trumps mit al-Scharaa", "nach seinem Treffen mit Putin",
    "Gespräche mit Peking"): the banks code that meeting as they code "X traf Y", from the one whose
    meeting it is to the guest (16 of 21 such nouns coded both ways on tuning had one direction in
    the gold). Talks within one state ("Gespräche mit den Gewerkschaften") are coded both ways."""
    if not is_meeting_noun(trigger):
        return []
    guests = [a for phrase in _talk_partners(trigger.token) for a in actors.of_phrases(phrase)]
    return [
        (target, source)
        for source, target in pairs
        if target is not None
        and target not in guessed
        and (side_of(source) == side_of(target) or not any(same_actor(target, g) for g in guests))
    ]


def _talk_partners(head: Token) -> list[Token]:
    """The nouns of "mit" / "gegenüber" that go with the meeting word, also a "mit" right after it that
    the parser hung on the verb ("das Gespräch mit dem Sender führen")."""
    partners = with_preposition(head, "mit") + with_preposition(head, "gegenüber")
    following = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if following is not None and following.lower_ == "mit" and following.head.i > following.i:
        partners.append(following.head)
    return partners


def mutual_sides(trigger: Trigger, actors: ActorIndex, context: list[EventInfo]) -> list[Span]:
    """The two sides of "Gespräche zwischen X und Y" / "X und Y trafen sich" / "Beide Seiten
    vereinbarten" (the two sides of the latest event before); all the listed sides of "X, Y und Z
    unterzeichneten einen Vertrag", each bound to each."""
    token = trigger.token
    # the parse often hangs "zwischen" on the light verb ("Zwischen X und Y gilt eine Waffenruhe")
    between = [c for c in token.children if preposition_of(c) == "zwischen"] or noun_or_light_verb_phrases(
        trigger, "zwischen"
    )
    if trigger.entry.code in (MEDIATION, OFFER_TO_MEDIATE):
        return []  # the mediator's parties, `mediated_sides`
    if between:
        sides = actors.of_phrases(between[0])
        # a list the parse broke up ("zwischen Präsident Macron und Regierungschefin Meloni"): the two
        # sides named anywhere in the phrase
        return sides if len(sides) >= 2 else _two_sides_within(between[0], actors)
    # "der NATO-Russland-Rat kam zusammen", "die deutsch-polnischen Konsultationen": parties in one word
    if joint := joint_parties(trigger):
        return joint
    pair = (
        _pair_of_the_meeting(trigger, actors)
        or _pair_at_their_meeting(trigger, actors)
        or _signatory_and_partner(trigger, actors)
    )
    if pair:
        return pair
    if (
        (trigger.entry.code[:2] in MUTUAL_ROOTS or trigger.entry.lemma in EXCHANGES)
        and trigger.entry.kind == "V"
        # ties taken up are the exception: "Kairo und Doha nahmen die Beziehungen wieder auf" (054)
        and (not trigger.entry.code.startswith(ONE_SIDED_CODES) or takes_up_a_tie(trigger))
    ):
        subject = (
            subject_of(token) or _coordinated_actor(token, actors) or _coordinated_controller(token, actors)
        )
        # "tauschten beide Länder Gefangene aus" parsed with "beide" as an object, "Länder" in a compound
        both_stray = subject is None and any(c.lower_ in BOTH for c in token.children)
        if subject is None and not both_stray:
            return []
        sides = actors.of_phrases(subject) if subject is not None else []
        sides = [s for s in sides if not named_as_mediator(s, trigger, actors)]
        if subject is not None and len(sides) < 2 and "Plur" in subject.morph.get("Number"):
            sides = _two_sides_within(subject, actors)
        if len(sides) < 2:
            # a subject the parse lost ("Im Mai wollen Kenia und Uganda … unterzeichnen", "Abkommen"
            # taken for it): the two sources the repairs find
            found = sources_and_patient(trigger, actors)[0]
            sides = found if len(found) == 2 else sides
        if len(sides) < 3:
            sides = _list_before_the_verb(token, actors) or sides
        named_both = subject is not None and any(t.lower_ in BOTH for t in (subject, *subject.children))
        if not sides and (named_both or both_stray):
            # the pair named in the sentence before "beide" comes before the last two sides coded, which
            # may lie paragraphs back ("... sagte ein Sprecher in Peking. <new paragraph> Die USA wollen
            # Waffen in Deutschland stationieren. Beide Regierungen verständigten sich ...")
            before = pair_named_before(subject, actors) if subject is not None else []
            sides = before or _two_sides_named_before(token, actors) or last_two_sides(context)
        objects = [actors.of_phrase(c) for c in token.children if c.dep_ in ("obj", "iobj")]
        if len(sides) >= 2 and not any(o is not None and o not in sides for o in objects):
            return [] if acts_on_a_third_party(trigger, actors, sides) else sides
    # "Russland und die Ukraine erzielten eine Einigung": the subjects of the light verb are the parties
    subject = partner_noun_subject(trigger)
    sides = actors.of_phrases(subject) if subject is not None else []
    if len(sides) >= 2 and not acts_on_a_third_party(trigger, actors, sides):
        return sides
    return []


def partner_noun_subject(trigger: Trigger) -> Token | None:
    """The subject of the verb whose object is a noun of an act done together that takes its partner
    ("erzielten eine Einigung", "haben ein Gespräch begonnen"): the parties, where no partner is named."""
    entry, token = trigger.entry, trigger.token
    partner_noun = entry.kind == "N" and entry.target in PARTNER_TARGETS and entry.code[:2] in MUTUAL_ROOTS
    if not partner_noun or token.dep_ != "obj" or token.head.pos_ not in VERBAL_POS:
        return None
    return subject_of(token.head)


def parties_asked_to_meet(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """ "warb für Gespräche zwischen Moskau und Kiew", "forderte Verhandlungen zwischen X und Y": the two
    parties of the talks asked for, each addressed by the appeal; they do not appeal to each other, and
    their talks are the demanded act, coded apart as hypothetical."""
    if trigger.entry.kind != "V" or not trigger.entry.code.startswith(ASKING_ROOTS):
        return []
    between = noun_or_light_verb_phrases(trigger, "zwischen")
    if not between:
        return []
    sides = actors.of_phrases(between[0])
    sides = sides if len(sides) >= 2 else _two_sides_within(between[0], actors)
    return sides if len(sides) == 2 else []


def pair_acted_upon(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """ "Peking beobachtet die Annäherung zwischen Tokio und Seoul", "lobte die Aussöhnung zwischen Riad
    und Doha", "ein Frachter beschädigte die Leitung zwischen Finnland und Estland": a verb's subject of
    a third side acts on the pair its object names with "zwischen", on each of them; the pair does not
    act on one another (the subject would be lost). Not a "zwischen" on the verb itself ("Zwischen X und
    Y gilt eine Waffenruhe"), nor a subject that is one of the pair, nor a mediator (`mediated_sides`),
    nor one who announces a ceasefire between the pair ("Katar verkündete die Waffenruhe zwischen Israel
    und der Hamas"): the pair keeps it with each other (`mutual_sides`), the announcer is no party."""
    verb = trigger.token
    if trigger.entry.kind != "V" or trigger.entry.code in (MEDIATION, OFFER_TO_MEDIATE, CEASEFIRE):
        return []
    if any(preposition_of(c) == "zwischen" for c in verb.children):
        return []
    between = noun_or_light_verb_phrases(trigger, "zwischen")
    subject = subject_of(verb)
    if not between or subject is None:
        return []
    sides = actors.of_phrases(between[0])
    sides = sides if len(sides) >= 2 else _two_sides_within(between[0], actors)
    agents = actors.of_phrases(subject)
    pair = {side_of(side) for side in sides}
    if len(sides) != 2 or not agents or any(side_of(agent) in pair for agent in agents):
        return []
    return sides


def _pair_of_the_meeting(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The two who meet, named as the meeting noun's attribute: "ein Treffen von Putin und Xi", "die
    Gespräche der Außenminister Blinken und Wang"."""
    if not is_meeting_noun(trigger):
        return []
    token = trigger.token
    for attribute in with_preposition(token, "von") + genitive_attributes(token):
        sides = actors.of_phrases(attribute)
        if len(sides) == 2 and not same_actor(*sides):
            return sides
    return []


def _pair_at_their_meeting(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The two who did something "bei ihrem Treffen" met there: "Bei ihrem Treffen in Ankara
    vereinbarten Erdoğan und Alijew …", "Nach ihrem Gespräch erklärten die beiden Minister …". The
    plural possessive points back to the clause's subject, which names the pair itself or counts the
    pair named before; a single subject ("ihr" of a woman) leaves the partner to the other rules.
    Without "ihr", a pair that settles something with each other at a meeting naming no partner met
    there too ("Bei einem Treffen in Riad einigten sich Bahrain und Katar …"). A pair that gathers to
    a meeting meets likewise ("kamen die beiden zu einem Gipfel zusammen"); one body gathering ("Der
    Rat kommt zu einer Sitzung zusammen") names no pair."""
    token = trigger.token
    owners = [c for c in children(token, "det:poss") if c.lower_.startswith("ihr")]
    verb = token.head
    settled = not with_preposition(token, "mit") and settles_with_a_partner(verb)
    occasion = (owners or settled) and preposition_of(token) in MEETING_OCCASIONS
    gathered = preposition_of(token) in GATHERED_TO and verb in GATHERING_TO
    if not is_meeting_noun(trigger) or not (occasion or gathered):
        return []
    if verb.pos_ not in VERBAL_POS:
        return []
    subject = subject_of(verb) or subject_after_the_verb(verb)
    if subject is None:
        return []
    sides = actors.of_phrases(subject)
    # a group noun ("die beiden Minister") counts the pair only where "ihr" points back to it
    sides = sides if len(sides) == 2 or not owners else group_sources(trigger, subject, actors)
    return sides if len(sides) == 2 and not same_actor(*sides) else []


def _signatory_and_partner(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The subject and the one partner of an agreement concluded "mit" someone: "Papua-Neuguinea hatte
    ein Verteidigungsabkommen mit den USA geschlossen", "wo er mit Präsident Macron ein Abkommen
    unterzeichnete". Several partners are left to the plain source-target path."""
    if trigger.entry.code not in CONCLUDED_WITH_PARTNER or trigger.entry.kind != "V":
        return []
    verb = trigger.token
    partners = with_preposition(verb, "mit")
    # the parse often takes the agreement for a passive subject and hangs the signatory on the
    # auxiliary ("hatte Georgien ein Abkommen … geschlossen")
    subjects = [subject_of(verb)] + [s for aux in children(verb, "aux") for s in children(aux, "nsubj")]
    named = [actors.of_phrases(s) for s in subjects if s is not None]
    if len(partners) != 1 or not any(named):
        return []
    signatories = [a for a in next(n for n in named if n) if not named_as_mediator(a, trigger, actors)]
    partner = actors.of_phrase(partners[0])
    if len(signatories) != 1 or partner is None or len(actors.of_phrases(partners[0])) != 1:
        return []
    return [] if same_actor(signatories[0], partner) else [signatories[0], partner]


def mediated_sides(trigger: Trigger, actors: ActorIndex, before: Sequence[EventInfo] = ()) -> list[Span]:
    """The parties a mediator goes between ("Ägypten vermittelte zwischen Israel und der Hamas"), or
    offers to go between ("bot an, zwischen Serbien und dem Kosovo zu vermitteln"): both are targets of
    the mediator's act; they do not meet each other. An offer that names no parties ("bot seine
    Vermittlung an") goes to the two sides of the article's conflict."""
    if trigger.entry.code not in (MEDIATION, OFFER_TO_MEDIATE):
        return []
    verb = trigger.token
    # the parties hang on the verb the offer's infinitive goes with, or on that infinitive: "bot an,
    # zwischen … zu vermitteln"
    heads = [verb] + [c for c in children(verb, "xcomp", "conj") if is_zu_infinitive(c)]
    heads += [verb.head] if is_zu_infinitive(verb) and verb.head.i != verb.i else []
    # or on the row's mediator noun, wherever the parse hung it ("steht als Vermittler zwischen … bereit")
    heads += [trigger.object_noun] if trigger.object_noun is not None else []
    between = [c for head in heads for c in head.children if preposition_of(c) == "zwischen"]
    between = between or _between_of_the_mediated_act(verb)
    if not between:
        parties = _parties_of_the_mediated_clause(verb, actors) if trigger.entry.code == MEDIATION else []
        # two factions of one state are one party ("Sudans Armee und die RSF")
        speaker = speaker_sides(verb, actors) | _mediator_sides(trigger, actors)
        parties = parties or conflict_sides(before, exclude=speaker, two_states=True)
        # a mediation in a story of no conflict, its sentence naming no one but the mediator, went
        # between the pair the story is about ("Saudi-Arabien und Iran … verständigt. Vermittelt hatte
        # China"), not between the mediator and another
        if parties or trigger.entry.code != MEDIATION or _others_named(verb.sent, actors, speaker):
            return parties
        # nor between a mediator told of before and one side: "Katar hatte vermittelt. Ägypten und die
        # USA hatten mitvermittelt" went between the same pair as Qatar (`_pair_without`)
        return _pair_without(before, speaker)
    sides = actors.of_phrases(between[0])
    sides = sides if len(sides) >= 2 else _two_sides_within(between[0], actors)
    # a list the parse broke up ("zwischen Serbien und dem Kosovo", the second name an object): by
    # word order from the preposition on
    if len(sides) < 2:
        preposition = next((c for c in between[0].children if c.lower_ == "zwischen"), None)
        sides = _actors_listed_after(preposition, actors) if preposition is not None else []
    if not sides:
        # "zwischen den Generälen", "zwischen den Konfliktparteien": the sides of the conflict before,
        # also two camps of one state; in a story of no conflict ("vermittelte zwischen den Nachbarn",
        # a reconciliation) the pair it is about, the mediators left out
        third = speaker_sides(verb, actors) | _mediator_sides(trigger, actors)
        return conflict_sides(before, exclude=third) or _pair_without(before, third)
    return sides if len(sides) >= 2 else []


def _mediator_sides(trigger: Trigger, actors: ActorIndex) -> set[str]:
    """The mediators' sides, also where the parse gives the verb no subject ("Vermittelt hatte den
    Austausch Saudi-Arabien", the participle fronted and its subject after the object) or the subject
    lists several ("Ägypten und die USA hatten mitvermittelt"): the sources the source finder takes
    for the mediation."""
    if trigger.entry.code != MEDIATION:
        return set()
    return {side for s in sources_and_patient(trigger, actors)[0] if (side := side_of(s)) is not None}


def _others_named(sentence: Span, actors: ActorIndex, sides: set[str]) -> bool:
    """Whether the sentence names a side besides `sides`."""
    return any(
        sentence.start <= span.start < sentence.end and side not in sides for span, side in actors.named_sides
    )


def _pair_without(before: Sequence[EventInfo], mediators: set[str]) -> list[Span]:
    """The story's main pair among the events that neither the mediators at hand nor those told of
    before (`story_pairs.mediating_sides`: who mediated, offered to or hosted) take part in."""
    third = mediators | mediating_sides(before)
    return main_pair(
        [e for e in before if not third & {side_of(a) for a in (e.source, e.target) if a is not None}]
    )


def _between_of_the_mediated_act(verb: Token) -> list[Token]:
    """The parties of the act a mediator brought about, named with that act ("Zwischen X und Y gilt
    eine Waffenruhe, die Z vermittelt hatte"): the "zwischen" phrase of the relative clause's noun, or
    of its object, on the noun or on the verb the noun goes with."""
    acts = children(verb, "obj", "nsubj:pass")
    acts += [verb.head] if verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ == "NOUN" else []
    for act in acts:
        phrases = [c for c in act.children if preposition_of(c) == "zwischen"]
        governing = act.head if act.head.i != verb.i else None
        # the noun's own light verb, before it in its clause, when the parse hung it on the mediator
        if governing is None:
            before = act.doc[max(act.i - ARRIVAL_STEPS * 2, act.sent.start) : act.i]
            governing = next((t for t in reversed(before) if t.pos_ in VERBAL_POS), None)
        if not phrases and governing is not None:
            phrases = [c for c in governing.children if preposition_of(c) == "zwischen"]
        if phrases:
            return phrases
    return []


def _parties_of_the_mediated_clause(noun: Token, actors: ActorIndex) -> list[Span]:
    """ "Unter Vermittlung Norwegens haben Kolumbien und Venezuela ein Abkommen geschlossen": the
    mediator went between the parties of the clause's own act, its coordinated subject, one per side
    (two factions of one state are one party). The mediators are never parties, though the parse often
    hangs them on the subject as its conjuncts."""
    if preposition_of(noun) not in MEDIATED_BY:
        return []
    verb = _verb_of_clause(noun)
    subject = (subject_of(verb) or _coordinated_actor(verb, actors)) if verb is not None else None
    if subject is None:
        return []
    mediators = _mediators(noun, actors)
    named = [a for a in actors.of_phrases(subject) if not any(same_actor(a, m) for m in mediators)]
    # a subject that names one party is the mediator's partner only where it is one of a pair ("die
    # Armee Malis und die Tuareg-Rebellen", the rebels no known actor); alone it may be its ally
    after = subject.doc[subject.right_edge.i + 1] if subject.right_edge.i + 1 < len(subject.doc) else None
    coordinated = bool(children(subject, "conj")) or (after is not None and after.pos_ == "CCONJ")
    if len(named) < 2 and not (named and coordinated):
        return []
    parties: list[Span] = []
    for actor in named:
        if side_of(actor) is not None and side_of(actor) not in [side_of(p) for p in parties]:
            parties.append(actor)
    return parties


def named_as_mediator(span: Span, trigger: Trigger, actors: ActorIndex) -> bool:
    """Whether the actor is named as the mediator of the sentence's act ("haben X und Y unter
    Vermittlung Z unterzeichnet"): Z neither signed nor is the partner of who did."""
    sentence = trigger.token.sent
    if trigger.entry.code == MEDIATION or not sentence.start <= span.start < sentence.end:
        return False  # a mediator named in an earlier sentence may well be a party now
    lexicon = german_lexicon()
    for token in sentence:
        mediation = any(e.code == MEDIATION for e in lexicon.nouns_by_form.get(token.lower_, ()))
        if (
            mediation
            and preposition_of(token) in MEDIATED_BY
            and any(same_actor(span, m) for m in _mediators(token, actors))
        ):
            return True
    return False


def _verb_of_clause(noun: Token) -> Token | None:
    """The verb the noun's phrase belongs to, up through a misattachment to a subject or its conjunct;
    the full verb where the parse stops at its auxiliary ("haben … unterzeichnet")."""
    token = noun
    while token.pos_ not in VERBAL_POS:
        if token.head.i == token.i:
            return None
        token = token.head
    return token.head if token.dep_ in ("aux", "aux:pass", "cop") and token.head.i != token.i else token


def _mediators(noun: Token, actors: ActorIndex) -> list[Span]:
    """The actors of the genitive list right after the mediation noun ("Vermittlung Frankreichs und
    der USA"), by word order: the parse breaks such lists up."""
    return _actors_listed_after(noun, actors)


def _actors_listed_after(token: Token, actors: ActorIndex) -> list[Span]:
    """The actors of the list right after a word, by word order. The list ends at the first word that
    neither names an actor nor joins two ("Vermittlung Katars Israel und …": "Israel" is no mediator)."""
    found: list[Span] = []
    i = token.i + 1
    joined = True  # the first actor needs no conjunction before it
    while i < token.sent.end:
        span = actors.by_token.get(i)
        if span is not None and joined:
            found.append(span)
            # a relative pronoun stands for its antecedent, which ends before it: go on after the pronoun
            i, joined = max(span.end, i + 1), False
            continue
        word = token.doc[i]
        if word.pos_ not in MEDIATOR_LIST or (word.is_punct and word.text != ","):
            break
        joined = joined or word.pos_ == "CCONJ" or word.text == ","
        i += 1
    return found


def calls_of_addressed_acts(triggers: list[Trigger], found: list[EventInfo]) -> list[EventInfo]:
    """A meeting noun without its partner, as the setting of an act addressed to someone ("sagte
    Lukaschenko in einem Telefonat Beistand zu", "dankte Scholz in einem Gespräch"): the act's source
    met its target there. The act's event knows the two; the parse of the noun often does not."""
    calls = []
    for trigger in triggers:
        noun = trigger.token
        if not _partnerless_setting(trigger) or any(e.trigger.root.i == noun.i for e in found):
            continue
        addressed = next(
            (
                e
                for e in found
                if e.source is not None and e.target is not None and _sets(noun, e.trigger.root)
            ),
            None,
        )
        if addressed is not None:
            calls.append(replace(addressed, code=trigger.entry.code, trigger=noun.doc[noun.i : noun.i + 1]))
    return calls


def _partnerless_setting(trigger: Trigger) -> bool:
    noun = trigger.token
    own_meeting = trigger.entry.kind == "N" and trigger.entry.code.startswith(MEETING_ROOT)
    if not own_meeting or is_visit(trigger) or preposition_of(noun) not in MEETING_SETTINGS:
        return False
    if any(preposition_of(c) in ("mit", "zwischen") for c in noun.children):
        return False
    # a summit or a conference names no meeting of the act's source with its target
    return not is_gathering(noun)


def _sets(noun: Token, verb: Token) -> bool:
    """The noun is in the verb's clause, by the parse or by word order (next to it, no comma between),
    not inside what the verb says or gives, where it would read as the act announced. A phrase before
    the object's noun is no attribute of it (those follow their noun): "sagte Lukaschenko in einem
    Telefonat militärischen Beistand zu", "Telefonat" misparsed under "militärischen", is the setting."""
    content = {t.i for c in children(verb, "ccomp", "xcomp", "parataxis") for t in c.subtree}
    content |= {t.i for c in children(verb, "obj") for t in c.subtree if t.i > c.i}
    if noun.i in content:
        return False
    if noun in clause_tokens(verb):
        return True
    return verb.i < noun.i and not any(t.is_punct or t.pos_ == "VERB" for t in noun.doc[verb.i + 1 : noun.i])


def _two_sides_named_before(token: Token, actors: ActorIndex) -> list[Span]:
    """ "Beide Regierungen verständigten sich" after a sentence that names two states but codes no event
    between them: the two sides named there, only when exactly two are."""
    sentence = token.sent
    before = sentence_before(sentence)
    if before is None:
        return []
    spans: list[Span] = []
    for i in range(before.start, sentence.start):
        span = actors.by_token.get(i)
        if (
            span is not None
            and side_of(span) is not None
            and side_of(span) not in [side_of(s) for s in spans]
        ):
            spans.append(span)
    return spans if len(spans) == 2 else []


def _list_before_the_verb(verb: Token, actors: ActorIndex) -> list[Span]:
    """Three or more sides listed by their leaders' titles and names before the plural finite verb, a
    list the parse breaks up into subjects, objects and appositions ("Kenias Präsident Ruto, Ugandas
    Präsident Museveni und Tansanias Präsidentin Hassan unterzeichneten …"): each side of the list."""
    first = initial_name_subject(verb)
    finite = clause_finite(verb)
    if first is None or finite is None or "Plur" not in finite.morph.get("Number"):
        return []
    # each side's last span: the leader named after the state ("Kenias Präsident Ruto") is the actor
    latest: dict[str | None, Span] = {}
    for token in verb.doc[first.i : finite.i]:
        span = actors.by_token.get(token.i)
        if span is not None:
            latest[side_of(span)] = span
    return list(latest.values()) if len(latest) >= 3 and None not in latest else []


def _two_sides_within(subject: Token, actors: ActorIndex) -> list[Span]:
    """A plural subject that names its two parties deep inside: "Die Delegationen unter Leitung von
    Sherman und Rjabkow berieten"; only when exactly two sides are named."""
    spans = []
    for token in subject.subtree:
        span = actors.by_token.get(token.i)
        if span is not None and side_of(span) not in [side_of(s) for s in spans]:
            spans.append(span)
    return spans if len(spans) == 2 else []


def _coordinated_actor(verb: Token, actors: ActorIndex) -> Token | None:
    """Where the parse finds no subject, a pair of coordinated actors in the clause before the verb
    ("waren Sherman und Rjabkow zusammengekommen") is taken as the two parties."""
    for token in clause_tokens(verb):
        conjuncts = children(token, "conj")
        if token.i < verb.i and token.i in actors.by_token and any(c.i in actors.by_token for c in conjuncts):
            return token
    return None


def _coordinated_controller(infinitive: Token, actors: ActorIndex) -> Token | None:
    """The pair that agreed or pledged what a "zu" infinitive names, where the parse left the verb above
    it without a subject ("hatten Niamey und Moskau vereinbart, ihre Zusammenarbeit auszubauen", the
    list read as an object); not where that verb addresses someone, whose act the infinitive is."""
    verb = infinitive.head
    if infinitive.dep_ != "xcomp" or not is_zu_infinitive(infinitive) or subject_of(verb) is not None:
        return None
    if any(c.i in actors.by_token and c.i > verb.i for c in children(verb, "obj", "iobj", "obl:arg")):
        return None
    return _coordinated_actor(verb, actors)


def arrival_destination(noun: Token, actors: ActorIndex) -> Span | None:
    """Where a visit named by a noun goes when the place hangs on the verb of arrival: "ist zum ersten
    Besuch seit Jahren in Tokio eingetroffen", "reiste zu einem Besuch nach Kiew"."""
    verb = noun.head
    for _ in range(ARRIVAL_STEPS):  # a weak parse hangs the noun on a word of the clause ("am Donnerstag")
        if verb.pos_ in VERBAL_POS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in VERBAL_POS or verb.i == noun.i:
        return None
    for phrase in with_preposition(verb, "in") + with_preposition(verb, "nach"):
        place = actor_or_place(phrase, actors)
        if place is not None:
            return place
    return None


def visited(verb: Token, actors: ActorIndex, envoy: Token | None = None) -> Span | None:
    """What a visit verb's object names, an actor or a place; where the parse misses the object
    ("hatte die Politikerin Kiew besucht", Kiew parsed as an apposition), the nearest place named
    in the sentence outside a prepositional phrase. The envoy a verb sends ("schickte Außenminister
    Lawrow nach Riad") is the visitor, not where the visit goes."""
    objects = [o for o in children(verb, "obj") if o != envoy]
    phrases = objects + with_preposition(verb, "in") + with_preposition(verb, "nach")
    for phrase in phrases:
        place = actor_or_place(phrase, actors)
        # "besuchte die ukrainische Hauptstadt": a place described by its state's adjective
        if place is None and phrase.lemma_.lower() in DESCRIBED_PLACES:
            place = adjective_actor(phrase)
        if place is not None:
            return place
    places = [e for e in verb.sent.ents if e._.place is not None and not in_prepositional_phrase(e)]
    nearest = min(places, key=lambda e: abs(e.start - verb.i), default=None)
    return actor_or_place(nearest.root, actors) if nearest is not None else None


def meets_among_themselves(trigger: Trigger, source: Span) -> bool:
    """A group or an organisation that meets without a partner named ("Die Staats- und Regierungschefs
    wollen zu einem Sondergipfel zusammenkommen", "die NATO berät") meets within itself: no one from
    the sentences before is its partner."""
    entry, verb = trigger.entry, trigger.token
    if entry.kind != "V" or not entry.code.startswith(MEETING_ROOT) or not entry.target.startswith("pp:"):
        return False
    if is_visit(trigger) or any(with_preposition(verb, p) for p in target_prepositions(entry.target)):
        return False  # a visit goes somewhere; a partner named but not resolved may still be guessed
    subject = subject_of(verb)
    plural = subject is not None and "Plur" in subject.morph.get("Number")
    return plural or (side_of(source) or "").startswith(IGO_PREFIX)
