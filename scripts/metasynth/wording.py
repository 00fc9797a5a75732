"""The words a page is written in, as linking compares them.

``text_words`` fills the ``text_words`` column of ``01_documents.csv``: a page's content
words, most used first. Linking weighs each word by how few of the documents in the
corpus use it (its inverse document frequency), so the words every report of a field
prints ("heart", "failure" in a folder of heart-failure trials) count for little and the
ones only one trial's reports print (a place, a sponsor, an intervention's own words:
"tai", "chi", "tufts", "stretching") count for much. No list of trials, drugs or
diseases is involved.
"""

from __future__ import annotations

import re
from collections import Counter

# how many words a page keeps, and how much of it is read (a full text's opening pages:
# its abstract, methods and first results)
TEXT_WORDS = 100
TEXT_WORDS_READ = 30_000

# (a run of more than forty letters is no word: an encoded image, a URL's token)
_WORD_RE = re.compile(r"(?<![a-z-])[a-z][a-z-]{2,39}(?![a-z-])")

# English words that say nothing of a page's subject, and the words every trial report
# prints whatever it is about (its design, its statistics, its people)
STOP_WORDS = frozenset(
    """
    about above after again against all also although among and another any are around
    because been before being below between both but can could did does doing done down
    during each either else even ever every few for from further had has have having her
    here hers him his how however into its itself just may might more most much must
    nor not now off once only other others our ours out over own per same she should
    since some such than that the their theirs them then there these they this those
    though through thus too under until upon very was were what when where whether which
    while who whom whose why will with within without would yet you your
    one two three four five six seven eight nine ten first second third half
    patients patient participants participant people persons trial trials study studies
    randomised randomized randomly random randomisation randomization assigned group
    groups arm arms control controlled placebo versus compared comparison received
    receive receiving treated treatment treatments therapy results result outcome
    outcomes primary secondary endpoint endpoints analysis analyses data year years month
    months week weeks day days rate rates ratio ratios hazard odds relative risk risks
    confidence interval significant significantly difference differences mean median
    number total overall effect effects reduced reduce reduction increased increase lower
    higher less more clinical evidence report reported reports new findings conclusion
    conclusions background methods method objective objectives design setting
    interventions intervention measures measure main included including follow-up
    """.split()
)


def singular(word: str) -> str:
    """A plural read as its singular, so that a title's "antibiotic" meets another's
    "antibiotics" ("therapies" -> "therapy"; "sepsis", "virus", "glass" stay)."""
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith(("uses", "sses")):
        return word[:-2]  # "viruses", "classes"
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "-s")) and len(word) > 5:
        return word[:-1]
    return word


def text_words(text: str, limit: int = TEXT_WORDS) -> list[str]:
    """The content words of a page's opening (``TEXT_WORDS_READ`` characters), lower case
    and singular, most used first (ties: first printed first), at most ``limit``: words of
    three to forty letters, hyphenated ones whole ("covid-19" as "covid"), without
    ``STOP_WORDS``. Numbers are not words here: a page's figures are read elsewhere."""
    printed = Counter(_WORD_RE.findall(text[:TEXT_WORDS_READ].lower()))  # first printed first
    counts: Counter = Counter()
    for form, n in printed.items():
        word = form.strip("-")
        if len(word) < 3 or word in STOP_WORDS:
            continue
        word = singular(word)
        if word not in STOP_WORDS:
            counts[word] += n
    # (a stable sort: words used as often keep the order they were first printed in)
    return sorted(counts, key=lambda w: -counts[w])[:limit]
