//! What molt knows of Python's builtins and stdlib modules: which names exist and are
//! implemented. Everything else is refused at compile time with a diagnostic naming it.

/// Builtin functions and types that molt compiles.
pub const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "chr",
    "complex",
    "dict",
    "divmod",
    "enumerate",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "hash",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "len",
    "list",
    "map",
    "max",
    "min",
    "oct",
    "open",
    "iter",
    "next",
    "callable",
    "ord",
    "pow",
    "print",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "sorted",
    "str",
    "sum",
    "tuple",
    "type",
    "zip",
    // The object model (attr.rs, class/).
    "getattr",
    "setattr",
    "hasattr",
    "delattr",
    "issubclass",
    "vars",
    "dir",
    "object",
    "super",
    "staticmethod",
    "classmethod",
    "property",
    "slice",
    "NotImplemented",
    "Ellipsis",
];

/// Builtins that exist in Python but that molt refuses, with the reason shown to the user.
pub fn unsupported_builtin(name: &str) -> Option<&'static str> {
    Some(match name {
        "eval" | "exec" | "compile" => "dynamic code execution cannot be compiled ahead of time",
        "globals" | "locals" => "introspection of namespaces is not supported",
        "__import__" | "breakpoint" | "help" | "memoryview" => "this builtin is not supported",
        _ => return None,
    })
}

/// Python's builtin exception classes (a name in this list is a class, not a function).
pub const EXCEPTIONS: &[&str] = &[
    "BaseException",
    "SystemExit",
    "KeyboardInterrupt",
    "GeneratorExit",
    "Exception",
    "StopIteration",
    "StopAsyncIteration",
    "ArithmeticError",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "ModuleNotFoundError",
    "LookupError",
    "IndexError",
    "KeyError",
    "MemoryError",
    "NameError",
    "UnboundLocalError",
    "OSError",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "ReferenceError",
    "RuntimeError",
    "NotImplementedError",
    "RecursionError",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "UnicodeError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "RuntimeWarning",
    "PendingDeprecationWarning",
    "SyntaxWarning",
    "FutureWarning",
    "ImportWarning",
    "UnicodeWarning",
    "BytesWarning",
    "ResourceWarning",
    "EncodingWarning",
];

/// `IOError` and `EnvironmentError` are aliases of OSError.
pub fn exception_alias(name: &str) -> &str {
    match name {
        "IOError" | "EnvironmentError" => "OSError",
        n => n,
    }
}

pub fn is_exception(name: &str) -> bool {
    EXCEPTIONS.contains(&exception_alias(name))
}

/// Builtin types a user class can subclass (`class Stack(list)`): the runtime carries the
/// builtin value inside the instance (molt-runtime class/builtin_base.rs).
pub const SUBCLASSABLE_TYPES: &[&str] = &["list", "dict", "set", "str", "int", "float", "tuple"];

/// Names of builtin types usable in `isinstance` and as `T.method`.
pub const TYPES: &[&str] = &[
    "int",
    "float",
    "bool",
    "str",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "type",
    "bytes",
    "bytearray",
];

/// `T.name(...)` calls of class or static methods of builtin types, which take no instance
/// (lowered to the internal builtin `__molt_type_method`).
pub fn is_type_method(ty: &str, name: &str) -> bool {
    matches!(
        (ty, name),
        ("bytes" | "bytearray", "fromhex" | "maketrans")
            | ("int", "from_bytes")
            | ("float", "fromhex")
            | ("str", "maketrans")
            | ("dict", "fromkeys")
    )
}

/// Stdlib modules molt implements.
pub const MODULES: &[&str] = &[
    "math",
    "sys",
    // random, json, re
    "random",
    "json",
    "re",
    // stdB: collections & co. (crates/molt-runtime/src/modules/)
    "collections",
    "itertools",
    "heapq",
    "bisect",
    "copy",
    "functools",
    "operator",
    // group C
    "fractions",
    "statistics",
    "string",
    "textwrap",
    "traceback",
    "time",
    "struct",
    "hashlib",
    "base64",
    "os",
    "os.path",
    "pathlib",
    "datetime",
    "decimal",
    // generators and `with` (runtime: genobj.rs, ctx.rs, modules/contextlib.rs, modules/io.rs)
    "contextlib",
    "io",
    // class-building stdlib (runtime: class/dataclass.rs, enums.rs, namedtuple.rs,
    // modules/typing.rs)
    "abc",
    "typing",
    "dataclasses",
    "enum",
    // isinstance checks (runtime: modules/collections_abc.rs)
    "collections.abc",
    // runtime: modules/numbers.rs
    "numbers",
    // runtime: modules/argparse.rs
    "argparse",
    // runtime: modules/typesmod.rs
    "types",
    // runtime: modules/csv.rs
    "csv",
    // runtime: modules/calendar.rs
    "calendar",
    // runtime: modules/tempfile.rs
    "tempfile",
    "shutil",
    // runtime: modules/array.rs
    "array",
    // runtime: modules/globmod.rs
    "fnmatch",
    "glob",
    // runtime: modules/html.rs
    "html",
    // runtime: modules/logging.rs
    "logging",
    // runtime: modules/pprint.rs
    "pprint",
    // runtime: modules/warnings.rs
    "warnings",
    // runtime: modules/shlex.rs
    "shlex",
    // runtime: modules/reprlib.rs
    "reprlib",
];

/// CPython 3.11's stdlib top-level modules (`sys.stdlib_module_names`, without the private
/// ones). Importing one that molt does not implement is refused at compile time: CPython
/// would find it, so a run-time ModuleNotFoundError would be wrong output.
pub const CPYTHON_STDLIB: &[&str] = &[
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

/// Members of a supported module: functions, then values.
pub fn module_functions(module: &str) -> &'static [&'static str] {
    match module {
        "math" => &[
            "sqrt",
            "floor",
            "ceil",
            "trunc",
            "fabs",
            "factorial",
            "gcd",
            "lcm",
            "isqrt",
            "comb",
            "perm",
            "pow",
            "exp",
            "expm1",
            "exp2",
            "log",
            "log2",
            "log10",
            "log1p",
            "sin",
            "cos",
            "tan",
            "asin",
            "acos",
            "atan",
            "atan2",
            "sinh",
            "cosh",
            "tanh",
            "asinh",
            "acosh",
            "atanh",
            "hypot",
            "degrees",
            "radians",
            "isclose",
            "isfinite",
            "isinf",
            "isnan",
            "copysign",
            "fmod",
            "frexp",
            "ldexp",
            "modf",
            "fsum",
            "prod",
            "dist",
            "remainder",
            "cbrt",
            "erf",
            "erfc",
            "gamma",
            "lgamma",
            "nextafter",
            "ulp",
        ],
        "sys" => &[
            "exit",
            "exc_info",
            "setrecursionlimit",
            "getrecursionlimit",
            "set_int_max_str_digits",
            "get_int_max_str_digits",
        ],
        // random, json, re
        "random" => &[
            "Random",
            "seed",
            "random",
            "uniform",
            "triangular",
            "randint",
            "choice",
            "randrange",
            "sample",
            "shuffle",
            "choices",
            "normalvariate",
            "lognormvariate",
            "expovariate",
            "vonmisesvariate",
            "gammavariate",
            "gauss",
            "betavariate",
            "paretovariate",
            "weibullvariate",
            "getstate",
            "setstate",
            "getrandbits",
            "randbytes",
        ],
        "json" => &["loads", "dumps", "load", "dump"],
        "re" => &[
            "compile",
            "search",
            "match",
            "fullmatch",
            "findall",
            "finditer",
            "sub",
            "subn",
            "split",
            "escape",
            "purge",
        ],
        // stdB: collections & co. Types and functions are callable and usable as values.
        "collections" => &[
            "deque",
            "Counter",
            "defaultdict",
            "OrderedDict",
            "namedtuple",
            "ChainMap",
            // Python classes of a prelude module (modules_graph.rs `PRELUDE_NAMES`).
            "UserDict",
            "UserList",
            "UserString",
        ],
        "itertools" => &[
            "count",
            "cycle",
            "repeat",
            "accumulate",
            "chain",
            "compress",
            "dropwhile",
            "filterfalse",
            "groupby",
            "islice",
            "pairwise",
            "permutations",
            "product",
            "starmap",
            "takewhile",
            "tee",
            "zip_longest",
            "combinations",
            "combinations_with_replacement",
        ],
        "heapq" => &[
            "heappush",
            "heappop",
            "heapify",
            "heappushpop",
            "heapreplace",
            "nlargest",
            "nsmallest",
            "merge",
        ],
        "bisect" => &[
            "bisect_left",
            "bisect_right",
            "bisect",
            "insort_left",
            "insort_right",
            "insort",
        ],
        "copy" => &["copy", "deepcopy"],
        "functools" => &[
            "reduce",
            "partial",
            "lru_cache",
            "cache",
            "wraps",
            "update_wrapper",
            "cmp_to_key",
            "singledispatch",
            "singledispatchmethod",
            "total_ordering",
            "cached_property",
        ],
        "operator" => &[
            "add",
            "sub",
            "mul",
            "truediv",
            "floordiv",
            "mod",
            "pow",
            "lshift",
            "rshift",
            "and_",
            "or_",
            "xor",
            "concat",
            "eq",
            "ne",
            "lt",
            "le",
            "gt",
            "ge",
            "is_",
            "is_not",
            "contains",
            "countOf",
            "indexOf",
            "getitem",
            "setitem",
            "delitem",
            "iadd",
            "isub",
            "imul",
            "itruediv",
            "ifloordiv",
            "imod",
            "ipow",
            "ilshift",
            "irshift",
            "iand",
            "ior",
            "ixor",
            "iconcat",
            "neg",
            "pos",
            "abs",
            "inv",
            "invert",
            "not_",
            "truth",
            "index",
            "itemgetter",
            "attrgetter",
            "methodcaller",
        ],
        // ---- group C (runtime: modules/*.rs)
        "fractions" => &["Fraction"],
        "statistics" => &[
            "mean",
            "fmean",
            "median",
            "median_low",
            "median_high",
            "median_grouped",
            "mode",
            "multimode",
            "variance",
            "pvariance",
            "stdev",
            "pstdev",
            "quantiles",
            "geometric_mean",
            "harmonic_mean",
            "covariance",
            "correlation",
            "linear_regression",
            // A Python class of a prelude module (modules_graph.rs `PRELUDE_NAMES`).
            "NormalDist",
            // NormalDist.from_samples's helper (private in CPython too; not in the README).
            "_mean_stdev",
        ],
        "string" => &["capwords", "Template"],
        "textwrap" => &["wrap", "fill", "shorten", "dedent", "indent", "TextWrapper"],
        "traceback" => &["format_exception_only", "print_exc", "print_exception"],
        "time" => &[
            "time",
            "time_ns",
            "perf_counter",
            "perf_counter_ns",
            "monotonic",
            "monotonic_ns",
            "process_time",
            "process_time_ns",
            "sleep",
            "gmtime",
            "localtime",
            "strftime",
            "asctime",
            "ctime",
            "mktime",
        ],
        "struct" => &[
            "pack",
            "pack_into",
            "unpack",
            "calcsize",
            "unpack_from",
            "iter_unpack",
            "Struct",
        ],
        "hashlib" => &["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new"],
        "base64" => &[
            "b64encode",
            "b64decode",
            "standard_b64encode",
            "standard_b64decode",
            "urlsafe_b64encode",
            "urlsafe_b64decode",
            "b16encode",
            "b16decode",
        ],
        "os" => &[
            "getenv",
            "getcwd",
            "chdir",
            "cpu_count",
            "getpid",
            "listdir",
            "mkdir",
            "makedirs",
            "remove",
            "unlink",
            "rmdir",
            "rename",
            "replace",
            "walk",
            "symlink",
        ],
        "os.path" => &[
            "join",
            "exists",
            "isfile",
            "isdir",
            "isabs",
            "basename",
            "dirname",
            "split",
            "splitext",
            "normpath",
            "abspath",
            "realpath",
            "getsize",
            "expanduser",
            "relpath",
            "commonprefix",
        ],
        "pathlib" => &["Path"],
        "fnmatch" => &["fnmatch", "fnmatchcase", "filter"],
        "glob" => &["glob", "escape"],
        "html" => &["escape", "unescape"],
        "shlex" => &["split", "quote", "join"],
        "reprlib" => &["recursive_repr"],
        "warnings" => &[
            "warn",
            "filterwarnings",
            "simplefilter",
            "resetwarnings",
            "catch_warnings",
        ],
        "pprint" => &[
            "pprint",
            "pformat",
            "pp",
            "saferepr",
            "isreadable",
            "isrecursive",
            "PrettyPrinter",
        ],
        "logging" => &[
            "basicConfig",
            "getLogger",
            "debug",
            "info",
            "warning",
            "error",
            "critical",
            "fatal",
            "exception",
            "log",
            "disable",
            "getLevelName",
            "addLevelName",
            "StreamHandler",
            "NullHandler",
            "Formatter",
        ],
        "datetime" => &["date", "datetime", "timedelta", "time"],
        "decimal" => &["Decimal", "getcontext", "localcontext"],
        "contextlib" => &[
            "contextmanager",
            "suppress",
            "redirect_stdout",
            "redirect_stderr",
            "nullcontext",
            "closing",
            "ExitStack",
        ],
        "io" => &["StringIO"],
        "abc" => &["ABC", "ABCMeta", "abstractmethod"],
        "typing" => &[
            "NamedTuple",
            "TypedDict",
            "TypeVar",
            "cast",
            "final",
            "overload",
            "runtime_checkable",
            "NewType",
            "assert_never",
            "assert_type",
            // `Text = str`: also a value (TYPING_FORMS).
            "Text",
        ],
        "dataclasses" => &[
            "dataclass",
            "field",
            "fields",
            "asdict",
            "astuple",
            "replace",
            "is_dataclass",
            "FrozenInstanceError",
            "InitVar",
            "KW_ONLY",
            "MISSING",
        ],
        "enum" => &[
            "Enum",
            "IntEnum",
            "StrEnum",
            "Flag",
            "IntFlag",
            "auto",
            "unique",
            "FlagBoundary",
        ],
        "argparse" => &["ArgumentParser", "Namespace"],
        "types" => &["SimpleNamespace"],
        "csv" => &[
            "reader",
            "writer",
            "DictReader",
            "DictWriter",
            "register_dialect",
            "unregister_dialect",
            "get_dialect",
            "list_dialects",
            "field_size_limit",
            "Sniffer",
        ],
        "tempfile" => &[
            "gettempdir",
            "mkdtemp",
            "TemporaryDirectory",
            "NamedTemporaryFile",
        ],
        "shutil" => &["rmtree", "copyfile", "copy", "copy2", "copytree", "move"],
        "calendar" => &[
            "isleap",
            "leapdays",
            "weekday",
            "monthrange",
            "monthcalendar",
            "firstweekday",
            "setfirstweekday",
            "month",
            "prmonth",
            "calendar",
            "prcal",
            "weekheader",
            "timegm",
            "Calendar",
            "TextCalendar",
        ],
        "array" => &["array", "ArrayType"],
        _ => &[],
    }
}

/// What the README says of a supported module beyond its names: which parts molt refuses
/// (shown in the generated module table, catalog_doc.rs).
pub fn module_notes(module: &str) -> &'static str {
    match module {
        "sys" => {
            "`version_info` is CPython 3.11.7's, the version whose behaviour molt \
             reproduces, and `version` is that reference build's string; `sys.stdin` has \
             readline/read/readlines, stdout/stderr write/flush"
        }
        "random" => "Mersenne Twister: the same streams as CPython for the same seed",
        "re" => "a port of CPython's sre",
        "functools" => "functions, lambdas, builtins and methods such as `str.lower` as callables",
        "argparse" => {
            "the default help formatter; refused: formatter_class, parents, \
             fromfile_prefix_chars, conflict_handler, exit_on_error, FileType, \
             BooleanOptionalAction, custom Action classes"
        }
        "csv" => {
            "over files, `io.StringIO` and lists of strings; dialects by name, class or \
             object; CPython's quoting rules"
        }
        "tempfile" => {
            "NamedTemporaryFile's `.file` raises NotImplementedError; refused: the rest of \
             tempfile (mkstemp, TemporaryFile, SpooledTemporaryFile, ...)"
        }
        "shutil" => "refused: the rest of shutil",
        "fnmatch" => "posix matching (case-sensitive); refused: `translate`",
        "glob" => {
            "results in directory order, as CPython's; refused: `iglob` (lazy), `has_magic`; \
             `dir_fd` raises NotImplementedError"
        }
        "traceback" => {
            "print_exc/print_exception write to stderr with no frame lines (the last line, the \
             exception's, is CPython's); refused: `file=` other than `sys.stderr`, and the \
             functions that return frame lines (format_exc, format_exception, ...)"
        }
        "dataclasses" => "refused: field metadata",
        "typing" => {
            "annotation names are opaque values; `runtime_checkable` protocols check members \
             as CPython 3.11 does; a NewType's module is `__main__`"
        }
        "collections.abc" => {
            "isinstance/issubclass checks (with CPython's `__subclasshook__` for the one-method ABCs) and annotations; subclassing (also through typing's aliases, subscripted or not) gives CPython 3.11's mixin methods; refused: calling an ABC, `register`"
        }
        "numbers" => {
            "isinstance/issubclass checks and annotations; subclassing its classes and \
             `register` are refused"
        }
        "datetime" => "naive dates and times only (no tzinfo)",
        "reprlib" => "`recursive_repr` only; refused: `repr`, `Repr`",
        "shlex" => {
            "the `shlex` class is not implemented; `split(None)` (reading stdin) raises NotImplementedError"
        }
        "warnings" => {
            "CPython's default filters, registries and printed form (the call's file, line \
             and source line); refused: `stacklevel` above 1 (the caller's line), \
             `source=`, replacing showwarning/formatwarning, \
             PYTHONWARNINGS"
        }
        "pprint" => {
            "CPython's layout of dicts, lists, tuples, sets, strings, bytes, Counter, \
             defaultdict, OrderedDict, deque, ChainMap, SimpleNamespace and dataclasses; \
             refused: subclassing PrettyPrinter; values of one type that do not compare \
             (ordered by address in CPython) raise NotImplementedError"
        }
        "io" => "`open()` and files are builtins",
        "logging" => {
            "loggers (hierarchy, levels, propagation, lastResort), StreamHandler, NullHandler, \
             `%`-style Formatter; tracebacks without frame lines, to stderr only; refused: \
             format fields that need the frame or the clock (asctime, lineno, funcName, ...), \
             file handlers, filters, other styles, subclassing its classes"
        }
        "array" => {
            "the item sizes and byte order of CPython on 64-bit Linux (`l`/`L` 8 bytes, \
             `u` 4 bytes); `buffer_info()` gives the address of molt's own item buffer"
        }
        _ => "",
    }
}

/// Classes of supported modules that a `class` statement cannot extend: the runtime
/// implements them as native objects, not as classes of an MRO.
pub fn module_base_unsupported(module: &str, name: &str) -> bool {
    matches!(
        (module, name),
        ("array", "array" | "ArrayType")
            | ("fractions", "Fraction")
            | ("decimal", "Decimal")
            | ("datetime", "date" | "datetime" | "time" | "timedelta")
            | ("pathlib", "Path")
            | ("argparse", "ArgumentParser" | "Namespace")
            | ("types", "SimpleNamespace")
            | ("random", "Random")
            | ("string", "Template")
            | ("io", "StringIO")
            | ("pprint", "PrettyPrinter")
            | ("enum", "EnumMeta" | "EnumType")
            | (
                "logging",
                "Logger" | "StreamHandler" | "NullHandler" | "Formatter"
            )
    )
}

/// The keywords a builtin function accepts (CPython 3.11's signatures), when molt checks
/// them at the call: `None` where any keyword may be valid or another check applies
/// (`dict()`, `type()`, `sorted()`, `super()`, `exit()`, the exceptions that take `name=`).
pub fn builtin_keywords(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "enumerate" => &["iterable", "start"],
        "int" => &["base"],
        "max" | "min" => &["key", "default"],
        "print" => &["sep", "end", "file", "flush"],
        "round" => &["number", "ndigits"],
        "str" => &["object", "encoding", "errors"],
        "sum" => &["start"],
        "zip" => &["strict"],
        "bytes" | "bytearray" => &["source", "encoding", "errors"],
        "property" => &["fget", "fset", "fdel", "doc"],
        "open" => &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        "complex" => &["real", "imag"],
        "pow" => &["base", "exp", "mod"],
        "abs" | "all" | "any" | "ascii" | "bin" | "bool" | "callable" | "chr" | "delattr"
        | "dir" | "divmod" | "filter" | "float" | "format" | "frozenset" | "getattr"
        | "hasattr" | "hash" | "hex" | "id" | "input" | "isinstance" | "issubclass" | "iter"
        | "len" | "list" | "map" | "next" | "oct" | "ord" | "range" | "repr" | "reversed"
        | "set" | "setattr" | "slice" | "tuple" | "vars" | "staticmethod" | "classmethod" => &[],
        "AttributeError"
        | "ImportError"
        | "ModuleNotFoundError"
        | "NameError"
        | "UnboundLocalError"
        | "BaseExceptionGroup"
        | "ExceptionGroup" => return None,
        n if is_exception(n) => &[],
        _ => return None,
    })
}

/// CPython's TypeError for keyword `kw` passed to builtin `name`, which does not take it:
/// METH_O/METH_VARARGS functions and exception classes take none; the others name it.
pub fn bad_builtin_keyword(name: &str, kw: &str) -> String {
    match builtin_keywords(name) {
        Some([]) => format!("{name}() takes no keyword arguments"),
        _ => format!("'{kw}' is an invalid keyword argument for {name}()"),
    }
}

/// The `bisect` and `heapq` functions that run on a typed list when called with
/// positional arguments only, and how many they take (inference and codegen agree on
/// these; other calls take the dynamic path, whose errors are CPython's).
pub fn list_module_arity(module: &str, func: &str) -> Option<std::ops::RangeInclusive<usize>> {
    match (module, func) {
        (
            "bisect",
            "bisect_left" | "bisect_right" | "bisect" | "insort_left" | "insort_right" | "insort",
        ) => Some(2..=4),
        ("heapq", "heappush" | "heappushpop" | "heapreplace") => Some(2..=2),
        ("heapq", "heappop" | "heapify") => Some(1..=1),
        _ => None,
    }
}

/// LogRecord attributes a logging format may not name: molt cannot give CPython's values
/// (mirrors `molt_runtime::modules::logging::UNSUPPORTED_FIELDS`).
pub const LOGGING_UNSUPPORTED_FIELDS: &[&str] = &[
    "asctime",
    "created",
    "filename",
    "funcName",
    "lineno",
    "module",
    "msecs",
    "pathname",
    "process",
    "processName",
    "relativeCreated",
    "thread",
    "threadName",
];

/// Keyword arguments of a supported module function that molt refuses, with the reason.
pub fn unsupported_kwarg(module: &str, func: &str, kw: &str) -> Option<&'static str> {
    match (module, func, kw) {
        ("decimal", "localcontext", "flags" | "traps") => {
            Some("molt's decimal contexts record no flags and trap the default signals")
        }
        (
            "argparse",
            "ArgumentParser",
            "formatter_class"
            | "parents"
            | "fromfile_prefix_chars"
            | "conflict_handler"
            | "exit_on_error",
        ) => Some(
            "only the default HelpFormatter, no parents, no argument files, the 'error' conflict handler and exit_on_error=True are implemented",
        ),
        ("logging", "basicConfig", "filename" | "filemode") => {
            Some("logging writes only to streams here: file handlers are not implemented")
        }
        ("logging", "basicConfig" | "Formatter", "style") => {
            Some("only the default '%' format style is implemented")
        }
        ("logging", "Formatter", "defaults") => Some("Formatter defaults are not implemented"),
        ("logging", _, "stack_info") => Some("molt keeps no frames to print a stack"),
        ("warnings", "warn", "source") => {
            Some("the tracemalloc traceback of a warning's source is not implemented")
        }
        ("warnings", "catch_warnings", "module") => {
            Some("catch_warnings works on the warnings module itself only")
        }
        _ => None,
    }
}

/// stdB: builtins that can be passed as values to the stdlib modules' functions
/// (`defaultdict(list)`, `key=len`, `itertools.starmap(pow, ...)`); mirrors
/// `molt_runtime::modules::callable::builtin_ref_supported`.
pub fn builtin_value_supported(name: &str) -> bool {
    matches!(
        name,
        "int"
            | "float"
            | "complex"
            | "bool"
            | "str"
            | "list"
            | "tuple"
            | "dict"
            | "set"
            | "frozenset"
            | "range"
            | "bytes"
            | "bytearray"
            | "enumerate"
            | "zip"
            | "reversed"
            | "map"
            | "filter"
            | "abs"
            | "len"
            | "repr"
            | "ascii"
            | "ord"
            | "chr"
            | "hex"
            | "oct"
            | "bin"
            | "hash"
            | "round"
            | "divmod"
            | "pow"
            | "min"
            | "max"
            | "sum"
            | "sorted"
            | "any"
            | "all"
            | "format"
            | "id"
            | "print"
            | "input"
            | "getattr"
            | "setattr"
            | "hasattr"
            | "delattr"
            | "isinstance"
            | "issubclass"
            | "vars"
            | "dir"
            | "callable"
            | "iter"
            | "next"
            | "staticmethod"
            | "classmethod"
            | "property"
            | "slice"
            | "object"
            | "type"
            | "NotImplemented"
            | "Ellipsis"
    )
}

/// stdB: unbound methods (`str.lower`) that can be passed as values; mirrors
/// `molt_runtime::modules::callable::method_ref_supported`.
pub fn method_value_supported(ty: &str, name: &str) -> bool {
    if subclass_method_supported(ty, name) {
        return true;
    }
    match ty {
        "str" => matches!(
            name,
            "lower"
                | "upper"
                | "strip"
                | "lstrip"
                | "rstrip"
                | "title"
                | "capitalize"
                | "casefold"
                | "swapcase"
                | "isdigit"
                | "isalpha"
                | "isspace"
                | "isupper"
                | "islower"
                | "isalnum"
                | "isdecimal"
                | "isnumeric"
                | "split"
                | "join"
                | "startswith"
                | "endswith"
                | "count"
                | "find"
                | "replace"
        ),
        "list" => matches!(name, "append" | "extend" | "count" | "index" | "copy"),
        "dict" => matches!(
            name,
            "get" | "keys" | "values" | "items" | "copy" | "fromkeys"
        ),
        "set" => matches!(name, "add" | "union" | "intersection" | "difference"),
        "int" => matches!(name, "bit_length"),
        _ => false,
    }
}

/// Exception classes of stdlib modules that a program may construct (`raise
/// statistics.StatisticsError("...")`): their constructor is BaseException's, so a call
/// of the class value (runtime modules.rs `module_exception`) makes the exception.
pub const CALLABLE_MODULE_EXCEPTIONS: &[(&str, &str)] = &[
    ("statistics", "StatisticsError"),
    ("struct", "error"),
    ("csv", "Error"),
    ("io", "UnsupportedOperation"),
];

pub fn module_values(module: &str) -> &'static [&'static str] {
    match module {
        // random, json, re
        "re" => &[
            "I",
            "IGNORECASE",
            "M",
            "MULTILINE",
            "S",
            "DOTALL",
            "X",
            "VERBOSE",
            "A",
            "ASCII",
            "U",
            "UNICODE",
            "L",
            "LOCALE",
            "NOFLAG",
            "error",
        ],
        "math" => &["pi", "e", "tau", "inf", "nan"],
        "enum" => &["STRICT", "CONFORM", "EJECT", "KEEP"],
        "sys" => &[
            "argv",
            "maxsize",
            "stdin",
            "stdout",
            "stderr",
            "platform",
            "byteorder",
            // runtime: modules/sysmod.rs
            "version_info",
            "version",
            "hexversion",
            "api_version",
            "float_info",
            "int_info",
            "maxunicode",
            "float_repr_style",
        ],
        // ---- group C (runtime: modules/*.rs)
        "string" => &[
            "ascii_letters",
            "ascii_lowercase",
            "ascii_uppercase",
            "digits",
            "hexdigits",
            "octdigits",
            "punctuation",
            "printable",
            "whitespace",
        ],
        "os" => &[
            "environ", "sep", "linesep", "name", "curdir", "pardir", "path",
        ],
        "os.path" => &["sep"],
        "datetime" => &["MINYEAR", "MAXYEAR"],
        "csv" => &[
            "QUOTE_MINIMAL",
            "QUOTE_ALL",
            "QUOTE_NONNUMERIC",
            "QUOTE_NONE",
            "Error",
            "Dialect",
            "excel",
            "excel_tab",
            "unix_dialect",
        ],
        "argparse" => &[
            "SUPPRESS",
            "OPTIONAL",
            "ZERO_OR_MORE",
            "ONE_OR_MORE",
            "REMAINDER",
        ],
        // Annotation-only names: opaque values (modules/typing.rs).
        "typing" => crate::catalog::TYPING_FORMS,
        "numbers" => &["Number", "Complex", "Real", "Rational", "Integral"],
        "collections.abc" => &[
            "Container",
            "Hashable",
            "Iterable",
            "Iterator",
            "Reversible",
            "Generator",
            "Sized",
            "Callable",
            "Collection",
            "Set",
            "MutableSet",
            "Mapping",
            "MutableMapping",
            "MappingView",
            "KeysView",
            "ItemsView",
            "ValuesView",
            "Sequence",
            "MutableSequence",
        ],
        "decimal" => &[
            "ROUND_HALF_EVEN",
            "ROUND_HALF_UP",
            "ROUND_HALF_DOWN",
            "ROUND_UP",
            "ROUND_DOWN",
            "ROUND_CEILING",
            "ROUND_FLOOR",
            "ROUND_05UP",
            "InvalidOperation",
            "DivisionByZero",
            "Overflow",
        ],
        "json" => &["JSONDecodeError"],
        "shutil" => &["Error", "SameFileError"],
        "calendar" => &[
            "month_name",
            "month_abbr",
            "day_name",
            "day_abbr",
            "MONDAY",
            "TUESDAY",
            "WEDNESDAY",
            "THURSDAY",
            "FRIDAY",
            "SATURDAY",
            "SUNDAY",
            "IllegalMonthError",
            "IllegalWeekdayError",
        ],
        "statistics" => &["StatisticsError"],
        "struct" => &["error"],
        "io" => &["UnsupportedOperation"],
        "array" => &["typecodes"],
        "logging" => &[
            "CRITICAL",
            "FATAL",
            "ERROR",
            "WARNING",
            "WARN",
            "INFO",
            "DEBUG",
            "NOTSET",
            "BASIC_FORMAT",
            "root",
            "Logger",
        ],
        _ => &[],
    }
}

/// Methods of `sys.stdin`, `sys.stdout` and `sys.stderr`.
pub fn stream_methods(stream: &str) -> &'static [&'static str] {
    match stream {
        "stdin" => &[
            "readline",
            "read",
            "readlines",
            "fileno",
            "isatty",
            "readable",
            "writable",
        ],
        _ => &[
            "write",
            "flush",
            "writelines",
            "fileno",
            "isatty",
            "readable",
            "writable",
        ],
    }
}

/// typing's special forms and generic aliases, usable in annotations (opaque values at
/// run time).
pub const TYPING_FORMS: &[&str] = &[
    "Any",
    "Callable",
    "ClassVar",
    "Final",
    "Generic",
    "Protocol",
    "Optional",
    "Union",
    "Literal",
    "List",
    "Dict",
    "Set",
    "FrozenSet",
    "Tuple",
    "Type",
    "Deque",
    "DefaultDict",
    "Counter",
    "OrderedDict",
    "Iterable",
    "Iterator",
    "Generator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "AbstractSet",
    "MutableSet",
    "Collection",
    "Container",
    "Hashable",
    "Sized",
    "Reversible",
    "NoReturn",
    "TYPE_CHECKING",
    "Required",
    "NotRequired",
    "Self",
    "TypeAlias",
    "Annotated",
    "Never",
    "LiteralString",
    "Text",
    "AnyStr",
];

/// The methods of a subclassable builtin type that `T.name` gives as a value, applying to
/// the builtin value of a subclass instance (`dict.__getitem__(self, k)`, `list.append(self,
/// x)`): the runtime's class dict of the type (molt-runtime class/builtin_base.rs
/// `type_dict`), which this list mirrors.
pub fn subclass_method_supported(ty: &str, name: &str) -> bool {
    let named: &[&str] = match ty {
        "list" => &[
            "append", "extend", "insert", "pop", "remove", "index", "count", "clear", "copy",
            "sort", "reverse",
        ],
        "dict" => &[
            "keys",
            "values",
            "items",
            "get",
            "pop",
            "popitem",
            "setdefault",
            "update",
            "clear",
            "copy",
        ],
        "set" => &[
            "add",
            "discard",
            "remove",
            "pop",
            "clear",
            "copy",
            "update",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
            "intersection_update",
            "difference_update",
            "symmetric_difference_update",
        ],
        "str" => &[
            "capitalize",
            "casefold",
            "center",
            "count",
            "encode",
            "endswith",
            "expandtabs",
            "find",
            "format",
            "index",
            "isalnum",
            "isalpha",
            "isascii",
            "isdecimal",
            "isdigit",
            "isidentifier",
            "islower",
            "isnumeric",
            "isprintable",
            "isspace",
            "istitle",
            "isupper",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "partition",
            "removeprefix",
            "removesuffix",
            "replace",
            "rfind",
            "rindex",
            "rjust",
            "rpartition",
            "rsplit",
            "rstrip",
            "split",
            "splitlines",
            "startswith",
            "strip",
            "swapcase",
            "title",
            "translate",
            "upper",
            "zfill",
        ],
        "int" => &["bit_length", "bit_count", "conjugate", "as_integer_ratio"],
        "float" => &["is_integer", "conjugate", "as_integer_ratio", "hex"],
        "tuple" => &["index", "count"],
        _ => return false,
    };
    if named.contains(&name) {
        return true;
    }
    let container = !matches!(ty, "int" | "float");
    let cmp = ["__lt__", "__le__", "__gt__", "__ge__"];
    let binops: &[&str] = match ty {
        "list" | "tuple" => &["__add__", "__mul__", "__rmul__"],
        "str" => &["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__"],
        "dict" => &["__or__", "__ror__"],
        "set" => &[
            "__or__", "__ror__", "__and__", "__rand__", "__sub__", "__rsub__", "__xor__",
            "__rxor__",
        ],
        "int" => &[
            "__add__",
            "__radd__",
            "__sub__",
            "__rsub__",
            "__mul__",
            "__rmul__",
            "__truediv__",
            "__rtruediv__",
            "__floordiv__",
            "__rfloordiv__",
            "__mod__",
            "__rmod__",
            "__pow__",
            "__rpow__",
            "__lshift__",
            "__rlshift__",
            "__rshift__",
            "__rrshift__",
            "__and__",
            "__rand__",
            "__or__",
            "__ror__",
            "__xor__",
            "__rxor__",
        ],
        _ => &[
            "__add__",
            "__radd__",
            "__sub__",
            "__rsub__",
            "__mul__",
            "__rmul__",
            "__truediv__",
            "__rtruediv__",
            "__floordiv__",
            "__rfloordiv__",
            "__mod__",
            "__rmod__",
            "__pow__",
            "__rpow__",
        ],
    };
    let inplace: &[&str] = match ty {
        "list" => &["__iadd__", "__imul__"],
        "dict" => &["__ior__"],
        "set" => &["__ior__", "__iand__", "__isub__", "__ixor__"],
        _ => &[],
    };
    match name {
        "__new__" | "__repr__" | "__hash__" | "__eq__" | "__ne__" => true,
        n if cmp.contains(&n) => ty != "dict",
        "__init__" => matches!(ty, "list" | "dict" | "set"),
        "__format__" => matches!(ty, "str" | "int" | "float"),
        "__str__" => ty == "str",
        "__len__" | "__iter__" | "__contains__" | "__getitem__" => container,
        "__setitem__" | "__delitem__" | "__reversed__" => matches!(ty, "list" | "dict"),
        "__neg__" | "__pos__" | "__abs__" | "__bool__" | "__int__" | "__float__" | "__trunc__"
        | "__round__" => !container,
        "__index__" | "__invert__" => ty == "int",
        n => binops.contains(&n) || inplace.contains(&n),
    }
}

/// The class a typing alias stands for when it is a class molt lets programs subclass
/// (`typing.List` is list), for the hint of a refused `class C(List[int])`.
pub fn typing_alias_origin(name: &str) -> Option<&'static str> {
    Some(match name {
        "List" => "list",
        "Dict" => "dict",
        "Set" => "set",
        "Tuple" => "tuple",
        "Counter" => "collections.Counter",
        "DefaultDict" => "collections.defaultdict",
        "OrderedDict" => "collections.OrderedDict",
        "Deque" => "collections.deque",
        _ => return None,
    })
}
