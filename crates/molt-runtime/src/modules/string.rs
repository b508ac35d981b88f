//! `string`: the character-class constants, `capwords` and `Template` (Lib/string.py).

use super::stdc_util::{bind, s, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "capwords" => {
            let a = bind("capwords", &["s", "sep"], 1, args, kwargs)?;
            let text = a[0].clone().unwrap_or_default();
            let sep = a[1].clone().unwrap_or_default();
            // (sep or ' ').join(map(str.capitalize, s.split(sep)))
            let words = crate::methods::call_method(&text, "split", vec![sep.clone()], vec![])?;
            let mut caps = Vec::new();
            for w in words.to_vec()? {
                caps.push(crate::methods::call_method(
                    &w,
                    "capitalize",
                    vec![],
                    vec![],
                )?);
            }
            let joiner = if sep.try_truthy()? { sep } else { s(" ") };
            crate::methods::call_method(&joiner, "join", vec![super::stdc_util::list(caps)], vec![])
        }
        "Template" => {
            let a = bind("Template", &["template"], 1, args, kwargs)?;
            let template = a[0].clone().unwrap_or_default();
            Ok(super::stdc_util::obj(Template { template }))
        }
        _ => Err(unknown("string", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
    const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const PUNCT: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    const WS: &str = " \t\n\r\x0b\x0c";
    Ok(match name {
        "ascii_letters" => s(&format!("{LOWER}{UPPER}")),
        "ascii_lowercase" => s(LOWER),
        "ascii_uppercase" => s(UPPER),
        "digits" => s("0123456789"),
        "hexdigits" => s("0123456789abcdefABCDEF"),
        "octdigits" => s("01234567"),
        "punctuation" => s(PUNCT),
        "printable" => s(&format!("0123456789{LOWER}{UPPER}{PUNCT}{WS}")),
        "whitespace" => s(WS),
        "capwords" => return Err(unknown("string", name)),
        _ => return Err(unknown("string", name)),
    })
}

// ------------------------------------------------------------------ Template

/// `string.Template(template)`: `$name`, `${name}` and `$$` substitution with the default
/// delimiter and id pattern (`(?a:[_a-z][_a-z0-9]*)`, case-insensitive).
pub struct Template {
    template: Value,
}

/// One piece of a template, as Template.pattern's groups split it.
enum Piece<'a> {
    Text(&'a str),
    /// `$$`.
    Escaped,
    /// `$name` or `${name}`, with the whole match.
    Named(&'a str, &'a str),
    /// A `$` that starts no placeholder, at this char index of the template.
    Invalid(usize),
}

fn is_id_start(c: u8) -> bool {
    c == b'_' || c.is_ascii_alphabetic()
}

fn is_id(c: u8) -> bool {
    c == b'_' || c.is_ascii_alphanumeric()
}

/// The length of the identifier at the start of `b` (0 if none).
fn ident_len(b: &[u8]) -> usize {
    match b.first() {
        Some(c) if is_id_start(*c) => 1 + b[1..].iter().take_while(|c| is_id(**c)).count(),
        _ => 0,
    }
}

fn pieces(t: &str) -> Vec<Piece<'_>> {
    let b = t.as_bytes();
    let mut out = vec![];
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'$' {
            i += 1;
            continue;
        }
        if start < i {
            out.push(Piece::Text(&t[start..i]));
        }
        let rest = &b[i + 1..];
        let n = ident_len(rest);
        if rest.first() == Some(&b'$') {
            out.push(Piece::Escaped);
            i += 2;
        } else if n > 0 {
            out.push(Piece::Named(&t[i + 1..i + 1 + n], &t[i..i + 1 + n]));
            i += 1 + n;
        } else if rest.first() == Some(&b'{')
            && ident_len(&rest[1..]) > 0
            && rest.get(1 + ident_len(&rest[1..])) == Some(&b'}')
        {
            let m = ident_len(&rest[1..]);
            out.push(Piece::Named(&t[i + 2..i + 2 + m], &t[i..i + 3 + m]));
            i += 3 + m;
        } else {
            // mo.start('invalid'): just after the delimiter, in characters.
            out.push(Piece::Invalid(t[..i + 1].chars().count()));
            i += 1;
        }
        start = i;
    }
    if start < b.len() {
        out.push(Piece::Text(&t[start..]));
    }
    out
}

/// Template._invalid: "Invalid placeholder in string: line L, col C".
fn invalid(t: &str, i: usize) -> PyErr {
    let before: String = t.chars().take(i).collect();
    let lines = match crate::methods::call_method(
        &Value::Str(Str::from_string(before)),
        "splitlines",
        vec![Value::Bool(true)],
        vec![],
    )
    .and_then(|v| v.to_vec())
    {
        Ok(l) => l,
        Err(e) => return e,
    };
    let (lineno, colno) = if lines.is_empty() {
        (1, 1)
    } else {
        let mut head = 0;
        for l in &lines[..lines.len() - 1] {
            head += l.len().unwrap_or(0);
        }
        (lines.len(), i - head)
    };
    PyErr::msg(
        ExcKind::ValueError,
        format!("Invalid placeholder in string: line {lineno}, col {colno}"),
    )
}

impl Template {
    fn text(&self) -> PyResult<Str> {
        match &self.template {
            Value::Str(s) => Ok(s.clone()),
            v => type_error(format!(
                "expected string or bytes-like object, got '{}'",
                v.class_name()
            )),
        }
    }

    /// substitute() and safe_substitute(): `mapping` then the keywords, which win
    /// (`_ChainMap(kws, mapping)`).
    fn substitute(
        &self,
        safe: bool,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let fname = if safe {
            "safe_substitute"
        } else {
            "substitute"
        };
        if args.len() > 1 {
            return type_error(format!(
                "Template.{fname}() takes from 1 to 2 positional arguments but {} were given",
                args.len() + 1
            ));
        }
        let mapping = args.into_iter().next();
        let t = self.text()?;
        let lookup = |name: &str| -> PyResult<Value> {
            if let Some((_, v)) = kwargs.iter().rev().find(|(k, _)| k.as_str() == name) {
                return Ok(v.clone());
            }
            match &mapping {
                Some(m) => m.getitem(&Value::str(name)),
                None => Err(PyErr::new(ExcKind::KeyError, vec![Value::str(name)])),
            }
        };
        let mut out = String::new();
        for p in pieces(t.as_str()) {
            match p {
                Piece::Text(x) => out.push_str(x),
                Piece::Escaped => out.push('$'),
                Piece::Named(name, whole) => match lookup(name) {
                    Ok(v) => out.push_str(crate::builtins::str_of(&v)?.as_str()),
                    Err(e) if safe && e.matches(ExcKind::KeyError) => out.push_str(whole),
                    Err(e) => return Err(e),
                },
                Piece::Invalid(_) if safe => out.push('$'),
                Piece::Invalid(i) => return Err(invalid(t.as_str(), i)),
            }
        }
        Ok(Value::Str(Str::from_string(out)))
    }
}

impl Object for Template {
    fn type_name(&self) -> &'static str {
        "Template"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<string.Template object at {:#x}>",
            self as *const Template as usize
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "template" => Ok(self.template.clone()),
            "delimiter" => Ok(s("$")),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'Template' object has no attribute '{name}'"),
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
        match name {
            "substitute" => self.substitute(false, args, kwargs),
            "safe_substitute" => self.substitute(true, args, kwargs),
            "is_valid" => {
                bind("is_valid", &[], 0, args, kwargs)?;
                let t = self.text()?;
                Ok(Value::Bool(
                    !pieces(t.as_str())
                        .iter()
                        .any(|p| matches!(p, Piece::Invalid(_))),
                ))
            }
            "get_identifiers" => {
                bind("get_identifiers", &[], 0, args, kwargs)?;
                let t = self.text()?;
                let mut ids: Vec<&str> = vec![];
                for p in pieces(t.as_str()) {
                    match p {
                        Piece::Named(n, _) if !ids.contains(&n) => ids.push(n),
                        _ => {}
                    }
                }
                Ok(super::stdc_util::list(
                    ids.into_iter().map(Value::str).collect(),
                ))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'Template' object has no attribute '{name}'"),
            )),
        }
    }
}
