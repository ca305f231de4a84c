"""The meaning of a figure (issue #17): rules of ingest/meaning.py on made-up sentences of the genre."""

from __future__ import annotations

import datetime as dt

from conftest import PROJECT
from digest.ingest.extract import extract_in_context
from digest.ingest.meaning import Meaning, is_news_lead, lead_period, settle
from digest.records.indicators import load_indicators

PUBLISHED = dt.date(2022, 6, 1)


def settled(paragraphs: list[str], published: dt.date = PUBLISHED):
    found = extract_in_context(paragraphs, published)
    figures, _ = settle(found, Meaning(load_indicators(PROJECT / "content", PROJECT)), published,
                        lead_period(paragraphs, published))
    return {f.text: f for f in figures}


def loaded(text: str):
    """The figures of a whole made-up article, read by the loader, by their text."""
    from digest.ingest.loader import load_seed
    from digest.records.region import load_region

    article = load_seed(text.encode(), "seeds/made-up.txt", load_region(PROJECT / "content"),
                        indicators=load_indicators(PROJECT / "content", PROJECT))
    return {f.text: f for f in article.figures}


def test_a_target_over_a_plan_span_is_due_at_its_end():
    figures = settled(["Under its plan for 2021-2025, the county will build 40 charging stations "
                       "and raise the share of clean heating to 85 percent."])
    assert figures["85 percent"].status == "target" and figures["85 percent"].kind == "share"
    assert figures["85 percent"].period == "2025"


def test_a_since_span_is_not_carried_to_the_present_state():
    figures = settled(["The district is growing into a freight hub, officials said.",
                       "Since 2018, the district has attracted 9 logistics firms. "
                       "A cold-chain warehouse of 3,000 square meters opened in the spring."])
    assert figures["9"].period == "2018-2022"
    assert figures["3,000 square meters"].period == "2022"


def test_new_energy_capacity_named_after_installed_capacity():
    figures = settled(["By the end of last year, the installed capacity of new energy in the city "
                       "had reached 3.2 million kilowatts, and wind and solar capacity added this year was 420 MW."])
    assert figures["3.2 million kilowatts"].indicator == "new-energy-power-capacity"
    assert figures["420 MW"].indicator == "new-energy-power-capacity"


def test_the_digital_economy_alone_is_its_size():
    figures = settled(["The city's digital economy expanded by 9.1 percent to 12 billion yuan last year."])
    assert figures["12 billion yuan"].indicator == "digital-economy-size"


def test_a_harvest_is_an_output():
    figures = settled(["Growers harvested 65,000 tonnes of pears in the autumn."])
    assert figures["65,000 tonnes"].indicator == "product-output"


def test_a_change_right_after_a_level_measures_the_levels_indicator():
    figures = settled(["The province's mines turned out 96 million tonnes of raw coal in 2021, up 3.7 percent from a year earlier."])
    assert figures["96 million tonnes"].indicator == "raw-coal-output"
    assert figures["3.7 percent"].indicator == "raw-coal-output"
    assert figures["3.7 percent"].kind == "change"


def test_a_year_right_after_the_figure_is_its_own():
    figures = settled(["By 2026, cloud services will make up 9 percent of the city's output, "
                       "up from 3.4 percent in 2021."])
    assert figures["3.4 percent"].period == "2021"


def test_a_goal_borrows_the_sentences_deadline_not_a_past_year():
    figures = settled(["By 2027, the zone will host 30 software firms, up from 12 in 2021, and its exports "
                       "are expected to exceed 4 billion yuan."])
    assert figures["4 billion yuan"].status == "target"
    assert figures["4 billion yuan"].period == "2027"


def test_a_multiple_is_a_change():
    figures = settled(["The park's output last year was 1.8 times that of 2019."])
    assert figures["1.8 times"].kind == "change"


def test_a_span_of_months_is_the_figures_period_and_carries_on():
    figures = settled(["From January to October, the county's coke output reached 3.1 million tonnes. "
                       "The number of days with clean air rose to 205, 19 more than in the same period last year."],
                      dt.date(2022, 11, 20))  # after October: the span is this year's
    assert figures["3.1 million tonnes"].period == "2022-01-2022-10"
    assert figures["205"].period == "2022-01-2022-10"
    assert figures["19"].period == "2022-01-2022-10"


def test_a_run_of_months_or_a_quarter_without_its_year_is_the_articles():
    figures = settled(["In the first five months, exports rose 7.2 percent. "
                       "The city reported GDP of 40.2 billion yuan in the first quarter."])
    assert figures["7.2 percent"].period == "2022-01-2022-05"
    assert figures["40.2 billion yuan"].period == "2022-Q1"


def test_a_stock_at_a_month_end_is_that_years_level():
    figures = settled(["In the first three quarters, power output rose 4 percent, and installed wind capacity "
                       "reached 2.2 million kilowatts by the end of September."])
    assert figures["4 percent"].period == "2022-Q1-Q3"
    assert figures["2.2 million kilowatts"].period == "2022"


def test_a_year_after_a_from_value_is_that_values():
    figures = settled(["The district now has 14 coking companies, down from 49 in 2017."])
    assert figures["14"].period == "2022"
    assert figures["49"].period == "2017"


def test_an_amount_of_a_named_product_and_its_share_and_growth():
    figures = settled(["The city produced 2.1 billion cubic meters of the gas in 2021, up 5 percent "
                       "year-on-year and equal to about 30 percent of the province's output."])
    assert figures["2.1 billion cubic meters"].indicator == "product-output"
    assert figures["5 percent"].indicator == "product-output"
    assert figures["30 percent"].indicator == "product-output"


def test_what_an_amount_is_of_names_it():
    figures = settled(["North China's coal-rich province produced 137.4 million tonnes of raw coal in 2021."])
    assert figures["137.4 million tonnes"].indicator == "raw-coal-output"


def test_the_subject_before_an_aside_names_the_figures():
    figures = settled(["The city's coal output, meanwhile, fell 3.1 percent year-on-year to 78.6 million tonnes."])
    assert figures["3.1 percent"].indicator == "raw-coal-output"
    assert figures["78.6 million tonnes"].indicator == "raw-coal-output"


def test_a_share_of_a_level_and_its_rise_over_a_year_are_the_levels():
    figures = settled(["Installed wind power capacity reached 2 million kilowatts, accounting for 30 percent "
                       "of the city's installed power capacity, 2.1 percentage points higher than a year earlier."])
    assert figures["30 percent"].indicator == "wind-power-capacity"
    assert figures["2.1 percentage points"].indicator == "wind-power-capacity"
    assert figures["2.1 percentage points"].kind == "change"


def test_a_start_value_is_of_the_figure_it_starts():
    figures = settled(["By 2025, the digital economy is expected to account for 35 percent of GDP, "
                       "up from 28.6 percent in 2020."])
    assert figures["28.6 percent"].indicator == "digital-economy-size"


def test_a_bare_growth_rate_after_its_indicator():
    figures = settled(["GDP is expected to grow by around 5.5 percent, and fixed-asset investment by 6 percent."])
    assert figures["6 percent"].indicator == "fixed-asset-investment"


def test_the_next_item_of_a_list_names_not_the_figure_before_it():
    figures = settled(["Output of major products: raw coal, 121 million tons, up 2.3 percent; coke, "
                       "6.2 million tons, down 3.5 percent; crude steel, 9.9 million tons, up 1.6 percent."])
    assert figures["121 million tons"].indicator == "raw-coal-output"
    assert figures["2.3 percent"].indicator == "raw-coal-output"
    assert figures["6.2 million tons"].indicator != "crude-steel-output"


def test_a_result_clause_stays_actual_beside_a_goal():
    figures = settled(["The city has upgraded 47 of its 126 coal mines with remote control systems, "
                       "and plans to cover all large mines by 2024.",
                       "Datong already runs 210 fuel cell buses, and a new line will get three hydrogen "
                       "refueling stations by the end of next year."])
    assert figures["47"].status == "actual" and figures["126"].status == "actual"
    assert figures["210"].status == "actual"
    assert figures["three"].status == "target"


def test_a_relative_clause_of_a_result_stays_actual_inside_a_goals_sentence():
    # "Xinzhou, whose ... reached X last year, aims for Y by 2025": the clause ends at its comma.
    figures = settled(["Xinzhou, whose equipment manufacturing output value reached 21.8 billion yuan last year, "
                       "aims for 35 billion yuan by 2025."], dt.date(2022, 10, 1))
    assert (figures["21.8 billion yuan"].status, figures["21.8 billion yuan"].period) == ("actual", "2021")
    assert (figures["35 billion yuan"].status, figures["35 billion yuan"].period) == ("target", "2025")


def test_goals_said_with_should_would_expects_and_designed():
    figures = settled(["Revenue of core digital industries should reach 300 billion yuan.",
                       "The company said the project would create 850 jobs.",
                       "The city expects its wind farms to generate 1.5 billion kWh of power this year.",
                       "The base is designed to turn out 3,000 robots a year."])
    assert all(figures[t].status == "target" for t in ("300 billion yuan", "850", "1.5 billion kWh", "3,000"))


def test_a_start_value_and_a_phases_cost_are_results():
    figures = settled(["By 2025, the digital economy is expected to account for 35 percent of GDP, "
                       "up from 28.6 percent in 2020.",
                       "The first phase, costing 2.3 billion yuan, will be completed by the end of next year."])
    assert figures["35 percent"].status == "target"
    assert figures["28.6 percent"].status == "actual"
    assert figures["2.3 billion yuan"].status == "actual"


def test_a_bound_on_a_plans_scope_measures_nothing():
    figures = settled(["All coal mines with an annual capacity of 1.2 million tonnes or more will complete "
                       "intelligent upgrades by 2025."])
    bound = figures["1.2 million tonnes"]
    assert (bound.indicator, bound.status, bound.period) == (None, "actual", None)


def test_a_plants_a_companys_and_a_countys_counts_are_their_own():
    figures = settled(["The plant's 2,100 workers include many engineers.",
                       "In Shanyin county, 15 of the 40 coal mines now pump gangue back underground.",
                       "Shanxi Huitong Hydrogen Energy Co reported revenue of RMB 4.36 billion for 2021, up 12.4% "
                       "from a year earlier.",
                       "Net profit attributable to shareholders fell 7.9% to RMB 382 million."])
    assert [figures[t].indicator for t in ("2,100", "15", "40", "RMB 4.36 billion", "12.4%", "7.9%",
                                           "RMB 382 million")] == [None] * 7


def test_value_added_of_a_part_with_its_own_id_is_that_parts():
    figures = settled(["The value added of strategic emerging industries grew 11.3 percent.",
                       "By sector, the added value of the primary industry was 12.4 billion yuan, up 4.3 percent."])
    assert figures["11.3 percent"].indicator == "strategic-emerging-industries-value-added"
    assert figures["12.4 billion yuan"].indicator == "primary-industry-value-added"
    assert figures["4.3 percent"].indicator == "primary-industry-value-added"


def test_a_change_right_after_a_level_follows_it_even_when_its_words_name_another():
    figures = settled(["Industrial enterprises above designated size made total profits of 21.47 billion yuan, "
                       "down 31.6 percent."])
    assert figures["31.6 percent"].indicator == figures["21.47 billion yuan"].indicator is not None


def test_the_people_of_a_place_are_its_population():
    figures = settled(["Yuncheng, a city of 4.77 million people in the south of the province, has 236 key projects.",
                       "The city, home to 1.31 million people, runs 40 data centers."])
    assert figures["4.77 million"].indicator == "population"
    assert figures["1.31 million"].indicator == "population"


def test_phrases_of_the_genre_name_their_indicators():
    figures = settled(["Its orchards cover 1.6 million mu.",
                       "The city received 3.46 million person-times of visitors during the holiday.",
                       "Twelve small collieries have been shut since 2019.",
                       "Lüliang plans to have 5,000 fuel cell vehicles in service by 2027."])
    assert figures["1.6 million mu"].indicator == "cropland-area"
    assert figures["3.46 million person-times"].indicator == "tourist-visits"
    assert figures["Twelve"].indicator == "coal-mines"
    assert figures["5,000"].indicator == "new-energy-vehicles-in-use"


def test_a_section_headings_year_dates_its_goals_and_results():
    from digest.ingest.meaning import section_periods
    blocks = [("heading", "Review of 2021"), ("paragraph", "General public budget revenue was 23.6 billion yuan."),
              ("heading", "Main targets for 2022"), ("paragraph", "GDP is expected to grow by around 5.5 percent.")]
    paragraphs = [text for kind, text in blocks if kind == "paragraph"]
    published = dt.date(2022, 1, 9)
    found = extract_in_context(paragraphs, published)
    figures, _ = settle(found, Meaning(load_indicators(PROJECT / "content", PROJECT)), published,
                        lead_period(paragraphs, published), section_periods(blocks, published))
    by_text = {f.text: f for f in figures}
    assert by_text["23.6 billion yuan"].period == "2021"
    assert by_text["5.5 percent"].period == "2022"


def test_the_lead_sets_no_period_by_its_comparison_base():
    figures = settled(["The city received 3.46 million visits during the May Day holiday, up 21 percent from the "
                       "same period last year.",
                       "Tickets for the salt lake cost 60 yuan."])
    assert figures["60 yuan"].period == "2022"


def test_additions_removals_and_amounts_of_a_stock():
    figures = settled(["The city added 860 MW of wind and solar capacity in the quarter, bringing its total "
                       "new energy capacity to 9.2 GW.",
                       "The province has built 118 intelligent coal mines, and Datong closed 31 coal mines.",
                       "The number of days with good air quality rose to 231, 37 more than in the same period last year.",
                       "The new plant cuts fresh water consumption by 35%.",
                       "His monthly pay had gone up from about 4,500 yuan to 6,200 yuan.",
                       "The provincial government will set up a 10 billion yuan digital economy fund."])
    assert figures["860 MW"].kind == "change" and figures["9.2 GW"].kind == "level"
    assert figures["118"].kind == "level" and figures["31"].kind == "change"
    assert figures["37"].kind == "change"
    assert figures["35%"].kind == "change"
    assert figures["4,500 yuan"].kind == "level"
    assert figures["10 billion yuan"].kind == "level"


def test_a_named_or_recognized_batch_adds_to_the_stock():
    # A department's list of the year names new members of a stock: the batch is an addition.
    figures = settled(["The department names 36 smart factories for 2023, recognizes 58 enterprise technology "
                       "centers and selected 12 provincial enterprise technology centers after review.",
                       "The province has 497 enterprise technology centers."])
    assert figures["36"].kind == "change" and figures["58"].kind == "change" and figures["12"].kind == "change"
    assert figures["497"].kind == "level"


def test_what_a_firm_started_with_and_a_when_clause_take_their_year():
    figures = settled(["The turnaround began in 2018, when the county closed 126 coal-fired hammer shops.",
                       "Guo set up the company in 2020 with 280 million yuan from local investors.",
                       "The workshop, founded in 2017 by a former miner, started with a single line and 40 workers.",
                       "Founded in 2016, the company now employs 620 people."], dt.date(2023, 6, 1))
    assert figures["126"].period == "2018"
    assert figures["280 million yuan"].period == "2020"
    assert figures["40"].period == "2017"
    assert figures["620"].period == "2023"


def test_a_batch_of_projects_with_an_aside_or_that_accounts_for_its_money():
    figures = settled(["Nine digital economy projects, including a data center, an industrial internet platform and a "
                       "software base, have a total investment of 12.6 billion yuan. Seven finance projects account "
                       "for 8.7 billion yuan."])
    assert figures["12.6 billion yuan"].indicator == "project-investment"
    assert figures["8.7 billion yuan"].indicator == "project-investment"


def test_an_aside_that_names_the_country_does_not_make_the_figure_the_nations():
    figures = loaded("Yangquan economy grows\n\n2023-07-20\n\nYANGQUAN, July 20 -- The city of Yangquan reported "
                     "growth.\n\nThe city mined 33.62 million tonnes of raw coal. Its refractory makers, which line "
                     "furnaces for steel mills across the country, turned out 586,000 tonnes of products. Output of "
                     "such products across the country reached 21 million tonnes.\n")
    assert figures["586,000 tonnes"].city == "yangquan"
    assert figures["21 million tonnes"].city == "china"


def test_a_markets_or_a_kind_of_firms_part_of_the_trade_is_not_the_places_exports():
    figures = settled(["The city's exports were 13.57 billion yuan, up 18.3 percent.",
                       "Exports to ASEAN were 2.94 billion yuan, up 26.7 percent; to the European Union, 2.31 billion "
                       "yuan.", "Private enterprises exported 9.2 billion yuan."])
    assert figures["13.57 billion yuan"].indicator == "exports"
    assert [figures[t].indicator for t in ("2.94 billion yuan", "2.31 billion yuan", "9.2 billion yuan")] == [None] * 3


def test_a_count_that_points_back_is_named_by_what_it_counts():
    # What the record and the site show for "Eight of them": the noun of the count pointed to, not "them".
    figures = loaded("Makers\n\n2023-02-14\n\nShanxi has 137 special vehicle makers. Eight of them are in "
                     "Taiyuan.\n\nThe county has 40 workshops.\n\nThe city built roads.\n\nSix of them export.\n")
    assert figures["Eight"].metric == "special vehicle makers"
    # a pointer two paragraphs away from any count keeps its own word
    assert figures["Six"].metric == "them"


def test_a_present_tense_clause_is_current_at_publication():
    figures = settled(["The output value of the recycling industry reached 15.8 billion yuan last year, "
                       "and the sector employs more than 12,000 people."])
    assert figures["15.8 billion yuan"].period == "2021"
    assert figures["12,000"].period == "2022"


def test_an_addition_under_a_plan_is_due_at_its_end_unless_its_sentence_names_the_span():
    figures = settled(["Under the plan for 2021-2025, the province aims to lift the share of clean heating to 80 percent.",
                       "The province will build 60,000 5G base stations.",
                       "The city plans to add 6 million kilowatts of new energy capacity during the plan period "
                       "(2021-2025)."], published=dt.date(2021, 6, 1))
    assert figures["60,000"].period == "2025"
    assert figures["6 million kilowatts"].period == "2021-2025"


def test_a_leads_quarter_without_its_year_dates_the_report():
    figures = settled(["The city reported GDP of 31.6 billion yuan in the first quarter, up 6.2% year-on-year.",
                       "Exports reached $186 million."])
    assert figures["$186 million"].period == "2022-Q1"


def test_electricity_generated_sent_out_and_wind_and_solar_capacity():
    figures = settled(["In the first five months, the city generated 13.5 billion kWh of electricity, up 9.4 percent.",
                       "Coal-fired power plants sent 118.5 billion kWh of electricity to other provinces.",
                       "The installed capacity of wind and solar power reached 48.2 million kilowatts.",
                       "Renewables now make up 46.8 percent of the city's installed power capacity."])
    assert figures["13.5 billion kWh"].indicator == "electricity-generation"
    assert figures["9.4 percent"].indicator == "electricity-generation"
    assert figures["118.5 billion kWh"].indicator == "outbound-electricity"
    assert figures["48.2 million kilowatts"].indicator == "new-energy-power-capacity"
    assert figures["46.8 percent"].indicator == "new-energy-power-capacity"


def test_that_of_another_group_is_the_same_quantity():
    figures = settled(["Per capita disposable income was 30,416 yuan. That of rural residents was 13,852 yuan, "
                       "up 6.5 percent."])
    assert figures["13,852 yuan"].indicator == "disposable-income-per-capita"
    assert figures["6.5 percent"].indicator == "disposable-income-per-capita"


def test_times_ago_a_month_of_a_year_and_a_half_of_a_year():
    figures = settled(["Renewables now make up 46.8 percent of installed capacity, up from 41.5 percent a year earlier.",
                       "Fuel cell prices dropped to RMB 3,000 per kilowatt, down from RMB 8,000 two years ago.",
                       "A late frost in April 2020 cut apple yields by 8 percent.",
                       "Output rose 6.2% in the first half of 2021.",
                       "The number of stations has risen to 17, from nine a year earlier."])
    assert figures["41.5 percent"].period == "2021" and figures["46.8 percent"].period == "2022"
    assert figures["RMB 8,000"].period == "2020"
    assert figures["8 percent"].period == "2020"
    assert figures["6.2%"].period == "2021-H1"
    assert figures["17"].period == "2022"


def test_a_quantity_the_vocabulary_does_not_list_takes_no_term_further_off():
    figures = settled(["The urbanization rate of the permanent population was 65.2 percent.",
                       "General public budget revenue was 29.6 billion yuan, of which tax revenue was 21 billion yuan."])
    assert figures["65.2 percent"].indicator is None
    assert figures["29.6 billion yuan"].indicator == "fiscal-revenue"
    assert figures["21 billion yuan"].indicator is None


def test_the_ones_an_action_reached_are_not_an_industrys_number():
    figures = settled(["We have signed agreements with 23 companies along the fuel cell chain.",
                       "The province will set up 20 industrial internet platforms serving 50,000 enterprises.",
                       "The city now has 37 semiconductor enterprises."])
    assert figures["23"].indicator is None and figures["50,000"].indicator is None
    assert figures["37"].indicator == "industry-enterprises"


def test_investment_in_a_sector_working_faces_and_arc_furnace_steel():
    figures = settled(["Investment in high-tech industries grew 36.2 percent.",
                       "The province put 1,730 intelligent working faces into operation.",
                       "The share of electric arc furnace steel rose to 11 percent."])
    assert figures["36.2 percent"].indicator == "industry-investment"
    assert figures["1,730"].indicator == "intelligent-coal-mines"
    assert figures["11 percent"].indicator == "crude-steel-output"


def test_figures_listed_respectively_pair_with_the_things_listed_before_them():
    figures = settled(["Last year the outputs of raw coal and coke were 88 million tonnes and 9.4 million tonnes "
                       "respectively, up 4.1 percent and 2.6 percent year on year."])
    assert figures["88 million tonnes"].indicator == "raw-coal-output"
    assert figures["9.4 million tonnes"].indicator == "product-output"
    assert figures["4.1 percent"].indicator == "raw-coal-output"
    assert figures["2.6 percent"].indicator == "product-output"


def test_things_that_name_themselves_pair_respectively_too():
    figures = settled(["The county's fixed-asset investment and retail sales grew 7.5 percent and 3.2 percent, "
                       "respectively."])
    assert figures["7.5 percent"].indicator == "fixed-asset-investment"
    assert figures["3.2 percent"].indicator == "retail-sales"


def test_a_list_without_respectively_is_read_as_before():
    figures = settled(["The outputs of raw coal reached 88 million tonnes and 90 million tonnes in two years."])
    assert figures["90 million tonnes"].indicator == "raw-coal-output"


def test_a_bulletins_list_names_each_item_with_its_header():
    figures = settled(["Output of major industrial products: raw coal, 95.2 million tons, up 1.9 percent; "
                       "coke, 4.4 million tons, down 2.2 percent; caustic soda, 0.9 million tons, up 3.1 percent; "
                       "electricity, 30.5 billion kWh, up 6.4 percent."])
    assert figures["95.2 million tons"].indicator == "raw-coal-output"
    assert figures["4.4 million tons"].indicator == "coke-output"
    assert figures["2.2 percent"].indicator == "coke-output"
    assert figures["0.9 million tons"].indicator == "product-output"
    assert figures["30.5 billion kWh"].indicator == "electricity-generation"
    assert figures["6.4 percent"].indicator == "electricity-generation"


def test_a_term_in_y_also_names_its_plural_in_ies():
    figures = settled(["Last year the tertiary industries of the county grew 6.1 percent."])
    assert figures["6.1 percent"].indicator == "tertiary-industry-value-added"


def test_items_sharing_one_noun_pair_respectively():
    figures = settled(["The primary, secondary and tertiary industries accounted for 5.1 percent, 58.2 percent "
                       "and 36.7 percent of GDP respectively."])
    assert figures["5.1 percent"].indicator == "primary-industry-value-added"
    assert figures["58.2 percent"].indicator == "secondary-industry-value-added"
    assert figures["36.7 percent"].indicator == "tertiary-industry-value-added"


def test_how_an_industry_grew_is_how_its_value_added_grew():
    figures = settled(["Among them, the coking industry rose 3.3 percent, the chemical industry dropped 1.2 percent, "
                       "and manufacturing grew 7.7 percent."])
    assert figures["3.3 percent"].indicator == "sector-value-added"
    assert figures["1.2 percent"].indicator == "sector-value-added"
    assert figures["7.7 percent"].indicator == "manufacturing-value-added"


def test_the_profits_of_industrial_enterprises_are_industrial_profits():
    figures = settled(["Industrial enterprises above designated size made total profits of 12.3 billion yuan."])
    assert figures["12.3 billion yuan"].indicator == "industrial-profit"


def test_a_month_named_without_its_year_is_the_last_one_before_the_article_or_the_next_one_ahead():
    figures = settled(["In the first five months, the city's coal output rose 4 percent.",
                       "A cold storage center with capacity for 150,000 tonnes of fruit opened in April.",
                       "A sorting line for 20,000 tonnes of fruit opened in October.",
                       "A packing line for 30,000 tonnes is due to start production in October."])
    assert figures["150,000 tonnes"].period == "2022"
    assert figures["20,000 tonnes"].period == "2021"
    assert figures["30,000 tonnes"].period == "2022"


def test_a_present_or_perfect_clause_after_a_statistical_lead_is_current_at_publication():
    figures = settled(["In the first half of the year, the city connected 1.2 million kilowatts of wind capacity.",
                       "The city has trained more than 12,000 rural livestreamers.",
                       "Coal output fell 3.1 percent to 78.6 million tonnes."])
    assert figures["1.2 million kilowatts"].period == "2022-H1"
    assert figures["12,000"].period == "2022"
    assert figures["78.6 million tonnes"].period == "2022-H1"


def test_a_places_area_is_its_land_area_and_a_parks_is_not():
    figures = settled(["Datong, a city of 3.1 million people spread over 14,176 square kilometers, borders Inner Mongolia.",
                       "The city covers an area of 2,090 square kilometers.",
                       "A logistics park covering 12 square kilometers opened in March."])
    assert figures["14,176 square kilometers"].indicator == "land-area"
    assert figures["2,090 square kilometers"].indicator == "land-area"
    assert figures["12 square kilometers"].indicator is None


def test_a_count_pointing_back_counts_the_things_counted_before_it():
    figures = settled(["The city has 236 municipal key projects under way this year.",
                       "Below are 10 of those key projects. Of the 10, six are in emerging industries and four "
                       "upgrade traditional industries. Eight of them have started operation."])
    for text in ("10", "six", "four", "Eight"):
        assert figures[text].indicator == "project-count", text


def test_the_rate_named_before_and_a_share_of_waste_reused():
    figures = settled(["Last year, 58.3 percent of the waste was reused, up 6.1 percentage points from 2015.",
                       "The city aims to raise the rate to 70 percent by 2025."])
    assert figures["58.3 percent"].indicator == "solid-waste-utilization-rate"
    assert figures["6.1 percentage points"].indicator == "solid-waste-utilization-rate"
    assert figures["70 percent"].indicator == "solid-waste-utilization-rate"


def test_a_county_of_the_region_as_the_clauses_subject_measures_no_indicator():
    paragraphs = ["Xiaoyi's GDP reached 52.8 billion yuan in 2021, up 9.6 percent.",
                  "Last year, Xiaoyi produced 14.6 million tonnes of coke.",
                  "The city's GDP reached 160 billion yuan in 2021."]
    published = dt.date(2022, 6, 1)
    indicators = load_indicators(PROJECT / "content", PROJECT)
    found = extract_in_context(paragraphs, published)
    figures, _ = settle(found, Meaning(indicators, ["Xiaoyi", "Fenyang"]), published, None)
    by_text = {f.text: f for f in figures}
    assert by_text["52.8 billion yuan"].indicator is None
    assert by_text["14.6 million tonnes"].indicator is None
    assert by_text["160 billion yuan"].indicator == "gdp"
    # Without the region's counties the name is any subject: the figures keep their indicators.
    figures, _ = settle(found, Meaning(indicators), published, None)
    assert {f.text: f for f in figures}["52.8 billion yuan"].indicator == "gdp"


def test_output_in_money_is_output_value_and_investment_drawn_is_investment():
    figures = settled(["Changzhi plans to raise the sector's annual output to 20 billion yuan by 2025.",
                       "Shanxi's semiconductor sector drew RMB 15.6 billion in investment last year.",
                       "The share of coal in Changzhi's industrial output dropped from 52 percent in 2020 to 44.5 "
                       "percent last year."])
    assert figures["20 billion yuan"].indicator == "industry-output-value"
    assert figures["RMB 15.6 billion"].indicator == "industry-investment"
    assert figures["52 percent"].indicator == figures["44.5 percent"].indicator == "industry-output-value"


def test_an_industrys_or_an_areas_enterprises_above_designated_size_are_a_part():
    figures = settled(["The city now has 37 semiconductor enterprises above designated size.",
                       "There were 612 industrial enterprises above designated size in the city.",
                       "It has 86 enterprises above designated size in development zones."])
    assert figures["37"].indicator == "industry-enterprises"
    assert figures["612"].indicator == "enterprises-above-designated-size"
    assert figures["86"].indicator == "industry-enterprises"


def test_the_people_an_industry_employs_and_not_a_companys_staff():
    figures = settled(["The recycling industry's output rose 18.3 percent, and the sector employs more than 12,000 "
                       "people.",
                       "Tianrui employs 640 people and holds 137 patents."])
    assert figures["12,000"].indicator == "industry-employment"
    assert figures["640"].indicator is None


def test_a_leads_half_of_a_year_is_read_whole_not_as_its_year():
    assert lead_period(["Datong's GDP reached 97.36 billion yuan in the first half of 2025, up 5.3 percent."],
                       dt.date(2025, 7, 22)) == "2025-H1"


def test_a_statistical_lists_sectors_grew_and_their_growth_is_a_change():
    figures = settled(["By sector, mining grew 3.4 percent, manufacturing 12.6 percent, and the production and "
                       "supply of electricity, heat, gas and water 7.5 percent."])
    assert figures["3.4 percent"].indicator == figures["7.5 percent"].indicator == "sector-value-added"
    assert figures["12.6 percent"].indicator == "manufacturing-value-added"
    assert {figures[t].kind for t in ("3.4 percent", "12.6 percent", "7.5 percent")} == {"change"}


def test_units_of_a_product_and_a_multiple_after_them():
    figures = settled(["Output of new energy vehicles reached 18,600 units, 2.3 times the figure a year earlier."])
    assert figures["18,600"].indicator == figures["2.3 times"].indicator == "nev-output"


def test_the_county_as_subject_measures_no_indicator_and_storage_is_storage_capacity():
    figures = settled(["The county's GDP reached 28.6 billion yuan in 2018. The county is home to 216 forging "
                       "enterprises.",
                       "Pumped storage had 36.39 million kW of capacity nationwide last year."])
    assert figures["28.6 billion yuan"].indicator is None and figures["216"].indicator is None
    assert figures["36.39 million kW"].indicator == "energy-storage-capacity"


def test_planned_investment_and_progress_towards_a_target_are_results_and_a_later_goal_is_its_own_clause():
    figures = settled(["A total of 412 projects with planned investment of 10 million yuan or more were under "
                       "construction.",
                       "A total of 24,300 new urban jobs were created, 54 percent of the annual target of 45,000.",
                       "Industrial investment rose 18.3 percent in 2021 and is expected to grow by at least 10 percent "
                       "this year."])
    assert figures["412"].status == figures["24,300"].status == figures["54 percent"].status == "actual"
    assert figures["18.3 percent"].status == "actual" and figures["10 percent"].status == "target"


def test_a_goal_for_the_same_quantity_output_in_tons_and_a_project_lists_investment():
    figures = settled(["The number of industrial enterprises above designated size reached 1,026 at the end of 2021, "
                       "and the city aims for 1,200 by 2025.",
                       "Yuncheng makes apple juice concentrate: its output reached 410,000 tons last year.",
                       "At the upgraded mines output per worker rose to 5,200 tonnes a year.",
                       "Last year the city completed 27.6 billion yuan of investment in key projects."])
    assert figures["1,200"].indicator == figures["1,026"].indicator == "enterprises-above-designated-size"
    assert figures["410,000 tons"].indicator == "product-output"
    assert figures["5,200 tonnes"].indicator is None
    assert figures["27.6 billion yuan"].indicator == "project-investment"


def test_what_a_countys_enterprises_produced_is_the_countys():
    paragraphs = ["The county is home to 216 forging enterprises, which produced 1.42 million tons of flanges last year."]
    found = extract_in_context(paragraphs, PUBLISHED)
    figures, _ = settle(found, Meaning(load_indicators(PROJECT / "content", PROJECT)), PUBLISHED, None)
    assert [f.indicator for f in figures] == [None, None]


def test_a_result_does_not_borrow_another_clauses_deadline():
    figures = settled(["Thirty-five forging firms already use such lines, and the county wants 60 of its firms to do "
                       "so by 2024."])
    assert figures["Thirty-five"].period == "2022" and figures["Thirty-five"].status == "actual"
    assert figures["60"].period == "2024"


def test_a_news_leads_half_year_dates_its_statistics_not_the_plants_and_wages_after_it():
    paragraphs = ["Datong connected 1.2 million kilowatts of wind capacity in the first half of this year, the "
                  "city's energy administration said on Wednesday.",
                  "Its first phase cost 3.4 billion yuan.",
                  "Coal output fell 3.1 percent to 78.6 million tonnes."]
    published = dt.date(2022, 7, 14)
    found = extract_in_context(paragraphs, published)
    meaning = Meaning(load_indicators(PROJECT / "content", PROJECT))
    figures = {f.text: f for f in settle(found, meaning, published, lead_period(paragraphs, published), (),
                                         is_news_lead(paragraphs))[0]}
    assert figures["1.2 million kilowatts"].period == "2022-H1"
    assert figures["3.4 billion yuan"].period == "2022"
    assert figures["78.6 million tonnes"].period == "2022-H1"
    # In a statistical release (no one said it) the lead's half-year dates everything after it.
    release = {f.text: f for f in settle(found, meaning, published, lead_period(paragraphs, published))[0]}
    assert release["3.4 billion yuan"].period == "2022-H1"


def test_progress_towards_a_goal_a_zones_figures_and_one_products_exports_measure_no_indicator():
    figures = settled(["A total of 24,300 new urban jobs were created, 54 percent of the annual target.",
                       "The shift is centered on the Gaoping Economic Development Zone, which covers 12.3 square "
                       "kilometers and houses 64 enterprises.",
                       "Exports of rail transit equipment, mainly wheels and axles, reached 3.6 billion yuan.",
                       "The city's exports reached 8.2 billion yuan."])
    assert figures["54 percent"].indicator is None
    assert figures["12.3 square kilometers"].indicator is None and figures["64"].indicator is None
    assert figures["3.6 billion yuan"].indicator is None
    assert figures["8.2 billion yuan"].indicator == "exports"


def test_a_part_named_after_of_which_a_multiple_after_an_aside_and_a_share_it_makes_up():
    figures = settled(["Shanxi's power generation reached 441.6 billion kWh last year, of which 145.2 billion kWh was "
                       "transmitted to other regions.",
                       "Fixed-asset investment rose 9.5 percent, of which manufacturing investment rose 21.7 percent.",
                       "Datong's new energy capacity reached 9.3 GW by the end of June, 2.4 times that of 2017, and "
                       "now makes up 52 percent of its total power capacity."])
    assert figures["441.6 billion kWh"].indicator == "electricity-generation"
    assert figures["145.2 billion kWh"].indicator == "outbound-electricity"
    assert figures["21.7 percent"].indicator == "industry-investment"
    assert figures["2.4 times"].indicator == figures["52 percent"].indicator == figures["9.3 GW"].indicator
    assert figures["9.3 GW"].indicator is not None


def test_a_long_expects_to_is_a_goal_and_people_trained_are_not_firms():
    figures = settled(["The city expects its wind farms and solar plants to generate 1.5 billion kilowatt-hours of "
                       "green electricity this year.",
                       "Changzhi University has trained 1,200 engineers for the industry under a joint program with "
                       "local firms."])
    assert figures["1.5 billion kilowatt-hours"].status == "target"
    assert figures["1,200"].indicator is None


def test_a_hyphenated_quarter_a_year_before_a_profit_and_an_aside_that_dates_the_plant():
    figures = settled(["Fourth-quarter revenue was RMB 1.21 billion, roughly flat on a year earlier.",
                       "Analysts kept a buy rating, forecasting 2023 net profit of RMB 450 million.",
                       "The No 2 gas plant, commissioned in 2019, alone processes 1.5 million cubic meters of gas "
                       "per day."], published=dt.date(2022, 3, 20))
    assert figures["RMB 1.21 billion"].period == "2021-Q4"
    assert figures["RMB 450 million"].period == "2023"
    assert figures["1.5 million cubic meters"].period == "2022"


def test_the_past_years_up_to_the_article_or_whole_years_before_a_january_report():
    figures = settled(["Over the past three years, Linyi county has planted 80,000 mu of new orchards."],
                      published=dt.date(2023, 5, 8))
    assert figures["80,000 mu"].period == "2020-2023"
    report = settled(["Over the past four years, we have closed 62 coal mines."], published=dt.date(2025, 1, 20))
    assert report["62"].period == "2021-2024"


def test_industrial_output_growth_above_designated_size_is_industrial_value_added():
    figures = settled(["Industrial output of enterprises above designated size grew 9.4 percent.",
                       "The photovoltaic industry's output value reached 7 billion yuan."])
    assert figures["9.4 percent"].indicator == "industrial-value-added"
    assert figures["7 billion yuan"].indicator == "industry-output-value"


def test_a_goal_from_a_year_and_the_cost_beside_it():
    figures = settled(["The first phase, costing 3.4 billion yuan, will produce 10,000 tonnes of green hydrogen a "
                       "year from 2025, said Ma Lihong."], published=dt.date(2023, 7, 14))
    assert (figures["10,000 tonnes"].status, figures["10,000 tonnes"].period) == ("target", "2025")
    assert (figures["3.4 billion yuan"].status, figures["3.4 billion yuan"].period) == ("actual", "2023")


def test_a_product_the_list_names_after_produced():
    figures = settled(["It produced 44.3 million tons of coke in 2021.",
                       "Jinzhong produced 86,500 new energy vehicles in 2021, up 41.2 percent year-on-year.",
                       "The plant produced 36 batches of samples."])
    assert figures["44.3 million tons"].indicator == "coke-output"
    assert figures["86,500"].indicator == figures["41.2 percent"].indicator == "nev-output"
    assert figures["36"].indicator is None


def test_a_comparisons_base_sets_no_period_for_the_sentences_after_it():
    figures = settled(["Datong's GDP grew 5.3 percent in the first half of 2022.",
                       "Output of new energy vehicles reached 18,600 units, 2.3 times that of the same period last "
                       "year. Cement output fell 8.4 percent to 2.15 million tons."], published=dt.date(2022, 7, 22))
    assert figures["2.15 million tons"].period == "2022-H1"


def test_what_firms_make_or_use_now_is_current_whatever_a_later_clause_dates():
    figures = settled(["Twenty-one of the county's firms make electric motors, and together they turned out 1.35 "
                       "million motors in 2018."], published=dt.date(2019, 9, 12))
    assert figures["Twenty-one"].period == "2019"
    assert figures["1.35 million"].period == "2018"


def test_a_deadline_in_an_aside_and_a_goal_after_a_base_year_is_due_at_the_paragraphs_deadline():
    figures = settled(["The project, to be completed by the end of 2025, will have an annual capacity of 1 million "
                       "tonnes of direct reduced iron.",
                       "By 2025, the digital economy is expected to account for more than 35 percent of GDP, up from "
                       "28.6 percent in 2020. Revenue of core digital industries should reach 300 billion yuan."],
                      published=dt.date(2022, 3, 1))
    assert figures["1 million tonnes"].period == "2025"
    assert figures["28.6 percent"].period == "2020"
    assert figures["300 billion yuan"].period == "2025"


def test_capacity_cut_with_coal_mines_is_coal_capacity_and_with_coke_ovens_is_not():
    figures = settled(["Across Jincheng, 26 small coal mines were shut between 2016 and 2018, cutting 15.6 million "
                       "tons of annual production capacity.",
                       "The city closed coke ovens with 4.3 million tons of production capacity."])
    assert figures["15.6 million tons"].indicator == "coal-production-capacity"
    assert figures["4.3 million tons"].indicator == "production-capacity"


def test_a_products_output_and_a_lists_projects_investment():
    figures = settled(["Cement output fell 8.4 percent to 2.15 million tons.",
                       "Together these projects account for 26.4 billion yuan, about a fifth of the total investment.",
                       "Industrial output value reached 7 billion yuan."])
    assert figures["8.4 percent"].indicator == figures["2.15 million tons"].indicator == "product-output"
    assert figures["26.4 billion yuan"].indicator == "project-investment"
    assert figures["7 billion yuan"].indicator == "industry-output-value"


def test_land_planted_is_cropland_and_a_yard_planted_afterwards_is_not():
    figures = settled(["Farmers in the city have planted 1.5 million mu of millet this spring.",
                       "Reclaimed ash yards now total 1,350 hectares, much of it planted with alfalfa."])
    assert figures["1.5 million mu"].indicator == "cropland-area"
    assert figures["1,350 hectares"].indicator is None


def test_where_a_part_lies_is_no_share_to_compare():
    figures = settled(["Yuncheng produced 126,000 tons of magnesium last year, three-fifths of it in Wenxi.",
                       "Coal made up 60 percent of the city's industrial output value."])
    assert figures["three-fifths"].indicator is None
    assert figures["60 percent"].indicator == "industry-output-value"


def test_a_change_over_a_named_base_year_and_a_deadline_after_when_completed():
    figures = settled(["Together they turned out 1.35 million motors in 2018, three times the 2015 figure.",
                       "The base will have 600,000 kilowatts of wind turbines when completed in 2025."],
                      published=dt.date(2019, 5, 1))
    assert figures["three times"].period == "2015-2018"
    assert figures["1.35 million"].period == "2018"
    assert figures["600,000 kilowatts"].period == "2025"


def test_what_a_project_costs_is_committed_and_a_fund_to_set_up_is_a_goal():
    figures = settled(["A 900-million-yuan dairy plant in Huairen will process 300,000 tons of raw milk a year.",
                       "Phase I, with an investment of RMB 1.8 billion, is scheduled for completion by the end of "
                       "2023.",
                       "The city will set up a 2-billion-yuan industrial guidance fund."])
    assert figures["900-million-yuan"].status == figures["RMB 1.8 billion"].status == "actual"
    assert figures["300,000 tons"].status == "target"
    assert figures["2-billion-yuan"].status == "target"


def test_the_designated_size_line_is_the_nations_and_a_reports_own_threshold_its_places():
    figures = settled(["Industrial enterprises above designated size, those with annual revenue of 20 million yuan or "
                       "more, grew 4 percent.",
                       "A total of 412 projects with planned investment of 10 million yuan or more were under "
                       "construction."])
    assert figures["20 million yuan"].city == "china" and figures["20 million yuan"].indicator is None
    assert figures["10 million yuan"].city is None and figures["10 million yuan"].indicator is None


def test_sector_investment_capacity_of_a_kind_and_it_after_a_county_subject():
    figures = settled(["Infrastructure investment fell 6.3 percent.",
                       "The city closed 4.3 million tons of outdated coking capacity between 2019 and 2021.",
                       "The county produced 14.6 million tonnes of coke last year. In the past three years, it has "
                       "eliminated 5.2 million tonnes of outdated coking capacity."])
    assert figures["6.3 percent"].indicator == "industry-investment"
    assert figures["4.3 million tons"].indicator == "production-capacity"
    assert figures["5.2 million tonnes"].indicator is None


def test_the_change_of_an_amount_that_measures_nothing_and_a_part_exported():
    figures = settled(["Exports of stainless steel products reached 1.12 million tonnes in 2021, up 9.3 percent.",
                       "Output was 4.5 times the 2008 level, and two-thirds of it was exported.",
                       "The city's exports reached 8.2 billion yuan, up 8 percent."], published=dt.date(2022, 3, 1))
    assert figures["1.12 million tonnes"].indicator is None and figures["9.3 percent"].indicator is None
    assert figures["two-thirds"].indicator is None
    assert figures["8 percent"].indicator == "exports"


def test_goals_for_the_quantity_just_reported_and_a_fold_multiple():
    figures = settled(["China will expand its new-type energy storage capacity more than sevenfold by 2025.",
                       "The country's installed new-type energy storage capacity stood at 4 million kilowatts at the "
                       "end of 2021. The plan aims for more than 30 million kW by 2025.",
                       "Pumped storage had 36.39 million kW of capacity nationwide last year, and the government "
                       "wants 62 million kW by 2025."], published=dt.date(2022, 3, 22))
    for text in ("sevenfold", "4 million kilowatts", "30 million kW", "36.39 million kW", "62 million kW"):
        assert figures[text].indicator == "energy-storage-capacity", text
    assert figures["30 million kW"].status == figures["62 million kW"].status == "target"


def test_a_goal_said_as_a_target_of_and_one_after_a_change():
    figures = settled(["A total of 24,300 new urban jobs were created, 54 percent of the annual target of 45,000.",
                       "Jinzhong produced 86,500 new energy vehicles in 2021, up 41.2 percent, and the plan targets "
                       "150,000 by 2025."])
    assert (figures["45,000"].status, figures["45,000"].period) == ("target", "2022")
    assert figures["150,000"].indicator == figures["86,500"].indicator == "nev-output"
    assert figures["150,000"].status == "target" and figures["150,000"].period == "2025"


def test_the_base_of_a_comparison_dates_no_figure():
    published = dt.date(2024, 10, 9)
    figures = settled(["The city received 6.27 million tourist visits during the National Day holiday, "
                       "up 11.8 percent from the same holiday last year. Revenue reached 4.16 billion yuan.",
                       "Output grew to 120 million tons, up 4.8% from 2023."], published)
    assert figures["6.27 million"].period == "2024" and figures["11.8 percent"].period == "2024"
    assert figures["4.16 billion yuan"].period == "2024"
    assert figures["120 million tons"].period == "2024"


def test_a_year_after_an_earlier_amount_in_yuan_is_that_amounts():
    figures = settled(["The company today announced its results for the fiscal year ended December 31, 2022.",
                       "Financial highlights of the year: operating revenue was RMB 4.62 billion, an increase of "
                       "51.0% from RMB 3.06 billion in 2021; earnings per share were RMB 1.46, compared with "
                       "RMB 1.06 in 2021."], dt.date(2023, 3, 28))
    assert figures["RMB 3.06 billion"].period == "2021" and figures["RMB 1.06"].period == "2021"
    assert figures["RMB 4.62 billion"].period != "2021" and figures["RMB 1.46"].period != "2021"


def test_a_line_led_by_its_figure_names_its_indicator_after_the_colon():
    figures = settled(["- 187 million tons: raw coal output.", "- 201.7 billion yuan: GDP in 2024, up 4.8% from 2023.",
                       "- 13: counties, districts and county-level cities."], dt.date(2025, 2, 11))
    assert figures["187 million tons"].indicator == "raw-coal-output"
    assert figures["201.7 billion yuan"].indicator == "gdp" and figures["201.7 billion yuan"].period == "2024"
    assert figures["4.8%"].period == "2024"


def test_a_headline_year_dates_an_article_whose_lead_names_none():
    from digest.ingest.meaning import title_period

    published = dt.date(2025, 2, 11)
    assert title_period("Lüliang by the numbers: a coal city's 2024", published) == "2024"
    assert title_period("Yunzhong Carbon Reports 2022 Results", published) == "2022"
    assert title_period("City aims to double output by 2024", published) is None
    assert title_period("Targets for 2030 set", published) is None
    assert title_period("No year here", published) is None


def test_a_change_of_a_count_said_as_more_than_a_year_earlier_measures_the_count():
    figures = settled(["The province had 4,917 industrial enterprises above designated size at year-end, "
                       "462 more than a year earlier."])
    assert figures["4,917"].indicator == "enterprises-above-designated-size"
    assert figures["462"].indicator == "enterprises-above-designated-size" and figures["462"].kind == "change"


def test_a_listed_companys_own_results_measure_no_industry():
    from digest.ingest.meaning import is_company_release

    paragraphs = ["Yunzhong Carbon Materials Co., Ltd. (SSE: 688417), a maker of anode materials based in Datong, "
                  "today announced its audited financial results for the fiscal year ended December 31, 2022.",
                  "Operating revenue was RMB 4.62 billion, an increase of 51.0% from RMB 3.06 billion in 2021."]
    published = dt.date(2023, 3, 28)
    assert is_company_release(paragraphs)
    assert not is_company_release(["The city's coal output reached 96 million tonnes, officials said."])
    assert is_company_release(["Yanmen Medical Co., Ltd. (SSE STAR: 688417) today announced that its new plant "
                               "has started production."])
    assert is_company_release(["XINZHOU, China, July 8, 2020 /PRNewswire/ -- Yanmen Medical today opened a plant."])
    found = extract_in_context(paragraphs, published)
    meaning = Meaning(load_indicators(PROJECT / "content", PROJECT))
    own = {f.text: f for f in settle(found, meaning, published, None, company=True)[0]}
    industry = {f.text: f for f in settle(found, meaning, published, None)[0]}
    assert industry["RMB 4.62 billion"].indicator == "industry-revenue"
    assert own["RMB 4.62 billion"].indicator is None


def test_gdp_per_person_is_gdp_per_capita():
    figures = settled(["- 60,650 yuan: GDP per person."], dt.date(2025, 2, 11))
    assert figures["60,650 yuan"].indicator == "gdp-per-capita"


def test_a_districts_figures_measure_no_indicator_like_a_countys():
    figures = settled(["Luzhou is the central district of Changzhi.",
                       "According to the district government, the district's GDP reached 28.6 billion yuan in 2021."])
    assert figures["28.6 billion yuan"].indicator is None
    assert settled(["The city's GDP reached 28.6 billion yuan in 2021."])["28.6 billion yuan"].indicator == "gdp"


def test_more_than_last_year_is_a_base_and_this_summer_is_this_year():
    figures = settled(["About 248,000 students will graduate from universities in Shanxi this summer, 9,000 more "
                       "than last year."], dt.date(2024, 6, 18))
    assert figures["248,000"].period == "2024" and figures["9,000"].period == "2024"


def test_a_clause_that_dates_a_company_does_not_date_what_it_does_now():
    figures = settled(["The park, set up in 2009 and promoted to provincial level in 2014, generated 46.3 billion "
                       "yuan of output value last year.",
                       "A maker that moved out of the city center in 2012 now builds 32,000 tractors a year."],
                      dt.date(2019, 8, 27))
    assert figures["46.3 billion yuan"].period == "2018"
    assert figures["32,000"].period == "2019"


def test_spending_on_research_and_development_is_rd_expenditure():
    figures = settled(["The province's spending on research and development was about 1.1 percent of GDP in 2021."])
    assert figures["1.1 percent"].indicator == "rd-expenditure"


def test_by_a_year_followed_by_had_looks_back_even_undated():
    figures = settled(["By the end of 2017 the county had 186 village-level stations. By 2025 the county will "
                       "have 300 stations."], None)
    assert figures["186"].status == "actual" and figures["300"].status == "target"


def test_a_sentence_about_one_park_measures_no_indicator():
    figures = settled(["The park, set up in 2009 and promoted to provincial level in 2014, generated 46.3 billion "
                       "yuan of industrial output value last year. Taxes paid by park firms came to 2.15 billion yuan.",
                       "The city's industrial output value reached 300 billion yuan."], dt.date(2019, 8, 27))
    assert figures["46.3 billion yuan"].indicator is None and figures["2.15 billion yuan"].indicator is None
    assert figures["300 billion yuan"].indicator == "industry-output-value"


def test_money_spent_on_research_and_its_share_of_gdp_are_rd_expenditure():
    figures = settled(["Taiyuan spent 11.8 billion yuan on research and development, or 2.1 percent of its GDP."],
                      dt.date(2024, 6, 18))
    assert figures["11.8 billion yuan"].indicator == "rd-expenditure"
    assert figures["2.1 percent"].indicator == "rd-expenditure" and figures["2.1 percent"].kind == "share"
    # A share of GDP whose part names nothing measures nothing: GDP is only its whole.
    assert settled(["Exports were worth 7 percent of GDP."])["7 percent"].indicator != "gdp"


def test_a_january_release_reports_last_years_spans_and_quarters():
    figures = settled(["Shanxi's gross regional product reached 1.70 trillion yuan in 2019, up 6.2 percent year-on-year. "
                       "Growth was 6.4 percent in the first quarter, 6.0 percent in the second, 6.1 percent in the "
                       "third and 6.3 percent in the fourth.",
                       "From January to November, industrial output rose 10.5 percent."], dt.date(2020, 1, 21))
    assert [figures[t].period for t in ("6.4 percent", "6.0 percent", "6.1 percent", "6.3 percent")] == \
        ["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"]
    assert all(figures[t].indicator == "gdp" and figures[t].kind == "change" for t in ("6.4 percent", "6.3 percent"))
    assert figures["10.5 percent"].period == "2019-01-2019-11"
    # A goal for a quarter not yet over stays this year's.
    assert settled(["The city aims to grow 5 percent in the second quarter."], dt.date(2020, 4, 2))["5 percent"].period \
        == "2020-Q2"


def test_a_period_said_in_the_words_after_a_figure_is_its_own():
    figures = settled(["Growth was 6.4 percent in the first quarter, 6.1 percent in the third and 6.3 percent in the "
                       "fourth quarter."], dt.date(2020, 1, 21))
    assert figures["6.1 percent"].period == "2019-Q3" and figures["6.3 percent"].period == "2019-Q4"


def test_a_month_last_year_is_last_years():
    figures = settled(["A campaign launched by the State Council in March last year has pushed up factory spending, "
                       "and 516 projects won funds."], dt.date(2025, 3, 4))
    assert figures["516"].period == "2024"


def test_capacity_removed_is_a_change():
    figures = settled(["Since 2016, the city has closed 19 small mines, removing 11.4 million tonnes of outdated "
                       "annual capacity."], dt.date(2021, 11, 23))
    assert figures["11.4 million tonnes"].kind == "change"


def test_a_multiple_of_a_named_or_counted_back_base_spans_from_it():
    figures = settled(["The industry earned 11.2 billion yuan in the first 11 months of this year, "
                       "about five times its 2015 level. The city now has 412 high-tech enterprises, "
                       "three times as many as five years ago."], dt.date(2020, 12, 29))
    assert figures["five times"].period == "2015-2020"
    assert figures["three times"].period == "2015-2020"
    assert figures["412"].period == "2020"  # "now", not the base of the multiple after it


def test_a_change_after_its_base_clause_spans_base_to_end():
    figures = settled(["The industries accounted for 21.6 percent of industrial value added in 2020, "
                       "up from 9.8 percent in 2015, a rise of 11.8 percentage points."], dt.date(2020, 12, 29))
    assert figures["11.8 percentage points"].period == "2015-2020"
    assert figures["21.6 percent"].period == "2020" and figures["9.8 percent"].period == "2015"


def test_a_dateline_does_not_date_a_release_and_a_half_year_heading_does():
    from digest.ingest.meaning import section_periods

    lead = ("YUNCHENG, China, Aug. 27, 2025 /PR Newswire/ -- The Company today announced its results "
            "for the six months ended June 30, 2025.")
    assert lead_period([lead], dt.date(2025, 8, 27)) == "2025-H1"
    blocks = [("heading", "First-Half 2025 Financial Highlights"), ("paragraph", "Revenue rose.")]
    assert section_periods(blocks, dt.date(2025, 8, 27)) == ["2025-H1"]


def test_a_release_line_led_by_its_label_measures_the_label():
    figures = settled(["Main products:", "- Raw coal: 1.05 billion tons, down 1.8 percent.",
                       "- Coke: 79.2 million tons, down 4.5 percent.",
                       "- New energy vehicles: 118,600 units, up 41.0 percent."], dt.date(2024, 11, 19))
    assert figures["1.05 billion tons"].indicator == "raw-coal-output"
    assert figures["79.2 million tons"].indicator == "coke-output"  # a product alone is its output
    assert figures["118,600"].indicator == "nev-output"
    assert figures["4.5 percent"].indicator == "coke-output" and figures["4.5 percent"].kind == "change"


def test_a_threshold_said_with_worth_and_the_change_of_the_count_before_it():
    figures = settled(["A total of 2,236 projects worth 100 million yuan or more were under construction, "
                       "103 more than in 2019."], dt.date(2021, 1, 20))
    assert figures["100 million yuan"].indicator is None and figures["100 million yuan"].period is None
    assert figures["2,236"].indicator == "project-count"
    assert (figures["103"].indicator, figures["103"].kind) == ("project-count", "change")


def test_a_threshold_after_projects_under_construction_or_each_with_is_a_definition():
    figures = settled(["There were 198 projects under construction with investment of 100 million yuan or more, "
                       "21 more than in 2022. The city plans to start 150 industrial projects, each with investment "
                       "of 200 million yuan or more, during the year."], dt.date(2024, 2, 1))
    for text in ("100 million yuan", "200 million yuan"):
        assert (figures[text].period, figures[text].status) == (None, "actual"), text
    assert figures["198"].period == "2024"


def test_a_hyphenated_use_is_no_present_tense_verb():
    figures = settled(["The city's gross domestic product reached 106.54 billion yuan in 2018, up 6.9 percent.",
                       "Output of major products: raw coal 192.36 million tonnes, up 4.7 percent; daily-use ceramics "
                       "1.58 billion pieces, up 12.4 percent."], dt.date(2019, 4, 18))
    assert figures["192.36 million tonnes"].period == "2018"
    assert figures["1.58 billion"].period == "2018" and figures["12.4 percent"].period == "2018"


def test_the_year_of_what_a_multiple_compares_with_is_the_bases_not_the_figures():
    figures = settled(["The county's small mines were shut years ago.",
                       "Line workers at the plant earn about 5,600 yuan a month, twice what the county's small "
                       "mines paid their hands in 2015, according to the county's human resources bureau.",
                       "The firm plans a second phase of 80 million yuan that will add four more lines and double "
                       "its capacity to 10 million bolts a year by 2025."], dt.date(2023, 6, 1))
    assert figures["5,600 yuan a month"].period == "2023"
    # A deadline after "double its capacity to ..." is no base.
    assert figures["four"].period == "2025"


def test_a_goal_said_with_its_own_deadline_after_it_takes_that_one():
    figures = settled(["It hopes to bring the time down to 60 days next year and to convert 12 aircraft a year by "
                       "2026."], dt.date(2023, 6, 1))
    assert figures["60 days"].period == "2024" and figures["12"].period == "2026"


def test_a_content_in_parts_per_million_is_a_spec_undated_unless_its_clause_dates_it():
    figures = settled(["Its moisture content is kept below 20 parts per million. The defect rate fell to 85 parts "
                       "per million in 2022."], dt.date(2023, 6, 1))
    assert figures["20 parts per million"].period is None
    assert figures["85 parts per million"].period == "2022"


def test_that_was_faster_than_the_average_compares_the_rate_said_before():
    figures = settled(["Xinzhou's gross domestic product grew 6.2 percent year-on-year in the first quarter. That "
                       "was 1.3 percentage points faster than the provincial average of 4.9 percent and above the "
                       "national rate of 5.1 percent."], dt.date(2024, 4, 25))
    assert figures["4.9 percent"].indicator == "gdp" and figures["5.1 percent"].indicator == "gdp"


def test_a_headlines_q1_is_a_quarter_and_a_cause_after_a_rise_dates_only_itself():
    figures = settled(["Changzhi's GDP grows 5.1% in Q1 as solar cells lead",
                       "The city's economy grew 5.1 percent year-on-year in the first quarter, the bureau said.",
                       "Solar cell output rose 63 percent to 1.86 million kilowatts, helped by a plant that started "
                       "production in January."], dt.date(2023, 4, 26))
    assert figures["5.1%"].period == "2023-Q1"
    assert figures["63 percent"].period == "2023-Q1"
    # A headline's quarter not over by the article's date is last year's.
    assert settled(["Shanxi's coal output up 3% in Q4"], dt.date(2023, 1, 20))["3%"].period == "2022-Q4"


def test_exports_of_a_sector_or_of_a_places_products_are_no_places_exports():
    figures = settled(["Exports of the sector reached 1.6 billion yuan, up 22 percent. Exports of the province's "
                       "medical devices reached 3.1 billion yuan. The city's exports reached 12 billion yuan, and "
                       "exports of the province reached 20 billion yuan."], dt.date(2023, 6, 1))
    assert figures["1.6 billion yuan"].indicator is None and figures["3.1 billion yuan"].indicator is None
    assert figures["12 billion yuan"].indicator == "exports" and figures["20 billion yuan"].indicator == "exports"


def test_a_definition_between_dashes_is_read_past_like_one_between_commas():
    figures = settled(["The value added of industrial enterprises above designated size - those with annual main "
                       "business revenue of 20 million yuan ($2.96 million) or more - rose 8.6 percent."],
                      dt.date(2019, 2, 1))
    assert figures["8.6 percent"].indicator == "industrial-value-added"
    assert figures["20 million yuan"].period is None


def test_a_change_after_a_long_count_and_its_period_measures_what_the_count_does():
    figures = settled(["North China's Shanxi Province produced 168,400 new energy vehicles (NEVs) in the first 10 "
                       "months of this year, up 64.7 percent year on year."], dt.date(2024, 11, 25))
    assert figures["168,400"].indicator == "nev-output" and figures["64.7 percent"].indicator == "nev-output"


def test_firms_an_action_reached_and_countries_are_no_industrys_count():
    figures = settled(["More than 640 companies from 23 countries and regions took part in the fair. "
                       "So far 214 enterprises have received support. The city has 412 high-tech enterprises."],
                      dt.date(2019, 9, 9))
    assert figures["640"].indicator is None and figures["23"].indicator is None
    assert figures["214"].indicator is None
    assert figures["412"].indicator == "high-tech-enterprises"


def test_a_technical_constant_per_item_has_no_period():
    figures = settled(["Every ton of coke gives off about 430 cubic meters of coke oven gas. "
                       "Each fuel cell truck saves about 60 tons of carbon dioxide a year. "
                       "In 2021 each truck cost 1.2 million yuan."], dt.date(2022, 8, 16))
    assert figures["430 cubic meters"].period is None and figures["60 tons"].period is None
    assert figures["1.2 million yuan"].period == "2021"  # its own clause dates it


def test_the_span_of_the_plan_an_article_is_about():
    from digest.ingest.meaning import plan_span

    published = dt.date(2020, 12, 29)
    assert plan_span("Changzhi looks back on five years", ["As 2020 draws to a close, so does the 13th Five-Year "
                                                           "Plan period (2016-2020)."], published) == "2016-2020"
    assert plan_span("Datong sets new energy targets for 2023-2025", [], dt.date(2023, 2, 20)) == "2023-2025"
    assert plan_span("A plan", ["The city issued a plan for the 14th Five-Year Plan."], published) == "2021-2025"
    assert plan_span("A plan", ["The city will build a base over the next three years."],
                     dt.date(2023, 2, 20)) == "2023-2025"
    assert plan_span("Output rose", ["Output rose 5 percent in 2020."], published) is None
    found = extract_in_context(["Over the five years the city closed 27 coal mines.",
                                "It cut 5 percent in 2019."], published)
    figures, _ = settle(found, Meaning(load_indicators(PROJECT / "content", PROJECT)), published, "2020",
                        plan="2016-2020")
    assert [f.period for f in figures] == ["2016-2020", "2019"]


def test_a_hedged_or_wordless_base_dates_no_present_figure():
    figures = settled(["The shop opened in 2013.",
                       "Online orders now make up about three-fifths of its sales, up from almost nothing in 2013.",
                       "Coal chemicals now make up about two-fifths of the park's output value, against less than "
                       "one-tenth in 2015.",
                       "Nearly 40 percent of the 3,600 employees now hold college degrees, compared with less than "
                       "15 percent in 2016."], dt.date(2019, 7, 18))
    assert figures["three-fifths"].period == "2019" and figures["two-fifths"].period == "2019"
    assert figures["one-tenth"].period == "2015" and figures["40 percent"].period == "2019"


def test_people_who_work_somewhere_are_counted_now():
    figures = settled(["The park was set up in 2009.",
                       "Some 26,000 people work in the park, a third of them university graduates."],
                      dt.date(2019, 5, 1))
    assert figures["26,000"].period == "2019"


def test_a_removal_is_a_change_whatever_it_measures():
    figures = settled(["Since 2014 the county has closed 37 workshops that failed inspections. "
                       "Linfen closed coke ovens with a combined capacity of 5.6 million tons. "
                       "The county has 130 workshops."], dt.date(2017, 5, 16))
    assert figures["37"].kind == "change" and figures["5.6 million tons"].kind == "change"
    assert figures["130"].kind == "level"


def test_a_named_products_output_in_pieces_or_kw_but_not_a_count_of_wells():
    figures = settled(["Main products:", "- Industrial robots: 2,150 sets, up 8 percent.",
                       "- Photovoltaic cells: 9.8 million kW, up 62.3 percent.",
                       "The city now runs 4,370 surface extraction wells."], dt.date(2024, 11, 19))
    assert figures["2,150"].indicator == "product-output"
    assert figures["9.8 million kW"].indicator == "product-output"
    assert figures["4,370"].indicator is None


def test_a_result_measured_against_a_goal_and_a_list_of_goals():
    figures = settled(["Energy consumption per unit of GDP fell 3.5 percent, exceeding the provincial target. "
                       "The main expected targets for this year are: GDP growth of more than 6.5 percent; "
                       "fixed-asset investment growth of 10 percent. "
                       "We will start 150 key projects with planned investment of 60 billion yuan. "
                       "Energy use per unit of GDP will fall 2.5 percent, so as to meet the binding targets."],
                      dt.date(2022, 1, 24))
    assert figures["3.5 percent"].status == "actual"
    assert figures["6.5 percent"].status == figures["10 percent"].status == "target"
    assert figures["60 billion yuan"].status == "target"
    assert figures["2.5 percent"].status == "target"


def test_the_items_of_a_list_of_goals_are_goals():
    from digest.ingest.meaning import goal_items

    paragraphs = ["This year marks the end of the plan. The main targets for economic and social development are:",
                  "- GDP growth of around 5 percent;", "- more than 450,000 new urban jobs.",
                  "Last year GDP grew 5.2 percent.", "- Raw coal: 1.3 billion tons."]
    assert goal_items(paragraphs) == {1: None, 2: None}
    assert goal_items(["By 2025:", "- Revenue of the industry reaches 20 billion yuan."]) == {1: "2025"}
    found = extract_in_context(paragraphs, dt.date(2025, 1, 24))
    figures, _ = settle(found, Meaning(load_indicators(PROJECT / "content", PROJECT)), dt.date(2025, 1, 24), None,
                        goals=goal_items(paragraphs))
    assert [(f.text, f.status) for f in figures] == [("5 percent", "target"), ("450,000", "target"),
                                                     ("5.2 percent", "actual"), ("1.3 billion tons", "actual")]


def test_refueling_stations_funds_set_aside_and_visits_received():
    figures = settled(["Datong has 8 refueling stations. The city has set aside 600 million yuan for the program. "
                       "The province received 52.3 million visits in the first eight months. "
                       "The Guandi Temple drew 410,000 visits."], dt.date(2024, 10, 9))
    assert figures["8"].indicator == "charging-stations"
    assert figures["600 million yuan"].indicator == "public-funding"
    assert figures["52.3 million"].indicator == "tourist-visits"
    assert figures["410,000"].indicator is None  # one temple's visitors


def test_a_countys_own_income_measures_no_indicator():
    figures = settled(["Per capita disposable income of the county's rural residents rose 11 percent to 7,450 yuan. "
                       "Per capita disposable income of the city's rural residents rose 8 percent to 12,900 yuan."],
                      dt.date(2017, 3, 1))
    assert figures["7,450 yuan"].indicator is None
    assert figures["12,900 yuan"].indicator == "disposable-income-per-capita"


def test_power_sent_out_a_share_spent_on_rd_and_little_giants_by_city():
    figures = settled(["The city sent 28.5 billion kWh to other provinces last year. "
                       "On average they spend 6.1 percent of their revenue on research and development. "
                       "Taiyuan has 53 of the national little giants, Changzhi 17 and Jinzhong 14."], dt.date(2023, 9, 14))
    assert figures["28.5 billion kWh"].indicator == "outbound-electricity"
    assert figures["6.1 percent"].indicator == "rd-expenditure"
    assert figures["53"].indicator == figures["17"].indicator == "specialized-smes"


def test_a_base_years_time_does_not_date_the_figures_after_it():
    figures = settled(["The port dispatched 138 outbound trips last year, up from 41 in 2020, carrying 6,900 "
                       "containers and goods worth 2.6 billion yuan."], dt.date(2022, 3, 1))
    assert figures["41"].period == "2020"
    assert figures["6,900"].period == figures["2.6 billion yuan"].period == "2021"


def test_money_earned_from_tourism_is_tourism_revenue():
    figures = settled(["Shanxi received 38.9 million visits over the holiday and earned 29.6 billion yuan from "
                       "tourism."], dt.date(2019, 10, 9))
    assert figures["29.6 billion yuan"].indicator == "tourism-revenue"


def test_a_month_alone_the_year_aimed_for_and_firms_above_designated_size_added():
    figures = settled(["In March alone, industrial value added rose 8.5 percent. "
                       "Yangquan aims for industrial growth of about 7 percent for the year. "
                       "Yangquan added 14 industrial enterprises above designated size in the quarter, "
                       "bringing the total to 281. The county plans to clear the remaining 12 heaps by 2025."],
                      dt.date(2023, 4, 21))
    assert figures["8.5 percent"].period == "2023-03-2023-03"
    seven = figures["7 percent"]
    assert (seven.status, seven.period, seven.indicator) == ("target", "2023", "industrial-value-added")
    assert figures["14"].indicator == figures["281"].indicator == "enterprises-above-designated-size"
    assert figures["12"].kind == "change"


def test_removals_said_after_the_count_and_additions_joined_by_and():
    figures = settled(["Across Jincheng, 26 small coal mines were shut between 2016 and 2020. "
                       "The plant's two 135,000-kilowatt coal-fired units were shut last year. "
                       "The city will add 3 million kW of wind power and 5 million kW of photovoltaic capacity."],
                      dt.date(2021, 3, 1))
    assert figures["26"].kind == figures["two"].kind == "change"
    assert figures["135,000-kilowatt"].kind == "level"  # the units' size
    assert figures["3 million kW"].kind == figures["5 million kW"].kind == "change"


def test_a_hundred_billion_yuan_industry_is_its_output_value():
    figures = settled(["We will build the aluminum and magnesium industry into a 100-billion-yuan industry by 2025. "
                       "The city set up a 5-billion-yuan new materials industry fund in 2022."], dt.date(2022, 1, 24))
    assert figures["100-billion-yuan"].indicator == "industry-output-value"
    assert figures["5-billion-yuan"].indicator != "industry-output-value"


def test_a_plans_goal_lines_measure_their_growth_capacity_and_firms():
    paragraphs = ["By 2025:", "- Revenue of the semiconductor materials industry reaches 20 billion yuan, with average "
                  "annual growth of more than 30 percent.",
                  "- The number of semiconductor materials enterprises above designated size reaches 40.",
                  "- Annual production capacity of silicon carbide substrates reaches 600,000 pieces."]
    from digest.ingest.meaning import goal_items

    found = extract_in_context(paragraphs, dt.date(2022, 5, 17))
    figures, _ = settle(found, Meaning(load_indicators(PROJECT / "content", PROJECT)), dt.date(2022, 5, 17), None,
                        goals=goal_items(paragraphs))
    got = {f.text: (f.indicator, f.status, f.period) for f in figures}
    assert got["30 percent"][0] == "industry-revenue"
    assert got["40"] == ("industry-enterprises", "target", "2025")
    assert got["600,000"] == ("production-capacity", "target", "2025")


def test_a_design_figure_at_full_output_is_undated():
    figures = settled(["The plant began trial production in March. At full output, the plant will buy 150,000 tons "
                       "of corn a year and employ 1,000 people. It will reach 40,000 tons of capacity by 2026."],
                      dt.date(2025, 4, 22))
    assert figures["150,000 tons"].period is None and figures["1,000"].period is None
    assert figures["40,000 tons"].period == "2026"


def test_a_present_state_beside_a_since_clause_is_current():
    figures = settled(["The district says 14,000 households grow the flowers, and the industry has lifted 30,000 "
                       "people out of poverty since 2016. Its park, which covers 12 square kilometers, has signed "
                       "17 projects since 2013."], dt.date(2020, 8, 11))
    assert figures["14,000"].period == "2020" and figures["12 square kilometers"].period == "2020"
    assert figures["30,000"].period == "2016-2020" and figures["17"].period == "2013-2020"


def test_money_banks_lent_is_sector_loans():
    figures = settled(["Last year, banks lent 21.8 billion yuan to agricultural processing firms, up 15.2 percent."],
                      dt.date(2024, 3, 27))
    assert figures["21.8 billion yuan"].indicator == figures["15.2 percent"].indicator == "sector-loans"


def test_an_asides_time_dates_the_aside_not_the_present_around_it():
    figures = settled(["Taiyuan's rail equipment makers are busy.",
                       "Its wheelset line, fitted with robots last year, turns out a wheelset every six minutes, "
                       "twice as fast as before."], dt.date(2019, 10, 15))
    assert figures["twice"].period == "2019"
    assert figures["six minutes"].period is None  # a tempo is undated


def test_an_industry_that_reported_revenue_is_no_company():
    figures = settled(["The city's pharmaceutical industry reported revenue of 7.3 billion yuan, up 21.6 percent.",
                       "Coal chemical plants in the city turned out 1.36 million tons of products, up 18 percent."])
    assert figures["7.3 billion yuan"].indicator == "industry-revenue"
    assert figures["1.36 million tons"].indicator == "product-output"
    # a company that reported revenue still measures nothing reusable
    assert settled(["Jinlu Rail reported revenue of 2.1 billion yuan."])["2.1 billion yuan"].indicator is None


def test_a_removal_or_a_cut_by_an_amount_is_a_change():
    figures = settled(["The switch has allowed the county to scrap 187 small coal-fired boilers, cutting coal use "
                       "by about 96,000 tonnes a year."])
    assert figures["187"].kind == "change" and figures["96,000 tonnes"].kind == "change"


def test_what_a_process_saves_or_avoids_is_a_change():
    # Annotators split 28 to 18 for a change; since blind80, 14 to 6.
    figures = settled(["Each electric truck avoids about 85 tons of carbon dioxide a year compared with a diesel one.",
                       "The new kiln saves about 9,600 tonnes of standard coal a year.",
                       "The plant burns about 40,000 tonnes of standard coal a year."])
    assert figures["85 tons"].kind == "change" and figures["9,600 tonnes"].kind == "change"
    assert figures["40,000 tonnes"].kind == "level"


def test_a_lead_that_starts_years_ago_dates_nothing_after_it():
    figures = settled(["Three years ago the county had no garment factory at all. Now a park on its edge is full.",
                       "Twenty-seven garment companies operate in the park, employing about 6,800 people."],
                      dt.date(2021, 6, 22))
    assert figures["6,800"].period == "2021"


def test_a_list_of_goals_by_a_year_and_the_levels_its_items_start_from():
    text = ("Shanxi sets 2027 targets for industrial waste\n\n2025-04-15\n\n"
            "The province has issued a plan for 2025 to 2027.\n\nMain targets of the plan (by 2027):\n\n"
            "- Coal gangue put to use: 130 million tonnes a year, up from 96 million tonnes in 2024.\n\n"
            "- Utilization rate of fly ash: 80 percent, against 71 percent in 2024.\n")
    figures = loaded(text)
    assert (figures["130 million tonnes"].status, figures["130 million tonnes"].period) == ("target", "2027")
    assert (figures["80 percent"].status, figures["80 percent"].period) == ("target", "2027")
    assert (figures["96 million tonnes"].status, figures["96 million tonnes"].period) == ("actual", "2024")
    assert figures["71 percent"].status == "actual"


def test_a_list_pairs_with_its_items_without_respectively_when_each_names_an_indicator():
    figures = settled(["Value added of the primary, secondary and tertiary industries grew 2.1, 6.8 and 7.2 percent."],
                      dt.date(2019, 4, 23))
    assert [figures[t].indicator for t in ("2.1", "6.8", "7.2 percent")] == [
        "primary-industry-value-added", "secondary-industry-value-added", "tertiary-industry-value-added"]


def test_the_base_of_a_comparison_dates_nothing():
    figures = settled(["Shanxi's GDP grew 6.4 percent in the first quarter of 2019.",
                       "The growth was 0.3 percentage points faster than in the whole of last year.",
                       "Output of new energy vehicles reached 14,200 units, 2.6 times the figure a year earlier."],
                      dt.date(2019, 4, 23))
    assert {figures[t].period for t in ("0.3 percentage points", "14,200", "2.6 times")} == {"2019-Q1"}


def test_a_batch_of_projects_is_counted_wherever_it_is():
    figures = settled(["The fine chemicals park started three projects with total investment of 4.6 billion yuan.",
                       "Its aluminum industrial park has signed 17 projects worth 9.6 billion yuan since 2013.",
                       "The plant, a 3-billion-yuan project, will open in May."], dt.date(2017, 1, 10))
    assert [figures[t].indicator for t in ("three", "4.6 billion yuan", "17", "9.6 billion yuan", "3-billion-yuan")] == [
        "project-count", "project-investment", "project-count", "project-investment", None]


def test_a_parts_share_of_industrial_value_added_measures_the_part():
    figures = settled(["Coal still accounts for about 60 percent of Jincheng's industrial value added.",
                       "Industrial value added grew 5.1 percent."], dt.date(2023, 7, 26))
    assert figures["60 percent"].indicator == "sector-value-added"
    assert figures["5.1 percent"].indicator == "industrial-value-added"


def test_a_multiple_and_its_dated_base_measure_the_figure_before():
    figures = settled(["Shanxi sets targets.",
                       "Output value of the green building materials industry will reach 100 billion yuan by 2027, "
                       "almost double the 2024 figure of 58 billion yuan."], dt.date(2025, 4, 15))
    assert {figures[t].indicator for t in ("100 billion yuan", "double", "58 billion yuan")} == {"industry-output-value"}
    assert (figures["58 billion yuan"].status, figures["58 billion yuan"].period) == ("actual", "2024")
    assert figures["100 billion yuan"].status == "target"


def test_goals_listed_with_semicolons_are_named_after_their_figures():
    figures = settled(["The main targets for 2018 are: GDP growth of about 6.5 percent; growth of 6 percent in the "
                       "value added of industrial enterprises above designated size; growth of 7 percent in general "
                       "public budget revenue; and a reduction of 3.3 percent in energy consumption per 10,000 yuan "
                       "of GDP."], dt.date(2018, 1, 16))
    assert [figures[t].indicator for t in ("6.5 percent", "6 percent", "7 percent", "3.3 percent")] == [
        "gdp", "industrial-value-added", "fiscal-revenue", "energy-intensity"]


def test_a_bulletins_list_of_products_without_commas():
    figures = settled(["Output of major industrial products: raw coal 967.54 million tons, down 1.3 percent; coke "
                       "80.42 million tons, down 7.9 percent."], dt.date(2016, 2, 29))
    assert [figures[t].indicator for t in ("967.54 million tons", "80.42 million tons", "7.9 percent")] == [
        "raw-coal-output", "coke-output", "coke-output"]


def test_a_design_figure_when_complete_is_an_undated_goal():
    figures = settled(["A 6.2-billion-yuan base in Shilou county, with 500,000 kilowatts of wind turbines when complete.",
                       "It will have 600,000 kilowatts of wind turbines when completed in 2025."], dt.date(2022, 3, 15))
    assert (figures["500,000 kilowatts"].status, figures["500,000 kilowatts"].period) == ("target", None)
    assert (figures["600,000 kilowatts"].status, figures["600,000 kilowatts"].period) == ("target", "2025")


def test_a_place_described_as_it_is_is_current_and_a_points_base_spans_from_its_year():
    figures = settled(["Last year Shuozhou mined 200 million tons of coal.",
                       "Shuozhou, a city of 1.59 million people covering 10,600 square kilometers, builds data centers.",
                       "Its gross margin was 24.1 percent in 2023, down 3.9 percentage points from 2022."],
                      dt.date(2024, 3, 26))
    assert figures["1.59 million"].period == "2024" and figures["10,600 square kilometers"].period == "2024"
    # (A change in points from a year spans from it: 35 of the 41 annotated such changes are so written.)
    assert figures["3.9 percentage points"].period == "2022-2023"


def test_a_list_of_goals_under_a_heading_and_additions_counted():
    text = ("Xinzhou's work report\n\n2025-02-18\n\nIn 2024 Twelve coal mines passed acceptance.\n\n"
            "II. Targets for 2025\n\n-- The number of intelligent coal mines to reach 45.\n\n"
            "-- Start 80 industrial projects with planned investment of 45 billion yuan.\n\n"
            "Jinyang Silk installed 48 rapier looms last year.\n")
    figures = loaded(text)
    assert (figures["45"].status, figures["45"].period) == ("target", "2025")
    assert figures["80"].status == "target" and figures["45 billion yuan"].status == "target"
    assert figures["48"].kind == "change"


def test_a_rules_terms_hold_whenever_it_applies():
    figures = settled(["The district pays a one-off reward of 500,000 yuan to any firm named a little giant.",
                       "Companies get a reward of 10 yuan a tonne, capped at 5 million yuan per company.",
                       "The district paid 30 million yuan in rewards last year."], dt.date(2022, 3, 1))
    assert [figures[t].period for t in ("500,000 yuan", "10 yuan a tonne", "5 million yuan")] == [None, None, None]
    assert figures["30 million yuan"].period == "2021"



def test_a_rules_terms_are_in_force_not_goals():
    figures = settled(["Each newly listed smart factory will receive a one-off award of 800,000 yuan.",
                       "Each project receives up to 8 percent of its equipment investment, capped at 6 million yuan "
                       "per project.",
                       "The city will build 20 more smart factories by 2025."], dt.date(2022, 3, 1))
    assert [figures[t].status for t in ("800,000 yuan", "6 million yuan")] == ["actual", "actual"]
    assert figures["20"].status == "target"

def test_rates_caps_and_standards_of_a_rule_are_undated():
    figures = settled(["Buyers of listed equipment get a rebate of 6 percent of the purchase price, up to 8 million "
                       "yuan per company, and an interest subsidy of 1.2 percentage points.",
                       "The county covers 60 percent of the price of a heat pump.",
                       "Its PM2.5 density fell to 48 micrograms, still above the national standard of 35 micrograms.",
                       "The county paid out 12 percent more in rebates last year."], dt.date(2021, 3, 1))
    assert [figures[t].period for t in ("6 percent", "8 million yuan", "1.2 percentage points", "60 percent",
                                        "35 micrograms")] == [None] * 5
    assert figures["48 micrograms"].period == "2021" and figures["12 percent"].period == "2020"


def test_a_requirement_and_a_line_counted_above_are_bounds():
    figures = settled(["New plants must invest at least 3 million yuan per mu and need a site of no less than 20 mu.",
                       "Of the 30 projects, 11 have an investment of more than 1 billion yuan each.",
                       "Of the 300 firms, 80 are enterprises above designated size, meaning annual revenue of "
                       "20 million yuan or more.",
                       "The park attracted investment of more than 4 billion yuan last year."], dt.date(2020, 5, 1))
    for text in ("3 million yuan per mu", "20 mu", "1 billion yuan", "20 million yuan"):
        assert (figures[text].indicator, figures[text].period) == (None, None), text
    assert figures["4 billion yuan"].period == "2019"


def test_a_present_figure_beside_a_dated_past_one_is_current():
    figures = settled(["Its orchards cover 1.6 million mu and produced 4.2 million tons of fruit last year.",
                       "The plant employed 480 people and paid 26 million yuan in taxes last year."], dt.date(2024, 5, 8))
    assert (figures["1.6 million mu"].period, figures["4.2 million tons"].period) == ("2024", "2023")
    assert (figures["480"].period, figures["26 million yuan"].period) == ("2023", "2023")


def test_a_multiple_of_a_base_year_spans_from_it():
    paragraphs = ["The company expects to sell 28,000 tons this year, almost double last year's figure.",
                  "The city aims to raise revenue to 50 billion yuan by 2022, nearly double last year's level.",
                  "A spinner now earns 3,200 yuan a month, nearly double the wage of 2010.",
                  "Lithium carbonate now costs 160,000 yuan a ton, double its price two years ago."]
    found = extract_in_context(paragraphs, dt.date(2019, 9, 24))
    figures, _ = settle(found, Meaning(load_indicators(PROJECT / "content", PROJECT)), dt.date(2019, 9, 24), None)
    assert [f.period for f in figures if f.raw_unit == "times"] == ["2018-2019", "2018-2022", "2010-2019", "2017-2019"]
    # The level beside the multiple keeps its own time, not the base's.
    assert [f.period for f in figures if f.unit == "CNY"] == ["2022", "2019", "2019"]


def test_a_countys_section_of_a_list_measures_the_county():
    figures = loaded("Top counties by GDP in 2023\n\n2024-04-09\n\nShanxi's GDP grew 5.1 percent in 2023. "
                     "Here is the list.\n\n1. Xiaoyi (Lyuliang)\nGDP: 112.6 billion yuan, up 4.8 percent\n"
                     "Xiaoyi made 16.8 million tons of coke last year.\n\n2. Hejin (Yuncheng)\n"
                     "GDP: 86.3 billion yuan, up 6.2 percent\n")
    assert [(figures[t].indicator, figures[t].city) for t in ("112.6 billion yuan", "16.8 million tons", "86.3 billion yuan")] \
        == [(None, "lyuliang"), (None, "lyuliang"), (None, "yuncheng")]
    assert (figures["5.1 percent"].indicator, figures["5.1 percent"].city) == ("gdp", "shanxi")


def test_a_communiques_three_industries_and_a_count_more_than_at_the_end_of_last_year():
    figures = settled(["The three industries accounted for 7.2 percent, 48.7 percent and 44.1 percent of GDP "
                       "respectively.",
                       "At the end of the year there were 392 industrial enterprises above designated size, 27 more "
                       "than at the end of the previous year."], dt.date(2021, 4, 2))
    assert [figures[t].indicator for t in ("7.2 percent", "48.7 percent", "44.1 percent")] == [
        "primary-industry-value-added", "secondary-industry-value-added", "tertiary-industry-value-added"]
    assert (figures["27"].indicator, figures["27"].kind) == (figures["392"].indicator, "change")
    assert figures["392"].indicator == "enterprises-above-designated-size"


def test_a_release_under_its_subtitle_is_the_companys_own_half_year():
    figures = loaded("Jinyu Crystal Reports First-Half 2023 Results; Revenue Up 46.3%\n\n"
                     "Net profit turns positive; Phase II plant on track for 2024\n\n"
                     "JINZHONG, China, Aug. 28, 2023 /PRNewswire/ -- Shanxi Jinyu Crystal Technology Co., Ltd. "
                     "(SZSE: 301628) today announced its unaudited financial results for the six months ended "
                     "June 30, 2023.\n\n- Revenue was RMB 412 million, up 46.3% year over year.\n"
                     "- Net profit was RMB 58.7 million.\n")
    assert [(figures[t].indicator, figures[t].period) for t in ("RMB 412 million", "RMB 58.7 million")] == [
        (None, "2023-H1"), (None, "2023-H1")]


def test_a_change_after_a_level_is_no_second_item_of_a_list():
    figures = settled(["Installed wind and solar power capacity reached 2.86 million kilowatts, 1.14 million "
                       "kilowatts more than a year earlier."], dt.date(2017, 2, 14))
    assert [(f.indicator, f.kind) for f in figures.values()] == [
        ("new-energy-power-capacity", "level"), ("new-energy-power-capacity", "change")]


def test_money_being_spent_now_and_two_months_said_with_and():
    figures = settled(["Saishang is investing 380 million yuan in a forging line that will make 600,000 wheels a "
                       "year from next March.",
                       "Shanxi produced 203.6 million tonnes of raw coal in January and February, up 2.4 percent.",
                       "Exports peaked in May and October at 1.2 million tonnes."], dt.date(2020, 11, 18))
    assert (figures["380 million yuan"].status, figures["380 million yuan"].period) == ("actual", "2020")
    assert figures["203.6 million tonnes"].period == "2020-01-2020-02"
    assert figures["1.2 million tonnes"].period != "2020-05-2020-10"


def test_a_thing_of_its_kind_is_undated_and_a_company_is_not_one():
    figures = settled(["A 17-inch wheel weighs about 10 kilograms and takes a little over four minutes to cast.",
                       "A forged wheel can be 25 percent lighter than a cast one.",
                       "A local carmaker sells 150,000 vehicles a year.",
                       "A wheel sells for 600 yuan."], dt.date(2020, 11, 18))
    assert [figures[t].period for t in ("10 kilograms", "four minutes", "25 percent")] == [None, None, None]
    assert figures["150,000"].period == "2020"  # a company at work, not a thing of its kind
    assert figures["600 yuan"].period == "2020"  # a price is of its time


def test_the_capacity_of_the_mines_counted_before_with():
    figures = settled(["There were 68 coal mines at the end of the year, with a combined production capacity of "
                       "226 million tons a year.",
                       "There were 12 coking plants at the end of the year, with a combined production capacity of "
                       "30 million tons a year."], dt.date(2021, 4, 2))
    assert figures["226 million tons"].indicator == "coal-production-capacity"
    assert figures["30 million tons"].indicator == "production-capacity"


def test_one_companys_results_measure_no_indicator():
    figures = loaded("Reducer makers ride the robot boom\n\n2025-06-10\n\nJincheng's equipment industry had "
                     "revenue of 31.5 billion yuan last year. Precision Drive's revenue rose 31 percent to 640 "
                     "million yuan in 2024. The company's exports reached 90 million yuan. Exports account for "
                     "about 45 percent of Saishang's sales, and 30 percent of Shanxi's exports go to Europe.\n")
    assert figures["31.5 billion yuan"].indicator == "industry-revenue"
    assert [figures[t].indicator for t in ("31 percent", "640 million yuan", "90 million yuan", "45 percent")] \
        == [None] * 4


def test_manufacturing_named_after_value_added_and_an_intensity_per_unit_of_it():
    figures = settled(["Value added of manufacturing grew 7.9 percent.",
                       "Energy consumption per 10,000 yuan of industrial value added fell 3.7 percent.",
                       "Industrial value added above designated size grew 4.8 percent."], dt.date(2024, 1, 29))
    assert figures["7.9 percent"].indicator == "manufacturing-value-added"
    assert figures["3.7 percent"].indicator is None
    assert figures["4.8 percent"].indicator == "industrial-value-added"


def test_a_planned_plants_yearly_capacity_is_undated_but_a_goal_for_this_year_is_not():
    figures = settled(["A photovoltaic company is building a factory that will make 5 gigawatts of cells a year.",
                       "The company plans to produce 30,000 tons of foil this year."],
                      dt.date(2022, 5, 9))
    assert figures["5 gigawatts"].period is None
    assert figures["30,000 tons"].period == "2022"


def test_a_base_said_now_and_a_result_after_a_deadline_are_current():
    figures = settled(["The city wants to cut its coking capacity to below 20 million tons by 2020, from 24.5 million "
                       "tons now.",
                       "The company plans to raise the share to half by 2022. A lithium battery pack costs 1,400 to "
                       "2,000 yuan."], dt.date(2018, 1, 9))
    assert (figures["20 million tons"].period, figures["24.5 million tons"].period) == ("2020", "2018")
    assert figures["1,400 to 2,000 yuan"].period == "2018"


def test_a_change_against_a_named_base_year_spans_from_it():
    figures = settled(["The city cut its PM2.5 concentration to 74 micrograms last year, down 17 percent from 2016.",
                       "Households earned 21,600 yuan last year, about 6,000 yuan more than in 2016.",
                       "Energy use per unit of GDP is to fall 14 percent from the 2020 level by 2025.",
                       "Visits were 38 percent more than in the same days of 2019."], dt.date(2021, 5, 4))
    assert [figures[t].period for t in ("17 percent", "6,000 yuan", "14 percent", "38 percent")] == [
        "2016-2020", "2016-2020", "2020-2025", "2019-2021"]


def test_a_measure_read_past_its_definition_and_it_grew_after_it():
    figures = settled(["Industrial value added of enterprises above designated size, those with annual main business "
                       "revenue of 20 million yuan or more, rose 6.5 percent. In September alone it grew 8.1 percent."],
                      dt.date(2017, 10, 24))
    assert (figures["20 million yuan"].indicator, figures["20 million yuan"].period) == (None, None)
    assert figures["6.5 percent"].indicator == figures["8.1 percent"].indicator == "industrial-value-added"


def test_a_clause_naming_no_place_takes_the_province_its_sentence_named_before():
    figures = loaded("Qin county sensor maker grows\n\n2018-07-17\n\nA sensor maker in Qin county, Changzhi, sold "
                     "12,000 sensors last year. Shanxi alone had 946 coal mines at the end of 2017, which produced "
                     "852 million tons of coal last year.\n")
    assert figures["12,000"].city == "changzhi"
    assert (figures["946"].city, figures["852 million tons"].city) == ("shanxi", "shanxi")


def test_a_figure_said_of_china_is_the_nations():
    figures = loaded("Yushe maker bets on filters\n\n2020-09-15\n\nA maker in Yushe county, Jinzhong, installed four "
                     "lines. The price of melt-blown fabric in China jumped to 500,000 yuan a ton this spring.\n\nThe "
                     "company sold 1,800 tons of fabric.\n")
    assert figures["500,000 yuan a ton"].city == "china"
    assert figures["1,800 tons"].city == "jinzhong"


def test_a_count_bringing_the_total_to_a_number_is_an_addition():
    figures = settled(["Fifty fuel cell buses were put into service during the year, bringing the city's total to 140.",
                       "Thirty-one industrial enterprises were newly added to the list.",
                       "The city has 42 coal mines."], dt.date(2021, 3, 9))
    assert [figures[t].kind for t in ("Fifty", "140", "Thirty-one", "42")] == ["change", "level", "change", "level"]


def test_coal_mines_made_intelligent_are_intelligent_mines():
    figures = settled(["Eighteen coal mines passed acceptance as intelligent mines during the year.",
                       "Intelligent upgrading was completed at 12 coal mines.",
                       "The city has 42 coal mines, more than any other city."], dt.date(2024, 1, 29))
    assert [figures[t].indicator for t in ("Eighteen", "12", "42")] == [
        "intelligent-coal-mines", "intelligent-coal-mines", "coal-mines"]


def test_a_releases_subtitle_is_read_with_its_headline_and_its_period_words():
    figures = loaded("Jinxi Silicon Starts Up Monomer Plant in Gujiao, Shanxi\n\nNine-month revenue up 46.3% on strong "
                     "silicone prices\n\nGUJIAO, China, Nov. 16, 2021 /PRNewswire/ -- Shanxi Jinxi Silicon (SZSE: "
                     "300555) today announced its results for the nine months ended September 30, 2021.\n\n"
                     "Revenue was RMB 2.1 billion.\n")
    assert figures["46.3%"].period == "2021-Q1-Q3"
    figures = loaded("Luyan Starts Production at Aerogel Plant\n\nFirst-half revenue up 58.0% as customers add "
                     "orders\n\nLOUFAN, China, Aug. 24, 2021 /PRNewswire/ -- Luyan New Materials today announced "
                     "its results.\n\nRevenue was RMB 312 million.\n")
    assert figures["58.0%"].period == "2021-H1"


def test_bulleted_highlights_are_read_and_related_headlines_are_not():
    figures = loaded("Mianshan Starts Production at Electrolyte Plant\n\n2021-09-14\n\nMianshan today announced its "
                     "results.\n\nHighlights\n\n- Electrolyte shipments of 21,400 tons, up 74.0%\n"
                     "- Gross margin of 23.8%, compared with 19.1% a year earlier\n\nThe plant employs 680 people."
                     "\n\nRelated news:\n- Shanxi to cut 20 million tons of coal capacity in 2016\n")
    assert {"21,400 tons", "74.0%", "23.8%", "19.1%", "680"} <= set(figures)
    assert "20 million tons" not in figures


def test_a_plans_task_said_as_a_command_is_a_goal():
    figures = settled(["2. Promote intelligent manufacturing. Build 100 provincial-level digital workshops.",
                       "Start 100 industrial projects with total investment of more than 40 billion yuan.",
                       "Growth in output reached 6 percent last year."], dt.date(2024, 2, 20))
    assert [figures[t].status for t in ("100", "40 billion yuan", "6 percent")] == ["target", "target", "actual"]


def test_a_place_described_in_an_aside_and_two_years_running():
    figures = settled(["Lyuliang, a city of 3.3 million people, wants 1 million kilowatts of storage by 2027.",
                       "Yangquan, a coal city of 1.31 million people, returned to growth in the first three quarters.",
                       "The county closed nine small mines in 2014 and 2015.",
                       "Output was 5 million tons in 2015 and 2020 alike."], dt.date(2020, 11, 3))
    assert (figures["3.3 million"].status, figures["3.3 million"].period) == ("actual", "2020")
    assert figures["1.31 million"].period == "2020"
    assert figures["nine"].period == "2014-2015"
    assert figures["5 million tons"].period != "2015-2020"


def test_a_bases_year_carries_to_no_later_sentence():
    figures = settled(["Nine firms joined the green factory list, bringing the city's total to 27, up from 11 in 2020. "
                       "Energy consumption per unit of GDP fell 3.1 percent."], dt.date(2024, 2, 20))
    assert figures["11"].period == "2020"
    assert figures["3.1 percent"].period == "2024"


def test_the_first_years_of_a_five_year_plan():
    figures = settled(["Over the first three years of the 14th Five-Year Plan period (2021-2025), the value added "
                       "of strategic emerging industries grew 11.4 percent a year on average."], dt.date(2024, 2, 20))
    assert figures["11.4 percent"].period == "2021-2023"


def test_a_city_that_made_a_product_the_vocabulary_does_not_name():
    figures = settled(["Changzhi in Shanxi province made 23.5 billion LED chips in the first 11 months of 2016."],
                      dt.date(2016, 12, 7))
    assert figures["23.5 billion"].indicator == "product-output"


def test_a_places_share_of_a_products_output():
    figures = settled(["The city accounts for nearly three-quarters of Shanxi's coalbed methane output.",
                       "Coal accounts for 60 percent of Shanxi's GDP."], dt.date(2021, 5, 14))
    assert figures["three-quarters"].indicator == "product-output"
    assert figures["60 percent"].indicator != "product-output"


def test_its_results_after_a_sentence_about_a_company_are_the_companys():
    figures = loaded("Carbon makers find new buyers\n\n2019-07-30\n\nDatong's activated carbon industry had revenue of "
                     "3 billion yuan last year.\n\nThe company spent 180 million yuan last year on a line. Its sales "
                     "revenue rose 34 percent to 620 million yuan.\n\nHaina, listed on the ChiNext board, shipped "
                     "4.6GWh of batteries last year, and its revenue rose 37 percent to 9.2 billion yuan.\n")
    assert figures["3 billion yuan"].indicator == "industry-revenue"
    assert [figures[t].indicator for t in ("620 million yuan", "9.2 billion yuan")] == [None, None]


def test_a_constant_per_gigawatt_is_undated():
    figures = settled(["Each gigawatt of double-glass modules needs about 9,000 tons of glass."], dt.date(2023, 3, 14))
    assert figures["9,000 tons"].period is None


def test_the_countys_own_figures_measure_no_indicator():
    figures = settled(["The county's copper processing industry had output value of 5 billion yuan.",
                       "The city's copper processing industry had output value of 50 billion yuan."], dt.date(2017, 9, 12))
    assert figures["5 billion yuan"].indicator is None
    assert figures["50 billion yuan"].indicator == "industry-output-value"


def test_a_goal_for_it_measures_the_figure_before():
    figures = settled(["Jinzhong's new materials industry had output value of 41.6 billion yuan last year, the bureau "
                       "said, and the city aims to lift it to 60 billion yuan by 2022.",
                       "The city wants the figure to reach 70 billion yuan by 2025."], dt.date(2020, 10, 20))
    assert {figures[t].indicator for t in ("41.6 billion yuan", "60 billion yuan", "70 billion yuan")} == {
        "industry-output-value"}


def test_more_ways_to_say_a_batch_of_projects():
    figures = settled(["The number of projects under construction, counting only those with a planned investment of "
                       "10 million yuan or more, was 412, or 37 more than a year earlier.",
                       "The 318 projects have a total investment of 216.5 billion yuan.",
                       "The city completed investment of 32 billion yuan in key projects."], dt.date(2016, 9, 20))
    assert [figures[t].indicator for t in ("412", "216.5 billion yuan", "32 billion yuan")] == [
        "project-count", "project-investment", "project-investment"]


def test_one_sites_visits_measure_no_place():
    figures = settled(["The busiest site was the Guangwu section of the Great Wall, which received 186,000 visits.",
                       "The three-day fair drew 620 exhibitors and 56,000 visitors.",
                       "The city received 12 million tourist visits during the holiday."], dt.date(2022, 10, 8))
    assert figures["186,000"].indicator is None and figures["56,000"].indicator is None
    assert figures["12 million"].indicator == "tourist-visits"


def test_a_place_that_made_a_thing_the_vocabulary_does_not_name_measured_its_output():
    figures = settled(["China produced about 22.9 million tons of refractory materials in 2021, "
                       "according to industry data.",
                       "It made 2,300 tons of pectin last year, and the plant can make 5,000 tons of it a year."])
    assert figures["22.9 million tons"].indicator == "product-output"
    coal = settled(["Shuozhou produced 198 million tons of coal last year.",
                    "Datong produced about 310,000 tons of coal-based activated carbon last year."])
    assert coal["198 million tons"].indicator == "raw-coal-output"
    assert coal["310,000 tons"].indicator == "product-output"
    assert figures["2,300 tons"].indicator is None  # one company's output
    assert figures["5,000 tons"].indicator != "product-output"


def test_a_places_makers_counted_are_its_industrys_enterprises():
    figures = settled(["Jincheng has four e-bike makers, and the city's 11 battery makers had sales of "
                       "2.6 billion yuan last year.",
                       "This year we have five German equipment makers signing agreements."])
    assert figures["four"].indicator == "industry-enterprises"
    assert figures["11"].indicator == "industry-enterprises"
    assert figures["five"].indicator is None  # the ones an event drew, not a place's makers


def test_a_release_keeps_what_it_says_of_its_city_and_the_nation():
    figures = loaded("Lantian Materials Reports 2021 Results\n\n"
                     "YANGQUAN, China, March 28, 2022 /PRNewswire/ -- Lantian Materials Co., Ltd. (SZSE: 002999), "
                     "based in Yangquan, Shanxi Province, today announced its audited financial results for 2021.\n\n"
                     "Revenue was RMB 2.46 billion, up 21.4% year-on-year.\n\n"
                     "The company's new plant in the Yangquan Economic and Technological Development Zone has a "
                     "total investment of RMB 680 million.\n\n"
                     "China produced about 22.9 million tons of refractory materials in 2021. Yangquan aims to raise "
                     "the output value of its refractory industry to RMB 20 billion by 2025.\n")
    assert figures["RMB 2.46 billion"].indicator is None  # the company's own
    assert figures["RMB 680 million"].indicator is None  # a plant in a park named after the city
    assert figures["22.9 million tons"].indicator == "product-output"
    assert figures["RMB 20 billion"].indicator == "industry-output-value"


def test_the_total_value_of_imports_and_exports_is_foreign_trade_not_a_deal():
    figures = settled(["The total value of imports and exports was 1.02 billion yuan, down 14.3 percent.",
                       "The city signed deals with a total value of 41 billion yuan."])
    assert figures["1.02 billion yuan"].indicator == figures["14.3 percent"].indicator == "foreign-trade"
    assert figures["41 billion yuan"].indicator == "project-investment"


def test_full_year_sales_are_the_years():
    figures = settled(["In the first eight months of this year, the plant sold 1.12 million tons of cement, "
                       "and it expects full-year sales of 1.6 million tons."], dt.date(2017, 9, 12))
    assert figures["1.12 million tons"].period == "2017-01-2017-08"
    assert figures["1.6 million tons"].period == "2017"
    aim = settled(["The city aims for full-year GDP growth of around 6.5 percent."], dt.date(2023, 8, 2))
    assert aim["6.5 percent"].period == "2023"


def test_a_comparison_with_the_whole_of_a_year_sets_no_period_for_what_follows():
    figures = loaded("Xinzhou tourism recovers\n\nUpdated: 2023-08-02 16:21\n\n"
                     "Xinzhou's GDP grew 6.8 percent in the first half of this year.\n\n"
                     "Wutai Mountain received 3.1 million visits in the first half, more than in the whole of 2019. "
                     "Xinzhou as a whole received 21.8 million tourist visits, up 86 percent.\n")
    assert figures["21.8 million"].period == figures["86 percent"].period == "2023-H1"
    same = loaded("Xinzhou tourism recovers\n\nUpdated: 2023-08-02 16:21\n\n"
                  "Xinzhou's tourism revenue grew 40 percent in the first half of this year. Shanxi received "
                  "390 million tourist visits in the same period, and its tourism revenue was 1.5 times that of a "
                  "year earlier.\n")
    assert same["390 million"].period == same["1.5 times"].period == "2023-H1"


def test_a_figure_in_the_county_is_the_countys():
    figures = settled(["Coke output in the county reached 2.9 million tons in the first nine months.",
                       "For the county of 220,000 people, the shift has also been about jobs.",
                       "Coke output in the city reached 12 million tons."])
    assert figures["2.9 million tons"].indicator is None
    assert figures["220,000"].indicator is None
    assert figures["12 million tons"].indicator == "coke-output"


def test_a_levels_share_of_its_whole_measures_what_the_level_measures():
    steel = settled(["Changzhi produced 17.2 million tons of crude steel last year, about a quarter of the "
                     "province's total."])
    assert steel["17.2 million tons"].indicator == steel["a quarter"].indicator == "crude-steel-output"
    coal = settled(["Shanxi produced 852.6 million tonnes of coal in 2017, about a quarter of the national total."])
    assert coal["a quarter"].indicator == "raw-coal-output"


def test_a_plants_workers_are_not_an_industrys_employment():
    figures = settled(["The new line employs 620 workers, about 200 of whom used to work in coal mines.",
                       "The activated carbon industry employs some 12,000 people in the city."])
    assert figures["620"].indicator is None
    assert figures["12,000"].indicator == "industry-employment"


def test_a_share_in_a_sentence_about_firms_is_of_the_firms_only_when_it_says_so():
    figures = settled(["Enterprises that buy listed equipment get a rebate of 5 percent of the purchase price.",
                       "Loss-making enterprises numbered 1,402, more than a third of the total."])
    assert figures["5 percent"].indicator is None
    assert figures["a third"].indicator == "industry-enterprises"


def test_a_products_exports_are_not_the_places():
    figures = settled(["Ceramics exports came to $286 million last year.",
                       "Jincheng's silk exports reached 46 million U.S. dollars last year.",
                       "Total imports and exports were 150.48 billion yuan, of which exports were 87.37 billion yuan."])
    assert figures["$286 million"].indicator is None
    assert figures["46 million U.S. dollars"].indicator is None
    assert figures["87.37 billion yuan"].indicator == "exports"


def test_a_labelled_rate_and_the_rate_of_its_solid_waste():
    figures = settled(["- Comprehensive utilization rate of industrial solid waste: 70 percent or higher.",
                       "Shuozhou aims to raise the utilization rate of its industrial solid waste to 85 percent."])
    assert figures["70 percent"].indicator == figures["85 percent"].indicator == "solid-waste-utilization-rate"


def test_deals_signed_are_a_batch_of_projects():
    figures = settled(["At the fair, Jincheng signed 56 deals worth 41 billion yuan, the most of any city."])
    assert (figures["56"].indicator, figures["41 billion yuan"].indicator) == ("project-count", "project-investment")


def test_in_the_period_is_the_part_of_a_year_the_paragraphs_before_reported():
    figures = settled(["In the first four months, the province generated 148.6 billion kWh of electricity.",
                       "Shanxi sent 52.4 billion kWh of electricity to other provinces in the period, up 6.8 percent."],
                      dt.date(2025, 5, 27))
    assert figures["52.4 billion kWh"].period == figures["6.8 percent"].period == "2025-01-2025-04"


def test_an_increase_of_and_n_fewer_than_are_changes():
    figures = settled(["The number of high-tech enterprises reached 3,368, an increase of 720.",
                       "There were 612 industrial enterprises above designated size, 27 fewer than at the end of 2014."])
    assert [figures[t].kind for t in ("3,368", "720", "612", "27")] == ["level", "change", "level", "change"]


def test_units_put_into_service_are_added_to_the_stock():
    figures = settled(["The city put 210 hydrogen fuel cell heavy trucks into service in the first seven months."])
    assert figures["210"].kind == "change"


def test_an_average_compared_with_is_a_level_and_a_rise_by_an_average_a_change():
    figures = settled(["Per capita disposable income of urban residents was 36,420 yuan, higher than the Shanxi "
                       "average of 33,262 yuan.",
                       "The income of the 1,900 households rose by an average of 6,800 yuan last year.",
                       "Jinlong employs 2,300 people, 400 fewer than before the switch."])
    assert figures["33,262 yuan"].kind == "level"
    assert figures["6,800 yuan"].kind == "change"
    assert figures["400"].kind == "change"


def test_the_base_a_goal_starts_from_is_a_result():
    figures = settled(["The plan calls for non-coal industries to make up 45 percent of industrial value added by "
                       "2020, compared with 31 percent in 2017.",
                       "The utilization rate of drained gas, which stood at 41 percent last year, is to reach 60 "
                       "percent by 2020."], dt.date(2018, 3, 1))
    assert [figures[t].status for t in ("45 percent", "31 percent", "41 percent", "60 percent")] == \
        ["target", "actual", "actual", "target"]


def test_what_a_thing_built_cost_is_a_result_in_a_sentence_about_its_design():
    figures = settled(["The line, which cost 460 million yuan, is designed to make 12,000 tons of parts a year.",
                       "The station will cost about 1.6 billion yuan."])
    assert figures["460 million yuan"].status == "actual"
    assert figures["1.6 billion yuan"].status == "target"


def test_what_they_produced_is_the_groups_and_together_the_places():
    figures = settled(["They produced 1.6 million tons of flanges last year.",
                       "Together they produced 1.86 billion pieces of porcelain last year."])
    assert figures["1.6 million tons"].indicator is None
    assert figures["1.86 billion"].indicator == "product-output"


def test_an_economy_that_grew_and_new_energys_share_of_capacity():
    figures = settled(["Shanxi's economy grew 5.0 percent and China's 5.2 percent.",
                       "The province has set a growth target of around 6.3 percent for the whole year.",
                       "New energy accounted for 32.3 percent of total capacity, up 3.9 percentage points."])
    assert [figures[t].indicator for t in ("5.0 percent", "5.2 percent", "6.3 percent")] == ["gdp"] * 3
    assert figures["32.3 percent"].indicator == "new-energy-power-capacity"


def test_a_many_worded_industry_of_a_size_is_its_output_value():
    figures = settled(["Yuncheng wants to build a 50-billion-yuan new energy materials industry by 2020."])
    assert figures["50-billion-yuan"].indicator == "industry-output-value"


def test_capacity_in_a_sentence_about_coal_mines_is_the_mines():
    figures = settled(["Twelve small collieries with a combined capacity of 9 million tons a year have been shut.",
                       "Coke ovens with a capacity of 2 million tons at three coal mines' plants were shut."])
    assert figures["9 million tons"].indicator == "coal-production-capacity"
    assert figures["2 million tons"].indicator != "coal-production-capacity"


def test_a_tempo_is_undated():
    figures = settled(["Every 38 minutes, the furnace taps a heat of molten steel.",
                       "A tanker truck pulls out of its loading bay about every 20 minutes."], dt.date(2022, 4, 19))
    assert figures["38 minutes"].period is None and figures["20 minutes"].period is None


def test_a_design_still_being_built_is_undated():
    built = settled(["A local carmaker is building an assembly plant with an annual capacity of 150,000 vehicles.",
                     "The station will have four 300,000-kW reversible units."], dt.date(2022, 6, 1))
    assert built["150,000"].period is None and built["four"].period is None
    made = settled(["The city's plants made 150,000 vehicles last year."], dt.date(2022, 6, 1))
    assert made["150,000"].period == "2021"


def test_a_present_tense_clause_is_current_after_a_past_year_said_before():
    figures = settled(["The county's makers turned out 410 million square meters of tiles last year. The line can "
                       "process 100,000 tons of ash a year, and the plant's two units burn about 2.6 million tons of "
                       "gangue a year."], dt.date(2018, 6, 1))
    assert figures["100,000 tons"].period == figures["2.6 million tons"].period == "2018"
    assert figures["410 million square meters"].period == "2017"


def test_a_change_said_after_a_change_and_a_percentage_said_as_a_difference():
    figures = settled(["The value added of the coal industry rose 4.3 percent, and that of non-coal industries "
                       "7.9 percent.",
                       "Industrial value added grew 4.1 percent, slowing from 6.2 percent in the first half.",
                       "Energy use per unit of GDP fell 3.1 percent, exceeding the annual target of 3 percent.",
                       "Recycling uses about 60 percent less energy than mining.",
                       "Coal made up 55 percent of industrial value added."])
    assert [figures[t].kind for t in ("7.9 percent", "6.2 percent", "3 percent", "60 percent")] == ["change"] * 4
    assert figures["55 percent"].kind == "share"


def test_the_level_a_change_came_to_and_money_said_as_what_it_is_are_levels():
    figures = settled(["The spot price of aluminum ingots rose to about 15,800 yuan a ton in October, up from a low "
                       "of 11,500 yuan in April.",
                       "The city has set up an aviation industry fund of 300 million yuan.",
                       "Twelve mills have signed up to move, with a combined investment of 4.6 billion yuan.",
                       "Output rose by 1.2 million tons."])
    assert [figures[t].kind for t in ("15,800 yuan a ton", "11,500 yuan", "300 million yuan", "4.6 billion yuan")] \
        == ["level"] * 4
    assert figures["1.2 million tons"].kind == "change"


def test_such_enterprises_after_the_designated_size_line_are_those_enterprises():
    figures = settled(["The value added of industrial enterprises above designated size grew 4.8 percent. The city "
                       "had 215 such enterprises at the end of the year, 11 more than a year earlier.",
                       "Thirty-one industrial enterprises were newly added to the above-designated-size list.",
                       "Key energy-using enterprises will install monitoring systems. The province has 580 such "
                       "enterprises."])
    assert figures["215"].indicator == figures["11"].indicator == "enterprises-above-designated-size"
    assert figures["Thirty-one"].indicator == "enterprises-above-designated-size"
    assert figures["580"].indicator != "enterprises-above-designated-size"


def test_what_a_places_makers_made_and_a_product_made_in_the_passive_are_its_output():
    figures = settled(["Taiyuan's forklift makers produced 38,600 forklifts in 2017.",
                       "Nationwide, 237,000 industrial robots were made in 2020.",
                       "About 1,200 cars were made by the plant last year."])
    assert figures["38,600"].indicator == figures["237,000"].indicator == "product-output"
    assert figures["1,200"].indicator is None


def test_a_share_of_what_the_world_or_the_country_makes_of_a_product_is_that_products_output():
    for sentence in ("The city now makes nearly a third of the world's magnesium alloy wheels.",
                     "The province supplies about a third of the country's codonopsis root."):
        assert settled([sentence])["a third"].indicator == "product-output"
    assert settled(["The city makes about 40 percent of China's exports of flasks."])["40 percent"].indicator \
        != "product-output"


def test_a_share_of_it_is_a_share_of_the_amount_just_named_unless_placed_or_acted_on():
    figures = settled(["By 2027, the operating revenue of the industry will exceed 300 billion yuan, and high-end "
                       "products will account for 35 percent of it.",
                       "Shuozhou mined 213 million tons of raw coal last year, and about 60 percent of it left the "
                       "mines by road."])
    assert figures["35 percent"].indicator == "industry-revenue"
    assert figures["60 percent"].indicator != "raw-coal-output"


def test_the_year_of_an_article_on_last_year_is_that_year_and_a_describing_aside_dates_nothing():
    figures = settled(["TAIYUAN, Feb. 2 (Xinhua) -- Jincheng grew its economy by 4.1 percent last year, the bureau "
                       "said Tuesday.",
                       "Value added of industrial enterprises above designated size grew 6.2 percent for the year.",
                       "The photoelectric industry, which makes laser modules and LED lighting, posted output value "
                       "of 38.5 billion yuan."], dt.date(2021, 2, 2))
    assert [figures[t].period for t in ("4.1 percent", "6.2 percent", "38.5 billion yuan")] == ["2020"] * 3
    assert settled(["Output grew 6.2 percent for the year."], dt.date(2021, 12, 20))["6.2 percent"].period == "2021"


def test_a_place_growing_its_economy_industrial_firms_profits_and_manufacturings_share():
    figures = settled(["Jincheng grew its economy by 4.1 percent last year.",
                       "Profits of the city's industrial enterprises dropped 18.7 percent.",
                       "Manufacturing accounted for 27.3 percent of the city's industrial value added."])
    assert figures["4.1 percent"].indicator == "gdp"
    assert figures["18.7 percent"].indicator == "industrial-profit"
    assert figures["27.3 percent"].indicator == "manufacturing-value-added"


def test_the_people_a_cluster_or_a_places_makers_employ_are_the_industrys():
    figures = settled(["The medical device cluster employs about 5,600 people.",
                       "The county's makers earned 18.4 billion yuan in 2018, and they employ about 21,000 people.",
                       "The new line employs 620 workers."])
    assert figures["5,600"].indicator == figures["21,000"].indicator == "industry-employment"
    assert figures["620"].indicator is None


def test_a_machines_rate_is_undated():
    figures = settled(["Each machine turns out about 2,000 capsules a minute."], dt.date(2021, 5, 1))
    assert figures["2,000"].period is None


def test_growth_named_after_the_figure_and_a_whole_said_as_a_whole():
    figures = settled(["Investment in the zones rose 14.8 percent, against 10.6 percent growth in fixed-asset "
                       "investment for the province.",
                       "The value added of equipment manufacturing grew 9.4 percent, while the city's industrial "
                       "value added as a whole rose 4.8 percent."])
    assert figures["10.6 percent"].indicator == "fixed-asset-investment"
    assert figures["4.8 percent"].indicator == "industrial-value-added"


def test_a_line_named_the_threshold_after_it_is_a_definition():
    figures = settled(["Seventeen of them have annual revenue of 20 million yuan ($3.1 million) or more, the threshold "
                       "for industrial enterprises above designated size.",
                       "Four of them have annual revenue of 90 million yuan or more, up from two."])
    assert (figures["20 million yuan"].indicator, figures["20 million yuan"].period) == (None, None)
    assert figures["90 million yuan"].period is not None


def test_a_rules_cap_per_taker_is_in_force():
    # blind7, 12 and 17 read a cap as a target; every header since blind53 writes it as a rule in force
    # (63 more statuses right over the 111 folders than the other reading).
    figures = settled(["The city pays a one-time subsidy of 20 percent of the cost of new equipment, up to 5 million "
                       "yuan per company."])
    assert figures["5 million yuan"].status == "actual"
    assert settled(["The city will raise sales to 5 million yuan per company by 2025."],
                   dt.date(2022, 3, 1))["5 million yuan"].status == "target"


def test_the_land_a_project_stands_on_is_settled():
    figures = settled(["The plant will occupy 420 mu of land.",
                       "The county will add 1,000 mu of serviced land by 2025."], dt.date(2020, 5, 1))
    assert figures["420 mu"].status == "actual"
    assert figures["1,000 mu"].status == "target"


def test_what_an_industry_or_an_economy_was_worth_is_its_output_value():
    figures = settled(["Nationwide, the low-altitude economy was worth about 480 billion yuan in 2023.",
                       "The city's drone industry had a size of 4.8 billion yuan in 2024."], dt.date(2024, 6, 1))
    assert figures["480 billion yuan"].indicator == figures["4.8 billion yuan"].indicator == "industry-output-value"


def test_that_is_a_share_at_the_time_of_the_figure_it_sizes_up():
    figures = settled(["Yangquan's pump makers turned out 4.6 billion yuan of pumps last year. That is about 35 "
                       "percent of the 13.1 billion yuan turned out by Shanxi's pump industry."], dt.date(2024, 6, 1))
    assert figures["4.6 billion yuan"].period == figures["35 percent"].period == "2023"


def test_the_output_of_a_product_with_its_own_indicator_is_that_indicator():
    figures = settled(["Output of primary aluminum was 1.18 million tonnes.", "Output of cement was 2 million tonnes."])
    assert figures["1.18 million tonnes"].indicator == "primary-aluminum-output"
    assert figures["2 million tonnes"].indicator == "product-output"


def test_a_count_after_its_subject_and_was_and_an_economy_that_shrank():
    figures = settled(["The output of new energy vehicles was 3,460, up 2.1 times year on year.",
                       "In the first quarter the city's economy shrank 8.9 percent."])
    assert figures["3,460"].indicator == "nev-output"
    assert figures["8.9 percent"].indicator == "gdp"


def test_doubling_it_is_a_multiple_of_the_figure_before():
    figures = settled(["The industry had output value of 13.2 billion yuan in 2023, and the city aims to double it "
                       "by 2027."], dt.date(2024, 3, 1))
    assert (figures["double"].indicator, figures["double"].kind, figures["double"].status) \
        == ("industry-output-value", "change", "target")


def test_the_year_of_a_half_said_before_its_noun_is_the_halfs():
    figures = settled(["New plant has more capacity; first-half 2020 revenue up 187.4% on pandemic demand"],
                      dt.date(2020, 8, 20))
    assert figures["187.4%"].period == "2020-H1"


def test_a_line_named_after_it_as_the_level_at_which_and_a_count_more_than_at_the_end_of_last_year():
    figures = settled(["Four of them each earned more than 20 million yuan ($3.13 million) last year, the revenue at "
                       "which China counts an industrial company as being of designated size."])
    assert (figures["20 million yuan"].indicator, figures["20 million yuan"].period) == (None, None)
    figures = settled(["At the end of September the city had 398 industrial enterprises above designated size, 19 "
                       "more than at the end of last year. Of these, 241 increased their output value."],
                      dt.date(2020, 10, 20))
    assert figures["241"].period == "2020"


def test_money_spent_is_a_result_beside_a_scheduled_line():
    figures = settled(["The company spent 260 million yuan on them, and a third line of 60,000 tons is scheduled to "
                       "start in the middle of next year."])
    assert figures["260 million yuan"].status == "actual"
    assert figures["60,000 tons"].status == "target"


def test_some_of_the_enterprises_above_designated_size_are_an_industrys_enterprises():
    figures = settled(["At the end of September the city had 398 industrial enterprises above designated size. Of "
                       "these, 241 increased their output value year on year, or 60.6 percent."])
    assert figures["398"].indicator == "enterprises-above-designated-size"
    assert figures["241"].indicator == "industry-enterprises"


def test_that_of_another_sector_after_manufacturing_is_a_sectors_value_added():
    figures = settled(["Mining value added rose 2.7 percent, manufacturing value added rose 8.6 percent, and that of "
                       "electricity, heat, gas and water production and supply rose 1.2 percent."])
    assert figures["8.6 percent"].indicator == "manufacturing-value-added"
    assert figures["1.2 percent"].indicator == "sector-value-added"


def test_the_share_of_its_solid_waste_a_place_used_is_the_utilization_rate():
    figures = settled(["It reused 52.6 percent of its industrial solid waste last year."])
    assert figures["52.6 percent"].indicator == "solid-waste-utilization-rate"


def test_a_headings_half_year_dates_its_section():
    from digest.ingest.meaning import section_periods
    blocks = [("heading", "Jincheng's industry grows steadily in the first half of 2018"),
              ("paragraph", "The value added of the coal industry grew 4.1 percent."),
              ("heading", "Review of 2017"), ("paragraph", "Output rose.")]
    assert section_periods(blocks, dt.date(2018, 7, 24)) == ["2018-H1", "2017"]


def test_a_count_built_by_the_end_of_a_year_is_of_that_year_and_a_founding_year_dates_nothing_counted():
    built = settled(["Across Shanxi, 591 intelligent working faces had been built by the end of 2020."],
                    dt.date(2021, 3, 10))
    assert built["591"].period == "2020"
    park = settled(["The park, built in 2009, produced 40 billion yuan."], dt.date(2021, 3, 10))
    assert park["40 billion yuan"].period == "2021"


def test_a_products_output_in_cubic_meters():
    figures = settled(["China's shale gas output rose to 10.9 billion cubic meters in 2018."], dt.date(2019, 3, 1))
    assert figures["10.9 billion cubic meters"].indicator == "product-output"
    assert figures["10.9 billion cubic meters"].period == "2018"


def test_what_a_place_makes_a_year_is_its_output_and_a_firms_or_a_trains_trips_are_not():
    figures = settled(["China makes about 350 billion hollow capsules a year.",
                       "The city produced about 497,000 forklifts last year.",
                       "Yuxin Building Materials turns out about 360 million fly ash bricks a year.",
                       "Freight trains departing from the city made 36 trips last year."])
    assert figures["350 billion"].indicator == figures["497,000"].indicator == "product-output"
    assert figures["360 million"].indicator is None
    assert figures["36"].indicator is None


def test_an_infinitive_is_no_present_tense_so_of_which_keeps_the_years_time():
    figures = settled(["The mines drained 820 million cubic meters of water last year, of which 74 percent was put to use."],
                      dt.date(2022, 6, 1))
    assert figures["74 percent"].period == figures["820 million cubic meters"].period == "2021"


def test_an_economy_seen_to_expand_and_the_economy_of_a_city_are_gdp():
    figures = settled(["Lyuliang saw its economy expand 5.9 percent year-on-year in the first three quarters of this "
                       "year, faster than the provincial average of 5.0 percent.",
                       "The economy of Linfen, a coal and coke city in southern Shanxi province, grew 6.3 percent in "
                       "the first half of this year."], dt.date(2021, 10, 20))
    assert figures["5.9 percent"].indicator == figures["5.0 percent"].indicator == "gdp"
    assert figures["6.3 percent"].indicator == "gdp"


def test_a_counts_change_after_a_long_noun_and_its_date_measures_the_count():
    figures = settled(["The city had 602 industrial enterprises above designated size at the end of June, 27 more "
                       "than at the end of last year."], dt.date(2021, 7, 20))
    assert figures["27"].indicator == figures["602"].indicator == "enterprises-above-designated-size"
    assert figures["27"].kind == "change"


def test_an_aside_between_dashes_names_nothing_measured():
    for dash in (" - ", "\u2014"):
        figures = settled([f"Value added of industrial enterprises above designated size{dash}those with annual main "
                           f"business revenue of at least 20 million yuan{dash}grew 5.1 percent."])
        assert figures["5.1 percent"].indicator == "industrial-value-added", dash


def test_the_share_of_raw_coal_washed_is_the_washed_coals_output():
    figures = settled(["Shanxi washed 71.2 percent of its raw coal last year, up from 56 percent in 2012.",
                       "Nationwide, 68.9 percent of raw coal was washed last year.",
                       "Raw coal output rose 3 percent to 900 million tons."], dt.date(2017, 7, 20))
    assert figures["71.2 percent"].indicator == figures["56 percent"].indicator == "product-output"
    assert figures["68.9 percent"].indicator == "product-output"
    assert figures["900 million tons"].indicator == "raw-coal-output"


def test_money_spent_on_r_and_d_is_r_and_d_spending_and_a_firms_r_and_d_expenses_are_not():
    figures = settled(["Industrial enterprises above designated size spent 19.8 billion yuan on R&D, or 79.5 percent "
                       "of the provincial total.", "R&D expenses rose 26.5% to RMB 157 million."], dt.date(2022, 7, 20))
    assert figures["19.8 billion yuan"].indicator == figures["79.5 percent"].indicator == "rd-expenditure"
    assert figures["RMB 157 million"].indicator is None


def test_a_base_dated_right_after_it_at_the_end_of_a_year_is_of_that_year():
    figures = settled(["Shanxi had built 128 intelligent coal mines by the end of 2023, up from 38 at the end of 2021, "
                       "the administration said."], dt.date(2024, 2, 27))
    assert figures["128"].period == "2023"
    assert figures["38"].period == "2021"


def test_a_heading_naming_a_five_year_plan_dates_its_section_with_the_plans_years():
    from digest.ingest.meaning import section_periods
    blocks = [("heading", "II. Main Targets for the 14th Five-Year Plan Period"),
              ("paragraph", "- R&D spending will reach 2.5 percent of GDP;"),
              ("heading", "III. Work in 2021"), ("paragraph", "Output will rise.")]
    assert section_periods(blocks, dt.date(2021, 1, 20)) == ["2021-2025", "2021"]


def test_a_products_capacity_in_tonnes_named_by_the_word_before_capacity():
    figures = settled(["Shanxi's clinker capacity stood at 78.6 million tonnes at the end of 2016.",
                       "Shanxi has about 4.5 million tonnes of carbide capacity.",
                       "The remaining plants have an annual washing capacity of 820 million tonnes.",
                       "The port's handling capacity is 20 million tonnes.",
                       "Its annual hydrogen purification capacity from coke oven gas reached 30,000 tonnes.",
                       "The city's 14 coking companies now have an average capacity of 2.1 million tonnes a year."],
                      dt.date(2017, 7, 20))
    for text in ("78.6 million tonnes", "4.5 million tonnes", "820 million tonnes"):
        assert figures[text].indicator == "production-capacity", text
    for text in ("20 million tonnes", "30,000 tonnes", "2.1 million tonnes"):
        assert figures[text].indicator is None, text


def test_a_time_after_a_semicolon_dates_the_statement_after_it_not_the_one_before():
    figures = settled(["Shanxi officials met on Monday.",
                       "The county added 12 makers of titanium parts; their revenue rose 42.7% in 2021."],
                      dt.date(2022, 3, 29))
    assert figures["12"].period == "2022"
    assert figures["42.7%"].period == "2021"


def test_a_plant_that_raises_a_capacity_states_it_as_things_stand():
    figures = settled(["The company's revenue rose 33.8 percent to 1.1 billion yuan in 2020.",
                       "Its new plant raises the company's total annual capacity to 3.2 million cells, from 1.2 million "
                       "at the end of 2020."], dt.date(2021, 4, 20))
    assert figures["3.2 million"].period == "2021"
    assert figures["1.2 million"].period == "2020"


def test_a_base_said_from_less_than_a_value_is_where_a_goal_starts():
    figures = settled(["Yuncheng produced 153,000 tonnes of copper last year, and the city aims to process half of it "
                       "locally by 2020, up from less than 15 percent in 2016."], dt.date(2017, 5, 20))
    assert figures["half"].status == "target"
    assert (figures["15 percent"].status, figures["15 percent"].kind) == ("actual", "share")


def test_a_clause_in_the_past_tense_is_a_result_beside_a_goal_after_and():
    figures = settled(["It assembled 68,000 heat pumps in the first nine months of this year, three times as many as "
                       "in the whole of 2017, and expects to ship 100,000 heat pumps by December."], dt.date(2018, 10, 20))
    assert figures["68,000"].status == figures["three times"].status == "actual"
    assert figures["100,000"].status == "target"


def test_counts_ranked_by_place_after_followed_by_take_the_first_counts_noun_kind_and_place():
    figures = settled(["Jincheng added 164 firms to the list, followed by Datong with 149 and Shuozhou with 128.",
                       "The park signed agreements with 23 companies."], dt.date(2021, 6, 1))
    for text in ("164", "149", "128"):
        assert (figures[text].indicator, figures[text].kind) == ("industry-enterprises", "change"), text
    assert figures["23"].indicator is None  # the ones an action reached


def test_each_place_of_a_ranking_places_its_count():
    article = loaded("Firms grow in Shanxi\n\nJincheng added 164 firms to the list in 2020, followed by Datong with 149 "
                     "and Shuozhou with 128, the provincial statistics bureau said.\n")
    assert [article[t].city for t in ("164", "149", "128")] == ["jincheng", "datong", "shuozhou"]


def test_firms_above_designated_size_and_their_profits_are_the_statistics_own():
    figures = settled(["Industrial firms above designated size earned total profits of 95.4 billion yuan last year, up "
                       "18.5 percent from 2019.", "Shanxi added 1,236 firms above designated size last year."],
                      dt.date(2021, 3, 1))
    assert figures["95.4 billion yuan"].indicator == figures["18.5 percent"].indicator == "industrial-profit"
    assert figures["1,236"].indicator == "enterprises-above-designated-size"


def test_the_number_of_enterprises_above_designated_size_after_its_growth_is_the_statistics_own():
    figures = settled(["The number of enterprises above designated size rose 23 percent to 287."], dt.date(2021, 3, 1))
    assert figures["23 percent"].indicator == figures["287"].indicator == "enterprises-above-designated-size"


def test_the_parts_of_a_provinces_power_capacity_said_by_their_plants():
    figures = settled(["At the end of 2018, the province had 92.6 million kilowatts of installed power capacity, of which "
                       "wind and solar made up 27.5 million kilowatts, or 29.7 percent.",
                       "Coal-fired plants accounted for 63.2 million kilowatts, or 68.3 percent.",
                       "Coal-fired plants generated 200 billion kWh."], dt.date(2019, 3, 1))
    assert figures["27.5 million kilowatts"].indicator == figures["29.7 percent"].indicator == "new-energy-power-capacity"
    assert figures["63.2 million kilowatts"].indicator == figures["68.3 percent"].indicator == "coal-power-capacity"
    assert figures["200 billion kWh"].indicator != "coal-power-capacity"


def test_a_share_of_the_electricity_generated_is_generation_and_a_share_used_is_not():
    figures = settled(["Wind and solar farms generated 12.4 percent of the 305.9 billion kWh of electricity produced in "
                       "the province last year.", "Coal power still generated about four-fifths of the province's "
                       "electricity last year.", "Pumps use about 20 percent of China's electricity."],
                      dt.date(2019, 3, 1))
    for text in ("12.4 percent", "305.9 billion kWh", "four-fifths"):
        assert figures[text].indicator == "electricity-generation", text
    assert figures["20 percent"].indicator is None


def test_another_places_growth_said_after_it_and_a_growth_goal_in_a_gdp_story_are_gdp():
    figures = settled(["Shanxi's economy grew 5.1 percent in the first half, while China's grew 5 percent.",
                       "The city aims for growth of around 5.5 percent for the full year.",
                       "Officials will stick to the full-year target of about 6 percent growth."], dt.date(2024, 7, 20))
    for text in ("5.1 percent", "5 percent", "5.5 percent", "6 percent"):
        assert figures[text].indicator == "gdp", text
    alone = settled(["The city aims for growth of around 5.5 percent for the full year."], dt.date(2024, 7, 20))
    assert alone["5.5 percent"].indicator is None  # with no GDP before it, growth of what is not said


def test_the_provinces_own_figure_in_a_city_story_is_the_provinces():
    article = loaded("Taiyuan grows 3.8%\n\nTaiyuan, capital of North China's Shanxi province, grew its economy by 3.8 "
                     "percent last year to 426.8 billion yuan, 0.4 percentage points faster than the province's 3.4 "
                     "percent. The city's GDP made up 23.8 percent of Shanxi's total of 1.79 trillion yuan.\n")
    assert article["3.8 percent"].city == "taiyuan"
    assert article["3.4 percent"].city == article["1.79 trillion yuan"].city == "shanxi"


def test_the_nations_figure_said_beside_the_provinces_is_the_nations():
    article = loaded("Shanxi grows\n\nShanxi's economy grew 5.0 percent and China's 5.2 percent last year. Online "
                     "retail sales in Shanxi rose 11.3 percent, while the national figure grew 9.7 percent. Shanxi "
                     "spent 1.2 percent of its GDP on research, below the national 2.65 percent. It made 3.42 million "
                     "tonnes of stainless steel, about one-eighth of the country's 26.7 million tonnes.\n")
    assert article["5.0 percent"].city == article["11.3 percent"].city == "shanxi"
    for text in ("5.2 percent", "9.7 percent", "2.65 percent", "26.7 million tonnes"):
        assert article[text].city == "china", text


def test_a_citys_share_of_the_provinces_total_is_the_citys():
    article = loaded("Linfen's mills\n\nLinfen's 11 steel companies have combined crude steel capacity of 26 million "
                     "tons a year, about a quarter of the province's total.\n")
    assert article["a quarter"].city == "linfen"


def test_the_total_profits_of_enterprises_above_designated_size_are_the_statistics_own():
    figures = settled(["From January to June, industrial enterprises above designated size earned operating revenue of "
                       "172.4 billion yuan, up 13.7 percent, and total profits of 14.86 billion yuan, up 9.2 percent.",
                       "The coal industry's profits rose to 8 billion yuan."], dt.date(2022, 7, 20))
    assert figures["14.86 billion yuan"].indicator == figures["9.2 percent"].indicator == "industrial-profit"
    assert figures["8 billion yuan"].indicator == "industry-profit"


def test_a_places_share_of_a_named_whole_measures_the_whole_and_a_parts_share_the_part():
    figures = settled(["Taiyuan, the provincial capital, produced 38.7 percent of the value added of the province's "
                       "strategic emerging industries.",
                       "Non-coal industries accounted for 38.4 percent of the value added of industrial enterprises "
                       "above designated size."], dt.date(2023, 3, 1))
    assert figures["38.7 percent"].indicator == "strategic-emerging-industries-value-added"
    assert figures["38.4 percent"].indicator == "sector-value-added"


def test_the_national_rate_in_a_sentence_about_the_rate_before_is_the_same_rate():
    figures = settled(["Yangquan's GDP grew 4.9 percent last year to 83 billion yuan. The rate was 0.3 percentage "
                       "points faster than the provincial average and 1.9 points above the national rate of 3 percent."],
                      dt.date(2023, 2, 10))
    assert (figures["3 percent"].indicator, figures["3 percent"].kind) == ("gdp", "change")
    assert figures["0.3 percentage points"].indicator is None  # a gap between two rates


def test_foreign_capital_used_by_a_place_is_foreign_direct_investment():
    figures = settled(["Shanxi's actual use of foreign capital rose 9.3% in 2016.",
                       "By city, Taiyuan used 1.12 billion U.S. dollars of foreign capital, almost half of the provincial "
                       "total."], dt.date(2017, 3, 2))
    for text in ("9.3%", "1.12 billion U.S. dollars", "half"):
        assert figures[text].indicator == "foreign-direct-investment", text


def test_a_counts_change_against_the_end_of_a_named_year_measures_the_count():
    figures = settled(["At the end of 2019 there were 612 industrial enterprises above designated size, 48 more than at "
                       "the end of 2018."], dt.date(2020, 3, 1))
    assert figures["48"].indicator == figures["612"].indicator == "enterprises-above-designated-size"
    assert figures["48"].kind == "change"


def test_the_subject_before_a_describing_aside_names_what_the_figure_measures():
    figures = settled(["The output value of the city's new materials industry, which includes magnesium alloys, ceramic "
                       "fiber and silicon carbide parts, rose 21.4 percent to 9.8 billion yuan."], dt.date(2019, 3, 1))
    assert figures["21.4 percent"].indicator == figures["9.8 billion yuan"].indicator == "industry-output-value"


def test_the_next_item_of_what_a_place_produced_is_a_products_output():
    figures = settled(["The city produced 21,400 new energy vehicles, up 78.2 percent, and 1.86 million hydraulic "
                       "components, up 11.5 percent.", "The company made 300 trucks and hired 1,200 workers."],
                      dt.date(2022, 8, 20))
    assert figures["21,400"].indicator == "nev-output"
    assert figures["1.86 million"].indicator == figures["11.5 percent"].indicator == "product-output"
    assert figures["1,200"].indicator is None


def test_a_count_said_again_as_a_share_after_or_measures_the_count():
    figures = settled(["Of these, 401 enterprises, or 65.5 percent, increased their output from a year earlier."],
                      dt.date(2023, 6, 20))
    assert (figures["65.5 percent"].indicator, figures["65.5 percent"].kind) == (figures["401"].indicator, "share")
    assert figures["401"].indicator is not None


def test_a_size_said_as_an_adjective_is_as_it_stands_not_over_a_since_span():
    figures = settled(["Since 2014 the county has closed 43 small foundries and moved 58 makers into a 2,600-mu valve "
                       "industrial park."], dt.date(2016, 8, 1))
    assert figures["43"].period == "2014-2016"
    assert figures["2,600-mu"].period == "2016"


def test_a_share_of_industrial_value_added_after_a_product_measures_a_sectors_value_added():
    figures = settled(["Raw coal output rose 6.2 percent to 112.4 million tons, and the coal industry produced about "
                       "58 percent of the city's industrial value added, down from 66 percent in 2015."],
                      dt.date(2018, 2, 1))
    assert figures["112.4 million tons"].indicator == "raw-coal-output"
    assert [figures[t].indicator for t in ("58 percent", "66 percent")] == ["sector-value-added"] * 2
    assert (figures["58 percent"].kind, figures["66 percent"].period) == ("share", "2015")


def test_a_base_at_the_end_of_a_year_sets_no_period():
    figures = settled(["The value added of industrial enterprises above designated size rose 5.8 percent in 2017. "
                       "At the end of the year there were 356 industrial enterprises above designated size, 21 more "
                       "than at the end of 2016. Among the major industries, the value added of the coal industry "
                       "rose 3.1 percent.",
                       "At the end of 2017, installed power capacity was 13.65 million kilowatts. Wind and solar power "
                       "accounted for 50.0 percent of installed capacity, up 6.8 percentage points from the end of "
                       "2016. Coal power made up 45.2 percent."], dt.date(2018, 3, 28))
    assert {t: f.period for t, f in figures.items()} == {t: "2017" for t in figures}


def test_an_aside_in_which_a_term_is_defined_does_not_date_the_figure_now():
    paragraphs = ["In the first three quarters of 2017, fixed-asset investment in Shanxi reached 402.8 billion yuan, "
                  "up 4.6 percent year-on-year.",
                  "Investment in technological transformation, in which enterprises upgrade equipment, processes "
                  "and products, reached 71.2 billion yuan, up 19.7 percent."]
    figures = settled(paragraphs, dt.date(2017, 10, 26))
    assert figures["71.2 billion yuan"].period == figures["402.8 billion yuan"].period == "2017-Q1-Q3"


def test_the_next_items_of_a_list_of_growth_rates_are_changes_their_verb_said_once():
    figures = settled(["Fixed-asset investment grew 26.4 percent, and industrial investment 41.2 percent.",
                       "The value added of the coal industry rose 3.1 percent, that of electricity and heat production "
                       "and supply 8.1 percent, and that of equipment manufacturing 12.6 percent.",
                       "Output rose 5 percent, and exports accounted for 30 percent of sales."], dt.date(2021, 4, 20))
    assert [figures[t].kind for t in ("41.2 percent", "8.1 percent", "12.6 percent")] == ["change"] * 3
    assert figures["30 percent"].kind == "share"


def test_a_base_said_as_the_same_part_of_an_earlier_year_is_that_part():
    figures = settled(["TAIYUAN, China, Aug. 10, 2021 -- Acme Ltd. today announced its financial results for the six "
                       "months ended June 30, 2021.",
                       "- Gross margin was 29.6%, compared with 31.2% in the same period of 2020.",
                       "- Net income rose 21.9% to RMB 17.8 million from RMB 14.6 million.",
                       "The Company shipped 1,240 converters in the first half, up from 905 a year earlier.",
                       "Renewables now make up 46.8 percent of its power, up from 41.5 percent a year earlier."],
                      dt.date(2021, 8, 10))
    assert [figures[t].period for t in ("29.6%", "RMB 17.8 million", "1,240")] == ["2021-H1"] * 3
    assert [figures[t].period for t in ("31.2%", "RMB 14.6 million", "905")] == ["2020-H1"] * 3
    assert figures["21.9%"].period == "2021-H1"
    assert figures["41.5 percent"].period == "2020"


def test_a_past_verb_before_its_amount_is_a_result_beside_a_goal():
    figures = settled(["Across Shanxi, wind and solar capacity passed 50 million kilowatts in June, about 39 percent of "
                       "the total, and the province aims for 80 million kilowatts by 2025.",
                       "China retired about 240,000 tonnes of EV batteries in 2021, and the figure could pass 1 million "
                       "tonnes a year by 2025.",
                       "Their site is being turned into a 200,000-kilowatt storage station, which is due to start "
                       "operating in 2025."], dt.date(2022, 8, 1))
    assert [figures[t].status for t in ("50 million kilowatts", "39 percent", "240,000 tonnes")] == ["actual"] * 3
    assert [figures[t].status for t in ("80 million kilowatts", "1 million tonnes")] == ["target"] * 2
    assert figures["200,000-kilowatt"].status == "target"


def test_the_next_count_after_an_addition_is_an_addition_too():
    figures = settled(["We built 11 intelligent coal mines and 47 intelligent working faces.",
                       "The city added 29 enterprises above designated size and 11 high-tech enterprises.",
                       "By the end of last year, Shanxi had built 118 intelligent coal mines and 1,460 intelligent "
                       "working faces."], dt.date(2022, 1, 20))
    assert [figures[t].kind for t in ("11", "47", "29")] == ["change"] * 3
    assert [figures[t].kind for t in ("118", "1,460")] == ["level"] * 2


def test_a_places_goal_to_produce_a_product_is_its_output():
    figures = settled(["The city aims to produce 50,000 tons of green hydrogen a year by 2025, put 1,000 fuel cell "
                       "vehicles into service and build 15 hydrogen refueling stations."], dt.date(2022, 1, 1))
    assert (figures["50,000 tons"].indicator, figures["50,000 tons"].status) == ("product-output", "target")


def test_a_sentence_led_by_one_name_tells_its_results_not_an_industrys():
    figures = loaded("Jincheng amorphous alloy makers expand\n\nJINCHENG, June 3 (Xinhua) -- Jincheng's amorphous "
                     "alloy industry had revenue of 5.3 billion yuan last year.\n\nZeyuan had revenue of 2.1 billion "
                     "yuan last year and employs 850 people.\n\nTaohe employs 640 people and earned 1.2 billion yuan "
                     "last year.\n")
    assert figures["5.3 billion yuan"].indicator == "industry-revenue"
    assert [figures[t].indicator for t in ("2.1 billion yuan", "850", "640", "1.2 billion yuan")] == [None] * 4


def test_a_size_a_product_is_made_to_has_no_period_unless_dated():
    figures = settled(["Its particles measure 40 nanometers or less, said the chief engineer.",
                       "The wire it sells today is 34 microns thick.",
                       "In 2018, the standard wire was 50 microns thick."], dt.date(2023, 5, 1))
    assert [figures[t].period for t in ("40 nanometers", "34 microns", "50 microns")] == [None, "2023", "2018"]


def test_more_of_the_count_before_is_an_addition_to_it():
    figures = settled(["Jinzhong has built 4,860 public charging piles, and plans to add 2,000 more next year.",
                       "It delivered 146 vehicles and holds orders for 530 more."], dt.date(2021, 5, 1))
    assert (figures["2,000"].kind, figures["2,000"].indicator) == ("change", figures["4,860"].indicator)
    assert figures["4,860"].indicator is not None
    assert figures["530"].kind == "level"


def test_a_goals_next_infinitive_and_an_industry_made_worth_an_amount_are_goals():
    figures = settled(["Taiyuan aims to raise the new materials industry's revenue to 160 billion yuan by 2025 and 200 "
                       "billion yuan by 2027, and to have new materials account for 30 percent of industrial output.",
                       "It aims to make the amorphous alloy industry worth 10 billion yuan by 2025.",
                       "The expo closed with 86 projects signed, worth 52.7 billion yuan."], dt.date(2022, 6, 1))
    assert [figures[t].status for t in ("160 billion yuan", "30 percent", "10 billion yuan")] == ["target"] * 3
    assert figures["52.7 billion yuan"].status == "actual"


def test_investment_completed_in_a_batch_of_projects_is_the_projects_investment():
    figures = settled(["There were 94 industrial projects under construction, with completed investment of 27.6 billion "
                       "yuan.",
                       "The city had 146 key projects under construction, with 61.5 billion yuan of investment completed.",
                       "By the end of November, the projects had completed investment of 4.37 billion yuan, 109.3 "
                       "percent of the annual plan of 4 billion yuan."], dt.date(2022, 12, 10))
    assert [figures[t].indicator for t in ("27.6 billion yuan", "61.5 billion yuan", "4.37 billion yuan")] == \
        ["project-investment"] * 3
    assert figures["4 billion yuan"].status == "target"


def test_an_industrys_output_value_named_so_is_the_industrys_beside_a_plant():
    figures = settled(["With the Shenchi alumina plant as a base, we will bring in aluminum processors, so that the output "
                       "value of the aluminum industry passes 10 billion yuan by 2025, from 3.2 billion yuan now.",
                       "A new alumina plant will turn out 800,000 tonnes a year."], dt.date(2022, 6, 1))
    assert [figures[t].indicator for t in ("10 billion yuan", "3.2 billion yuan")] == ["industry-output-value"] * 2
    assert figures["800,000 tonnes"].indicator is None


def test_a_multiple_measures_what_it_multiplies():
    figures = settled(["We will double the output value of the core industries of the digital economy.",
                       "The semiconductor industry earned 11.2 billion yuan in revenue in the first 11 months of this "
                       "year, about five times its 2015 level.",
                       "The line lit its furnaces on Oct 16, doubling the company's annual capacity to 20,000 tons."],
                      dt.date(2021, 12, 10))
    assert figures["double"].indicator == "industry-output-value"
    assert figures["five times"].indicator == figures["11.2 billion yuan"].indicator == "industry-revenue"
    assert figures["doubling"].indicator is None


def test_the_items_of_a_breakdown_measure_what_its_first_does():
    figures = settled(["By city, Taiyuan had 17 of the 58 high-tech enterprises added, Changzhi 8 and Lvliang 7."],
                      dt.date(2018, 3, 1))
    assert [(figures[t].indicator, figures[t].kind) for t in ("8", "7")] == [(figures["17"].indicator,
                                                                             figures["17"].kind)] * 2


def test_what_an_industry_added_in_money_is_its_value_added_a_level():
    figures = settled(["The secondary industry added 21.47 billion yuan, up 7.9 percent, and the tertiary industry "
                       "25.32 billion yuan, up 6.2 percent.", "The city added 3 billion yuan to the fund."],
                      dt.date(2019, 7, 20))
    assert [(figures[t].indicator, figures[t].kind) for t in ("21.47 billion yuan", "25.32 billion yuan")] == [
        ("secondary-industry-value-added", "level"), ("tertiary-industry-value-added", "level")]
    assert figures["3 billion yuan"].kind == "change"


def test_counts_named_or_selected_onto_a_list_are_additions_and_a_stock_so_named_is_not():
    figures = settled(["After expert review, 9 smart factories and 24 digital workshops were selected from 31 "
                       "enterprises.", "Eight factories were named national green factories.",
                       "Across Shanxi, 50 coal mines had been named intelligent mines by the end of October."],
                      dt.date(2019, 11, 20))
    assert [figures[t].kind for t in ("9", "24", "Eight")] == ["change"] * 3
    assert figures["50"].kind == "level"


def test_an_answers_figures_are_its_speakers_city():
    figures = loaded("Press conference on Shanxi's new energy vehicle industry\n\nDate: 2024-02-20\n\n"
                     "Q (China Daily): What is Datong's role in the industry?\n\n"
                     "Li Xiuqin, deputy mayor of Datong: Datong is the province's base for complete vehicles. Our "
                     "factories turned out 48,900 new energy vehicles last year.\n\n"
                     "Wang Lei, director of the Shanxi Provincial Department of Industry: Shanxi made 61,200 new "
                     "energy vehicles last year.\n")
    assert figures["48,900"].city == "datong"
    assert figures["61,200"].city == "shanxi"


def test_new_energy_vehicles_in_use_are_the_fleet_in_service():
    figures = settled(["At the end of 2023, Shanxi had 486,000 new energy vehicles in use."], dt.date(2024, 2, 20))
    assert figures["486,000"].indicator == "new-energy-vehicles-in-use"


def test_such_enterprises_and_a_part_of_them_count_what_the_sentence_before_named():
    # "Industrial value added of enterprises above designated size ... rose 6.9 percent. The city had
    # 1,026 such enterprises ..., 58 of them added this year": the same enterprises, and a part of them.
    figures = settled(["Industrial value added of enterprises above designated size, those with annual main "
                       "business revenue of 20 million yuan or more, rose 6.9 percent. The city had 1,026 such "
                       "enterprises at the end of June, 58 of them added this year."], dt.date(2022, 7, 20))
    assert figures["1,026"].indicator == figures["58"].indicator == "enterprises-above-designated-size"
    # A part with a noun of its own after "are" keeps its own reading.
    figures = settled(["The city had 1,026 industrial enterprises above designated size at the end of June, and "
                       "41 of them are high-tech enterprises."], dt.date(2022, 7, 20))
    assert figures["1,026"].indicator == "enterprises-above-designated-size" != figures["41"].indicator


def test_what_one_of_a_kind_yields_or_weighs_holds_at_any_time():
    figures = settled(["Farmers in the county raise about 480,000 goats, and each cashmere goat yields 400 to 600 "
                       "grams of fiber a year."], dt.date(2018, 5, 2))
    assert figures["400 to 600 grams"].period is None
    assert figures["480,000"].period == "2018"


def test_a_change_by_half_with_its_time_after():
    for sentence, when in (("Labor costs have risen by about half since 2016.", "2016-2020"),
                           ("Its output fell by almost half in 2020.", "2020"),
                           ("Dust readings in the park fell by more than half in that time.", "2020")):
        found = settled([sentence], dt.date(2020, 5, 1))
        assert (found["half"].value, found["half"].unit, found["half"].kind) == (50, "percent", "change"), sentence
        assert found["half"].period == when, sentence
    # Not a share: a thing cut in half, the first half of a year.
    for sentence in ("He cut the apple in half in a second.", "Output rose in the first half in 2020."):
        assert "half" not in settled([sentence], dt.date(2020, 5, 1)), sentence


def test_growth_in_industrial_value_added_and_new_energys_share_of_installed_capacity():
    # "growth of about 6.5 percent in industrial value added": the whole's growth, not a part's share of it.
    figures = settled(["Jincheng set a target of growth of about 6.5 percent in industrial value added for 2019.",
                       "Coal accounts for about 60 percent of the city's industrial value added."], dt.date(2019, 3, 1))
    assert figures["6.5 percent"].indicator == "industrial-value-added"
    assert figures["60 percent"].indicator == "sector-value-added"
    # New energy's share of the installed capacity measures the new energy capacity; another source's does not.
    figures = settled(["New energy now makes up 41 percent of Datong's installed power capacity.",
                       "Thermal power makes up 70 percent of installed capacity."], dt.date(2019, 3, 1))
    assert figures["41 percent"].indicator == "new-energy-power-capacity"
    assert figures["70 percent"].indicator == "installed-power-capacity"


def test_their_profits_after_a_sentence_on_enterprises_above_designated_size_are_the_statistics_own():
    figures = settled(["The province had 4,917 industrial enterprises above designated size at year-end. Their total "
                       "profits were 71.32 billion yuan, down 12.6 percent."], dt.date(2019, 3, 1))
    assert figures["71.32 billion yuan"].indicator == figures["12.6 percent"].indicator == "industrial-profit"
    # After a sentence on some other firms, their profits stay an industry's.
    figures = settled(["The county has 37 coal enterprises. Their total profits were 2.1 billion yuan."],
                      dt.date(2019, 3, 1))
    assert figures["2.1 billion yuan"].indicator != "industrial-profit"


def test_what_one_earns_each_or_per_person_is_no_industrys_revenue():
    figures = settled(["Guesthouse owners there earned between 40,000 and 90,000 yuan each last year.",
                       "Farmers in the clusters earned 2,100 yuan more per person than other farmers last year.",
                       "Taiyuan's equipment manufacturing industry had revenue of 2.1 billion yuan last year."],
                      dt.date(2019, 3, 1))
    assert figures["40,000 and 90,000 yuan"].indicator is None and figures["2,100 yuan"].indicator is None
    assert figures["2.1 billion yuan"].indicator is not None


def test_a_goal_dated_by_the_quarter_its_plant_starts_is_the_years():
    figures = settled(["It will add 5,000 tonnes of annual capacity when it starts trial production in the third "
                       "quarter of 2019.", "Output rose 5 percent in the third quarter of 2019."], dt.date(2019, 3, 1))
    assert figures["5,000 tonnes"].period == "2019"
    assert figures["5 percent"].period == "2019-Q3"  # a result of the quarter keeps it


def test_firms_that_joined_the_list_are_an_addition_to_the_count_before():
    figures = settled(["The city had 596 industrial enterprises above designated size at the end of March, after 23 "
                       "joined the list in the first quarter.",
                       "The city had 402 industrial enterprises above designated size at the end of June. Nineteen "
                       "joined the list in the first half."], dt.date(2021, 7, 20))
    for text in ("23", "Nineteen"):
        assert (figures[text].unit, figures[text].kind, figures[text].indicator) == (
            "count", "change", "enterprises-above-designated-size"), text


def test_decibels_are_a_measure_and_a_products_noise_holds_at_any_time():
    figures = settled(["The company's quietest tunnel fan runs at 82 decibels at three meters."], dt.date(2023, 5, 1))
    found = figures["82 decibels"]
    assert (found.unit, found.raw_unit, found.value, found.period) == ("other", "decibels", 82, None)


def test_a_rate_no_indicator_measures_takes_no_share_named_before():
    figures = settled(["The tertiary industry accounted for 52.1 percent of GDP. The permanent population was 2.336 "
                       "million, and the urbanization rate reached 60.1 percent."], dt.date(2018, 3, 1))
    assert figures["52.1 percent"].indicator == "tertiary-industry-value-added"
    assert figures["60.1 percent"].indicator is None


def test_all_the_loans_of_financial_institutions_are_no_sectors():
    figures = settled(["At the end of the year the balance of RMB loans of financial institutions was 268.5 billion "
                       "yuan, up 10.8 percent, of which green loans were 32.6 billion yuan, up 41.5 percent."],
                      dt.date(2023, 3, 1))
    assert [figures[t].indicator for t in ("268.5 billion yuan", "10.8 percent")] == [None, None]
    assert [figures[t].indicator for t in ("32.6 billion yuan", "41.5 percent")] == ["sector-loans"] * 2


def test_taxes_share_of_the_budget_revenue_is_a_share_of_fiscal_revenue():
    figures = settled(["General public budget revenue was 13.86 billion yuan, up 16.4 percent, of which tax revenue "
                       "10.49 billion yuan, or 75.7 percent. Tax revenue was 7.12 billion yuan, accounting for 72.2 "
                       "percent. Liquor makes up about a third of its tax revenue."], dt.date(2019, 3, 1))
    assert [(figures[t].indicator, figures[t].kind) for t in ("75.7 percent", "72.2 percent")] == [
        ("fiscal-revenue", "share")] * 2
    assert figures["10.49 billion yuan"].indicator is None  # tax revenue alone measures nothing listed
    assert figures["a third"].indicator is None  # a share of tax revenue, not of the budget's


def test_a_multiple_of_an_unlisted_quantity_measures_nothing_and_its_record_is_valid(tmp_path):
    figures = settled(["Fuel cell trucks in Datong cost about 1.2 million yuan each, roughly three times the price of "
                       "a diesel truck."], dt.date(2023, 5, 1))
    assert figures["three times"].indicator is None  # not '', which no vocabulary holds


def test_installed_capacity_of_wind_or_solar_power_is_that_sources_capacity():
    figures = settled(["Installed capacity of wind power reached 2.1 million kW, and photovoltaic installed capacity "
                       "was 1.5 million kW. Installed power capacity totalled 9.8 million kW."], dt.date(2021, 3, 1))
    assert [figures[t].indicator for t in ("2.1 million kW", "1.5 million kW", "9.8 million kW")] == [
        "wind-power-capacity", "solar-power-capacity", "installed-power-capacity"]


def test_a_kind_of_mining_that_grew_is_a_sectors_value_added():
    figures = settled(["Industrial value added rose 8.7 percent. Non-coal industries led the way, with value added "
                       "up 13.4 percent, while coal mining grew 5.2 percent."], dt.date(2019, 10, 20))
    assert (figures["5.2 percent"].indicator, figures["5.2 percent"].kind) == ("sector-value-added", "change")


def test_its_revenue_is_one_firms_and_their_revenue_a_groups():
    figures = settled(["In the first 10 months of this year, its revenue reached 86 million yuan, up 64 percent "
                       "year-on-year. Their combined revenue reached 4.6 billion yuan last year."], dt.date(2020, 12, 1))
    assert [figures[t].indicator for t in ("86 million yuan", "64 percent")] == [None, None]
    assert figures["4.6 billion yuan"].indicator == "industry-revenue"


def test_that_of_rural_residents_is_the_income_said_before_and_the_level_it_rose_to():
    for sentence in ("The per capita disposable income of urban residents was 43,150 yuan, up 4.6 percent, while that "
                     "of rural residents rose 7.3 percent to 18,920 yuan.",
                     "The per capita disposable income of urban residents rose 4.9 percent to 31,262 yuan, and that of "
                     "rural residents 7.3 percent to 18,920 yuan."):
        figures = settled([sentence], dt.date(2024, 2, 1))
        assert [(figures[t].indicator, figures[t].kind) for t in ("7.3 percent", "18,920 yuan")] == [
            ("disposable-income-per-capita", "change"), ("disposable-income-per-capita", "level")], sentence


def test_a_product_set_against_another_by_what_it_weighs_or_uses_has_no_period():
    figures = settled(["The company says the one-piece part is 10 percent lighter than the welded assembly. Its fans "
                       "use 25 percent less electricity than the induction motors they replace. Output was 8 percent "
                       "higher than a year earlier."], dt.date(2023, 5, 1))
    assert [figures[t].period for t in ("10 percent", "25 percent")] == [None, None]
    assert figures["8 percent"].period == "2023"  # a comparison over time keeps its year


def test_a_day_dates_its_sentence_and_a_months_end_still_to_come_is_last_years():
    figures = settled(["Jinci reported revenue of RMB 480 million for 2019.",
                       "As of February 28, 2020, the Company had 742 full-time employees. R&D spending was RMB 38.9 "
                       "million.",
                       "By the end of December, installed capacity reached 9.86 million kilowatts. The first phase, "
                       "with 12 workshops, will be finished by the end of June."], dt.date(2020, 3, 20))
    assert figures["742"].period == "2020"
    assert figures["RMB 38.9 million"].period == "2019"  # a day dates its own sentence, not the next
    assert figures["9.86 million kilowatts"].period == "2019"
    assert figures["12"].period == "2020"  # a goal's month ahead is this year's
    assert settled(["As of December 31, 2019, it had 742 employees."], dt.date(2020, 3, 20))["742"].period == "2019"


def test_the_items_of_a_list_that_points_back_count_what_the_first_counts():
    figures = settled(["A total of 6,418 industrial enterprises were evaluated. "
                       "Of them, 962 were rated A, 3,207 B, 1,745 C and 504 D."])
    assert {figures[t].indicator for t in ("962", "3,207", "1,745", "504")} == {"industry-enterprises"}


def test_the_leader_of_a_ranking_is_counted_like_the_rest():
    figures = settled(["By city, Taiyuan led with 1,486 enterprises, followed by Jinzhong with 702, "
                       "Changzhi 618 and Linfen 571."])
    assert {figures[t].indicator for t in ("1,486", "702", "618", "571")} == {"industry-enterprises"}
    assert figures["1,486"].kind == "level"


def test_a_breakdown_going_on_in_a_sentence_of_its_own_keeps_its_own_verb():
    figures = settled(["By city, Taiyuan led with 1,486 enterprises, followed by Jinzhong with 702. "
                       "Datong added 503, Jincheng 412 and Lyuliang 388."])
    assert figures["503"].indicator == "industry-enterprises" and figures["503"].kind == "change"


def test_a_sectors_growth_in_a_statistical_list_is_its_value_added():
    figures = settled(["The value added of industrial enterprises above designated size grew 6.1 percent. By sector, "
                       "electric power and heat production rose 11.8 percent, ferrous metal mining 9.7 percent and "
                       "equipment manufacturing 21.6 percent. Equipment manufacturing led the way with growth of 14.7 percent."])
    assert {figures[t].indicator for t in ("11.8 percent", "9.7 percent", "21.6 percent", "14.7 percent")} == {
        "sector-value-added"}


def test_the_parts_of_a_power_capacity_by_source():
    figures = settled(["At the end of the year the installed power capacity was 15.82 million kilowatts, of which "
                       "wind power was 4.31 million kilowatts and solar power 2.16 million kilowatts, and thermal "
                       "power 9 million kilowatts."])
    assert figures["4.31 million kilowatts"].indicator == "wind-power-capacity"
    assert figures["2.16 million kilowatts"].indicator == "solar-power-capacity"
    assert figures["9 million kilowatts"].indicator is None


def test_a_nation_named_for_a_firms_customers_does_not_go_on_into_its_own_results():
    figures = loaded("Datong firm grows\n\nBy SUN in Datong | China Daily | Updated: 2023-06-13 09:21\n\n"
                     "Ren Hao's workers polish metal bars in a workshop in Datong's Pingcheng district.\n\n"
                     "Xuankong makes molybdenum targets with a purity of 99.99 percent, and it now supplies nine panel "
                     "makers in China. Its revenue rose 58 percent last year to 347 million yuan.\n")
    assert figures["347 million yuan"].city == "datong" and figures["58 percent"].city == "datong"


def test_a_past_said_with_once_or_used_to_is_undated():
    figures = settled(["Coal once provided more than 80 percent of the county's fiscal revenue. Imported machines "
                       "used to cost 600,000 yuan each. In 2015 coal made up 71 percent of its output."])
    assert figures["80 percent"].period is None and figures["600,000 yuan"].period is None
    assert figures["71 percent"].period == "2015"


def test_a_rules_line_and_ceiling_are_undated_and_a_size_up_to_is_not():
    figures = settled(["To qualify, an enterprise must spend at least 5 percent of revenue on research. Each cluster "
                       "will receive up to 3 million yuan. The county covers 70 percent of the price, up to 24,000 yuan "
                       "per household. In 2022 the site let a concrete block of up to 16 tons fall onto a net."])
    assert [figures[t].period for t in ("5 percent", "3 million yuan", "24,000 yuan per household")] == [None] * 3
    assert figures["16 tons"].period == "2022"


def test_days_of_good_air_are_a_count_and_a_duration_is_not():
    figures = settled(["The city recorded 262 days of good or fair air quality last year. Delivery takes 15 days."])
    assert (figures["262 days"].unit, figures["262 days"].value) == ("count", 262)
    assert (figures["15 days"].unit, figures["15 days"].raw_unit) == ("other", "days")


def test_counts_said_as_a_total_a_rise_a_place_and_the_rest():
    figures = settled(["New urban jobs totalled 24,600. The industry employed about 21,000 people at the end of last "
                       "year, up 3,200 from a year earlier. Shanxi has 312 such firms. Taiyuan is home to 181 of them, "
                       "Jinzhong has 47 and Datong 38, while the remaining 46 are spread across the other cities."])
    assert figures["24,600"].unit == "count"
    assert (figures["3,200"].indicator, figures["3,200"].kind) == ("industry-employment", "change")
    assert {figures[t].indicator for t in ("181", "47", "38", "46")} == {"industry-enterprises"}


def test_a_reason_said_after_as_is_a_clause_of_its_own():
    figures = settled(["Jinzhong has halted 11 energy-intensive projects and ordered 19 more to redesign their plants, "
                       "as Shanxi province races to meet its energy-saving targets for the year."])
    assert figures["11"].status == "actual"


def test_a_rules_line_measures_nothing_and_a_percentage_line_is_a_share():
    figures = settled(["Applicants must have annual sales revenue of 100 million yuan or more. To be named, a cluster "
                       "must have an operating revenue of 1 billion yuan or more and spend at least 3 percent of it "
                       "on research."])
    assert [(figures[t].indicator, figures[t].period) for t in ("100 million yuan", "1 billion yuan")] == [(None, None)] * 2
    assert (figures["3 percent"].indicator, figures["3 percent"].kind) == (None, "share")


def test_a_share_of_revenue_spent_on_research_is_a_groups_rd_or_one_firms_profile():
    figures = settled(["The 236 enterprises spent on average 6.3 percent of their revenue on research and development. "
                       "Hongrui spends 5.6 percent of its revenue on research and development."])
    assert figures["6.3 percent"].indicator == "rd-expenditure"
    assert figures["5.6 percent"].indicator is None


def test_an_industrys_makers_above_designated_size_are_its_enterprises():
    figures = settled(["Shanxi has 58 machine tool makers above designated size. Twenty-seven of them are in Taiyuan, "
                       "14 in Jinzhong and nine in Yuncheng, with the remaining eight scattered across other cities."])
    assert {figures[t].indicator for t in ("58", "Twenty-seven", "14", "nine", "eight")} == {"industry-enterprises"}


def test_a_base_said_after_a_long_aside_is_still_the_counts():
    figures = settled(["Jincheng now has 1,260 hydrogen fuel cell heavy trucks in operation, most of them hauling coal "
                       "and steel between mines, mills and railway stations, up from 430 a year ago."])
    assert (figures["430"].unit, figures["430"].indicator) == ("count", figures["1,260"].indicator)


def test_a_part_said_to_account_for_a_total_is_dated_by_a_news_leads_quarter():
    article = ("Taiyuan's economy grows in first quarter\n\nBy CHANG YUE | chinadaily.com.cn | Updated: 2021-04-20 16:05\n\n"
               "Taiyuan saw its economy grow 13.6 percent year-on-year in the first quarter of 2021, the city's statistics "
               "bureau said on Monday.\n\nForeign trade reached 28.6 billion yuan. Exports, led by stainless steel sheet, "
               "accounted for 17.9 billion yuan of it, and imports 10.7 billion yuan.\n")
    assert loaded(article)["10.7 billion yuan"].period == "2021-Q1"


def test_a_sectors_power_use_is_not_its_value_added():
    figures = settled(["Power use by high-tech and equipment manufacturing surged 23.5 percent, while that of coal "
                       "mining rose 2.1 percent. Equipment manufacturing grew 14.7 percent."])
    assert figures["23.5 percent"].indicator is None and figures["2.1 percent"].indicator is None
    assert figures["14.7 percent"].indicator == "sector-value-added"


def test_a_place_described_in_an_aside_is_as_it_is_whatever_the_sentence_looks_back_to():
    figures = settled(["Eight years ago almost no one in Wuxiang county, a hilly place of about 180,000 people in the "
                       "Taihang Mountains, had heard of them."], dt.date(2023, 6, 1))
    assert figures["180,000"].period == "2023"


def test_a_product_set_against_another_kind_has_no_period_but_a_price_or_a_year_keeps_it():
    figures = settled(["Bio-based nylon emits about 50 percent less carbon dioxide than nylon made from petroleum, Qiao "
                       "said. Its compressor is about 20 percent lighter than the previous generation. The kilns use "
                       "18 percent less gas than the shaft kilns they replaced.",
                       "The sheet sells for about 9,800 yuan a ton, some 2,500 yuan more than ordinary grades. Exports "
                       "were 12 percent more than in 2021. The county has 31 more firms than last year."],
                      dt.date(2023, 5, 1))
    assert [figures[t].period for t in ("50 percent", "20 percent", "18 percent")] == [None, None, None]
    assert [figures[t].period for t in ("2,500 yuan", "12 percent")] == ["2023", "2023"]
    assert figures["31"].period is not None  # a comparison over time is dated


def test_power_use_is_a_noun_so_a_statistics_leads_months_still_date_the_paragraph_after():
    article = ("Shanxi's power use rises in first 10 months\n\nSource: Xinhua | 2017-11-21 17:26:04\n\n"
               "TAIYUAN, Nov. 21 (Xinhua) -- Electricity consumption by manufacturers in Shanxi rose 9.6 percent "
               "year-on-year in the first 10 months of 2017, the provincial power grid company said Monday.\n\n"
               "Power use by high-tech and equipment manufacturing surged 23.5 percent, while that of coal mining "
               "rose 2.1 percent.\n\nManufacturing's share of industrial power use rose to 36.2 percent.\n")
    figures = loaded(article)
    assert [figures[t].period for t in ("23.5 percent", "2.1 percent", "36.2 percent")] == ["2017-01-2017-10"] * 3


def test_what_a_company_was_founded_with_is_dated_by_its_founding():
    figures = settled(["Taihang Grid Materials was set up in 2017 with an investment of 380 million yuan. The company, "
                       "founded in 2019 with an investment of 260 million yuan, remanufactured 7,400 engines in the "
                       "first nine months of this year. Jinhua was set up in 2011 with 12 engineers."],
                      dt.date(2021, 6, 8))
    assert [figures[t].period for t in ("380 million yuan", "260 million yuan", "12")] == ["2017", "2019", "2011"]
    assert figures["7,400"].period == "2021-Q1-Q3"  # the founding dates only what it was founded with


def test_firms_counted_onto_a_named_list_measure_that_list_unless_the_list_is_a_part_named_after():
    figures = settled(["Eighteen companies were recognized as national specialized and sophisticated \"little giant\" "
                       "enterprises, raising the city's total to 71. Nine companies were named provincial green "
                       "factories.", "The city has 1,200 industrial enterprises, including 30 little giants."])
    assert [figures[t].indicator for t in ("Eighteen", "71", "Nine")] == [
        "specialized-smes", "specialized-smes", "green-factories"]
    assert figures["1,200"].indicator == "industry-enterprises"


def test_the_next_sector_in_a_list_of_sectors_growth_is_a_sectors_value_added_too():
    figures = settled(["Equipment manufacturing expanded 21.3 percent and new materials 17.9 percent. By sector, the "
                       "coal industry grew 6.8 percent; coking 2.1 percent; and non-ferrous metal smelting and rolling "
                       "12.3 percent."])
    assert [figures[t].indicator for t in ("17.9 percent", "2.1 percent", "12.3 percent")] == ["sector-value-added"] * 3


def test_a_listing_rules_criteria_measure_nothing_but_goals_it_lists_after_a_colon_are_goals():
    figures = settled(["To be named, an enterprise must have been in operation for at least two years and have "
                       "operating revenue of 10 million to 400 million yuan in the previous year.",
                       "To qualify, a park must commit to two goals by 2027: its carbon dioxide emissions per unit of "
                       "industrial value added should fall by 30 percent from 2023."])
    assert figures["10 million to 400 million yuan"].indicator is None
    assert figures["10 million to 400 million yuan"].period is None
    assert (figures["30 percent"].kind, figures["30 percent"].status) == ("change", "target")


def test_a_share_of_a_countys_whole_measures_no_indicator_the_site_compares():
    figures = settled(["Coal still accounts for about 70 percent of the county's industrial output value. Coal "
                       "accounts for 60 percent of the city's industrial output value."])
    assert figures["70 percent"].indicator is None
    assert figures["60 percent"].indicator is not None


def test_makers_of_a_product_a_place_has_are_its_industrys_firms():
    figures = settled(["Shanxi has 46 makers of special-purpose vehicles. Yangquan has 126 foundries of its own."])
    assert [figures[t].indicator for t in ("46", "126")] == ["industry-enterprises"] * 2


def test_a_chain_worth_an_amount_by_a_year_ahead_is_a_goal_and_a_firm_started_as_a_workshop_of_n_is_dated_then():
    figures = settled(["Shanxi has set out to build a sodium-ion battery industry chain worth 50 billion yuan by 2027. "
                       "The firm started in 2015 as a workshop of 40 people."], dt.date(2023, 7, 1))
    assert (figures["50 billion yuan"].status, figures["50 billion yuan"].period) == ("target", "2027")
    assert figures["40"].period == "2015"


def test_a_time_in_a_clause_giving_the_cause_is_not_the_figures():
    article = ("Shanxi's industry grows in first half\n\nSource: Xinhua | 2024-07-20 10:00:00\n\n"
               "TAIYUAN, July 20 (Xinhua) -- Shanxi's industrial value added grew 2.1 percent year-on-year in the "
               "first half of 2024, the provincial statistics bureau said Friday.\n\n"
               "Raw coal output dropped 9.6 percent to 600.3 million tonnes, as the province stepped up safety "
               "inspections after several mine accidents late last year.\n")
    figures = loaded(article)
    assert [figures[t].period for t in ("9.6 percent", "600.3 million tonnes")] == ["2024-H1", "2024-H1"]
    figures = settled(["Datong's GDP grew 3.1 percent in 2020. Retail sales of consumer goods fell 3.7 percent to 71.5 "
                       "billion yuan, as restaurants and hotels lost customers in the first half."], dt.date(2021, 2, 1))
    assert figures["3.7 percent"].period == "2020"


def test_coal_mined_and_a_share_of_a_nations_coal_measure_raw_coal_said_in_a_present_aside_as_it_is():
    figures = settled(["Shanxi mined 1.3 billion tons of coal in 2022.",
                       "Shanxi, which produces about a quarter of China's coal, aims to raise its wind capacity. "
                       "Changzhi makes a third of the country's coal chemicals."], dt.date(2023, 7, 20))
    assert figures["1.3 billion tons"].indicator == "raw-coal-output"
    quarter = figures["a quarter"]
    assert (quarter.indicator, quarter.status, quarter.period) == ("raw-coal-output", "actual", "2023")
    assert figures["a third"].indicator == "product-output"  # coal chemicals are not raw coal


def test_services_or_industry_and_construction_as_a_share_of_the_economy_are_the_tertiary_or_secondary_industry():
    figures = settled(["Services made up 56.7 percent of the economy. Industry and construction made up 53.9 percent "
                       "of the city's economy."])
    assert figures["56.7 percent"].indicator == "tertiary-industry-value-added"
    assert figures["53.9 percent"].indicator == "secondary-industry-value-added"


def test_places_listed_with_amounts_of_what_was_just_measured_share_its_indicator():
    figures = settled(["The province added 3.9 million kilowatts of wind and solar capacity in the first half.",
                       "Datong has 9.8 million kilowatts, Xinzhou 8.7 million kilowatts and Shuozhou 7.1 million "
                       "kilowatts."])
    want = figures["3.9 million kilowatts"].indicator
    assert want is not None
    assert [figures[t].indicator for t in ("9.8 million kilowatts", "8.7 million kilowatts", "7.1 million kilowatts")] \
        == [want] * 3


def test_a_multiple_of_an_amount_said_with_its_year_spans_from_that_year():
    figures = settled(["Their combined output value reached 1.26 billion yuan last year, up 38 percent year-on-year and "
                       "six times the 210 million yuan of 2017. The company supplied trackers for 1.8 million "
                       "kilowatts of solar farms last year, three times the 600,000 kilowatts of 2019."],
                      dt.date(2021, 3, 1))
    assert [figures[t].period for t in ("six times", "three times")] == ["2017-2020", "2019-2020"]


def test_each_year_is_a_time_not_one_of_a_kind():
    figures = settled(["The company spends about 11 percent of its revenue on research and development each year and "
                       "holds 63 patents. Each cashmere goat yields 400 to 600 grams of fiber a year."], dt.date(2018, 3, 1))
    assert [figures[t].period for t in ("11 percent", "63")] == ["2018", "2018"]
    assert figures["400 to 600 grams"].period is None


def test_more_of_a_stock_is_an_addition_but_more_of_what_measures_nothing_is_a_level():
    figures = settled(["Another 100 fuel cell buses will be put on the road, and intelligent upgrading will be completed "
                       "at 15 more coal mines. It delivered 146 vehicles and holds orders for 530 more."])
    assert [figures[t].kind for t in ("100", "15")] == ["change", "change"]
    assert figures["530"].kind == "level"


def test_items_after_an_intro_that_aims_to_are_goals_due_at_its_deadline():
    article = ("Yangquan's hydrogen plan\n\n2022-08-10\n\nThe city has begun to use hydrogen in transport.\n\n"
               "By 2025, the city aims to:\n1. raise its hydrogen supply capacity to 100,000 tonnes a year;\n"
               "2. have 1,000 fuel cell vehicles in operation;\n3. build 15 hydrogen refueling stations.\n")
    figures = loaded(article)
    assert [(figures[t].status, figures[t].period) for t in ("100,000 tonnes", "1,000")] == [("target", "2025")] * 2
    assert figures["15"].status == "target"


def test_makers_of_an_industry_counted_above_designated_size_are_its_enterprises():
    figures = settled(["The province had 67 coatings makers above designated size at the end of 2018.",
                       "Taiyuan had 21 of them, Jinzhong 14 and Linfen nine.",
                       "Yuncheng now has 48 drugmakers above designated size, more than any other city in Shanxi."])
    assert [figures[t].indicator for t in ("67", "21", "14", "48")] == ["industry-enterprises"] * 4


def test_what_the_makers_opening_a_sentence_turned_out_or_delivered_is_product_output():
    figures = settled(["The makers turned out 2.6 million small kitchen appliances, 410,000 air-source heat pumps and "
                       "860,000 robot vacuum cleaners in the seven months.",
                       "Wind power equipment makers delivered 1,260 sets of tower flanges and bearings, up 31 percent.",
                       "The two makers produced 1,200 buses."])
    assert [figures[t].indicator for t in ("2.6 million", "410,000", "860,000", "1,260", "31 percent")] \
        == ["product-output"] * 5
    assert figures["1,200"].indicator is None  # two companies' own output


def test_the_next_product_of_a_list_of_outputs_is_output_too():
    figures = settled(["Output of vegetables was 2.17 million tonnes, up 1.4 percent; fruit 486,000 tonnes, down 3.5 "
                       "percent; meat 192,000 tonnes, up 0.8 percent.",
                       "The province produced 812,000 tonnes of vinegar, up 6.7 percent, and 143,000 kiloliters of "
                       "baijiu, a Chinese liquor, up 18.6 percent.",
                       "Plants in the city turned out 612,000 tons of liquid milk, up 11.4 percent, helped by two new "
                       "processing lines."])
    assert [figures[t].indicator for t in ("486,000 tonnes", "3.5 percent", "192,000 tonnes", "143,000 kiloliters",
                                           "18.6 percent")] == ["product-output"] * 5
    assert figures["two"].indicator is None


def test_a_county_storys_figure_compared_with_its_city_is_still_the_countys():
    figures = loaded("Hequ County's Industrial Economy in January-September 2019\n\n2019-10-22\n\n"
                     "Hequ county kept its industrial economy running steadily in the first three quarters.\n\n"
                     "Its industrial value added grew 6.8 percent, 2.1 percentage points higher than the Xinzhou "
                     "average of 4.7 percent.\n")
    assert figures["6.8 percent"].indicator is None  # the county's, which no indicator charts
    assert figures["4.7 percent"].indicator == "industrial-value-added"  # the city's


def test_a_part_of_a_bulletins_item_is_an_item_and_power_made_is_output():
    figures = settled(["Output of major products: raw coal 118.26 million tonnes, up 1.8 percent; power generation "
                       "41.37 billion kWh, up 8.6 percent, of which wind power 7.84 billion kWh, up 19.5 percent, and "
                       "solar power 3.06 billion kWh, up 42.8 percent; cement 5.1 million tonnes."])
    assert figures["41.37 billion kWh"].indicator == "electricity-generation"
    assert [figures[t].indicator for t in ("7.84 billion kWh", "19.5 percent", "3.06 billion kWh", "42.8 percent")] \
        == ["product-output"] * 4


def test_places_led_by_by_city_share_what_was_just_measured_and_makers_after_a_time_opener_made_output():
    figures = settled(["The province's new-type energy storage capacity reached 3.62 million kilowatts.",
                       "By city, Datong had 1.12 million kilowatts, Shuozhou 860,000 kilowatts and Xinzhou 610,000 "
                       "kilowatts.",
                       "From January to October, the makers turned out 1,860 gearboxes, up 31 percent, 2,150 tower "
                       "sets and 1,420 blades."])
    assert [figures[t].indicator for t in ("1.12 million kilowatts", "860,000 kilowatts")] == ["energy-storage-capacity"] * 2
    assert [figures[t].indicator for t in ("1,860", "1,420")] == ["product-output"] * 2


def test_that_of_names_its_own_quantity_and_places_following_a_share_share_its_whole():
    figures = settled(["Investment in manufacturing rose 14.6 percent. The growth was 9.8 percentage points faster "
                       "than that of the province's overall fixed-asset investment, which rose 4.8 percent.",
                       "The provincial capital Taiyuan took the largest share, 22.4 percent of the province's "
                       "manufacturing investment. Jinzhong followed with 15.1 percent, Yuncheng 13.7 percent and "
                       "Xinzhou 9.2 percent, while the other seven cities together accounted for the remaining 39.6 "
                       "percent."])
    assert figures["4.8 percent"].indicator == "fixed-asset-investment"
    want = figures["22.4 percent"].indicator
    assert want == "industry-investment"
    assert [figures[t].indicator for t in ("15.1 percent", "13.7 percent", "9.2 percent", "39.6 percent")] == [want] * 4


def test_a_month_alone_is_an_aside_and_the_base_of_a_change_is_a_year_earlier():
    figures = settled(["TAIYUAN, Sept. 17 (Xinhua) -- Industrial value added in Shanxi grew 5.9 percent year-on-year in "
                       "the first eight months of 2019, the bureau said.",
                       "In August alone, industrial value added rose 6.4 percent.",
                       "Investment in manufacturing rose 15.7 percent in the period.",
                       "Output rose 12 percent to 3.4 million tonnes from 3.0 million tonnes, and coke output 8 percent "
                       "to 1.2 million tonnes from 1.1 million tonnes in 2017."], dt.date(2019, 9, 17))
    assert figures["6.4 percent"].period == "2019-08-2019-08"
    assert figures["15.7 percent"].period == "2019-01-2019-08"
    assert figures["3.4 million tonnes"].period == "2019-01-2019-08"
    assert figures["3.0 million tonnes"].period == "2018-01-2018-08"
    assert figures["1.1 million tonnes"].period == "2017"


def test_a_products_exports_reached_in_a_news_lead_period_are_the_periods():
    figures = loaded("Electromechanical exports of Shanxi up 27.8 pct in first eight months\n\n"
                     "Source: Xinhua | 2018-09-18 17:21:40 | Editor: Liangyu\n\n"
                     "TAIYUAN, Sept. 18 (Xinhua) -- Exports of mechanical and electrical products from north China's "
                     "Shanxi Province rose 27.8 percent year-on-year to 31.26 billion yuan in the first eight months of "
                     "2018, Taiyuan Customs said on Monday.\n\n"
                     "Electronic products led with exports of 14.82 billion yuan, up 41.3 percent. Rail transit "
                     "equipment exports reached 3.17 billion yuan, auto parts 2.44 billion yuan and other products "
                     "1.18 billion yuan.\n")
    assert figures["3.17 billion yuan"].period == "2018-01-2018-08"


def test_a_city_named_with_an_epithet_is_still_the_city_and_a_part_before_value_added_is_the_part():
    figures = loaded("Shuozhou's economy in 2020\n\n2021-02-10\n\nShuozhou, a coal and power base in northern Shanxi "
                     "province, grew its economy by 3.4 percent year-on-year to 108.6 billion yuan in 2020, the city's "
                     "statistics bureau said.\n\nThe primary industry's value added was 9.8 billion yuan, up 2.9 percent. "
                     "Secondary industry value added was 60.1 billion yuan.\n\nThe Pingshuo mine, a coal base in "
                     "Shuozhou, produced 30 million tonnes.\n")
    assert [figures[t].indicator for t in ("3.4 percent", "108.6 billion yuan")] == ["gdp", "gdp"]
    assert figures["9.8 billion yuan"].indicator == "primary-industry-value-added"
    assert figures["60.1 billion yuan"].indicator == "secondary-industry-value-added"
    assert figures["30 million tonnes"].indicator is None  # one mine's


def test_a_part_after_and_is_named_by_what_is_said_of_it():
    figures = settled(["Power generation rose 9.4 percent to 61.7 billion kilowatt-hours, and 38.5 billion kWh, or "
                       "62.4 percent, was sent to Beijing, Tianjin and Hebei."])
    assert figures["61.7 billion kilowatt-hours"].indicator == "electricity-generation"
    assert [figures[t].indicator for t in ("38.5 billion kWh", "62.4 percent")] == ["outbound-electricity"] * 2


def test_that_coal_mined_is_raw_coal():
    figures = settled(["Shuozhou mined 190.4 million tons of that coal, about a fifth of Shanxi's output."])
    assert [figures[t].indicator for t in ("190.4 million tons", "a fifth")] == ["raw-coal-output"] * 2


def test_a_sector_growing_past_an_aside_and_an_average_of_what_was_just_measured():
    figures = settled(["Equipment manufacturing, mostly auto parts and farm machinery, grew 15.2 percent. The coking "
                       "industry, long the city's second pillar, shrank 4.1 percent as small ovens closed.",
                       "The city's gross domestic product reached 154.26 billion yuan, and growth was 0.5 percentage "
                       "points faster than the provincial average of 6.2 percent."])
    assert [figures[t].indicator for t in ("15.2 percent", "4.1 percent")] == ["sector-value-added"] * 2
    assert figures["6.2 percent"].indicator == "gdp"


def test_a_subject_before_an_aside_names_the_figure_and_shrank_is_a_verb():
    figures = settled(["Equipment manufacturing, mostly auto parts and farm machinery, grew 15.2 percent. The coking "
                       "industry, long the city's second pillar, shrank 4.1 percent as small ovens closed."])
    assert [figures[t].metric for t in ("15.2 percent", "4.1 percent")] == ["Equipment manufacturing growth",
                                                                           "coking industry decline"]


def test_an_epithet_of_a_city_spelled_by_an_alias_mid_sentence_is_still_the_city():
    figures = loaded("Luliang's economy in 2021\n\n2022-02-10\n\nThe economy of Lüliang, a coal and aluminum base in "
                     "western Shanxi province, grew 8.7 percent year-on-year in 2021, the city's statistics bureau said."
                     "\n\nA plant in Xiaoyi, a county-level city, made 40,000 tonnes of coke.\n")
    assert figures["8.7 percent"].indicator == "gdp"
    assert figures["40,000 tonnes"].indicator is None  # one plant's


def test_the_value_added_of_all_industrial_enterprises_is_the_whole():
    figures = settled(["The value added of all industrial enterprises above designated size in Shanxi rose 6.6 percent "
                       "last year."])
    assert figures["6.6 percent"].indicator == "industrial-value-added"


def test_a_day_inside_the_reported_months_dates_its_stock_not_the_flows_after_it():
    figures = settled(["In January-October, the county's industrial economy kept up steady growth.",
                       "The county has 32 industrial enterprises above designated size, 26 of which were in production "
                       "at the end of October. The industrial output value of enterprises above designated size was "
                       "7.46 billion yuan, up 14.3 percent year-on-year."], dt.date(2017, 11, 20))
    assert [figures[t].period for t in ("7.46 billion yuan", "14.3 percent")] == ["2017-01-2017-10"] * 2


def test_the_capacity_of_a_new_line_is_what_it_adds():
    figures = settled(["The company's plant in Pingyao has an annual capacity of 400,000 cubic meters. A new "
                       "200,000-cubic-meter line is expected to start production in the third quarter, and a second "
                       "line with an annual capacity of 9,000 tonnes is planned."])
    assert figures["400,000 cubic meters"].kind == "level"
    assert [figures[t].kind for t in ("200,000-cubic-meter", "9,000 tonnes")] == ["change"] * 2


def test_a_part_that_grew_right_after_a_report_of_value_added_is_a_sectors():
    figures = settled(["The value added of industrial enterprises above designated size rose 6.3 percent. By sector, "
                       "nonferrous metals rose 12.4 percent; equipment manufacturing, 9.1 percent; coking fell 2.3 "
                       "percent, while mining was up just 0.6 percent.",
                       "Steel prices rose 4.2 percent."])
    assert [figures[t].indicator for t in ("12.4 percent", "9.1 percent", "2.3 percent", "0.6 percent")] \
        == ["sector-value-added"] * 4
    assert figures["9.1 percent"].kind == "change"
    assert figures["4.2 percent"].indicator is None  # another paragraph, and a price


def test_a_sector_grew_by_only_so_much():
    figures = settled(["Industrial value added rose 6.1 percent. The coal industry grew only 1.8 percent, with "
                       "manufacturing up 9.6 percent."])
    assert [figures[t].indicator for t in ("1.8 percent", "9.6 percent")] \
        == ["sector-value-added", "manufacturing-value-added"]


def test_a_change_right_after_an_amount_and_its_time_is_the_amounts():
    figures = settled(["Industrial enterprises above designated size in north China's Shanxi Province earned combined "
                       "profits of 106.4 billion yuan (about 15.3 billion U.S. dollars) in the first nine months of "
                       "2018, up 38.6 percent year on year, the provincial statistics bureau said on Monday."],
                      dt.date(2018, 10, 22))
    assert [figures[t].indicator for t in ("106.4 billion yuan", "38.6 percent")] == ["industrial-profit"] * 2


def test_a_count_a_place_adds_is_an_addition_whatever_the_verbs_person():
    figures = settled(["Linfen adds 38 enterprises to the province's list of specialized and innovative SMEs.",
                       "Datong builds 12 intelligent coal mines this year."])
    assert [figures[t].kind for t in ("38", "12")] == ["change"] * 2


def test_a_shares_change_in_points_from_a_year_spans_from_that_year():
    figures = settled(["Non-coal industries accounted for 38.4 percent of the city's industrial value added in 2020, "
                       "up 2.2 percentage points from 2019, and grew 9.6 percent, 1.1 percentage points faster."],
                      dt.date(2021, 1, 28))
    assert figures["38.4 percent"].period == "2020"
    assert figures["2.2 percentage points"].period == "2019-2020"
    assert figures["1.1 percentage points"].period == "2020"


def test_a_release_under_its_providers_line_is_still_the_companys_own():
    from digest.ingest.meaning import is_company_release

    text = ("Kunyu Master Alloys Reports Second Quarter 2024 Results\n\nNews provided by Kunyu Master Alloys Ltd.\n"
            "Aug 22, 2024, 07:30 ET\n\nJIAOKOU, China, Aug. 22, 2024 /PRNewswire/ -- Kunyu Master Alloys Ltd. "
            "(NASDAQ: KYMA) today announced its unaudited financial results for the second quarter of 2024.\n\n"
            "Revenue was RMB 312.4 million (US$43.0 million), up 22.6% from RMB 254.8 million a year earlier.\n")
    assert is_company_release(["News provided by Kunyu Master Alloys Ltd.", text.split("\n\n")[2]])
    figures = loaded(text)
    assert figures["RMB 312.4 million"].indicator is None  # the company's own revenue, no industry's


def test_what_a_made_thing_measures_belongs_to_no_place():
    figures = loaded("Taiyuan foundry's pots sell in Europe\n\n2021-06-09\n\nA casserole from the Taiyuan line weighs about "
                     "4.2 kilograms, its parts are machined to a tolerance of 0.05 millimeters and its enamel is fired "
                     "at 820 degrees Celsius. The foundry made 1.2 million pots last year, and Taiyuan's industrial "
                     "output grew 8 percent.\n")
    assert [figures[t].city for t in ("4.2 kilograms", "0.05 millimeters")] == ["other"] * 2
    assert figures["8 percent"].city == "taiyuan"
    # Nor any time, and it is no change: 126 of the 133 annotated specifications are undated, 130 levels.
    assert [(figures[t].period, figures[t].kind) for t in ("4.2 kilograms", "0.05 millimeters")] == [(None, "level")] * 2
    # An amount of something, or a dated one, keeps its time.
    figures = loaded("Taiyuan foundry cuts its coal\n\n2021-06-09\n\nThe foundry's coal use per tonne of castings fell "
                     "from 620 kilograms of standard coal in 2017 to about 380 kg last year.\n")
    assert (figures["620 kilograms"].period, figures["380 kg"].period) == ("2017", "2020")


def test_three_shares_after_the_three_industries_are_theirs_in_order():
    figures = settled(["The value added of the primary industry was 7.5 billion yuan, up 3.1 percent; that of the "
                       "secondary industry 82.8 billion yuan, up 8.4 percent; and that of the tertiary industry 74.3 "
                       "billion yuan, up 7.2 percent. Their shares of GDP were 4.6, 50.3 and 45.1 percent respectively."])
    assert [figures[t].indicator for t in ("4.6", "50.3", "45.1 percent")] == [
        "primary-industry-value-added", "secondary-industry-value-added", "tertiary-industry-value-added"]
    assert {figures[t].kind for t in ("4.6", "50.3", "45.1 percent")} == {"share"}
    # Three growth rates with no share word are not shares.
    figures = settled(["The value added of the primary industry was 7.5 billion yuan; that of the secondary industry "
                       "82.8 billion yuan; and that of the tertiary industry 74.3 billion yuan. They grew 3.1, 8.4 and "
                       "7.2 percent."])
    assert figures["7.2 percent"].indicator != "tertiary-industry-value-added" or figures["7.2 percent"].kind != "share"


def test_a_rate_of_growth_compared_with_is_a_change():
    figures = settled(["The city's economy grew 6.8 percent, 0.6 percentage points above the provincial average of "
                       "6.2 percent. Coal made up 45 percent of the provincial average of 60 percent."])
    assert figures["6.2 percent"].kind == "change"
    assert figures["60 percent"].kind == "share"


def test_places_parts_go_on_in_the_sentences_after_the_first():
    figures = loaded("Shanxi's technology-based SMEs top 6,000\n\n2023-02-14\n\nShanxi had 6,128 registered "
                     "technology-based small and medium-sized enterprises at the end of 2022. The provincial capital "
                     "Taiyuan accounted for 2,575 of them, or 42 percent. Jinzhong had 736, about 12 percent, followed "
                     "by Changzhi with 551 and Datong with 429. The other seven cities had 1,837 between them.\n")
    assert [figures[t].indicator for t in ("2,575", "736", "551", "429", "1,837")] == ["industry-enterprises"] * 5
    assert [figures[t].city for t in ("736", "551", "429")] == ["jinzhong", "changzhi", "datong"]
    # A district's part measures no city: its indicator stays null.
    figures = loaded("Changzhi names 48 demonstrations\n\n2021-12-14\n\nChangzhi named 48 intelligent manufacturing "
                     "demonstrations. By industry, 14 of them are in equipment manufacturing and 11 in coal.\n\n"
                     "By location, Luzhou district has 9, Shangdang district 8 and Lucheng 7.\n")
    assert [figures[t].indicator for t in ("9", "8", "7")] == [None] * 3


def test_grants_published_are_decided_and_dated():
    figures = settled(["A total of 37 enterprises will share subsidies of 41.6 million yuan.",
                       "They include 21 digital workshops and 11 intelligent factories, which will receive 18.9 "
                       "million yuan and 16.4 million yuan respectively.",
                       "The province gave the project a subsidy of 20 million yuan.",
                       "Each factory on the list will receive a one-off award of 500,000 yuan.",
                       "The county will receive 8 million tourist visits a year by 2025."], dt.date(2022, 11, 9))
    assert [(figures[t].status, figures[t].period) for t in ("41.6 million yuan", "18.9 million yuan",
                                                             "20 million yuan")] == [("actual", "2022")] * 3
    assert (figures["500,000 yuan"].status, figures["500,000 yuan"].period) == ("actual", None)
    assert figures["8 million"].status == "target"


def test_some_of_the_enterprises_above_designated_size_are_not_their_count():
    figures = settled(["Of the 6,912 industrial enterprises above designated size, 1,178, or 17.0 percent, reported losses."],
                      dt.date(2023, 5, 20))
    assert figures["6,912"].indicator == "enterprises-above-designated-size"
    assert figures["1,178"].indicator == "industry-enterprises"
