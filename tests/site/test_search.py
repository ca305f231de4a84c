"""The search index: the terms of an article, the files the build writes, their size."""

from __future__ import annotations

import dataclasses

import datetime as dt
import json
import random
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest

from conftest import PROJECT, make_project
from digest.build import load_site
from digest.model import Article, Source
from digest.records.region import load_region
from digest.site.render import ArticleView
from digest.site.search import (LEVELS, KEEP_S, MAX_TERM, STOP_WORDS, TEXT_CHARS, TITLE_WEIGHT, article_terms,
                                counts_text, decode_postings, decode_weighted, encode_postings, encode_weighted, fold, key_length, normalise,
                                place_terms, plain_summary, search_files, shard_file, term, term_counts, weight)

SEARCH_JS = PROJECT / "templates" / "static" / "search.js"


def call_args(data: bytes, call: str) -> list:
    """The arguments of the one `digestSearch.<call>(...)` a file makes."""
    text = data.decode("ascii")
    prefix = f"digestSearch.{call}("
    assert text.startswith(prefix) and text.endswith(");\n"), text[:80]
    return json.loads("[" + text[len(prefix):-3] + "]")


def shard_of(files: dict[str, bytes], term: str) -> dict[str, tuple[list[int], list[int]]]:
    """The shard that holds term, as term -> (documents, the term's weight in each)."""
    key = term[:call_args(files["search/manifest.js"], "manifest")[0]["key"]]
    got_key, terms, postings = call_args(files[f"search/index/{shard_file(key)}.js"], "shard")
    assert got_key == key
    out = {t: decode_weighted(p) for t, p in zip(terms, postings)}
    assert all(1 <= x <= LEVELS for _, w in out.values() for x in w)
    return out


# -- article_terms ------------------------------------------------------------------


def test_plurals_are_normalised_conservatively():
    assert normalise("plants") == "plant"
    assert normalise("batteries") == "battery"
    assert normalise("cities") == "city"
    assert normalise("processes") == "process"
    assert normalise("approaches") == "approach"
    assert normalise("1990s") == "1990"
    for word in ("process", "status", "analysis", "logistics", "gas", "news", "series", "coal", "mining"):
        assert normalise(word) == word, word


def test_word_forms_are_one_term():
    from digest.site.search import term
    assert {term(w) for w in ("mine", "mines", "mined", "mining")} == {"min"}
    assert term("coke") == term("coking") and term("plan") == term("planned") == term("planning")
    assert term("added") == "add" and term("need") == "need" and term("speeding") == "speed"
    assert term("free") == "free" and term("using") == "using" and term("ring") == "ring"


def test_terms_are_lower_case_words_without_stop_words_or_single_letters():
    terms = article_terms("The Plants of Shanxi", "Batteries AND 5G networks in 2024: a X-ray of coal-bed gas.")
    assert terms == ("2024", "5g", "battery", "bed", "coal", "gas", "network", "plant", "ray", "shanxi")
    assert terms == tuple(sorted(set(terms)))


def test_unicode_words_are_kept_whole_lower_cased_and_without_accents():
    assert article_terms("Cafés ÉCOLE", "naïve 河汾晚报 l'éte") == article_terms("", "cafes ecole naive 河汾晚报 ete")
    assert article_terms("Café", "") == article_terms("cafe", "")


def test_pinyin_u_with_umlaut_is_one_term_however_it_is_typed():
    assert fold("lüliang") == fold("luliang") == fold("lvliang") == "luliang"
    assert fold("nüwa") == fold("nvwa") == "nuwa"
    assert fold("solve") == "solve" and fold("invest") == "invest"  # only at a word's start
    assert article_terms("Lüliang", "LVLIANG Luliang") == ("luliang",)


def test_markdown_syntax_is_not_indexed():
    body = (
        "## Plans\n\nSee [the hub](https://example.org/hydrogen_plans) and ![a tank](tank-photo.png).\n\n"
        "A worker in Ashford. [Photo/Daily]\n{: .caption }\n\n"
        '*Output* __rose__ `fast` &amp; <span class="src" id="s1">steadily</span>.'
    )
    terms = article_terms("", body)
    for word in ("plan", "hub", "tank", "worker", "ashford", "photo", "daily", "output", "rose", "fast", "steadily"):
        assert term(word) in terms, word
    for noise in ("https", "example", "org", "hydrogen", "png", "caption", "amp", "span", "src", "id", "s1"):
        assert noise not in terms, noise


def test_shard_files_are_named_safely():
    assert shard_file("co") == "co" and shard_file("5g") == "5g"
    assert shard_file("河汾") == "u06cb306c7e"
    assert shard_file("é1") == "u000e900031"


def test_overlong_tokens_are_dropped():
    assert article_terms("", "x" * (MAX_TERM + 1) + " " + "y" * MAX_TERM) == ("y" * MAX_TERM,)


def test_terms_depend_only_on_the_arguments():
    title, body = "Coal mines close", "Shanxi closes coal mines and opens solar plants. " * 20
    first = article_terms(title, body)
    article_terms("Something else", "Other words entirely: processes, approaches, cities.")
    assert article_terms(title, body) == first
    # Another interpreter with another hash seed gives the same terms in the same order.
    code = "import sys; from digest.site.search import article_terms; print(article_terms(sys.argv[1], sys.argv[2]))"
    run = subprocess.run([sys.executable, "-c", code, title, body], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "987", "PYTHONPATH": str(PROJECT / "src")})
    assert run.stdout.strip() == repr(first)


def test_the_browser_uses_the_same_word_lists():
    """search.js repeats the stop words, the kept words and the limits; they must agree."""
    script = SEARCH_JS.read_text(encoding="utf-8")

    def js_set(name: str) -> frozenset[str]:
        match = re.search(rf"var {name} = set\(((?:\"[^\"]*\"\s*\+?\s*)+)\);", script)
        assert match, name
        return frozenset("".join(re.findall(r'"([^"]*)"', match.group(1))).split())

    assert js_set("STOP") == STOP_WORDS
    assert js_set("KEEP_S") == KEEP_S
    assert f"var MAX_TERM = {MAX_TERM};" in script
    from digest.site.search import DIGITS
    assert f'var DIGITS = "{DIGITS}";' in script


def test_terms_are_counted_with_the_title_weighing_more():
    counts = term_counts("Coal mines", "Coal, coal and more coal. A mine closed.")
    assert counts == {"coal": TITLE_WEIGHT + 3, "min": TITLE_WEIGHT + 1, "mor": 1, "clos": 1}
    assert list(counts) == sorted(counts)
    assert article_terms("Coal mines", "Coal, coal and more coal. A mine closed.") == tuple(sorted(counts))
    # As the body cache keeps them: one string, a count of one left out.
    assert counts_text({"coal": 8, "more": 1}) == "coal:8 more"


def test_a_term_weighs_more_the_more_often_it_is_there_and_less_in_a_long_article():
    assert weight(1, 100, 100.0) < weight(2, 100, 100.0) < weight(10, 100, 100.0) <= LEVELS
    assert weight(3, 400, 100.0) < weight(3, 100, 100.0) < weight(3, 25, 100.0)
    assert weight(1, 10_000, 10.0) == 1 and weight(10_000, 1, 10.0) == LEVELS
    assert weight(1, 0, 0.0) >= 1


def test_summary_is_plain_text_cut_between_words():
    body = "## Heading\n\nThe **hub** cost [2.5 billion yuan](https://x.org/a) &amp; more. " + "Word " * 80
    text = plain_summary(body)
    assert text.startswith("The hub cost 2.5 billion yuan & more. Word")
    assert len(text) <= 200 and text.endswith("Word…")
    assert "Heading" not in text and "*" not in text and "https" not in text
    assert plain_summary("Short body.") == "Short body."


# -- postings ------------------------------------------------------------------------


def test_postings_round_trip_and_stay_compact():
    assert encode_postings([0, 1, 2, 3]) == "0000"  # neighbours cost one character each
    assert encode_postings([0, 2]) == "01"
    assert encode_postings([33]) == "X1"  # 33 = 1*32 + 1: a leading digit from the upper half
    rng = random.Random(7)
    for _ in range(300):
        docs = sorted(rng.sample(range(200_000), rng.randint(0, 40)))
        assert decode_postings(encode_postings(docs)) == docs
    assert decode_postings("") == []
    # With a weight each: the next document and its weight in one character, a step up to 32 in two.
    assert encode_weighted([0, 1, 3], [1, LEVELS, 2]) == "0" + "V" + "X1"
    assert len(encode_weighted([0, 31, 100], [3, 3, 3])) == 1 + 2 + 3
    for _ in range(300):
        docs = sorted(rng.sample(range(200_000), rng.randint(0, 40)))
        weights = [rng.randint(1, LEVELS) for _ in docs]
        assert decode_weighted(encode_weighted(docs, weights)) == (docs, weights)


# -- search_files --------------------------------------------------------------------


@pytest.fixture
def mini_site(mini):
    return load_site(mini)


def test_index_files_are_scripts_under_search(mini_site):
    files = search_files(mini_site)
    paths = [p for p, _ in files]
    assert len(paths) == len(set(paths))
    assert all(p.startswith("search/") and p.endswith(".js") for p in paths), paths
    manifest = call_args(dict(files)["search/manifest.js"], "manifest")[0]
    assert manifest["documents"] == len(mini_site.articles) == 2
    assert sorted(p for p in paths if "/docs/" in p) == ["search/docs/0.js", "search/docs/1.js"]
    assert sorted(f"search/index/{shard_file(k)}.js" for k in manifest["shards"]) == sorted(p for p in paths if "/index/" in p)


def test_a_terms_postings_list_the_documents_that_have_it(mini_site):
    files = dict(search_files(mini_site))
    slugs = [v.article.slug for v in mini_site.articles]
    hydrogen, tourism = slugs.index("ashford-builds-hydrogen-hub"), slugs.index("northvale-tourism-rebounds")
    assert shard_of(files, "hydrogen")["hydrogen"][0] == [hydrogen]
    assert shard_of(files, "tourist")["tourist"][0] == [tourism]
    assert shard_of(files, term("province"))[term("province")][0] == [tourism]
    assert "ashford" in shard_of(files, "ashford")
    assert "the" not in shard_of(files, "tourist")
    # Every term of every article is in its shard with that article, and nothing else is.
    expected: dict[str, list[int]] = {}
    for doc, view in enumerate(mini_site.articles):
        a = view.article
        names = [place_terms(mini_site)[slug] for slug in (a.city, *a.cities)]
        for each in sorted(set(article_terms(a.title, a.body)).union(*names)):
            expected.setdefault(each, []).append(doc)
    found = {}
    for key in call_args(files["search/manifest.js"], "manifest")[0]["shards"]:
        found.update({t: docs for t, (docs, _) in shard_of(files, key + "?").items()})
    assert found == expected


def test_place_names_in_chinese_and_aliases_find_the_places_articles(mini_site):
    files = dict(search_files(mini_site))
    about_ashford = [doc for doc, v in enumerate(mini_site.articles)
                     if "ashford" in (v.article.city, *v.article.cities)]
    assert about_ashford
    assert not any("灰浅" in v.article.body or "ashforde" in v.article.body.lower() for v in mini_site.articles)
    assert shard_of(files, "灰浅")["灰浅"][0] == about_ashford
    assert shard_of(files, term("ashforde"))[term("ashforde")][0] == about_ashford


def test_manifest_names_the_places_a_typo_may_be_taken_for(mini_site):
    manifest = call_args(dict(search_files(mini_site))["search/manifest.js"], "manifest")[0]
    # One-word names and aliases only ("Northvale province" is two words).
    assert manifest["places"] == {term("ashford"): "Ashford", term("ashforde"): "Ashford", term("brenton"): "Brenton",
                                  term("northvale"): "Northvale"}


def test_documents_and_facets_carry_what_a_result_shows(mini_site):
    files = dict(search_files(mini_site))
    by_url = {}
    for n in range(len(mini_site.articles)):
        number, row = call_args(files[f"search/docs/{n}.js"], "doc")
        assert number == n
        by_url[row[0]] = row
    assert by_url["articles/ashford-builds-hydrogen-hub.html"] == [
        "articles/ashford-builds-hydrogen-hub.html", "Ashford builds a hydrogen hub", "2023-05-04", "Ashford",
        ["hydrogen", "coal"], 2023,
        # Paragraphs follow each other; the heading and the photo caption are left out.
        "Ashford has spent over 2.5 billion yuan ($350 million) on a hydrogen hub. Output grew 12.5 percent last year."
        " Brenton will add 40 refuelling stations by 2025.",
    ]
    assert by_url["articles/northvale-tourism-rebounds.html"][2:6] == ["", "Northvale", ["tourism"], None]
    facets = call_args(files["search/facets.js"], "facets")[0]
    slugs = [v.article.slug for v in mini_site.articles]
    ashford = slugs.index("ashford-builds-hydrogen-hub")
    assert decode_postings(facets["city"]["brenton"]) == [ashford]  # a city the article mentions
    assert decode_postings(facets["theme"]["coal"]) == [ashford]
    assert decode_postings(facets["year"]["undated"]) == [slugs.index("northvale-tourism-rebounds")]


def test_cached_terms_are_used_when_given(mini_site):
    # The counts cached with each body (ArticleView.terms) are what is indexed, not the body's words again.
    views = tuple(dataclasses.replace(v, terms="zzcached:2") for v in mini_site.articles)
    files = dict(search_files(dataclasses.replace(mini_site, articles=views)))
    assert shard_of(files, "zzcached")["zzcached"][0] == list(range(len(mini_site.articles)))
    # Beside the given terms, only the places' names are indexed (they are not the article's words).
    names = set().union(*place_terms(mini_site).values())
    shards = call_args(files["search/manifest.js"], "manifest")[0]["shards"]
    indexed = {t for key in shards for t in shard_of(files, key + "?")}
    assert indexed - names == {"zzcached"}


def test_index_is_byte_identical_across_builds(tmp_path):
    first = search_files(load_site(make_project(tmp_path / "one")))
    second = search_files(load_site(make_project(tmp_path / "two")))
    assert first == second
    code = ("import sys, hashlib; from digest.build import load_site; from digest.settings import load_settings; "
            "from digest.site.search import search_files; "
            "print(hashlib.sha256(repr(search_files(load_site(load_settings(sys.argv[1])))).encode()).hexdigest())")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "two")], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "4242", "TZ": "Asia/Shanghai", "PYTHONPATH": str(PROJECT / "src")})
    import hashlib
    assert run.stdout.strip() == hashlib.sha256(repr(first).encode()).hexdigest()


# -- size ----------------------------------------------------------------------------


def synthetic_site(n: int) -> SimpleNamespace:
    """n articles of about 600 words drawn, with a long-tailed frequency, from the
    words of the project's own articles: a realistic spread of first letters."""
    region = load_region(PROJECT / "content")
    vocabulary = sorted({w for path in sorted((PROJECT / "content" / "articles").glob("*.md"))
                         for w in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8").split("\n---\n", 1)[1])})
    rng = random.Random(2000)
    rng.shuffle(vocabulary)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    views = []
    for i in range(n):
        words = rng.choices(vocabulary, weights, k=600)
        article = Article(
            slug=f"article-{i}", title=" ".join(words[:8]), date=dt.date(2024, 1, 1) - dt.timedelta(days=i),
            city=region.cities[i % len(region.cities)].slug, cities=(), sector=region.themes[i % len(region.themes)].slug,
            themes=(region.themes[i % len(region.themes)].slug,), source=Source(file=f"seeds/{i}.txt"),
            body="\n\n".join(" ".join(words[j:j + 60]) + "." for j in range(0, 600, 60)),
        )
        views.append(ArticleView(article=article, body_html="", anchors=()))
    return SimpleNamespace(articles=tuple(views), region=region)


def test_small_sites_have_one_shard_per_first_character(mini_site):
    files = dict(search_files(mini_site))
    manifest = call_args(files["search/manifest.js"], "manifest")[0]
    assert manifest["key"] == 1 and all(len(k) == 1 for k in manifest["shards"])
    assert key_length({"a" + str(i): 1000 for i in range(100)}) == 2  # 100,000 bytes under "a": split further
    assert key_length({"a" + str(i): 1000 for i in range(50)} | {"b": 10}) == 1


def test_index_stays_small_at_two_thousand_articles():
    site = synthetic_site(2000)
    files = dict(search_files(site))
    shards = {p: len(b) for p, b in files.items() if p.startswith("search/index/")}
    docs = {p: len(b) for p, b in files.items() if p.startswith("search/docs/")}
    largest = max(shards, key=shards.get)
    postings = sum(len(docs) for docs, _ in shard_of(files, largest.rsplit("/", 1)[1][:-3]).values())
    # A query loads one shard per word: the heaviest stays small, and costs
    # little more than a byte and a half per document listed with its weight.
    assert shards[largest] < 60_000, (largest, shards[largest])
    assert shards[largest] / postings < 1.8, (largest, shards[largest], postings)
    assert sum(shards.values()) < 1_000_000
    # A result loads one file of display data, its text at most TEXT_CHARS
    # (under 6 KB with its title): 50 results stay under 300 KB.
    assert len(docs) == 2000 and max(docs.values()) < TEXT_CHARS + 1_000
    assert len(files["search/manifest.js"]) < 10_000


def test_an_article_naming_a_word_often_weighs_more_than_one_naming_it_once(tmp_path):
    settings = make_project(tmp_path / "p")
    head = "---\ntitle: {title}\ndate: {date}\ncity: brenton\ncities: []\nsector: tourism\nthemes: [tourism]\n" \
           "source: {{file: seeds/{date}.txt}}\nfigures: []\nreview: []\n---\n\n{body}\n"
    articles = settings.content / "articles"
    (articles / "once.md").write_text(head.format(
        title="Brenton plans new roads", date="2024-03-02",
        body="The city will build roads and schools. A small gasification unit opens next year."), encoding="utf-8")
    (articles / "often.md").write_text(head.format(
        title="Brenton looks at its factories", date="2024-03-01",
        body="Gasification turns coal into gas. The gasification plant runs day and night; gasification needs "
             "water. A second gasification line is planned."), encoding="utf-8")
    site = load_site(settings)
    files = dict(search_files(site))
    slugs = [v.article.slug for v in site.articles]
    docs, weights = shard_of(files, "gasification")["gasification"]
    by_slug = {slugs[d]: w for d, w in zip(docs, weights)}
    assert by_slug["often"] > by_slug["once"]
    # A word once in the title weighs more than one four times in the body of the same article.
    docs, weights = shard_of(files, term("factories"))[term("factories")]
    assert [slugs[d] for d in docs] == ["often"] and weights[0] > by_slug["often"]


def test_counts_total_is_the_sum_of_the_counts_it_stands_for():
    from digest.site.search import counts_total

    for title, body in [("", ""), ("Coal", "coal coal hydrogen"), ("Taiyuan's 2024", "Taiyuan builds 12 plants; plants plants.")]:
        counts = term_counts(title, body)
        text = counts_text(counts)
        assert counts_total(text) == sum(counts.values())


def test_the_index_is_the_same_from_the_cached_counts_as_from_the_bodies(mini_site):
    assert all(v.terms is not None for v in mini_site.articles)  # the build's path: counts as cached text
    uncounted = tuple(dataclasses.replace(v, terms=None) for v in mini_site.articles)
    assert search_files(mini_site) == search_files(dataclasses.replace(mini_site, articles=uncounted))
