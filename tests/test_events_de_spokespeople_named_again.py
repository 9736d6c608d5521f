"""A spokesperson named again with the definite article ("fügte der Sprecher hinzu", "so die
Sprecherin") speaks for the body of the one introduced just before (`pipeline.actor_impersonal`)."""

from tests.event_tuples import coded_events


def test_the_spokesman_named_again_speaks_for_the_office_read_for_him_before():
    text = (
        "Das griechische Außenministerium bestellte den türkischen Botschafter ein. Ein Sprecher warf "
        "Ankara vor, den Luftraum verletzt zu haben. Die Regierung in Athen lehne jede Provokation ab. "
        "Griechenland werde seine Souveränität verteidigen. Zudem verstoße die Türkei gegen das "
        "Völkerrecht, fügte der Sprecher hinzu."
    )
    events = coded_events(text, "2024-05-02")
    assert (
        sum(1 for code, source, target, _ in events if (code, source, target) == ("112", "GRC", "TUR")) == 2
    )


def test_die_sprecherin_speaks_for_the_ministry_named_with_her_before():
    text = (
        "Eine Sprecherin des polnischen Außenministeriums kündigte eine Protestnote an. Die Regierung "
        "prüfe weitere Schritte. Die Sprecherin warf Minsk zudem vor, Migranten an die Grenze zu bringen."
    )
    assert ("112", "POL", "BLR", "asserted") in coded_events(text, "2024-05-02")


def test_a_spokeswoman_is_not_the_spokesman_named_before():
    text = (
        "Ein Sprecher des polnischen Außenministeriums kündigte eine Protestnote an. Die Regierung "
        "prüfe weitere Schritte. Die Sprecherin warf Minsk zudem vor, Migranten an die Grenze zu bringen."
    )
    assert not any(
        source == "POL" and code.startswith("11") for code, source, _, _ in coded_events(text, "2024-05-02")
    )
