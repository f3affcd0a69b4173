#!/usr/bin/env python3
"""One Markdown row of figures for a measured nightly run (used by bench/nightly).

  nightly_figures.py --header
  nightly_figures.py NAME OUTPUT RUN_DATE WALL_SECONDS GC_LOG RSS_FILE HEAP

Job seconds are the sum of the run's step durations from its manifest (JVM start-up and the report excluded);
wall seconds are the whole command's. MB are the bytes of the input files the run read (the manifest's inputs
marked read). Heap figures come from the unified GC log: the most heap in use at any collection, and the most
still live after one.
"""
import glob
import json
import os
import re
import sys

STEPS = [("input ledger", "ledger"), ("ingest and clean", "ingest"), ("exact and near duplicates", "dedupe"),
         ("relevance and write articles", "relevance+write"), ("corpus", "corpus"),
         ("tfidf and term trends", "tfidf"), ("coverage", "coverage"), ("topics", "topics"),
         ("record input ledger", "ledger")]
COLUMNS = ["run", "records", "files read", "MB read", "wall s", "job s", "records/s", "MB/s/core",
           "heap peak MB", "heap live MB", "RSS MB", "steps (s)"]


def heap(gc_log):
    before = after = 0
    pattern = re.compile(r"(\d+)M->(\d+)M\((\d+)M\)")
    with open(gc_log, encoding="utf-8", errors="replace") as log:
        for line in log:
            for used, live, _ in pattern.findall(line):
                before, after = max(before, int(used)), max(after, int(live))
    return before, after


def main():
    if sys.argv[1:] == ["--header"]:
        print("| " + " | ".join(COLUMNS) + " |")
        print("|" + "|".join(["---"] + ["---:"] * (len(COLUMNS) - 2) + ["---"]) + "|")
        return
    name, output, run_date, wall, gc_log, rss_file, max_heap = sys.argv[1:8]
    manifests = sorted(glob.glob(os.path.join(output, "_manifests", run_date, "*.json")), key=os.path.getmtime)
    manifest = json.load(open(manifests[-1], encoding="utf-8"))
    if manifest["status"] != "succeeded":
        sys.exit(f"nightly_figures: {name}: the run's status is {manifest['status']}")
    steps = manifest["steps"]
    job = sum(s["seconds"] for s in steps)
    read = [i for i in manifest["inputs"] if i.get("read")]
    megabytes = sum(i["size"] for i in read) / 1e6
    records = manifest["counts"]["records_read"] if manifest.get("counts") else 0
    cores = os.cpu_count()
    peak, live = heap(gc_log)
    rss = int(open(rss_file).read().split()[-1]) / 1024
    labels = dict(STEPS)
    step_text = " · ".join(f"{labels.get(s['step'], s['step'])} {s['seconds']:.1f}" for s in steps
                           if s["seconds"] >= 0.5)
    row = [f"{name} (heap {max_heap})", f"{records:,}", str(len(read)), f"{megabytes:.1f}", f"{float(wall):.1f}",
           f"{job:.1f}", f"{records / job:.0f}", f"{megabytes / job / cores:.3f}", str(peak), str(live),
           f"{rss:.0f}", step_text]
    print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
