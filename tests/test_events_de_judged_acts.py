"""The target of a judged act is whoever performed it (issue 7): criticism, condemnation, praise or
rejection of an act named by a noun goes to the act's agent, or, for a definite noun without one, to
the source of the latest event of the noun's kind in the sentences just before."""

import pytest

from lagebild import analyze


def dyads(text: str) -> list[tuple]:
    """(code, source state/IGO, target state/IGO) of every event coded in the text."""
    return [
        (e.code, e.source and (e.source.country or e.source.actor_code), e.target and (e.target.country or e.target.actor_code))
        for e in analyze(text, date="2024-05-01", lang="de").events
    ]  # fmt: skip


def targets_of(text: str, code: str, source: str) -> set:
    return {target for c, s, target in dyads(text) if c == code and s == source}


@pytest.mark.parametrize(
    ("text", "judgement"),
    [
        # the act noun's own agent: a nationality adjective, a genitive, a "durch" phrase; the patient
        # after "auf" is not the target
        ("Die USA verurteilten den russischen Angriff auf die Ukraine.", ("111", "USA", "RUS")),
        ("Die USA verurteilten den Angriff Russlands auf die Ukraine.", ("111", "USA", "RUS")),
        ("Die Bundesregierung begrüßte die Freilassung der Geiseln durch die Hamas.", ("051", "DEU", "PSE")),
        # the genitive of an execution or expulsion names its victim; the agent follows with "durch"
        ("Baerbock verurteilte die Hinrichtung des Deutsch-Iraners Jamshid Sharmahd durch das iranische Regime.", ("111", "DEU", "IRN")),
        ("Berlin kritisierte die Ausweisung von 20 Diplomaten durch Russland.", ("111", "DEU", "RUS")),
        # a "durch" phrase that names the agent by a nationality adjective only
        ("Manila verurteilte die Versenkung eines Fischerboots durch ein chinesisches Patrouillenboot.", ("111", "PHL", "CHN")),
    ],
)  # fmt: skip
def test_the_act_nouns_own_agent_is_the_target(text, judgement):
    assert judgement in dyads(text)


@pytest.mark.parametrize(
    ("text", "code", "source", "performer"),
    [
        # the victim is named last before the judgement: the performer is still the target
        ("Russland griff die Ukraine an. Frankreich verurteilte den Angriff.", "111", "FRA", "RUS"),
        ("Israel griff Ziele im Libanon an. Die Lage blieb angespannt. Frankreich verurteilte den Angriff.", "111", "FRA", "ISR"),
        # the victim, named after the performer, is the latest actor before the judgement
        ("Russland wies vier Diplomaten aus Estland aus. Die EU kritisierte die Ausweisung.", "111", "IGOEUREEC", "RUS"),
        ("Die Hamas ließ vier Geiseln aus Israel frei. Die USA begrüßten die Freilassung.", "051", "USA", "PSE"),
        # a generic force noun names any use of force before it, a plural noun as well
        ("Russland griff die Ukraine mit Raketen an. Polen verurteilte die Angriffe.", "111", "POL", "RUS"),
        ("Russland beschoss die Stadt Charkiw. Die NATO verurteilte den Angriff.", "111", "IGOWSTNAT", "RUS"),
        # the victim's state is the judge's own: the target is the state that expelled
        ("Russland wies 20 deutsche Diplomaten aus. Berlin kritisierte die Ausweisung scharf.", "111", "DEU", "RUS"),
        ("Belarus ließ zwölf politische Gefangene frei. Die USA begrüßten die Freilassung.", "051", "USA", "BLR"),
        ("Die EU verhängte Sanktionen gegen Russland. Moskau lehnte die Sanktionen als illegal ab.", "120", "RUS", "IGOEUREEC"),
    ],
)  # fmt: skip
def test_a_definite_act_noun_targets_the_source_of_the_act_before(text, code, source, performer):
    assert targets_of(text, code, source) == {performer}


def test_an_act_of_another_kind_before_is_not_the_one_judged():
    # an air strike is no expulsion: Israel did not perform what France condemns
    assert "ISR" not in targets_of(
        "Israel griff Ziele im Libanon an. Frankreich verurteilte die Ausweisung.", "111", "FRA"
    )


@pytest.mark.xfail(
    strict=True,
    reason=(
        "news parser: 'griff' is now a VERB (the old parse made it ADJ), so author_of_earlier_mention finds "
        "'griff … an' four sentences back as the verb behind 'den Angriff' (its window, VERB_SENTENCES, is 6); "
        "the old pass relied on the hidden verb"
    ),
)
def test_an_act_too_far_back_is_not_the_one_judged():
    text = (
        "Israel griff Ziele im Libanon an. Die Lage blieb angespannt. Viele Familien flohen nach Norden. "
        "Die Schulen blieben geschlossen. Frankreich verurteilte den Angriff."
    )
    assert targets_of(text, "111", "FRA") == {None}


def test_a_judgement_on_acts_in_general_has_no_target():
    # "jeden Angriff" is any attack, neither Israel's nor one on Lebanon
    text = "Israel griff Ziele im Libanon an. Frankreich verurteilte jeden Angriff auf Zivilisten."
    assert targets_of(text, "111", "FRA") == {None}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a state met or helped just before is no doer of the attack or violence judged
        ("Der Außenminister Italiens traf am Montag in Kairo seinen ägyptischen Amtskollegen. Am Abend verurteilte Rom den Anschlag auf einen Busbahnhof.", "ITA"),
        ("Spanien sagte Marokko Hilfe beim Grenzschutz zu. Madrid verurteilte zugleich die Gewalt in der Grenzstadt.", "ESP"),
        ("Japan sagte Indonesien Hilfe zu. Tokio verurteilte die Tat.", "JPN"),
    ],
)  # fmt: skip
def test_a_deed_of_violence_judged_without_its_doer_has_no_target(text, source):
    judgements = [
        (e.code, e.source and e.source.country, e.target, e.modality)
        for e in analyze(text, date="2024-05-01", lang="de").events
        if e.code.startswith("11")
    ]
    assert judgements == [("111", source, None, "asserted")]


def test_a_deed_judged_after_an_act_of_force_targets_its_doer():
    # the shelling just before is the deed condemned; its doer, named there, is the target
    shelled = "Russland beschoss die Stadt Charkiw. Polen verurteilte die Tat."
    assert targets_of(shelled, "111", "POL") == {"RUS"}
    # the doer named in the judged noun phrase is parsed, not guessed
    assert targets_of("Frankreich verurteilte den Anschlag der Hamas auf Israel.", "111", "FRA") == {"PSE"}


def test_an_act_called_a_deed_of_violence_charges_its_doer():
    # "sprach von einem Anschlag": what the act just reported is called, not a deed of no named doer
    text = (
        "Die Ukraine stoppte den Öltransit nach Ungarn. Außenminister Szijjártó sprach von einem Anschlag "
        "auf die Energiesicherheit seines Landes."
    )
    assert targets_of(text, "112", "HUN") == {"UKR"}
