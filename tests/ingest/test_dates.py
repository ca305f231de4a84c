"""Dates in the forms news pages print them, and the lines that carry them."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.ingest.dates import DATE_LINE, date_from_line, labelled_date, parse_date, split_fields

JUNE_21 = dt.date(2022, 6, 21)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2022-06-21", JUNE_21),
        ("2022-6-21", JUNE_21),
        ("2022/6/21", JUNE_21),
        ("2022/06/21", JUNE_21),
        ("2022.06.21", JUNE_21),
        ("June 21, 2022", JUNE_21),
        ("June 21 2022", JUNE_21),
        ("JUNE 21, 2022", JUNE_21),
        ("June 21st, 2022", JUNE_21),
        ("Jun 21, 2022 10:30", JUNE_21),
        ("21 June 2022", JUNE_21),
        ("21 Jun 2022", JUNE_21),
        ("21-Jun-2022", JUNE_21),
        ("21st of June, 2022", JUNE_21),
        ("May.21, 2018", dt.date(2018, 5, 21)),
        ("Sept 3, 2021", dt.date(2021, 9, 3)),
        ("Sept. 3, 2021", dt.date(2021, 9, 3)),
        ("Jan. 5, 2023", dt.date(2023, 1, 5)),
        ("2022年6月21日", JUNE_21),
        ("2022 年 6 月 21 日", JUNE_21),
        ("２０２２年６月２１日", JUNE_21),
        ("2022-06-21 09:15:00", JUNE_21),
        ("2022-06-21T09:15:00Z", JUNE_21),
        ("Monday, June 21, 2022", JUNE_21),
        ("Updated: 2022-06-21 07:23", JUNE_21),
        ("The plan took effect on March 1, 2023 across the province.", dt.date(2023, 3, 1)),
        ("2024-02-29", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date_reads_each_form(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no date here",
        "2024-02-30",  # no such day
        "2023-02-29",  # not a leap year
        "2022-13-01",
        "June 31, 2022",
        "31 April 2022",
        "2022年2月30日",
        "June 2022",  # a month is not a day
        "Jan. 5",  # a wire dateline has no year
        "output rose 12.1 percent in 2021",
        "1.2.3.4",
        "version 2022.06.21.7",
    ],
)
def test_parse_date_gives_none_without_a_real_date(text: str) -> None:
    assert parse_date(text) is None


def test_parse_date_skips_numbers_that_are_no_year() -> None:
    assert parse_date("Call 0351-12-34 before 2022-07-01") == dt.date(2022, 7, 1)


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 2022-06-21",
        "Updated:2022-06-21",
        "UPDATED: 2022-06-21 07:23",
        "updated 2022-06-21",
        "Updated：2022-06-21",
        "Time: 2022-06-21 09:15:00",
        "Date: June 21, 2022",
        "Published: Tuesday, June 21, 2022, 10:30 am",
        "Posted: 21 June 2022",
        "Release date: 2022/6/21",
        "Last updated: 2022.06.21",
        "发布时间：2022-06-21 09:15",
        "发布时间: 2022年6月21日",
        "发布时间2022年6月21日 星期二",
        "2022-06-21",
        "2022-06-21 09:15",
        "June 21, 2022",
        "Jun 21, 2022 10:30",
        "Updated: 2022-06-21 10:30 (Beijing time)",
        "Updated: 2022-06-21 10:30 BJT",
        # a page's meta line: the date among short page furniture
        "Source: Xinhua | 2022-06-21 10:30:15 | Editor: huaxia",
        "chinadaily.com.cn | Updated: 2022-06-21 10:30",
        "By Li Ming | China Daily | Updated: 2022-06-21",
        "发布时间：2022-06-21  来源：山西日报",
        "Date: 2022-06-21 Source: Jinzhong Daily",
    ],
)
def test_date_from_line_reads_date_lines(line: str) -> None:
    assert date_from_line(line) == JUNE_21


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Updated: yesterday",
        "Updated: 2024-02-30",
        "Time to act on coal: 2022-06-21 deadline",
        "The plan was released on June 21, 2022.",
        "On June 21, 2022, the city opened a park",
        "Changzhi lauded by State Council for industrial upgrading",
        "Home > News",
        "Source: Shanxi Daily",
        "Updated: 2022-06-21 | the city said it would build more mines before winter.",
    ],
)
def test_date_from_line_refuses_other_lines(line: str) -> None:
    assert date_from_line(line) is None


@pytest.mark.parametrize(
    "label",
    ["Updated", "Time", "Date", "Published", "Posted", "Release date", "发布时间", "RELEASE DATE", "posted"],
)
@pytest.mark.parametrize("colon", [":", "：", ""])
def test_date_line_labels(label: str, colon: str) -> None:
    line = f"{label}{colon} 2022-06-21"
    match = DATE_LINE.match(line)
    assert match is not None and match["value"] == "2022-06-21"
    assert date_from_line(line) == JUNE_21


def test_date_line_label_must_be_a_whole_word() -> None:
    assert DATE_LINE.match("Timeline 2022-06-21") is None
    assert date_from_line("Dated 2022-06-21") is None


def test_split_fields_of_a_meta_line() -> None:
    assert split_fields("Source: Xinhua | 2022-06-21 10:30 | Editor: huaxia") == [
        "Source: Xinhua", "2022-06-21 10:30", "Editor: huaxia",
    ]
    assert split_fields("发布时间：2022-06-21来源：山西日报") == ["发布时间：2022-06-21", "来源：山西日报"]
    assert split_fields("Release date: 2022-06-21") == ["Release date: 2022-06-21"]


# Date-shaped pieces, so the text often holds a date, or nearly one.
DATE_PIECES = st.sampled_from([
    "2022-06-21", "June 21, 2022", "21 Jun 2022", "２０２２年６月２１日", "Updated:", "Date:", "|", "10:30",
    "2024-02-30", "Sept. 3", "1899-01-01", "3000-01-01", "21st of", "May.21, 2018", " ", "Xinhua", "发布时间：",
])


@settings(max_examples=300)
@given(st.one_of(st.text(), st.lists(st.one_of(DATE_PIECES, st.text(max_size=5)), max_size=6).map(" ".join),
                 st.lists(DATE_PIECES, max_size=6).map("".join)))
def test_a_date_found_in_any_text_has_its_year_written_there(text: str) -> None:
    plain = unicodedata.normalize("NFKC", text)  # full-width digits read as digits
    for result in (parse_date(text), date_from_line(text)):
        assert result is None or (type(result) is dt.date and str(result.year) in plain), result


@pytest.mark.parametrize("line", [
    # a byline too long to be page furniture still carries its labelled date
    "By Wang Fang and Li Qiang in Jincheng, Shanxi | China Daily | Updated: 2022-06-21 07:46",
    "Reported by Zhou Min and Sun Tao for the provincial portal  Published: June 21, 2022",
    "Source: Shanxi Provincial Bureau of Statistics and the Jinzhong municipal government | Time: 2022-06-21",
    "Date: 2022-06-21",
])
def test_labelled_date_reads_a_labelled_field_anywhere(line: str) -> None:
    assert labelled_date(line) == JUNE_21


@pytest.mark.parametrize("line", [
    "By Wang Fang and Li Qiang in Jincheng, Shanxi | China Daily",
    "The plant opened on 2022-06-21 after three years of work.",
    "By Wang Fang and Li Qiang | Updated: yesterday",
    "By Wang Fang and Li Qiang | Updated: 2022-06-21 and again on 2022-06-22",
    "",
])
def test_labelled_date_needs_a_label_and_a_date_alone(line: str) -> None:
    assert labelled_date(line) is None


@pytest.mark.parametrize("line, expected", [
    # the clock time before the date, the label with or without a colon
    ("Updated 18:45, 12-Nov-2023", dt.date(2023, 11, 12)),
    ("Updated: 09:30 2023-05-06", dt.date(2023, 5, 6)),
    ("Published 07:05 BJT, 3 March 2021", dt.date(2021, 3, 3)),
    ("14:20, 2022-06-21", JUNE_21),
])
def test_date_from_line_reads_a_time_before_the_date(line: str, expected: dt.date) -> None:
    assert date_from_line(line) == expected


@pytest.mark.parametrize("line", [
    "Updated 18:45, the mill said output rose on 12-Nov-2023",
    "At 18:45 on 12-Nov-2023 the bridge opened",
])
def test_time_before_the_date_needs_nothing_else(line: str) -> None:
    assert date_from_line(line) is None


def test_a_date_and_time_then_the_publisher_on_one_line_is_a_date_line():
    from digest.ingest.dates import date_from_line

    assert date_from_line("2016-11-23 14:20 China News Service Editor: Mo Hong'e") == dt.date(2016, 11, 23)
    assert date_from_line("2016-11-23 The city said output rose sharply in the first half of the year.") is None


def test_a_publisher_in_parentheses_then_time_and_date_is_a_date_line():
    from digest.ingest.dates import date_from_line

    assert date_from_line("(People's Daily Online) 14:26, November 09, 2021") == dt.date(2021, 11, 9)
    assert date_from_line("(Xinhua) The city said output rose in November 2021.") is None
