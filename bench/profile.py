#!/usr/bin/env python3
"""Where a run's time went, from its Spark event log (uncompressed JSON lines, as bench/nightly writes them).

  bench/profile.py EVENT_LOG [N]

Prints the run as a whole (wall seconds from the application's start to its end, task seconds summed over cores,
the wall seconds in which no task ran, shuffle bytes), then per job description (the job's step) its jobs, stages,
task seconds and shuffle bytes, then the N (default 12) longest stages with the shuffle records they read and wrote.
Stage times overlap when stages run concurrently.
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
    span, tasks, per_step = [None, None], [], collections.defaultdict(lambda: [0, set(), 0.0, 0, 0])
    with open(sys.argv[1], encoding="utf-8") as log:
        for line in log:
            event = json.loads(line)
            kind = event["Event"]
            if kind == "SparkListenerApplicationStart":
                span[0] = event["Timestamp"]
            elif kind == "SparkListenerApplicationEnd":
                span[1] = event["Timestamp"]
            elif kind == "SparkListenerTaskEnd":
                info, metrics = event["Task Info"], event.get("Task Metrics") or {}
                tasks.append((info["Launch Time"], info["Finish Time"]))
                step = per_step[stage_job.get(event["Stage ID"], "")]
                step[1].add(event["Stage ID"])
                step[2] += (info["Finish Time"] - info["Launch Time"]) / 1000
                read = metrics.get("Shuffle Read Metrics", {})
                step[3] += read.get("Remote Bytes Read", 0) + read.get("Local Bytes Read", 0)
                step[4] += metrics.get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
            elif kind == "SparkListenerJobStart":
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
                per_step[text][0] += 1
            elif kind == "SparkListenerStageCompleted":
                info = event["Stage Info"]
                if "Submission Time" not in info or "Completion Time" not in info:
                    continue
                values = {a["Name"]: a.get("Value") for a in info.get("Accumulables", [])}
                stages.append(((info["Completion Time"] - info["Submission Time"]) / 1000, info["Stage ID"],
                               info["Number of Tasks"], stage_job.get(info["Stage ID"], ""),
                               values.get("internal.metrics.shuffle.read.recordsRead", 0),
                               values.get("internal.metrics.shuffle.write.recordsWritten", 0)))
    busy, last = 0, None
    for start, end in sorted(tasks):
        if last is None or start > last:
            busy += end - start
            last = end
        elif end > last:
            busy += end - last
            last = end
    wall = ((span[1] or last or 0) - (span[0] or (tasks[0][0] if tasks else 0))) / 1000
    task_seconds = sum(step[2] for step in per_step.values())
    mb = 1024 * 1024
    print(f"run: {wall:.1f} s wall, {task_seconds:.1f} task s, {wall - busy / 1000:.1f} s with no task running, "
          f"shuffle {sum(step[3] for step in per_step.values()) / mb:.1f} MB read / "
          f"{sum(step[4] for step in per_step.values()) / mb:.1f} MB written")
    print("by job description: jobs, stages, task s, shuffle MB read / written")
    for text, (jobs, stage_ids, seconds, read, written) in sorted(per_step.items(), key=lambda item: -item[1][2])[:top]:
        print(f"  {jobs:4d} {len(stage_ids):4d} {seconds:7.1f} s  {read / mb:7.1f} / {written / mb:<7.1f}  {text[:70]}")
    print("longest stages: seconds, stage, tasks, shuffle records read / written, job description")
    for seconds, stage, tasks, text, read, written in sorted(stages, reverse=True)[:top]:
        print(f"  {seconds:6.1f} s  stage {stage:4d}  {tasks:3d} tasks  {read:>9} / {written:<9}  {text[:70]}")
    print("Spark jobs by description: seconds, jobs")
    for text, (seconds, jobs) in sorted(per_job.items(), key=lambda item: -item[1][0])[:top]:
        print(f"  {seconds:6.1f} s  {jobs:4d}  {text[:80]}")


if __name__ == "__main__":
    main()
