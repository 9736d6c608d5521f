"""English coder: dictionary patterns the PETRARCH2 verb file lacks (lagebild's supplement in
`build_petrarch`), its codes put right by the CAMEO codebook, token rules that missed a verb, statements
of refusal, orders carried out, and sources taken from places or from the government a protest is aimed
at. Sentences go through the real English pipeline (`lagebild.analyze`)."""

from __future__ import annotations

from functools import partial

from lagebild.events.build_petrarch import codebook_code
from lagebild.events.codebook import codebook
from lagebild.events.petrarch_clauses import find_verbs
from lagebild.events.petrarch_lexicon import petrarch_lexicon
from tests.event_tuples import country_events

_events = partial(country_events, date="2024-03-05", lang="en")


def test_codes_the_codebook_lacks_fall_back_to_their_parent():
    codes = codebook()
    assert codebook_code("176", codes) == "170"  # cyber attack: coerce, not specified
    assert codebook_code("1213", codes) == "121"
    assert codebook_code("1823:173", codes) == "1823:173"
    assert codebook_code("---", codes) == "---"


def test_hacking_is_coercion():
    assert _events("Chinese hackers hacked into the computer networks of the Indian army.") == [
        ("170", "CHN", "IND", "asserted")
    ]


def test_suing_is_a_lawsuit_not_an_arrest():
    assert _events("A Kenyan farmer is suing the British government for damages.") == [
        ("115", "KEN", "GBR", "asserted")
    ]


def test_hearings_and_investigations():
    assert _events("Egypt's supreme court opened a hearing into the death of a Canadian student.") == [
        ("090", "EGY", "CAN", "asserted")
    ]
    # the passive names no investigator: the authorities of the state where it happens
    assert _events("A French journalist has been put under investigation in Turkey.") == [
        ("090", "TUR", "FRA", "asserted")
    ]
    assert _events("Two Dutch tourists were arrested in Iran on Sunday.") == [
        ("173", "IRN", "NLD", "asserted")
    ]


def test_rejections_reneging_and_defiance():
    assert _events("The Kenyan president has reneged on his pledge to Somalia.") == [
        ("120", "KEN", "SOM", "asserted")
    ]
    assert _events("Kenyan officials said on Monday that talks with Somalia were out of the question.") == [
        ("120", "KEN", "SOM", "asserted")
    ]
    assert _events("Romanian miners violated a ban by the Romanian government.") == [
        ("128", "ROU", "ROU", "asserted")
    ]
    # a people in the plural after "the" is the subject of a bare verb, no modifier of a noun
    assert _events("The Iraqis reject the Turkish proposal.") == [("120", "IRQ", "TUR", "asserted")]


def test_an_order_to_those_under_command_is_the_act_itself():
    assert _events("The Egyptian government ordered the newspaper Al Shorouk to suspend publication.") == [
        ("1721", "EGY", "EGY", "asserted")
    ]
    # an order to another state stays a demand
    assert ("106", None, "IRQ", "asserted") in _events(
        "The Security Council ordered Iraq to withdraw its troops from Kuwait."
    )


def test_talks_curfews_shields_and_demands():
    assert _events("Serbian and Kosovar negotiators returned to Brussels for talks.") == [
        ("046", "SRB", None, "asserted"),
        ("046", "XKX", None, "asserted"),
    ]
    assert _events("President Museveni shortened the curfew in Uganda.") == [
        ("0813", "UGA", "UGA", "asserted")
    ]
    assert _events("President Putin threatened to institute a curfew in Moscow.") == [
        ("137", "RUS", None, "asserted")
    ]
    assert _events("Israeli troops have been holding Palestinian villagers as human shields.") == [
        ("184", "ISR", "PSE", "asserted")
    ]
    assert _events("The Syrian government accepted the demands of Turkey.") == [
        ("080", "SYR", "TUR", "asserted")
    ]


def test_idioms_of_take_seize_nothing():
    assert _events("The summit between Russia and Ukraine took place in Istanbul.") == []


def test_a_hyphenated_prefix_verb_is_the_dictionary_verb():
    # "re-open" is tokenised "re - open": the dictionary's REOPEN (a border: 050), under "agreed to"
    assert _events("Ethiopia agreed to re-open its border with Eritrea.") == [
        ("032", "ETH", "ERI", "asserted")
    ]


def test_nouns_that_look_like_verbs():
    assert _events("The conference discussed the Serbo-Croatian conflict.") == []
    # no singular subject takes a bare verb: "a key U.S. ally" is a noun
    events = _events("Pakistan, a key U.S. ally in the region, has refused to deploy troops in Iraq.")
    assert ("120", "PAK", "IRQ", "asserted") in events and not [e for e in events if e[0] == "050"]
    words = ["the", "plan", "brings", "croat", "and", "moslem", "armed", "forces", "together", "."]
    hits = find_verbs(words, petrarch_lexicon(), {3: 4, 5: 6}, words)
    assert "armed" not in [words[hit.word] for hit in hits]


def test_protesters_no_actor_names():
    # the state of the place where they protest
    assert _events("Prisoners rioted at a jail in Nairobi on Monday.") == [("145", "KEN", "KEN", "asserted")]
    # else the state of the government they protest against
    assert _events(
        "Students are continuing a hunger strike in protest of the Egyptian government's decision."
    ) == [("142", "EGY", "EGY", "asserted")]
    # or of the leader whose fall they demand
    assert _events(
        "Hundreds of students continued their hunger strike to demand the resignation of President Erdogan."
    ) == [("142", "TUR", "TUR", "asserted")]
    # a place after "against" is the issue's, not the protest's
    assert _events("Hundreds of students rallied against the war in Gaza.") == []
