#!/usr/bin/env python3
"""Prints the case list's growth curve (docs/benchmarks.md) from bench_ui_caselist --json outputs.

    plot_curve.py RUN.json [RUN.json ...]

One block of bars per run, in the order of their case counts: the raw-read floor and the time
until the list is visible, drawn to one scale, so the distance between them and their growth
show in a plain-text document.
"""
import json
import sys

WIDTH = 50  # characters for the longest bar
SERIES = [("floor_s", "floor        ", "░"), ("list_visible_s", "list visible ", "█")]


def main():
    runs = sorted((json.load(open(path)) for path in sys.argv[1:]), key=lambda r: r["cases"])
    longest = max(r[key] for r in runs for key, _, _ in SERIES)
    for r in runs:
        print(f"{r['cases']:>9,} cases")
        for key, label, mark in SERIES:
            bar = mark * max(1, round(WIDTH * r[key] / longest))
            print(f"  {label}{bar} {r[key]:.3f} s")


if __name__ == "__main__":
    main()
