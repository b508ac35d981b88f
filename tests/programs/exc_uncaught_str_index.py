# Uncaught IndexError from string indexing; stdout before it still appears.
word = "héllo"
for i in range(len(word) + 1):
    print(i, word[i])
