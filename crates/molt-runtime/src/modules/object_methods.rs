//! The public methods of the stdlib objects the runtime implements as `Object`s, so that
//! `obj.method` without a call gives a bound method and `hasattr(obj, "method")` is true, as
//! in CPython (attr.rs object_fallback). Generated from CPython 3.11: for each type, the names
//! in `dir(T)` not starting with `_` whose static attribute is callable and not a property,
//! member or getset descriptor, nor a class.

pub(crate) const OBJECT_METHODS: &[(&str, &[&str])] = &[
    ("Counter", &["clear", "copy", "elements", "fromkeys", "get", "items", "keys", "most_common", "pop", "popitem", "setdefault", "subtract", "total", "update", "values"]),
    ("deque", &["append", "appendleft", "clear", "copy", "count", "extend", "extendleft", "index", "insert", "pop", "popleft", "remove", "reverse", "rotate"]),
    ("defaultdict", &["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]),
    ("OrderedDict", &["clear", "copy", "fromkeys", "get", "items", "keys", "move_to_end", "pop", "popitem", "setdefault", "update", "values"]),
    ("ChainMap", &["clear", "copy", "fromkeys", "get", "items", "keys", "new_child", "pop", "popitem", "setdefault", "update", "values"]),
    ("date", &["ctime", "fromisocalendar", "fromisoformat", "fromordinal", "fromtimestamp", "isocalendar", "isoformat", "isoweekday", "replace", "strftime", "timetuple", "today", "toordinal", "weekday"]),
    ("datetime", &["astimezone", "combine", "ctime", "date", "dst", "fromisocalendar", "fromisoformat", "fromordinal", "fromtimestamp", "isocalendar", "isoformat", "isoweekday", "now", "replace", "strftime", "strptime", "time", "timestamp", "timetuple", "timetz", "today", "toordinal", "tzname", "utcfromtimestamp", "utcnow", "utcoffset", "utctimetuple", "weekday"]),
    ("timedelta", &["total_seconds"]),
    ("time", &["dst", "fromisoformat", "isoformat", "replace", "strftime", "tzname", "utcoffset"]),
    ("Decimal", &["adjusted", "as_integer_ratio", "as_tuple", "canonical", "compare", "compare_signal", "compare_total", "compare_total_mag", "conjugate", "copy_abs", "copy_negate", "copy_sign", "exp", "fma", "from_float", "is_canonical", "is_finite", "is_infinite", "is_nan", "is_normal", "is_qnan", "is_signed", "is_snan", "is_subnormal", "is_zero", "ln", "log10", "logb", "logical_and", "logical_invert", "logical_or", "logical_xor", "max", "max_mag", "min", "min_mag", "next_minus", "next_plus", "next_toward", "normalize", "number_class", "quantize", "radix", "remainder_near", "rotate", "same_quantum", "scaleb", "shift", "sqrt", "to_eng_string", "to_integral", "to_integral_exact", "to_integral_value"]),
    ("Fraction", &["as_integer_ratio", "conjugate", "from_decimal", "from_float", "limit_denominator"]),
    ("StringIO", &["close", "detach", "fileno", "flush", "getvalue", "isatty", "read", "readable", "readline", "readlines", "seek", "seekable", "tell", "truncate", "writable", "write", "writelines"]),
    ("PosixPath", &["absolute", "as_posix", "as_uri", "chmod", "cwd", "exists", "expanduser", "glob", "group", "hardlink_to", "home", "is_absolute", "is_block_device", "is_char_device", "is_dir", "is_fifo", "is_file", "is_mount", "is_relative_to", "is_reserved", "is_socket", "is_symlink", "iterdir", "joinpath", "lchmod", "link_to", "lstat", "match", "mkdir", "open", "owner", "read_bytes", "read_text", "readlink", "relative_to", "rename", "replace", "resolve", "rglob", "rmdir", "samefile", "stat", "symlink_to", "touch", "unlink", "with_name", "with_stem", "with_suffix", "write_bytes", "write_text"]),
    ("Pattern", &["findall", "finditer", "fullmatch", "match", "scanner", "search", "split", "sub", "subn"]),
    ("Match", &["end", "expand", "group", "groupdict", "groups", "span", "start"]),
    ("HASH", &["copy", "digest", "hexdigest", "update"]),
    ("Struct", &["iter_unpack", "pack", "pack_into", "unpack", "unpack_from"]),
    ("Random", &["betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate"]),
    ("Template", &["get_identifiers", "is_valid", "safe_substitute", "substitute"]),
    ("bytes", &["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"]),
    ("bytearray", &["append", "capitalize", "center", "clear", "copy", "count", "decode", "endswith", "expandtabs", "extend", "find", "fromhex", "hex", "index", "insert", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "pop", "remove", "removeprefix", "removesuffix", "replace", "reverse", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"]),
    ("TextIOWrapper", &["close", "detach", "fileno", "flush", "isatty", "read", "readable", "readline", "readlines", "reconfigure", "seek", "seekable", "tell", "truncate", "writable", "write", "writelines"]),
    ("BufferedReader", &["close", "detach", "fileno", "flush", "isatty", "peek", "read", "read1", "readable", "readinto", "readinto1", "readline", "readlines", "seek", "seekable", "tell", "truncate", "writable", "write", "writelines"]),
    ("BufferedWriter", &["close", "detach", "fileno", "flush", "isatty", "read", "read1", "readable", "readinto", "readinto1", "readline", "readlines", "seek", "seekable", "tell", "truncate", "writable", "write", "writelines"]),
    ("BufferedRandom", &["close", "detach", "fileno", "flush", "isatty", "peek", "read", "read1", "readable", "readinto", "readinto1", "readline", "readlines", "seek", "seekable", "tell", "truncate", "writable", "write", "writelines"]),
];

/// Whether `name` is a method of the runtime object whose type is `type_name` (qualified or
/// not: the part after the last dot is the class name).
pub fn has_method(type_name: &str, name: &str) -> bool {
    let short = type_name.rsplit('.').next().unwrap_or(type_name);
    OBJECT_METHODS
        .iter()
        .find(|(t, _)| *t == short)
        .is_some_and(|(_, ms)| ms.contains(&name))
}

#[cfg(test)]
mod tests {
    #[test]
    fn lookups() {
        assert!(super::has_method("collections.Counter", "most_common"));
        assert!(super::has_method("deque", "append"));
        assert!(!super::has_method("deque", "maxlen"));
        assert!(!super::has_method("nosuch", "append"));
    }
}
