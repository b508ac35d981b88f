//! `textwrap`: wrap, fill, shorten, dedent, indent (Lib/textwrap.py of CPython 3.11). The
//! word splitter emulates `TextWrapper.wordsep_re` (hyphenated words, em-dashes) by hand.

use super::stdc_util::{bind, dict_getattr, list, unknown};
use crate::dict::Dict;
use crate::exc::{PyResult, type_error, value_error};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// textwrap's `_whitespace`: ASCII whitespace only.
fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// `\w` of Python's re for str patterns.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `[^\d\W]`: a word character that is not a decimal digit.
fn is_letter(c: char) -> bool {
    is_word(c) && crate::int_ops::decimal_digit_value(c).is_none()
}

/// `[\w!"\'&.,?]`.
fn is_word_punct(c: char) -> bool {
    is_word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
}

/// At `i`: two or more '-' followed by a word character (`-{2,}\w`); the end of the dashes.
fn emdash_at(t: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    while t.get(j) == Some(&'-') {
        j += 1;
    }
    (j - i >= 2 && t.get(j).is_some_and(|&c| is_word(c))).then_some(j)
}

/// `wordsep_re.split(text)` without the empty strings.
fn split_hyphens(t: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut p = 0;
    let letter = |i: usize| t.get(i).is_some_and(|&c| is_letter(c));
    while p < t.len() {
        let end = if is_ws(t[p]) {
            let mut j = p;
            while j < t.len() && is_ws(t[j]) {
                j += 1;
            }
            j
        } else if p > 0
            && is_word_punct(t[p - 1])
            && let Some(j) = emdash_at(t, p)
        {
            j
        } else {
            // A word, shortest first: it ends after a hyphen between letters, before
            // whitespace or the end, or before an em-dash.
            let mut q = p + 1;
            loop {
                if q >= t.len() || is_ws(t[q]) {
                    break q;
                }
                if t[q] == '-' {
                    let behind = (q >= 2 && letter(q - 2) && letter(q - 1))
                        || (q >= 3 && letter(q - 3) && t[q - 2] == '-' && letter(q - 1));
                    let ahead = letter(q + 1)
                        && (letter(q + 2) || (t.get(q + 2) == Some(&'-') && letter(q + 3)));
                    if behind && ahead {
                        break q + 1;
                    }
                }
                if is_word_punct(t[q - 1]) && emdash_at(t, q).is_some() {
                    break q;
                }
                q += 1;
            }
        };
        out.push(t[p..end].iter().collect());
        p = end;
    }
    out
}

/// `wordsep_simple_re.split(text)` without the empty strings.
fn split_simple(t: &[char]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut p = 0;
    while p < t.len() {
        let ws = is_ws(t[p]);
        let mut j = p;
        while j < t.len() && is_ws(t[j]) == ws {
            j += 1;
        }
        out.push(t[p..j].iter().collect());
        p = j;
    }
    out
}

fn expand_tabs(s: &str, tabsize: i64) -> String {
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn clen(s: &str) -> usize {
    s.chars().count()
}

fn cslice(s: &str, a: usize, b: usize) -> String {
    s.chars().skip(a).take(b.saturating_sub(a)).collect()
}

fn is_blank(s: &str) -> bool {
    s.chars().all(crate::str::is_py_whitespace)
}

struct Wrapper {
    width: i64,
    initial_indent: String,
    subsequent_indent: String,
    expand_tabs: bool,
    replace_whitespace: bool,
    fix_sentence_endings: bool,
    break_long_words: bool,
    drop_whitespace: bool,
    break_on_hyphens: bool,
    tabsize: i64,
    max_lines: Option<i64>,
    placeholder: String,
}

const OPTIONS: &[&str] = &[
    "width",
    "initial_indent",
    "subsequent_indent",
    "expand_tabs",
    "replace_whitespace",
    "fix_sentence_endings",
    "break_long_words",
    "drop_whitespace",
    "break_on_hyphens",
    "tabsize",
    "max_lines",
    "placeholder",
];

impl Wrapper {
    fn from_options(opts: &[Option<Value>]) -> PyResult<Wrapper> {
        let int = |i: usize, d: i64| -> PyResult<i64> {
            match &opts[i] {
                None => Ok(d),
                Some(v) => Ok(super::stdc_util::index_of(v)?.as_i64().unwrap_or(i64::MAX)),
            }
        };
        let string = |i: usize, d: &str| -> PyResult<String> {
            match &opts[i] {
                None => Ok(d.to_string()),
                Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                Some(v) => type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    v.class_name()
                )),
            }
        };
        let flag = |i: usize, d: bool| -> PyResult<bool> {
            match &opts[i] {
                None => Ok(d),
                Some(v) => v.try_truthy(),
            }
        };
        Ok(Wrapper {
            width: int(0, 70)?,
            initial_indent: string(1, "")?,
            subsequent_indent: string(2, "")?,
            expand_tabs: flag(3, true)?,
            replace_whitespace: flag(4, true)?,
            fix_sentence_endings: flag(5, false)?,
            break_long_words: flag(6, true)?,
            drop_whitespace: flag(7, true)?,
            // `is True` in CPython: only the bool True selects the hyphen-aware splitter.
            break_on_hyphens: match &opts[8] {
                None => true,
                Some(v) => matches!(v, Value::Bool(true)),
            },
            tabsize: int(9, 8)?,
            max_lines: match &opts[10] {
                None | Some(Value::None) => None,
                Some(v) => Some(super::stdc_util::index_of(v)?.as_i64().unwrap_or(i64::MAX)),
            },
            placeholder: string(11, " [...]")?,
        })
    }

    fn split_chunks(&self, text: &str) -> Vec<String> {
        let mut t = if self.expand_tabs {
            expand_tabs(text, self.tabsize)
        } else {
            text.to_string()
        };
        if self.replace_whitespace {
            t = t.chars().map(|c| if is_ws(c) { ' ' } else { c }).collect();
        }
        let chars: Vec<char> = t.chars().collect();
        if self.break_on_hyphens {
            split_hyphens(&chars)
        } else {
            split_simple(&chars)
        }
    }

    fn fix_sentence_endings(chunks: &mut [String]) {
        let sentence_end = |s: &str| {
            let c: Vec<char> = s.chars().collect();
            let n = c.len();
            let ends = |k: usize| {
                k >= 2 && c[k - 2].is_ascii_lowercase() && matches!(c[k - 1], '.' | '!' | '?')
            };
            ends(n) || (n >= 1 && matches!(c[n - 1], '"' | '\'') && ends(n - 1))
        };
        let mut i = 0;
        while i + 1 < chunks.len() {
            if chunks[i + 1] == " " && sentence_end(&chunks[i]) {
                chunks[i + 1] = "  ".to_string();
                i += 2;
            } else {
                i += 1;
            }
        }
    }

    fn handle_long_word(
        &self,
        rev: &mut Vec<String>,
        cur_line: &mut Vec<String>,
        cur_len: usize,
        width: i64,
    ) {
        let space_left: i64 = if width < 1 { 1 } else { width - cur_len as i64 };
        if self.break_long_words {
            let Some(chunk) = rev.last().cloned() else {
                return;
            };
            let mut end = space_left.max(0) as usize;
            let chars: Vec<char> = chunk.chars().collect();
            if self.break_on_hyphens && chars.len() as i64 > space_left {
                let lim = (space_left.max(0) as usize).min(chars.len());
                if let Some(h) = chars[..lim].iter().rposition(|&c| c == '-')
                    && h > 0
                    && chars[..h].iter().any(|&c| c != '-')
                {
                    end = h + 1;
                }
            }
            cur_line.push(cslice(&chunk, 0, end));
            if let Some(last) = rev.last_mut() {
                *last = cslice(&chunk, end, chars.len());
            }
        } else if cur_line.is_empty()
            && let Some(last) = rev.pop()
        {
            cur_line.push(last);
        }
    }

    fn wrap_chunks(&self, chunks: Vec<String>) -> PyResult<Vec<String>> {
        let mut lines: Vec<String> = Vec::new();
        if self.width <= 0 {
            return value_error(format!("invalid width {} (must be > 0)", self.width));
        }
        if let Some(m) = self.max_lines {
            let indent = if m > 1 {
                &self.subsequent_indent
            } else {
                &self.initial_indent
            };
            if (clen(indent) + clen(self.placeholder.trim_start())) as i64 > self.width {
                return value_error("placeholder too large for max width");
            }
        }
        let mut chunks = chunks;
        chunks.reverse();
        while !chunks.is_empty() {
            let mut cur_line: Vec<String> = Vec::new();
            let mut cur_len: usize = 0;
            let indent = if lines.is_empty() {
                &self.initial_indent
            } else {
                &self.subsequent_indent
            };
            let width = self.width - clen(indent) as i64;
            if self.drop_whitespace
                && chunks
                    .last()
                    .is_some_and(|c| c.trim().is_empty() && is_blank(c))
                && !lines.is_empty()
            {
                chunks.pop();
            }
            while let Some(c) = chunks.last() {
                let l = clen(c);
                if (cur_len + l) as i64 <= width {
                    cur_len += l;
                    cur_line.push(chunks.pop().unwrap_or_default());
                } else {
                    break;
                }
            }
            if chunks.last().is_some_and(|c| clen(c) as i64 > width) {
                self.handle_long_word(&mut chunks, &mut cur_line, cur_len, width);
                cur_len = cur_line.iter().map(|c| clen(c)).sum();
            }
            if self.drop_whitespace && cur_line.last().is_some_and(|c| is_blank(c)) {
                cur_len -= cur_line.last().map_or(0, |c| clen(c));
                cur_line.pop();
            }
            if !cur_line.is_empty() {
                let fits = match self.max_lines {
                    None => true,
                    Some(m) => {
                        (lines.len() as i64 + 1) < m
                            || ((chunks.is_empty()
                                || (self.drop_whitespace
                                    && chunks.len() == 1
                                    && is_blank(&chunks[0])))
                                && cur_len as i64 <= width)
                    }
                };
                if fits {
                    lines.push(format!("{indent}{}", cur_line.concat()));
                } else {
                    let ph = clen(&self.placeholder);
                    let mut done = false;
                    while let Some(last) = cur_line.last() {
                        if !is_blank(last) && (cur_len + ph) as i64 <= width {
                            cur_line.push(self.placeholder.clone());
                            lines.push(format!("{indent}{}", cur_line.concat()));
                            done = true;
                            break;
                        }
                        cur_len -= clen(last);
                        cur_line.pop();
                    }
                    if !done {
                        if let Some(prev) = lines.last() {
                            let prev_line = prev.trim_end_matches(crate::str::is_py_whitespace);
                            if (clen(prev_line) + ph) as i64 <= self.width {
                                let nl = format!("{prev_line}{}", self.placeholder);
                                if let Some(l) = lines.last_mut() {
                                    *l = nl;
                                }
                                break;
                            }
                        }
                        lines.push(format!(
                            "{indent}{}",
                            self.placeholder
                                .trim_start_matches(crate::str::is_py_whitespace)
                        ));
                    }
                    break;
                }
            }
        }
        Ok(lines)
    }

    /// The text to wrap: a str, else the error of the first str method
    /// `_munge_whitespace` / `_split` applies to it.
    fn text_of(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ if self.expand_tabs => Err(crate::attr::no_attr(v.class_name(), "expandtabs")),
            _ if self.replace_whitespace => Err(crate::attr::no_attr(v.class_name(), "translate")),
            _ => type_error(format!(
                "expected string or bytes-like object, got '{}'",
                v.class_name()
            )),
        }
    }

    fn wrap(&self, text: &str) -> PyResult<Vec<String>> {
        let mut chunks = self.split_chunks(text);
        if self.fix_sentence_endings {
            Self::fix_sentence_endings(&mut chunks);
        }
        self.wrap_chunks(chunks)
    }
}

/// `wrap(text, width=70, **kwargs)` and friends: the text and the TextWrapper options.
fn wrapper_args(
    fname: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    width_required: bool,
) -> PyResult<(String, Wrapper)> {
    let mut params = vec!["text"];
    params.extend_from_slice(OPTIONS);
    // Only text and width are positional.
    if args.len() > 2 {
        return type_error(format!(
            "{fname}() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        ));
    }
    let a = bind(
        fname,
        &params,
        if width_required { 2 } else { 1 },
        args,
        kwargs,
    )?;
    let w = Wrapper::from_options(&a[1..])?;
    let text = match &a[0] {
        Some(v) => w.text_of(v)?,
        None => String::new(),
    };
    Ok((text, w))
}

fn dedent(text: &str) -> String {
    // _whitespace_only_re.sub('', text): lines of only spaces and tabs become empty.
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| {
            if !l.is_empty() && l.chars().all(|c| c == ' ' || c == '\t') {
                String::new()
            } else {
                l.to_string()
            }
        })
        .collect();
    let mut margin: Option<String> = None;
    for l in &lines {
        let ind: String = l.chars().take_while(|&c| c == ' ' || c == '\t').collect();
        if ind.len() == l.len() {
            continue; // no non-blank character on this line
        }
        margin = Some(match margin {
            None => ind,
            Some(m) if ind.starts_with(&m) => m,
            Some(m) if m.starts_with(&ind) => ind,
            Some(m) => {
                let common = m
                    .chars()
                    .zip(ind.chars())
                    .take_while(|(x, y)| x == y)
                    .count();
                m[..common].to_string()
            }
        });
    }
    let lines: Vec<String> = match margin.filter(|m| !m.is_empty()) {
        Some(m) => lines
            .into_iter()
            .map(|l| l.strip_prefix(&m).map(str::to_string).unwrap_or(l))
            .collect(),
        None => lines,
    };
    lines.join("\n")
}

/// str.splitlines(keepends=True).
fn splitlines_keep(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        cur.push(c);
        let brk = match c {
            '\r' => {
                if it.peek() == Some(&'\n') {
                    cur.push('\n');
                    it.next();
                }
                true
            }
            '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}'
            | '\u{2029}' => true,
            _ => false,
        };
        if brk {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn strs(v: Vec<String>) -> Value {
    list(
        v.into_iter()
            .map(|l| Value::Str(Str::from_string(l)))
            .collect(),
    )
}

/// `textwrap.TextWrapper(...)`: Lib/textwrap.py's `__init__` stores its options as
/// instance attributes, unchecked; `wrap`/`fill` read them when called.
fn new_wrapper(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    // max_lines and placeholder are keyword-only.
    if args.len() > 10 {
        return type_error(format!(
            "TextWrapper.__init__() takes from 1 to 11 positional arguments but {} were given",
            args.len() + 1
        ));
    }
    let a = bind("TextWrapper.__init__", OPTIONS, 0, args, kwargs)?;
    let defaults = [
        Value::int(70),
        Value::str(""),
        Value::str(""),
        Value::Bool(true),
        Value::Bool(true),
        Value::Bool(false),
        Value::Bool(true),
        Value::Bool(true),
        Value::Bool(true),
        Value::int(8),
        Value::None,
        Value::str(" [...]"),
    ];
    let d = Dict::new();
    for ((name, given), default) in OPTIONS.iter().zip(a).zip(defaults) {
        d.setitem(Value::str(name), given.unwrap_or(default))?;
    }
    Ok(Value::Obj(Rc::new(TextWrapper { d })))
}

/// A `textwrap.TextWrapper`: its attributes are its `__dict__`.
pub struct TextWrapper {
    d: Dict<Value, Value>,
}

impl TextWrapper {
    /// The wrapper the current attributes describe (a deleted option: AttributeError).
    fn options(&self) -> PyResult<Wrapper> {
        let mut opts = Vec::with_capacity(OPTIONS.len());
        for name in OPTIONS {
            opts.push(Some(dict_getattr(&self.d, name, "TextWrapper")?));
        }
        Wrapper::from_options(&opts)
    }
}

impl Object for TextWrapper {
    fn type_name(&self) -> &'static str {
        "TextWrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "wrap" | "fill" => {
                let fname = format!("TextWrapper.{name}");
                // CPython counts the bound self.
                if args.len() > 1 {
                    return type_error(format!(
                        "{fname}() takes 2 positional arguments but {} were given",
                        args.len() + 1
                    ));
                }
                let a = bind(&fname, &["text"], 1, args, kwargs)?;
                let w = self.options()?;
                let text = w.text_of(a[0].as_ref().unwrap_or(&Value::None))?;
                let lines = w.wrap(&text)?;
                Ok(if name == "wrap" {
                    strs(lines)
                } else {
                    Value::Str(Str::from_string(lines.join("\n")))
                })
            }
            _ => {
                let f = self.getattr(this, name)?;
                crate::func::call(&f, args, kwargs)
            }
        }
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "wrap" | "fill" => Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name)),
            _ => dict_getattr(&self.d, name, "TextWrapper"),
        }
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        self.d.setitem(Value::str(name), value)
    }
    fn delattr(&self, _this: &ObjRef, name: &str) -> PyResult<()> {
        super::stdc_util::dict_delattr(&self.d, name, "TextWrapper")
    }
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "TextWrapper" => new_wrapper(args, kwargs),
        "wrap" => {
            let (text, w) = wrapper_args("wrap", args, kwargs, false)?;
            Ok(strs(w.wrap(&text)?))
        }
        "fill" => {
            let (text, w) = wrapper_args("fill", args, kwargs, false)?;
            Ok(Value::Str(Str::from_string(w.wrap(&text)?.join("\n"))))
        }
        "shorten" => {
            let mut kw = kwargs;
            if kw.iter().any(|(k, _)| k.as_str() == "max_lines") {
                return type_error(
                    "textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'",
                );
            }
            kw.push((Str::new("max_lines"), Value::int(1)));
            let (text, w) = wrapper_args("shorten", args, kw, true)?;
            let words: Vec<&str> = text
                .split(crate::str::is_py_whitespace)
                .filter(|w| !w.is_empty())
                .collect();
            Ok(Value::Str(Str::from_string(
                w.wrap(&words.join(" "))?.join("\n"),
            )))
        }
        "dedent" => {
            let a = bind("dedent", &["text"], 1, args, kwargs)?;
            match &a[0] {
                Some(Value::Str(s)) => Ok(Value::Str(Str::from_string(dedent(s.as_str())))),
                Some(v) => type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    v.class_name()
                )),
                None => Ok(Value::None),
            }
        }
        "indent" => {
            let a = bind("indent", &["text", "prefix", "predicate"], 2, args, kwargs)?;
            let predicate = a[2].clone().filter(|p| !p.is_none());
            let (Some(Value::Str(text)), Some(prefix)) = (&a[0], &a[1]) else {
                return type_error("indent() arguments must be str");
            };
            let mut out = String::new();
            for line in splitlines_keep(text.as_str()) {
                // Lib/textwrap.py: `predicate(line)`, by default `line.strip()`.
                let chosen = match &predicate {
                    Some(f) => {
                        crate::func::call(f, vec![Value::str(&line)], vec![])?.try_truthy()?
                    }
                    None => !is_blank(&line),
                };
                if chosen {
                    let Value::Str(p) = prefix else {
                        return type_error(format!(
                            "unsupported operand type(s) for +: '{}' and 'str'",
                            prefix.class_name()
                        ));
                    };
                    out.push_str(p.as_str());
                }
                out.push_str(&line);
            }
            Ok(Value::Str(Str::from_string(out)))
        }
        _ => Err(unknown("textwrap", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "TextWrapper" => Ok(super::stdc_util::class(
            "textwrap",
            "TextWrapper",
            "textwrap",
        )),
        _ => Err(unknown("textwrap", name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        split_hyphens(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn splitter_matches_wordsep_re() {
        assert_eq!(
            split("Hello there -- you goof-ball, use the -b option!"),
            vec![
                "Hello", " ", "there", " ", "--", " ", "you", " ", "goof-", "ball,", " ", "use",
                " ", "the", " ", "-b", " ", "option!"
            ]
        );
        assert_eq!(split("what--is"), vec!["what", "--", "is"]);
        assert_eq!(split("a-b-c-d"), vec!["a-b-", "c-d"]);
        assert_eq!(split("ab-cd-ef"), vec!["ab-", "cd-", "ef"]);
    }

    #[test]
    fn dedent_cases() {
        assert_eq!(dedent("  a\n    b\n  c"), "a\n  b\nc");
        assert_eq!(dedent("\ta\n  \n\tb"), "a\n\nb");
        assert_eq!(dedent("  a\n\tb"), "  a\n\tb");
    }
}
