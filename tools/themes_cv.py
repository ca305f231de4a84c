"""Compare ways of choosing an article's themes, leave-one-set-out, on every annotated folder.

The loader keeps a theme when its phrases are counted at least THEME_MIN_HITS times (the title three
times, a weak phrase half, passing mentions not at all). Issue #18 asks whether a classifier trained on
the annotated articles does better. Here each (article, theme with a hit) is one example, labelled by
the gold themes, and three deciders are scored by micro F1 over every article's themes, each fold
trained on all folders but the one it scores:

- the loader's rule (nothing fitted);
- logistic regression on the counts: log count, the share of the article's theme hits, the share of
  the top theme's, title and lead hits, the share of paragraphs naming it, where it is first named;
- logistic regression on the words of the article (TF-IDF, each word paired with the theme) plus the
  log count.

Themes with no hit at all are missed by every decider alike and count as misses.

scikit-learn is not a dependency; run in a throwaway venv that has it and the project's libraries:
    python3 -m venv /tmp/cv && /tmp/cv/bin/pip install scikit-learn -e .
    /tmp/cv/bin/python tools/themes_cv.py
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from digest.ingest.classify import Classifier  # noqa: E402
from digest.ingest.loader import THEME_MIN_HITS, theme_counts, theme_texts  # noqa: E402
from digest.ingest.seedtext import decode, parse_seed  # noqa: E402
from digest.records.region import load_region  # noqa: E402


@dataclass
class Example:
    folder: str
    theme: str
    gold: bool
    count: float
    numbers: list[float]
    words: str


def folders() -> list[tuple[str, Path, Path]]:
    """(name, seeds folder, gold file) of the samples and of every annotated test folder."""
    found = [("samples", ROOT / "seeds", ROOT / "tests" / "gold" / "seeds.yaml")]
    for gold in sorted((ROOT / "tests").glob("*/gold.yaml")):
        found.append((gold.parent.name, gold.parent / "seeds", gold))
    return found


def examples(classifier: Classifier) -> tuple[list[Example], int]:
    """Every (article, theme with a hit) example, and the number of gold themes with no hit."""
    out: list[Example] = []
    unreachable = 0
    for name, seeds, gold_file in folders():
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        for seed in sorted(seeds.glob("*.txt")):
            if seed.name not in gold:
                continue
            parsed = parse_seed(decode(seed.read_bytes())[0])
            title = parsed.title or ""
            prose, captions = theme_texts(parsed)
            paragraphs = [p for p in prose.split("\n") if p.strip()]
            in_title = classifier.themes(title)
            lead = classifier.themes(paragraphs[0]) if paragraphs else {}
            per_paragraph = [classifier.themes(p) for p in paragraphs]
            counts = {t: n for t, n in theme_counts(classifier, title, prose, captions).items() if n}
            total, top = sum(counts.values()) or 1.0, max(counts.values(), default=1.0)
            wanted = set(gold[seed.name].get("themes") or [])
            unreachable += len(wanted - set(counts))
            words = {w.strip(".,;:()\"'").lower() for w in f"{title} {prose}".split()}
            for theme, count in counts.items():
                named = [i for i, found in enumerate(per_paragraph) if found.get(theme)]
                share_named = len(named) / max(1, len(paragraphs))
                first = named[0] / max(1, len(paragraphs)) if named else 1.0
                numbers = [math.log1p(count), count / total, count / top, in_title.get(theme, 0),
                           lead.get(theme, 0), share_named, first]
                out.append(Example(name, theme, theme in wanted, count, numbers,
                                   " ".join(f"{theme}:{w}" for w in sorted(words) if w)))
    return out, unreachable


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    try:
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("tools/themes_cv.py needs scikit-learn (see its docstring)")
    region = load_region(ROOT / "content")
    data, unreachable = examples(Classifier(region))
    names = sorted({e.folder for e in data})
    print(f"{len(names)} folders, {len(data)} (article, theme) examples with a hit, "
          f"{sum(e.gold for e in data)} of them gold; {unreachable} gold themes with no hit")

    def rule(train: list[Example], test: list[Example]) -> list[bool]:
        return [e.count >= THEME_MIN_HITS for e in test]

    def on_counts(train: list[Example], test: list[Example]) -> list[bool]:
        model = LogisticRegression(max_iter=2000).fit([e.numbers for e in train], [e.gold for e in train])
        return list(model.predict([e.numbers for e in test]))

    def on_words(train: list[Example], test: list[Example]) -> list[bool]:
        vectors = TfidfVectorizer(min_df=3, token_pattern=r"\S+", lowercase=False, sublinear_tf=True)
        counts = lambda rows: csr_matrix([[e.numbers[0]] for e in rows])  # noqa: E731
        x_train = hstack([vectors.fit_transform([e.words for e in train]), counts(train)]).tocsr()
        x_test = hstack([vectors.transform([e.words for e in test]), counts(test)]).tocsr()
        model = LogisticRegression(max_iter=3000).fit(x_train, [e.gold for e in train])
        return list(model.predict(x_test))

    print(f"{'decider':<44}{'precision':>10}{'recall':>8}{'F1':>7}{'folders better / worse than the rule':>40}")
    per_folder: dict[str, dict[str, float]] = {}
    for label, decide in (("the loader's rule (count >= %g)" % THEME_MIN_HITS, rule),
                          ("logistic regression on counts", on_counts),
                          ("logistic regression on words and count", on_words)):
        tp = fp = fn = 0
        per_folder[label] = {}
        for held in names:
            train = [e for e in data if e.folder != held]
            test = [e for e in data if e.folder == held]
            kept = decide(train, test)
            a = sum(k and e.gold for k, e in zip(kept, test))
            b = sum(k and not e.gold for k, e in zip(kept, test))
            c = sum(not k and e.gold for k, e in zip(kept, test))
            tp, fp, fn = tp + a, fp + b, fn + c
            per_folder[label][held] = f1(a, b, c)[2]
        p, r, f = f1(tp, fp, fn + unreachable)
        base = per_folder[next(iter(per_folder))]
        better = sum(per_folder[label][n] > base[n] + 1e-9 for n in names)
        worse = sum(per_folder[label][n] < base[n] - 1e-9 for n in names)
        print(f"{label:<44}{p:>10.3f}{r:>8.3f}{f:>7.3f}{f'{better} / {worse}':>40}")


if __name__ == "__main__":
    main()
