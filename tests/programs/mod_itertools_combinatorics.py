# itertools: product, permutations, combinations (with replacement) in CPython's order,
# and the argument errors of the itertools constructors.
from itertools import (product, permutations, combinations, combinations_with_replacement,
                       islice, count, repeat, cycle, chain, tee, zip_longest, accumulate,
                       groupby, compress, pairwise, starmap, dropwhile)

print(list(product("ab", [1, 2])), list(product()), list(product(repeat=0)))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product(range(3), repeat=4))))
print(list(product([], [1])), list(product([1], [])), list(product(range(2), "c", (True,))))
print(list(permutations("abc")), list(permutations(range(3), 2)))
print(list(permutations([1, 2], 0)), list(permutations([], 0)), list(permutations([1, 2], 5)))
print(list(permutations("abcd", 3))[:8], len(list(permutations(range(5)))))
print(list(permutations([1, 2], None)), list(permutations("aa")))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)))
print(list(combinations([1], 3)), list(combinations([], 0)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement(range(2), 3)))
print(list(combinations_with_replacement("", 1)), list(combinations_with_replacement("", 0)))
print(list(combinations_with_replacement("ab", 0)))
total = 0
for a, b, c in combinations(range(10), 3):
    if a + b + c == 10:
        total += 1
print(total, len(list(permutations(range(4)))))

names = ["count_str", "count_args", "count_kw", "repeat_none", "repeat_times", "repeat_args",
         "cycle_none", "cycle_int", "cycle_kw", "islice_none", "islice_neg", "islice_str",
         "islice_big", "islice_start", "islice_stopneg", "islice_step0", "islice_stepstr",
         "islice_iter", "islice_kw", "perm_neg", "perm_str", "perm_args", "prod_neg",
         "prod_kw", "prod_kw2", "prod_int", "comb_missing", "comb_neg", "comb_str",
         "cwr_neg", "tee_neg", "tee_str", "tee_args", "tee_kw", "zl_kw", "zl_int",
         "chain_kw", "chain_int", "acc_args", "acc_kw", "acc_func", "grp_args", "grp_kw",
         "cmp_missing", "pw_none", "pw_kw", "sm_args", "sm_item", "dw_func", "fi_args"]
for i in range(len(names)):
    try:
        if i == 0:
            count("a")
        elif i == 1:
            count(1, 2, 3)
        elif i == 2:
            count(x=1)
        elif i == 3:
            repeat()
        elif i == 4:
            repeat(1, "a")
        elif i == 5:
            repeat(1, 2, 3)
        elif i == 6:
            cycle()
        elif i == 7:
            cycle(1)
        elif i == 8:
            cycle(x=[1])
        elif i == 9:
            islice([1])
        elif i == 10:
            islice([1], -1)
        elif i == 11:
            islice([1], "a")
        elif i == 12:
            islice([1], 2**70)
        elif i == 13:
            islice([1], -2, 3)
        elif i == 14:
            islice([1], 1, -2)
        elif i == 15:
            islice([1], 1, 2, 0)
        elif i == 16:
            islice([1], 1, 2, "a")
        elif i == 17:
            islice(5, 1)
        elif i == 18:
            islice([1], stop=1)
        elif i == 19:
            permutations([1], -1)
        elif i == 20:
            permutations([1], "a")
        elif i == 21:
            permutations([1], 2, 3)
        elif i == 22:
            product([1], repeat=-1)
        elif i == 23:
            product(x=1)
        elif i == 24:
            product([1], repeat=1, x=2)
        elif i == 25:
            product(1)
        elif i == 26:
            combinations([1])
        elif i == 27:
            combinations([1], -1)
        elif i == 28:
            combinations([1], "a")
        elif i == 29:
            combinations_with_replacement([1], -1)
        elif i == 30:
            tee([1], -1)
        elif i == 31:
            tee([1], "a")
        elif i == 32:
            tee([1], 2, 3)
        elif i == 33:
            tee([1], n=2)
        elif i == 34:
            zip_longest(x=1)
        elif i == 35:
            zip_longest(1)
        elif i == 36:
            chain(x=1)
        elif i == 37:
            print(list(chain(1)))
        elif i == 38:
            accumulate([1], len, 3)
        elif i == 39:
            accumulate([1], x=3)
        elif i == 40:
            print(list(accumulate([1, 2], 5)))
        elif i == 41:
            groupby([1], len, 3)
        elif i == 42:
            groupby([1], k=len)
        elif i == 43:
            compress([1])
        elif i == 44:
            pairwise()
        elif i == 45:
            pairwise(iterable=[1])
        elif i == 46:
            starmap(pow)
        elif i == 47:
            print(list(starmap(pow, [1])))
        elif i == 48:
            print(list(dropwhile(5, [1])))
        elif i == 49:
            print(list(islice(count(), 1, 2, 3, 4)))
    except Exception as e:
        print(names[i], type(e).__name__, e)
