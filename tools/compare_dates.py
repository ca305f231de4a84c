"""Compare digest.ingest.dates with the dateparser library on header date lines.

Run in a throwaway venv that has dateparser (it is not a dependency):
    python -m venv /tmp/dp && /tmp/dp/bin/pip install dateparser
    /tmp/dp/bin/python tools/compare_dates.py
"""
import datetime as dt, sys, time
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1] / "src"))
from digest.ingest.dates import date_from_line
import dateparser
cases = [
 ("Updated: 2022-06-21", dt.date(2022,6,21)), ("2022/6/21", dt.date(2022,6,21)), ("June 21, 2022", dt.date(2022,6,21)),
 ("Jun 21, 2022 10:30", dt.date(2022,6,21)), ("21 June 2022", dt.date(2022,6,21)), ("May.21, 2018", dt.date(2018,5,21)),
 ("2022年6月21日", dt.date(2022,6,21)), ("Time: 2022-03-01 10:22", dt.date(2022,3,1)),
 ("Published: Aug 15, 2023 09:48 PM", dt.date(2023,8,15)), ("Date: 2021/3/5", dt.date(2021,3,5)),
 ("Sept 3, 2021", dt.date(2021,9,3)), ("Updated: 2024-02-30", None),
 ("Energy revolution", None), ("Development of strategic emerging and future industries", None),
 ("In 2021, output rose 5 percent", None), ("Shanxi to enhance industrial development in 2024", None),
 ("Home > Overview", None), ("Jin Shuaini contributed to this story.", None),
]
def dp(line):
    text = line.split(":", 1)[1] if line.split(":",1)[0] in ("Updated","Time","Published","Date") else line
    r = dateparser.parse(text, settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False})
    return r.date() if r else None
for name, fn in (("dates.py", date_from_line), ("dateparser", dp)):
    t = time.perf_counter(); got = [fn(c) for c, _ in cases]; ms = (time.perf_counter() - t) / len(cases) * 1000
    right = sum(g == w for g, (_, w) in zip(got, cases))
    wrong = [(c, g) for g, (c, w) in zip(got, cases) if g != w]
    print(f"{name}: {right}/{len(cases)} right, {ms:.2f} ms per line; wrong: {wrong}")
