//! str and Unicode behaviour compared with the real CPython 3.11 (python3 on PATH), one
//! python3 run per test: every character predicate and case mapping over all code points,
//! and every str method over a corpus of strings in many scripts.

use molt_runtime::str_methods::{chr, maketrans2, maketrans3, ord};
use molt_runtime::unicode as u;
use molt_runtime::{Int, PyErr, PyObj, PyResult, Str};
use std::io::Write;
use std::process::{Command, Stdio};

fn python(script: &str) -> Vec<u8> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg("import sys; exec(sys.stdin.read())")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 must be on PATH");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("write script");
    let out = child.wait_with_output().expect("python3 run");
    assert!(out.status.success(), "python3 failed");
    out.stdout
}

/// A Python literal for any string: printable ASCII letters as they are, the rest escaped.
fn py_lit(s: &str) -> String {
    let mut o = String::from("'");
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' {
            o.push(c);
        } else {
            o.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    o.push('\'');
    o
}

fn all_chars() -> Vec<char> {
    (0u32..0x110000).filter_map(char::from_u32).collect()
}

const CODEPOINT_SCRIPT: &str = r#"
import sys, unicodedata
from itertools import repeat
chars = [chr(c) for c in range(0x110000) if not 0xd800 <= c <= 0xdfff]
w = sys.stdout.buffer.write
for f in (str.isspace, str.isprintable, str.isalpha, str.isdecimal, str.isdigit,
          str.isnumeric, str.isalnum, str.isupper, str.islower, str.istitle, str.isidentifier):
    w(bytes(map(f, chars)))
w(bytes(map(str.isidentifier, ['a' + c for c in chars])))
w(bytes(len(('a' + c + 'b').splitlines()) == 2 for c in chars))
w(bytes(map(unicodedata.decimal, chars, repeat(255))))
w(bytes(map(unicodedata.digit, chars, repeat(255))))
# Final sigma: 'A' + c + 'Σ' and c + 'Σ' (cased / case-ignorable through behaviour).
w(bytes(('A' + c + '\u03a3').lower()[-1] == '\u03c2' for c in chars))
w(bytes((c + '\u03a3').lower()[-1] == '\u03c2' for c in chars))
# title(): the character after c is lowered iff c is cased.
w(bytes((c + 'a').title()[-1] == 'a' for c in chars))
for f in (str.upper, str.lower, str.title, str.casefold):
    diff = [(i, m) for i, (c, m) in enumerate(zip(chars, map(f, chars))) if c != m]
    w(('%d\n' % len(diff)).encode())
    for i, m in diff:
        w(('%d %s\n' % (i, ' '.join('%x' % ord(x) for x in m))).encode())
"#;

#[test]
fn every_code_point_matches_cpython() {
    let chars = all_chars();
    let n = chars.len();
    let out = python(CODEPOINT_SCRIPT);
    let mut pos = 0;
    let mut take = |len: usize| -> &[u8] {
        let b = &out[pos..pos + len];
        pos += len;
        b
    };
    type Pred = (&'static str, fn(char) -> bool);
    let preds: [Pred; 13] = [
        ("isspace", u::is_space),
        ("isprintable", u::is_printable),
        ("isalpha", u::is_alpha),
        ("isdecimal", u::is_decimal),
        ("isdigit", u::is_digit),
        ("isnumeric", u::is_numeric),
        ("isalnum", u::is_alnum),
        ("isupper", u::is_upper),
        ("islower", u::is_lower),
        ("istitle", |c| u::is_title(c) || u::is_upper(c)),
        ("isidentifier", |c| c == '_' || u::is_xid_start(c)),
        ("xid_continue", u::is_xid_continue),
        ("linebreak", u::is_linebreak),
    ];
    let mut bad = Vec::new();
    for (name, f) in preds {
        let want = take(n);
        for (i, &c) in chars.iter().enumerate() {
            if f(c) != (want[i] == 1) {
                bad.push(format!("{name}(U+{:04X})", c as u32));
            }
        }
    }
    // The str methods must agree with the per-character predicates, too.
    for (i, &c) in chars.iter().enumerate().step_by(97) {
        let s = Str::from_char(c);
        if s.isspace() != u::is_space(c) || s.isidentifier() != (c == '_' || u::is_xid_start(c)) {
            bad.push(format!("str predicate U+{:04X}", i));
        }
    }
    for (name, f) in [
        ("decimal", u::decimal_value as fn(char) -> Option<u32>),
        ("digit", u::digit_value),
    ] {
        let want = take(n);
        for (i, &c) in chars.iter().enumerate() {
            let w = (want[i] != 255).then_some(want[i] as u32);
            if f(c) != w {
                bad.push(format!("{name}(U+{:04X})", c as u32));
            }
        }
    }
    let after_cased = take(n).to_vec();
    let alone = take(n).to_vec();
    let title_lowered = take(n).to_vec();
    let lower_last = |s: String| Str::from(s).lower().chars().last() == Some('\u{3c2}');
    for (i, &c) in chars.iter().enumerate() {
        // What CPython's behaviour says about the CASED and CASE_IGNORABLE flags.
        let (cased, ignorable) = (u::is_cased(c), u::is_case_ignorable(c));
        if (ignorable || cased) != (after_cased[i] == 1)
            || (cased && !ignorable) != (alone[i] == 1)
            || cased != (title_lowered[i] == 1)
        {
            bad.push(format!("cased/case-ignorable U+{:04X}", c as u32));
        }
        // The same through the str methods themselves, on a sample (allocation is slow).
        if i % 61 == 0 || ignorable {
            let t = Str::from(format!("{c}a")).title();
            if lower_last(format!("A{c}\u{3a3}")) != (after_cased[i] == 1)
                || lower_last(format!("{c}\u{3a3}")) != (alone[i] == 1)
                || (t.chars().last() == Some('a')) != (title_lowered[i] == 1)
            {
                bad.push(format!("final sigma / title after U+{:04X}", c as u32));
            }
        }
    }
    let text = std::str::from_utf8(&out[pos..]).expect("utf-8");
    let mut lines = text.lines();
    type Map = (&'static str, fn(char) -> u::CaseMap);
    let maps: [Map; 4] = [
        ("upper", u::to_upper_full),
        ("lower", u::to_lower_full),
        ("title", u::to_title_full),
        ("casefold", u::case_fold_full),
    ];
    for (name, f) in maps {
        let count: usize = lines.next().and_then(|l| l.parse().ok()).expect("count");
        let mut want: Vec<Option<String>> = vec![None; n];
        for _ in 0..count {
            let line = lines.next().expect("mapping line");
            let mut parts = line.split(' ');
            let i: usize = parts.next().and_then(|p| p.parse().ok()).expect("index");
            let m: String = parts
                .map(|h| char::from_u32(u32::from_str_radix(h, 16).expect("hex")).expect("char"))
                .collect();
            want[i] = Some(m);
        }
        for (i, &c) in chars.iter().enumerate() {
            let mut got = String::new();
            f(c).push_to(&mut got);
            let w = want[i].clone().unwrap_or_else(|| c.to_string());
            if got != w {
                bad.push(format!(
                    "{name}(U+{:04X}) = {got:?}, CPython {w:?}",
                    c as u32
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches, first: {:?}",
        bad.len(),
        &bad[..bad.len().min(20)]
    );
}

// ---- str methods over a corpus -------------------------------------------------------------

fn fixed_corpus() -> Vec<&'static str> {
    vec![
        "",
        "a",
        "hello world",
        "  Hello  World  ",
        "\t a\tb\n\nc \r\n d\x0b\x0ce\x1cf\x1dg\x1eh\x1fi\u{85}j\u{2028}k\u{2029}l\r",
        "ab,cd,,ef,",
        "ababab",
        "aaaa",
        "Ça va? Très bien, merci. Œuvre ÿ ß",
        "ΟΔΟΣ ΟΔΟΣ. Σ ΑΣ ΑΣ' ΑΣΑ Α\u{300}Σ\u{300} ΆΣ.",
        "Привет, Мир! ёЁ",
        "日本語のテキスト、漢字 中文",
        "emoji 😀👍🏽🇫🇷 family 👨\u{200d}👩\u{200d}👧 ok",
        "e\u{301}a\u{308}\u{323} combining \u{345}",
        "\u{a0}\u{1680}\u{2000}\u{2009}\u{200a}\u{200b}\u{202f}\u{205f}\u{3000}x\u{3000}",
        "0123 ١٢٣ ۴۵ ४५६ ๗๘ ０９ ²³ ½ Ⅻ 五",
        "١٢٣",
        "²³",
        "Ⅻ½",
        "ǅungla ǆ ǈ ŉ ǰ İstanbul ﬁne ﬀ ẞ",
        "_ident1",
        "1abc",
        "ℕ℘·x",
        "-42",
        "+7",
        "-",
        "'quoted' \"double\" both'\"",
        "back\\slash \x00\x07\x1b\x7f\u{ad}\u{e000}\u{10ffff}\u{e0001}",
        "Title Case String",
        "a\tb\tc\td\n\tx\ry\tz",
        "mIxEd CaSe 123",
    ]
}

/// The fixed strings plus pseudo-random ones (a fixed LCG, so runs are reproducible) over
/// an alphabet of the characters most likely to expose a difference.
fn corpus() -> Vec<String> {
    let mut v: Vec<String> = fixed_corpus().into_iter().map(String::from).collect();
    let alphabet: Vec<char> =
        "aZ ,\t\n\r\x0b\x1c\u{85}\u{a0}\u{2028}\u{3000}-+0١²½éßΣσΑ\u{301}\u{345}'ǅİﬁŉ日😀_."
            .chars()
            .collect();
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for k in 0..24 {
        let len = 1 + k % 13;
        let mut t = String::new();
        for _ in 0..len {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            t.push(alphabet[(x >> 33) as usize % alphabet.len()]);
        }
        v.push(t);
    }
    v
}

fn subs(s: &str) -> Vec<String> {
    let mut v: Vec<String> = ["", "a", "ab", "é", "Σ", " ", "\n", ",", "😀", "ΟΣ", "bien"]
        .iter()
        .map(|x| x.to_string())
        .collect();
    let chars: Vec<char> = s.chars().collect();
    if chars.len() >= 4 {
        v.push(chars[1..3].iter().collect());
    }
    v
}

const IDX: [Option<i64>; 9] = [
    None,
    Some(0),
    Some(1),
    Some(-1),
    Some(-3),
    Some(2),
    Some(5),
    Some(100),
    Some(-100),
];

fn py_opt(v: Option<i64>) -> String {
    v.map_or("None".into(), |v| v.to_string())
}

fn repr_str(s: &Str) -> String {
    s.repr_string().expect("repr")
}

fn repr_list(v: &[Str]) -> String {
    format!(
        "[{}]",
        v.iter().map(repr_str).collect::<Vec<_>>().join(", ")
    )
}

fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut o = format!("b{quote}");
    for &x in b {
        match x {
            b'\\' => o.push_str("\\\\"),
            b'\t' => o.push_str("\\t"),
            b'\n' => o.push_str("\\n"),
            b'\r' => o.push_str("\\r"),
            x if x as char == quote => {
                o.push('\\');
                o.push(x as char);
            }
            0x20..=0x7e => o.push(x as char),
            x => o.push_str(&format!("\\x{x:02x}")),
        }
    }
    o.push(quote);
    o
}

fn repr_bool(b: bool) -> String {
    if b { "True" } else { "False" }.into()
}

fn repr_err(e: &PyErr) -> String {
    format!("!{}: {}", e.kind().name(), e.to_str())
}

fn res<T>(r: PyResult<T>, f: impl Fn(&T) -> String) -> String {
    match r {
        Ok(v) => f(&v),
        Err(e) => repr_err(&e),
    }
}

fn int_arg(v: Option<i64>) -> Option<Int> {
    v.map(Int::from)
}

/// The Python half of the method comparison: the same loops as `rust_cases`, in the same
/// order. `S` and `SUBS` are filled in by the test.
const METHOD_SCRIPT: &str = r#"
import sys
IDX = [None, 0, 1, -1, -3, 2, 5, 100, -100]
out = []
def r(f, *a):
    try:
        v = f(*a)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)
    return repr(v)
NOARG = ['upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase', 'isalpha',
         'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper', 'islower',
         'istitle', 'isidentifier', 'isprintable', 'isascii', 'strip', 'lstrip', 'rstrip',
         'split', 'rsplit', 'splitlines', 'expandtabs', '__repr__', '__len__']
for s, subs in zip(S, SUBS):
    for m in NOARG:
        out.append(r(getattr(str, m), s))
    out.append(r(ascii, s))
    out.append(r(str.splitlines, s, True))
    for n in (-1, 0, 1, 2, 3):
        out.append(r(str.split, s, None, n))
        out.append(r(str.rsplit, s, None, n))
    for t in (-1, 0, 1, 3, 4):
        out.append(r(str.expandtabs, s, t))
    for w in (-1, 0, 3, 10, 41):
        for f in (None, '*', '\u00e9', 'ab'):
            for m in (str.center, str.ljust, str.rjust):
                out.append(r(m, s, w) if f is None else r(m, s, w, f))
        out.append(r(str.zfill, s, w))
    for enc in ('utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin_1', 'bogus'):
        for err in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'nope'):
            out.append(r(str.encode, s, enc, err))
    for i in IDX:
        for j in IDX:
            for k in (None, 1, 2, -1, -2, 3):
                out.append(repr(s[i:j:k]))
        if i is not None:
            out.append(r(lambda: s[i]))
    out.append(r(str.startswith, s, ('x', 'a', 'Ça')))
    out.append(r(str.endswith, s, ('x', 'l', ' ')))
    for sub in subs:
        for a in IDX:
            for b in IDX:
                for m in (str.find, str.rfind, str.index, str.rindex, str.count, str.startswith, str.endswith):
                    out.append(r(m, s, sub, a, b))
        out.append(r(str.__contains__, s, sub))
        for n in (-1, 0, 1, 2):
            out.append(r(str.split, s, sub, n))
            out.append(r(str.rsplit, s, sub, n))
            out.append(r(str.replace, s, sub, 'XY', n))
            out.append(r(str.replace, s, sub, '', n))
        for m in (str.partition, str.rpartition, str.removeprefix, str.removesuffix, str.strip, str.lstrip, str.rstrip):
            out.append(r(m, s, sub))
        out.append(r(str.join, sub, [s, sub, s, '']))
        out.append(r(str.translate, s, str.maketrans(sub + 'ab', 'x' * len(sub) + 'cd', 'e')) if len(sub) else r(str.translate, s, {}))
        out.append(r(str.__add__, s, sub))
        out.append(r(str.__lt__, s, sub))
        out.append(r(str.__eq__, s, sub))
    for n in (-2, 0, 1, 3):
        out.append(r(str.__mul__, s, n))
    out.append(r(ord, s))
sys.stdout.buffer.write('\n'.join(out).encode('utf-8', 'surrogatepass'))
"#;

fn rust_cases() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |label: String, v: String| out.push((label, v));
    for text in corpus() {
        let text = text.as_str();
        let s = Str::from(text);
        let l = |what: &str| format!("{}.{what}", py_lit(text));
        let noarg: [(&str, String); 27] = [
            ("upper", repr_str(&s.upper())),
            ("lower", repr_str(&s.lower())),
            ("casefold", repr_str(&s.casefold())),
            ("capitalize", repr_str(&s.capitalize())),
            ("title", repr_str(&s.title())),
            ("swapcase", repr_str(&s.swapcase())),
            ("isalpha", repr_bool(s.isalpha())),
            ("isdigit", repr_bool(s.isdigit())),
            ("isdecimal", repr_bool(s.isdecimal())),
            ("isnumeric", repr_bool(s.isnumeric())),
            ("isalnum", repr_bool(s.isalnum())),
            ("isspace", repr_bool(s.isspace())),
            ("isupper", repr_bool(s.isupper())),
            ("islower", repr_bool(s.islower())),
            ("istitle", repr_bool(s.istitle())),
            ("isidentifier", repr_bool(s.isidentifier())),
            ("isprintable", repr_bool(s.isprintable())),
            ("isascii", repr_bool(s.isascii())),
            ("strip", repr_str(&s.strip(None))),
            ("lstrip", repr_str(&s.lstrip(None))),
            ("rstrip", repr_str(&s.rstrip(None))),
            ("split", res(s.split(None, None), |v| repr_list(v))),
            ("rsplit", res(s.rsplit(None, None), |v| repr_list(v))),
            ("splitlines", repr_list(&s.splitlines(false))),
            ("expandtabs", res(s.expandtabs(None), repr_str)),
            ("repr", repr_str(&Str::from(repr_str(&s)))),
            ("len", s.char_len().to_string()),
        ];
        for (name, v) in noarg {
            add(l(name), v);
        }
        let mut a = String::new();
        molt_runtime::str::ascii_str_into(s.as_str(), &mut a);
        add(l("ascii"), repr_str(&Str::from(a)));
        add(l("splitlines(True)"), repr_list(&s.splitlines(true)));
        for n in [-1i64, 0, 1, 2, 3] {
            let n = Int::from(n);
            add(
                l(&format!("split(None, {n:?})")),
                res(s.split(None, Some(&n)), |v| repr_list(v)),
            );
            add(
                l(&format!("rsplit(None, {n:?})")),
                res(s.rsplit(None, Some(&n)), |v| repr_list(v)),
            );
        }
        for t in [-1i64, 0, 1, 3, 4] {
            add(
                l(&format!("expandtabs({t})")),
                res(s.expandtabs(Some(&Int::from(t))), repr_str),
            );
        }
        for w in [-1i64, 0, 3, 10, 41] {
            let wi = Int::from(w);
            for f in [None, Some("*"), Some("é"), Some("ab")] {
                let fs = f.map(Str::from);
                let label = |m: &str| l(&format!("{m}({w}, {f:?})"));
                add(label("center"), res(s.center(&wi, fs.as_ref()), repr_str));
                add(label("ljust"), res(s.ljust(&wi, fs.as_ref()), repr_str));
                add(label("rjust"), res(s.rjust(&wi, fs.as_ref()), repr_str));
            }
            add(l(&format!("zfill({w})")), res(s.zfill(&wi), repr_str));
        }
        for enc in ["utf-8", "ascii", "latin-1", "UTF8", "Latin_1", "bogus"] {
            for err in [
                "strict",
                "ignore",
                "replace",
                "backslashreplace",
                "xmlcharrefreplace",
                "nope",
            ] {
                add(
                    l(&format!("encode({enc}, {err})")),
                    res(
                        s.encode(Some(&Str::from(enc)), Some(&Str::from(err))),
                        |b| repr_bytes(b),
                    ),
                );
            }
        }
        for i in IDX {
            for j in IDX {
                for k in [None, Some(1), Some(2), Some(-1), Some(-2), Some(3)] {
                    add(
                        l(&format!("[{}:{}:{}]", py_opt(i), py_opt(j), py_opt(k))),
                        res(s.slice(i, j, k), repr_str),
                    );
                }
            }
            if let Some(i) = i {
                add(
                    l(&format!("[{i}]")),
                    res(s.getitem(&Int::from(i)), repr_str),
                );
            }
        }
        let tup = |xs: &[&str]| xs.iter().map(|x| Str::from(*x)).collect::<Vec<_>>();
        add(
            l("startswith(tuple)"),
            repr_bool(s.startswith_any(&tup(&["x", "a", "Ça"]), None, None)),
        );
        add(
            l("endswith(tuple)"),
            repr_bool(s.endswith_any(&tup(&["x", "l", " "]), None, None)),
        );
        for sub_text in subs(text) {
            let sub = Str::from(sub_text.as_str());
            let ls = |what: &str| l(&format!("{what}[{}]", py_lit(&sub_text)));
            for a in IDX {
                for b in IDX {
                    let (ai, bi) = (int_arg(a), int_arg(b));
                    let (ai, bi) = (ai.as_ref(), bi.as_ref());
                    let args = format!("({}, {})", py_opt(a), py_opt(b));
                    let int = |v: Int| format!("{v:?}");
                    add(ls(&format!("find{args}")), int(s.find(&sub, ai, bi)));
                    add(ls(&format!("rfind{args}")), int(s.rfind(&sub, ai, bi)));
                    add(
                        ls(&format!("index{args}")),
                        res(s.index(&sub, ai, bi), |v| int(v.clone())),
                    );
                    add(
                        ls(&format!("rindex{args}")),
                        res(s.rindex(&sub, ai, bi), |v| int(v.clone())),
                    );
                    add(ls(&format!("count{args}")), int(s.count(&sub, ai, bi)));
                    add(
                        ls(&format!("startswith{args}")),
                        repr_bool(s.startswith(&sub, ai, bi)),
                    );
                    add(
                        ls(&format!("endswith{args}")),
                        repr_bool(s.endswith(&sub, ai, bi)),
                    );
                }
            }
            add(ls("contains"), repr_bool(s.contains(&sub)));
            for n in [-1i64, 0, 1, 2] {
                let ni = Int::from(n);
                add(
                    ls(&format!("split({n})")),
                    res(s.split(Some(&sub), Some(&ni)), |v| repr_list(v)),
                );
                add(
                    ls(&format!("rsplit({n})")),
                    res(s.rsplit(Some(&sub), Some(&ni)), |v| repr_list(v)),
                );
                let xy = Str::from("XY");
                add(
                    ls(&format!("replace(XY, {n})")),
                    res(s.replace(&sub, &xy, Some(&ni)), repr_str),
                );
                add(
                    ls(&format!("replace('', {n})")),
                    res(s.replace(&sub, &Str::empty(), Some(&ni)), repr_str),
                );
            }
            let tuple3 = |t: &(Str, Str, Str)| {
                format!(
                    "({}, {}, {})",
                    repr_str(&t.0),
                    repr_str(&t.1),
                    repr_str(&t.2)
                )
            };
            add(ls("partition"), res(s.partition(&sub), tuple3));
            add(ls("rpartition"), res(s.rpartition(&sub), tuple3));
            add(ls("removeprefix"), repr_str(&s.removeprefix(&sub)));
            add(ls("removesuffix"), repr_str(&s.removesuffix(&sub)));
            add(ls("strip"), repr_str(&s.strip(Some(&sub))));
            add(ls("lstrip"), repr_str(&s.lstrip(Some(&sub))));
            add(ls("rstrip"), repr_str(&s.rstrip(Some(&sub))));
            add(
                ls("join"),
                repr_str(&sub.join(&[s.clone(), sub.clone(), s.clone(), Str::empty()])),
            );
            let translated = if sub.is_empty() {
                s.translate(&molt_runtime::Dict::new())
            } else {
                let x = Str::from(format!("{sub_text}ab"));
                let y = Str::from(format!("{}cd", "x".repeat(sub.char_len())));
                maketrans3(&x, &y, &Str::from("e")).and_then(|t| s.translate(&t))
            };
            add(ls("translate"), res(translated, repr_str));
            add(ls("add"), repr_str(&s.concat(&sub)));
            add(
                ls("lt"),
                repr_bool(s.py_cmp(&sub, molt_runtime::CmpOp::Lt).expect("cmp")),
            );
            add(ls("eq"), repr_bool(s == sub));
        }
        for n in [-2i64, 0, 1, 3] {
            add(
                l(&format!("mul({n})")),
                res(s.repeat(&Int::from(n)), repr_str),
            );
        }
        add(l("ord"), res(ord(&s), |v| format!("{v:?}")));
    }
    out
}

#[test]
fn str_methods_match_cpython() {
    let corpus = corpus();
    let lits: Vec<String> = corpus.iter().map(|s| py_lit(s)).collect();
    let sub_lits: Vec<String> = corpus
        .iter()
        .map(|s| {
            format!(
                "[{}]",
                subs(s)
                    .iter()
                    .map(|x| py_lit(x))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    let script = format!(
        "S = [{}]\nSUBS = [{}]\n{METHOD_SCRIPT}",
        lits.join(", "),
        sub_lits.join(", ")
    );
    let out = python(&script);
    let text = String::from_utf8(out).expect("utf-8");
    let want: Vec<&str> = text.split('\n').collect();
    let got = rust_cases();
    assert_eq!(
        want.len(),
        got.len(),
        "case count differs from the Python script"
    );
    let bad: Vec<String> = got
        .iter()
        .zip(&want)
        .filter(|((_, g), w)| g != *w)
        .map(|((label, g), w)| format!("{label}: molt {g} / CPython {w}"))
        .collect();
    assert!(
        bad.is_empty(),
        "{} of {} cases differ:\n{}",
        bad.len(),
        got.len(),
        bad[..bad.len().min(30)].join("\n")
    );
}

#[test]
fn scalar_helpers_match_cpython() {
    let script = r#"
def r(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)
for v in (0, 65, 233, 0x10ffff, 0x110000, -1, 2**31, -2**31 - 1, 2**70):
    print(r(chr, v))
for s in ('', 'a', 'abc', '\u00e9', '\U0001f600'):
    print(r(ord, s))
print(r(str.maketrans, 'ab', 'c'))
print(r(str.maketrans, 'ab', 'cd', 'e'))
print(r(str.translate, 'abc', {97: 0x110000}))
print(r(str.translate, 'abc', {97: -1}))
print(r(str.translate, 'abc', {97: 'xyz', 98: None, 99: 100}))
print(r(str.translate, 'abc', {97: 1.5}))
print(r(str.join, ',', ['a', 1]))
print(r(str.maketrans, {True: 1, 'b': None, 7: 'x'}))
print(r(str.maketrans, {'bc': 1}))
print(r(str.maketrans, {1.5: 1}))
print(r(str.maketrans, 1))
print(r(str.center, 'ab', 2**62))
print(r(str.__mul__, 'ab', 2**62))
print(r(str.zfill, 'ab', 2**62))
"#;
    let out = String::from_utf8(python(script)).expect("utf-8");
    let mut got = Vec::new();
    for v in [
        Int::from(0i64),
        Int::from(65i64),
        Int::from(233i64),
        Int::from(0x10ffffi64),
        Int::from(0x110000i64),
        Int::from(-1i64),
        Int::from(1i64 << 31),
        Int::from(-(1i64 << 31) - 1),
        Int::from(1i64 << 40).mul(&Int::from(1i64 << 30)),
    ] {
        got.push(res(chr(&v), repr_str));
    }
    for s in ["", "a", "abc", "é", "😀"] {
        got.push(res(ord(&Str::from(s)), |v| format!("{v:?}")));
    }
    let dict_repr = |d: &molt_runtime::Dict<molt_runtime::Value, molt_runtime::Value>| {
        d.repr_string().expect("repr")
    };
    got.push(res(
        maketrans2(&Str::from("ab"), &Str::from("c")),
        dict_repr,
    ));
    got.push(res(
        maketrans3(&Str::from("ab"), &Str::from("cd"), &Str::from("e")),
        dict_repr,
    ));
    use molt_runtime::Value;
    let v_int = |i: i64| Value::Int(Int::from(i));
    let tr = |pairs: Vec<(i64, Value)>| {
        let d = molt_runtime::Dict::new();
        for (k, v) in pairs {
            d.setitem(v_int(k), v).expect("setitem");
        }
        res(Str::from("abc").translate(&d), repr_str)
    };
    got.push(tr(vec![(97, v_int(0x110000))]));
    got.push(tr(vec![(97, v_int(-1))]));
    got.push(tr(vec![
        (97, Value::Str(Str::from("xyz"))),
        (98, Value::None),
        (99, v_int(100)),
    ]));
    got.push(tr(vec![(97, Value::Float(1.5))]));
    got.push(res(
        Str::from(",").join_values(&[Value::Str(Str::from("a")), v_int(1)]),
        repr_str,
    ));
    let mt1 = |pairs: Vec<(Value, Value)>| {
        let d = molt_runtime::Dict::new();
        for (k, v) in pairs {
            d.setitem(k, v).expect("setitem");
        }
        res(
            molt_runtime::str_methods::maketrans1(&Value::Dict(d)),
            dict_repr,
        )
    };
    got.push(mt1(vec![
        (Value::Bool(true), v_int(1)),
        (Value::Str(Str::from("b")), Value::None),
        (v_int(7), Value::Str(Str::from("x"))),
    ]));
    got.push(mt1(vec![(Value::Str(Str::from("bc")), v_int(1))]));
    got.push(mt1(vec![(Value::Float(1.5), v_int(1))]));
    got.push(res(
        molt_runtime::str_methods::maketrans1(&v_int(1)),
        dict_repr,
    ));
    let huge = Int::from(1i64 << 62);
    got.push(res(Str::from("ab").center(&huge, None), repr_str));
    got.push(res(Str::from("ab").repeat(&huge), repr_str));
    got.push(res(Str::from("ab").zfill(&huge), repr_str));
    let want: Vec<&str> = out.lines().collect();
    assert_eq!(got, want);
}

#[test]
fn repr_and_ascii_of_every_code_point() {
    // Chunks of 512 code points, each with a quote or two mixed in so that every quoting
    // rule is exercised; one repr and one ascii per line.
    let script = r#"
import sys
chars = [chr(c) for c in range(0x110000) if not 0xd800 <= c <= 0xdfff]
out = []
for k, i in enumerate(range(0, len(chars), 512)):
    s = ''.join(chars[i:i + 512]) + ("'" if k % 3 else '') + ('"' if k % 2 else '')
    out.append(repr(s))
    out.append(ascii(s))
sys.stdout.buffer.write('\n'.join(out).encode('utf-8'))
"#;
    let out = String::from_utf8(python(script)).expect("utf-8");
    let chars = all_chars();
    let mut got = Vec::new();
    for (k, chunk) in chars.chunks(512).enumerate() {
        let mut s: String = chunk.iter().collect();
        if k % 3 != 0 {
            s.push('\'');
        }
        if k % 2 != 0 {
            s.push('"');
        }
        let mut r = String::new();
        molt_runtime::str::repr_str_into(&s, &mut r);
        got.push(r);
        let mut a = String::new();
        molt_runtime::str::ascii_str_into(&s, &mut a);
        got.push(a);
    }
    let want: Vec<&str> = out.split('\n').collect();
    assert_eq!(want.len(), got.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w);
    }
}

#[test]
fn dynamic_method_calls_match_cpython() {
    use molt_runtime::str_dispatch::call_method;
    use molt_runtime::{List, Tup, Value};
    let st = |x: &str| Value::Str(Str::from(x));
    let i = |x: i64| Value::Int(Int::from(x));
    let f = Value::Float(1.5);
    let tup = |v: Vec<Value>| Value::Tuple(Tup::from_vec(v));
    let list = |v: Vec<Value>| Value::List(List::from_vec(v));
    let none = Value::None;
    let t = Value::Bool(true);
    let kw = |k: &str, v: Value| (Str::from(k), v);
    type Case = (&'static str, Vec<Value>, Vec<(Str, Value)>);
    let mut cases: Vec<Case> = vec![];
    let mut add = |name: &'static str, args: Vec<Value>| cases.push((name, args, vec![]));
    for name in [
        "upper",
        "lower",
        "title",
        "isalpha",
        "isidentifier",
        "casefold",
        "swapcase",
    ] {
        add(name, vec![]);
        add(name, vec![i(1)]);
    }
    for name in ["split", "rsplit"] {
        for args in [
            vec![],
            vec![none.clone()],
            vec![st(",")],
            vec![st(","), i(1)],
            vec![none.clone(), i(1)],
            vec![i(1)],
            vec![st("a"), st("x")],
            vec![st("a"), i(1), i(2)],
            vec![none.clone(), f.clone()],
            vec![none.clone(), t.clone()],
            vec![st("")],
        ] {
            add(name, args);
        }
    }
    for args in [
        vec![],
        vec![st("x")],
        vec![f.clone()],
        vec![i(2)],
        vec![i(1), i(2)],
        vec![t.clone()],
    ] {
        add("splitlines", args);
    }
    for name in ["find", "rfind", "index", "rindex", "count"] {
        for args in [
            vec![],
            vec![i(1)],
            vec![st("l")],
            vec![st("l"), st("x")],
            vec![st("l"), f.clone()],
            vec![st("l"), none.clone(), st("x")],
            vec![st("l"), i(1), i(2), i(3)],
            vec![st("l"), i(3), none.clone()],
            vec![st("l"), t.clone(), i(-2)],
            vec![st("zz")],
        ] {
            add(name, args);
        }
    }
    for name in ["startswith", "endswith"] {
        for args in [
            vec![],
            vec![i(1)],
            vec![tup(vec![i(1)])],
            vec![tup(vec![st("  "), i(1)])],
            vec![tup(vec![st("zz"), st("  ")])],
            vec![list(vec![st("a")])],
            vec![st("a"), st("x")],
            vec![st("  H"), i(0), i(5)],
            vec![tup(vec![]), none.clone(), none.clone()],
        ] {
            add(name, args);
        }
    }
    for name in ["strip", "lstrip", "rstrip"] {
        for args in [
            vec![],
            vec![none.clone()],
            vec![i(1)],
            vec![st(" H")],
            vec![st("a"), st("b")],
        ] {
            add(name, args);
        }
    }
    for args in [
        vec![],
        vec![i(1)],
        vec![list(vec![i(1)])],
        vec![st("abc")],
        vec![list(vec![st("x"), st("y")])],
        vec![tup(vec![st("x"), st("y"), st("z")])],
        vec![st("a"), st("b")],
    ] {
        add("join", args);
    }
    for args in [
        vec![st("l")],
        vec![i(1), st("b")],
        vec![st("l"), i(1)],
        vec![st("l"), st("L"), st("c")],
        vec![st("l"), st("L"), f.clone()],
        vec![st("l"), st("L"), i(1)],
        vec![st("l"), st("L"), i(1), i(2)],
    ] {
        add("replace", args);
    }
    for name in ["center", "ljust", "rjust"] {
        for args in [
            vec![],
            vec![st("x")],
            vec![f.clone()],
            vec![i(25), i(1)],
            vec![i(25), st("ab")],
            vec![i(25), st("*")],
            vec![i(25), st("*"), i(1)],
            vec![t.clone()],
        ] {
            add(name, args);
        }
    }
    for args in [vec![], vec![st("x")], vec![i(20)], vec![i(1), i(2)]] {
        add("zfill", args);
    }
    for args in [
        vec![],
        vec![st("x")],
        vec![i(1), i(2)],
        vec![f.clone()],
        vec![i(4)],
    ] {
        add("expandtabs", args);
    }
    for name in ["partition", "rpartition", "removeprefix", "removesuffix"] {
        for args in [
            vec![],
            vec![i(1)],
            vec![st("")],
            vec![st("l")],
            vec![st("  ")],
        ] {
            add(name, args);
        }
    }
    let d = molt_runtime::Dict::new();
    d.setitem(i(108), st("LL")).expect("setitem");
    d.setitem(i(32), none.clone()).expect("setitem");
    d.setitem(i(72), i(104)).expect("setitem");
    for args in [
        vec![],
        vec![i(1)],
        vec![Value::Dict(d)],
        vec![list(vec![i(120), none.clone()])],
        vec![st("xyz".repeat(40).as_str())],
    ] {
        add("translate", args);
    }
    for args in [
        vec![],
        vec![st("a"), i(1)],
        vec![i(1), st("a")],
        vec![st("a"), st("b"), i(1)],
        vec![st("ab"), st("cd"), st("e")],
        vec![st("a"), st("b"), st("c"), st("d")],
        vec![i(1)],
    ] {
        add("maketrans", args);
    }
    add("nosuch", vec![]);
    let kwcases: Vec<Case> = vec![
        ("split", vec![], vec![kw("sep", st(" "))]),
        ("split", vec![], vec![kw("maxsplit", i(1))]),
        (
            "rsplit",
            vec![],
            vec![kw("sep", st("l")), kw("maxsplit", i(1))],
        ),
        ("split", vec![], vec![kw("x", i(1))]),
        ("split", vec![st(",")], vec![kw("sep", st(","))]),
        ("split", vec![st(","), i(1)], vec![kw("x", i(1))]),
        ("split", vec![], vec![kw("maxsplit", none.clone())]),
        ("splitlines", vec![], vec![kw("keepends", t.clone())]),
        ("expandtabs", vec![], vec![kw("tabsize", i(2))]),
        ("replace", vec![st("a"), st("b")], vec![kw("count", i(1))]),
        ("find", vec![st("a")], vec![kw("start", i(1))]),
        ("strip", vec![], vec![kw("chars", st("a"))]),
        ("center", vec![], vec![kw("width", i(3))]),
        ("upper", vec![], vec![kw("x", i(3))]),
        ("translate", vec![], vec![kw("table", i(3))]),
    ];
    cases.extend(kwcases);
    let receivers = ["  Hello World, hello  ", "ab\tc\nd\r\nl", "ΟΔΟΣ ΣΑΣ"];
    let repr_v = |v: &Value| v.repr_string().expect("repr");
    let mut py = String::from("CASES = [\n");
    for (name, args, kwargs) in &cases {
        let a: Vec<String> = args.iter().map(repr_v).collect();
        // Literal keyword syntax: CPython words some errors differently for f(**d).
        let k: Vec<String> = kwargs
            .iter()
            .map(|(k, v)| format!("{k}={}", repr_v(v)))
            .collect();
        let all: Vec<String> = a.into_iter().chain(k).collect();
        py.push_str(&format!("    lambda s: s.{name}({}),\n", all.join(", ")));
    }
    py.push_str("]\nRECV = [");
    py.push_str(
        &receivers
            .iter()
            .map(|r| py_lit(r))
            .collect::<Vec<_>>()
            .join(", "),
    );
    py.push_str(
        r#"]
import sys
out = []
for s in RECV:
    for case in CASES:
        try:
            out.append(repr(case(s)))
        except Exception as e:
            out.append('!%s: %s' % (type(e).__name__, e))
sys.stdout.buffer.write('\n'.join(out).encode('utf-8'))
"#,
    );
    let out = String::from_utf8(python(&py)).expect("utf-8");
    let want: Vec<&str> = out.split('\n').collect();
    let mut bad = vec![];
    let mut k = 0;
    for r in receivers {
        let s = Str::from(r);
        for (name, args, kwargs) in &cases {
            let got = res(call_method(&s, name, args, kwargs), repr_v);
            if want.get(k) != Some(&got.as_str()) {
                bad.push(format!(
                    "{r:?}.{name}{:?}: molt {got} / CPython {:?}",
                    args.iter().map(repr_v).collect::<Vec<_>>(),
                    want.get(k)
                ));
            }
            k += 1;
        }
    }
    assert_eq!(k, want.len());
    assert!(bad.is_empty(), "{} differ:\n{}", bad.len(), bad.join("\n"));
}
