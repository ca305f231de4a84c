"""The loader scored on every annotated set, by one parametrised module.

Sets of articles, each with hand-made annotations in the rules of the
header of tests/gold/seeds.yaml:

- samples: the five sample seeds (seeds/, tests/gold/seeds.yaml); the loader
  is tuned on them;
- heldout: ten articles written here and then tuned on (tests/heldout/);
- blind: eight articles written and annotated before the loader ever ran on
  them (tests/blind/); its header states the conventions where the rules are
  silent;
- blind2: six more, in other shapes (tests/blind2/);
- blind3: twelve in genres the others lack (statistical communique, work
  report, PR wire, long feature, list), written for issue #18 (tests/blind3/);
- blind4: ten more (a county story, a city's half-year release, a PR wire, a
  dateline wire, a feature, a project list, national policy, a story dated
  only in its body, figures in words), written and annotated by someone who
  had not read the loader, scored before any fix (tests/blind4/);
- blind5: ten more (a statistical communique, a press conference, a "by the
  numbers" list, a trade fair, tourism, a photo gallery, a district, a listed
  company's results, an interview, a work report), written the same way and
  scored before any fix (tests/blind5/);
- blind6: ten more (a weekly roundup, an opinion column, an industrial park,
  pollution control, agricultural processing, freight trains, a county's solar
  stations, talent, a year in review, a short brief), written the same way
  and scored before any fix, after blind5's rounds (tests/blind6/);
- blind7: ten more in the genre's common shapes (city stories, a wire, an annual
  statistics release, a county, a plant, national policy, a feature, a portal's
  targets, a brief), scored before any fix, after blind6's rounds (tests/blind7/);
- blind8: ten more (a baijiu county, a Xinhua energy wire, a monthly statistics
  release, a work report, a listed company's half-year results, a vinegar
  village feature, a listicle, a Q&A, a brief, a reform zone), scored before
  any fix, after blind7's rounds (tests/blind8/);
- blind9: ten more in the genre's common shapes (four city stories, statistics told as
  news, a portal's plan, a signing, a feature, a county, a brief), scored before any
  fix, after blind8's rounds (tests/blind9/);
- blind10: ten more (city stories, a city's annual statistics, a plan, a company, a
  feature, a press conference, a brief), scored before any fix, after blind9's rounds
  (tests/blind10/);
- blind11: ten more weighted to the common shapes (five city stories, a PR wire, a
  department's half-year figures, a county, a story dated only in its body, a brief),
  scored before any fix, after blind10's rounds (tests/blind11/);
- blind12: ten in the rarer genres (a statistical bulletin, a work report, a signing
  report, a Q&A, an environment story, national policy, a "by the numbers" list, a PR
  wire, a feature, a wire), scored before any fix, after blind10's rounds (tests/blind12/);
- blind13: ten more weighted to the common shapes (six city and company stories, a
  portal's plan, statistics told as news, a one-city story, a brief), scored before any
  fix, after blind11 and blind12's rounds (tests/blind13/);
- blind14: ten in the rarer genres (a monthly release, a county work report, a feature,
  a list, a PR wire, a Q&A, a holiday report, an environment story, a fair, a plan's
  targets), scored before any fix, after blind11 and blind12's rounds (tests/blind14/);
- blind15: ten more weighted to the common shapes (seven city, county and company
  stories, a portal's results and targets, statistics told as news, a PR wire), scored
  before any fix, after blind16's rounds (tests/blind15/);
- blind16: ten more, half the common shapes, half others (a communique, a work report, a
  workers' feature, a project list, a press conference), scored before any fix, after
  blind13 and blind14's rounds (tests/blind16/);
- blind17: ten more weighted to the common shapes, scored before any fix, after all the
  rounds of 2026-12-06 but the last two (tests/blind17/);
- blind18: ten more in the genre's shapes (six city, county and company stories, a portal,
  provincial statistics, a PR wire, a feature), scored before any fix, after every round
  of 2026-12-06's second session (tests/blind18/);
- blind19: ten more in the common shapes (seven city, county and company stories, a PR
  wire, a portal's results and tasks, two-month statistics told as news), scored before
  any fix, after the third session's first rounds (tests/blind19/);
- blind20: ten more, half the common shapes and half rarer ones (a communique, a work
  report, a feature, a company's half-year results, a top-10 list), scored before any
  fix with the same loader as blind19 (tests/blind20/);
- blind21: ten more weighted like the judging set (six city, county and company stories,
  a PR wire, a portal, statistics told as news, a one-city story naming Shanxi often),
  scored before any fix after the third session's rounds up to then (tests/blind21/);
- blind22: ten more weighted like #18's unseen set (China Daily, Xinhua, government portals,
  a PR wire), scored before any fix after every round of the third session (tests/blind22/);
- blind23: ten more in rarer shapes (a work report, a communique with 69 figures, a top-10
  list, a long feature, a PR wire, a list of green factories dated only in its body),
  scored before any fix after the fourth session's first rounds (tests/blind23/);
- blind24: ten more in the common shapes, weighted like #18's unseen set (four China Daily,
  three Xinhua, two portals, a PR wire), scored before any fix after blind23's rounds
  (tests/blind24/);
- blind25: ten more, six in the common shapes and four rarer (a statistical bulletin, a
  work report dated only in its body, a "by the numbers" list, a long feature), scored
  before any fix after blind24's rounds (tests/blind25/);
- blind26: ten more in the common shapes, weighted like #18's unseen set, scored before any
  fix after blind25's rounds (tests/blind26/);
- blind27: ten more in the common shapes, weighted like #18's unseen set, scored before any
  fix after blind26's rounds (tests/blind27/);
- blind28: ten more in the common shapes, weighted like #18's unseen set, scored before any
  fix after blind27's rounds (tests/blind28/);
- blind29: ten more in the common shapes, weighted like #18's unseen set, scored before any
  fix after blind28's rounds (tests/blind29/);
- blind30: ten more in the common shapes, weighted like #18's unseen set, scored before any
  fix after blind29's rounds (tests/blind30/);
- blind31: ten more in the common shapes, weighted like #18's unseen set, scored before any
  fix after blind30's rounds (tests/blind31/);
- blind32: ten more in the common shapes, weighted like #18's unseen set, scored before any
  fix after blind31's rounds (tests/blind32/);
- blind33: ten more in the common shapes, weighted like #18's unseen set, scored before any
  fix after blind32's rounds (tests/blind33/);
- blind34: ten more, weighted like #18's unseen set, with a long feature and a city government
  work report, written beside blind33 and scored before any fix (tests/blind34/);
- blind35 and blind36: ten more each, weighted like #18's unseen set, written side by side by two
  helpers and scored before any fix after the sixth session's rounds (tests/blind35/, tests/blind36/);
- blind37 and blind38: ten more each, the same, scored before any fix after the sixth session's
  later rounds (tests/blind37/, tests/blind38/);
- blind39 and blind40: ten more each, the same, each with a long feature and a portal's
  statistics or work report, scored before any fix at the start of the seventh session
  (tests/blind39/, tests/blind40/);
- blind41 and blind42: ten more each, the same, one with a provincial press conference and one
  with a county work report, scored before any fix after the seventh session's rounds
  (tests/blind41/, tests/blind42/);
- blind43 and blind44: ten more each, the same, each with a long feature and a portal's
  statistical bulletin, scored before any fix at the start of the eighth session
  (tests/blind43/, tests/blind44/);
- blind45 and blind46: ten more each, the same, scored before any fix after the eighth
  session's rounds (tests/blind45/, tests/blind46/);
- blind47 and blind48: ten more each, the same, scored before any fix at the end of the
  eighth session (tests/blind47/, tests/blind48/);
- blind49 and blind50: ten more each, the same, scored before any fix in the ninth session
  (tests/blind49/, tests/blind50/);
- blind51 and blind52: ten more each, the same, scored before any fix after the ninth
  session's first rounds (tests/blind51/, tests/blind52/);
- blind53 and blind54: ten more each, the same, scored before any fix after the ninth
  session's next rounds (tests/blind53/, tests/blind54/);
- blind55 and blind56: ten more each, the same, scored before any fix later in the ninth
  session (tests/blind55/, tests/blind56/);
- blind57 and blind58: ten more each, the same, scored before any fix at the start of the
  tenth session (tests/blind57/, tests/blind58/);
- blind59 and blind60: ten more each, the same, scored before any fix after the tenth
  session's first rounds (tests/blind59/, tests/blind60/);
- blind61 and blind62: ten more each, the same, scored before any fix at the tenth
  session's last loader (tests/blind61/, tests/blind62/);
- blind63 and blind64: ten more each, the same, scored before any fix at the same loader,
  at the start of the eleventh session (tests/blind63/, tests/blind64/);
- blind65 and blind66: ten more each, the same, scored before any fix after the eleventh
  session's first rounds (tests/blind65/, tests/blind66/);
- blind67 and blind68: ten more each, the same, scored before any fix after its next
  rounds (tests/blind67/, tests/blind68/);
- blind69 and blind70: ten more each, the same, scored before any fix after twenty-one of the
  eleventh session's rounds (tests/blind69/, tests/blind70/);
- blind71 and blind72: ten more each, the same, scored before any fix at the eleventh
  session's last loader, at the start of the twelfth (tests/blind71/, tests/blind72/);
- blind73 and blind74: ten more each, the same, scored before any fix after the twelfth
  session's first two rounds (tests/blind73/, tests/blind74/);
- blind75 and blind76: ten more each, the same, scored before any fix after its first five
  rounds (tests/blind75/, tests/blind76/);
- blind77 and blind78: ten more each, the same, scored before any fix after its first
  nine rounds (tests/blind77/, tests/blind78/);
- blind79 and blind80: ten more each, the same, scored before any fix after its first
  twelve rounds (tests/blind79/, tests/blind80/);
- blind81 and blind82: ten more each, the same, scored before any fix at the twelfth
  session's last loader, at the start of the thirteenth (tests/blind81/, tests/blind82/);
- blind83 and blind84: ten more each, the same, scored before any fix after the thirteenth
  session's first two rounds (tests/blind83/, tests/blind84/);
- blind85 and blind86: ten more each, the same, scored before any fix after its first five
  rounds (tests/blind85/, tests/blind86/);
- blind87 and blind88: ten more each, the same, scored before any fix after its first eight
  rounds (tests/blind87/, tests/blind88/);
- blind89 and blind90: ten more each, the same, scored before any fix after its first twelve
  rounds (tests/blind89/, tests/blind90/);
- blind91 and blind92: ten more each, the same, scored before any fix after its first
  fifteen rounds (tests/blind91/, tests/blind92/);
- blind93 and blind94: ten more each, the same, scored before any fix at the thirteenth
  session's last loader, at the start of the fourteenth (tests/blind93/, tests/blind94/);
- blind95 and blind96: ten more each, the same, scored before any fix after the fourteenth
  session's first two rounds (tests/blind95/, tests/blind96/);
- blind97 and blind98: ten more each, the same, scored before any fix after the fourteenth
  session's first three rounds (tests/blind97/, tests/blind98/);
- blind99 and blind100: ten more each, the same, scored before any fix after the fourteenth
  session's first four rounds (tests/blind99/, tests/blind100/);
- blind101 and blind102: ten more each, the same, scored before any fix after the fourteenth
  session's first six rounds (tests/blind101/, tests/blind102/);
- blind103 and blind104: ten more each, the same, scored before any fix after the fourteenth
  session's first eight rounds (tests/blind103/, tests/blind104/);
- blind105 and blind106: ten more each, the same, scored before any fix after the fourteenth
  session's first ten rounds (tests/blind105/, tests/blind106/);
- blind107 and blind108: ten more each, the same, scored before any fix at the fourteenth
  session's last loader, after all its rounds (tests/blind107/, tests/blind108/);
- blind109 and blind110: ten more each, the same, scored before any fix at the fourteenth
  session's last loader (tests/blind109/, tests/blind110/);
- blind111 and blind112: ten more each, the same, scored before any fix at the same loader,
  at the start of the fifteenth session (tests/blind111/, tests/blind112/);
- blind113 and blind114: ten more each, the same, scored before any fix after the fifteenth
  session's first two rounds (tests/blind113/, tests/blind114/);
- blind115 and blind116: ten more each, the same, scored before any fix after the fifteenth
  session's first three rounds (tests/blind115/, tests/blind116/);
- blind117 and blind118: ten more each, the same, scored before any fix after the fifteenth
  session's first four rounds (tests/blind117/, tests/blind118/);
- blind119 and blind120: ten more each, the same, scored before any fix after the fifteenth
  session's first five rounds (tests/blind119/, tests/blind120/);
- blind121 and blind122: ten more each, the same, scored before any fix after the fifteenth
  session's first six rounds (tests/blind121/, tests/blind122/);
- blind123 and blind124: ten more each, the same, scored before any fix after the fifteenth
  session's first seven rounds (tests/blind123/, tests/blind124/);
- blind125 and blind126: ten more each, the same, scored before any fix at the fifteenth
  session's last loader, after all its rounds (tests/blind125/, tests/blind126/);
- blind127 and blind128: ten more each, the same, scored before any fix at stop 39's loader,
  before the sixteenth session's rounds (tests/blind127/, tests/blind128/);
- blind129 and blind130: ten more each, the same, scored before any fix after the sixteenth
  session's first two rounds (tests/blind129/, tests/blind130/);
- blind131 and blind132: ten more each, the same, scored before any fix after the sixteenth
  session's first three rounds (tests/blind131/, tests/blind132/);
- blind133 and blind134: ten more each, the same, scored before any fix after the sixteenth
  session's first four rounds (tests/blind133/, tests/blind134/);
- blind135 and blind136: ten more each, the same, scored before any fix after the sixteenth
  session's first five rounds (tests/blind135/, tests/blind136/);
- blind137 and blind138: ten more each, the same, scored before any fix after the sixteenth
  session's first five rounds, the same loader as blind135 and blind136 (tests/blind137/,
  tests/blind138/);
- blind139 and blind140: ten more each, the same, scored before any fix after the sixteenth
  session's first six rounds (tests/blind139/, tests/blind140/);
- blind141 and blind142: ten more each, the same, scored before any fix after all seven of
  the sixteenth session's loader rounds (tests/blind141/, tests/blind142/).

The semantic keys (indicator, kind, status, period, place) were added to the
held-out and blind annotations by someone who had not read the loader.

Each target is the project's. A target a set misses today is marked
xfail(strict=True) with the value measured, so this module passes now and
fails loudly (XPASS) once the loader improves: that is the cue to drop the mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import GOLD, PROJECT
from digest.evaluate import score_seeds
from digest.ingest.classify import Classifier
from digest.ingest.seedtext import decode
from digest.records.indicators import load_indicators
from digest.records.region import load_region
from digest.units import UNIT_IDS


@dataclass(frozen=True)
class Set:
    name: str
    seeds: Path
    gold: Path
    articles: int


SETS = (
    Set("samples", PROJECT / "seeds", GOLD, 5),
    Set("heldout", PROJECT / "tests/heldout/seeds", PROJECT / "tests/heldout/gold.yaml", 10),
    Set("blind", PROJECT / "tests/blind/seeds", PROJECT / "tests/blind/gold.yaml", 8),
    Set("blind2", PROJECT / "tests/blind2/seeds", PROJECT / "tests/blind2/gold.yaml", 6),
    Set("blind3", PROJECT / "tests/blind3/seeds", PROJECT / "tests/blind3/gold.yaml", 12),
    Set("blind4", PROJECT / "tests/blind4/seeds", PROJECT / "tests/blind4/gold.yaml", 10),
    Set("blind5", PROJECT / "tests/blind5/seeds", PROJECT / "tests/blind5/gold.yaml", 10),
    Set("blind6", PROJECT / "tests/blind6/seeds", PROJECT / "tests/blind6/gold.yaml", 10),
    Set("blind7", PROJECT / "tests/blind7/seeds", PROJECT / "tests/blind7/gold.yaml", 10),
    Set("blind8", PROJECT / "tests/blind8/seeds", PROJECT / "tests/blind8/gold.yaml", 10),
    Set("blind9", PROJECT / "tests/blind9/seeds", PROJECT / "tests/blind9/gold.yaml", 10),
    Set("blind10", PROJECT / "tests/blind10/seeds", PROJECT / "tests/blind10/gold.yaml", 10),
    Set("blind11", PROJECT / "tests/blind11/seeds", PROJECT / "tests/blind11/gold.yaml", 10),
    Set("blind12", PROJECT / "tests/blind12/seeds", PROJECT / "tests/blind12/gold.yaml", 10),
    Set("blind13", PROJECT / "tests/blind13/seeds", PROJECT / "tests/blind13/gold.yaml", 10),
    Set("blind14", PROJECT / "tests/blind14/seeds", PROJECT / "tests/blind14/gold.yaml", 10),
    Set("blind15", PROJECT / "tests/blind15/seeds", PROJECT / "tests/blind15/gold.yaml", 10),
    Set("blind16", PROJECT / "tests/blind16/seeds", PROJECT / "tests/blind16/gold.yaml", 10),
    Set("blind17", PROJECT / "tests/blind17/seeds", PROJECT / "tests/blind17/gold.yaml", 10),
    Set("blind18", PROJECT / "tests/blind18/seeds", PROJECT / "tests/blind18/gold.yaml", 10),
    Set("blind19", PROJECT / "tests/blind19/seeds", PROJECT / "tests/blind19/gold.yaml", 10),
    Set("blind20", PROJECT / "tests/blind20/seeds", PROJECT / "tests/blind20/gold.yaml", 10),
    Set("blind21", PROJECT / "tests/blind21/seeds", PROJECT / "tests/blind21/gold.yaml", 10),
    Set("blind22", PROJECT / "tests/blind22/seeds", PROJECT / "tests/blind22/gold.yaml", 10),
    Set("blind23", PROJECT / "tests/blind23/seeds", PROJECT / "tests/blind23/gold.yaml", 10),
    Set("blind24", PROJECT / "tests/blind24/seeds", PROJECT / "tests/blind24/gold.yaml", 10),
    Set("blind25", PROJECT / "tests/blind25/seeds", PROJECT / "tests/blind25/gold.yaml", 10),
    Set("blind26", PROJECT / "tests/blind26/seeds", PROJECT / "tests/blind26/gold.yaml", 10),
    Set("blind27", PROJECT / "tests/blind27/seeds", PROJECT / "tests/blind27/gold.yaml", 10),
    Set("blind28", PROJECT / "tests/blind28/seeds", PROJECT / "tests/blind28/gold.yaml", 10),
    Set("blind29", PROJECT / "tests/blind29/seeds", PROJECT / "tests/blind29/gold.yaml", 10),
    Set("blind30", PROJECT / "tests/blind30/seeds", PROJECT / "tests/blind30/gold.yaml", 10),
    Set("blind31", PROJECT / "tests/blind31/seeds", PROJECT / "tests/blind31/gold.yaml", 10),
    Set("blind32", PROJECT / "tests/blind32/seeds", PROJECT / "tests/blind32/gold.yaml", 10),
    Set("blind33", PROJECT / "tests/blind33/seeds", PROJECT / "tests/blind33/gold.yaml", 10),
    Set("blind34", PROJECT / "tests/blind34/seeds", PROJECT / "tests/blind34/gold.yaml", 10),
    Set("blind35", PROJECT / "tests/blind35/seeds", PROJECT / "tests/blind35/gold.yaml", 10),
    Set("blind36", PROJECT / "tests/blind36/seeds", PROJECT / "tests/blind36/gold.yaml", 10),
    Set("blind37", PROJECT / "tests/blind37/seeds", PROJECT / "tests/blind37/gold.yaml", 10),
    Set("blind38", PROJECT / "tests/blind38/seeds", PROJECT / "tests/blind38/gold.yaml", 10),
    Set("blind39", PROJECT / "tests/blind39/seeds", PROJECT / "tests/blind39/gold.yaml", 10),
    Set("blind40", PROJECT / "tests/blind40/seeds", PROJECT / "tests/blind40/gold.yaml", 10),
    Set("blind41", PROJECT / "tests/blind41/seeds", PROJECT / "tests/blind41/gold.yaml", 10),
    Set("blind42", PROJECT / "tests/blind42/seeds", PROJECT / "tests/blind42/gold.yaml", 10),
    Set("blind43", PROJECT / "tests/blind43/seeds", PROJECT / "tests/blind43/gold.yaml", 10),
    Set("blind44", PROJECT / "tests/blind44/seeds", PROJECT / "tests/blind44/gold.yaml", 10),
    Set("blind45", PROJECT / "tests/blind45/seeds", PROJECT / "tests/blind45/gold.yaml", 10),
    Set("blind46", PROJECT / "tests/blind46/seeds", PROJECT / "tests/blind46/gold.yaml", 10),
    Set("blind47", PROJECT / "tests/blind47/seeds", PROJECT / "tests/blind47/gold.yaml", 10),
    Set("blind48", PROJECT / "tests/blind48/seeds", PROJECT / "tests/blind48/gold.yaml", 10),
    Set("blind49", PROJECT / "tests/blind49/seeds", PROJECT / "tests/blind49/gold.yaml", 10),
    Set("blind50", PROJECT / "tests/blind50/seeds", PROJECT / "tests/blind50/gold.yaml", 10),
    Set("blind51", PROJECT / "tests/blind51/seeds", PROJECT / "tests/blind51/gold.yaml", 10),
    Set("blind52", PROJECT / "tests/blind52/seeds", PROJECT / "tests/blind52/gold.yaml", 10),
    Set("blind53", PROJECT / "tests/blind53/seeds", PROJECT / "tests/blind53/gold.yaml", 10),
    Set("blind54", PROJECT / "tests/blind54/seeds", PROJECT / "tests/blind54/gold.yaml", 10),
    Set("blind55", PROJECT / "tests/blind55/seeds", PROJECT / "tests/blind55/gold.yaml", 10),
    Set("blind56", PROJECT / "tests/blind56/seeds", PROJECT / "tests/blind56/gold.yaml", 10),
    Set("blind57", PROJECT / "tests/blind57/seeds", PROJECT / "tests/blind57/gold.yaml", 10),
    Set("blind58", PROJECT / "tests/blind58/seeds", PROJECT / "tests/blind58/gold.yaml", 10),
    Set("blind59", PROJECT / "tests/blind59/seeds", PROJECT / "tests/blind59/gold.yaml", 10),
    Set("blind60", PROJECT / "tests/blind60/seeds", PROJECT / "tests/blind60/gold.yaml", 10),
    Set("blind61", PROJECT / "tests/blind61/seeds", PROJECT / "tests/blind61/gold.yaml", 10),
    Set("blind62", PROJECT / "tests/blind62/seeds", PROJECT / "tests/blind62/gold.yaml", 10),
    Set("blind63", PROJECT / "tests/blind63/seeds", PROJECT / "tests/blind63/gold.yaml", 10),
    Set("blind64", PROJECT / "tests/blind64/seeds", PROJECT / "tests/blind64/gold.yaml", 10),
    Set("blind65", PROJECT / "tests/blind65/seeds", PROJECT / "tests/blind65/gold.yaml", 10),
    Set("blind66", PROJECT / "tests/blind66/seeds", PROJECT / "tests/blind66/gold.yaml", 10),
    Set("blind67", PROJECT / "tests/blind67/seeds", PROJECT / "tests/blind67/gold.yaml", 10),
    Set("blind68", PROJECT / "tests/blind68/seeds", PROJECT / "tests/blind68/gold.yaml", 10),
    Set("blind69", PROJECT / "tests/blind69/seeds", PROJECT / "tests/blind69/gold.yaml", 10),
    Set("blind70", PROJECT / "tests/blind70/seeds", PROJECT / "tests/blind70/gold.yaml", 10),
    Set("blind71", PROJECT / "tests/blind71/seeds", PROJECT / "tests/blind71/gold.yaml", 10),
    Set("blind72", PROJECT / "tests/blind72/seeds", PROJECT / "tests/blind72/gold.yaml", 10),
    Set("blind73", PROJECT / "tests/blind73/seeds", PROJECT / "tests/blind73/gold.yaml", 10),
    Set("blind74", PROJECT / "tests/blind74/seeds", PROJECT / "tests/blind74/gold.yaml", 10),
    Set("blind75", PROJECT / "tests/blind75/seeds", PROJECT / "tests/blind75/gold.yaml", 10),
    Set("blind76", PROJECT / "tests/blind76/seeds", PROJECT / "tests/blind76/gold.yaml", 10),
    Set("blind77", PROJECT / "tests/blind77/seeds", PROJECT / "tests/blind77/gold.yaml", 10),
    Set("blind78", PROJECT / "tests/blind78/seeds", PROJECT / "tests/blind78/gold.yaml", 10),
    Set("blind79", PROJECT / "tests/blind79/seeds", PROJECT / "tests/blind79/gold.yaml", 10),
    Set("blind80", PROJECT / "tests/blind80/seeds", PROJECT / "tests/blind80/gold.yaml", 10),
    Set("blind81", PROJECT / "tests/blind81/seeds", PROJECT / "tests/blind81/gold.yaml", 10),
    Set("blind82", PROJECT / "tests/blind82/seeds", PROJECT / "tests/blind82/gold.yaml", 10),
    Set("blind83", PROJECT / "tests/blind83/seeds", PROJECT / "tests/blind83/gold.yaml", 10),
    Set("blind84", PROJECT / "tests/blind84/seeds", PROJECT / "tests/blind84/gold.yaml", 10),
    Set("blind85", PROJECT / "tests/blind85/seeds", PROJECT / "tests/blind85/gold.yaml", 10),
    Set("blind86", PROJECT / "tests/blind86/seeds", PROJECT / "tests/blind86/gold.yaml", 10),
    Set("blind87", PROJECT / "tests/blind87/seeds", PROJECT / "tests/blind87/gold.yaml", 10),
    Set("blind88", PROJECT / "tests/blind88/seeds", PROJECT / "tests/blind88/gold.yaml", 10),
    Set("blind89", PROJECT / "tests/blind89/seeds", PROJECT / "tests/blind89/gold.yaml", 10),
    Set("blind90", PROJECT / "tests/blind90/seeds", PROJECT / "tests/blind90/gold.yaml", 10),
    Set("blind91", PROJECT / "tests/blind91/seeds", PROJECT / "tests/blind91/gold.yaml", 10),
    Set("blind92", PROJECT / "tests/blind92/seeds", PROJECT / "tests/blind92/gold.yaml", 10),
    Set("blind93", PROJECT / "tests/blind93/seeds", PROJECT / "tests/blind93/gold.yaml", 10),
    Set("blind94", PROJECT / "tests/blind94/seeds", PROJECT / "tests/blind94/gold.yaml", 10),
    Set("blind95", PROJECT / "tests/blind95/seeds", PROJECT / "tests/blind95/gold.yaml", 10),
    Set("blind96", PROJECT / "tests/blind96/seeds", PROJECT / "tests/blind96/gold.yaml", 10),
    Set("blind97", PROJECT / "tests/blind97/seeds", PROJECT / "tests/blind97/gold.yaml", 10),
    Set("blind98", PROJECT / "tests/blind98/seeds", PROJECT / "tests/blind98/gold.yaml", 10),
    Set("blind99", PROJECT / "tests/blind99/seeds", PROJECT / "tests/blind99/gold.yaml", 10),
    Set("blind100", PROJECT / "tests/blind100/seeds", PROJECT / "tests/blind100/gold.yaml", 10),
    Set("blind101", PROJECT / "tests/blind101/seeds", PROJECT / "tests/blind101/gold.yaml", 10),
    Set("blind102", PROJECT / "tests/blind102/seeds", PROJECT / "tests/blind102/gold.yaml", 10),
    Set("blind103", PROJECT / "tests/blind103/seeds", PROJECT / "tests/blind103/gold.yaml", 10),
    Set("blind104", PROJECT / "tests/blind104/seeds", PROJECT / "tests/blind104/gold.yaml", 10),
    Set("blind105", PROJECT / "tests/blind105/seeds", PROJECT / "tests/blind105/gold.yaml", 10),
    Set("blind106", PROJECT / "tests/blind106/seeds", PROJECT / "tests/blind106/gold.yaml", 10),
    Set("blind107", PROJECT / "tests/blind107/seeds", PROJECT / "tests/blind107/gold.yaml", 10),
    Set("blind108", PROJECT / "tests/blind108/seeds", PROJECT / "tests/blind108/gold.yaml", 10),
    Set("blind109", PROJECT / "tests/blind109/seeds", PROJECT / "tests/blind109/gold.yaml", 10),
    Set("blind110", PROJECT / "tests/blind110/seeds", PROJECT / "tests/blind110/gold.yaml", 10),
    Set("blind111", PROJECT / "tests/blind111/seeds", PROJECT / "tests/blind111/gold.yaml", 10),
    Set("blind112", PROJECT / "tests/blind112/seeds", PROJECT / "tests/blind112/gold.yaml", 10),
    Set("blind113", PROJECT / "tests/blind113/seeds", PROJECT / "tests/blind113/gold.yaml", 10),
    Set("blind114", PROJECT / "tests/blind114/seeds", PROJECT / "tests/blind114/gold.yaml", 10),
    Set("blind115", PROJECT / "tests/blind115/seeds", PROJECT / "tests/blind115/gold.yaml", 10),
    Set("blind116", PROJECT / "tests/blind116/seeds", PROJECT / "tests/blind116/gold.yaml", 10),
    Set("blind117", PROJECT / "tests/blind117/seeds", PROJECT / "tests/blind117/gold.yaml", 10),
    Set("blind118", PROJECT / "tests/blind118/seeds", PROJECT / "tests/blind118/gold.yaml", 10),
    Set("blind119", PROJECT / "tests/blind119/seeds", PROJECT / "tests/blind119/gold.yaml", 10),
    Set("blind120", PROJECT / "tests/blind120/seeds", PROJECT / "tests/blind120/gold.yaml", 10),
    Set("blind121", PROJECT / "tests/blind121/seeds", PROJECT / "tests/blind121/gold.yaml", 10),
    Set("blind122", PROJECT / "tests/blind122/seeds", PROJECT / "tests/blind122/gold.yaml", 10),
    Set("blind123", PROJECT / "tests/blind123/seeds", PROJECT / "tests/blind123/gold.yaml", 10),
    Set("blind124", PROJECT / "tests/blind124/seeds", PROJECT / "tests/blind124/gold.yaml", 10),
    Set("blind125", PROJECT / "tests/blind125/seeds", PROJECT / "tests/blind125/gold.yaml", 10),
    Set("blind126", PROJECT / "tests/blind126/seeds", PROJECT / "tests/blind126/gold.yaml", 10),
    Set("blind127", PROJECT / "tests/blind127/seeds", PROJECT / "tests/blind127/gold.yaml", 10),
    Set("blind128", PROJECT / "tests/blind128/seeds", PROJECT / "tests/blind128/gold.yaml", 10),
    Set("blind129", PROJECT / "tests/blind129/seeds", PROJECT / "tests/blind129/gold.yaml", 10),
    Set("blind130", PROJECT / "tests/blind130/seeds", PROJECT / "tests/blind130/gold.yaml", 10),
    Set("blind131", PROJECT / "tests/blind131/seeds", PROJECT / "tests/blind131/gold.yaml", 10),
    Set("blind132", PROJECT / "tests/blind132/seeds", PROJECT / "tests/blind132/gold.yaml", 10),
    Set("blind133", PROJECT / "tests/blind133/seeds", PROJECT / "tests/blind133/gold.yaml", 10),
    Set("blind134", PROJECT / "tests/blind134/seeds", PROJECT / "tests/blind134/gold.yaml", 10),
    Set("blind135", PROJECT / "tests/blind135/seeds", PROJECT / "tests/blind135/gold.yaml", 10),
    Set("blind136", PROJECT / "tests/blind136/seeds", PROJECT / "tests/blind136/gold.yaml", 10),
    Set("blind137", PROJECT / "tests/blind137/seeds", PROJECT / "tests/blind137/gold.yaml", 10),
    Set("blind138", PROJECT / "tests/blind138/seeds", PROJECT / "tests/blind138/gold.yaml", 10),
    Set("blind139", PROJECT / "tests/blind139/seeds", PROJECT / "tests/blind139/gold.yaml", 10),
    Set("blind140", PROJECT / "tests/blind140/seeds", PROJECT / "tests/blind140/gold.yaml", 10),
    Set("blind141", PROJECT / "tests/blind141/seeds", PROJECT / "tests/blind141/gold.yaml", 10),
    Set("blind142", PROJECT / "tests/blind142/seeds", PROJECT / "tests/blind142/gold.yaml", 10),
)

# What the loader finds and files.
FINDING = {"figure_precision": 0.97, "figure_recall": 0.95, "date_accuracy": 0.95, "city_accuracy": 0.95,
           "themes_f1": 0.85, "usd_accuracy": 1.0}
# What each matched figure means (issue #17): every attribute at least 0.95 on
# the samples; on the other sets at least 0.90, and all five right on 0.80.
MEANING = ("indicator_accuracy", "kind_accuracy", "status_accuracy", "period_accuracy", "place_accuracy")


def target(set_name: str, metric: str) -> float:
    if metric in FINDING:
        return FINDING[metric]
    if metric == "all_five_accuracy":
        return 0.80
    return 0.95 if set_name == "samples" else 0.90


# A target a set misses is listed here with the value measured (an expected failure,
# strict). The values before any fix stay in the README (blind3 at 4c5e81b: figure
# recall 0.844; blind4 at d560429: recall 0.934, date 0.900, indicator 0.718, period
# 0.599, all five 0.339; blind5 at 65f9ec2: recall 0.884, date 0.900, themes 0.826,
# indicator 0.761, period 0.801, all five 0.595; blind6 at 825c288: precision 0.957,
# recall 0.866, indicator 0.796, period 0.731, place 0.896, all five 0.478; blind7 at
# f62c4df: precision 0.964, recall 0.902, indicator 0.794, kind 0.920, period 0.794,
# all five 0.647; blind8 at 02a37f4: precision 0.924, recall 0.904, city 0.900,
# indicator 0.754, period 0.840, all five 0.533; blind9 at f6c654e: precision 0.953,
# recall 0.886, date 0.900, themes 0.812, indicator 0.754, period 0.803, all five
# 0.601; blind10 at b988fff: precision 0.943, recall 0.900, date 0.900, indicator 0.782,
# kind 0.949, status 0.931, period 0.755, all five 0.588; blind11 at 7e10073: precision
# 0.969, recall 0.919, indicator 0.839, period 0.855, all five 0.669; blind12 at 94b63dd:
# precision 0.962, recall 0.903, city 0.900, indicator 0.810, period 0.844, all five
# 0.605; blind13 at 98fb028: precision 0.957, recall 0.924, date 0.900, themes 0.721,
# indicator 0.791, period 0.809, all five 0.564; blind14 at 9c4a542: recall 0.911, city
# 0.900, indicator 0.830, period 0.817, place 0.897, all five 0.629; blind16 at ccdea44:
# recall 0.948, indicator 0.877, period 0.822, all five 0.644; blind15 at 0fc17bd, after
# blind16's rounds: recall 0.937, themes 0.800, indicator 0.838, period 0.892, all five
# 0.635; blind17 at 81a3d90: recall 0.927, period 0.722, all five 0.526, indicator 0.909
# met; blind18 at 5131b2d, after every round: recall 0.943, indicator 0.889, period 0.884,
# all five 0.749; blind19 at 03ccecb: recall 0.938, date 0.900, indicator 0.839, period
# 0.877, all five 0.678; blind20 at d53138b: recall 0.875, date 0.900, indicator 0.769,
# period 0.840, all five 0.599; blind21 at 72e81e2: recall 0.947, city 0.900, indicator
# 0.861, all five 0.701; blind22 at 3d5ca65: recall 0.932, indicator 0.855, period 0.866,
# all five 0.687; blind23 at 5a4e4fa: precision 0.957, recall 0.941, indicator 0.774, period
# 0.899, all five 0.637; blind24 at afee719: recall 0.944, themes 0.789, indicator 0.867,
# period 0.819, all five 0.653; blind25 at 0d78aa1: recall 0.913, date 0.900, indicator
# 0.861, period 0.875, all five 0.692; blind26 at f123c47: city 0.900, indicator 0.811,
# place 0.885, all five 0.625; blind27 at 273dad6: indicator 0.856, period 0.896, all five
# 0.703; blind28 at af9ccef: recall 0.942, city 0.800, indicator 0.858, period 0.868, place
# 0.736, all five 0.542; blind29 at 552a722: themes 0.820, indicator 0.882, all
# five 0.759; blind30 at 8206a5a: themes 0.769, indicator 0.861, period 0.884, all five
# 0.731; blind31 at f6adc6f: indicator 0.894, period 0.879, all five 0.725; blind32 at
# f68b641: recall 0.940, themes 0.711, indicator 0.843, all five 0.691; blind33 at f369f27:
# themes 0.648, indicator 0.820, period 0.837, all five 0.619; blind34 at f369f27: indicator
# 0.863, period 0.840, all five 0.689; blind35 at 5670369: precision 0.965, recall 0.939,
# indicator 0.777, all five 0.676; blind36 at 5670369: themes 0.800; blind37 at 9f51917:
# indicator 0.817, period 0.866, all five 0.659; blind38 at 9f51917: precision 0.965, recall
# 0.932, themes 0.725, indicator 0.853, all five 0.743, title 0.900; blind39 at b96f883:
# themes 0.828, period 0.894, all five 0.795; blind40 at b96f883: recall 0.929, themes
# 0.825, indicator 0.871, period 0.896, all five 0.731; blind41 at dc0b169: recall 0.911,
# themes 0.741, indicator 0.871, period 0.863, all five 0.676; blind42 at dc0b169: recall
# 0.933, city 0.900, period 0.856, all five 0.729, title 0.900; blind43 at cefeb82: recall
# 0.939, themes 0.842, indicator 0.878, all five 0.737; blind44 at cefeb82: recall 0.943,
# themes 0.840, indicator 0.888, all five 0.747; blind45 at 1599df9: precision 0.967, recall
# 0.912, indicator 0.844, all five 0.702; blind46 at 1599df9: recall 0.922, all five 0.794;
# blind47 at 8ced7ad: precision 0.962, recall 0.932, themes 0.791, indicator 0.884, period
# 0.864, all five 0.715; blind48 at 8ced7ad: recall 0.908, themes 0.822, indicator 0.888,
# period 0.837, all five 0.725; blind49 at c6f9a0f: precision 0.963, recall 0.922, themes 0.838,
# period 0.894, all five 0.768; blind50 at 3ad6a09: precision 0.942, recall 0.921, indicator
# 0.880, all five 0.745; blind51 at 05eef91: recall 0.908, all five 0.771; blind52 at 05eef91:
# precision 0.949, recall 0.929, themes 0.831; blind53 at 625080b: recall 0.946, all five
# 0.794; blind54 at 625080b: recall 0.945, city 0.900, indicator 0.877, period 0.608, place
# 0.883, all five 0.432, title 0.900; blind55 at 028a65a: precision 0.967, city 0.900, all five
# 0.795; blind56 at 028a65a: precision 0.969, recall 0.928, themes 0.773, indicator 0.867, period
# 0.893, all five 0.744; blind57 at c1f0e6e: recall 0.946, themes 0.828, all five 0.786; blind58
# at c1f0e6e: recall 0.942, all five 0.762; blind59 at 5e29c63: themes 0.833, indicator 0.845, all
# five 0.711; blind60 at 5e29c63: precision 0.963, recall 0.945; blind61 at 5e23dc9: precision 0.959,
# themes 0.828, period 0.892, all five 0.778; blind62 at 5e23dc9: recall 0.941, period 0.890;
# blind63 at cb4d662: all five 0.785; blind64 at cb4d662: all five 0.789; blind65 at a747a4e:
# indicator 0.862, period 0.896, all five 0.718; blind66 at a747a4e: period 0.895, all five
# 0.765; blind67 at 1ffb2b6: period 0.887, all five 0.765; blind68 at 1ffb2b6: themes 0.816,
# indicator 0.899, all five 0.756; blind69 at 1bb604b: recall 0.905; blind70 at 1bb604b: city
# 0.900, themes 0.833, period 0.898, all five 0.786; blind71 at fbc198c: period 0.898, all five
# 0.792; blind72 at fbc198c: none; blind73 at 30ebdab: all five 0.797; blind74 at 30ebdab:
# precision 0.960, recall 0.947, indicator 0.875, all five 0.761; blind75 at 059a9b2: themes
# 0.831; blind76 at 059a9b2: none; blind77 at 45789a1: city 0.900, all five 0.790; blind78 at
# 45789a1: period 0.883; blind79 at f097f7e: city 0.900, indicator 0.878, all five 0.760; blind80
# at f097f7e: recall 0.945, indicator 0.893, all five 0.782; blind81 at 9b02b0a: themes 0.795,
# indicator 0.890, all five 0.777; blind82 at 9b02b0a: city 0.900, all five 0.789; blind83 at
# 6e709c0: period 0.889, all five 0.772; blind84 at 6e709c0: period 0.880, all five 0.787; blind85 at
# f9ef7da: city 0.900, all five 0.786; blind86 at f9ef7da: indicator 0.897; blind87 at 7ea7525:
# indicator 0.888 (and one title, a portal's site name); blind88 at 7ea7525: all five 0.773; blind89 at
# bbf50d3: period 0.847, all five 0.764 (and one title, a portal's site name); blind90 at bbf50d3:
# indicator 0.891, all five 0.757; blind91 at abc6628: none; blind92 at abc6628: all five 0.773;
# blind93 at 0adab1b: indicator 0.892, all five 0.761; blind94 at 0adab1b: none;
# blind95 at fec6fc0: none; blind96 at fec6fc0: all five 0.749;
# blind97 at f8a20ee: recall 0.930; blind98 at f8a20ee: date 0.900, indicator 0.887, period 0.899, all five 0.748;
# blind99 at 96068f5: none; blind100 at 96068f5: date 0.900, indicator 0.869, period 0.843, all five 0.748;
# blind101 at adb357e: none; blind102 at adb357e: all five 0.781;
# blind103 at 629d16f: precision 0.959, recall 0.922; blind104 at 629d16f: themes 0.783, indicator 0.899;
# blind105 at dbd3f53: precision 0.961, recall 0.931, indicator 0.876, all five 0.776; blind106 at dbd3f53: none;
# blind107 at b1af483: none; blind108 at b1af483: none;
# blind109 at 480416b: none; blind110 at 480416b: recall 0.942;
# blind111 at 4f2debc: precision 0.946, recall 0.927; blind112 at 4f2debc: none;
# blind113 at 6392a24: themes 0.800; blind114 at 6392a24: recall 0.929;
# blind115 at 47057cd: precision 0.968, recall 0.941, themes 0.805, indicator 0.869, all five 0.722; blind116 at 47057cd: recall 0.946;
# blind117 at 7ffe898: precision 0.968, recall 0.938; blind118 at 7ffe898: period 0.892;
# blind119 at 826b0dd: all five 0.798; blind120 at 826b0dd: recall 0.879, indicator 0.846, period 0.842, all five 0.650;
# blind121 at 30e88a3: none; blind122 at 30e88a3: recall 0.941, themes 0.814;
# blind123 at 6e24bd8: themes 0.825, indicator 0.846, all five 0.765; blind124 at 6e24bd8: period 0.897, all five 0.754;
# blind125 at 1798b66: all five 0.779; blind126 at 1798b66: precision 0.965, recall 0.945, themes 0.677, indicator 0.890, all five 0.788;
# blind127 at dc03f1d: precision 0.965, themes 0.771; blind128 at dc03f1d: precision 0.966, recall 0.944;
# blind129 at 4400dcd: none; blind130 at 4400dcd: indicator 0.887, all five 0.734;
# blind131 at 4dfb1b3: recall 0.916, indicator 0.799, period 0.845, all five 0.641; blind132 at 4dfb1b3: indicator 0.886;
# blind133 at 7379091: indicator 0.857, period 0.892, all five 0.707; blind134 at 7379091: recall 0.946, indicator 0.886, all five 0.764;
# blind135 at fa42afa: city 0.900, themes 0.697, indicator 0.788, period 0.896, all five 0.654; blind136 at fa42afa: precision 0.964, recall 0.941, themes 0.844, indicator 0.852, all five 0.748;
# blind137 at 00c5215: precision 0.909, recall 0.895, all five 0.755; blind138 at 00c5215: recall 0.927, indicator 0.807, all five 0.708;
# blind139 at 58d42e5: precision 0.956, recall 0.934, themes 0.778, indicator 0.838, period 0.875, all five 0.692; blind140 at 58d42e5: indicator 0.797, all five 0.658;
# blind141 at 835fb33: recall 0.889, indicator 0.832, period 0.852, all five 0.688; blind142 at 835fb33: precision 0.960, recall 0.930, themes 0.815, indicator 0.841, period 0.864, all five 0.686), the honest estimate for articles no one here
# has seen.
FAILING_TODAY: dict[tuple[str, str], str] = {
    ("blind6", "indicator_accuracy"): "0.892: a park's and a county's figures read as an industry's, R&D as a share of GDP",
    ("blind6", "period_accuracy"): "0.892: a year in review's plan period ('over the five years')",
    ("blind6", "all_five_accuracy"): "0.749",
    ("blind7", "indicator_accuracy"): "0.897: additions to a stock of mines or stations, public funds",
    ("blind7", "period_accuracy"): "0.897: policy terms with no period, a plan's span",
    ("blind7", "all_five_accuracy"): "0.791: its days of good air written as raw days, which every set since blind25 counts",
    ("blind9", "themes_f1"): "0.848",
    ("blind9", "indicator_accuracy"): "0.882: an industry's makers counted, capacity read as output",
    ("blind9", "all_five_accuracy"): "0.742",
    ("blind10", "indicator_accuracy"): "0.884: a plan's goal lines, a park's signed projects, a press conference",
    ("blind10", "period_accuracy"): "0.884: a feature's present, a plan's additions over its span",
    ("blind10", "all_five_accuracy"): "0.751",
    ("blind11", "themes_f1"): "0.847: annotated coal for a drugmakers story that calls Datong a coal city, an epithet the loader reads as passing",
    ("blind11", "period_accuracy"): "0.878",
    ("blind11", "all_five_accuracy"): "0.771",
    ("blind12", "indicator_accuracy"): "0.894",
    ("blind13", "figure_recall"): "0.950",
    ("blind13", "themes_f1"): "0.800",
    ("blind13", "indicator_accuracy"): "0.881",
    ("blind13", "all_five_accuracy"): "0.752",
    ("blind14", "usd_accuracy"): "0.875: a list item's dollars after its yuan",
    ("blind14", "period_accuracy"): "0.881",
    ("blind14", "all_five_accuracy"): "0.774",
    ("blind15", "all_five_accuracy"): "0.773",
    ("blind20", "period_accuracy"): "0.898",
    ("blind20", "all_five_accuracy"): "0.782",
    ("blind22", "indicator_accuracy"): "0.899",
    ("blind22", "all_five_accuracy"): "0.787",
    ("blind23", "all_five_accuracy"): "0.798",
    ("blind24", "themes_f1"): "0.795",
    ("blind24", "all_five_accuracy"): "0.777",
    ("blind25", "figure_recall"): "0.930",
    ("blind25", "indicator_accuracy"): "0.880",
    ("blind25", "all_five_accuracy"): "0.767",
    ("blind26", "indicator_accuracy"): "0.846",
    ("blind26", "all_five_accuracy"): "0.755",
    ("blind28", "indicator_accuracy"): "0.882",
    ("blind28", "all_five_accuracy"): "0.745",
    ("blind29", "themes_f1"): "0.820",
    ("blind30", "themes_f1"): "0.769",
    ("blind30", "indicator_accuracy"): "0.899",
    ("blind30", "all_five_accuracy"): "0.798",
    ("blind32", "figure_recall"): "0.949",
    ("blind32", "themes_f1"): "0.750",
    ("blind32", "indicator_accuracy"): "0.879",
    ("blind32", "all_five_accuracy"): "0.757",
    ("blind33", "themes_f1"): "0.676",
    ("blind33", "indicator_accuracy"): "0.868",
    ("blind33", "period_accuracy"): "0.872",
    ("blind33", "all_five_accuracy"): "0.698",
    ("blind35", "figure_precision"): "0.969",
    ("blind35", "indicator_accuracy"): "0.831",
    ("blind35", "all_five_accuracy"): "0.728",
    ("blind36", "themes_f1"): "0.833",
    ("blind37", "indicator_accuracy"): "0.894",
    ("blind37", "period_accuracy"): "0.887",
    ("blind37", "all_five_accuracy"): "0.754",
    ("blind38", "themes_f1"): "0.744",
    ("blind38", "indicator_accuracy"): "0.875",
    ("blind38", "all_five_accuracy"): "0.772",
    ("blind39", "themes_f1"): "0.837",
    ("blind40", "themes_f1"): "0.835",
    ("blind40", "indicator_accuracy"): "0.895",
    ("blind40", "all_five_accuracy"): "0.763",
    ("blind41", "themes_f1"): "0.750",
    ("blind41", "indicator_accuracy"): "0.875",
    ("blind41", "period_accuracy"): "0.897",
    ("blind41", "all_five_accuracy"): "0.735",
    ("blind42", "period_accuracy"): "0.871",
    ("blind42", "all_five_accuracy"): "0.762",
    ("blind43", "indicator_accuracy"): "0.896",
    ("blind43", "all_five_accuracy"): "0.758",
    ("blind44", "all_five_accuracy"): "0.792",
    ("blind45", "figure_recall"): "0.946",
    ("blind45", "indicator_accuracy"): "0.853",
    ("blind45", "all_five_accuracy"): "0.750",
    ("blind46", "figure_recall"): "0.946",
    ("blind47", "figure_precision"): "0.965",
    ("blind47", "figure_recall"): "0.944",
    ("blind47", "themes_f1"): "0.800",
    ("blind47", "indicator_accuracy"): "0.895",
    ("blind47", "period_accuracy"): "0.876",
    ("blind47", "all_five_accuracy"): "0.755",
    ("blind48", "themes_f1"): "0.838",
    ("blind48", "indicator_accuracy"): "0.885",
    ("blind48", "period_accuracy"): "0.869",
    ("blind48", "all_five_accuracy"): "0.741",
    ("blind49", "themes_f1"): "0.838",
    ("blind50", "figure_precision"): "0.954",
    ("blind50", "figure_recall"): "0.938",
    ("blind50", "indicator_accuracy"): "0.897",
    ("blind50", "all_five_accuracy"): "0.773",
    ("blind51", "figure_recall"): "0.948",
    ("blind52", "figure_precision"): "0.953",
    ("blind52", "figure_recall"): "0.933",
    ("blind52", "themes_f1"): "0.828",
    ("blind54", "period_accuracy"): "0.897",
    ("blind54", "all_five_accuracy"): "0.740",
    ("blind56", "figure_recall"): "0.937",
    ("blind56", "themes_f1"): "0.817",
    ("blind56", "indicator_accuracy"): "0.897",
    ("blind56", "all_five_accuracy"): "0.788",
    ("blind57", "themes_f1"): "0.837",
    ("blind59", "themes_f1"): "0.833",
    ("blind59", "indicator_accuracy"): "0.886",
    ("blind59", "all_five_accuracy"): "0.763",
    ("blind61", "figure_precision"): "0.963",
    ("blind61", "themes_f1"): "0.837",
    ("blind62", "period_accuracy"): "0.891",
    ("blind63", "usd_accuracy"): "0.909: the gold gives the size line dollars its sentence does not state",
    ("blind65", "indicator_accuracy"): "0.885",
    ("blind65", "all_five_accuracy"): "0.773",
    ("blind67", "period_accuracy"): "0.897",
    ("blind68", "themes_f1"): "0.825",
    ("blind69", "figure_recall"): "0.941",
    ("blind70", "themes_f1"): "0.830",
    ("blind78", "period_accuracy"): "0.899",
    ("blind81", "themes_f1"): "0.795",
    ("blind83", "all_five_accuracy"): "0.791",
    ("blind84", "period_accuracy"): "0.893",
    ("blind87", "indicator_accuracy"): "0.898",
    ("blind88", "all_five_accuracy"): "0.798",
    ("blind90", "all_five_accuracy"): "0.781",
    ("blind93", "indicator_accuracy"): "0.899",
    ("blind93", "all_five_accuracy"): "0.769",
    ("blind96", "indicator_accuracy"): "0.896: three counts by place found now, their indicator not the annotator's",
    ("blind96", "all_five_accuracy"): "0.760",
    ("blind98", "all_five_accuracy"): "0.793",
    ("blind100", "period_accuracy"): "0.899",
    ("blind103", "figure_precision"): "0.960",
    ("blind103", "figure_recall"): "0.939",
    ("blind104", "themes_f1"): "0.783: an annotator who gives few themes; one missed, eleven extras",
    ("blind105", "figure_precision"): "0.962",
    ("blind105", "figure_recall"): "0.935",
    ("blind105", "indicator_accuracy"): "0.877",
    ("blind105", "all_five_accuracy"): "0.790",
    ("blind111", "figure_precision"): "0.956",
    ("blind111", "figure_recall"): "0.940",
    ("blind113", "themes_f1"): "0.800",
    ("blind115", "figure_recall"): "0.947",
    ("blind115", "themes_f1"): "0.805",
    ("blind115", "indicator_accuracy"): "0.869",
    ("blind115", "all_five_accuracy"): "0.733",
    ("blind117", "figure_precision"): "0.968",
    ("blind117", "figure_recall"): "0.945",
    ("blind119", "all_five_accuracy"): "0.798",
    ("blind120", "figure_recall"): "0.886",
    ("blind120", "indicator_accuracy"): "0.847",
    ("blind120", "period_accuracy"): "0.843",
    ("blind120", "all_five_accuracy"): "0.653",
    ("blind122", "themes_f1"): "0.814",
    ("blind123", "themes_f1"): "0.825",
    ("blind123", "indicator_accuracy"): "0.847",
    ("blind123", "all_five_accuracy"): "0.766",
    ("blind124", "period_accuracy"): "0.897",
    ("blind124", "all_five_accuracy"): "0.754",
    ("blind125", "all_five_accuracy"): "0.779",
    ("blind126", "figure_precision"): "0.965",
    ("blind126", "themes_f1"): "0.677: an annotator who gives few themes",
    ("blind126", "indicator_accuracy"): "0.892",
    ("blind126", "all_five_accuracy"): "0.794",
    ("blind127", "figure_precision"): "0.966",
    ("blind127", "themes_f1"): "0.771",
    ("blind128", "figure_precision"): "0.967",
    ("blind130", "indicator_accuracy"): "0.891",
    ("blind130", "all_five_accuracy"): "0.752",
    ("blind131", "figure_recall"): "0.916",
    ("blind131", "indicator_accuracy"): "0.849",
    ("blind131", "period_accuracy"): "0.845",
    ("blind131", "all_five_accuracy"): "0.687",
    ("blind132", "indicator_accuracy"): "0.886",
    ("blind133", "indicator_accuracy"): "0.857",
    ("blind133", "period_accuracy"): "0.892",
    ("blind133", "all_five_accuracy"): "0.707",
    ("blind134", "figure_recall"): "0.946",
    ("blind134", "indicator_accuracy"): "0.892",
    ("blind134", "all_five_accuracy"): "0.771",
    ("blind135", "themes_f1"): "0.697",
    ("blind135", "indicator_accuracy"): "0.788",
    ("blind135", "period_accuracy"): "0.896",
    ("blind135", "all_five_accuracy"): "0.654",
    ("blind136", "figure_precision"): "0.964",
    ("blind136", "figure_recall"): "0.941",
    ("blind136", "themes_f1"): "0.844",
    ("blind136", "indicator_accuracy"): "0.852",
    ("blind136", "all_five_accuracy"): "0.748",
    ("blind137", "figure_precision"): "0.909",
    ("blind137", "figure_recall"): "0.902",
    ("blind137", "all_five_accuracy"): "0.758",
    ("blind138", "figure_recall"): "0.947",
    ("blind138", "indicator_accuracy"): "0.810",
    ("blind138", "all_five_accuracy"): "0.714",
    ("blind139", "figure_precision"): "0.956",
    ("blind139", "figure_recall"): "0.934",
    ("blind139", "themes_f1"): "0.778",
    ("blind139", "indicator_accuracy"): "0.838",
    ("blind139", "period_accuracy"): "0.875",
    ("blind139", "all_five_accuracy"): "0.692",
    ("blind140", "indicator_accuracy"): "0.797",
    ("blind140", "all_five_accuracy"): "0.658",
    ("blind141", "figure_recall"): "0.889",
    ("blind141", "indicator_accuracy"): "0.832",
    ("blind141", "period_accuracy"): "0.852",
    ("blind141", "all_five_accuracy"): "0.688",
    ("blind142", "figure_precision"): "0.960",
    ("blind142", "figure_recall"): "0.930",
    ("blind142", "themes_f1"): "0.815",
    ("blind142", "indicator_accuracy"): "0.841",
    ("blind142", "period_accuracy"): "0.864",
    ("blind142", "all_five_accuracy"): "0.686",
    ("blind17", "period_accuracy"): "0.871",
    ("blind17", "all_five_accuracy"): "0.758",
    ("blind16", "period_accuracy"): "0.867",
    ("blind16", "all_five_accuracy"): "0.783",
    ("blind12", "all_five_accuracy"): "0.764",
}


def _params():
    for s in SETS:
        for metric in (*sorted(FINDING), *MEANING, "all_five_accuracy"):
            marks = []
            if (s.name, metric) in FAILING_TODAY:
                marks.append(pytest.mark.xfail(strict=True, reason=FAILING_TODAY[(s.name, metric)]))
            yield pytest.param(s, metric, marks=marks, id=f"{s.name}-{metric}")


def _seeds(s: Set) -> list[Path]:
    return sorted(p for p in s.seeds.glob("*.txt"))


_GOLD: dict[str, dict] = {}
_REPORTS: dict[str, object] = {}


def gold_of(s: Set) -> dict:
    if s.name not in _GOLD:
        _GOLD[s.name] = yaml.safe_load(s.gold.read_text(encoding="utf-8"))
    return _GOLD[s.name]


@pytest.fixture(scope="module")
def reports():
    """Each set's records, loaded afresh from its seeds, scored against its gold."""
    region = load_region(PROJECT / "content")
    indicators = load_indicators(PROJECT / "content", PROJECT)
    classifier = Classifier(region)
    return {s.name: score_seeds(_seeds(s), gold_of(s), region, classifier, indicators) for s in SETS}


@pytest.mark.parametrize("s", SETS, ids=[s.name for s in SETS])
def test_every_seed_is_annotated_and_every_span_is_in_its_text(s):
    gold = gold_of(s)
    seeds = _seeds(s)
    assert len(seeds) == s.articles
    assert sorted(p.name for p in seeds) == sorted(gold)
    for path in seeds:
        text, _ = decode(path.read_bytes())
        for figure in gold[path.name]["figures"]:
            assert figure["text"] in text, (path.name, figure["text"])


@pytest.mark.parametrize("s", SETS, ids=[s.name for s in SETS])
def test_annotations_are_well_formed(s):
    ids = {i.id for i in load_indicators(PROJECT / "content", PROJECT)}
    places = {*load_region(PROJECT / "content").places, "china", "other"}
    for name, entry in gold_of(s).items():
        assert {"date", "city", "cities", "themes", "figures"} <= set(entry), name
        for figure in entry["figures"]:
            where = (name, figure["text"])
            assert figure["unit"] in UNIT_IDS and isinstance(figure["value"], (int, float)), where
            assert figure.get("metric"), where
            assert figure["indicator"] is None or figure["indicator"] in ids, where
            assert figure["kind"] in ("level", "change", "share"), where
            assert figure["status"] in ("actual", "target"), where
            assert figure["period"] is None or isinstance(figure["period"], str), where
            assert figure["place"] in places, where


def test_every_record_of_every_set_is_scored(reports):
    for s in SETS:
        report = reports[s.name]
        assert not report.missing and not report.unscored, s.name
        assert len(report.articles) == s.articles, s.name


@pytest.mark.parametrize("s, metric", list(_params()))
def test_target(reports, s, metric):
    report = reports[s.name]
    score, goal = report.totals[metric], target(s.name, metric)
    assert score >= goal, f"{s.name}: {metric} {score:.3f} < {goal}\n{report.format()}"


@pytest.mark.parametrize("name", ["blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind73", "blind74", "blind75", "blind76", "blind77", "blind78", "blind79", "blind80", "blind81", "blind82", "blind83", "blind84", "blind85", "blind86", "blind87", "blind88", "blind89", "blind90", "blind91", "blind92", "blind93", "blind94", "blind95", "blind96", "blind97", "blind98", "blind99", "blind100", "blind101", "blind102", "blind103", "blind104", "blind105", "blind106", "blind107", "blind108", "blind109", "blind110", "blind111", "blind112", "blind113", "blind114", "blind115", "blind116", "blind117", "blind118", "blind119", "blind120", "blind121", "blind122", "blind123", "blind124", "blind125", "blind126", "blind127", "blind128", "blind129", "blind130", "blind131", "blind132", "blind133", "blind134", "blind135", "blind136", "blind137", "blind138", "blind139", "blind140", "blind141", "blind142"])
def test_a_blind_set_passes_the_shared_self_check(name):
    from check_gold import check

    assert check(PROJECT / "tests" / name)
