"""A small program molt compiles: recursion, big ints, containers, formatting."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    print("fib(25) =", fib(25))
    print("2 ** 100 =", 2 ** 100)
    print(f"{0.1 + 0.2!r} {1 / 3:.5f} {12345678:,}")
    counts = word_counts("the quick brown fox jumps over the lazy dog The End")
    for word, n in sorted(counts.items()):
        if n > 1:
            print(word, n)
    print({10, 1, 100, 5})
