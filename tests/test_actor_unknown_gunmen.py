"""Armed men named by nothing but their arms ("Bewaffnete") are attackers no one has named: an actor of no
state (actor_institutions' _unknown_gunmen). A state adjective, a group after them or a place in their
sentence still places them, and the place they struck still places the story's own bodies."""

from __future__ import annotations

from tests.entity_mentions import mention_actors, mentioned_entity

STORY = "In Mali kämpft die Armee seit Jahren gegen Islamisten. "


def test_bare_gunmen_have_no_state():
    text = STORY + "Am Dienstag erschossen Bewaffnete in einem Dorf zwölf Menschen."
    entity = mentioned_entity(text, words="Bewaffnete")
    assert entity is not None and entity.country is None and entity.actor_code == "REB"


def test_gunmen_of_a_named_group_keep_its_state():
    text = STORY + "Am Dienstag erschossen Bewaffnete der Miliz in einem Dorf zwölf Menschen."
    assert mention_actors(text, "2024-05-10")["Bewaffnete"] == ("MLI", "MLIREB")


def test_gunmen_in_a_sentence_naming_the_state_are_its_rebels():
    text = "In Burkina Faso töteten Bewaffnete am Sonntag elf Soldaten."
    assert mention_actors(text, "2024-05-10")["Bewaffnete"] == ("BFA", "BFAREB")


def test_the_police_after_unknown_gunmen_is_the_story_state():
    text = STORY + "Am Dienstag erschossen Bewaffnete zwölf Menschen. Die Polizei nahm zwei Verdächtige fest."
    entity = mentioned_entity(text, words="Die Polizei")
    assert entity is not None and entity.country == "MLI"


def test_gunmen_tied_to_the_government_keep_the_story_state():
    text = STORY + "Am Dienstag schossen regierungsnahe Bewaffnete in eine Menge von Demonstranten."
    entity = mentioned_entity(text, words="Bewaffnete")
    assert entity is not None and entity.country == "MLI"
