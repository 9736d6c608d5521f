"""Who "sie" or "er" is when it stands for no person: a body or a group that was the subject just
before ("Die Armee griff … an. Zugleich rief sie die Bewohner auf", "Die Rebellen drohen weiter;
es gilt als sicher, dass sie erneut Schiffe beschießen"). Coreference resolves pronouns to people
only; a pronoun left unresolved continues the topic, the last subject of its own sentence before it
or of the sentence before, if that subject's noun agrees with it in gender and number. An object
pronoun left unresolved ("warf ihr vor", "drohten ihnen") is read the same way for a target, skipping
the source's own side (`object_antecedent`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from lagebild.events.arguments import SUBJECT_DEPS, ActorIndex, actor_of, children, side_of, subject_of
from lagebild.pipeline.segmentation import sentence_before
from lagebild.pipeline.word_classes import PERSON_LABELS

PLURAL = "Plur"
# what each pronoun can stand for: "er" a masculine noun, "sie" a feminine one or a plural (its verb
# tells which), "es" a neuter one ("das Land", "das Außenministerium") or a state's or city's name
PRONOUN_REFERENTS = {"er": {"Masc"}, "sie": {"Fem", PLURAL}, "es": {"Neut"}}
# the same as the object of a verb: the accusative "sie" and the datives "ihnen" and "ihr"; not after
# a preposition ("Sanktionen gegen sie", "mit ihnen in Kontakt"), where it is as often a person or a
# group named in no subject
OBJECT_PRONOUN_REFERENTS = {"sie": {"Fem", PLURAL}, "ihnen": {PLURAL}, "ihr": {"Fem"}}
OBJECT_DEPS = ("obj", "iobj", "obl:arg")
# "es" is the empty subject of these verbs ("es gibt", "es geht um", "es kam zu Kämpfen", "hieß es",
# "es handelt sich um", "es ist/bleibt/gilt als sicher"), never a side
IMPERSONAL_VERBS = {"geben", "gehen", "kommen", "heißen", "handeln", "sein", "bleiben", "gelten", "werden"}
# country and city names take no article and are neuter ("Moskau", "Frankreich"): none of these
NAME_GENDER = "Neut"
FEMININE_OR_PLURAL_ARTICLE = "die"


def topic_antecedent(
    pronoun: Token, verb: Token, actors: ActorIndex, skip: Span | None = None
) -> Span | None:
    referents = PRONOUN_REFERENTS.get(pronoun.lower_, set())
    plural = plural_pronoun(pronoun, verb)
    if plural and pronoun.lower_ == "es":
        return None  # "es drohen neue Sanktionen": the subject is the plural noun after the verb
    wanted = PLURAL if plural else next(iter(referents - {PLURAL}), None)
    if wanted is None:
        return None
    # `skip`: an object the parse made a subject
    return next(
        (
            span
            for span, agreement in _subjects_before(pronoun, actors)
            if wanted in agreement and span != skip
        ),
        None,
    )


def object_antecedent(pronoun: Token, actors: ActorIndex, source: Span) -> Span | None:
    """The body or group an object pronoun left unresolved stands for: "Die Hamas lehnte den Vorschlag
    Ägyptens ab. Israel warf ihr vor, …" is Hamas, not Egypt, the state named last. As for a subject
    pronoun, the latest subject before it that agrees with it, but none of the source's side: a verb's
    object is not its subject. Its case hides the number of "sie", which may stand for a feminine body
    or a plural."""
    referents = OBJECT_PRONOUN_REFERENTS.get(pronoun.lower_)
    if referents is None or pronoun.dep_ not in OBJECT_DEPS or pronoun.pos_ != "PRON":
        return None
    for span, agreement in _subjects_before(pronoun, actors):
        if referents & agreement and side_of(span) not in (None, side_of(source)):
            return span
    return None


def _subjects_before(pronoun: Token, actors: ActorIndex) -> Iterator[tuple[Span, set[str]]]:
    """The actors that are subjects before the pronoun, with their agreement, latest first: in its own
    sentence, then in the sentence before."""
    sentence = pronoun.sent
    before = pronoun.doc[sentence.start].nbor(-1).sent if sentence.start > 0 else None
    for start, end in ((sentence.start, pronoun.i), *(((before.start, before.end),) if before else ())):
        subjects = [(s.root.i, s, _agreement(s)) for s in _actor_spans(actors, start, end)]
        subjects = [subject for subject in subjects if subject[1].root.dep_ in SUBJECT_DEPS]
        subjects += _described_bodies(actors, start, end)
        # the sentence before hands on the subject of its main clause, not one of a clause it embeds
        # ("Das Ministerium lobte, dass Serbien die Grenze öffnete. Zugleich kritisierte es, …")
        ranked = (
            (lambda subject: subject[0])
            if start == sentence.start
            else (lambda subject: (in_main_clause(pronoun.doc[subject[0]]), subject[0]))
        )
        for _, span, agreement in sorted(subjects, key=ranked, reverse=True):
            yield span, agreement


def in_main_clause(subject: Token) -> bool:
    """The subject's verb is its sentence's main verb or one coordinated with it."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def author_of_thing_before(pronoun: Token, verb: Token, actors: ActorIndex) -> Span | None:
    """ "Die EU hat ihr Sanktionspaket beschlossen. Es verbietet …": an "es" no side stands for takes up
    the neuter thing the sentence before made or adopted (a package, a law, an agreement), which acts
    for the subject that made it. Not the empty "es" of an impersonal verb ("Es gibt …") nor one
    before a plural verb ("Es drohen Sanktionen")."""
    before = sentence_before(pronoun.sent)
    if pronoun.lower_ != "es" or before is None or plural_pronoun(pronoun, verb):
        return None
    if verb.lemma_ in IMPERSONAL_VERBS or pronoun.head.lemma_ in IMPERSONAL_VERBS:
        return None
    for token in before:
        article = next((t for t in token.children if t.dep_ in ("det", "det:poss")), None)
        neuter = token.pos_ == "NOUN" and token.morph.get("Gender") == [NAME_GENDER]
        if token.dep_ != "obj" or not neuter or article is None or PLURAL in token.morph.get("Number"):
            continue
        subject = subject_of(token.head)
        author = actors.of_phrase(subject) if subject is not None else None
        if author is not None:
            return author
    return None


def _described_bodies(actors: ActorIndex, start: int, end: int) -> list[tuple[int, Span, set[str]]]:
    """Subjects that are a body's noun, not a name, whose attribute names the side: "die Regierung in
    Port Sudan", "die Regierung von Präsident Yoon", "die Führung der Karabach-Armenier". The noun's
    article gives the agreement ("Sie rief ihren Botschafter zurück" is the government, whichever
    person or place its attribute names)."""
    found = []
    for token in actors.doc[start:end]:
        if token.dep_ not in SUBJECT_DEPS or token.pos_ != "NOUN" or token.i in actors.by_token:
            continue
        article = next((t for t in token.children if t.dep_ == "det" and t.pos_ == "DET"), None)
        actor = actors.of_phrase(token) if article is not None else None
        if actor is not None:
            number = {PLURAL} if "Plur" in token.morph.get("Number") else set(article.morph.get("Gender"))
            found.append((token.i, actor, number))
    return found


def referring_es(pronoun: Token, verb: Token) -> bool:
    """An "es" that stands for a neuter side named before ("Nairobi beteuert, es biete nur einen Raum
    für Gespräche", "eine Note, in der es Gespräche vorschlug"): the parse's subject, not the
    expletive, and not opening its sentence, where "es" is the empty filler of the first position
    ("Es kam zu Kämpfen", "Es drohen Sanktionen"), nor the subject of an impersonal verb."""
    if pronoun.lower_ != "es" or pronoun.dep_ != "nsubj" or pronoun.i == pronoun.sent.start:
        return False
    if pronoun.nbor(-1).lower_ == "wie":
        return False  # "wie es die Kommission verlangt": the object taking up the clause, not a subject
    return verb.lemma_ not in IMPERSONAL_VERBS and pronoun.head.lemma_ not in IMPERSONAL_VERBS


def plural_pronoun(pronoun: Token, verb: Token) -> bool:
    """ "sie" is plural if the finite verb of its clause is, or where no verb is finite ("dass sie
    … beschießen würden" parsed without the auxiliary), if the tagger read the pronoun so. A verb
    depending on it tells nothing: a clause it embeds has a subject of its own ("Die Kontrollen
    richteten sich …, sagt er"), and the tagger may read a zu-infinitive as a plural finite verb."""
    own = (verb, *children(verb, "aux", "aux:pass", "cop"))
    finite = [t for t in own if "Fin" in t.morph.get("VerbForm") or t.morph.get("Mood")]
    numbers = {n for t in finite for n in t.morph.get("Number")}
    return PLURAL in (numbers or set(pronoun.morph.get("Number")))


def _actor_spans(actors: ActorIndex, start: int, end: int) -> list[Span]:
    # by token within the window: scanning every actor of the article per pronoun costs quadratic time
    found = (actors.by_token.get(i) for i in range(start, end))
    spans = {(s.start, s.end): s for s in found if s is not None and s.start >= start}
    return [spans[key] for key in sorted(spans)]


def _agreement(span: Span) -> set[str]:
    """The gender, or "Plur", of the noun phrase's article; none for a person (coreference decides
    those). A name after "die" is feminine or plural whatever the tagger read ("die Philippinen", "die
    Huthis", "die EU"): names carry no gender of their own for it to go by."""
    actor = actor_of(span)
    if actor is None or span.label_ in PERSON_LABELS or (actor.kb_id or "").startswith("person:"):
        return set()
    # the article may lie outside the entity ("die EU": only "EU" is the name)
    article = next((t for t in span.root.children if t.dep_ == "det" and t.pos_ == "DET"), None)
    if article is None:
        return {PLURAL if "Plur" in span.root.morph.get("Number") else NAME_GENDER}
    if article.lower_ == FEMININE_OR_PLURAL_ARTICLE and span.root.pos_ == "PROPN":
        return {"Fem", PLURAL}
    if "Plur" in article.morph.get("Number"):
        return {PLURAL}
    return set(article.morph.get("Gender"))
