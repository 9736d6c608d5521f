"""Finding the actors of an event in the dependency parse (UD labels, as our German model outputs)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cache, cached_property

from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from lagebild.events.count_words import COUNTS
from lagebild.events.doubled_arguments import doubled_subject_and_object
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.initial_subjects import PREPOSITIONS, initial_name_subject
from lagebild.events.interview_answers import interview_answers
from lagebild.events.lexicon import german_lexicon
from lagebild.events.name_adjectives import in_a_name, named_body
from lagebild.events.number_agreement import PLURAL_JOINERS as LIST_CONJUNCTIONS
from lagebild.events.number_agreement import agrees_in_number, attribute_head, singular_participle_noun
from lagebild.events.token_memo import recalled
from lagebild.events.union_names import is_union_name, union_names
from lagebild.geo.adjectives import country_of_adjective
from lagebild.kb.german import adjective_forms
from lagebild.kb.store import load_kb
from lagebild.pipeline.actor_capitals import BRUSSELS, seated_court, seated_office
from lagebild.pipeline.actor_civic_groups import NGO
from lagebild.pipeline.annotations import ACTOR_REF_SPANS, QUOTE_SPANS, TIMEX_SPANS, ActorRef, EventInfo
from lagebild.pipeline.headings import heading_words
from lagebild.pipeline.word_classes import NAME_DEPS, PARTICLE_DEPS, RELATIVE_TAGS, has_passive_auxiliary
from lagebild.pipeline.word_classes import SUBJECT_DEPS as SUBJECT_DEPS  # defined once for both stages
from lagebild.pipeline.word_classes import preposition_of as preposition_of  # the actor stage's too
from lagebild.pipeline.zu_infinitives import is_zu_infinitive as is_zu_infinitive  # the repair stage's too

# what separates the names on a list ("Berlin, Paris und Rom", "Berlin sowie Paris"); its joiners are the
# ones that make a list of subjects plural
LIST_SEPARATORS = {",", *LIST_CONJUNCTIONS}
SAME_REFERENT = (*NAME_DEPS, "compound")  # a name, or the compound part before a noun
# what a verb acts on: its object, or the subject of its passive
PATIENT_DEPS = ("obj", "nsubj:pass")
# "vom Kreml verurteilt", "seitens der EU kritisiert"
AGENT_PREPOSITIONS = ("von", "vom", "durch", "seitens")
# a definite or demonstrative article: the noun points back to something named before
DEFINITE_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "dieser", "diese", "diesen", "diesem", "dieses"}  # fmt: skip
# the agent of an act noun: "die Festnahme durch die Polizei", "Kritik seitens der Regierung"
BY_PREPOSITIONS = ("durch", "seitens")
ATTRIBUTE_PREPOSITIONS = (None, "von", "vom")  # genitive or "von": whose spokesman, whose army
LAST = 9
ACT_NOUN_ENDINGS = ("ung", "ungen", "ion", "ionen", "nahme", "nahmen")
# bodies of people spelt like act nouns: their attributes name whose they are ("die Opposition im
# Bundestag", "die Fraktion der Grünen"), not whom an act is done to
BODY_NOUN_ENDINGS = ("opposition", "koalition", "fraktion", "fraktionen", "bewegung", "bewegungen",
                     "organisation", "organisationen", "vereinigung", "stiftung")  # fmt: skip
# people who act for a state, named by the capital or state they come from ("Unterhändler aus Kiew"): envoys,
# and the office holders below; compounds end in them ("Sicherheitsberater", "Regierungsvertreter",
# "Spitzendiplomaten")
SENT_FROM_A_CAPITAL = ("delegation", "delegationen", "diplomat", "diplomaten", "gesandte", "gesandter", "gesandten",
          "emissär", "emissäre", "emissären", "unterhändler", "unterhändlern", "vertreter", "vertretern",
          "berater", "beratern", "beamte", "beamter", "beamten",
          # office holders named by their capital are sent too ("die Außenminister aus Berlin und Paris")
          "minister", "ministerin", "ministern", "präsident", "präsidenten", "präsidentin",
          "staatschef", "staatschefs", "regierungschef", "regierungschefs", "regierungschefin",
          "botschafter", "botschaftern")  # fmt: skip
# the speaker's own words for the speaker's side: "wir", "uns", "unser Land", "meine Regierung", and
# the impersonal "man" of an official's reported words ("Man stehe in Kontakt mit Kiew", sagte Miller)
FIRST_PERSON_PRONOUNS = {"ich", "mich", "mir", "wir", "uns", "man"}
FIRST_PERSON_POSSESSIVES = {
    f"{stem}{ending}" for stem in ("mein", "unser", "unsr") for ending in ("", "e", "en", "em", "er", "es")
}


def _phrase_priority(child: Token) -> int:
    # the seat first: "die Regierungen in Berlin, Paris und Rom" (Paris parsed as an apposition)
    if child.dep_ == "nmod" and preposition_of(child) in ("in", "im") and _seat_of_power(child.head):
        return 0
    if child.dep_ in SAME_REFERENT:
        return 0
    if child.dep_ in ("amod", "det:poss", "nmod:poss"):
        return 1
    if child.dep_ == "nmod" and preposition_of(child) in ATTRIBUTE_PREPOSITIONS:
        return 2
    # members of a parliament act for its state: "die Opposition im Bundestag", "Abgeordnete im Sejm"
    if child.dep_ == "nmod" and preposition_of(child) in ("in", "im") and child.lower_ in PARLIAMENTS:
        return 2
    # people from a side belong to it ("ihre Amtskollegen aus den EU-Staaten"); charges from a side
    # are made by it, a matter of the verb ("die Vorwürfe aus Washington wies Moskau zurück")
    if child.dep_ == "nmod" and preposition_of(child) == "aus" and not names_an_event(child.head):
        return 3
    return LAST


# institutions named by their seat ("die Regierung in Vilnius", "das Verteidigungsministerium in
# Moskau") act for its state; an embassy or consulate "in Berlin" is a foreign state's, so not these
SEATED_INSTITUTIONS = ("regierung", "regierungen", "führung", "behörde", "behörden", "ministerium",
                       "regime", "justiz", "staatsanwaltschaft", "präsidialamt", "parlament", "armee",
                       "polizei", "machthaber", "mission", "missionen", "delegation", "delegationen",
                       "kommission")  # fmt: skip
# the chambers whose members ("die Opposition im Bundestag") act for the chamber's state
PARLIAMENTS = {"bundestag", "kongress", "parlament", "senat", "repräsentantenhaus", "unterhaus", "oberhaus",
               "nationalrat", "duma", "knesset", "sejm", "nationalversammlung", "abgeordnetenhaus"}  # fmt: skip
# politicians in a capital may be of any party, the opposition's too: no office of the state there
POLITICIANS = "politiker"


def _seat_of_power(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (noun.lower_.endswith(SEATED_INSTITUTIONS) or _seated_officer(noun))


def _seated_officer(noun: Token) -> bool:
    """An office seated there acts for the state as its institution does ("ein Sprecher in Peking"):
    the offices the actor stage reads a capital after as its government. Only as the subject: inside
    another phrase the place may be where that goes ("einen Besuch des Präsidenten in Athen")."""
    return noun.dep_ in SUBJECT_DEPS and seated_office(noun.text) and not noun.lower_.startswith(POLITICIANS)


def names_an_event(noun: Token) -> bool:
    return noun.lower_ in german_lexicon().nouns_by_form or is_act_noun(noun)


def is_act_noun(token: Token) -> bool:
    return (
        token.pos_ == "NOUN"
        and token.lower_.endswith(ACT_NOUN_ENDINGS)
        and not _seat_of_power(token)
        and not token.lower_.endswith(BODY_NOUN_ENDINGS)
    )


class ActorIndex:
    """Which actor span (entity or pronoun/role reference) covers each token of a Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.by_token: dict[int, Span] = {}
        for span in doc.spans.get(ACTOR_REF_SPANS, []):
            for i in range(span.start, span.end):
                self.by_token[i] = span
        # the tagger may take a time for a name ("Mitte März unterzeichneten …" as a person): no time acts
        times = {i for span in doc.spans.get(TIMEX_SPANS, []) for i in range(span.start, span.end)}
        for span in doc.ents:  # names win over references; a place that is no actor (Butscha) is none
            if span.start in times:
                continue
            if span._.actor is not None or span.label_ in ("PER", "ORG", "PERSON"):
                for i in range(span.start, span.end):
                    self.by_token[i] = span
        for pronoun, antecedent in _relative_antecedents(doc, self.by_token):
            self.by_token[pronoun] = antecedent
        # who speaks each token inside a quotation; there "wir", "uns", "unser" stand for the speaker
        # (also over a reference the actor stage may have given them). A clause that names a third
        # party ("Russland hat uns angegriffen") keeps it: only the first-person words map.
        self.speakers = _quote_speakers(doc, self)
        for i, speaker in interview_answers(doc, lambda person: speaker_actor(person, self)).items():
            self.speakers.setdefault(i, speaker)  # a quotation inside an answer keeps its own speaker
        cited = _cited_within(doc)
        for i, speaker in self.speakers.items():
            if doc[i].lower_ in FIRST_PERSON_PRONOUNS | FIRST_PERSON_POSSESSIVES and i not in cited:
                self.by_token[i] = speaker

    @cached_property
    def named_sides(self) -> list[tuple[Span, str]]:
        """The entities that are actors of a known side, with that side, in text order: found once per
        doc for the coder, which counts who the article named before each act it fills a target for."""
        return [
            (span, side)
            for span in self.doc.ents
            if span._.actor is not None and (side := side_of(span)) is not None
        ]

    def of_phrase(self, head: Token) -> Span | None:
        """The actor a noun phrase names: the head itself; else, nearest first, a name in apposition
        ("der Minister, Sergej Lawrow"), an actor adjective ("die russische Regierung"), or a genitive
        or "von" attribute ("der Sprecher des Kremls"); never the object of a nominalised act ("die
        Schließung der Vertretung bei der NATO" is not NATO)."""
        if head.i in self.by_token:
            return self.by_token[head.i]
        frontier = [head]
        for _ in range(3):
            following = []
            for token in frontier:
                for child in sorted(token.children, key=_phrase_priority):
                    if _phrase_priority(child) == LAST or is_act_noun(token) and child.dep_ != "amod":
                        continue
                    if child.i in self.by_token:
                        return self.by_token[child.i]
                    following.append(child)
            frontier = following
        return next(iter(self._senders(head)), None)

    def _senders(self, head: Token) -> list[Span]:
        """The states that sent envoys or a delegation named by where they come from ("ein Diplomat aus
        Tokio", "Unterhändler aus Kiew und Moskau"): the actor stage leaves a place after "aus" a place,
        but those sent from a state act for it."""
        if head.pos_ != "NOUN" or not head.lower_.endswith(SENT_FROM_A_CAPITAL):
            return []
        origin = next((c for c in head.children if c.dep_ == "nmod" and preposition_of(c) == "aus"), None)
        if origin is None:
            return []
        states = (actor_or_place(place, self) for place in [origin, *conjunct_chain(origin)])
        return [state for state in states if state is not None]

    def of_phrases(self, head: Token) -> list[Span]:
        """Actors of a phrase and of the phrases coordinated with it ("Deutschland und Frankreich"). A
        "conjunct" with a preposition its head lacks is no coordinated phrase but a misparse ("Hunderte,
        viele mit Fahnen der NATO, …")."""
        actors = []
        bare = preposition_of(head) is None
        conjuncts = [c for c in conjunct_chain(head) if not (bare and preposition_of(c) is not None)]
        conjuncts += _conjuncts_of_the_head_in_attribute(head)
        for token in [head, *conjuncts]:
            actor = self.of_phrase(token)
            if actor is not None and actor not in actors:
                actors += [a for a in self.adjectives_listed_before(actor) if a not in actors]
                actors.append(actor)
        # envoys from several states ("Unterhändler aus Kiew und Moskau"): each state sent its own
        actors += [s for s in self._senders(head)[1:] if side_of(s) not in {side_of(a) for a in actors}]
        # a listed actor of a side already there adds no event ("Politiker von Grünen und FDP")
        sides = {side_of(actor) for actor in actors}
        for actor in list(actors):
            for listed in self.listed_with(actor):
                if side_of(listed) not in sides:
                    sides.add(side_of(listed))
                    actors.append(listed)
        return actors

    def listed_with(self, first: Span) -> list[Span]:
        """The actors listed after an actor, whatever the parse made of the list: "Estland, Lettland
        und Litauen", "Scholz und der ukrainische Präsident Selenskyj". A list ends with "und" or
        "sowie"; commas alone make an apposition ("der Botschafter, Sergej Netschajew"), no list."""
        doc, listed, position = first.doc, [], first.end
        while position < first.sent.end and doc[position].lower_ in LIST_SEPARATORS:
            following = self._actor_after(doc[position])
            if following is None:
                break
            listed.append(following)
            if doc[position].lower_ != ",":
                return listed
            position = following.end
        return []

    def adjectives_listed_with(self, actor: Span) -> list[Span]:
        """The states of the country adjectives listed with an actor's own before one noun, on either
        side of it: "amerikanische und britische Kampfflugzeuge", "die deutsche und die französische
        Regierung", "gegen chinesische und nordkoreanische Akteure". The actor stage gives each adjective
        before an agent noun a mention of its own, but the noun, which the parse reads as the phrase,
        carries only the last one; before other nouns each adjective stands in for its state."""
        words = [t for t in actor if t.pos_ != "DET"]
        if not words or not _country_adjective(words[0]):
            return []
        listed, first, last = [], words[0].i, words[-1].i
        while (before := self._adjective_beside(first, -1)) is not None:
            first, actor_before = before
            listed.insert(0, actor_before)
        # after an adjective alone, up to the one that carries the noun
        bare = len(words) == 1
        while bare and (after := self._adjective_beside(last, 1)) is not None:
            last, actor_after = after
            listed.append(actor_after)
            bare = len([t for t in actor_after if t.pos_ != "DET"]) == 1
        return listed

    def adjectives_listed_before(self, actor: Span) -> list[Span]:
        """The mentions of the country adjectives listed before an actor's own ("amerikanische und
        britische Kampfflugzeuge"): the agents of those states act alongside it. Stand-ins are left
        out, since the actor stage judged the noun no agent of theirs."""
        return [
            a
            for a in self.adjectives_listed_with(actor)
            if a.end <= actor.start and a.label_ != STAND_IN_LABEL
        ]

    def _adjective_beside(self, i: int, step: int) -> tuple[int, Span] | None:
        """The country adjective one list separator before or after the word at `i` (`step` -1 or 1),
        past the articles ("die deutsche und die französische"), and its actor."""
        doc, sent = self.doc, self.doc[i].sent
        k = i + step
        if step < 0 and k >= sent.start and doc[k].pos_ == "DET":
            k -= 1
        if not sent.start <= k < sent.end or doc[k].lower_ not in LIST_SEPARATORS:
            return None
        k += step
        if step > 0 and k < sent.end and doc[k].pos_ == "DET":
            k += 1
        if not sent.start <= k < sent.end or not _country_adjective(doc[k]):
            return None
        actor = self.by_token.get(k) or state_of_adjective(doc[k])
        return (k, actor) if actor is not None else None

    def first_listed(self, span: Span) -> Span:
        """The first actor of the list an actor is on, whatever the parse made of the list: the
        nominative "Burkina Faso" of "zogen Mali, Burkina Faso und Niger … ab" (with "Mali" tagged
        dative) stands for the list from "Mali". Commas alone make no list (an apposition): its last
        separator must be "und" or "sowie"."""
        doc, first = span.doc, span
        ends_in_conjunction = bool(self.listed_with(span))
        while first.start - 1 > first.sent.start and doc[first.start - 1].lower_ in LIST_SEPARATORS:
            separator = doc[first.start - 1]
            before = self._actor_before(separator)
            if before is None:
                break
            ends_in_conjunction = ends_in_conjunction or separator.lower_ in LIST_CONJUNCTIONS
            first = before
        return first if ends_in_conjunction else span

    def _actor_before(self, separator: Token) -> Span | None:
        """The actor that ends right before a list separator."""
        span = self.by_token.get(separator.i - 1)
        return span if span is not None and span.end == separator.i else None

    def _actor_after(self, separator: Token) -> Span | None:
        """The actor right after a list separator, after at most a few words of its noun phrase
        ("der ukrainische Präsident")."""
        for token in separator.doc[separator.i + 1 : min(separator.i + 5, separator.sent.end)]:
            span = self.by_token.get(token.i)
            if span is not None:
                return span if span.start > separator.i else None
            if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or token.dep_ == "case":
                return None
        return None


def _country_adjective(token: Token) -> bool:
    # the tagger takes a capitalised one opening the sentence for a noun ("Deutsche und polnische …")
    return _adjective(token) or country_of_adjective(token.text) is not None


# nominative or accusative, never dative ("dem", "der", "den")
NON_DATIVE_ARTICLES = {"das", "die"}
# prepositions whose phrase attached to a noun is in the dative: where someone is, whom one is from or with
DATIVE_ATTRIBUTE_PREPOSITIONS = ("in", "im", "aus", "bei", "beim", "von", "vom", "mit", "am", "an")


def _conjuncts_of_the_head_in_attribute(head: Token) -> list[Token]:
    """Phrases coordinated with the head that the parse hung on the head's place or origin instead: in
    "die Regierung in Warschau und die EU" the article "die" marks no dative, so "die EU" does not continue
    "in Warschau" but the phrase it is attached to. Not a preposition inside a name ("Ursula von der
    Leyen und die Präsidenten …"), whose list the actor index reads."""
    found = []
    for attribute in children(head, "nmod"):
        if preposition_of(attribute) not in DATIVE_ATTRIBUTE_PREPOSITIONS or _non_dative(attribute):
            continue
        if any(entity_at(c) is not None for c in children(attribute, "case")):
            continue
        found += [c for c in conjunct_chain(attribute) if preposition_of(c) is None and _non_dative(c)]
    return found


def _non_dative(noun: Token) -> bool:
    article = next((d for d in children(noun, "det") if d.i < noun.i), None)
    return article is not None and article.lower_ in NON_DATIVE_ARTICLES


# the genders (or the plural) each relative pronoun can refer to, by its form: the tagger's morphology of
# these pronouns is unreliable
RELATIVE_PRONOUNS = {
    "die": {"Fem", "Plur"}, "welche": {"Fem", "Plur"}, "der": {"Masc", "Fem"}, "welcher": {"Masc", "Fem"},
    "das": {"Neut"}, "welches": {"Neut"}, "den": {"Masc", "Plur"}, "welchen": {"Masc", "Plur"},
    "dem": {"Masc", "Neut"}, "denen": {"Plur"},
}  # fmt: skip


# relative and demonstrative possessives, genitives of their own that leave the head's case unmarked
# ("Teheran, dessen Ölminister den Saudis vorwarf, …")
RELATIVE_GENITIVES = {"dessen", "deren"}
# a relative pronoun by its tag, or by its form, which the tagger often takes for an article's
RELATIVE_FORMS = {*RELATIVE_PRONOUNS, *RELATIVE_GENITIVES}


def opens_relative_clause(comma: Token) -> bool:
    """A comma before a relative pronoun, after a preposition or not ("der Gipfel, auf dem …"): the
    tagger often takes the pronoun for an article."""
    if comma.text != ",":
        return False
    after = comma.doc[comma.i + 1 : min(comma.i + 3, comma.sent.end)]
    pronoun = after[1:] if len(after) and after[0].pos_ == "ADP" else after[:1]
    return any(t.tag_ in RELATIVE_TAGS or t.lower_ in RELATIVE_FORMS for t in pronoun)


def agrees_with_relative(pronoun: Token, noun: Token) -> bool:
    """A relative pronoun's form fits the noun it would refer to; a name without gender fits any."""
    plural = "Plur" in noun.morph.get("Number")
    genders = {"Plur"} if plural else set(noun.morph.get("Gender"))
    return not genders or bool(genders & RELATIVE_PRONOUNS[pronoun.lower_])


def _relative_antecedents(doc: Doc, by_token: dict[int, Span]) -> list[tuple[int, Span]]:
    """A relative pronoun right after an actor and its comma stands for that actor in its clause:
    "Russland, das die Ukraine angreift", "Israel, das sich nicht dazu bekannt hat", "Lawrow, dem
    Baerbock widersprach". The parse often hangs the clause elsewhere, so the words decide: a pronoun
    (not an article: "…, die Ukraine habe") whose form agrees with the actor's head noun, or with any
    name."""
    found = []
    for token in doc:
        if (
            token.lower_ not in RELATIVE_PRONOUNS
            or token.pos_ != "PRON"
            or token.dep_ in ("det", "det:poss")
            or token.i < 2
            or token.i in by_token
            or doc[token.i - 1].text != ","
        ):
            continue
        antecedent = _actor_before_clause_end(doc[token.i - 1], by_token)
        # the tagger guesses a name's gender ("Nordkorea" as masculine plural): only nouns must agree
        named = antecedent is not None and any(
            (e.start, e.end) == (antecedent.start, antecedent.end) for e in doc.ents
        )
        if antecedent is not None and (named or agrees_with_relative(token, antecedent.root)):
            found.append((token.i, antecedent))
    return found


# nouns of verb idioms after a contracted preposition ("ging mit Belarus ins Gericht, das …", "zog
# Moskau zur Rechenschaft, das …"): they name nothing a relative clause after them is about, so the
# actor before them is its antecedent
IDIOM_NOUNS = {"gericht", "rechenschaft", "verantwortung", "rede", "verfügung", "seite", "hilfe"}
CONTRACTED_PREPOSITION = "APPRART"  # STTS: "ins", "zur", "zum"


def _actor_before_clause_end(comma: Token, by_token: dict[int, Span]) -> Span | None:
    """The actor right before a comma, or before the end of its clause that a relative clause may
    follow: a final participle, infinitive, particle or predicate ("Baerbock hat Lawrow getroffen,
    der …", "macht Israel dafür verantwortlich, das …")."""
    doc = comma.doc
    for token in reversed(doc[max(comma.i - 5, comma.sent.start) : comma.i]):
        if token.i in by_token:
            return by_token[token.i]
        idiom = (
            token.lower_ in IDIOM_NOUNS
            or token.tag_ == CONTRACTED_PREPOSITION
            and token.head.lower_ in IDIOM_NOUNS
        )
        final_part = idiom or token.pos_ in ("ADV", "ADJ", "PART") or token.dep_ == "compound:prt"
        non_finite = token.pos_ in VERBAL_POS and "Fin" not in token.morph.get("VerbForm")
        if not (final_part or non_finite):
            return None
    return None


def conjunct_chain(head: Token) -> list[Token]:
    """The phrases coordinated with a head, also along a chain ("Polen, Estland und Finnland", parsed
    Polen → Estland → Finnland)."""
    found, frontier = [], [head]
    while frontier:
        following = [c for t in frontier for c in t.children if c.dep_ == "conj"]
        found += following
        frontier = following
    return found


def _quote_speakers(doc: Doc, actors: ActorIndex) -> dict[int, Span]:
    """Tokens inside quotations → the quote's speaker, where it resolves to an actor of a known
    side. A quotation nested in another is its own speaker's words: the innermost wins."""
    speakers: dict[int, Span] = {}
    for quote in sorted(doc.spans.get(QUOTE_SPANS, []), key=len, reverse=True):
        if quote._.quote is None or quote._.quote.speaker is None:
            continue  # a fragment quoted without a speaker of its own is still the outer speaker's
        speaker = speaker_actor(quote._.quote.speaker, actors)
        for i in range(quote.start, quote.end):
            if speaker is not None:
                speakers[i] = speaker
            else:
                speakers.pop(i, None)  # "ein Diplomat" quoted inside Lawrow's words is not Lawrow
    return speakers


INNER_OPENING, INNER_CLOSING = {"‚", "›"}, {"‘", "‹"}


def _cited_within(doc: Doc) -> frozenset[int]:
    """Tokens inside inner quotation marks ("‚Wir greifen nicht an‘"): someone else's words cited by
    the speaker, whose "wir" is not the speaker's."""
    # few articles have them: counted by spaCy first, before the tokens are read one by one
    marks = doc.count_by(ORTH)
    if not any(hash_string(mark) in marks for mark in INNER_OPENING):
        return frozenset()
    inside, depth = set(), 0
    for token in doc:
        if token.text in INNER_CLOSING and depth:
            depth -= 1
        elif token.text in INNER_OPENING:
            depth += 1
        elif depth:
            inside.add(token.i)
    return frozenset(inside)


def speaker_actor(speaker: Span, actors: ActorIndex) -> Span | None:
    """The actor span of a quotation's speaker: the speaker itself (a named entity or the antecedent
    the quote stage resolved), else an actor named inside the speaker phrase ("ein Sprecher der
    Kommission"), else the one its apposition names ("der Berater des Präsidenten, Mychajlo Podoljak",
    where the name took the phrase's actor); None for a speaker of no known side ("eine Anwohnerin")."""
    if actor_of(speaker) is None:
        inside = (actors.by_token.get(i) for i in range(speaker.start, speaker.end))
        speaker = (
            next((span for span in inside if span is not None), None)
            or _named_in_apposition(speaker, actors)
            or _voice_of_place(speaker)
        )
    return speaker if speaker is not None and side_of(speaker) is not None else None


def _named_in_apposition(phrase: Span, actors: ActorIndex) -> Span | None:
    named = (actors.by_token.get(c.i) for c in phrase.root.children if c.dep_ == "appos")
    return next((span for span in named if span is not None), None)


def _voice_of_place(place: Span) -> Span | None:
    """The reference that makes a place the seat of a voice ("In Warschau und Vilnius hieß es", "Ein
    Sprecher sagte in Paris"): the quote stage names the place as the speaker, which stays a place, while
    the actor stage gave the "es" or the spokesperson its state's government. Not Brussels, which the
    actor stage would read as Belgium's, where German news means the EU or NATO (`place_state`)."""
    if place.text in BRUSSELS:
        return None
    return next(
        (
            ref
            for ref in place.doc.spans.get(ACTOR_REF_SPANS, [])
            if ref._.actor is not None
            and ref._.antecedent is not None
            and (ref._.antecedent.start, ref._.antecedent.end) == (place.start, place.end)
        ),
        None,
    )


def actor_of(span: Span) -> ActorRef | None:
    """The actor behind a span, through its antecedent for a pronoun or role noun."""
    return span._.actor or (span._.antecedent._.actor if span._.antecedent is not None else None)


# IGO codes ("IGOEU", "IGONATO") stand for the organisation itself, whoever its officials are
IGO_PREFIX = "IGO"
EU_ID, NATO_ID = "igo:eu", "igo:nato"
IGO_BODY_PREFIX = "igo:"  # the KB ids of organisations and their bodies ("igo:european-parliament")


def is_state_side(side: str | None) -> bool:
    """A state's side (or a group's that can be a side of a conflict), not an international body's nor a
    non-governmental organisation's ("NGO", "NGOHRIAMN" Amnesty International): they speak to states, but
    are no state and no side of a conflict."""
    return side is not None and not side.startswith((IGO_PREFIX, NGO))


def most_named(mentions: Iterable[tuple[str, int]]) -> str | None:
    """The state of (state, position) mentions named most often, the latest named on a tie."""
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for state, position in mentions:
        counts[state] += 1
        latest[state] = max(latest.get(state, -1), position)
    return max(counts, key=lambda state: (counts[state], latest[state])) if counts else None


def side_of(span: Span | None) -> str | None:
    """The state or IGO an actor span acts for: an IGO code wins over a person's nationality. None for
    no span (an event without a source or target)."""
    actor = actor_of(span) if span is not None else None
    if actor is None:
        return None
    if actor.actor_code and actor.actor_code.startswith(IGO_PREFIX):
        return actor.actor_code
    return actor.country or actor.actor_code


def party_of(span: Span | None) -> str | tuple[int, int] | None:
    """The state or IGO an actor acts for; an actor without one is only itself (its token offsets): the
    key by which two events' sides are the same party."""
    if span is None:
        return None
    return side_of(span) or (span.start, span.end)


def own_state(source: Span) -> str | None:
    """The source's state; an international organisation has no people or home of its own."""
    side = side_of(source)
    actor = actor_of(source)
    if side is None or side.startswith(IGO_PREFIX) or actor is None or not actor.country:
        return None
    return actor.country


def sides_of_event(event: EventInfo) -> tuple[str | None, str | None]:
    """The sides of an event's source and target: two events of one dyad tell the same relation."""
    source, target = event.source, event.target
    return (side_of(source) if source is not None else None, side_of(target) if target is not None else None)


def coded_in_sentence(event: EventInfo, sentence: Span, events: list[EventInfo]) -> bool:
    """The sentence already holds an event of the same root and dyad: a copy of an act told before
    ("gab die Ausweisung bekannt", "folgte dem Beispiel und brach mit Quito") would say it twice."""
    return any(
        sentence.start <= e.evidence.start < sentence.end
        and e.code[:2] == event.code[:2]
        and sides_of_event(e) == sides_of_event(event)
        for e in events
    )


def same_side(a: Span, b: Span) -> bool:
    """Two spans of one known state or organisation."""
    return side_of(a) is not None and side_of(a) == side_of(b)


def is_organisation(span: Span) -> bool:
    """An international organisation (an IGO code): one that asks is a broker, not the party an act is
    for."""
    actor = actor_of(span)
    return actor is not None and (actor.actor_code or "").startswith(IGO_PREFIX)


def entity_at(token: Token) -> Span | None:
    """The named entity a token is part of (entities never overlap, so at most one)."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def is_definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def with_governing_verb(verb: Token) -> list[Token]:
    """The verb and, for an infinitive, the verb it completes ("ließ … verlegen", "müsse … abziehen"), on
    which the parse often hangs the infinitive's objects and phrases."""
    return [verb, verb.head] if verb.dep_ == "xcomp" else [verb]


def phrases_on_act(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The phrases of `deps` on the verb, on the verb it completes ("ließ Soldaten an den Strand verlegen":
    the parse hangs them there) and on their objects ("Soldaten an die Grenze"): where a place the act
    moves something to or from is named."""
    heads = with_governing_verb(verb)
    heads += [c for h in heads for c in h.children if c.dep_ in PATIENT_DEPS]
    return [c for h in heads for c in h.children if c.dep_ in deps]


CONJUNCT_STEPS = 4  # "schloss Sanktionen, Zölle und Exportverbote aus"


def first_conjunct(
    token: Token, head_pos: tuple[str, ...] | None = NOMINAL_POS, steps: int = CONJUNCT_STEPS
) -> Token:
    """The first of coordinated words, which carries the relation they share: "an Angriffen und
    Entführungen beteiligt", the second act hangs on the first. `head_pos` restricts the climb to
    heads of those tags (None: any), `steps` bounds it."""
    for _ in range(steps):
        if (
            token.dep_ != "conj"
            or token.head == token
            or head_pos is not None
            and token.head.pos_ not in head_pos
        ):
            break
        token = token.head
    return token


TOPIC_PREPOSITIONS = ("über",)


def with_preposition(head: Token, preposition: str) -> list[Token]:
    """Dependents of `head` (and of its objects) introduced by a preposition: "Sanktionen gegen Iran"."""
    found = []
    # a phrase within the topic ("sprachen über den Dialog mit Pristina") belongs to the topic, not to the head
    obliques = [c for c in children(head, "obl") if preposition_of(c) not in TOPIC_PREPOSITIONS]
    candidates = [head, *children(head, "obj", "nsubj:pass"), *obliques]
    for token in candidates:
        for child in token.children:
            # a phrase with its own preposition is no compound, whatever the parse says ("begingen in
            # Irpin Kriegsverbrechen": "Irpin" compound of the noun after it)
            if (
                child.dep_ in ("obl", "nmod", "obl:arg", "obj", "iobj", "compound")
                and preposition_of(child) == preposition
            ):
                found.append(child)
    return found


def genitive_attributes(noun: Token) -> list[Token]:
    return [
        c
        for c in noun.children
        if c.dep_ in ("nmod", "nmod:poss")
        and preposition_of(c) is None
        and _genitive_phrase(c)
        or _genitive_apposition(c, noun)
    ] + [c for c in noun.children if c.dep_ == "nmod:poss"]


def _genitive_apposition(child: Token, noun: Token) -> bool:
    """ "jede Einmischung Moskaus": the weak parse calls a genitive name after a noun an apposition;
    an apposition agrees with its noun in case, so a genitive one after a noun in another case is an
    attribute."""
    case = child.morph.get("Case")
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and "Gen" in case
        and "Gen" not in noun.morph.get("Case")
    )


# the articles of a genitive that no dative shares: "die Festnahme eines algerischen Konsularbeamten",
# whatever case the tagger gave the noun ("dieses" is also nominative or accusative, never in an
# attribute without a preposition)
GENITIVE_ARTICLES = {"des", "eines", "dieses"}


def _genitive_phrase(noun: Token) -> bool:
    """The noun is genitive, or an article-less plural whose adjective is where the tagger missed the
    noun's case ("Angriffe russischer Truppen": "Truppen" tagged accusative, "russischer" genitive), or
    its article is one of a genitive ("eines", "des"); not by an article a dative shares ("der"
    is as often dative: "mit der Führung in Minsk")."""
    bare = not children(noun, "det")
    words = [noun, *(children(noun, "amod") if bare else [])]
    return (
        any("Gen" in w.morph.get("Case") for w in words)
        or _postposed_name(noun)
        or any(d.lower_ in GENITIVE_ARTICLES for d in children(noun, "det"))
    )


def _postposed_name(noun: Token) -> bool:
    """A bare name in -s right after the noun it depends on is its genitive ("die Kritik Ankaras", "der
    Widerstand Budapests"), whatever case the tagger gave the unfamiliar form (accusative, nominative)."""
    return (
        noun.i == noun.head.i + 1
        and noun.lower_.endswith("s")
        and noun.text[:1].isupper()
        and not children(noun, "det", "case")
        and entity_at(noun) is not None
    )


PASSIVE_AUXILIARIES = ("werden", "sein")


def is_passive(verb: Token) -> bool:
    """A passive has its auxiliary ("wurde verurteilt", "ist geschlossen"). A "passive subject" the
    parser gives a verb with only "haben" or a modal beside it is the active subject: "die Truppen
    hätten den Angriff abgewehrt", "will die Ministerin mit den Kollegen beraten"."""
    if has_passive_auxiliary(verb) or _headline_passive(verb):
        return True
    auxiliaries = [a.lemma_.lower() for a in children(verb, "aux")]
    passive_auxiliary = any(a in PASSIVE_AUXILIARIES for a in auxiliaries)
    # without any auxiliary of its own, a participle keeps the parser's word: the auxiliary may be
    # elided or hung elsewhere ("… worden, hieß es")
    return bool(children(verb, "nsubj:pass")) and (passive_auxiliary or not auxiliaries and _participle(verb))


def impersonal_passive(verb: Token) -> bool:
    """A passive with neither subject nor agent: "Über die Grenze wird verhandelt", "Verhandelt wird
    nicht mehr" say that something was done and leave who did it to the text around."""
    return is_passive(verb) and not passive_agents(verb) and not children(verb, *SUBJECT_DEPS)


def _participle(verb: Token) -> bool:
    return "Part" in verb.morph.get("VerbForm") or verb.tag_ == "VVPP"


FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}  # STTS


def is_finite(verb: Token) -> bool:
    """The small model marks finite verbs by mood ("bestellten": Mood=Ind), rarely by VerbForm."""
    return bool(verb.morph.get("Mood")) or "Fin" in verb.morph.get("VerbForm")


def in_subjunctive(verb: Token) -> bool:
    """The verb or its auxiliary in the subjunctive of indirect speech ("verstoße", "hätten missachtet")."""
    return any("Sub" in t.morph.get("Mood") for t in (verb, *children(verb, "aux", "aux:pass")))


def _headline_passive(verb: Token) -> bool:
    """A headline drops the auxiliary: in "Drei Oppositionelle festgenommen" or "Frankreich von der
    Kommission verklagt" the participle heads a sentence without a finite verb, and the noun before
    it suffers the act."""
    # the tagger also calls a finite verb a participle ("warf … vor"): a participle ends in -t or -en
    # and keeps its particle ("festgenommen")
    looks_like_participle = verb.lower_.endswith(("t", "en")) and not children(verb, "compound:prt")
    # a present tense the tagger took for a participle that the morphology reads as finite ("Die Türkei
    # vermittelt zwischen …") is no headline, nor a past plural the news parser reads as one ("Die USA
    # entzogen …": VVPP with Mood=Ind, Tense=Past; a present in -t stays ambiguous: "… verklagt")
    past = is_finite(verb) and "Past" in verb.morph.get("Tense")
    finite = "Fin" in verb.morph.get("VerbForm") or past
    return (
        not finite
        and verb.dep_ == "ROOT"
        and verb.tag_ == "VVPP"
        and looks_like_participle
        and not any(t.tag_ in FINITE_TAGS for t in verb.sent)
        and not _present_in_running_text(verb)
        and not _verb_second_with_subject_after(verb)
    )


def _verb_second_with_subject_after(verb: Token) -> bool:
    """A headline names the one who suffers before the participle; a form after a fronted adverbial with
    its subject after it stands in the finite verb's place ("Am Dienstag beschossen Einheiten …")."""
    before = any(c.i < verb.i for c in children(verb, "nsubj", "nsubj:pass", "obj"))
    return not before and any(c.i > verb.i for c in children(verb, "nsubj"))


def _present_in_running_text(verb: Token) -> bool:
    """A form in -t without "ge" is also a present ("vermittelt", "verhängt", "bombardiert"): it is one
    where it takes an accusative object, which no passive has ("Peking verhängt Zölle"), or closes a
    sentence with a full stop, which headlines lack ("Die Türkei vermittelt zwischen …")."""
    ambiguous = verb.lower_.endswith("t") and "ge" not in verb.lower_[:-3]
    with_object = any(c.lower_ not in REFLEXIVES for c in children(verb, "obj"))
    full_stop = verb.sent[-1].text == "."
    return ambiguous and (with_object or full_stop)


LASSEN = {"lassen", "lasse", "lässt", "lasst", "ließ", "ließe", "ließen", "ließt", "gelassen"}
REFLEXIVES = {"sich", "uns", "mich", "euch", "dich"}


def passive_agents(verb: Token) -> list[Token]:
    """The "von"/"durch" phrases of a passive verb, also under an adverb before the participle that
    the parser took for a verb and hung the phrase on ("wurde von der EU scharf verurteilt", "scharf"
    as advmod or xcomp); an infinitive clause of its own ("um … zu") keeps its phrases."""
    heads = [verb] + [
        c
        for c in children(verb, "advmod", "xcomp")
        if c.i < verb.i and c.pos_ in ("VERB", "ADV", "ADJ") and not children(c, "mark", "nsubj", "obj")
    ]
    # a time takes no "von" phrase: "wurde in der Nacht von Russland angegriffen", "von" ← "Nacht"
    times = [c for head in heads for c in children(head, "obl") if is_time(c)]
    agents = [
        c
        for head in heads + times
        for c in head.children
        if c.dep_ in ("obl", "obl:agent", "nmod")
        and preposition_of(c) in AGENT_PREPOSITIONS
        and (c.dep_ != "nmod" or head in times)
        and not _denied_agent(c)
    ]
    return agents or _misattached_agents(verb)


def _denied_agent(phrase: Token) -> bool:
    """ "…, nicht vom Premier": the phrase names who did not act."""
    return any(c.lower_ == "nicht" and c.i < phrase.i for c in phrase.children)


def _misattached_agents(verb: Token) -> list[Token]:
    """The "von" phrase of a passive that the parse did not hang on the verb as such: one opening the
    clause that it took for a second subject or whose "Von" it left unattached ("Von Ministerpräsident
    X wurde die Wortwahl als … bezeichnet"), or one it took for an attribute of a pronoun subject
    ("Empfangen wurden sie von Außenminister X")."""
    fronted = [c for c in children(verb, "obl", "nsubj:pass") if fronted_agent(c)]
    subjects = [
        s
        for head in (verb, *children(verb, "aux:pass"))
        for s in children(head, "nsubj", "nsubj:pass")
        if s.pos_ == "PRON"
    ]
    attached = [c for s in subjects for c in children(s, "nmod") if preposition_of(c) in AGENT_PREPOSITIONS]
    return fronted + attached


def fronted_agent(phrase: Token) -> bool:
    """A phrase that opens with an agent preposition, however the parse labelled the two: no patient."""
    return phrase.left_edge.i < phrase.i and phrase.left_edge.lower_ in AGENT_PREPOSITIONS


# times of day and week the time stage leaves alone (no calendar anchor): "in der Nacht", "am Abend"
TIME_NOUNS = {"nacht", "morgen", "vormittag", "mittag", "nachmittag", "abend", "tag", "wochenende",
              "woche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}  # fmt: skip


def is_time(token: Token) -> bool:
    """The token names a time: part of a time expression ("am 3. März") or a time of day or week."""
    in_timex = any(span.start <= token.i < span.end for span in token.doc.spans.get(TIMEX_SPANS, []))
    return in_timex or token.lower_ in TIME_NOUNS


def is_let_passive(verb: Token) -> bool:
    """ "Polen lässt sich nicht erpressen", "wir lassen uns nicht einschüchtern": the subject of a
    reflexive "lassen" suffers the act; whoever performs it is named with "von" or "durch", if at all.
    A "lassen" that is itself a zu-infinitive is a passive only where its own clause has the verb and the
    reflexive ("kündigte an, sich nicht erpressen zu lassen"); the reflexive of the verb before it makes
    a permission ("verpflichtete sich, Hilfe passieren zu lassen"), and that verb is no passive
    ("weigerte sich, sich … setzen zu lassen")."""
    lassen = lassen_of(verb)
    if lassen is None:
        return False
    reflexives = [c for t in (verb, lassen) for c in t.children if c.dep_ == "obj" and c.lower_ in REFLEXIVES]
    if not is_zu_infinitive(lassen):
        return bool(reflexives)
    return _in_infinitive_clause(verb, lassen) and any(_in_infinitive_clause(r, lassen) for r in reflexives)


def _in_infinitive_clause(token: Token, infinitive: Token) -> bool:
    """The token follows the comma that opens the infinitive's clause: "weigerte sich, sich … zu lassen"."""
    commas = [t.i for t in token.doc[token.sent.start : infinitive.i] if t.text == ","]
    return bool(commas) and token.i > commas[-1]


def lassen_of(verb: Token) -> Token | None:
    """The "lassen" that governs the verb: the parser hangs it on the verb or the verb on it."""
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lower_ in LASSEN and not _own_finite_auxiliary(verb):
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("aux", "xcomp") and c.lower_ in LASSEN), None)


def lassen_above(verb: Token) -> Token | None:
    """The "lassen" the verb hangs on by any relation: a misparse may attach the infinitive to it
    with a relation `lassen_of` does not trust."""
    governed = verb.head.lower_ in LASSEN and verb.head != verb
    return verb.head if governed and not _own_finite_auxiliary(verb) else None


def _own_finite_auxiliary(verb: Token) -> bool:
    """ "ließ Lula wissen, Italien werde … unterzeichnen": a verb with a subject and an auxiliary in the
    subjunctive of its own heads a reported clause, whatever the parse hangs it on; no infinitive
    "lassen" has done. A reported "man" ("ließ Berlin wissen, man werde …") is the speaker."""
    named = any(s.pos_ in NOMINAL_POS for s in children(verb, "nsubj"))
    return named and any("Sub" in a.morph.get("Mood") for a in children(verb, "aux"))


# the labels the parse gives a dative object: "iobj", and "obl:arg" or "obj" for a bare feminine one
DATIVE_OBJECT_DEPS = ("iobj", "obj", "obl:arg")
# pronouns the parser sometimes takes for a subject, though their case rules it out ("warnte uns Moskau")
# articles that mark a noun phrase as no subject (masculine accusative/dative, genitive)
MARKED_ARTICLES = {"der", "den", "dem", "des", "einen", "einem", "eines"}
NEVER_NOMINATIVE = {"mich", "mir", "uns", "dich", "dir", "euch", "ihn", "ihm"}
# pronouns whose form is nominative only: of two labelled subjects, such a pronoun is the one ("Er hatte
# Ankara gedroht", the name the dative)
ONLY_NOMINATIVE = {"er", "ich", "wir"}


# the doc's memo of subject_of while the coder runs: the rules ask for the subject of one verb five times
# on average, and the parse does not change under them
SUBJECTS = "lagebild_event_subjects"


def subjects_remembered(doc: Doc) -> AbstractContextManager[None]:
    return remembered(doc, SUBJECTS)


@contextmanager
def remembered(doc: Doc, memo: str) -> Iterator[None]:
    """A memo in the doc's user data, kept while the coder runs only."""
    doc.user_data[memo] = {}
    try:
        yield
    finally:
        del doc.user_data[memo]


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; a coordinated or controlled verb inherits its head's. A "zu" infinitive
    has no subject of its own: a "subject" the parser gives it is its object ("… und die Regierungen
    zu unterrichten")."""
    return recalled(verb, SUBJECTS, _subject_of)


def first_of_two_objects(verb: Token) -> Token | None:
    """A clause whose parse labelled two noun phrases objects and none the subject ("hat die
    Vollversammlung Russland aufgefordert"): the first is the subject (`doubled_arguments`)."""
    if is_zu_infinitive(verb):
        return None
    doubled = doubled_subject_and_object(verb)
    return doubled[0] if doubled is not None and doubled[0].dep_ == "obj" else None


def _subject_of(verb: Token) -> Token | None:
    token, infinitive = verb, False
    for _ in range(4):
        infinitive = infinitive or is_zu_infinitive(token)
        # a subject the parser hung on the finite auxiliary ("Frankreich hatte … bekanntgegeben")
        auxiliaries = children(token, "aux", "aux:pass")
        own = (
            []
            if is_zu_infinitive(token) or _within_infinitive(token, infinitive)
            else children(token, "nsubj", "nsubj:pass")
        )
        own += [s for aux in auxiliaries for s in children(aux, "nsubj", "nsubj:pass")]
        own = _plausible_subjects(own, token)
        if own and fronted_object(token) == own[0]:
            return subject_after_the_verb(token)
        if own:
            return (
                _name_before_the_verb(token, own[0])
                or _names_in_front(token, own[0])
                or _plural_in_front(token, own[0])
                or _count_in_front(token, own[0])
                or own[0]
            )
        if token == verb and not infinitive:
            # "Tuvalu, Samoa und die Marshallinseln verließen den Saal": no subject in the parse at all
            found = initial_name_subject(token) or _subject_after_adjective_verb(token)
            if found is not None:
                return found
        controlled = token.dep_ in ("conj", "xcomp", "ccomp", "advcl") and is_zu_infinitive(token)
        if infinitive and token.dep_ in ("acl", "acl:relcl"):
            # hung on the verb itself ("kündigte an, die Angriffe fortzusetzen", acl): its controller
            verbal_head = token.head.pos_ in VERBAL_POS or _dative_of_a_verb(token.head)
            governor = _verb_of(token.head) if verbal_head else _verb_above_adverbial(token.head)
            if governor is not None:
                token = governor
                addressee = _controlling_object(token) if verbal_head else None
                if addressee is not None:
                    return addressee
                continue
        if (
            token.dep_ in ("conj", "xcomp") or controlled or _within_infinitive(token, infinitive)
        ) and token.head != token:
            token = token.head
            addressee = _controlling_object(token) if infinitive else None
            if addressee is not None:
                return addressee
            continue
        return None
    return None


def _plausible_subjects(labelled: list[Token], verb: Token) -> list[Token]:
    """What the parse labelled the verb's subjects, less what no subject can be: an object pronoun
    ("warnte uns Moskau"), a preposition taken for the head of its phrase ("Von Brüssel verlange er
    Geld"), a heading before a colon ("Haiti: Kenias Präsident besuchte …"). A relative pronoun that
    disagrees in number with the finite verb is the object ("die Geiseln, die sie verschleppt hatte");
    "er", "ich" or "wir" beside a name goes first ("Er hatte Ankara gedroht"); a title the parse split
    from its name as a second subject gives way to the name."""
    # a name after the heading that the parse hung on it is the subject ("Libanon: Katars Emir Tamim …")
    labelled = [_after_heading(s) if _heading(s) else s for s in labelled]
    subjects = [
        s for s in labelled if s is not None and s.lower_ not in NEVER_NOMINATIVE and not _preposition(s)
    ]
    if len(subjects) > 1 and _relative_object(subjects[0], verb):
        return [*subjects[1:], subjects[0]]
    pronoun = next((s for s in subjects if s.lower_ in ONLY_NOMINATIVE), None)
    if len(subjects) > 1 and pronoun is not None:
        return [pronoun, *(s for s in subjects if s != pronoun)]
    if len(subjects) > 1 and subjects[0].pos_ == "NOUN" and subjects[1].i == subjects[0].i + 1:
        return subjects[1:]  # a title split from its name: "Oppositionsführer Lee nannte …"
    return subjects


# a heading ends within the first words of the sentence: "Haiti:", "15:50 Uhr:", "8. und 9. Mai:" (the
# numbers of a date not counted, `headings.heading_words`)
HEADING_WORDS = 3


def _heading(token: Token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if following is None or following.text != ":":
        return False
    return heading_words(token.doc[token.sent.start : token.i]) < HEADING_WORDS


def _preposition(token: Token) -> bool:
    """A preposition, not the first part of a pair of compounds the tagger took for one ("Staats- und
    Regierungschefs")."""
    return token.pos_ == "ADP" and not token.text.endswith("-")


def _after_heading(heading: Token) -> Token | None:
    return next((c for c in heading.children if c.i > heading.i + 1 and c.pos_ in NOMINAL_POS), None)


def word_before_closing_verbs(pronoun: Token) -> Token | None:
    """The word before the comma that opens a relative clause, or before the verbs and particle that
    close the main clause, where the relative clause follows them ("hatte drei Minister entlassen, die
    …"): the noun the pronoun stands for, if the word is a noun."""
    doc, sentence = pronoun.doc, pronoun.sent
    word = doc[pronoun.i - 2] if pronoun.i - 2 >= sentence.start else None
    # the closing verb may be mistagged, but it stays the clause's root ("freilassen" as ADJ)
    while word is not None and (word.pos_ in VERBAL_POS or word.dep_ in ("compound:prt", "ROOT")):
        word = doc[word.i - 1] if word.i > sentence.start else None
    return word


def _relative_object(pronoun: Token, verb: Token) -> bool:
    """A relative pronoun whose antecedent, the noun before its comma (or before the verbs and particle
    that close the main clause: "will Soldaten freilassen, die …"), is plural while the finite verb is
    singular ("Frauen und Kinder, die sie verschleppt hatte"), or the reverse."""
    start, doc = pronoun.i, pronoun.doc
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in RELATIVE_PRONOUNS or start <= pronoun.sent.start:
        return False
    if doc[start - 1].text != ",":
        return False
    antecedent = word_before_closing_verbs(pronoun)
    if antecedent is None or antecedent.pos_ not in NOMINAL_POS:
        return False
    # our morphologizer marks a finite verb by its mood, not by VerbForm
    finite = [t for t in (verb, *children(verb, "aux", "aux:pass")) if t.morph.get("Mood")]
    verb_number = set(finite[-1].morph.get("Number")) if finite else set()
    coordinated = antecedent.dep_ == "conj" or bool(children(antecedent, "conj"))
    noun_number = {"Plur"} if coordinated else set(antecedent.morph.get("Number"))
    return len(verb_number) == 1 and len(noun_number) == 1 and verb_number != noun_number


# verbs whose object, not their subject, is to carry out the "zu" infinitive: "forderte Litauen auf,
# Truppen zu schicken" (Lithuania would send them), "warf Brüssel vor, Gelder zurückzuhalten"
OBJECT_CONTROL = {"auffordern", "aufrufen", "bitten", "drängen", "ersuchen", "ermahnen", "zwingen",
                  "nötigen", "ermutigen", "ermuntern", "überreden", "anweisen", "beauftragen",
                  "verpflichten", "vorwerfen", "beschuldigen", "verdächtigen", "raten", "empfehlen",
                  "erlauben", "verbieten", "gestatten", "überzeugen", "appellieren"}  # fmt: skip
ADDRESSEE_PREPOSITIONS = {"appellieren": "an"}
# strong forms the lemmatizer leaves as they are ("rief" → "rief")
STRONG_FORMS = {"rief": "rufen", "riefen": "rufen", "ruft": "rufen", "bat": "bitten", "baten": "bitten",
                "riet": "raten", "rieten": "raten", "zwang": "zwingen", "zwangen": "zwingen"}  # fmt: skip


def _controlling_object(verb: Token) -> Token | None:
    """The object of an object-control verb, which a "zu" infinitive under it takes as its subject; a
    reflexive object is the subject itself ("verpflichtet sich, … zu unterstützen")."""
    particles = [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS]
    # a split particle the parser hung on a phrase stands last in the verb's clause, before the comma
    # of the infinitive ("rief Washington auf, Kuba … zu streichen": "auf" as a preposition)
    particles += [t.lower_ for t in verb.doc[verb.i + 1 : verb.sent.end - 1] if t.nbor(1).text == ","][:1]
    lemma = STRONG_FORMS.get(verb.lower_, verb.lemma_.lower())
    if lemma not in OBJECT_CONTROL and not any(p + lemma in OBJECT_CONTROL for p in particles):
        return None
    # "appellierte an Washington und Teheran, … zurückzukehren": the addressee takes a preposition
    preposition = ADDRESSEE_PREPOSITIONS.get(lemma)
    doubled = doubled_subject_and_object(verb) if preposition is None else None
    if doubled is not None:
        # "hat die Vollversammlung Russland aufgefordert": of two phrases labelled alike, the second
        return doubled[1]
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("obj", "iobj", "obl:arg", "obl")
        and (c.dep_ != "obl" or preposition is not None)
        and c.pos_ in ("NOUN", "PROPN", "PRON")
        and preposition_of(c) == preposition
    ]
    if not objects or objects[0].lower_ in REFLEXIVES:
        return None
    return objects[0]


def _dative_of_a_verb(noun: Token) -> bool:
    """ "versprach der Regierung in Kiew, ihre Reformen zu loben": the news parse hangs the infinitive
    on the dative before it; a dative takes no infinitive, the verb it depends on does."""
    return (
        noun.pos_ in NOMINAL_POS
        and noun.head.pos_ == "VERB"
        and noun.dep_ in ("obj", "iobj", "obl:arg")
        and "Dat" in noun.morph.get("Case")
        and preposition_of(noun) is None
    )


def _verb_of(head: Token) -> Token:
    return head.head if head.pos_ in NOMINAL_POS else head


def _verb_above_adverbial(noun: Token) -> Token | None:
    """The verb above a place or time a "zu" infinitive was hung on ("beschlossen am Montag in
    Brüssel, die Strafmaßnahmen auszuweiten", parsed auszuweiten ← Brüssel): a noun in a
    prepositional phrase takes no infinitive, the verb does."""
    adverbial = False
    for _ in range(3):
        if noun.pos_ in VERBAL_POS:
            return noun if adverbial else None
        if noun.pos_ not in NOMINAL_POS or noun.head == noun or names_an_event(noun):
            return None
        adverbial = adverbial or any(c.dep_ == "case" for c in noun.children)
        noun = noun.head
    return None


def _within_infinitive(token: Token, infinitive: bool) -> bool:
    """A word the parser made the head of a "zu" infinitive though it belongs to its clause, an
    adverb or a reflexive ("verpflichtet sich, die Ukraine militärisch und finanziell zu
    unterstützen", parsed militärisch ← unterstützen): the infinitive's controller is above it."""
    predicate = any(c.dep_ == "cop" for c in token.children)  # "sei bereit, … zu sprechen"
    return infinitive and token.pos_ in ("ADJ", "ADV", "PRON") and token.dep_ != "ROOT" and not predicate


# adverbs that follow the phrase in front within its place, contrasting it with a side named before
CONTRASTING_ADVERBS = {"wiederum", "dagegen", "hingegen", "seinerseits", "ihrerseits", "jedoch", "aber",
                       "allerdings", "indes", "indessen"}  # fmt: skip


def verb_second(verb: Token) -> Token:
    """The verb's auxiliary or modal before it, else the verb itself: the finite word whose place the
    subject and object repairs measure a phrase against ("Beide Seiten haben … vereinbart")."""
    return next((a for a in children(verb, "aux", "aux:pass") if a.i < verb.i), verb)


def _question(sentence: Span) -> bool:
    return sentence.text.rstrip().endswith("?")


def _name_before_the_verb(verb: Token, subject: Token) -> Token | None:
    """ "Iran griff Israel an": with two bare names the small parser often makes the one after the verb
    the subject; in a main clause a bare name alone before the finite verb is the subject in news
    German (an object there would be marked: "Den Angriff verurteilte …", "Dem Kanzler …")."""
    finite = verb_second(verb)
    sentence = verb.sent
    prefield = list(sentence.doc[sentence.start : finite.i])
    if subject.i < finite.i or not prefield or finite.dep_ not in ("ROOT", "aux", "aux:pass"):
        return None
    words = [t for t in prefield if not t.is_punct]
    # a contrasting adverb may close the subject's place ("Teheran wiederum drohte Washington …")
    while len(words) > 1 and words[-1].lower_ in CONTRASTING_ADVERBS:
        words.pop()
    # a capitalised preposition opening the sentence is often tagged a noun ("Binnen Tagen zogen …")
    if not words or words[0].lower_ in MARKED_ARTICLES | PREPOSITIONS:
        return None
    # a name the tagger has never seen ("Erdoğan") may come out as an adverb; the entity recogniser knows it
    names = [t for t in words if t.pos_ in NOMINAL_POS or t.ent_type_]
    if len(names) + sum(t.lower_ in ("die", "das") for t in words) < len(words):
        return None
    # a phrase in front that disagrees with the verb is an adverbial or an object: "Anfang Oktober setzen
    # beide Seiten die Gespräche fort", "Die Vorwürfe Kiews wies Moskau zurück"
    if not names or not agrees_in_number(words, attribute_head(names[-1], words), finite):
        return None
    # a capitalised adverb in front that the tagger took for a name ("Zeitgleich verhängte das
    # Finanzministerium …") does not displace a subject the entity recogniser knows; a question opens
    # with its interrogative ("Warum tritt Washington aus?"), which asks about the act, not reports it
    if not names[-1].ent_type_ and subject.ent_type_ and not _question(verb.sent):
        return None
    return names[-1]


def _names_in_front(verb: Token, subject: Token) -> Token | None:
    """The names opening the main clause (`initial_subjects`), where the parse's subject stands
    elsewhere: after the verb ("Heiko Maas und Jean-Yves Le Drian riefen Iran auf" with "Iran" taken for
    it) or in another clause."""
    names = initial_name_subject(verb)
    if names is None or subject.sent.start <= subject.i < names.i or names.i <= subject.i < verb.i:
        return None
    return names


def _plural_in_front(verb: Token, subject: Token) -> Token | None:
    """ "Mehrere Regierungen werfen Budapest Erpressung vor": a lone name after a plural finite verb
    cannot be its subject; the plural noun that opens the main clause, no preposition before it, is."""
    finite = verb_second(verb)
    if subject.i < finite.i or finite.morph.get("Number") != ["Plur"] or not finite.morph.get("Mood"):
        return None
    if subject.pos_ != "PROPN" or subject.dep_ == "conj" or children(subject, "conj"):
        return None
    for token in subject.doc[subject.sent.start : finite.i]:
        if token.pos_ in ("ADP", "ADV", "PRON", "SCONJ", "VERB", "AUX") or token.is_punct:
            return None
        if token.pos_ == "NOUN":
            return token if token.morph.get("Number") == ["Plur"] else None
    return None


def _count_in_front(verb: Token, subject: Token) -> Token | None:
    """ "Die drei vereinbarten jährliche Gipfeltreffen": a count standing alone before the finite verb
    ("Die drei", "Beide") is the subject where the noun the parse took for it, after the verb, disagrees
    with the verb in number."""
    finite = verb_second(verb)
    sentence = verb.sent
    prefield = [t for t in verb.doc[sentence.start : finite.i] if t.lower_ != "die"]
    if subject.i < finite.i or len(prefield) != 1 or not finite.morph.get("Mood"):
        return None
    count = prefield[0]
    if count.lower_ not in COUNTS or agrees_in_number([subject], subject, finite):
        return None
    return count


# articles and possessives no subject takes: masculine accusative, dative ("den Angriff", "seinem
# Amtskollegen", "ihren Vorstoß")
OBJECT_ARTICLES = {"den", "dem", "einen", "einem", "diesen", "diesem", "keinen", "keinem"}


def fronted_object(verb: Token) -> Token | None:
    """An object before the finite verb that the parse took for its subject: "Den Angriff verurteilte
    die Bundesregierung scharf", "Seinen Amtskollegen empfing Xi in Peking". Its article or possessive
    marks it as no subject, or its number: "Die übrigen EU-Staaten rief Darmanin auf"."""
    for subject in children(verb, "nsubj"):
        # the phrase's first determiner carries its case: "Die beiden Staatschefs" is a subject
        article = min(children(subject, "det", "det:poss"), key=lambda d: d.i, default=None)
        marked = (
            article is not None
            and article.lower_ not in RELATIVE_GENITIVES
            and (article.lower_ in OBJECT_ARTICLES or article.lower_.endswith(("en", "em")))
        )
        marked = marked or _plural_before_singular_verb(subject, verb) or _time_disagreeing(subject, verb)
        # also a state name with its article ("Den Iran kritisierte Paris"), which the news parser tags PROPN
        if subject.i < verb.i and subject.pos_ in NOMINAL_POS and marked:
            return subject
    return None


def _plural_before_singular_verb(noun: Token, verb: Token) -> bool:
    """A plural noun phrase, article and all, before a singular finite verb cannot be its subject. A
    name without an article ("Selenskyj", "Litauen") is no evidence: the tagger guesses its number."""
    finite = verb_second(verb)
    if finite.i < noun.i or not finite.morph.get("Mood") or finite.morph.get("Number") != ["Sing"]:
        return False
    determiners = children(noun, "det", "det:poss")
    plural = noun.morph.get("Number") == ["Plur"] and bool(determiners)
    plural = plural and all(d.morph.get("Number") == ["Plur"] for d in determiners)
    return plural and not children(noun, "conj") and not singular_participle_noun(noun)


def _time_disagreeing(noun: Token, verb: Token) -> bool:
    """A time before the finite verb that disagrees with it in number is an adverbial the parse took for
    the subject: "Anfang Mai setzen beide Seiten die Gespräche fort"."""
    finite = verb_second(verb)
    if finite.i < noun.i or not finite.morph.get("Mood") or not is_time(noun):
        return False
    return not agrees_in_number(list(noun.subtree), noun, finite)


def subject_after_the_verb(verb: Token) -> Token | None:
    """In verb-second order with an object in front, the subject is the first noun phrase after the
    finite verb ("Den Angriff verurteilte die Bundesregierung scharf"), not one inside a prepositional
    phrase, nor one an article marks as an object."""
    finite = verb_second(verb)
    for token in verb.doc[finite.i + 1 : verb.sent.end]:
        if token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
            return None
        if token.pos_ not in NOMINAL_POS or preposition_of(token) is not None:
            continue
        if token.head.i > token.i and token.head.pos_ in NOMINAL_POS:
            continue  # a title before its name: the name heads the phrase
        articles = children(token, "det", "det:poss")
        if any(a.lower_ in OBJECT_ARTICLES for a in articles) or token.lower_ in NEVER_NOMINATIVE:
            return None
        return token
    return None


def _subject_after_adjective_verb(verb: Token) -> Token | None:
    """The subject after a finite verb the tagger took for an adjective, in second place after an
    adverbial ("In mehreren Städten verbrannten Demonstranten Flaggen", "Seit Januar patrouillieren
    Fregatten der NATO …"): an adjective there follows no article or preposition of its own, and no
    other finite verb follows in its clause, so it is the verb, and the noun after it its subject."""
    sentence = verb.sent
    prefield = list(verb.doc[sentence.start : verb.i])
    if verb.pos_ != "ADJ" or not verb.is_lower or len(prefield) < 2 or prefield[0].pos_ != "ADP":
        return None
    if prefield[-1].pos_ not in ("NOUN", "PROPN", "NUM", "ADV"):
        return None  # "in verbrannten Häusern", "die verbrannten Flaggen": an attribute
    if any(t.pos_ in VERBAL_POS or t.is_punct or t.morph.get("Mood") for t in prefield):
        return None
    following = list(verb.doc[verb.i + 1 : sentence.end])
    clause = following[: next((n for n, t in enumerate(following) if t.is_punct), len(following))]
    if any(t.tag_ in FINITE_TAGS for t in clause):
        return None
    # the first noun after the verb outside a prepositional phrase, whatever the parse hung it on
    # ("Demonstranten" under "Straßen"); the words before a noun tell, not the parse
    nouns = [t for t in clause if t.pos_ in NOMINAL_POS and not _after_a_preposition(t, verb)]
    noun = nouns[0] if nouns else None
    if noun is None:
        return None
    if any(a.lower_ in OBJECT_ARTICLES for a in children(noun, "det", "det:poss")):
        return None
    # a title before its name: the name heads the phrase ("unterzeichneten Außenminister Asif …")
    return noun.head if noun.head.i == noun.i + 1 and noun.head.pos_ == "PROPN" else noun


def _after_a_preposition(noun: Token, verb: Token) -> bool:
    """A preposition stands between the verb and the noun, before the noun's own article and
    adjectives ("mit brennenden Reifen")."""
    for token in reversed(noun.doc[verb.i + 1 : noun.i]):
        if token.pos_ == "ADP":
            return True
        if token.pos_ not in ("DET", "ADJ", "NUM", "ADV"):
            return False
    return False


def misparsed_as_attribute(verb: Token) -> bool:
    """A finite verb the parser hung on its object as an attribute ("Estland und Lettland verhängten
    Einreiseverbote …" parsed as "verhängten" ← "Einreiseverbote"). A real participle attribute follows
    its noun's article ("die von der EU verhängten Sanktionen"); a name the parser took for that
    article is the subject ("Macron lehnte Bodentruppen ab", "Macron" ← det)."""
    noun = verb.head
    if verb.dep_ != "amod" or noun.i <= verb.i or noun.pos_ not in NOMINAL_POS:
        return False
    articles = [c for c in noun.children if c.dep_ in ("det", "det:poss") and c.pos_ in ("DET", "PRON")]
    return not any(c.i < verb.i for c in articles)


RECIPROCAL_PREPOSITIONS = ("mit", "gegen")


def objects_beside_a_misread_adverb(verb: Token, clause_deps: tuple[str, ...]) -> list[Token]:
    """The object the parse gave an adverb after it, misread as a subjectless clause of the verb
    ("verurteilte den iranischen Angriff scharf": "Angriff" ← "scharf" ← ccomp): the verb's own. A real
    verb there keeps its object ("warf Peking vor, die Sicherheit des Kanals zu gefährden")."""
    return [
        g
        for c in children(verb, *clause_deps)
        if c.pos_ not in VERBAL_POS and not children(c, "nsubj")
        for g in children(c, "obj")
    ]


def objects_of(verb: Token) -> list[Token]:
    """The verb's direct objects, with the misparsed "subject" of a "zu" infinitive. A reflexive
    object stands for the partner or opponent named with "mit" or "gegen" ("traf sich mit seinem
    iranischen Kollegen", "wehrte sich gegen die Vorwürfe")."""
    objects = children(verb, "obj") + (children(verb, "nsubj") if is_zu_infinitive(verb) else [])
    subjects = children(verb, "nsubj")
    if len(subjects) > 1 and _relative_object(subjects[0], verb):
        objects.insert(0, subjects[0])  # "die sie verschleppt hatte": the pronoun is the object
    fronted = fronted_object(verb)
    if fronted is not None:
        subject = subject_after_the_verb(verb)
        objects = [fronted] + [o for o in objects if o != subject]
    if objects and all(o.lower_ in REFLEXIVES for o in objects):
        partners = [p for preposition in RECIPROCAL_PREPOSITIONS for p in with_preposition(verb, preposition)]
        return partners or objects
    return objects


CLAUSE_BOUNDARIES = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj"}


def start_of_sentences_before(token: Token, count: int) -> int:
    """Where the passage of the token's sentence and the `count` sentences before it begins. Walks back
    sentence by sentence: listing all of `doc.sents` for each trigger costs quadratic time."""
    sentence = token.sent
    for _ in range(count):
        if sentence.start == 0:
            break
        sentence = token.doc[sentence.start - 1].sent
    return sentence.start


def clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses embedded in it."""
    tokens, stack = [], [verb]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_BOUNDARIES)
    return sorted(tokens, key=lambda t: t.i)


def nominative_actor(verb: Token, actors: ActorIndex, exclude: set[int]) -> Span | None:
    """Where the parse finds no subject: an actor of the clause in the nominative, else the nearest
    actor before the verb in its clause, never one inside a prepositional phrase, however deep ("mit
    Fahnen der EU"), nor one its form marks as an object (`_object_form`), nor an object the parse
    found after the verb, whatever its case ("Scholz forderte China auf", "Scholz" misread as an adverb
    and "China" as nominative; "Der Präsident dankte Japan", the subject no actor we know), unless the
    parse swapped the roles. Before a final verb the object
    label is no evidence ("könne Belarus die Durchleitung unterbrechen"), but beside a subject the parse
    found a dative the verb governs is its object wherever it stands."""
    clause = clause_tokens(verb)
    in_pp = [t for t in clause if t.i in actors.by_token and _inside_prepositional_phrase(t, verb)]
    # a list goes on inside its preposition, whatever the parse says ("in Rom, Madrid und Lissabon")
    listed = {
        i
        for t in in_pp
        for span in actors.listed_with(actors.by_token[t.i])
        for i in range(span.start, span.end)
    }
    candidates = [
        t
        for t in clause
        if t.i in actors.by_token
        and t.i not in exclude
        and t not in in_pp
        and t.i not in listed
        and not _object_form(t)
    ]
    # a "subject" no subject can be ("warnte uns Moskau") or two direct objects ("legte die
    # EU-Kommission Vorschläge vor"): the parse took the subject after the verb for an object
    swapped = any(c.dep_ == "nsubj" and c.lower_ in NEVER_NOMINATIVE for c in verb.children)
    swapped = swapped or len(children(verb, "obj")) > 1
    if not swapped:
        candidates = [
            t for t in candidates if not (t.head == verb and t.dep_ in ("obj", "iobj") and t.i > verb.i)
        ]
        if children(verb, "nsubj"):
            # beside a subject the parse found, though no actor we know ("Seine Tochter hat der
            # Regierung vorgeworfen"), a dative the verb governs is its addressee, before the final
            # verb too; a genitive hangs on a noun ("ein Sprecher der Regierung") and stays
            candidates = [t for t in candidates if not _governed_dative(actors.by_token[t.i].root, verb)]
    nominative = [t for t in candidates if "Nom" in t.morph.get("Case")]
    before = [t for t in reversed(candidates) if t.i < verb.i]
    inverted = [t for t in candidates if t.i > verb.i][:1] if swapped else []
    for token in nominative or before or inverted:
        return actors.first_listed(actors.by_token[token.i])
    return None


# relative pronouns that are datives or accusatives only ("…, denen es vorwirft", "…, dem Paris … vorwarf")
OBJECT_RELATIVES = {"dem", "den", "denen"}


def _object_form(token: Token) -> bool:
    """A word no nominative can be: a relative pronoun in the dative or accusative ("Funktionäre, denen
    es vorwirft …"), or a noun phrase its article marks so ("Teheran, dessen Minister den Saudis
    vorwarf"): whatever actor it stands for is no subject."""
    if token.pos_ == "PRON":
        return token.lower_ in OBJECT_RELATIVES | NEVER_NOMINATIVE
    article = min(
        children(token.head if token.pos_ == "DET" else token, "det"), key=lambda d: d.i, default=None
    )
    return article is not None and article.lower_ in OBJECT_ARTICLES


def _governed_dative(token: Token, verb: Token) -> bool:
    """The head of a phrase is an object of the verb that the tagger marks dative: no subject, whatever its
    label."""
    return token.head == verb and token.dep_ in DATIVE_OBJECT_DEPS and "Dat" in token.morph.get("Case")


def _inside_prepositional_phrase(token: Token, verb: Token) -> bool:
    """The token or one of its heads below the verb takes a preposition."""
    for _ in range(6):
        if token == verb or token.head == token:
            return False
        if any(c.dep_ == "case" for c in token.children):
            return True
        token = token.head
    return False


# --- nominal visits: "der Besuch des Kanzlers in Peking", "Baerbocks Reise nach Kiew", "der Moskau-Besuch
# der Diplomatin Victoria Nuland", "bei ihrem Antrittsbesuch in Moskau"

DESTINATION_PREPOSITIONS = ("in", "nach", "bei", "beim")
# the nouns of a visit: "Besuch", "Staatsbesuch", "Reise", "Visite"
VISIT_ENDINGS = ("besuch", "reise", "visite")
# the words of a noun phrase after its noun: the genitive of the traveller, with his office and name
NOUN_PHRASE_WORDS = ("DET", "ADJ", "NOUN", "PROPN")
STAND_IN_LABEL = "LAGEBILD_DESTINATION"


def state_ref(name: str, country: str, sector: str = "", role: str | None = None) -> ActorRef:
    """A state as the KB's country actor, or one of its sectors at home (`sector`: a CAMEO role code
    appended to the country code)."""
    return ActorRef(
        name=name, kb_id=f"country:{country}", country=country, actor_code=country + sector, role=role
    )


@cache
def state_names() -> dict[str, ActorRef]:
    """Country and capital names → the state they stand for as the destination of a visit."""
    names: dict[str, ActorRef] = {}
    for actor in load_kb().actors.values():
        country = actor.get("country")
        if actor["type"] not in ("state", "government") or not country:
            continue
        words = list(actor.get("capitals_de", []))
        if actor["type"] == "state":
            words += [*actor.get("aliases_de", []), actor.get("name_de") or ""]
        for word in filter(None, words):
            names.setdefault(word, state_ref(word, country))
    return names


def stand_in(doc: Doc, start: int, end: int, actor: ActorRef) -> Span | None:
    """A span of the coder's own carrying the state a place stands for. The actor stage reads "in
    Moskau" after a visit as the city, rightly; as the visit's target it is the Russian state. The span
    never coincides with an entity or reference, so their annotations stay untouched."""
    taken = [*doc.ents, *doc.spans.get(ACTOR_REF_SPANS, [])]
    if any(
        s.start_char == doc[start].idx and s.end_char == doc[end - 1].idx + len(doc[end - 1]) for s in taken
    ):
        return None
    # the id keeps the actors of stand-ins over the same words apart ("Russland und Belarus nahmen
    # Oppositionelle fest": each state's own people on the one noun)
    span = Span(doc, start, end, label=STAND_IN_LABEL, span_id=hash_string(repr(actor)))
    span._.actor = actor
    return span


def names_a_visit(noun: Token) -> bool:
    return noun.lemma_.lower().endswith(VISIT_ENDINGS)


def destination(noun: Token, actors: ActorIndex) -> Span | None:
    """Where a visit goes: the actor or place after "in"/"nach"/"bei" attached to the noun, else a
    country or capital as the first part of the compound ("Moskau-Besuch", "China-Reise")."""
    # the noun's own phrases first, then ones the parser hung on its attributes ("die Reise des
    # Kanzlers nach Peking", "nach Peking" under "Kanzlers")
    attached = [*noun.children, *(t for t in noun.subtree if t.head != noun and t != noun)]
    for child in [*attached, *_phrase_after_noun_phrase(noun)]:
        if preposition_of(child) in DESTINATION_PREPOSITIONS:
            place = actor_or_place(child, actors)
            if place is not None:
                return place
    prefix, hyphen, _ = noun.text.partition("-")
    state = state_names().get(prefix) if hyphen else None
    return stand_in(noun.doc, noun.i, noun.i + 1, state) if state is not None else None


def _phrase_after_noun_phrase(noun: Token) -> list[Token]:
    """The noun of a phrase that follows the visit noun's own words, where the parse hung it on the verb:
    "hat die Reise des ungarischen Regierungschefs Viktor Orbán nach Moskau kritisiert" ("nach Moskau"
    under "kritisiert"). Only articles, adjectives and names may stand between them."""
    for token in noun.doc[noun.i + 1 : noun.sent.end]:
        if token.dep_ == "case" and token.head.i > token.i:
            return [token.head]
        if token.pos_ not in NOUN_PHRASE_WORDS:
            return []
    return []


def actor_in_compound(noun: Token) -> Span | None:
    """A state or IGO named as the first part of a hyphenated compound, as a stand-in span: "über
    einen EU-Beitritt", "die Russland-Sanktionen", "die Ukraine-Hilfe"."""
    prefix, hyphen, rest = noun.text.partition("-")
    if not hyphen or not rest or noun.pos_ not in NOMINAL_POS:
        return None
    actor = state_names().get(prefix) or union_names().get(prefix)
    return stand_in(noun.doc, noun.i, noun.i + 1, actor) if actor is not None else None


def abbreviated_agent(noun: Token) -> Span | None:
    """A state or IGO abbreviated before the hyphen ("die US-Sanktionen", "der Nato-Einsatz", "die
    UN-Strafmaßnahmen"): in a compound naming a measure or force that is whose it is, where a full name
    mostly names whom it concerns ("die Russland-Sanktionen", "der Ukraine-Krieg")."""
    prefix = noun.text.partition("-")[0]
    if not (prefix.isupper() or is_union_name(prefix)):
        return None
    return actor_in_compound(noun)


# the side a phrase names may stand in an attribute: "die Reaktion aus Paris", "das Vorgehen Moskaus",
# "die Ausladung des Königs durch Mexiko" (an act noun's agent)
SIDE_ATTRIBUTE_PREPOSITIONS = ("aus", "von", None, *BY_PREPOSITIONS)


def side_named(phrase: Token, actors: ActorIndex) -> Span | None:
    """The side a phrase names: its own actor ("Moskaus Vorgehen"), its nationality adjective ("russische
    Maschinen"), the abbreviation before its hyphen ("US-Firmen") or the actor of an attribute ("die
    Reaktion aus Paris")."""
    named = actors.of_phrase(phrase) or adjective_actor(phrase) or abbreviated_agent(phrase)
    if named is not None:
        return named
    attributes = (c for c in phrase.children if preposition_of(c) in SIDE_ATTRIBUTE_PREPOSITIONS)
    return next((a for a in map(actors.of_phrase, attributes) if a is not None), None)


def actor_or_place(phrase: Token, actors: ActorIndex) -> Span | None:
    """The actor a phrase names, else the state of the place it names ("Kiew besucht", "in Moskau")."""
    actor = actors.of_phrase(phrase)
    if actor is not None:
        return actor
    doc = phrase.doc
    place = entity_at(phrase)
    if place is None or place._.place is None or not place._.place.country:
        # a region the gazetteer does not know, named by a compass point and its state ("Nordsyrien")
        state = _compass_parts().get(phrase.text) if phrase.pos_ in NOMINAL_POS else None
        if state is None:
            return None
        place = doc[phrase.i : phrase.i + 1]
    else:
        state = place_state(place)
    start = min([place.start, *(c.i for c in phrase.children if c.dep_ in ("case", "det"))])
    if start == place.start and place.start > phrase.sent.start:
        start -= 1  # a bare place name ("Kiew besucht"): the word before keeps the span apart from the entity
    return stand_in(doc, start, place.end, state)


def place_after(token: Token, actors: ActorIndex, prepositions: Collection[str]) -> Span | None:
    """The state of a name after one of `prepositions` ("in Caracas", "nach Riad"), or listed with one
    ("nach Chișinău und Brüssel"), whatever role the parse gave the name."""
    phrase = token.head if token.dep_ == "conj" and preposition_of(token) is None else token
    if preposition_of(phrase) not in prepositions:
        return None
    return actor_or_place(token, actors)


def place_state(place: Span) -> ActorRef:
    """The actor a geocoded place stands for when it stands for one: its state, but Brussels as a place
    of politics ("reiste nach Brüssel", "einem Diktat aus Berlin und Brüssel") is the seat of the EU, of
    NATO where the sentence names the alliance (as the actor stage reads it as an actor,
    `actor_capitals`), and The Hague the seat of the international court its article reports on ("die
    Behörden überstellten ihn nach Den Haag": to the ICC, as the gold codes it, not to the Netherlands)."""
    court = seated_court(place)
    if court is not None and court != EU_ID:
        return load_kb().actor_ref(court, None, "de")
    if place.text not in BRUSSELS:
        return state_ref(place.text, place._.place.country)
    alliance = any(e._.actor is not None and e._.actor.kb_id == NATO_ID for e in place.sent.ents)
    return load_kb().actor_ref(NATO_ID if alliance else EU_ID, None, "de")


@cache
def _compass_parts() -> dict[str, ActorRef]:
    """ "Nordsyrien", "Nord-Syrien", "Nordsyriens" → Syria, for every one-word German name of a state; not
    where the compound names a state or polity of its own ("Nordkorea", "Südsudan", "Nordirland")."""
    states = [a for a in load_kb().actors.values() if a["type"] == "state" and a.get("country")]
    names = {alias for a in load_kb().actors.values() for alias in a.get("aliases_de", [])}
    parts: dict[str, ActorRef] = {}
    for actor in states:
        for name in actor.get("aliases_de", []):
            if " " in name or "-" in name:
                continue
            for point in COMPASS_POINTS:
                for part in (point.capitalize() + name.lower(), f"{point.capitalize()}-{name}"):
                    if part in names or part.lower().startswith(OTHER_POLITY_NAMES):
                        continue
                    for form in (part, part + "s"):
                        parts.setdefault(form, state_ref(name, actor["country"]))
    return parts


@cache
def state_adjectives() -> dict[str, ActorRef]:
    """Inflected nationality adjectives ("iranischer", "US-amerikanische") → the state they name."""
    adjectives: dict[str, ActorRef] = {}
    for actor in load_kb().actors.values():
        country = actor.get("country")
        if actor["type"] != "state" or not country:
            continue
        for stem in actor.get("adjectives_de", []):
            for form in adjective_forms(stem.lower()):
                adjectives.setdefault(form, state_ref(stem, country))
    return adjectives


def state_of_adjective(token: Token) -> Span | None:
    """The state a nationality adjective names, as a stand-in span: "der iranische Angriff" is Iran's,
    "auf russisches Gebiet" goes into Russia. Not where an actor span covers it; in a name ("Deutsche
    Bank") the body of that country it names (`named_body`)."""
    if not _adjective(token) or not _attributive(token):
        return None
    state = state_adjectives().get(token.lower_) or state_adjectives().get(
        _without_compass_point(token.lower_)
    )
    # a name's adjective names the body's country, not the state: "die Dänische Volkspartei"
    state = named_body(token, state) if state is not None and in_a_name(token) else state
    state = state or _western_side(token)
    if state is None:
        return None
    return stand_in(token.doc, token.i, token.i + 1, state)


# "die westlichen Sanktionen", "eine westliche Kampagne": the West's, as "die amerikanischen Sanktionen"
# are the United States'; lower case only ("Westliche Ukraine" opens a name or a sentence either way)
WESTERN_ADJECTIVES = frozenset(adjective_forms("westlich")) - {"westlich"}
WEST = ActorRef(name="Westen", kb_id="region:west", country=None, actor_code="WST")
# the compass sense: a part of a place ("im westlichen Teil", "die westliche Grenze", "im westlichen
# Mittelmeer"), told by the noun it qualifies (as word endings, so compounds count)
COMPASS_NOUN_ENDINGS = (
    "teil", "teilen", "teils", "gebiet", "gebiete", "gebieten", "gebiets", "region", "regionen", "provinz",
    "provinzen", "grenze", "grenzen", "küste", "ufer", "stadt", "städte", "rand", "hälfte", "seite",
    "richtung", "front", "bezirk", "bezirke", "viertel", "vorort", "vororte", "raum", "zone", "sektor",
    "abschnitt", "meer", "mittelmeer", "balkan", "becken", "ende", "hemisphäre", "flanke", "ausland",
)  # fmt: skip


def _western_side(adjective: Token) -> ActorRef | None:
    """The West as the side a lower-case "westlich" attribute names, not where it gives a direction
    (a place: a name such as "der westlichen Ukraine", or a part of a place)."""
    if adjective.text not in WESTERN_ADJECTIVES:
        return None
    noun = adjective.head
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"LOC", "GPE"}:
        return None
    return None if noun.lower_.endswith(COMPASS_NOUN_ENDINGS) else WEST


# a compass point before a nationality adjective names a part of that state ("in der ostafghanischen
# Provinz Paktika", "nordsyrische Städte"); longest first, so "nordost" is not read as "nord"
COMPASS_POINTS = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west")
# parts that are, or belong to, another polity than the adjective names: Northern Ireland, Northern Cyprus
OTHER_POLITIES = ("nordirisch", "nordzyprisch")
OTHER_POLITY_NAMES = ("nordirland", "nord-irland", "nordzypern", "nord-zypern")


def _without_compass_point(adjective: str) -> str:
    """ "ostafghanischen" → "afghanischen"; the word itself where it opens with no compass point."""
    if adjective.startswith(OTHER_POLITIES):
        return adjective
    point = next((p for p in COMPASS_POINTS if adjective.startswith(p)), "")
    return adjective[len(point) :]


def states_of_adjectives(token: Token) -> list[Span]:
    """The states of a nationality adjective and of those coordinated with it: "die israelischen und
    amerikanischen Luftangriffe" are both states' acts."""
    return [s for s in map(state_of_adjective, [token, *conjunct_chain(token)]) if s is not None]


def states_named_by_attributes(noun: Token) -> list[Span]:
    """The states of the nationality adjectives on a noun, each of coordinated ones ("amerikanische und
    britische Kampfflugzeuge", "russisches Gas")."""
    return [state for adjective in children(noun, "amod") for state in states_of_adjectives(adjective)]


def _adjective(token: Token) -> bool:
    # the news parser's tagger may call a rare one a verb while its STTS tag stays ADJA ("belarussischen")
    return token.pos_ == "ADJ" or token.tag_ == "ADJA"


def _attributive(token: Token) -> bool:
    """An attribute of a noun, also the second of coordinated attributes, which the parse hangs on the
    first ("israelischen und amerikanischen": "amerikanischen" conj of "israelischen")."""
    while token.dep_ == "conj" and _adjective(token.head) and token.head.i != token.i:
        token = token.head
    return token.dep_ == "amod"


def adjective_actor(phrase: Token) -> Span | None:
    """The state named by a nationality adjective of the phrase's head noun."""
    return next(filter(None, (state_of_adjective(c) for c in children(phrase, "amod"))), None)


def visitor(noun: Token, actors: ActorIndex) -> Span | None:
    """Who visits: an attribute of the noun (possessor, genitive, "von", adjective); else, as the parse
    of long attributes is unreliable, the first actor named in a genitive or "von" attribute right
    after the noun ("der Moskau-Besuch der Diplomatin vom Außenministerium, Victoria Nuland"); else
    the subject of the verb the noun depends on ("Bei ihrem Besuch in Moskau forderte Baerbock …"):
    an unresolved possessive in the clause points to it."""
    attributes = children(noun, "det:poss", "nmod:poss", "amod") + genitive_attributes(noun)
    attributes += [c for c in noun.children if preposition_of(c) in ("von", "vom")]
    attributes += _genitive_read_as_head(noun)
    # a genitive name the parse took for an apposition: "beim Besuch Wladimir Putins"
    attributes += children(noun, "appos")
    for attribute in attributes:
        actor = actors.of_phrase(attribute)
        if actor is not None:
            return actor
    possessive = any(c.dep_ == "det:poss" for c in noun.children)
    following = None if possessive else _attribute_actor_after(noun, actors)
    if following is not None:
        return following
    # a visit is also the means of the clause's doing: "zeigte Macron mit einem Besuch in Grönland Flagge"
    circumstance = noun.dep_ == "obj" or preposition_of(noun) in (*CIRCUMSTANCE_PREPOSITIONS, "mit")
    governor = noun.head if circumstance and noun.head.pos_ in VERBAL_POS else None
    subject = subject_of(governor) if governor is not None else None
    return actors.of_phrase(subject) if subject is not None else None


def _genitive_read_as_head(noun: Token) -> list[Token]:
    """A genitive name in front of the noun that the parse made the noun's head ("Es war Putins erster
    Besuch in Nordkorea": "Besuch" ← nmod of "Putins"), as the name's "s" and its place before the
    noun and its adjectives show."""
    name = noun.head
    if noun.dep_ != "nmod" or name.i >= noun.i or preposition_of(noun) is not None:
        return []
    between = noun.doc[name.i + 1 : noun.i]
    adjacent = all(t.pos_ == "ADJ" and t.head == noun for t in between)
    return [name] if adjacent and name.lower_.endswith("s") and name.text[:1].isupper() else []


# a meeting or visit as the circumstance of a clause: "Bei ihrem Besuch in Moskau forderte Baerbock",
# "Nach einem Telefonat mit Macron sagte Scholz"; not a place ("in einem Lager südlich der Stadt")
CIRCUMSTANCE_PREPOSITIONS = ("nach", "bei", "beim", "während", "in", "im", "vor", "zu", "zum", "auf")


def _attribute_actor_after(noun: Token, actors: ActorIndex) -> Span | None:
    """The first actor in a genitive or "von" attribute right after the noun, or in an apposition to
    it, up to the next verb, conjunction or clause mark."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    genitive = following is not None and (
        "Gen" in following.morph.get("Case") or following.lower_ in ("von", "vom")
    )
    if not genitive:
        return None
    for token in doc[noun.i + 1 : noun.sent.end]:
        if token.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or token.lower_ in ("um", ";", ":"):
            return None
        span = actors.by_token.get(token.i)
        if span is not None and not _after_preposition(span, exempt=("von", "vom")):
            return span
    return None


def _after_preposition(span: Span, exempt: tuple[str, ...]) -> bool:
    """The span is the object of a preposition (other than `exempt`), possibly after an article."""
    doc = span.doc
    before = [t for t in doc[max(span.start - 2, span.sent.start) : span.start]]
    if before and before[-1].pos_ == "DET":
        before = before[:-1]
    return bool(before) and before[-1].pos_ == "ADP" and before[-1].lower_ not in exempt


def agent_after(noun: Token, actors: ActorIndex) -> Span | None:
    """The actor of a "durch" or "seitens" phrase following an act noun before the next verb ("die
    Ausweisung von acht Diplomaten durch das Bündnis"), wherever the parser attached it, else the state
    of a nationality adjective in it ("die Zerstörung eines Fischerboots durch ein chinesisches Schiff")."""
    doc = noun.doc
    for token in doc[noun.i + 1 : noun.sent.end]:
        if token.pos_ in ("VERB", "AUX", "SCONJ") or token.lower_ in (",", ";", ":"):
            return None
        if token.lower_ in BY_PREPOSITIONS:
            named = next(
                (
                    actors.by_token[t.i]
                    for t in doc[token.i + 1 : min(token.i + 4, noun.sent.end)]
                    if t.i in actors.by_token
                ),
                None,
            )
            return named or (adjective_actor(token.head) if token.dep_ == "case" else None)
    return None


def act_agent(noun: Token, actors: ActorIndex, patient_in_genitive: bool) -> Span | None:
    """Who performed the act a noun names: a nationality adjective ("der iranische Angriff"), a
    "durch" phrase ("die Freilassung der Geiseln durch die Hamas"), or, where the noun does not take
    its patient there ("die Hinrichtung des Oppositionellen", "die Ausweisung von 20 Diplomaten"), a
    genitive or "von" attribute ("der Angriff Irans", "der Angriff von Russland")."""
    agent = adjective_actor(noun) or agent_after(noun, actors)
    if agent is not None or patient_in_genitive:
        return agent
    attributes = genitive_attributes(noun) + [c for c in noun.children if preposition_of(c) in ("von", "vom")]
    return next(filter(None, (actors.of_phrase(a) for a in attributes)), None)


def same_actor(a: Span, b: Span) -> bool:
    """Both sides name one actor, or a state and its own government ("Moskau" → "Russland")."""
    actor_a, actor_b = actor_of(a), actor_of(b)
    if (a.start, a.end) == (b.start, b.end):
        return True
    if not (actor_a and actor_b):
        return False
    if _two_bodies(actor_a, actor_b):
        return False
    if actor_a.kb_id and actor_a.kb_id == actor_b.kb_id or actor_a.actor_code == actor_b.actor_code:
        return True
    bare_state = {actor_a.actor_code, actor_b.actor_code} & {actor_a.country, actor_b.country}
    return bool(actor_a.country and actor_a.country == actor_b.country and bare_state)


def _two_bodies(a: ActorRef, b: ActorRef) -> bool:
    """Two bodies of one organisation, one actor code ("das Europaparlament" and "die EU-Kommission",
    both IGOEUREEC): each acts on the other ("ging mit der Kommission ins Gericht"), as a parliament
    and a government of one state do."""
    ids = (a.kb_id or "", b.kb_id or "")
    return all(i.startswith(IGO_BODY_PREFIX) for i in ids) and ids[0] != ids[1]
