//! The `argparse` module: ArgumentParser, Namespace, argument groups, mutually exclusive
//! groups and subparsers, mirroring CPython 3.11's Lib/argparse.py (HelpFormatter,
//! _ActionsContainer, ArgumentParser._parse_known_args and the Action classes). Only the
//! default HelpFormatter exists; the compiler refuses the constructor arguments molt does
//! not implement (formatter_class, parents, fromfile_prefix_chars, ...).

use super::stdc_util::{class, s, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use crate::{Dict, List};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// argparse.SUPPRESS.
const SUPPRESS: &str = "==SUPPRESS==";
const UNRECOGNIZED: &str = "_unrecognized_args";

/// `argparse.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "ArgumentParser" => Ok(Value::Obj(Rc::new(Parser(new_parser(args, kwargs)?)))),
        "Namespace" => {
            if !args.is_empty() {
                return type_error(format!(
                    "Namespace.__init__() takes 1 positional argument but {} were given",
                    args.len() + 1
                ));
            }
            let ns = Namespace::new();
            for (k, v) in kwargs {
                ns.d.setitem(Value::Str(k), v)?;
            }
            Ok(Value::Obj(Rc::new(ns)))
        }
        _ => Err(unknown("argparse", name)),
    }
}

/// `argparse.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "ArgumentParser" => Ok(class("argparse", "ArgumentParser", "argparse")),
        "Namespace" => Ok(class("argparse", "Namespace", "argparse")),
        "SUPPRESS" => Ok(s(SUPPRESS)),
        "OPTIONAL" => Ok(s("?")),
        "ZERO_OR_MORE" => Ok(s("*")),
        "ONE_OR_MORE" => Ok(s("+")),
        "REMAINDER" => Ok(s("...")),
        _ => Err(unknown("argparse", name)),
    }
}

fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::msg(ExcKind::ValueError, msg)
}

fn not_supported(what: &str) -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        format!("molt: argparse {what} is not supported yet"),
    )
}

fn vstr(v: &Value) -> PyResult<String> {
    v.str_string()
}

fn vrepr(v: &Value) -> PyResult<String> {
    v.repr_string()
}

fn str_list(v: &[String]) -> Value {
    Value::List(List::from_vec(
        v.iter().map(|x| Value::Str(Str::new(x))).collect(),
    ))
}

fn is_suppress(v: &Value) -> bool {
    matches!(v, Value::Str(x) if x.as_str() == SUPPRESS)
}

fn re_call(name: &str, args: Vec<Value>) -> PyResult<Value> {
    super::re::call(name, args, vec![])
}

/// `pattern % dict(**params)`.
fn percent_dict(fmt: &str, params: Vec<(&str, Value)>) -> PyResult<String> {
    let d: Dict<Value, Value> = Dict::new();
    for (k, v) in params {
        d.setitem(s(k), v)?;
    }
    Ok(crate::format::percent_format(fmt, &Value::Dict(d))?
        .as_str()
        .to_string())
}

// ------------------------------------------------------------------ Namespace

/// argparse.Namespace: attributes in a dict, shown in insertion order
/// (_AttributeHolder.__repr__).
pub struct Namespace {
    d: Dict<Value, Value>,
}

impl Namespace {
    fn new() -> Namespace {
        Namespace { d: Dict::new() }
    }
}

fn is_identifier(k: &str) -> bool {
    let mut cs = k.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

impl Object for Namespace {
    fn type_name(&self) -> &'static str {
        "Namespace"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let Some(_g) = crate::value::ReprGuard::enter(self.d.id()) else {
            out.push_str("...");
            return Ok(());
        };
        out.push_str("Namespace(");
        let mut parts = vec![];
        let star: Dict<Value, Value> = Dict::new();
        for (k, v) in self.d.items_vec() {
            match &k {
                Value::Str(name) if is_identifier(name.as_str()) => {
                    parts.push(format!("{}={}", name.as_str(), vrepr(&v)?));
                }
                _ => star.setitem(k, v)?,
            }
        }
        if !star.is_empty() {
            parts.push(format!("**{}", vrepr(&Value::Dict(star))?));
        }
        out.push_str(&parts.join(", "));
        out.push(')');
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        match other {
            Value::Obj(o) => match downcast::<Namespace>(o) {
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
        Ok(Some(self.d.contains(x)?))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        super::stdc_util::dict_getattr(&self.d, name, "Namespace")
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        self.d.setitem(s(name), value)
    }
    fn delattr(&self, _this: &ObjRef, name: &str) -> PyResult<()> {
        super::stdc_util::dict_delattr(&self.d, name, "Namespace")
    }
}

// ------------------------------------------------------------------ Actions

#[derive(Clone, Debug, PartialEq)]
enum Nargs {
    /// nargs=None: one argument, stored as is.
    One,
    Optional,
    ZeroOrMore,
    OneOrMore,
    N(usize),
    Parser,
    Remainder,
}

impl Nargs {
    fn parse(v: &Value) -> PyResult<Nargs> {
        Ok(match v {
            Value::None => Nargs::One,
            Value::Str(x) => match x.as_str() {
                "?" => Nargs::Optional,
                "*" => Nargs::ZeroOrMore,
                "+" => Nargs::OneOrMore,
                "A..." => Nargs::Parser,
                "..." => Nargs::Remainder,
                _ => return Err(value_error("invalid nargs value")),
            },
            Value::Int(i) => match i.as_i64() {
                Some(n) if n >= 0 => Nargs::N(n as usize),
                // range(negative) formats nothing; CPython then fails in the pattern.
                _ => return Err(value_error("invalid nargs value")),
            },
            Value::Bool(b) => Nargs::N(*b as usize),
            _ => return Err(value_error("invalid nargs value")),
        })
    }

    fn to_value(&self) -> Value {
        match self {
            Nargs::One => Value::None,
            Nargs::Optional => s("?"),
            Nargs::ZeroOrMore => s("*"),
            Nargs::OneOrMore => s("+"),
            Nargs::N(n) => Value::int(*n as i64),
            Nargs::Parser => s("A..."),
            Nargs::Remainder => s("..."),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Store,
    StoreConst,
    StoreTrue,
    StoreFalse,
    Append,
    AppendConst,
    Count,
    Help,
    Version,
    Parsers,
    Extend,
    /// _SubParsersAction._ChoicesPseudoAction: a help line per subcommand.
    ChoicesPseudo,
}

impl Kind {
    fn class_name(self) -> &'static str {
        match self {
            Kind::Store => "_StoreAction",
            Kind::StoreConst => "_StoreConstAction",
            Kind::StoreTrue => "_StoreTrueAction",
            Kind::StoreFalse => "_StoreFalseAction",
            Kind::Append => "_AppendAction",
            Kind::AppendConst => "_AppendConstAction",
            Kind::Count => "_CountAction",
            Kind::Help => "_HelpAction",
            Kind::Version => "_VersionAction",
            Kind::Parsers => "_SubParsersAction",
            Kind::Extend => "_ExtendAction",
            Kind::ChoicesPseudo => "_ChoicesPseudoAction",
        }
    }

    /// The keyword arguments each Action class's __init__ accepts.
    fn params(self) -> &'static [&'static str] {
        const STORE: &[&str] = &[
            "option_strings",
            "dest",
            "nargs",
            "const",
            "default",
            "type",
            "choices",
            "required",
            "help",
            "metavar",
        ];
        match self {
            Kind::Store | Kind::Append | Kind::Extend => STORE,
            Kind::StoreConst | Kind::AppendConst => &[
                "option_strings",
                "dest",
                "const",
                "default",
                "required",
                "help",
                "metavar",
            ],
            Kind::StoreTrue | Kind::StoreFalse | Kind::Count => {
                &["option_strings", "dest", "default", "required", "help"]
            }
            Kind::Help => &["option_strings", "dest", "default", "help"],
            Kind::Version => &["option_strings", "version", "dest", "default", "help"],
            Kind::Parsers => &[
                "option_strings",
                "prog",
                "parser_class",
                "dest",
                "required",
                "help",
                "metavar",
            ],
            Kind::ChoicesPseudo => &[],
        }
    }
}

struct ActionData {
    option_strings: Vec<String>,
    dest: String,
    nargs: Nargs,
    konst: Value,
    default: Value,
    ty: Value,
    choices: Value,
    required: bool,
    help: Value,
    metavar: Value,
    kind: Kind,
    version: Value,
    /// Subparsers: name -> parser (the action's `choices`), and the pseudo-actions that
    /// list them in the help.
    prog_prefix: String,
    choices_actions: Vec<Rc<Action>>,
}

struct Action(RefCell<ActionData>);

impl Action {
    fn d(&self) -> std::cell::Ref<'_, ActionData> {
        self.0.borrow()
    }
    fn takes_no_args(&self) -> bool {
        self.d().nargs == Nargs::N(0)
    }
}

/// _get_action_name.
fn action_name(a: &Action) -> PyResult<Option<String>> {
    let d = a.d();
    if !d.option_strings.is_empty() {
        return Ok(Some(d.option_strings.join("/")));
    }
    if !d.metavar.is_none() && !is_suppress(&d.metavar) {
        return Ok(Some(vstr(&d.metavar)?));
    }
    if d.dest != SUPPRESS {
        return Ok(Some(d.dest.clone()));
    }
    if !d.choices.is_none() && d.choices.truthy() {
        let mut names = vec![];
        let mut it = d.choices.iter()?;
        while let Some(c) = it.next()? {
            names.push(vstr(&c)?);
        }
        return Ok(Some(format!("{{{}}}", names.join(","))));
    }
    Ok(None)
}

/// An ArgumentError (raised inside parsing and turned into parser.error()), or any other
/// exception.
enum AErr {
    Arg(Option<String>, String),
    Py(PyErr),
}

impl From<PyErr> for AErr {
    fn from(e: PyErr) -> AErr {
        AErr::Py(e)
    }
}

type AR<T> = Result<T, AErr>;

fn arg_err<T>(a: &Action, msg: String) -> AR<T> {
    Err(AErr::Arg(action_name(a)?, msg))
}

fn arg_error_text(name: &Option<String>, msg: &str) -> String {
    match name {
        None => msg.to_string(),
        Some(n) => format!("argument {n}: {msg}"),
    }
}

/// The Python-visible action object (`parser.add_argument(...)`'s result).
pub struct ActionObj(Rc<Action>);

impl Object for ActionObj {
    fn type_name(&self) -> &'static str {
        self.0.d().kind.class_name()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let names = [
            "option_strings",
            "dest",
            "nargs",
            "const",
            "default",
            "type",
            "choices",
            "required",
            "help",
            "metavar",
        ];
        let mut parts = vec![];
        for n in names {
            parts.push(format!("{n}={}", vrepr(&action_attr(&self.0, n)?)?));
        }
        out.push_str(&format!("{}({})", self.type_name(), parts.join(", ")));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        action_attr(&self.0, name)
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let mut d = self.0.0.borrow_mut();
        match name {
            "default" => d.default = value,
            "help" => d.help = value,
            "required" => d.required = value.try_truthy()?,
            "metavar" => d.metavar = value,
            "const" => d.konst = value,
            "type" => d.ty = value,
            "choices" => d.choices = value,
            "dest" => d.dest = vstr(&value)?,
            _ => return Err(not_supported(&format!("setting Action.{name}"))),
        }
        Ok(())
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let kind = self.0.d().kind;
        match (name, kind) {
            ("add_parser", Kind::Parsers) => add_parser(&self.0, args, kwargs),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", self.type_name()),
            )),
        }
    }
}

fn action_attr(a: &Rc<Action>, name: &str) -> PyResult<Value> {
    let d = a.d();
    Ok(match name {
        "option_strings" => str_list(&d.option_strings),
        "dest" => s(&d.dest),
        "nargs" => d.nargs.to_value(),
        "const" => d.konst.clone(),
        "default" => d.default.clone(),
        "type" => d.ty.clone(),
        "choices" => d.choices.clone(),
        "required" => Value::Bool(d.required),
        "help" => d.help.clone(),
        "metavar" => d.metavar.clone(),
        "version" if d.kind == Kind::Version => d.version.clone(),
        _ => {
            return Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", d.kind.class_name()),
            ));
        }
    })
}

// ------------------------------------------------------------------ containers

/// The tables an ArgumentParser shares with its groups (_ActionsContainer's state).
struct ParserData {
    prog: RefCell<String>,
    usage: RefCell<Value>,
    description: RefCell<Value>,
    epilog: RefCell<Value>,
    add_help: bool,
    allow_abbrev: bool,
    prefix_chars: String,
    argument_default: Value,
    actions: RefCell<Vec<Rc<Action>>>,
    /// _option_string_actions, in insertion order (abbreviations are matched in it).
    option_map: RefCell<Vec<(String, Rc<Action>)>>,
    groups: RefCell<Vec<Rc<Group>>>,
    mutex_groups: RefCell<Vec<Rc<Group>>>,
    defaults: RefCell<Vec<(String, Value)>>,
    has_negative_number_optionals: Cell<bool>,
    subparsers: RefCell<Option<Rc<Action>>>,
}

struct Group {
    parser: Rc<ParserData>,
    title: RefCell<Value>,
    description: RefCell<Value>,
    actions: RefCell<Vec<Rc<Action>>>,
    mutex: bool,
    required: Cell<bool>,
    /// A mutually exclusive group's container: None for the parser itself.
    container: Option<Rc<Group>>,
}

/// The Python-visible parser object.
pub struct Parser(Rc<ParserData>);
/// The Python-visible group object.
pub struct GroupObj(Rc<Group>);

/// ArgumentParser.__init__.
fn new_parser(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Rc<ParserData>> {
    const PARAMS: &[&str] = &[
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
    ];
    let b = super::stdc_util::bind("ArgumentParser.__init__", PARAMS, 0, args, kwargs)?;
    let get = |i: usize| b[i].clone().unwrap_or(Value::None);
    for (i, name) in PARAMS.iter().enumerate() {
        let Some(v) = &b[i] else { continue };
        let ok = match *name {
            "parents" => v.len()? == 0,
            "formatter_class" | "fromfile_prefix_chars" => v.is_none(),
            "conflict_handler" => matches!(v, Value::Str(x) if x.as_str() == "error"),
            "exit_on_error" => v.try_truthy()?,
            _ => true,
        };
        if !ok {
            return Err(not_supported(&format!("ArgumentParser({name}=...)")));
        }
    }
    let prog = match get(0) {
        Value::None => {
            let argv0 = crate::sys::argv()
                .iter_at(0)
                .map(|x| x.as_str().to_string())
                .unwrap_or_default();
            // os.path.basename
            match argv0.rfind('/') {
                Some(i) => argv0[i + 1..].to_string(),
                None => argv0,
            }
        }
        v => vstr(&v)?,
    };
    let prefix_chars = match &b[6] {
        Some(v) => vstr(v)?,
        None => "-".to_string(),
    };
    let flag = |i: usize| -> PyResult<bool> {
        match &b[i] {
            Some(v) => v.try_truthy(),
            None => Ok(true),
        }
    };
    let p = Rc::new(ParserData {
        prog: RefCell::new(prog),
        usage: RefCell::new(get(1)),
        description: RefCell::new(get(2)),
        epilog: RefCell::new(get(3)),
        add_help: flag(10)?,
        allow_abbrev: flag(11)?,
        prefix_chars,
        argument_default: get(8),
        actions: RefCell::new(vec![]),
        option_map: RefCell::new(vec![]),
        groups: RefCell::new(vec![]),
        mutex_groups: RefCell::new(vec![]),
        defaults: RefCell::new(vec![]),
        has_negative_number_optionals: Cell::new(false),
        subparsers: RefCell::new(None),
    });
    add_argument_group(&p, s("positional arguments"), Value::None);
    add_argument_group(&p, s("options"), Value::None);
    if p.add_help {
        let pc = p.prefix_chars.clone();
        let default_prefix = if pc.contains('-') {
            "-".to_string()
        } else {
            pc.chars().next().map(String::from).unwrap_or_default()
        };
        add_argument(
            &p,
            None,
            vec![
                s(&format!("{default_prefix}h")),
                s(&format!("{default_prefix}{default_prefix}help")),
            ],
            vec![
                (Str::new("action"), s("help")),
                (Str::new("default"), s(SUPPRESS)),
                (Str::new("help"), s("show this help message and exit")),
            ],
        )?;
    }
    Ok(p)
}

fn add_argument_group(p: &Rc<ParserData>, title: Value, description: Value) -> Rc<Group> {
    let g = Rc::new(Group {
        parser: p.clone(),
        title: RefCell::new(title),
        description: RefCell::new(description),
        actions: RefCell::new(vec![]),
        mutex: false,
        required: Cell::new(false),
        container: None,
    });
    p.groups.borrow_mut().push(g.clone());
    g
}

fn positionals_group(p: &ParserData) -> Option<Rc<Group>> {
    p.groups.borrow().first().cloned()
}

fn optionals_group(p: &ParserData) -> Option<Rc<Group>> {
    p.groups.borrow().get(1).cloned()
}

/// _ActionsContainer._add_action: the conflict check and the shared tables.
fn base_add_action(p: &ParserData, action: &Rc<Action>) -> AR<()> {
    let conflicts: Vec<String> = {
        let map = p.option_map.borrow();
        action
            .d()
            .option_strings
            .iter()
            .filter(|o| map.iter().any(|(k, _)| k == *o))
            .cloned()
            .collect()
    };
    if !conflicts.is_empty() {
        let word = if conflicts.len() == 1 {
            "conflicting option string"
        } else {
            "conflicting option strings"
        };
        return arg_err(action, format!("{word}: {}", conflicts.join(", ")));
    }
    p.actions.borrow_mut().push(action.clone());
    let opts = action.d().option_strings.clone();
    for o in opts {
        p.option_map.borrow_mut().push((o.clone(), action.clone()));
        if is_negative_number(&o) {
            p.has_negative_number_optionals.set(true);
        }
    }
    Ok(())
}

/// `^-\d+$|^-\d*\.\d+$` (re's \d is Unicode digits).
fn is_negative_number(x: &str) -> bool {
    let Some(rest) = x.strip_prefix('-') else {
        return false;
    };
    let digit = |c: char| c.is_numeric() && crate::unicode::is_decimal(c);
    if !rest.is_empty() && rest.chars().all(digit) {
        return true;
    }
    match rest.split_once('.') {
        Some((a, b)) => a.chars().all(digit) && !b.is_empty() && b.chars().all(digit),
        None => false,
    }
}

/// Where an action is added: the parser (routes to its positionals/optionals group) or a
/// group.
#[derive(Clone)]
enum Target {
    Parser,
    Group(Rc<Group>),
}

fn add_action_to(p: &Rc<ParserData>, target: &Target, action: &Rc<Action>) -> AR<()> {
    match target {
        Target::Parser => {
            let g = if action.d().option_strings.is_empty() {
                positionals_group(p)
            } else {
                optionals_group(p)
            };
            match g {
                Some(g) => add_action_to(p, &Target::Group(g), action),
                None => base_add_action(p, action),
            }
        }
        Target::Group(g) if g.mutex => {
            if action.d().required {
                return Err(AErr::Py(value_error(
                    "mutually exclusive arguments must be optional",
                )));
            }
            let c = match &g.container {
                Some(c) => Target::Group(c.clone()),
                None => Target::Parser,
            };
            add_action_to(p, &c, action)?;
            g.actions.borrow_mut().push(action.clone());
            Ok(())
        }
        Target::Group(g) => {
            base_add_action(p, action)?;
            g.actions.borrow_mut().push(action.clone());
            Ok(())
        }
    }
}

fn raise_aerr(e: AErr) -> PyErr {
    match e {
        AErr::Py(e) => e,
        // argparse.ArgumentError is not a class molt has; it only arises from conflicting
        // option strings at definition time.
        AErr::Arg(name, msg) => PyErr::msg(
            ExcKind::NotImplementedError,
            format!(
                "molt: argparse.ArgumentError is not supported yet ({})",
                arg_error_text(&name, &msg)
            ),
        ),
    }
}

/// _ActionsContainer.add_argument.
fn add_argument(
    p: &Rc<ParserData>,
    group: Option<Rc<Group>>,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Rc<Action>> {
    let chars = &p.prefix_chars;
    let mut names = vec![];
    for a in &args {
        match a {
            Value::Str(x) => names.push(x.as_str().to_string()),
            // CPython fails on `args[0][0]`/`option_string[0]` for non-strings.
            other => {
                return type_error(format!(
                    "'{}' object is not subscriptable",
                    other.class_name()
                ));
            }
        }
    }
    let mut kw: Vec<(String, Value)> = kwargs
        .into_iter()
        .map(|(k, v)| (k.as_str().to_string(), v))
        .collect();
    let has = |kw: &Vec<(String, Value)>, n: &str| kw.iter().any(|(k, _)| k == n);
    let take = |kw: &mut Vec<(String, Value)>, n: &str| -> Option<Value> {
        let i = kw.iter().position(|(k, _)| k == n)?;
        Some(kw.remove(i).1)
    };
    let first_is_prefix = names
        .first()
        .and_then(|n| n.chars().next())
        .is_some_and(|c| chars.contains(c));
    let first_empty = names.first().is_some_and(|n| n.is_empty());
    if first_empty {
        return Err(PyErr::msg(ExcKind::IndexError, "string index out of range"));
    }
    let (option_strings, dest) = if names.is_empty() || (names.len() == 1 && !first_is_prefix) {
        // _get_positional_kwargs
        if !names.is_empty() && has(&kw, "dest") {
            return Err(value_error("dest supplied twice for positional argument"));
        }
        let dest = match names.first() {
            Some(n) => n.clone(),
            None => match take(&mut kw, "dest") {
                Some(d) => vstr(&d)?,
                None => {
                    return type_error(
                        "_ActionsContainer._get_positional_kwargs() missing 1 required \
                         positional argument: 'dest'",
                    );
                }
            },
        };
        if has(&kw, "required") {
            return type_error("'required' is an invalid argument for positionals");
        }
        let nargs = kw
            .iter()
            .find(|(k, _)| k == "nargs")
            .map(|(_, v)| v.clone());
        let is = |x: &str| matches!(&nargs, Some(Value::Str(v)) if v.as_str() == x);
        if !(is("?") || is("*")) || (is("*") && !has(&kw, "default")) {
            kw.push(("required".into(), Value::Bool(true)));
        }
        (vec![], dest)
    } else {
        // _get_optional_kwargs
        let mut long = vec![];
        for o in &names {
            let c0 = o.chars().next();
            if !c0.is_some_and(|c| chars.contains(c)) {
                return Err(value_error(format!(
                    "invalid option string {}: must start with a character {}",
                    vrepr(&s(o))?,
                    vrepr(&s(chars))?
                )));
            }
            if o.chars().nth(1).is_some_and(|c| chars.contains(c)) {
                long.push(o.clone());
            }
        }
        let dest = match take(&mut kw, "dest") {
            Some(Value::None) | None => {
                let src = long.first().unwrap_or(&names[0]);
                let d = src.trim_start_matches(|c| chars.contains(c));
                if d.is_empty() {
                    return Err(value_error(format!(
                        "dest= is required for options like {}",
                        vrepr(&s(names.last().map(String::as_str).unwrap_or("")))?
                    )));
                }
                d.replace('-', "_")
            }
            Some(d) => vstr(&d)?,
        };
        (names.clone(), dest)
    };
    if !has(&kw, "default") {
        let found = p
            .defaults
            .borrow()
            .iter()
            .find(|(k, _)| *k == dest)
            .map(|(_, v)| v.clone());
        if let Some(v) = found {
            kw.push(("default".into(), v));
        } else if !p.argument_default.is_none() {
            kw.push(("default".into(), p.argument_default.clone()));
        }
    }
    let kind = match take(&mut kw, "action") {
        None | Some(Value::None) => Kind::Store,
        Some(Value::Str(a)) => match a.as_str() {
            "store" => Kind::Store,
            "store_const" => Kind::StoreConst,
            "store_true" => Kind::StoreTrue,
            "store_false" => Kind::StoreFalse,
            "append" => Kind::Append,
            "append_const" => Kind::AppendConst,
            "count" => Kind::Count,
            "help" => Kind::Help,
            "version" => Kind::Version,
            "parsers" => return Err(not_supported("action='parsers' in add_argument")),
            "extend" => Kind::Extend,
            other => return Err(value_error(format!("unknown action \"{other}\""))),
        },
        Some(_) => return Err(not_supported("a custom Action class")),
    };
    let params = kind.params();
    for (k, _) in &kw {
        if !params.contains(&k.as_str()) {
            return type_error(format!(
                "{}.__init__() got an unexpected keyword argument '{k}'",
                kind.class_name()
            ));
        }
    }
    let get = |kw: &Vec<(String, Value)>, n: &str| {
        kw.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone())
    };
    let required = match get(&kw, "required") {
        Some(v) => v.try_truthy()?,
        None => false,
    };
    let default_for = |k: Kind| -> Value {
        match k {
            Kind::StoreTrue => Value::Bool(false),
            Kind::StoreFalse => Value::Bool(true),
            Kind::Help | Kind::Version => s(SUPPRESS),
            _ => Value::None,
        }
    };
    let default = get(&kw, "default").unwrap_or_else(|| default_for(kind));
    let (nargs, konst) = match kind {
        Kind::Store | Kind::Append | Kind::Extend => {
            let nargs = Nargs::parse(&get(&kw, "nargs").unwrap_or(Value::None))?;
            let konst = get(&kw, "const").unwrap_or(Value::None);
            if nargs == Nargs::N(0) {
                return Err(value_error(if kind == Kind::Store {
                    "nargs for store actions must be != 0; if you have nothing to store, \
                     actions such as store true or store const may be more appropriate"
                } else {
                    "nargs for append actions must be != 0; if arg strings are not \
                     supplying the value to append, the append const action may be more \
                     appropriate"
                }));
            }
            if !konst.is_none() && nargs != Nargs::Optional {
                return Err(value_error("nargs must be '?' to supply const"));
            }
            (nargs, konst)
        }
        Kind::StoreConst | Kind::AppendConst => {
            (Nargs::N(0), get(&kw, "const").unwrap_or(Value::None))
        }
        Kind::StoreTrue => (Nargs::N(0), Value::Bool(true)),
        Kind::StoreFalse => (Nargs::N(0), Value::Bool(false)),
        _ => (Nargs::N(0), Value::None),
    };
    let help = match get(&kw, "help") {
        Some(h) => h,
        None if kind == Kind::Version => s("show program's version number and exit"),
        None => Value::None,
    };
    let ty = get(&kw, "type").unwrap_or(Value::None);
    let action = Rc::new(Action(RefCell::new(ActionData {
        option_strings,
        dest,
        nargs,
        konst,
        default,
        ty: ty.clone(),
        choices: get(&kw, "choices").unwrap_or(Value::None),
        required,
        help,
        metavar: get(&kw, "metavar").unwrap_or(Value::None),
        kind,
        version: get(&kw, "version").unwrap_or(Value::None),
        prog_prefix: String::new(),
        choices_actions: vec![],
    })));
    if !ty.is_none() && !crate::attr::callable(&ty) {
        return Err(value_error(format!("{} is not callable", vrepr(&ty)?)));
    }
    if format_args(&action, "").is_err() {
        return Err(value_error("length of metavar tuple does not match nargs"));
    }
    let target = match group {
        Some(g) => Target::Group(g),
        None => Target::Parser,
    };
    add_action_to(p, &target, &action).map_err(raise_aerr)?;
    Ok(action)
}

// ------------------------------------------------------------------ help formatting

/// shutil.get_terminal_size().columns: $COLUMNS, else the terminal's width, else 80.
fn terminal_columns() -> i64 {
    if let Ok(c) = std::env::var("COLUMNS")
        && let Ok(n) = c.trim().parse::<i64>()
        && n > 0
    {
        return n;
    }
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        // os.get_terminal_size(stdout) without unsafe code: ask stty about the terminal.
        if let Ok(tty) = std::fs::File::open("/dev/tty")
            && let Ok(out) = std::process::Command::new("stty")
                .arg("size")
                .stdin(tty)
                .stderr(std::process::Stdio::null())
                .output()
            && let Some(cols) = String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .nth(1)
                .and_then(|c| c.parse::<i64>().ok())
            && cols > 0
        {
            return cols;
        }
    }
    80
}

enum Item {
    Section(Section),
    Text(String),
    Usage(Value, Vec<Rc<Action>>, Vec<Rc<Group>>, Option<String>),
    Action(Rc<Action>),
}

struct Section {
    heading: Value,
    items: Vec<Item>,
    nested: bool,
}

/// HelpFormatter.
struct Formatter {
    prog: String,
    width: i64,
    max_help_position: i64,
    current_indent: i64,
    action_max_length: i64,
    stack: Vec<Section>,
}

const INDENT_INCREMENT: i64 = 2;

fn pad(n: i64) -> String {
    " ".repeat(n.max(0) as usize)
}

fn clen(x: &str) -> i64 {
    x.chars().count() as i64
}

/// `\s+` (ASCII) collapsed to one space, then str.strip().
fn collapse_ws(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_ws = false;
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            if !in_ws {
                out.push(' ');
            }
            in_ws = true;
        } else {
            out.push(c);
            in_ws = false;
        }
    }
    py_strip(&out).to_string()
}

/// str.strip() with no argument (Py_UNICODE_ISSPACE).
fn py_strip(x: &str) -> &str {
    x.trim_matches(|c: char| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c))
}

enum Metavar {
    One(String),
    Tuple(Vec<String>),
}

impl Metavar {
    fn get(&self, n: usize) -> Vec<String> {
        match self {
            Metavar::One(x) => vec![x.clone(); n],
            Metavar::Tuple(v) => v.clone(),
        }
    }
}

/// _metavar_formatter.
fn metavar_of(a: &Action, default: &str) -> PyResult<Metavar> {
    let d = a.d();
    if !d.metavar.is_none() {
        if let Value::Tuple(t) = &d.metavar {
            let mut v = vec![];
            for x in t.as_slice() {
                v.push(vstr(x)?);
            }
            return Ok(Metavar::Tuple(v));
        }
        return Ok(Metavar::One(vstr(&d.metavar)?));
    }
    if !d.choices.is_none() {
        let mut names = vec![];
        let mut it = d.choices.iter()?;
        while let Some(c) = it.next()? {
            names.push(vstr(&c)?);
        }
        return Ok(Metavar::One(format!("{{{}}}", names.join(","))));
    }
    Ok(Metavar::One(default.to_string()))
}

/// _format_args; Err(None) where CPython's `%` raises TypeError (a metavar tuple of the
/// wrong length).
fn format_args(a: &Action, default: &str) -> Result<String, Option<PyErr>> {
    let m = metavar_of(a, default).map_err(Some)?;
    let nargs = a.d().nargs.clone();
    let exact = |v: Vec<String>, n: usize| if v.len() == n { Ok(v) } else { Err(None) };
    Ok(match nargs {
        Nargs::One => exact(m.get(1), 1)?.remove(0),
        Nargs::Optional => format!("[{}]", exact(m.get(1), 1)?.remove(0)),
        Nargs::ZeroOrMore => {
            let v = m.get(1);
            match v.len() {
                2 => format!("[{} [{} ...]]", v[0], v[1]),
                1 => format!("[{} ...]", v[0]),
                _ => return Err(None),
            }
        }
        Nargs::OneOrMore => {
            let v = exact(m.get(2), 2)?;
            format!("{} [{} ...]", v[0], v[1])
        }
        Nargs::Remainder => "...".to_string(),
        Nargs::Parser => format!("{} ...", exact(m.get(1), 1)?.remove(0)),
        Nargs::N(n) => exact(m.get(n), n)?.join(" "),
    })
}

fn format_args_py(a: &Action, default: &str) -> PyResult<String> {
    format_args(a, default).map_err(|e| {
        e.unwrap_or_else(|| {
            PyErr::msg(
                ExcKind::TypeError,
                "not all arguments converted during string formatting",
            )
        })
    })
}

fn default_metavar(a: &Action) -> String {
    let d = a.d();
    if d.option_strings.is_empty() {
        d.dest.clone()
    } else {
        d.dest.to_uppercase()
    }
}

/// _format_action_invocation.
fn invocation(a: &Action) -> PyResult<String> {
    let dm = default_metavar(a);
    if a.d().option_strings.is_empty() {
        let v = metavar_of(a, &dm)?.get(1);
        if v.len() != 1 {
            return Err(value_error("too many values to unpack (expected 1)"));
        }
        return Ok(v[0].clone());
    }
    if a.takes_no_args() {
        return Ok(a.d().option_strings.join(", "));
    }
    let args = format_args_py(a, &dm)?;
    Ok(a.d()
        .option_strings
        .iter()
        .map(|o| format!("{o} {args}"))
        .collect::<Vec<_>>()
        .join(", "))
}

fn subactions(a: &Action) -> Vec<Rc<Action>> {
    a.d().choices_actions.clone()
}

fn help_text(a: &Action) -> Option<String> {
    match &a.d().help {
        Value::Str(h) => Some(h.as_str().to_string()),
        _ => None,
    }
}

impl Formatter {
    fn new(prog: &str) -> Formatter {
        let width = terminal_columns() - 2;
        Formatter {
            prog: prog.to_string(),
            width,
            max_help_position: 24.min((width - 20).max(INDENT_INCREMENT * 2)),
            current_indent: 0,
            action_max_length: 0,
            stack: vec![Section {
                heading: Value::None,
                items: vec![],
                nested: false,
            }],
        }
    }

    fn add_item(&mut self, it: Item) {
        if let Some(sec) = self.stack.last_mut() {
            sec.items.push(it);
        }
    }

    fn start_section(&mut self, heading: Value) {
        self.current_indent += INDENT_INCREMENT;
        self.stack.push(Section {
            heading,
            items: vec![],
            nested: true,
        });
    }

    fn end_section(&mut self) {
        if self.stack.len() > 1
            && let Some(sec) = self.stack.pop()
        {
            self.add_item(Item::Section(sec));
        }
        self.current_indent -= INDENT_INCREMENT;
    }

    fn add_text(&mut self, text: &Value) -> PyResult<()> {
        if !text.is_none() && !is_suppress(text) {
            self.add_item(Item::Text(vstr(text)?));
        }
        Ok(())
    }

    fn add_usage(
        &mut self,
        usage: Value,
        actions: Vec<Rc<Action>>,
        groups: Vec<Rc<Group>>,
        prefix: Option<String>,
    ) {
        if !is_suppress(&usage) {
            self.add_item(Item::Usage(usage, actions, groups, prefix));
        }
    }

    fn add_argument(&mut self, a: &Rc<Action>) -> PyResult<()> {
        if is_suppress(&a.d().help) {
            return Ok(());
        }
        let mut len = clen(&invocation(a)?);
        for sub in subactions(a) {
            len = len.max(clen(&invocation(&sub)?));
        }
        self.action_max_length = self.action_max_length.max(len + self.current_indent);
        self.add_item(Item::Action(a.clone()));
        Ok(())
    }

    fn format_help(&mut self) -> PyResult<String> {
        let root = match self.stack.first_mut() {
            Some(r) => std::mem::replace(
                r,
                Section {
                    heading: Value::None,
                    items: vec![],
                    nested: false,
                },
            ),
            None => return Ok(String::new()),
        };
        let help = self.format_section(&root)?;
        if let Some(r) = self.stack.first_mut() {
            *r = root;
        }
        if help.is_empty() {
            return Ok(help);
        }
        // _long_break_matcher: \n\n\n+ -> \n\n
        let mut out = String::with_capacity(help.len());
        let mut nl = 0;
        for c in help.chars() {
            if c == '\n' {
                nl += 1;
            } else {
                if nl > 0 {
                    out.push_str(if nl >= 3 { "\n\n" } else { &"\n\n"[..nl] });
                }
                nl = 0;
                out.push(c);
            }
        }
        if nl > 0 {
            out.push_str(if nl >= 3 { "\n\n" } else { &"\n\n"[..nl] });
        }
        Ok(format!("{}\n", out.trim_matches('\n')))
    }

    fn format_section(&mut self, sec: &Section) -> PyResult<String> {
        if sec.nested {
            self.current_indent += INDENT_INCREMENT;
        }
        let mut body = String::new();
        for it in &sec.items {
            body.push_str(&self.format_item(it)?);
        }
        if sec.nested {
            self.current_indent -= INDENT_INCREMENT;
        }
        if body.is_empty() {
            return Ok(body);
        }
        let heading = if !sec.heading.is_none() && !is_suppress(&sec.heading) {
            format!("{}{}:\n", pad(self.current_indent), vstr(&sec.heading)?)
        } else {
            String::new()
        };
        Ok(format!("\n{heading}{body}\n"))
    }

    fn format_item(&mut self, it: &Item) -> PyResult<String> {
        match it {
            Item::Section(s) => self.format_section(s),
            Item::Text(t) => self.format_text(t),
            Item::Usage(u, a, g, p) => self.format_usage(u, a, g, p.as_deref()),
            Item::Action(a) => self.format_action(a),
        }
    }

    fn fill(&self, text: &str, width: i64, indent: &str) -> PyResult<String> {
        let text = collapse_ws(text);
        let r = super::textwrap::call(
            "fill",
            vec![s(&text), Value::int(width)],
            vec![
                (Str::new("initial_indent"), s(indent)),
                (Str::new("subsequent_indent"), s(indent)),
            ],
        )?;
        vstr(&r)
    }

    fn split_lines(&self, text: &str, width: i64) -> PyResult<Vec<String>> {
        let text = collapse_ws(text);
        let r = super::textwrap::call("wrap", vec![s(&text), Value::int(width)], vec![])?;
        let mut out = vec![];
        let mut it = r.iter()?;
        while let Some(l) = it.next()? {
            out.push(vstr(&l)?);
        }
        Ok(out)
    }

    fn format_text(&mut self, text: &str) -> PyResult<String> {
        let text = if text.contains("%(prog)") {
            percent_dict(text, vec![("prog", s(&self.prog))])?
        } else {
            text.to_string()
        };
        let width = (self.width - self.current_indent).max(11);
        let indent = pad(self.current_indent);
        Ok(format!("{}\n\n", self.fill(&text, width, &indent)?))
    }

    fn format_usage(
        &mut self,
        usage: &Value,
        actions: &[Rc<Action>],
        groups: &[Rc<Group>],
        prefix: Option<&str>,
    ) -> PyResult<String> {
        let prefix = prefix.unwrap_or("usage: ");
        let usage = if !usage.is_none() {
            percent_dict(&vstr(usage)?, vec![("prog", s(&self.prog))])?
        } else if actions.is_empty() {
            self.prog.clone()
        } else {
            let prog = self.prog.clone();
            let mut optionals = vec![];
            let mut positionals = vec![];
            for a in actions {
                if a.d().option_strings.is_empty() {
                    positionals.push(a.clone());
                } else {
                    optionals.push(a.clone());
                }
            }
            let all: Vec<Rc<Action>> = optionals.iter().chain(&positionals).cloned().collect();
            let action_usage = format_actions_usage(&all, groups)?;
            let mut usage = [prog.clone(), action_usage]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let text_width = self.width - self.current_indent;
            if clen(prefix) + clen(&usage) > text_width {
                let part_re = r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+";
                let parts = |t: String| -> PyResult<Vec<String>> {
                    let r = re_call("findall", vec![s(part_re), s(&t)])?;
                    let mut out = vec![];
                    let mut it = r.iter()?;
                    while let Some(x) = it.next()? {
                        out.push(vstr(&x)?);
                    }
                    Ok(out)
                };
                let opt_parts = parts(format_actions_usage(&optionals, groups)?)?;
                let pos_parts = parts(format_actions_usage(&positionals, groups)?)?;
                let get_lines = |parts: &[String], indent: &str, prefix: Option<&str>| {
                    let mut lines: Vec<String> = vec![];
                    let mut line: Vec<&str> = vec![];
                    let mut line_len = match prefix {
                        Some(p) => clen(p) - 1,
                        None => clen(indent) - 1,
                    };
                    for part in parts {
                        if line_len + 1 + clen(part) > text_width && !line.is_empty() {
                            lines.push(format!("{indent}{}", line.join(" ")));
                            line.clear();
                            line_len = clen(indent) - 1;
                        }
                        line.push(part);
                        line_len += clen(part) + 1;
                    }
                    if !line.is_empty() {
                        lines.push(format!("{indent}{}", line.join(" ")));
                    }
                    if prefix.is_some()
                        && let Some(first) = lines.first_mut()
                    {
                        *first = first.chars().skip(indent.chars().count()).collect();
                    }
                    lines
                };
                let lines: Vec<String> = if (clen(prefix) + clen(&prog)) as f64
                    <= 0.75 * text_width as f64
                {
                    let indent = pad(clen(prefix) + clen(&prog) + 1);
                    if !opt_parts.is_empty() {
                        let mut all = vec![prog.clone()];
                        all.extend(opt_parts.iter().cloned());
                        let mut lines = get_lines(&all, &indent, Some(prefix));
                        lines.extend(get_lines(&pos_parts, &indent, None));
                        lines
                    } else if !pos_parts.is_empty() {
                        let mut all = vec![prog.clone()];
                        all.extend(pos_parts.iter().cloned());
                        get_lines(&all, &indent, Some(prefix))
                    } else {
                        vec![prog.clone()]
                    }
                } else {
                    let indent = pad(clen(prefix));
                    let all: Vec<String> = opt_parts.iter().chain(&pos_parts).cloned().collect();
                    let mut lines = get_lines(&all, &indent, None);
                    if lines.len() > 1 {
                        lines = get_lines(&opt_parts, &indent, None);
                        lines.extend(get_lines(&pos_parts, &indent, None));
                    }
                    let mut out = vec![prog.clone()];
                    out.extend(lines);
                    out
                };
                usage = lines.join("\n");
            }
            usage
        };
        Ok(format!("{prefix}{usage}\n\n"))
    }

    /// _format_action.
    fn format_action(&mut self, a: &Rc<Action>) -> PyResult<String> {
        let help_position = (self.action_max_length + 2).min(self.max_help_position);
        let help_width = (self.width - help_position).max(11);
        let action_width = help_position - self.current_indent - 2;
        let header = invocation(a)?;
        let help = help_text(a);
        let mut indent_first = 0;
        let has_help = help.as_deref().is_some_and(|h| !h.is_empty());
        let header = if !has_help {
            format!("{}{header}\n", pad(self.current_indent))
        } else if clen(&header) <= action_width {
            let w = action_width.max(0) as usize;
            format!("{}{header:<w$}  ", pad(self.current_indent))
        } else {
            indent_first = help_position;
            format!("{}{header}\n", pad(self.current_indent))
        };
        let mut parts = vec![header.clone()];
        if let Some(h) = help.as_deref()
            && !py_strip(h).is_empty()
        {
            let text = self.expand_help(a)?;
            if !text.is_empty() {
                let lines = self.split_lines(&text, help_width)?;
                let Some(first) = lines.first() else {
                    return Err(PyErr::msg(ExcKind::IndexError, "list index out of range"));
                };
                parts.push(format!("{}{first}\n", pad(indent_first)));
                for l in &lines[1..] {
                    parts.push(format!("{}{l}\n", pad(help_position)));
                }
            }
        } else if !header.ends_with('\n') {
            parts.push("\n".into());
        }
        let subs = subactions(a);
        if !subs.is_empty() {
            self.current_indent += INDENT_INCREMENT;
            for sub in subs {
                parts.push(self.format_action(&sub)?);
            }
            self.current_indent -= INDENT_INCREMENT;
        }
        Ok(parts.concat())
    }

    /// _expand_help: help % dict(vars(action), prog=prog), names for callables, choices
    /// joined.
    fn expand_help(&self, a: &Rc<Action>) -> PyResult<String> {
        let names = [
            "option_strings",
            "dest",
            "nargs",
            "const",
            "default",
            "type",
            "choices",
            "required",
            "help",
            "metavar",
        ];
        let mut params: Vec<(&str, Value)> = vec![];
        for n in names {
            params.push((n, action_attr(a, n)?));
        }
        if a.d().kind == Kind::Version {
            params.push(("version", a.d().version.clone()));
        }
        params.push(("prog", s(&self.prog)));
        params.retain(|(_, v)| !is_suppress(v));
        for (_, v) in params.iter_mut() {
            if matches!(v, Value::Obj(_))
                && let Ok(name) = crate::attr::getattr(v, "__name__")
            {
                *v = name;
            }
        }
        for (k, v) in params.iter_mut() {
            if *k == "choices" && !v.is_none() {
                let mut strs = vec![];
                let mut it = v.iter()?;
                while let Some(c) = it.next()? {
                    strs.push(vstr(&c)?);
                }
                *v = s(&strs.join(", "));
            }
        }
        let help = help_text(a).unwrap_or_default();
        percent_dict(&help, params)
    }
}

/// _format_actions_usage.
fn format_actions_usage(actions: &[Rc<Action>], groups: &[Rc<Group>]) -> PyResult<String> {
    let mut group_actions: Vec<Rc<Action>> = vec![];
    let mut inserts: std::collections::BTreeMap<usize, String> = Default::default();
    let in_group = |ga: &Vec<Rc<Action>>, a: &Rc<Action>| ga.iter().any(|x| Rc::ptr_eq(x, a));
    for g in groups {
        let gas = g.actions.borrow().clone();
        let Some(first) = gas.first() else {
            return Err(value_error(
                "empty group <argparse._MutuallyExclusiveGroup object>",
            ));
        };
        let Some(start) = actions.iter().position(|a| Rc::ptr_eq(a, first)) else {
            continue;
        };
        let end = start + gas.len();
        let same = end <= actions.len()
            && actions[start..end]
                .iter()
                .zip(&gas)
                .all(|(a, b)| Rc::ptr_eq(a, b));
        if !same {
            continue;
        }
        let mut suppressed = 0;
        for a in &gas {
            group_actions.push(a.clone());
            if is_suppress(&a.d().help) {
                suppressed += 1;
            }
        }
        let exposed = gas.len() - suppressed;
        let mut put = |i: usize, x: &str, spaced: &str| {
            inserts
                .entry(i)
                .and_modify(|v| v.push_str(spaced))
                .or_insert_with(|| x.to_string());
        };
        if !g.required.get() {
            put(start, "[", " [");
            put(end, "]", "]");
        } else if exposed > 1 {
            put(start, "(", " (");
            put(end, ")", ")");
        }
        for i in start + 1..end {
            inserts.insert(i, "|".into());
        }
    }
    let mut parts: Vec<Option<String>> = vec![];
    for (i, a) in actions.iter().enumerate() {
        if is_suppress(&a.d().help) {
            parts.push(None);
            if inserts.get(&i).map(String::as_str) == Some("|") {
                inserts.remove(&i);
            } else if inserts.get(&(i + 1)).map(String::as_str) == Some("|") {
                inserts.remove(&(i + 1));
            }
        } else if a.d().option_strings.is_empty() {
            let mut part = format_args_py(a, &default_metavar(a))?;
            if in_group(&group_actions, a) && part.starts_with('[') && part.ends_with(']') {
                let n = part.len();
                part = part[1..n - 1].to_string();
            }
            parts.push(Some(part));
        } else {
            let opt = a.d().option_strings[0].clone();
            let mut part = if a.takes_no_args() {
                opt
            } else {
                format!("{opt} {}", format_args_py(a, &default_metavar(a))?)
            };
            if !a.d().required && !in_group(&group_actions, a) {
                part = format!("[{part}]");
            }
            parts.push(Some(part));
        }
    }
    for (i, x) in inserts.into_iter().rev() {
        let i = i.min(parts.len());
        parts.insert(i, Some(x));
    }
    let text = parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
    let sub = |pat: &str, rep: &str, t: String| -> PyResult<String> {
        vstr(&re_call("sub", vec![s(pat), s(rep), s(&t)])?)
    };
    let text = sub(r"([\[(]) ", r"\1", text)?;
    let text = sub(r" ([\])])", r"\1", text)?;
    let text = sub(r"[\[(] *[\])]", "", text)?;
    Ok(py_strip(&text).to_string())
}

// ------------------------------------------------------------------ parsing

fn get_formatter(p: &ParserData) -> Formatter {
    Formatter::new(&p.prog.borrow())
}

fn format_usage(p: &ParserData) -> PyResult<String> {
    let mut f = get_formatter(p);
    f.add_usage(
        p.usage.borrow().clone(),
        p.actions.borrow().clone(),
        p.mutex_groups.borrow().clone(),
        None,
    );
    f.format_help()
}

fn format_help(p: &ParserData) -> PyResult<String> {
    let mut f = get_formatter(p);
    f.add_usage(
        p.usage.borrow().clone(),
        p.actions.borrow().clone(),
        p.mutex_groups.borrow().clone(),
        None,
    );
    f.add_text(&p.description.borrow())?;
    let groups = p.groups.borrow().clone();
    for g in groups {
        f.start_section(g.title.borrow().clone());
        f.add_text(&g.description.borrow())?;
        for a in g.actions.borrow().iter() {
            f.add_argument(a)?;
        }
        f.end_section();
    }
    f.add_text(&p.epilog.borrow())?;
    f.format_help()
}

fn print_message(msg: &str, file: Option<&Value>, stderr: bool) -> PyResult<()> {
    if msg.is_empty() {
        return Ok(());
    }
    match file {
        Some(f) if !f.is_none() => {
            crate::attr::call_method(f, "write", vec![s(msg)], vec![])?;
        }
        _ if stderr => crate::io::stderr_write(msg),
        _ => crate::io::stdout_write(msg),
    }
    Ok(())
}

fn exit(status: Value, msg: Option<&str>) -> PyErr {
    if let Some(m) = msg {
        let _ = print_message(m, None, true);
    }
    crate::rt::sys_exit(status)
}

/// ArgumentParser.error.
fn error(p: &ParserData, message: &str) -> PyErr {
    if let Err(e) = format_usage(p).and_then(|u| print_message(&u, None, true)) {
        return e;
    }
    exit(
        Value::int(2),
        Some(&format!("{}: error: {message}\n", p.prog.borrow())),
    )
}

fn ns_has(ns: &Value, name: &str) -> PyResult<bool> {
    crate::attr::hasattr(ns, name)
}

fn ns_get(ns: &Value, name: &str) -> PyResult<Value> {
    crate::attr::getattr(ns, name)
}

fn ns_set(ns: &Value, name: &str, v: Value) -> PyResult<()> {
    crate::attr::setattr(ns, name, v)
}

/// The arguments: an iterable of strings (None: sys.argv[1:]).
fn arg_list(args: &Value) -> PyResult<Vec<String>> {
    if args.is_none() {
        return Ok(crate::sys::argv()
            .to_vec()
            .into_iter()
            .skip(1)
            .map(|x| x.as_str().to_string())
            .collect());
    }
    let mut out = vec![];
    let mut it = args.iter()?;
    while let Some(x) = it.next()? {
        match x {
            Value::Str(t) => out.push(t.as_str().to_string()),
            other => {
                return Err(not_supported(&format!(
                    "argument of type '{}' in parse_args",
                    other.class_name()
                )));
            }
        }
    }
    Ok(out)
}

/// ArgumentParser.parse_known_args.
fn parse_known_args(p: &Rc<ParserData>, args: &Value, ns: Value) -> PyResult<(Value, Vec<String>)> {
    let args = arg_list(args)?;
    let ns = if ns.is_none() {
        Value::Obj(Rc::new(Namespace::new()))
    } else {
        ns
    };
    let actions = p.actions.borrow().clone();
    for a in &actions {
        let (dest, default) = {
            let d = a.d();
            (d.dest.clone(), d.default.clone())
        };
        if dest != SUPPRESS && !ns_has(&ns, &dest)? && !is_suppress(&default) {
            ns_set(&ns, &dest, default)?;
        }
    }
    let defaults = p.defaults.borrow().clone();
    for (k, v) in defaults {
        if !ns_has(&ns, &k)? {
            ns_set(&ns, &k, v)?;
        }
    }
    let mut extras = match parse_known_inner(p, args, &ns) {
        Ok(e) => e,
        Err(AErr::Py(e)) => return Err(e),
        Err(AErr::Arg(name, msg)) => return Err(error(p, &arg_error_text(&name, &msg))),
    };
    if ns_has(&ns, UNRECOGNIZED)? {
        let more = ns_get(&ns, UNRECOGNIZED)?;
        let mut it = more.iter()?;
        while let Some(x) = it.next()? {
            extras.push(vstr(&x)?);
        }
        crate::attr::delattr(&ns, UNRECOGNIZED)?;
    }
    Ok((ns, extras))
}

/// take_action: an action, its strings, the option string, seen and seen-non-default.
type TakeAction<'a> = dyn FnMut(
        &Rc<Action>,
        Vec<String>,
        Option<&str>,
        &mut Vec<Rc<Action>>,
        &mut Vec<Rc<Action>>,
    ) -> AR<()>
    + 'a;

type OptTuple = (Option<Rc<Action>>, String, Option<String>);

fn lookup(p: &ParserData, o: &str) -> Option<Rc<Action>> {
    p.option_map
        .borrow()
        .iter()
        .find(|(k, _)| k == o)
        .map(|(_, a)| a.clone())
}

/// _parse_optional.
fn parse_optional(p: &ParserData, arg: &str) -> AR<Option<OptTuple>> {
    let chars = &p.prefix_chars;
    let Some(c0) = arg.chars().next() else {
        return Ok(None);
    };
    if !chars.contains(c0) {
        return Ok(None);
    }
    if let Some(a) = lookup(p, arg) {
        return Ok(Some((Some(a), arg.to_string(), None)));
    }
    if arg.chars().count() == 1 {
        return Ok(None);
    }
    if let Some((o, explicit)) = arg.split_once('=')
        && let Some(a) = lookup(p, o)
    {
        return Ok(Some((Some(a), o.to_string(), Some(explicit.to_string()))));
    }
    let tuples = get_option_tuples(p, arg)?;
    if tuples.len() > 1 {
        let options = tuples
            .iter()
            .map(|t| t.1.clone())
            .collect::<Vec<_>>()
            .join(", ");
        return Err(AErr::Py(error(
            p,
            &format!("ambiguous option: {arg} could match {options}"),
        )));
    }
    if let Some(t) = tuples.into_iter().next() {
        return Ok(Some(t));
    }
    if is_negative_number(arg) && !p.has_negative_number_optionals.get() {
        return Ok(None);
    }
    if arg.contains(' ') {
        return Ok(None);
    }
    Ok(Some((None, arg.to_string(), None)))
}

/// _get_option_tuples.
fn get_option_tuples(p: &ParserData, arg: &str) -> AR<Vec<OptTuple>> {
    let chars = &p.prefix_chars;
    let mut cs = arg.chars();
    let c0 = cs.next().is_some_and(|c| chars.contains(c));
    let c1 = cs.next().is_some_and(|c| chars.contains(c));
    let map = p.option_map.borrow().clone();
    let mut result = vec![];
    if c0 && c1 {
        if p.allow_abbrev {
            let (prefix, explicit) = match arg.split_once('=') {
                Some((a, b)) => (a, Some(b.to_string())),
                None => (arg, None),
            };
            for (o, a) in &map {
                if o.starts_with(prefix) {
                    result.push((Some(a.clone()), o.clone(), explicit.clone()));
                }
            }
        }
    } else if c0 && !c1 {
        let split = arg.char_indices().nth(2).map_or(arg.len(), |(i, _)| i);
        let (short_prefix, short_explicit) = arg.split_at(split);
        for (o, a) in &map {
            if o == short_prefix {
                result.push((Some(a.clone()), o.clone(), Some(short_explicit.to_string())));
            } else if o.starts_with(arg) {
                result.push((Some(a.clone()), o.clone(), None));
            }
        }
    } else {
        return Err(AErr::Py(error(
            p,
            &format!("unexpected option string: {arg}"),
        )));
    }
    Ok(result)
}

/// _get_nargs_pattern.
fn nargs_pattern(a: &Action) -> String {
    let d = a.d();
    let pat = match &d.nargs {
        Nargs::One => "(-*A-*)".to_string(),
        Nargs::Optional => "(-*A?-*)".to_string(),
        Nargs::ZeroOrMore => "(-*[A-]*)".to_string(),
        Nargs::OneOrMore => "(-*A[A-]*)".to_string(),
        Nargs::Remainder => "([-AO]*)".to_string(),
        Nargs::Parser => "(-*A[-AO]*)".to_string(),
        Nargs::N(n) => format!("(-*{}-*)", vec!["A"; *n].join("-*")),
    };
    if d.option_strings.is_empty() {
        pat
    } else {
        pat.replace("-*", "").replace('-', "")
    }
}

fn match_groups(pattern: &str, text: &str) -> PyResult<Option<Vec<usize>>> {
    let m = re_call("match", vec![s(pattern), s(text)])?;
    if m.is_none() {
        return Ok(None);
    }
    let g = crate::attr::call_method(&m, "groups", vec![], vec![])?;
    let mut out = vec![];
    let mut it = g.iter()?;
    while let Some(x) = it.next()? {
        out.push(x.len()?);
    }
    Ok(Some(out))
}

/// _match_argument.
fn match_argument(a: &Action, pattern: &str) -> AR<usize> {
    match match_groups(&nargs_pattern(a), pattern)? {
        Some(g) => Ok(g.first().copied().unwrap_or(0)),
        None => {
            let nargs = a.d().nargs.clone();
            let msg = match nargs {
                Nargs::One => "expected one argument".to_string(),
                Nargs::Optional => "expected at most one argument".to_string(),
                Nargs::OneOrMore => "expected at least one argument".to_string(),
                Nargs::N(1) => "expected 1 argument".to_string(),
                Nargs::N(n) => format!("expected {n} arguments"),
                Nargs::Parser => "expected A... arguments".to_string(),
                Nargs::ZeroOrMore | Nargs::Remainder => "expected arguments".to_string(),
            };
            arg_err(a, msg)
        }
    }
}

/// _match_arguments_partial.
fn match_arguments_partial(actions: &[Rc<Action>], pattern: &str) -> PyResult<Vec<usize>> {
    for i in (1..=actions.len()).rev() {
        let pat: String = actions[..i].iter().map(|a| nargs_pattern(a)).collect();
        if let Some(g) = match_groups(&pat, pattern)? {
            return Ok(g);
        }
    }
    Ok(vec![])
}

/// _get_value.
fn get_value(a: &Action, arg: &str) -> AR<Value> {
    let ty = a.d().ty.clone();
    if ty.is_none() {
        return Ok(s(arg));
    }
    if !crate::attr::callable(&ty) {
        return arg_err(a, format!("{} is not callable", vrepr(&ty)?));
    }
    match crate::func::call(&ty, vec![s(arg)], vec![]) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::TypeError) || e.matches(ExcKind::ValueError) => {
            let name = match crate::attr::getattr(&ty, "__name__") {
                Ok(n) => vstr(&n)?,
                Err(_) => vrepr(&ty)?,
            };
            arg_err(a, format!("invalid {name} value: {}", vrepr(&s(arg))?))
        }
        Err(e) => Err(AErr::Py(e)),
    }
}

/// _check_value.
fn check_value(a: &Action, v: &Value) -> AR<()> {
    let choices = a.d().choices.clone();
    if choices.is_none() || choices.contains(v)? {
        return Ok(());
    }
    let mut reprs = vec![];
    let mut it = choices.iter()?;
    while let Some(c) = it.next()? {
        reprs.push(vrepr(&c)?);
    }
    arg_err(
        a,
        format!(
            "invalid choice: {} (choose from {})",
            vrepr(v)?,
            reprs.join(", ")
        ),
    )
}

/// _get_values.
fn get_values(a: &Action, mut strings: Vec<String>) -> AR<Value> {
    let (nargs, has_opts) = {
        let d = a.d();
        (d.nargs.clone(), !d.option_strings.is_empty())
    };
    if !matches!(nargs, Nargs::Parser | Nargs::Remainder)
        && let Some(i) = strings.iter().position(|x| x == "--")
    {
        strings.remove(i);
    }
    let list_of = |strings: &[String]| -> AR<Vec<Value>> {
        strings.iter().map(|x| get_value(a, x)).collect()
    };
    if strings.is_empty() && nargs == Nargs::Optional {
        let mut v = if has_opts {
            a.d().konst.clone()
        } else {
            a.d().default.clone()
        };
        if let Value::Str(x) = &v {
            v = get_value(a, x.as_str())?;
            check_value(a, &v)?;
        }
        Ok(v)
    } else if strings.is_empty() && nargs == Nargs::ZeroOrMore && !has_opts {
        let default = a.d().default.clone();
        let v = if !default.is_none() {
            default
        } else {
            Value::List(List::new())
        };
        check_value(a, &v)?;
        Ok(v)
    } else if strings.len() == 1 && matches!(nargs, Nargs::One | Nargs::Optional) {
        let v = get_value(a, &strings[0])?;
        check_value(a, &v)?;
        Ok(v)
    } else if nargs == Nargs::Remainder {
        Ok(Value::List(List::from_vec(list_of(&strings)?)))
    } else if nargs == Nargs::Parser {
        let v = list_of(&strings)?;
        if let Some(first) = v.first() {
            check_value(a, first)?;
        }
        Ok(Value::List(List::from_vec(v)))
    } else {
        let v = list_of(&strings)?;
        for x in &v {
            check_value(a, x)?;
        }
        Ok(Value::List(List::from_vec(v)))
    }
}

/// _copy_items.
fn copy_items(v: Value) -> PyResult<List<Value>> {
    match v {
        Value::None => Ok(List::new()),
        Value::List(l) => Ok(l.copy()),
        other => Err(not_supported(&format!(
            "appending to a default of type '{}'",
            other.class_name()
        ))),
    }
}

/// Action.__call__.
fn call_action(
    p: &Rc<ParserData>,
    a: &Rc<Action>,
    ns: &Value,
    values: Value,
    option_string: Option<&str>,
) -> AR<()> {
    let _ = option_string;
    let (kind, dest, konst) = {
        let d = a.d();
        (d.kind, d.dest.clone(), d.konst.clone())
    };
    match kind {
        Kind::Store => ns_set(ns, &dest, values)?,
        Kind::StoreConst | Kind::StoreTrue | Kind::StoreFalse => ns_set(ns, &dest, konst)?,
        Kind::Append | Kind::AppendConst | Kind::Extend => {
            let items = copy_items(crate::attr::getattr_default(ns, &dest, Value::None)?)?;
            match kind {
                Kind::Append => items.append(values),
                Kind::AppendConst => items.append(konst),
                _ => {
                    let mut it = values.iter()?;
                    while let Some(x) = it.next()? {
                        items.append(x);
                    }
                }
            }
            ns_set(ns, &dest, Value::List(items))?;
        }
        Kind::Count => {
            let c = crate::attr::getattr_default(ns, &dest, Value::None)?;
            let c = if c.is_none() { Value::int(0) } else { c };
            let n = crate::value::binop(crate::value::BinOp::Add, &c, &Value::int(1))?;
            ns_set(ns, &dest, n)?;
        }
        Kind::Help => {
            print_message(&format_help(p)?, None, false)?;
            return Err(AErr::Py(exit(Value::int(0), None)));
        }
        Kind::Version => {
            let mut f = get_formatter(p);
            f.add_text(&a.d().version)?;
            print_message(&f.format_help()?, None, false)?;
            return Err(AErr::Py(exit(Value::int(0), None)));
        }
        Kind::Parsers => {
            let vals = values.to_vec()?;
            let Some(name) = vals.first().cloned() else {
                return Ok(());
            };
            let rest: Vec<Value> = vals[1..].to_vec();
            if dest != SUPPRESS {
                ns_set(ns, &dest, name.clone())?;
            }
            let choices = a.d().choices.clone();
            let sub = match choices.getitem(&name) {
                Ok(v) => v,
                Err(e) if e.matches(ExcKind::KeyError) => {
                    let mut names = vec![];
                    let mut it = choices.iter()?;
                    while let Some(c) = it.next()? {
                        names.push(vstr(&c)?);
                    }
                    return arg_err(
                        a,
                        format!(
                            "unknown parser {} (choices: {})",
                            vrepr(&name)?,
                            names.join(", ")
                        ),
                    );
                }
                Err(e) => return Err(AErr::Py(e)),
            };
            let Value::Obj(o) = &sub else {
                return Err(AErr::Py(not_supported(
                    "a subparser that is not an ArgumentParser",
                )));
            };
            let Some(sp) = downcast::<Parser>(o) else {
                return Err(AErr::Py(not_supported(
                    "a subparser that is not an ArgumentParser",
                )));
            };
            let sp = sp.0.clone();
            let (subns, extra) =
                parse_known_args(&sp, &Value::List(List::from_vec(rest)), Value::None)?;
            let d = crate::attr::vars(&subns)?;
            if let Value::Dict(d) = d {
                for (k, v) in d.items_vec() {
                    ns_set(ns, &vstr(&k)?, v)?;
                }
            }
            if !extra.is_empty() {
                if !ns_has(ns, UNRECOGNIZED)? {
                    ns_set(ns, UNRECOGNIZED, Value::List(List::new()))?;
                }
                let l = ns_get(ns, UNRECOGNIZED)?;
                for x in extra {
                    crate::attr::call_method(&l, "append", vec![s(&x)], vec![])?;
                }
            }
        }
        Kind::ChoicesPseudo => {}
    }
    Ok(())
}

/// _parse_known_args.
fn parse_known_inner(p: &Rc<ParserData>, args: Vec<String>, ns: &Value) -> AR<Vec<String>> {
    // Conflicts between members of mutually exclusive groups.
    let mutex_groups = p.mutex_groups.borrow().clone();
    let conflicts_of = |a: &Rc<Action>| -> Vec<Rc<Action>> {
        let mut out = vec![];
        for g in &mutex_groups {
            let ga = g.actions.borrow();
            if ga.iter().any(|x| Rc::ptr_eq(x, a)) {
                out.extend(ga.iter().filter(|x| !Rc::ptr_eq(x, a)).cloned());
            }
        }
        out
    };
    let mut option_indices: std::collections::BTreeMap<usize, OptTuple> = Default::default();
    let mut pattern = String::new();
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--" {
            pattern.push('-');
            for _ in i + 1..args.len() {
                pattern.push('A');
            }
            break;
        }
        match parse_optional(p, &args[i])? {
            None => pattern.push('A'),
            Some(t) => {
                option_indices.insert(i, t);
                pattern.push('O');
            }
        }
        i += 1;
    }
    let mut seen: Vec<Rc<Action>> = vec![];
    let mut seen_non_default: Vec<Rc<Action>> = vec![];
    let contains = |v: &Vec<Rc<Action>>, a: &Rc<Action>| v.iter().any(|x| Rc::ptr_eq(x, a));
    let mut extras: Vec<String> = vec![];

    let mut take_action = |a: &Rc<Action>,
                           strings: Vec<String>,
                           option_string: Option<&str>,
                           seen: &mut Vec<Rc<Action>>,
                           seen_nd: &mut Vec<Rc<Action>>|
     -> AR<()> {
        seen.push(a.clone());
        let values = get_values(a, strings)?;
        let default = a.d().default.clone();
        if !values.py_is(&default) {
            seen_nd.push(a.clone());
            for c in conflicts_of(a) {
                if contains(seen_nd, &c) {
                    let name = action_name(&c)?.unwrap_or_else(|| "None".into());
                    return arg_err(a, format!("not allowed with argument {name}"));
                }
            }
        }
        if !is_suppress(&values) {
            call_action(p, a, ns, values, option_string)?;
        }
        Ok(())
    };

    let mut positionals: Vec<Rc<Action>> = p
        .actions
        .borrow()
        .iter()
        .filter(|a| a.d().option_strings.is_empty())
        .cloned()
        .collect();

    let pattern_from = |start: usize| -> String { pattern.get(start..).unwrap_or("").to_string() };
    let max_option = option_indices.keys().next_back().copied();
    let mut start = 0usize;
    let consume_positionals = |start: usize,
                               positionals: &mut Vec<Rc<Action>>,
                               seen: &mut Vec<Rc<Action>>,
                               seen_nd: &mut Vec<Rc<Action>>,
                               take: &mut TakeAction<'_>|
     -> AR<usize> {
        let counts = match_arguments_partial(positionals, &pattern_from(start))?;
        let mut idx = start;
        for (a, n) in positionals.clone().iter().zip(&counts) {
            let strs = args.get(idx..idx + n).unwrap_or(&[]).to_vec();
            idx += n;
            take(a, strs, None, seen, seen_nd)?;
        }
        positionals.drain(..counts.len().min(positionals.len()));
        Ok(idx)
    };
    if let Some(max) = max_option {
        while start <= max {
            let next = option_indices
                .keys()
                .find(|k| **k >= start)
                .copied()
                .unwrap_or(max);
            if start != next {
                let end = consume_positionals(
                    start,
                    &mut positionals,
                    &mut seen,
                    &mut seen_non_default,
                    &mut take_action,
                )?;
                if end > start {
                    start = end;
                    continue;
                }
                start = end;
            }
            if !option_indices.contains_key(&start) {
                extras.extend(args.get(start..next).unwrap_or(&[]).iter().cloned());
                start = next;
            }
            // consume_optional
            let Some((mut action, mut option_string, mut explicit)) =
                option_indices.get(&start).cloned()
            else {
                break;
            };
            let mut tuples: Vec<(Rc<Action>, Vec<String>, String)> = vec![];
            let stop;
            loop {
                let Some(a) = action.clone() else {
                    extras.push(args[start].clone());
                    stop = start + 1;
                    break;
                };
                if let Some(ex) = explicit.clone() {
                    let count = match_argument(&a, "A")?;
                    let chars = &p.prefix_chars;
                    let second_is_prefix = option_string
                        .chars()
                        .nth(1)
                        .is_some_and(|c| chars.contains(c));
                    if count == 0 && !second_is_prefix && !ex.is_empty() {
                        tuples.push((a.clone(), vec![], option_string.clone()));
                        let c0 = option_string.chars().next().unwrap_or('-');
                        let mut exc = ex.chars();
                        let e0 = exc.next().unwrap_or_default();
                        option_string = format!("{c0}{e0}");
                        let rest: String = exc.collect();
                        let new_explicit = if rest.is_empty() { None } else { Some(rest) };
                        match lookup(p, &option_string) {
                            Some(na) => {
                                action = Some(na);
                                explicit = new_explicit;
                            }
                            None => {
                                return arg_err(
                                    &a,
                                    format!("ignored explicit argument {}", vrepr(&s(&ex))?),
                                );
                            }
                        }
                    } else if count == 1 {
                        stop = start + 1;
                        tuples.push((a.clone(), vec![ex], option_string.clone()));
                        break;
                    } else {
                        return arg_err(
                            &a,
                            format!("ignored explicit argument {}", vrepr(&s(&ex))?),
                        );
                    }
                } else {
                    let st = start + 1;
                    let count = match_argument(&a, &pattern_from(st))?;
                    stop = st + count;
                    let strs = args.get(st..stop).unwrap_or(&[]).to_vec();
                    tuples.push((a.clone(), strs, option_string.clone()));
                    break;
                }
            }
            for (a, strs, o) in tuples {
                take_action(&a, strs, Some(&o), &mut seen, &mut seen_non_default)?;
            }
            start = stop;
        }
    }
    let stop = consume_positionals(
        start,
        &mut positionals,
        &mut seen,
        &mut seen_non_default,
        &mut take_action,
    )?;
    extras.extend(args.get(stop..).unwrap_or(&[]).iter().cloned());

    let mut required = vec![];
    for a in p.actions.borrow().clone() {
        if contains(&seen, &a) {
            continue;
        }
        if a.d().required {
            required.push(action_name(&a)?.unwrap_or_else(|| "None".into()));
        } else {
            let (default, dest) = {
                let d = a.d();
                (d.default.clone(), d.dest.clone())
            };
            if let Value::Str(x) = &default
                && ns_has(ns, &dest)?
                && default.py_is(&ns_get(ns, &dest)?)
            {
                let v = get_value(&a, x.as_str())?;
                ns_set(ns, &dest, v)?;
            }
        }
    }
    if !required.is_empty() {
        return Err(AErr::Py(error(
            p,
            &format!(
                "the following arguments are required: {}",
                required.join(", ")
            ),
        )));
    }
    for g in &mutex_groups {
        if g.required.get() {
            let ga = g.actions.borrow().clone();
            if !ga.iter().any(|a| contains(&seen_non_default, a)) {
                let mut names = vec![];
                for a in &ga {
                    if !is_suppress(&a.d().help) {
                        names.push(action_name(a)?.unwrap_or_else(|| "None".into()));
                    }
                }
                return Err(AErr::Py(error(
                    p,
                    &format!("one of the arguments {} is required", names.join(" ")),
                )));
            }
        }
    }
    Ok(extras)
}

// ------------------------------------------------------------------ subparsers

/// ArgumentParser.add_subparsers.
fn add_subparsers(p: &Rc<ParserData>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if p.subparsers.borrow().is_some() {
        return Err(error(p, "cannot have multiple subparser arguments"));
    }
    let mut title = None;
    let mut description = None;
    let mut prog = None;
    let mut dest = s(SUPPRESS);
    let mut required = false;
    let mut help = Value::None;
    let mut metavar = Value::None;
    for (k, v) in kwargs {
        match k.as_str() {
            "title" => title = Some(v),
            "description" => description = Some(v),
            "prog" => prog = Some(v),
            "dest" => dest = v,
            "required" => required = v.try_truthy()?,
            "help" => help = v,
            "metavar" => metavar = v,
            "action" | "parser_class" | "option_strings" => {
                return Err(not_supported(&format!("add_subparsers({k}=...)")));
            }
            other => {
                return type_error(format!(
                    "_SubParsersAction.__init__() got an unexpected keyword argument '{other}'"
                ));
            }
        }
    }
    let group = if title.is_some() || description.is_some() {
        let t = title.unwrap_or_else(|| s("subcommands"));
        add_argument_group(p, t, description.unwrap_or(Value::None))
    } else {
        positionals_group(p).ok_or_else(|| not_supported("add_subparsers without groups"))?
    };
    let prog = match prog {
        Some(v) if !v.is_none() => vstr(&v)?,
        _ => {
            let mut f = get_formatter(p);
            let positionals: Vec<Rc<Action>> = p
                .actions
                .borrow()
                .iter()
                .filter(|a| a.d().option_strings.is_empty())
                .cloned()
                .collect();
            f.add_usage(
                p.usage.borrow().clone(),
                positionals,
                p.mutex_groups.borrow().clone(),
                Some(String::new()),
            );
            py_strip(&f.format_help()?).to_string()
        }
    };
    let dest = vstr(&dest)?;
    let action = Rc::new(Action(RefCell::new(ActionData {
        option_strings: vec![],
        dest,
        nargs: Nargs::Parser,
        konst: Value::None,
        default: Value::None,
        ty: Value::None,
        choices: Value::Dict(Dict::new()),
        required,
        help,
        metavar,
        kind: Kind::Parsers,
        version: Value::None,
        prog_prefix: prog,
        choices_actions: vec![],
    })));
    add_action_to(p, &Target::Group(group), &action).map_err(raise_aerr)?;
    *p.subparsers.borrow_mut() = Some(action.clone());
    Ok(Value::Obj(Rc::new(ActionObj(action))))
}

/// _SubParsersAction.add_parser.
fn add_parser(a: &Rc<Action>, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if args.len() != 1 {
        return type_error(format!(
            "_SubParsersAction.add_parser() takes 2 positional arguments but {} were given",
            args.len() + 1
        ));
    }
    let name = vstr(&args[0])?;
    let mut kw = vec![];
    let mut aliases = vec![];
    let mut help = None;
    let mut has_prog = false;
    for (k, v) in kwargs {
        match k.as_str() {
            "aliases" => {
                let mut it = v.iter()?;
                while let Some(x) = it.next()? {
                    aliases.push(vstr(&x)?);
                }
            }
            "help" => help = Some(v),
            "prog" if !v.is_none() => {
                has_prog = true;
                kw.push((k, v));
            }
            "prog" => {}
            _ => kw.push((k, v)),
        }
    }
    if !has_prog {
        let prefix = a.d().prog_prefix.clone();
        kw.push((Str::new("prog"), s(&format!("{prefix} {name}"))));
    }
    let choices = a.d().choices.clone();
    let Value::Dict(map) = choices else {
        return Err(not_supported("subparser choices"));
    };
    if map.contains(&s(&name))? {
        return Err(raise_aerr(AErr::Arg(
            action_name(a)?,
            format!("conflicting subparser: {name}"),
        )));
    }
    for al in &aliases {
        if map.contains(&s(al))? {
            return Err(raise_aerr(AErr::Arg(
                action_name(a)?,
                format!("conflicting subparser alias: {al}"),
            )));
        }
    }
    if let Some(h) = help {
        let mut metavar = name.clone();
        if !aliases.is_empty() {
            metavar.push_str(&format!(" ({})", aliases.join(", ")));
        }
        let pseudo = Rc::new(Action(RefCell::new(ActionData {
            option_strings: vec![],
            dest: name.clone(),
            nargs: Nargs::One,
            konst: Value::None,
            default: Value::None,
            ty: Value::None,
            choices: Value::None,
            required: false,
            help: h,
            metavar: s(&metavar),
            kind: Kind::ChoicesPseudo,
            version: Value::None,
            prog_prefix: String::new(),
            choices_actions: vec![],
        })));
        a.0.borrow_mut().choices_actions.push(pseudo);
    }
    let parser = Value::Obj(Rc::new(Parser(new_parser(vec![], kw)?)));
    map.setitem(s(&name), parser.clone())?;
    for al in aliases {
        map.setitem(s(&al), parser.clone())?;
    }
    Ok(parser)
}

// ------------------------------------------------------------------ Python-visible methods

fn container_method(
    p: &Rc<ParserData>,
    group: Option<&Rc<Group>>,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "add_argument" => {
            let a = add_argument(p, group.cloned(), args, kwargs)?;
            Value::Obj(Rc::new(ActionObj(a)))
        }
        "add_argument_group" => {
            let b = super::stdc_util::bind(
                "add_argument_group",
                &["title", "description"],
                0,
                args,
                kwargs,
            )?;
            let g = add_argument_group(
                p,
                b[0].clone().unwrap_or(Value::None),
                b[1].clone().unwrap_or(Value::None),
            );
            Value::Obj(Rc::new(GroupObj(g)))
        }
        "add_mutually_exclusive_group" => {
            let b = super::stdc_util::bind(
                "add_mutually_exclusive_group",
                &["required"],
                0,
                args,
                kwargs,
            )?;
            let required = match &b[0] {
                Some(v) => v.try_truthy()?,
                None => false,
            };
            let g = Rc::new(Group {
                parser: p.clone(),
                title: RefCell::new(Value::None),
                description: RefCell::new(Value::None),
                actions: RefCell::new(vec![]),
                mutex: true,
                required: Cell::new(required),
                container: group.cloned(),
            });
            p.mutex_groups.borrow_mut().push(g.clone());
            Value::Obj(Rc::new(GroupObj(g)))
        }
        "set_defaults" => {
            if !args.is_empty() {
                return type_error(format!(
                    "_ActionsContainer.set_defaults() takes 1 positional argument but {} were given",
                    args.len() + 1
                ));
            }
            for (k, v) in kwargs {
                let k = k.as_str().to_string();
                {
                    let mut d = p.defaults.borrow_mut();
                    match d.iter_mut().find(|(x, _)| *x == k) {
                        Some(e) => e.1 = v.clone(),
                        None => d.push((k.clone(), v.clone())),
                    }
                }
                for a in p.actions.borrow().iter() {
                    if a.d().dest == k {
                        a.0.borrow_mut().default = v.clone();
                    }
                }
            }
            Value::None
        }
        "get_default" => {
            let b = super::stdc_util::bind("get_default", &["dest"], 1, args, kwargs)?;
            let dest = vstr(b[0].as_ref().unwrap_or(&Value::None))?;
            for a in p.actions.borrow().iter() {
                let d = a.d();
                if d.dest == dest && !d.default.is_none() {
                    return Ok(Some(d.default.clone()));
                }
            }
            p.defaults
                .borrow()
                .iter()
                .find(|(k, _)| *k == dest)
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::None)
        }
        _ => return Ok(None),
    }))
}

fn file_arg(fname: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Option<Value>> {
    let b = super::stdc_util::bind(fname, &["file"], 0, args, kwargs)?;
    Ok(b.into_iter().next().flatten())
}

impl Object for Parser {
    fn type_name(&self) -> &'static str {
        "ArgumentParser"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let p = &self.0;
        out.push_str(&format!(
            "ArgumentParser(prog={}, usage={}, description={}, formatter_class=<class \
             'argparse.HelpFormatter'>, conflict_handler='error', add_help={})",
            vrepr(&s(&p.prog.borrow()))?,
            vrepr(&p.usage.borrow())?,
            vrepr(&p.description.borrow())?,
            if p.add_help { "True" } else { "False" }
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let p = &self.0;
        Ok(match name {
            "prog" => s(&p.prog.borrow()),
            "usage" => p.usage.borrow().clone(),
            "description" => p.description.borrow().clone(),
            "epilog" => p.epilog.borrow().clone(),
            "add_help" => Value::Bool(p.add_help),
            "allow_abbrev" => Value::Bool(p.allow_abbrev),
            "prefix_chars" => s(&p.prefix_chars),
            "argument_default" => p.argument_default.clone(),
            _ => {
                return Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'ArgumentParser' object has no attribute '{name}'"),
                ));
            }
        })
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let p = &self.0;
        match name {
            "prog" => *p.prog.borrow_mut() = vstr(&value)?,
            "usage" => *p.usage.borrow_mut() = value,
            "description" => *p.description.borrow_mut() = value,
            "epilog" => *p.epilog.borrow_mut() = value,
            _ => return Err(not_supported(&format!("setting ArgumentParser.{name}"))),
        }
        Ok(())
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let p = &self.0;
        match name {
            "parse_args" | "parse_known_args" => {
                let b = super::stdc_util::bind(name, &["args", "namespace"], 0, args, kwargs)?;
                let a = b[0].clone().unwrap_or(Value::None);
                let ns = b[1].clone().unwrap_or(Value::None);
                let (ns, extras) = parse_known_args(p, &a, ns)?;
                if name == "parse_known_args" {
                    return Ok(Value::Tuple(crate::tuple::Tup::from_vec(vec![
                        ns,
                        str_list(&extras),
                    ])));
                }
                if !extras.is_empty() {
                    return Err(error(
                        p,
                        &format!("unrecognized arguments: {}", extras.join(" ")),
                    ));
                }
                Ok(ns)
            }
            "format_help" => {
                super::stdc_util::bind(name, &[], 0, args, kwargs)?;
                Ok(s(&format_help(p)?))
            }
            "format_usage" => {
                super::stdc_util::bind(name, &[], 0, args, kwargs)?;
                Ok(s(&format_usage(p)?))
            }
            "print_help" => {
                let f = file_arg(name, args, kwargs)?;
                print_message(&format_help(p)?, f.as_ref(), false)?;
                Ok(Value::None)
            }
            "print_usage" => {
                let f = file_arg(name, args, kwargs)?;
                print_message(&format_usage(p)?, f.as_ref(), false)?;
                Ok(Value::None)
            }
            "error" => {
                let b = super::stdc_util::bind(name, &["message"], 1, args, kwargs)?;
                let m = vstr(b[0].as_ref().unwrap_or(&Value::None))?;
                Err(error(p, &m))
            }
            "exit" => {
                let b = super::stdc_util::bind(name, &["status", "message"], 0, args, kwargs)?;
                let status = b[0].clone().unwrap_or(Value::int(0));
                let msg = match &b[1] {
                    Some(m) if m.truthy() => Some(vstr(m)?),
                    _ => None,
                };
                Err(exit(status, msg.as_deref()))
            }
            "add_subparsers" => {
                if !args.is_empty() {
                    return type_error(format!(
                        "ArgumentParser.add_subparsers() takes 1 positional argument but {} were given",
                        args.len() + 1
                    ));
                }
                add_subparsers(p, kwargs)
            }
            _ => match container_method(p, None, name, args, kwargs)? {
                Some(v) => Ok(v),
                None => Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'ArgumentParser' object has no attribute '{name}'"),
                )),
            },
        }
    }
}

impl Object for GroupObj {
    fn type_name(&self) -> &'static str {
        if self.0.mutex {
            "_MutuallyExclusiveGroup"
        } else {
            "_ArgumentGroup"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let g = &self.0;
        Ok(match name {
            "title" => g.title.borrow().clone(),
            "description" => g.description.borrow().clone(),
            "required" if g.mutex => Value::Bool(g.required.get()),
            _ => {
                return Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute '{name}'", self.type_name()),
                ));
            }
        })
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let g = &self.0;
        match name {
            "title" => *g.title.borrow_mut() = value,
            "description" => *g.description.borrow_mut() = value,
            "required" if g.mutex => g.required.set(value.try_truthy()?),
            _ => {
                return Err(not_supported(&format!(
                    "setting {}.{name}",
                    self.type_name()
                )));
            }
        }
        Ok(())
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let g = &self.0;
        let p = g.parser.clone();
        match name {
            "add_argument" | "add_mutually_exclusive_group" | "set_defaults" | "get_default" => {
                match container_method(&p, Some(g), name, args, kwargs)? {
                    Some(v) => Ok(v),
                    None => Ok(Value::None),
                }
            }
            "add_argument_group" => Err(not_supported("nested argument groups")),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", self.type_name()),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_numbers() {
        assert!(is_negative_number("-1"));
        assert!(is_negative_number("-12"));
        assert!(is_negative_number("-.5"));
        assert!(is_negative_number("-1.5"));
        assert!(!is_negative_number("-x"));
        assert!(!is_negative_number("-1."));
        assert!(!is_negative_number("--1"));
        assert!(!is_negative_number("-"));
    }

    #[test]
    fn whitespace_collapse() {
        assert_eq!(collapse_ws("  a \n\t b  "), "a b");
        assert_eq!(collapse_ws(""), "");
    }
}
