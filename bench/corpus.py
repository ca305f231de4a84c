"""A deterministic synthetic corpus in the record format, at any size.

    python bench/corpus.py [--n N] [--out DIR]      (N defaults to $BENCH_N or 1000)

Writes a project folder: DIR/content/articles/*.md, plus DIR/templates/ and the rest
of DIR/content/ (region.yaml, ...) copied from the project. Article i depends only on i and the
region file, so the corpus at N=1000 is the first 1000 articles of N=10000.
Each record is written by digest's own `render_record`, so the format is the
one `digest ingest` writes: YAML front matter (figures included) + Markdown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT / "src"))

from digest.records.content import render_record  # noqa: E402
from digest.model import Article, Figure, Source  # noqa: E402
from digest.records.region import load_region  # noqa: E402

VERSION = "1"  # bump when the generator's output changes
FIRST_DAY = dt.date(2018, 1, 1)
DAYS = 7 * 365
STAMP = ".corpus-stamp"
ARTICLES = "articles"

VERBS = ["steps up", "accelerates", "expands", "upgrades", "invests in", "bets on",
         "sees growth in", "pushes", "modernizes", "doubles down on", "reports gains in"]
NOUNS = ["industry", "projects", "output", "investment", "transformation", "cluster",
         "capacity", "exports", "innovation drive", "supply chain"]
PUBLISHERS = ["China Daily", "Shanxi Daily", "Xinhua", "Shanxi Evening News"]
HEADINGS = ["Background", "Investment", "Output and growth", "New projects", "Innovation",
            "Green transition", "Outlook", "Jobs and talent", "Policy support", "Industrial parks"]
SUBJECTS = ["the industrial added value", "the output value", "revenue", "fixed-asset investment",
            "the number of enterprises", "retail sales", "exports", "installed capacity",
            "research spending", "energy consumption per unit of GDP"]
ACTORS = ["officials at the provincial department of industry and information technology",
          "the municipal statistics bureau", "the city's development and reform commission",
          "a spokesperson for the local government", "analysts at a Taiyuan think tank",
          "managers at the industrial park"]
FILLER = [
    "The {theme} sector in {place} has become a pillar of the local economy over the past decade.",
    "Local authorities said the {theme} projects would create thousands of jobs in {county}.",
    "Companies in {county} have adopted new production lines and digital management systems.",
    "The city plans to build a modern industrial system around {theme} and related services.",
    "Experts say the shift away from traditional industries is gradual but steady.",
    "Several enterprises have set up research centers with universities in {place}.",
    "The local government has streamlined approvals and cut fees for new {theme} projects.",
    "Industrial parks in {county} have attracted investors from the Yangtze River Delta.",
    "Workers are being trained for jobs that require more technical skills than before.",
    "The province aims to reduce its reliance on coal while keeping energy supplies stable.",
    "Efforts to improve the business environment have paid off, according to {actor}.",
    "New logistics links have cut the cost of shipping goods from {place} to coastal ports.",
    "The {theme} chain now covers raw materials, processing, equipment and services.",
    "Many small and medium-sized enterprises have joined the supply chains of large groups.",
    "Officials said the next step is to turn research results into products faster.",
]
CAPTIONS = [
    "Workers assemble equipment at a plant in {county}, {place}. [Photo/{publisher}]",
    "A view of an industrial park in {place}. [Photo provided to China Daily]",
    "Technicians check a production line in {county}. [Photo/{publisher}]",
    "Visitors tour an exhibition on {theme} in {place}. [Photo/VCG]",
]


def _amount(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text


def make_figure(rng: random.Random, place: str, place_name: str, theme: str, theme_name: str,
                year: int) -> tuple[Figure, str]:
    """One figure and the sentence that states it (the sentence contains `text`)."""
    subject = rng.choice(SUBJECTS)
    status = "target" if rng.random() < 0.15 else "actual"
    period = str(year if status == "actual" else year + rng.randint(1, 3))
    common = {"period": period, "status": status, "city": place, "theme": theme}
    kind = rng.randrange(7)
    if kind == 0:
        v = round(rng.uniform(0.5, 30), 1)
        text = f"{v:.1f} percent"
        fig = Figure(metric=f"{subject} growth", value=v, unit="percent", text=text, kind="change", **common)
        sentence = f"In {period}, {subject} of the {theme_name.lower()} sector in {place_name} grew {text} year-on-year."
    elif kind == 1:
        v = round(rng.uniform(1, 90), 1)
        text = f"{v:.1f} percent"
        fig = Figure(metric=f"{theme_name.lower()} share of {subject}", value=v, unit="percent", text=text,
                     kind="share", **common)
        sentence = f"The {theme_name.lower()} industry accounted for {text} of {subject} in {place_name}."
    elif kind == 2:
        b = round(rng.uniform(0.5, 300), 1)
        scale = rng.choice([(1e9, "billion"), (1e6, "million")])
        text = f"{_amount(b)} {scale[1]} yuan"
        value = b * scale[0]
        usd = round(value * 0.14, -4)
        qualifier = rng.choice([None, None, "over", "about"])
        fig = Figure(metric=f"{theme_name.lower()} investment", value=value, unit="CNY", text=text, usd=usd,
                     qualifier=qualifier, kind="level", **common)
        lead = {"over": "more than ", "about": "about ", None: ""}[qualifier]
        sentence = (f"Investment in {theme_name.lower()} projects in {place_name} reached {lead}{text} "
                    f"(${_amount(usd / scale[0])} {scale[1]}) in {period}.")
    elif kind == 3:
        m = round(rng.uniform(0.1, 90), 2)
        text = f"{m:.2f} million tons"
        fig = Figure(metric=f"{theme_name.lower()} output", value=round(m * 1e6), unit="t", text=text,
                     kind="level", **common)
        sentence = f"Output of {theme_name.lower()} products in {place_name} was {text} in {period}."
    elif kind == 4:
        n = rng.randint(3, 480)
        text = str(n)
        fig = Figure(metric=f"{theme_name.lower()} enterprises", value=n, unit="count", text=text,
                     kind="level", **common)
        sentence = f"There are now {text} {theme_name.lower()} enterprises above designated size in {place_name}."
    elif kind == 5:
        b = round(rng.uniform(1, 120), 1)
        text = f"{_amount(b)} billion kWh"
        fig = Figure(metric="power generation", value=b * 1e9, unit="kWh", text=text, kind="level", **common)
        sentence = f"Power generation in {place_name} totaled {text} in {period}, according to the grid operator."
    else:
        v = round(rng.uniform(0.1, 9.9), 1)
        text = f"{v:.1f} percentage points"
        fig = Figure(metric=f"{subject} growth difference", value=v, unit="percentage-points", text=text,
                     kind="change", **common)
        sentence = f"That was {text} higher than the provincial average, officials in {place_name} said."
    return fig, sentence


class Vocabulary:
    def __init__(self, content: Path):
        self.region = load_region(content)
        self.places = list(self.region.places)
        self.cities = list(self.region.cities)
        self.themes = list(self.region.themes)


def make_article(i: int, vocab: Vocabulary) -> Article:
    """Article number i: the same for a given i and region, whatever N is."""
    rng = random.Random(f"digest-bench-{VERSION}-{i}")
    region = vocab.region
    if rng.random() < 0.1:
        city = region.slug
        cities = sorted(c.slug for c in rng.sample(vocab.cities, rng.randint(1, 3)))
    else:
        main = rng.choice(vocab.cities)
        city = main.slug
        others = [c.slug for c in rng.sample(vocab.cities, rng.randint(0, 2)) if c.slug != city]
        cities = [city, *others]
    place_name = region.place_name(city)
    counties = region.city_index[cities[0]].counties or (place_name,)
    themes = rng.sample(vocab.themes, rng.randint(1, 5))
    theme_slugs = [t.slug for t in themes]
    date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    publisher = rng.choice(PUBLISHERS)
    title = f"{place_name} {rng.choice(VERBS)} {themes[0].name.lower()} {rng.choice(NOUNS)}"
    slug = "-".join(title.lower().replace(",", "").split()) + f"-{i:06d}"

    def fill(template: str) -> str:
        return template.format(theme=rng.choice(themes).name.lower(), place=place_name,
                               county=rng.choice(counties), actor=rng.choice(ACTORS), publisher=publisher)

    # Figures first, each with its sentence; then spread them over the sections.
    figures: list[Figure] = []
    sentences: list[str] = []
    for _ in range(rng.randint(5, 15)):
        theme = rng.choice(themes)
        fig_place = city if rng.random() < 0.8 else rng.choice(cities)
        fig, sentence = make_figure(rng, fig_place, region.place_name(fig_place), theme.slug, theme.name,
                                    date.year - rng.randint(0, 1))
        figures.append(fig)
        sentences.append(sentence)

    blocks: list[str] = []
    words = 0
    blocks.append(f"{fill(rng.choice(CAPTIONS))}\n{{: .caption }}")
    lead = (f"{place_name} in North China's Shanxi province has stepped up its work on "
            f"{', '.join(t.name.lower() for t in themes)}, according to {rng.choice(ACTORS)}.")
    blocks.append(lead)
    words += len(lead.split())
    sections = rng.sample(HEADINGS, rng.randint(3, 5))
    per_section = [[] for _ in sections]
    for k, sentence in enumerate(sentences):  # reading order: figures stay in order
        per_section[min(k * len(sections) // len(sentences), len(sections) - 1)].append(sentence)
    target = rng.randint(470, 590)
    for s, heading in enumerate(sections):
        blocks.append(f"## {heading}")
        stated = per_section[s]
        paragraphs = rng.randint(2, 3)
        for p in range(paragraphs):
            chunk = stated[p::paragraphs]
            para: list[str] = []
            for sentence in chunk:
                para.append(sentence)
                para.append(fill(rng.choice(FILLER)))
            # Pad towards the article's target length, spread over the sections.
            budget = (target - words) // max(1, (len(sections) - s) * paragraphs - p)
            while sum(len(x.split()) for x in para) < budget:
                para.append(fill(rng.choice(FILLER)))
            text = " ".join(para)
            words += len(text.split())
            blocks.append(text)
        if rng.random() < 0.4:
            blocks.append(f"{fill(rng.choice(CAPTIONS))}\n{{: .caption }}")
    blocks.append(f"{rng.choice(['Zhang Wei', 'Li Na', 'Wang Fang', 'Liu Yang'])} contributed to this story.\n{{: .credit }}")
    body = "\n\n".join(blocks)

    source = Source(
        file=f"seeds/bench/{i:07d}.txt",
        publisher=publisher,
        byline=rng.choice([None, f"By {rng.choice(['Yang Feiyue', 'Sun Ruisheng', 'Hou Liqiang'])}"]),
        breadcrumb="Home > News",
        date_line=f"Updated: {date.isoformat()}",
        encoding="utf-8",
    )
    return Article(slug=slug, title=title, date=date, city=city, cities=tuple(cities),
                   sector=theme_slugs[0], themes=tuple(theme_slugs), source=source,
                   figures=tuple(figures), review=(), body=body)


def record(i: int, vocab: Vocabulary) -> tuple[str, str]:
    """(file name, record text) of article i."""
    article = make_article(i, vocab)
    return f"{article.slug}.md", render_record(article)


_VOCAB: Vocabulary | None = None


def _init(content: str) -> None:
    global _VOCAB
    _VOCAB = Vocabulary(Path(content))


def _write_range(args: tuple[int, int, str]) -> int:
    start, stop, articles = args
    assert _VOCAB is not None
    for i in range(start, stop):
        name, text = record(i, _VOCAB)
        with open(os.path.join(articles, name), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    return stop - start


def _stamp(n: int, content: Path) -> str:
    """What the corpus depends on: the generator, N, and the region's vocabulary (not its
    other fields, so that editing, say, the description does not regenerate 100,000 files)."""
    vocab = Vocabulary(content)
    words = repr((vocab.places, [(c.name, c.counties) for c in vocab.cities],
                  [(t.slug, t.name) for t in vocab.themes]))
    return f"v{VERSION} n={n} vocabulary={hashlib.sha256(words.encode()).hexdigest()[:16]}\n"


def generate(n: int, out: Path, project: Path = PROJECT, jobs: int | None = None) -> Path:
    """Write the corpus project at out/ (reused when already generated alike); return out."""
    stamp = _stamp(n, project / "content")
    articles = out / "content" / "articles"
    if (out / STAMP).is_file() and (out / STAMP).read_text() == stamp:
        copy_project_files(project, out)
        return out
    if out.exists():
        shutil.rmtree(out)
    articles.mkdir(parents=True)
    copy_project_files(project, out)
    jobs = jobs or min(os.cpu_count() or 1, 8)
    step = max(100, n // (jobs * 8) or 1)
    ranges = [(s, min(n, s + step), str(articles)) for s in range(0, n, step)]
    if jobs == 1 or n <= 2000:
        _init(str(out / "content"))
        for r in ranges:
            _write_range(r)
    else:
        with ProcessPoolExecutor(jobs, initializer=_init, initargs=(str(out / "content"),)) as pool:
            list(pool.map(_write_range, ranges))
    (out / STAMP).write_text(stamp)
    return out


def copy_project_files(project: Path, out: Path) -> None:
    """The project's templates/ and content/ other than the articles (region.yaml, map
    geometry, ...), fresh each time: they change more often than the corpus."""
    target = out / "templates"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(project / "templates", target)
    (out / "content").mkdir(parents=True, exist_ok=True)
    for item in (project / "content").iterdir():
        if item.name == ARTICLES:
            continue
        dest = out / "content" / item.name
        if dest.is_dir():
            shutil.rmtree(dest)
        if item.is_dir():
            shutil.copytree(item, dest)
        else:
            shutil.copyfile(item, dest)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=int(os.environ.get("BENCH_N", "1000")))
    ap.add_argument("--out", type=Path, help="project folder to write (default: .bench/corpus-N)")
    args = ap.parse_args(argv)
    out = args.out or PROJECT / ".bench" / f"corpus-{args.n}"
    generate(args.n, out)
    print(f"corpus of {args.n} articles in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
