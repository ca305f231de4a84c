"""Text every output format can hold (#20).

Seeds, records and the region file pass through `safe_text` as they are
read, so no feed, sitemap, page, CSV or JSON file is given a character it
cannot hold or that hides what it says:

- characters XML 1.0 forbids (C0 controls but tab and line ends, lone
  surrogates, U+FFFE/U+FFFF): a feed holding one does not parse;
- bidirectional controls (U+202A-202E, U+2066-2069, U+200E/F): they make a
  title read other than it is written;
- zero-width characters (U+200B-200D, U+2060, U+FEFF): they hide a city
  name from matching ("Tai\u200byuan").

They are removed, not refused: an editor cannot see them to fix them, and
the text without them is what was meant. The three line ends Unicode has
besides the ASCII ones (U+0085, U+2028, U+2029) become a plain line end:
YAML reads them as line breaks, so a record holding one would read back
other than it was written. Text is then NFC-normalised, so a name typed
with a combining accent matches the same name precomposed.
"""

from __future__ import annotations

import re
import unicodedata

UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069\u200e\u200f"
    "\u200b-\u200d\u2060\ufeff]"
)


LINE_ENDS = re.compile("[\x85\u2028\u2029]")


def safe_text(text: str) -> str:
    """text without the characters above, in NFC."""
    if UNSAFE.search(text):
        text = UNSAFE.sub("", text)
    if not text.isascii():
        text = LINE_ENDS.sub("\n", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return text
