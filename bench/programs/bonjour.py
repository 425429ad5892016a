print("Bonjour")
