//! `csv.Sniffer` (Lib/csv.py of CPython 3.11): `sniff` guesses the dialect of a sample
//! (first from quoted fields, with the same regular expressions run by molt's `re`, then
//! from the per-line frequencies of each ASCII character) and `has_header` votes on whether
//! the first row is a header by trying `complex()` on each column.

use super::{Dialect, QUOTE_MINIMAL, csv_error, dialect_class, make_reader, no_attr};
use crate::exc::{ExcKind, PyResult, type_error};
use crate::list::List;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;

/// A `csv.Sniffer()`: its `preferred` delimiters are a plain attribute in CPython.
pub struct Sniffer {
    preferred: RefCell<Value>,
}

pub fn new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    crate::modules::stdc_util::bind("Sniffer.__init__", &[], 0, args, kwargs)?;
    let preferred = [",", "\t", ";", " ", ":"]
        .iter()
        .map(|c| Value::str(c))
        .collect();
    Ok(Value::Obj(Rc::new(Sniffer {
        preferred: RefCell::new(Value::List(List::from_vec(preferred))),
    })))
}

/// What `sniff` found: (quotechar, doublequote, delimiter, skipinitialspace).
struct Guess {
    quotechar: String,
    doublequote: bool,
    delimiter: String,
    skipinitialspace: bool,
}

fn str_of(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => type_error(format!(
            "expected str instance, {} found",
            other.class_name()
        )),
    }
}

/// `delimiters` (None or any container of characters): does it contain `key`?
fn allowed(delimiters: &Value, key: &str) -> PyResult<bool> {
    if delimiters.is_none() {
        return Ok(true);
    }
    delimiters.contains(&Value::str(key))
}

fn re_call(name: &str, args: Vec<Value>) -> PyResult<Value> {
    crate::modules::re::call(name, args, vec![])
}

impl Sniffer {
    /// Sniffer._guess_quote_and_delimiter.
    fn guess_quote_and_delimiter(&self, data: &str, delimiters: &Value) -> PyResult<Guess> {
        // The patterns and the positions of their groups quote, delim, space (1-based).
        const PATTERNS: [(&str, usize, usize, usize); 4] = [
            (
                r#"(?P<delim>[^\w\n"'])(?P<space> ?)(?P<quote>["']).*?(?P=quote)(?P=delim)"#,
                3,
                1,
                2,
            ),
            (
                r#"(?:^|\n)(?P<quote>["']).*?(?P=quote)(?P<delim>[^\w\n"'])(?P<space> ?)"#,
                1,
                2,
                3,
            ),
            (
                r#"(?P<delim>[^\w\n"'])(?P<space> ?)(?P<quote>["']).*?(?P=quote)(?:$|\n)"#,
                3,
                1,
                2,
            ),
            (r#"(?:^|\n)(?P<quote>["']).*?(?P=quote)(?:$|\n)"#, 1, 0, 0),
        ];
        let mut matches: Vec<Value> = Vec::new();
        let mut groups = (0, 0, 0);
        for (p, q, d, s) in PATTERNS {
            let found = re_call(
                "findall",
                vec![
                    Value::str(p),
                    Value::str(data),
                    Value::int(DOTALL | MULTILINE),
                ],
            )?;
            matches = found.to_vec()?;
            groups = (q, d, s);
            if !matches.is_empty() {
                break;
            }
        }
        if matches.is_empty() {
            return Ok(Guess {
                quotechar: String::new(),
                doublequote: false,
                delimiter: String::new(),
                skipinitialspace: false,
            });
        }
        // Dicts in insertion order, as CPython's max() over them sees them.
        let mut quotes: Vec<(String, i64)> = Vec::new();
        let mut delims: Vec<(String, i64)> = Vec::new();
        let mut spaces = 0;
        let bump = |table: &mut Vec<(String, i64)>, key: String| match table
            .iter_mut()
            .find(|(k, _)| *k == key)
        {
            Some(e) => e.1 += 1,
            None => table.push((key, 1)),
        };
        let (qg, dg, sg) = groups;
        for m in &matches {
            // One group: findall gives the string itself, and m[0] is its first character.
            let item = |g: usize| -> PyResult<String> {
                match m {
                    Value::Str(s) => Ok(s
                        .as_str()
                        .chars()
                        .next()
                        .map(String::from)
                        .unwrap_or_default()),
                    other => str_of(&other.to_vec()?.get(g - 1).cloned().unwrap_or_default()),
                }
            };
            let key = item(qg)?;
            if !key.is_empty() {
                bump(&mut quotes, key);
            }
            if dg == 0 {
                continue;
            }
            let key = item(dg)?;
            if !key.is_empty() && allowed(delimiters, &key)? {
                bump(&mut delims, key);
            }
            if !item(sg)?.is_empty() {
                spaces += 1;
            }
        }
        // max(quotes, key=quotes.get): the first key with the largest count; an empty
        // dict raises as max() does.
        let Some(quotechar) = first_max(&quotes) else {
            return Err(crate::exc::PyErr::msg(
                ExcKind::ValueError,
                "max() arg is an empty sequence",
            ));
        };
        let (mut delim, skipinitialspace) = match first_max(&delims) {
            Some(d) => {
                let n = delims.iter().find(|(k, _)| *k == d).map_or(0, |e| e.1);
                (d, n == spaces)
            }
            None => (String::new(), false),
        };
        if delim == "\n" {
            // Most likely a file with a single column.
            delim = String::new();
        }
        let esc = re_call("escape", vec![Value::str(&delim)])?;
        let esc = str_of(&esc)?;
        let q = &quotechar;
        let dq = format!(r"(({esc})|^)\W*{q}[^{esc}\n]*{q}[^{esc}\n]*{q}\W*(({esc})|$)");
        let found = re_call(
            "search",
            vec![Value::str(&dq), Value::str(data), Value::int(MULTILINE)],
        )?;
        Ok(Guess {
            quotechar,
            doublequote: !found.is_none(),
            delimiter: delim,
            skipinitialspace,
        })
    }

    /// Sniffer._guess_delimiter: per chunk of 10 lines, the mode of each ASCII character's
    /// count per line, and the characters whose mode holds on enough lines.
    fn guess_delimiter(&self, data: &str, delimiters: &Value) -> PyResult<(String, bool)> {
        let lines: Vec<&str> = data.split('\n').filter(|l| !l.is_empty()).collect();
        let chunk = lines.len().min(10);
        let mut iteration = 0usize;
        // charFrequency: per character (all of chr(0)..chr(126), in order), a dict of
        // frequency -> number of lines, in insertion order.
        let mut char_freq: Vec<Vec<(usize, i64)>> = vec![Vec::new(); 127];
        // modes: per character, inserted in character order on first computation.
        let mut modes: Vec<(u8, (usize, i64))> = Vec::new();
        let mut delims: Vec<(u8, (usize, i64))> = Vec::new();
        let (mut start, mut end) = (0usize, chunk);
        let skip_of = |d: char| -> bool {
            let first = lines.first().copied().unwrap_or("");
            first.matches(d).count() == first.matches(&format!("{d} ")).count()
        };
        while start < lines.len() {
            iteration += 1;
            for line in &lines[start..end.min(lines.len())] {
                let mut counts = [0usize; 127];
                for c in line.chars() {
                    if (c as u32) < 127 {
                        counts[c as usize] += 1;
                    }
                }
                for (ch, meta) in char_freq.iter_mut().enumerate() {
                    let f = counts[ch];
                    match meta.iter_mut().find(|(k, _)| *k == f) {
                        Some(e) => e.1 += 1,
                        None => meta.push((f, 1)),
                    }
                }
            }
            for (ch, meta) in char_freq.iter().enumerate() {
                if meta.is_empty() || (meta.len() == 1 && meta[0].0 == 0) {
                    continue;
                }
                let mode = if meta.len() > 1 {
                    // max(items, key=count): the first largest; then subtract the others.
                    let mut best = 0;
                    for (i, e) in meta.iter().enumerate() {
                        if e.1 > meta[best].1 {
                            best = i;
                        }
                    }
                    let others: i64 = meta
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != best)
                        .map(|(_, e)| e.1)
                        .sum();
                    (meta[best].0, meta[best].1 - others)
                } else {
                    meta[0]
                };
                match modes.iter_mut().find(|(c, _)| *c as usize == ch) {
                    Some(e) => e.1 = mode,
                    None => modes.push((ch as u8, mode)),
                }
            }
            let total = (chunk * iteration).min(lines.len()) as f64;
            let mut consistency = 1.0f64;
            let threshold = 0.9;
            while delims.is_empty() && consistency >= threshold {
                for &(k, v) in &modes {
                    if v.0 > 0
                        && v.1 > 0
                        && (v.1 as f64 / total) >= consistency
                        && allowed(delimiters, &(k as char).to_string())?
                    {
                        match delims.iter_mut().find(|(c, _)| *c == k) {
                            Some(e) => e.1 = v,
                            None => delims.push((k, v)),
                        }
                    }
                }
                consistency -= 0.01;
            }
            if delims.len() == 1 {
                let d = delims[0].0 as char;
                return Ok((d.to_string(), skip_of(d)));
            }
            start = end;
            end += chunk;
        }
        if delims.is_empty() {
            return Ok((String::new(), false));
        }
        // More than one: the first of `preferred` among them.
        let preferred = self.preferred.borrow().clone();
        for p in preferred.to_vec()? {
            let Value::Str(p) = &p else { continue };
            let mut cs = p.as_str().chars();
            if let (Some(c), None) = (cs.next(), cs.next())
                && (c as u32) < 127
                && delims.iter().any(|(k, _)| *k as char == c)
            {
                return Ok((c.to_string(), skip_of(c)));
            }
        }
        // Else the largest (mode, count), ties to the larger character.
        let mut items: Vec<((usize, i64), u8)> = delims.iter().map(|&(k, v)| (v, k)).collect();
        items.sort();
        let d = items.last().map(|x| x.1 as char).unwrap_or(',');
        Ok((d.to_string(), skip_of(d)))
    }

    fn sniff_dialect(&self, sample: &str, delimiters: &Value) -> PyResult<Guess> {
        let mut g = self.guess_quote_and_delimiter(sample, delimiters)?;
        if g.delimiter.is_empty() {
            let (d, skip) = self.guess_delimiter(sample, delimiters)?;
            g.delimiter = d;
            g.skipinitialspace = skip;
        }
        if g.delimiter.is_empty() {
            return Err(csv_error("Could not determine delimiter"));
        }
        if g.quotechar.is_empty() {
            // _csv.reader won't accept a quotechar of ''.
            g.quotechar = "\"".into();
        }
        Ok(g)
    }

    /// Sniffer.sniff: a new class `dialect` derived from csv.Dialect.
    fn sniff(&self, sample: &Value, delimiters: &Value) -> PyResult<Value> {
        if !matches!(sample, Value::Str(_)) {
            // The first regular expression's findall raises CPython's TypeError.
            re_call("findall", vec![Value::str("x"), sample.clone()])?;
        }
        let g = self.sniff_dialect(&str_of(sample)?, delimiters)?;
        use crate::class::{Class, Meta, as_class};
        let base = as_class(&dialect_class("Dialect"))
            .ok_or_else(|| csv_error("csv.Dialect is not a class"))?;
        let d: crate::dict::Dict<Value, Value> = crate::dict::Dict::new();
        let set = |k: &str, v: Value| d.setitem(Value::str(k), v);
        set("__module__", Value::str("csv"))?;
        set("_name", Value::str("sniffed"))?;
        set("lineterminator", Value::str("\r\n"))?;
        set("quoting", Value::int(QUOTE_MINIMAL))?;
        set("doublequote", Value::Bool(g.doublequote))?;
        set("delimiter", Value::str(&g.delimiter))?;
        set("quotechar", Value::str(&g.quotechar))?;
        set("skipinitialspace", Value::Bool(g.skipinitialspace))?;
        let mro = std::iter::once(base.clone())
            .chain(base.mro.iter().cloned())
            .collect();
        let c = Class::new_raw(
            "dialect",
            "Sniffer.sniff.<locals>.dialect",
            "csv",
            vec![base],
            mro,
            d,
            None,
            Meta::Type,
            true,
            0,
        );
        Ok(crate::class::class_value(&c))
    }

    /// Sniffer.has_header.
    fn has_header(&self, sample: &Value) -> PyResult<bool> {
        // StringIO(sample) comes first in CPython, with its TypeError.
        let Value::Str(text) = sample else {
            return type_error(format!(
                "initial_value must be str or None, not {}",
                sample.class_name()
            ));
        };
        let text = text.as_str().to_string();
        let g = self.sniff_dialect(&text, &Value::None)?;
        let chars = |s: &str| s.chars().next().unwrap_or(',');
        let d = Dialect {
            delimiter: chars(&g.delimiter),
            quotechar: Some(chars(&g.quotechar)),
            escapechar: None,
            doublequote: g.doublequote,
            skipinitialspace: g.skipinitialspace,
            lineterminator: "\r\n".into(),
            quoting: QUOTE_MINIMAL,
            strict: false,
        };
        // reader(StringIO(sample)): lines split after each '\n'.
        let lines: Vec<Value> = text.split_inclusive('\n').map(Value::str).collect();
        let rdr = make_reader(Value::List(List::from_vec(lines)), d)?;
        let Some(header) = rdr.next_row()? else {
            return Err(crate::exc::PyErr::new(ExcKind::StopIteration, vec![]));
        };
        let header: Vec<String> = header
            .to_vec()?
            .iter()
            .map(str_of)
            .collect::<PyResult<_>>()?;
        let columns = header.len();
        #[derive(Clone, Copy, PartialEq)]
        enum Ty {
            Complex,
            Len(usize),
        }
        // columnTypes: None until a row sets it; removed (deleted) when inconsistent.
        let mut types: Vec<Option<Option<Ty>>> = vec![Some(None); columns];
        let mut checked = 0;
        while let Some(row) = rdr.next_row()? {
            if checked > 20 {
                break;
            }
            checked += 1;
            let row: Vec<String> = row.to_vec()?.iter().map(str_of).collect::<PyResult<_>>()?;
            if row.len() != columns {
                continue;
            }
            for (col, slot) in types.iter_mut().enumerate() {
                let Some(cur) = *slot else { continue };
                let this = if complex_ok(&row[col]) {
                    Ty::Complex
                } else {
                    Ty::Len(row[col].chars().count())
                };
                if Some(this) != cur {
                    *slot = if cur.is_none() {
                        Some(Some(this))
                    } else {
                        None
                    };
                }
            }
        }
        let mut votes = 0i64;
        for (col, slot) in types.iter().enumerate() {
            let Some(ty) = slot else { continue };
            match ty {
                Some(Ty::Len(n)) => {
                    votes += if header[col].chars().count() != *n {
                        1
                    } else {
                        -1
                    };
                }
                Some(Ty::Complex) => {
                    votes += if complex_ok(&header[col]) { -1 } else { 1 };
                }
                // columnTypes[col] still None: calling None raises TypeError, a vote for
                // a header.
                None => votes += 1,
            }
        }
        Ok(votes > 0)
    }
}

/// The first key with the largest count (max over a dict with key=dict.get).
fn first_max(table: &[(String, i64)]) -> Option<String> {
    let mut best: Option<&(String, i64)> = None;
    for e in table {
        if best.is_none_or(|b| e.1 > b.1) {
            best = Some(e);
        }
    }
    best.map(|b| b.0.clone())
}

/// Whether `complex(s)` accepts the string (Objects/complexobject.c
/// complex_subtype_from_string and complex_from_string_inner, after
/// _PyUnicode_TransformDecimalAndSpaceToASCII and _Py_string_to_number_with_underscores).
pub fn complex_ok(s: &str) -> bool {
    // Unicode white space becomes ' ', decimal digits their ASCII digit, anything else
    // non-ASCII makes the string malformed.
    let mut b: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            b.push(c as u8);
        } else if crate::unicode::is_space(c) {
            b.push(b' ');
        } else if let Some(d) = crate::unicode::decimal_value(c) {
            b.push(b'0' + d as u8);
        } else {
            return false;
        }
    }
    if b.contains(&b'_') {
        // Underscores only between two digits, then removed.
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for (i, &c) in b.iter().enumerate() {
            if c == b'_' {
                let next = b.get(i + 1).copied().unwrap_or(0);
                if !prev.is_ascii_digit() || !next.is_ascii_digit() {
                    return false;
                }
            } else {
                out.push(c);
            }
            prev = c;
        }
        b = out;
    }
    let sp = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while sp(at(i)) {
        i += 1;
    }
    let bracket = at(i) == b'(';
    if bracket {
        i += 1;
        while sp(at(i)) {
            i += 1;
        }
    }
    let end = float_prefix(&b, i);
    if end != i {
        i = end;
        if at(i) == b'+' || at(i) == b'-' {
            let e2 = float_prefix(&b, i);
            i = if e2 != i { e2 } else { i + 1 };
            if !matches!(at(i), b'j' | b'J') {
                return false;
            }
            i += 1;
        } else if matches!(at(i), b'j' | b'J') {
            i += 1;
        }
    } else {
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        if !matches!(at(i), b'j' | b'J') {
            return false;
        }
        i += 1;
    }
    while sp(at(i)) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return false;
        }
        i += 1;
        while sp(at(i)) {
            i += 1;
        }
    }
    i == b.len()
}

/// The end of the longest float at `start` (PyOS_string_to_double with an end pointer:
/// optional sign, then digits with an optional point and exponent, or inf, infinity, nan);
/// `start` when there is none.
fn float_prefix(b: &[u8], start: usize) -> usize {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = start;
    if at(i) == b'+' || at(i) == b'-' {
        i += 1;
    }
    let word = |i: usize, w: &[u8]| {
        b.get(i..i + w.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(w))
    };
    if word(i, b"infinity") {
        return i + 8;
    }
    if word(i, b"inf") || word(i, b"nan") {
        return i + 3;
    }
    let mut digits = 0;
    while at(i).is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if at(i) == b'.' {
        i += 1;
        while at(i).is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return start;
    }
    if matches!(at(i), b'e' | b'E') {
        let mut j = i + 1;
        if at(j) == b'+' || at(j) == b'-' {
            j += 1;
        }
        if at(j).is_ascii_digit() {
            while at(j).is_ascii_digit() {
                j += 1;
            }
            i = j;
        }
    }
    i
}

impl Object for Sniffer {
    fn type_name(&self) -> &'static str {
        "csv.Sniffer"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<csv.Sniffer object at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "preferred" => Ok(self.preferred.borrow().clone()),
            _ => Err(no_attr("Sniffer", name)),
        }
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        match name {
            "preferred" => {
                *self.preferred.borrow_mut() = value;
                Ok(())
            }
            _ => Err(crate::exc::PyErr::msg(
                ExcKind::NotImplementedError,
                format!("molt: setting attribute '{name}' of csv.Sniffer is not supported"),
            )),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        use crate::modules::stdc_util::bind;
        match name {
            "sniff" => {
                let a = bind("Sniffer.sniff", &["sample", "delimiters"], 1, args, kwargs)?;
                let sample = a[0].clone().unwrap_or_default();
                let delims = a[1].clone().unwrap_or(Value::None);
                self.sniff(&sample, &delims)
            }
            "has_header" => {
                let a = bind("Sniffer.has_header", &["sample"], 1, args, kwargs)?;
                let sample = a[0].clone().unwrap_or_default();
                Ok(Value::Bool(self.has_header(&sample)?))
            }
            _ => Err(no_attr("Sniffer", name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::complex_ok;

    #[test]
    fn complex_strings() {
        for ok in [
            "1", " 2.5 ", "1e3", "j", "-J", "1+2j", "(1-2j)", "inf", "-nan", "1_000", ".5", "5.",
            "1e", "1+j", "infj", "( 3 )",
        ] {
            // "1e" is not a float: the prefix "1" parses and "e" is left over.
            assert_eq!(complex_ok(ok), ok != "1e", "{ok:?}");
        }
        for bad in ["", "a", "1 2", "1__0", "_1", "(1", "1j2", "--1", "e5", "."] {
            assert!(!complex_ok(bad), "{bad:?}");
        }
    }
}
