"""One act, one event per pair of sides (`events/one_act.py`, found on the tuning banks' doubled events;
sentences written for these tests): two speakers of one side who press, praise or reject together make one
event for their side, as the gold writes it, and so does one speaker who praises a side in two coordinated verbs;
an act between two actors of one state keeps both directions."""

from tests.event_tuples import coded_events

DATE = "2023-06-02"


def test_two_envoys_of_the_union_who_press_together_make_one_event():
    text = (
        "Lajčák und der EU-Außenbeauftragte Josep Borrell hatten Belgrad gedrängt, die Blockaden aufzuheben."
    )
    assert len([e for e in coded_events(text, DATE) if e[0] == "020" and e[2] == "SRB"]) == 1


def test_the_two_directions_of_an_accord_within_one_state_stay_two_events():
    text = "Kolumbiens Regierung und die ELN-Guerilla unterzeichnen einen Waffenstillstand."
    assert [e for e in coded_events(text, DATE) if e[0] == "057"] == [("057", "COL", "COL", "asserted")] * 2


def test_praise_said_in_two_coordinated_verbs_is_one_event():
    text = (
        "Der polnische Außenminister lobte die Regierung in Kiew für ihre Geduld und dankte der Ukraine "
        "für die Zusammenarbeit."
    )
    assert [e for e in coded_events(text, DATE) if e[0] == "051"] == [("051", "POL", "UKR", "asserted")]


def test_two_coordinated_expulsions_stay_two_events():
    text = (
        "Thailand wies den kambodschanischen Botschafter aus und rief seinen Gesandten aus Phnom Penh zurück."
    )
    assert [e for e in coded_events(text, DATE) if e[0] == "161"] == [("161", "THA", "KHM", "asserted")] * 2
