#!/usr/bin/env python3
"""Fail when any score in SCORES (score.py --json) is below its floor in FLOORS.

FLOORS maps suite -> {metric: minimum}. Raise the floors as scores rise."""
import json, sys

floors = json.load(open(sys.argv[1]))
scores = {r["suite"]: r for r in json.load(open(sys.argv[2]))}
bad = []
for suite, metrics in floors.items():
    got = scores.get(suite)
    if got is None:
        bad.append(f"{suite}: not scored")
        continue
    for metric, floor in metrics.items():
        value = got.get(metric)
        status = "ok" if value is not None and value + 1e-9 >= floor else "BELOW"
        print(f"{suite:14} {metric:14} {value!s:>8}  floor {floor}  {status}")
        if status != "ok":
            bad.append(f"{suite} {metric} = {value} < {floor}")
if bad:
    print("accuracy floors broken:\n  " + "\n  ".join(bad))
    sys.exit(1)
print("all accuracy floors hold")
