"""Denials and rejections that point back ("wies das zurück"): after a charge, in the sentence before or
the same one, it is the denial of that charge (016, towards the accuser where the sentence names one);
after a demand it stays a rejection (12x); after a claim reported just before it denies the claim (016,
`denied_claims.py`), after an offer or proposal it rejects it; a named object is no pointer back; a report
the speaker denies is no accusation, while an act reported by its adversary stays one; a charge called
baseless ("nannte die Vorwürfe absurd") is denied, a measure called so criticised; reports played down
or called a fantasy are denied; a step its side says is aimed at no one denies a hostile aim
(`aimed_at_no_one.py`)."""

import pytest

from tests.event_tuples import events_of, state_of


def _triples(text: str) -> list[tuple]:
    """(code, source state, target state or IGO) of every event."""
    return [
        (e.code, state_of(e.source), e.target and (e.target.country or e.target.actor_code))
        for e in events_of(text, "2024-08-10")
    ]


def coded(text: str) -> list[tuple]:
    """The events of the second sentence, the one that rejects."""
    return [
        (e.code, state_of(e.source), e.target and (e.target.country or e.target.actor_code))
        for e in events_of(text, "2024-08-10")
        if e.evidence.sentence == 1
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Das Außenministerium in Ankara warf Griechenland vor, Migranten zurückgedrängt zu haben. "
        "Athen wies das zurück.",
        # the accuser is no state: the coder makes no event of the charge, the sentence still is one
        "Ein Abgeordneter der Regierungspartei beschuldigte die USA, die Opposition zu finanzieren. "
        "Die US-Botschaft wies dies zurück.",
        # a claim reported just before is denied alike (`denied_claims.py`)
        "Der Separatistenführer erklärte, die Spuren der Angreifer führten nach Moldau. "
        "Die Regierung in Chisinau wies das umgehend zurück.",
        "Die EU-Kommission sprach von einer Diskriminierung litauischer Firmen. Peking wies dies zurück.",
        # "von" hung by the parse on a quoted adjective
        "Der iranische Außenminister sprach von einem „politisierten“ Vorgehen der Behörde. "
        "Generaldirektor Rafael Grossi weist das zurück.",
        # a demand or appeal told inside the claim is part of what is claimed, not asked of the denier
        "Westliche Beobachter befürchten, dass Moskau den Nachbarn zu einem Kriegseintritt drängen könnte. "
        "Der Kreml wies das zurück.",
    ],
)
def test_rejecting_a_charge_or_claim_just_made_is_its_denial(text):
    rejections = coded(text)
    assert rejections and all(code == "016" and target is None for code, _, target in rejections)


def test_rejecting_a_demand_just_made_stays_a_rejection():
    text = "Präsident Vučić verlangte von Kurti den Rückzug der Polizei. Kurti wies das zurück."
    rejections = coded(text)
    assert rejections and all(code.startswith("12") for code, _, _ in rejections)


def test_rejecting_a_proposal_just_made_stays_a_rejection():
    text = "Frankreich schlug Russland Gespräche über eine Waffenruhe vor. Moskau wies das zurück."
    rejections = coded(text)
    assert rejections and all(code.startswith("12") for code, _, _ in rejections)


def test_a_named_object_is_no_pointer_back():
    """ "wies die Forderung zurück" names what it rejects: the charge before does not turn it round."""
    text = (
        "Moskau warf Kiew vor, Zivilisten zu beschießen. "
        "Zugleich wies die ukrainische Regierung die Forderung nach Gebietsabtretungen zurück."
    )
    assert all(code != "016" for code, _, _ in coded(text))


def test_rejecting_the_charge_of_the_same_sentence_denies_it_towards_the_accuser():
    text = (
        "Ankara beschuldigte Athen, Migranten zurückgedrängt zu haben, "
        "was das griechische Außenministerium umgehend zurückwies."
    )
    assert ("016", "GRC", "TUR") in _triples(text)
    assert all(code[:2] != "12" for code, _, _ in _triples(text))


def test_rejecting_the_demand_of_the_same_sentence_stays_a_rejection():
    text = "Das Parlament verlangte den Abzug der amerikanischen Truppen, was Washington umgehend zurückwies."
    assert any(code.startswith("12") and source == "USA" for code, source, _ in _triples(text))
    assert all(code != "016" for code, _, _ in _triples(text))


@pytest.mark.parametrize(
    "text",
    [
        "Neu-Delhi dementierte Berichte, es habe Pakistan mit Drohnen angegriffen.",
        "Der Kreml wies den Vorwurf zurück, russische Truppen hätten ukrainische Dörfer bombardiert.",
    ],
)
def test_a_report_the_speaker_denies_is_no_accusation(text):
    assert all(code != "112" for code, _, _ in _triples(text))


def test_an_act_reported_by_its_adversary_stays_an_accusation():
    text = "Die ukrainische Armee beschieße wahllos Wohnhäuser in Donezk, sagte der russische Außenminister."
    assert ("112", "RUS", "UKR") in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the answer of the accused inside the accusation: it is no part of the charge
        "Rom macht Tunis für das Bootsunglück verantwortlich, Tunesien weist das zurück.",
        # it names what it denies instead of pointing back, and is still aimed at the accuser
        "Ankara macht Athen für den Zwischenfall verantwortlich, Griechenland weist jede Beteiligung zurück.",
    ],
)
def test_the_accused_denying_in_the_sentence_of_the_charge_denies_it_to_the_accuser(text):
    triples = _triples(text)
    accuser, accused = next((source, target) for code, source, target in triples if code == "112")
    assert ("016", accused, accuser) in triples


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a charge called baseless is denied (`denied_claims.as_charge_called_baseless`)
        ("Polen warf Russland Sabotage vor. Ein Sprecher des Kremls nannte die Vorwürfe absurd.", "016"),
        ("Polen warf Russland Sabotage vor. Moskau bezeichnete den Vorwurf als unbegründet.", "016"),
        # the parse hangs the charge on the predicate
        (
            "Polen warf Russland Sabotage vor. Der russische Botschafter nennt die Vorwürfe unbegründet.",
            "016",
        ),
        # a measure called so is criticised
        ("Die EU verhängte Sanktionen gegen Russland. Moskau nannte die Sanktionen absurd.", "111"),
    ],
)
def test_what_a_judgement_calls_baseless_is_denied_only_where_it_is_a_charge(text, code):
    assert [c for c, _, _ in coded(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        # the charge fronted with the clause that spells it out, which the parse made the clause's object
        "Den Vorwurf, Belgrad habe die Wahl beeinflusst, wies der serbische Außenminister zurück.",
        # a claim reported earlier in the same sentence, no charge
        "Der Oppositionsführer behauptete, die Wahl sei gefälscht worden; die Regierung in Minsk weist das zurück.",
    ],
)
def test_rejecting_a_charge_or_claim_of_the_same_sentence_is_its_denial(text):
    triples = _triples(text)
    assert any(code == "016" for code, _, _ in triples)
    assert all(code[:2] != "12" for code, _, _ in triples)


@pytest.mark.parametrize(
    "text",
    [
        "Die bhutanische Regierung hat Berichte über chinesische Dörfer stets heruntergespielt.",
        "Der eritreische Präsident bezeichnete Berichte über Übergriffe seiner Soldaten als Fantasie.",
    ],
)
def test_reports_played_down_or_called_a_fantasy_are_denied(text):
    assert any(code == "016" for code, _, _ in _triples(text))


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Der schwedische Verteidigungsminister betonte, das Manöver richte sich gegen niemanden.", "SWE"),
        ("Der Pakt sei gegen niemanden gerichtet, versicherte Indonesiens Außenministerin.", "IDN"),
        # no statement reports the clause: the quote stage's speaker
        (
            "Die Übung richte sich gegen kein bestimmtes Land, hieß es aus dem Verteidigungsministerium in Tokio.",
            "JPN",
        ),
        # the statement's speaker, placed by the ministry's adjective
        (
            "Vietnam unterzeichnete ein Abkommen mit Russland. Das Abkommen richte sich gegen kein drittes "
            "Land, sagte ein Sprecher des vietnamesischen Außenministeriums.",
            "VNM",
        ),
    ],
)
def test_a_step_said_to_be_aimed_at_no_one_denies_a_hostile_aim(text, denier):
    assert ("016", denier, None) in _triples(text)


def test_a_step_said_to_be_aimed_not_at_a_named_side_is_no_denial():
    text = "Der spanische Regierungschef erklärte, der Schritt richte sich nicht gegen Israel."
    assert all(code != "016" for code, _, _ in _triples(text))
