#!/usr/bin/env python3
"""Rebuilds sample/kcna-2024-08-11.json (run from data/) from the full KCNA archive (../shared/corpus/kcna).

Keeps every Aug-Nov 2024 article whose body names Russia, Moscow, Putin or the Kremlin, and every second
one of the other articles of those months (so that attention has a real denominator), in archive order and
in the archive's own record shape. Records are not edited: empty bodies and repeated stories stay in.
"""
import json
import re
import sys

source = sys.argv[1] if len(sys.argv) > 1 else "../../shared/corpus/kcna/headlines_2024-11-11.json"
records = json.load(open(source, encoding="utf-8"))
russia = re.compile(r"Russia|Moscow|Putin|Kremlin")
kept, others = [], 0
for record in records:
    if not ("2024-08" <= record["date_str"][:7] <= "2024-11"):
        continue
    if russia.search(record.get("story_text") or ""):
        kept.append(record)
    else:
        if others % 2 == 0:
            kept.append(record)
        others += 1
with open("sample/kcna-2024-08-11.json", "w", encoding="utf-8") as out:
    json.dump(kept, out, ensure_ascii=False, indent=1)
print(f"kept {len(kept)} of {len(records)} records")
