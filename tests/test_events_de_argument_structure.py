"""Who did what to whom in German: argument-structure rules of the event coder, each exercised through
the whole pipeline on sentences of our own (not taken from the tuning articles), down to the object a
causative "lassen" shares with its infinitive."""

from functools import partial

import pytest

from lagebild import analyze
from tests.event_tuples import actor_code_events


def _side(actor) -> str | None:
    if actor is None:
        return None
    code = actor.actor_code or ""
    return code if code.startswith("IGO") else actor.country or code or None


def coded(text: str, date: str = "2024-05-06") -> set[tuple[str, str | None, str | None]]:
    """(CAMEO root, source side, target side) of every event coded in the text."""
    return {
        (e.code[:2], _side(e.source), _side(e.target)) for e in analyze(text, date=date, lang="de").events
    }


_actor_codes = partial(actor_code_events, date="2024-05-01")


def sources(text: str) -> set[str | None]:
    return {source for _, source, _ in coded(text)}


# a relative pronoun after an actor and its comma stands for that actor in its clause
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung kritisierte Russland, das die Ukraine seit 2022 angreift.", ("19", "RUS", "UKR")),
        ("Die Türkei unterstützt Aserbaidschan, das seit Jahren Armenien droht.", ("13", "AZE", "ARM")),
        ("Die USA lobten Katar, das zwischen Israel und der Hamas vermittelt hatte.", ("04", "QAT", "PSE")),
    ],
)  # fmt: skip
def test_a_relative_clause_acts_for_its_antecedent(text, expected):
    assert expected in coded(text)


def test_a_relative_pronoun_that_fits_no_noun_before_is_left_alone():
    # "die" cannot refer to the masculine "Iran": the relative clause is about the execution
    events = coded(
        "Die Hinrichtung eines Deutschen durch Iran, die Berlin scharf verurteilte, belastet die Beziehungen."
    )
    assert ("11", "DEU", "IRN") in events
    assert not any(root == "11" and source == "IRN" for root, source, _ in events)


# a verb the parser hung on its object as an attribute, with the subject's name taken for an article
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron lehnte Bodentruppen in der Ukraine ab.", ("12", "FRA", "UKR")),
        ("Orbán blockierte Hilfsgelder für Kiew und verwies auf die Lage in Ungarn.", ("12", "HUN", "UKR")),
        ("Erdoğan verurteilte Israels Vorgehen im Gazastreifen.", ("11", "TUR", "ISR")),
    ],
)  # fmt: skip
def test_a_name_before_the_verb_is_its_subject(text, expected):
    assert expected in coded(text)


# whose decision, threat or announcement a "zu" infinitive on a noun spells out
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Entscheidung Litauens, die Grenze zu Belarus zu schließen, sorgte für Kritik.", ("19", "LTU", "BLR")),
        ("Russlands Drohung, die Gaslieferungen an Moldau einzustellen, sorgt für Unruhe.", ("16", "RUS", "MDA")),
        ("Die Ankündigung von Präsident Aliyev, die Gespräche mit der EU auszusetzen, sorgte für Proteste.",
         ("16", "AZE", "IGOEUREEC")),
    ],
)  # fmt: skip
def test_an_infinitive_on_a_noun_is_done_by_the_nouns_agent(text, expected):
    assert expected in coded(text)


# a meeting named as the circumstance of a clause is its subject's meeting
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach einem Telefonat mit Macron sagte Scholz, man sei sich einig.", ("04", "DEU", "FRA")),
        ("Nach einem Treffen mit Erdoğan erklärte der Kanzler Scholz, die Türkei bleibe ein Partner.",
         ("04", "DEU", "TUR")),
        ("Nach Gesprächen mit Netanjahu sagte Blinken, eine Waffenruhe sei möglich.", ("04", "USA", "ISR")),
    ],
)  # fmt: skip
def test_a_meeting_as_circumstance_is_the_subjects(text, expected):
    assert expected in coded(text)


def test_a_meeting_without_a_named_partner_is_not_given_to_the_subject():
    events = coded("Während der Verhandlungen in Genf drohte Russland mit neuen Schritten.")
    assert not any(root == "04" for root, _, _ in events)


def test_a_visit_is_no_circumstance_of_a_place_phrase():
    # "nördlich des Polarkreises" locates; it is no visit of the clause's subject
    events = coded(
        "Kanada kritisierte Russland wegen des Todes von Nawalny, der in einem Lager nördlich des "
        "Polarkreises gestorben war."
    )
    assert not any(root == "04" for root, _, _ in events)


# plural nouns have one form for nominative and accusative: after the verb they may be the subject
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Grenzübergang setzten polnische Sicherheitskräfte Wasserwerfer gegen Migranten ein.", ("17", "POL")),
        ("Vor dem Parlament setzten georgische Polizisten Tränengas gegen Demonstranten ein.", ("17", "GEO")),
        ("In der Nacht feuerten russische Soldaten Granaten auf ukrainische Stellungen.", ("19", "RUS")),
    ],
)  # fmt: skip
def test_plural_people_of_a_state_after_the_verb_are_the_subject(text, expected):
    assert expected in {(root, source) for root, source, _ in coded(text)}


# an object in front of the finite verb, marked by its article: the subject follows the verb
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacked state is no target of the judgement (events.targets_judged_patients), the attacker is
        ("Den Angriff auf die Ukraine verurteilte die Bundesregierung scharf.", ("11", "DEU", None)),
        ("Den russischen Angriff auf die Ukraine verurteilte die Bundesregierung scharf.", ("11", "DEU", "RUS")),
        ("Den russischen Botschafter bestellte das Auswärtige Amt am Montag ein.", ("11", "DEU", "RUS")),
        ("Den Vorschlag der EU begrüßte die Regierung in Kiew.", ("05", "UKR", "IGOEUREEC")),
        ("Einen Waffenstillstand lehnte Israel erneut ab.", ("12", "ISR", None)),
    ],
)  # fmt: skip
def test_a_fronted_object_is_no_subject(text, expected):
    assert expected in coded(text)


# who goes on with an act performs it, also in a "zu" infinitive the parser hung on the verb
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel kündigte an, die Angriffe auf die Hamas fortzusetzen.", ("19", "ISR", "PSE")),
        ("Russland setzte seine Angriffe auf die Ukraine fort.", ("19", "RUS", "UKR")),
        ("Die Huthi-Miliz kündigte an, ihre Angriffe auf Israel auszuweiten.", ("19", "YEM", "ISR")),
    ],
)  # fmt: skip
def test_continuing_an_act_is_performing_it(text, expected):
    assert expected in coded(text)


# "seitens" names the agent like "von" and "durch"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seitens der EU wurden die Wahlen in Georgien scharf kritisiert.", ("11", "IGOEUREEC", "GEO")),
        # the parse may make "Seitens" the subject, its noun an attribute of it
        ("Seitens der USA wurden die Wahlen in Venezuela kritisiert.", ("11", "USA", "VEN")),
        ("Kritik seitens der Bundesregierung an Israel blieb aus.", ("11", "DEU", "ISR")),
        ("Die Festnahme des Journalisten seitens der russischen Behörden löste Empörung aus.", ("17", "RUS", None)),
    ],
)  # fmt: skip
def test_seitens_names_the_agent(text, expected):
    root, source, _ = expected
    assert any(r == root and s == source for r, s, _ in coded(text))


# a state or union named inside a compound of the object is the partner of a cooperative or reducing act
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgien setzte die Gespräche über einen EU-Beitritt aus.", ("16", "GEO", "IGOEUREEC")),
        ("Japan will die Ukraine-Hilfe deutlich aufstocken.", ("07", "JPN", "UKR")),
        ("Moldau beantragte offiziell die NATO-Mitgliedschaft.", ("02", "MDA", "IGOWSTNAT")),
    ],
)  # fmt: skip
def test_a_compound_names_the_partner(text, expected):
    assert expected in coded(text)


def test_a_compound_is_only_the_topic_of_a_rejection():
    events = coded("Ungarn drohte, die Verlängerung der Russland-Sanktionen zu blockieren.")
    assert not any(root == "12" and target == "RUS" for root, _, target in events)


# an unknown subject before the verb leaves the event without a source: the object is not it
@pytest.mark.parametrize(
    "text",
    [
        "Menschenrechtler kritisierten China scharf.",
        "Der Sender verurteilte Iran für die Festnahme.",
        "Die Gewerkschaft warf Belarus Lohndumping vor.",
    ],
)
def test_an_unknown_subject_is_not_replaced_by_the_object(text):
    object_state = {"China": "CHN", "Iran": "IRN", "Belarus": "BLR"}
    state = next(code for name, code in object_state.items() if name in text)
    assert state not in sources(text)


# a "passive subject" beside "haben" or a modal is the active subject
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Freitag will Außenminister Sikorski mit seinen Amtskollegen in Rom über Hilfe für Kiew beraten.",
         ("04", "POL", None)),
        ("Armeechef Syrskyj versicherte, die ukrainischen Streitkräfte hätten den Vormarsch gestoppt.",
         ("19", "UKR", None)),
        ("Der General versicherte, die israelischen Einheiten hätten den Vormarsch der Hamas gestoppt.",
         ("19", "ISR", "PSE")),
    ],
)  # fmt: skip
def test_passive_needs_its_auxiliary(text, expected):
    root, source, _ = expected
    assert any(r == root and s == source for r, s, _ in coded(text))


# an act in front of a verb of judging, parsed as its subject, is what is judged: the judge follows
def test_a_judged_act_in_front_is_aimed_at_its_performer():
    assert ("11", "JPN", "CHN") in coded("Die chinesischen Manöver vor Taiwan kritisierte Japan deutlich.")


@pytest.mark.parametrize(
    ("text", "judge"),
    [
        ("Die israelischen Luftangriffe im Libanon kritisierte die Türkei.", "TUR"),
        ("Die russischen Angriffe auf Odessa verurteilte Frankreich scharf.", "FRA"),
        ("Die iranischen Raketentests verurteilte Großbritannien.", "GBR"),
    ],
)
def test_the_judge_of_a_fronted_act_is_not_its_target(text, judge):
    events = coded(text)
    assert not any(root in ("15", "19") and target == judge for root, _, target in events)


# a verb the parser hung on its object as an attribute: the name before it is the subject, the noun
# it hangs on the object
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peking liefere Moskau Bauteile für Drohnen, heißt es in dem Bericht.", ("07", "CHN", "RUS")),
        ("Pjöngjang liefere Moskau Granaten, heißt es in Seoul.", ("07", "PRK", "RUS")),
        ("Minsk liefere Moskau Munition für Panzer, heißt es in Kiew.", ("07", "BLR", "RUS")),
    ],
)
def test_a_verb_hung_on_its_object_keeps_subject_and_object(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Frankreich ließ Soldaten an die Grenze zu Italien verlegen.", "FRA", "ITA"),
        ("Polen ließ Panzer an die Grenze zu Belarus verlegen.", "POL", "BLR"),
    ],
)
def test_causative_lassen_lends_its_object_to_the_infinitive(text, source, target):
    assert ("154", source, target) in _actor_codes(text)
