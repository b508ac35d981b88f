# Errors raised by builtin operations and their messages.
def run(label, code):
    try:
        result = code()
        print(label, "ok", result)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def add_int_str():
    return 1 + "a"

def len_int():
    return len(5)

def index_list():
    return [1, 2][2]

def key_dict():
    return {"a": 1}["b"]

def int_parse():
    return int("x")

def list_index():
    return [1, 2].index(3)

def list_remove():
    lst = [1]
    lst.remove(2)
    return lst

def compare_mixed():
    return [] < 1

def call_int():
    n = 5
    return n()

def subscript_int():
    n = 5
    return n[0]

def neg_str():
    return -"a"

def float_parse():
    return float("1,5")

def mul_list_list():
    return [1] * [2]

def tuple_assign():
    t = (1, 2)
    t[0] = 5
    return t

def str_assign():
    s = "abc"
    s[0] = "x"
    return s

def unhashable():
    return {[]: 1}

def chr_negative():
    return chr(-1)

def dict_iter_key():
    return {1: 2}[[1][0] + 1]

run("add_int_str", add_int_str)
run("len_int", len_int)
run("index_list", index_list)
run("key_dict", key_dict)
run("int_parse", int_parse)
run("list_index", list_index)
run("list_remove", list_remove)
run("compare_mixed", compare_mixed)
run("call_int", call_int)
run("subscript_int", subscript_int)
run("neg_str", neg_str)
run("float_parse", float_parse)
run("mul_list_list", mul_list_list)
run("tuple_assign", tuple_assign)
run("str_assign", str_assign)
run("unhashable", unhashable)
run("chr_negative", chr_negative)
run("dict_iter_key", dict_iter_key)
