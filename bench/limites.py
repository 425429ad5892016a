#!/usr/bin/env python3
"""The robustness figures of docs/fiabilite.md, measured on the release build:
- the time limit holds with big integers (a loop of products of 14 000-digit numbers under
  --max-secondes 2);
- a group of six submissions that make lists containing themselves is graded without
  keeping each one's cycles (time and peak memory of `ardoise corriger`);
- sorting a million texts;
- under a ulimit -v: the French refusal below 400 MiB, and E0406 rather than a failed
  allocation above it.
Usage: python3 bench/limites.py   (make bench-limites)."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARDOISE = os.path.join(ROOT, ".build", "release", "ardoise")
LESSONS = os.path.join(ROOT, "lessons")

BIG_PRODUCTS = "x <- 10 ^ 14000 + 7\ntant que vrai faire\n  y <- x * x\nfin tant que\n"
CYCLES = "tant que vrai faire\n  l <- [1]\n  ajouter(l, l)\nfin tant que\n"
SORT = ("l <- []\npour i de 1 à 1000000 faire\n  ajouter(l, \"Élément {(i * 7919) mod 1000003}\")\nfin pour\n"
        "afficher longueur(trier(l))\n")
GROW = "l <- []\ntant que vrai faire\n  ajouter(l, [1, 2, 3, 4, 5, 6, 7, 8])\nfin tant que\n"


def timed(command, **kwargs):
    """(seconds, peak MiB by GNU time, completed process)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True, **kwargs)
    elapsed = time.perf_counter() - start
    peak = int(result.stderr.strip().splitlines()[-1]) / 1024
    return elapsed, peak, result


def main():
    if not os.path.exists(ARDOISE):
        sys.exit("Compile d'abord en release : swift build -c release.")
    if not os.path.exists("/usr/bin/time"):
        sys.exit("Il faut GNU time (/usr/bin/time : apt-get install time).")
    work = tempfile.mkdtemp(prefix="ardoise-limites-")
    try:
        def program(name, text):
            path = os.path.join(work, name)
            with open(path, "w") as f:
                f.write(text)
            return path

        seconds, _, result = timed([ARDOISE, "--max-secondes", "2", program("produits.ard", BIG_PRODUCTS)])
        stopped = "[E0402]" in result.stderr
        print(f"grands entiers, --max-secondes 2 : arrêté après {seconds:.2f} s ({'E0402' if stopped else 'PAS arrêté par E0402'})")

        group = os.path.join(work, "groupe")
        for learner in "abcdef":
            os.makedirs(os.path.join(group, learner))
            with open(os.path.join(group, learner, "premier-message.ard"), "w") as f:
                f.write(CYCLES)
        seconds, peak, result = timed([ARDOISE, "corriger", group, "--lecons", LESSONS, "--sortie", work])
        print(f"corriger, 6 soumissions qui font des listes qui se contiennent : {seconds:.1f} s, {peak:.0f} Mo au plus"
              f" (statut {result.returncode})")

        seconds, peak, result = timed([ARDOISE, program("tri.ard", SORT)])
        print(f"trier un million de textes (liste construite comprise) : {seconds:.2f} s, {peak:.0f} Mo")

        if shutil.which("prlimit"):
            _, _, small = timed(["prlimit", f"--as={200 << 20}", ARDOISE, program("bonjour.ard", 'afficher "Bonjour"\n')])
            refused = small.returncode == 1 and "ulimit -v" in small.stderr and "Fatal error" not in small.stderr
            print(f"ulimit -v 200 Mio : {'refus en français, statut 1' if refused else 'AUTRE : ' + small.stderr[:200]}")
            _, _, grow = timed(["prlimit", f"--as={700 << 20}", ARDOISE, program("grandir.ard", GROW)])
            print(f"ulimit -v 700 Mio, une liste qui grandit sans fin : "
                  f"{'E0406' if '[E0406]' in grow.stderr else 'AUTRE : ' + grow.stderr[:200]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
