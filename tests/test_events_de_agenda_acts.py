"""An act noun a clause puts off the agenda ("steht nicht zur Debatte", "ist nicht geplant") is the act
of whoever weighs it: the speaker of the reported clause, or the capital it is weighed in
(`events.agenda_acts`)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2025-03-04"
CARACAS = "Die Botschaft in Caracas bleibe geöffnet, sagte der kanadische Außenminister am Montag. "
BREAK = "Ein Abbruch der diplomatischen Beziehungen zu Venezuela {} nicht zur Debatte."


def _weighed(text: str, root: str) -> set[tuple]:
    """(source, modality) of the events of `root`."""
    return {
        (source, modality)
        for code, source, _, modality in coded_events(text, DATE, keep_implausible=True)
        if code.startswith(root)
    }


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        # the speaker of the reported clause
        (
            "Kanada hat den Botschafter Venezuelas einbestellt. Ein Abbruch der diplomatischen Beziehungen "
            "zu Venezuela stehe aber nicht zur Debatte, sagte der kanadische Außenminister.",
            "16",
            "CAN",
        ),
        # a subjunctive sentence goes on with the reported speech of the sentence before
        (CARACAS + BREAK.format("stehe"), "16", "CAN"),
        # of any verb of a statement the quote lexicon knows
        (
            "Die Botschaft in Caracas bleibe geöffnet, bestätigte der kanadische Außenminister am Montag. "
            + BREAK.format("stehe"),
            "16",
            "CAN",
        ),
        # the capital the act is weighed in, or the report comes from
        ("Sanktionen gegen Serbien stehen in Brüssel derzeit nicht zur Debatte.", "16", "IGOEUREEC"),
        (
            "Eine Lockerung der Sanktionen gegen Kuba ist nach Angaben aus Washington nicht geplant.",
            "08",
            "USA",
        ),
    ],
)
def test_who_weighs_the_act_performs_it(text, root, source):
    found = _weighed(text, root)
    assert found and {s for s, _ in found} == {source}
    assert all(modality != "asserted" for _, modality in found)


def test_indicative_sentence_after_a_speaker_names_no_agent():
    # reported in the indicative, the clause is the writer's own: no speaker before is its agent
    assert not _weighed(CARACAS + BREAK.format("steht"), "16")


def test_sanctions_under_another_verb_have_no_agent():
    # no agenda predicate: the subject of another verb names no one who weighs the act
    text = "Sanktionen gegen Serbien schaden vor allem der Bevölkerung, sagte der kanadische Außenminister."
    assert not _weighed(text, "16")


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        # ruled out, promised, or denied by the speaker: "es gibt" names the act without its agent
        (
            "Sanktionen gegen Ungarn werde es nicht geben, sagte der Kommissionspräsident der EU.",
            "16",
            "IGOEUREEC",
        ),
        ("Es werde Gespräche mit China geben, sagte der australische Premierminister.", "04", "AUS"),
        (
            "Der serbische Präsident bestritt, dass es Geheimgespräche mit der Regierung in Pristina gegeben habe.",
            "04",
            "SRB",
        ),
    ],
)
def test_who_vouches_for_an_act_there_is_performs_it(text, root, source):
    found = _weighed(text, root)
    assert found and {s for s, _ in found} == {source}
    assert all(modality != "asserted" for _, modality in found)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        # that there were attacks or criticism anyone may report: not the speaker's own
        ("Es habe in der Nacht Angriffe auf Kiew gegeben, sagte der ukrainische Bürgermeister.", "19", "UKR"),
        ("Es habe Kritik an Israel gegeben, sagte der deutsche Außenminister.", "11", "DEU"),
        # no verb of saying: the clause the parse hung it on says nothing
        ("Die georgische Regierung hält sich an diesem Tag zurück; Festnahmen gibt es keine.", "17", "GEO"),
    ],
)
def test_an_act_there_merely_was_is_not_the_speakers(text, root, source):
    assert source not in {s for s, _ in _weighed(text, root)}
