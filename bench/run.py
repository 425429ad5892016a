#!/usr/bin/env python3
"""Ardoise against CPython, side by side, on the same algorithms (bench/programs).

Runs each pair alternately several times, checks that both print the same thing, and
prints a table: median seconds, peak memory, the ratio Ardoise/Python, and the
geometric mean of the time ratios. Usage: python3 bench/run.py [--rounds N] [--only NAME…]
(`make bench` builds Ardoise in release mode first).
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
ARDOISE = os.path.join(ROOT, ".build", "release", "ardoise")
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"
ORDER = ["fib", "boucle", "crible", "tri", "textes", "matrice", "bonjour"]


def measure(command):
    """Runs a command; gives (seconds, peak resident memory in MiB, stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    out, err = process.communicate()
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{err.decode()}")
    return elapsed, out


def peak_memory(command):
    """Peak resident memory of one run, in MiB. Measured by GNU time, a small C program, so that
    the figure is the program's own and not this Python runner's (a fork copies the runner)."""
    if os.path.exists("/usr/bin/time"):
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        return int(result.stderr.strip().splitlines()[-1]) / 1024.0
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execvp(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    return usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    if not os.path.exists(ARDOISE):
        sys.exit("Build Ardoise in release mode first: swift build -c release (or make bench).")
    names = [n for n in ORDER if not args.only or n in args.only]
    python_version = subprocess.run([PYTHON, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"Ardoise (release) against {python_version} ({PYTHON}), {args.rounds} rounds each, alternating.\n")
    rows = []
    for name in names:
        ard = [ARDOISE, os.path.join(PROGRAMS, name + ".ard")]
        py = [PYTHON, os.path.join(PROGRAMS, name + ".py")]
        times_a, times_p = [], []
        out_a = out_p = None
        for _ in range(args.rounds):
            t, out_a = measure(ard)
            times_a.append(t)
            t, out_p = measure(py)
            times_p.append(t)
        if out_a != out_p:
            sys.exit(f"{name}: outputs differ\n  Ardoise: {out_a!r}\n  Python:  {out_p!r}")
        mem_a, mem_p = peak_memory(ard), peak_memory(py)
        a, p = statistics.median(times_a), statistics.median(times_p)
        rows.append((name, a, p, a / p, mem_a, mem_p))
    header = f"{'programme':<10} {'Ardoise (s)':>12} {'Python (s)':>11} {'rapport':>8} {'mém. A (Mo)':>12} {'mém. P (Mo)':>12} {'rapport':>8}"
    print(header)
    print("-" * len(header))
    for name, a, p, r, ma, mp in rows:
        print(f"{name:<10} {a:>12.3f} {p:>11.3f} {r:>8.2f} {ma:>12.1f} {mp:>12.1f} {ma / mp:>8.2f}")
    geometric = math.exp(sum(math.log(r[3]) for r in rows) / len(rows))
    print("-" * len(header))
    print(f"moyenne géométrique des rapports de temps : {geometric:.2f}")
    worst = max(rows, key=lambda r: r[3])
    mem_worst = max(rows, key=lambda r: r[4] / r[5])
    print(f"pire rapport de temps : {worst[0]} ({worst[3]:.2f}) ; pire rapport de mémoire : {mem_worst[0]} ({mem_worst[4] / mem_worst[5]:.2f})")
    targets = [
        ("moyenne géométrique ≤ 1,0", geometric <= 1.0),
        ("aucun programme au-dessus de 2,0", worst[3] <= 2.0),
        ("démarrage (bonjour) pas plus lent que Python", all(r[3] <= 1.0 for r in rows if r[0] == "bonjour")),
        ("mémoire de pointe ≤ 2 × Python", all(r[4] <= 2 * r[5] for r in rows)),
    ]
    print()
    for label, ok in targets:
        print(f"  [{'ok' if ok else 'NON'}] {label}")


if __name__ == "__main__":
    main()
