"""A role noun without a name or state ("dem Präsidenten", "des Regierungschefs") that is not its
clause's subject, in a sentence naming a place of one state, is that state's office holder, not the
foreign holder named last (issue 7). Sentences of our own."""

from lagebild import analyze


def targets(text: str, code: str) -> set[str | None]:
    return {
        e.target and e.target.country
        for e in analyze(text, date="2024-05-01", lang="de").events
        if e.code.startswith(code)
    }


def test_a_role_noun_as_object_is_the_holder_of_the_place_named():
    text = (
        "Präsident Sadyr Dschaparow empfing in Bischkek den tadschikischen Staatschef Emomali Rahmon. "
        "Rahmon sprach von einem guten Tag. "
        "Die Opposition in Bischkek warf dem Präsidenten Verrat vor."
    )
    assert targets(text, "11") == {"KGZ"}


def test_a_role_noun_as_subject_continues_the_topic():
    text = (
        "Präsident Sadyr Dschaparow empfing in Bischkek den tadschikischen Staatschef Emomali Rahmon. "
        "Rahmon reiste danach weiter. "
        "In Bischkek kritisierte der Präsident die Regierung in Moskau."
    )
    sources = {
        e.source and e.source.country
        for e in analyze(text, date="2024-05-01", lang="de").events
        if e.code.startswith("11")
    }
    assert sources == {"TJK"}


def test_a_role_noun_the_opposition_accuses_is_its_own_states_holder():
    # no place in the sentence: the parties' own president, not the foreign one named last
    text = (
        "Präsident Sadyr Dschaparow empfing den tadschikischen Staatschef Emomali Rahmon. "
        "Rahmon sprach von einem guten Tag. "
        "Die kirgisische Opposition warf dem Präsidenten Verrat vor."
    )
    assert targets(text, "11") == {"KGZ"}


def test_a_role_noun_standing_alone_ends_the_search_for_its_critics():
    # the verbless question is its own root: the search up the tree for a subject must stop there
    text = (
        "Präsident Sadyr Dschaparow empfing den tadschikischen Staatschef Emomali Rahmon. Und der Präsident?"
    )
    assert targets(text, "043") == {"TJK"}
