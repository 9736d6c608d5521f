"""Target attribution rules found on the tune bank, tested on sentences of our own: targets at home
(events/targets_domestic.py), coordinated subjects that act alongside each other
(events/targets_directed.py) and the two sides of "beide Seiten" (events/targets_both_sides.py)."""

from __future__ import annotations

import pytest

from lagebild.events.arguments import side_of
from lagebild.events.targets_both_sides import conflict_sides
from lagebild.pipeline import get_pipeline
from tests.event_tuples import events_of_root

DATE = "2026-11-20"


def _target_state(event) -> str | None:
    return event.target.country if event.target is not None else None


@pytest.mark.parametrize(
    ("text", "root", "state"),
    [
        ("Die belarussische Polizei nahm am Samstag in Minsk Hunderte Demonstranten fest.", "17", "BLR"),
        ("Die Militärjunta in Myanmar verhängte am Freitag eine nächtliche Ausgangssperre.", "17", "MMR"),
        ("Die kolumbianische Armee bombardierte am Montag Stellungen der Rebellen.", "19", "COL"),
        ("Das Regime in Teheran ließ am Mittwoch mehrere politische Gefangene frei.", "08", "IRN"),
        # detainees and critics by any plural of the vocabulary of people held (`held_people.py`)
        ("Die Regierung in Minsk ließ am Montag die Verhafteten frei.", "08", "BLR"),
        ("Die Regierung in Minsk ließ am Montag die Regierungskritiker frei.", "08", "BLR"),
        # those who come free are the subject of "freikommen", set free by their own state
        ("Auch Dutzende venezolanische politische Gefangene kommen frei.", "08", "VEN"),
    ],
)
def test_acts_on_the_own_people_target_the_own_state(text, root, state):
    (event,) = events_of_root(text, DATE, root)
    assert event.source is not None and event.source.country == state
    assert _target_state(event) == state
    assert event.target.actor_code in (f"{state}CVL", f"{state}REB")


def test_people_killed_by_an_army_belong_to_the_place_not_to_the_army():
    (there,) = events_of_root("Russische Soldaten töteten in Butscha Dutzende Zivilisten.", DATE, "18")
    assert _target_state(there) == "UKR"
    (nowhere,) = events_of_root(
        "Russische Soldaten töteten nach Angaben von Augenzeugen Dutzende Zivilisten.", DATE, "18"
    )
    assert _target_state(nowhere) != "RUS"


def test_migrants_turned_back_are_not_the_border_guards_people():
    (event,) = events_of_root(
        "Die polnischen Grenzschützer wiesen am Wochenende erneut Migranten zurück.", DATE, "17"
    )
    assert _target_state(event) != "POL"


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Managua ließ am Donnerstag 135 Oppositionelle frei und schob sie nach Mexiko ab.",
        # "in die" names where they are sent, not where the state acts
        "Die Regierung in Managua ließ am Donnerstag 135 Oppositionelle frei und schob sie in die USA ab.",
    ],
)
def test_the_released_it_deports_are_the_states_own_people(text):
    (deported,) = events_of_root(text, DATE, "17")
    assert deported.target is not None and deported.target.actor_code == "NICCVL"


def test_a_released_foreigner_deported_stays_foreign():
    (deported,) = events_of_root(
        "Die Behörden in Moskau ließen den amerikanischen Reporter frei und schoben ihn in die USA ab.",
        DATE,
        "17",
    )
    assert _target_state(deported) == "USA"


def test_a_foreign_government_judging_rebels_does_not_act_at_home():
    for event in events_of_root(
        "US-Präsident Joe Biden warf den Rebellen vor, Handelsschiffe anzugreifen.", DATE, "11"
    ):
        assert _target_state(event) != "USA"


def test_hostages_freed_by_an_armed_group_are_not_its_own_people():
    for event in events_of_root(
        "Die Hamas will am Sonntag zwanzig Frauen und Kinder freilassen.", DATE, "08"
    ):
        assert _target_state(event) != "PSE"


# --- coordinated subjects (events/targets_directed.py, used by context_targets._alongside)


def _dyads(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, _target_state(e)) for e in events_of_root(text, DATE, root)
    }


@pytest.mark.parametrize(
    ("text", "root", "subjects"),
    [
        ("Nur Kuba und Nicaragua stellten sich schützend vor Caracas.", "05", ("CUB", "NIC")),
        ("Die Niederlande und Belgien schlossen sich am Montag den Strafmaßnahmen an.", "16", ("NLD", "BEL")),
    ],
)
def test_coordinated_subjects_of_a_directed_verb_are_not_each_others_target(text, root, subjects):
    dyads = _dyads(text, root)
    first, second = subjects
    assert {source for source, _ in dyads} == {first, second}
    assert (first, second) not in dyads and (second, first) not in dyads


@pytest.mark.parametrize(
    ("text", "root", "sides"),
    [
        ("Israel und die Hamas einigten sich auf eine Waffenruhe.", "08", ("ISR", "PSE")),
        ("Frankreich und Italien trafen sich in Rom.", "04", ("FRA", "ITA")),
    ],
)
def test_reciprocal_verbs_still_go_both_ways(text, root, sides):
    first, second = sides
    assert {(first, second), (second, first)} <= _dyads(text, root)


# --- "beide Seiten" (events/targets_both_sides.py)


def test_the_main_conflict_is_the_pair_in_conflict_in_most_sentences():
    text = (
        "Russland hat die Ukraine in der Nacht erneut mit Raketen angegriffen. "
        "Kiew warf Moskau schwere Kriegsverbrechen vor. "
        "Am Abend kritisierte Polen die Regierung Ungarns."
    )
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = DATE, "de"
    doc = nlp(doc)
    assert {side_of(side) for side in conflict_sides(doc._.events)} == {"RUS", "UKR"}


# --- judging a thing named before (events/targets_authors.py)


@pytest.mark.parametrize(
    ("text", "judge", "maker"),
    [
        (
            "Die EU-Staaten haben sich am Freitag auf ein neues Sanktionspaket gegen Iran geeinigt. "
            "Teheran nannte das Paket am Samstag völkerrechtswidrig.",
            "IRNGOV",
            "IGOEUREEC",
        ),
        (
            "Das Parlament in Warschau verabschiedete am Dienstag einen Bericht über die Lage in Belarus. "
            "Minsk geißelte den Bericht als Lüge.",
            "BLRGOV",
            "POLLEG",
        ),
    ],
)
def test_a_judged_thing_targets_whoever_made_it(text, judge, maker):
    judgements = [e for e in events_of_root(text, DATE, "11") if e.source.actor_code == judge]
    assert [e.target.actor_code for e in judgements] == [maker]


def test_an_earlier_judge_of_the_act_is_not_its_maker():
    text = (
        "Die Bundesregierung verurteilte die Hinrichtung eines Oppositionellen in Iran scharf. "
        "Auch Frankreich verurteilte die Hinrichtung."
    )
    (french,) = [e for e in events_of_root(text, DATE, "11") if e.source.country == "FRA"]
    assert _target_state(french) == "IRN"
