"""A text written in capitals read in the case of English prose.

Old wire feeds and some press releases come in capitals ("THE WORLD BANK HAS AGREED TO LEND KENYA
$500 MILLION"): the model learned names from their capital letters and finds next to none there.
The chain reads such a text's sentences in capitals as truecase (a truecaser trained on news: which
case each word takes next to its neighbours) restores them, changing only the case of letters, so
every offset stays the text's own; the rows keep the text as written (Extraction.as_written).
"""

from __future__ import annotations

import functools
import re

# A sentence is in capitals when this share of its words (of two letters or more) are, and at
# least MIN_CAPITAL_WORDS of them: a line of acronyms ("IMF, ECB") or "NEW YORK" alone says
# too little to be recased, and a sentence with one acronym is ordinary prose.
CAPITALS_SHARE = 0.9
MIN_CAPITAL_WORDS = 4
WORD = re.compile(r"[^\W\d_]{2,}")
# The share of a word's readings in capitals below which the truecaser's lower case wins over the
# gazetteer's name ("US" is US in 3% of the model's readings, "WHO" in 0.02%).
KEPT_CAPITALS_SHARE = 0.01
# Tokens as truecase's model was counted (NLTK's word tokens): dotted abbreviations, words with
# their digits, a possessive's "'s", any other sign alone.
TOKEN = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?|[^\W_]+|['’][sS]\b|[^\w\s]")

# The end of a dateline, after which the story's first sentence opens: "NAIROBI, MARCH 4 (REUTERS) - THE"
DATELINE_END = re.compile(r"\)\s*(?:-{1,2}|[—–])\s*\Z")


def in_capitals(sentence: str) -> bool:
    return words_in_capitals(WORD.findall(sentence))


def words_in_capitals(words: list[str]) -> bool:
    capital = sum(word.isupper() for word in words)
    return capital >= MIN_CAPITAL_WORDS and capital >= CAPITALS_SHARE * len(words)


@functools.lru_cache(maxsize=1)
def truecaser():
    """truecase's model for English (about 4 s and 0.5 GB the first time, so only a text with a
    sentence in capitals loads it)."""
    import truecase

    return truecase.get_truecaser()


def is_kept_capitals(word: str) -> bool:
    """A name the gazetteer writes in capitals ("US", "EU", "IMF") stays so, unless the truecaser
    reads it in lower case nearly always ("WHO" is "who"): "US" is "us" to the model most often."""
    from .gazetteer import load_gazetteer

    if len(word) < 2 or not word.isupper() or word not in load_gazetteer().surfaces:
        return False
    model = truecaser()
    counts = {form: model.uni_dist[form] for form in model.word_casing_lookup.get(word.lower(), ())}
    return not counts or counts.get(word, 0) >= KEPT_CAPITALS_SHARE * sum(counts.values())


def recased(sentence: str) -> str:
    """The sentence with each word in the case the truecaser gives it next to its neighbours, a
    word it does not know in title case, the first word (and the first after a dateline)
    capitalised; only letters change case, so the result is as long as the sentence and aligned
    with it."""
    tokens = list(TOKEN.finditer(sentence))
    # after a full stop, as the model counted a sentence's first word; truecase's own first-word
    # rule capitalises the word it chose and lowers the rest ("US" became "Us")
    cased = truecaser().get_true_case_from_tokens([".", *(t.group().replace("’", "'") for t in tokens)], "title")[1:]
    letters = list(sentence)
    first = True
    for token, word in zip(tokens, cased):
        written = token.group()
        if not any(c.isalpha() for c in written):
            continue
        first = first or bool(DATELINE_END.search(sentence, 0, token.start()))
        if first and word.islower() and written[0].isalpha():
            word = word[0].upper() + word[1:]
        first = False
        if is_kept_capitals(written):
            continue
        if len(word) == len(written) and word.lower() == written.replace("’", "'").lower():
            letters[token.start():token.end()] = [w if w.isalpha() else o for w, o in zip(word, written)]
    return "".join(letters)


def restored_case(text: str, sentences: list[tuple[int, int]]) -> str:
    """The text with every sentence in capitals recased when most of its words are in such
    sentences; else the same text. A story written in mixed case keeps its capitals: a headline or
    a slug there ("CRICKET - ENGLAND V PAKISTAN") is no sentence of prose, and the chain reads its
    names as it always has."""
    words = [WORD.findall(text[start:end]) for start, end in sentences]
    capital = [words_in_capitals(found) for found in words]
    if sum(len(found) for found, c in zip(words, capital) if c) * 2 < sum(map(len, words)):
        return text
    pieces, done = [], 0
    for (start, end), in_caps in zip(sentences, capital):
        if in_caps:
            pieces += [text[done:start], recased(text[start:end])]
            done = end
    return "".join(pieces) + text[done:]
