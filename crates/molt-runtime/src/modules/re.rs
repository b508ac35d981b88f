//! The `re` module: Lib/re/__init__.py and Modules/_sre/sre.c of CPython 3.11 over the
//! parser (re_parse.rs), compiler (re_compile.rs) and engine (re_engine.rs) ported from
//! CPython, so matches, captures, empty-match iteration and error messages are CPython's.
//!
//! Exceptions: invalid patterns raise `re.error` (molt's `ExcKind::error`, a subclass of
//! Exception as in CPython; a traceback names it `re.error`). Replacement functions for
//! sub()/subn() are not values in molt yet: `Repl` has the place where one plugs in.

use super::bind::{CSig, PySig};
use super::re_engine::{State, Unit};
use super::re_parse::{
    FLAG_ASCII, FLAG_DEBUG, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE,
    FLAG_TEMPLATE, FLAG_UNICODE, FLAG_VERBOSE, ReErr, TemplateErr, TemplateItem,
};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::{BinOp, Value, ValueIter, binop};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

// ---------------------------------------------------------------------------- errors

/// str(re.error(msg, pattern, pos)).
pub fn error_text(msg: &str, pos: Option<usize>, pattern: &str) -> String {
    let Some(pos) = pos else {
        return msg.to_string();
    };
    let mut out = format!("{msg} at position {pos}");
    if pattern.contains('\n') {
        let before: Vec<char> = pattern.chars().take(pos).collect();
        let lineno = before.iter().filter(|c| **c == '\n').count() + 1;
        let colno = match before.iter().rposition(|c| *c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        out.push_str(&format!(" (line {lineno}, column {colno})"));
    }
    out
}

/// re.error's msg, pos, lineno and colno (Lib/re/_constants.py error.__init__), read back
/// from the message `error_text` built: "msg at position P" with " (line L, column C)" for
/// a pattern of several lines; pos, lineno and colno are None without a position.
pub fn error_field(text: &str, name: &str) -> Option<Value> {
    let num = |t: &str| t.parse::<i64>().ok().map(Value::int);
    let Some((msg, rest)) = text.rsplit_once(" at position ") else {
        return Some(match name {
            "msg" => Value::str(text),
            _ => Value::None,
        });
    };
    let (pos, line_col) = match rest.split_once(" (line ") {
        Some((p, lc)) => (p, lc.strip_suffix(')')?.split_once(", column ")),
        None => (rest, None),
    };
    let posn: i64 = pos.parse().ok()?;
    match name {
        "msg" => Some(Value::str(msg)),
        "pos" => num(pos),
        "lineno" => Some(line_col.and_then(|(l, _)| num(l)).unwrap_or(Value::int(1))),
        _ => Some(
            line_col
                .and_then(|(_, c)| num(c))
                .unwrap_or(Value::int(posn + 1)),
        ),
    }
}

fn to_pyerr(e: ReErr, pattern: &str) -> PyErr {
    match e {
        ReErr::Error { msg, pos } => PyErr::msg(ExcKind::error, error_text(&msg, pos, pattern)),
        ReErr::Overflow(m) => PyErr::msg(ExcKind::OverflowError, m),
        ReErr::Value(m) => PyErr::msg(ExcKind::ValueError, m),
        ReErr::Unsupported(m) => PyErr::msg(ExcKind::NotImplementedError, format!("molt: re: {m}")),
    }
}

fn engine_error() -> PyErr {
    PyErr::msg(
        ExcKind::RuntimeError,
        "internal error in regular expression engine",
    )
}

/// The compiled code of a pattern (for tests and `check_pattern`).
pub fn compile_code(pattern: &str, flags: u32) -> Result<Vec<u32>, ReErr> {
    let chars: Vec<char> = pattern.chars().collect();
    let p = super::re_parse::parse(&chars, flags)?;
    super::re_compile::code(&p, flags)
}

/// Whether molt reproduces CPython for `re.compile(pattern, flags)`: Ok also when the
/// pattern is invalid (molt raises the same re.error at run time); Err with the reason
/// when CPython would do something molt cannot (print a warning or debug output, use a
/// feature molt lacks). The compiler refuses literal patterns that fail this check.
pub fn check_pattern(pattern: &str, flags: i64) -> Result<(), String> {
    if flags & (FLAG_DEBUG | FLAG_TEMPLATE) as i64 != 0 {
        return Err("the re.DEBUG and re.TEMPLATE flags are not supported".into());
    }
    let Ok(flags) = u32::try_from(flags) else {
        return Ok(());
    };
    let chars: Vec<char> = pattern.chars().collect();
    match super::re_parse::parse(&chars, flags) {
        Ok(p) => {
            if let Some(w) = p.state.warnings.first() {
                return Err(format!(
                    "CPython warns about this pattern ({w}); escape the character to make it literal"
                ));
            }
            match super::re_compile::code(&p, flags) {
                Err(ReErr::Unsupported(m)) => Err(m),
                _ => Ok(()),
            }
        }
        Err(ReErr::Unsupported(m)) => Err(m),
        Err(_) => Ok(()),
    }
}

// ------------------------------------------------------------------------- RegexFlag

/// A `re.RegexFlag` value (an IntFlag): prints as `re.IGNORECASE|re.MULTILINE`, combines
/// with `|`, `&`, `^` into flags and behaves as an int otherwise.
pub struct RegexFlag(pub i64);

const FLAG_NAMES: &[(&str, i64)] = &[
    ("re.ASCII", 256),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.UNICODE", 32),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.VERBOSE", 64),
    ("re.TEMPLATE", 1),
    ("re.DEBUG", 128),
];

fn flag_value(v: i64) -> Value {
    let o: ObjRef = Rc::new(RegexFlag(v));
    Value::Obj(o)
}

/// An int, bool or RegexFlag as an int.
fn int_like(v: &Value) -> Option<Int> {
    match v {
        Value::Obj(o) => downcast::<RegexFlag>(o).map(|f| Int::from(f.0)),
        _ => v.as_int(),
    }
}

impl Object for RegexFlag {
    fn type_name(&self) -> &'static str {
        "RegexFlag"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let v = self.0;
        if v < 0 {
            out.push_str(&v.to_string());
            return Ok(());
        }
        if v == 0 {
            out.push_str("re.NOFLAG");
            return Ok(());
        }
        let mut parts: Vec<String> = Vec::new();
        let mut rest = v;
        for (name, bit) in FLAG_NAMES {
            if v & bit != 0 {
                parts.push(name.to_string());
                rest &= !bit;
            }
        }
        if rest != 0 {
            parts.push(format!("{rest:#x}"));
        }
        out.push_str(&parts.join("|"));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "value" => Ok(Value::Int(Int::from(self.0))),
            // enum's _name_ of a flag: the member names joined by '|', as in the repr.
            "name" => {
                let mut r = String::new();
                self.repr_into(&mut r)?;
                Ok(Value::Str(Str::from_string(r.replace("re.", ""))))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'RegexFlag' object has no attribute '{name}'"),
            )),
        }
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        match other {
            Value::Obj(o) if downcast::<RegexFlag>(o).is_none() => Ok(None),
            _ => Ok(Some(Value::int(self.0).eq(&plain(other))?)),
        }
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        match other {
            Value::Obj(o) if downcast::<RegexFlag>(o).is_none() => Ok(None),
            _ => Ok(Some(Value::int(self.0).compare(&plain(other), op)?)),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(Int::from(self.0).hash())
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(self.0 != 0)
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        let me = Value::int(self.0);
        if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor) {
            let Some(o) = int_like(other) else {
                return Ok(None);
            };
            let o = o.as_i64().unwrap_or(0);
            let r = match op {
                BinOp::BitOr => self.0 | o,
                BinOp::BitAnd => self.0 & o,
                _ => self.0 ^ o,
            };
            return Ok(Some(flag_value(r)));
        }
        if matches!(other, Value::Obj(o) if downcast::<RegexFlag>(o).is_none()) {
            return Ok(None);
        }
        let other = plain(other);
        let r = if reflected {
            binop(op, &other, &me)?
        } else {
            binop(op, &me, &other)?
        };
        Ok(Some(r))
    }
    fn unary(&self, _this: &ObjRef, op: &str) -> PyResult<Value> {
        match op {
            // IntFlag keeps the complement within the defined flags.
            "~" if self.0 >= 0 => Ok(flag_value(!self.0 & 0x1ff)),
            "~" => Ok(Value::int(!self.0)),
            "-" => Value::int(self.0).neg(),
            "abs" => Value::int(self.0).abs(),
            _ => Ok(Value::int(self.0)),
        }
    }
    fn convert(&self, _this: &ObjRef, to: &str) -> PyResult<Option<Value>> {
        Ok(match to {
            "float" => Some(Value::Float(self.0 as f64)),
            _ => Some(Value::int(self.0)),
        })
    }
    fn format(&self, this: &ObjRef, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            let mut s = String::new();
            self.repr_into(&mut s)?;
            let _ = this;
            return Ok(s);
        }
        crate::format::format_int(&Int::from(self.0), spec)
    }
}

/// A RegexFlag operand as its int.
fn plain(v: &Value) -> Value {
    match v {
        Value::Obj(o) => match downcast::<RegexFlag>(o) {
            Some(f) => Value::int(f.0),
            None => v.clone(),
        },
        _ => v.clone(),
    }
}

/// The `flags` argument: an int or RegexFlag (`flags & T` in re._compile).
fn flags_arg(v: Option<&Value>) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    let Some(i) = int_like(v) else {
        return type_error(format!(
            "unsupported operand type(s) for &: '{}' and 'RegexFlag'",
            v.class_name()
        ));
    };
    let Some(x) = i.as_i64() else {
        return Err(PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    };
    if x < 0 {
        // Every negative int has the LOCALE bit set.
        return Err(PyErr::msg(
            ExcKind::ValueError,
            "cannot use LOCALE flag with a str pattern",
        ));
    }
    if x & (FLAG_DEBUG | FLAG_TEMPLATE) as i64 != 0 {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: re: the re.DEBUG and re.TEMPLATE flags are not supported",
        ));
    }
    u32::try_from(x).map_err(|_| {
        PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

// -------------------------------------------------------------------------- Pattern

/// A compiled pattern (`re.Pattern`).
pub struct PatternObj {
    source: Str,
    flags: u32,
    code: Vec<u32>,
    groups: usize,
    /// Group names in definition order (the groupindex dict).
    groupindex: Vec<(String, usize)>,
    /// The ASCII characters a match can start with (re_compile::first_chars).
    first: Option<u128>,
}

fn code_points(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

/// The string a pattern runs over. An ASCII str's bytes are its code points, so the
/// engine reads them in place; any other str is converted to code points once per call.
/// Slices (groups, the text between matches) are cut from the str's own text either way.
#[derive(Clone)]
struct Subject {
    s: Str,
    wide: Option<Rc<Vec<u32>>>,
}

impl Subject {
    fn new(s: Str) -> Subject {
        let wide = (!s.is_ascii()).then(|| Rc::new(code_points(s.as_str())));
        Subject { s, wide }
    }

    /// The length in code points.
    fn len(&self) -> usize {
        self.s.char_len()
    }

    /// The text of code points i..j (empty when j <= i).
    fn text(&self, i: usize, j: usize) -> &str {
        if j <= i {
            return "";
        }
        let (a, b) = match self.wide {
            None => (i, j),
            Some(_) => (self.s.byte_offset(i), self.s.byte_offset(j)),
        };
        self.s.as_str().get(a..b).unwrap_or("")
    }

    fn slice(&self, i: usize, j: usize) -> Str {
        let t = self.text(i, j);
        // An ASCII subject's slices are ASCII: their length is their code point count.
        match self.wide {
            None => Str::from_text(t, t.len()),
            Some(_) => Str::new(t),
        }
    }
}

/// Runs `$body` with `$u` bound to the subject's code units (`&[u8]` for an ASCII str,
/// `&[u32]` otherwise), so the engine is monomorphic in each.
macro_rules! with_units {
    ($subj:expr, |$u:ident| $body:expr) => {
        match &$subj.wide {
            None => {
                let $u: &[u8] = $subj.s.as_str().as_bytes();
                $body
            }
            Some(w) => {
                let $u: &[u32] = &w[..];
                $body
            }
        }
    };
}

fn string_arg(v: &Value) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        // Patterns are str (bytes patterns are refused); a bytes-like subject fails as
        // in _sre.c getstring/state_init.
        other if crate::modules::bytes::buffer(other).is_some() => {
            type_error("cannot use a string pattern on a bytes-like object")
        }
        other => type_error(format!(
            "expected string or bytes-like object, got '{}'",
            other.class_name()
        )),
    }
}

/// A Py_ssize_t argument.
fn ssize_arg(v: &Value) -> PyResult<i64> {
    match int_like(v) {
        Some(i) => i.as_i64().ok_or_else(|| {
            PyErr::msg(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class_name()
        )),
    }
}

/// The pos/endpos arguments, converted as the argument parser does (before the string is
/// looked at).
fn pos_args(pos: Option<&Value>, endpos: Option<&Value>) -> PyResult<(i64, i64)> {
    let p = match pos {
        Some(v) => ssize_arg(v)?,
        None => 0,
    };
    let e = match endpos {
        Some(v) => ssize_arg(v)?,
        None => i64::MAX,
    };
    Ok((p, e))
}

/// state_init's clamping of pos/endpos to the string.
fn clamp_bounds((p, e): (i64, i64), len: usize) -> (usize, usize) {
    let clamp = |x: i64| x.clamp(0, len as i64) as usize;
    (clamp(p), clamp(e))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

/// A successful match: the spans of groups 0..=groups (-1 when unset).
#[derive(Clone, Default)]
struct MatchData {
    marks: Vec<isize>,
    lastindex: isize,
}

/// pattern_new_match: the spans of a match, with CPython's check of group spans (its
/// engine can leave a group ending before it starts in rare patterns).
fn match_data<T: Unit>(state: &State<T>, groups: usize) -> PyResult<MatchData> {
    let mut d = MatchData::default();
    match_data_into(state, groups, &mut d)?;
    Ok(d)
}

/// match_data into a buffer reused from match to match.
fn match_data_into<T: Unit>(state: &State<T>, groups: usize, d: &mut MatchData) -> PyResult<()> {
    let marks = &mut d.marks;
    marks.clear();
    marks.reserve(2 * groups + 2);
    marks.push(state.start as isize);
    marks.push(state.ptr as isize);
    for i in 1..=groups {
        match state.group_span(i) {
            Some((a, b)) if a > b => {
                return Err(PyErr::msg(
                    ExcKind::SystemError,
                    "The span of capturing group is wrong, please report a bug for the re module.",
                ));
            }
            Some((a, b)) => {
                marks.push(a as isize);
                marks.push(b as isize);
            }
            None => {
                marks.push(-1);
                marks.push(-1);
            }
        }
    }
    d.lastindex = state.lastindex;
    Ok(())
}

impl PatternObj {
    fn compile(source: &Str, flags: u32) -> PyResult<PatternObj> {
        let chars: Vec<char> = source.as_str().chars().collect();
        let parsed =
            super::re_parse::parse(&chars, flags).map_err(|e| to_pyerr(e, source.as_str()))?;
        let code =
            super::re_compile::code(&parsed, flags).map_err(|e| to_pyerr(e, source.as_str()))?;
        let mut groupindex = parsed.state.groupdict.clone();
        groupindex.sort_by_key(|(_, g)| *g);
        let first = super::re_compile::first_chars(&parsed.nodes, flags | parsed.state.flags);
        Ok(PatternObj {
            source: source.clone(),
            flags: flags | parsed.state.flags,
            code,
            groups: parsed.state.groups() - 1,
            groupindex,
            first,
        })
    }

    fn group_name(&self, g: usize) -> Option<&str> {
        self.groupindex
            .iter()
            .find(|(_, i)| *i == g)
            .map(|(n, _)| n.as_str())
    }

    fn group_index(&self, name: &str) -> Option<usize> {
        self.groupindex
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, i)| *i)
    }

    fn run<T: Unit>(
        &self,
        chars: &[T],
        pos: usize,
        endpos: usize,
        mode: Mode,
    ) -> PyResult<Option<MatchData>> {
        let mut state = State::new(chars, pos, endpos, self.groups);
        state.first = self.first;
        let found = match mode {
            Mode::Search => state.search(&self.code),
            Mode::Match => state.match_here(&self.code),
            Mode::FullMatch => {
                state.match_all = true;
                state.match_here(&self.code)
            }
        }
        .map_err(|_| engine_error())?;
        if !found {
            return Ok(None);
        }
        Ok(Some(match_data(&state, self.groups)?))
    }

    /// One step of a scanner (finditer): the match found searching from `st`, and where
    /// the end of the match (the next search's start).
    fn search_from<T: Unit>(
        &self,
        chars: &[T],
        st: usize,
        endpos: usize,
        must_advance: bool,
    ) -> PyResult<Option<(MatchData, usize)>> {
        let mut state = State::new(chars, st, endpos, self.groups);
        state.first = self.first;
        state.must_advance = must_advance;
        state.ptr = st;
        if !state.search(&self.code).map_err(|_| engine_error())? {
            return Ok(None);
        }
        Ok(Some((match_data(&state, self.groups)?, state.ptr)))
    }

    /// Every match from `pos` to `endpos`, with CPython's rule for empty matches: an
    /// empty match may not start where the previous match ended empty.
    fn for_each_match<T: Unit>(
        &self,
        chars: &[T],
        pos: usize,
        endpos: usize,
        limit: Option<usize>,
        f: &mut impl FnMut(&MatchData) -> PyResult<()>,
    ) -> PyResult<()> {
        let mut state = State::new(chars, pos, endpos, self.groups);
        state.first = self.first;
        let mut n = 0usize;
        let mut data = MatchData::default();
        while state.start <= state.end {
            if limit.is_some_and(|l| n >= l) {
                break;
            }
            state.reset();
            state.ptr = state.start;
            if !state.search(&self.code).map_err(|_| engine_error())? {
                break;
            }
            match_data_into(&state, self.groups, &mut data)?;
            f(&data)?;
            n += 1;
            state.must_advance = state.ptr == state.start;
            state.start = state.ptr;
        }
        Ok(())
    }
}

fn new_match(
    pat: &Rc<PatternObj>,
    subject: &Subject,
    pos: usize,
    endpos: usize,
    d: MatchData,
) -> Value {
    let m = MatchObj {
        pattern: pat.clone(),
        subject: subject.clone(),
        marks: d.marks,
        pos,
        endpos,
        lastindex: d.lastindex,
    };
    let o: ObjRef = Rc::new(m);
    Value::Obj(o)
}

/// What replaces a match in sub(): a literal, a template, or a callable given the match
/// object (pattern_subx's filter).
enum Repl {
    Literal(String),
    Template(Vec<TemplateItem>),
    Func(Value),
}

fn template_err(e: TemplateErr, source: &str) -> PyErr {
    match e {
        TemplateErr::Re(e) => to_pyerr(e, source),
        TemplateErr::Index(m) => PyErr::msg(ExcKind::IndexError, m),
    }
}

impl PatternObj {
    fn parse_template(&self, template: &Value) -> PyResult<Vec<TemplateItem>> {
        let Value::Str(t) = template else {
            return type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                template.class_name()
            ));
        };
        let chars: Vec<char> = t.as_str().chars().collect();
        super::re_parse::parse_template(&chars, self.groups, |n| self.group_index(n))
            .map_err(|e| template_err(e, t.as_str()))
    }

    fn repl(&self, repl: &Value) -> PyResult<Repl> {
        if crate::attr::callable(repl) {
            return Ok(Repl::Func(repl.clone()));
        }
        if let Value::Str(s) = repl
            && !s.as_str().contains('\\')
        {
            return Ok(Repl::Literal(s.as_str().to_string()));
        }
        let t = self.parse_template(repl)?;
        if let [TemplateItem::Literal(l)] = t.as_slice() {
            return Ok(Repl::Literal(l.clone()));
        }
        Ok(Repl::Template(t))
    }

    fn subx(
        self: &Rc<Self>,
        repl: &Value,
        string: &Value,
        count: Option<&Value>,
    ) -> PyResult<(String, usize)> {
        let count = match count {
            Some(c) => ssize_arg(c)?,
            None => 0,
        };
        let filter = self.repl(repl)?;
        let subj = Subject::new(string_arg(string)?);
        let len = subj.len();
        let mut out = String::new();
        let mut i = 0usize;
        let mut n = 0usize;
        // The index of the next piece in CPython's list of pieces (for join's message).
        let mut piece = 0usize;
        // count < 0 makes no substitution (`n < count` never holds).
        let limit = if count == 0 {
            None
        } else {
            Some(count.max(0) as usize)
        };
        let mut each = |d: &MatchData| {
            let (b, e) = (d.marks[0] as usize, d.marks[1] as usize);
            if i < b {
                out.push_str(subj.text(i, b));
                piece += 1;
            }
            match &filter {
                Repl::Func(f) => {
                    let m = new_match(self, &subj, 0, len, d.clone());
                    match super::callable::call_value(f, vec![m])? {
                        Value::None => {}
                        Value::Str(r) => {
                            out.push_str(r.as_str());
                            piece += 1;
                        }
                        other => {
                            return type_error(format!(
                                "sequence item {piece}: expected str instance, {} found",
                                other.class_name()
                            ));
                        }
                    }
                }
                Repl::Literal(l) => out.push_str(l),
                Repl::Template(t) => {
                    for item in t {
                        match item {
                            TemplateItem::Literal(l) => out.push_str(l),
                            TemplateItem::Group(g) => {
                                let (a, b) = (d.marks[2 * g], d.marks[2 * g + 1]);
                                if a >= 0 {
                                    out.push_str(subj.text(a as usize, b as usize));
                                }
                            }
                        }
                    }
                }
            }
            i = e;
            n += 1;
            Ok(())
        };
        with_units!(subj, |u| self.for_each_match(u, 0, len, limit, &mut each))?;
        if i < len {
            out.push_str(subj.text(i, len));
        }
        Ok((out, n))
    }

    fn split(&self, string: &Value, maxsplit: Option<&Value>) -> PyResult<Value> {
        let maxsplit = match maxsplit {
            Some(m) => ssize_arg(m)?,
            None => 0,
        };
        let subj = Subject::new(string_arg(string)?);
        let len = subj.len();
        let mut out: Vec<Value> = Vec::new();
        let mut last = 0usize;
        let limit = if maxsplit == 0 {
            None
        } else {
            Some(maxsplit.max(0) as usize)
        };
        let groups = self.groups;
        let mut each = |d: &MatchData| {
            let b = d.marks[0] as usize;
            out.push(Value::Str(subj.slice(last, b)));
            for g in 1..=groups {
                let (a, e) = (d.marks[2 * g], d.marks[2 * g + 1]);
                out.push(if a >= 0 {
                    Value::Str(subj.slice(a as usize, e as usize))
                } else {
                    Value::None
                });
            }
            last = d.marks[1] as usize;
            Ok(())
        };
        with_units!(subj, |u| self.for_each_match(u, 0, len, limit, &mut each))?;
        out.push(Value::Str(subj.slice(last, len)));
        Ok(Value::List(List::from_vec(out)))
    }

    fn findall(
        &self,
        string: &Value,
        pos: Option<&Value>,
        endpos: Option<&Value>,
    ) -> PyResult<Value> {
        let b = pos_args(pos, endpos)?;
        let subj = Subject::new(string_arg(string)?);
        let (p, e) = clamp_bounds(b, subj.len());
        let mut out: Vec<Value> = Vec::new();
        let groups = self.groups;
        let get = |d: &MatchData, g: usize| -> Value {
            let (a, b) = (d.marks[2 * g], d.marks[2 * g + 1]);
            Value::Str(if a >= 0 {
                subj.slice(a as usize, b as usize)
            } else {
                Str::empty()
            })
        };
        let mut each = |d: &MatchData| {
            out.push(match groups {
                0 => get(d, 0),
                1 => get(d, 1),
                _ => Value::Tuple(Tup::from_vec((1..=groups).map(|g| get(d, g)).collect())),
            });
            Ok(())
        };
        with_units!(subj, |u| self.for_each_match(u, p, e, None, &mut each))?;
        Ok(Value::List(List::from_vec(out)))
    }

    fn finditer(
        self: &Rc<Self>,
        string: &Value,
        pos: Option<&Value>,
        endpos: Option<&Value>,
    ) -> PyResult<Value> {
        let b = pos_args(pos, endpos)?;
        let subj = Subject::new(string_arg(string)?);
        let (p, e) = clamp_bounds(b, subj.len());
        let pat = self.clone();
        // The scanner's state between calls: where to search next, or None when done.
        let mut start: Option<usize> = Some(p);
        let mut must_advance = false;
        let it = crate::iter::Iter::from_fn("callable_iterator", move || {
            let Some(st) = start else { return Ok(None) };
            if st > e {
                start = None;
                return Ok(None);
            }
            let found = with_units!(subj, |u| pat.search_from(u, st, e, must_advance))?;
            let Some((d, next)) = found else {
                start = None;
                return Ok(None);
            };
            must_advance = next == d.marks[0] as usize;
            start = Some(next);
            Ok(Some(new_match(&pat, &subj, p, e, d)))
        });
        Ok(Value::Iter(it))
    }

    fn match_mode(
        self: &Rc<Self>,
        mode: Mode,
        string: &Value,
        pos: Option<&Value>,
        endpos: Option<&Value>,
    ) -> PyResult<Value> {
        let b = pos_args(pos, endpos)?;
        let subj = Subject::new(string_arg(string)?);
        let (p, e) = clamp_bounds(b, subj.len());
        Ok(match with_units!(subj, |u| self.run(u, p, e, mode))? {
            Some(d) => new_match(self, &subj, p, e, d),
            None => Value::None,
        })
    }

    fn method(
        self: &Rc<Self>,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let sig = |name: &'static str, params: &'static [&'static str], required: usize| CSig {
            name,
            params,
            required,
        };
        match name {
            "match" | "fullmatch" | "search" | "findall" | "finditer" => {
                let n: &'static str = match name {
                    "match" => "match",
                    "fullmatch" => "fullmatch",
                    "search" => "search",
                    "findall" => "findall",
                    _ => "finditer",
                };
                let s = sig(n, &["string", "pos", "endpos"], 1).bind(args, kwargs)?;
                let string = s[0].clone().unwrap_or_default();
                let (pos, endpos) = (s[1].as_ref(), s[2].as_ref());
                match name {
                    "match" => self.match_mode(Mode::Match, &string, pos, endpos),
                    "fullmatch" => self.match_mode(Mode::FullMatch, &string, pos, endpos),
                    "search" => self.match_mode(Mode::Search, &string, pos, endpos),
                    "findall" => self.findall(&string, pos, endpos),
                    _ => self.finditer(&string, pos, endpos),
                }
            }
            "sub" | "subn" => {
                let n: &'static str = if name == "sub" { "sub" } else { "subn" };
                let s = sig(n, &["repl", "string", "count"], 2).bind(args, kwargs)?;
                let (text, count) = self.subx(
                    s[0].as_ref().unwrap_or(&Value::None),
                    s[1].as_ref().unwrap_or(&Value::None),
                    s[2].as_ref(),
                )?;
                let text = Value::Str(Str::from_string(text));
                Ok(if name == "sub" {
                    text
                } else {
                    Value::Tuple(Tup::from_vec(vec![text, Value::Int(Int::from(count))]))
                })
            }
            "split" => {
                let s = sig("split", &["string", "maxsplit"], 1).bind(args, kwargs)?;
                self.split(s[0].as_ref().unwrap_or(&Value::None), s[1].as_ref())
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'re.Pattern' object has no attribute '{name}'"),
            )),
        }
    }
}

impl Object for PatternObj {
    fn type_name(&self) -> &'static str {
        "Pattern"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        // pattern_repr: the pattern's repr cut to 200 characters, then the flags.
        let mut r = String::new();
        crate::str::repr_str_into(self.source.as_str(), &mut r);
        let r: String = r.chars().take(200).collect();
        let mut flags = self.flags;
        if flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
            flags &= !FLAG_UNICODE;
        }
        let names = [
            ("re.IGNORECASE", FLAG_IGNORECASE),
            ("re.LOCALE", FLAG_LOCALE),
            ("re.MULTILINE", FLAG_MULTILINE),
            ("re.DOTALL", FLAG_DOTALL),
            ("re.UNICODE", FLAG_UNICODE),
            ("re.VERBOSE", FLAG_VERBOSE),
            ("re.DEBUG", FLAG_DEBUG),
            ("re.ASCII", FLAG_ASCII),
        ];
        let mut items: Vec<String> = Vec::new();
        for (n, f) in names {
            if flags & f != 0 {
                items.push(n.to_string());
                flags &= !f;
            }
        }
        if flags != 0 {
            items.push(format!("{flags:#x}"));
        }
        if items.is_empty() {
            out.push_str(&format!("re.compile({r})"));
        } else {
            out.push_str(&format!("re.compile({r}, {})", items.join("|")));
        }
        Ok(())
    }
    fn eq(&self, this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        let Value::Obj(o) = other else {
            return Ok(None);
        };
        let Some(p) = downcast::<PatternObj>(o) else {
            return Ok(None);
        };
        let _ = this;
        Ok(Some(
            self.flags == p.flags
                && self.code == p.code
                && self.source.as_str() == p.source.as_str(),
        ))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        let h = self.source.hash() ^ self.flags as i64;
        Ok(if h == -1 { -2 } else { h })
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(true)
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let me = pattern_rc(this)?;
        me.method(name, args, kwargs)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "pattern" => Ok(Value::Str(self.source.clone())),
            "flags" => Ok(Value::Int(Int::from(self.flags))),
            "groups" => Ok(Value::Int(Int::from(self.groups))),
            "groupindex" => {
                let d = Dict::new();
                for (n, g) in &self.groupindex {
                    d.setitem(Value::str(n), Value::Int(Int::from(*g)))?;
                }
                let o: ObjRef = Rc::new(MappingProxy(d));
                Ok(Value::Obj(o))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'re.Pattern' object has no attribute '{name}'"),
            )),
        }
    }
}

/// The Rc<PatternObj> behind an object reference.
fn pattern_rc(o: &ObjRef) -> PyResult<Rc<PatternObj>> {
    let any: Rc<dyn Any> = o.clone().into_rc_any();
    any.downcast::<PatternObj>().map_err(|_| engine_error())
}

/// Upcasting an object reference to `Rc<dyn Any>` (to recover the concrete Rc).
trait IntoRcAny {
    fn into_rc_any(self) -> Rc<dyn Any>;
}

impl IntoRcAny for ObjRef {
    fn into_rc_any(self) -> Rc<dyn Any> {
        self
    }
}

// ---------------------------------------------------------------------------- Match

/// A match object (`re.Match`).
pub struct MatchObj {
    pattern: Rc<PatternObj>,
    subject: Subject,
    /// start, end of each group (0 = the whole match); -1 when the group is unset.
    marks: Vec<isize>,
    pos: usize,
    endpos: usize,
    lastindex: isize,
}

impl MatchObj {
    fn ngroups(&self) -> usize {
        self.pattern.groups + 1
    }

    /// match_getindex.
    fn getindex(&self, v: &Value) -> PyResult<usize> {
        let i = match v {
            Value::Str(s) => self.pattern.group_index(s.as_str()).map(|g| g as i64),
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return type_error(format!("unhashable type: '{}'", v.class_name()));
            }
            other => int_like(other).map(|i| i.as_i64().unwrap_or(i64::MAX)),
        };
        match i {
            Some(i) if i >= 0 && (i as usize) < self.ngroups() => Ok(i as usize),
            _ => Err(PyErr::msg(ExcKind::IndexError, "no such group")),
        }
    }

    fn get(&self, g: usize, default: &Value) -> Value {
        let (a, b) = (self.marks[2 * g], self.marks[2 * g + 1]);
        if a < 0 {
            return default.clone();
        }
        Value::Str(self.subject.slice(a as usize, b as usize))
    }

    fn span_of(&self, g: usize) -> (isize, isize) {
        (self.marks[2 * g], self.marks[2 * g + 1])
    }

    fn expand(&self, template: &Value) -> PyResult<Value> {
        let t = self.pattern.parse_template(template)?;
        let mut out = String::new();
        for item in t {
            match item {
                TemplateItem::Literal(l) => out.push_str(&l),
                TemplateItem::Group(g) => {
                    if let Value::Str(s) = self.get(g, &Value::None) {
                        out.push_str(s.as_str());
                    }
                }
            }
        }
        Ok(Value::Str(Str::from_string(out)))
    }
}

fn pair(a: isize, b: isize) -> Value {
    Value::Tuple(Tup::from_vec(vec![
        Value::Int(Int::from(a as i64)),
        Value::Int(Int::from(b as i64)),
    ]))
}

impl Object for MatchObj {
    fn type_name(&self) -> &'static str {
        "Match"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let mut r = String::new();
        self.get(0, &Value::None).py_repr(&mut r)?;
        let r: String = r.chars().take(50).collect();
        out.push_str(&format!(
            "<re.Match object; span=({}, {}), match={r}>",
            self.marks[0], self.marks[1]
        ));
        Ok(())
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(true)
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        Ok(self.get(self.getindex(key)?, &Value::None))
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let csig = |name: &'static str, params: &'static [&'static str]| CSig {
            name,
            params,
            required: 0,
        };
        let positional = |what: &str, args: &[Value], kwargs: &[(Str, Value)]| -> PyResult<()> {
            if !kwargs.is_empty() {
                return type_error(format!("Match.{what}() takes no keyword arguments"));
            }
            if args.len() > 1 {
                return type_error(format!(
                    "{what} expected at most 1 argument, got {}",
                    args.len()
                ));
            }
            Ok(())
        };
        match name {
            "group" => {
                if !kwargs.is_empty() {
                    return type_error("Match.group() takes no keyword arguments");
                }
                match args.len() {
                    0 => Ok(self.get(0, &Value::None)),
                    1 => Ok(self.get(self.getindex(&args[0])?, &Value::None)),
                    _ => {
                        let mut items = Vec::with_capacity(args.len());
                        for a in &args {
                            items.push(self.get(self.getindex(a)?, &Value::None));
                        }
                        Ok(Value::Tuple(Tup::from_vec(items)))
                    }
                }
            }
            "groups" => {
                let s = csig("groups", &["default"]).bind(args, kwargs)?;
                let default = s[0].clone().unwrap_or_default();
                let items = (1..self.ngroups()).map(|g| self.get(g, &default)).collect();
                Ok(Value::Tuple(Tup::from_vec(items)))
            }
            "groupdict" => {
                let s = csig("groupdict", &["default"]).bind(args, kwargs)?;
                let default = s[0].clone().unwrap_or_default();
                let d = Dict::new();
                for (n, g) in &self.pattern.groupindex {
                    d.setitem(Value::str(n), self.get(*g, &default))?;
                }
                Ok(Value::Dict(d))
            }
            "start" | "end" | "span" => {
                positional(name, &args, &kwargs)?;
                let g = match args.first() {
                    Some(a) => self.getindex(a)?,
                    None => 0,
                };
                let (a, b) = self.span_of(g);
                Ok(match name {
                    "start" => Value::Int(Int::from(a as i64)),
                    "end" => Value::Int(Int::from(b as i64)),
                    _ => pair(a, b),
                })
            }
            "expand" => {
                let s = CSig {
                    name: "expand",
                    params: &["template"],
                    required: 1,
                }
                .bind(args, kwargs)?;
                self.expand(s[0].as_ref().unwrap_or(&Value::None))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'re.Match' object has no attribute '{name}'"),
            )),
        }
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "string" => Ok(Value::Str(self.subject.s.clone())),
            "re" => {
                let o: ObjRef = self.pattern.clone();
                Ok(Value::Obj(o))
            }
            "pos" => Ok(Value::Int(Int::from(self.pos))),
            "endpos" => Ok(Value::Int(Int::from(self.endpos))),
            "lastindex" => Ok(if self.lastindex >= 0 {
                Value::Int(Int::from(self.lastindex as i64))
            } else {
                Value::None
            }),
            "lastgroup" => Ok(
                match (self.lastindex >= 0)
                    .then(|| self.pattern.group_name(self.lastindex as usize))
                    .flatten()
                {
                    Some(n) => Value::str(n),
                    None => Value::None,
                },
            ),
            "regs" => Ok(Value::Tuple(Tup::from_vec(
                (0..self.ngroups())
                    .map(|g| {
                        let (a, b) = self.span_of(g);
                        pair(a, b)
                    })
                    .collect(),
            ))),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'re.Match' object has no attribute '{name}'"),
            )),
        }
    }
}

// ----------------------------------------------------------------------- mappingproxy

/// A read-only view of a dict (Pattern.groupindex).
pub struct MappingProxy(pub(crate) Dict<Value, Value>);

impl Object for MappingProxy {
    fn type_name(&self) -> &'static str {
        "mappingproxy"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("mappingproxy(");
        self.0.py_repr(out)?;
        out.push(')');
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        self.0.py_repr(out)
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(Value::Dict(self.0.clone()).eq(other)?))
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.0.len())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        self.0.getitem(key)
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        Ok(Some(self.0.contains(x)?))
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        Value::Dict(self.0.clone()).iter()
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "keys" | "values" | "items" | "get" | "copy" => {
                crate::methods::call_method(&Value::Dict(self.0.clone()), name, args, kwargs)
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'mappingproxy' object has no attribute '{name}'"),
            )),
        }
    }
}

// --------------------------------------------------------------------------- module

/// The functions of `re` molt implements.
pub const FUNCTIONS: &[&str] = &[
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
];

/// The values of `re` molt implements.
pub const VALUES: &[&str] = &[
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
];

/// `re.name`.
pub fn attr(name: &str) -> PyResult<Value> {
    let v = match name {
        "I" | "IGNORECASE" => FLAG_IGNORECASE,
        "M" | "MULTILINE" => FLAG_MULTILINE,
        "S" | "DOTALL" => FLAG_DOTALL,
        "X" | "VERBOSE" => FLAG_VERBOSE,
        "A" | "ASCII" => FLAG_ASCII,
        "U" | "UNICODE" => FLAG_UNICODE,
        "L" | "LOCALE" => FLAG_LOCALE,
        "NOFLAG" => 0,
        _ => {
            return Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("module 're' has no attribute '{name}'"),
            ));
        }
    };
    Ok(flag_value(v as i64))
}

const MAXCACHE: usize = 512;

/// A compiled pattern by (pattern, flags).
type CacheEntry = ((String, u32), Rc<PatternObj>);

thread_local! {
    /// re._cache: compiled patterns, oldest first.
    static CACHE: RefCell<Vec<CacheEntry>> = const { RefCell::new(Vec::new()) };
}

/// re._compile.
fn compile_value(pattern: &Value, flags: Option<&Value>) -> PyResult<Rc<PatternObj>> {
    if let Value::Obj(o) = pattern
        && downcast::<PatternObj>(o).is_some()
    {
        if flags_arg(flags)? != 0 {
            return Err(PyErr::msg(
                ExcKind::ValueError,
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return pattern_rc(o);
    }
    let Value::Str(s) = pattern else {
        return type_error("first argument must be string or compiled pattern");
    };
    let flags = flags_arg(flags)?;
    let key = (s.as_str().to_string(), flags);
    if let Some(p) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, p)| p.clone())
    }) {
        return Ok(p);
    }
    let p = Rc::new(PatternObj::compile(s, flags)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAXCACHE {
            c.remove(0);
        }
        c.push((key, p.clone()));
    });
    Ok(p)
}

/// re.escape (3.11's _special_chars_map).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\u{b}\u{c}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `re.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let sig = |name: &'static str, params: &'static [&'static str], required: usize| PySig {
        name,
        params,
        required,
        kwonly: &[],
        method: false,
    };
    let pat_of = |s: &[Option<Value>], flags_at: usize| -> PyResult<Rc<PatternObj>> {
        compile_value(s[0].as_ref().unwrap_or(&Value::None), s[flags_at].as_ref())
    };
    let kw = |k: &'static str, v: &Option<Value>| -> Vec<(Str, Value)> {
        match v {
            Some(v) => vec![(Str::new(k), v.clone())],
            None => vec![],
        }
    };
    match name {
        "compile" => {
            let s = sig("compile", &["pattern", "flags"], 1).bind(args, kwargs)?;
            let p = pat_of(&s, 1)?;
            let o: ObjRef = p;
            Ok(Value::Obj(o))
        }
        "search" | "match" | "fullmatch" | "findall" | "finditer" => {
            let n: &'static str = match name {
                "search" => "search",
                "match" => "match",
                "fullmatch" => "fullmatch",
                "findall" => "findall",
                _ => "finditer",
            };
            let s = sig(n, &["pattern", "string", "flags"], 2).bind(args, kwargs)?;
            let p = pat_of(&s, 2)?;
            p.method(name, vec![s[1].clone().unwrap_or_default()], vec![])
        }
        "sub" | "subn" => {
            let n: &'static str = if name == "sub" { "sub" } else { "subn" };
            let s =
                sig(n, &["pattern", "repl", "string", "count", "flags"], 3).bind(args, kwargs)?;
            let p = pat_of(&s, 4)?;
            let a = vec![
                s[1].clone().unwrap_or_default(),
                s[2].clone().unwrap_or_default(),
            ];
            p.method(name, a, kw("count", &s[3]))
        }
        "split" => {
            let s =
                sig("split", &["pattern", "string", "maxsplit", "flags"], 2).bind(args, kwargs)?;
            let p = pat_of(&s, 3)?;
            p.method(
                "split",
                vec![s[1].clone().unwrap_or_default()],
                kw("maxsplit", &s[2]),
            )
        }
        "escape" => {
            let s = sig("escape", &["pattern"], 1).bind(args, kwargs)?;
            match &s[0] {
                Some(Value::Str(p)) => Ok(Value::Str(Str::from_string(escape(p.as_str())))),
                Some(other) => type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    other.class_name()
                )),
                None => Ok(Value::None),
            }
        }
        "purge" => {
            sig("purge", &[], 0).bind(args, kwargs)?;
            CACHE.with(|c| c.borrow_mut().clear());
            Ok(Value::None)
        }
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("module 're' has no attribute '{name}'"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::re_compile::tests::{PATTERNS, py_str, python};

    const STRINGS: &[&str] = &[
        "",
        "a",
        "ab",
        "abc",
        "aaab",
        "xabyabz",
        "Hello World",
        "foo bar  baz",
        "a\nb\n",
        "hello@example.com x@y.org",
        "ß ẞ straße STRASSE",
        "ǅǆǄ",
        "Kk\u{212a}",
        "(555) 123-4567",
        "1.5e3 12 x3 $4.50",
        "<a><b>c</b>",
        "aaaa",
        "abab",
        "\u{661}\u{662} 12",
        "ı i I İ",
        "σς Σ",
        "😀😁😂",
        "abcabc,abd,",
        "x\ny\n",
    ];

    fn r(v: &PyResult<Value>) -> String {
        match v {
            Ok(v) => {
                let mut s = String::new();
                match v.py_repr(&mut s) {
                    Ok(()) => s,
                    Err(e) => format!("!{}", e.traceback_line()),
                }
            }
            Err(e) => format!("!{}", e.traceback_line()),
        }
    }

    fn m_desc(m: &PyResult<Value>) -> String {
        match m {
            Ok(Value::Obj(o)) => {
                let span = o.call_method(o, "span", vec![], vec![]);
                let groups = o.call_method(o, "groups", vec![], vec![]);
                let li = o.getattr(o, "lastindex");
                let lg = o.getattr(o, "lastgroup");
                format!("{} {} {} {}", r(&span), r(&groups), r(&li), r(&lg))
            }
            other => r(other),
        }
    }

    /// Every operation of the module on patterns x strings, against python3.
    #[test]
    fn matching_matches_cpython() {
        let mut py = String::from(
            "import re\ndef r(f):\n    try:\n        return repr(f())\n    except Exception as e:\n        return '!' + ('re.error' if type(e) is re.error else type(e).__name__) + ': ' + str(e)\ndef m(x):\n    x = x()\n    if x is None: return 'None'\n    return '%s %s %s %s' % (repr(x.span()), repr(x.groups()), repr(x.lastindex), repr(x.lastgroup))\nfor p in [",
        );
        // Patterns molt refuses at compile time are left out.
        let patterns: Vec<&str> = PATTERNS
            .iter()
            .copied()
            .filter(|p| check_pattern(p, 0).is_ok())
            .collect();
        assert!(patterns.len() + 1 == PATTERNS.len());
        for p in &patterns {
            py.push_str(&py_str(p));
            py.push_str(", ");
        }
        py.push_str("]:\n  try:\n    re.compile(p)\n  except Exception as e:\n    print('!', type(e).__name__)\n    continue\n  for s in [");
        for s in STRINGS {
            py.push_str(&py_str(s));
            py.push_str(", ");
        }
        py.push_str("]:\n    print(m(lambda: re.search(p, s)), '|', m(lambda: re.match(p, s)), '|', m(lambda: re.fullmatch(p, s)), '|', r(lambda: re.findall(p, s)), '|', r(lambda: [x.span() for x in re.finditer(p, s)]), '|', r(lambda: re.subn(p, '<\\\\g<0>>', s)), '|', r(lambda: re.split(p, s)), '|', m(lambda: re.search(p, s, re.I)))\n");
        let expected = python(&py);
        let mut got = String::new();
        let st = |s: &str| Value::str(s);
        for p in &patterns {
            if let Err(e) = call("compile", vec![st(p)], vec![]) {
                let _ = e;
                got.push_str(&format!("! {}\n", e.kind().name()));
                continue;
            }
            for s in STRINGS {
                let c = |f: &str, extra: Vec<Value>| {
                    let mut a = vec![st(p)];
                    a.extend(extra);
                    call(f, a, vec![])
                };
                let finditer = c("finditer", vec![st(s)]).and_then(|it| {
                    let mut spans = Vec::new();
                    for x in it.to_vec()? {
                        if let Value::Obj(o) = &x {
                            spans.push(o.call_method(o, "span", vec![], vec![])?);
                        }
                    }
                    Ok(Value::List(List::from_vec(spans)))
                });
                got.push_str(&format!(
                    "{} | {} | {} | {} | {} | {} | {} | {}\n",
                    m_desc(&c("search", vec![st(s)])),
                    m_desc(&c("match", vec![st(s)])),
                    m_desc(&c("fullmatch", vec![st(s)])),
                    r(&c("findall", vec![st(s)])),
                    r(&finditer),
                    r(&c("subn", vec![st("<\\g<0>>"), st(s)])),
                    r(&c("split", vec![st(s)])),
                    m_desc(&c("search", vec![st(s), flag_value(2)])),
                ));
            }
        }
        let e: Vec<&str> = expected.lines().collect();
        let g: Vec<&str> = got.lines().collect();
        let mut bad = Vec::new();
        let mut k = 0;
        for p in &patterns {
            let first = g.get(k).copied().unwrap_or("");
            let n = if first.starts_with("! ") {
                1
            } else {
                STRINGS.len()
            };
            for (j, s) in STRINGS.iter().enumerate().take(n) {
                if g.get(k + j) != e.get(k + j) {
                    let s = if n == 1 { "" } else { s };
                    bad.push(format!(
                        "{p:?} on {s:?}:\n  molt:    {}\n  cpython: {}",
                        g.get(k + j).unwrap_or(&""),
                        e.get(k + j).unwrap_or(&"")
                    ));
                }
            }
            k += n;
        }
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad[..bad.len().min(30)].join("\n")
        );
    }

    /// A small deterministic generator of random patterns over a tiny alphabet.
    struct Gen(u64);

    impl Gen {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }

        fn atom(&mut self, depth: u32, groups: &mut u32) -> String {
            let k = if depth > 2 {
                self.next(6)
            } else {
                self.next(16)
            };
            match k {
                0 | 1 => ["a", "b", "c"][self.next(3) as usize].to_string(),
                2 => ".".to_string(),
                3 => ["[ab]", "[^a]", "\\w", "\\b", "^", "$"][self.next(6) as usize].to_string(),
                4 if *groups > 0 => format!("\\{}", 1 + self.next(*groups as u64)),
                4 | 5 => "a".to_string(),
                6 | 7 => {
                    *groups += 1;
                    format!("({})", self.alt(depth + 1, groups))
                }
                8 => format!("(?:{})", self.alt(depth + 1, groups)),
                9 => format!("(?>{})", self.alt(depth + 1, groups)),
                10 => ["(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "(?=a|bc)"][self.next(5) as usize]
                    .to_string(),
                11 if *groups > 0 => format!("(?({})a|b)", 1 + self.next(*groups as u64)),
                12 => {
                    *groups += 1;
                    let n = *groups;
                    format!("(?P<g{n}>{})", self.alt(depth + 1, groups))
                }
                _ => ["a", "b"][self.next(2) as usize].to_string(),
            }
        }

        fn piece(&mut self, depth: u32, groups: &mut u32) -> String {
            let a = self.atom(depth, groups);
            let q = [
                "", "", "", "*", "+", "?", "*?", "+?", "??", "{1,2}", "{2}", "*+", "{0,2}?",
            ][self.next(13) as usize];
            format!("{a}{q}")
        }

        fn seq(&mut self, depth: u32, groups: &mut u32) -> String {
            let n = 1 + self.next(3);
            (0..n).map(|_| self.piece(depth, groups)).collect()
        }

        fn alt(&mut self, depth: u32, groups: &mut u32) -> String {
            let mut s = self.seq(depth, groups);
            if self.next(3) == 0 {
                s.push('|');
                s.push_str(&self.seq(depth, groups));
            }
            s
        }
    }

    /// Random patterns and strings against python3: match/search/fullmatch results,
    /// findall, sub and split, and the same errors.
    #[test]
    fn random_patterns_match_cpython() {
        let mut g = Gen(std::env::var("RE_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(20240601));
        let mut cases: Vec<(String, String)> = Vec::new();
        for _ in 0..std::env::var("RE_N")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1500)
        {
            let mut groups = 0;
            let p = g.alt(0, &mut groups);
            let n = g.next(9);
            let s: String = (0..n)
                .map(|_| ["a", "b", "c", "a"][g.next(4) as usize])
                .collect();
            cases.push((p, s));
        }
        let mut py = String::from(
            "import re\ndef r(f):\n    try:\n        return repr(f())\n    except Exception as e:\n        return '!' + type(e).__name__ + ': ' + str(e)\ndef m(f):\n    try:\n        x = f()\n    except Exception as e:\n        return '!' + type(e).__name__ + ': ' + str(e)\n    if x is None: return 'None'\n    return '%s %s %s' % (repr(x.span()), repr(x.groups()), repr(x.lastindex))\nfor p, s in [",
        );
        for (p, s) in &cases {
            py.push_str(&format!("({}, {}), ", py_str(p), py_str(s)));
        }
        py.push_str("]:\n    print(m(lambda: re.search(p, s)), '|', m(lambda: re.match(p, s)), '|', m(lambda: re.fullmatch(p, s)), '|', r(lambda: re.findall(p, s)), '|', r(lambda: re.sub(p, '<\\\\g<0>>', s)), '|', r(lambda: re.split(p, s)))\n");
        let expected = python(&py);
        let mut expected = expected.lines();
        let errname = |e: &PyErr| format!("!{}: {}", e.kind().name(), e.to_str());
        let m = |v: PyResult<Value>| -> String {
            match v {
                Ok(Value::Obj(o)) => {
                    let span = o.call_method(&o, "span", vec![], vec![]);
                    let groups = o.call_method(&o, "groups", vec![], vec![]);
                    let li = o.getattr(&o, "lastindex");
                    format!("{} {} {}", r(&span), r(&groups), r(&li))
                }
                Ok(v) => r(&Ok(v)),
                Err(e) => errname(&e),
            }
        };
        let rr = |v: PyResult<Value>| -> String {
            match v {
                Ok(v) => r(&Ok(v)),
                Err(e) => errname(&e),
            }
        };
        let mut bad = Vec::new();
        for (p, s) in &cases {
            let st = |x: &str| Value::str(x);
            let c = |f: &str, extra: Vec<Value>| {
                let mut a = vec![st(p)];
                a.extend(extra);
                call(f, a, vec![])
            };
            let got = format!(
                "{} | {} | {} | {} | {} | {}",
                m(c("search", vec![st(s)])),
                m(c("match", vec![st(s)])),
                m(c("fullmatch", vec![st(s)])),
                rr(c("findall", vec![st(s)])),
                rr(c("sub", vec![st("<\\g<0>>"), st(s)])),
                rr(c("split", vec![st(s)])),
            );
            let want = expected.next().unwrap_or("");
            if got != want {
                bad.push(format!(
                    "{p:?} on {s:?}:\n  molt:    {got}\n  cpython: {want}"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad[..bad.len().min(20)].join("\n")
        );
    }
}
