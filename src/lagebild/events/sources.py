"""Who did it: the source of an event, read off the parse of a verb's clause or a noun's attributes,
with the repairs a weak parse needs (inverted subjects, reporting clauses, verbs misread as
attributes, subjects of "zu" infinitives), and the patient of a passive."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    agent_after,
    children,
    is_act_noun,
    is_let_passive,
    is_passive,
    is_zu_infinitive,
    lassen_of,
    nominative_actor,
    passive_agents,
    state_of_adjective,
    subject_of,
    visitor,
    with_preposition,
)
from lagebild.events.context_targets import in_prepositional_phrase
from lagebild.events.meetings import is_visit_noun, meeting_host
from lagebild.events.noun_agents import noun_agents
from lagebild.events.refusals import REFUSAL_TO_YIELD
from lagebild.events.triggers import Trigger

CONTROLLED = ("conj", "xcomp", "ccomp", "advcl")  # how a "zu" infinitive hangs on its controller
SUBJECT_PRONOUNS = {"er", "sie", "es"}
PERSONAL_SUBJECTS = {"er", "sie"}
# a state's voters, citizens or population act at home, in a vote or a poll: "Die Schweizer Wähler
# sagten Nein zur Reform" is no rejection by Switzerland of anyone
ELECTORATE = ("wähler", "wählerinnen", "wählerschaft", "stimmbürger", "stimmbürgerinnen", "stimmvolk",
              "stimmberechtigte", "stimmberechtigten", "wahlberechtigte", "wahlberechtigten", "bürger",
              "bürgerinnen", "bevölkerung", "einwohner", "einwohnerinnen")  # fmt: skip


def sources_and_patient(trigger: Trigger, actors: ActorIndex) -> tuple[list[Span], Span | None]:
    token = trigger.token
    if is_visit_noun(trigger):
        guest = visitor(token, actors)
        return ([guest] if guest is not None else []), None
    if trigger.entry.kind == "N":
        for candidate in noun_agents(token, trigger.entry):
            actor = actors.of_phrase(candidate) or state_of_adjective(candidate)
            if actor is not None:
                return [actor], None
        agent = agent_after(token, actors) if is_act_noun(token) else None
        if agent is not None:
            return [agent], None
        host = meeting_host(trigger, actors)
        return ([host] if host is not None else []), None
    if is_passive(token) and not _perfect_of_motion(trigger):
        agents = passive_agents(token)
        patient = next((c for c in token.children if c.dep_ == "nsubj:pass"), None)
        sources = actors.of_phrases(agents[0]) if agents else []
        return sources, actors.of_phrase(patient) if patient is not None else None
    if is_let_passive(token):
        # the subject suffers the act; refusing it, the subject is the source and the coercer the target
        agents = with_preposition(token, "von") + with_preposition(token, "durch")
        subject = subject_of(token) or subject_of(lassen_of(token))
        agent = actors.of_phrase(agents[0]) if agents else None
        suffering = actors.of_phrases(subject) if subject is not None else []
        if trigger.entry.code == REFUSAL_TO_YIELD:
            return suffering, agent
        return ([agent] if agent is not None else []), suffering[0] if suffering else None
    subject = subject_of(token)
    if subject is not None and _electorate(subject):
        return [], None
    if subject is not None and subject.lower_ in PERSONAL_SUBJECTS and subject.i not in actors.by_token:
        # an unresolved "er" is still the subject: no other noun of the clause ("Er sagte Ägypten
        # Unterstützung zu") can be the source; an expletive "es" ("Es trafen sich …") names nobody
        return [], None
    sources = actors.of_phrases(subject) if subject is not None else []
    if not sources and _misparsed_as_attribute(token):
        sources = _speaker_after(token, actors) or _preceding_subjects(token, actors)
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
        sources = [fallback] if fallback is not None else []
        if not sources and token.dep_ == "ROOT" and pronoun is None:
            # a main clause whose subject the parse lost in a misread title ("Staats- und Parteichef
            # Xi Jinping empfing …"): the actor before the finite verb, unless marked as an object
            sources = [s for s in _preceding_subjects(token, actors) if _nominative(s)][:1]
    return sources, None


def _electorate(subject: Token) -> bool:
    """Voters as the subject, also where the parse made the people's name its head ("Die Schweizer
    Stimmbürger" with "Stimmbürger" in apposition to "Schweizer")."""
    heads = (subject, *children(subject, "appos", "flat", "compound"))
    return any(t.pos_ == "NOUN" and t.lower_.endswith(ELECTORATE) for t in heads)


def _misparsed_as_attribute(verb: Token) -> bool:
    """A finite verb the parser hung on its object as an attribute ("Estland und Lettland verhängten
    Einreiseverbote …" parsed as "verhängten" ← "Einreiseverbote"). A real participle attribute follows
    its noun's article ("die von der EU verhängten Sanktionen")."""
    noun = verb.head
    if verb.dep_ != "amod" or noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ in ("det", "det:poss") and c.i < verb.i for c in noun.children)


def _speaker_after(verb: Token, actors: ActorIndex) -> list[Span]:
    """A verb that opens its clause after a comma or quote is a reporting clause ("…, drohte
    Generalstabschef Bagheri"): its subject follows it, whatever the parse hung the verb on."""
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if previous is None or not previous.is_punct:
        return []
    speaker = actors.of_phrase(verb.head) or _inverted_subject(verb, actors)
    return [speaker] if speaker is not None else []


def _preceding_subjects(verb: Token, actors: ActorIndex) -> list[Span]:
    """The first actor before such a verb outside a prepositional phrase, with the actors coordinated
    with it ("Estland, Lettland und Litauen")."""
    for token in verb.doc[verb.sent.start : verb.i]:
        span = actors.by_token.get(token.i)
        if span is not None and not in_prepositional_phrase(span):
            return actors.of_phrases(span.root)
    return []


def _perfect_of_motion(trigger: Trigger) -> bool:
    """ "Die Türkei ist in Syrien einmarschiert": a verb without an object forms its perfect with
    "sein", which the parser takes for a passive; its subject is the agent."""
    entry, verb = trigger.entry, trigger.token
    intransitive = not entry.objects and entry.target.startswith("pp:")
    auxiliaries = children(verb, "aux:pass")
    return intransitive and bool(auxiliaries) and all(a.lemma_ == "sein" for a in auxiliaries)


def _controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject a "zu" infinitive shares ("Biden versprach, … zu telefonieren"); none
    where the parse hangs the infinitive on a noun."""
    while is_zu_infinitive(verb) and verb.dep_ in CONTROLLED and verb.head != verb:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _pronoun_after(verb: Token) -> Token | None:
    """A personal pronoun right after the finite verb is its subject: in German word order it comes
    before any noun object ("Zugleich warf es Deutschland vor", "forderte er die EU auf"), whatever
    label the parser gave it."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    return following if following is not None and following.lower_ in SUBJECT_PRONOUNS else None


def _inverted_subject(verb: Token, actors: ActorIndex) -> Span | None:
    """A name right after a finite verb (or its finite auxiliary) that the parse left without a subject
    is, in German verb-second order, its subject ("…, schlug Sergej Lawrow vor, …", "Abbrechen will
    die Bundesregierung …")."""
    finite = [verb] if not {"Inf", "Part"} & set(verb.morph.get("VerbForm")) else []
    finite += children(verb, "aux")
    for token in finite:
        after = actors.by_token.get(token.i + 1) or actors.by_token.get(token.i + 2)
        if after is not None and after.start > token.i and _nominative(after):
            return after
    return None


def _nominative(span: Span) -> bool:
    """Not marked as an object: "forderte die EU auf" has the EU in the accusative."""
    cases = {
        case for token in span.doc[max(span.start - 1, 0) : span.end] for case in token.morph.get("Case")
    }
    return not cases & {"Acc", "Dat", "Gen"} or "Nom" in cases
