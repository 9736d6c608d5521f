"""A mediation whose sentence names no one but the mediator, in a story of no conflict, goes between
the pair the story is about ("… einen Friedensvertrag unterzeichnet. Vermittelt hatte Saudi-Arabien")."""

from lagebild.events.story_pairs import mediating_sides, without_mediators
from lagebild.pipeline.annotations import EventInfo
from tests.event_tuples import _pipeline_keeping_implausible_events, events_of

AGREEMENT = "Äthiopien und Eritrea haben in Dschidda einen Friedensvertrag unterzeichnet."


def _pairs(
    text: str, sentence: str, code: str, keep_implausible: bool = False
) -> set[tuple[str | None, str | None]]:
    """(source state, target state) of the events read from `sentence` whose CAMEO code begins with `code`."""
    return {
        (e.source and e.source.country, e.target and e.target.country)
        for e in events_of(text, "2024-05-10", keep_implausible=keep_implausible)
        if e.code.startswith(code) and e.evidence.text == sentence
    }


def mediations(text: str, sentence: str) -> set[tuple[str | None, str | None]]:
    """(source state, target state) of the 045 events read from `sentence`."""
    return _pairs(text, sentence, "045")


def test_a_mediator_named_alone_went_between_the_story_pair():
    sentence = "Vermittelt hatte Saudi-Arabien."
    text = f"{AGREEMENT} Beide Staaten wollen ihre Botschaften wieder öffnen. {sentence}"
    assert mediations(text, sentence) == {("SAU", "ETH"), ("SAU", "ERI")}


def test_a_mediator_named_beside_another_state_is_left_to_the_sentence():
    sentence = "Vermittelt hatte Saudi-Arabien, das dafür von Katar gelobt wurde."
    text = f"{AGREEMENT} Beide Staaten wollen ihre Botschaften wieder öffnen. {sentence}"
    assert ("SAU", "ETH") not in mediations(text, sentence)


def test_a_mediator_named_after_the_object_of_a_fronted_participle_is_no_party():
    # the parse gives "Vermittelt hatte" no subject where the object comes first: the mediator is the
    # source found for it, and the pair it went between is the story's
    sentence = "Vermittelt hatte den Gefangenenaustausch Saudi-Arabien."
    text = f"In der Nacht ließen Russland und die Ukraine je 100 Gefangene frei. {sentence}"
    assert mediations(text, sentence) == {("SAU", "RUS"), ("SAU", "UKR")}


def test_co_mediators_went_between_the_pair_the_first_mediator_did():
    # "mitvermitteln" is mediating too; both co-mediators are no party, nor is the mediator before them
    sentence = "Ägypten und die USA hatten mitvermittelt."
    text = f"Israel und die Hamas haben am Montag Gefangene ausgetauscht. Katar hatte den Handel vermittelt. {sentence}"
    assert mediations(text, sentence) == {("EGY", "ISR"), ("EGY", "PSE"), ("USA", "ISR"), ("USA", "PSE")}


def test_both_sides_are_the_mediated_pair_not_the_mediator_and_one_side():
    # the mediator's own pledge to one side comes last, but "beide Seiten" are the two it went between
    sentence = "In dem Abkommen sagen sich beide Seiten zu, die Grenzen des anderen zu achten."
    text = (
        f"{AGREEMENT} Vermittelt hatte Katar. Der katarische Außenminister sagte Äthiopien weitere "
        f"Unterstützung zu. {sentence}"
    )
    assert _pairs(text, sentence, "03", keep_implausible=True) == {("ETH", "ERI"), ("ERI", "ETH")}


def test_a_mediator_of_no_known_side_rules_out_no_other_event():
    # spans of the parsed sentences; a mediator and a critic without state or code are both of side None
    doc = _pipeline_keeping_implausible_events()(
        "Ein Diplomat vermittelte zwischen Armenien und Aserbaidschan. Ein Reporter kritisierte Aserbaidschan."
    )
    mediator, critic, criticised = doc[1:2], doc[9:10], doc[11:12]
    assert (mediator.text, critic.text, criticised.text) == ("Diplomat", "Reporter", "Aserbaidschan")
    mediation = EventInfo("045", "asserted", doc[2:3], next(doc.sents), 1.0, source=mediator)
    criticism = EventInfo("111", "asserted", doc[10:11], doc[8:13], 1.0, source=critic, target=criticised)
    assert criticism in without_mediators([mediation, criticism])


def test_a_mediator_between_unnamed_neighbours_went_between_the_story_pair():
    # "zwischen den Nachbarn" counts no one and the story tells of no conflict: the two the story is about
    sentence = "Oman hatte jahrelang zwischen den Nachbarn vermittelt, unterstützt von Frankreich."
    text = f"{AGREEMENT} Beide Staaten wollen ihre Botschaften wieder öffnen. {sentence}"
    assert mediations(text, sentence) == {("OMN", "ETH"), ("OMN", "ERI")}


def test_a_host_who_received_both_sides_is_no_party_of_the_story_pair():
    # the host's receptions of both signatories weigh as much as their own agreement, but the host is a
    # third party, as a mediator is: "beide Staaten" are the signatories
    sentence = "Beide Staaten verpflichten sich, die Grenzen des anderen zu achten."
    text = f"{AGREEMENT} Gastgeber war der saudische Außenminister. Die Feier dauerte bis in die Nacht. {sentence}"
    assert _pairs(text, sentence, "03", keep_implausible=True) == {("ETH", "ERI"), ("ERI", "ETH")}


def test_a_side_that_offered_to_mediate_is_no_party_of_a_later_mediation():
    # Qatar's offer (039) makes it a third party, as a mediation (045) would: its pledge to Israel is no
    # pair Egypt went between
    sentence = "Ägypten hatte vermittelt."
    text = (
        "Katar sagte Israel humanitäre Hilfe zu. Katar bot an, zwischen Israel und der Hamas zu vermitteln. "
        f"{sentence}"
    )
    assert not {target for _, target in mediations(text, sentence)} & {"QAT"}


def test_a_guest_of_no_known_side_makes_no_host_of_two():
    # the host received one state and someone of no state: no third party between two sides
    doc = _pipeline_keeping_implausible_events()("Polen empfing einen Reporter und Litauen.")
    host, reporter, lithuania = doc[0:1], doc[3:4], doc[5:6]
    assert (host.text, reporter.text, lithuania.text) == ("Polen", "Reporter", "Litauen")
    sentence = next(doc.sents)
    receptions = [
        EventInfo("043", "asserted", doc[1:2], sentence, 1.0, source=host, target=guest)
        for guest in (reporter, lithuania)
    ]
    assert mediating_sides(receptions) == set()


def test_a_co_mediator_is_no_conflict_side_of_the_parties_mediated():
    # "zwischen den Kriegsparteien" names the sides of the conflict before; the second mediator (the
    # USA, which fought Iran too) is a third party, so the parties are the pair left, Israel and Iran
    sentence = "Katar und die USA vermittelten zwischen den Kriegsparteien."
    text = (
        "Die USA bombardierten iranische Atomanlagen. Iran beschoss daraufhin US-Stützpunkte im Irak. "
        f"Israel griff Iran mit Raketen an. {sentence}"
    )
    assert ("QAT", "ISR") in mediations(text, sentence)
    assert ("QAT", "USA") not in mediations(text, sentence)
