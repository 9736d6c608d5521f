"""Finding dictionary verbs and their actors in an English sentence by token rules (no parse).

Verbs: a dictionary form counts unless the words around it make it a noun ("the attack",
"attacks of", "its visit", "a U.S. request") or a gerund after a preposition ("accused of
attacking"); forms that can be nouns need a licence: a bare form ("aid", "strike") follows "to", a
modal or a subject, an -s form ("talks") a subject, an -ing form ("fighting") a form of "be". Source: the
nearest actor before the verb in its clause, skipping relative clauses, appositions and brackets
("Arnor, which Gondor attacked last year, condemned …" → Arnor); a verb coordinated with the one
before ("met Rohan and criticised Mordor") shares that verb's source. Passive verbs take the
"by" phrase as source and the subject as target.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.events.petrarch_lexicon import PetrarchLexicon, VerbForm
from lagebild.events.petrarch_patterns import SentenceView

DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "any", "some", "no", "every", "each", "another", "such", "'s", "’s", "further", "new",
}  # fmt: skip
PREPOSITIONS = {
    "of", "in", "on", "for", "with", "against", "after", "before", "during", "about", "by", "from",
    "over", "under", "between", "amid", "among", "at", "into", "without", "despite", "following",
}  # fmt: skip
SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "who", "which", "that"}
BASE_FORM_LICENSORS = {
    "to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "did", "do", "does",
    "not", "n't", "never", "'ll", "'d", "and", "or", "help", "let", "make", "also", "jointly",
}  # fmt: skip
NOT_PLURAL_SUBJECTS = {
    "this", "thus", "was", "has", "does", "its", "his", "hers", "ours", "theirs", "always",
    "arms", "news",  # "an arms embargo", "news reports": nouns modifying a noun
}  # fmt: skip
# participles that head a fixed noun phrase, no verb ("Moslem armed forces")
ADJECTIVE_PHRASES = {("armed", "forces"), ("armed", "conflict"), ("armed", "struggle"), ("armed", "wing")}
# names that end like a plural but head no plural noun phrase ("the United States aid")
SINGULAR_PLURALS = {
    "states", "nations", "emirates", "netherlands", "philippines", "islands", "bahamas", "maldives",
    "seychelles", "comoros", "times", "news",
}  # fmt: skip
AUXILIARIES = {"has", "have", "had", "will", "would", "is", "are", "was", "were", "did", "also", "then"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
# verbs whose past participle is their base form: after a form of "be" a passive ("has been put")
SAME_PARTICIPLE = {"put", "set", "cut", "hit", "let", "shut", "cast", "spread", "hurt", "quit", "upset"}
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ught", "ung", "eld", "ut", "it", "ade")
PARTICLES = {"off", "up", "down", "out", "back", "away", "over", "in", "on", "forward"}
RELATIVE_OPENERS = {"which", "who", "whom", "whose", "where", "when", "a", "an", "the", "its", "their", "one"}
# documents whose content follows as a participle: "issued a statement condemning …"
PAPERS = {"statement", "declaration", "resolution", "communique", "communiqué", "letter", "message"}
CLAUSE_BREAKS = {";", ":", '"', "“", "”"}
NOT_A_SUBJECT_AFTER = {"with", "against", "to", "toward", "towards", "by", "on", "at", "into"}
COORDINATORS = {"and", "but", "then", "or"}
# words that open a new clause between two verbs
CLAUSE_LINKS = {
    ",", ";", ":", "and", "but", "or", "that", "which", "who", "whom", "whose", "while", "when", "as",
    "because", "if", "unless", "after", "before", "since", "until", "where", "then", "(", ")", '"',
}  # fmt: skip
SAYING = {
    "said", "says", "say", "announced", "stated", "told", "reported", "added", "claimed", "warned",
    "insisted", "declared", "argued", "confirmed", "denied", "charged", "alleged", "believes", "believed",
    "thinks", "knows", "hopes", "fears", "feared", "suspects", "suspected", "acknowledged", "admitted",
    "noted",
}  # fmt: skip
SUBORDINATORS = {"as", "while", "when", "because", "although", "though", "whereas", "whether"}
CLAUSE_OPENERS = {
    "that",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "who",
    "which",
    "while",
    "because",
    "although",
}
HYPHEN_PREFIXES = {"re", "co"}  # "re - open" as the tokenizer splits it: the dictionary's "reopen"
POST_WINDOW = 12
PRE_WINDOW = 10


@dataclass(frozen=True)
class VerbHit:
    start: int  # sentence-relative token indexes of the whole verb phrase ("called … off")
    end: int
    word: int  # the inflected verb word
    forms: tuple[VerbForm, ...]  # every dictionary verb the phrase can be (several blocks)
    passive: bool


# adverbs that stand between a subject or auxiliary and its verb ("was still refusing", "have
# again rejected"); -ly adverbs ("routinely beat up") are recognised by their ending
MID_ADVERBS = {"not", "n't", "also", "still", "again", "already", "now", "once", "just", "even", "long"}


def _adverb(word: str) -> bool:
    return (word.endswith("ly") and len(word) > 4) or word in MID_ADVERBS


def _previous_index(words: list[str], i: int) -> int:
    """Index of the word before `i` with adverbs passed over (-1 at the sentence start)."""
    j = i - 1
    while j >= 0 and _adverb(words[j]):
        j -= 1
    return j


def _previous_word(words: list[str], i: int) -> str:
    j = _previous_index(words, i)
    return words[j] if j >= 0 else ""


def _looks_like_verb(words: list[str], i: int, actor_starts: dict[int, int], kind: str) -> bool:
    word, before = words[i], words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if before in DETERMINERS or before.isdigit() or (word == "according" and after == "to"):
        return False
    if before in ("-", "–") or "-" in word:
        return False  # "war-torn", "long-threatened": part of a compound adjective
    # "Israeli soldiers routinely beat up": the subject may stand before an adverb
    j = _previous_index(words, i)
    subject_word = words[j] if j >= 0 else ""
    subject_before = j in {end - 1 for end in actor_starts.values()} or subject_word in SUBJECT_PRONOUNS
    previous = subject_word
    plural_subject = (
        subject_word.endswith("s") and len(subject_word) > 3 and subject_word not in NOT_PLURAL_SUBJECTS
    )
    participle = word in SAME_PARTICIPLE and previous in BE_FORMS
    if kind == "base" and not (
        subject_before or plural_subject or previous in BASE_FORM_LICENSORS or participle
    ):
        return False  # "military aid", "a general strike": a bare form needs "to", a modal or a subject
    if kind == "s" and not (subject_before or previous in SUBJECT_PRONOUNS or previous in ("also", "and")):
        return False  # "peace talks", "its demands": plural nouns look like third-person verbs
    if kind == "ing" and not (previous in BE_FORMS or before in (",", "and", "while") or before in PAPERS):
        return False  # "heavy fighting", "a meeting"; but "a declaration demanding that …" is a verb
    # "a U.S. request", "an Australian ultimatum": a name between determiner and word is a modifier
    start = next((s for s, e in actor_starts.items() if e == i), None)
    if (
        kind in ("base", "s")
        and start is not None
        and start > 0
        and words[start - 1] in DETERMINERS | PREPOSITIONS - {"to"} | {"-", "–"}
        and not (kind == "base" and words[start - 1] == "the" and _plural_name(words[i - 1]))
    ):
        return False  # "the Serbo-Croatian conflict": a name after a hyphen is half a compound adjective
    if (word, after) in ADJECTIVE_PHRASES:
        return False
    if kind == "base" and start is not None and start >= 2 and words[start - 2] in ("a", "an"):
        return False  # "a key U.S. ally": no singular subject takes a bare verb
    if before in PREPOSITIONS and before != "to":
        return False  # "the threat of attack", "by attacking": a noun or the content of another verb
    return not (after == "of" and not word.endswith("ed"))


def _plural_name(word: str) -> bool:
    """ "The Palestinians reject …": a people in the plural is a subject, no modifier of a noun."""
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word not in SINGULAR_PLURALS


def _post_matches(words: list[str], end: int, post: tuple[str, ...]) -> int | None:
    """End of the verb's trailing words: adjacent, or a particle after a short object ("call it off")."""
    if tuple(words[end : end + len(post)]) == post:
        return end + len(post)
    if len(post) == 1 and post[0] in PARTICLES:
        for gap in (1, 2):
            if end + gap < len(words) and words[end + gap] == post[0]:
                return end + gap + 1
    return None


def find_verbs(
    words: list[str], lexicon: PetrarchLexicon, actors: dict[int, int], texts: list[str]
) -> list[VerbHit]:
    """Dictionary verbs of a sentence; `actors` maps actor name starts to ends ("United States" is no
    verb), `texts` holds the original spelling (a capitalised word inside a sentence is a name)."""
    in_actor = {i for start, end in actors.items() for i in range(start, end)}
    hits: list[VerbHit] = []
    taken = -1
    for i, word in enumerate(words):
        forms, at = lexicon.by_word.get(word), i  # `at`: where the verb starts ("re - open" at "re")
        if i >= 2 and words[i - 1] == "-" and words[i - 2] in HYPHEN_PREFIXES:
            forms, at = lexicon.by_word.get(words[i - 2] + word), i - 2
        if not forms or at <= taken or i in in_actor or (at > 0 and texts[at][:1].isupper()):
            continue
        kinds = {form.kind for form in forms}
        kind = next(k for k in ("ed", "ing", "s", "base") if k in kinds)  # "put" may be past tense
        if not _looks_like_verb(words, at, actors, kind) or (hits and hits[-1].end == at):
            continue  # right after a verb it is the object: "imposed sanctions"
        if kind == "ed" and hits and _reduced_relative(words, at, hits[-1], actors):
            continue
        best: list[VerbForm] = []
        span = (at, i + 1)
        for form in forms:  # longest phrases first
            start = at - len(form.pre)
            if start < 0 or tuple(words[start:at]) != form.pre:
                continue
            end = _post_matches(words, i + 1, form.post) if form.post else i + 1
            if end is None:
                continue
            if best and (end - start) < span[1] - span[0]:
                break
            best.append(form)
            span = (start, end)
        if not best:
            continue
        passive = _previous_word(words, at) in BE_FORMS and word.endswith(PARTICIPLE_ENDINGS)
        hits.append(VerbHit(span[0], span[1], i, tuple(best), passive))
        taken = span[1] - 1
    return hits


def _reduced_relative(words: list[str], i: int, previous: VerbHit, actors: dict[int, int]) -> bool:
    """ "a guard involved in a shooting", "militiamen armed with machetes", "a program aimed at":
    a clause has one finite verb, so an -ed form after a common noun, in the clause of an earlier
    verb with no conjunction, comma or "that" between, is a participle modifying that noun or name
    ("rebels armed with rifles"). After a verb of saying the next verb is a new clause ("said the
    army attacked …", "said Israel attacked …")."""
    j = _previous_index(words, i)
    if j < 0 or words[j] in AUXILIARIES | BE_FORMS | SUBJECT_PRONOUNS | {"have", "been"}:
        return False
    if words[previous.word] in SAYING or not _has_subject_room(words, previous.start):
        return False
    return not any(w in CLAUSE_LINKS for w in words[previous.end : i])


def _has_subject_room(words: list[str], start: int) -> bool:
    """Whether a verb at `start` can have a subject before it: "Some 2,000 heavily armed police
    surrounded …", "Suspected militants killed …" open with a participle that is no finite verb."""
    return any(not (w in DETERMINERS or _adverb(w) or w.replace(",", "").isdigit()) for w in words[:start])


def skipped_tokens(words: list[str]) -> set[int]:
    """Relative clauses, appositions and brackets: actors inside are not the main clause's subject."""
    skipped: set[int] = set()
    depth_start = None
    for i, word in enumerate(words):
        if word == "(":
            depth_start = i
        elif word == ")" and depth_start is not None:
            skipped.update(range(depth_start, i + 1))
            depth_start = None
    commas = [i for i, w in enumerate(words) if w == ","]
    for left, right in zip(commas, commas[1:], strict=False):
        if right - left <= 12 and words[left + 1] in RELATIVE_OPENERS:
            skipped.update(range(left, right + 1))
    return skipped


def clause_window(words: list[str], hit: VerbHit, next_verb: int | None) -> tuple[int, int]:
    """Where a verb's patterns and actors are looked for: back to a clause break, ahead a few words
    but not into the next verb's clause (PETRARCH2's patterns hold no second verb)."""
    start = hit.start
    while start > 0 and hit.start - start < PRE_WINDOW and words[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    end = hit.end
    while end < len(words) and end - hit.end < POST_WINDOW and words[end] not in CLAUSE_BREAKS:
        if words[end] == "," and end + 1 < len(words) and words[end + 1] in ("which", "who", "said", "says"):
            break
        if words[end] in CLAUSE_OPENERS or end == next_verb:
            break
        end += 1
    return start, end


def actor_before(
    view: SentenceView, position: int, floor: int, skipped: set[int], subject_only: bool = True
) -> list[int]:
    """Starts of the nearest actor before `position` and of actors coordinated with it; with
    `subject_only`, an actor after "with", "against", "to" … is passed over. A subordinate clause
    with a subject of its own ("resigned as the opposition threatened …") ends the search."""
    for i in range(position - 1, floor - 1, -1):
        if _own_subject_clause(view.words, i, position):
            return []
        start = _actor_start_covering(view, i)
        if start is None or start in skipped:
            continue
        if subject_only and start > 0 and view.words[start - 1] in NOT_A_SUBJECT_AFTER:
            continue
        found = _with_coordinated(view, start, floor)
        if subject_only and found[0] > 1 and view.words[found[0] - 1] == "of":
            # "the Turkish and Greek sides of this island of Cyprus agreed": an of-phrase modifies
            # the subject; an actor before it heads the noun phrase
            head = actor_before(view, found[0] - 1, floor, skipped)
            if head and _heads_of_phrase(view, head[-1], found[0]):
                return head
        return found
    return []


def _heads_of_phrase(view: SentenceView, head: int, modifier: int) -> bool:
    """ "Greek sides of …": the actor at `head` is followed by at most two words before the first
    "of" on the way to `modifier` ("… defended the right of Russia" is a verb and its object)."""
    words = view.words[view.actor_ends[head] : modifier]
    if "of" not in words or any(w in CLAUSE_LINKS - {"and"} for w in words):
        return False
    return len([w for w in words[: words.index("of")] if w not in DETERMINERS]) <= 2


def _with_coordinated(view: SentenceView, start: int, floor: int) -> list[int]:
    """The actor at `start` and those coordinated before it ("Hungary, Romania and Serbia")."""
    found = [start]
    j = start - 1
    while j > floor and view.words[j] in ("and", ","):
        previous = _actor_start_covering(view, j - 1)
        if previous is None:
            break
        found.insert(0, previous)
        j = previous - 1
    return found


def _own_subject_clause(words: list[str], i: int, verb: int) -> bool:
    """ "as the opposition …", "while many protesters …": a conjunction opening a clause whose
    subject is a common noun (an actor subject is found before the scan reaches the conjunction)."""
    return words[i] in SUBORDINATORS and i + 2 < verb and words[i + 1] in DETERMINERS | {"many", "most"}


def actor_after(view: SentenceView, position: int, limit: int, avoid: set[int]) -> int | None:
    for i in range(position, limit):
        if i in view.actor_ends and i not in avoid:
            return i
    return None


def _actor_start_covering(view: SentenceView, i: int) -> int | None:
    for start, end in view.actor_ends.items():
        if start <= i < end:
            return start
    return None


def by_agent(view: SentenceView, hit: VerbHit, limit: int) -> int | None:
    """The actor of a passive verb's "by" phrase."""
    for i in range(hit.end, min(limit, hit.end + 4)):
        if view.words[i] == "by":
            return view.actor_near(i + 1, limit)
    return None


def coordinated_with_previous(words: list[str], hit: VerbHit) -> bool:
    """ "… and criticised Rohan", "… and has urged its citizens": no subject of its own."""
    j = hit.start - 1
    while j >= 0 and (words[j] in AUXILIARIES or _adverb(words[j])):  # "but was still refusing"
        j -= 1
    return j >= 0 and words[j] in COORDINATORS
