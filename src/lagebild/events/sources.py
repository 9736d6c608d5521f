"""Who did it: the source of an event, read off the parse of a verb's clause or a noun's attributes, with
the repairs a weak parse needs (inverted subjects, reporting clauses, verbs misread as attributes,
subjects of "zu" infinitives, causative "lassen", perfects with "haben" read as passives; adverbs,
objects, fronted acts and attributes misread as subjects, subjects the finite verb disagrees with in
number, names and "er" after the finite verb in `subject_repairs`), group nouns and pronouns standing
for sides named before (`implicit_sources`, `pronoun_sources`), courts named by their kind
(`court_sources`), someone's lawyers or supporters (`possessed_sources`), critics who accuse
(`accusing_critics`), the subject of the verb that governs an act noun by a preposition
(`governed_acts`) or has a charge with a content clause as its means (`charge_clauses`), the antecedent
of a relative pronoun (`relative_subjects`), the names of gapped clauses that share the verb
(`gapped_clauses`), subjects the parse put in an object phrase or lost after a finite auxiliary
(`marked_subjects`) or after a subordinating conjunction (`subordinate_subjects`), and the patient of a
passive."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.accusing_critics import critics_source
from lagebild.events.agenda_acts import agenda_sources
from lagebild.events.arguments import (
    AGENT_PREPOSITIONS,
    CIRCUMSTANCE_PREPOSITIONS,
    IDIOM_NOUNS,
    OBJECT_ARTICLES,
    RELATIVE_PRONOUNS,
    TIME_NOUNS,
    ActorIndex,
    abbreviated_agent,
    agent_after,
    children,
    first_of_two_objects,
    fronted_agent,
    genitive_attributes,
    is_act_noun,
    is_let_passive,
    is_passive,
    is_time,
    is_zu_infinitive,
    lassen_above,
    lassen_of,
    misparsed_as_attribute,
    names_an_event,
    nominative_actor,
    objects_of,
    passive_agents,
    preposition_of,
    same_actor,
    side_of,
    states_named_by_attributes,
    states_of_adjectives,
    subject_after_the_verb,
    subject_of,
    visitor,
    with_preposition,
)
from lagebild.events.bound_pronouns import coargument_referent
from lagebild.events.charge_clauses import charge_raiser
from lagebild.events.codebook import MEETING_ROOT
from lagebild.events.context_targets import judged_act_in_front
from lagebild.events.counterpart_subjects import counterpart_co_subjects
from lagebild.events.court_sources import court_source
from lagebild.events.demonstrative_subjects import demonstrative_antecedent
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.figurative_subjects import speaker_for_figure, speaker_of_unanswered_act
from lagebild.events.gapped_clauses import gapped_subjects
from lagebild.events.governed_acts import governing_subject
from lagebild.events.implicit_sources import UNIT_NOUNS, UNIT_ROOTS, group_sources
from lagebild.events.initial_subjects import finite_by_mood_or_tag
from lagebild.events.lexicon import PARTNER_TARGETS, target_prepositions
from lagebild.events.marked_subjects import (
    first_of_two_names,
    fronted_feminine_dative,
    masculine_relative_subject,
    name_after_auxiliary,
    object_marked_subject,
    pronoun_before_labelled,
)
from lagebild.events.meeting_words import MEDIATION, is_visit_noun, meeting_host
from lagebild.events.noun_agents import noun_agents
from lagebild.events.origin_places import origin_states
from lagebild.events.passive_sources import (
    arrest_noun_source,
    passive_auxiliaries,
    placed_state_act_source,
    speaker_source,
    state_act_source,
    topic_source,
    trial_noun_source,
)
from lagebild.events.plural_topics import plural_topic_sides
from lagebild.events.possessed_sources import possessed_act_performer, possessor_source
from lagebild.events.prefield_subjects import prefield_sources
from lagebild.events.pronoun_sources import (
    PRONOUN_REFERENTS,
    author_of_thing_before,
    referring_es,
    topic_antecedent,
)
from lagebild.events.recalled_envoys import recalling_state
from lagebild.events.refusals import REFUSAL_TO_YIELD
from lagebild.events.relative_subjects import (
    relative_antecedent,
    relative_read_as_article,
    relative_read_as_object,
    subject_after_relative_object,
)
from lagebild.events.shared_subjects import (
    first_conjunct,
    misread_object,
    own_prefield_subjects,
    shared_subject_of,
)
from lagebild.events.spoken_for import body_spoken_for
from lagebild.events.subject_repairs import (
    act_noun_in_front,
    act_object_in_front,
    adverb_in_front,
    agreeing_names_after,
    clause_finite,
    compared_in_front,
    disagrees_in_number,
    name_after_finite,
    nominative_taken_for_dative,
    object_after,
    phrase_actor,
    pronoun_after_fronted,
    subject_after_participle,
    subject_beside_reflexive,
    subject_taken_for_head,
)
from lagebild.events.subordinate_subjects import opening_name_before_labelled, subject_after_conjunction
from lagebild.events.talks_with_a_partner import holder_of_talks
from lagebild.events.triggers import Trigger
from lagebild.events.verb_first_clauses import (
    SUBJECT_PRONOUNS,
    committing_verb,
    coordinated_clause_sources,
    preceding_subjects,
    verb_first_sources,
)
from lagebild.pipeline.word_classes import NOMINATIVE_DEMONSTRATIVES_DE, PERSON_LABELS, has_passive_auxiliary

# measures and force whose compound's abbreviated first part names the agent: aid (07), force posture
# (15), sanctions and embargoes (163), coercion and violence (17-20)
AGENT_PREFIX_CODES = ("07", "15", "163", "17", "18", "19", "20")
CONTROLLED = ("conj", "xcomp", "ccomp", "advcl")  # how a "zu" infinitive hangs on its controller
PERSONAL_SUBJECTS = {"er", "sie"}
TITLE_QUOTES = {"„", "“", '"', "«", "»"}
# "die vom Kreml angekündigte Waffenruhe": the agent phrase of a participle before its noun, a few words
PARTICIPLE_AGENT_WINDOW = 6
# where an attributed participle happened: "die in Iran inhaftierten Deutschen"
PARTICIPLE_PLACE_PREPOSITIONS = ("in", "im")
# participles by which a side leads or rules a body, inflected as attributes ("geführte", "geführten")
LEADING_PARTICIPLES = ("geführt", "angeführt", "beherrscht", "dominiert", "kontrolliert")
# a state's voters, citizens or population act at home, in a vote or a poll: "Die Schweizer Wähler
# sagten Nein zur Reform" is no rejection by Switzerland of anyone
ELECTORATE = ("wähler", "wählerinnen", "wählerschaft", "stimmbürger", "stimmbürgerinnen", "stimmvolk",
              "stimmberechtigte", "stimmberechtigten", "wahlberechtigte", "wahlberechtigten", "bürger",
              "bürgerinnen", "bevölkerung", "einwohner", "einwohnerinnen")  # fmt: skip


def sources_and_patient(trigger: Trigger, actors: ActorIndex) -> tuple[list[Span], Span | None]:
    sources, patient = _clause_sources_and_patient(trigger, actors)
    if not sources and trigger.entry.kind == "V":
        # "Die Milizen versetzten … und drohten, …": a clause after "und" whose parse was lost
        sources = coordinated_clause_sources(trigger.token, actors)
    # "Die Slowakei wies drei Diplomaten aus, Litauen zwei": each gapped clause's name acts too
    gapped = gapped_subjects(trigger, actors) if sources else []
    # "amerikanische und britische Kampfflugzeuge", found as the noun's phrase wherever the parse hung it
    listed = [a for s in sources for a in actors.adjectives_listed_before(s) if a not in sources]
    return listed + sources + [s for s in gapped if s not in sources], patient


def _passive_patient(verb: Token) -> Token | None:
    """The passive's subject, which suffers the act; not an agent phrase the parse labelled so."""
    return next((c for c in verb.children if c.dep_ == "nsubj:pass" and not fronted_agent(c)), None)


def _clause_sources_and_patient(trigger: Trigger, actors: ActorIndex) -> tuple[list[Span], Span | None]:
    token = trigger.token
    if is_visit_noun(trigger):
        guest = visitor(token, actors)
        return ([guest] if guest is not None else []), None
    if trigger.entry.kind == "N":
        meeting = trigger.entry.code.startswith(MEETING_ROOT) and trigger.entry.code != MEDIATION
        for candidate in noun_agents(token, trigger.entry):
            # the whole list performs the act ("Frankreich und Polen verhängten Sanktionen"); those
            # listed for a meeting ("ein Treffen von Kurti und Vučić") meet each other
            found = [actors.of_phrase(candidate)] if meeting else actors.of_phrases(candidate)
            found = [a for a in found if a] or states_of_adjectives(candidate)
            found = found or group_sources(trigger, candidate, actors)
            if found:
                return found, None
        agent = agent_after(token, actors) if is_act_noun(token) else None
        agent = agent or possessed_act_performer(token, trigger.entry, actors)
        if agent is not None:
            return [agent], None
        # "die US-Sanktionen gegen Kuba": the abbreviated agent of a measure or force aimed at someone named
        # on the noun; not of other acts, where an organisation named so is often the one joined or left
        # ("EU-Austritt"), nor of a measure only mentioned, whose target would be a guess
        aimed = trigger.entry.target.startswith("pp:") and any(
            preposition_of(c) in target_prepositions(trigger.entry.target) for c in token.children
        )
        prefixed = (
            abbreviated_agent(token) if aimed and trigger.entry.code.startswith(AGENT_PREFIX_CODES) else None
        )
        if prefixed is not None:
            return [prefixed], None
        origins = origin_states(trigger, actors)
        if origins:  # "Aus Kiew kam der Vorwurf": the state the statement came from
            return origins, None
        host = meeting_host(trigger, actors) or _participant_in_circumstance(trigger, actors)
        if host is not None:
            return [host], None
        # "hielt an seinen Gegenzöllen fest", "antworteten mit Angriffen": the governing verb's subject
        subject = governing_subject(trigger) or charge_raiser(trigger)
        found = (
            actors.of_phrases(subject) or group_sources(trigger, subject, actors)
            if subject is not None
            else []
        )
        # "Ein Abbruch der Beziehungen stehe nicht zur Debatte, betonte der Minister": who weighs it
        found = found or agenda_sources(trigger, actors)
        # "Ein Treffen mit Scholz sei nicht vorgesehen": talks with a partner held by the text's topic
        found = found or holder_of_talks(trigger, actors)
        # "Die Festnahme des Bloggers löste Proteste aus": the police of the state it happened in; "In
        # Grodno beginnt der Prozess": the courts of the state of the town
        noun_source = None if found else arrest_noun_source(trigger, actors) or trial_noun_source(trigger)
        return found or ([noun_source] if noun_source is not None else []), None
    answerer = speaker_of_unanswered_act(trigger, actors)
    if answerer is not None:
        return [answerer], None
    attributed = _attributive_participle(trigger, actors)
    if attributed is not None:
        return attributed
    passive = is_passive(token)  # read once: the rules below ask it of the same verb up to six times
    dative = _fronted_dative(trigger, actors) if not passive else None
    if dative is not None:
        # "Der Ukraine sagte der Minister Munition zu": the phrase in front is a dative, the patient
        return dative
    own = own_prefield_subjects(token, actors) if not passive else []
    if own:
        return own, None
    first = first_conjunct(token)
    if first is not None:
        # "…, rief Moskau … auf und kündigte an": the first conjunct opens with its verb, and shares in turn
        shared = verb_first_sources(trigger, first, actors) or _shared_sources(trigger, first, actors)
        if shared is not None:
            return shared, misread_object(token, actors)
    # "…, rief Moskau zu einer Waffenruhe auf": a clause opening with its verb shares the subject before
    clause = committing_verb(token, _controlling_verb(token)) if is_zu_infinitive(token) else token
    elided = verb_first_sources(trigger, clause, actors) if clause is not None and not passive else []
    if elided:
        return elided, misread_object(clause, actors)
    if not passive and passive_auxiliaries(token):
        # a participle sharing a passive's auxiliary shares its agent and patient
        head = token.head
        agents = passive_agents(head) + passive_agents(token)
        patient = _passive_patient(head)
        sources = actors.of_phrases(agents[0]) if agents else _agentless_source(trigger, actors)
        return sources, actors.of_phrase(patient) if patient is not None else None
    if children(token, "nsubj:pass") and passive and _perfect_with_haben(token):
        return _perfect_subjects(trigger, token, actors)
    if passive and not _perfect_of_motion(trigger) and not subject_after_participle(token):
        agents = passive_agents(token)
        patient = _passive_patient(token)
        sources = actors.of_phrases(agents[0]) if agents else _agentless_source(trigger, actors)
        return sources, actors.of_phrase(patient) if patient is not None else None
    if is_let_passive(token):
        # the subject suffers the act; refusing it, the subject is the source and the coercer the target
        # the news parser hangs the phrase on "lassen" ("lässt sich nicht von Moskau erpressen")
        agents = [
            a for v in (token, lassen_of(token)) for p in ("von", "durch") for a in with_preposition(v, p)
        ]
        subject = subject_of(token) or subject_of(lassen_of(token))
        agent = actors.of_phrase(agents[0]) if agents else None
        suffering = actors.of_phrases(subject) if subject is not None else []
        if trigger.entry.code == REFUSAL_TO_YIELD:
            return suffering, agent
        return ([agent] if agent is not None else []), suffering[0] if suffering else None
    causer = _causer(token, actors)
    if causer:
        # the people the act is done to are the caused verb's object ("ließ Minister festnehmen")
        patients = [actors.of_phrase(o) for o in objects_of(token)]
        return causer, next(filter(None, patients), None)
    demonstrative = _demonstrative_subject(token)
    if demonstrative is not None:
        actor = actors.by_token.get(demonstrative.i) or demonstrative_antecedent(demonstrative, actors)
        return ([actor] if actor is not None else []), None
    subject = subject_of(token) or subject_beside_reflexive(token) or first_of_two_objects(token)
    speaker = speaker_for_figure(trigger, subject, actors)
    if speaker is not None:
        return [speaker], None
    finite = clause_finite(token)
    subject_and_finite = subject is not None and finite is not None
    pronoun = (
        pronoun_after_fronted(token, subject, finite) or pronoun_before_labelled(token, subject, finite)
        if subject_and_finite
        else None
    )
    if pronoun is not None:
        # "Moskau warf er vor", "Zugleich bietet er Modi Gespräche an": the pronoun's referent, named
        # before, acts on the object the parse took for the subject
        fronted = actors.of_phrase(subject)
        referent = actors.by_token.get(pronoun.i) or topic_antecedent(pronoun, token, actors, skip=fronted)
        return ([referent] if referent is not None else []), fronted
    marked, patient = object_marked_subject(subject, finite, actors) if subject_and_finite else ([], None)
    if not marked and subject_and_finite:
        marked, patient = first_of_two_names(subject, finite, actors)
    if not marked and subject is not None:
        marked = opening_name_before_labelled(token, subject, actors)
        patient = actors.by_token.get(subject.i) if marked else patient
    if not marked and subject_and_finite and subject.i < finite.i and _marked_object_in_front(finite):
        # "Den Iran kritisierte Paris scharf": the phrase in front is the object, whatever its label
        marked = agreeing_names_after(finite, actors)
        patient = actors.of_phrase(subject) if marked else patient
    if marked:
        # "hatte Biden den Kronprinzen Mohammed bin Salman gebeten", "hatte Biden Kronprinz … gebeten": the
        # parse's subject is the object
        return marked, patient
    misread = relative_read_as_article(token, subject) or _named_relative_object(trigger, subject, actors)
    masculine = masculine_relative_subject(token, subject) if subject is not None and not misread else None
    if masculine is not None:
        # "Tambadou, der Myanmar vorwirft": "der" on a masculine noun is the nominative pronoun
        antecedent, name = masculine
        return _named_or_implied(trigger, antecedent, actors), actors.of_phrase(name)
    if misread is not None:
        # "Japan, das Kenia Hilfe angeboten hatte": "das" opens the relative clause, the antecedent acts
        antecedent, noun = misread
        return _named_or_implied(trigger, antecedent, actors), actors.of_phrase(noun)
    if subject_and_finite and not actors.of_phrases(subject):
        # a subject naming nobody that the finite verb disagrees with is no subject ("Wenige Stunden
        # … hatte Nordkorea …"): the names agreeing with it right after the verb are
        named = agreeing_names_after(finite, actors) if disagrees_in_number(subject, finite) else []
        if named:
            return named, None
        # nor is a lone word in front of a phrase labelled a dative that no dative's article opens
        nominative = nominative_taken_for_dative(subject, finite, token)
        named = actors.of_phrases(nominative) if nominative is not None else []
        if named:
            return named, None
    fronted = prefield_sources(trigger, token, subject, finite, actors) if subject_and_finite else []
    if fronted:
        return fronted, None
    if subject is not None and (adverb_in_front(subject, token) or compared_in_front(subject, token)):
        # "Unterdessen nahm die Polizei einen Soldaten fest": the parse made the adverb the subject and
        # both noun phrases after the verb objects; the first is the subject, the next the patient. So
        # with a compared phrase in front: "Wie Ungarn droht nun auch die Slowakei der Ukraine …"
        subject = subject_after_the_verb(token)
        patient = object_after(token, subject, actors) if subject is not None else None
        found = actors.of_phrases(subject) if subject is not None else []
        if found:
            return found, patient
    critics = critics_source(trigger, subject, actors) if subject is not None else None
    if critics is not None:
        # "Kritiker werfen Sandu vor": the critics accuse, though the lexicon codes their word as an act
        return [critics], None
    if subject is not None and subject.i not in actors.by_token and judged_act_in_front(trigger, subject):
        # an actor is no act, though the lexicon may code its word as one ("Kritiker in Warschau werfen …")
        subject = subject_after_the_verb(token)
    elif subject is not None and act_noun_in_front(trigger, subject) and not actors.of_phrases(subject):
        # "Einen Bruch mit Washington strebe N'Djamena nicht an": the actor after the verb, if any
        after = subject_after_the_verb(token)
        subject = after if after is not None and actors.of_phrases(after) else subject
    if subject is not None and act_object_in_front(trigger, subject):
        # "Eine Neuwahl lehnte Tokajew ab": the row's object before the verb, its subject after
        named = name_after_finite(token, actors)
        if named is not None:
            return [named], None
    if subject is not None and _electorate(subject):
        return [], None
    antecedent = relative_antecedent(token, subject) if subject is not None else None
    if antecedent is not None:
        # "Paris und Rom, die Kiew Hilfe zusagten": the antecedent's phrase, with the names listed in it;
        # one naming no side ("Tausende, die … forderten") leaves no other noun of the clause to act; an
        # idiom's noun ("ging mit Belarus ins Gericht, das …") names none: the actor before it acts
        linked = actors.by_token.get(subject.i) if antecedent.lower_ in IDIOM_NOUNS else None
        named = _named_or_implied(trigger, antecedent, actors) or ([linked] if linked is not None else [])
        # what an act done with a partner is done on names no side ("das Abkommen, das Iran mit China
        # unterzeichnet hat"): another noun of the clause that names one is its subject, if the finite
        # verb agrees with it; other acts may have a thing for their subject ("eine Regelung, die
        # Bangladesch den Versand erlaubte")
        joint = trigger.entry.target in PARTNER_TARGETS
        beside = subject_after_relative_object(token, subject) if joint and not named else None
        return named or (_named_or_implied(trigger, beside, actors) if beside is not None else []), None
    if subject is not None and subject.lower_ in PERSONAL_SUBJECTS and subject.i not in actors.by_token:
        # an unresolved "er" is still the subject: no other noun of the clause ("Er sagte Ägypten
        # Unterstützung zu") can be the source, only the main clause's subject or a body or group
        # it continues; an expletive "es" ("Es trafen sich …") names nobody
        found = _main_clause_subject(subject, token, actors) or plural_topic_sides(subject, token, actors)
        topic = topic_antecedent(subject, token, actors) if not found else None
        return found or ([topic] if topic is not None else []), None
    if subject is not None and subject.i not in actors.by_token and referring_es(subject, token):
        # "Nairobi beteuert, es biete nur einen Raum für Gespräche": the neuter side named before
        found = _main_clause_subject(subject, token, actors) or [topic_antecedent(subject, token, actors)]
        if found[0] is not None:
            return found, None
    spoken_for = body_spoken_for(subject, actors) if subject is not None else None
    if spoken_for is not None:
        # "…, teilt Berater X mit. Er wirft …": a person of no side speaks for the body he reported on
        return [spoken_for], None
    author = author_of_thing_before(subject, token, actors) if subject is not None else None
    if author is not None and subject.i not in actors.by_token:
        # "Die EU hat ein Sanktionspaket beschlossen. Es verbietet …": the package acts for its author
        return [author], None
    bound = coargument_referent(subject, token, actors) if subject is not None else None
    if bound is not None and subject.lower_ in PERSONAL_SUBJECTS:
        # "Putin, dem er … zur Last legt": "er" is not the one "dem" stands for, but a subject before
        topic = topic_antecedent(subject, token, actors, skip=bound)
        return ([topic] if topic is not None and not same_actor(topic, bound) else []), bound
    sources = _named_or_implied(trigger, subject, actors) if subject is not None else []
    if not sources and subject is not None and _someone_unknown(subject, token, actors):
        return [], None
    if not sources and misparsed_as_attribute(token):
        sources = _speaker_after(token, actors) or preceding_subjects(token, actors) or []
    noun = subject_taken_for_head(token) if not sources and subject is None else None
    if noun is not None:
        # "griffen Kämpfer der Miliz … an", "Angehörige der Geiseln demonstrierten"
        actor = phrase_actor(noun, actors)
        sources = (
            [actor]
            if actor is not None
            else group_sources(trigger, noun, actors) or _unnamed(trigger, noun, actors)
        )
    if not sources and is_zu_infinitive(token) and token.head.pos_ in NOMINAL_POS:
        sources = _deciders(token.head, actors)
    if not sources and subject is None:
        # "Vor zwei Wochen hatte Erdoğan in Ankara den Hamas-Chef … empfangen": in verb-second order the
        # name right after the finite auxiliary is the subject, before any other actor of the clause
        sources = name_after_auxiliary(token, actors)
    if not sources and (subject is None or subject.pos_ == "NOUN" and not actors.of_phrases(subject)):
        # "…, seit Canberra eine Untersuchung gefordert hatte": the name opening a subordinate clause
        sources = subject_after_conjunction(token, actors)
    if not sources and subject is None and finite is not None and _marked_object_in_front(finite):
        # "Einen Plan Kairos' hatten Tripolis und Ankara zurückgewiesen": the names after the verb, not
        # those inside the fronted object
        sources = agreeing_names_after(finite, actors)
    if not sources:
        # an infinitive's clause has no subject to find: its controller's clause has
        clause = _controlling_verb(token)
        pronoun = _pronoun_after(clause) if clause is not None else None
        if pronoun is not None:  # the subject, even unresolved: no noun of the clause can be it then
            fallback = actors.by_token.get(pronoun.i)
        else:
            fallback = clause and (
                nominative_actor(clause, actors, set()) or _inverted_subject(clause, actors)
            )
        sources = _with_coordinated_names(fallback, actors) if fallback is not None else []
        if not sources and pronoun is None:
            sources = _actor_before_main_verb(token, actors)
    if not sources and subject is None and finite is not None:
        # "Im Gegenzug übergab Kiew …": the name after the finite verb, whatever case the tagger guessed
        sources = agreeing_names_after(finite, actors)
    return sources, None


def _attributive_participle(trigger: Trigger, actors: ActorIndex) -> tuple[list[Span], Span | None] | None:
    """A participle attributed to a noun is a passive without its auxiliary: its "von" or "durch" phrase
    names the agent, the noun the patient ("die von Ruanda unterstützten Rebellen", "des von Brüssel
    vermittelten Dialogs"); with no agent phrase, an act only a state does is the state's where the
    phrase before it places it ("die in Iran inhaftierten Deutschen"). None where neither names one."""
    token = trigger.token
    if token.dep_ != "amod" or token.head.pos_ not in NOMINAL_POS:
        return None
    agent = _agent_before(token)
    sources = actors.of_phrases(agent) if agent is not None else []
    place = _phrase_before(token, PARTICIPLE_PLACE_PREPOSITIONS) if agent is None else None
    placed = placed_state_act_source(trigger, place) if place is not None else None
    sources = sources or ([placed] if placed is not None else [])
    return (sources, actors.of_phrase(token.head)) if sources else None


def _agent_before(participle: Token) -> Token | None:
    """The noun of the agent phrase in front of an attributed participle, found by word order: the parse
    often hangs the phrase on the article ("Die von Moskau verhängten Sanktionen", "von" ← "Die")."""
    return _phrase_before(participle, AGENT_PREPOSITIONS)


def _phrase_before(participle: Token, prepositions: tuple[str, ...]) -> Token | None:
    """The noun of a phrase with one of the prepositions in front of an attributed participle, by word
    order, as the parse hangs such phrases anywhere."""
    first = max(participle.sent.start, participle.i - PARTICIPLE_AGENT_WINDOW)
    for word in reversed(participle.doc[first : participle.i]):
        if word.is_punct or word.pos_ in VERBAL_POS:
            return None
        if word.lower_ in prepositions and word.dep_ == "case":
            return word.head if word.i < word.head.i < participle.i else None
    return None


def _fronted_dative(trigger: Trigger, actors: ActorIndex) -> tuple[list[Span], Span | None] | None:
    """The subject after the finite verb and the dative before it that the parse took for the subject."""
    token = trigger.token
    # a finite verb the tagger gave another tag ("warf" as ADJA) is its own finite verb all the same
    finite = clause_finite(token) or (token if finite_by_mood_or_tag(token) else None)
    subject = subject_of(token)
    if subject is None or finite is None:
        return None
    after = fronted_feminine_dative(token, subject, finite)
    if after is None:
        return None
    return _named_or_implied(trigger, after, actors), actors.of_phrase(subject)


def _named_relative_object(
    trigger: Trigger, subject: Token | None, actors: ActorIndex
) -> tuple[Token, Token] | None:
    """A relative pronoun the parse took for the object, where its antecedent names a side: "das
    Abkommen, das Iran unterzeichnet hat" keeps Iran the subject (`relative_read_as_object`)."""
    found = relative_read_as_object(trigger.token, subject)
    return found if found is not None and _named_or_implied(trigger, found[0], actors) else None


def _named_or_implied(trigger: Trigger, subject: Token, actors: ActorIndex) -> list[Span]:
    """The actors a subject names (with the states of unnamed counterparts beside it), else the state or
    side its group, court or possessor implies."""
    named = actors.of_phrases(subject)
    if named and all(side_of(n) is None for n in named):
        # a court the NER named but no one placed ("Der Oberste Gerichtshof") is still its state's
        court = court_source(trigger, subject)
        named = [court] if court is not None else named
    return (
        (named + counterpart_co_subjects(subject, actors, named) if named else [])
        or _person_after_title(subject, actors)
        or group_sources(trigger, subject, actors)
        or _unnamed(trigger, subject, actors)
        or _leaders_of(subject, actors)
        or _nationality_of(trigger, subject)
    )


def _leaders_of(subject: Token, actors: ActorIndex) -> list[Span]:
    """A body or alliance named as led or ruled by a side acts for that side: "die von Riad geführte
    Koalition", "das von der Opposition beherrschte Parlament". Not one supported or founded by it."""
    for participle in children(subject, "amod"):
        if participle.lower_.startswith(LEADING_PARTICIPLES) and participle.i < subject.i:
            agent = _agent_before(participle)
            if agent is not None:
                return actors.of_phrases(agent)
    return []


def _nationality_of(trigger: Trigger, subject: Token) -> list[Span]:
    """A body, group or unit named by its nationality alone acts for that state, as the guidelines code
    it: "das israelische Sicherheitskabinett", "indische Reisebüros", "zwei belarussische
    Militärhubschrauber", each state of "amerikanische und britische Kampfflugzeuge"."""
    # a title in quotation marks names a newspaper or a work, no body ("die britische „Times“")
    if subject.pos_ != "NOUN" or any(c.text in TITLE_QUOTES for c in children(subject, "punct")):
        return []
    # units and weapons act for their state by force only ("Türkische Drohnen fliegen für Mali")
    if subject.lower_.endswith(UNIT_NOUNS) and trigger.entry.code[:2] not in UNIT_ROOTS:
        return []
    return states_named_by_attributes(subject)


def _person_after_title(title: Token, actors: ActorIndex) -> list[Span]:
    """A person's name right after a title that names nobody is the title's, wherever the parse hung
    it ("Präsident Sauli Niinistö erklärte …" with the name taken for a complement of the verb)."""
    following = title.doc[title.i + 1] if title.i + 1 < title.sent.end else None
    name = actors.by_token.get(following.i) if following is not None and title.pos_ == "NOUN" else None
    person = name is not None and name.start == following.i and name.label_ in PERSON_LABELS
    return [name] if person else []


def _unnamed(trigger: Trigger, subject: Token, actors: ActorIndex) -> list[Span]:
    """A subject naming no actor that still tells whose it is: a state's court or judges named by their
    kind alone (`court_sources`), someone's lawyers, supporters or units (`possessed_sources`)."""
    found = court_source(trigger, subject) or possessor_source(subject, actors)
    return [found] if found is not None else []


def _shared_sources(trigger: Trigger, first: Token, actors: ActorIndex) -> list[Span] | None:
    """The sources of a coordinated verb without a subject of its own: those of the first verb's
    subject; none where that subject names no known side ("Tausende zogen vor den Regierungssitz und
    warfen ihm vor"); None where the first verb's subject is not found either."""
    subject = shared_subject_of(first)
    if subject is None:
        inverted = _inverted_subject(first, actors)
        return [inverted] if inverted is not None else (_actor_before_main_verb(first, actors) or None)
    if subject.lower_ in PERSONAL_SUBJECTS and subject.i not in actors.by_token:
        topic = topic_antecedent(subject, first, actors)
        return [topic] if topic is not None else None
    found = _named_or_implied(trigger, subject, actors)
    if found:
        return found
    return [] if _someone_unknown(subject, first, actors) else None


def _agentless_source(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """A passive naming no agent: the state of an envoy recalled (`recalled_envoys`), the state sector
    behind an act only a state does, else the speaker of the reported clause, else the state the story
    follows for a rejection or reduced relations (`passive_sources`)."""
    found = (
        recalling_state(trigger, actors)
        or state_act_source(trigger)
        or speaker_source(trigger, actors)
        or topic_source(trigger, actors)
    )
    return [found] if found is not None else []


def _with_coordinated_names(source: Span, actors: ActorIndex) -> list[Span]:
    """A subject found after the verb with the names listed with it, which the parse took for objects
    as well: "Im Sicherheitsrat legten China und Russland ihr Veto ein" is the veto of both."""
    listed = actors.of_phrases(source.root)
    return [source] + [a for a in listed if a != source] if source in listed else [source]


def _main_clause_subject(pronoun: Token, verb: Token, actors: ActorIndex) -> list[Span]:
    """A personal pronoun subject of a relative clause refers back to the subject of the main clause
    when they agree ("Die Miliz will Geiseln freilassen, die sie im Mai entführt hatte")."""
    relative = [c for c in verb.children if c.pos_ == "PRON" and c.lower_ in RELATIVE_PRONOUNS]
    if not relative or relative[0].i > pronoun.i or verb.dep_ == "ROOT":
        return []
    main = verb.head
    while main.dep_ != "ROOT" and main.head != main:
        main = main.head
    subject = subject_of(main)
    if subject is None or subject.lower_ in PERSONAL_SUBJECTS:
        return []
    genders = set(subject.morph.get("Gender")) | (set(subject.morph.get("Number")) - {"Sing"})
    agrees = not genders or bool(genders & PRONOUN_REFERENTS[pronoun.lower_])
    return actors.of_phrases(subject)[:1] if agrees else []


def _someone_unknown(subject: Token, verb: Token, actors: ActorIndex) -> bool:
    """The verb's subject before it is a noun phrase of no known side ("Menschenrechtler kritisierten
    China", "Die Opposition warf Russland Wahlbetrug vor"): no other actor of the clause, least of all
    the object after the verb, is the source. A noun that names an act is no subject but a fronted
    object the parse mislabelled ("Pekings Drohungen verurteilte Washington"); a title the parse split
    from its name ("Präsident Xi sagte zu") is no unknown one, nor is a predicate with "als" ("Als
    Begründung nannte das Ministerium …")."""
    heads = (verb, *children(verb, "aux", "aux:pass"))
    named = any(t.i in actors.by_token for t in subject.subtree) or any(
        i in actors.by_token for i in range(subject.i, verb.i)
    )
    start = subject.left_edge.i
    predicate = start > subject.sent.start and subject.doc[start - 1].lower_ == "als"
    # "Keine zwei Tage nach dem Angriff verhängten die USA …": a span of time, misread as the subject
    timespan = is_time(subject) or subject.lemma_.lower() in TIME_NOUNS or bool(children(subject, "nummod"))
    return (
        not predicate
        and not timespan
        and subject.pos_ == "NOUN"
        and subject.head in heads
        and subject.i < verb.i
        and not names_an_event(subject)
        and not named
    )


def _electorate(subject: Token) -> bool:
    """Voters as the subject, also where the parse made the people's name its head ("Die Schweizer
    Stimmbürger" with "Stimmbürger" in apposition to "Schweizer")."""
    heads = (subject, *children(subject, "appos", "flat", "compound"))
    return any(t.pos_ == "NOUN" and t.lower_.endswith(ELECTORATE) for t in heads)


def _speaker_after(verb: Token, actors: ActorIndex) -> list[Span]:
    """A verb that opens its clause after a comma or quote is a reporting clause ("…, drohte
    Generalstabschef Bagheri"): its subject follows it, whatever the parse hung the verb on."""
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if previous is None or not previous.is_punct:
        return []
    speaker = actors.of_phrase(verb.head) or _inverted_subject(verb, actors)
    return [speaker] if speaker is not None else []


def _actor_before_main_verb(verb: Token, actors: ActorIndex) -> list[Span]:
    """A main clause whose subject the parse lost in a misread title ("Staats- und Parteichef Xi
    Jinping empfing …"): the actor before the finite verb, unless marked as an object."""
    if verb.dep_ != "ROOT":
        return []
    return [s for s in preceding_subjects(verb, actors) or [] if _not_marked_as_object(s)][:1]


def _participant_in_circumstance(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """A meeting named as the circumstance of a clause ("Nach einem Telefonat mit Macron sagte Scholz
    …", "Bei seinem Treffen mit Xi forderte Biden …") is the meeting of that clause's subject, when
    it names the partner: without one ("Während der Verhandlungen in Genf drohte Russland …") the
    subject may have been anyone at the table."""
    noun = trigger.token
    if not trigger.entry.code.startswith(MEETING_ROOT) or noun.dep_ != "obl":
        return None
    if not any(preposition_of(c) == "mit" for c in noun.children):
        return None
    if preposition_of(noun) not in CIRCUMSTANCE_PREPOSITIONS or noun.head.pos_ not in VERBAL_POS:
        return None
    subject = subject_of(noun.head)
    participants = actors.of_phrases(subject) if subject is not None else []
    return participants[0] if participants else None


def _deciders(noun: Token, actors: ActorIndex) -> list[Span]:
    """Whose decision, announcement or plan a "zu" infinitive spells out: "die Entscheidung Polens, die
    Grenze zu schließen", "Russlands Drohung, die Lieferungen einzustellen", "die Ankündigung von
    Präsident Aliyev, die Gespräche auszusetzen". The parse hangs the infinitive on the
    noun or on its attribute; an addressee ("die Aufforderung an Iran, … zu") would be the one to act."""
    if any(preposition_of(c) == "an" for c in noun.children):
        return []
    if noun.dep_ in ("nmod", "nmod:poss", "det:poss") or _genitive_or_von(noun):
        actor = actors.of_phrase(noun)
        return [actor] if actor is not None else []
    attributes = children(noun, "det:poss", "nmod:poss", "amod") + genitive_attributes(noun)
    attributes += [c for c in noun.children if preposition_of(c) in ("von", "vom")]
    return next((found for found in map(actors.of_phrases, attributes) if found), [])


def _genitive_or_von(noun: Token) -> bool:
    return "Gen" in noun.morph.get("Case") or preposition_of(noun) in ("von", "vom")


def _perfect_of_motion(trigger: Trigger) -> bool:
    """ "Die Türkei ist in Syrien einmarschiert": a verb without an object forms its perfect with
    "sein", which the parser takes for a passive; its subject is the agent."""
    entry, verb = trigger.entry, trigger.token
    # the row's objects may be instruments ("mit Wasserwerfern vorgegangen"): with an active subject
    # beside "sein" the verb is still intransitive ("Die Polizei war gegen die Menge vorgegangen")
    prepositional = entry.target.startswith("pp:")
    intransitive = prepositional and (not entry.objects or bool(children(verb, "nsubj")))
    auxiliaries = children(verb, "aux:pass")
    return intransitive and bool(auxiliaries) and all(a.lemma_ == "sein" for a in auxiliaries)


def _perfect_with_haben(verb: Token) -> bool:
    """A participle whose clause's finite verb is "haben" is a perfect, never a passive ("Wenige Stunden
    zuvor hatte Nordkorea eine Rakete gefeuert"), whatever "passive subject" the parse gave it."""
    finite = clause_finite(verb)
    return finite is not None and finite.lemma_.lower() == "haben" and not has_passive_auxiliary(verb)


def _perfect_subjects(trigger: Trigger, verb: Token, actors: ActorIndex) -> tuple[list[Span], Span | None]:
    """The subject and object of a perfect the parse took for a passive. A subject labelled on the
    verb or on its "haben" is the subject ("Die Kämpfer hatten Dutzende Zivilisten getötet"); else
    the "passive subject" is, if it stands before "haben" and agrees with it; if not ("Wenige Stunden
    zuvor hatte Nordkorea …"), the names agreeing with "haben" right after it, and the "passive
    subject" after "haben" is the object."""
    finite = clause_finite(verb)
    labelled = children(verb, "nsubj") + children(finite, "nsubj")
    passive_subject = children(verb, "nsubj:pass")[0]
    if labelled:
        found = actors.of_phrases(labelled[0]) or group_sources(trigger, labelled[0], actors)
        return found, actors.of_phrase(passive_subject)
    if passive_subject.i < finite.i and not disagrees_in_number(passive_subject, finite):
        return actors.of_phrases(passive_subject) or group_sources(trigger, passive_subject, actors), None
    found = agreeing_names_after(finite, actors)
    patient = actors.of_phrase(passive_subject) if passive_subject.i > finite.i else None
    return found, patient if patient not in found else None


def _controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject a "zu" infinitive shares ("Biden versprach, … zu telefonieren"); none
    where the parse hangs the infinitive on a noun."""
    while is_zu_infinitive(verb) and verb.dep_ in CONTROLLED and verb.head != verb:
        verb = verb.head
    return verb if verb.pos_ in VERBAL_POS else None


def _pronoun_after(verb: Token) -> Token | None:
    """A personal pronoun right after the finite verb is its subject: in German word order it comes
    before any noun object ("Zugleich warf es Deutschland vor", "forderte er die EU auf"), whatever
    label the parser gave it."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    return following if following is not None and following.lower_ in SUBJECT_PRONOUNS else None


def _marked_object_in_front(finite: Token) -> bool:
    """The main clause opens with a phrase whose article marks an object ("Einen Plan …", "Den
    Vorschlag …", "Dem Präsidenten …") and goes on to the finite verb without another clause."""
    sentence = finite.sent
    prefield = finite.doc[sentence.start : finite.i]
    if not prefield or prefield[0].lower_ not in OBJECT_ARTICLES:
        return False
    return not any(t.pos_ in VERBAL_POS or t.text in (",", ":", ";") for t in prefield)


def _demonstrative_subject(verb: Token) -> Token | None:
    """A demonstrative alone before the finite verb of a main clause is its subject ("Dieser hatte Iran
    gerügt"), whatever tag and head the parser gave it and whatever it made the subject instead: the
    noun after it is the object."""
    first = verb.doc[verb.sent.start]
    if first.lower_ not in NOMINATIVE_DEMONSTRATIVES_DE or first.i + 1 >= verb.sent.end:
        return None
    finite = verb.doc[first.i + 1]
    # a coordinated verb without a subject of its own shares it ("Dieser hatte … gerügt und … verlangt")
    clause = verb.head if verb.dep_ == "conj" and not children(verb, "nsubj") else verb
    if clause.dep_ != "ROOT" or finite.pos_ not in VERBAL_POS:
        return None
    # the finite verb is the clause's own, whatever the parser hung it on ("hatte" as an attribute)
    return first if clause in (finite, finite.head, finite.head.head) else None


def _inverted_subject(verb: Token, actors: ActorIndex) -> Span | None:
    """A name right after a finite verb (or its finite auxiliary) that the parse left without a subject
    is, in German verb-second order, its subject ("…, schlug Sergej Lawrow vor, …", "Abbrechen will
    die Bundesregierung …")."""
    finite = [verb] if not {"Inf", "Part"} & set(verb.morph.get("VerbForm")) else []
    finite += children(verb, "aux")
    for token in finite:
        after = actors.by_token.get(token.i + 1) or actors.by_token.get(token.i + 2)
        if after is not None and after.start > token.i and _not_marked_as_object(after):
            return after
    return None


def _not_marked_as_object(span: Span) -> bool:
    """Not marked as an object: "forderte die EU auf" has the EU in the accusative. A plural has one
    form for both cases ("setzten georgische Polizisten Tränengas ein"): only a dative or
    genitive marks it."""
    tokens = span.doc[max(span.start - 1, 0) : span.end]
    cases = {case for token in tokens for case in token.morph.get("Case")}
    if all("Plur" in t.morph.get("Number") for t in span):
        cases.discard("Acc")
    return not cases & {"Acc", "Dat", "Gen"} or "Nom" in cases


def _causer(verb: Token, actors: ActorIndex) -> list[Span]:
    """Who has an act done ("Die Behörden ließen Hunderte festnehmen", "hat die Junta Minister
    festnehmen lassen"): the subject of "lassen" is the source; the parse often makes the people
    acted on the subject of the verb instead."""
    lassen = lassen_of(verb) or lassen_above(verb)
    if lassen is None or is_zu_infinitive(lassen) or is_let_passive(verb):
        return []
    subject = subject_of(lassen)
    found = actors.of_phrases(subject) if subject is not None else []
    if found:
        return found
    actor = nominative_actor(lassen, actors, set())
    return [actor] if actor is not None and actor.start < verb.i else []
