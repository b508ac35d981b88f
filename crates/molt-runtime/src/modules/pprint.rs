//! `pprint`: PrettyPrinter, pprint, pformat, pp, saferepr, isreadable and isrecursive,
//! following Lib/pprint.py of CPython 3.11 step by step (the same width arithmetic, the
//! same dispatch on `type(obj).__repr__`, the same `_safe_key` ordering), so the output is
//! CPython's byte for byte.
//!
//! One thing cannot be reproduced: `_safe_key` orders two values of one type that do not
//! compare (two complex numbers as dict keys) by their memory addresses; molt raises
//! NotImplementedError there instead of picking an order.

use super::stdc_util::{class, obj, s};
use crate::class::Builtin;
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::object::Object;
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;
use std::any::Any;

/// The options of a PrettyPrinter (its `__init__`'s attributes).
#[derive(Clone)]
pub struct Printer {
    indent: i64,
    width: i64,
    /// `depth`, None for no limit (compared with `<=`/`>=` as Python values).
    depth: Value,
    stream: Value,
    compact: bool,
    sort_dicts: bool,
    underscore_numbers: bool,
}

/// `type(obj).__repr__`, as far as pprint's dispatch tells types apart.
enum Kind {
    Dict,
    List,
    Tuple,
    Set,
    FrozenSet,
    Str,
    Bytes,
    ByteArray,
    OrderedDict,
    DefaultDict,
    Counter,
    Deque,
    ChainMap,
    Namespace,
    /// A dataclass with its generated repr: the fields it shows.
    Dataclass(Vec<Str>),
    Int,
    Other,
}

fn kind(v: &Value) -> Kind {
    match v {
        Value::Dict(_) => Kind::Dict,
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Set(_) => Kind::Set,
        Value::FrozenSet(_) => Kind::FrozenSet,
        Value::Str(_) => Kind::Str,
        Value::Int(_) => Kind::Int,
        Value::Obj(o) => {
            if let Some(i) = crate::object::inst(o) {
                // The class in the MRO that defines `__repr__`: a builtin type's class
                // when the user classes leave it alone.
                let name = crate::attr::intern("__repr__");
                let owner = i
                    .class
                    .mro_iter()
                    .find(|c| crate::class::dict_get(&c.dict, &name).is_some());
                if let Some(Builtin::Data(n)) = owner.and_then(|c| c.builtin) {
                    return match n {
                        "dict" => Kind::Dict,
                        "list" => Kind::List,
                        "tuple" => Kind::Tuple,
                        "set" => Kind::Set,
                        "str" => Kind::Str,
                        "int" => Kind::Int,
                        "Counter" => Kind::Counter,
                        "defaultdict" => Kind::DefaultDict,
                        "OrderedDict" => Kind::OrderedDict,
                        "deque" => Kind::Deque,
                        _ => Kind::Other,
                    };
                }
                return match crate::class::dataclass::pprint_fields(v) {
                    Some(f) => Kind::Dataclass(f),
                    None => Kind::Other,
                };
            }
            match o.type_name() {
                "bytes" => Kind::Bytes,
                "bytearray" => Kind::ByteArray,
                "Counter" => Kind::Counter,
                "collections.defaultdict" | "defaultdict" => Kind::DefaultDict,
                "collections.OrderedDict" => Kind::OrderedDict,
                "collections.deque" | "deque" => Kind::Deque,
                "collections.ChainMap" => Kind::ChainMap,
                "types.SimpleNamespace" => Kind::Namespace,
                _ => Kind::Other,
            }
        }
        _ => Kind::Other,
    }
}

/// `_builtin_scalars`: str, bytes, bytearray, float, complex, bool, NoneType (exactly).
fn builtin_scalar(v: &Value) -> bool {
    match v {
        Value::Str(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
        Value::Obj(o) => {
            crate::object::inst(o).is_none()
                && matches!(o.type_name(), "bytes" | "bytearray" | "complex")
        }
        _ => false,
    }
}

fn oid(v: &Value) -> i128 {
    let i = crate::builtins::id(v);
    i.as_i64().map_or(-1, i128::from)
}

fn repr(v: &Value) -> PyResult<String> {
    Ok(crate::builtins::repr(v)?.as_str().to_string())
}

fn clen(s: &str) -> i64 {
    s.chars().count() as i64
}

fn spaces(n: i64) -> String {
    " ".repeat(n.max(0) as usize)
}

fn int(i: i64) -> Value {
    Value::Int(crate::Int::from(i))
}

/// `type(obj).__name__`.
fn type_name(v: &Value) -> PyResult<String> {
    let t = crate::class::type_of(v)?;
    Ok(
        crate::builtins::str_of(&crate::attr::getattr(&t, "__name__")?)?
            .as_str()
            .to_string(),
    )
}

/// `_recursion(object)`.
fn recursion(v: &Value) -> PyResult<String> {
    Ok(format!(
        "<Recursion on {} with id={}>",
        type_name(v)?,
        oid(v)
    ))
}

/// `_safe_key.__lt__`: `<`, and for values that do not compare, the names of their types
/// (then their ids, which molt cannot reproduce).
fn safe_lt(a: &Value, b: &Value) -> PyResult<bool> {
    match a.compare(b, CmpOp::Lt) {
        Err(e) if e.matches(ExcKind::TypeError) => {
            let ta = crate::builtins::str_of(&crate::class::type_of(a)?)?;
            let tb = crate::builtins::str_of(&crate::class::type_of(b)?)?;
            if ta.as_str() != tb.as_str() {
                return Ok(ta.as_str() < tb.as_str());
            }
            if oid(a) == oid(b) {
                return Ok(false);
            }
            Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!(
                    "molt: pprint cannot order two {} values that do not compare (CPython orders them by memory address)",
                    type_name(a)?
                ),
            ))
        }
        r => r,
    }
}

/// `sorted(items, key=_safe_key)`.
fn sorted_safe(mut items: Vec<Value>) -> PyResult<Vec<Value>> {
    crate::sort::sort_stable(&mut items, false, safe_lt)?;
    Ok(items)
}

/// `sorted(d.items(), key=_safe_tuple)`: tuples of `_safe_key`s, which never compare
/// equal, so only the keys are compared.
fn sorted_items(mut items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    crate::sort::sort_stable(&mut items, false, |a, b| safe_lt(&a.0, &b.0))?;
    Ok(items)
}

fn iter_vec(v: &Value) -> PyResult<Vec<Value>> {
    let mut it = v.iter()?;
    let mut out = Vec::new();
    while let Some(x) = it.next()? {
        out.push(x);
    }
    Ok(out)
}

/// A 2-item iterable as a pair (an item of `d.items()`, `Counter.most_common()`).
fn pair(v: Value) -> PyResult<(Value, Value)> {
    if let Value::Tuple(t) = &v
        && t.len() == 2
    {
        let s = t.as_slice();
        return Ok((s[0].clone(), s[1].clone()));
    }
    let xs = iter_vec(&v)?;
    match <[Value; 2]>::try_from(xs) {
        Ok([a, b]) => Ok((a, b)),
        Err(xs) if xs.len() > 2 => value_error("too many values to unpack (expected 2)"),
        Err(xs) => value_error(format!(
            "not enough values to unpack (expected 2, got {})",
            xs.len()
        )),
    }
}

/// `object.items()`.
fn dict_items(v: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Dict(d) = v {
        return Ok(d.items_vec());
    }
    let items = crate::attr::call_method(v, "items", vec![], vec![])?;
    iter_vec(&items)?.into_iter().map(pair).collect()
}

/// Where a PrettyPrinter writes: a string (pformat) or a stream's `write`.
enum Out {
    Buf(String),
    Stream(Value),
}

impl Out {
    fn write(&mut self, t: &str) -> PyResult<()> {
        match self {
            Out::Buf(b) => {
                b.push_str(t);
                Ok(())
            }
            Out::Stream(st) => {
                crate::attr::call_method(st, "write", vec![s(t)], vec![])?;
                Ok(())
            }
        }
    }
}

type Ctx = Vec<i128>;

impl Printer {
    /// `PrettyPrinter.__init__(indent=1, width=80, depth=None, stream=None, *,
    /// compact=False, sort_dicts=True, underscore_numbers=False)`.
    fn new(
        indent: Value,
        width: Value,
        depth: Value,
        stream: Value,
        compact: Value,
        sort_dicts: Value,
        underscore_numbers: Value,
    ) -> PyResult<Printer> {
        let indent = to_i64(&indent)?;
        let width = to_i64(&width)?;
        if indent < 0 {
            return value_error("indent must be >= 0");
        }
        if !depth.is_none() && depth.compare(&int(0), CmpOp::Le)? {
            return value_error("depth must be > 0");
        }
        if width == 0 {
            return value_error("width must be != 0");
        }
        let stream = match stream {
            Value::None => crate::io::Stream::Stdout.to_value(),
            v => v,
        };
        Ok(Printer {
            indent,
            width,
            depth,
            stream,
            compact: compact.try_truthy()?,
            sort_dicts: sort_dicts.try_truthy()?,
            underscore_numbers: underscore_numbers.try_truthy()?,
        })
    }

    fn default() -> Printer {
        Printer {
            indent: 1,
            width: 80,
            depth: Value::None,
            stream: Value::None,
            compact: false,
            sort_dicts: true,
            underscore_numbers: false,
        }
    }

    fn pprint(&self, v: &Value) -> PyResult<()> {
        if self.stream.is_none() {
            return Ok(());
        }
        let mut out = Out::Stream(self.stream.clone());
        self.format(v, &mut out, 0, 0, &mut Vec::new(), 0)?;
        out.write("\n")
    }

    fn pformat(&self, v: &Value) -> PyResult<String> {
        let mut out = Out::Buf(String::new());
        self.format(v, &mut out, 0, 0, &mut Vec::new(), 0)?;
        match out {
            Out::Buf(b) => Ok(b),
            Out::Stream(_) => Ok(String::new()),
        }
    }

    /// `_format`.
    fn format(
        &self,
        v: &Value,
        out: &mut Out,
        indent: i64,
        allowance: i64,
        ctx: &mut Ctx,
        level: i64,
    ) -> PyResult<()> {
        let id = oid(v);
        if ctx.contains(&id) {
            return out.write(&recursion(v)?);
        }
        let rep = self.repr_(v, ctx, level)?;
        let max_width = self.width - indent - allowance;
        if clen(&rep) > max_width {
            let k = kind(v);
            if !matches!(k, Kind::Int | Kind::Other) {
                ctx.push(id);
                self.dispatch(k, v, out, indent, allowance, ctx, level + 1)?;
                ctx.pop();
                return Ok(());
            }
        }
        out.write(&rep)
    }

    #[allow(clippy::too_many_arguments)]
    fn dispatch(
        &self,
        k: Kind,
        v: &Value,
        out: &mut Out,
        indent: i64,
        allowance: i64,
        ctx: &mut Ctx,
        level: i64,
    ) -> PyResult<()> {
        match k {
            Kind::Dict => self.pprint_dict(v, out, indent, allowance, ctx, level),
            Kind::List => {
                out.write("[")?;
                self.format_items(&iter_vec(v)?, out, indent, allowance + 1, ctx, level)?;
                out.write("]")
            }
            Kind::Tuple => {
                let items = iter_vec(v)?;
                out.write("(")?;
                let endchar = if v.len()? == 1 { ",)" } else { ")" };
                self.format_items(&items, out, indent, allowance + clen(endchar), ctx, level)?;
                out.write(endchar)
            }
            Kind::Set | Kind::FrozenSet => self.pprint_set(v, out, indent, allowance, ctx, level),
            Kind::Str => self.pprint_str(v, out, indent, allowance, level),
            Kind::Bytes => {
                let b = bytes_of(v);
                self.pprint_bytes(&b, out, indent, allowance, level)
            }
            Kind::ByteArray => {
                out.write("bytearray(")?;
                let b = bytes_of(v);
                self.pprint_bytes(&b, out, indent + 10, allowance + 1, level + 1)?;
                out.write(")")
            }
            Kind::OrderedDict => {
                if v.len()? == 0 {
                    return out.write(&repr(v)?);
                }
                let name = type_name(v)?;
                out.write(&format!("{name}("))?;
                let items: Vec<Value> = dict_items(v)?
                    .into_iter()
                    .map(|(a, b)| Value::Tuple(Tup::from_vec(vec![a, b])))
                    .collect();
                let l = Value::List(List::from_vec(items));
                self.format(&l, out, indent + clen(&name) + 1, allowance + 1, ctx, level)?;
                out.write(")")
            }
            Kind::DefaultDict => {
                if v.len()? == 0 {
                    return out.write(&repr(v)?);
                }
                let f = crate::attr::getattr(v, "default_factory")?;
                let rdf = self.repr_(&f, ctx, level)?;
                let name = type_name(v)?;
                let indent = indent + clen(&name) + 1;
                out.write(&format!("{name}({rdf},\n{}", spaces(indent)))?;
                self.pprint_dict(v, out, indent, allowance + 1, ctx, level)?;
                out.write(")")
            }
            Kind::Counter => {
                if v.len()? == 0 {
                    return out.write(&repr(v)?);
                }
                let name = type_name(v)?;
                out.write(&format!("{name}({{"))?;
                if self.indent > 1 {
                    out.write(&spaces(self.indent - 1))?;
                }
                let mc = crate::attr::call_method(v, "most_common", vec![], vec![])?;
                let items = iter_vec(&mc)?
                    .into_iter()
                    .map(pair)
                    .collect::<PyResult<Vec<_>>>()?;
                self.format_dict_items(
                    &items,
                    out,
                    indent + clen(&name) + 1,
                    allowance + 2,
                    ctx,
                    level,
                )?;
                out.write("})")
            }
            Kind::Deque => {
                if v.len()? == 0 {
                    return out.write(&repr(v)?);
                }
                let name = type_name(v)?;
                out.write(&format!("{name}("))?;
                let indent = indent + clen(&name) + 1;
                out.write("[")?;
                let items = iter_vec(v)?;
                let maxlen = crate::attr::getattr(v, "maxlen")?;
                if maxlen.is_none() {
                    self.format_items(&items, out, indent, allowance + 2, ctx, level)?;
                    out.write("])")
                } else {
                    self.format_items(&items, out, indent, 2, ctx, level)?;
                    let rml = self.repr_(&maxlen, ctx, level)?;
                    out.write(&format!("],\n{}maxlen={rml})", spaces(indent)))
                }
            }
            Kind::ChainMap => {
                let maps = iter_vec(&crate::attr::getattr(v, "maps")?)?;
                if maps.is_empty() {
                    return out.write(&repr(v)?);
                }
                let name = type_name(v)?;
                out.write(&format!("{name}("))?;
                let indent = indent + clen(&name) + 1;
                for (i, m) in maps.iter().enumerate() {
                    if i == maps.len() - 1 {
                        self.format(m, out, indent, allowance + 1, ctx, level)?;
                        out.write(")")?;
                    } else {
                        self.format(m, out, indent, 1, ctx, level)?;
                        out.write(&format!(",\n{}", spaces(indent)))?;
                    }
                }
                Ok(())
            }
            Kind::Namespace => {
                // The SimpleNamespace repr says "namespace" (subclasses are refused).
                let name = "namespace";
                let indent = indent + clen(name) + 1;
                let d = crate::attr::getattr(v, "__dict__")?;
                let items = dict_items(&d)?;
                out.write(&format!("{name}("))?;
                self.format_namespace_items(&items, out, indent, allowance, ctx, level)?;
                out.write(")")
            }
            Kind::Dataclass(fields) => {
                let name = type_name(v)?;
                let indent = indent + clen(&name) + 1;
                let mut items = Vec::with_capacity(fields.len());
                for f in fields {
                    let x = crate::attr::getattr(v, f.as_str())?;
                    items.push((Value::Str(f), x));
                }
                out.write(&format!("{name}("))?;
                self.format_namespace_items(&items, out, indent, allowance, ctx, level)?;
                out.write(")")
            }
            Kind::Int | Kind::Other => out.write(&repr(v)?),
        }
    }

    fn pprint_dict(
        &self,
        v: &Value,
        out: &mut Out,
        indent: i64,
        allowance: i64,
        ctx: &mut Ctx,
        level: i64,
    ) -> PyResult<()> {
        out.write("{")?;
        if self.indent > 1 {
            out.write(&spaces(self.indent - 1))?;
        }
        if v.len()? != 0 {
            let items = dict_items(v)?;
            let items = if self.sort_dicts {
                sorted_items(items)?
            } else {
                items
            };
            self.format_dict_items(&items, out, indent, allowance + 1, ctx, level)?;
        }
        out.write("}")
    }

    fn pprint_set(
        &self,
        v: &Value,
        out: &mut Out,
        mut indent: i64,
        allowance: i64,
        ctx: &mut Ctx,
        level: i64,
    ) -> PyResult<()> {
        if v.len()? == 0 {
            return out.write(&repr(v)?);
        }
        let endchar = if matches!(v, Value::Set(_)) {
            out.write("{")?;
            "}"
        } else {
            let name = type_name(v)?;
            out.write(&format!("{name}({{"))?;
            indent += clen(&name) + 1;
            "})"
        };
        let items = sorted_safe(iter_vec(v)?)?;
        self.format_items(&items, out, indent, allowance + clen(endchar), ctx, level)?;
        out.write(endchar)
    }

    /// `_pprint_str`: long strings are split at line ends, then between words, into
    /// implicitly concatenated literals.
    fn pprint_str(
        &self,
        v: &Value,
        out: &mut Out,
        mut indent: i64,
        mut allowance: i64,
        level: i64,
    ) -> PyResult<()> {
        let text = crate::class::builtin_base::unwrap(v);
        let Value::Str(text) = text else {
            return out.write(&repr(v)?);
        };
        if text.char_len() == 0 {
            return out.write(&repr(v)?);
        }
        let mut chunks: Vec<String> = Vec::new();
        let lines = text.splitlines(true);
        if level == 1 {
            indent += 1;
            allowance += 1;
        }
        let max_width = self.width - indent;
        let mut max_width1 = max_width;
        let mut rep = String::new();
        for (i, line) in lines.iter().enumerate() {
            rep = repr(&Value::Str(line.clone()))?;
            let last_line = i == lines.len() - 1;
            if last_line {
                max_width1 -= allowance;
            }
            if clen(&rep) <= max_width1 {
                chunks.push(rep.clone());
            } else {
                // re.findall(r'\S*\s*', line) without its final empty match.
                let parts = words(line.as_str());
                let mut max_width2 = max_width;
                let mut current = String::new();
                for (j, part) in parts.iter().enumerate() {
                    let candidate = format!("{current}{part}");
                    if j == parts.len() - 1 && last_line {
                        max_width2 -= allowance;
                    }
                    if clen(&str_repr(&candidate)) > max_width2 {
                        if !current.is_empty() {
                            chunks.push(str_repr(&current));
                        }
                        current = part.to_string();
                    } else {
                        current = candidate;
                    }
                }
                if !current.is_empty() {
                    chunks.push(str_repr(&current));
                }
            }
        }
        if chunks.len() == 1 {
            return out.write(&rep);
        }
        if level == 1 {
            out.write("(")?;
        }
        for (i, c) in chunks.iter().enumerate() {
            if i > 0 {
                out.write(&format!("\n{}", spaces(indent)))?;
            }
            out.write(c)?;
        }
        if level == 1 {
            out.write(")")?;
        }
        Ok(())
    }

    fn pprint_bytes(
        &self,
        b: &[u8],
        out: &mut Out,
        mut indent: i64,
        mut allowance: i64,
        level: i64,
    ) -> PyResult<()> {
        if b.len() <= 4 {
            return out.write(&bytes_repr(b));
        }
        let parens = level == 1;
        if parens {
            indent += 1;
            allowance += 1;
            out.write("(")?;
        }
        let mut delim = String::new();
        for rep in wrap_bytes_repr(b, self.width - indent, allowance) {
            out.write(&delim)?;
            out.write(&rep)?;
            if delim.is_empty() {
                delim = format!("\n{}", spaces(indent));
            }
        }
        if parens {
            out.write(")")?;
        }
        Ok(())
    }

    fn format_dict_items(
        &self,
        items: &[(Value, Value)],
        out: &mut Out,
        indent: i64,
        allowance: i64,
        ctx: &mut Ctx,
        level: i64,
    ) -> PyResult<()> {
        let indent = indent + self.indent;
        let delimnl = format!(",\n{}", spaces(indent));
        for (i, (k, v)) in items.iter().enumerate() {
            let last = i + 1 == items.len();
            let rep = self.repr_(k, ctx, level)?;
            out.write(&rep)?;
            out.write(": ")?;
            self.format(
                v,
                out,
                indent + clen(&rep) + 2,
                if last { allowance } else { 1 },
                ctx,
                level,
            )?;
            if !last {
                out.write(&delimnl)?;
            }
        }
        Ok(())
    }

    fn format_namespace_items(
        &self,
        items: &[(Value, Value)],
        out: &mut Out,
        indent: i64,
        allowance: i64,
        ctx: &mut Ctx,
        level: i64,
    ) -> PyResult<()> {
        let delimnl = format!(",\n{}", spaces(indent));
        for (i, (k, v)) in items.iter().enumerate() {
            let last = i + 1 == items.len();
            let key = crate::builtins::str_of(k)?;
            out.write(key.as_str())?;
            out.write("=")?;
            if ctx.contains(&oid(v)) {
                // The recursive dataclass repr's marker.
                out.write("...")?;
            } else {
                self.format(
                    v,
                    out,
                    indent + clen(key.as_str()) + 1,
                    if last { allowance } else { 1 },
                    ctx,
                    level,
                )?;
            }
            if !last {
                out.write(&delimnl)?;
            }
        }
        Ok(())
    }

    fn format_items(
        &self,
        items: &[Value],
        out: &mut Out,
        indent: i64,
        allowance: i64,
        ctx: &mut Ctx,
        level: i64,
    ) -> PyResult<()> {
        let indent = indent + self.indent;
        if self.indent > 1 {
            out.write(&spaces(self.indent - 1))?;
        }
        let delimnl = format!(",\n{}", spaces(indent));
        let mut delim = String::new();
        let mut max_width = self.width - indent + 1;
        let mut width = max_width;
        for (i, ent) in items.iter().enumerate() {
            let last = i + 1 == items.len();
            if last {
                max_width -= allowance;
                width -= allowance;
            }
            if self.compact {
                let rep = self.repr_(ent, ctx, level)?;
                let w = clen(&rep) + 2;
                if width < w {
                    width = max_width;
                    if !delim.is_empty() {
                        delim = delimnl.clone();
                    }
                }
                if width >= w {
                    width -= w;
                    out.write(&delim)?;
                    delim = ", ".to_string();
                    out.write(&rep)?;
                    continue;
                }
            }
            out.write(&delim)?;
            delim = delimnl.clone();
            self.format(
                ent,
                out,
                indent,
                if last { allowance } else { 1 },
                ctx,
                level,
            )?;
        }
        Ok(())
    }

    /// `_repr`: `format(object, context.copy(), self._depth, level)[0]`.
    fn repr_(&self, v: &Value, ctx: &Ctx, level: i64) -> PyResult<String> {
        let mut c = ctx.clone();
        Ok(self.safe_repr(v, &mut c, &self.depth, level)?.0)
    }

    /// `maxlevels and level >= maxlevels`.
    fn too_deep(maxlevels: &Value, level: i64) -> PyResult<bool> {
        Ok(maxlevels.try_truthy()? && int(level).compare(maxlevels, CmpOp::Ge)?)
    }

    /// `_safe_repr`: (repr, readable, recursive).
    fn safe_repr(
        &self,
        v: &Value,
        ctx: &mut Ctx,
        maxlevels: &Value,
        level: i64,
    ) -> PyResult<(String, bool, bool)> {
        if builtin_scalar(v) {
            return Ok((repr(v)?, true, false));
        }
        let k = kind(v);
        match k {
            Kind::Int => {
                if self.underscore_numbers {
                    let i = crate::class::builtin_base::unwrap(v);
                    return Ok((crate::format::format_value(&i, "_d")?, true, false));
                }
                Ok((repr(v)?, true, false))
            }
            Kind::Dict => {
                if !v.try_truthy()? {
                    return Ok(("{}".into(), true, false));
                }
                let id = oid(v);
                if Self::too_deep(maxlevels, level)? {
                    return Ok(("{...}".into(), false, ctx.contains(&id)));
                }
                if ctx.contains(&id) {
                    return Ok((recursion(v)?, false, true));
                }
                ctx.push(id);
                let (mut readable, mut recursive) = (true, false);
                let items = dict_items(v)?;
                let items = if self.sort_dicts {
                    sorted_items(items)?
                } else {
                    items
                };
                let mut parts = Vec::with_capacity(items.len());
                for (a, b) in &items {
                    let (kr, kread, krec) = self.safe_repr(a, ctx, maxlevels, level + 1)?;
                    let (vr, vread, vrec) = self.safe_repr(b, ctx, maxlevels, level + 1)?;
                    parts.push(format!("{kr}: {vr}"));
                    readable = readable && kread && vread;
                    recursive |= krec || vrec;
                }
                remove_last(ctx, id);
                Ok((format!("{{{}}}", parts.join(", ")), readable, recursive))
            }
            Kind::List | Kind::Tuple => {
                let is_list = matches!(k, Kind::List);
                let (open, close) = if is_list {
                    if !v.try_truthy()? {
                        return Ok(("[]".into(), true, false));
                    }
                    ("[", "]")
                } else if v.len()? == 1 {
                    ("(", ",)")
                } else {
                    if !v.try_truthy()? {
                        return Ok(("()".into(), true, false));
                    }
                    ("(", ")")
                };
                let id = oid(v);
                if Self::too_deep(maxlevels, level)? {
                    return Ok((format!("{open}...{close}"), false, ctx.contains(&id)));
                }
                if ctx.contains(&id) {
                    return Ok((recursion(v)?, false, true));
                }
                ctx.push(id);
                let (mut readable, mut recursive) = (true, false);
                let mut parts = Vec::new();
                for x in iter_vec(v)? {
                    let (r, rd, rc) = self.safe_repr(&x, ctx, maxlevels, level + 1)?;
                    parts.push(r);
                    readable &= rd;
                    recursive |= rc;
                }
                remove_last(ctx, id);
                Ok((
                    format!("{open}{}{close}", parts.join(", ")),
                    readable,
                    recursive,
                ))
            }
            _ => {
                let rep = repr(v)?;
                let readable = !rep.is_empty() && !rep.starts_with('<');
                Ok((rep, readable, false))
            }
        }
    }
}

/// `del context[objid]`.
fn remove_last(ctx: &mut Ctx, id: i128) {
    if let Some(i) = ctx.iter().rposition(|x| *x == id) {
        ctx.remove(i);
    }
}

fn str_repr(t: &str) -> String {
    let mut out = String::new();
    crate::str::repr_str_into(t, &mut out);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::new();
    crate::modules::bytes::repr_bytes(b, &mut out);
    out
}

fn bytes_of(v: &Value) -> Vec<u8> {
    crate::modules::bytes::buffer(v).unwrap_or_default()
}

/// `re.findall(r'\S*\s*', line)` minus the final empty match: runs of non-space then
/// space characters (`str.isspace`, which `\s` follows for str patterns).
fn words(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = line.char_indices().peekable();
    while start < line.len() {
        let mut end = start;
        while let Some(&(i, c)) = it.peek() {
            if crate::unicode::is_space(c) {
                break;
            }
            end = i + c.len_utf8();
            it.next();
        }
        while let Some(&(i, c)) = it.peek() {
            if !crate::unicode::is_space(c) {
                break;
            }
            end = i + c.len_utf8();
            it.next();
        }
        parts.push(&line[start..end]);
        start = end;
    }
    parts
}

/// `_wrap_bytes_repr`.
fn wrap_bytes_repr(b: &[u8], mut width: i64, allowance: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<u8> = Vec::new();
    let last = b.len() / 4 * 4;
    for (i, part) in b.chunks(4).enumerate() {
        let mut candidate = current.clone();
        candidate.extend_from_slice(part);
        if i * 4 == last {
            width -= allowance;
        }
        if clen(&bytes_repr(&candidate)) > width {
            if !current.is_empty() {
                out.push(bytes_repr(&current));
            }
            current = part.to_vec();
        } else {
            current = candidate;
        }
    }
    if !current.is_empty() {
        out.push(bytes_repr(&current));
    }
    out
}

/// `int(x)` of an argument.
fn to_i64(v: &Value) -> PyResult<i64> {
    let i = crate::builtins::int_of(v)?;
    match i.as_i64() {
        Some(x) => Ok(x),
        None => Err(PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// The positional and keyword-only parameters of pprint's functions, bound.
fn bind_kw(
    fname: &str,
    pos: &[&str],
    kwonly: &[&str],
    required: usize,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > pos.len() {
        let takes = if required == pos.len() {
            format!("{}", pos.len())
        } else {
            format!("from {} to {}", required, pos.len())
        };
        let was = if args.len() == 1 { "was" } else { "were" };
        return type_error(format!(
            "{fname}() takes {takes} positional argument{} but {} {was} given",
            if pos.len() == 1 && required == 1 {
                ""
            } else {
                "s"
            },
            args.len()
        ));
    }
    let all: Vec<&str> = pos.iter().chain(kwonly).copied().collect();
    super::stdc_util::bind(fname, &all, required, args, kwargs)
}

fn arg(a: &[Option<Value>], i: usize, default: Value) -> Value {
    a.get(i).cloned().flatten().unwrap_or(default)
}

/// A printer from bound arguments: indent, width and depth at `indent..indent + 3`, the
/// stream (if the function takes one) at `stream`, and the keyword-only `compact`,
/// `sort_dicts` and `underscore_numbers` from `kw`, with CPython's defaults.
fn printer_from(
    a: &[Option<Value>],
    indent: usize,
    stream: Option<usize>,
    kw: usize,
) -> PyResult<Printer> {
    Printer::new(
        arg(a, indent, int(1)),
        arg(a, indent + 1, int(80)),
        arg(a, indent + 2, Value::None),
        stream.map_or(Value::None, |i| arg(a, i, Value::None)),
        arg(a, kw, Value::Bool(false)),
        arg(a, kw + 1, Value::Bool(true)),
        arg(a, kw + 2, Value::Bool(false)),
    )
}

/// `pprint.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    const KW: &[&str] = &["compact", "sort_dicts", "underscore_numbers"];
    match name {
        "pprint" => {
            let a = bind_kw(
                "pprint",
                &["object", "stream", "indent", "width", "depth"],
                KW,
                1,
                args,
                kwargs,
            )?;
            let p = printer_from(&a, 2, Some(1), 5)?;
            p.pprint(&arg(&a, 0, Value::None))?;
            Ok(Value::None)
        }
        "pp" => {
            // pp(object, *args, sort_dicts=False, **kwargs): pprint with sort_dicts False
            // unless given.
            let mut kwargs = kwargs;
            if !kwargs.iter().any(|(k, _)| k.as_str() == "sort_dicts") {
                kwargs.push((Str::from("sort_dicts"), Value::Bool(false)));
            }
            if args.is_empty() {
                return type_error("pp() missing 1 required positional argument: 'object'");
            }
            call("pprint", args, kwargs)
        }
        "pformat" => {
            let a = bind_kw(
                "pformat",
                &["object", "indent", "width", "depth"],
                KW,
                1,
                args,
                kwargs,
            )?;
            let p = printer_from(&a, 1, None, 4)?;
            Ok(s(&p.pformat(&arg(&a, 0, Value::None))?))
        }
        "saferepr" | "isreadable" | "isrecursive" => {
            let a = super::stdc_util::bind(name, &["object"], 1, args, kwargs)?;
            let (r, readable, recursive) = Printer::default().safe_repr(
                &arg(&a, 0, Value::None),
                &mut Vec::new(),
                &Value::None,
                0,
            )?;
            Ok(match name {
                "saferepr" => s(&r),
                "isreadable" => Value::Bool(readable),
                _ => Value::Bool(recursive),
            })
        }
        "PrettyPrinter" => {
            let a = bind_kw(
                "PrettyPrinter.__init__",
                &["indent", "width", "depth", "stream"],
                KW,
                0,
                args,
                kwargs,
            )?;
            Ok(obj(PrettyPrinter(printer_from(&a, 0, Some(3), 4)?)))
        }
        _ => Err(super::stdc_util::unknown("pprint", name)),
    }
}

/// `pprint.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "PrettyPrinter" => Ok(class("pprint", "PrettyPrinter", "pprint")),
        _ => Err(super::stdc_util::unknown("pprint", name)),
    }
}

/// A `pprint.PrettyPrinter`.
pub struct PrettyPrinter(Printer);

impl Object for PrettyPrinter {
    fn type_name(&self) -> &'static str {
        "PrettyPrinter"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("<pprint.PrettyPrinter object>");
        Ok(())
    }
    fn call_method(
        &self,
        _this: &crate::object::ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let fname = format!("PrettyPrinter.{name}");
        match name {
            "pprint" | "pformat" | "isrecursive" | "isreadable" => {
                let a = super::stdc_util::bind(&fname, &["object"], 1, args, kwargs)?;
                let x = arg(&a, 0, Value::None);
                match name {
                    "pprint" => {
                        self.0.pprint(&x)?;
                        Ok(Value::None)
                    }
                    "pformat" => Ok(s(&self.0.pformat(&x)?)),
                    _ => {
                        let (_, readable, recursive) =
                            self.0.safe_repr(&x, &mut Vec::new(), &Value::None, 0)?;
                        // Only the depth of `format`'s caller differs: isreadable and
                        // isrecursive pass maxlevels 0, no limit.
                        Ok(Value::Bool(if name == "isrecursive" {
                            recursive
                        } else {
                            readable && !recursive
                        }))
                    }
                }
            }
            "format" => {
                let a = super::stdc_util::bind(
                    &fname,
                    &["object", "context", "maxlevels", "level"],
                    4,
                    args,
                    kwargs,
                )?;
                let ctx_v = arg(&a, 1, Value::None);
                let mut ctx: Ctx = match &ctx_v {
                    Value::Dict(d) => d
                        .keys_vec()
                        .iter()
                        .filter_map(|k| k.as_int().and_then(|i| i.as_i64()).map(i128::from))
                        .collect(),
                    _ => {
                        return type_error(format!(
                            "argument of type '{}' is not iterable",
                            ctx_v.class_name()
                        ));
                    }
                };
                let level = to_i64(&arg(&a, 3, int(0)))?;
                let (r, rd, rc) = self.0.safe_repr(
                    &arg(&a, 0, Value::None),
                    &mut ctx,
                    &arg(&a, 2, Value::None),
                    level,
                )?;
                Ok(Value::Tuple(Tup::from_vec(vec![
                    s(&r),
                    Value::Bool(rd),
                    Value::Bool(rc),
                ])))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'PrettyPrinter' object has no attribute '{name}'"),
            )),
        }
    }
    fn getattr(&self, this: &crate::object::ObjRef, name: &str) -> PyResult<Value> {
        if matches!(
            name,
            "pprint" | "pformat" | "isrecursive" | "isreadable" | "format"
        ) {
            return Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name));
        }
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'PrettyPrinter' object has no attribute '{name}'"),
        ))
    }
}
