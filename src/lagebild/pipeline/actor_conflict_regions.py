"""Provinces and regions of recent wars and insurgencies as the place a passage is about: "In Darfur
töteten Milizen ..." is Sudan's militia although Sudan is not named.

The gazetteer the actor stage reads (`actor_towns`) knows cities, not most provinces, so this table
names the sub-national regions where armed groups fought 2019-2025, each with the state it belongs
to (facts only: ISO 3166 alpha-3, recognised borders). Names that are also peoples, rivers or
surnames ("Afar", "Shan", "Benue", "Guerrero") are left out: they do not name the place alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

CONFLICT_REGIONS_DE = {
    "SDN": ("Darfur", "Nord-Darfur", "Süd-Darfur", "West-Darfur", "Zentral-Darfur", "Ost-Darfur", "Kordofan",
            "Nord-Kordofan", "Süd-Kordofan", "West-Kordofan", "Gezira", "Al-Dschasira"),
    "ETH": ("Tigray", "Tigrai", "Oromia", "Oromiya"),
    "SOM": ("Jubaland", "Puntland", "Galmudug", "Hirshabelle", "Somaliland"),
    "COD": ("Nord-Kivu", "Süd-Kivu", "Ituri", "Kivu"),
    "MOZ": ("Cabo Delgado",),
    "NGA": ("Borno", "Zamfara", "Yobe", "Adamawa"),
    "MMR": ("Rakhine", "Rakhaing", "Shan-Staat", "Kachin-Staat", "Karen-Staat", "Chin-Staat"),
    "SYR": ("Suwaida", "As-Suwaida", "Sweida", "Afrin", "Ost-Ghuta"),
    "IRQ": ("Anbar", "Ninive", "Sindschar", "Sinjar"),
    "YEM": ("Marib", "Hadramaut"),
    "LBY": ("Kyrenaika", "Fessan", "Tripolitanien"),
    "PAK": ("Belutschistan", "Khyber Pakhtunkhwa", "Khyber Pakhtunchwa", "Waziristan", "Nord-Waziristan",
            "Süd-Waziristan"),
    "IND": ("Manipur",),
    "DZA": ("Kabylei",),
    "AFG": ("Pandschir", "Pandschschir", "Helmand"),
    "COL": ("Catatumbo", "Cauca"),
    "MEX": ("Sinaloa", "Michoacán", "Tamaulipas"),
    "HTI": ("Artibonite", "Cité Soleil"),
    "XKX": ("Nordkosovo",),
    "PHL": ("Mindanao",),
    "LBN": ("Südlibanon", "Bekaa-Ebene"),
    "RUS": ("Dagestan", "Inguschetien"),
    "MLI": ("Azawad",),
    "CMR": ("Ambazonien",),
}  # fmt: skip
# name (as tokens) -> state; a genitive -s is derived: "Tigrays", "Darfurs"
REGION_STATES = {
    tuple(name.split()): state for state, names in CONFLICT_REGIONS_DE.items() for name in names
} | {
    (*name.split()[:-1], name.split()[-1] + "s"): state
    for state, names in CONFLICT_REGIONS_DE.items()
    for name in names
    if not name.endswith("s")
}
LONGEST_REGION = max(len(name) for name in REGION_STATES)
# most tokens start no region name: looking only there keeps the scan linear in the text
FIRST_WORDS = {name[0] for name in REGION_STATES}


def conflict_region_places(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, state) of the conflict regions named outside actor mentions."""
    words = [token.text for token in doc]
    found = []
    i = 0
    while i < len(words):
        region = _region_at(words, i, taken) if words[i] in FIRST_WORDS else None
        if region:
            found.append(region)
            i = region[1]
        else:
            i += 1
    return found


def _region_at(words: list[str], start: int, taken: set[int]) -> tuple[int, int, str] | None:
    for end in range(min(start + LONGEST_REGION, len(words)), start, -1):
        state = REGION_STATES.get(tuple(words[start:end]))
        if state and taken.isdisjoint(range(start, end)):
            return start, end, state
    return None
