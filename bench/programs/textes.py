# Construire un texte de 200 000 caractères par s = s + c, puis le parcourir
# par position (s[i]) et avec for.
lettres = "abcdefghijklmnopqrstuvwxyz"
s = ""
for i in range(1, 200000 + 1):
    s = s + lettres[(i % 26) + 1 - 1]
voyelles = 0
for i in range(1, len(s) + 1):
    if s[i - 1] == "a" or s[i - 1] == "e":
        voyelles = voyelles + 1
z = 0
for c in s:
    if c == "z":
        z = z + 1
print(len(s), voyelles, z)
