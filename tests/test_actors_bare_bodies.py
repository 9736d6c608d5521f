"""Bare state bodies and what they act on: a body is not of the state whose capital, nationals or
envoys its own verb arrests, summons or faces, while people of an office it acts on, and places,
still place it."""

from __future__ import annotations

import pytest

from tests.entity_mentions import mentioned_entity

DATE = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        # nationals a police arrests do not place the police
        # the news parser labels the subject 'die Polizei' after the fronted 'Am Montag' an object and
        # leaves 'nahm' no subject: `doubled_subjects` gives it back its subject
        (
            (
                "Islamabad verschärft den Kurs gegen Migranten. Innenminister Mohsin Naqvi kündigte Razzien an. "
                "Am Montag nahm die Polizei in mehreren Provinzen Afghanen ohne Papiere fest."
            ),
            "die Polizei",
            "PAK",
        ),
        # envoy a ministry summons does not place the ministry
        (
            (
                "Prag wirft Russland Sabotage vor. Regierungschef Petr Fiala sprach von einem Angriff. Das "
                "Außenministerium bestellte den russischen Botschafter ein."
            ),
            "Das Außenministerium",
            "CZE",
        ),
        # state named as the other side is skipped in earlier sentences too: the state the ministry summons
        # was also the last one named before: it cannot be the ministry's
        (
            (
                "Warschau reagierte empört. Präsident Andrzej Duda sprach von Provokation. Moskau wies die "
                "Vorwürfe zurück. Das Außenministerium bestellte daraufhin den russischen Geschäftsträger ein."
            ),
            "Das Außenministerium",
            "POL",
        ),
        # border the army patrols names the neighbour
        (
            (
                "Vilnius beobachtet das Manöver mit Sorge. Präsident Gitanas Nausėda berief den Sicherheitsrat "
                "ein. Die Armee verstärkte ihre Patrouillen entlang der Grenze zu Belarus."
            ),
            "Die Armee",
            "LTU",
        ),
        # office holder a body acts on still places it: the premier is of the opposition's own state: people
        # of an office stay clues
        (
            (
                "Peking drohte mit Zöllen. Die Opposition ging hart mit Premierminister Justin Trudeau ins "
                "Gericht."
            ),
            "Die Opposition",
            "CAN",
        ),
        # place in the sentence still wins over the patient rule
        ("Kabul protestierte. In Islamabad nahm die Polizei Afghanen fest.", "die Polizei", "PAK"),
        # envoy named before does not place the next body: the chargé d'affaires is posted in the state the
        # passage is about, not of it
        (
            (
                "Chiles Präsident Gabriel Boric warf Lima Wortbruch vor. Perus Außenministerium bestellte "
                "daraufhin den chilenischen Geschäftsträger ein.\n\nDie Regierung kündigte eine Untersuchung an."
            ),
            "Die Regierung",
            "PER",
        ),
        # state named as the place of the act is no other side: "in Afghanistan" says where the army acts, not
        # whom it faces: the sentence's place decides
        (
            "Die Bundeswehr zog ab. Die Armee nahm im Norden in Afghanistan Stellungen ein.",
            "Die Armee",
            "AFG",
        ),
        # domestic story naming one state keeps it: no other state is named: the police arresting Afghans is
        # Afghanistan's own
        (
            "Afghanistan verschärft die Kontrollen. Die Polizei nahm in der Nacht Dutzende Afghanen fest.",
            "Die Polizei",
            "AFG",
        ),
        # state a question the government leaves open is about does not place it: the story's state does
        (
            (
                "Litauen verschärft die Kontrollen an der Grenze. Präsident Gitanas Nausėda sprach von hybriden "
                "Angriffen. Ob die Sanktionen gegen Belarus verlängert werden, ließ die Regierung zunächst offen."
            ),
            "die Regierung",
            "LTU",
        ),
        # state acting in the question is still the side the ministry speaks for
        (
            "Die Türkei blockiert den Beitritt Schwedens. Ob Ankara einlenken werde, ließ das Außenministerium offen.",
            "das Außenministerium",
            "TUR",
        ),
    ],
)
def test_bare_body_is_placed_in_its_own_state(text, body, state):
    entity = mentioned_entity(text, words=body, date=DATE)
    assert entity is not None and entity.country == state
