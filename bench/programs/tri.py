# Tri à bulles de 2 000 nombres tirés d'un générateur congruentiel linéaire.
n = 2000
graine = 12345
l = []
for i in range(1, n + 1):
    graine = (graine * 1103515245 + 12345) % 2147483648
    l.append(graine % 100000)
for i in range(1, n - 1 + 1):
    for j in range(1, n - i + 1):
        if l[j - 1] > l[j + 1 - 1]:
            t = l[j - 1]
            l[j - 1] = l[j + 1 - 1]
            l[j + 1 - 1] = t
print(l[1 - 1], l[n // 2 - 1], l[n - 1])
