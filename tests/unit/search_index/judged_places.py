"""Countries, regions, acronyms and misspellings: what must come first, and what the correction
line may say (issue 12: never present misinformation as an answer).

Each row: the query, the first hit as (kind, slug), the correction shown (None: none) and the
notice (None: none). Countries come in the spellings pycountry's catalogues give (French,
Spanish, Portuguese, Arabic, Russian). Editors: add a row when a place or a typo misleads.
"""

NO_NAME = "No entry names "

PLACES: tuple[tuple[str, tuple[str, str] | None, str | None, str | None], ...] = (
    # countries no entry names: their catalogue region, and a notice instead of look-alikes
    ("Syria", ("region", "middle-east"), None, NO_NAME + "Syria"),
    ("Mali", ("region", "west-africa"), None, NO_NAME + "Mali"),
    ("Niger", ("region", "west-africa"), None, NO_NAME + "Niger"),
    ("Senegal", ("region", "west-africa"), None, NO_NAME + "Senegal"),
    ("Iraq", ("region", "middle-east"), None, NO_NAME + "Iraq"),
    ("Ukraine", ("region", "eastern-europe"), None, NO_NAME + "Ukraine"),
    ("Serbia", ("region", "western-balkans"), None, NO_NAME + "Serbia"),
    ("Georgia", ("region", "southern-caucasus"), None, NO_NAME + "Georgia"),
    ("Afghanistan", ("region", "asia"), None, NO_NAME + "Afghanistan"),
    ("Peru", ("region", "south-america"), None, NO_NAME + "Peru"),
    ("Mexico", ("region", "latin-america"), None, NO_NAME + "Mexico"),
    ("Tunisia", ("region", "africa"), None, NO_NAME + "Tunisia"),
    # the same in other languages
    ("Maroc", ("region", "africa"), None, NO_NAME + "Maroc (Morocco)"),
    ("Marruecos", ("region", "africa"), None, NO_NAME + "Marruecos (Morocco)"),
    ("Marrocos", ("region", "africa"), None, NO_NAME + "Marrocos (Morocco)"),
    ("Syrie", ("region", "middle-east"), None, NO_NAME + "Syrie (Syria)"),
    ("Siria", ("region", "middle-east"), None, NO_NAME + "Siria (Syria)"),
    ("Сирия", ("region", "middle-east"), None, NO_NAME + "Сирия (Syria)"),
    ("Ливия", ("region", "africa"), None, NO_NAME + "Ливия (Libya)"),
    ("المغرب", ("region", "africa"), None, NO_NAME + "المغرب (Morocco)"),
    ("ليبيا", ("region", "africa"), None, NO_NAME + "ليبيا (Libya)"),
    ("باكستان", ("region", "asia"), None, NO_NAME + "باكستان (Pakistan)"),
    ("Albanie", ("region", "western-balkans"), None, NO_NAME + "Albanie (Albania)"),
    # countries that are catalogue regions, in any language: their page first, no notice
    ("Nigeria", ("region", "nigeria"), None, None),
    ("Nigéria", ("region", "nigeria"), None, None),
    ("Нигерия", ("region", "nigeria"), None, None),
    ("Brasil", ("region", "brazil"), None, None),
    ("Turquie", ("region", "turkiye"), None, None),
    ("Turkiye", ("region", "turkiye"), None, None),
    ("Türkiye", ("region", "turkiye"), None, None),
    # region names and aliases, and UN M49 area names
    ("western balkans", ("region", "western-balkans"), None, None),
    ("ECOWAS", ("region", "west-africa"), None, None),
    ("Silk Routes", ("region", "silk-routes"), None, None),
    ("Eastern Europe", ("region", "eastern-europe"), None, None),
    ("Western Asia", ("region", "middle-east"), None, None),
    ("Western Africa", ("region", "west-africa"), None, None),
    # acronyms: known ones find their field; an unknown one is never "corrected"
    ("IBM", ("field", "border-management"), None, None),
    ("THB", ("field", "trafficking-human-beings"), None, None),
    ("NRM", ("field", "trafficking-human-beings"), None, None),  # National Referral Mechanism
    ("QZR", None, None, None),
    # misspellings: corrected whole, to a close word
    ("trafiking", ("field", "trafficking-human-beings"), "trafficking", None),
    ("bordr managment", ("field", "border-management"), "border management", None),
    ("asylm", ("field", "asylum-protection"), "asylum", None),
    ("migratoin", ("field", "migration-policy"), "migration", None),
    ("xqzv", None, None, None),
)
