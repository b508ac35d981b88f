//! `shlex`: split, quote and join (Lib/shlex.py of CPython 3.11). `split` runs the
//! `shlex` class's `read_token` state machine as `split` configures it (whitespace_split,
//! no punctuation characters, `#` comments only when asked).

use super::stdc_util::{bind, s};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::list::List;
use crate::str::Str;
use crate::value::Value;

/// `shlex.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "split" => {
            let a = bind("split", &["s", "comments", "posix"], 1, args, kwargs)?;
            let text = match a[0].clone().unwrap_or_default() {
                Value::Str(t) => t,
                Value::None => {
                    return Err(PyErr::msg(
                        ExcKind::NotImplementedError,
                        "molt: shlex.split(None) (reading sys.stdin, deprecated) is not supported",
                    ));
                }
                v => {
                    return Err(PyErr::msg(
                        ExcKind::AttributeError,
                        format!("'{}' object has no attribute 'read'", v.class_name()),
                    ));
                }
            };
            let comments = a[1].clone().unwrap_or(Value::Bool(false)).try_truthy()?;
            let posix = a[2].clone().unwrap_or(Value::Bool(true)).try_truthy()?;
            let words = split(text.as_str(), comments, posix)?;
            Ok(Value::List(List::from_vec(
                words.iter().map(|w| s(w)).collect(),
            )))
        }
        "quote" => {
            let a = bind("quote", &["s"], 1, args, kwargs)?;
            quote(&a[0].clone().unwrap_or_default())
        }
        "join" => {
            let a = bind("join", &["split_command"], 1, args, kwargs)?;
            let mut it = a[0].clone().unwrap_or_default().iter()?;
            let mut parts: Vec<String> = Vec::new();
            while let Some(x) = it.next()? {
                match quote(&x)? {
                    Value::Str(q) => parts.push(q.as_str().to_string()),
                    _ => return type_error("sequence item: expected str instance"),
                }
            }
            Ok(s(&parts.join(" ")))
        }
        _ => Err(super::stdc_util::unknown("shlex", name)),
    }
}

/// `quote(s)`: `''` for a false value, the text itself when every character is safe
/// (`[\w@%+=:,./-]` with re.ASCII), else single-quoted with `'` as `'"'"'`.
fn quote(v: &Value) -> PyResult<Value> {
    if !v.try_truthy()? {
        return Ok(s("''"));
    }
    let t = match v {
        Value::Str(t) => t,
        Value::Obj(o) if matches!(o.type_name(), "bytes" | "bytearray") => {
            return type_error("cannot use a string pattern on a bytes-like object");
        }
        _ => {
            return type_error(format!(
                "expected string or bytes-like object, got '{}'",
                v.class_name()
            ));
        }
    };
    let safe = |c: char| c.is_ascii_alphanumeric() || "_@%+=:,./-".contains(c);
    if t.as_str().chars().all(safe) {
        return Ok(Value::Str(t.clone()));
    }
    Ok(s(&format!("'{}'", t.as_str().replace('\'', "'\"'\"'"))))
}

/// The lexer's state (`shlex.state`): between tokens, in a word, in quotes, after an
/// escape, or past the end.
#[derive(Clone, Copy, PartialEq)]
enum St {
    Space,
    Word,
    Quote(char),
    Escape,
    End,
}

const WHITESPACE: &str = " \t\r\n";
const QUOTES: &str = "'\"";

/// `list(lex)` for `shlex(s, posix=posix)` with `whitespace_split = True` and
/// `commenters = '#'` or `''`.
fn split(text: &str, comments: bool, posix: bool) -> PyResult<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    let mut state = St::Space;
    let mut out = Vec::new();
    let is_comment = |c: char| comments && c == '#';
    loop {
        // read_token
        let mut quoted = false;
        let mut escapedstate = St::Space;
        let mut token = String::new();
        loop {
            let next = chars.get(pos).copied();
            if next.is_some() {
                pos += 1;
            }
            // `instream.readline()`: the rest of the line, its newline included.
            let skip_line = |pos: &mut usize| {
                while let Some(&c) = chars.get(*pos) {
                    *pos += 1;
                    if c == '\n' {
                        break;
                    }
                }
            };
            match state {
                St::End => {
                    token.clear();
                    break;
                }
                St::Space => {
                    let Some(c) = next else {
                        state = St::End;
                        break;
                    };
                    if WHITESPACE.contains(c) {
                        if !token.is_empty() || (posix && quoted) {
                            break;
                        }
                    } else if is_comment(c) {
                        skip_line(&mut pos);
                    } else if posix && c == '\\' {
                        escapedstate = St::Word;
                        state = St::Escape;
                    } else if QUOTES.contains(c) {
                        if !posix {
                            token.push(c);
                        }
                        state = St::Quote(c);
                    } else {
                        // wordchars, or any other character under whitespace_split.
                        token.push(c);
                        state = St::Word;
                    }
                }
                St::Quote(q) => {
                    quoted = true;
                    let Some(c) = next else {
                        return value_error("No closing quotation");
                    };
                    if c == q {
                        if !posix {
                            token.push(c);
                            state = St::Space;
                            break;
                        }
                        state = St::Word;
                    } else if posix && c == '\\' && q == '"' {
                        escapedstate = state;
                        state = St::Escape;
                    } else {
                        token.push(c);
                    }
                }
                St::Escape => {
                    let Some(c) = next else {
                        return value_error("No escaped character");
                    };
                    // In posix shells only the quote itself or the escape character may
                    // be escaped within quotes.
                    if let St::Quote(q) = escapedstate
                        && c != '\\'
                        && c != q
                    {
                        token.push('\\');
                    }
                    token.push(c);
                    state = escapedstate;
                }
                St::Word => {
                    let Some(c) = next else {
                        state = St::End;
                        break;
                    };
                    if WHITESPACE.contains(c) {
                        state = St::Space;
                        if !token.is_empty() || (posix && quoted) {
                            break;
                        }
                    } else if is_comment(c) {
                        skip_line(&mut pos);
                        if posix {
                            state = St::Space;
                            if !token.is_empty() || (posix && quoted) {
                                break;
                            }
                        }
                    } else if posix && QUOTES.contains(c) {
                        state = St::Quote(c);
                    } else if posix && c == '\\' {
                        escapedstate = St::Word;
                        state = St::Escape;
                    } else {
                        token.push(c);
                    }
                }
            }
        }
        // The end: None under posix (unless quoted), '' otherwise.
        if token.is_empty() && (!posix || !quoted) {
            return Ok(out);
        }
        out.push(token);
    }
}
