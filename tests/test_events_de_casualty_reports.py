"""The toll of an attack reported without the attacker ("Dabei wurden zwölf Menschen getötet", "Bei dem
Raketenangriff kamen drei Kinder ums Leben") is the attack again, by the one side that attacked in the
sentences before; a terror attack or a person shot with no attacker named is an assault by no one known,
and a thing of a state struck in a passive that names only the weapon is a strike by no one known
(`events.casualty_reports`)."""

import pytest

from tests.event_tuples import events_of_last_sentence, state_or_igo

DATE = "2025-03-04"
ATTACK = "Russland hat die Stadt Sumy in der Nacht mit Drohnen angegriffen. "


def _in_last_sentence(text: str) -> set[tuple]:
    """(code, source, target, modality) of the events whose evidence is the text's last sentence."""
    return {
        (e.code, state_or_igo(e.source), state_or_igo(e.target), e.modality)
        for e in events_of_last_sentence(text, DATE)
    }


@pytest.mark.parametrize(
    ("toll", "code"),
    [
        ("Dabei wurden nach Angaben der Stadtverwaltung sieben Menschen getötet.", "195"),
        ("Nach Angaben der Behörden kamen dabei zwei Kinder ums Leben.", "195"),
        ("Dabei wurde ein Umspannwerk schwer beschädigt.", "195"),
        # the attack named again by a noun of its own kind: that noun's code
        ("Bei dem Beschuss wurden vier Feuerwehrleute verletzt.", "194"),
    ],
)
def test_toll_pointing_back_is_the_attack(toll, code):
    assert _in_last_sentence(ATTACK + toll) == {(code, "RUS", "UKR", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        # no attack before: an earthquake's toll is no one's act
        "In der Region hat die Erde gebebt. Dabei wurden sieben Menschen getötet.",
        # two sides attacked: the toll is no one side's
        "Russland griff Sumy mit Drohnen an, die Ukraine beschoss Belgorod mit Raketen. "
        "Dabei wurden sieben Menschen getötet.",
        # no pointing back: the toll may be of anything
        ATTACK + "Im Krankenhaus starben drei Patienten.",
    ],
)
def test_no_attacker_no_event(text):
    assert not {e for e in _in_last_sentence(text) if e[0][:2] in ("18", "19", "20")}


@pytest.mark.parametrize(
    "toll",
    [
        "Bei dem Schusswechsel waren ein serbischer Polizist und zwei albanische Bewaffnete getötet worden.",
        # the noun left out after a counted nationality; the source of the report names no dead
        "Bei dem Gefecht waren zwei indische und nach Pekinger Angaben drei chinesische Soldaten getötet worden.",
    ],
)
def test_fight_with_the_dead_of_two_states_is_fought_by_both(toll):
    sides = {(source, target) for code, source, target, _ in _in_last_sentence(toll) if code[:2] == "19"}
    assert len(sides) == 2 and {s for s, _ in sides} == {t for _, t in sides}


@pytest.mark.parametrize(
    "toll",
    [
        "Bei den Kämpfen starben nach ukrainischen Angaben drei russische Soldaten.",
        # those they fought with are not among the dead
        "Bei dem Zusammenstoß sind zwanzig indische Soldaten ums Leben gekommen, die in einem Handgemenge "
        "mit chinesischen Truppen starben.",
        # a counted nationality with its noun left out is among the dead only outside a phrase: those met
        # are not
        "Im Grenzgebirge waren bei dem Gefecht vier nepalesische Soldaten getötet worden, als sie auf fünf "
        "bhutanische stießen.",
    ],
)
def test_dead_of_one_state_make_no_fight(toll):
    assert not _in_last_sentence(toll)


@pytest.mark.parametrize(
    ("toll", "target"),
    [
        ("Bei dem Anschlag auf einen Markt in Kabul wurden mindestens zwanzig Zivilisten getötet.", "AFG"),
        # the state of the dead where the struck place names none
        ("Bei einem Bombenanschlag auf einen Konvoi kamen sechs französische Soldaten ums Leben.", "FRA"),
        # a person shot in a passive that names no agent: against the victim's state, else the scene's
        ("Ein kanadischer Journalist wurde in Mexiko-Stadt erschossen.", "CAN"),
        ("Der Abgeordnete wurde am Dienstag in Baku vor seinem Haus angeschossen.", "AZE"),
        # the present "wird" of a ticker, which the parse takes for a future's auxiliary
        ("Mai 2024: Ein Gewerkschafter wird in Bogotá vor einer Fabrik erschossen.", "COL"),
    ],
)
def test_assault_by_no_one_known_has_no_source(toll, target):
    assert {(code[:2], *rest) for code, *rest in _in_last_sentence(toll)} == {
        ("18", None, target, "asserted")
    }


@pytest.mark.parametrize(
    "toll",
    [
        # an air strike with no attacker named is a war's, whose attacker the banks take from the context
        "Bei einem Luftangriff auf ein Dorf in Syrien wurden zwölf Menschen getötet.",
        # an attacker in the genitive is a side of its own
        "Beim Anschlag eines Attentäters der Miliz auf ein Hotel in Nairobi starben zehn Menschen.",
        # the wounded are no killing
        "Bei dem Anschlag auf einen Markt in Kabul wurden zwanzig Menschen verletzt.",
    ],
)
def test_no_attack_by_no_one_known(toll):
    assert not {e for e in _in_last_sentence(toll) if e[1] is None}


def test_judged_attack_by_no_one_known_has_no_target():
    text = (
        "Bei dem Anschlag auf einen Markt in Kabul wurden zwanzig Zivilisten getötet. "
        "Die pakistanische Regierung verurteilte die Tat."
    )
    assert ("111", "PAK", None, "asserted") in _in_last_sentence(text)


@pytest.mark.parametrize(
    "report",
    [
        "Der Oppositionelle wurde in Minsk von belarussischen Polizisten erschossen.",
        # the agent hung on the participle before a trailing auxiliary
        "Der Bürgermeister ist in Kiew von einem Rentner niedergeschossen worden.",
        # shot in an arrest: the police's act
        "Der Rebellenführer wurde in Kinshasa bei seiner Festnahme durch die Armee erschossen.",
        # the agent hung on the place before it
        "Ein Palästinenser ist nach einer Messerattacke auf einen israelischen Polizisten im Süden des Westjordanlandes "
        "von Soldaten erschossen worden.",
    ],
)
def test_person_shot_by_someone_named_has_a_source(report):
    assert not {e for e in _in_last_sentence(report) if e[1] is None}


@pytest.mark.parametrize(
    ("report", "target"),
    [
        # the place struck, with only the weapons for agent
        ("Die Lage blieb ruhig. Am Morgen ist Port Sudan erneut von Drohnen angegriffen worden.", "SDN"),
        # the thing struck named by its owner's adjective
        ("Die Lage blieb ruhig. Im Golf wurde ein iranischer Frachter von zwei Raketen getroffen.", "IRN"),
        # no agent at all
        (
            "Die Lage blieb ruhig. In der Nacht wurde ein Hubschrauber der Vereinten Nationen beschossen.",
            "IGOUNO",
        ),
    ],
)
def test_strike_by_no_one_known_has_no_source(report, target):
    assert {(code[:2], *rest) for code, *rest in _in_last_sentence(report)} == {
        ("19", None, target, "asserted")
    }


@pytest.mark.parametrize(
    "report",
    [
        # the weapon names whose it is
        "Die Lage blieb ruhig. Das Flugzeug wurde von einer Rakete aus russischen Armeebeständen abgeschossen.",
        # force against the state told before: the article's war, whose attacker comes from the context
        "Israel und die Türkei griffen Syrien an. Ein Tag später wurde Damaskus von Raketen getroffen.",
        # a border closed is no strike
        "Die Lage blieb ruhig. Der Luftraum wird für russische Flugzeuge gesperrt.",
    ],
)
def test_no_strike_by_no_one_known(report):
    assert not {e for e in _in_last_sentence(report) if e[1] is None}
