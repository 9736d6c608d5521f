"""A meeting noun with its guest in a "mit" phrase ("ein Treffen Macrons mit Xi", "nach seinem Treffen
mit Putin") is coded as "X traf Y": from the one whose meeting it is to the guest, one way. Named with
"zwischen", or held within one state, the meeting goes both ways; and talks that follow it without
naming anyone are still between the two who met."""

from tests.event_tuples import events_of

DATE = "2024-05-10"


def meetings(text: str, sentence: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source and e.source.country, e.target and e.target.country)
        for e in events_of(text, DATE, keep_implausible=True)
        if e.code.startswith("04") and e.evidence.text == sentence
    }


def test_a_meeting_with_a_guest_goes_from_the_host_to_the_guest():
    sentence = "Ein Treffen Macrons mit dem chinesischen Präsidenten Xi Jinping ist für Freitag geplant."
    assert meetings(sentence, sentence) == {("FRA", "CHN")}


def test_a_meeting_between_two_goes_both_ways():
    sentence = "Ein Treffen zwischen Macron und Xi Jinping ist für Freitag geplant."
    assert meetings(sentence, sentence) == {("FRA", "CHN"), ("CHN", "FRA")}


def test_talks_after_a_meeting_with_a_guest_are_between_both():
    sentence = "Die Gespräche sollen im Juni fortgesetzt werden."
    text = f"Der türkische Außenminister hatte am Montag ein Treffen mit seinem schwedischen Kollegen. {sentence}"
    assert meetings(text, sentence) == {("TUR", "SWE"), ("SWE", "TUR")}


def test_talks_go_on_between_the_two_who_acted_both_ways_before_a_one_way_meeting():
    # a one-way meeting stands for both sides only where no pair acted both ways just before
    sentence = "Die Gespräche hatten im Januar begonnen."
    text = (
        "Armenien und die Türkei verhandeln seit Monaten über die Öffnung der Grenze. "
        f"Der armenische Außenminister hatte danach ein Treffen mit dem österreichischen Kanzler. {sentence}"
    )
    assert meetings(text, sentence) == {("ARM", "TUR"), ("TUR", "ARM")}
