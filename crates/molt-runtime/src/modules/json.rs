//! The `json` module: `loads` mirrors the C scanner of Modules/_json.c (CPython 3.11) with
//! Lib/json/decoder.py around it, `dumps` mirrors Lib/json/encoder.py (its output is the
//! same as the C encoder's), so that text and error messages are CPython's.
//!
//! JSONDecodeError is its own exception class, a subclass of ValueError as in CPython.

use super::bind::PySig;
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::list::List;
use crate::obj::CmpOp;
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;

/// The functions of `json` molt implements.
pub const FUNCTIONS: &[&str] = &["loads", "dumps"];

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "loads" => loads_call(args, kwargs),
        "dumps" => dumps_call(args, kwargs),
        "load" => {
            // Lib/json/__init__.py load(): loads(fp.read(), **kw).
            let (mut pos, kwargs) = take_params("load", args, kwargs, &["fp"])?;
            let fp = pos.remove(0);
            let text = crate::attr::call_method_static(&fp, "read", vec![], vec![])?;
            loads_call(vec![text], kwargs)
        }
        "dump" => {
            // Lib/json/__init__.py dump(): the encoding's chunks written to fp. molt
            // writes them at once, after encoding succeeded.
            let (mut pos, kwargs) = take_params("dump", args, kwargs, &["obj", "fp"])?;
            let fp = pos.remove(1);
            let text = dumps_call(pos, kwargs)?;
            crate::attr::call_method_static(&fp, "write", vec![text], vec![])?;
            Ok(Value::None)
        }
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("module 'json' has no attribute '{name}'"),
        )),
    }
}

type Kwargs = Vec<(Str, Value)>;

/// Binds the leading positional-or-keyword parameters `names` of a json function (the
/// rest of the keywords are its keyword-only options).
fn take_params(
    func: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    names: &[&str],
) -> PyResult<(Vec<Value>, Kwargs)> {
    if args.len() > names.len() {
        return Err(PyErr::msg(
            ExcKind::TypeError,
            format!(
                "{func}() takes {} positional argument{} but {} were given",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                args.len()
            ),
        ));
    }
    let mut slots: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    slots.resize(names.len(), None);
    let mut rest = vec![];
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if slots[i].is_some() => {
                return Err(PyErr::msg(
                    ExcKind::TypeError,
                    format!("{func}() got multiple values for argument '{k}'"),
                ));
            }
            Some(i) => slots[i] = Some(v),
            None => rest.push((k, v)),
        }
    }
    let missing: Vec<String> = names
        .iter()
        .zip(&slots)
        .filter(|(_, s)| s.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            _ => format!(
                "{} and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        return Err(PyErr::msg(
            ExcKind::TypeError,
            format!(
                "{func}() missing {} required positional argument{}: {list}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            ),
        ));
    }
    Ok((slots.into_iter().flatten().collect(), rest))
}

// ------------------------------------------------------------------------------ decoding

/// JSONDecodeError(msg, doc, pos): "msg: line L column C (char P)".
fn decode_error(msg: &str, doc: &[char], pos: usize) -> PyErr {
    let before = &doc[..pos.min(doc.len())];
    let lineno = before.iter().filter(|c| **c == '\n').count() + 1;
    let colno = match before.iter().rposition(|c| *c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    PyErr::msg(
        ExcKind::JSONDecodeError,
        format!("{msg}: line {lineno} column {colno} (char {pos})"),
    )
}

/// How a scan failed: a decode error, or StopIteration(idx) of the C scanner (which
/// decoder.py turns into "Expecting value" at idx).
enum Fail {
    Err(PyErr),
    Stop(usize),
}

type Scan<T> = Result<T, Fail>;

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// The decoder's hooks (JSONDecoder's object_hook, parse_float, parse_int, parse_constant,
/// object_pairs_hook): each None when not given.
#[derive(Default)]
struct Hooks {
    object: Option<Value>,
    float: Option<Value>,
    int: Option<Value>,
    constant: Option<Value>,
    pairs: Option<Value>,
}

fn call_hook(h: &Value, arg: Value) -> Scan<Value> {
    crate::func::call(h, vec![arg], vec![]).map_err(Fail::Err)
}

struct Decoder<'a> {
    s: &'a [char],
    hooks: Hooks,
    /// A lone surrogate was decoded: CPython's str holds it, molt's cannot. Parsing goes
    /// on so that a later syntax error is reported as CPython reports it.
    lone_surrogate: Option<u32>,
}

impl Decoder<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn err(&self, msg: &str, pos: usize) -> Fail {
        Fail::Err(decode_error(msg, self.s, pos))
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        i
    }

    fn hex4(&self, from: usize) -> Option<u32> {
        let mut c = 0u32;
        for i in from..from + 4 {
            c = (c << 4) | self.at(i)?.to_digit(16)?;
        }
        // to_digit(16) accepts only ASCII hex digits, as the C scanner does.
        Some(c)
    }

    /// scanstring_unicode: `end` is the index after the opening quote. Returns the string
    /// and the index after the closing quote.
    fn scanstring(&mut self, mut end: usize) -> Scan<(String, usize)> {
        let len = self.s.len();
        let begin = end - 1;
        let mut out = String::new();
        loop {
            let mut next = end;
            let mut c = '\0';
            while next < len {
                c = self.s[next];
                if c == '"' || c == '\\' {
                    break;
                }
                if (c as u32) <= 0x1f {
                    return Err(self.err("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= len || (c != '"' && c != '\\') {
                return Err(self.err("Unterminated string starting at", begin));
            }
            out.extend(&self.s[end..next]);
            next += 1;
            if c == '"' {
                return Ok((out, next));
            }
            if next == len {
                return Err(self.err("Unterminated string starting at", begin));
            }
            let e = self.s[next];
            if e != 'u' {
                end = next + 1;
                let ch = match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(self.err("Invalid \\escape", end - 2)),
                };
                out.push(ch);
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(self.err("Invalid \\uXXXX escape", next - 1));
            }
            let Some(mut cp) = self.hex4(next) else {
                return Err(self.err("Invalid \\uXXXX escape", end - 5));
            };
            if (0xd800..=0xdbff).contains(&cp)
                && end + 6 < len
                && self.s[end] == '\\'
                && self.s[end + 1] == 'u'
            {
                let Some(c2) = self.hex4(end + 2) else {
                    return Err(self.err("Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..=0xdfff).contains(&c2) {
                    cp = 0x10000 + (((cp - 0xd800) << 10) | (c2 - 0xdc00));
                    end += 6;
                }
            }
            match char::from_u32(cp) {
                Some(ch) => out.push(ch),
                None => {
                    if self.lone_surrogate.is_none() {
                        self.lone_surrogate = Some(cp);
                    }
                    out.push('\u{fffd}');
                }
            }
        }
    }

    fn enter(&self, what: &str) -> Scan<crate::rt::CallGuard> {
        crate::rt::enter().map_err(|_| {
            Fail::Err(PyErr::msg(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            ))
        })
    }

    /// scan_once_unicode: one value at `idx`; returns it and the index after it.
    fn scan_once(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let Some(c) = self.at(idx) else {
            return Err(Fail::Stop(idx));
        };
        let lit = |s: &str| -> bool {
            s.chars()
                .enumerate()
                .all(|(k, ch)| self.at(idx + k) == Some(ch))
        };
        match c {
            '"' => {
                let (s, end) = self.scanstring(idx + 1)?;
                return Ok((Value::Str(Str::from_string(s)), end));
            }
            '{' => {
                let _g = self.enter("object")?;
                return self.parse_object(idx + 1);
            }
            '[' => {
                let _g = self.enter("array")?;
                return self.parse_array(idx + 1);
            }
            'n' if lit("null") => return Ok((Value::None, idx + 4)),
            't' if lit("true") => return Ok((Value::Bool(true), idx + 4)),
            'f' if lit("false") => return Ok((Value::Bool(false), idx + 5)),
            'N' if lit("NaN") => return self.constant("NaN", f64::NAN, idx + 3),
            'I' if lit("Infinity") => return self.constant("Infinity", f64::INFINITY, idx + 8),
            '-' if lit("-Infinity") => {
                return self.constant("-Infinity", f64::NEG_INFINITY, idx + 9);
            }
            _ => {}
        }
        self.match_number(idx)
    }

    /// NaN, Infinity, -Infinity: parse_constant(name) when given.
    fn constant(&self, name: &str, x: f64, end: usize) -> Scan<(Value, usize)> {
        match &self.hooks.constant {
            Some(h) => Ok((call_hook(h, Value::str(name))?, end)),
            None => Ok((Value::Float(x), end)),
        }
    }

    /// _match_number_unicode.
    fn match_number(&self, start: usize) -> Scan<(Value, usize)> {
        let s = self.s;
        let end_idx = s.len() as isize - 1;
        let digit = |i: usize| s.get(i).is_some_and(|c| c.is_ascii_digit());
        let mut idx = start;
        if s.get(idx) == Some(&'-') {
            idx += 1;
            if idx as isize > end_idx {
                return Err(Fail::Stop(start));
            }
        }
        match s.get(idx) {
            Some('1'..='9') => {
                idx += 1;
                while digit(idx) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if (idx as isize) < end_idx && s[idx] == '.' && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if (idx as isize) < end_idx && (s[idx] == 'e' || s[idx] == 'E') {
            let e_start = idx;
            idx += 1;
            if (idx as isize) < end_idx && (s[idx] == '-' || s[idx] == '+') {
                idx += 1;
            }
            while digit(idx) {
                idx += 1;
            }
            if digit(idx - 1) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = s[start..idx].iter().collect();
        let hook = if is_float {
            &self.hooks.float
        } else {
            &self.hooks.int
        };
        if let Some(h) = hook {
            return Ok((call_hook(h, Value::str(&text))?, idx));
        }
        let v = if is_float {
            Value::Float(crate::float::parse(&text).map_err(Fail::Err)?)
        } else {
            Value::Int(Int::parse(&text, 10).map_err(Fail::Err)?)
        };
        Ok((v, idx))
    }

    /// _parse_object_unicode: `idx` is after the '{'.
    fn parse_object(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let d: Dict<Value, Value> = Dict::new();
        // With object_pairs_hook, the pairs in order (duplicates kept).
        let mut pairs: Vec<Value> = Vec::new();
        let mut idx = self.skip_ws(idx);
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return Err(self.err("Expecting property name enclosed in double quotes", idx));
                }
                let (key, next) = self.scanstring(idx + 1)?;
                idx = self.skip_ws(next);
                if self.at(idx) != Some(':') {
                    return Err(self.err("Expecting ':' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = self.scan_once(idx)?;
                if self.hooks.pairs.is_some() {
                    pairs.push(Value::Tuple(crate::tuple::Tup::from_vec(vec![
                        Value::Str(Str::from_string(key)),
                        val,
                    ])));
                } else {
                    d.setitem(Value::Str(Str::from_string(key)), val)
                        .map_err(Fail::Err)?;
                }
                idx = self.skip_ws(next);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(self.err("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        if let Some(h) = &self.hooks.pairs {
            return Ok((call_hook(h, Value::List(List::from_vec(pairs)))?, idx + 1));
        }
        if let Some(h) = &self.hooks.object {
            return Ok((call_hook(h, Value::Dict(d))?, idx + 1));
        }
        Ok((Value::Dict(d), idx + 1))
    }

    /// _parse_array_unicode: `idx` is after the '['.
    fn parse_array(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        let mut idx = self.skip_ws(idx);
        if self.at(idx) != Some(']') {
            loop {
                let (val, next) = self.scan_once(idx)?;
                items.push(val);
                idx = self.skip_ws(next);
                if self.at(idx) == Some(']') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(self.err("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((Value::List(List::from_vec(items)), idx + 1))
    }
}

/// `json.loads(s)`.
pub fn loads(s: &str) -> PyResult<Value> {
    loads_with(s, Hooks::default())
}

fn loads_with(s: &str, hooks: Hooks) -> PyResult<Value> {
    let chars: Vec<char> = s.chars().collect();
    if chars.first() == Some(&'\u{feff}') {
        return Err(decode_error(
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            &chars,
            0,
        ));
    }
    // loads -> JSONDecoder.decode -> raw_decode: three Python frames in CPython.
    let _frames = (
        crate::rt::enter()?,
        crate::rt::enter()?,
        crate::rt::enter()?,
    );
    let mut d = Decoder {
        s: &chars,
        hooks,
        lone_surrogate: None,
    };
    let start = d.skip_ws(0);
    let result = match d.scan_once(start) {
        Ok((v, end)) => {
            let end = d.skip_ws(end);
            if end != chars.len() {
                Err(decode_error("Extra data", &chars, end))
            } else {
                Ok(v)
            }
        }
        Err(Fail::Stop(i)) => Err(decode_error("Expecting value", &chars, i)),
        Err(Fail::Err(e)) => Err(e),
    };
    let v = result?;
    if let Some(cp) = d.lone_surrogate {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            format!("molt: code point 0x{cp:x} is a lone surrogate, which molt's str cannot hold"),
        ));
    }
    Ok(v)
}

fn loads_call(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let sig = PySig {
        name: "loads",
        params: &["s"],
        required: 1,
        kwonly: &[
            "cls",
            "object_hook",
            "parse_float",
            "parse_int",
            "parse_constant",
            "object_pairs_hook",
            "strict",
        ],
        method: false,
    };
    let slots = sig.bind(args, kwargs)?;
    if slots
        .get(1)
        .cloned()
        .flatten()
        .is_some_and(|c| !c.is_none())
    {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: json.loads(cls=...) is not supported",
        ));
    }
    // A hook of None is no hook (json.loads passes them on as keyword arguments).
    let hook = |i: usize| slots.get(i).cloned().flatten().filter(|h| !h.is_none());
    let hooks = Hooks {
        object: hook(2),
        float: hook(3),
        int: hook(4),
        constant: hook(5),
        pairs: hook(6),
    };
    let strict = match slots.get(7).cloned().flatten() {
        Some(v) => v.try_truthy()?,
        None => true,
    };
    if !strict {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: json.loads(strict=False) is not supported",
        ));
    }
    match slots.into_iter().next().flatten() {
        Some(Value::Str(s)) => loads_with(s.as_str(), hooks),
        Some(other) => type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            other.class_name()
        )),
        None => type_error("loads() missing 1 required positional argument: 's'"),
    }
}

// ------------------------------------------------------------------------------ encoding

/// encode_basestring_ascii / encode_basestring of _json.c.
fn encode_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if !ensure_ascii || (c as u32) < 0x7f => out.push(c),
            c => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
}

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    /// A non-None `default=`: called on objects json cannot encode.
    default: Option<Value>,
    /// Ids of the containers being encoded (the `markers` dict).
    markers: Vec<usize>,
}

/// Types CPython serializes as dicts because they subclass dict.
fn dict_like(v: &Value) -> bool {
    // Counter, defaultdict, OrderedDict (their type names are qualified).
    matches!(v, Value::Obj(_)) && crate::modules::collections::as_dict(v).is_some()
}

impl Encoder {
    fn floatstr(&self, x: f64) -> PyResult<String> {
        let text = if x.is_nan() {
            "NaN"
        } else if x == f64::INFINITY {
            "Infinity"
        } else if x == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(crate::float::repr(x));
        };
        if !self.allow_nan {
            return value_error("Out of range float values are not JSON compliant");
        }
        Ok(text.to_string())
    }

    fn newline(&self, level: usize, out: &mut String) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn enter(&self) -> PyResult<crate::rt::CallGuard> {
        crate::rt::enter().map_err(|e| {
            if self.indent.is_none() {
                PyErr::msg(
                    ExcKind::RecursionError,
                    "maximum recursion depth exceeded while encoding a JSON object",
                )
            } else {
                e
            }
        })
    }

    fn mark(&mut self, id: usize) -> PyResult<()> {
        if self.check_circular {
            if self.markers.contains(&id) {
                return value_error("Circular reference detected");
            }
            self.markers.push(id);
        }
        Ok(())
    }

    fn unmark(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn encode(&mut self, v: &Value, level: usize, out: &mut String) -> PyResult<()> {
        match v {
            Value::Str(s) => encode_str(s.as_str(), self.ensure_ascii, out),
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(i) => out.push_str(&i.to_string_checked()?),
            Value::Float(x) => out.push_str(&self.floatstr(*x)?),
            Value::List(l) => {
                let items = l.to_vec();
                self.encode_list(l.id(), &items, level, out)?;
            }
            Value::Tuple(t) => {
                let id = t.as_slice().as_ptr() as usize;
                self.encode_list(id, t.as_slice(), level, out)?;
            }
            Value::Dict(d) => self.encode_dict(d.id(), d.items_vec(), level, out)?,
            // A named tuple is a tuple to the C encoder (PyTuple_Check), a JSON array.
            other if let Some(t) = crate::class::namedtuple::payload(other) => {
                let id = t.as_slice().as_ptr() as usize;
                self.encode_list(id, t.as_slice(), level, out)?;
            }
            // Instances of subclasses of str, int, list, ... encode as their value; those of
            // dict subclasses through their `items()` (the C encoder's PyMapping_Items for a
            // dict that is not exactly a dict).
            other
                if let Some(p) = crate::class::builtin_base::payload(other)
                    && !matches!(p, Value::Dict(_))
                    && !dict_like(&p) =>
            {
                self.encode(&p, level, out)?
            }
            other if crate::class::builtin_base::payload(other).is_some() || dict_like(other) => {
                let items = if crate::class::builtin_base::payload(other).is_some() {
                    crate::attr::call_method(other, "items", vec![], vec![])?
                } else {
                    crate::methods::call_method(other, "items", vec![], vec![])?
                };
                let mut pairs = Vec::new();
                for p in items.to_vec()? {
                    let kv = p.to_vec()?;
                    if let [k, v] = kv.as_slice() {
                        pairs.push((k.clone(), v.clone()));
                    }
                }
                let id = match other {
                    Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const () as usize,
                    _ => 0,
                };
                self.encode_dict(id, pairs, level, out)?;
            }
            // A member of an int- or str-mixin enum is an int or a str to the C encoder.
            other if let Some(p) = crate::class::enums::mixin_value(other) => {
                self.encode(&p, level, out)?
            }
            other => {
                // The user's default= (its result is encoded in place of the object),
                // else JSONEncoder.default's TypeError (Lib/json/encoder.py _iterencode).
                return match self.default.clone() {
                    Some(d) => {
                        let r = super::callable::call_value(&d, vec![other.clone()])?;
                        self.encode(&r, level, out)
                    }
                    None => type_error(format!(
                        "Object of type {} is not JSON serializable",
                        other.type_name_attr()
                    )),
                };
            }
        }
        Ok(())
    }

    fn encode_list(
        &mut self,
        id: usize,
        items: &[Value],
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        let _g = self.enter()?;
        self.mark(id)?;
        out.push('[');
        let level = level + 1;
        self.newline(level, out);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
                self.newline(level, out);
            }
            self.encode(item, level, out)?;
        }
        self.newline(level - 1, out);
        out.push(']');
        self.unmark();
        Ok(())
    }

    fn encode_dict(
        &mut self,
        id: usize,
        mut items: Vec<(Value, Value)>,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        let _g = self.enter()?;
        self.mark(id)?;
        out.push('{');
        let level = level + 1;
        self.newline(level, out);
        if self.sort_keys {
            // sorted(dct.items()): the (key, value) tuples are compared.
            let mut pairs: Vec<Value> = items
                .into_iter()
                .map(|(k, v)| Value::Tuple(Tup::from_vec(vec![k, v])))
                .collect();
            crate::sort::sort_stable(&mut pairs, false, |a, b| a.compare(b, CmpOp::Lt))?;
            items = pairs
                .into_iter()
                .map(|p| match p {
                    Value::Tuple(t) => (
                        t.iter_at(0).unwrap_or_default(),
                        t.iter_at(1).unwrap_or_default(),
                    ),
                    _ => (Value::None, Value::None),
                })
                .collect();
        }
        let mut first = true;
        for (k, v) in items {
            let k = crate::class::builtin_base::payload(&k)
                .or_else(|| crate::class::enums::mixin_value(&k))
                .unwrap_or(k);
            let key = match &k {
                Value::Str(s) => s.as_str().to_string(),
                Value::Float(x) => self.floatstr(*x)?,
                Value::Bool(true) => "true".to_string(),
                Value::Bool(false) => "false".to_string(),
                Value::None => "null".to_string(),
                Value::Int(i) => i.to_string_checked()?,
                _ if self.skipkeys => continue,
                other => {
                    return type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        other.class_name()
                    ));
                }
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(level, out);
            }
            first = false;
            encode_str(&key, self.ensure_ascii, out);
            out.push_str(&self.key_sep);
            self.encode(&v, level, out)?;
        }
        self.newline(level - 1, out);
        out.push('}');
        self.unmark();
        Ok(())
    }
}

fn dumps_call(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    const KW: &[&str] = &[
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "cls",
        "indent",
        "separators",
        "default",
        "sort_keys",
    ];
    // Unknown keywords go to JSONEncoder(**kw), which rejects them.
    for (k, _) in &kwargs {
        if k.as_str() != "obj" && !KW.contains(&k.as_str()) {
            return type_error(format!(
                "JSONEncoder.__init__() got an unexpected keyword argument '{}'",
                k.as_str()
            ));
        }
    }
    let sig = PySig {
        name: "dumps",
        params: &["obj"],
        required: 1,
        kwonly: KW,
        method: false,
    };
    let mut s = sig.bind(args, kwargs)?;
    let mut get = |i: usize| s.get_mut(i).and_then(Option::take);
    let obj = get(0).unwrap_or_default();
    let flag = |v: Option<Value>, default: bool| -> PyResult<bool> {
        match v {
            Some(v) => v.try_truthy(),
            None => Ok(default),
        }
    };
    let skipkeys = flag(get(1), false)?;
    let ensure_ascii = flag(get(2), true)?;
    let check_circular = flag(get(3), true)?;
    let allow_nan = flag(get(4), true)?;
    if let Some(cls) = get(5)
        && !cls.is_none()
    {
        return type_error(format!("'{}' object is not callable", cls.class_name()));
    }
    let indent = match get(6) {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(v) => match v.as_int() {
            Some(n) => Some(" ".repeat(n.as_i64().unwrap_or(0).max(0) as usize)),
            None => {
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    v.class_name()
                ));
            }
        },
    };
    let (item_sep, key_sep) = match get(7) {
        None | Some(Value::None) => (
            if indent.is_some() { "," } else { ", " }.to_string(),
            ": ".to_string(),
        ),
        Some(v) => {
            let parts = v.to_vec()?;
            match parts.as_slice() {
                [Value::Str(a), Value::Str(b)] => (a.as_str().to_string(), b.as_str().to_string()),
                [a, b] => {
                    let bad = if matches!(a, Value::Str(_)) { b } else { a };
                    return type_error(format!(
                        "make_encoder() argument 5 must be str, not {}",
                        bad.class_name()
                    ));
                }
                p if p.len() > 2 => return value_error("too many values to unpack (expected 2)"),
                p => {
                    return value_error(format!(
                        "not enough values to unpack (expected 2, got {})",
                        p.len()
                    ));
                }
            }
        }
    };
    let default = get(8).filter(|d| !d.is_none());
    let sort_keys = flag(get(9), false)?;
    let mut enc = Encoder {
        indent,
        item_sep,
        key_sep,
        sort_keys,
        skipkeys,
        ensure_ascii,
        check_circular,
        allow_nan,
        default,
        markers: Vec::new(),
    };
    // dumps -> JSONEncoder.encode -> iterencode: three Python frames in CPython.
    let _frames = (
        crate::rt::enter()?,
        crate::rt::enter()?,
        crate::rt::enter()?,
    );
    let mut out = String::new();
    enc.encode(&obj, 0, &mut out)?;
    Ok(Value::Str(Str::from_string(out)))
}

/// `json.dumps(v)` with the default options (for other runtime code and tests).
pub fn dumps(v: &Value) -> PyResult<String> {
    match dumps_call(vec![v.clone()], vec![])? {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Ok(String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::obj::PyObj;

    fn repr(v: &Value) -> String {
        let mut s = String::new();
        v.py_repr(&mut s).unwrap();
        s
    }

    /// Decoding and re-encoding against python3, in one batch.
    #[test]
    fn loads_and_dumps_match_python3() {
        let docs = [
            "",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "\"\\ud83d\\ude00 \\u00e9\"",
            "1e",
            "-0",
            "-0.0",
            "1E400",
            "[NaN, Infinity, -Infinity]",
            "{\"b\": [1, 2.5, true, null], \"a\": {\"x\": \"\\n\\t\"}}",
            "123456789012345678901234567890",
            "[1,\n2,\n",
            "\"\\u12G4\"",
            "  [ ]  ",
            "{\"k\": \"\\u2603\\\\\\\"\"}",
            "0.1e-5",
            "[1.0, 100000000000000000.0, 1e16, 1e-7]",
        ];
        let mut script = String::from("import json\nfor d in [");
        for d in &docs {
            let mut r = String::new();
            crate::str::repr_str_into(d, &mut r);
            script.push_str(&r);
            script.push_str(", ");
        }
        script.push_str(
            "]:\n    try:\n        v = json.loads(d)\n        print(repr(v), json.dumps(v), json.dumps(v, indent=2, sort_keys=True), json.dumps(v, ensure_ascii=False, separators=(',', ':')))\n    except ValueError as e:\n        print('ERR', e)\n",
        );
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(&script)
            .output()
            .expect("python3 must be installed to run the tests");
        let expected = String::from_utf8_lossy(&out.stdout).to_string();
        let mut got = String::new();
        for d in &docs {
            match loads(d) {
                Ok(v) => {
                    let dump = |kw: Vec<(&str, Value)>| -> String {
                        let kw = kw.into_iter().map(|(k, v)| (Str::new(k), v)).collect();
                        match dumps_call(vec![v.clone()], kw).unwrap() {
                            Value::Str(s) => s.as_str().to_string(),
                            _ => String::new(),
                        }
                    };
                    let sep = Value::Tuple(Tup::from_vec(vec![Value::str(","), Value::str(":")]));
                    got.push_str(&format!(
                        "{} {} {} {}\n",
                        repr(&v),
                        dump(vec![]),
                        dump(vec![
                            ("indent", Value::int(2)),
                            ("sort_keys", Value::Bool(true))
                        ]),
                        dump(vec![
                            ("ensure_ascii", Value::Bool(false)),
                            ("separators", sep)
                        ])
                    ));
                }
                Err(e) => got.push_str(&format!("ERR {}\n", e.to_str())),
            }
        }
        assert_eq!(got, expected);
    }
}
