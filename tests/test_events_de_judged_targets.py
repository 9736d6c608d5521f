"""Targets of judged things, tested on sentences of our own through the real pipeline: a capital in
the genitive after a common noun is the government (pipeline/actors.py), a judged noun of doing
points back to the verb that reported the act (events/targets_authors.py), and a judgement of an
agreement goes to the parties to it (events/targets_agreements.py)."""

from __future__ import annotations

import pytest

from lagebild import analyze

DATE = "2026-11-20"


def _events(text: str, code: str) -> list:
    """The events whose CAMEO code starts with `code` (a root "11" or a code "051")."""
    return [e for e in analyze(text, date=DATE, lang="de").events if e.code.startswith(code)]


def _pairs(text: str, code: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in _events(text, code)
    }


@pytest.mark.parametrize(
    ("text", "capital", "government"),
    [
        ("Regierungschef Donald Tusk nannte das Vorgehen Berlins unverantwortlich.", "Berlins", "DEUGOV"),
        ("Der Außenminister bezeichnete die Haltung Moskaus als Provokation.", "Moskaus", "RUSGOV"),
    ],
)
def test_a_capital_in_the_genitive_of_a_common_noun_is_its_government(text, capital, government):
    analysis = analyze(text, date=DATE, lang="de")
    owners = [e for e in analysis.entities if any(m.text == capital for m in e.mentions)]
    assert [e.actor_code for e in owners] == [government]


def test_a_name_with_a_capital_in_it_stays_a_name():
    analysis = analyze("Die Washington Post berichtete am Montag über die Wahl.", date=DATE, lang="de")
    assert not any(e.actor_code == "USAGOV" for e in analysis.entities)


def test_judging_the_act_of_a_capital_named_in_the_genitive_targets_its_state():
    text = (
        "Warschau reagierte am Montag verärgert. Premier Tusk nannte das Vorgehen Berlins unverantwortlich."
    )
    assert ("POL", "DEU") in _pairs(text, "11")


@pytest.mark.parametrize(
    ("text", "judge", "doer"),
    [
        (
            "Die Bundeswehr verlegt eine Brigade nach Litauen. Die Soldaten sollen dort dauerhaft bleiben. "
            "Der Kreml kritisierte die Verlegung scharf.",
            "RUS",
            "DEU",
        ),
        (
            "Aserbaidschan blockiert seit Wochen die einzige Straße nach Bergkarabach. "
            "Armenien bat Russland um Hilfe. Paris verurteilte die Blockade.",
            "FRA",
            "AZE",
        ),
    ],
)
def test_a_judged_noun_of_doing_points_back_to_the_verb_that_reported_the_act(text, judge, doer):
    judgements = [e for e in _events(text, "11") if judge in (e.source.country, e.source.actor_code)]
    assert judgements and all(e.target is not None and e.target.country == doer for e in judgements)


def test_a_verb_long_before_is_no_mention_of_the_judged_act():
    text = (
        "Die Bundeswehr verlegt eine Brigade nach Litauen. Die Soldaten sollen dort dauerhaft bleiben. "
        "Die Kasernen baut Litauen. Der Bau beginnt im Mai. Die Kosten sind hoch. Das Parlament stimmte zu. "
        "Die Opposition klagte. Der Kreml kritisierte die Verlegung scharf."
    )
    assert ("RUS", "DEU") not in _pairs(text, "11")


def test_the_object_of_a_charged_infinitive_is_no_judged_thing():
    # "die Sicherheit" is what China is charged to endanger, not a thing Panama made
    text = (
        "Panama garantiert seit 1999 die Sicherheit des Kanals. "
        "Washington warf Peking am Montag vor, die Sicherheit des Kanals zu gefährden."
    )
    assert _pairs(text, "112") == {("USA", "CHN")}


def test_praise_of_an_agreement_goes_to_both_parties():
    text = (
        "Armenien und Aserbaidschan haben am Freitag einen Friedensvertrag unterzeichnet. "
        "Die Grenze soll bis zum Sommer markiert werden. "
        "Der französische Präsident begrüßte die Einigung."
    )
    assert {("FRA", "ARM"), ("FRA", "AZE")} <= _pairs(text, "051")


def test_a_party_judging_the_agreement_aims_at_the_other_party_only():
    text = (
        "Armenien und Aserbaidschan haben am Freitag einen Friedensvertrag unterzeichnet. "
        "Die armenische Regierung lobte das Abkommen als historischen Schritt."
    )
    assert _pairs(text, "051") == {("ARM", "AZE")}


def test_judging_a_thing_that_is_no_agreement_keeps_one_target():
    text = (
        "Armenien und Aserbaidschan haben am Freitag einen Friedensvertrag unterzeichnet. "
        "Russland verlegte danach Truppen an die Grenze. Paris kritisierte die Verlegung."
    )
    assert _pairs(text, "11") == {("FRA", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        "Die Türkei hat beschlossen, ihre Grenze zu Syrien zu schließen. Der Irak kritisierte den Schritt "
        "scharf. Jordanien begrüßte dagegen den Schritt.",
        "Die Türkei schloss am Montag ihre Grenze zu Syrien. Der Irak kritisierte die Grenzschließung scharf. "
        "Jordanien begrüßte dagegen die Entscheidung.",
    ],
)
def test_a_welcomed_step_is_the_actors_not_that_of_a_critic_in_between(text):
    # the criticism just before is another reaction to the step, not the step itself
    assert _pairs(text, "051") == {("JOR", "TUR")}
