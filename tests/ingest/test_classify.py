"""Themes from what an article is about, not from every word that names one (issue #18)."""

from __future__ import annotations

import pytest

from conftest import PROJECT
from digest.ingest.classify import Classifier, ends_article
from digest.ingest.loader import load_seed
from digest.records.region import load_region


@pytest.fixture(scope="module")
def region():
    return load_region(PROJECT / "content")


@pytest.fixture(scope="module")
def classifier(region):
    return Classifier(region)


# A theme's word in passing, then the same word in a sentence about the theme.
PASSING = [
    ("coal", "Shanxi Lu'an Coal Mining Group Co. signed the deal for a chip packaging line.",
     "The county closed four small coal mines last year."),
    ("coal", "Coal-rich Jinzhong now courts chipmakers with cheap land.",
     "Raw coal output rose 3 percent to 40 million tons."),
    ("coal", "Margins fell on higher thermal coal prices, the battery maker said.",
     "Coal prices rose, and the province's coal production reached a record."),
    ("coal", "The county's fuel cell trucks haul coal and coke to the railway station.",
     "Coal shipped out of the county rose 8 percent."),
    ("coking", "The firm sells hydrogen to coke and coal shippers along the highway.",
     "Coke output fell 2 percent as old coke ovens closed."),
    ("digital-economy", "Exports of solar cells rose 40 percent, citing customs data.",
     "The city built 3,000 5G base stations and two data centers."),
    ("finance", "General public finance revenue fell 3 percent.",
     "Bank loans to small manufacturers rose 12 percent, and a new investment fund raised 2 billion yuan."),
    ("digital-economy", "5G-enabled cameras now watch the coke ovens.",
     "The city's 5G networks now cover every county, and its data centers hold 20,000 racks."),
    ("energy-supply", "Jincheng, better known for anthracite and coalbed methane, now makes lenses.",
     "The city's power grid and pumped storage plants were expanded."),
    ("coal", "Wang started with a single coal-fired furnace in a courtyard.",
     "The county closed four small coal mines last year."),
    # What a story moves away from, leans on or pays for.
    ("coal", "Little giants have become a focus of Shanxi's effort to grow beyond coal.",
     "The county closed four small coal mines last year."),
    ("coal", "Since last year, 30 kilns have switched from coal to natural gas.",
     "Raw coal output rose 3 percent to 40 million tons."),
    ("coking", "Tourism matters for a city whose economy still leans on coal and coke.",
     "Coke output fell 2 percent as old coke ovens closed."),
    ("coking", "Costs rose because of higher prices of petroleum coke and needle coke.",
     "Coke output fell 2 percent as old coke ovens closed."),
    ("finance", "The company today announced its audited financial results for the fiscal year.",
     "Bank loans to small manufacturers rose 12 percent, and a new investment fund raised 2 billion yuan."),
    # What a thing is made of, and what a story says it is more than.
    ("steel", "Welders finish the steel shell of a sewage unit and bolt on lightweight steel frames.",
     "The county's steel mills cut output by 5 percent."),
    ("steel", "A forging press slams down on a red-hot steel bar and braids steel wire around rubber tubes.",
     "The county's steel mills cut output by 5 percent."),
    ("steel", "Each rubber track carries 84 steel links, and its steel cords are wound by a machine.",
     "The county's steel mills cut output by 5 percent."),
    ("hydrogen", "Coal is first gasified into hydrogen and carbon monoxide, which are turned into methanol.",
     "The city opened three hydrogen refueling stations and plans a fuel cell truck fleet."),
    # An epithet for a place, a past the story moves on from, a cargo by the ton.
    ("coal", "China's coal province of Shanxi sees medical device revenue rise.",
     "The county closed four small coal mines last year."),
    ("coal", "For the county, whose coal mines once filled most of its budget, the robots are new.",
     "The county closed four small coal mines last year."),
    ("coal", "The province's light industry, long dominated by coal and heavy industry, grew 9.7 percent.",
     "The county closed four small coal mines last year."),
    ("coal", "Rails wear fast because every train carries thousands of tons of coal.",
     "The county closed four small coal mines last year."),
    ("steel", "Workers roll carbon fiber around steel mandrels, and the discs replace cast steel discs in sealed "
              "steel boxes with steel fittings.",
     "The county's steel mills cut output by 5 percent."),
    # An amount of energy, not the fuel (and "standard" data center racks are still data centers).
    ("coal", "The boilers save about 18,000 tonnes of standard coal a year.",
     "The county closed four small coal mines last year."),
    ("steel", "Customers now ask about software and service, not just steel.",
     "The county's steel mills cut output by 5 percent."),
    # What a product is for, listed, and a chemical called organic.
    ("photovoltaics", "The plant turns quartz into materials for solar panels, electric cars and medical devices.",
     "Solar panels now cover the county's hills."),
    ("agriculture", "Jinxi Silicon is a maker of organic silicone products.",
     "Farmers in the county grow organic apples and sell them online."),
    # What the story says is not there.
    ("coal", "The county had no car industry at all, and it has no coal either.",
     "The county closed four small coal mines last year."),
    ("coal", "We had to find something that did not need coal, the mayor said.",
     "Raw coal output rose 3 percent to 40 million tons."),
    # What an economy once rested on, however long the list.
    ("coal", "Its economy rested on pears, walnuts and a few small coal mines that have since closed.",
     "The county closed four small coal mines last year."),
    # A past livelihood set against the story's.
    ("agriculture", "She now earns about three times what her family made from farming.",
     "Farmers in the county grow organic apples and sell them online."),
    ("agriculture", "Ren Xiaoli, a team leader who used to farm millet, now sews seat covers.",
     "Farmers in the county grow organic apples and sell them online."),
    # What a place turns from.
    ("coal", "The zone is a pilot of the transformation of Lyuliang's industry from coal to new industries.",
     "Coal shipped out of the county rose 8 percent."),
]


@pytest.mark.parametrize("theme,passing,about", PASSING, ids=[f"{t}-{i}" for i, (t, _, _) in enumerate(PASSING)])
def test_a_passing_mention_makes_no_theme_and_a_sentence_about_it_does(classifier, theme, passing, about):
    assert theme not in classifier.themes(passing)
    assert classifier.themes(about)[theme] >= 1


def test_green_electricity_is_green_development_not_energy_supply(classifier):
    found = classifier.themes("Data centers in the park bought 900 million kWh of green electricity last year.")
    assert found["green-development"] >= 1
    assert found.get("energy-supply", 0) < 1  # "electricity" in it is at most a weak word: no theme alone


@pytest.mark.parametrize("line,other", [
    ("Related:", "Related industries grew 9 percent."),
    ("Related news", "Related projects will start next year."),
    ("RELATED STORIES", "Related stories of the plant's workers fill the museum."),
    ("Read more", "Read more about the plan below the map."),
    ("See also:", "See also the city's plan for 2025."),
])
def test_a_related_stories_line_ends_the_article_and_a_sentence_beginning_alike_does_not(line, other):
    assert ends_article(line)
    assert not ends_article(other)


SEED = """\
Yuncheng apple exports climb

By Staff Reporter (China Daily)

Updated: 2023-11-02

Yuncheng exported 210,000 tons of apples in the first ten months, up 12 percent, the city's agriculture bureau said.

Orchards in Linyi county now sell fruit to buyers in 30 countries, and farmers' income from apples rose 9 percent.

Related:

Shanxi steel mills cut output as steel prices slide

Coking plants ordered to upgrade coke ovens before winter
"""


def test_themes_are_read_from_the_article_not_from_the_related_stories_below_it(region, classifier):
    article = load_seed(SEED.encode(), "seeds/related.txt", region, classifier)
    assert "agriculture" in article.themes
    assert not {"steel", "coking"} & set(article.themes)


def test_a_related_story_line_in_the_text_gives_no_theme(region):
    text = ("Shanxi cake makers expand\n\n2018-10-25\n\nTaigu county has 130 cake makers, and their sales reached "
            "1.5 billion yuan last year.\n\nRelated: Shanxi universities open new majors in semiconductors and "
            "hydrogen\n\nThe county's cake makers plan a new food processing park.\n").encode()
    article = load_seed(text, "seeds/cakes.txt", region)
    assert "semiconductors" not in article.themes and "hydrogen" not in article.themes


def test_a_headline_naming_a_shanxi_firm_of_a_trade_leaves_the_story_its_citys(region):
    text = ("Shanxi mask-fabric maker turns spring rush into a filtration business\n\n2020-09-15\n\n"
            "By Chen Xiaoyu in Jinzhong\n\nA worker checks a roll of fabric at a plant in Yushe county, Jinzhong, "
            "North China's Shanxi Province. Photo: Courtesy of the company\n\nA company in a coal county of North China's Shanxi Province is betting on "
            "melt-blown fabric.\n\nJinrun Nonwoven Materials in Yushe county installed four lines.\n").encode()
    assert load_seed(text, "seeds/fabric.txt", region).city == "jinzhong"
    whole = ("Shanxi industry grows 6 percent in first half\n\n2020-07-15\n\nShanxi's industrial output grew 6 "
             "percent, the provincial statistics bureau said. Taiyuan led the cities.\n").encode()
    assert load_seed(whole, "seeds/whole.txt", region).city == "shanxi"


def test_a_zones_proper_name_gives_no_theme(classifier):
    assert "agriculture" not in classifier.themes(
        "The furnaces stand at its plant in the Jinzhong National Agricultural High-tech Industries Demonstration Zone.")
    assert "agriculture" in classifier.themes("Farmers in the county sell their fruit online.")


def test_a_companys_patents_and_rnd_spending_are_its_profile_not_the_innovation_theme(classifier):
    for profile in ("The Company employs 1,850 people and holds 47 patents.",
                    "Research and development expenses were RMB 231 million, or 5.0% of revenue.",
                    "It spends 6.8 percent of its revenue on research and development."):
        assert "innovation" not in classifier.themes(profile)
    assert "innovation" in classifier.themes("The city's research and development spending rose 20 percent.")


def test_an_equipment_industry_of_any_kind_is_advanced_equipment(classifier):
    found = classifier.themes("Wenshui's environmental protection equipment industry had revenue of 9.6 billion yuan.")
    assert found["advanced-equipment"] >= 1


def test_standard_passes_over_coal_only(classifier):
    assert classifier.themes("The city had 48,000 standard data center racks.")["digital-economy"] >= 1


def test_silicon_carbide_alone_is_a_weak_sign_of_semiconductors(classifier):
    # An abrasive and a ceramic as often as a chip substrate: one mention needs another to make the theme.
    assert classifier.themes("The new materials industry is led by magnesium alloys and silicon carbide.")[
        "semiconductors"] == 0.5
    assert classifier.themes("The plant makes silicon carbide wafers for power chips.")["semiconductors"] >= 1
