# Produit de deux matrices 120 × 120 sur des listes de listes.
n = 120
a = []
b = []
for i in range(1, n + 1):
    ligne_a = []
    ligne_b = []
    for j in range(1, n + 1):
        ligne_a.append((i + j) % 7)
        ligne_b.append((i * j) % 5)
    a.append(ligne_a)
    b.append(ligne_b)
c = []
for i in range(1, n + 1):
    ligne = []
    for j in range(1, n + 1):
        s = 0
        for k in range(1, n + 1):
            s = s + a[i - 1][k - 1] * b[k - 1][j - 1]
        ligne.append(s)
    c.append(ligne)
trace = 0
for i in range(1, n + 1):
    trace = trace + c[i - 1][i - 1]
print(trace, c[1 - 1][1 - 1], c[n - 1][n - 1])
