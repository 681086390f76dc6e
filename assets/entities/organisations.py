"""Names that act as organisations, typed ORG wherever the article uses them (issue 11, item 2).

The small model types many companies and outlets as people or places ("SpaceX", "Yukos",
"Politico") and the gazetteer knows towns that name companies and clubs ("Honda", "Leeds"). The
grammar around a name says what it is, whatever the model or the gazetteer thought:

  legal form           "Tesla Inc", "Yukos Oil Co", "Tarmac Plc", "Swiss Re" (company_suffixes;
                       over a people or a town the gazetteer reads in the name)
  what it owns         "Yukos shareholders", "Tesla's chief executive", "shares of Yukos"
                                                               (organisation_belongings)
  apposition           "Politico, the news outlet,", "Tesla, the carmaker,"  (organisation_kinds)
  owner                "Velkor-owned Bantry Mills" (a one-word name: "Murdoch-owned" is a person's)
  statement            "OpenAI said in a statement" (a one-word name the article never gives as
                       a person's, "Sen. Maria Kessel ... Kessel said in a statement": people
                       issue statements too); "Kestrel Outfitters said in a statement that
                       it", a name the model missed ("it" may be what the statement is about:
                       "Roe said in a statement that it was a sad day", where the model reads
                       a person)
  company's acts       "Velkor bought", "Quenmar has sued", "Tavlin posted a record profit",
                       "the streaming service Streamly", "the Streamly series": a one-word name
                       only, and only one the article never gives as a person's (a first name,
                       a title or honorific, an age, a noun for a person, "said he"); people
                       buy, sell and sue too
  product              "SpaceX's Starship": a possessive before a name the model types PRODUCT
  match                "Leeds beat Chelsea", "Leeds 2 Chelsea 1", "Leeds manager": a town's or
                       state's side (match_verbs, side_roles); a country stays a country (its
                       national side is written as the country). Any capitalised name is a
                       side on a results line ("Everton 0 West Ham 2") or a standings row
                       ("Werder Bremen 3 2 1 0 7 2 7")

  kind after the name  "the Orvanta firm", "The Australian newspaper", "its Velora unit": after a
                       determiner (a person's name only before a kind a person does not lead)
  kind before a name   "news agency Tanvik", "the club Bristol City", "the consortium, called
                       Tanvik,", "a start-up named Tanvik": the whole run of
                       capitalised words, over the places inside it; not a person's name
                       ("publisher Rupert Murdoch")
  kind opening a       "Carmaker Velkor said", "Drinks group Harlow Finch rose": a capitalised kind
  sentence             (or a word and plain ones up to a kind) before the name at a sentence's
                       opening is no word of the name (described_at_openings); "Bank Leumi" is one
  list after kinds     "retailers Merkla, Dovrin and Sastel", "stores like Dorrance's and Harlow's",
                       "Merkla, Dovrin and other retailers", over the model's product ("brands are
                       Velkor and Tarvo")
  owned, listed, based "state-owned Velmaro", "Oslo-listed Brennvik", "Seattle-based
                       Vantro" (not -run or -controlled: towns are run and controlled too)
  a name ending in 's  "owner of Dorrance's and Harlow's -": the possessive belongs to nothing
                       after it, so it is part of the store's name
  one company of two   "Scottish and Newcastle has agreed", "Marks and Spencer's chief
  names                executive": names joined by "and" or "&" before a verb in the singular or
                       what only an organisation has, or after the "and" that closes a list of
                       organisations ("Velkor, Dorne Tobacco and Marlow and Finch")
  copula, part, rival  "Chook-fil-B is a great company", "Tovra, the phone division of Halden
                       Group", "Velkor's rival Eurovant", "Eurovant, which operates three mills"
  workplace            "head of research at Halvard Cheviot", "an economist at Brisk Tanner"
                       (not a place the gazetteer knows: "an economist at Oxford")
  outlet               "the founder told Forsyth.", "a filing obtained by MERIDIAN": a one-word
                       name the article never gives as a person's
  a person's side      "Velkor's Tom Reyes", "Tom Reyes (Velkor)", "Velkor striker Tom Reyes":
                       a one-word name possessing a person's full name, in brackets after one
                       or before a player's role and a name is the person's club or firm, unless
                       the model reads it as a place (the person's country or town) or a people
  dotted abbreviation  "V.M.S.K.": no person's name is written so
  honorific            "Dr. Zolt, Kamal Rin's heating company": an apposition naming a kind of
                       organisation makes the honorific the name's first word
  particle             "Chook-fil-B": a lower-case particle joins the parts of one name, which
                       the model's span clipped at the first hyphen
  short name           "Yukos" where the article also names "Yukos Oil Co", "Kravelle" after
                       "Kravelle Games", wherever the model left it a person, a place or nothing
  told, according to   "Mr Roe told the Beacon the plans ...": a whole name after "told the" (no
                       title: "told the President"); "according to Tanvik", "a survey by Tanvik",
                       "telecoms analysts Ovrum": a one-word name the article never gives as a
                       person's
  plural verb          "After the break, Kelvor were caught offside": a one-word name that is no
                       plural, opening its clause before "were", "are" or "have" (British English
                       puts teams and firms in the plural; a person takes the singular); not
                       after a preposition, "if", or as the last of names joined by "and"
  home country         "Tarvona of South Korea": a one-word name before "of" and a country, after
                       no title and no other name ("Queen Maren of Norway", "Alem Dibora of
                       Ethiopia" are people)
  result over a side   "a 2-0 win over Olympira": a one-word name after a result's noun (the match
                       verbs), unless a person's possessive owns the result ("Ann Roe's win over
                       Kask")
  web address          "Plus.net", "Vendora.com"
  no person's kind     "daily Le Monde", "rebel group Shining Path": a kind no person's trade is
                       called by, before a name the model read as a person's
  town that trades     a GeoNames city or town (no capital, no city of a million people, no
                       curated place) that reports profits, hires, acts on "its customers" or
                       "its shares", or "said it would" act (not "it would be hard")
  company's form       "ScanSoft", "T-Mobile", "Roc-A-Fella": a capital inside a word or a
                       capital letter alone before a hyphen, on a name the model missed or took
                       for a product (not "McNeil", "DeVos", "Jay-Z")
  no person's form     "O2", "3Com": letters and figures, where the model read a person
  country's            "Norway's Equinor": a country's possessive before a name the model missed
  named after a place  "Portland Timbers", "FC Cincinnati": a town or state and words that do
                       not continue a place's name (place_name_words: "Chicago River", "Boston
                       Marathon"), or a club's abbreviation (club_abbreviations)
  kind in apposition   "Def Jam's parent company, Velmar, made": a kind before the name, commas
                       around it
  officer's firm       "vice president of business development for Grenlow", "founder of
                       Brevik Tanner": not a name a gazetteer entity resolves
  owned                "Inditex, which owns Zelmo": a one-word name owned or bought
  the model's          a name the model reads as an organisation at two uses or more and as
                       nothing else is one at its uses where the model found nothing ("T-Mobile
                       confirmed")
These cues also find names the model missed altogether: a run of capitalised words that no span
holds, when it is not a plain word opening a sentence (it is written capitalised inside a sentence
somewhere and never in lower case).
One name has one referent within an article: a cue at any of its uses retypes all of them, with
its possessive before a person ("Altrona's Philip Mors"), and cuts it from a person's span it
opens ("Arlow Tom Reyes"); and after every other pass, where the uses of a name still disagree
(with_one_type_per_name, component one_type_per_name), they take one type: a person's where the
chain found the name as one (its organisation's uses only), else an organisation's when a cue
typed a use ORG, else the model's reading at most of its uses; and a one-word name listed with
organisations is one (with_names_listed_beside_organisations), lower-case brands and web addresses
counting among a list's names ("on eKart, Dovrin, kelpmusic.com and Napra").
A person's name holds no spaced dash: the model's person span ends before one ("Jonas Brandt -
Kelvor's largest investor", extract.trimmed_spans).
Countries, states and regions are never retyped (the people behind "Iraq said" are its
government, which institutions.py names).
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from assets.english_model import lemma_index_words, lemma_suffix_rules

from .coreference import CLUB_ABBREVIATIONS
from .gazetteer import Gazetteer, literal_alternation, word_list
from .names import PLURAL_INITIALISM, full_names_of_people, has_person_cue
from .patterns import POSSESSIVES, Intervals, whole_word, word_index
from .titles import honorific_before, is_title_only, title_before, title_words

if TYPE_CHECKING:
    from .chain import Extractors
    from .extract import Span

SUFFIXES = literal_alternation(sorted(word_list("company_suffixes"), key=len, reverse=True))
SUFFIX_AFTER = re.compile(rf",?\s+(?:{SUFFIXES})(?!\w)")
UNRUN_SUFFIXES = literal_alternation([w for w in word_list("company_suffixes") if "/" in w or w[0].islower()])
UNRUN_SUFFIX_AFTER = re.compile(rf"\s(?:{UNRUN_SUFFIXES})(?!\w)")
SUFFIX_ENDING = re.compile(rf",?\s(?:{SUFFIXES})\.?\Z")  # "Tarmac Plc", "Cofinec S.A." as one name
# legal forms that also abbreviate what may follow a person's name (south-east, South Africa, "Re:")
ABBREVIATION_FORMS = frozenset("Re SA SE AB".split())
BELONGINGS = literal_alternation(sorted(word_list("organisation_belongings"), key=len, reverse=True))
# a possessive may stand apart from the name in tokenised text ("Zenith 's stock")
BELONGING_AFTER = re.compile(rf"(?:\s?[’']s)?\s+(?:{BELONGINGS})\b")
# in any case: "Shares in X" opening a sentence
BELONGING_BEFORE = re.compile(rf"\b(?i:{BELONGINGS}|stake)\s+(?:of|in|at)\s+(?:the\s+)?\Z")
# the kind is the apposition's head: no preposition before it, no "of" after it ("Raqqa, the
# capital of the group"; "Ramtha, a young group of farmers")
KINDS = rf"(?:{literal_alternation(word_list('organisation_kinds'))}|\w+maker)"
# a maker of what it makes: "Kestrava, the largest maker of steel pipes" (not a group of
# people: "Ramtha, a young group of farmers")
MAKERS = literal_alternation(["producer", "manufacturer", "supplier", "exporter", "distributor", "operator",
                              "publisher"])
# a part of a named organisation: "Tovra, the phone division of Halden Group"
PART_OF_ORGANISATION = r"(?:division|unit|subsidiary|arm|branch)\s+of\s+(?:the\s+)?[A-Z]"
# The kind ends the apposition: "Velkor, the club captain," is a person ("captain" is the head).
# A kind saying what closes the sentence reports it: "... in Tianjin, the newspaper said." (the
# name ends what was said) is no "Velkor, the firm said it would ...".
REPORT_CLOSES = r"(?:\s+(?:on\s+\w+|in\s+a\s+statement|last\s+\w+|this\s+\w+|earlier|today|yesterday))?\s*(?:[.,;:”\"]|\Z)"
KIND_END = (rf"(?=\s*(?:[,.;:)]|\Z)|\s+(?:(?:said|says)(?!{REPORT_CLOSES})|that|which|whose|has|had|have|is|was|will|would|"
            r"in|on|at|for|with|and|to|from|based|owned|controlled|run)\b)")
KIND_AFTER = re.compile(
    rf",\s+(?:the|a|an|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){{0,2}}[’']s)\s+(?:(?!(?:of|in|for|from|with|to|by)\s)[\w’'-]+\s+){{0,3}}?"
    rf"(?:{KINDS}{KIND_END}|(?:\w*maker|{MAKERS})\s+of\s+[a-z]|{PART_OF_ORGANISATION})"
)
# "Kylie Roe's cosmetics company": an organisation of a kind the name's possessive owns
OWNED_KIND_AFTER = re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?{KINDS}\b")
STATEMENT_AFTER = re.compile(r"\s+said\s+in\s+a\s+statement\b")
# "its Specia unit", "their Dovra subsidiary": a part of an organisation, named between its owner's
# pronoun and the part's noun
OWNED_PART_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+\Z")
PART_AFTER = re.compile(r"\s+(?:unit|subsidiary|division|arm|affiliate)\b")
# what the name is, said by a copula: "Kestrava is a great company", "Velkor was the largest lender"
KIND_PREDICATE_AFTER = re.compile(
    rf"\s+(?:is|was|remains|has\s+been)\s+(?:the|a|an)\s+(?:(?!(?:of|in|for|from|with|to|by)\s)[\w’'-]+\s+){{0,3}}?"
    rf"{KINDS}{KIND_END}")
# "Gazprom-owned NTV": the owner of a company (a one-word name: "Murdoch-owned" names a person)
OWNER_AFTER = re.compile(r"-(?:owned|controlled)\s+[A-Z]")
# a statement whose maker the text calls "it", whatever the length of its name
STATEMENT_IT_AFTER = re.compile(r"\s+said\s+in\s+a\s+statement\s*,?\s+(?:that\s+)?it\b")
# what a company does as a subject, after auxiliaries and adverbs ("Quenmar has also sued"), and the
# kind right before its name ("the Chilean state miner Velkor", "oil company Velkor")
AUXILIARIES = (r"(?:(?:has|have|had|will|would|also|then|first|recently|later|earlier|previously|last\s+year"
               r"|on\s+\w+day|at\s+the\s+time)\s+)*")
# "which" refers to no person: "Velkor, which operates three mills"
COMPANY_ACT_AFTER = re.compile(
    rf"(?:,\s+which)?\s+{AUXILIARIES}(?:(?:{literal_alternation(word_list('company_verbs'))})\b"
    rf"|(?:{literal_alternation(word_list('results_verbs'))})\s+(?:[\w£$€%.,-]+\s+){{0,6}}?"
    rf"(?:{literal_alternation(word_list('results_nouns'))})\b)"
)
# "Kravelle alluded to its leaked files", "Velkor cut its forecast": the name's own act on
# what is its own; not after a verb of saying, whose "its" is another's ("Roe said its sales fell"),
# nor a function word ("the Senate to force its", "Hallam because of its")
SAYING = (r"said|says|told|tells|added|adds|noted|argued|warned|claimed|believes|thinks|thought|wrote|writes"
          r"|insisted|asked")
ITS_AFTER = re.compile(rf"\s+(?!(?:{SAYING}|{'|'.join(sorted(w for w in STOP_WORDS if w.isalpha()))})\b)[a-z]+"
                       r"(?:\s+(?:to|on|in|with|for|from|of|at|into|about|off|up|down|out))?\s+its\b")
PRODUCT_AFTER = re.compile(rf"(?:[’']s?)?\s+(?:(?:new|latest|flagship|next|best-selling)\s+)?"
                           rf"(?:{literal_alternation(word_list('company_products'))})\b")
# "aircraft carrier Vestrand" names a ship; "a consortium, called Vestrand," names one
KIND_BEFORE = re.compile(rf"\b(?<!aircraft ){KINDS}(?:\s*,?\s+(?:called|named|known\s+as))?\s+\Z")
# the kinds no person's trade is called by ("publisher Rupert Murdoch", "developer Ann Roe" are people)
NO_PERSON_KINDS = ("company", "firm", "group", "bank", "lender", "insurer", "airline", "conglomerate", "consortium",
                   "newspaper", "daily", "tabloid", "magazine", "outlet", "broadcaster", "agency", "channel",
                   "network", "club", "side", "team", "chain", "supermarket", "brand", "label", "studio",
                   "exchange", "bourse", "utility", "subsidiary", "unit", "division", "outfit", "journal",
                   "start-up", "startup", "exporter", "importer")
# makers of goods no craftsman makes alone ("car maker Aston Dane"; a "film maker" or "lawmaker" is a person)
GOODS = ("car|auto|drug|chip|phone|handset|plane|aircraft|steel|truck|tyre|tire|toy|engine|vehicle|computer"
         "|battery|chemicals?|cement|semiconductor|turbine|ship|train|bus|appliance|tractor|vaccine|fertili[sz]er"
         "|cable|pipe|glass|tobacco|cigarette|machinery|equipment")
# a maker of such goods, or a builder of what no one person builds ("shipbuilder Chantiers Armor";
# a "bodybuilder", or a boatbuilder, may be one person)
GOODS_MAKER = rf"(?:(?:{GOODS})[ -]?makers?|(?:ship|house|home)[ -]?builders?)"
NO_PERSON_KIND_BEFORE = re.compile(rf"\b(?<!aircraft )(?:{literal_alternation(NO_PERSON_KINDS)}|{GOODS_MAKER})\s+\Z")
# the one a source told something or who obtained or published it is the outlet: "the founder
# told Brevik.", "a filing obtained by Brevik"; a one-word name the article never gives as a
# person's (people are told things too)
OUTLET_BEFORE = re.compile(r"\b(?:told|(?:obtained|seen|published|first\s+reported)\s+by|in\s+an\s+interview\s+with)\s+\Z")
# "told the Clarion", "writing in the Evening Sentinel", "a poll for the Beacon", "told The Beacon",
# "according to The Beacon" (a capitalised "The" opening a title): a capitalised name
# after "told the" or after what is written in or for a publication, inside a sentence, is a
# publication or a body (an office is no name: "told the President", "a letter to the Home
# Secretary"), when no noun follows it ("told the European Parliament" names the parliament, "the
# Blair camp" a camp)
TOLD_THE_BEFORE = re.compile(r"\b(?:told|(?i:wrote|writing|article|column|piece|poll|survey|interview|editorial|op-ed"
                             r"|letter)\s+(?:in|for|to|with))\s+[Tt]he\s+\Z|\baccording\s+to\s+The\s+\Z")
OUTLET_END = r"[’']?\s*(?:[.,;:!?)”\"]|\Z|\s+(?:on|in|last|this|earlier|that"
TOLD_THE_AFTER = re.compile(OUTLET_END + r"|about|how|what|why|when|the|a|an|he|she|it|they|we|there|his|her|its"
                                         r"|their)\b)")
# "according to Tanvik", "a survey by Tanvik", "figures from Tanvik": the source a report or its
# figures are credited to, on its own (people are quoted and write reports too: a one-word name the
# article never gives as a person's)
SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|(?:survey|poll|study|research|figures|data|estimates)\s+(?:by|from))\s+\Z")
# "telecoms analysts Brevik welcomed", "pollsters Vantra": a lone name after a plural of people of a
# trade is their firm (one person is written after the singular: "analyst Tom Reyes")
FIRM_AFTER_TRADE_BEFORE = re.compile(r"\b(?:analysts|consultants|researchers|auditors|brokers|pollsters|advisers"
                                     r"|advisors|accountants|bankers|lawyers|headhunters)\s+\Z")
LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b|&)")
OUTLET_AFTER = re.compile(OUTLET_END + r")\b)")
# "Velkor's rival Tanvik", "Velkor's parent Tanvik": what a company's possessive names in front
# of a name is another organisation
RIVAL_BEFORE = re.compile(r"[’']s\s+(?:(?:main|biggest|largest|chief|closest|former)\s+)?"
                          r"(?:rival|competitor|parent|subsidiary|unit)\s+\Z")
# "Velkor's Hot 100 chart", "Velkor's pop chart": an outlet's ranking after its possessive
RANKING_AFTER = re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,3}}?(?:{literal_alternation(word_list('published_rankings'))})\b")
# "the official Velkor": an organisation's own account, server or site (a one-word name; "official"
# is a title before a person's full name)
OFFICIAL_BEFORE = re.compile(r"\b[Tt]he\s+official\s+\Z")
# a name written as a web address ("Plus.net", "Vendora.com", "Kelp.co.uk") is a site's and its owner's
WEB_DOMAINS = r"(?:com|net|org|co\.uk|com\.au|io|ai|tv|app)"  # endings of the web addresses named as sites
WEB_NAME = re.compile(rf"[A-Z][\w-]*(?:\.[A-Za-z][\w-]*)*\.{WEB_DOMAINS}")
# a web address written in lower case, with its "www." and its path ("kelpmusic.com",
# "www.kelp.com", "kelp.com/tickets"): the site, and its owner, that sells or tells what the text
# points to; not inside an e-mail address ("news@kelp.com"), whose domain names a mailbox's host
LOWER_CASE_WEB_NAME = re.compile(rf"(?<![\w@./-])(?:https?://)?(?:www\.)?[a-z][\w-]*\.{WEB_DOMAINS}"
                                 rf"(?:/[\w%~+=&?#./-]*[\w/])?(?![\w@-]|\.\w)")
# an abbreviation written with a full stop after each of three letters or more ("V.K.R."): no
# person's name is written so
DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){3,}")
# someone's place of work: "an analyst at Brevik Tanner", "head of research at Brevik Tanner"
EMPLOYER_BEFORE = re.compile(
    r"\b(?:analysts?|economists?|strategists?|researchers?|partner|director|managers?|chairman|fellow"
    r"|(?:chief|senior|lead)\s+\w+|head(?:\s+of(?:\s+[a-z][\w-]*){1,4}?)?)\s+at\s+\Z")
# the firm an officer leads or founded: "vice president of product strategy for Grenlow",
# "founder of Brevik Tanner", "Head of Channel Partnerships for Grenlow" (a department's head,
# its name capitalised or not) (a person or a place is no one's firm: only names no gazetteer
# entity resolves, and a country or a city keeps its president)
OFFICER_OF_BEFORE = re.compile(
    r"\b(?:(?:(?:vice|executive)\s+)?(?:president|chairman|chairwoman|founder|co-founder|owner|chief\s+executive|CEO)"
    r"(?:\s+of(?:\s+[a-z][\w-]*){1,4}?)?|[Hh]ead\s+of(?:\s+[A-Za-z][\w-]*){1,4}?)\s+(?:of|for|at)\s+\Z")
# what a company owns or buys as a whole: "Inditex, which owns Zara", "after it bought Brevik"
OWNED_BY_BEFORE = re.compile(r"\b(?:owns|acquired|bought|buying|acquiring|took\s+over|taking\s+over)\s+\Z")
# a kind of organisation in apposition before the name: "Def Jam's parent company, Velmar, made"
# ("The firm, Paion, said", "Ann and Joe's favourite Italian eatery, Grappolo,": two words may
# qualify the kind, one of them a people's adjective)
KIND_APPOSITION_BEFORE = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[\w.]+[’']s)\s+(?:[a-z][\w-]*\s+)?(?:[\w-]+\s+)?"
                                    rf"(?:{KINDS}),\s+\Z")
APPOSITION_CLOSES = re.compile(r"\s*,")
# a sentence opening with such a kind and where it is based or when it was founded, then the name (not
# a parenthesis: "The company, Tom Reyes said, will grow"):
# "A Lisbon start-up based in Porto, Velkor was launched", "An online retailer founded in 2010, Velkor"
NO_PERSON_KIND_OPENING_BEFORE = re.compile(
    rf"(?:\A|[.!?][ \t]+|\n)[“\"‘]?(?:A|An|The)\s+(?:[\w-]+\s+){{0,2}}?(?:{literal_alternation(NO_PERSON_KINDS)})"
    r"\s+(?:based|founded|headquartered|launched|set\s+up|started)\b[^.,;:!?]{0,50},\s+\Z")
# Forms of a name no person's name takes, for a name the model did not find at all: a capital
# inside a word after lower-case letters ("ScanSoft"; not "McNeil", "DeVos", "LeBron", "O'Neill")
# and a capital letter alone before a hyphen ("T-Mobile", "Roc-A-Fella"; not "Jay-Z")
COMPANY_FORM = re.compile(r"(?!(?:Ma?c|De|Di|Da|Du|Le|La|Van|Von|Fitz|St)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*"
                          r"|(?:[A-Z][a-z]*-)*[A-Z]-[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*")
# a brand written with a lower-case letter or two before a capital ("iTunes", "eBay"): no person's
# or people's name is written so
BRAND_FORM = re.compile(r"[a-z]{1,2}[A-Z][a-z]+[A-Za-z]*")
# what the model read as a person that no person's name is: letters and figures ("O2", "3Com")
NO_PERSON_FORM = re.compile(r"[A-Z][A-Za-z]*\d[A-Za-z\d]*|\d+[A-Z][A-Za-z\d]*")
# a word in capitals in a line that is not ("ZEVNET asked the firm"): a brand's or an acronym's way
# of writing, not a person's
CAPITALS_WORD = re.compile(r"[A-Z]{3,}")
# "Norway's Equinor": a country's possessive before a name the model did not find
COUNTRY_POSSESSIVE = re.compile(r"(?P<country>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[’']s[ \t]+")
# a club or paper named after its town or state: the place, then words that do not continue a
# place's name ("Portland Timbers", "Chicago Fire"; not "Chicago River", "Boston Marathon"), or a
# club's abbreviation before the place ("FC Cincinnati")
PLACE_NAME_WORDS = frozenset(word_list("place_name_words"))
MATCH_VERBS = literal_alternation(word_list("match_verbs"))
# "Leeds manager", "Leeds' coach", "Leeds's striker": a side's people after its name or its possessive
SIDE_ROLES = literal_alternation(word_list("side_roles"))
MATCH_AFTER = re.compile(rf"(?:\s+(?:{MATCH_VERBS})\.?\s+[A-Z]|(?:[’']s?)?\s+(?:{SIDE_ROLES})\b)")
# "Velkor striker Tom Reyes", "Velkor analyst Tom Reyes": a side's player or a firm's staff named
# after its name
SIDE_ROLE_AFTER = re.compile(rf"\s+(?:{SIDE_ROLES}|analyst|economist|strategist"
                             r"|spokesman|spokeswoman|spokesperson)\s+[A-Z]")
MATCH_BEFORE = re.compile(rf"\b(?:{MATCH_VERBS})\.?\s+\Z")
POSSESSIVE_SIDE_ROLE_AFTER = re.compile(rf"[’']s?\s+(?:{SIDE_ROLES})\b")
# "the Velkor game", "Velkor's match": a match named by a side (word list match_nouns, lower case)
MATCH_NOUN_AFTER = re.compile(rf"(?:[’']s?)?[ \t]+(?:{literal_alternation(word_list('match_nouns'))})\b")
# a club fielding a player: its name before a position and the player's full name ("Velkor prop
# Tom Reyes"), after a position and "for" ("named at hooker for Velkor"), or heading a team sheet
# (its name and a colon, then players' names parted by semicolons and commas: "Velkor: Roe; Kask,
# Lund, Vale, Moss;")
POSITIONS = literal_alternation(word_list("player_positions"))
POSITION_PLAYER_AFTER = re.compile(rf"\s+(?:{POSITIONS})\s+[A-Z][\w’'-]+\s+[A-Z]")
POSITION_FOR_BEFORE = re.compile(rf"\b(?:at|as)\s+(?:{POSITIONS})\s+for\s+\Z")
# a side by its standing in a league: "behind leaders Velkor", "league champions Velkor" (not
# "EU leaders Roe and Kask": a standing's word after a comparison of places or a competition's)
STANDING = r"(?:leaders|champions|holders|table-toppers|strugglers|runners-up)"
STANDING_BEFORE = re.compile(rf"\b(?:(?:behind|above|below|ahead\s+of|over|beat|beats|face|faces|host|hosts)\s+"
                             rf"(?:the\s+)?|(?:league|table|[Pp]remiership|[Dd]ivision|[Cc]hampionship|title)\s+){STANDING}\s+\Z")
TEAM_SHEET_AFTER = re.compile(r":[ \t]+(?:[A-Z][\w.’'-]+(?:[ \t]\([a-z]+\))?[ \t]*[;,][ \t]*){4,}[A-Z]")
# "Leeds 2 Chelsea 1" (each side followed by its goals) and "NEW YORK 71 57 .555" (a table's
# row); not a dateline ("BONN 1996-08-22") nor a count of something ("Leeds 2 million")
SCORE_AFTER = re.compile(r"[ \t]+\d{1,3}(?:[ \t]+(?:\d|\.\d)|[ \t]*$|[ \t]+[A-Z])(?!\d*-\d\d-)", re.MULTILINE)
SCORE_BEFORE = re.compile(r"(?:^|\d[ \t]+)\Z", re.MULTILINE)
# both sides of a result on one line, "Everton 0 West Ham 2": a side even where the model read a
# person (a batsman's line, "Thorpe 54", has one name)
FIRST_SIDE = re.compile(r"[ \t]+\d{1,2}[ \t]+[A-Z][\w.’' -]{1,30}?[ \t]+\d{1,2}[ \t]*$", re.MULTILINE)
SECOND_SIDE = re.compile(r"^[A-Z][\w.’' -]{1,30}?[ \t]+\d{1,2}[ \t]+\Z", re.MULTILINE)
SECOND_SIDE_END = re.compile(r"[ \t]+\d{1,2}[ \t]*$", re.MULTILINE)
POSSESSIVE_AFTER = re.compile(r"[’']s\s+")
# British English puts a team's or a firm's name with a verb in the plural ("Kelvor were playing",
# "Carvell are top", "Brevindor have cut jobs"); one person's name takes the singular. Only a name
# that is no plural itself ("PCs are", "Britons were" say nothing), opening its clause as the verb's
# subject alone: at the start of a sentence, after a comma, a conjunction or "the"; not after a
# preposition ("villages around Tarnby are", "the Archbishop of Tarnby have"), nor as the last of
# names joined by "and" ("Roe and Kask were"), nor after "if" ("if Roe were")
PLURAL_VERB_AFTER = re.compile(r"\s+(?:were|are|have)\b")
CLAUSE_OPENING_BEFORE = re.compile(r"(?:\A|[.!?;:,(\"“‘—–]|\b(?i:that|when|while|as|because|but|after|before|since"
                                   r"|until|although|though|where|so|yet|then|now|the))\s*\Z")
# "Tarvona of South Korea", "Brevindor of Sweden": a firm placed by its home country; a person is
# placed so with a title ("Queen Maren of Norway"), a word the titles list holds, or as a full name,
# an athlete's way ("Ann Roe of Kenya"); an English word names a part of the country ("Republic of
# Ireland"), and a name after an article is a likeness ("the Velkor of Peru")
OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2})"
                              r"(?![\w.’'-]|[ \t]+[A-Z])")
# Labels of the model's spans a cue may retype, and types of the gazetteer's: people and places,
# cities, towns and states (whose clubs and college sides bear their names), never countries or
# regions
RETYPED_LABELS = ("PERSON", "GPE", "LOC", "NORP", "FAC")
LOCAL_PLACE_TYPES = ("PLACE", "SUBDIVISION")
PLACE_TYPES = ("COUNTRY", "SUBDIVISION", "PLACE", "REGION")


def acts_as_organisation(body: str, start: int, end: int, product_starts: frozenset[int]) -> bool:
    """Whether the grammar around body[start:end] makes it an organisation (module docstring)."""
    if (SUFFIX_AFTER.match(body, end) or BELONGING_AFTER.match(body, end) or KIND_AFTER.match(body, end)
            or ONE_OF_KINDS_AFTER.match(body, end)):
        return True
    # "shares of Yukos"; not "a stake in Kylie Roe's cosmetics company": the stake is in the company
    # the name owns, which a person may own
    if BELONGING_BEFORE.search(body, max(0, start - 60), start) and not OWNED_KIND_AFTER.match(body, end):
        return True
    if KIND_PREDICATE_AFTER.match(body, end) or told_the(body, start, end):
        return True
    if " " not in body[start:end] and STATEMENT_AFTER.match(body, end):
        return True
    if OWNED_PART_BEFORE.search(body, max(0, start - 8), start) and PART_AFTER.match(body, end):
        return True
    possessive = POSSESSIVE_AFTER.match(body, end)
    return possessive is not None and possessive.end() in product_starts


def statement_of_a_person(body: str, name: str, start: int, end: int, occurrences: list[tuple[int, int]],
                          person_words: set[str]) -> bool:
    """Whether a one-word name's statement ("Kessel said in a statement") is a person's: people
    issue statements too, and the article gives the name as a person's (given_as_a_person: the
    surname of "Sen. Maria Kessel", a title, an age, "said she")."""
    return (" " not in name and STATEMENT_AFTER.match(body, end) is not None
            and given_as_a_person(body, name, occurrences, person_words))


def official_account(body: str, start: int, end: int) -> bool:
    """A one-word name after "the official" (OFFICIAL_BEFORE): an organisation's account, not a titled person."""
    return " " not in body[start:end] and OFFICIAL_BEFORE.search(body, max(0, start - 20), start) is not None


def told_the(body: str, start: int, end: int) -> bool:
    """A whole name right after "told the", "writing in the", "according to The" (TOLD_THE_BEFORE)."""
    return (TOLD_THE_BEFORE.search(body, max(0, start - 24), start) is not None
            and TOLD_THE_AFTER.match(body, end) is not None
            and body[start:end].split()[-1].lower() not in TITLE_WORDS)  # "the Home Secretary" is an office


# "posted a video on Snapgram", "shared photos on Snapgram", "available on Streamly": the platform
# something is posted, shared or streamed on (a person is written about, not posted on)
PLATFORM_BEFORE = re.compile(rf"\b(?:{literal_alternation(word_list('platform_verbs'))})\b(?:\s+[\w’'-]+){{0,3}}?\s+on\s+\Z")
# "the Joffrey is", "behind the Disco outside", "the Tate managed": a one-word name right after the
# definite article, where the model read a person: no person's name takes the article. Only a name
# the article closes there, with a clause's punctuation, a verb or a preposition after it: before a
# noun or a hyphen it is a modifier ("the Oscar-nominated film", "the GB team", "the Roe family"),
# and after a capitalised word it is a title's ("Shadow in the Cloud", "The Bill will")
THE_BEFORE = re.compile(r"\bthe\s+\Z")
TITLE_BEFORE_THE = re.compile(r"[A-Z][\w’']*\s+(?:[a-z]{1,4}\s+)?the\s+\Z")
THE_NAME_ENDS = re.compile(r"\s*(?:[.,;:!?)”\"]|\Z)|\s+(?:is|was|has|had|have|will|would|can|could|says|said"
                           r"|[a-z]{2,}[a-df-z]ed|in|on|at|of|for|with|from|to|outside|inside|behind|near)\b")


def the_name_alone(body: str, start: int, end: int) -> bool:
    """A one-word name after "the", closing its phrase, in no title (THE_BEFORE, THE_NAME_ENDS,
    TITLE_BEFORE_THE)."""
    return (THE_BEFORE.search(body, max(0, start - 5), start) is not None
            and TITLE_BEFORE_THE.search(body, max(0, start - 40), start) is None
            and THE_NAME_ENDS.match(body, end) is not None and body[start:end].lower() not in TITLE_WORDS)


def does_what_a_company_does(body: str, start: int, end: int) -> bool:
    """The subject of a company's act, a name before what a company makes or runs, or right
    after a kind of organisation (module docstring); a cue for a one-word name the article never
    gives as a person's."""
    return bool(COMPANY_ACT_AFTER.match(body, end) or PRODUCT_AFTER.match(body, end)
                or KIND_BEFORE.search(body, max(0, start - 60), start) or ITS_AFTER.match(body, end)
                or (OUTLET_BEFORE.search(body, max(0, start - 40), start) and OUTLET_AFTER.match(body, end))
                or RIVAL_BEFORE.search(body, max(0, start - 40), start)
                or PLATFORM_BEFORE.search(body, max(0, start - 60), start)
                or OWNED_BY_BEFORE.search(body, max(0, start - 20), start)
                or SOURCE_BEFORE.search(body, max(0, start - 20), start)
                or RANKING_AFTER.match(body, end)
                or (FIRM_AFTER_TRADE_BEFORE.search(body, max(0, start - 20), start)
                    and not LIST_GOES_ON.match(body, end)))


def agrees_or_is_placed_as_an_organisation(body: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A one-word name no title nor place the gazetteer knows: the subject alone of a verb in the
    plural (PLURAL_VERB_AFTER), or placed by its country (OF_COUNTRY_AFTER) after no other name."""
    text = body[start:end]
    if text.lower() in TITLE_WORDS or text.lower() in GENERIC_WORDS or title_before(body, start) is not None:
        return False
    if (PLURAL_VERB_AFTER.match(body, end) and not text.endswith("s") and not is_known_place(text, gazetteer)
            and CLAUSE_OPENING_BEFORE.search(body, max(0, start - 12), start)):
        return True
    after = OF_COUNTRY_AFTER.match(body, end)
    if after is None or name_before(body, start) or is_english_word(text) or ARTICLE_BEFORE.search(
            body, max(0, start - 6), start):
        return False  # "Republic of Ireland", "the Eminem of Argentina"
    known = gazetteer.lookup(after.group("country"))
    return known is not None and known.entity_type == "COUNTRY" and not gazetteer.is_demonym(after.group("country"))


# "Arlow's Tom Reyes" (tokenised text may part the possessive: "Arlow 's"); "Tom Reyes (Arlow)"
PERSON_POSSESSOR_AFTER = re.compile(r" ?[’']s\s+")
BRACKET_BEFORE = re.compile(r"\s*\(\s*\Z")
BRACKET_AFTER = re.compile(r"\s*\)")


def beside_a_person(body: str, start: int, end: int, person_starts: set[int], person_ends: set[int]) -> bool:
    """A name whose possessive is a person's full name, in brackets right after one, or before a
    player's or staff role and a name ("Velkor striker Tom Reyes"): the person's club or firm (people are
    not possessed by name); a cue for a one-word name the article never gives as a person's nor
    the model as a place (a country or town there is the person's)."""
    if SIDE_ROLE_AFTER.match(body, end):
        return True
    possessive = PERSON_POSSESSOR_AFTER.match(body, end)
    if possessive is not None and possessive.end() in person_starts:
        return True
    bracket = BRACKET_BEFORE.search(body, max(0, start - 6), start)
    return bracket is not None and bracket.start() in person_ends and BRACKET_AFTER.match(body, end) is not None


# he or she (his, her) later in the name's sentence with no other name between ("Velkor sold the farm and
# said he would retire")
PRONOUN_LATER = re.compile(r"[^.!?A-Z]{0,160}?\b(?:he|she|his|her)\b")


def given_as_a_person(body: str, name: str, occurrences: list[tuple[int, int]], person_words: set[str]) -> bool:
    """Whether the article gives a one-word name as a person's anywhere: as a word of a longer
    person's name (a first name), after a title or honorific, or with a person cue
    (names.has_person_cue: an age, a noun for a person, "said he"), or he or she later in its
    sentence with no other name between."""
    return name in person_words or any(
        title_before(body, start) is not None or honorific_before(body, start) is not None
        or has_person_cue(body, start, end, set()) or PRONOUN_LATER.match(body, end) for start, end in occurrences)


# What a town does not do, though its council may buy, sell and sue: report profits or sales, hire or
# lay off staff, do something to its customers, shares or products ("Nolvara reported a record profit",
# "Nolvara cut prices for its customers"), or say it will act ("Nolvara said it would appeal"; not
# the "it" of "it would be hard", "it would take years")
OWN_GOODS = (r"(?:(?:own|new|main|biggest|largest|loyal)\s+)?(?:customers|clients|shareholders|shares|profits?"
             r"|subscribers|users|brands?|products)")
TOWN_AS_COMPANY_AFTER = re.compile(
    rf"(?:,\s+which)?\s+{AUXILIARIES}(?:(?:hired|hires|laid\s+off|lays\s+off)\b"
    rf"|(?:{literal_alternation(word_list('results_verbs'))})\s+(?:[\w£$€%.,-]+\s+){{0,6}}?"
    rf"(?:{literal_alternation(word_list('results_nouns'))})\b"
    rf"|[a-z]+(?:\s+[a-z]+)?\s+(?:to|on|in|with|for|from|of|at|into|about|off|up|down|out|among)?\s*its\s+{OWN_GOODS}\b"
    r"|said\s+(?:on\s+\w+day\s+)?(?:that\s+)?it\s+(?:would|will|plans\s+to|planned\s+to|intends\s+to|had\s+agreed\s+to)"
    r"\s+(?!(?:be|have|take|make|seem|mean|cost|need|depend|help|not\s+be)\b)[a-z]+)")


def is_small_town(text: str, gazetteer: Gazetteer) -> bool:
    """A GeoNames city or town that is no capital nor a city of a million people, nor a curated
    place (a prominent city that acts is its government: "Beijing said it would retaliate")."""
    known = gazetteer.lookup(text)
    if known is not None:
        return known.entity_id in gazetteer.cities and known.entity_id not in gazetteer.prominent_cities
    return text in gazetteer.towns


def acts_as_a_club(body: str, start: int, end: int) -> bool:
    """A club fielding a player (POSITION_PLAYER_AFTER, POSITION_FOR_BEFORE, TEAM_SHEET_AFTER) or
    named by its standing in a league (STANDING_BEFORE)."""
    return bool(POSITION_PLAYER_AFTER.match(body, end) or TEAM_SHEET_AFTER.match(body, end)
                or POSITION_FOR_BEFORE.search(body, max(0, start - 30), start)
                or STANDING_BEFORE.search(body, max(0, start - 40), start))


def plays_a_match(body: str, start: int, end: int) -> bool:
    """A side of a match: before or after a match verb, or with its score next to it."""
    return bool(MATCH_AFTER.match(body, end) or MATCH_BEFORE.search(body, max(0, start - 20), start)
                or (SCORE_AFTER.match(body, end) and SCORE_BEFORE.search(body, max(0, start - 8), start)))


# A club in a player's move: "signed from Leeds", "a £2m signing from Parma", "traded to Boston",
# "on loan from Lyon" (a person moves to a town, so not "moved to"), the side a match is at home or
# away to ("at home to Leeds", "away to Leeds"), and a club that signs a player named in full
# ("Boston signed Ann Roe", "Leeds have secured Tom Reyes")
TRANSFER_BEFORE = re.compile(rf"\b(?:(?:{literal_alternation(word_list('transfer_words'))})\s+(?:from|to)"
                             r"|at\s+home\s+to|away\s+(?:to|at))\s+\Z")
SIGNING_AFTER = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{literal_alternation(word_list('signing_verbs'))})\s+")


def moves_a_player(body: str, start: int, end: int, people: dict[int, int]) -> bool:
    """A town's or state's name as a club in a player's move or at the other end of a home or
    away match (TRANSFER_BEFORE), or signing a person named in full (SIGNING_AFTER), not what
    the person owns ("Texas signed Ann Roe's bill")."""
    if TRANSFER_BEFORE.search(body, max(0, start - 30), start):
        return True
    signing = SIGNING_AFTER.match(body, end)
    return (signing is not None and signing.end() in people
            and not body.startswith(POSSESSIVES, people[signing.end()]))


PLAYED_OR_FACED_BEFORE = re.compile(r"\b(?:play|plays|played|playing|face|faces|faced|facing)\s+\Z")
# "Ann Roe's victory over Kask": a person's result is over a person
PERSON_RESULT_BEFORE = re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,3}}?(?:{MATCH_VERBS})\.?\s+\Z")


def plays_a_side(body: str, start: int, end: int, person_ends: set[int]) -> bool:
    """A one-word name in a match (plays_a_match), not as what is played or faced (an actor plays
    a role, "who played Velkor"), whose opponent is no person named in full with a possessive
    before the result ("Ann Roe's win over Kask")."""
    if not plays_a_match(body, start, end) or PLAYED_OR_FACED_BEFORE.search(body, max(0, start - 20), start):
        return False
    if POSSESSIVE_SIDE_ROLE_AFTER.match(body, end):
        return False  # "Trump's supporters", "Roe's manager": a person has them too
    result = PERSON_RESULT_BEFORE.search(body, max(0, start - 60), start)
    return result is None or result.start() not in person_ends


def side_of_a_result(body: str, start: int, end: int) -> bool:
    """One side of a result line naming both sides and their scores."""
    line_start = body.rfind("\n", 0, start) + 1
    if line_start == start and FIRST_SIDE.match(body, end):
        return True
    # the line's only start in range is line_start: match, not search, which rescans a long line per name
    return bool(SECOND_SIDE.match(body, line_start, start) and SECOND_SIDE_END.match(body, end))


# the rest of a name whose capitalised parts a particle in lower case joins: "Pick-n-Go", "Bell-on-Ayre"
COMPOUND_REST = re.compile(r"(?:-[a-z]+)+-[A-Z0-9][\w]*(?![\w-])")


def whole_compounds(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """A model's span that stops before a lower-case particle of its own name ("Pick" of
    "Pick-n-Go") widened over the whole name, keeping its label."""
    from .extract import Span

    widened = []
    for span in spans:
        rest = COMPOUND_REST.match(body, span.end) if span.how == found.ner else None
        widened.append(Span(span.start, rest.end(), span.label, None, span.how) if rest else span)
    return widened


# a legal form inside a model's span, before what no name continues with: a dash, a comma or a
# word in lower case ("Velkor Inc - that", "Velkor Inc, which")
SUFFIX_INSIDE = re.compile(rf"\s(?:{SUFFIXES})\.?(?=\s+[-–—]|\s*[,;:]|\s+[a-z])")


def cut_after_legal_forms(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """A model's span running past a company's legal form cut after it and typed ORG: the name
    ends with its legal form."""
    from .extract import Span

    cut = []
    for span in spans:
        form = SUFFIX_INSIDE.search(body, span.start, span.end) if span.how == found.ner else None
        cut.append(Span(span.start, form.end(), "ORG", None, found.organisation_cue)
                   if form is not None and form.end() < span.end else span)
    return cut


# a numbered channel after its network's name ("Velkan Three"), closing a clause or a bracket,
# owning what follows ("Velkan Two's new drama") or before a dash ("Velkan Three - which");
# "Reuters Three men" is a count
CHANNEL_NUMBERS = r"(?:One|Two|Three|Four|Five|\d{1,2}(?![.,]\d))"
CHANNEL_NUMBER_AFTER = re.compile(rf" {CHANNEL_NUMBERS}(?=[ \t]*(?:[,.;:)/]|$)|['’]s\b|[ \t]+[-–—][ \t])", re.MULTILINE)
# after a network's initials, a numbered channel is the subject of a verb too ("VLK Two will run
# a documentary"; no count of a network's people follows its initials so)
CHANNEL_SUBJECT_AFTER = re.compile(rf" {CHANNEL_NUMBERS}(?=[ \t]+(?:will|would|is|was|has|had|can|could|says|said"
                                   r"|shows|showed|airs|aired|broadcasts)\b)")
# or a number spelt with a capital before a lower-case word, which inside a sentence no count is
# ("VLK Two controller", "VLK Four viewers"; a count is written "three men")
CHANNEL_BEFORE_WORD = re.compile(r" (?:One|Two|Three|Four|Five)(?=[ \t]+[a-z])(?![ \t]+(?:of|and|or)\b)")
# a channel's number in figures follows a network's initials ("VLK 6"); after another name a figure
# is a score, a version or an episode ("Hollis 28", "Velkor 2")
FIGURES = re.compile(r"\d")
NETWORK_INITIALS = re.compile(r"[A-Z]{2,5}")
# a channel or station named by its number alone ("Channel 4", "Radio 5", "TV 2"), not within a
# longer name ("Radio 4 Today") nor before a figure's decimals
NUMBERED_CHANNEL = re.compile(rf"(?<![\w.-])(?:Channel|Radio|TV)[ \t]{CHANNEL_NUMBERS}(?![\w.-]\w|[ \t]+[A-Z])")
# the organisations whose name a country or region may continue as a division's ("Velkan North
# America"), not a body of states ("the EU Africa summit") or a ministry
DIVIDED_KINDS = ("company", "media", "state_enterprise")


def with_divisions_named_in_full(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> list[Span]:
    """A company's or outlet's name followed right away by a country or a region the gazetteer
    knows ("Velkan America", "Velkan North America"), or by a channel's number ("Velkan Three",
    "VLK Two will", "VLK Two controller"), made one ORG span: a division's or a channel's name, not
    the place or a figure."""
    from .extract import Span

    def divides(span: Span) -> bool:
        return span.label == "ORG" and (span.entity_id is None or gazetteer.entities[span.entity_id].kind in DIVIDED_KINDS)

    def country_or_region(span: Span) -> bool:
        text = body[span.start:span.end]
        known = gazetteer.lookup(text)
        return known is not None and known.entity_type in ("COUNTRY", "REGION") and not gazetteer.is_demonym(text)

    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = joined[-1] if joined else None
        if (previous is not None and divides(previous) and body[previous.end:span.start] == " "
                and country_or_region(span) and not NAME_AFTER.match(body, span.end)):
            joined[-1] = Span(previous.start, span.end, "ORG", None, found.organisation_cue)
            continue
        channel = CHANNEL_NUMBER_AFTER.match(body, span.end) if divides(span) else None
        if channel is None and divides(span) and NETWORK_INITIALS.fullmatch(body[span.start:span.end]):
            channel = CHANNEL_SUBJECT_AFTER.match(body, span.end) or CHANNEL_BEFORE_WORD.match(body, span.end)
        if channel and FIGURES.search(channel.group()) and not NETWORK_INITIALS.fullmatch(body[span.start:span.end]):
            channel = None
        joined.append(Span(span.start, channel.end(), "ORG", None, found.organisation_cue) if channel else span)
    return joined


# A sentence may open on what a company is before its name, capitalised only as the sentence's
# first word: "Carmaker Fiat said", "Insurer Prudential sold" (opening_kinds, or a maker of goods),
# "Drinks group Allied Domecq rose", "Software services company Keane said" (a capitalised word and
# plain ones up to a kind). Kinds that open names themselves ("Bank Leumi", "Club Brugge", "Daily
# Mail") are no such opening when they stand alone.
DESCRIBED_OPENING = re.compile(
    rf"(?:(?:{literal_alternation(k.title() for k in word_list('opening_kinds'))}|(?:{GOODS.title()})makers?)"
    rf"|[A-Z][\w-]*(?:[ \t]+[a-z][\w-]*){{0,3}}?[ \t]+(?:{literal_alternation(word_list('organisation_kinds'))}"
    rf"|{GOODS_MAKER}))[ \t]+(?=[A-Z])")
OPENING_MARKS = re.compile(r"[\W_]*")


def described_at_openings(body: str, sentences: list[tuple[int, int]], spans: list[Span], gazetteer: Gazetteer,
                          found: Extractors) -> list[Span]:
    """The name after a sentence's opening description of a company (see DESCRIBED_OPENING) typed
    ORG, a span over the description cut to the name (the model's, or one a name's head word made:
    "Insurer Marlowe Group"; the gazetteer's "German" of "German carmaker" is no such span): the
    description says what the name is, over the model's person and a town of that name
    ("Carmaker Ostrava"), unless it may be a person's trade and the name is a person's full name
    ("Publisher Rupert Murdoch") or the name is a country's. A model's span over the description's
    capitalised first words alone is dropped."""
    from .extract import Span

    names: dict[int, int] = {}  # sentence opening -> where the name after its description starts
    for start, end in sentences:
        opening = OPENING_MARKS.match(body, start, end).end()
        if (described := DESCRIBED_OPENING.match(body, opening, end)) is not None:
            names[opening] = described.end()
    starts = set(names.values())
    kept = []
    for span in spans:
        if span.entity_id is None and span.start in names and span.end <= names[span.start]:
            if span.label not in ("ORG", "PERSON"):
                kept.append(span)
            continue  # "Software" of "Software services company Keane" is none
        if span.entity_id is None and span.start in names:
            span = dataclasses.replace(span, start=names[span.start])
        elif span.start not in starts:
            kept.append(span)
            continue
        known = gazetteer.entities.get(span.entity_id or "")
        person = span.label == "PERSON" and " " in body[span.start:span.end] and not NO_PERSON_KIND_BEFORE.search(
            body[max(0, span.start - 60):span.start].lower())
        if span.label == "ORG" or person or (known is not None and known.entity_type in ("COUNTRY", "REGION")):
            kept.append(span)
        else:
            kept.append(Span(span.start, span.end, "ORG", None, found.organisation_cue))
    # a name the model missed there ("* Conglomerate Bollore lost"): the run of capitalised words
    covered = Intervals((s.start, s.end) for s in kept)
    for start in starts - {s.start for s in kept}:
        run = NAME_RUN.match(body, start)
        end = run.end() - 2 * run.group().endswith(("’s", "'s"))
        if not covered.overlaps(start, end):
            kept.append(Span(start, end, "ORG", None, found.organisation_cue))
    return sorted(kept, key=lambda s: s.start)


# A score inside a model's span: "Manchester United 2 Blackburn", "Darnley Rovers 0 Kelso Athletic 2"
SCORE_IN_NAME = re.compile(r"[ \t]+\d{1,3}(?:[ \t]+|[ \t]*$)", re.MULTILINE)
LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def split_at_results(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """A model's span that runs over a score, cut into the names either side of it: the sides of a
    result (ORG). (Spans over a line break are cut where the model's spans are read: extract.doc_spans.)"""
    from .extract import Span

    split = []
    for span in spans:
        breaks = list(SCORE_IN_NAME.finditer(body, span.start, span.end)) if span.how == found.ner else []
        # a number after one common noun, closing the span before plain words, labels a part ("Phase
        # 1 of the project", "Chapter 11 bankruptcy"): no score, and no side's name ("CTF 50 will")
        labelled = (len(breaks) == 1 and breaks[0].end() == span.end and LOWER_WORD_AFTER.match(body, span.end)
                    and body[span.start:breaks[0].start()].lower() in lemma_index_words("noun"))
        if not breaks or labelled:
            split.append(span)
            continue
        edges = [span.start, *(edge for b in breaks for edge in b.span()), span.end]
        split += [Span(start, end, "ORG", None, found.organisation_cue)
                  for start, end in zip(edges[::2], edges[1::2]) if end - start > 1 and body[start].isupper()]
    return split


# A side's name on a results or standings line: capitalised words
SIDE = r"[A-Z][\w.’'&-]*(?:[ \t]+[A-Z][\w.’'&-]*){0,4}"
# "Werder Bremen 1 Hansa Rostock 0", and a standings row of six figures or more
# ("VfB Stuttgart 3 3 0 0 10 1 9"); a golfer's or bowler's row has fewer
RESULT_LINE = re.compile(rf"^(?P<first>{SIDE})[ \t]+\d{{1,2}}[ \t]+(?P<second>{SIDE})[ \t]+\d{{1,2}}[ \t]*$", re.MULTILINE)
STANDINGS_ROW = re.compile(rf"^(?P<first>{SIDE})(?:[ \t]+\d{{1,3}}){{6,}}[ \t]*$", re.MULTILINE)


def with_result_sides(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> list[Span]:
    """The sides named on results and standings lines as ORG, replacing the spans inside them
    ("Bremen" of "Werder Bremen"); a country's national side stays the country, and a span
    running past a side's edges keeps its meaning."""
    from .extract import Span, SpanSet

    sides = [match.span(group) for pattern in (RESULT_LINE, STANDINGS_ROW) for match in pattern.finditer(body)
             for group in ("first", "second") if group in pattern.groupindex and match.group(group)]
    if not sides:
        return spans
    working = SpanSet(spans)
    for start, end in sides:
        known = gazetteer.lookup(body[start:end])
        if known is not None and known.entity_type == "COUNTRY":
            continue
        inside = working.overlapping(start, end)
        if all(start <= working[i].start and working[i].end <= end for i in inside):
            working.replace(inside, Span(start, end, "ORG", None, found.organisation_cue))
    return working.spans()


# --- names the text calls organisations, found by the model or not ---------------------------------

# A run of capitalised words, joined by spaces or "&" ("Marks & Spencer"), with a possessive
# inside it or closing it ("Harlow's Denim", "Harlow's"); a full stop closing a word is the
# sentence's ("Inc."). A quote mark before it opens a quotation ("said: 'Velkor Energy ..."), unless
# it follows a letter, as in "O'Brien", where the run would be a piece of a word
NAME_RUN = re.compile(r"(?<![\w&.-])(?<!\w[’'])[A-Z][\w.-]*(?<!\.)"
                      r"(?:(?:[’']s)?(?:[ \t]&[ \t]|[ \t])[A-Z][\w.-]*(?<!\.))*(?:[’']s\b)?")
# and a compound adjective in it with the words before it ("Prague-headquartered Kestova", "Velkor
# Inc-owned Paramount"): an owner or a place that is not the name's
LEADING_FUNCTION_WORDS = re.compile("(?:(?:" + "|".join(sorted((w.title() for w in STOP_WORDS if w.isalpha()), key=len,
                                                                reverse=True))
                                    + r"|(?:[A-Z][\w.]*[ \t]+)*[A-Z][\w.]*(?:-[A-Za-z]+)*-[a-z]+)[ \t]+)+")
SENTENCE_OPENING = re.compile(r"(?:\A|[.!?:;]|\n)[\s\"“‘'(—–-]*\Z")
ADJECTIVE_COMPOUND = re.compile(r"-[a-z]+\Z")
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*")
DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|The)\s+(?:[a-z][\w-]*\s+)?\Z")
# the kind may follow a capitalised and a plain word more of what the organisation is ("the Pellham
# Buccaneers American football team")
NAME_KIND_AFTER = re.compile(rf"(?:\s+[A-Z][a-z]+)?(?:\s+(?!(?:of|and|or|in|to|for|with|at|on)\b)[a-z][\w-]*)?"
                             rf"\s+(?:{KINDS})\b(?!\s+of\b)")
# (the kind then heads the name: not before another name, "Polling firm Vantra", nor "of")
NO_PERSON_KIND_AFTER = re.compile(rf"\s+(?:{literal_alternation(NO_PERSON_KINDS)})\b(?!\s+of\b|\s+[A-Z])")
PERSON_GROUP_KINDS = re.compile(rf"\s+(?:{literal_alternation(word_list('person_group_kinds'))})\b")
# what takes a company over, right before the name bought ("agreed to buy", "the takeover of")
TAKEN_OVER_BEFORE = re.compile(r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|(?:take|takes|took|taking)"
                               r"\s+over|takeover\s+of|acquisition\s+of|bid\s+for|merger\s+with)\s+\Z")
# ... and the name is the whole object: a clause or a price follows, not a noun ("buy Windows licences")
TAKEN_OVER_CLOSES = re.compile(r"(?=\s*[,.;:)]|\s*\Z|\s+(?:for|from|in|on|at|last|this|earlier|and|which|that|to)\b)")
OWNED_BEFORE = re.compile(r"(?:[\w.]+-(?:owned|listed|based|headquartered)"
                          r"|(?:privately|publicly|wholly)[ -](?:owned|held|traded|listed))\s+\Z")
# what follows a store's name ending in 's, where a possessive would have its noun: "Dorrance's and
# Harlow's -", "at Pell's."
STORE_NAME_END = re.compile(r"\s*(?:[,;:)]|\s[-–—]\s|\.(?:\s|\Z)|\Z)|\s+(?:and|or)\s+[A-Z]")
STORE_BESIDE_AFTER = re.compile(r"[’']s(?:,|\s+and|\s+or)\s+[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)*[’']s\b")
STORE_BESIDE_BEFORE = re.compile(r"[A-Z][\w.-]*[’']s(?:,|\s+and|\s+or)\s+\Z")
# two names acting as one: a verb in the singular, or what only an organisation has, after
# "Scottish and Newcastle"
# (not "plans" or "reports": nouns too)
SINGULAR_AFTER = re.compile(r"\s+(?:has|is|was|says|expects|owns|employs|announces)\b")


def plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


# "retailers Merkla, Dovrin and Sastel", "stores like Dorrance's, Harlow's and Pell's",
# "companies such as Velkor", "the companies present were Velkor and Tarvo": each name of the list
# is one of the kind
PLURAL_KINDS = rf"(?:{literal_alternation(plural(k) for k in word_list('organisation_kinds'))}|\w+makers)"
# "Ubisoft, one of Europe's biggest video game publishers", "X, one of the largest makers of
# pipes": one of a class of organisations
ONE_OF_KINDS_AFTER = re.compile(
    rf",\s+one\s+of\s+(?:the|its|their|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){{0,2}}[’']s)\s+"
    rf"(?:(?!(?:of|in|for|from|with|to|by)\s)[\w’'-]+\s+){{0,4}}?(?:{PLURAL_KINDS}{KIND_END}|(?:\w*maker|{MAKERS})s\s+of\s+[a-z])"
)
KIND_LIST = re.compile(
    rf"\b{PLURAL_KINDS}"
    r",?\s+(?:(?:such\s+as|like|including|include|includes|(?:[a-z]+\s+)?(?:are|were))\s+)?(?:the\s+)?\Z")
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?|\s*[—–]\s*")
# "Velkor, Tarvo and other retailers", "Velkor and many other banks": the list closed by its kind
KIND_CLOSING_LIST = re.compile(
    r",?\s+(?:and|or)\s+(?:(?:many|several|some|various|numerous|a\s+few|a\s+host\s+of)\s+)?other\s+"
    rf"(?:[a-z][\w-]*\s+)?{PLURAL_KINDS}\b")


def listed_after_kinds(body: str, runs: dict[int, re.Match]) -> set[int]:
    """The starts of the runs listed right after a plural kind of organisation, or before one
    that closes their list as "and other" kinds."""
    listed: set[int] = set()
    previous: dict[int, re.Match] = {}  # each run by the start of the run it is listed before
    for run in runs.values():
        separator = LIST_SEPARATOR.match(body, run.end())
        if separator is not None and separator.end() in runs:
            previous[separator.end()] = run
    for run in runs.values():
        if KIND_CLOSING_LIST.match(body, run.end()):
            closed: re.Match | None = run
            while closed is not None and closed.start() not in listed:
                listed.add(closed.start())
                closed = previous.get(closed.start())
    for start in runs:
        if start in listed or not KIND_LIST.search(body, max(0, start - 60), start):
            continue
        run = runs[start]
        while run is not None:
            listed.add(run.start())
            separator = LIST_SEPARATOR.match(body, run.end())
            run = runs.get(separator.end()) if separator else None
    return listed


class ArticleWords:
    """What an article says of its words' case: which runs of capitalised words it writes inside
    a sentence, and which words it writes in lower case; a run that opens a sentence is a name
    when the article writes it so inside one too, or its first word is no English word (not in the
    English model's word lists), and the article never writes that word as a plain one."""

    def __init__(self, body: str, runs: list[re.Match]):
        self.body = body
        self.lower = lower_case_words(body)
        self.inside = {run.group() for run in runs if not opens_sentence(body, run.start())}

    def may_be_a_name(self, start: int, end: int) -> bool:
        text = self.body[start:end]
        if text.lower() in STOP_WORDS or is_title_only(text) or not re.search(r"[a-z]", line_of(self.body, start, end)):
            return False  # a line in capitals says nothing of its words' case
        if PLURAL_INITIALISM.fullmatch(text):
            return False  # "MPs", "PCs": a plural of a common noun's initials
        if not opens_sentence(self.body, start):
            return True
        first = text.split()[0]
        return (text in self.inside or not is_english_word(first)) and first.lower() not in self.lower


def is_english_word(word: str) -> bool:
    """A function word, or a word of the English model's lists as written or as one of their
    forms by the lemmatizer's suffix rules ("Polling", "Shares"; a compound by its last part:
    "Pre-tax")."""
    word = word.lower().rstrip("’'").rsplit("-", 1)[-1]
    words, rules = lemma_index_words(), lemma_suffix_rules()
    return word in STOP_WORDS or word in words or any(
        word.endswith(suffix) and word[:len(word) - len(suffix)] + ending in words for suffix, ending in rules)


@functools.lru_cache(maxsize=4)
def lower_case_words(body: str) -> frozenset[str]:
    """The words the body writes in lower case, read once for the passes that each make an
    ArticleWords of the same article."""
    return frozenset(word.group() for word in LOWER_WORD.finditer(body))


def line_of(body: str, start: int, end: int) -> str:
    """The line of the body that holds body[start:end]."""
    line_end = body.find("\n", end)
    return body[body.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(body)]


def opens_sentence(body: str, start: int) -> bool:
    return SENTENCE_OPENING.search(body, max(0, start - 8), start) is not None


@dataclass
class NameRun:
    """A run of capitalised words, the spans inside it, and whether it closes on a possessive."""

    start: int
    end: int
    inside: list[int]  # serials in the SpanSet
    possessive: bool


def cued_organisation(body: str, run: NameRun, spans: list[Span], listed: bool, gazetteer: Gazetteer,
                      person_words: set[str]) -> bool:
    """Whether the text calls the run an organisation (the module docstring's kinds, lists, owned,
    listed or based, stores' names) and the spans inside it may give way to one."""
    start, end, text = run.start, run.end, body[run.start:run.end]
    if text.lower() in title_words()["office"] and body.startswith(" of ", end):
        return False  # "Qatar's Minister of State for Foreign Trade": an office, held by a person
    known = gazetteer.lookup(text)
    if (titled_paper(body, start) and NAME_KIND_AFTER.match(body, end)
            and all(s.entity_id is not None and gazetteer.is_demonym(body[s.start:s.end]) for s in spans)):
        return True  # "read in The Australian newspaper": a title, not the adjective
    if known is not None and known.entity_type in ("COUNTRY", "REGION"):
        return False  # a country stays a country ("rivals Spain", "producers such as Iran")
    if (run.possessive and " " not in text and all(s.entity_id is None for s in spans)
            and COMPANY_ACT_AFTER.match(body, end + 2)):
        return True  # "Foster's bought a stake", "Dorrance's said it": a possessive takes a noun, not a
        # company's act; the 's is the one-word name's own
    if known is None and named_after_a_place(body, start, end, spans, gazetteer):
        return True
    if listed or WEB_NAME.fullmatch(text) or (SUFFIX_ENDING.search(text) and all(s.entity_id is not None and (
            gazetteer.is_demonym(body[s.start:s.end]) or gazetteer.entities[s.entity_id].entity_type in LOCAL_PLACE_TYPES)
            for s in spans)):
        return True  # a brand may bear a person's name ("labels like Harlow's Denim"), a legal form
        # a people's or a town's ("Swiss Re", "Hannover Re")
    if (SUFFIX_ENDING.search(text) and text.split()[-1] not in ABBREVIATION_FORMS
            and all(s.entity_id is None and s.label in ("PERSON", "ORG") for s in spans)):
        return True  # a company named after its founder: "Carl Zeiss Meditec AG", "Walt Disney Co"
    if known is None and all(s.entity_id is None
                             or gazetteer.entities[s.entity_id].entity_type in (*LOCAL_PLACE_TYPES, "REGION")
                             for s in spans) and (
            EMPLOYER_BEFORE.search(body, max(0, start - 80), start) or KIND_AFTER.match(body, end)):
        # where someone works, or what an apposition says the name is, over the model's person or
        # a town or a region inside the name ("an analyst at Brevik Tanner"; "Dr. Volt, Roe's
        # heating company"; "Atlantic Keel Fabrication, a steel fabricator")
        return True
    person = any(s.label == "PERSON" and s.entity_id is None for s in spans)
    if person and (NO_PERSON_KIND_BEFORE.search(body, max(0, start - 60), start)
                   or NO_PERSON_KIND_OPENING_BEFORE.search(body, max(0, start - 100), start)) and not given_as_a_person(
            body, text, [(start, end)], person_words):
        return True  # "daily Le Monde", "rebel group Shining Path": a person is no newspaper or group
    if person and (" " in text or given_as_a_person(body, text, [(start, end)], person_words)):
        return False  # "publisher Rupert Murdoch"; a name the article gives as a person's
    if KIND_BEFORE.search(body, max(0, start - 60), start) or (
            KIND_APPOSITION_BEFORE.search(body, max(0, start - 60), start) and APPOSITION_CLOSES.match(body, end)):
        return True  # the kind names the whole run, over the places inside it ("club Bristol City")
    if known is None and all(s.entity_id is None for s in spans) and OFFICER_OF_BEFORE.search(
            body, max(0, start - 80), start) and not given_as_a_person(body, text, [(start, end)], person_words):
        return True
    if (not spans and COMPANY_FORM.fullmatch(text)) or (country_possessive_before(body, start, gazetteer) and all(
            unknown_part_of_run(body, s, end) for s in spans)):
        # a name the model missed or took for a product, of a company's form or a country's
        # ("ScanSoft", "Germany's Wintershall"; "Italy's Ferrotec Impianti", "China's Zhonghai Grid
        # Engineering", where the model read a people or a place)
        occurrences = [match.span() for match in whole_word(text).finditer(body)]
        return not given_as_a_person(body, text, occurrences, person_words)
    if not spans and official_account(body, start, end):
        return True  # a name the model missed after "the official", which is no title there
    if not spans and (acts_as_organisation(body, start, end, frozenset()) or STATEMENT_IT_AFTER.match(body, end) or (
            " " in text and (TOWN_AS_COMPANY_AFTER.match(body, end) or (
                TAKEN_OVER_BEFORE.search(body, max(0, start - 30), start) and TAKEN_OVER_CLOSES.match(body, end)))) or (
            " " not in text and (does_what_a_company_does(body, start, end)
                                 or agrees_or_is_placed_as_an_organisation(body, start, end, gazetteer)))):
        # a name the model missed ("Kestrel Outfitters said in a statement that it", "Kravelle
        # alluded to its leaked files", "Talvik Freight said it would cut 300 jobs"; one a company
        # buys or takes over, "agreed to buy Talvik Freight for 120 million euros"), as the model's
        # people and places are retyped (organisations_by_role)
        occurrences = [match.span() for match in whole_word(text).finditer(body)]
        return not given_as_a_person(body, text, occurrences, person_words)
    if OWNED_BEFORE.search(body, max(0, start - 40), start) and all(
            s.entity_id is None or gazetteer.entities[s.entity_id].entity_type in LOCAL_PLACE_TYPES for s in spans):
        return True  # no place is owned, listed or headquartered ("Velkor Inc-owned Paramount")
    if ADJECTIVE_COMPOUND.search(text) or any(s.entity_id is not None and not (
            run.possessive and gazetteer.entities[s.entity_id].entity_type in LOCAL_PLACE_TYPES) for s in spans):
        # "the Ohio-based retailer" is an adjective, "the Leeds side" a place's: only a
        # store's name ending in 's is not the town it contains ("Harlow's")
        return False
    store = run.possessive and STORE_NAME_END.match(body, end + 2) and (
        (spans and not person) or STORE_BESIDE_AFTER.match(body, end)
        or STORE_BESIDE_BEFORE.search(body, max(0, start - 40), start))
    if OWNED_BEFORE.search(body, max(0, start - 40), start) or store:
        # a name the model reads as a person's, or does not read at all, is a store's beside
        # another ("Dorrance's and Harlow's"), not alone ("early signs of Alzheimer's.")
        return True
    # "the Serbian news agency": a people's adjective before the kind; a sentence's subject needs no
    # determiner before a kind no person's trade is called by ("Vostrel newspaper reported")
    kind_after = (NAME_KIND_AFTER.match(body, end) if DETERMINER_BEFORE.search(body, max(0, start - 30), start)
                  else opens_sentence(body, start) and NO_PERSON_KIND_AFTER.match(body, end))
    return bool(kind_after and not any(s.label == "NORP" for s in spans)
                and not (person and PERSON_GROUP_KINDS.match(body, end)))


def unknown_part_of_run(body: str, span: Span, run_end: int) -> bool:
    """Whether the model's span inside a run of capitalised words is a people or a place no
    gazetteer or dictionary knows, and for a place one the words after it do not continue as a
    place's name ("Zhonghai Grid Engineering", not "Bhadla Solar Park")."""
    text = body[span.start:span.end]
    if span.entity_id is not None or is_english_word(text):
        return False
    if span.label == "NORP":
        return True
    rest = body[span.end:run_end].split()
    return span.label in ("GPE", "LOC") and bool(rest) and not PLACE_NAME_WORDS.intersection(rest)


def country_possessive_before(body: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a country's possessive stands right before the name ("Norway's Equinor")."""
    possessive = None
    for possessive in COUNTRY_POSSESSIVE.finditer(body, max(0, start - 40), start):
        pass
    if possessive is None or possessive.end() != start:
        return False
    known = gazetteer.lookup(possessive.group("country"))
    return known is not None and known.entity_type == "COUNTRY"


def named_after_a_place(body: str, start: int, end: int, spans: list[Span], gazetteer: Gazetteer) -> bool:
    """A run of a town's or state's name and words that do not continue a place's name (a club,
    a paper: "Portland Timbers", "Tampa Bay Mutiny"), or a club's abbreviation and the place
    ("FC Cincinnati", "Columbus Crew SC"): the one span inside is the gazetteer's place, in a
    run not written in capitals (a headline: "CHICAGO AREA MILLS")."""
    if len(spans) != 1 or spans[0].entity_id is None or body[start:end].isupper() or (
            gazetteer.entities[spans[0].entity_id].entity_type not in LOCAL_PLACE_TYPES):
        return False
    place = spans[0]
    before, after = body[start:place.start].split(), body[place.end:end].split()
    if before:
        return all(word in CLUB_ABBREVIATIONS for word in before) and all(word in CLUB_ABBREVIATIONS for word in after)
    if not after or len(after) > 2 or after[0] in CLUB_ABBREVIATIONS:
        return bool(after) and all(word in CLUB_ABBREVIATIONS for word in after)
    return not any(word in PLACE_NAME_WORDS or word.lower() in STOP_WORDS | TITLE_WORDS
                   or gazetteer.is_demonym(word) or not word[:1].isupper() or not word.isalpha()
                   for word in after)


def titled_paper(body: str, start: int) -> bool:
    """A capitalised "The" inside a sentence right before the name: the title of a publication."""
    return body.startswith("The ", max(0, start - 4)) and start >= 4 and not opens_sentence(body, start - 4)


# "<Name>, formerly known as <Organisation>": the name an organisation trades under now
RENAMED_BEFORE = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w&+.-]*(?:\s+[A-Z][\w&+.-]*){0,3}),\s+"
                            r"(?:formerly|previously)(?:\s+(?:known as|called|named))?\s+(?:the\s+)?\Z")
RENAMED_CLOSES = re.compile(r"\s*(?:[,.;:)]|\Z)")


def with_renamed_organisations(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """The name an organisation the article names is said to be the new name of ("a post on X,
    formerly known as Twitter") typed ORG: added where the model found nothing, over the model's
    person or place that the name holds whole."""
    from .extract import Span, SpanSet

    working = SpanSet(spans)
    for old in [s for s in spans if s.label == "ORG"]:
        renamed = RENAMED_BEFORE.search(body, max(0, old.start - 80), old.start)
        if renamed is None or not RENAMED_CLOSES.match(body, old.end):
            continue  # "Ann Roe, formerly Twitter's lawyer" was someone at the organisation
        start, end = renamed.span("name")
        inside = working.overlapping(start, end)
        if all(working[i].label != "ORG" and working[i].how == found.ner and start <= working[i].start
               and working[i].end <= end for i in inside):
            working.replace(inside, Span(start, end, "ORG", None, found.organisation_cue))
    return working.spans()


# a North American station's call sign: K or W and three capitals, with its band ("WVLK-FM") or
# before what belongs to a station ("KVLR DJ", "WVLK listeners"); alone, such a word is as often an
# agency's or an event's initials
CALL_SIGN = re.compile(rf"(?<![\w.-])[KW][A-Z]{{3}}(?:-(?:FM|AM|TV)(?![\w-])|(?=[ \t]+"
                       rf"(?:{literal_alternation(word_list('broadcast_roles'))})\b))")


def with_lower_case_web_names(body: str, spans: list[Span], found: Extractors) -> list[Span]:
    """A web address in lower case (LOWER_CASE_WEB_NAME), a site and its owner's name the model
    does not read, and a station's call sign (CALL_SIGN), typed ORG where no span touches them; a
    channel named by its number (NUMBERED_CHANNEL) typed ORG over the spans inside it ("Channel"
    alone, the number as a figure)."""
    from .extract import Span, SpanSet

    working = SpanSet(spans)
    for match in itertools.chain(LOWER_CASE_WEB_NAME.finditer(body), CALL_SIGN.finditer(body)):
        if not working.overlapping(*match.span()):
            working.add(Span(*match.span(), "ORG", None, found.organisation_cue))
    for match in NUMBERED_CHANNEL.finditer(body):
        start, end = match.span()
        inside = working.overlapping(start, end)
        if all(start <= working[i].start and working[i].end <= end for i in inside):
            working.replace(inside, Span(start, end, "ORG", None, found.organisation_cue))
    return working.spans()


def organisations_by_role(body: str, spans: list[Span], gazetteer: Gazetteer, product_starts: frozenset[int],
                          taken: Intervals, works: Intervals, found: Extractors) -> list[Span]:
    """The spans of names that act as organisations somewhere in the article, retyped ORG; a
    model's span cut after a legal form inside it (cut_after_legal_forms) and a span over a
    result cut into its sides first (split_at_results); runs of capitalised
    words the text calls organisations made one ORG span over the spans inside them, or added
    where the model found nothing; every other use of an organisation's name, and of its short
    name, then typed ORG; last, a division's or channel's name joined whole
    (with_divisions_named_in_full). A name given as an organisation's new one is an
    organisation's first (with_renamed_organisations)."""
    spans = with_lower_case_web_names(body, with_renamed_organisations(body, spans, found), found)
    spans = cut_after_legal_forms(body, whole_compounds(body, spans, found), found)
    spans = with_result_sides(body, split_at_results(body, spans, found), gazetteer, found)
    spans = with_cued_runs(body, spans, gazetteer, taken, works, product_starts, found)
    words = word_index(body)
    organisations: set[str] = set()
    # a people's or a group's name: what the model typed NORP, unless it is neither a demonym the
    # gazetteer knows nor an English word ("Belgium's Interbrew bought ...": a company's name)
    demonyms = {text for s in spans if s.label == "NORP"
                and (gazetteer.is_demonym(text := body[s.start:s.end]) or is_english_word(text))}
    person_words = person_name_words(body, spans)
    people = [(s.start, s.end) for s in spans if s.label == "PERSON" and " " in body[s.start:s.end]]
    places = {body[s.start:s.end] for s in spans if s.label in ("GPE", "LOC")}
    person_starts, person_ends = {start for start, _ in people}, {end for _, end in people}
    people_by_start = dict(people)
    retyped: dict[str, list[tuple[int, int]]] = {}
    for s in spans:
        if retypable(s, gazetteer, found):
            retyped.setdefault(body[s.start:s.end], []).append((s.start, s.end))
    model_people = {(s.start, s.end) for s in spans if s.label == "PERSON" and s.how == found.ner}
    for text, positions in retyped.items():
        if (SUFFIX_ENDING.search(text) or DOTTED_ABBREVIATION.fullmatch(text) or WEB_NAME.fullmatch(text)
                or BRAND_FORM.fullmatch(text) or any(official_account(body, *position) for position in positions)) or (
                NO_PERSON_FORM.fullmatch(text) and any(position in model_people for position in positions)) or (
                CAPITALS_WORD.fullmatch(text) and any(position in model_people and re.search(
                    r"[a-z]", line_of(body, *position)) for position in positions)) or (
                # a company's form the model read as a person ("DaimlerChrysler"), where the article
                # does not give it as one
                COMPANY_FORM.fullmatch(text) and any(position in model_people for position in positions)
                and not given_as_a_person(body, text, list(words.spans(text)), person_words)):
            organisations.add(text)
            continue
        occurrences = list(words.spans(text))
        for start, end in occurrences:
            if (acts_as_organisation(body, start, end, product_starts)
                    and not statement_of_a_person(body, text, start, end, occurrences, person_words)
                    or side_of_a_result(body, start, end)
                    or acts_as_a_club(body, start, end)) or (
                    is_local_place(text, gazetteer) and (plays_a_match(body, start, end)
                                                         or MATCH_NOUN_AFTER.match(body, end)
                                                         or moves_a_player(body, start, end, people_by_start))):
                organisations.add(text)
                break
        else:
            # a city or state that buys, sells or sues is its government, which keeps the place;
            # a people's name before "films" or "-controlled" is an adjective ("European films",
            # "Labour-controlled"), unless it names a company's rival ("Velkor's rival Trandex")
            # an owner is written inside a compound ("Velkor-owned"), where no whole word is
            adjective = text in demonyms and not any(
                RIVAL_BEFORE.search(body, max(0, start - 40), start) for start, _ in occurrences)
            if (" " not in text and not adjective and not is_local_place(text, gazetteer)
                    and (any(does_what_a_company_does(body, start, end)
                             or agrees_or_is_placed_as_an_organisation(body, start, end, gazetteer)
                             or (text not in places and (beside_a_person(body, start, end, person_starts, person_ends)
                                                         or plays_a_side(body, start, end, person_ends)))
                             for start, end in occurrences)
                         or any(position in model_people and the_name_alone(body, *position) for position in positions)
                         or any(OWNER_AFTER.match(body, end) for _, end in positions))
                    and not given_as_a_person(body, text, occurrences, person_words)):
                organisations.add(text)
            elif names_a_group(body, text, occurrences, spans):
                organisations.add(text)
            elif (" " not in text and is_small_town(text, gazetteer)
                  and any(TOWN_AS_COMPANY_AFTER.match(body, end) for _, end in occurrences)
                  and not given_as_a_person(body, text, occurrences, person_words)):
                organisations.add(text)
    from .extract import Span

    # a model's person whose first word acts as an organisation is that organisation's full name
    # ("parts maker Kestrel Aerostructures ... Kestrel said"): a person's short name is the last
    spans = [Span(s.start, s.end, "ORG", None, found.organisation_cue)
             if (body[s.start:s.end] in organisations or (
                 s.label == "PERSON" and s.how == found.ner and body[s.start:s.end].split()[0] in organisations))
             and retypable(s, gazetteer, found) else s for s in spans]
    # a legal form no run of capitalised words reaches ("Kattegat Wind A/S", "Brdo d.o.o.") closes the name
    spans = [dataclasses.replace(s, end=form.end()) if s.label == "ORG" and (
        form := UNRUN_SUFFIX_AFTER.match(body, s.end)) is not None else s for s in spans]
    # the words of the names still read as people's ("Velkor" of "Velkor LLC" no longer is one)
    spans = with_names_used_again(body, spans, gazetteer, taken, works, person_name_words(body, spans), found)
    return with_divisions_named_in_full(body, spans, gazetteer, found)


# A capitalised plural the model read as one person names a group (a team, band or party) where a
# determiner stands before it or its members or followers after it ("the Rams", "the new Velkors
# star", "Velkors fans"). A surname ending in s is no plural: "Williams" stays a person where the
# article gives it as a person's last name, or before a family noun ("the Adams sisters"). A
# family's plural ("the Kennedys") names people where the article names one of them ("John
# Kennedy"); alone, it cannot be told from a club's and is typed as a group.
PLURAL_NAME = re.compile(r"[A-Z][a-z]*[a-rt-z]s")
GROUP_MEMBERS_AFTER = re.compile(
    rf"\s+(?:{literal_alternation([*word_list('side_roles'), *word_list('group_member_nouns')])})\b")
FAMILY_AFTER = re.compile(rf"\s+(?:{literal_alternation(word_list('family_nouns'))})\b")
GROUP_DETERMINER_BEFORE = re.compile(r"\b(?:the|The)\s+(?:[a-z][\w-]*\s+)?\Z")


def names_a_group(body: str, text: str, occurrences: list[tuple[int, int]], spans: list[Span]) -> bool:
    """Whether a one-word plural name read as a person names a group (PLURAL_NAME's comment); the
    cues for a person are looked for where the model read it as one, the cues for a group at every
    occurrence."""
    read_as_person = [(s.start, s.end) for s in spans if s.label == "PERSON" and body[s.start:s.end] == text]
    if not PLURAL_NAME.fullmatch(text) or not read_as_person:
        return False
    names = [body[s.start:s.end].split() for s in spans if s.label == "PERSON" and " " in body[s.start:s.end]]
    surnames = {words[-1] for words in names}
    if (text[:-1] in {word for words in names for word in words}
            or given_as_a_person(body, text, read_as_person, surnames)):
        return False
    if any(FAMILY_AFTER.match(body, end) for _, end in occurrences):
        return False
    return any(GROUP_DETERMINER_BEFORE.search(body, max(0, start - 30), start) or GROUP_MEMBERS_AFTER.match(body, end)
               for start, end in occurrences)


def person_name_words(body: str, spans: list[Span]) -> set[str]:
    """The words of the people's names of several words among the spans (names.full_names_of_people)."""
    return {word for name in full_names_of_people(body, spans) for word in name.split()}


def with_cued_runs(body: str, spans: list[Span], gazetteer: Gazetteer, taken: Intervals, works: Intervals,
                   product_starts: frozenset[int], found: Extractors) -> list[Span]:
    """Each run of capitalised words the text calls an organisation (cued_organisation) as one ORG
    span over the model's and the gazetteer's spans inside it; a run no span touches only when it
    may be a name (ArticleWords). `taken` holds what the model read as dates, figures, money or
    products (`product_starts` where its products start), `works` what it read as works of art."""
    from .extract import Span, SpanSet

    working = SpanSet(spans)
    # (a name of a company's form the model took for a product or a work is a run too: "ScanSoft",
    # and so is a product or a work the text says is an organisation in apposition, after a kind no
    # person is, or as a publication told something: "the Tarvik Family, a group run by", "Dutch firm
    # Tulvar Computers", "Roe told The Beacon"; not a date after a kind: "the company Saturday")
    # a name listed as one of a kind of organisations is a run whatever the model read it as ("brands
    # are Velkor and Tarvo", the model's product)
    runs = list(NAME_RUN.finditer(body))
    listed = listed_after_kinds(body, {run.start(): run for run in runs})

    def is_run(run: re.Match) -> bool:
        if COMPANY_FORM.fullmatch(run.group()) or run.start() in listed:
            return True
        read_otherwise = taken.overlaps(*run.span())
        if read_otherwise and not any(run.start() <= p < run.end() for p in product_starts):
            return False  # the model's date, figure or money
        return not (read_otherwise or works.overlaps(*run.span())) or named_an_organisation(body, run)

    matches = [run for run in runs if is_run(run)]
    article = ArticleWords(body, matches)
    person_words = person_name_words(body, spans)
    for first, second in zip(matches, matches[1:]):
        joined = joined_name(body, first, second, working, gazetteer)
        if joined is not None:
            working.replace(working.overlapping(*joined), Span(*joined, "ORG", None, found.organisation_cue))
    for match in matches:
        possessive = match.group().endswith(("’s", "'s"))
        opening = LEADING_FUNCTION_WORDS.match(match.group())  # "The", "In", "Oslo-based" opening the run
        run = NameRun(match.start() + (opening.end() if opening else 0), match.end() - 2 * possessive, [], possessive)
        owner = COUNTRY_POSSESSIVE.match(body, run.start)
        if owner is not None and owner.end() < run.end and country_possessive_before(body, owner.end(), gazetteer):
            run.start = owner.end()  # "Germany's Wintershall": the country's, not a word of the name
        if run.end <= run.start:
            continue
        run.inside = working.overlapping(run.start, run.end)
        inside = sorted((working[i] for i in run.inside), key=lambda s: s.start)
        if (inside and run.start < inside[-1].start and inside[-1].end == run.end
                and gazetteer.is_demonym(body[inside[-1].start:run.end])):
            # a demonym closing the run says what the name is ("Pellham Buccaneers American football")
            run.end = len(body[:inside[-1].start].rstrip())
            run.possessive = False
            run.inside = working.overlapping(run.start, run.end)
            inside = [working[i] for i in run.inside]
        if any(s.start < run.start or run.end < s.end for s in inside):
            continue  # a span reaching past the run keeps its own reading
        if not inside and not article.may_be_a_name(run.start, run.end) and not SUFFIX_ENDING.search(
                body, run.start, run.end):
            continue  # a plain word opening a sentence; a legal form makes it a name ("Velkor AG together with")
        if inside and all(s.label == "ORG" for s in inside) and not run.possessive:
            continue
        if cued_organisation(body, run, inside, match.start() in listed, gazetteer, person_words):
            # a store's name keeps its 's ("Harlow's"); an honorific before an organisation's
            # name is its first word ("Dr. Volt")
            honorific = honorific_before(body, run.start)
            if honorific is not None and not any(working[i].start < honorific for i in
                                                 working.overlapping(honorific, run.start)):
                run.start, run.inside = honorific, working.overlapping(honorific, run.end)
            # (a legal form closes the name: "Velkor Ltd's plant" is Velkor Ltd's)
            owned = run.possessive and not SUFFIX_ENDING.search(body, run.start, run.end)
            working.replace(run.inside, Span(run.start, run.end + 2 * owned, "ORG", None, found.organisation_cue))
    return working.spans()


def named_an_organisation(body: str, run: re.Match) -> bool:
    """Whether an apposition after the run names a kind of organisation, the run is a
    publication someone told something (KIND_AFTER, told_the), or it follows a kind no person is
    ("the journal Velkor Letters", "the magazine X") or a maker ("cheesemaker Harrowgate
    Creamery"); cues that hold over the model's reading of the run as a work."""
    opening = LEADING_FUNCTION_WORDS.match(run.group())
    start = run.start() + (opening.end() if opening else 0)
    return start < run.end() and bool(KIND_AFTER.match(body, run.end()) or told_the(body, start, run.end())
                                      or NO_PERSON_KIND_BEFORE.search(body, max(0, start - 60), start)
                                      or MAKER_BEFORE.search(body, max(0, start - 30), start))


MAKER_BEFORE = re.compile(r"\b\w+makers?\s+\Z")
PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|with|by|to|from|between|and|in|on|at|against)\s+\Z")
# the "and" closing a list of names right before the run ("Velkor, Dovrin Group and Brent and
# Hale"): a list has one "and", so a second one joins the last name's words
LIST_CLOSED_BEFORE = re.compile(r",\s+(?P<last>[A-Z][\w.’'&-]*(?:[ \t][A-Z][\w.’'&-]*)*)\s+and\s+\Z")


def joined_name(body: str, first: re.Match, second: re.Match, working, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """(start, end) of "Scottish and Newcastle" when the two names joined by "and" act as one:
    a verb in the singular after them, what only an organisation has ("Marks and Spencer's
    chief executive"), or the "and" closing a list of organisations right before them; not when
    either is a country or a person's name of several words."""
    if body[first.end():second.start()] != " and " or first.group().endswith(("’s", "'s")):
        return None
    end = second.end() - 2 * second.group().endswith(("’s", "'s"))
    closed = LIST_CLOSED_BEFORE.search(body, max(0, first.start() - 80), first.start())
    last_of_organisations = closed is not None and any(
        working[i].label == "ORG" for i in working.overlapping(*closed.span("last")))
    if not last_of_organisations and (
            # "a coalition of Roe and Kask has": the verb's subject is before them
            PREPOSITION_BEFORE.search(body, max(0, first.start() - 12), first.start())
            or not (SINGULAR_AFTER.match(body, second.end()) or BELONGING_AFTER.match(body, end))):
        return None
    inside = [working[i] for i in working.overlapping(first.start(), end)]
    if any(s.start < first.start() or end < s.end for s in inside):
        return None
    # the name opens where its first span does: not at a word opening the sentence before it
    start = min((s.start for s in inside if s.start < first.end()), default=first.start())
    for s in inside:
        known = gazetteer.entities[s.entity_id] if s.entity_id is not None else None
        if (known is not None and known.entity_type == "COUNTRY" and not gazetteer.is_demonym(body[s.start:s.end])) or (
                s.label == "PERSON" and " " in body[s.start:s.end]):
            return None
    return start, end


# words that name what an organisation is, not which one: never a short name ("Bank" of "Bank of
# Ireland", "Group" of "Group Four")
# the last words of clubs' names that stand for the club alone ("United" of "Manchester United")
CLUB_SHORT_NAMES = frozenset(word_list("club_short_names"))
TITLE_WORDS = frozenset(w.lower() for kind in ("office", "rank", "honorific") for w in title_words()[kind])
GENERIC_WORDS = frozenset(w.lower() for w in (*word_list("organisation_heads"), *word_list("organisation_kinds")))
# (not a word closing the sentence before: "... Dorne Tobacco. Pellix's")
NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?P<word>[A-Z][\w.’'-]*)(?<![a-z]{3}\.)[ \t]\Z")


def name_before(body: str, start: int) -> bool:
    """A capitalised word right before `start` that may begin the same name (NAME_BEFORE): not a
    function word other than an article opening the sentence ("However Velkor", "Because Velkor";
    "The Velkor Trust" is one name) nor a possessive, which ends the name before it ("Ann Roe's
    Velkor")."""
    before = NAME_BEFORE.search(body, max(0, start - 30), start)
    if before is None or before.group("word").endswith(("’s", "'s")):
        return False
    word = before.group("word").lower()
    return word not in STOP_WORDS or word in ("the", "a", "an") or not opens_sentence(body, before.start())


NAME_AFTER = re.compile(r"(?:[’']s)?[ \t](?:[A-Z]|&)")
OF_NAME_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")  # "Sisters of Mercy"


ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+\Z")
FULL_NAME_AFTER = re.compile(r" [A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)+")
LOWER_AFTER = re.compile(r"\s+[a-z]")


def short_names(body: str, spans: list[Span], gazetteer: Gazetteer, person_words: set[str]) -> set[str]:
    """The first word of an organisation's name of several words (or its first two of three or
    more), where the article uses it alone: the organisation's short name ("Yukos" of "Yukos Oil
    Co", "Kravelle" of "Kravelle Games", "Marlin Reach" of "Marlin Reach Offshore Ltd"), and the
    last word of a club's ("United" of "Manchester United"). Not a place the
    gazetteer knows ("Baghdad" beside "Baghdad Operational Command"), a word of a person's name,
    an office ("Minister" of "Minister of Finance"), a word for a kind of organisation, an
    adjective of a people or party ("European" of "European Union", "Democratic" of "Democratic
    Party": the model reads it so somewhere, an English word), nor a word the article also writes in lower case
    ("New" of "New Century Fund")."""
    lower = {word.group() for word in LOWER_WORD.finditer(body)}
    # the model's people's adjective is one where it is an English word ("Democratic"); a coined
    # word it reads so is the organisation's short name ("Brakmoor" of "Brakmoor Studios")
    adjectives = {body[s.start:s.end] for s in spans if (s.label == "NORP" and is_english_word(body[s.start:s.end])) or (
        s.entity_id is not None and gazetteer.is_demonym(body[s.start:s.end]))}
    names = [body[s.start:s.end].split() for s in spans if s.label == "ORG" and " " in body[s.start:s.end]]
    first_words = {words[0] for words in names} - adjectives
    clubs = {words[-1] for words in names if words[-1] in CLUB_SHORT_NAMES}
    # and its first two words of three or more ("Marlin Reach" of "Marlin Reach Offshore Ltd"), where
    # the article never gives them as a person's name nor writes the first in lower case
    pairs = {" ".join(words[:2]) for words in names if len(words) >= 3 and words[0] not in adjectives
             and words[0].lower() not in lower and all(
                 word[:1].isupper() and not word.endswith(("’s", "'s")) and word.isalpha()
                 and word.lower() not in STOP_WORDS | GENERIC_WORDS | TITLE_WORDS for word in words[:2])}
    pairs = {pair for pair in pairs if gazetteer.lookup(pair) is None and not given_as_a_person(
        body, pair, [match.span() for match in whole_word(pair).finditer(body)], set())}
    return pairs | clubs - lower | {
        word for word in first_words
        if len(word) > 2 and word[:1].isupper() and not word.endswith(("’s", "'s"))
        and word.lower() not in STOP_WORDS | GENERIC_WORDS | TITLE_WORDS and word.lower() not in lower
        and word not in person_words and not gazetteer.is_demonym(word) and not is_title_only(word)
        and gazetteer.lookup(word) is None and word not in gazetteer.towns}


MONTH_NAMES = frozenset(calendar.month_name[1:])
# a month's name as a date: a day or a year beside it ("May 5", "5 May", "May 2004"), or a
# preposition or word of time before it ("in May", "by early May", "last May")
DATE_WORDS_BEFORE = re.compile(r"(?:\b(?:in|on|by|until|till|since|from|during|early|late|mid|last|next|this|of"
                               r"|between|and|to|through|before|after)\s+|\b[Mm]id-|\d\s*,?\s*)\Z")
DATE_WORDS_AFTER = re.compile(r",?\s*\d")


def month_as_a_name(body: str, start: int, end: int) -> bool:
    """A month's name that the article's organisation bears ("May" of "May Department Stores"), at
    a use the model read as a date: with a possessive after it ("May's chairman", "of May's
    debt"; no month owns a chairman or a debt), or with no day, year or word of time beside it."""
    if body[start:end] not in MONTH_NAMES:
        return False
    if body.startswith(POSSESSIVES, end):
        return True
    return not (DATE_WORDS_BEFORE.search(body, max(0, start - 12), start) or DATE_WORDS_AFTER.match(body, end))


def with_names_used_again(body: str, spans: list[Span], gazetteer: Gazetteer, taken: Intervals, works: Intervals,
                          person_words: set[str], found: Extractors) -> list[Span]:
    """The names the cues typed ORG (or found the model's organisation to be), and the short names
    of the article's organisations, typed ORG at each use on their own: over the model's person or
    place, or added where the model found nothing (one name, one referent in an article), with the
    capitalised words after it when the
    model found none of them; over the model's reading of a work too, where a cue typed the name
    (`works`; not where only the model's reading elsewhere does)."""
    from .extract import Span, SpanSet

    names = {body[s.start:s.end] for s in spans if s.label == "ORG" and s.how == found.organisation_cue}
    # the model's organisation where a cue says so too ("the online bank Farthing admitted"), a
    # name the article never gives as a person's
    confirmed = {body[s.start:s.end] for s in spans if s.label == "ORG" and s.how == found.ner and s.entity_id is None
                 and " " not in body[s.start:s.end] and does_what_a_company_does(body, s.start, s.end)}
    names |= {name for name in confirmed if not given_as_a_person(
        body, name, [match.span() for match in whole_word(name).finditer(body)], person_words)}
    names |= short_names(body, spans, gazetteer, person_words)
    # the model's own organisations, at the uses where it found nothing ("T-Mobile confirmed"): a
    # name it read as an organisation at two uses or more and as nothing else
    model_readings: dict[str, Counter] = {}
    for s in spans:
        if s.how == found.ner and s.entity_id is None:
            model_readings.setdefault(body[s.start:s.end], Counter())[s.label] += 1
    model_names = {name for name, labels in model_readings.items()
                   if set(labels) == {"ORG"} and labels["ORG"] > 1} - names
    if not names | model_names:
        return spans
    words = word_index(body)
    working = SpanSet(spans)
    article = ArticleWords(body, list(NAME_RUN.finditer(body)))
    # "Pellucid Chief Executive Dana Whitfield": the name owning the office of the person after it
    office_starts = {title.start for s in spans if s.label == "PERSON"
                     and (title := title_before(body, s.start)) is not None and title.office}
    # longest name first, so a name and its short form claim the same words alike in every process
    # (a set's order follows the string hash, which changes between processes)
    for name in sorted(names | model_names, key=lambda name: (-len(name), name)):
        for start, end in words.spans(name):
            if name in model_names:
                # the model's reading elsewhere adds the name where nothing holds it, and retypes
                # or widens nothing
                if not (working.overlapping(start, end) or taken.overlaps(start, end) or works.overlaps(start, end)
                        or name_before(body, start) or NAME_AFTER.match(body, end)
                        or OF_NAME_AFTER.match(body, end) or not article.may_be_a_name(start, end)):
                    working.add(Span(start, end, "ORG", None, found.ner))
                continue
            if (name_before(body, start) or OF_NAME_AFTER.match(body, end)
                    or (taken.overlaps(start, end) and not month_as_a_name(body, start, end))):
                continue  # a word of a longer name, or the model's date, figure or work
            swallowing = [i for i in working.overlapping(start, end) if working[i].start == start
                          and working[i].label == "PERSON" and working[i].how == found.ner
                          and FULL_NAME_AFTER.fullmatch(body, end, working[i].end)]
            if swallowing:
                # the organisation's name opening a person's span ("Arlow Tom Reyes"): the person
                # is the full name after it
                person = working[swallowing[0]]
                working.replace(swallowing, Span(start, end, "ORG", None, found.organisation_cue))
                working.add(Span(end + 1, person.end, "PERSON", None, person.how))
                continue
            alone = POSSESSIVE_AFTER.match(body, end) and any(
                (working[i].start, working[i].end) == (start, end) for i in working.overlapping(start, end))
            if NAME_AFTER.match(body, end) and not alone and end + 1 not in office_starts:
                # the name opening a longer one the model missed ("Kravelle Games" beside "Kravelle"),
                # not the name with its possessive ("Kravelle's Tom Roe")
                run = NAME_RUN.match(body, start)
                if run is None:
                    continue  # a name opening with no capital letter ("3M Group"): no run to widen over
                end = run.end() - 2 * run.group().endswith(("’s", "'s"))
                if working.overlapping(start, end) or taken.overlaps(start, end):
                    continue
            inside = working.overlapping(start, end)
            modifier = ARTICLE_BEFORE.search(body, max(0, start - 6), start) and LOWER_AFTER.match(body, end)
            if not inside and not modifier:
                # not "the European parliament": a word between an article and its noun modifies it
                working.add(Span(start, end, "ORG", None, found.organisation_cue))
            elif inside and all(start <= working[i].start and working[i].end <= end and (
                    retypable(working[i], gazetteer, found) or working[i].how in (found.cued_place, found.honorific_person))
                    for i in inside):
                # the name, or pieces of it read as a person or a place ("Dr." a street's, "Volt" a
                # person after an honorific)
                working.replace(inside, Span(start, end, "ORG", None, found.organisation_cue))
    return working.spans()


def retypable(span: Span, gazetteer: Gazetteer, found: Extractors) -> bool:
    """A model's person or place, or a gazetteer city, town or state: a name whose type grammar
    may overrule."""
    if span.entity_id is not None:
        return gazetteer.entities[span.entity_id].entity_type in LOCAL_PLACE_TYPES
    return span.how == found.ner and span.label in RETYPED_LABELS


def is_known_place(text: str, gazetteer: Gazetteer) -> bool:
    """A name the gazetteer knows as a place of any kind, or as a town."""
    known = gazetteer.lookup(text)
    return (known is not None and known.entity_type in PLACE_TYPES) or text in gazetteer.towns


def is_local_place(text: str, gazetteer: Gazetteer) -> bool:
    """A name that is a city, town or state, and no country or region."""
    known = gazetteer.lookup(text)
    if known is not None:
        return known.entity_type in LOCAL_PLACE_TYPES
    return text in gazetteer.towns


# --- one name, one type -----------------------------------------------------------------------------

# The model's labels a name may carry at its uses in one article, by the type they stand for (a
# model's place the gazetteer does not know is no evidence of a place the gazetteer does)
DISPUTED_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE"}
CHOSEN_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "PLACE": "GPE"}


def with_one_type_per_name(body: str, spans: list[Span], gazetteer: Gazetteer, found: Extractors) -> list[Span]:
    """One name has one type within an article, where its spans disagree ("Dace" a person at one
    use and an organisation at another): its uses read as an organisation's take the person's
    type when the chain found a use as a person's (by a title, an honorific, a person cue, or as
    the surname of a full name) or the name is a word of another person's full name; else all
    its uses take the organisation's type when a cue typed a use ORG; else the model's reading at
    most of its uses ("Visa" read as a person once and an organisation twice), a person's winning
    no tie. Only spans no gazetteer entity resolves, and no name of a place the gazetteer knows
    (its uses were weighed by disambiguation)."""
    from .extract import Span

    by_name: dict[str, list[Span]] = {}
    for span in spans:
        if span.entity_id is None and span.label in DISPUTED_LABELS:
            by_name.setdefault(body[span.start:span.end], []).append(span)
    people = [body[s.start:s.end] for s in spans if s.label == "PERSON" and " " in body[s.start:s.end]]
    person_ways = (found.cued_person, found.titled_person, found.honorific_person, found.ner_surname)
    chosen: dict[tuple[int, int], Span] = {}
    for name, uses in by_name.items():
        readings = Counter(DISPUTED_LABELS[s.label] for s in uses)
        if len(readings) < 2 or is_known_place(name, gazetteer):
            continue  # disambiguation weighed a known place's uses
        # a word of another person's name ("White" of "Curtis Lee White")
        person_words = {word for person in people if person != name for word in person.split()}
        if name in person_words or any(s.how in person_ways for s in uses):
            reading = "PERSON"
        elif any(s.how == found.organisation_cue for s in uses):
            reading = "ORG"
        else:
            most = max(readings.values())
            # a person is introduced by a full name or a title, which the article did not give: a
            # person's reading wins no tie, and leaves the uses as they are where it leads
            leading = {r for r, count in readings.items() if count == most} - {"PERSON"}
            reading = leading.pop() if len(leading) == 1 else None
        if reading is None:
            continue
        for s in uses:
            # a person's reading takes over organisations only: a place's reading outweighs a title
            # pass reading "the official North East" as a person
            if DISPUTED_LABELS[s.label] != reading and (reading != "PERSON" or s.label == "ORG"):
                chosen[(s.start, s.end)] = Span(s.start, s.end, CHOSEN_LABELS[reading], None, s.how)
    return [chosen.get((s.start, s.end), s) if s.entity_id is None else s for s in spans]


# --- names listed with organisations ---------------------------------------------------------------

LIST_CLOSING = re.compile(r"\b(?:and|or)\b|&")
# a list's names, with the brands and web addresses written in lower case among them ("on iTunes,
# Velkor, kelpmusic.com and Napra")
LIST_ITEM = re.compile(rf"{NAME_RUN.pattern}|(?<![\w’'.-]){BRAND_FORM.pattern}(?![\w’'-])|{LOWER_CASE_WEB_NAME.pattern}")


def with_names_listed_beside_organisations(body: str, spans: list[Span], taken: Intervals,
                                           found: Extractors) -> list[Span]:
    """A one-word name in a list of organisations ("Xantor, Pellhub and Stripto face curbs") is
    one of them, when every other name of the list is an organisation (or all but one the model
    read only in part, beside three organisations or more) and the article never gives it as a
    person's: typed ORG at each of its uses the model read as a person or an unknown
    place, and added where no span holds it. A list has three names or more, the last after "and"
    or "or" (two names joined by "and" may be two clauses' subjects: "the Navy and Sake is", and
    a comma alone an apposition or a dateline: "CARLSBAD, Calif."). A name the gazetteer knows
    keeps its entity (a country in a list of companies is still a country)."""
    from .extract import Span, SpanSet

    working = SpanSet(spans)
    runs = [run for run in LIST_ITEM.finditer(body) if not taken.overlaps(*run.span())]
    chains: list[list[re.Match]] = []
    for previous, run in zip([None, *runs], runs):
        # a legal form's full stop stays out of the run ("Velkor Cos., Pellhub and Stripto")
        abbreviation = previous is not None and body.startswith(".", previous.end()) and bool(
            SUFFIX_ENDING.search(previous.group()))
        joined = previous is not None and LIST_SEPARATOR.fullmatch(body, previous.end() + abbreviation, run.start())
        if joined and not previous.group().endswith(("’s", "'s")):
            chains[-1].append(run)
        else:
            chains.append([run])
    person_words = person_name_words(body, spans)
    article = ArticleWords(body, runs)
    listed: set[str] = set()
    for chain in (c for c in chains if len(c) > 2 and LIST_CLOSING.search(body, c[-2].end(), c[-1].start())):
        readings = [[working[i] for i in working.overlapping(*run.span())] for run in chain]
        organisations = sum(bool(inside) and all(s.label == "ORG" for s in inside) for inside in readings)
        candidates = [run.group() for run, inside in zip(chain, readings)
                      if " " not in run.group() and may_join_the_list(run, inside, article)]
        # three organisations make a list of them even beside one name the model read only in part
        # (a group named after its houses, its last words read as a person's name)
        others = [(run, inside) for run, inside in zip(chain, readings)
                  if run.group() not in candidates and not (inside and all(s.label == "ORG" for s in inside))]
        if candidates and organisations and (not others or (
                len(others) == 1 and organisations >= 3
                and all((s.start, s.end) != others[0][0].span() for s in others[0][1]))):
            listed.update(candidates)
    words = word_index(body)
    for name in listed:
        occurrences = list(words.spans(name))
        if given_as_a_person(body, name, occurrences, person_words) or name.lower() in article.lower or (
                name.lower() in STOP_WORDS):
            continue  # a person's name, or a plain word the article also writes in lower case
        for start, end in occurrences:
            inside = working.overlapping(start, end)
            if taken.overlaps(start, end) or name_before(body, start) or NAME_AFTER.match(
                    body, end):
                continue  # a word of a longer name
            if not inside or all((working[i].start, working[i].end) == (start, end) and working[i].entity_id is None
                                 for i in inside):
                working.replace(inside, Span(start, end, "ORG", None, found.organisation_cue))
    return working.spans()


def may_join_the_list(run: re.Match, inside: list[Span], article: ArticleWords) -> bool:
    """A name no span holds (and no plain word opening a sentence), or the model's person or
    unknown place over exactly the name."""
    if not inside:
        return article.may_be_a_name(*run.span())
    return (len(inside) == 1 and inside[0].entity_id is None and inside[0].label in ("PERSON", "GPE", "LOC")
            and (inside[0].start, inside[0].end) == run.span())


