"""Pronouns and title-only references to the people and places an article names, as extra
mentions of them.

An analyst counting what an article says about a person, or reading what "he" said, needs the
references that do not repeat the name. Four kinds, each joined to an entity the article
already names (never a new entity), found without a parser:

  title       "the Foreign Secretary", "The minister" → the nearest earlier named person whose
              stated title (Mention.title) has the same office word, the same or more modifiers
              (never one more of deputy / vice / assistant: "the prime minister" is no deputy
              prime minister) and the same "of ..." tail, an office under its other name read
              as the same ("the premier" is the prime minister); skipped when two people fit.
              The span keeps "the".
  pronoun     he / him / himself / she / her / herself outside quotations → the one person
              mentioned in that sentence before it or in the two sentences before, whose gender,
              when known, agrees. When several fit, the sentence's shape may choose ("Roe told
              the court that he", or "He" opening the sentence after one that opens with Roe);
              otherwise the pronoun is skipped (precision first). It is skipped too when someone
              else may be meant: a person introduced without a name in between ("A man ... he"),
              or a name the model typed as an organisation or place standing as a subject or
              written after an honorific ("Mr Cable").
  speaker     I / me / myself inside a quotation → its speaker: a person (named, or a resolved
              pronoun) next to a speech verb right after the quotation (`"...," said X`,
              `"..." X told reporters`) or right before it (`X said: "..."`). A paragraph that
              is all quotation, right after one of the same speaker, goes on in their words; so
              do the unquoted first-person paragraphs after "X said:" (press-release statements).
              Words the speaker reports in single quotes ("he said, 'I don't care'") are not theirs.
  organisation we / us inside such a quotation → the organisation (ORG) the speaker's stated
              title belongs to (Mention.affiliation), when they hold a title at one only.
And one kind for places (place_references): "the town", "the same village", "the country" → the
one town, village or country named in that sentence or the two before; skipped when two fit.

Name variants (name_variants) are no new mentions but one entity for two forms of a name: a
short form the model found ("Yugansk", "Baikal") is the organisation whose longer name the same
article writes and that starts with it ("Yuganskneftegaz" as a word of the text, "Baikal Finance
Group" as an organisation), or with its possessive ("Foster" and "Foster's" of "Foster's Group"),
when no other name of the article starts with it; a name without the legal form or club's
abbreviation closing the long one ("Ashford Town" of "Ashford Town FC") is that. A name a gazetteer
knows keeps its own entity ("Gazprom" and "Gazprom Neft" are two companies), and so do a person's
name with a first name, a place the model found beside an organisation of another type, and a
short form written in one sentence with the one-word name it starts ("Chester", "Chesterfield").

Possessive determiners (his, her + noun, my) are left out: they modify another noun phrase, and
the annotated corpora we measure against mostly leave them out too. A third-person pronoun inside
a quotation is left out as well, and a person named only inside a quotation is no candidate for
one outside: `"Shakespeare writes vividly," he says` is the speaker, not Shakespeare.

Gender comes from the honorific before a name (Mr, Sir / Mrs, Ms, Lady) or a gendered office
(spokesman, queen); a person of unknown gender fits either pronoun.

A reference carries its antecedent's Entity, so it adds no row to entities.entities (nor
star.dim_entity). These mentions feed neither relations nor sectors: relations need the named mention's position
in its construction, and a pronoun is no evidence of a sector.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from .gazetteer import make_entity_id, word_list
from .patterns import Intervals, alternation, overlaps_any
from .titles import title_words
from .types import Entity, Mention, SentenceLocator

# confidence and extractor name per kind of reference: a title names the office, a quotation's
# speaker is stated next to it, a pronoun is the weakest guess
TITLE_REFERENCE = (0.65, "coreference:title")
QUOTE_SPEAKER = (0.65, "coreference:speaker")
PRONOUN = (0.6, "coreference:pronoun")
SPEAKER_ORGANISATION = (0.55, "coreference:speaker_organisation")  # "we" may be a wider group
PLACE_REFERENCE = (0.6, "coreference:place")

# "the town", "the same village", "the country" (not "the city of Mosul": the name follows) →
# the one place of that type named in the sentence or the two before
PLACE_REFERENCE_WORD = re.compile(
    r"\b[Tt]he (?:(?:same|ancient|old|besieged|embattled|historic|small|northern|southern|eastern|"
    r"western|border|coastal|capital) )?(?P<noun>city|town|village|country|province)\b(?! of\b)")
PLACE_REFERENCE_TYPES = {"city": "PLACE", "town": "PLACE", "village": "PLACE", "country": "COUNTRY",
                         "province": "SUBDIVISION"}

# a short form of a name: at least this many letters, and the long form this many more ("Yugansk" of
# "Yuganskneftegaz"; not "Kuwait" of "Kuwaiti" nor "Berlin" of "Berliner")
SHORT_FORM_LETTERS = 4
LONG_FORM_EXTRA = 3
# the model's names that may be short forms: no gazetteer entity, no coreference of their own
VARIANT_TYPES = ("ORG", "PLACE", "PERSON")
CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w’'-])")
NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*) $")
NAME_AFTER = re.compile(r" [A-Z]")

SENTENCES_BACK = 2  # a pronoun looks for its person in its own sentence and the two before

THIRD_PERSON = {"he": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
THIRD_PERSON_WORD = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]imself|[Ss]he|[Hh]er|[Hh]erself)\b")
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Mm]e|[Mm]yself)\b")
FIRST_PERSON_PLURAL_WORD = re.compile(r"\b(?:[Ww]e|us)\b")
# "her" is an object, not a possessive, when punctuation or a function word follows ("told her
# that", "gave her a book"); before any other word it is "her book".
OBJECT_HER_NEXT = re.compile(
    r"(?:\s*[^\w\s]|\s*$|\s+(?:to|that|a|an|the|and|or|but|in|on|at|with|for|as|from|about|into|"
    r"by|of|over|out|up|down|back|off|again|too|when|if|because|before|after|so|this|these|"
    r"those|what|how|why|where|who|not)\b)")
# "I" as a numeral: after a capitalised word, before punctuation or a conjunction ("World War I,",
# "Phase I and II")
NUMERAL_BEFORE = re.compile(r"[a-z,] [A-Z][\w-]* $")
NUMERAL_AFTER = re.compile(r"\s*(?:[^\w\s’']|$)|\s+(?:and|or|of|in|on)\b")

MALE_HONORIFICS = r"Mr|Sir|Lord"
FEMALE_HONORIFICS = r"Mrs|Ms|Miss|Dame|Lady|Madam"
HONORIFIC_BEFORE = re.compile(rf"\b(?:(?P<m>{MALE_HONORIFICS})|(?P<f>{FEMALE_HONORIFICS}))\.?\s+$")
GENDERED_OFFICE = re.compile(
    r"\b(?:(?P<m>spokesman|chairman|congressman|king|prince|emir|sultan|pope)|"
    r"(?P<f>spokeswoman|chairwoman|congresswoman|queen|princess))\b", re.IGNORECASE)

# A person introduced without a name: "a man", "another resident", "one young girl", "a Jamaican
# who", "Roe's assistant"; not "his wife", whom a story about him mentions in passing.
PERSON_NOUNS = ("man|woman|boy|girl|child|resident|witness|soldier|fighter|father|mother|son|daughter|"
                "brother|sister|husband|wife|friend|student|teacher|doctor|farmer|worker|person|"
                "journalist|reporter|victim|survivor|refugee|official|officer|spokesman|spokeswoman|"
                "commander|leader|member|activist|source|driver|neighbour|neighbor|carpenter|"
                "assistant|aide|lawyer|colleague|partner|girlfriend|boyfriend")
UNNAMED_PERSON = re.compile(
    rf"\b(?:(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}(?:{PERSON_NOUNS})"
    rf"|[A-Z][\w-]*[’']s\s+(?:[\w-]+\s+)?(?:{PERSON_NOUNS})"
    r"|(?:[Aa]n?|[Aa]nother)\s+[A-Z][\w-]+\s+who)\b")
DESCRIBES_BEFORE = re.compile(r"(?:,|\bis|\bwas|\bas|\bbeen|\bbecame|\bbecome)\s+$")
# an organisation or place the model found and the gazetteer does not know may be a mistyped name
MISTYPED_PERSON_TYPES = ("ORG", "PLACE", "NORP")
# ... followed by a verb, the place of a subject ("Haddad was posted to Basra"), and not after a
# preposition, the place of a place ("a leader in Valdmere was killed")
SUBJECT_VERB_AFTER = re.compile(r"\s+(?:was|is|has|had|said|says|told|added|will|would|did|does)\b")
HONORIFIC_START = re.compile(rf"(?:{MALE_HONORIFICS}|{FEMALE_HONORIFICS}|Dr|Prof)\.?\s")  # "Mr Cable" as ORG
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|to|of|into|outside)\s+$")

SENTENCE_OPENING = re.compile(r"(?:^|[.!?\]]\s+|\n\s*)$")  # "]": after a footnote mark "[2]"

# Quotation marks: curly pairs, or straight double quotes (a run of them, as CSV doubling
# writes them, is one mark) that open and close in turn within a paragraph.
QUOTE_MARK = re.compile(r"\"+|[“”]")
SPEECH_VERBS = (r"said|says|told|tells|added|adds|asked|asks|replied|replies|explained|explains|"
                r"stated|states|insisted|insists|declared|declares|recalled|recalls|warned|warns|"
                r"wrote|writes|noted|notes|continued|continues|according to|statement")
# "Roe told the court that he", "Roe said he": the speaker is who the pronoun means
REPORTED_SPEECH = re.compile(rf"\s+(?:{SPEECH_VERBS})\b(?:[^,.;:\"“”]{{0,40}}?\s+that)?\s+")
INNER_QUOTATION = re.compile(r"(?<![\w’'])['‘](?=\w).*?(?<=[\w.,!?])['’](?![\w’'])")
# what may follow a quotation before its attribution, and how far the attribution may run
AFTER_QUOTE = 80
BEFORE_QUOTE = 160
CLAUSE_END = re.compile(r"[.!?;\"“”](?:\s|$)|\n")
VERB_THEN_SPEAKER = re.compile(rf"[\s,]*(?:{SPEECH_VERBS})\s+")
# the speaker's own verb, a few words on at most: "said", "told reporters", "released the following statement"
SPEAKER_THEN_VERB = re.compile(rf"\s*(?:\w+\s+){{0,3}}?(?:{SPEECH_VERBS})\b")
APPOSITION = re.compile(r"^,[^,\"“”]{1,60},")  # ", the foreign minister," after the name
INTRODUCES_QUOTE = re.compile(r"(?:[:,]|\bthat)$")
PROSE_PARAGRAPH = re.compile(r"[.!?\"”’)]\s*$")
SENTENCE_BREAK = re.compile(r"[.!?;\"“”](?:\s+|$)")


@dataclass(frozen=True)
class Quotation:
    start: int  # the opening mark
    end: int  # after the closing mark; the paragraph's end when it stays open
    closed: bool
    whole: bool  # the whole paragraph: a quoted or statement paragraph, not a quote inside prose


# Modifiers that make another, lower office of the same head: "the prime minister" is not the
# deputy prime minister, "the president" not a vice president
SUBORDINATE_MODIFIERS = frozenset("deputy vice assistant associate".split())


@dataclass(frozen=True)
class TitleKey:
    head: str
    modifiers: frozenset[str]
    tail: str

    def fits(self, other: TitleKey) -> bool:
        """A reference with this key may name a person whose stated title has `other`."""
        return (self.head == other.head and self.modifiers <= other.modifiers
                and not (other.modifiers - self.modifiers) & SUBORDINATE_MODIFIERS
                and (not self.tail or self.tail == other.tail))


@functools.lru_cache(maxsize=1)
def title_grammar() -> dict[str, re.Pattern]:
    kinds = title_words()
    modifier, office = alternation(kinds["modifier"]), alternation(kinds["office"])
    key = (rf"(?P<modifiers>(?:(?:{modifier})[\s-]+){{0,3}})(?P<head>{office})(?:-(?:designate|elect))?"
           r"(?P<tail>\s+of\s+State|\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?")
    return {
        "key": re.compile(rf"\b{key}\b", re.IGNORECASE),
        "modifier": re.compile(rf"\b(?:{modifier})\b", re.IGNORECASE),
        # "the Foreign Secretary", "The minister"; not "the Foreign Secretary Ann Roe"
        "reference": re.compile(rf"\b[Tt]he\s+(?i:{key})\b(?!\s+(?:[A-Z]|of\b)|[-’'])"),
    }


# One office under two names, keyed as the longer one: "the premier" is the prime minister.
SAME_OFFICES = {"premier": ("minister", frozenset({"prime"}))}


def title_key(match: re.Match) -> TitleKey:
    modifiers = frozenset(m.lower() for m in title_grammar()["modifier"].findall(match.group("modifiers")))
    tail = " ".join((match.group("tail") or "").lower().split())
    head, implied = SAME_OFFICES.get(match.group("head").lower(), (match.group("head").lower(), frozenset()))
    return TitleKey(head, (modifiers | implied) - {"former", "then"}, tail)


def stated_title_key(title: str) -> TitleKey | None:
    match = title_grammar()["key"].search(title)
    return title_key(match) if match else None


def find_references(body: str, mentions: list[Mention], locator: SentenceLocator) -> list[Mention]:
    """Person references, then place references around them, of the entities in `mentions`
    (text order)."""
    people = person_references(body, mentions, locator)
    return sorted(people + place_references(body, mentions + people, locator), key=lambda m: m.start)


def name_variants(body: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each short form of an organisation's name linked to the entity of its long
    form (module docstring); the spans, confidences and extractors stay as found."""
    organisations = {m.entity.canonical_name: m.entity for m in mentions if m.entity_type == "ORG"}
    standalone = {w.group() for w in CAPITALISED_WORD.finditer(body) if not written_in_a_name(body, w.start(), w.end())}
    linked: dict[str, Entity] = {}
    legal_names: set[str] = set()  # names linked to their legal form, whoever found them
    for mention in mentions:
        name = mention.entity.canonical_name
        if name not in linked and mention.entity_type == "ORG" and mention.extractor != "gazetteer" and len(
                legal := {long for long in organisations if is_legal_name_of(long, name)}) == 1:
            linked[name] = organisations[legal.pop()]  # "Arventa Pharma" of "Arventa Pharma AG"
            legal_names.add(name)
            continue
        if name not in linked and mention.entity_type in ("ORG", "PERSON") and mention.extractor != "gazetteer" and len(
                clubs := {long for long in organisations if is_club_name_of(long, name)}) == 1:
            linked[name] = organisations[clubs.pop()]  # "Ashford Town" of "Ashford Town FC", the model's person
            legal_names.add(name)
            continue
        if name in linked or not may_be_short_form(mention):
            continue
        # "Menara" of "PT Menara Nusantara Raya": the name after a legal form written before it
        # (not "X Community Trust" of "X": a club's or a company's charity is a body of its own)
        longer = {long for long in organisations if long != name and (
            (short := without_leading_form(long)) == name or short.startswith(name + " "))
            and long.split()[-1] not in OWN_CHARITY_HEADS}
        # "Foster" (or "Foster's") of "Foster's Group": its possessive form closed as a company's
        # name, which beats the model's longer runs ("Foster's Lager, Foster")
        firms = {long for long in organisations if is_possessive_firm(name, long)}
        longer = firms or longer | {long for long in organisations if long in possessives(name)}
        if " " not in name and len(name) >= SHORT_FORM_LETTERS:
            longer |= {word for word in standalone | organisations.keys() if extends(name, word)}
        if " " in name and mention.entity_type == "ORG":
            longer |= {long for long in organisations if abbreviates(name, long)}
        if len(longer) != 1:
            continue
        (long,) = longer
        entity = organisations.get(long) or Entity(make_entity_id(mention.entity_type, long), mention.entity_type, long)
        if entity.entity_type != mention.entity_type and mention.entity_type != "PERSON":
            continue  # a one-word company the model took for a person, not a place beside a club
        if " " not in long and written_in_one_sentence(body, name, long):
            continue  # "Wigan v Chester, Chesterfield v Bury": two names side by side
        linked[name] = entity
    mentions = [dataclasses.replace(m, entity=linked[m.entity.canonical_name])
                if m.entity.canonical_name in linked and (may_be_short_form(m) or m.entity.canonical_name in legal_names)
                else m for m in mentions]
    # the office of "Pellucid Chief Executive Dana Whitfield" belongs to the organisation "Pellucid" is
    return [dataclasses.replace(m, affiliation=linked[m.affiliation.canonical_name])
            if m.affiliation is not None and m.affiliation.canonical_name in linked else m for m in mentions]


# The heads of the names of charities set up by a company or a club under its own name: "Dunmore
# Athletic Community Trust" is not "Dunmore Athletic".
OWN_CHARITY_HEADS = frozenset("Trust Foundation Charity".split())


def abbreviates(short: str, long: str) -> bool:
    """Whether a name of several words writes another word for word, one word at least shortened
    and the others the same ("Man Utd" of "Manchester United", "Man City" of "Manchester City")."""
    pairs = list(zip(short.split(), long.split()))
    return len(pairs) == len(long.split()) == len(short.split()) and short != long and all(
        s == w or shortens(s, w) for s, w in pairs)


def shortens(short: str, word: str) -> bool:
    """Whether a capitalised word of three letters or more is a shortening of a longer word: its
    beginning, the long word at least LONG_FORM_EXTRA lower-case letters more ("Man" of
    "Manchester", not "Film" of "Films" nor "United" of "United-Arsenal"), or its capital and
    consonants in order ("Utd" of "United", "Intl" of "International"; not "News" of "Networks")."""
    if len(short) < 3 or not short[0].isupper() or short[0] != word[0]:
        return False
    if word.startswith(short):
        return extends(short, word)
    rest = iter(word[1:])
    return not VOWELS & set(short[1:].lower()) and all(letter in rest for letter in short[1:])


def extends(short: str, word: str) -> bool:
    """Whether `word` is `short` with at least LONG_FORM_EXTRA lower-case letters after it
    ("Yuganskneftegaz" of "Yugansk", "Manchester" of "Man")."""
    rest = word.removeprefix(short)
    return word.startswith(short) and len(rest) >= LONG_FORM_EXTRA and rest.isalpha() and rest.islower()


VOWELS = frozenset("aeiouy")


POSSESSIVE_MARKS = ("'s", "’s")
# The words that close a company's name after a possessive ("Foster's Group", "Sainsbury's plc");
# other words after one name a part the name owns ("Macrovision's Entertainment Technologies Group").
POSSESSIVE_FIRM_ENDINGS = frozenset(word_list("company_suffixes")) | {"Group", "Holdings", "Corporation", "Company"}


LEGAL_FORMS = frozenset(form.rstrip(".") for form in word_list("company_suffixes"))


# Legal forms and the Romance languages' head nouns written before a company's name ("PT", "Grupo",
# "Aerolíneas"): the name after one may be shortened to its first words.
LEADING_FORMS = frozenset(word_list("company_leading_forms")) | frozenset(word_list("organisation_leading_heads"))


def without_leading_form(name: str) -> str:
    """The name without the legal form or head noun written before it ("Menara Nusantara Raya" of
    "PT Menara Nusantara Raya", "Sierra Madre" of "Aerolíneas Sierra Madre"); a name the head
    opens with a particle after it keeps it ("Banco de la Nación" has no short form "de la")."""
    first, _, rest = name.partition(" ")
    return rest if first in LEADING_FORMS and rest[:1].isupper() else name


CLUB_ABBREVIATIONS = frozenset(word_list("club_abbreviations"))


def is_club_name_of(long: str, name: str) -> bool:
    """Whether `long` is the name and a club's abbreviation closing it ("Ashford Town FC")."""
    return long.startswith(name + " ") and long[len(name) + 1:] in CLUB_ABBREVIATIONS


def is_legal_name_of(long: str, name: str) -> bool:
    """Whether `long` is the name and a legal form closing it ("Arventa Pharma AG", "Lysobio Inc")."""
    return long.startswith(name + " ") and long[len(name) + 1:].rstrip(".") in LEGAL_FORMS


def possessives(name: str) -> set[str]:
    return {name + mark for mark in POSSESSIVE_MARKS}


def is_possessive_firm(name: str, long: str) -> bool:
    """Whether `long` is the name's possessive and one closing word: "Foster's Group" of "Foster"
    and of "Foster's"."""
    stem = name.removesuffix("'s").removesuffix("’s")
    return any(long.startswith(form + " ") and long[len(form) + 1:] in POSSESSIVE_FIRM_ENDINGS
               for form in possessives(stem))


def written_in_one_sentence(body: str, short: str, long: str) -> bool:
    """Whether a sentence writes both the short form on its own and the long form."""
    alone = re.compile(rf"\b{re.escape(short)}\b")
    return any(long in sentence and alone.search(sentence) for sentence in re.split(r"(?<=[.!?])\s+", body))


def may_be_short_form(mention: Mention) -> bool:
    """A name the model found that no gazetteer knows and no person's full name explains."""
    return (mention.entity_type in VARIANT_TYPES and mention.extractor in ("ner", "ner+merge", "ner+organisation_cue")
            and not (mention.entity_type == "PERSON" and " " in mention.entity.canonical_name))


def written_in_a_name(body: str, start: int, end: int) -> bool:
    """Whether a capitalised word has a capitalised neighbour ("Fordham University", "Port
    Yugansk"), so is only part of a longer name; "The" opening a sentence is no neighbour."""
    before = NAME_BEFORE.search(body, max(0, start - 30), start)
    return bool(before and before.group(1) not in ("The", "A", "An")) or NAME_AFTER.match(body, end) is not None


def person_references(body: str, mentions: list[Mention], locator: SentenceLocator) -> list[Mention]:
    """Title, pronoun and speaker mentions of the PERSON entities in `mentions` (text order)."""
    named = [m for m in mentions if m.entity_type == "PERSON"]
    if not named:
        return []
    quotations = find_quotations(body)
    taken = [(m.start, m.end) for m in mentions] + [(m.title_start, m.title_end) for m in named
                                                     if m.title_start is not None]
    genders = person_genders(body, named)
    titles = title_references(body, named, taken, locator)
    people = sorted(named + titles, key=lambda m: m.start)
    pronouns = third_person_pronouns(body, mentions, people, taken, quotations, genders, locator)
    people = sorted(people + pronouns, key=lambda m: m.start)
    speakers = quotation_speakers(body, people, quotations)
    first_person = first_person_pronouns(body, speakers, taken, quotations, locator)
    voices = organisation_voices(body, named, speakers, taken, quotations, locator)
    return sorted(titles + pronouns + first_person + voices, key=lambda m: m.start)


def place_references(body: str, mentions: list[Mention], locator: SentenceLocator) -> list[Mention]:
    """ "the town", "the country" → the one town or country named in that sentence or the two
    before ("the province": or before that in the article); skipped when two fit (precision
    first) or a mention already covers the words."""
    taken = Intervals((m.start, m.end) for m in mentions)
    # a mention ending before the word starts in its sentence or an earlier one: only the
    # sentences in reach are looked at, the mentions in their order in `mentions`
    by_sentence: dict[int, list[tuple[int, Mention]]] = {}
    for position, mention in enumerate(mentions):
        by_sentence.setdefault(mention.sentence_index, []).append((position, mention))
    found = []
    for match in PLACE_REFERENCE_WORD.finditer(body):
        start, end = match.span()
        if taken.overlaps(start, end):
            continue
        sentence = locator.index_of(start)
        wanted = PLACE_REFERENCE_TYPES[match.group("noun")]
        in_reach = sorted(pair for index in range(sentence - SENTENCES_BACK, sentence + 1)
                          for pair in by_sentence.get(index, ()))
        fitting = [m for _, m in in_reach if m.entity_type == wanted and m.end <= start
                   and m.entity.kind != "facility" and not m.extractor.startswith("coreference:")]
        if not fitting and wanted == "SUBDIVISION":  # a story about a province calls it "the province"
            # paragraphs on: the one the article named before
            fitting = [m for m in mentions if m.entity_type == wanted and m.end <= start
                       and not m.extractor.startswith("coreference:")]
        if len({m.entity_id for m in fitting}) == 1:
            found.append(reference(body, start, end, fitting[-1], locator, PLACE_REFERENCE))
    return found


def reference(body: str, start: int, end: int, antecedent: Mention, locator: SentenceLocator,
              how: tuple[float, str]) -> Mention:
    confidence, extractor = how
    return Mention(start, end, body[start:end], locator.index_of(start), antecedent.entity,
                   confidence, extractor)


# A form of address written before a name with its full stop: "Hon.", "Dr.", "H.E." (events.py too).
FORM_OF_ADDRESS = r"(?:[A-Z][a-z]{0,3}|H\.E)\."
# An office phrase going on past the words a reference matched ("the Minister [for Finance]"), or
# the name of its holder in apposition after it ("the Minister, Hon. Dr. A").
OFFICE_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]")
APPOSED_NAME = re.compile(rf",\s+(?:{FORM_OF_ADDRESS}\s+)*")


def title_references(body: str, named: list[Mention], taken: list[tuple[int, int]],
                     locator: SentenceLocator) -> list[Mention]:
    keyed = [(m, key) for m in named if m.title and (key := stated_title_key(m.title))]
    found = []
    person_starts = {m.start for m in named if m.entity_type == "PERSON"}
    for match in title_grammar()["reference"].finditer(body):
        if overlaps_any(match.start(), match.end(), taken):
            continue
        apposed = APPOSED_NAME.match(body, match.end())
        if OFFICE_GOES_ON.match(body, match.end()) or (apposed is not None and apposed.end() in person_starts):
            continue  # "the Minister for Finance, Hon. Dr. A": an office whose holder the text names there
        wanted = title_key(match)
        fitting = [(m, key) for m, key in keyed if m.end <= match.start() and wanted.fits(key)]
        if len({m.entity_id for m, _ in fitting}) > 1:
            # "the president" is the one named "President X", not "the president of the Farm Bureau"
            fitting = [(m, key) for m, key in fitting if key == wanted]
        if len({m.entity_id for m, _ in fitting}) == 1:
            found.append(reference(body, match.start(), match.end(), fitting[-1][0], locator, TITLE_REFERENCE))
    return found


def person_genders(body: str, named: list[Mention]) -> dict[str, str]:
    """'m' or 'f' per entity id, from an honorific before one of its names or a gendered office;
    an entity with conflicting cues gets none."""
    cues: dict[str, set[str]] = {}
    for mention in named:
        for match in (HONORIFIC_BEFORE.search(body, max(0, mention.start - 8), mention.start),
                      GENDERED_OFFICE.search(mention.title or "")):
            if match:
                cues.setdefault(mention.entity_id, set()).add("m" if match.group("m") else "f")
    return {entity_id: next(iter(found)) for entity_id, found in cues.items() if len(found) == 1}


def inside(offset: int, quotations: list[Quotation]) -> Quotation | None:
    return next((q for q in quotations if q.start <= offset < q.end), None)


def third_person_pronouns(body: str, mentions: list[Mention], people: list[Mention],
                          taken: list[tuple[int, int]],
                          quotations: list[Quotation], genders: dict[str, str],
                          locator: SentenceLocator) -> list[Mention]:
    """Pronouns outside quotations, in text order; a resolved pronoun is itself a candidate for
    the next one ("Ann Roe arrived. She said ... She added")."""
    found: list[Mention] = []
    unknown_names = [m for m in mentions if m.extractor == "ner" and m.entity_type in MISTYPED_PERSON_TYPES]
    for match in THIRD_PERSON_WORD.finditer(body):
        start, end = match.span()
        word = match.group().lower()
        if word == "her" and not OBJECT_HER_NEXT.match(body, end):
            continue
        if overlaps_any(start, end, taken) or inside(start, quotations):
            continue
        sentence = locator.index_of(start)
        window = sorted((m for m in (*people, *found) if m.end <= start
                         and m.sentence_index >= sentence - SENTENCES_BACK and not inside(m.start, quotations)),
                        key=lambda m: m.start)
        fitting = {m.entity_id: m for m in window
                   if genders.get(m.entity_id, THIRD_PERSON[word]) == THIRD_PERSON[word]}
        if len(fitting) > 1:
            fitting = preferred(body, start, sentence, window, fitting)
        rivals = [m for m in unknown_names if m.end <= start and m.sentence_index >= sentence - SENTENCES_BACK
                  and (HONORIFIC_START.match(m.text) or SUBJECT_VERB_AFTER.match(body, m.end)
                       and not PREPOSITION_BEFORE.search(body, max(0, m.start - 8), m.start))]
        if len(fitting) == 1 and not rivals and not unnamed_person_between(body, window[-1].end, start):
            (antecedent,) = fitting.values()
            found.append(reference(body, start, end, antecedent, locator, PRONOUN))
    return found


def preferred(body: str, start: int, sentence: int, window: list[Mention], fitting: dict[str, Mention]
              ) -> dict[str, Mention]:
    """Of several people who fit, the one the sentence's shape points to, if any:
      reported speech  the speaker right before "told the court that he", "said he";
      same subject     "He" opening a sentence right after a sentence that opens with the person.
    Otherwise all of them, and the pronoun stays unresolved."""
    nearest = window[-1]
    if nearest.entity_id in fitting and REPORTED_SPEECH.fullmatch(body, nearest.end, start):
        return {nearest.entity_id: nearest}
    if opens_sentence(body, start):
        openers = [m for m in window if opens_sentence(body, m.start)]
        subject = openers[-1] if openers else None
        named_after = next((m for m in window if subject and m.start > subject.end), None)
        if named_after and title_grammar()["key"].fullmatch(body[subject.end:named_after.start].strip()):
            subject = named_after  # "Party spokesman Ann Roe said": the name, not the party
        if subject and subject.entity_id in fitting and subject.sentence_index == sentence - 1:
            return {subject.entity_id: subject}
    return fitting


def opens_sentence(body: str, offset: int) -> bool:
    return SENTENCE_OPENING.search(body, max(0, offset - 3), offset) is not None


def unnamed_person_between(body: str, start: int, end: int) -> bool:
    """A person introduced without a name between the named one and the pronoun ("A man whose
    sister was killed told ... that he"); an apposition or predicate describing the named person
    ("Ann Roe, a former student", "Roe is a lawyer") introduces no one."""
    return any(not DESCRIBES_BEFORE.search(body, max(0, m.start() - 8), m.start())
               for m in UNNAMED_PERSON.finditer(body, start, end))


def find_quotations(body: str) -> list[Quotation]:
    """Quoted passages, and the unquoted paragraphs of a statement introduced by a paragraph that
    ends with a colon ("The minister said:" + paragraphs in the speaker's words, up to the first
    paragraph that is not running prose in the first person: a heading, a list, another
    introduction, the article's narrative again)."""
    quotations = []
    statement = False
    for paragraph in re.finditer(r"[^\n]*\S[^\n]*", body):
        start, end = paragraph.span()
        text = paragraph.group().strip()
        opens_quoted = QUOTE_MARK.match(text) is not None and not text.startswith("”")
        if statement and not opens_quoted and PROSE_PARAGRAPH.search(text) and FIRST_PERSON_WORD.search(text):
            quotations.append(Quotation(start, end, False, True))
            continue
        statement = text.endswith(":")
        opened = None
        for mark in QUOTE_MARK.finditer(body, start, end):
            if opened is None and mark.group() != "”":
                opened = mark.start()
            elif opened is not None and mark.group() != "“":
                whole = body[start:opened].strip() == "" and body[mark.end():end].strip() == ""
                quotations.append(Quotation(opened, mark.end(), True, whole))
                opened = None
        if opened is not None:
            quotations.append(Quotation(opened, end, False, body[start:opened].strip() == ""))
    return quotations


def first_person_pronouns(body: str, speakers: dict[Quotation, Mention | None], taken: list[tuple[int, int]],
                          quotations: list[Quotation], locator: SentenceLocator) -> list[Mention]:
    found = []
    for match in FIRST_PERSON_WORD.finditer(body):
        start, end = match.span()
        quotation = inside(start, quotations)
        if quotation is None or speakers.get(quotation) is None or overlaps_any(start, end, taken):
            continue
        if (match.group() == "I" and NUMERAL_BEFORE.search(body, max(0, start - 40), start)
                and NUMERAL_AFTER.match(body, end)):
            continue
        if any(s <= start < e for s, e in inner_quotations(body, quotation)):
            continue  # someone else's words reported by the speaker: "he said, 'so I call you'"
        found.append(reference(body, start, end, speakers[quotation], locator, QUOTE_SPEAKER))
    return found


def organisation_voices(body: str, named: list[Mention], speakers: dict[Quotation, Mention | None],
                        taken: list[tuple[int, int]], quotations: list[Quotation],
                        locator: SentenceLocator) -> list[Mention]:
    """we / us inside a quotation whose speaker holds an office at one organisation the article
    names ("Acme spokeswoman Ann Roe said: 'We regret ...'") → that organisation."""
    organisations: dict[str, set] = {}
    for mention in named:
        if mention.affiliation is not None and mention.affiliation.entity_type == "ORG":
            organisations.setdefault(mention.entity_id, set()).add(mention.affiliation)
    found = []
    for match in FIRST_PERSON_PLURAL_WORD.finditer(body):
        start, end = match.span()
        speaker = speakers.get(inside(start, quotations))
        if speaker is None or len(organisations.get(speaker.entity_id, ())) != 1 or overlaps_any(start, end, taken):
            continue
        (organisation,) = organisations[speaker.entity_id]
        confidence, extractor = SPEAKER_ORGANISATION
        found.append(Mention(start, end, body[start:end], locator.index_of(start), organisation,
                             confidence, extractor))
    return found


def inner_quotations(body: str, quotation: Quotation) -> list[tuple[int, int]]:
    """Single-quoted passages inside a quotation; an apostrophe inside a word opens none."""
    return [m.span() for m in INNER_QUOTATION.finditer(body, quotation.start, quotation.end)]


# What may stand between a closing quotation mark and a speaker's title: the title's owner.
TITLE_OWNER_GAP = re.compile(r"[\s,]*(?:[A-Z][\w&.'’-]*\s+){0,4}")
# The attribution between two quotations of one speaker in a paragraph: ',' Roe said in an interview. '
SAID_THEN_QUOTE = re.compile(r"[^\n\"“”]{1,150}[.:]\s+")


def quotation_speakers(body: str, people: list[Mention], quotations: list[Quotation]
                       ) -> dict[Quotation, Mention | None]:
    speakers: dict[Quotation, Mention | None] = {}
    previous = None
    for quotation in quotations:
        speaker = speaker_after(body, people, quotation) or speaker_before(body, people, quotation)
        # a paragraph of quotation right after one of the same speaker goes on with their words
        continues = (previous is not None and previous.whole and quotation.whole
                     and body[previous.end:quotation.start].strip() == "")
        # so does a quotation right after its speaker's words are attributed in the same paragraph
        # ('"...," Roe said in an interview. "We have ..."')
        attributed = (previous is not None and speakers[previous] is not None
                      and SAID_THEN_QUOTE.fullmatch(body, previous.end, quotation.start) is not None)
        if speaker is None and (continues or attributed):
            speaker = speakers[previous]
        speakers[quotation] = speaker
        previous = quotation
    return speakers


def speaker_after(body: str, people: list[Mention], quotation: Quotation) -> Mention | None:
    """`"...," said Ann Roe` / `"...," she says` / `"..." Roe, the envoy, told reporters`: the
    first person of the clause after the closing mark, with a speech verb right before it or
    right after it (past an apposition)."""
    if not quotation.closed:
        return None
    limit = clause_end(body, quotation.end, AFTER_QUOTE)
    first = next((m for m in people if quotation.end <= m.start and m.end <= limit), None)
    if first is None:
        return None
    gap = body[quotation.end:first.start]
    if VERB_THEN_SPEAKER.fullmatch(gap):
        return first
    after = APPOSITION.sub("", body[first.end:limit], count=1)
    # ('"...," Pellucid Chief Executive Dana Whitfield said': the title and its owner before the name)
    titled = first.title_start is not None and quotation.end <= first.title_start and TITLE_OWNER_GAP.fullmatch(
        body, quotation.end, first.title_start) is not None
    return first if (re.fullmatch(r"[\s,]*", gap) or titled) and SPEAKER_THEN_VERB.match(after) else None


def speaker_before(body: str, people: list[Mention], quotation: Quotation) -> Mention | None:
    """`Ann Roe said: "..."` / `Roe, editor of The Herald, told reporters that "..."`: the last
    person of the clause before the opening mark whose own speech verb follows (past an
    apposition); a clause ending in a colon may close the paragraph before the quotation."""
    lead = body[max(0, quotation.start - BEFORE_QUOTE):quotation.start]
    stripped = lead.rstrip()
    same_line = "\n" not in lead[len(stripped):]
    if not (stripped.endswith(":") or same_line and INTRODUCES_QUOTE.search(stripped)):
        return None
    offset = quotation.start - len(lead)
    clause_start = offset + max((m.end() for m in SENTENCE_BREAK.finditer(stripped)), default=0)
    candidates = [m for m in people if clause_start <= m.start and m.end <= quotation.start]
    rests = [(m, APPOSITION.sub("", body[m.end:quotation.start], count=1)) for m in reversed(candidates)]
    # the name its apposition follows first ("Roe, editor of The Herald, said"), then a name that
    # is itself the apposition ("The trade minister, Ann Roe, said")
    return next((m for m, rest in rests if SPEAKER_THEN_VERB.match(rest)),
                next((m for m, rest in rests if SPEAKER_THEN_VERB.match(rest.lstrip(" ,"))), None))


def clause_end(body: str, start: int, length: int) -> int:
    match = CLAUSE_END.search(body, start, start + length)
    return match.start() + 1 if match else min(len(body), start + length)
