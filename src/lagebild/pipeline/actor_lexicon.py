"""Words the actor stage reads around names: role nouns, agents, determiners and pronouns (German
and English). Role nouns give a mention its role, gender and (with a prefix) its country."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

# German role noun (masculine base form) -> the KB's English role.
ROLE_NOUNS_DE = {
    "Außenminister": "foreign minister", "Vizeaußenminister": "deputy foreign minister",
    "Verteidigungsminister": "defence minister", "Innenminister": "interior minister",
    "Finanzminister": "finance minister", "Minister": "minister", "Ministerpräsident": "prime minister",
    "Premierminister": "prime minister", "Regierungschef": "head of government", "Präsident": "president",
    "Staatschef": "president", "Staatspräsident": "president", "Machthaber": "president",
    # a president in office for a time ("Interimspräsidentin X", "der Übergangspräsident") holds the office
    "Interimspräsident": "president", "Übergangspräsident": "president",
    "Diktator": "president", "Kanzler": "chancellor", "Bundeskanzler": "chancellor", "Botschafter": "ambassador",
    "Diplomat": "diplomat", "Top-Diplomat": "diplomat", "Spitzendiplomat": "diplomat", "Sprecher": "spokesperson",
    "Regierungssprecher": "government spokesperson", "Außenamtssprecher": "foreign ministry spokesperson",
    "Kremlsprecher": "Kremlin spokesperson", "Kremlchef": "president", "Kremlkritiker": "opposition politician",
    "Oppositionelle": "opposition politician", "Generalsekretär": "secretary general",
    "Generaldirektor": "director general", "Außenbeauftragte": "high representative",
    "Kommissionspräsident": "president of the European Commission", "Berater": "adviser",
    # the head of government's own adviser on security ("der Nationale Sicherheitsberater"), an office
    # of the government, unlike a company's or party's "Berater"
    "Sicherheitsberater": "national security adviser",
    "Sekretär": "secretary", "Vizepräsident": "vice president", "Politiker": "politician",
    "Spitzenbeamte": "official", "Beamte": "official", "Gesandte": "envoy", "Sondergesandte": "envoy",
    # military chiefs, supreme leaders and EU offices of the KB's 2019-2025 office holders
    "Generalstabschef": "chief of the general staff", "Armeechef": "commander-in-chief",
    "Oberbefehlshaber": "commander-in-chief", "Revolutionsführer": "supreme leader",
    "Ratspräsident": "president of the European Council",
    "Parlamentspräsident": "speaker", "Kronprinz": "crown prince",
    # news synonyms of the offices above: "Pekings Chefdiplomat", "der britische Premier"
    "Chefdiplomat": "foreign minister", "Außenamtschef": "foreign minister", "Premier": "prime minister",
    # monarchs who rule: "der jordanische König", "der Emir" (the KB has them as their state's leaders)
    "König": "king", "Emir": "emir", "Sultan": "sultan",
    # party politicians: "CDU-Außenpolitiker Jürgen Hardt", "SPD-Chef", "die FDP-Vorsitzende"
    "Außenpolitiker": "politician", "Verteidigungspolitiker": "politician", "Chef": "leader",
    "Parteichef": "party leader", "Fraktionschef": "parliamentary group leader", "Vorsitzende": "party leader",
    # people a nationality introduces: "die britische Staatsbürgerin", "der französische Journalist"
    "Staatsbürger": "citizen", "Staatsangehörige": "citizen", "Journalist": "journalist",
    "Reporter": "journalist", "Korrespondent": "journalist",
    # the state's prosecutors, investigating judges, governors and its opposition: "der schwedische
    # Staatsanwalt", "Ermittlungsrichter Tarek Bitar", "der kommissarische Gouverneur". Not "Richter" or
    # "Bürgermeister", whose plural is the singular ("die Richter İmamoğlu"), nor commanders, often of
    # another side than the passage's state.
    "Staatsanwalt": "prosecutor", "Oberstaatsanwalt": "prosecutor", "Generalstaatsanwalt": "prosecutor general",
    "Chefankläger": "chief prosecutor", "Ermittlungsrichter": "investigating judge", "Gouverneur": "governor",
    "Oppositionsführer": "opposition leader", "Oppositionschef": "opposition leader",
    "Oppositionspolitiker": "opposition politician",
    # envoys and officials below the ambassador and the minister ("der Generalkonsul", "Staatssekretär X",
    # "der amerikanische Unterhändler", "der Handelsbeauftragte"); not "Geschäftsträger", mostly named as
    # the foreign envoy a ministry summons (`actor_body_patients`), where an entity of his would place it
    "Konsul": "diplomat", "Generalkonsul": "diplomat", "Staatssekretär": "official",
    "Unterhändler": "negotiator", "Chefunterhändler": "negotiator", "Verhandlungsführer": "negotiator",
    "Handelsbeauftragte": "official", "Sonderbeauftragte": "envoy",
}  # fmt: skip
# Parties: their politicians act for their state ("CDU-Außenpolitiker" is German).
PARTY_PREFIXES_DE = {"CDU-": "DEU", "CSU-": "DEU", "SPD-": "DEU", "FDP-": "DEU", "AfD-": "DEU", "Grünen-": "DEU",
                     "Linken-": "DEU", "BSW-": "DEU", "ÖVP-": "AUT", "SPÖ-": "AUT", "FPÖ-": "AUT", "NEOS-": "AUT", "SVP-": "CHE",
                     # the parties of other states whose politicians German news names by party
                     # ("PiS-Chef", "AKP-Abgeordnete", "Labour-Politikerin")
                     "PiS-": "POL", "AKP-": "TUR", "CHP-": "TUR", "MHP-": "TUR", "Likud-": "ISR", "Fidesz-": "HUN",
                     "Tisza-": "HUN", "Labour-": "GBR", "Tory-": "GBR", "Tories-": "GBR", "ANC-": "ZAF", "BJP-": "IND",
                     "Kuomintang-": "TWN", "KMT-": "TWN", "DPP-": "TWN", "LDP-": "JPN", "PVV-": "NLD", "RN-": "FRA",
                     "PSOE-": "ESP", "Vox-": "ESP", "Lega-": "ITA", "Smer-": "SVK", "ANO-": "CZE", "SNS-": "SRB",
                     "PTI-": "PAK", "Fatah-": "PSE"}  # fmt: skip
# A compound's first part names the country or organisation the role belongs to.
# Austrian news writes the UN "UNO-" ("UNO-Generalsekretär").
ROLE_PREFIXES_DE = {"US-": "USA", "EU-": "igo:eu", "UN-": "igo:un", "UNO-": "igo:un", "NATO-": "igo:nato", "Nato-": "igo:nato",
                    "IAEA-": "igo:iaea", "Kreml": "RUS", "Bundes": "DEU", "Vize": None, **PARTY_PREFIXES_DE}  # fmt: skip
# State names German writes before an institution like a prefix ("die Kosovo-Polizei", the adjective
# "kosovarisch" is rare): the owner of agent compounds only, not of roles ("Kosovo-Gesandter" is a topic).
AGENT_PREFIXES_DE = {"Kosovo-": "XKX"}
# Offices a German article names without a country because they are Germany's: "der Kanzler" is the
# German chancellor unless the text has named another one (Austrian news: "Bundeskanzler Nehammer").
DEFAULT_OWNER_DE = {"Bundeskanzler": "DEU", "Kanzler": "DEU", "Regierungssprecher": "DEU"}
# Prefixes that name Germany only by default: Austria and Switzerland have a "Bundespräsident" too.
IMPLICIT_PREFIXES_DE = {"Bundes"}
# States whose offices German-language news names like Germany's ("Bundeskanzler", "Kanzler"): a
# holder from one of them the text names is who an implicit German office refers to.
SAME_OFFICE_NAMES_DE = {"DEU", "AUT", "CHE"}
# Roles whose holder the KB knows by (country, role) - "der russische Außenminister" is Lawrow in 2021.
INCUMBENT_ROLES = {
    "foreign minister", "president", "chancellor", "defence minister", "prime minister", "Kremlin spokesperson",
    "foreign ministry spokesperson", "government spokesperson", "secretary general", "director general",
    "head of government", "high representative", "chief of the general staff", "commander-in-chief",
    "supreme leader", "president of the European Council", "crown prince", "national security adviser",
}  # fmt: skip
# The CAMEO sector of a role's holder where it is not the government: "der Kremlkritiker" is RUSOPP.
ROLE_SECTORS = {"opposition politician": "OPP", "opposition leader": "OPP", "citizen": "CVL", "journalist": "MED",
                "prosecutor": "JUD", "prosecutor general": "JUD", "chief prosecutor": "JUD",
                "investigating judge": "JUD"}  # fmt: skip
# A generic role the KB records under the country's own office: "der polnische Regierungschef" is the
# prime minister, "der österreichische Regierungschef" the chancellor.
OFFICES_OF_ROLE = {
    "head of government": ("prime minister", "chancellor"),
    "foreign minister": ("foreign minister", "secretary of state"),
}  # the US one
IGO_ROLE_NAMES = {("igo:nato", "secretary general"): "NATO secretary general",
                  ("igo:un", "secretary general"): "UN secretary-general",
                  ("igo:iaea", "director general"): "IAEA director general",
                  ("igo:eu", "high representative"): "EU high representative",
                  ("igo:eu", "foreign minister"): "EU high representative",  # "die EU-Chefdiplomatin"
                  ("igo:eu", "president of the European Commission"): "president of the European Commission",
                  ("igo:eu", "president of the European Council"): "president of the European Council"}  # fmt: skip
# The "sector" of a noun that names the state itself, not one of its agents.
STATE = "STATE"
# Collective nouns after a country adjective ("die russische Regierung") and their CAMEO sector.
AGENTS_DE = {
    "Regierung": "GOV", "Führung": "GOV", "Regime": "GOV", "Staatsführung": "GOV", "Außenministerium": "GOV", "Außenamt": "GOV",
    "Ministerium": "GOV", "Botschaft": "GOV", "Diplomaten": "GOV", "Behörden": "GOV", "Behörde": "GOV", "Verteidigungsministerium": "GOV",
    "Innenministerium": "GOV", "Staat": "GOV", "Generalkonsulat": "GOV", "Vertretung": "GOV", "Mission": "GOV",
    "Streitkräfte": "MIL", "Truppen": "MIL", "Soldaten": "MIL", "Militär": "MIL", "Armee": "MIL", "Luftwaffe": "MIL",
    "Marine": "MIL", "Sicherheitskräfte": "COP", "Polizei": "COP", "Geheimdienste": "SPY", "Nachrichtendienste": "SPY",
    "Geheimdienst": "SPY", "Justiz": "JUD", "Opposition": "OPP", "Parlament": "LEG", "Besatzungsverwaltung": "GOV",
    "Strafvollzugsbehörde": "GOV", "Botschaftsangehörigen": "GOV", "Botschaftsangehörige": "GOV",
    "Botschaftsmitarbeiter": "GOV", "Botschaftsmitarbeitern": "GOV", "Delegation": "GOV", "Kampftruppen": "MIL", "Sicherheitsrat": "GOV", "Sicherheitsrats": "GOV", "Staatsmedien": "MED", "Regierungstruppen": "MIL", "Seite": "GOV",
    # missions abroad and the people who act for a state
    "Konsulat": "GOV", "Handelsmission": "GOV", "Handelsvertretung": "GOV", "Regierungsvertreter": "GOV",
    "Beamte": "GOV", "Funktionär": "GOV", "Funktionäre": "GOV", "Amtsträger": "GOV", "Vertreter": "GOV",
    "Regierungsmitglieder": "GOV", "Unterhändler": "GOV", "Abgeordnete": "LEG", "Parlamentarier": "LEG",
    # a party's group in parliament: "die SVP-Fraktion", "die AKP-Fraktion" are their state's lawmakers
    "Fraktion": "LEG", "Parlamentsfraktion": "LEG",
    # the parliament of the Americas' presidential systems: "der Kongress" in Washington, Lima or Bogotá
    "Kongress": "LEG",
    # courts, investigators, the cabinet and state media: "das russische Ermittlungskomitee"
    "Gericht": "JUD", "Staatsanwaltschaft": "JUD", "Ermittlungskomitee": "JUD", "Ermittler": "COP",
    "Kabinett": "GOV", "Präsidialamt": "GOV", "Präsidialverwaltung": "GOV", "Einheiten": "MIL",
    "Kräfte": "MIL", "Grenzschutz": "COP", "Grenzschützer": "COP", "Polizisten": "COP", "Staatsfernsehen": "MED",
    "Nachrichtenagentur": "MED", "Kampfflugzeuge": "MIL", "Kampfjets": "MIL", "Kriegsschiffe": "MIL", "Kommando": "MIL",
    # coast guards are coded military (PETRARCH: COAST_GUARD), a junta is the government (JUNTA)
    "Küstenwache": "MIL", "Nationalgarde": "MIL", "Garde": "MIL", "Junta": "GOV", "Militärjunta": "GOV", "Militärregierung": "GOV",
    # the councils juntas and transitions rule by: "der Militärrat" in Khartum, "der Übergangsrat" in Haiti
    "Militärrat": "GOV", "Übergangsrat": "GOV",
    "Übergangsregierung": "GOV", "Generalstab": "MIL", "Besatzer": "MIL", "Besatzungstruppen": "MIL",
    "Besatzungsbehörden": "GOV", "Administration": "GOV", "Truppe": "MIL",
    # ground, special and air-defence forces: "türkische Bodentruppen", "die ukrainische Luftabwehr"
    "Bodentruppen": "MIL", "Spezialkräfte": "MIL", "Luftabwehr": "MIL", "Flugabwehr": "MIL",
    # the state's ground, air and sea: "griff israelisches Staatsgebiet an" attacks the state itself
    "Gebiet": STATE, "Staatsgebiet": STATE, "Hoheitsgebiet": STATE, "Territorium": STATE, "Boden": STATE,
    "Luftraum": STATE, "Hoheitsgewässer": STATE,
    # the people who serve the state abroad, at its borders and in its forces: "algerische
    # Konsularbeamte", "tadschikische Grenzer", "ein kosovarischer Polizist", "russische Agenten"
    "Konsularbeamte": "GOV", "Konsularpersonal": "GOV", "Polizist": "COP", "Sicherheitsbeamte": "COP",
    "Grenzer": "COP", "Grenzpolizisten": "COP", "Grenzsoldaten": "MIL", "Grenzposten": "COP", "Zöllner": "COP",
    "Offizier": "MIL", "Offiziere": "MIL", "Militärberater": "MIL", "Ausbilder": "MIL", "Fallschirmjäger": "MIL",
    "Marineinfanterist": "MIL", "Marinesoldaten": "MIL", "Friedenstruppen": "MIL", "Spezialeinheiten": "MIL",
    "Stellungen": "MIL", "Agent": "SPY", "Spion": "SPY",
    # forces and the war machines that strike for a state in war reports: "russische Söldner", "die
    # Militärs des Landes", "russische Kampfdrohnen griffen an" (like "Kampfjets" above). Not the
    # arms states deliver or station ("iranische Drohnen", "die Stationierung amerikanischer
    # Raketen", "deutsche Panzer" for Kyiv): those are goods, their maker no actor of the event.
    "Polizeikräfte": "COP", "Grenzbeamte": "COP", "Zollbeamte": "COP", "Militärs": "MIL", "Generäle": "MIL",
    "Söldner": "MIL", "Regierungssoldaten": "MIL", "Eliteeinheiten": "MIL", "Kampfdrohnen": "MIL", "Bomber": "MIL",
    "Kampfhubschrauber": "MIL", "Militärflugzeuge": "MIL", "Geheimdienstler": "SPY", "Sicherheitsdienste": "SPY",
    # units of the police, the army and the border guard, and the government's forces in a civil war
    "Polizeieinheiten": "COP", "Armeeeinheiten": "MIL", "Militäreinheiten": "MIL", "Grenztruppen": "MIL",
    "Regierungskräfte": "MIL", "Grenzschutzbeamte": "COP",
    # the security police of one-party states: "von der chinesischen Staatssicherheit festgenommen"
    "Staatssicherheit": "SPY",
}  # fmt: skip
# Endings a German agent noun takes in the plural or an oblique case ("Generalkonsulate",
# "Abgeordneten", "Regierungsvertretern", "Gebietes") or for a woman ("US-Vertreterin", "Funktionärinnen"),
# longest first.
AGENT_ENDINGS_DE = ("innen", "in", "es", "en", "s", "e", "n")


# A compound's head noun is at least this long ("Revolutionsgericht" -> "Gericht"), so short
# heads inside unrelated words ("Rat" in "Apparat") do not count.
MIN_COMPOUND_HEAD = 5


def agent_sector_de(word: str) -> str | None:
    """CAMEO sector (or STATE) of a German agent noun in any of its regular forms, also after an
    organisation's prefix ("UN-Vertretung": "die iranische UN-Vertretung" is Iran's mission)."""
    _, _, rest = word.partition("-")
    return _agent_form(word) or (_agent_form(rest) if igo_prefixed(word) else None)


def igo_prefixed(word: str) -> bool:
    """ "UN-Vertretung", "EU-Kommission": the word opens with an international organisation's prefix."""
    prefix, _, rest = word.partition("-")
    return bool(rest) and (ROLE_PREFIXES_DE.get(prefix + "-") or "").startswith("igo:")


def compound_agent_sector(word: str) -> str | None:
    """The sector of an agent noun or of a compound's head noun ("Revolutionsgericht", "Militärgericht"):
    only where the context already says an institution is meant ("ein Revolutionsgericht in Teheran")."""
    sector = agent_sector_de(word)
    if sector or not word[:1].isupper():
        return sector
    for k in range(3, len(word) - MIN_COMPOUND_HEAD + 1):
        if word[k : k + 1].islower():
            sector = _agent_form(word[k].upper() + word[k + 1 :])
            if sector:
                return sector
    return None


# Heads of compounds that name a state's institution after a country adjective: "das chinesische
# Handelsministerium", "die iranische Atombehörde", "die ukrainische Grenzpolizei". Other heads
# ("Arbeitskräfte", "Firmenvertreter") would make workers and salesmen agents of the state.
INSTITUTION_HEADS_DE = ("ministerium", "ministeriums", "behörde", "behörden", "polizei", "gericht", "gerichts",
                        "gerichtshof", "staatsanwaltschaft", "geheimdienst", "geheimdienstes", "streitkräfte",
                        "armee", "marine", "regierung", "küstenwache", "garde", "führung",
                        # a regional or supreme command: "das US-Afrikakommando", "das russische Oberkommando"
                        "kommando", "kommandos")  # fmt: skip


def institution_sector_de(word: str) -> str | None:
    """The sector of an agent noun or of an institution compound (`INSTITUTION_HEADS_DE`)."""
    sector = agent_sector_de(word)
    if sector is None and word.lower().endswith(INSTITUTION_HEADS_DE):
        return compound_agent_sector(word)
    return sector


def _agent_form(word: str) -> str | None:
    if word in AGENTS_DE:
        return AGENTS_DE[word]
    for ending in AGENT_ENDINGS_DE:
        if word.endswith(ending) and word[: -len(ending)] in AGENTS_DE:
            return AGENTS_DE[word[: -len(ending)]]
    return None


AGENTS_EN = {"government": "GOV", "foreign ministry": "GOV", "troops": "MIL", "forces": "MIL", "military": "MIL",
             "army": "MIL", "embassy": "GOV", "diplomats": "GOV", "authorities": "GOV", "parliament": "LEG",
             "police": "COP", "state media": "MED", "officials": "GOV", "official": "GOV", "leaders": "GOV",
             "leader": "GOV", "negotiator": "GOV", "negotiators": "GOV", "administration": "GOV",
             "aircraft": "MIL", "warplanes": "MIL", "jets": "MIL", "helicopters": "MIL", "tanks": "MIL",
             "servicemen": "MIL", "peacekeepers": "MIL", "nationals": "CVL", "youths": "CVL", "mission": "GOV",
             "delegation": "GOV"}  # fmt: skip
# Place nouns PETRARCH's agents dictionary codes as civilians: "the Turkish resort city" is a place.
PLACE_NOUNS_EN = {
    "city",
    "town",
    "village",
    "capital",
    "province",
    "region",
    "country",
    "border",
    "continent",
}
# Words that end the noun phrase after a nationality adjective: "Israeli and Palestinian", "French in".
PHRASE_BREAKS_EN = {
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "the", "a", "an",
    "who", "that", "which", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says",
}  # fmt: skip
ROLE_NOUNS_EN = {
    "foreign minister": "foreign minister", "president": "president", "prime minister": "prime minister",
    "chancellor": "chancellor", "ambassador": "ambassador", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "secretary general": "secretary general", "secretary-general": "secretary general", "defence minister": "defence minister",
    "defense minister": "defence minister", "vice president": "vice president", "secretary of state": "secretary of state",
    # the head of a title ("Foreign Minister", "Defence Secretary"): the actor stage reads one word
    "minister": "minister", "secretary": "secretary", "premier": "prime minister",
}  # fmt: skip

# ranks between an owner's adjective and the office: "Nigerian junior foreign minister Dubem Oniya"
RANK_WORDS_EN = {"junior", "senior", "deputy", "acting", "assistant", "former", "vice"}

DETERMINERS_DE = {"der", "die", "das", "des", "dem", "den", "Der", "Die", "Das", "Des", "Dem", "Den"}
# Prepositions fused with the definite article of a masculine person: "vom russischen Präsidenten",
# "beim Kanzler", "zum saudischen Kronprinzen" are definite role phrases as "dem russischen Präsidenten".
FUSED_DEFINITE_DE = {"vom", "beim", "zum", "Vom", "Beim", "Zum"}
# A capital after these prepositions is the place, not the government ("in Moskau").
LOCATIVE_PREPOSITIONS = {
    "in", "nach", "aus", "bei", "nahe", "bis", "um", "über", "vor", "im", "gen", "durch", "ab", "Richtung",
    "ins", "innerhalb", "außerhalb", "vom",
    "In", "Nach", "Aus", "Bei", "to", "from", "at", "near", "From", "At", "To", "into", "via",
}  # fmt: skip
PRONOUNS_DE = {"er": "m", "ihn": "m", "ihm": "m", "Er": "m", "sie": "f", "Sie": "f"}
PRONOUNS_EN = {"he": "m", "him": "m", "He": "m", "she": "f", "her": "f", "She": "f"}
# Role nouns that point back to a person named earlier ("der Minister", "die Grünen-Politikerin").
COREF_NOUNS_DE = {"Minister", "Diplomat", "Kremlchef", "Kanzler", "Präsident", "Politiker", "Botschafter",
                  "Außenminister", "Sprecher", "Generalsekretär", "Machthaber", "Regierungschef", "Diktator",
                  "Bundeskanzler", "Ministerpräsident", "Premierminister", "Staatschef", "Staatspräsident",
                  "Verteidigungsminister", "Chefdiplomat", "Premier", "König", "Emir", "Sultan"}  # fmt: skip
# Possessive determiners and the gender of who they point to ("sein" also a neuter state, "ihr" also
# a group of people: both stand for a state below).
POSSESSIVES_DE = {
    **{f"sein{e}": "m" for e in ("", "e", "em", "en", "er", "es")},
    **{f"ihr{e}": "f" for e in ("", "e", "em", "en", "er", "es")},
}
# Relative possessives point back the same way to the noun before them: "Kroatien, dessen Regierung",
# "Milei, dessen Regierung", "die Republik, deren Armee".
RELATIVE_POSSESSIVES_DE = {"dessen": "m", "deren": "f"}
# "sein Land", "seines Landes": the state itself; "seine Regierung", "ihre Truppen": its agents.
STATE_NOUNS_DE = {"Land", "Landes", "Lande", "Staat", "Staates", "Heimatland", "Heimatlandes"}
POSSESSED_AGENTS_DE = {
    "Regierung": "GOV", "Führung": "GOV", "Staatsführung": "GOV", "Diplomaten": "GOV", "Truppen": "MIL",
    "Streitkräfte": "MIL", "Armee": "MIL", "Soldaten": "MIL", "Militär": "MIL", "Luftwaffe": "MIL",
    "Geheimdienste": "SPY", "Geheimdienst": "SPY",
}  # fmt: skip
# Plural groups that a definite article refers back to ("die Diplomaten" after "40 russische
# Diplomaten"): the nearest earlier agent phrase of the same sector is who they are.
AGENT_GROUPS_DE = {
    "Diplomaten", "Botschaftsangehörigen", "Botschaftsangehörige", "Botschaftsmitarbeiter",
    "Botschaftsmitarbeitern", "Soldaten", "Truppen", "Streitkräfte", "Kampftruppen", "Sicherheitskräfte",
    "Geheimdienste", "Nachrichtendienste", "Behörden",
}  # fmt: skip
# Masculine non-person actors that "er" can refer to (German grammatical gender).
MASCULINE_ACTOR_ALIASES = {"Kreml", "Kremls"}


@dataclass(frozen=True)
class RoleWord:
    role: str
    gender: str | None
    owner: str | None  # ISO3 country or igo:<id> from a compound prefix
    base: str
    plural: bool = False
    # the owner is Germany by default ("Bundeskanzler", "Kanzler"), not said by the word ("US-")
    implicit_owner: bool = False


AMBASSADOR_ROLE = "ambassador"


def posted_to_igo(role: RoleWord) -> bool:
    """An ambassador with an IGO's prefix ("UN-Botschafter", "Nato-Botschafterin"): the prefix says
    where a state posted the envoy, so a state named before the office is the owner ("Marokkos
    UN-Botschafter")."""
    return role.role == AMBASSADOR_ROLE and (role.owner or "").startswith("igo:")


# called for nearly every token by several actor rules; the answer depends on the word alone (RoleWord
# is frozen), and a bounded cache keeps a long-running server's memory flat
@lru_cache(maxsize=2**16)
def parse_role_de(word: str) -> RoleWord | None:
    """'US-Präsident' -> president of USA; 'Außenministerin' -> foreign minister, female;
    'Grünen-Politikerin' -> politician, female; 'Iran-Gesandter' -> envoy, no owner: a state's
    full name before the hyphen is the topic (the US envoy for Iran), unlike the prefix "US-"."""
    commissioner = _portfolio_commissioner(word)
    if commissioner:
        return commissioner
    owner = None
    implicit = False
    stem = word
    if word.startswith("Kreml-"):
        word = stem = "Kreml" + word[len("Kreml-") :].lower()  # "Kreml-Sprecher" is the "Kremlsprecher"
    if word in ROLE_NOUNS_DE or _inflected_base(word):
        pass
    else:
        for prefix, target in ROLE_PREFIXES_DE.items():
            if not word.startswith(prefix):
                continue  # every reading below needs the prefix; most words have none
            rest = word[len(prefix) :]
            if word.startswith(prefix) and rest and _inflected_base(rest[0].upper() + rest[1:]):
                owner, stem = target, rest[0].upper() + rest[1:]
                implicit = prefix in IMPLICIT_PREFIXES_DE
                break
            # "US-Handelsministerin", "UN-Armeesprecher": a compound office keeps the prefix's owner
            office = _compound_office(rest) if word.startswith(prefix) and prefix.endswith("-") else None
            if office and target:
                return replace(office, owner=target)
            politician = (
                _portfolio_politician(rest)
                if word.startswith(prefix) and prefix in PARTY_PREFIXES_DE
                else None
            )
            if politician:
                return replace(politician, owner=target)
        else:
            if "-" in word and _inflected_base(word.rsplit("-", 1)[1]):
                stem = word.rsplit("-", 1)[1]
            else:
                return _compound_office(word)
    found = _inflected_base(stem)
    if found is None:
        return None
    base, gender, plural = found
    if base.startswith("Kreml"):
        owner = "RUS"
    if owner is None and base in DEFAULT_OWNER_DE and stem == word:  # not "Vizekanzler", "Ex-Kanzler"
        owner, implicit = DEFAULT_OWNER_DE[base], True
    return RoleWord(ROLE_NOUNS_DE[base], gender, owner, base, plural, implicit)


# "EU-Kommissarin", "Haushaltskommissar", "EU-Handelskommissars"; the KB's role name for the office
PORTFOLIO_COMMISSIONER = re.compile(
    r"(?P<eu>EU-)?(?P<portfolio>[A-ZÄÖÜ][a-zäöüß]+)?(?(portfolio)k|K)ommissar(?P<ending>innen|in|en|e|s)?"
)
NOT_EU_COMMISSIONERS = (
    "Polizei",
    "Kriminal",
    "Hoch",
    "Menschenrechts",
    "Flüchtlings",
    "Regierungs",
    "Bundes",
)
EU_COMMISSIONER = "EU commissioner"
# Heads of compound office nouns ("Geheimdienstchef", "Armeesprecher", "Wirtschaftsminister") and the
# role they give; the compound is its own base, so it refers back to no minister of another portfolio.
COMPOUND_ROLE_HEADS = {"Chef": "leader", "Sprecher": "spokesperson", "Minister": "minister"}
# A "-minister" is always an office; "-chef" and "-sprecher" only with a first part naming a part of the
# state: "Konzernchef", "Fußballchef", "Polizeisprecher" or "Oppositionschef" are no government.
STATE_FIRST_PARTS = ("Armee", "Militär", "Generalstab", "Geheimdienst", "Nachrichtendienst", "Atom", "Regierung",
                     "Staat", "Außenamt", "Ministerium", "Außenministerium", "Verteidigungsministerium",
                     "Innenministerium", "Präsidialamt", "Präsidenten", "Kanzleramt", "Pentagon", "Junta",
                     "Marine", "Luftwaffe", "Heer", "Verhandlung", "Delegation", "Kommission", "Atombehörden")  # fmt: skip


def _portfolio_commissioner(word: str) -> RoleWord | None:
    """'Haushaltskommissar', 'EU-Innenkommissarin', 'EU-Kommissar': a commissioner with a portfolio
    (or named with "EU-") is a member of the European Commission; police, UN and Council of Europe
    commissioners carry other first parts ("Polizeikommissar", "UN-Flüchtlingskommissar")."""
    match = PORTFOLIO_COMMISSIONER.fullmatch(word)
    if not match or (match["portfolio"] or "").startswith(NOT_EU_COMMISSIONERS):
        return None
    if not (match["eu"] or match["portfolio"]):
        return None  # a bare "Kommissar" is as often the police's
    ending = match["ending"] or ""
    gender = "f" if ending.startswith("in") else "m"
    return RoleWord(EU_COMMISSIONER, gender, "igo:eu", "Kommissar", ending in {"innen", "e", "en"})


# A party's politician named by a portfolio: "ÖVP-Wehrsprecher", "SPD-Sicherheitspolitikerin",
# "Grünen-Europaexperte" speak for their party on defence, security or Europe. Only after a party's
# prefix: "Wehrexperte" or "Sicherheitspolitiker" alone may be anyone's, an analyst's or another state's.
PORTFOLIO_POLITICIAN = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+(?P<head>politiker|sprecher|experte?)(?P<ending>innen|in|en|n|s)?"
)
PORTFOLIO_POLITICIAN_ROLE = "politician"


def _portfolio_politician(word: str) -> RoleWord | None:
    match = PORTFOLIO_POLITICIAN.fullmatch(word)
    if not match:
        return None
    ending = match["ending"] or ""
    gender = "f" if ending.startswith("in") else "m"
    # the masculine singular: "Außenexpertin" → "Außenexperte", "Wehrsprechers" → "Wehrsprecher"
    base = word[: match.end("head")] + ("e" if match["head"] == "expert" else "")
    return RoleWord(PORTFOLIO_POLITICIAN_ROLE, gender, None, base, ending == "innen")


def _compound_office(word: str) -> RoleWord | None:
    if not word[:1].isupper():
        return None
    for k in range(3, len(word) - 3):
        if word[k].islower():
            found = _inflected_base(word[k].upper() + word[k + 1 :])
            if found and found[0] in COMPOUND_ROLE_HEADS:
                base, gender, plural = found
                # the linking "s" or "n" of a compound: "Regierungssprecher", "Luftwaffenchef"
                first_part = word[:k].removesuffix("s")
                if first_part not in STATE_FIRST_PARTS:
                    first_part = first_part.removesuffix("n")
                if base != "Minister" and first_part not in STATE_FIRST_PARTS:
                    return None
                return RoleWord(COMPOUND_ROLE_HEADS[base], gender, None, word, plural)
    return None


# (ending, gender, plural) of a role noun's inflected forms, the first that fits wins
ROLE_ENDINGS_DE = (("innen", "f", True), ("in", "f", False), ("en", "m", False), ("s", "m", False),
                   ("n", "m", False), ("e", "m", False), ("r", "m", False))  # fmt: skip


def _inflected_forms() -> dict[str, tuple[str, str | None, bool]]:
    """Every inflected form of a role noun and what it reads as, built once: `_inflected_base` is asked
    for each lower-case split of each capitalised word (`_compound_office`), and trying the endings one
    by one there was a hot spot. The noun itself wins, then the endings in order; "-r" only after "-e"
    ("Beauftragter" but not "Ministerr")."""
    forms: dict[str, tuple[str, str | None, bool]] = {word: (word, "m", False) for word in ROLE_NOUNS_DE}
    for suffix, gender, plural in ROLE_ENDINGS_DE:
        for base in ROLE_NOUNS_DE:
            if suffix != "r" or base.endswith("e"):
                forms.setdefault(base + suffix, (base, gender, plural))
    return forms


INFLECTED_ROLE_NOUNS_DE = _inflected_forms()


def _inflected_base(word: str) -> tuple[str, str | None, bool] | None:
    return INFLECTED_ROLE_NOUNS_DE.get(word)


def agent_sector_en(words: str, agents: dict[str, str]) -> str | None:
    """CAMEO sector of an English agent noun, singular or regular plural ("soldiers", "militiamen"),
    from AGENTS_EN or PETRARCH's agents dictionary (`agents`: noun -> "~MIL"). Place nouns and the
    dictionary's unknown sector (UNK: "group", "man") are no agents."""
    if words in AGENTS_EN:
        return AGENTS_EN[words]
    if words.split()[-1].removesuffix("s").removesuffix("ie") in PLACE_NOUNS_EN:
        return None
    forms = [words]
    if words.endswith("men"):
        forms.append(words[:-3] + "man")
    if words.endswith("ies"):
        forms.append(words[:-3] + "y")
    if words.endswith("es"):
        forms.append(words[:-2])
    if words.endswith("s"):
        forms.append(words[:-1])
    code = next((agents[f] for f in forms if f in agents), None)
    code = code.lstrip("~")[:3] if code else None
    return code if code and code != "UNK" else None


# A state's own institutions, named without the state: "die Polizei", "das Innenministerium". Most
# are agents after a country adjective too (`AGENTS_DE`, same sector). Not all agents are: without
# an adjective "die Seite", "die Botschaft" or "das Gebiet" name no institution of the passage's state.
STATE_INSTITUTIONS_DE = {
    word: AGENTS_DE[word]
    for word in (
        "Regierung", "Kabinett", "Innenministerium", "Außenministerium", "Verteidigungsministerium",
        "Präsidialamt", "Behörden", "Polizei", "Sicherheitskräfte", "Armee", "Streitkräfte", "Militär",
        "Staatsanwaltschaft", "Justiz", "Opposition", "Junta", "Militärjunta", "Militärregierung", "Küstenwache",
        "Militärrat", "Übergangsrat",
        "Marine", "Luftwaffe", "Geheimdienst", "Nationalgarde", "Luftabwehr", "Flugabwehr", "Regierungstruppen",
        "Grenzschutz", "Parlament", "Kongress", "Staatsmedien", "Staatsfernsehen", "Ministerium", "Einheiten", "Ermittler",
    )
} | {
    # read only without an owner: after a country adjective their compound head does the work
    "Justizministerium": "GOV", "Sonderpolizei": "COP", "Bereitschaftspolizei": "COP",
    "Generalstaatsanwaltschaft": "JUD", "Ombudsstelle": "GOV", "Ombudsmann": "GOV", "Ombudsfrau": "GOV",
    "Wahlkommission": "GOV", "Militärverwaltung": "MIL", "Grenzpolizei": "COP", "Sicherheitsbehörden": "COP",
    "Gendarmerie": "COP",
    # the office speaking as a body: "Die Präsidentschaft verurteilte ..."
    "Präsidentschaft": "GOV",
}  # fmt: skip
# "das Bildungsministerium", "das Gesundheitsministerium": any ministry, named without its state. Of
# the other institution heads only a ministry is sure to be the state's ("Umweltbehörde" is not).
MINISTRY_ENDINGS = tuple(head for head in INSTITUTION_HEADS_DE if head.startswith("ministeri"))
# Protesters ("gegen Demonstranten", "die Protestierenden") are, like the police facing them, people of
# the state the passage is about; CAMEO codes protesters as opposition.
PROTESTERS_DE = dict.fromkeys(
    (
        "Demonstranten",
        "Demonstrantinnen",
        "Protestierende",
        "Protestierenden",
        "Regierungsgegner",
        "Randalierer",
    ),
    "OPP",
)
# Rebels, like protesters, are people of the state the passage is about, placed the same way; CAMEO
# codes them REB. Singular collectives ("die Miliz", "die Guerilla") need their article.
# Separatists, jihadists and armed men are in CAMEO the rebels of the country they fight in (armed men
# no state, group or place names are unknown attackers: `UNKNOWN_GUNMEN_DE`).
REBELS_DE = dict.fromkeys(
    ("Rebellen", "Aufständischen", "Aufständische", "Guerilla", "Miliz", "Milizen", "Milizionäre",
     "Milizionären", "Separatisten", "Dschihadisten", "Islamisten", "Bewaffnete", "Bewaffneten", "Aufrührer",
     "Aufrührern", "Guerilleros", "Freischärler", "Paramilitärs"),
    "REB",
)  # fmt: skip
# Heads of compounds that name an armed group whatever the first part: "Tuareg-Rebellen", "Radaa-Miliz",
# "Kurdenmiliz", "Separatistenmilizen" (a group the KB knows, "Hamas-Kämpfer", is read before this).
REBEL_HEADS_DE = ("rebellen", "miliz", "milizen", "separatisten", "-kämpfer")
# Armed men named by nothing but their arms: news writes "Bewaffnete" for attackers no one has named,
# and the coders leave their side open rather than give them the state where they struck.
UNKNOWN_GUNMEN_DE = {"Bewaffnete", "Bewaffneten"}


def rebel_sector_de(word: str) -> str | None:
    """REB for a noun or compound noun naming rebels, else None."""
    if word in REBELS_DE:
        return "REB"
    lower = word.lower()
    head = next((h for h in REBEL_HEADS_DE if lower.endswith(h) and len(lower) > len(h) + 1), None)
    return "REB" if head and word[:1].isupper() else None


# Groups of people counted or named with an article ("Dutzende Frauen", "einige männliche Studenten",
# "die Zivilisten"): like protesters, people of the state the passage is about (CAMEO civilians), the
# victims or agents of what its institutions and protesters do.
CIVILIANS_DE = dict.fromkeys(
    ("Zivilisten", "Menschen", "Bewohner", "Bewohnern", "Einwohner", "Einwohnern", "Anwohner", "Bürger",
     "Bürgerinnen", "Studenten", "Studierende", "Studierenden", "Frauen", "Kinder", "Kindern", "Schüler",
     "Arbeiter", "Häftlinge", "Gefangene", "Gefangenen", "Muslime", "Christen", "Bauern",
     "Ärzte", "Gewerkschaften", "Dorfbewohner", "Passanten", "Aktivisten"),
    "CVL",
)  # fmt: skip
# People who back someone: "Anhänger der Junta" belong to the junta's state.
SUPPORTERS_DE = {
    "Anhänger",
    "Anhängern",
    "Anhängerinnen",
    "Unterstützer",
    "Unterstützern",
    "Unterstützerinnen",
}
# Words that count a group before its noun: "Hunderte Sikhs", "mehrere Frauen", "12 Menschen".
# The large counts also stand for a crowd on their own ("Tausende demonstrierten").
CROWD_COUNTS_DE = ("Hunderte", "Tausende", "Zehntausende", "Hunderttausende", "Dutzende")
GROUP_COUNTS_DE = {*CROWD_COUNTS_DE, "mehrere", "zahlreiche",
                   "viele", "einige", "etliche", "Hunderten", "Tausenden", "Dutzenden", "mehreren", "zahlreichen",
                   "vielen", "Mehrere", "Zahlreiche", "Viele", "Einige", "Etliche"}  # fmt: skip
# Members of parliament: "Mehrere Abgeordnete forderten …" are the parliament's of the passage.
MEMBERS_OF_PARLIAMENT_DE = ("Abgeordnete", "Parlamentarier")
# Plural institutions read without an article ("Sicherheitskräfte lösten die Kundgebung auf",
# "Ermittler durchsuchten Kasernen", "Regierungstruppen griffen an"): a bare plural names the state's
# forces as much as "die Sicherheitskräfte" does. A bare singular
# ("Polizei" in "Polizei und Armee") is left alone: it is often a field, not an actor.
BARE_PLURAL_INSTITUTIONS_DE = {
    word: _agent_form(word)
    for word in (
        "Sicherheitskräfte",
        "Sicherheitskräften",
        "Polizisten",
        "Soldaten",
        "Behörden",
        "Regierungstruppen",
        "Ermittler",
        *MEMBERS_OF_PARLIAMENT_DE,
    )
}

# Other nouns for a group of people, which this stage leaves alone (too vague to place on their own:
# "Leute", "Teilnehmer", "Kritiker") but an event's verb makes the people of a state ("nahm Dutzende
# Teilnehmer fest"); the event coder reads them with the groups above (`PEOPLE_GROUPS_DE`).
VAGUE_PEOPLE_DE = (
    "Angehörige", "Angehörigen", "Arbeiterinnen", "Studentinnen", "Zivilistinnen", "Freigelassene",
    "Freigelassenen", "Kritiker", "Regierungskritiker", "Protestierer", "Leute", "Menge", "Mädchen",
    "Personen", "Teilnehmer", "Teilnehmerinnen", "Unbeteiligte", "Unbeteiligten",
)  # fmt: skip
# Every noun for a state's people as a group: crowds, protesters, civilians, supporters and the rest.
PEOPLE_GROUPS_DE = {*CROWD_COUNTS_DE, *PROTESTERS_DE, *CIVILIANS_DE, *SUPPORTERS_DE, *VAGUE_PEOPLE_DE}


def lowered(words) -> frozenset[str]:
    """A vocabulary as the event coder compares it (`token.lower_`)."""
    return frozenset(word.lower() for word in words)
