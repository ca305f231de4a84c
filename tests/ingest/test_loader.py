"""The loader on the five samples, against the hand-made gold annotations."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import PROJECT, gold_path
from digest.ingest.classify import Classifier
from digest.records.content import record_to_dict, render_record, split_record
from digest.ingest.loader import load_seed
from digest.records.region import load_region

SEEDS = sorted((PROJECT / "seeds").glob("*.txt"))
TITLES = {
    "000_48f6f83ecc8c59d9.txt": "Changzhi lauded by State Council for industrial upgrading",
    "001_53f2f2d93d4f63c9.txt": "Yangquan sees good growth in industrial development",
    "002_891f6c9abe6dcb1d.txt": "Manufacturers embrace upgrading to fuel growth",
    "003_0c95159e5921e68a.txt": "Shanxi to enhance industrial development in 2024",
}


@pytest.fixture(scope="module")
def region():
    return load_region(PROJECT / "content")


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load(gold_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def loaded(region):
    classifier = Classifier(region)
    return {p.name: load_seed(p.read_bytes(), f"seeds/{p.name}", region, classifier) for p in SEEDS}


def test_five_samples_present():
    assert [p.name for p in SEEDS] == [
        "000_48f6f83ecc8c59d9.txt", "001_53f2f2d93d4f63c9.txt", "002_891f6c9abe6dcb1d.txt",
        "003_0c95159e5921e68a.txt", "004_4495cb8cc6b94838.txt",
    ]


@pytest.mark.parametrize("name", [p.name for p in SEEDS])
def test_date_city_cities_match_gold(loaded, gold, name):
    article, want = loaded[name], gold[name]
    assert article.date == want["date"]
    assert article.city == want["city"].lower()
    assert set(article.cities) == {c.lower() for c in want["cities"]}


@pytest.mark.parametrize("name", [p.name for p in SEEDS])
def test_title_and_review(loaded, name):
    article = loaded[name]
    if name in TITLES:
        assert article.title == TITLES[name]
        assert "title" not in article.review
    else:
        assert "title" in article.review and article.title
    assert ("date" in article.review) == (article.date is None)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


@pytest.mark.parametrize("name", [p.name for p in SEEDS])
def test_every_seed_line_is_kept_in_the_record(loaded, name):
    record = render_record(loaded[name])
    meta, body, _, _ = split_record(record, name)
    fields = [_normal(str(v)) for v in (meta["title"], *meta["source"].values())]
    body_text = _normal(body.replace("\\", ""))
    for line in (PROJECT / "seeds" / name).read_text(encoding="utf-8").splitlines():
        line = _normal(line)
        if line:
            assert line in fields or line in body_text, f"{name}: line lost: {line!r}"


@pytest.mark.parametrize("name", [p.name for p in SEEDS])
def test_record_round_trips_through_content(loaded, region, name):
    from digest.records.content import validate

    record = render_record(loaded[name])
    meta, body, lines, figure_lines = split_record(record, name)
    article, problems = validate(meta, body, name, lines, figure_lines, region, loaded[name].slug)
    assert problems == []
    assert record_to_dict(article) == record_to_dict(loaded[name])


def test_sample_page_shows_figures_with_unit_usd_and_period(loaded, tmp_path):
    from conftest import make_project
    from digest.build import build

    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    slug = loaded["000_48f6f83ecc8c59d9.txt"].slug
    page = (settings.out / "articles" / f"{slug}.html").read_text(encoding="utf-8")
    assert "7 billion yuan" in page and "$1.05 billion" in page
    assert "<td>2021</td>" in page


WIRE = b"""Datong bets on green hydrogen

Updated: 2024-03-12

TAIYUAN, March 12 (Xinhua) -- Datong, a coal city in north China's Shanxi province, is turning to hydrogen as it seeks new growth.

A hydrogen plant in the city's Yungang district reached a production capacity of 30,000 tons in 2023, and the city aims for a hydrogen production capacity of 100,000 tons by 2027.

The plant used 1.2 million tons of coal as feedstock in 2023, while its operator plans to cut that by 20 percent by 2026.

The province's raw coal output was 1.38 billion tons last year, up 2.1 percent.

Datong added 12 hydrogen refueling stations in 2023 and plans to build 30 charging piles by 2025.

Industrial added value grew 4 percent at enterprises above designated size, those with annual revenue of 20 million yuan or more.
"""


def test_wire_story_figures_mean_what_they_say(region):
    from digest.records.indicators import load_indicators
    article = load_seed(WIRE, "seeds/wire.txt", region, None, load_indicators(PROJECT / "content"))
    got = [(f.text, f.indicator, f.kind, f.status, f.period, f.city) for f in article.figures]
    assert got == [
        # One plant's result, then the city's goal in the same sentence.
        ("30,000 tons", None, "level", "actual", "2023", "datong"),
        ("100,000 tons", "production-capacity", "level", "target", "2027", "datong"),
        # The plant's coal input is a result beside its operator's plan.
        ("1.2 million tons", None, "level", "actual", "2023", "datong"),
        ("20 percent", None, "change", "target", "2026", "datong"),
        # A province-wide figure in a city story, "last year" against the date.
        ("1.38 billion tons", "raw-coal-output", "level", "actual", "2023", "shanxi"),
        ("2.1 percent", "raw-coal-output", "change", "actual", "2023", "shanxi"),
        # Additions to a stock are changes; the plan is a target with its deadline.
        ("12", "charging-stations", "change", "actual", "2023", "datong"),
        ("30", "charging-stations", "change", "target", "2025", "datong"),
        # The designated-size threshold is a national rule with no period.
        ("4 percent", "industrial-value-added", "change", "actual", "2024", "datong"),
        ("20 million yuan", None, "level", "actual", None, "china"),
    ]
    # The coal input was read beyond the figure's own words; the operator's cut names nothing.
    assert article.review == ("figures[3].indicator",)


NATIONAL = b"""China maps out storage push as Shanxi races to balance wind and coal

Updated: 2022-03-22

The country's installed new-type energy storage capacity stood at 4 million kilowatts at the end of 2021. The plan \
aims for more than 30 million kW by 2025.

Pumped storage had 36.39 million kW of capacity nationwide last year, and the government wants 62 million kW by 2025.

Shanxi plans to have 6 million kW of new-type storage by 2025, and 6,800 livestreamers sell its apples to buyers \
across the country.
"""


def test_the_nations_figures_are_chinas_and_the_paragraph_after_keeps_them_so(region):
    article = load_seed(NATIONAL, "seeds/national.txt", region)
    assert {f.text: f.city for f in article.figures} == {
        "4 million kilowatts": "china", "30 million kW": "china", "36.39 million kW": "china",
        "62 million kW": "china", "6 million kW": "shanxi", "6,800": "shanxi"}


def test_a_figure_spanning_two_cities_is_the_provinces(region):
    seed = (b"Ash to alumina\n\nUpdated: 2023-05-02\n\nShuozhou opened its first ash-to-alumina line in March. "
            b"Similar projects are under way in neighboring Datong and Xinzhou, where two lines with a combined "
            b"capacity of 1 million tonnes are being built.\n")
    article = load_seed(seed, "seeds/ash.txt", region)
    assert {f.text: f.city for f in article.figures}["1 million tonnes"] == "shanxi"


PRESS_RELEASE = b"""Jinlong Breaks Ground on Graphite Anode Plant in Taiyuan

TAIYUAN, China, May 16, 2023 /PRNewswire/ -- Jinlong Carbon Materials Co., Ltd. ("Jinlong" or "the Company") \
today announced that it has broken ground on its new production base in Taiyuan, Shanxi province.

Phase I of the project, covering 420 mu, will include 8 furnace lines. The Company expects the new base to create \
1,200 jobs.

In fiscal year 2022, Jinlong reported revenue of US$312 million and shipped 38,000 tonnes of anode materials.

About Jinlong

Founded in 2011 and headquartered in Shenzhen, Jinlong Carbon Materials Co., Ltd. makes anode materials. The \
Company operates 3 production bases in China and employs more than 2,600 people.
"""


def test_a_company_based_outside_the_region_has_its_own_totals_in_other(region):
    article = load_seed(PRESS_RELEASE, "seeds/jinlong.txt", region)
    places = {f.text: f.city for f in article.figures}
    assert places["420 mu"] == places["8"] == places["1,200"] == "taiyuan"
    assert places["US$312 million"] == places["38,000 tonnes"] == places["2,600"] == "other"
    # A company based in the region is its place's.
    local = load_seed(PRESS_RELEASE.replace(b"Shenzhen", b"Taiyuan"), "seeds/jinlong.txt", region)
    assert {f.text: f.city for f in local.figures}["US$312 million"] == "taiyuan"


def test_a_roundups_items_take_the_city_their_heading_or_paragraph_names(region):
    seed = ("Around Shanxi: the week in industry\n\n"
            "Shanxi Business Weekly | Updated: 2021-05-14\n\n"
            "Our Friday roundup of industrial news from around the province.\n\n"
            "JINCHENG: Coalbed methane output climbs\n\n"
            "Local producers drilled 310 new wells over the past month.\n\n"
            "YUNCHENG: Foil plant breaks ground\n\n"
            "Yuncheng signed a deal for a new aluminum plant on Tuesday. The plant will employ about 900 workers "
            "and roll 150,000 tons of foil a year.\n")
    article = load_seed(seed.encode(), "seeds/roundup.txt", region, Classifier(region))
    places = {f.text: f.city for f in article.figures}
    assert places["310"] == "jincheng"  # the section's heading
    assert places["900"] == "yuncheng" and places["150,000 tons"] == "yuncheng"  # the paragraph's first sentence


def test_each_city_said_right_before_its_count_is_that_counts_place(region):
    text = ("Little giants multiply in Shanxi\n\n2023-09-14\n\n"
            "Shanxi now counts 120 national little giant enterprises. "
            "Taiyuan has 53 of the national little giants, Changzhi 17 and Jinzhong 14.\n").encode()
    article = load_seed(text, "seeds/giants.txt", region)
    assert [(f.text, f.city) for f in article.figures][-3:] == [("53", "taiyuan"), ("17", "changzhi"),
                                                                ("14", "jinzhong")]


def test_cities_ranked_with_at_or_listed_respectively_give_each_figure_its_own(region):
    text = ("Shanxi industry grows in first quarter\n\n2019-04-22\n\n"
            "Shanxi's industrial value added grew 6.2 percent in the first quarter. "
            "Among the 11 cities, Taiyuan led with industrial growth of 8.6 percent, followed by Changzhi at 7.9 "
            "percent and Jinzhong at 7.4 percent. Growth in Shuozhou and Yuncheng was 3.2 percent and 5.1 percent "
            "respectively.\n").encode()
    places = {f.text: f.city for f in load_seed(text, "seeds/ranks.txt", region).figures}
    assert [places[t] for t in ("8.6 percent", "7.9 percent", "7.4 percent", "3.2 percent", "5.1 percent")] == [
        "taiyuan", "changzhi", "jinzhong", "shuozhou", "yuncheng"]


def test_counts_said_to_be_in_a_city_are_that_citys(region):
    text = ("Machine tool makers gain\n\n2021-06-01\n\n"
            "Shanxi has 58 machine tool makers. Twenty-seven of them are in the provincial capital Taiyuan, 14 in "
            "Jinzhong and nine in Yuncheng, with the remaining eight scattered across other cities.\n").encode()
    places = {f.text: f.city for f in load_seed(text, "seeds/tools.txt", region).figures}
    assert [places[t] for t in ("Twenty-seven", "14", "nine")] == ["taiyuan", "jinzhong", "yuncheng"]


def test_a_sector_wire_headlined_on_the_province_of_shanxi_is_the_provinces_wherever_it_was_filed(region):
    text = ("China's coal province of Shanxi turns out more rare earth magnets\n\n"
            "Source: Xinhua | 2021-02-03 17:26:41 | Editor: huaxia\n\n"
            "TAIYUAN, Feb. 3 (Xinhua) -- North China's Shanxi Province produced 68,400 tonnes of magnets in 2020, "
            "the provincial department of industry said in Taiyuan on Wednesday.\n\n"
            "The province has 27 magnet makers. Seventeen of them are in Taiyuan and six in Yuncheng.\n").encode()
    assert load_seed(text, "seeds/magnets.txt", region).city == "shanxi"


def test_a_count_several_cities_have_each_is_none_of_theirs_alone(region):
    text = ("Shanxi names smart factories\n\n2023-03-01\n\n"
            "Shanxi named 30 smart factories this year. By city, Taiyuan leads with nine smart factories, followed "
            "by Jinzhong and Changzhi with five each, Datong 4 and Linfen and Lyuliang two each.\n").encode()
    places = [(f.text, f.city) for f in load_seed(text, "seeds/each.txt", region).figures]
    assert places[1:] == [("nine", "taiyuan"), ("five", "shanxi"), ("4", "datong"), ("two", "shanxi")]


def test_a_plant_wire_from_its_city_is_that_citys_whatever_company_names_and_locators_say(region):
    text = ("Lithium plant starts production in north China's Shanxi\n\nSource: Xinhua | 2023-09-13 18:22:05\n\n"
            "YANGQUAN, Sept. 13 (Xinhua) -- A plant that extracts lithium from coal gangue started production on "
            "Wednesday in the city of Yangquan in north China's Shanxi Province.\n\nThe plant, built by Shanxi "
            "Hongying Lithium Materials Co., Ltd. with an investment of 1.36 billion yuan, can make 5,000 tonnes a "
            "year.\n\nYangquan, a coal city in eastern Shanxi, has large stocks of gangue. Shanxi reused 58 percent "
            "of its gangue last year.\n").encode()
    assert load_seed(text, "seeds/lithium.txt", region).city == "yangquan"


def test_a_story_about_two_cities_together_is_the_provinces(region):
    from digest.ingest.loader import primary_place

    classifier = Classifier(region)
    body = "The zone between Taiyuan and Jinzhong signed 148 projects. Taiyuan firms led."
    assert primary_place(classifier, "Reform zone between Taiyuan and Jinzhong keeps filling up", body, "") == \
        region.slug
    assert primary_place(classifier, "Taiyuan zone keeps filling up", body, "") == "taiyuan"


def test_a_headline_naming_the_province_by_what_it_is_is_the_provinces(region):
    from digest.ingest.loader import primary_place

    classifier = Classifier(region)
    body = ("TAIYUAN, July 25 (Xinhua) -- Shanxi had 1,146 testing institutions. Taiyuan is home to 392 of them, "
            "Datong has 118. A laboratory in Taiyuan tests 40,000 coal samples a year.")
    assert primary_place(classifier, "Testing labs become growth industry in China's coal province", body, "",
                         "Taiyuan") == region.slug
    assert primary_place(classifier, "Testing labs become growth industry", body, "", "Taiyuan") == "taiyuan"


def test_a_headline_naming_the_province_of_one_county_is_that_countys_city(region):
    from digest.ingest.loader import primary_place

    classifier = Classifier(region)
    body = ("TAIYUAN -- Some 21,000 households in Yangqu county in Shanxi Province were kept warm by hot water. "
            "The county, on the edge of Taiyuan, drilled 34 wells. Yangqu scrapped 187 boilers.")
    assert primary_place(classifier, "Hot water lets Shanxi county scrap coal boilers", body, "") == "taiyuan"
    assert primary_place(classifier, "Hot water warms Shanxi", body, "") == region.slug
    assert primary_place(classifier, "Why sewing machines hum in a Shanxi coal county", body, "") == "taiyuan"
    assert primary_place(classifier, "Pet treats from a Shanxi hill county find their way to cities", body, "") \
        == "taiyuan"
    # a town or a village of the province is read the same way; villages in general are the province's
    assert primary_place(classifier, "Glazed tiles from a Shanxi kiln town roof temples again", body, "") == "taiyuan"
    assert primary_place(classifier, "A Shanxi village bets on hot water", body, "") == "taiyuan"
    assert primary_place(classifier, "Hot water reaches Shanxi's villages", body, "") == region.slug


def test_a_countys_name_in_a_headline_counts_in_title_case(region):
    from digest.ingest.loader import primary_place

    classifier = Classifier(region)
    assert classifier.cities("Plant starts in Xing County, Shanxi") == classifier.cities("a plant in Xing county")
    body = "The plant is in Xing county. Shanxi has other plants. Shanxi wants more."
    assert primary_place(classifier, "Boehmite plant starts production in Xing County, Shanxi", body, "") \
        == "lyuliang"


def test_a_wires_dateline_counts_half_a_mention(region):
    from digest.ingest.loader import primary_place

    classifier = Classifier(region)
    body = ("In a workshop in Qin county, a laser welder seals a flask. Ten years ago the county, in the mountains "
            "of Changzhi city, made almost nothing but coal. Qin county's makers buy steel from Taiyuan.")
    assert primary_place(classifier, "Coal county keeps the world's tea hot", body, "", "Taiyuan") == "changzhi"
    assert primary_place(classifier, "Coal output rises", "The province's coal output rose.", "", "Taiyuan") \
        == region.slug  # a dateline alone does not make a story a city's
    assert primary_place(classifier, "Flask makers", "Taiyuan's flask makers grew. Taiyuan now exports them.", "",
                         "Taiyuan") == "taiyuan"


def test_a_county_storys_own_figures_measure_no_indicator(region):
    text = ("Dingxiang's flange makers go digital\n\n2019-06-01\n\n"
            "The forging industry employs 52,000 people and its output value reached 21 billion yuan last year. "
            "China's raw coal output rose 4 percent. Nine projects worth 4.2 billion yuan have been signed.\n").encode()
    from digest.records.indicators import load_indicators
    article = load_seed(text, "seeds/dingxiang.txt", region, None, load_indicators(PROJECT / "content"))
    found = {f.text: f for f in article.figures}
    assert found["52,000"].indicator is None and found["21 billion yuan"].indicator is None
    # a batch of projects is counted wherever it is
    assert (found["Nine"].indicator, found["4.2 billion yuan"].indicator) == ("project-count", "project-investment")
    assert found["4 percent"].city == "china" and found["4 percent"].indicator is not None


def _figures(text: bytes, region, name: str = "seeds/made-up.txt") -> dict:
    """A made-up article's figures, read with the project's indicators, by their text."""
    from digest.records.indicators import load_indicators
    return {f.text: f for f in load_seed(text, name, region, None, load_indicators(PROJECT / "content")).figures}


def test_in_a_county_story_the_city_speaks_for_the_city(region):
    text = ("How a Pu county kiln found life after coal\n\n2019-11-12\n\n"
            "The kiln's output value reached 300 million yuan last year. Linfen wants equipment manufacturing "
            "to become a pillar. The city aims for the sector's output value to reach 50 billion yuan by 2020, "
            "the city's industry bureau said.\n").encode()
    found = _figures(text, region, "seeds/pu.txt")
    assert found["300 million yuan"].indicator is None
    assert found["50 billion yuan"].indicator == "industry-output-value"
    county_city = text.replace(b"The kiln's", b"Pu, a county-level city, says its kiln's")
    found = _figures(county_city, region, "seeds/pu.txt")
    assert found["50 billion yuan"].indicator is None  # "the city" is the county itself


def test_a_list_of_companies_items_are_the_companies_own(region):
    text = ("Top 10 private manufacturers in Shanxi\n\n2022-09-16\n\n"
            "The top 100 private enterprises had combined revenue of 1.12 trillion yuan in 2021.\n\n"
            "1. Hongda Iron and Steel Group (Quwo county, Linfen)\n\n"
            "Revenue: 86.4 billion yuan, up 31.2 percent. It turned out 11.2 million tons of crude steel.\n\n"
            "2. Xiaoyi (Lyuliang)\n\nGDP: 112.6 billion yuan, up 4.8 percent.\n").encode()
    found = _figures(text, region, "seeds/top10.txt")
    assert found["1.12 trillion yuan"].indicator == "industry-revenue"
    assert [found[t].indicator for t in ("86.4 billion yuan", "31.2 percent", "11.2 million tons")] == [None] * 3
    assert found["112.6 billion yuan"].indicator is None  # a county's, as before


def test_results_with_no_owner_named_are_the_storys_companys(region):
    text = ("Giant mining tires get a second life\n\n2022-05-10\n\n"
            "The company spent 150 million yuan on the plant and employs 140 people. Revenue reached 86 million "
            "yuan last year, up 40 percent, Zhao said.\n\n"
            "Revenue of the city's rubber industry reached 2.1 billion yuan.\n").encode()
    found = _figures(text, region, "seeds/tires.txt")
    assert found["86 million yuan"].indicator is None and found["40 percent"].indicator is None
    assert found["2.1 billion yuan"].indicator == "industry-revenue"


def test_a_release_headlines_own_results_are_the_companys_whatever_place_another_part_names(region):
    text = ("Hengyu Opens Alloy Plant in Yuci, Jinzhong; 2022 Revenue Up 24.5%\n\n"
            "JINZHONG, China, March 9, 2023 /PRNewswire/ -- Hengyu Alloy Co., Ltd. (SZSE: 300999) today announced "
            "its audited financial results for 2022.\n\n"
            "- Revenue was RMB 820 million (US$118 million), an increase of 24.5% year over year.\n\n"
            "Jinzhong's alloy industry had revenue of 9 billion yuan.\n").encode()
    from digest.records.indicators import load_indicators
    figures = load_seed(text, "seeds/hengyu.txt", region, None, load_indicators(PROJECT / "content")).figures
    assert [f.indicator for f in figures if f.text == "24.5%"] == [None, None]  # the headline's and the bullet's
    found = {f.text: f for f in figures}
    assert found["RMB 820 million"].indicator is None
    assert found["9 billion yuan"].indicator == "industry-revenue"  # a place's industry, said by the company


def test_how_one_firms_revenue_splits_measures_no_industry(region):
    text = ("Valve maker goes abroad\n\n2022-05-10\n\nJinfa Valve's overseas sales accounted for 17 percent of "
            "revenue last year, and online sales for 9 percent of its revenue.\n").encode()
    found = _figures(text, region, "seeds/valves.txt")
    assert found["17 percent"].indicator is None and found["9 percent"].indicator is None


def test_the_provincial_governments_plan_is_the_provinces(region):
    text = ("Taiyuan miners go digital\n\n2020-05-10\n\nTaiyuan's mines run 40 intelligent working faces. "
            "The provincial government plans to put 1,000 intelligent mining working faces into operation by 2022. "
            "The provincial government gave the Taiyuan project a subsidy of 20 million yuan.\n").encode()
    found = _figures(text, region)
    assert found["1,000"].city == region.slug
    assert found["20 million yuan"].city == "taiyuan"  # who paid is not where


def test_a_national_amount_inside_a_sentence_about_the_province_is_the_nations(region):
    text = ("Shanxi coal output rises\n\n2021-07-20\n\nShanxi mined 680 million tons of raw coal in the first "
            "half, about 29 percent of the country's output of 2.3 billion tons. Coke output fell 2.1 percent. "
            "Textiles were 1 percent of output, against about 7 percent nationally. A national target of about "
            "250 million tons was set.\n\nThe province added 40 nationally accredited high-tech enterprises.\n").encode()
    found = _figures(text, region)
    assert found["40"].city == "shanxi"  # "nationally accredited" says what kind, not where
    assert [found[t].city for t in ("680 million tons", "2.3 billion tons", "2.1 percent", "7 percent",
                                    "250 million tons")] == ["shanxi", "china", "shanxi", "china", "china"]


def test_a_sentence_led_by_a_companys_registered_name_tells_its_own_results(region):
    text = ("Shanxi drugmakers grow\n\n2019-05-10\n\nThe province's pharmaceutical industry had revenue of 60 billion "
            "yuan. Taiyuan-based Jinyao Pharmaceutical Group, the province's largest drugmaker, had revenue of 11.2 "
            "billion yuan last year.\n").encode()
    found = _figures(text, region)
    assert found["60 billion yuan"].indicator == "industry-revenue"
    assert found["11.2 billion yuan"].indicator is None


def test_the_national_rate_of_is_the_nations(region):
    text = ("Shanxi industry grows\n\n2021-07-20\n\nShanxi's industrial value added grew 11.9 percent, "
            "0.8 percentage points below the national rate of 12.7 percent.\n").encode()
    article = load_seed(text, "seeds/national.txt", region)
    assert [(f.text, f.city) for f in article.figures][-1] == ("12.7 percent", "china")


def test_a_national_limit_named_with_its_kind_is_the_nations(region):
    text = ("Jinzhong plant\n\n2021-07-20\n\nAt the Jinzhong plant, sulfur dioxide at the stack averages 12 milligrams "
            "per cubic meter, well under the national ultra-low emission limit of 35 milligrams.\n").encode()
    places = {f.text: f.city for f in load_seed(text, "seeds/limit.txt", region).figures}
    assert places["35 milligrams"] == "china" and places["12 milligrams per cubic meter"] == "jinzhong"


def test_a_sentence_led_by_national_is_the_nations(region):
    text = ("Xiyang makes basalt fiber\n\n2016-06-14\n\nXiyang county made 7,800 tons of fiber last year. "
            "National output was about 20,000 tons in 2015. National Day visitors spent 3 billion yuan in Datong.\n"
            ).encode()
    places = {f.text: f.city for f in load_seed(text, "seeds/national.txt", region).figures}
    assert places["20,000 tons"] == "china" and places["3 billion yuan"] == "datong"


def test_a_share_of_what_is_sold_in_china_is_the_places_own(region):
    # "one in eight sold in China" names the market a share is taken of: the county's makers' share,
    # and the paragraph's next figure stays the county's; "output in China" is still the nation's.
    text = ("Wutai idler makers\n\n2022-10-12\n\nWutai county in Xinzhou is home to 37 idler makers, which turned "
            "out 4.6 million rollers last year, about one in eight sold in China. Their output value reached "
            "1.94 billion yuan in 2021. Output in China reached 37 million rollers.\n").encode()
    places = {f.text: f.city for f in load_seed(text, "seeds/wutai.txt", region).figures}
    assert places["one in eight"] == places["1.94 billion yuan"] == "xinzhou"
    assert places["37 million"] == "china"


def test_the_national_rate_does_not_make_the_next_sentence_national(region):
    text = ("Shanxi industry grows\n\n2021-07-20\n\nShanxi's industrial value added grew 11.9 percent, "
            "below the national rate of 12.7 percent. Its coal output rose 3 percent.\n").encode()
    article = load_seed(text, "seeds/national.txt", region)
    assert [(f.text, f.city) for f in article.figures] == [("11.9 percent", "shanxi"), ("12.7 percent", "china"),
                                                          ("3 percent", "shanxi")]


def test_the_provincial_average_and_a_whole_said_after_a_figure_are_that_wholes(region):
    text = ("Datong's industry grows fast\n\n2024-08-01\n\n"
            "The value added of Datong's industrial enterprises grew 7.3 percent in the first half, against 4.2 "
            "percent for Shanxi as a whole and 5.8 percent for the country as a whole. Lueliang's grew 9.2 "
            "percent, 2.5 percentage points higher than the provincial average of 6.7 percent.\n").encode()
    found = _figures(text, region, "seeds/datong.txt")
    assert [found[t].city for t in ("7.3 percent", "4.2 percent", "5.8 percent", "6.7 percent")] \
        == ["datong", "shanxi", "china", "shanxi"]


def test_what_china_made_and_what_chinese_buyers_spent_are_the_nations(region):
    text = ("Carbon black makers grow\n\n2019-11-12\n\n"
            "Shanxi made 1 million tonnes of carbon black in the first nine months. That is about one-sixth of the "
            "6.1 million tonnes China made over the same period.\n\n"
            "Chinese pet owners spent 279.3 billion yuan on their cats and dogs last year.\n").encode()
    found = _figures(text, region, "seeds/carbon.txt")
    assert found["6.1 million tonnes"].city == found["279.3 billion yuan"].city == "china"
    assert found["1 million tonnes"].city == "shanxi"


def test_a_headline_statistic_in_the_province_is_the_provinces_whatever_the_dateline(region):
    from digest.ingest.loader import primary_place

    classifier = Classifier(region)
    body = ("Investment in manufacturing in Shanxi rose 14.6 percent, the bureau said in Taiyuan. The provincial "
            "capital Taiyuan took the largest share.")
    assert primary_place(classifier, "Manufacturing investment in Shanxi up 14.6 pct in first five months", body, "",
                         "Taiyuan") == region.slug
    assert primary_place(classifier, "A robot plant in Shanxi hires 300", body, "", "Taiyuan") == "taiyuan"


def test_a_headline_about_what_the_province_has_is_the_provinces_but_not_one_of_its_counties(region):
    from digest.ingest.loader import primary_place

    classifier = Classifier(region)
    body = "Coal made up 48.7 percent of industrial value added, the bureau said in Taiyuan. Taiyuan grew fastest."
    assert primary_place(classifier, "Coal's share of Shanxi's industry dips below half", body, "", "Taiyuan") \
        == region.slug
    assert primary_place(classifier, "Tourists find one of Shanxi's poorest counties", body, "", "Taiyuan") \
        == "taiyuan"
