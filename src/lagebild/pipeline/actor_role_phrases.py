"""Role phrases without a name ("der russische Außenminister", "die Ministerin", "Kremlchef"): an
earlier holder of that role, the KB incumbent, or a document actor of the owner."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_holders import STATE_OFFICES, title_holder_state
from lagebild.pipeline.actor_home_state import home_state_of
from lagebild.pipeline.actor_lexicon import (
    COREF_NOUNS_DE,
    DETERMINERS_DE,
    FUSED_DEFINITE_DE,
    IGO_ROLE_NAMES,
    INCUMBENT_ROLES,
    OFFICES_OF_ROLE,
    POSSESSIVES_DE,
    ROLE_NOUNS_DE,
    ROLE_SECTORS,
    SAME_OFFICE_NAMES_DE,
    parse_role_de,
    posted_to_igo,
)
from lagebild.pipeline.actor_references import Reference, gender_of, nearest_mention, nearest_subject_first
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import PERSON_LABELS, SUBJECT_DEPS

# Which KB roles a role noun can refer back to.
COMPATIBLE_ROLES = {
    "Minister": ("minister", "secretary of state"), "Außenminister": ("foreign minister", "secretary of state"),
    "Diplomat": ("ambassador", "minister", "diplomat", "secretary", "spokesperson"),
    "Kanzler": ("chancellor",), "Präsident": ("president",), "Botschafter": ("ambassador",),
    "Sprecher": ("spokesperson",), "Generalsekretär": ("secretary",), "Machthaber": ("president",),
    "Diktator": ("president",), "Regierungschef": ("prime minister", "chancellor"), "Kremlchef": ("president",),
    "Politiker": ("",), "Oppositionelle": ("opposition",), "Kritiker": ("opposition",),
    "Bundeskanzler": ("chancellor",), "Ministerpräsident": ("prime minister",),
    "Premierminister": ("prime minister",), "Staatschef": ("president",), "Staatspräsident": ("president",),
    "Verteidigungsminister": ("defence minister",), "Generalstabschef": ("chief of the general staff",),
    "Armeechef": ("commander-in-chief",), "Oberbefehlshaber": ("commander-in-chief",),
    "Chefdiplomat": ("foreign minister", "secretary of state"), "Premier": ("prime minister",),
    "Sicherheitsberater": ("security adviser",),
    # monarchs named again by their title ("Der König dankte Macron", "sicherte dem Emir zu")
    "König": ("king",), "Emir": ("emir",), "Sultan": ("sultan",),
}  # fmt: skip

# Articles before "<country adjective> <role>" other than the definite one (`DETERMINERS_DE`): the
# possessive and indefinite ones, which point back to no holder named before.
OWNER_DETERMINERS_DE = {*POSSESSIVES_DE, "ein", "eine", "einen", "einem", "eines", "einer"}
# The sectors of a state's own critics and politicians: parties, the opposition, parliament, unions and
# civic groups. The unnamed office holder they accuse or appeal to is their own state's.
DOMESTIC_CRITIC_SECTORS = {"OPP", "PTY", "LEG", "LAB", "CVL"}


def role_phrases(doc: Doc, in_entity: set[int], mentions: list, index, kb):
    """(start, end, RoleWord) for 'der [russische] Außenminister', 'Pekings Chefdiplomat' not
    followed by a name."""
    person_starts = {m.span.start: m for m in mentions if m.span.label_ in PERSON_LABELS}
    for i, token in enumerate(doc):
        role = parse_role_de(token.text)
        if role is None or role.plural or i in in_entity:
            continue
        if any(i < s <= i + 6 and (s == i + 1 or doc[s - 1].text == ",") for s in person_starts):
            continue  # an apposition ("der Botschafter in Belgien, Alexander ..."): the name carries the role
        start = i
        while (
            start > 0
            and i - start < 3
            and doc[start - 1].text not in DETERMINERS_DE
            and doc[start - 1].text not in FUSED_DEFINITE_DE
            and doc[start - 1].text.lower() not in OWNER_DETERMINERS_DE
            # "der russische Außenminister", also a capital's adjective: "der Wiener Kanzler"
            and (doc[start - 1].text[:1].islower() or doc[start - 1].text in index.adjectives)
            and doc[start - 1].text.isalpha()
        ):
            start -= 1
        if start > 0 and doc[start - 1].text in DETERMINERS_DE:
            if doc[start - 1].text == "den" and token.text.endswith("en") and i == start:
                continue  # "den Diplomaten" is as often a dative plural as a singular
            if doc[start - 1].text.lower() == "die" and role.gender == "m" and i == start and not role.owner:
                # "die Botschafter Russlands und Chinas": a masculine noun after "die" is plural, several
                # people and no earlier one ("die georgischen Botschafter", "die NATO-Außenminister"
                # still name their state or IGO)
                continue
            if any(doc[k].pos_ == "NUM" or "Card" in doc[k].morph.get("NumType") for k in range(start, i)):
                continue  # "die drei Regierungschefs", "den beiden Präsidenten": a group, no one holder
            yield start - 1, i + 1, role
        elif start > 0 and doc[start - 1].text in FUSED_DEFINITE_DE:
            # the phrase after the preposition, as after "dem" ("wurde vom saudischen Kronprinzen empfangen")
            yield start, i + 1, role
        elif start < i and start > 0 and doc[start - 1].text.lower() in OWNER_DETERMINERS_DE:
            if any(doc[k].text in index.adjectives for k in range(start, i)):
                # "seinen indischen Amtskollegen", "einen russischen Diplomaten": the adjective names
                # the state; possessive and indefinite articles refer back to no earlier holder
                yield start - 1, i + 1, role
        elif role.owner or (i and index.genitive_owner(doc[i - 1].text, kb)):
            yield i, i + 1, role  # "Kremlchef", "US-Präsident", "Irans Außenminister" without article


def _owner(doc: Doc, start: int, end: int, role, index, kb) -> tuple[str | None, bool]:
    """The country of a role phrase and whether it is only Germany by default: an adjective in it
    ("der österreichische Bundeskanzler") before the role word's own owner (a prefix, or the
    article's home state for "Bundeskanzler": Germany unless the article points elsewhere)."""
    for k in range(start, end):
        country = index.adjectives.get(doc[k].text)
        if country:
            return country, False
    if start and (not role.owner or posted_to_igo(role)):
        country = index.genitive_owner(doc[start - 1].text, kb)
        if country:
            return country, False
    if role.implicit_owner:  # "der Kanzler" of an Austrian paper is Austria's
        return home_state_of(doc), True
    return role.owner, role.implicit_owner


def resolve_role_phrase(doc, start, end, role, mentions, references, kb, index, date, lang, places=()):
    """`places`: capitals and towns read as places, with their state."""
    span = Span(doc, start, end)
    owner, implicit = _owner(doc, start, end, role, index, kb)
    holder_id = _incumbent_id(kb, owner, role.role, date)
    if holder_id:
        antecedent = nearest_mention(mentions, start, lambda m: m.actor.kb_id == holder_id, anywhere=True)
        if antecedent:
            return Reference(span, antecedent.actor, antecedent.span, antecedent.gender)
        if not implicit:
            return Span(doc, start, end, label="PER"), kb.actor_ref(holder_id, date, lang)
    compatible = COMPATIBLE_ROLES.get(role.base.removeprefix("Kreml")) or COMPATIBLE_ROLES.get(role.base)
    if doc[end : end + 2].text == "des Landes":
        compatible = None  # "den russischen Botschafter des Landes": the envoy to the country just named

    def agrees(m) -> bool:
        if m.span.label_ not in PERSON_LABELS:
            return False
        if role.gender and gender_of(m) and gender_of(m) != role.gender:
            return False
        state_owner = owner and not owner.startswith("igo:")
        if state_owner and not implicit and not m.actor.country:
            return False  # "den iranischen Botschafter" is no earlier envoy of unknown country
        foreign = state_owner and m.actor.country and owner != m.actor.country
        # an implicit German owner yields to a named Austrian or Swiss holder ("Bundeskanzler Nehammer")
        if foreign and not (implicit and m.actor.country in SAME_OFFICE_NAMES_DE):
            return False
        if role.base.endswith("Politiker"):
            return True
        return compatible is not None and any(c in (m.actor.role or "") for c in compatible)

    local = (
        None if owner else _place_state(span, [*mentions, *places]) or _domestic_critics_state(span, mentions)
    )
    antecedent = None
    if local:
        # "Die Opposition in Bischkek warf dem Präsidenten vor", "Die Demokraten im Kongress warfen
        # dem Präsidenten vor": the holder of the place's state, or of the critics' own
        antecedent = nearest_mention(
            [*mentions, *references], start, lambda m: m.actor.country == local and agrees(m)
        )
    antecedent = antecedent or nearest_subject_first([*mentions, *references], start, agrees)
    if antecedent:
        target = antecedent.antecedent if isinstance(antecedent, Reference) else antecedent.span
        return Reference(span, antecedent.actor, target, role.gender)
    if holder_id:  # a German office no earlier person holds: "der Kanzler" is the German incumbent
        return Span(doc, start, end, label="PER"), kb.actor_ref(holder_id, date, lang)
    # any other role in a singular form: "der schwedische Staatsanwalt", "die ägyptische Journalistin";
    # not "der russischen Journalisten", people of a nationality more than the state's actors
    singular = doc[end - 1].text in {role.base, f"{role.base}in", f"{role.base}s"}
    if owner and (role.base in COREF_NOUNS_DE or role.owner or role.base not in ROLE_NOUNS_DE or singular):
        # An office holder the text does not name ("den russischen Botschafter", "die
        # US-Top-Diplomatin", "der EU-Außenbeauftragte", a compound office: "der iranische
        # Atomchef"): a document actor of the state or IGO.
        name = doc[start:end].text
        igo = kb.actors.get(owner) if owner.startswith("igo:") else None
        sector = ROLE_SECTORS.get(role.role, "GOV")
        country, code = (None, igo["code"]) if igo else (owner, f"{owner}{sector}")
        return Span(doc, start, end, label="PER"), ActorRef(
            name=name, country=country, actor_code=code, role=role.role
        )
    if owner is None and singular and role.role in STATE_OFFICES and span.root.dep_ in SUBJECT_DEPS:
        # a title alone, no earlier holder, as the subject: the holder of the state the passage is about
        # (an object is as often the holder of the state acted on: "wirft dem Armeechef vor")
        country = title_holder_state(doc, start, mentions, places)
        if country is not None:
            sector = ROLE_SECTORS.get(role.role, "GOV")
            return Span(doc, start, end, label="PER"), ActorRef(
                name=doc[start:end].text, country=country, actor_code=f"{country}{sector}", role=role.role
            )
    return None


def _place_state(span: Span, places) -> str | None:
    """The one state of the places its sentence names, for a role phrase that is not the clause's
    subject: others act there against an office holder ("In Bischkek protestierten Tausende gegen
    den Präsidenten"), who is that state's, not the foreign one named last; as the subject the phrase
    continues the topic ("Der Präsident legte in Bischkek einen Kranz nieder" may be the guest)."""
    if span.root.dep_ in SUBJECT_DEPS:
        return None
    sentence = span[0].sent
    states = {
        p.actor.country
        for p in places
        if getattr(p, "place_name", False) and sentence.start <= p.span.start < sentence.end
    }
    return states.pop() if len(states) == 1 else None


def _domestic_critics_state(span: Span, mentions) -> str | None:
    """The state of the parties, opposition or parliament whose clause has the role phrase as object or
    in a prepositional phrase ("Republikaner im Kongress warfen dem Präsidenten vor"): the
    office holder they attack or appeal to is their own state's, not the foreign leader named last."""
    if span.root.dep_ in SUBJECT_DEPS:
        return None
    head = span.root
    while head.head.i != head.i and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        head = head.head
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    critics = next((m for m in mentions if m.span.start <= subject.i < m.span.end), None)
    if critics is None or critics.actor.sector not in DOMESTIC_CRITIC_SECTORS:
        return None
    return critics.actor.country


def _incumbent_id(kb, owner: str | None, role: str, date: str | None) -> str | None:
    if not owner or role not in INCUMBENT_ROLES:
        return None
    if owner.startswith("igo:"):
        key = IGO_ROLE_NAMES.get((owner, role))
        return kb.incumbent("IGO", key, date) if key else None
    holders = (kb.incumbent(owner, office, date) for office in OFFICES_OF_ROLE.get(role, (role,)))
    return next((h for h in holders if h), None)
