# Word frequencies: generate a text of n words (made-up words from syllables, with
# capitals, punctuation and line breaks), then count its words with a dict and print the
# most common ones.
# Usage: wordfreq.py [n_words]
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "po", "ve", "da", "qui", "zor", "an", "el", "ou", "th"]


def make_vocabulary(size):
    words = []
    for i in range(size):
        word = ""
        k = i
        while True:
            word += SYLLABLES[k % len(SYLLABLES)]
            k //= len(SYLLABLES)
            if k == 0:
                break
        words.append(word)
    return words


def make_text(vocabulary, n_words, seed):
    x = seed
    lines = []
    line = []
    capital = True
    for _ in range(n_words):
        x = (x * 1103515245 + 12345) % 2147483648
        r = x >> 8
        # Small indexes are far more likely: a rough Zipf law.
        index = (r % len(vocabulary)) * ((r >> 12) % len(vocabulary)) // len(vocabulary)
        word = vocabulary[index]
        if capital:
            word = word.capitalize()
            capital = False
        if r % 11 == 0:
            word += "."
            capital = True
        elif r % 7 == 0:
            word += ","
        line.append(word)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for token in line.split():
            word = token.strip(".,;:!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    text = make_text(make_vocabulary(2000), n, 12345)
    counts = count_words(text)
    ranked = []
    for word, count in counts.items():
        ranked.append((-count, word))
    ranked.sort()
    print("%d characters, %d words, %d distinct" % (len(text), sum(counts.values()), len(counts)))
    for neg_count, word in ranked[:10]:
        print("%-10s %d" % (word, -neg_count))
    checksum = 0
    for neg_count, word in ranked:
        checksum = (checksum * 31 + len(word) * 7 - neg_count) % 1000000007
    print("checksum %d" % checksum)


main()
