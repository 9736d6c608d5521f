"""An act a source pledges is what its pledge (03x) promises, no event of its own; a pledge not to act
keeps the act negated, and a deed coordinated with the pledge is its own event."""

from tests.event_tuples import coded_events


def events(text: str) -> list[tuple]:
    return coded_events(text, "2024-03-01", keep_implausible=True)


def test_training_pledged_is_the_pledge_alone():
    roots = {
        code[:2] for code, *_ in events("Die Bundesregierung hat zugesagt, litauische Soldaten auszubilden.")
    }
    assert roots == {"03"}


def test_offered_training_is_the_offer_alone():
    found = events("Frankreich bietet an, rumänische Soldaten in der Abwehr von Drohnen auszubilden.")
    assert any(code.startswith("03") and source == "FRA" for code, source, *_ in found)
    assert not any(code.startswith("06") for code, *_ in found)


def test_talks_a_side_commits_to_are_the_commitment_alone():
    found = events("Die Türkei verpflichtete sich, mit Griechenland substanzielle Gespräche aufzunehmen.")
    assert not any(code.startswith("04") and modality == "asserted" for code, _, _, modality in found)


def test_a_pledge_not_to_use_force_keeps_the_force_negated():
    found = events("Serbien verpflichtete sich, keine Gewalt gegen Kosovo anzuwenden.")
    assert any(code.startswith("19") and modality == "negated" for code, _, _, modality in found)


def test_an_organisation_head_pledging_what_the_organisation_will_do_is_the_pledge_alone():
    # the secretary general (a Norwegian) pledges for the alliance: one side, though his nationality differs
    found = events(
        "NATO-Generalsekretär Jens Stoltenberg sicherte zu, die NATO werde mehr Soldaten nach Litauen verlegen."
    )
    assert [code[:2] for code, *_ in found] == ["03"]
    found = events(
        "EU-Kommissionspräsidentin Ursula von der Leyen versprach, die EU werde die Ukraine mit Waffen beliefern."
    )
    assert [code[:2] for code, *_ in found] == ["03"]
