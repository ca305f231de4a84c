"""Reading seeds: bytes to text, text to header fields and body blocks.

The short articles here are made up for the tests (invented places, people and
figures); the five samples are read from the project's seeds/.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import PROJECT
from digest.textsafe import safe_text
from digest.ingest.seedtext import BLOCK_KINDS, Block, ParsedSeed, SeedError, decode, is_caption, parse_seed

SEEDS = PROJECT / "seeds"


def header_and_blocks(parsed: ParsedSeed) -> list[str]:
    """Every place a line can end up in: the header fields, then the blocks."""
    fields = [parsed.title, parsed.breadcrumb, parsed.byline, parsed.date_line, parsed.source_line, parsed.credit]
    return [f for f in fields if f is not None] + [b.text for b in parsed.blocks]


def clean_line(line: str) -> str:
    """A line as the parser should keep it: non-breaking spaces made plain,
    whitespace and zero-width characters gone from both ends."""
    line = line.replace("\u00a0", " ").replace("\u2007", " ").replace("\u202f", " ")
    while True:
        trimmed = line.strip().strip("\u200b\u200c\u200d\u2060\ufeff")
        if trimmed == line:
            return line
        line = trimmed


def text_lines(text: str) -> list[str]:
    """Every line of a text, cleaned; lines end at \\n, \\r\\n or \\r."""
    return [clean_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def input_lines(text: str) -> list[str]:
    """The non-empty lines of a text as the parser should keep them."""
    return [line for line in text_lines(text) if line]


def assert_every_line_placed_once(text: str, parsed: ParsedSeed) -> None:
    assert sorted(header_and_blocks(parsed)) == sorted(input_lines(text))
    numbers = [b.line for b in parsed.blocks]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    all_lines = text_lines(text)
    for block in parsed.blocks:
        assert all_lines[block.line - 1] == block.text
    if parsed.title is not None:
        assert all_lines[parsed.title_line - 1] == parsed.title


def kinds(parsed: ParsedSeed) -> list[str]:
    return [b.kind for b in parsed.blocks]


# --- invented articles, one per header shape -----------------------------------

NO_TITLE = """\
The county of Hetang opened its first glass-fibre plant on Monday, hiring 240 workers.

Managers said the plant will turn out 30,000 tons a year once its second kiln is lit.
"""

BREADCRUMB = """\
Home > News > Business

Datong battery park signs nine tenants

Date: 2021/3/8

The park on the city's eastern edge has signed leases with nine battery makers.

Officials expect the first cells to leave the lines in autumn.
"""

BYLINE = """\
Orchard growers turn to drones

By Feng Xiaolu (China Daily)

Updated: 2023-05-17 08:40

Apple growers in a hill county now spray their trees from the air.

Each drone covers in one hour what a team once covered in a day.
"""

BYLINE_IN_PLACE = """\
Steel mill swaps coke for gas

By LI MING in Taiyuan

Published: 2022-11-02

A mill in the provincial capital has replaced two coke ovens with a gas-fired furnace.
"""

WIRE = """\
Hydrogen buses join county fleet

Source: Xinhua | 2023-04-12 16:05:31 | Editor: huaxia

JINZHONG, April 12 (Xinhua) -- Forty fuel-cell buses began regular service in a county of Jinzhong on Wednesday, transport officials said.

The buses refuel at a station fed with by-product hydrogen from a nearby coking plant.

Enditem
"""

SOURCE_LINE = """\
Quarry towns plant walnut groves

Source: Shanxi Daily

发布时间：2021-10-08 15:20

Three former quarry towns have planted 1,200 hectares of walnut trees on restored slopes.

Each household in the scheme receives a share of the harvest.
"""

CAPTIONS = """\
Ceramics makers fire up electric kilns

Updated: 2022-09-30

Workers stack plates at a kiln in Pingding. [Photo/Xinhua]

A potter checks a glaze. [Photo provided to China Daily]

Electric kilns now fire more than half of the county's tableware, its industry bureau said.

A kiln hall at night [Photo by Zhao Lan for China Daily]

A packing line in a ceramics plant (Photo/IC)

Finished bowls wait for inspection [Photo: Liu Yang]

Trucks leave a ceramics park in Pingding. (Xinhua/Gao Feng)

A worker sorts cups by colour. [Xinhua]

The bureau plans to retire its last coal-fired kilns next year.
"""

HEADINGS = """\
Port city sets out its plan for 2025

Updated: 2025-01-15

The city will spend the year on three tasks, its mayor told lawmakers.

Cleaner power

Two gas turbines will replace an ageing coal plant by the end of June.

Faster freight

A rail spur will link the dry port with the coal belt.

Skills for young workers

Vocational schools will add 4,000 places in welding and electronics.
"""

SINGLE_NEWLINES = """\
Seed farms in the north adopt drip irrigation
Updated: 2020-07-03
Seed farms across the northern plateau have laid 800 kilometres of drip hose this spring.
Farm managers say water use has fallen by a quarter.
Yields of hybrid maize seed held steady.
Zhou Ning contributed to this story."""

CREDIT_EDITOR = """\
Copper foil line starts trial runs

Updated: 2022-02-14

A foil line in Houma began trial runs this week.

Editor: Wang Li
"""

CREDIT_EDITED_BY = """\
Glassworks recycles its own cullet

Updated: 2022-03-01

A glassworks now melts all of its broken offcuts back into new sheets.

(Edited by Zhou Ping)
"""

BY_YEAR_PARAGRAPH = """\
By 2027, the county expects half of its buses to run on hydrogen.

Its first refuelling station opened last month.
"""

OWN_ARTICLES = {
    "no_title": NO_TITLE,
    "breadcrumb": BREADCRUMB,
    "byline": BYLINE,
    "byline_in_place": BYLINE_IN_PLACE,
    "wire": WIRE,
    "source_line": SOURCE_LINE,
    "captions": CAPTIONS,
    "headings": HEADINGS,
    "single_newlines": SINGLE_NEWLINES,
    "credit_editor": CREDIT_EDITOR,
    "credit_edited_by": CREDIT_EDITED_BY,
    "by_year_paragraph": BY_YEAR_PARAGRAPH,
}


def test_no_title_when_the_article_opens_with_a_paragraph() -> None:
    parsed = parse_seed(NO_TITLE)
    assert parsed.title is None and parsed.title_line is None
    assert parsed.date is None and parsed.date_line is None
    assert kinds(parsed) == ["paragraph", "paragraph"]
    assert parsed.blocks[0].line == 1 and parsed.blocks[1].line == 3


def test_breadcrumb_is_a_header_field() -> None:
    parsed = parse_seed(BREADCRUMB)
    assert parsed.breadcrumb == "Home > News > Business"
    assert parsed.title == "Datong battery park signs nine tenants"
    assert parsed.title_line == 3
    assert parsed.date == dt.date(2021, 3, 8) and parsed.date_line == "Date: 2021/3/8"
    assert kinds(parsed) == ["paragraph", "paragraph"]


def test_byline_gives_author_and_publisher() -> None:
    parsed = parse_seed(BYLINE)
    assert parsed.byline == "By Feng Xiaolu (China Daily)"
    assert parsed.author == "Feng Xiaolu"
    assert parsed.publisher == "China Daily"
    assert parsed.date == dt.date(2023, 5, 17)
    assert parsed.date_line == "Updated: 2023-05-17 08:40"


def test_byline_with_a_place() -> None:
    parsed = parse_seed(BYLINE_IN_PLACE)
    assert parsed.byline == "By LI MING in Taiyuan"
    assert parsed.author == "LI MING"
    assert parsed.publisher is None
    assert parsed.date == dt.date(2022, 11, 2)


def test_a_paragraph_opening_with_by_is_no_byline() -> None:
    parsed = parse_seed(BY_YEAR_PARAGRAPH)
    assert parsed.byline is None and parsed.author is None
    assert parsed.title is None
    assert kinds(parsed) == ["paragraph", "paragraph"]


def test_wire_dateline_is_recorded_and_kept_in_the_paragraph() -> None:
    parsed = parse_seed(WIRE)
    assert parsed.title == "Hydrogen buses join county fleet"
    assert parsed.dateline == "JINZHONG, April 12 (Xinhua) --"
    assert parsed.blocks[0].text.startswith("JINZHONG, April 12 (Xinhua) -- Forty fuel-cell buses")
    assert parsed.publisher == "Xinhua"
    assert parsed.date_line == "Source: Xinhua | 2023-04-12 16:05:31 | Editor: huaxia"
    assert parsed.date == dt.date(2023, 4, 12)
    assert parsed.credit == "Enditem"


@pytest.mark.parametrize(
    "opening, dateline, publisher",
    [
        ("TAIYUAN, March 3 (Xinhua) -- The", "TAIYUAN, March 3 (Xinhua) --", "Xinhua"),
        ("BEIJING, Jan. 5 (Xinhua) --  The", "BEIJING, Jan. 5 (Xinhua) --", "Xinhua"),
        ("Taiyuan, June 2 (China Daily) — The", "Taiyuan, June 2 (China Daily) —", "China Daily"),
        ("TAIYUAN, Sept. 14 -- The", "TAIYUAN, Sept. 14 --", None),
        ("YUNCHENG (Xinhua) -- The", "YUNCHENG (Xinhua) --", "Xinhua"),
    ],
)
def test_dateline_forms(opening: str, dateline: str, publisher: str | None) -> None:
    text = f"Salt lake park reopens\n\n{opening} park reopened to visitors on Sunday after a two-year rebuild.\n"
    parsed = parse_seed(text)
    assert parsed.title == "Salt lake park reopens"
    assert parsed.dateline == dateline
    assert parsed.publisher == publisher
    assert parsed.blocks[0].text.startswith(opening)


def test_no_dateline_in_an_ordinary_paragraph() -> None:
    parsed = parse_seed("Mines go electric\n\nThe county, which mines bauxite -- and little else -- is electrifying its trucks.\n")
    assert parsed.dateline is None


def test_source_line_and_chinese_date_label() -> None:
    parsed = parse_seed(SOURCE_LINE)
    assert parsed.source_line == "Source: Shanxi Daily"
    assert parsed.publisher == "Shanxi Daily"
    assert parsed.date_line == "发布时间：2021-10-08 15:20"
    assert parsed.date == dt.date(2021, 10, 8)


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("Source: Shanxi Daily", "Shanxi Daily"),
        ("Source:chinadaily.com.cn", "chinadaily.com.cn"),
        ("SOURCE: Yuncheng Evening News.", "Yuncheng Evening News"),
        ("来源：山西日报", "山西日报"),
        ("(Source: Xinhua)", "Xinhua"),
    ],
)
def test_source_line_forms(line: str, publisher: str) -> None:
    parsed = parse_seed(f"Pear exports climb\n\n{line}\n\nPear growers shipped more fruit abroad this year.\n")
    assert parsed.source_line == line
    assert parsed.publisher == publisher


@pytest.mark.parametrize(
    "date_line, expected",
    [
        ("Updated: 2022-06-21", dt.date(2022, 6, 21)),
        ("Updated: 2022-06-21 07:23", dt.date(2022, 6, 21)),
        ("Time: 2019/4/2", dt.date(2019, 4, 2)),
        ("Date: 2020.12.01", dt.date(2020, 12, 1)),
        ("Published: May.21, 2018", dt.date(2018, 5, 21)),
        ("Posted: Sept 3, 2021", dt.date(2021, 9, 3)),
        ("Release date: 21 June 2022", dt.date(2022, 6, 21)),
        ("发布时间：2022年6月21日", dt.date(2022, 6, 21)),
        ("updated：2022-06-21", dt.date(2022, 6, 21)),
        ("Monday, June 21, 2022", dt.date(2022, 6, 21)),
        ("2022-06-21 09:15:00", dt.date(2022, 6, 21)),
        ("chinadaily.com.cn | Updated: 2022-06-21 10:30", dt.date(2022, 6, 21)),
        ("Updated: 2024-02-30", None),  # kept as the date line, but no such day
        ("Updated: last Tuesday", None),
    ],
)
def test_date_line_forms(date_line: str, expected: dt.date | None) -> None:
    text = f"Textile town retools its looms\n\n{date_line}\n\nSpinning mills in the town bought 300 new looms.\n"
    parsed = parse_seed(text)
    assert parsed.date_line == date_line
    assert parsed.date == expected
    assert kinds(parsed) == ["paragraph"]


def test_combined_meta_line_gives_author_and_publisher() -> None:
    parsed = parse_seed("Vinegar makers go digital\n\nBy Li Ming | China Daily | Updated: 2022-06-21 07:23\n\nBrewers log every vat.\n")
    assert parsed.date == dt.date(2022, 6, 21)
    assert parsed.author == "Li Ming" and parsed.publisher == "China Daily"


def test_combined_byline_and_date_line_gives_author_and_publisher() -> None:
    parsed = parse_seed("Pits close\n\nBy Yuan Li (China Daily) | Updated: 2022-06-21 07:30\n\nMiners rest.\n")
    assert (parsed.author, parsed.publisher) == ("Yuan Li", "China Daily")
    assert parsed.byline is None and parsed.date == dt.date(2022, 6, 21)


def test_a_long_byline_with_a_labelled_date_gives_the_date() -> None:
    line = "By Wang Fang and Li Qiang in Jincheng, Shanxi | China Daily | Updated: 2022-06-21 07:46"
    parsed = parse_seed(f"Pits close\n\n{line}\n\nMiners rest.\n")
    assert parsed.date == dt.date(2022, 6, 21)
    assert parsed.date_line == line and parsed.byline == line
    assert (parsed.author, parsed.publisher) == ("Wang Fang and Li Qiang", "China Daily")
    assert kinds(parsed) == ["paragraph"]


def test_a_timestamp_line_under_the_headline_dates_a_wire_story() -> None:
    parsed = parse_seed("Coal output edges up\n2022-06-21 18:05:31\n\n"
                        "TAIYUAN, June 21 (Xinhua) -- Output rose 2 percent, officials said.\n")
    assert parsed.date == dt.date(2022, 6, 21) and parsed.date_line == "2022-06-21 18:05:31"
    assert parsed.title == "Coal output edges up"


def test_a_headline_may_ask() -> None:
    assert parse_seed("Can coal towns go green?\n\nThree towns are trying.\n").title == "Can coal towns go green?"


def test_a_headline_opening_with_a_date_label_word_is_a_title() -> None:
    parsed = parse_seed("Time: the scarcest resource in the pits\n\nMiners say their shifts are long.\n")
    assert parsed.title == "Time: the scarcest resource in the pits"
    assert parsed.date_line is None


def test_a_second_date_line_is_kept_as_a_paragraph() -> None:
    parsed = parse_seed("Pits close\n\nUpdated: 2022-06-21\n\nUpdated: 2022-06-22\n\nMiners rest.\n")
    assert parsed.date == dt.date(2022, 6, 21)
    assert kinds(parsed) == ["paragraph", "paragraph"]


def test_captions_of_each_form() -> None:
    parsed = parse_seed(CAPTIONS)
    captions = [b.text for b in parsed.blocks if b.kind == "caption"]
    assert captions == [
        "Workers stack plates at a kiln in Pingding. [Photo/Xinhua]",
        "A potter checks a glaze. [Photo provided to China Daily]",
        "A kiln hall at night [Photo by Zhao Lan for China Daily]",
        "A packing line in a ceramics plant (Photo/IC)",
        "Finished bowls wait for inspection [Photo: Liu Yang]",
        "Trucks leave a ceramics park in Pingding. (Xinhua/Gao Feng)",
        "A worker sorts cups by colour. [Xinhua]",
    ]
    assert kinds(parsed).count("paragraph") == 2
    assert parsed.title == "Ceramics makers fire up electric kilns"


@pytest.mark.parametrize(
    "line",
    [
        "[Photo/VCG]",
        "A view of the plant. [PHOTO/CHINA DAILY]",
        "Solar panels on a slope (photo by Wu Qing)",
        "A file photo of the mine [File photo]",
        "A crane at work. 【Photo/Jinzhong Daily】",
        "Drone view of the park (Li Ming/Xinhua)",
        "A new kiln [Provided to China Daily]",
    ],
)
def test_more_caption_forms(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The plant makes photovoltaic (photo-electric) cells.",
        "Integrated circuits (IC)",
        "Output rose 12.1 percent (year-on-year).",
        "By Yuan Shenggao (China Daily)",
    ],
)
def test_not_captions(line: str) -> None:
    assert not is_caption(line)


def test_byline_ending_in_china_daily_is_not_a_caption() -> None:
    parsed = parse_seed(BYLINE)
    assert "caption" not in kinds(parsed)


def test_section_headings() -> None:
    parsed = parse_seed(HEADINGS)
    headings = [b.text for b in parsed.blocks if b.kind == "heading"]
    assert headings == ["Cleaner power", "Faster freight", "Skills for young workers"]
    assert kinds(parsed) == ["paragraph", "heading", "paragraph", "heading", "paragraph", "heading", "paragraph"]


def test_short_last_line_is_no_heading() -> None:
    parsed = parse_seed("Kiln rules tighten\n\nThe county set new limits on kiln smoke.\n\nMore to follow\n")
    assert kinds(parsed) == ["paragraph", "paragraph"]


def test_single_newline_paragraphs_stay_separate() -> None:
    parsed = parse_seed(SINGLE_NEWLINES)
    assert parsed.title == "Seed farms in the north adopt drip irrigation"
    assert parsed.date == dt.date(2020, 7, 3)
    assert [(b.kind, b.line) for b in parsed.blocks] == [("paragraph", 3), ("paragraph", 4), ("paragraph", 5)]
    assert parsed.credit == "Zhou Ning contributed to this story."


@pytest.mark.parametrize(
    "text, credit",
    [
        (CREDIT_EDITOR, "Editor: Wang Li"),
        (CREDIT_EDITED_BY, "(Edited by Zhou Ping)"),
        (SINGLE_NEWLINES, "Zhou Ning contributed to this story."),
        ("Coal barges\n\nBarges carried more coal.\n\nWang Fang and Du Lei contributed to the report.\n",
         "Wang Fang and Du Lei contributed to the report."),
        ("Coal barges\n\nBarges carried more coal.\n\nZhao Yi contributed to this story.\n\nSource: China Daily\n",
         "Zhao Yi contributed to this story."),
    ],
)
def test_closing_credit_is_not_a_block(text: str, credit: str) -> None:
    parsed = parse_seed(text)
    assert parsed.credit == credit
    assert credit not in [b.text for b in parsed.blocks]


def test_no_credit_in_an_ordinary_last_paragraph() -> None:
    parsed = parse_seed(NO_TITLE)
    assert parsed.credit is None


def test_crlf_and_lone_cr_line_ends() -> None:
    crlf = parse_seed(BYLINE.replace("\n", "\r\n"))
    assert crlf == parse_seed(BYLINE)
    assert parse_seed(SINGLE_NEWLINES.replace("\n", "\r")) == parse_seed(SINGLE_NEWLINES)


def test_non_breaking_spaces_are_made_plain_and_trimmed() -> None:
    text = "Home\u00a0>\u00a0 Overview\n\nTitle\u00a0of a story\u00a0\u00a0\n\nThe\u00a0mill grew \u2013\u00a0fast.\u00a0\n"
    parsed = parse_seed(text)
    assert parsed.breadcrumb == "Home >  Overview"
    assert parsed.title == "Title of a story"
    assert parsed.blocks[0].text == "The mill grew \u2013 fast."


def test_leading_indentation_is_dropped() -> None:
    parsed = parse_seed("Wind farm opens\n\n    The wind farm has 40 turbines.\n\u3000\u3000Each turns out 4 megawatts.\n")
    assert [b.text for b in parsed.blocks] == ["The wind farm has 40 turbines.", "Each turns out 4 megawatts."]


@pytest.mark.parametrize("name", sorted(OWN_ARTICLES))
def test_every_line_of_own_articles_is_placed_once(name: str) -> None:
    text = OWN_ARTICLES[name]
    assert_every_line_placed_once(text, parse_seed(text))


# --- errors --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty file"),
        ("  \n\u00a0\n\t\n", "only whitespace"),
        ("Coal output rises\n", "no article text: 1 line(s) but none reads as a paragraph"),
        ("Updated: 2022-06-21\n[Photo/Xinhua]\n", "no article text: 2 line(s) but none reads as a paragraph"),
    ],
)
def test_parse_seed_errors(text: str, message: str) -> None:
    with pytest.raises(SeedError) as caught:
        parse_seed(text)
    assert caught.value.message == message
    assert caught.value.line is None


def test_seed_error_names_its_line() -> None:
    error = SeedError("bad header", 3)
    assert (error.message, error.line, str(error)) == ("bad header", 3, "line 3: bad header")
    assert str(SeedError("empty file")) == "empty file"


# --- decoding ----------------------------------------------------------------------


def test_decode_utf8() -> None:
    assert decode("Lüliang – “coal”\n".encode()) == ("Lüliang – “coal”\n", "utf-8")


def test_decode_utf8_with_bom() -> None:
    text, encoding = decode(b"\xef\xbb\xbfTitle\r\n\r\nBody.\r\n")
    assert (text, encoding) == ("Title\n\nBody.\n", "utf-8-sig")


def test_decode_normalises_line_ends() -> None:
    assert decode(b"a\r\nb\rc\n")[0] == "a\nb\nc\n"


def test_decode_cp1252_curly_quotes_and_dashes() -> None:
    assert decode(b"\x93quoted\x94") == ("\u201cquoted\u201d", "cp1252")
    assert decode(b"coal \x96 and steel\x85 it\x92s") == ("coal \u2013 and steel\u2026 it\u2019s", "cp1252")


def test_decode_latin1() -> None:
    assert decode(b"Caf\xe9 at 25\xb0C") == ("Café at 25°C", "cp1252")
    # 0x81 has no Windows-1252 character: read as Latin-1, the rest as Windows-1252
    assert decode(b"\x93a\x81b\x94") == ("\u201ca\x81b\u201d", "latin-1")


def test_decode_utf8_with_a_stray_cp1252_quote() -> None:
    data = "Lüliang – ".encode() + b"\x93coal\x94"
    assert decode(data) == ("Lüliang – \u201ccoal\u201d", "utf-8+cp1252")


def test_decode_utf16_with_bom() -> None:
    assert decode("Title\r\nBody.".encode("utf-16")) == ("Title\nBody.", "utf-16")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b" \r\n\t\n", "only whitespace"),
        ("\u00a0\n".encode(), "only whitespace"),
        (b"abc\x00def", "binary file: NUL byte at offset 3; expected the article pasted as plain text"),
        (b"%PDF-1.7\n%\xe2\xe3", "binary file: looks like a PDF document; expected the article pasted as plain text"),
        (b"PK\x03\x04\x14\x00", "binary file: looks like a zip archive (a .docx or .xlsx file?); expected the article pasted as plain text"),
        (b"\x01\x02\x03\x04ab", "binary file: 4 of 6 characters are control characters; expected the article pasted as plain text"),
    ],
)
def test_decode_errors(data: bytes, message: str) -> None:
    with pytest.raises(SeedError) as caught:
        decode(data)
    assert caught.value.message == message


# --- the five samples --------------------------------------------------------------


def sample(prefix: str) -> tuple[str, ParsedSeed]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text, encoding = decode(path.read_bytes())
    assert encoding == "utf-8"
    return text, parse_seed(text)


def test_sample_000() -> None:
    _, parsed = sample("000")
    assert parsed.title == "Changzhi lauded by State Council for industrial upgrading"
    assert parsed.title_line == 1
    assert parsed.date == dt.date(2022, 6, 21) and parsed.date_line == "Updated: 2022-06-21"
    assert set(kinds(parsed)) == {"paragraph"} and len(parsed.blocks) == 9
    assert parsed.blocks[0].text.endswith("promotion of industrial upgrading.")  # trailing NBSP gone
    assert parsed.credit is None and parsed.byline is None and parsed.breadcrumb is None


def test_sample_001() -> None:
    _, parsed = sample("001")
    assert parsed.breadcrumb == "Home >  Overview"
    assert parsed.title == "Yangquan sees good growth in industrial development"
    assert parsed.title_line == 3
    assert parsed.date == dt.date(2022, 2, 10)
    captions = [b for b in parsed.blocks if b.kind == "caption"]
    assert [c.line for c in captions] == [8, 17, 26]
    assert captions[1].text == "The No 7 Shanxi Smart City in Yangquan [Photo/Yangquan Evening News]"
    assert kinds(parsed).count("paragraph") == 7 and "heading" not in kinds(parsed)
    assert "\u2013 those with annual revenues" in parsed.blocks[1].text


def test_sample_002() -> None:
    _, parsed = sample("002")
    assert parsed.title == "Manufacturers embrace upgrading to fuel growth"
    assert parsed.byline == "By Yuan Shenggao (China Daily)"
    assert parsed.author == "Yuan Shenggao" and parsed.publisher == "China Daily"
    assert parsed.date == dt.date(2023, 9, 1)
    assert parsed.credit == "Jin Shuaini contributed to this story."
    assert kinds(parsed) == ["caption"] + ["paragraph"] * 12


def test_sample_003() -> None:
    _, parsed = sample("003")
    assert parsed.title == "Shanxi to enhance industrial development in 2024"
    assert parsed.date == dt.date(2024, 1, 24)
    assert [b.text for b in parsed.blocks if b.kind == "heading"] == [
        "Energy revolution",
        "Transformation and upgrading of traditional advantageous industries",
        "Development of strategic emerging and future industries",
        "Expansion of digital economy",
        "High-quality development of cultural and tourism industries",
    ]
    assert kinds(parsed).count("paragraph") == 17 and "caption" not in kinds(parsed)
    assert parsed.credit is None


def test_sample_004() -> None:
    _, parsed = sample("004")
    assert parsed.title is None and parsed.title_line is None
    assert parsed.date is None and parsed.date_line is None
    assert parsed.blocks[0] == Block(
        "caption",
        "Robots are used for producing electronic products at a plant in Changzhi. [Photo by Li Ning for China Daily]",
        1,
    )
    assert kinds(parsed) == ["caption"] + ["paragraph"] * 12
    assert [b.line for b in parsed.blocks] == list(range(1, 14))
    assert parsed.credit == "Li Jiaming contributed to this story."


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_line_of_the_samples_is_placed_once(prefix: str) -> None:
    text, parsed = sample(prefix)
    assert_every_line_placed_once(text, parsed)


# --- any input -----------------------------------------------------------------------

# Lines shaped like page furniture and prose, shuffled into odd articles.
LINE_PIECES = st.sampled_from([
    "", " ", "\u00a0", "Home > News", "Updated: 2022-06-21", "Updated: 2024-02-30", "Date:",
    "By Li Ming (China Daily)", "By 2025, more.", "Source: Xinhua", "Source:",
    "[Photo/Xinhua]", "A mill. (Xinhua/Gao Feng)", "Energy revolution", "A short heading",
    "The mill grew 5 percent.", "TAIYUAN, March 3 (Xinhua) -- Output rose.",
    "Li Ming contributed to this story.", "Editor: Wang Li", "(Edited by Zhou Ping)",
    "发布时间：2022-06-21", "Xinhua | Updated: 2022-06-21 10:30", "Enditem", "a", "(", "[", ">",
])
ARTICLES = st.lists(
    st.one_of(LINE_PIECES, st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\u200b\u200c\u200d\u2060\ufeff\x85\u2028\u2029"), max_size=30)),
    max_size=12,
).map("\n".join)


@settings(max_examples=600)
@given(st.one_of(st.text(), ARTICLES))
@example("|")
@example("By\n|\n(")
@example("\u200b\n\ufeff \u2007")
def test_parse_seed_places_every_line_or_says_why_not(text: str) -> None:
    """Any text: every non-blank line lands once in a header field or a block,
    or the SeedError says why there is no article text."""
    lines = input_lines(text)
    try:
        parsed = parse_seed(text)
    except SeedError as exc:
        reason = "empty file" if not text else "only whitespace" if not lines else (
            f"no article text: {len(lines)} line(s) but none reads as a paragraph")
        assert exc.message == reason
        return
    assert_every_line_placed_once(text, parsed)
    assert all(b.kind in BLOCK_KINDS for b in parsed.blocks)
    assert any(b.kind == "paragraph" for b in parsed.blocks)


BINARY = re.compile(
    r"binary file: (looks like .+|starts like UTF-16 but is not|NUL byte at offset \d+"
    r"|\d+ of \d+ characters are control characters); expected the article pasted as plain text"
)


@settings(max_examples=300)
@given(st.one_of(st.binary(), st.text().map(str.encode), st.text().map(lambda t: ("\ufeff" + t).encode())))
def test_decode_gives_text_or_says_why_not(data: bytes) -> None:
    """Any bytes: text with \\n line ends (UTF-8 read as UTF-8), or a SeedError
    that names what the bytes are."""
    try:
        text, encoding = decode(data)
    except SeedError as exc:
        assert exc.message in ("empty file", "only whitespace") or BINARY.fullmatch(exc.message), exc.message
        assert data or exc.message == "empty file"
        return
    assert "\r" not in text and text.strip()
    assert encoding in ("utf-8", "utf-8-sig", "utf-8+cp1252", "cp1252", "latin-1", "utf-16")
    if encoding in ("utf-8", "utf-8-sig"):
        # less what no feed can hold, bidi and zero-width characters, in NFC (#20)
        plain = data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        assert text == safe_text(plain.replace("\x0b", "\n").replace("\x0c", "\n"))


# --- site chrome above the headline, bylines without "By" ---------------------


@pytest.mark.parametrize("chrome", [
    "Hefen Evening News English | 河汾晚报",
    "ECONOMY | MARKETS",
    "Dongshan County People's Government | Open Affairs > Policy Texts",
])
def test_a_masthead_line_is_no_title(chrome: str) -> None:
    text = (
        f"{chrome}\n\nDongshan glassworks doubles its furnace capacity\n\n"
        "Date: 2023-04-11\n\nThe Dongshan glassworks said it would add two furnaces this year.\n"
    )
    parsed = parse_seed(text)
    assert parsed.title == "Dongshan glassworks doubles its furnace capacity"
    assert parsed.breadcrumb == chrome
    assert sorted(header_and_blocks(parsed)) == sorted(input_lines(text))


def test_a_masthead_above_a_breadcrumb_and_a_menu_leaves_the_title_free() -> None:
    text = (
        "Hefen Evening News English | 河汾晚报\nHome  News  Business  Travel\nSearch\n"
        "You are here: Home > Business\n\nDongshan glassworks doubles its furnace capacity\n\n"
        "The Dongshan glassworks said it would add two furnaces this year.\n"
    )
    parsed = parse_seed(text)
    assert parsed.title == "Dongshan glassworks doubles its furnace capacity"
    assert parsed.breadcrumb == "You are here: Home > Business"
    assert parsed.source_line == "Hefen Evening News English | 河汾晚报"
    assert sorted(header_and_blocks(parsed)) == sorted(input_lines(text))


def test_a_headline_with_a_site_name_after_a_bar_stays_the_title() -> None:
    text = "Dongshan glassworks doubles its furnace capacity | Hefen News\n\nThe glassworks will add two furnaces.\n"
    assert parse_seed(text).title == "Dongshan glassworks doubles its furnace capacity | Hefen News"


def test_a_byline_with_the_writer_role() -> None:
    text = (
        "Dongshan glassworks doubles its furnace capacity\n\nBy Gao Wenli, staff reporter\n\n"
        "The glassworks will add two furnaces.\n"
    )
    parsed = parse_seed(text)
    assert parsed.byline == "By Gao Wenli, staff reporter"
    assert parsed.author == "Gao Wenli"


def test_a_bare_name_under_the_date_line_is_the_byline() -> None:
    text = (
        "Dongshan glassworks doubles its furnace capacity\n\nUpdated 08:10, 4-Apr-2023\nGao Wenli\n\n"
        "The glassworks will add two furnaces.\n\nFurnace Upgrades Ahead\n\nThe work starts in May.\n"
    )
    parsed = parse_seed(text)
    assert parsed.date == dt.date(2023, 4, 4)
    assert parsed.author == "Gao Wenli" and parsed.byline == "Gao Wenli"
    assert Block("heading", "Furnace Upgrades Ahead", 8) in parsed.blocks


def test_a_short_heading_not_under_the_date_line_is_no_byline() -> None:
    text = (
        "Dongshan glassworks doubles its furnace capacity\n\nGlass Output Grows\n\n"
        "The glassworks will add two furnaces.\n"
    )
    assert parse_seed(text).author is None


# --- headers.yaml: the words of the header shapes ------------------------------

HEADERS = PROJECT / "src" / "digest" / "ingest" / "headers.yaml"
GLASSWORKS = "Dongshan glassworks doubles its furnace capacity\n\n{header}\n\nThe glassworks will add two furnaces.\n\n{footer}\n"


def seedtext_reading(table: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh copy of the seed parser whose line shapes are built from another headers.yaml."""
    import importlib.util
    import sys

    import digest.ingest.seedtext as seedtext
    import digest.tables as tables

    real = tables.read_lists
    monkeypatch.setattr(tables, "read_lists", lambda path, patterns, words: real(table, patterns, words))
    name = "digest.ingest._seedtext_extended"
    spec = importlib.util.spec_from_file_location(name, seedtext.__file__)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_newcomer_extends_the_header_shapes_in_headers_yaml_alone(tmp_path, monkeypatch) -> None:
    table = tmp_path / "headers.yaml"
    words = HEADERS.read_text(encoding="utf-8")
    for list_name, entry in (("agencies", "Hefen Evening News"), ("editor_labels", "主编"), ("reporter_roles", "photographers?")):
        words = words.replace(f"\n{list_name}:\n", f"\n{list_name}:\n  - {entry}\n", 1)
    table.write_text(words, encoding="utf-8")
    caption = "Kilns at the Dongshan glassworks. (Hefen Evening News)"
    text = GLASSWORKS.format(header="By Gao Wenli, staff photographer", footer=f"{caption}\n\nThe work starts in May.\n\n主编：王晓燕")
    # the shipped table knows none of the three
    before = parse_seed(text)
    assert (before.author, before.credit) == (None, None)
    assert Block("caption", caption, 7) not in before.blocks

    extended = seedtext_reading(table, monkeypatch).parse_seed(text)

    assert extended.author == "Gao Wenli"
    assert extended.credit == "主编：王晓燕"
    assert [(b.kind, b.text, b.line) for b in extended.blocks] == [
        ("paragraph", "The glassworks will add two furnaces.", 5),
        ("caption", caption, 7),
        ("paragraph", "The work starts in May.", 9),
    ]


def plain_entries(list_name: str) -> list[str]:
    """The entries of a headers.yaml list that are plain words, not patterns."""
    import yaml

    entries = yaml.safe_load(HEADERS.read_text(encoding="utf-8"))[list_name]
    return [e for e in entries if not re.search(r"[\\()\[\]?*+{}|.]", e)]


@pytest.mark.parametrize("agency", plain_entries("agencies"))
def test_each_agency_of_the_table_credits_a_photo(agency: str) -> None:
    assert is_caption(f"Kilns at the Dongshan glassworks. ({agency})")
    assert is_caption(f"Kilns at the Dongshan glassworks. ({agency}/Gao Wenli)")


@pytest.mark.parametrize("agency", plain_entries("agencies_signing_with_name"))
def test_each_agency_signing_with_a_name_credits_a_photo_only_with_one(agency: str) -> None:
    assert is_caption(f"Kilns at the Dongshan glassworks. (Gao Wenli/{agency})")
    assert not is_caption(f"Kilns at the Dongshan glassworks. ({agency})")


@pytest.mark.parametrize("label", plain_entries("editor_labels"))
def test_each_editor_label_of_the_table_makes_the_closing_credit(label: str) -> None:
    parsed = parse_seed(GLASSWORKS.format(header="By Gao Wenli", footer=f"{label}: Wang Xiaoyan"))
    assert parsed.credit == f"{label}: Wang Xiaoyan"


def test_seed_text_loses_invisible_and_forbidden_characters():
    """#20: bidi controls and zero-width characters go (a city name with one
    inside is matched), characters XML forbids go, a form feed breaks a line,
    and the text is NFC."""
    from digest.ingest.seedtext import decode

    raw = "Tai\u200byuan \u202egrows\u202c\x1b.\x0cCafe\u0301 \ufeffopens.\n"
    text, _ = decode(raw.encode("utf-8"))
    assert text == "Taiyuan grows.\nCaf\u00e9 opens.\n"


def test_an_article_dated_only_by_its_lead_takes_the_leads_date_and_says_so():
    text = ("Flange makers go digital\n\n"
            "Xinzhou city on Thursday, Sept 12, 2019, opened the annual forging fair, where 300 buyers came.\n\n"
            "The county is home to 216 forging enterprises, and a plan issued on March 3, 2015 set the course.\n")
    parsed = parse_seed(text)
    assert parsed.date == dt.date(2019, 9, 12) and parsed.date_in_body
    dated = parse_seed("Flange makers go digital\n\nUpdated: 2019-09-13\n\n" + text.split("\n\n", 1)[1])
    assert dated.date == dt.date(2019, 9, 13) and not dated.date_in_body
    undated = parse_seed("Flange makers go digital\n\nThe county opened a fair in 2019.\n\nA plan issued on "
                         "March 3, 2015 set the course.\n")
    assert undated.date is None and not undated.date_in_body
    scene = parse_seed("Glassmakers ride the solar boom\n\nYangquan now wants a piece of the boom.\n\nOn Tuesday, "
                       "March 14, 2023, the first sheets came off a new line.\n")
    assert scene.date == dt.date(2023, 3, 14) and scene.date_in_body


def test_a_labelled_release_date_dates_a_report_whose_first_lines_name_another_day():
    text = ("Report on the Work of the City Government (excerpt)\n\n"
            "Delivered at the Fourth Session of the Municipal People's Congress on January 9, 2020\n\n"
            "English translation by the Foreign Affairs Office. Release date: 2020-01-15\n\n"
            "Fellow Deputies,\n\n"
            "The city's GDP grew 6.1 percent last year.\n")
    assert parse_seed(text).date == dt.date(2020, 1, 15)


def test_a_sites_name_above_its_crumb_trail_is_no_headline():
    parsed = parse_seed("Shuozhou Municipal People's Government\n\nHome > News > Departmental News\n\n"
                        "Shuozhou's industry: 2022 results and 2023 priorities\n\nDate: 2023-02-22\n\n"
                        "In 2022, Shuozhou pressed ahead with its coal-based industries.\n")
    assert parsed.title == "Shuozhou's industry: 2022 results and 2023 priorities"
    # a headline above a crumb trail stays the headline
    kept = parse_seed("Shanxi's industrial output grows 4.1% in first 10 months\n\nHome > Statistics > Data Release\n\n"
                      "Source: Shanxi Provincial Bureau of Statistics   Release date: 2024-11-19\n\nOutput grew.\n")
    assert kept.title == "Shanxi's industrial output grows 4.1% in first 10 months"



def test_a_sites_name_of_a_place_above_a_menu_and_its_crumb_trail_is_no_headline():
    for site in ("Jincheng Municipal Bureau of Statistics", "The People's Government of Datong Municipality",
                 "Shanxi Provincial Department of Commerce", "Datong Municipal Energy Administration",
                 "Department of Industry and Information Technology of Shanxi Province",
                 "People's Government of Yunzhou District, Datong City",
                 "Lucheng District People's Government, Changzhi City"):
        parsed = parse_seed(f"{site}\nHome | About | Government Information | Services\n\nHome > Statistics\n\n"
                            "Datong's industrial output rises 8.4% in first four months\n\nDate: 2022-05-20\n\n"
                            "Output grew.\n")
        assert parsed.title == "Datong's industrial output rises 8.4% in first four months"


def test_a_sites_name_above_a_trail_written_with_bars_from_home_is_no_headline():
    parsed = parse_seed("Changzhi Municipal Bureau of Statistics\nHome | Statistical Information | Statistical "
                        "Communiques\n\nStatistical Communique of Changzhi City on the 2019 National Economic and "
                        "Social Development\n\nDate: 2020-04-03 | Source: Changzhi Municipal Bureau of Statistics\n\n"
                        "The city's GDP reached 165.21 billion yuan.\n")
    assert parsed.title == "Statistical Communique of Changzhi City on the 2019 National Economic and Social Development"
    assert parsed.breadcrumb == "Home | Statistical Information | Statistical Communiques"
    # a headline over a menu strip that is no trail stays the headline
    kept = parse_seed("Datong's industrial output rises 8.4%\nNews | Business | Photos\n\nDate: 2022-05-20\n\nOutput grew.\n")
    assert kept.title == "Datong's industrial output rises 8.4%"


def test_a_labelled_figure_line_is_text_and_a_numbered_name_is_a_heading() -> None:
    parsed = parse_seed("Top counties by GDP\n\n2024-04-09\n\nThe list follows, by GDP in 2023.\n\n"
                        "1. Xiaoyi (Lyuliang)\nGDP: 112.6 billion yuan, up 4.8 percent\n"
                        "It made 16.8 million tons of coke.\n\n2. Revenue of 20 billion yuan\n\nII. Targets for 2025\n\nGrow 6 percent.\n")
    kinds = {b.text: b.kind for b in parsed.blocks}
    assert kinds["1. Xiaoyi (Lyuliang)"] == "heading"
    assert kinds["GDP: 112.6 billion yuan, up 4.8 percent"] == "paragraph"
    assert kinds["2. Revenue of 20 billion yuan"] == "paragraph"  # a numbered line with a figure is text
    assert kinds["II. Targets for 2025"] == "heading"


def test_a_releases_dateline_under_its_subtitle_dates_it() -> None:
    parsed = parse_seed("Jinyi Opens Plant; 2020 Revenue Up 19.6%\n\n"
                        "New plant adds 120,000 parts of annual capacity for jets and drones\n\n"
                        "TAIYUAN, China, April 13, 2021 /PRNewswire/ -- Jinyi today announced the opening of its plant.\n\n"
                        "Revenue was RMB 1.27 billion.\n")
    assert parsed.date == dt.date(2021, 4, 13)
    assert parsed.dateline is not None and parsed.dateline.startswith("TAIYUAN")


def test_a_releases_dateline_under_its_providers_name_dates_it_and_so_does_a_us_time_zone() -> None:
    text = ("Puzhou Imaging Reports Full-Year 2023 Results\n\nNews provided by\n\nPuzhou Imaging Technology Co., Ltd.\n\n"
            "{stamp}YONGJI, China, March 26, 2024 /PRNewswire/ -- Puzhou Imaging today announced its results.\n\n"
            "Revenue was RMB 412.7 million.\n")
    parsed = parse_seed(text.format(stamp=""))
    assert parsed.date == dt.date(2024, 3, 26)
    assert parsed.dateline is not None and parsed.dateline.startswith("YONGJI")
    assert parse_seed(text.format(stamp="Mar 25, 2024, 19:30 ET\n\n")).date == dt.date(2024, 3, 25)


def test_a_report_is_dated_by_the_day_it_was_delivered():
    text = ("Report on the Work of the Taiyuan Municipal Government (excerpt)\n\n"
            "Delivered at the Fifth Session of the 15th Taiyuan Municipal People's Congress on January 26, 2021\n\n"
            "Fellow Deputies,\n\nThe past year was extraordinary. GDP reached 412.6 billion yuan, and a plan "
            "issued on March 3, 2015 set the course.\n")
    parsed = parse_seed(text)
    assert parsed.date == dt.date(2021, 1, 26) and parsed.date_in_body


def test_a_headline_may_quote_two_sentences():
    parsed = parse_seed('Q&A: "Coal built this city. Now we want it to fly"\n\n2020-09-15\n\nDatong has courted drone '
                        'makers.\n')
    assert parsed.title == 'Q&A: "Coal built this city. Now we want it to fly"'
    assert parse_seed("Coal built this city. Now it wants to fly.\n\n2020-09-15\n\nText.\n").title is None
