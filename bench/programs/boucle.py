# Une boucle de 3 000 000 de tours avec un si et un mod.
total = 0
for i in range(1, 3000000 + 1):
    if i % 3 == 0:
        total = total + i
print(total)
