"""Teaser lists scraped above an article: a 'Tin mới' heading, then other stories' headlines, each over its stamp.
They are neither the page's headline nor its date, and the cleaner blanks them before it reads the page."""

from __future__ import annotations

import re

from . import lines as L
from .outlets import outlet_name
from .text import fold_key

_MOST_READ = re.compile(r"^\s*(?:đọc nhiều|xem nhiều)\s*:?\s*$", re.IGNORECASE)


def without_teaser_lists(rows: list[str]) -> list[str]:
    """The rows with any 'Tin mới' list above the article blanked: a list heading, then teasers each over
    its stamp. Two teasers, or one with no lead right under it, make a list; else the heading only labels
    the article's own headline and stamp."""
    rows = list(rows)
    first_prose = next((i for i, r in enumerate(rows) if L.is_prose(r)), len(rows))
    for h in range(first_prose):
        if not (L.is_tail_marker(rows[h]) or _MOST_READ.match(rows[h])) or len(L.words(rows[h])) > 4:
            continue
        k = h + 1
        while k + 1 < first_prose and _teaser(rows[k]) and L.timestamp_of(rows[k + 1]) and (
                first_prose - k > 3 or (k > h + 1 and not _about_the_lead(rows[k], rows[first_prose:first_prose + 2]))):
            k += 2  # a headline and stamp right over the lead (a byline between at most) are the article's, if
            # they speak of what the lead does: the last teaser of a list may stand there too
        teasers = (k - h - 1) // 2
        if teasers >= 2 or (teasers == 1 and k < first_prose):
            rows[h:k] = [""] * (k - h)
    return rows


def _about_the_lead(headline: str, lead: list[str]) -> bool:
    """At least a third of the headline's words are in the lead's first lines, as an article's headline's are
    ('Giá xăng dầu hôm nay giảm nhẹ' over a police lead is a teaser)."""
    words = {fold_key(w) for w in L.words(headline) if len(w) > 1}
    said = {fold_key(w) for line in lead for w in L.words(line)}
    return bool(words) and len(words & said) >= len(words) / 3


def _teaser(line: str) -> bool:
    """A line that may be a teaser's headline: five words or more, no stamp, not in capitals and no outlet's
    name ('An ninh Thủ đô', 'Báo Nghệ An điện tử' over a clock are the page's masthead)."""
    return len(L.words(line)) >= 5 and not L.timestamp_of(line) and not line.isupper() and \
        outlet_name(line) is None
