"""German place adjectives: country adjectives (for "an der litauischen und polnischen Grenze") and
city adjectives ("Genfer Gipfeltreffen"). Hand-curated facts; inflection is handled by `country_of`."""

from __future__ import annotations

# Stem of the country adjective (before the inflection ending) -> ISO3.
COUNTRY_ADJECTIVE_STEMS: dict[str, str] = {
    "russisch": "RUS", "ukrainisch": "UKR", "polnisch": "POL", "litauisch": "LTU", "lettisch": "LVA",
    "estnisch": "EST", "belarussisch": "BLR", "weißrussisch": "BLR", "finnisch": "FIN",
    "norwegisch": "NOR", "schwedisch": "SWE", "dänisch": "DNK", "deutsch": "DEU",
    "französisch": "FRA", "österreichisch": "AUT", "schweizerisch": "CHE", "tschechisch": "CZE",
    "slowakisch": "SVK", "ungarisch": "HUN", "rumänisch": "ROU", "moldauisch": "MDA",
    "moldawisch": "MDA", "bulgarisch": "BGR", "griechisch": "GRC", "türkisch": "TUR",
    "georgisch": "GEO", "armenisch": "ARM", "aserbaidschanisch": "AZE", "kasachisch": "KAZ",
    "chinesisch": "CHN", "mongolisch": "MNG", "nordkoreanisch": "PRK", "südkoreanisch": "KOR",
    "iranisch": "IRN", "irakisch": "IRQ", "syrisch": "SYR", "libanesisch": "LBN",
    "israelisch": "ISR", "jordanisch": "JOR", "ägyptisch": "EGY", "saudisch": "SAU",
    "afghanisch": "AFG", "pakistanisch": "PAK", "indisch": "IND", "amerikanisch": "USA",
    "us-amerikanisch": "USA", "mexikanisch": "MEX", "kanadisch": "CAN", "serbisch": "SRB",
    "kroatisch": "HRV", "bosnisch": "BIH", "kosovarisch": "XKX", "albanisch": "ALB",
    "nordmazedonisch": "MKD", "montenegrinisch": "MNE", "slowenisch": "SVN", "italienisch": "ITA",
    "spanisch": "ESP", "portugiesisch": "PRT", "belgisch": "BEL", "niederländisch": "NLD",
    "luxemburgisch": "LUX", "irisch": "IRL", "britisch": "GBR", "libysch": "LBY",
    "tunesisch": "TUN", "algerisch": "DZA", "marokkanisch": "MAR", "sudanesisch": "SDN",
    "äthiopisch": "ETH", "eritreisch": "ERI", "somalisch": "SOM", "jemenitisch": "YEM",
    "venezolanisch": "VEN", "kolumbianisch": "COL", "brasilianisch": "BRA", "thailändisch": "THA",
    "kambodschanisch": "KHM", "vietnamesisch": "VNM", "tadschikisch": "TJK", "kirgisisch": "KGZ",
    "usbekisch": "UZB", "turkmenisch": "TKM",
}  # fmt: skip
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")

# City adjective -> the city's German display name (a curated exonym or GeoNames name).
CITY_ADJECTIVES: dict[str, str] = {
    "Genfer": "Genf", "Moskauer": "Moskau", "Brüsseler": "Brüssel", "Berliner": "Berlin",
    "Wiener": "Wien", "Pariser": "Paris", "Londoner": "London", "Kiewer": "Kiew", "Minsker": "Minsk",
    "Warschauer": "Warschau", "Hamburger": "Hamburg", "Frankfurter": "Frankfurt", "Pekinger": "Peking",
    "Prager": "Prag", "Münchner": "München", "Münchener": "München", "Kölner": "Köln",
    "Dresdner": "Dresden", "Leipziger": "Leipzig", "Stuttgarter": "Stuttgart", "Bremer": "Bremen",
    "Düsseldorfer": "Düsseldorf", "Straßburger": "Straßburg", "Haager": "Den Haag",
    "Washingtoner": "Washington", "New Yorker": "New York", "Mailänder": "Mailand",
    "Madrider": "Madrid", "Budapester": "Budapest", "Bukarester": "Bukarest", "Belgrader": "Belgrad",
    "Istanbuler": "Istanbul", "Teheraner": "Teheran", "Kairoer": "Kairo", "Tokioter": "Tokio",
    "Rigaer": "Riga", "Tallinner": "Tallinn", "Stockholmer": "Stockholm", "Osloer": "Oslo",
    "Kopenhagener": "Kopenhagen", "Amsterdamer": "Amsterdam", "Zürcher": "Zürich", "Basler": "Basel",
    "Berner": "Bern", "Grazer": "Graz", "Salzburger": "Salzburg", "Lemberger": "Lemberg",
    "Odessaer": "Odessa", "Charkiwer": "Charkiw", "Donezker": "Donezk", "Luhansker": "Luhansk",
    "Tifliser": "Tiflis", "Münsteraner": "Münster", "Potsdamer": "Potsdam", "Bonner": "Bonn",
}  # fmt: skip


def country_of_adjective(word: str) -> str | None:
    """ISO3 of an inflected country adjective ("litauischen" -> LTU), else None."""
    lower = word.lower()
    for ending in ADJECTIVE_ENDINGS:
        if lower.endswith(ending):
            iso3 = COUNTRY_ADJECTIVE_STEMS.get(lower[: -len(ending)])
            if iso3:
                return iso3
    return None
