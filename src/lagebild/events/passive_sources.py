"""Who did it when a passive names no one: an act only a state performs ("Hunderte wurden
festgenommen", "Die Kundgebung wurde aufgelöst", "Gegen den Blogger wurde Anklage erhoben") is done by
that state's police, courts or government. The state is where the clause places the act, else the
state the story is about; the CAMEO gold codes these as the state's sector (MMRCOP, BLRJUD). So with
an arrest named by a noun with no agent ("Die Festnahme des Bloggers löste Proteste aus"), and
with a trial held in a town the clause names ("In Grodno beginnt der Prozess gegen ihn"). An
agentless passive in reported speech ("Die Streitkräfte seien in Alarmbereitschaft versetzt worden,
sagte der Minister") is the speaker's side's own measure. A summons, rejection or cut in relations in
the passive ("Am Abend wurde der Geschäftsträger einbestellt") is done by the state the story follows,
the last one named as a subject. An extradition in the passive is granted where the one extradited was
held ("wurde in Dubai gefasst und an die Niederlande ausgeliefert")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    SUBJECT_DEPS,
    ActorIndex,
    actor_of,
    adjective_actor,
    children,
    clause_tokens,
    entity_at,
    genitive_attributes,
    is_zu_infinitive,
    preposition_of,
    side_of,
    stand_in,
)
from lagebild.events.codebook import FORCE_ROOTS
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.place_states import recent_place_state, state_of_span, story_state
from lagebild.events.recipients import COMPELLING
from lagebild.events.seat_sources import PERSONAL_PRONOUNS
from lagebild.events.targets_domestic import BORDER, FORMER, PLACE_PREPOSITIONS, places_named, state_where
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import QUOTE_SPANS, ActorRef
from lagebild.pipeline.segmentation import sentence_before

# bans, curfews and states of emergency (172x), arrests and charges (173), repression (175); not
# expulsions (174), done to foreigners
STATE_ONLY_CODES = ("172", "173", "175")
# an extradition (063 "ausliefern", "überstellen") only a state grants; its "an"/"nach"/"ins" phrase, or
# "in" with an article of the accusative ("in die Slowakei überstellt"), names where the one extradited
# goes, not where the state acts ("in Dubai gefasst", "in den USA"); "den" is also the plural dative
EXTRADITION = "063"
DESTINATIONS = ("an", "nach", "ins")
INTO = "in"
ACCUSATIVE_ARTICLES = ("die", "das")
# executions: killing by other verbs ("getötet", "ermordet") is as often done by armed groups
EXECUTIONS = frozenset({"hinrichten", "exekutieren", "vollstrecken"})
# a dismissal or a refused visa says nothing about one's own state's people, nor does a release from
# hospital ("wurde entlassen")
NOT_AT_HOME = frozenset({"entlassen", "verweigern", "absetzen"})
# acts of the courts and prosecutors rather than the police
JUDICIAL = frozenset(
    {"anklagen", "erheben", "erlassen", "eröffnen", "vorladen", "verurteilen", "ausschreiben"}
)
POLICE_CODES = ("173", "175")
# the words before a noun in its phrase ("die", "neue", "Dutzende")
NOUN_MODIFIERS = ("det", "amod", "nummod", "det:poss")
# the words that name a state's police or authorities ("Polizeisprecher", "die Behörden", "Ermittler")
POLICE_WORDS = ("polizei", "behörde", "ermittler", "innenministeri", "sicherheitskräft")
# nouns of an arrest, which only a state's police makes ("die Festnahme", "Massenfestnahmen")
ARREST_NOUNS = frozenset(
    {"Festnahme", "Verhaftung", "Inhaftierung", "Massenfestnahme", "Festnahmewelle", "Verhaftungswelle"}
)
# the noun of a trial, written alone: a compound ("MH17-Prozess", "Schauprozess") names its case or
# judges it
TRIAL_NOUN = "Prozess"
TRIED = "gegen"
# a sentence to prison or death ("wurde zu zehn Jahren Haft verurteilt") only a court passes
SENTENCING = "116"
AGENT_WORDS = ("von", "vom", "durch")
# "wurde festgenommen" reports an act; "war vorgegangen", "ist verboten" a perfect or a state
PASSIVE_AUXILIARY = "werden"
POLICE, JUDICIARY, GOVERNMENT = "COP", "JUD", "GOV"
# official complaints (114, a summoned envoy), rejections (12) and reduced relations (16) reported in
# the passive are done by the state the story follows ("Algier protestierte. Am Abend wurde der
# Geschäftsträger einbestellt", "Rom wies die Forderung zurück, eine Reise wurde abgesagt")
TOPIC_CODES = ("114", "12", "16")
SECTOR_NAMES = {POLICE: "Polizei", JUDICIARY: "Justiz", GOVERNMENT: "Regierung"}


def state_act_source(trigger: Trigger) -> Span | None:
    """The state sector behind an agentless passive of an act only a state does, as a stand-in span on
    the passive auxiliary; None for other acts, at a border, or where no state is known."""
    if trigger.entry.code == EXTRADITION and agentless_passive(trigger.token):
        return _extraditing_state(trigger)
    sector = _sector(trigger)
    if sector is None or _at_a_border(trigger):
        return None
    if not agentless_passive(trigger.token):
        return None
    state = state_where(trigger) or recent_place_state(trigger.token) or story_state(trigger.token)
    if state is None:
        return None
    return _sector_of(state, sector, [*passive_auxiliaries(trigger.token), trigger.token])


def arrest_noun_source(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The police behind an arrest named by a noun with no agent, where the sentence names the police
    or the noun's phrase the place ("Das Innenministerium meldet Dutzende Festnahmen", "die Festnahme
    der Managerin in Vancouver"): as for the passive, the state the clause places it in, else the
    latest place named before, else the state the story is about, as a stand-in span. Elsewhere an
    arrest noun is most often one that another state judges ("Berlin rügte die Festnahme"), made
    abroad. Only arrests: a warrant, charge or trial ("Haftbefehl", "Anklage") is as often an
    international court's, a ban or a crackdown the government's."""
    entry = trigger.entry
    if entry.kind != "N" or entry.lemma not in ARREST_NOUNS or _at_a_border(trigger):
        return None
    noun = trigger.token
    if _arrest_of_a_ruler(noun, actors) or not (_police_named(noun) or _placed(noun)):
        return None
    state = state_where(trigger) or recent_place_state(noun) or story_state(noun)
    if state is None:
        return None
    return _sector_beside(noun, state, POLICE)


def trial_noun_source(trigger: Trigger) -> Span | None:
    """The courts behind a trial against someone named by a noun with no agent, the subject of a clause
    that names the town it is held in ("In Grodno beginnt der Prozess gegen ihn", "beginnt in Kigali der
    Prozess gegen ihn und 20 Mitangeklagte"): the courts of that state, as a stand-in span. Without a
    place a trial is as often an international court's or one abroad that the story only mentions, so
    the source stays unknown."""
    entry, noun = trigger.entry, trigger.token
    if entry.kind != "N" or entry.lemma != TRIAL_NOUN or noun.text != TRIAL_NOUN:
        return None
    if noun.dep_ not in SUBJECT_DEPS or noun.head.pos_ not in VERBAL_POS:
        return None
    # whom it tries: with no "gegen" phrase the defendant is one named before, whose state a home
    # court's trial would wrongly take ("In Peking beginnt der Prozess" against an Australian)
    if not any(preposition_of(c) == TRIED for c in noun.children):
        return None
    places = [
        span
        for t in clause_tokens(noun.head)
        if (span := entity_at(t)) is not None
        and span.start == t.i
        and span._.place is not None
        and preposition_of(span.root) in PLACE_PREPOSITIONS
    ]
    state = state_of_span(places[0]) if places else None
    return _sector_beside(noun, state, JUDICIARY) if state is not None else None


def _extraditing_state(trigger: Trigger) -> Span | None:
    """The courts of the state that extradites in an agentless passive: the latest place named before
    the verb outside its destination, where the one extradited was held ("wurde in Dubai gefasst und an
    die Niederlande ausgeliefert"), else the state the story is about, unless that is the destination,
    which does not extradite to itself ("Der Verdächtige wurde an Kanada ausgeliefert" in a story of
    Canada's request)."""
    verb = trigger.token
    destinations = {t.i for c in verb.children if _destination(c) for t in c.subtree}
    places = [
        (start in destinations, country)
        for start, country in places_named(verb.doc, range(verb.sent.start, verb.i))
    ]
    held_in = [country for destination, country in places if not destination]
    state = held_in[-1] if held_in else story_state(verb)
    if state is None or state in {country for destination, country in places if destination}:
        return None
    return _sector_of(state, JUDICIARY, [*passive_auxiliaries(verb), verb])


def _destination(phrase: Token) -> bool:
    preposition = preposition_of(phrase)
    if preposition == INTO:
        return any(c.dep_ == "det" and c.lower_ in ACCUSATIVE_ARTICLES for c in phrase.children)
    return preposition in DESTINATIONS


def _sector_beside(noun: Token, state: str, sector: str) -> Span | None:
    # not on the noun itself, where the people acted on stand in (`targets_arrests`) and a source on
    # the same word reads as one list with them: on the words before it in its phrase, else its head
    anchors = [t for t in noun.lefts if t.dep_ in NOUN_MODIFIERS] + ([noun.head] if noun.head != noun else [])
    return _sector_of(state, sector, anchors) if anchors else None


def _arrest_of_a_ruler(noun: Token, actors: ActorIndex) -> bool:
    """The one to be arrested rules a state ("eine Festnahme Putins", "die Festnahme Maduros"): his own
    police does not arrest him, a court or state abroad would. A former ruler ("die Festnahme des
    früheren Präsidenten Yoon") is arrested at home."""
    for attribute in genitive_attributes(noun):
        named = actors.of_phrase(attribute)
        actor = actor_of(named) if named is not None else None
        words = [t.lower_ for t in attribute.subtree]
        ruling = actor is not None and (actor.actor_code or "").endswith(GOVERNMENT)
        if ruling and not any(w.startswith(FORMER) for w in words):
            return True
    return False


def _police_named(noun: Token) -> bool:
    """The sentence names the police or the authorities ("Das Innenministerium meldet Dutzende
    Festnahmen", "Festnahmen habe es nicht gegeben, sagte ein Polizeisprecher"): the arrest is a
    report of that state's own police, not one another state judges ("Berlin rügte die Festnahme")."""
    return any(t.lower_.startswith(POLICE_WORDS) for t in noun.sent)


def _placed(noun: Token) -> bool:
    """The noun's own phrase says where the arrest was made ("die Festnahme der Managerin in
    Vancouver")."""
    places = {entity_at(t) for t in noun.subtree if t != noun} - {None}
    return any(p._.place is not None and preposition_of(p.root) in PLACE_PREPOSITIONS for p in places)


def _at_a_border(trigger: Trigger) -> bool:
    """The clause speaks of a border, where migrants are stopped by either side's guards."""
    return any(BORDER in t.lower_ for t in clause_tokens(trigger.token))


def placed_state_act_source(trigger: Trigger, place: Token) -> Span | None:
    """The state sector behind an act only a state does that an attributed participle places but names
    no agent for ("die in Iran inhaftierten Deutschen", "eines in China festgenommenen Mitarbeiters"):
    the state of the place, as a stand-in span on the participle."""
    sector = _sector(trigger)
    entity = entity_at(place) if sector is not None else None
    state = state_of_span(entity) if entity is not None else None
    return _sector_of(state, sector, [trigger.token]) if state is not None else None


def _sector_of(state: str, sector: str, anchors: list[Token]) -> Span | None:
    # no knowledge-base id: the sector is no entry of its own, and sharing the state's id would make
    # it one actor with the state's people acted on
    actor = ActorRef(name=SECTOR_NAMES[sector], country=state, actor_code=state + sector)
    doc = anchors[0].doc
    return next(filter(None, (stand_in(doc, a.i, a.i + 1, actor) for a in anchors)), None)


def speaker_source(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """Who did it when an agentless passive is the clause a speaker reports: the speaker, for a side
    announces its own measures without naming itself ("Die Gespräche würden bald wieder aufgenommen,
    kündigte der Premier an", "Die Zölle würden ausgesetzt, hieß es in Washington"). Not an act of
    force, which a side reports suffered or seen as often as done ("Drei Soldaten seien getötet worden,
    sagte ein Sprecher"); not one the speaker asks of others ("Die Täter müssten bestraft werden"); not
    a clause with a conjunction, which a verb of hoping, denying or explaining governs as often as one
    of saying ("bestritt, dass ein Schiff getroffen worden sei"), nor a "zu" infinitive, whose passive
    the controller suffers ("verlangte, unterrichtet zu werden"); not one done to the speaker's side,
    named or a pronoun ("erklärte, sie sei unterrichtet worden")."""
    verb = trigger.token
    if trigger.entry.code[:2] in FORCE_ROOTS or not agentless_passive(verb):
        return None
    if is_zu_infinitive(verb) or children(verb, "mark"):
        return None
    if any(a.lemma_.lower() in COMPELLING for a in children(verb, "aux")):
        return None
    speaker = actors.speakers.get(verb.i)
    if speaker is None or side_of(speaker) is None or not _reported_by_saying(verb):
        return None
    suffering = children(verb, "nsubj:pass")
    if any(s.lower_ in PERSONAL_PRONOUNS for s in suffering):
        return None
    sides = {side_of(s) for s in filter(None, (actors.of_phrase(c) or adjective_actor(c) for c in suffering))}
    return None if side_of(speaker) in sides else speaker


def _reported_by_saying(verb: Token) -> bool:
    """The clause is reported by a verb of saying ("…, sagte der Minister", "hieß es in Washington"),
    not attributed by a source phrase ("nach Angaben des Pentagons", "laut Downing Street"), which
    tells where the news comes from, not who acted."""
    quotes = [q for q in verb.doc.spans.get(QUOTE_SPANS, []) if q.start <= verb.i < q.end]
    cue = min(quotes, key=len)._.quote.cue if quotes else None
    return cue is not None and cue.root.pos_ in VERBAL_POS


def topic_source(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """Who did it when an agentless passive reports a government's act against another state (a
    summons, a rejection, reduced relations: "Am Abend wurde der Geschäftsträger einbestellt", "eine
    Handelsmission wurde abgesagt"): the story goes on with the last state named as a subject, in the
    sentence before the verb or else the one before, unless that state suffers the act."""
    if not trigger.entry.code.startswith(TOPIC_CODES):
        return None
    verb = trigger.token
    if not agentless_passive(verb):
        return None
    # the one summoned may be named by a nationality adjective only ("der polnische Geschäftsträger")
    suffering = children(verb, "nsubj:pass")
    patients = filter(None, (actors.of_phrase(c) or adjective_actor(c) for c in suffering))
    patient_sides = {side_of(p) for p in patients}
    # the passive's own subject suffers the act and continues no story ("wurde Irans Geschäftsträger
    # einbestellt": Iran is summoned, the one who summons was named before)
    own = {t.i for c in suffering for t in c.subtree}
    sentence = verb.sent
    windows = [(sentence.start, verb.i)]
    before = sentence_before(sentence)
    if before is not None:
        windows.append((before.start, sentence.start))
    for start, end in windows:
        subjects = [
            span
            for i in range(start, end)
            if (span := actors.by_token.get(i)) is not None
            and span.start == i
            and _named_subject(span, verb)
            and span.root.i not in own
            and side_of(span) is not None
        ]
        if subjects:
            return None if side_of(subjects[-1]) in patient_sides else subjects[-1]
    return None


def _named_subject(span: Span, verb: Token) -> bool:
    """The name is the subject, or in apposition to a title that is ("Außenminister Dominic Raab"); not
    one the passive's clause describes ("Chefankläger Karim Khan, dessen Vermögen eingefroren wird")."""
    root = span.root
    titled = root.dep_ in ("appos", "flat", "flat:name") and root.head.dep_ in SUBJECT_DEPS
    phrase = root.head if titled else root
    return (root.dep_ in SUBJECT_DEPS or titled) and verb not in phrase.subtree


def passive_auxiliaries(verb: Token) -> list[Token]:
    """A verb's passive auxiliaries; a participle coordinated with a passive one without an auxiliary
    or subject of its own shares them ("wurden geschlagen und festgenommen")."""
    own = children(verb, "aux:pass")
    if own or verb.dep_ != "conj" or children(verb, "aux", "nsubj", "nsubj:pass"):
        return own
    return children(verb.head, "aux:pass") if "Part" in verb.morph.get("VerbForm") else []


def werden_passive(verb: Token) -> bool:
    """A passive with "werden" ("wurden getötet"), not a state passive with "sein" ("sind verboten")."""
    return any(a.lemma_.lower() == PASSIVE_AUXILIARY for a in passive_auxiliaries(verb))


def agentless_passive(verb: Token) -> bool:
    """A passive with "werden" that names no agent, wherever the parse hung a "von"/"durch" phrase."""
    return werden_passive(verb) and not _agent_phrase_misparsed(verb)


def _agent_phrase_misparsed(verb: Token) -> bool:
    """A "von"/"durch" between the passive auxiliary and the participle opens the agent, wherever the
    parse hung it ("wurden Dutzende Studenten von seinem Geheimdienst festgenommen"); one before the
    auxiliary ("Nach Angaben von Aktivisten wurden …") names a source of the report."""
    auxiliaries = passive_auxiliaries(verb)
    start = min((a.i for a in auxiliaries), default=verb.i)
    return any(t.lower_ in AGENT_WORDS for t in verb.doc[start + 1 : verb.i])


def _sector(trigger: Trigger) -> str | None:
    entry = trigger.entry
    if entry.lemma in NOT_AT_HOME:
        return None
    if entry.lemma in EXECUTIONS:
        return GOVERNMENT
    if entry.code == SENTENCING:
        return JUDICIARY
    if not entry.code.startswith(STATE_ONLY_CODES):
        return None
    if entry.lemma in JUDICIAL:
        return JUDICIARY
    return POLICE if entry.code.startswith(POLICE_CODES) else GOVERNMENT
