#!/usr/bin/env python3
"""No quadratic behaviour where a learner can reach it: each operation below runs on n
elements, then on 4 n; the time ratio is about 4 when the work is linear, 16 when it is
quadratic. The start-up time is subtracted. Usage: python3 bench/lineaire.py [--n N]
(make bench-lineaire; see docs/performance.md)."""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARDOISE = os.path.join(ROOT, ".build", "release", "ardoise")

# name: (what it does, program for size N)
CASES = {
    "construire un texte": "s <- \"\"\npour i de 1 à N faire\n  s <- s + \"é\"\nfin pour\nafficher longueur(s)",
    "s[i] sur tout le texte": "s <- \"ab\" * (N div 2)\nn <- 0\npour i de 1 à longueur(s) faire\n  si s[i] = \"a\" alors\n    n <- n + 1\n  fin si\nfin pour\nafficher n",
    "longueur dans la boucle": "s <- \"x\" * N\ni <- 0\ntant que i < longueur(s) faire\n  i <- i + 1\nfin tant que\nafficher i",
    "pour chaque sur un texte": "s <- \"é\" * N\nn <- 0\npour chaque c dans s faire\n  n <- n + 1\nfin pour\nafficher n",
    "ajouter à une liste": "l <- []\npour i de 1 à N faire\n  ajouter(l, i)\nfin pour\nafficher longueur(l)",
    "retirer à la fin": "l <- []\npour i de 1 à N faire\n  ajouter(l, i)\nfin pour\ntant que longueur(l) > 0 faire\n  retirer(l, longueur(l))\nfin tant que\nafficher longueur(l)",
    "l <- l + [x]": "l <- []\npour i de 1 à N faire\n  l <- l + [i]\nfin pour\nafficher longueur(l)",
    "contient (cas difficile)": "t <- \"a\" * N\nm <- \"a\" * (N div 2) + \"b\"\nafficher contient(t, m)",
    "découper": "t <- \"ab,\" * N\nafficher longueur(découper(t, \",\"))",
    "joindre": "l <- []\npour i de 1 à N faire\n  ajouter(l, \"é\")\nfin pour\nafficher longueur(joindre(l, \", \"))",
    "trier des textes": "l <- []\npour i de 1 à N faire\n  ajouter(l, \"n{(i * 7919) mod 1000003}\")\nfin pour\nafficher longueur(trier(l))",
}


def run(program):
    with tempfile.NamedTemporaryFile("w", suffix=".ard", delete=False) as f:
        f.write(program + "\n")
        path = f.name
    try:
        start = time.perf_counter()
        result = subprocess.run([ARDOISE, path], capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"échec :\n{program}\n{result.stderr}")
        return elapsed
    finally:
        os.unlink(path)


def median_time(program, rounds=3):
    return statistics.median(run(program) for _ in range(rounds))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    if not os.path.exists(ARDOISE):
        sys.exit("Compile d'abord en release : swift build -c release (ou make bench).")
    start_up = median_time('afficher "x"', rounds=5)
    n = args.n
    print(f"n = {n} puis {4 * n} ; rapport des temps (démarrage de {start_up * 1000:.0f} ms retiré) :")
    print("≈ 4 : linéaire ; ≈ 16 : quadratique.\n")
    worst = 0.0
    for name, template in CASES.items():
        small = max(median_time(template.replace("N", str(n))) - start_up, 1e-4)
        large = max(median_time(template.replace("N", str(4 * n))) - start_up, 1e-4)
        ratio = large / small
        worst = max(worst, ratio)
        print(f"  {name:<28} {small:7.3f} s  {large:7.3f} s  ×{ratio:5.1f}")
    verdict = "ok" if worst < 8 else "NON"
    print(f"\n  [{verdict}] aucune opération quadratique (pire rapport ×{worst:.1f}, seuil ×8)")


if __name__ == "__main__":
    main()
