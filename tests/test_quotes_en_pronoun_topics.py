"""English has no parse in our pipeline: a "he" or "she" continues the subject of the sentence before,
read off word order as the name opening that sentence, not the person named last
(`actor_references.nearest_subject_first`)."""

import lagebild


def speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_name for q in lagebild.analyze(text, date="2023-11-16", lang="en").quotes}


def test_he_is_the_subject_of_the_sentence_before_not_the_person_named_last():
    text = (
        "Xi Jinping met Joe Biden in California on Wednesday. According to Chinese state media, he said "
        "that Taiwan was the most dangerous issue between the two countries."
    )
    found = speakers(text)
    assert found["Taiwan was the most dangerous issue between the two countries"] == "Xi Jinping"


def test_a_pronoun_subject_carries_the_topic_on():
    text = (
        "Dmytro Kuleba met Sergei Lavrov in Antalya. He said that Lavrov had made no commitment. "
        '"We will not give up," he said.'
    )
    assert speakers(text)["We will not give up"] == "Dmytro Kuleba"
