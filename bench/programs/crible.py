# Crible d'Ératosthène jusqu'à 1 000 000, sur une liste construite avec append.
n = 1000000
premier = []
for i in range(1, n + 1):
    premier.append(True)
premier[1 - 1] = False
i = 2
while i * i <= n:
    if premier[i - 1]:
        for j in range(i * i, n + 1, i):
            premier[j - 1] = False
    i = i + 1
compte = 0
for p in premier:
    if p:
        compte = compte + 1
print(compte)
