# Word-frequency counter over an embedded text, with a small report.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only. Café, naïve and déjà-vu are borrowed words; so is "résumé"!"""

STOP_WORDS = {"the", "of", "it", "was", "we", "in", "a", "to", "and", "or", "so", "is", "on", "for"}
PUNCT = ".,;:!?\"'()-"


def tokenize(text):
    words = []
    for raw in text.split():
        word = raw.strip(PUNCT).lower()
        if word:
            words.append(word)
    return words


def count_words(words, skip_stop_words):
    counts = {}
    for w in words:
        if skip_stop_words and w in STOP_WORDS:
            continue
        counts[w] = counts.get(w, 0) + 1
    return counts


def by_count_then_word(item):
    return (-item[1], item[0])


def top_n(counts, n):
    items = sorted(counts.items(), key=by_count_then_word)
    return items[:n]


def histogram(pairs, width):
    if not pairs:
        return []
    biggest = pairs[0][1]
    lines = []
    for word, count in pairs:
        bar = "#" * max(1, count * width // biggest)
        lines.append(f"{word:<14}{count:>4} {bar}")
    return lines


def length_distribution(words):
    dist = {}
    for w in words:
        n = len(w)
        dist[n] = dist.get(n, 0) + 1
    return dist


words = tokenize(TEXT)
print("total words:", len(words))
print("distinct words:", len(set(words)))
all_counts = count_words(words, False)
content_counts = count_words(words, True)
print("most common overall:", top_n(all_counts, 5))
print()
print("Top content words")
for line in histogram(top_n(content_counts, 10), 20):
    print(line)
print()
dist = length_distribution(words)
for n in sorted(dist):
    print(f"len {n:2d}: {dist[n]:3d} {'*' * dist[n]}")
longest = max(words, key=len)
shortest = min(words, key=len)
print("longest:", longest, len(longest), "| shortest:", shortest)
accented = []
for w in sorted(set(words)):
    if not w.isascii():
        accented.append(w)
print("non-ascii words:", accented)
first_seen = {}
for i, w in enumerate(words):
    if w not in first_seen:
        first_seen[w] = i
print("first five distinct:", list(first_seen)[:5])
singletons = 0
for w in content_counts:
    if content_counts[w] == 1:
        singletons += 1
print("hapax legomena:", singletons)
avg = sum(map(len, words)) / len(words)
print(f"average word length: {avg:.3f}")
