"""Selects the articles of the labelled relevance set (issue 20) from one nightly output of the four corpora.

Run once to choose what to read; the labels themselves are written by hand into labels.tsv. Needs pyarrow and
pandas (a venv: python3 -m venv V && V/bin/pip install pyarrow==26.0.1 pandas==3.1.1).

  V/bin/python quality/relevance/choose.py OUTPUT_ROOT > selection.tsv

Strata (each article in the first that takes it), over canonical articles (duplicate_of null):
  flagged   every article the job flags relevant
  hard      not flagged, yet a word of each side appears anywhere in title or text by the broad patterns below
            (written apart from the subject file's forms, wider on purpose: Korean abbreviations and Hanja,
            Russian 'корейск', 'РФ')
  uk-check  every article the job tags uk, and the pages of html-pages/ua and html-pages/ru
  random    a seeded sample of the remaining articles, a fixed number per corpus
  hard-2    a second pass, added after reading the first hard set: of what is still unchosen outside KCNA, every
            article with a strong North Korea form (the country, its capital, its leader, 'северокорейск', Hanja 北)
            and a word of the war or of Russia (Kursk, troop dispatch 파병, Ukraine, Russia), since posts such as
            'North Korean troops in Kursk' may name neither Russia nor its capital
"""
import json
import re
import sys

import pandas as pd
import pyarrow.parquet as pq

SEED = 20260101
RANDOM_PER_CORPUS = {"kcna": 15, "naver-ko": 30, "telegram-ru": 25, "html-pages": 10}
CORPORA = ["kcna", "naver-ko", "telegram-ru", "html-pages"]

RUSSIA = [
    r"russia|moscow|putin|kremlin|lavrov|shoigu|belousov",
    r"러시아|푸틴|모스크바|크렘린|라브로프|쇼이구|벨로우소프|露|북·러|북ㆍ러|북러|한러|한·러|러·우|러우전|러군|러軍"
    r"|러 파병|러 외무|러 대통령|러 국방",
    r"росси|путин|москв|кремл|лавров|шойгу|белоусов|росі|путін|\bрф\b",
]
NORTH_KOREA = [
    r"north\s*korea|dprk|d\.p\.r\.k|pyongyang|kim\s*jong|choe son",
    r"북한|김정은|평양|北|조선|북측|북·러|북ㆍ러|북러|북중|북미|북군|북 파병|북\s",
    r"кндр|корей|коре[яию]|пхеньян|ким\s+чен|кім\s+чен|північн\w*\s+коре",
]
STRONG_NORTH_KOREA = (r"north\s*korea|dprk|pyongyang|kim\s*jong|северокорейск|кндр|северн\w*\s+коре|пхеньян|ким\s+чен"
                      r"|북한|北|김정은|평양|북러|북·러")
WAR_OR_RUSSIA = r"kursk|курск|쿠르스크|파병|북러|북·러|북ㆍ러|露|우크라|ukrain|украин|russia|росси|러시아"
RU = re.compile("|".join(RUSSIA), re.I)
NK = re.compile("|".join(NORTH_KOREA), re.I)


def corpus_of(path):
    return next((c for c in CORPORA if "/" + c + "/" in path), "other")


def url_of(row):
    if isinstance(row.url, str) and row.url:
        return row.url
    if row.corpus == "telegram-ru" and row.locator.startswith("element "):
        path = row.input_file.removeprefix("file:")
        message = json.load(open(path, encoding="utf-8"))[int(row.locator.split()[1])]
        return "telegram:%s/%s" % (path.rsplit("/", 1)[1].split("_")[0], message["message_id"])
    return ""


def main(root):
    articles = pq.read_table(root + "/articles", columns=[
        "article_id", "url", "title", "text", "language", "duplicate_of", "relevant", "input_file",
        "locator"]).to_pandas()
    canonical = articles[articles.duplicate_of.isna()].copy()
    canonical["corpus"] = canonical.input_file.map(corpus_of)
    canonical = canonical.sort_values("article_id").reset_index(drop=True)
    both = (canonical.title.fillna("") + "\n" + canonical.text.fillna("")).map(
        lambda s: bool(RU.search(s)) and bool(NK.search(s)))
    stratum = pd.Series("", index=canonical.index)
    stratum[canonical.relevant] = "flagged"
    stratum[(stratum == "") & both] = "hard"
    ukraine = canonical.input_file.str.contains("/html-pages/(?:ua|ru)/") | (canonical.language == "uk")
    stratum[(stratum == "") & ukraine] = "uk-check"
    for corpus, n in RANDOM_PER_CORPUS.items():
        pool = canonical[(stratum == "") & (canonical.corpus == corpus)]
        stratum[pool.sample(n=n, random_state=SEED).index] = "random"
    strong, war = re.compile(STRONG_NORTH_KOREA, re.I), re.compile(WAR_OR_RUSSIA, re.I)
    second = (canonical.title.fillna("") + "\n" + canonical.text.fillna("")).map(
        lambda s: bool(strong.search(s)) and bool(war.search(s)))
    stratum[(stratum == "") & (canonical.corpus != "kcna") & second] = "hard-2"
    chosen = canonical[stratum != ""].copy()
    chosen["stratum"] = stratum[stratum != ""]
    chosen["url"] = chosen.apply(url_of, axis=1)
    chosen["title"] = chosen.title.fillna("").str.replace(r"\s+", " ", regex=True).str.strip()
    out = chosen[["article_id", "corpus", "language", "url", "title", "stratum"]]
    out.to_csv(sys.stdout, sep="\t", index=False)
    print(out.groupby(["stratum", "corpus"]).size().to_string(), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
