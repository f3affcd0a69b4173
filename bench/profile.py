#!/usr/bin/env python3
"""Where a run's time went, from its Spark event log (uncompressed JSON lines, as bench/nightly writes them).

  bench/profile.py EVENT_LOG [N]

Prints the N (default 12) longest stages with their job description (the job's step) and the shuffle records they
read and wrote, then the seconds of Spark jobs per description. Stage times overlap when stages run concurrently.
"""
import collections
import json
import sys


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: bench/profile.py EVENT_LOG [N]")
    top = int(sys.argv[2]) if len(sys.argv) == 3 else 12
    description, job_start, per_job = {}, {}, collections.OrderedDict()
    stage_job, stages = {}, []
    with open(sys.argv[1], encoding="utf-8") as log:
        for line in log:
            event = json.loads(line)
            kind = event["Event"]
            if kind == "SparkListenerJobStart":
                text = (event.get("Properties", {}).get("spark.job.description") or "")
                description[event["Job ID"]] = text
                job_start[event["Job ID"]] = event["Submission Time"]
                for stage in event["Stage IDs"]:
                    stage_job[stage] = text
            elif kind == "SparkListenerJobEnd":
                text = description[event["Job ID"]]
                seconds = (event["Completion Time"] - job_start[event["Job ID"]]) / 1000
                total = per_job.setdefault(text, [0.0, 0])
                total[0] += seconds
                total[1] += 1
            elif kind == "SparkListenerStageCompleted":
                info = event["Stage Info"]
                if "Submission Time" not in info or "Completion Time" not in info:
                    continue
                values = {a["Name"]: a.get("Value") for a in info.get("Accumulables", [])}
                stages.append(((info["Completion Time"] - info["Submission Time"]) / 1000, info["Stage ID"],
                               info["Number of Tasks"], stage_job.get(info["Stage ID"], ""),
                               values.get("internal.metrics.shuffle.read.recordsRead", 0),
                               values.get("internal.metrics.shuffle.write.recordsWritten", 0)))
    print("longest stages: seconds, stage, tasks, shuffle records read / written, job description")
    for seconds, stage, tasks, text, read, written in sorted(stages, reverse=True)[:top]:
        print(f"  {seconds:6.1f} s  stage {stage:4d}  {tasks:3d} tasks  {read:>9} / {written:<9}  {text[:70]}")
    print("Spark jobs by description: seconds, jobs")
    for text, (seconds, jobs) in sorted(per_job.items(), key=lambda item: -item[1][0])[:top]:
        print(f"  {seconds:6.1f} s  {jobs:4d}  {text[:80]}")


if __name__ == "__main__":
    main()
