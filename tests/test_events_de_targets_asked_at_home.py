"""An inquiry, prosecution or arrest asked of a state is done at home: where its clause names no one of
another state, its target is the addressee's own state, not the one who asks. New sentences, not from
any gold set."""

from tests.event_tuples import country_events


def _asked(text: str, root: str) -> set:
    return {
        (s, t)
        for c, s, t, m in country_events(text, "2024-05-01")
        if c.startswith(root) and m == "hypothetical"
    }


def test_asked_prosecution_targets_the_addressees_own_state():
    text = "Der UN-Generalsekretär rief die Regierung in Colombo auf, die Täter rasch vor Gericht zu stellen."
    assert _asked(text, "173") == {("LKA", "LKA")}


def test_asked_inquiry_targets_the_addressees_own_state_not_the_asker():
    text = "Die Bundesregierung forderte Belgrad auf, die Gewalt gegen Studierende aufzuklären."
    assert _asked(text, "09") == {("SRB", "SRB")}


def test_asked_arrest_by_a_state_that_asks_stays_at_home():
    assert _asked("Polen forderte die Regierung in Minsk auf, die Täter festzunehmen.", "173") == {
        ("BLR", "BLR")
    }


def test_asked_act_on_a_named_foreigner_keeps_the_foreigner():
    assert _asked("Kiew rief Pretoria auf, den Haftbefehl gegen Putin zu vollstrecken.", "173") == {
        ("ZAF", "RUS")
    }


def test_asked_act_in_a_sentence_naming_a_third_state_is_not_put_at_home():
    text = "Kiew lobte, dass Putin nicht persönlich komme, und rief Pretoria auf, den Haftbefehl zu vollstrecken."
    assert ("ZAF", "ZAF") not in _asked(text, "173")


def test_an_inquiry_advised_to_a_state_is_done_at_home():
    # "empfahl", "riet": advice asks the one advised to act, like "rief … auf" (one list of asking verbs)
    text = "Die EU-Kommission empfahl der Regierung in Belgrad, die Gewalt gegen Studierende zu untersuchen."
    assert _asked(text, "09") == {("SRB", "SRB")}
