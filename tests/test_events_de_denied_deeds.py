"""Denied deeds: a denial of any part in a hostile deed, or of having done it, codes the deed as the
denier's, negated, aimed at whom it hit (`events/denied_involvement.py`)."""

import pytest

from lagebild import analyze

DATE = "2024-03-01"


def _coded(text: str) -> set[tuple[str | None, str, str | None, str]]:
    def side(actor):
        return actor and (actor.country or actor.actor_code)

    return {
        (side(e.source), e.code, side(e.target), e.modality)
        for e in analyze(text, date=DATE, lang="de").events
    }


def _negated_deeds(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, code[:2], t) for s, code, t, modality in _coded(text) if modality == "negated"}


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        # the deed the article told of before, aimed at the accuser it hit
        (
            "Nach dem Überfall auf eine Polizeistreife im Norden machte Kosovos Regierung Serbien "
            "verantwortlich. Serbiens Präsident wies jede Verwicklung seines Landes von sich.",
            ("SRB", "19", "XKX"),
        ),
        # the deed named with the involvement noun, the phrase hung on the verb
        (
            "Russland machte die Ukraine für die Explosionen an der Gaspipeline verantwortlich. "
            "Kiew bestreitet jede Beteiligung an dem Anschlag.",
            ("UKR", "18", "RUS"),
        ),
        # a denied clause whose act names no one it hit
        (
            "Thailand beschuldigte Kambodscha, die Grenze verletzt zu haben. "
            "Kambodscha bestreitet, neue Minen gelegt zu haben.",
            ("KHM", "19", "THA"),
        ),
    ],
)
def test_denied_deed_is_the_deniers_negated(text, deed):
    assert deed in _negated_deeds(text)
    assert (deed[0], "016") in {(s, code) for s, code, _, _ in _coded(text)}


def test_the_deniers_own_charge_names_no_victim():
    # whom the denier itself blames argues with it; the deed need not have hit it: no deed coded
    text = "Moskau warf dem Westen vor, die Spannungen zu schüren. Der Kreml bestritt jede Beteiligung an dem Angriff."
    assert _negated_deeds(text) == set()


def test_rejected_warnings_are_no_deed_of_the_rejecter():
    # "wies die Warnungen zurück": someone else's act rejected, not a deed of one's own denied
    text = "Australien warnte China vor einem Militärstützpunkt. Peking wies die Warnungen zurück."
    assert not any(s == "CHN" for s, _, _ in _negated_deeds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Das Außenministerium in Rom erklärte, Italien sei an dem Vorfall nicht beteiligt gewesen.",
        "Das Verteidigungsministerium in Ankara erklärte, die Türkei sei an den Gefechten nicht beteiligt.",
        "Griechenland sei in keiner Weise an dem Einsatz beteiligt, sagte Ministerpräsident Mitsotakis.",
    ],
)
def test_a_statement_that_the_speakers_side_took_no_part_is_a_denial(text):
    denials = {(s, t, m) for s, code, t, m in _coded(text) if code == "016"}
    assert len(denials) == 1
    source, target, modality = denials.pop()
    assert source in ("ITA", "TUR", "GRC") and target is None and modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        # a part chosen (reflexive) or given (passive) is no denial
        "Die Regierung in Bratislava erklärte, dass sich die Slowakei nicht beteiligt.",
        "Die Regierung in Teheran erklärte, Iran sei an den Gesprächen nicht beteiligt worden.",
        # another side's part is no denial of the speaker's
        "Die Regierung in Rom erklärte, Frankreich sei an dem Einsatz nicht beteiligt gewesen.",
    ],
)
def test_no_part_chosen_given_or_of_another_side_is_no_denial(text):
    assert not {code for _, code, _, _ in _coded(text) if code == "016"}
