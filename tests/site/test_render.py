"""Body conversion: the plain-block shortcut gives exactly python-markdown's HTML,
and every body goes through the sanitiser."""

from __future__ import annotations


import frontmatter
import nh3
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import PROJECT
from digest.build import build
from digest.site.render import _plain_html, body_html, convert_blocks, markdown_converter

MD = markdown_converter()


def whole(blocks: list[str]) -> str:
    MD.reset()
    return MD.convert("\n\n".join(blocks))


def bodies() -> list[str]:
    """Every record body in the repository: samples, mini-site, held-out and blind sets."""
    files = [*PROJECT.glob("content/articles/*.md"), *PROJECT.glob("tests/**/articles/*.md")]
    return [frontmatter.loads(f.read_text(encoding="utf-8")).content for f in sorted(files)]


def test_repository_bodies_convert_as_python_markdown_does():
    found = bodies()
    assert len(found) >= 5
    for body in found:
        blocks = body.split("\n\n")
        assert convert_blocks(blocks, blocks, MD) == whole(blocks)


def test_sentence_spans_and_captions_keep_their_markup():
    blocks = ["## Output & growth", 'Output rose <span class="src" id="s1">5%</span> in 2023.',
              "Workers at a plant. [Photo/VCG]\n{: .caption }", "R&D spending rose."]
    html = convert_blocks(blocks, blocks, MD)
    assert html == whole(blocks)
    assert '<p class="caption">Workers at a plant. [Photo/VCG]</p>' in html
    assert "<h2>Output &amp; growth</h2>" in html and "R&amp;D" in html


def test_captions_ending_in_a_credit_need_no_markdown_parser():
    # News captions end in "[Photo/...]"; they are most of the blocks that are not plain text.
    for caption in ["Workers at a plant. [Photo/VCG]\n{: .caption }", "A view of a park. [Photo provided to China Daily]"]:
        assert _plain_html(caption, caption) is not None
        assert _plain_html(caption, caption) == whole([caption])
    spaced = "A plant. [Photo/VCG] \n{: .caption }"
    assert _plain_html(spaced, spaced) is None  # a trailing space is left to python-markdown
    # The last block of a body ending in a line break, or one after two blank lines:
    for block in ["Li Na contributed to this story.\n{: .credit }\n", "\nA plant. [Photo/VCG]\n{: .caption }"]:
        assert _plain_html(block, block) == whole([block])


PLAIN = ["coal", "output", "rose", "5.2%", "R&D", "yuan", "[Photo/VCG]", "Taiyuan", "said", "2024", "é", "(up)", "x!"]
SYNTAX = ["&amp;", "[link](http://a.b)", "*new*", "_energy_", "`code`", "<b>x</b>", "a > b", "\\*", "![img](x.png)",
          "[ref]", "[ref][r]", "{: .caption }", "#", "1.", "-", "  ", "\t", "&#169;", "<http://x.y>", "**bold**"]
WORDS = st.sampled_from(PLAIN * 4 + SYNTAX)
LINE = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
PREFIX = st.sampled_from(["", "", "", "", "", "", "\n", "\n\n", "## ", "### ", "# ", "- ", "* ", "1. ", "> ", "    ", "[r]: http://x.y ", "<div>", "---", "==="])
SUFFIX = st.sampled_from(["", "", "", "\n{: .caption }", "\n{: .note}", " ", "  ", "\n", "\n{: .caption }\n", " [Photo/VCG]\n{: .caption }"])
BLOCK = st.builds(lambda p, lines, s: p + "\n".join(lines) + s, PREFIX, st.lists(LINE, min_size=1, max_size=3), SUFFIX)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(BLOCK, st.sampled_from(["", "\n"])), min_size=1, max_size=8))
@example(["coal", "\t\ncoal"])  # cases found by this test once: a line of white space,
@example(["\t", "coal"])  # whose reading depends on the blocks around it,
@example(["coal", "- coal", "", "- coal"])  # and a blank block inside a list
def test_generated_bodies_convert_as_python_markdown_does(blocks):
    assert convert_blocks(blocks, blocks, MD) == whole(blocks)


ODD = st.sampled_from(["a\xa0b", "x\x00y", "\x0c", "\x85", "\u2028", "😀", "河汾", "'q'", '"d"', "a & b", "é", "\ufffe",
                       "\x7f", "R&D", "5%", "[Photo/VCG]", "(up)", "x!", "No. 1", "U.S."])
TEXT = st.lists(st.one_of(WORDS, ODD), min_size=1, max_size=12).map(" ".join)
PLAIN_BODY = st.lists(st.builds(lambda p, t, s: p + t + s, st.sampled_from(["", "", "## ", "# ", "###### "]), TEXT,
                                st.sampled_from(["", "", "\n{: .caption }"])), min_size=1, max_size=6).map("\n\n".join)


MARK = "<!-- sanitised -->"


@pytest.fixture
def marking_sanitiser(monkeypatch):
    """nh3.clean as it is, with a mark put before what it returns."""
    real = nh3.clean
    monkeypatch.setattr(nh3, "clean", lambda html, **options: MARK + real(html, **options))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(PLAIN_BODY, st.lists(st.sampled_from(["a", "b", "x", "5%", "R&D", "河汾", "😀"]), max_size=3))
@example("Output rose 5% in 2023.\n\n## Plans\n\nA plant. [Photo/VCG]\n{: .caption }", ["5%"])  # plain prose
@example("# coal", [])  # a level-one heading, which the sanitiser drops
def test_every_generated_body_goes_through_the_sanitiser_once(marking_sanitiser, body, texts):
    html, _ = body_html(body, texts, MD)
    assert html.startswith(MARK) and html.count(MARK) == 1


def test_every_repository_body_goes_through_the_sanitiser_once(marking_sanitiser):
    found = bodies()
    assert len(found) >= 5
    for body in found:
        html, _ = body_html(body, [], MD)
        assert html.startswith(MARK) and html.count(MARK) == 1, body[:60]


def test_every_article_page_of_a_build_has_a_sanitised_body(marking_sanitiser, samples):
    # The build's own path to the bodies (the engine's cache), not body_html alone.
    build(samples)
    pages = sorted((samples.out / "articles").glob("*.html"))
    assert len(pages) >= 5
    for page in pages:
        body = page.read_text(encoding="utf-8").split('<div class="body">\n', 1)[1]
        assert body.startswith(MARK) and body.count(MARK) == 1, page.name


def test_a_figure_in_a_heading_keeps_the_heading():
    html, anchors = body_html("## Output up 5%\n\nMore text.", ["5%"], MD)
    assert html.startswith('<h2><span class="src" id="s1">Output up <a href="#f1" title="Figure 1 in the table below"'
                           ' rel="noopener noreferrer">5%</a></span></h2>') and anchors == ("s1",)


def test_a_headline_figure_links_to_the_top_and_its_repeat_to_its_sentence():
    # The loader puts a headline's figures first; the same words in the text keep their own sentence.
    html, anchors = body_html("Output rose 6.2% in 2019, the bureau said.\n\nIt was a good year.",
                              ("6.2%", "6.2%"), title="Shanxi's output grows 6.2% in 2019")
    assert anchors == ("main", "s1")
    assert html.count('href="#f') == 1 and 'href="#f2"' in html
    # without the headline's figure, the text's figure is not taken for it
    _, anchors = body_html("Output rose 6.2% in 2019.", ("6.2%",), title="Shanxi's output")
    assert anchors == ("s1",)


def test_a_sentence_python_markdown_reads_as_code_gets_no_id_and_no_link():
    # A body whose first line is indented (a tab, four spaces) starts with a code block: markup put
    # there would show as text, and a link to its id would lead nowhere.
    from digest.site.render import body_html

    for lead in ("\t0", "    0"):
        html, anchors = body_html(f"\n{lead}\nAshford spent 2.5 billion yuan on a hub. Output grew 12.5 percent.",
                                  ("2.5 billion yuan", "12.5 percent"))
        assert "&lt;span" not in html and "&lt;a" not in html
        for anchor in anchors:
            assert anchor is None or f'id="{anchor}"' in html
    # An ordinary body keeps its ids.
    html, anchors = body_html("Ashford spent 2.5 billion yuan on a hub.", ("2.5 billion yuan",))
    assert anchors == ("s1",) and '<span class="src" id="s1">' in html
