"""Self-check of a blind set's gold.yaml against its seeds and the vocabularies:
every `text` occurs in its seed; indicator ids, units, places, periods, cities,
counties and themes are the project's; plain numeric values match their text;
each seed is an article of 250-900 words.

Run from the repository root: python tests/check_gold.py tests/blind4 tests/blind5 ...
"""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]


def check(here: pathlib.Path) -> bool:
    """Print the set's size and its problems (or OK); True when it has none."""
    gold = yaml.safe_load((here / "gold.yaml").read_text())
    ids = {i["id"] for i in yaml.safe_load((ROOT / "content/indicators.yaml").read_text())["indicators"]}
    region = yaml.safe_load((ROOT / "content/region.yaml").read_text())
    slugs = {c["slug"] for c in region["cities"]}
    names = {c["name"] for c in region["cities"]}
    themes = {t["slug"] for t in region["themes"]}
    counties = {k: c["name"] for c in region["cities"] for k in c["counties"]}
    units = {"CNY", "USD", "percent", "percentage-points", "t", "kWh", "kW", "km", "sqkm", "count", "other"}
    keys = {"value", "unit", "text", "metric", "indicator", "kind", "status", "period", "place", "usd", "value_max", "raw_unit"}
    period_re = re.compile(r"^\d{4}(-H[12]|-Q[1-4](-Q[1-4])?|-\d{4}|-\d{2}-\d{4}-\d{2})?$")

    errors = []
    seeds = sorted(p.name for p in (here / "seeds").glob("*.txt"))
    if sorted(gold) != seeds:
        errors.append(f"entries {sorted(set(gold) ^ set(seeds))} do not match seeds")
    total = 0
    for name, entry in gold.items():
        text = (here / "seeds" / name).read_text(encoding="utf-8")
        words = len(text.split())
        if not 250 <= words <= 900:
            errors.append(f"{name}: {words} words")
        if entry["city"] not in names | {"Shanxi"}:
            errors.append(f"{name}: city {entry['city']}")
        for c in entry["cities"]:
            if c not in names or not re.search(c if c != "Lyuliang" else "L(yu|ü|v|u)liang", text):
                errors.append(f"{name}: cities {c}")
        for c in names:
            pat = c if c != "Lyuliang" else "L(yu|ü|v|u)liang"
            if re.search(r"\b" + pat + r"\b", text) and c not in entry["cities"]:
                errors.append(f"{name}: {c} named but not in cities")
        for k, v in (entry.get("counties") or {}).items():
            if counties.get(k) != v or k not in text:
                errors.append(f"{name}: county {k}")
        for t in entry["themes"]:
            if t not in themes:
                errors.append(f"{name}: theme {t}")
        if entry["title"] not in text.splitlines():
            errors.append(f"{name}: title")
        for f in entry["figures"]:
            total += 1
            tag = f"{name}: {f.get('text')!r}"
            if set(f) - keys or not {"value", "unit", "text", "metric", "indicator", "kind", "status", "period", "place"} <= set(f):
                errors.append(f"{tag} keys {sorted(f)}")
            if f["text"] not in text:
                errors.append(f"{tag} not in seed")
            if f["indicator"] is not None and f["indicator"] not in ids:
                errors.append(f"{tag} indicator {f['indicator']}")
            if f["unit"] not in units:
                errors.append(f"{tag} unit {f['unit']}")
            if f["kind"] not in {"level", "change", "share"} or f["status"] not in {"actual", "target"}:
                errors.append(f"{tag} kind/status")
            if f["place"] not in slugs | {"shanxi", "china", "other"}:
                errors.append(f"{tag} place {f['place']}")
            if f["period"] is not None and not period_re.match(str(f["period"])):
                errors.append(f"{tag} period {f['period']}")
            if f["unit"] == "other" and "raw_unit" not in f:
                errors.append(f"{tag} other without raw_unit")
            # numeric sanity: the digits of a plain number must match the value
            m = re.match(r"^(?:RMB )?([\d,]+(?:\.\d+)?)(-| |$)(million|billion|trillion)?", f["text"])
            if m and f["unit"] != "sqkm" and "value_max" not in f:
                n = float(m.group(1).replace(",", ""))
                n *= {"million": 1e6, "billion": 1e9, "trillion": 1e12, None: 1}[m.group(3)]
                if abs(n - f["value"]) > 1e-6 * max(1, abs(n)):
                    errors.append(f"{tag} value {f['value']} != {n}")

    print(f"{here}: {len(gold)} articles, {total} figures")
    print("\n".join(errors) or "OK")
    return not errors


if __name__ == "__main__":
    results = [check(pathlib.Path(folder)) for folder in sys.argv[1:]]
    sys.exit(0 if results and all(results) else 1)
