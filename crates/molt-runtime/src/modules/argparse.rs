//! `argparse` (Lib/argparse.py): ArgumentParser with positional and optional arguments,
//! the store/store_const/store_true/store_false/append/count/help actions, `type=`,
//! `choices=`, `nargs=` (None, N, '?', '*', '+'), `default=`, `required=`, `dest=`,
//! `metavar=`, and Namespace. Errors print the usage and `prog: error: msg` to stderr and
//! raise SystemExit(2), as CPython does. Sub-parsers and argument groups are not
//! implemented (a NotImplementedError names them).

use super::stdc_util::{bind, s};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "ArgumentParser" => new_parser(args, kwargs),
        "Namespace" => {
            if !args.is_empty() {
                return type_error(format!(
                    "Namespace.__init__() takes 1 positional argument but {} were given",
                    args.len() + 1
                ));
            }
            let ns = Namespace::new();
            for (k, v) in kwargs {
                ns.set(k.as_str(), v)?;
            }
            Ok(Value::Obj(Rc::new(ns)))
        }
        _ => Err(super::stdc_util::unknown("argparse", name)),
    }
}

fn unsupported(what: &str) -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        format!("molt: argparse {what} is not supported"),
    )
}

// ------------------------------------------------------------------ Namespace

pub struct Namespace {
    d: Dict<Value, Value>,
}

impl Namespace {
    fn new() -> Namespace {
        Namespace { d: Dict::new() }
    }
    fn set(&self, k: &str, v: Value) -> PyResult<()> {
        self.d.setitem(Value::str(k), v)
    }
    fn get(&self, k: &str) -> PyResult<Option<Value>> {
        self.d.get(&Value::str(k))
    }
}

impl Object for Namespace {
    fn type_name(&self) -> &'static str {
        "Namespace"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        // _AttributeHolder.__repr__: name=value for identifiers, **{...} for the rest.
        let mut parts = vec![];
        let mut star = vec![];
        for (k, v) in self.d.items_vec() {
            let key = crate::builtins::str_of(&k)?;
            let val = crate::builtins::repr(&v)?;
            if is_identifier(key.as_str()) {
                parts.push(format!("{key}={val}"));
            } else {
                star.push(format!("{}: {val}", crate::builtins::repr(&k)?));
            }
        }
        if !star.is_empty() {
            parts.push(format!("**{{{}}}", star.join(", ")));
        }
        out.push_str(&format!("Namespace({})", parts.join(", ")));
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        match other {
            Value::Obj(o) => match o.as_any().downcast_ref::<Namespace>() {
                Some(n) => Ok(Some(
                    Value::Dict(self.d.clone()).eq(&Value::Dict(n.d.clone()))?,
                )),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error("unhashable type: 'Namespace'")
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        Ok(Some(self.d.get(x)?.is_some()))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        if name == "__dict__" {
            return Ok(Value::Dict(self.d.clone()));
        }
        match self.get(name)? {
            Some(v) => Ok(v),
            None => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'Namespace' object has no attribute '{name}'"),
            )),
        }
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        self.set(name, value)
    }
    fn delattr(&self, _this: &ObjRef, name: &str) -> PyResult<()> {
        if self.get(name)?.is_none() {
            return Err(PyErr::msg(ExcKind::AttributeError, name.to_string()));
        }
        self.d.pop(&Value::str(name), None).map(|_| ())
    }
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

// ------------------------------------------------------------------ actions

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Store,
    StoreConst,
    StoreTrue,
    StoreFalse,
    Append,
    AppendConst,
    Count,
    Help,
}

#[derive(Clone, PartialEq)]
enum Nargs {
    One,
    N(usize),
    Optional,
    ZeroOrMore,
    OneOrMore,
}

#[derive(Clone)]
struct Action {
    option_strings: Vec<String>,
    dest: String,
    kind: Kind,
    /// None: the action takes no argument (flags).
    nargs: Option<Nargs>,
    konst: Value,
    default: Value,
    ty: Option<Value>,
    choices: Option<Vec<Value>>,
    required: bool,
    help: Option<String>,
    metavar: Option<String>,
}

impl Action {
    fn is_positional(&self) -> bool {
        self.option_strings.is_empty()
    }

    /// _get_action_name: the option strings joined by '/', or the metavar or dest.
    fn name(&self) -> String {
        if !self.option_strings.is_empty() {
            self.option_strings.join("/")
        } else if let Some(m) = &self.metavar {
            m.clone()
        } else {
            self.dest.clone()
        }
    }

    /// _metavar_formatter: the metavar, the choices in braces, or the default metavar.
    fn metavar_text(&self) -> PyResult<String> {
        if let Some(m) = &self.metavar {
            return Ok(m.clone());
        }
        if let Some(cs) = &self.choices {
            let mut v = vec![];
            for c in cs {
                v.push(crate::builtins::str_of(c)?.as_str().to_string());
            }
            return Ok(format!("{{{}}}", v.join(",")));
        }
        Ok(if self.is_positional() {
            self.dest.clone()
        } else {
            self.dest.to_uppercase()
        })
    }

    /// _format_args.
    fn format_args(&self) -> PyResult<String> {
        let m = self.metavar_text()?;
        Ok(match &self.nargs {
            None => String::new(),
            Some(Nargs::One) => m,
            Some(Nargs::Optional) => format!("[{m}]"),
            Some(Nargs::ZeroOrMore) => format!("[{m} ...]"),
            Some(Nargs::OneOrMore) => format!("{m} [{m} ...]"),
            Some(Nargs::N(n)) => vec![m; *n].join(" "),
        })
    }

    /// The (min, max) number of arguments the action consumes.
    fn arity(&self) -> (usize, usize) {
        match &self.nargs {
            None => (0, 0),
            Some(Nargs::One) => (1, 1),
            Some(Nargs::N(n)) => (*n, *n),
            Some(Nargs::Optional) => (0, 1),
            Some(Nargs::ZeroOrMore) => (0, usize::MAX),
            Some(Nargs::OneOrMore) => (1, usize::MAX),
        }
    }
}

// ------------------------------------------------------------------ the parser

struct State {
    prog: String,
    usage: Option<String>,
    description: Option<String>,
    epilog: Option<String>,
    actions: Vec<Action>,
}

pub struct Parser(RefCell<State>);

fn opt_str(v: &Option<Value>) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(crate::builtins::str_of(v)?.as_str().to_string())),
    }
}

fn new_parser(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind(
        "ArgumentParser",
        &[
            "prog",
            "usage",
            "description",
            "epilog",
            "parents",
            "formatter_class",
            "prefix_chars",
            "fromfile_prefix_chars",
            "argument_default",
            "conflict_handler",
            "add_help",
            "allow_abbrev",
            "exit_on_error",
        ],
        0,
        args,
        kwargs,
    )?;
    for (i, what) in [
        (4, "parents="),
        (5, "formatter_class="),
        (6, "prefix_chars="),
        (7, "fromfile_prefix_chars="),
        (8, "argument_default="),
        (9, "conflict_handler="),
        (11, "allow_abbrev="),
        (12, "exit_on_error="),
    ] {
        if a[i].is_some() {
            return Err(unsupported(what));
        }
    }
    let prog = match opt_str(&a[0])? {
        Some(p) => p,
        None => {
            let argv0 = crate::sys::argv()
                .to_vec()
                .first()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            argv0.rsplit('/').next().unwrap_or_default().to_string()
        }
    };
    let add_help = match &a[10] {
        Some(v) => v.try_truthy()?,
        None => true,
    };
    let mut actions = vec![];
    if add_help {
        actions.push(Action {
            option_strings: vec!["-h".into(), "--help".into()],
            dest: "help".into(),
            kind: Kind::Help,
            nargs: None,
            konst: Value::None,
            default: Value::None,
            ty: None,
            choices: None,
            required: false,
            help: Some("show this help message and exit".into()),
            metavar: None,
        });
    }
    Ok(Value::Obj(Rc::new(Parser(RefCell::new(State {
        prog,
        usage: opt_str(&a[1])?,
        description: opt_str(&a[2])?,
        epilog: opt_str(&a[3])?,
        actions,
    })))))
}

fn value_error(msg: String) -> PyErr {
    PyErr::msg(ExcKind::ValueError, msg)
}

fn add_argument(st: &mut State, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut names = vec![];
    for a in &args {
        match a {
            Value::Str(s) => names.push(s.as_str().to_string()),
            _ => return type_error("add_argument() takes str option strings"),
        }
    }
    let mut kw = std::collections::HashMap::new();
    for (k, v) in kwargs {
        match k.as_str() {
            "action" | "nargs" | "const" | "default" | "type" | "choices" | "required" | "help"
            | "metavar" | "dest" => {
                kw.insert(k.as_str().to_string(), v);
            }
            "version" => return Err(unsupported("action='version'")),
            other => {
                return type_error(format!(
                    "_StoreAction.__init__() got an unexpected keyword argument '{other}'"
                ));
            }
        }
    }
    let positional = names.is_empty() || !names.iter().any(|n| n.starts_with('-'));
    let dest = if positional {
        if names.len() != 1 && !(names.is_empty() && kw.contains_key("dest")) {
            if names.is_empty() {
                return type_error(
                    "_ActionsContainer.add_argument() missing 1 required positional argument: 'dest'",
                );
            }
            return value_error("invalid option string: must start with a character '-'".into())
                .pipe_err();
        }
        if kw.contains_key("dest") {
            return value_error("dest supplied twice for positional argument".into()).pipe_err();
        }
        names[0].clone()
    } else {
        for n in &names {
            if !n.starts_with('-') {
                return Err(value_error(format!(
                    "invalid option string '{n}': must start with a character '-'"
                )));
            }
        }
        match kw.get("dest") {
            Some(d) if !d.is_none() => crate::builtins::str_of(d)?.as_str().to_string(),
            _ => {
                let long = names.iter().find(|n| n.starts_with("--"));
                let first = long.unwrap_or(&names[0]);
                first.trim_start_matches('-').replace('-', "_")
            }
        }
    };
    let action = match kw.get("action") {
        None | Some(Value::None) => "store".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(unsupported("custom action classes")),
    };
    let kind = match action.as_str() {
        "store" => Kind::Store,
        "store_const" => Kind::StoreConst,
        "store_true" => Kind::StoreTrue,
        "store_false" => Kind::StoreFalse,
        "append" => Kind::Append,
        "append_const" => Kind::AppendConst,
        "count" => Kind::Count,
        "help" => Kind::Help,
        other => {
            return Err(value_error(format!("unknown action \"{other}\"")));
        }
    };
    let takes_args = matches!(kind, Kind::Store | Kind::Append);
    let nargs = match kw.get("nargs") {
        None | Some(Value::None) => {
            if takes_args {
                Some(Nargs::One)
            } else {
                None
            }
        }
        Some(v) if !takes_args => {
            let _ = v;
            return type_error(format!(
                "_{}Action.__init__() got an unexpected keyword argument 'nargs'",
                action_class(kind)
            ));
        }
        Some(Value::Str(s)) => match s.as_str() {
            "?" => Some(Nargs::Optional),
            "*" => Some(Nargs::ZeroOrMore),
            "+" => Some(Nargs::OneOrMore),
            _ => return Err(unsupported(&format!("nargs={:?}", s.as_str()))),
        },
        Some(Value::Int(i)) => match i.as_i64() {
            Some(n) if n > 0 => Some(Nargs::N(n as usize)),
            Some(0) => {
                return Err(value_error(
                    "nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate".into(),
                ));
            }
            _ => return Err(value_error("invalid nargs value".into())),
        },
        Some(_) => return Err(value_error("invalid nargs value".into())),
    };
    let konst = match kind {
        Kind::StoreTrue => Value::Bool(true),
        Kind::StoreFalse => Value::Bool(false),
        _ => kw.get("const").cloned().unwrap_or(Value::None),
    };
    let default = match kw.get("default") {
        Some(v) => v.clone(),
        None => match kind {
            Kind::StoreTrue => Value::Bool(false),
            Kind::StoreFalse => Value::Bool(true),
            _ => Value::None,
        },
    };
    let choices = match kw.get("choices") {
        None | Some(Value::None) => None,
        Some(v) => Some(v.to_vec()?),
    };
    let required = match kw.get("required") {
        Some(v) if positional => {
            let _ = v;
            return type_error("'required' is an invalid argument for positionals");
        }
        Some(v) => v.try_truthy()?,
        None => {
            positional && !matches!(nargs, Some(Nargs::Optional) | Some(Nargs::ZeroOrMore))
                || positional && nargs == Some(Nargs::ZeroOrMore) && !kw.contains_key("default")
        }
    };
    let a = Action {
        option_strings: if positional { vec![] } else { names },
        dest,
        kind,
        nargs,
        konst,
        default,
        ty: kw.get("type").cloned().filter(|v| !v.is_none()),
        choices,
        required,
        help: opt_str(&kw.get("help").cloned())?,
        metavar: opt_str(&kw.get("metavar").cloned())?,
    };
    // _check_conflict (conflict_handler='error').
    for o in &a.option_strings {
        if let Some(other) = st.actions.iter().find(|x| x.option_strings.contains(o)) {
            let _ = other;
            return Err(PyErr::msg(
                ExcKind::ValueError,
                format!(
                    "argument {}: conflicting option string: {o}",
                    a.option_strings.join("/")
                ),
            ));
        }
    }
    st.actions.push(a);
    Ok(Value::None)
}

fn action_class(k: Kind) -> &'static str {
    match k {
        Kind::Store => "Store",
        Kind::StoreConst => "StoreConst",
        Kind::StoreTrue => "StoreTrue",
        Kind::StoreFalse => "StoreFalse",
        Kind::Append => "Append",
        Kind::AppendConst => "AppendConst",
        Kind::Count => "Count",
        Kind::Help => "Help",
    }
}

trait PipeErr<T> {
    fn pipe_err(self) -> PyResult<T>;
}

impl<T> PipeErr<T> for PyErr {
    fn pipe_err(self) -> PyResult<T> {
        Err(self)
    }
}

// ------------------------------------------------------------------ formatting

const WIDTH: usize = 78;

impl State {
    fn optionals(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| !a.is_positional())
    }
    fn positionals(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| a.is_positional())
    }

    /// HelpFormatter._format_usage: "usage: prog [opts] positionals\n".
    fn format_usage(&self) -> PyResult<String> {
        let prefix = "usage: ";
        if let Some(u) = &self.usage {
            return Ok(format!("{prefix}{}\n", u.replace("%(prog)s", &self.prog)));
        }
        let mut opt_parts = vec![];
        for a in self.optionals() {
            let first = &a.option_strings[0];
            let part = if a.nargs.is_none() {
                first.clone()
            } else {
                format!("{first} {}", a.format_args()?)
            };
            opt_parts.push(if a.required {
                part
            } else {
                format!("[{part}]")
            });
        }
        let mut pos_parts = vec![];
        for a in self.positionals() {
            let f = a.format_args()?;
            // The usage regex splits "x [x ...]" into two parts.
            match a.nargs {
                Some(Nargs::OneOrMore) | Some(Nargs::N(_)) => {
                    let m = a.metavar_text()?;
                    if a.nargs == Some(Nargs::OneOrMore) {
                        pos_parts.push(m.clone());
                        pos_parts.push(format!("[{m} ...]"));
                    } else {
                        pos_parts.extend(f.split(' ').map(str::to_string));
                    }
                }
                _ => pos_parts.push(f),
            }
        }
        let prog = self.prog.clone();
        let all: Vec<String> = std::iter::once(prog.clone())
            .chain(opt_parts.iter().cloned())
            .chain(pos_parts.iter().cloned())
            .filter(|p| !p.is_empty())
            .collect();
        let usage = all.join(" ");
        let text_width = WIDTH;
        if prefix.len() + usage.len() <= text_width {
            return Ok(format!("{prefix}{usage}\n"));
        }
        let get_lines = |parts: &[String], indent: &str, prefix: Option<&str>| -> Vec<String> {
            let mut lines = vec![];
            let mut line: Vec<&str> = vec![];
            let mut line_len = match prefix {
                Some(p) => p.len() as isize - 1,
                None => indent.len() as isize - 1,
            };
            for part in parts {
                if line_len + 1 + part.len() as isize > text_width as isize && !line.is_empty() {
                    lines.push(format!("{indent}{}", line.join(" ")));
                    line.clear();
                    line_len = indent.len() as isize - 1;
                }
                line.push(part);
                line_len += part.len() as isize + 1;
            }
            if !line.is_empty() {
                lines.push(format!("{indent}{}", line.join(" ")));
            }
            if prefix.is_some()
                && let Some(l) = lines.first_mut()
            {
                *l = l[indent.len()..].to_string();
            }
            lines
        };
        let mut lines;
        if (prefix.len() + prog.len()) as f64 <= 0.75 * text_width as f64 {
            let indent = " ".repeat(prefix.len() + prog.len() + 1);
            if !opt_parts.is_empty() {
                let mut first = vec![prog.clone()];
                first.extend(opt_parts.iter().cloned());
                lines = get_lines(&first, &indent, Some(prefix));
                lines.extend(get_lines(&pos_parts, &indent, None));
            } else if !pos_parts.is_empty() {
                let mut first = vec![prog.clone()];
                first.extend(pos_parts.iter().cloned());
                lines = get_lines(&first, &indent, Some(prefix));
            } else {
                lines = vec![prog.clone()];
            }
        } else {
            let indent = " ".repeat(prefix.len());
            let mut parts = opt_parts.clone();
            parts.extend(pos_parts.iter().cloned());
            lines = get_lines(&parts, &indent, None);
            if lines.len() > 1 {
                lines = get_lines(&opt_parts, &indent, None);
                lines.extend(get_lines(&pos_parts, &indent, None));
            }
            lines.insert(0, prog.clone());
        }
        Ok(format!("{prefix}{}\n", lines.join("\n")))
    }

    /// _format_action_invocation.
    fn invocation(a: &Action) -> PyResult<String> {
        if a.is_positional() {
            return a.metavar_text();
        }
        if a.nargs.is_none() {
            return Ok(a.option_strings.join(", "));
        }
        let args = a.format_args()?;
        Ok(a.option_strings
            .iter()
            .map(|o| format!("{o} {args}"))
            .collect::<Vec<_>>()
            .join(", "))
    }

    /// _expand_help: `help % vars(action)` for the common keys.
    fn expand_help(&self, a: &Action, help: &str) -> PyResult<String> {
        if !help.contains('%') {
            return Ok(help.to_string());
        }
        let mut out = String::new();
        let mut rest = help;
        while let Some(p) = rest.find('%') {
            out.push_str(&rest[..p]);
            let r = &rest[p + 1..];
            if let Some(r2) = r.strip_prefix('%') {
                out.push('%');
                rest = r2;
                continue;
            }
            let Some(r2) = r.strip_prefix('(') else {
                return Err(unsupported("this % format in help"));
            };
            let Some(close) = r2.find(")s") else {
                return Err(unsupported("this % format in help"));
            };
            let key = &r2[..close];
            let v = match key {
                "default" => crate::builtins::str_of(&a.default)?.as_str().to_string(),
                "prog" => self.prog.clone(),
                "dest" => a.dest.clone(),
                "const" => crate::builtins::str_of(&a.konst)?.as_str().to_string(),
                "required" => if a.required { "True" } else { "False" }.to_string(),
                "metavar" => match &a.metavar {
                    Some(m) => m.clone(),
                    None => "None".to_string(),
                },
                "choices" => match &a.choices {
                    Some(cs) => {
                        let mut v = vec![];
                        for c in cs {
                            v.push(crate::builtins::str_of(c)?.as_str().to_string());
                        }
                        v.join(", ")
                    }
                    None => "None".to_string(),
                },
                _ => return Err(unsupported("this % key in help")),
            };
            out.push_str(&v);
            rest = &r2[close + 2..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// format_help: usage, description, the two sections, epilog.
    fn format_help(&self) -> PyResult<String> {
        let mut out = self.format_usage()?;
        out.push('\n');
        if let Some(d) = &self.description {
            let filled = fill(d, WIDTH, "");
            if !filled.is_empty() {
                out.push_str(&filled);
                out.push_str("\n\n");
            }
        }
        let max_help_position = 24usize.min(WIDTH.saturating_sub(20).max(4));
        let mut max_len = 0;
        for a in &self.actions {
            max_len = max_len.max(Self::invocation(a)?.chars().count() + 2);
        }
        let help_position = (max_len + 2).min(max_help_position);
        let help_width = WIDTH.saturating_sub(help_position).max(11);
        let action_width = help_position - 2 - 2;
        let sections: [(&str, Vec<&Action>); 2] = [
            ("positional arguments", self.positionals().collect()),
            ("options", self.optionals().collect()),
        ];
        for (title, acts) in sections {
            if acts.is_empty() {
                continue;
            }
            out.push_str(title);
            out.push_str(":\n");
            for a in acts {
                let header = Self::invocation(a)?;
                let help = match &a.help {
                    Some(h) => self.expand_help(a, h)?,
                    None => String::new(),
                };
                let hlen = header.chars().count();
                let indent_first;
                if a.help.is_none() {
                    out.push_str(&format!("  {header}\n"));
                    continue;
                } else if hlen <= action_width {
                    out.push_str(&format!("  {header:<action_width$}  "));
                    indent_first = 0;
                } else {
                    out.push_str(&format!("  {header}\n"));
                    indent_first = help_position;
                }
                if help.trim().is_empty() {
                    // An empty help after a padded header: CPython leaves the padding.
                    if indent_first == 0 {
                        out.push('\n');
                    }
                    continue;
                }
                let lines = wrap(&help, help_width);
                for (i, l) in lines.iter().enumerate() {
                    let ind = if i == 0 { indent_first } else { help_position };
                    out.push_str(&" ".repeat(ind));
                    out.push_str(l);
                    out.push('\n');
                }
            }
            out.push('\n');
        }
        if let Some(e) = &self.epilog {
            let filled = fill(e, WIDTH, "");
            if !filled.is_empty() {
                out.push_str(&filled);
                out.push('\n');
            }
        }
        // format_help strips the trailing blank lines to one newline.
        let trimmed = out.trim_end_matches('\n').to_string();
        Ok(trimmed + "\n")
    }
}

/// HelpFormatter._split_lines: whitespace collapsed, then textwrap.wrap(text, width).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut lines = vec![];
    let mut cur = String::new();
    for w in words {
        if cur.is_empty() {
            cur.push_str(w);
        } else if cur.chars().count() + 1 + w.chars().count() <= width {
            cur.push(' ');
            cur.push_str(w);
        } else {
            lines.push(std::mem::take(&mut cur));
            cur.push_str(w);
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn fill(text: &str, width: usize, indent: &str) -> String {
    wrap(text, width.saturating_sub(indent.len()))
        .iter()
        .map(|l| format!("{indent}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

// ------------------------------------------------------------------ parsing

/// How parse_args failed: a message for parser.error, or a Python exception.
enum Fail {
    Usage(String),
    Py(PyErr),
    /// -h: print the help and exit 0.
    Help,
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

fn is_negative_number(s: &str) -> bool {
    // _negative_number_matcher: '^-\d+$|^-\d*\.\d+$'
    let Some(r) = s.strip_prefix('-') else {
        return false;
    };
    if !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    match r.split_once('.') {
        Some((a, b)) => {
            a.bytes().all(|c| c.is_ascii_digit())
                && !b.is_empty()
                && b.bytes().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

/// An option string's action (None: unknown), the option, and an explicit argument.
type OptMatch = (Option<usize>, String, Option<String>);

/// A classified command-line string: an option (action index, option string, explicit
/// argument) or a positional argument.
enum Arg {
    Opt(Option<usize>, String, Option<String>),
    Pos,
}

impl State {
    fn find_option(&self, o: &str) -> Option<usize> {
        self.actions
            .iter()
            .position(|a| a.option_strings.iter().any(|x| x == o))
    }

    /// _parse_optional.
    fn classify(&self, s: &str, after_dashdash: bool) -> Result<Arg, Fail> {
        if after_dashdash || !s.starts_with('-') || s.len() == 1 {
            return Ok(Arg::Pos);
        }
        if let Some(i) = self.find_option(s) {
            return Ok(Arg::Opt(Some(i), s.to_string(), None));
        }
        if let Some((o, v)) = s.split_once('=')
            && let Some(i) = self.find_option(o)
        {
            return Ok(Arg::Opt(Some(i), o.to_string(), Some(v.to_string())));
        }
        // _get_option_tuples: abbreviations of long options, `-xVALUE` for short ones.
        let mut matches: Vec<(usize, String, Option<String>)> = vec![];
        if s.starts_with("--") {
            let (prefix, explicit) = match s.split_once('=') {
                Some((p, v)) => (p, Some(v.to_string())),
                None => (s, None),
            };
            for (i, a) in self.actions.iter().enumerate() {
                for o in &a.option_strings {
                    if o.starts_with(prefix) {
                        matches.push((i, o.clone(), explicit.clone()));
                    }
                }
            }
        } else if !s.starts_with("--") {
            let short = &s[..s.char_indices().nth(2).map_or(s.len(), |(i, _)| i)];
            let explicit = &s[short.len()..];
            for (i, a) in self.actions.iter().enumerate() {
                for o in &a.option_strings {
                    if o == short {
                        matches.push((i, o.clone(), Some(explicit.to_string())));
                    } else if o.starts_with(s) {
                        matches.push((i, o.clone(), None));
                    }
                }
            }
        }
        if matches.len() > 1 {
            let opts: Vec<String> = matches.iter().map(|m| m.1.clone()).collect();
            return Err(Fail::Usage(format!(
                "ambiguous option: {} could match {}",
                s.split_once('=').map_or(s, |p| p.0),
                opts.join(", ")
            )));
        }
        if let Some((i, o, e)) = matches.pop() {
            return Ok(Arg::Opt(Some(i), o, e));
        }
        let has_negative_opts = self
            .actions
            .iter()
            .any(|a| a.option_strings.iter().any(|o| is_negative_number(o)));
        if is_negative_number(s) && !has_negative_opts {
            return Ok(Arg::Pos);
        }
        if s.contains(' ') {
            return Ok(Arg::Pos);
        }
        Ok(Arg::Opt(None, s.to_string(), None))
    }

    /// _get_value: `type(arg)`, with ArgumentError messages.
    fn convert(&self, a: &Action, s: &str) -> Result<Value, Fail> {
        let Some(t) = &a.ty else {
            return Ok(Value::str(s));
        };
        match crate::modules::call_value(t, vec![Value::str(s)]) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcKind::TypeError) || e.matches(ExcKind::ValueError) => {
                let tname = match crate::attr::getattr(t, "__name__") {
                    Ok(n) => crate::builtins::str_of(&n)?.as_str().to_string(),
                    Err(_) => crate::builtins::repr(t)?.as_str().to_string(),
                };
                Err(Fail::Usage(format!(
                    "argument {}: invalid {tname} value: {}",
                    a.name(),
                    crate::builtins::repr(&Value::str(s))?
                )))
            }
            Err(e) => Err(Fail::Py(e)),
        }
    }

    /// _check_value.
    fn check_choice(&self, a: &Action, v: &Value) -> Result<(), Fail> {
        if let Some(cs) = &a.choices {
            let mut found = false;
            for c in cs {
                if c.eq(v)? {
                    found = true;
                    break;
                }
            }
            if !found {
                let mut shown = vec![];
                for c in cs {
                    shown.push(crate::builtins::repr(c)?.as_str().to_string());
                }
                return Err(Fail::Usage(format!(
                    "argument {}: invalid choice: {} (choose from {})",
                    a.name(),
                    crate::builtins::repr(v)?,
                    shown.join(", ")
                )));
            }
        }
        Ok(())
    }

    /// _get_values then the action's __call__.
    fn apply(&self, ns: &Namespace, a: &Action, strs: &[String]) -> Result<(), Fail> {
        let value = match (&a.nargs, strs.len()) {
            (None, _) => Value::None,
            (Some(Nargs::Optional), 0) => {
                let v = if a.is_positional() {
                    a.default.clone()
                } else {
                    a.konst.clone()
                };
                let v = match &v {
                    Value::Str(s) => self.convert(a, s.as_str())?,
                    _ => v,
                };
                self.check_choice(a, &v)?;
                v
            }
            (Some(Nargs::ZeroOrMore), 0) if a.is_positional() => {
                let v = if a.default.is_none() {
                    super::stdc_util::list(vec![])
                } else {
                    a.default.clone()
                };
                self.check_choice(a, &v)?;
                v
            }
            (Some(Nargs::One) | Some(Nargs::Optional), 1) => {
                let v = self.convert(a, &strs[0])?;
                self.check_choice(a, &v)?;
                v
            }
            _ => {
                let mut vs = vec![];
                for x in strs {
                    let v = self.convert(a, x)?;
                    self.check_choice(a, &v)?;
                    vs.push(v);
                }
                super::stdc_util::list(vs)
            }
        };
        match a.kind {
            Kind::Store => ns.set(&a.dest, value)?,
            Kind::StoreConst | Kind::StoreTrue | Kind::StoreFalse => {
                ns.set(&a.dest, a.konst.clone())?
            }
            Kind::Append | Kind::AppendConst => {
                let item = if a.kind == Kind::Append {
                    value
                } else {
                    a.konst.clone()
                };
                // _copy_items: a fresh list each time, so the default is not mutated.
                let mut items = match ns.get(&a.dest)? {
                    None | Some(Value::None) => vec![],
                    Some(v) => v.to_vec()?,
                };
                items.push(item);
                ns.set(&a.dest, super::stdc_util::list(items))?;
            }
            Kind::Count => {
                let n = match ns.get(&a.dest)? {
                    None | Some(Value::None) => Value::int(0),
                    Some(v) => v,
                };
                let n = crate::value::binop(crate::value::BinOp::Add, &n, &Value::int(1))?;
                ns.set(&a.dest, n)?;
            }
            Kind::Help => return Err(Fail::Help),
        }
        Ok(())
    }

    /// _parse_known_args, then the "unrecognized arguments" check of parse_args.
    fn parse(&self, argv: Vec<String>, ns: &Namespace) -> Result<(), Fail> {
        for a in &self.actions {
            if a.kind != Kind::Help && ns.get(&a.dest)?.is_none() {
                ns.set(&a.dest, a.default.clone())?;
            }
        }
        // Classify every string: 'O' options, 'A' arguments; '--' is dropped (the first).
        let mut kinds: Vec<Option<OptMatch>> = vec![];
        let mut strs: Vec<String> = vec![];
        let mut dashdash = false;
        for s in argv {
            if s == "--" && !dashdash {
                dashdash = true;
                continue;
            }
            match self.classify(&s, dashdash)? {
                Arg::Opt(i, o, e) => kinds.push(Some((i, o, e))),
                Arg::Pos => kinds.push(None),
            }
            strs.push(s);
        }
        let positionals: Vec<&Action> = self.positionals().collect();
        let mut next_pos = 0usize;
        let mut seen: Vec<String> = vec![];
        let mut extras: Vec<String> = vec![];
        let mut i = 0usize;
        // consume_positionals: match as many positionals as fit the run of arguments.
        let consume_positionals =
            |start: usize, next_pos: &mut usize, seen: &mut Vec<String>| -> Result<usize, Fail> {
                let run = kinds[start..].iter().take_while(|k| k.is_none()).count();
                let rest = &positionals[*next_pos..];
                let mut n = rest.len();
                while n > 0 {
                    let min: usize = rest[..n].iter().map(|a| a.arity().0).sum();
                    if min <= run {
                        break;
                    }
                    n -= 1;
                }
                let mut pos = start;
                let mut left = run;
                for (k, a) in rest[..n].iter().enumerate() {
                    let later_min: usize = rest[k + 1..n].iter().map(|a| a.arity().0).sum();
                    let (lo, hi) = a.arity();
                    let take = hi.min(left - later_min).max(lo);
                    self.apply(ns, a, &strs[pos..pos + take])?;
                    seen.push(a.dest.clone());
                    pos += take;
                    left -= take;
                }
                *next_pos += n;
                Ok(pos)
            };
        let max_opt = kinds.iter().rposition(|k| k.is_some());
        if let Some(max_opt) = max_opt {
            while i <= max_opt {
                let next_opt = (i..kinds.len())
                    .find(|j| kinds[*j].is_some())
                    .unwrap_or(max_opt);
                if i != next_opt {
                    let end = consume_positionals(i, &mut next_pos, &mut seen)?;
                    if end > i {
                        i = end;
                        continue;
                    }
                    i = end;
                }
                if kinds[i].is_none() {
                    extras.extend(strs[i..next_opt].iter().cloned());
                    i = next_opt;
                }
                // consume_optional
                let Some((idx, opt, explicit)) = kinds[i].clone() else {
                    continue;
                };
                let Some(mut idx) = idx else {
                    extras.push(strs[i].clone());
                    i += 1;
                    continue;
                };
                let mut opt = opt;
                let mut explicit = explicit;
                i += 1;
                loop {
                    let a = &self.actions[idx];
                    let (lo, hi) = a.arity();
                    match explicit.take() {
                        Some(e) => {
                            if hi == 0 && !opt.starts_with("--") && !e.is_empty() {
                                // -xyz: a cluster of single-dash flags.
                                self.apply(ns, a, &[])?;
                                seen.push(a.dest.clone());
                                let mut cs = e.chars();
                                let c = cs.next().unwrap_or_default();
                                let next_opt = format!("-{c}");
                                let rest: String = cs.collect();
                                match self.find_option(&next_opt) {
                                    Some(j) => {
                                        idx = j;
                                        opt = next_opt;
                                        explicit = if rest.is_empty() { None } else { Some(rest) };
                                        continue;
                                    }
                                    None => {
                                        return Err(Fail::Usage(format!(
                                            "argument {}: ignored explicit argument '{e}'",
                                            a.name()
                                        )));
                                    }
                                }
                            }
                            if lo <= 1 && hi >= 1 {
                                self.apply(ns, a, &[e])?;
                                seen.push(a.dest.clone());
                                break;
                            }
                            return Err(Fail::Usage(format!(
                                "argument {}: ignored explicit argument '{e}'",
                                a.name()
                            )));
                        }
                        None => {
                            let run = kinds[i..].iter().take_while(|k| k.is_none()).count();
                            if run < lo {
                                let msg = match &a.nargs {
                                    Some(Nargs::One) => "expected one argument".to_string(),
                                    Some(Nargs::OneOrMore) => {
                                        "expected at least one argument".to_string()
                                    }
                                    Some(Nargs::N(n)) => format!(
                                        "expected {n} argument{}",
                                        if *n == 1 { "" } else { "s" }
                                    ),
                                    _ => "expected one argument".to_string(),
                                };
                                return Err(Fail::Usage(format!("argument {}: {msg}", a.name())));
                            }
                            let take = run.min(hi);
                            self.apply(ns, a, &strs[i..i + take])?;
                            seen.push(a.dest.clone());
                            i += take;
                            break;
                        }
                    }
                }
            }
        }
        let stop = consume_positionals(i, &mut next_pos, &mut seen)?;
        extras.extend(strs[stop..].iter().cloned());
        // Required actions that were not seen.
        let mut missing = vec![];
        for a in &self.actions {
            if a.required && !seen.contains(&a.dest) {
                missing.push(a.name());
            } else if !seen.contains(&a.dest)
                && let Value::Str(d) = &a.default
                && a.kind != Kind::Help
            {
                // String defaults go through type= (parse_known_args).
                if let Some(cur) = ns.get(&a.dest)?
                    && crate::builtins::id(&cur) == crate::builtins::id(&a.default)
                {
                    let v = self.convert(a, d.as_str())?;
                    ns.set(&a.dest, v)?;
                }
            }
        }
        if !missing.is_empty() {
            return Err(Fail::Usage(format!(
                "the following arguments are required: {}",
                missing.join(", ")
            )));
        }
        if !extras.is_empty() {
            return Err(Fail::Usage(format!(
                "unrecognized arguments: {}",
                extras.join(" ")
            )));
        }
        Ok(())
    }
}

impl Object for Parser {
    fn type_name(&self) -> &'static str {
        "ArgumentParser"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let st = self.0.borrow();
        let r = |o: &Option<String>| match o {
            Some(x) => crate::builtins::repr(&Value::str(x)).map(|s| s.as_str().to_string()),
            None => Ok("None".to_string()),
        };
        out.push_str(&format!(
            "ArgumentParser(prog={}, usage={}, description={}, formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help={})",
            r(&Some(st.prog.clone()))?,
            r(&st.usage)?,
            r(&st.description)?,
            if st.actions.iter().any(|a| a.kind == Kind::Help) { "True" } else { "False" }
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let st = self.0.borrow();
        match name {
            "prog" => Ok(s(&st.prog)),
            "description" => Ok(st.description.as_deref().map_or(Value::None, s)),
            "epilog" => Ok(st.epilog.as_deref().map_or(Value::None, s)),
            "usage" => Ok(st.usage.as_deref().map_or(Value::None, s)),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'ArgumentParser' object has no attribute '{name}'"),
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
            "add_argument" => add_argument(&mut self.0.borrow_mut(), args, kwargs),
            "parse_args" => {
                let a = bind("parse_args", &["args", "namespace"], 0, args, kwargs)?;
                let argv: Vec<String> = match &a[0] {
                    None | Some(Value::None) => crate::sys::argv()
                        .to_vec()
                        .iter()
                        .skip(1)
                        .map(|s| s.as_str().to_string())
                        .collect(),
                    Some(v) => {
                        let mut out = vec![];
                        for x in v.to_vec()? {
                            match x {
                                Value::Str(s) => out.push(s.as_str().to_string()),
                                other => {
                                    return type_error(format!(
                                        "'{}' object is not subscriptable",
                                        other.class_name()
                                    ));
                                }
                            }
                        }
                        out
                    }
                };
                let (nsv, ns_owned);
                let ns: &Namespace = match &a[1] {
                    None | Some(Value::None) => {
                        ns_owned = Rc::new(Namespace::new());
                        nsv = Value::Obj(ns_owned.clone());
                        &ns_owned
                    }
                    Some(v @ Value::Obj(o)) => match o.as_any().downcast_ref::<Namespace>() {
                        Some(n) => {
                            nsv = v.clone();
                            n
                        }
                        None => return Err(unsupported("parse_args(namespace=) of another type")),
                    },
                    Some(_) => return Err(unsupported("parse_args(namespace=) of another type")),
                };
                let st = self.0.borrow();
                match st.parse(argv, ns) {
                    Ok(()) => Ok(nsv),
                    Err(Fail::Py(e)) => Err(e),
                    Err(Fail::Usage(m)) => Err(parser_error(&st, &m)),
                    Err(Fail::Help) => {
                        crate::io::stdout_write(&st.format_help()?);
                        Err(PyErr::new(ExcKind::SystemExit, vec![Value::int(0)]))
                    }
                }
            }
            "error" => {
                let a = bind("error", &["message"], 1, args, kwargs)?;
                let m = crate::builtins::str_of(&a[0].clone().unwrap_or_default())?;
                Err(parser_error(&self.0.borrow(), m.as_str()))
            }
            "format_usage" => {
                bind(name, &[], 0, args, kwargs)?;
                Ok(Value::Str(Str::from_string(
                    self.0.borrow().format_usage()?,
                )))
            }
            "format_help" => {
                bind(name, &[], 0, args, kwargs)?;
                Ok(Value::Str(Str::from_string(self.0.borrow().format_help()?)))
            }
            "print_usage" | "print_help" => {
                let a = bind(name, &["file"], 0, args, kwargs)?;
                let st = self.0.borrow();
                let text = if name == "print_usage" {
                    st.format_usage()?
                } else {
                    st.format_help()?
                };
                match &a[0] {
                    None | Some(Value::None) => crate::io::stdout_write(&text),
                    Some(f) => {
                        crate::attr::call_method_static(f, "write", vec![s(&text)], vec![])?;
                    }
                }
                Ok(Value::None)
            }
            "exit" => {
                let a = bind("exit", &["status", "message"], 0, args, kwargs)?;
                if let Some(m) = &a[1]
                    && !m.is_none()
                {
                    crate::io::stderr_write(crate::builtins::str_of(m)?.as_str());
                }
                let status = a[0].clone().unwrap_or(Value::int(0));
                Err(PyErr::new(ExcKind::SystemExit, vec![status]))
            }
            "add_subparsers"
            | "add_argument_group"
            | "add_mutually_exclusive_group"
            | "set_defaults"
            | "parse_known_args"
            | "parse_intermixed_args" => Err(unsupported(&format!("ArgumentParser.{name}()"))),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'ArgumentParser' object has no attribute '{name}'"),
            )),
        }
    }
}

/// ArgumentParser.error: the usage to stderr, then exit(2, "prog: error: msg\n").
fn parser_error(st: &State, msg: &str) -> PyErr {
    match st.format_usage() {
        Ok(u) => crate::io::stderr_write(&u),
        Err(e) => return e,
    }
    crate::io::stderr_write(&format!("{}: error: {msg}\n", st.prog));
    PyErr::new(ExcKind::SystemExit, vec![Value::int(2)])
}
