//! Python's builtin functions: generic versions for typed code, and `call_builtin` for
//! dynamic arguments. Error messages are CPython 3.11's.

use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::iter::{IntoPyIter, Iter, PyIter, Reversible};
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::range::Range;
use crate::set::{FrozenSet, Set};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;

/// `len(x)` for the types that have one.
pub trait PyLen {
    fn py_len(&self) -> PyResult<usize>;
}

impl<T: PyObj> PyLen for List<T> {
    fn py_len(&self) -> PyResult<usize> {
        Ok(self.len())
    }
}
impl PyLen for Str {
    fn py_len(&self) -> PyResult<usize> {
        Ok(self.char_len())
    }
}
impl<K: PyObj, V: PyObj> PyLen for Dict<K, V> {
    fn py_len(&self) -> PyResult<usize> {
        Ok(self.len())
    }
}
impl<T: PyObj> PyLen for Set<T> {
    fn py_len(&self) -> PyResult<usize> {
        Ok(self.len())
    }
}
impl<T: PyObj> PyLen for FrozenSet<T> {
    fn py_len(&self) -> PyResult<usize> {
        Ok(self.len())
    }
}
impl<T: PyObj> PyLen for Tup<T> {
    fn py_len(&self) -> PyResult<usize> {
        Ok(self.len())
    }
}
impl PyLen for Range {
    fn py_len(&self) -> PyResult<usize> {
        self.len_checked()
    }
}
impl PyLen for Value {
    fn py_len(&self) -> PyResult<usize> {
        self.len()
    }
}
impl<T: PyObj> PyLen for Option<T> {
    fn py_len(&self) -> PyResult<usize> {
        type_error("object of type 'NoneType' has no len()")
    }
}

/// `repr(x)`.
pub fn repr<T: PyObj>(x: &T) -> PyResult<Str> {
    Ok(Str::from_string(x.repr_string()?))
}

/// `str(x)`.
pub fn str_of<T: PyObj>(x: &T) -> PyResult<Str> {
    Ok(Str::from_string(x.str_string()?))
}

/// `ascii(x)`: repr with non-ASCII characters escaped.
pub fn ascii(x: &Value) -> PyResult<Str> {
    let r = x.repr_string()?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(Str::from_string(out))
}

pub fn ord(s: &Str) -> PyResult<Int> {
    crate::str_methods::ord(s)
}

pub fn chr(i: &Int) -> PyResult<Str> {
    crate::str_methods::chr(i)
}

pub fn hex(i: &Int) -> PyResult<Str> {
    Ok(Str::from_string(i.format_radix(16, true)))
}
pub fn oct(i: &Int) -> PyResult<Str> {
    Ok(Str::from_string(i.format_radix(8, true)))
}
pub fn bin(i: &Int) -> PyResult<Str> {
    Ok(Str::from_string(i.format_radix(2, true)))
}

/// `int(x)` for a dynamic value.
pub fn int_of(x: &Value) -> PyResult<Int> {
    if let Value::Obj(o) = x
        && let Some(Value::Int(i)) = o.convert(o, "int")?
    {
        return Ok(i);
    }
    match x {
        Value::Int(i) => Ok(i.clone()),
        Value::Bool(b) => Ok(Int::from(*b)),
        Value::Float(f) => Int::from_f64(*f),
        Value::Str(s) => Int::parse(s.as_str(), 10),
        Value::Obj(o) if let Some(Value::Int(i)) = o.convert(o, "int")? => Ok(i),
        _ if let Some(b) = crate::modules::bytes::buffer(x) => {
            crate::int_ops::parse_int_bytes(&b, 10)
        }
        _ => type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            x.class_name()
        )),
    }
}

/// `int(s, base)`.
pub fn int_with_base(x: &Value, base: &Int) -> PyResult<Int> {
    let b = base.as_i64().unwrap_or(-1);
    match x {
        Value::Str(s) => {
            if !(b == 0 || (2..=36).contains(&b)) {
                return value_error("int() base must be >= 2 and <= 36, or 0");
            }
            Int::parse(s.as_str(), b as u32)
        }
        _ if let Some(bytes) = crate::modules::bytes::buffer(x) => {
            if !(b == 0 || (2..=36).contains(&b)) {
                return value_error("int() base must be >= 2 and <= 36, or 0");
            }
            crate::int_ops::parse_int_bytes(&bytes, b as u32)
        }
        _ => type_error("int() can't convert non-string with explicit base"),
    }
}

/// `float(x)` for a dynamic value.
pub fn float_of(x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => i.to_f64(),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Str(s) => crate::float::parse(s.as_str()),
        Value::Obj(o) if let Some(Value::Float(f)) = o.convert(o, "float")? => Ok(f),
        _ if let Some(b) = crate::modules::bytes::buffer(x) => crate::float::parse_bytes(&b),
        _ => type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            x.class_name()
        )),
    }
}

/// The start of a float sum (CPython keeps an int start exact until the first float).
pub enum SumStart {
    Int(Int),
    Float(f64),
}

/// An item of a numeric sum.
pub enum Num {
    I(Int),
    F(f64),
}

impl Num {
    pub fn from_value(v: &Value) -> PyResult<Num> {
        match v {
            Value::Int(i) => Ok(Num::I(i.clone())),
            Value::Bool(b) => Ok(Num::I(Int::from(*b))),
            Value::Float(f) => Ok(Num::F(*f)),
            _ => type_error(format!(
                "unsupported operand type(s) for +: 'float' and '{}'",
                v.class_name()
            )),
        }
    }
}

/// `sum(ints, start)`.
pub fn sum_int<I: IntoPyIter>(
    x: &I,
    start: Int,
    conv: impl Fn(I::Item) -> PyResult<Int>,
) -> PyResult<Int> {
    let mut it = x.py_iter()?;
    let mut acc = start;
    while let Some(v) = it.next_item()? {
        acc = acc.add(&conv(v)?);
    }
    Ok(acc)
}

/// `sum(numbers, start)` where the result is a float: plain left-to-right addition, as in
/// CPython 3.11 (no compensated summation).
pub fn sum_float<I: IntoPyIter>(
    x: &I,
    start: SumStart,
    conv: impl Fn(I::Item) -> PyResult<Num>,
) -> PyResult<f64> {
    let mut it = x.py_iter()?;
    let mut int_acc: Option<Int> = None;
    let mut acc = match start {
        SumStart::Float(f) => f,
        SumStart::Int(i) => {
            int_acc = Some(i);
            0.0
        }
    };
    while let Some(v) = it.next_item()? {
        match (conv(v)?, &mut int_acc) {
            (Num::I(i), Some(a)) => *a = a.add(&i),
            (Num::F(f), Some(a)) => {
                acc = a.to_f64()? + f;
                int_acc = None;
            }
            (Num::I(i), None) => acc += i.to_f64()?,
            (Num::F(f), None) => acc += f,
        }
    }
    match int_acc {
        Some(a) => a.to_f64(),
        None => Ok(acc),
    }
}

/// `sum(x, start)` for dynamic values.
pub fn sum_dyn(x: &Value, start: Value) -> PyResult<Value> {
    if matches!(start, Value::Str(_)) {
        return type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let mut it = x.iter()?;
    let mut acc = start;
    while let Some(v) = it.next()? {
        acc = crate::value::binop(crate::value::BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

pub fn any<I: IntoPyIter>(x: &I) -> PyResult<bool> {
    let mut it = x.py_iter()?;
    while let Some(v) = it.next_item()? {
        if v.py_truthy()? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn all<I: IntoPyIter>(x: &I) -> PyResult<bool> {
    let mut it = x.py_iter()?;
    while let Some(v) = it.next_item()? {
        if !v.py_truthy()? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// min()/max() over items: the first of equal items wins, comparisons are `<` (min) and
/// `>` (max) on the keys, as in CPython's min_max.
pub fn minmax<T: PyObj, K: PyObj>(
    items: Vec<T>,
    mut key: impl FnMut(&T) -> PyResult<K>,
    is_max: bool,
    default: Option<T>,
    empty_msg: &str,
) -> PyResult<T> {
    let mut best: Option<(K, T)> = None;
    for x in items {
        let k = key(&x)?;
        best = Some(match best {
            None => (k, x),
            Some((bk, bx)) => {
                let better = k.py_cmp(&bk, if is_max { CmpOp::Gt } else { CmpOp::Lt })?;
                if better { (k, x) } else { (bk, bx) }
            }
        });
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => value_error(empty_msg),
        },
    }
}

pub fn reversed<R: Reversible>(x: &R) -> PyResult<Iter<R::Item>> {
    x.py_reversed()
}

/// `isinstance(x, classes)` for a dynamic value.
pub fn isinstance(x: &Value, classes: &[&str]) -> bool {
    classes.iter().any(|c| match (*c, x) {
        ("object", _) => true,
        ("int", Value::Int(_) | Value::Bool(_)) => true,
        ("bool", Value::Bool(_)) => true,
        ("float", Value::Float(_)) => true,
        ("str", Value::Str(_)) => true,
        ("list", Value::List(_)) => true,
        ("tuple", Value::Tuple(_)) => true,
        ("dict", Value::Dict(_)) => true,
        ("dict", Value::Obj(_)) if crate::modules::collections::as_dict(x).is_some() => true,
        // Instances of user classes (which may derive from builtin classes).
        (c, Value::Obj(o)) if o.as_any().is::<crate::class::Instance>() => {
            crate::class::builtin_class(c)
                .and_then(|k| crate::class::isinstance(x, &k))
                .unwrap_or(false)
        }
        // Every class is a type, whatever its metaclass.
        ("type", Value::Obj(o)) if o.as_any().is::<crate::class::Class>() => true,
        // Runtime objects of builtin classes (property, function, ...).
        (c, Value::Obj(o)) => o.type_name() == c,
        ("set", Value::Set(_)) => true,
        ("frozenset", Value::FrozenSet(_)) => true,
        ("range", Value::Range(_)) => true,
        (c, Value::Exc(e)) => ExcKind::from_name(c).is_some_and(|k| e.matches(k)),
        _ => false,
    })
}

/// `id(x)`: an address for shared objects, a value-derived number for values that `is`
/// compares by value (small ints, floats, one-character strs, the empty tuple), so that
/// `id(a) == id(b)` agrees with `a is b`.
pub fn id(x: &Value) -> Int {
    let by_value = || (x.hash().unwrap_or(0) as usize) ^ 0x7f00_0000_0000;
    let p: usize = match x {
        // The object, not its item buffer (which moves as a list grows).
        Value::List(l) => l.id(),
        Value::Set(s) => s.id(),
        Value::FrozenSet(s) => s.id(),
        Value::Dict(d) => d.id(),
        Value::Str(s) if s.char_len() <= 1 => by_value(),
        Value::Str(s) => s.as_str().as_ptr() as usize,
        Value::Tuple(t) if t.is_empty() => by_value(),
        Value::Tuple(t) => t.as_slice().as_ptr() as usize,
        Value::Int(crate::int::Int::Big(b)) => std::rc::Rc::as_ptr(b) as usize,
        Value::Iter(i) => i.id(),
        // Objects by address (never through a user __hash__).
        Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const () as usize,
        _ => by_value(),
    };
    Int::from(p)
}

/// `round(i, n)` for an int: to a multiple of 10**-n, half to even.
pub fn round_int(i: &Int, n: &Int) -> PyResult<Int> {
    if !n.is_negative() {
        return Ok(i.clone());
    }
    let k = n.neg();
    let Some(k) = k.as_i64() else {
        return Ok(Int::ZERO);
    };
    let p = Int::Small(10).pow(&Int::from(k))?;
    let (q, r) = i.divmod(&p)?;
    // Half to even on the remainder.
    let twice = r.mul(&Int::Small(2));
    let up = match twice.cmp_int(&p) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    let q = if up { q.add(&Int::ONE) } else { q };
    Ok(q.mul(&p))
}

/// print's sep/end: a str or None.
pub fn str_or_none(v: &Value, default: Str, msg: &str) -> PyResult<Str> {
    match v {
        Value::None => Ok(default),
        Value::Str(s) => Ok(s.clone()),
        _ => type_error(format!("{msg}{}", v.class_name())),
    }
}

/// `d.update(x)` / `dict(x)` from a dynamic iterable of pairs or a mapping.
pub fn dict_update_from(d: &Dict<Value, Value>, x: &Value) -> PyResult<()> {
    // dict and its subclasses (Counter, defaultdict, OrderedDict) copy their items.
    if let Some(o) = crate::modules::collections::as_dict(x) {
        for (k, v) in o.items_vec() {
            d.setitem(k, v)?;
        }
        return Ok(());
    }
    // Any other object with a keys() method is a mapping (PyDict_Merge's check):
    // `d[k] = x[k]` for each of its keys (ChainMap, user mappings).
    if let Value::Obj(_) = x
        && crate::attr::hasattr(x, "keys")?
    {
        let keys = crate::attr::call_method(x, "keys", vec![], vec![])?;
        let mut it = keys.iter()?;
        while let Some(k) = it.next()? {
            let v = x.getitem(&k)?;
            d.setitem(k, v)?;
        }
        return Ok(());
    }
    let mut it = x.iter()?;
    let mut i = 0;
    while let Some(item) = it.next()? {
        let pair = match item.to_vec() {
            Ok(p) => p,
            Err(_) => {
                return type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ));
            }
        };
        if pair.len() != 2 {
            return value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            ));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            d.setitem(k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let n = args.len();
        let msg = if min == max {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!("{name} expected at most {max} arguments, got {n}")
        };
        return type_error(msg);
    }
    Ok(())
}

/// list.sort's and sorted's `reverse=`: an int, as `_PyLong_AsInt` reads it (listobject.c's
/// clinic converter), so `reverse=[]` is a TypeError rather than false.
pub fn sort_reverse_flag(v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => match i.as_i64() {
            Some(n) if i32::try_from(n).is_ok() => Ok(n != 0),
            _ => Err(PyErr::msg(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )),
        },
        _ => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class_name()
        )),
    }
}

/// The arguments of an Argument Clinic builtin whose parameters may be passed by keyword
/// (`pow(base, exp, mod=None)`), in parameter order; an omitted optional one before a
/// given one is None (Python/getargs.c, _PyArg_UnpackKeywords).
fn keyword_args(
    name: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Value>> {
    if kwargs.is_empty() {
        return Ok(args.to_vec());
    }
    let find = |p: &str| kwargs.iter().find(|(k, _)| k.as_str() == p).map(|(_, v)| v);
    // The parameters after the positional arguments, by name; a required one missing is
    // reported first, then the keywords that name no such parameter.
    let mut out: Vec<Value> = args.to_vec();
    let mut given = out.len();
    for (i, p) in params.iter().enumerate().skip(args.len()) {
        match find(p) {
            Some(v) => {
                out.resize(i, Value::None);
                out.push(v.clone());
                given = i + 1;
            }
            None if i < required => {
                return type_error(format!(
                    "{name}() missing required argument '{p}' (pos {})",
                    i + 1
                ));
            }
            None => {}
        }
    }
    out.truncate(given);
    for (k, _) in kwargs {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if i < args.len() => {
                return type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                ));
            }
            Some(_) => {}
            None => {
                return type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
            }
        }
    }
    Ok(out)
}

/// `zip(..., strict=True)` when argument `i + 1` ran out (Python/bltinmodule.c,
/// zip_next): an error unless it is the first and all the others end there too.
fn zip_strict_end(its: &mut [crate::value::ValueIter], i: usize) -> PyResult<Option<Value>> {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    if i > 0 {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            format!(
                "zip() argument {} is shorter than argument{}{i}",
                i + 1,
                plural(i)
            ),
        ));
    }
    for (j, it) in its.iter_mut().enumerate().skip(1) {
        if it.next()?.is_some() {
            return Err(PyErr::msg(
                ExcKind::ValueError,
                format!(
                    "zip() argument {} is longer than argument{}{j}",
                    j + 1,
                    plural(j)
                ),
            ));
        }
    }
    Ok(None)
}

/// A builtin called with dynamic arguments.
pub fn call_builtin(name: &str, args: Vec<Value>) -> PyResult<Value> {
    call_builtin_kw(name, args, vec![])
}

pub fn call_builtin_kw(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let kw = |n: &str| {
        kwargs
            .iter()
            .find(|(k, _)| k.as_str() == n)
            .map(|(_, v)| v.clone())
    };
    // pow() and round() bind keywords to their parameters (builtins::keyword_args),
    // which counts them.
    if kwargs.is_empty() || !matches!(name, "pow" | "round") {
        crate::modules::callable::check_builtin_arity(name, args.len())?;
    }
    let a = &args;
    if let Some(v) = crate::attr::object_builtin(name, a, &kwargs)? {
        return Ok(v);
    }
    Ok(match name {
        // The `match` statement's structural checks (matching.rs).
        "__molt_match_seq" => {
            arity(name, a, 4, 4)?;
            crate::matching::match_seq(&a[0], &a[1], &a[2], &a[3])?
        }
        "__molt_match_map" => {
            arity(name, a, 3, 3)?;
            crate::matching::match_map(&a[0], &a[1], &a[2])?
        }
        "__molt_match_class" => {
            arity(name, a, 4, 4)?;
            crate::matching::match_class(&a[0], &a[1], &a[2], &a[3])?
        }
        // `object.__setattr__(x, "name", v)` (class/natives.rs).
        "__molt_object_setattr" => crate::class::natives::object_setattr(a.to_vec(), vec![])?,
        // `NAME = auto()` in a class body (class/enums.rs).
        "__molt_enum_auto" => {
            arity(name, a, 4, 4)?;
            crate::class::enums::resolve_auto(&a[0], &a[1], &a[2], &a[3])?
        }
        // Displays with `*x` / `**m` items.
        "__molt_display" => display(a)?,
        "__molt_display_dict" => display_dict(a)?,
        // The `with` statement (ctx.rs).
        "__molt_with_enter" => {
            arity(name, a, 1, 1)?;
            return crate::ctx::enter_value(&a[0]);
        }
        "__molt_with_exit" => {
            arity(name, a, 2, 2)?;
            Value::Bool(crate::ctx::exit_value(&a[0], &a[1])?)
        }
        "print" => {
            print_dyn(a, &kwargs)?;
            Value::None
        }
        // The builtin open() (modules/files.rs).
        "open" => return crate::modules::files::open(args, kwargs),
        // iter() and next() (genobj.rs).
        "iter" => {
            arity("iter", a, 1, 2)?;
            let mut it = args.into_iter();
            let x = it.next().unwrap_or_default();
            return match it.next() {
                Some(sentinel) => crate::genobj::iter_callable(x, sentinel),
                None => crate::genobj::iter_value(&x),
            };
        }
        "next" => {
            arity("next", a, 1, 2)?;
            return match a.get(1) {
                Some(d) => crate::genobj::next_or(&a[0], d.clone()),
                None => crate::genobj::next_value(&a[0]),
            };
        }
        "callable" => {
            arity("callable", a, 1, 1)?;
            Value::Bool(callable(&a[0]))
        }
        "complex" => return crate::complex::construct(args, kwargs),
        "abs" => {
            arity("abs", a, 1, 1)?;
            a[0].abs()?
        }
        "len" => {
            arity("len", a, 1, 1)?;
            Value::Int(Int::from(a[0].len()?))
        }
        "str" if a.len() > 1 || !kwargs.is_empty() => {
            crate::modules::bytes::str_decode(a, &kwargs)?
        }
        "str" => match a.len() {
            0 => Value::Str(Str::new("")),
            _ => Value::Str(str_of(&a[0])?),
        },
        // bytes and bytearray (modules/bytes/).
        "bytes" => crate::modules::bytes::bytes_new(args, kwargs)?,
        "bytearray" => crate::modules::bytes::bytearray_new(args, kwargs)?,
        "__molt_bytes" => match a.first() {
            Some(Value::Str(s)) => crate::modules::bytes::literal(s.as_str()),
            _ => return Err(PyErr::msg(ExcKind::SystemError, "molt: bad bytes literal")),
        },
        "__molt_type_method" => crate::modules::bytes::type_method(args, kwargs)?,
        "__molt_type_call" => crate::modules::callable::type_call(args, kwargs)?,
        // `__molt_annotate(f, name, annotation, ...)`: f with its `__annotations__`.
        "__molt_annotate" => {
            let mut it = args.into_iter();
            let f = it.next().unwrap_or_default();
            let anns = crate::dict::Dict::new();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                anns.setitem(k, v)?;
            }
            crate::attr::setattr(&f, "__annotations__", Value::Dict(anns))?;
            f
        }
        // input as a value (`read = input`): the same prompt handling as a direct call.
        "input" => {
            arity("input", a, 0, 1)?;
            let p = match a.first() {
                Some(v) => Some(str_of(v)?),
                None => None,
            };
            Value::Str(crate::io::input(p.as_ref().map(|p| p.as_str()))?)
        }
        "repr" => {
            arity("repr", a, 1, 1)?;
            Value::Str(repr(&a[0])?)
        }
        "ascii" => {
            arity("ascii", a, 1, 1)?;
            Value::Str(ascii(&a[0])?)
        }
        "int" => match a.len() {
            0 => Value::Int(Int::ZERO),
            1 => match kw("base") {
                Some(b) => Value::Int(int_with_base(&a[0], &crate::conv::to_int(&b)?)?),
                None => Value::Int(int_of(&a[0])?),
            },
            _ => Value::Int(int_with_base(&a[0], &crate::conv::to_int(&a[1])?)?),
        },
        "float" => match a.len() {
            0 => Value::Float(0.0),
            _ => Value::Float(float_of(&a[0])?),
        },
        "bool" => Value::Bool(match a.first() {
            Some(v) => v.try_truthy()?,
            None => false,
        }),
        "ord" => {
            arity("ord", a, 1, 1)?;
            match &a[0] {
                Value::Str(s) => Value::Int(ord(s)?),
                v if crate::modules::bytes::buffer(v).is_some() => {
                    match crate::modules::bytes::buffer(v).as_deref() {
                        Some([c]) => Value::int(*c as i64),
                        b => {
                            return type_error(format!(
                                "ord() expected a character, but string of length {} found",
                                b.map_or(0, |b| b.len())
                            ));
                        }
                    }
                }
                v => {
                    return type_error(format!(
                        "ord() expected string of length 1, but {} found",
                        v.class_name()
                    ));
                }
            }
        }
        "chr" => {
            arity("chr", a, 1, 1)?;
            Value::Str(chr(&crate::conv::to_int(&a[0])?)?)
        }
        "hex" | "oct" | "bin" => {
            arity(name, a, 1, 1)?;
            let i = crate::conv::to_int(&a[0])?;
            Value::Str(match name {
                "hex" => hex(&i)?,
                "oct" => oct(&i)?,
                _ => bin(&i)?,
            })
        }
        "hash" => {
            arity("hash", a, 1, 1)?;
            Value::Int(Int::from(a[0].hash()?))
        }
        "round" => {
            let bound = keyword_args("round", a, &kwargs, &["number", "ndigits"], 1)?;
            let a = &bound;
            arity("round", a, 1, 2)?;
            let nd = a.get(1).cloned().or(kw("ndigits")).filter(|v| !v.is_none());
            match (&a[0], nd) {
                (Value::Float(f), None) => Value::Int(crate::float::round_to_int(*f)?),
                (Value::Float(f), Some(n)) => Value::Float(crate::float::round_ndigits(
                    *f,
                    crate::slice::bound(&crate::conv::to_int(&n)?),
                )?),
                (Value::Int(_) | Value::Bool(_), None) => Value::Int(crate::conv::to_int(&a[0])?),
                (Value::Int(_) | Value::Bool(_), Some(n)) => Value::Int(round_int(
                    &crate::conv::to_int(&a[0])?,
                    &crate::conv::to_int(&n)?,
                )?),
                (Value::Obj(o), nd) => {
                    o.call_method(o, "__round__", nd.into_iter().collect(), vec![])?
                }
                (v, _) => {
                    return type_error(format!(
                        "type {} doesn't define __round__ method",
                        v.class_name()
                    ));
                }
            }
        }
        "divmod" => {
            arity("divmod", a, 2, 2)?;
            match (a[0].as_int(), a[1].as_int()) {
                (Some(x), Some(y)) => {
                    let (q, r) = x.divmod(&y)?;
                    Value::Tuple(Tup::from_vec(vec![Value::Int(q), Value::Int(r)]))
                }
                _ => {
                    // User objects answer through __divmod__/__rdivmod__ (class/ops.rs).
                    if let Some(r) = crate::class::divmod_op(&a[0], &a[1])? {
                        return Ok(r);
                    }
                    let q = crate::value::binop(crate::value::BinOp::FloorDiv, &a[0], &a[1])
                        .map_err(|e| divmod_err(e, &a[0], &a[1]))?;
                    let r = crate::value::binop(crate::value::BinOp::Mod, &a[0], &a[1])?;
                    Value::Tuple(Tup::from_vec(vec![q, r]))
                }
            }
        }
        "pow" => {
            let bound = keyword_args("pow", a, &kwargs, &["base", "exp", "mod"], 2)?;
            let a = &bound;
            arity("pow", a, 2, 3)?;
            if a.len() == 3 && !a[2].is_none() {
                if let Some(r) = crate::class::pow3_op(&a[0], &a[1], &a[2])? {
                    return Ok(r);
                }
                let (Some(b), Some(e), Some(m)) = (a[0].as_int(), a[1].as_int(), a[2].as_int())
                else {
                    return type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    );
                };
                Value::Int(b.pow_mod(&e, &m)?)
            } else {
                crate::value::binop(crate::value::BinOp::Pow, &a[0], &a[1])?
            }
        }
        "min" | "max" => {
            let is_max = name == "max";
            let items = if a.len() == 1 {
                a[0].to_vec()?
            } else {
                a.clone()
            };
            if a.is_empty() {
                return type_error(format!("{name} expected at least 1 argument, got 0"));
            }
            // bltinmodule.c min_max.
            if a.len() > 1 && kw("default").is_some() {
                return type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                ));
            }
            match kw("key").filter(|k| !k.is_none()) {
                Some(key) => minmax(
                    items,
                    |x| crate::func::call(&key, vec![x.clone()], vec![]),
                    is_max,
                    kw("default"),
                    &format!("{name}() arg is an empty sequence"),
                )?,
                None => minmax(
                    items,
                    |x| Ok(x.clone()),
                    is_max,
                    kw("default"),
                    &format!("{name}() arg is an empty sequence"),
                )?,
            }
        }
        "sum" => {
            arity("sum", a, 1, 2)?;
            let start = a
                .get(1)
                .cloned()
                .or(kw("start"))
                .unwrap_or(Value::Int(Int::ZERO));
            sum_dyn(&a[0], start)?
        }
        "sorted" => {
            if a.len() != 1 {
                return type_error(format!("sorted expected 1 argument, got {}", a.len()));
            }
            let l = List::from_vec(a[0].to_vec_sized()?);
            let reverse = match kw("reverse") {
                Some(r) => sort_reverse_flag(&r)?,
                None => false,
            };
            match kw("key").filter(|k| !k.is_none()) {
                Some(key) => l.sort_by_key(
                    |x: &Value| crate::func::call(&key, vec![x.clone()], vec![]),
                    reverse,
                )?,
                None => l.sort(reverse)?,
            }
            Value::List(l)
        }
        "reversed" => {
            arity("reversed", a, 1, 1)?;
            if let Value::Obj(o) = &a[0] {
                // An object's __reversed__ (deque, OrderedDict), if it has one.
                return o
                    .call_method(o, "__reversed__", vec![], vec![])
                    .map_err(|e| match e.kind() {
                        ExcKind::AttributeError => PyErr::msg(
                            ExcKind::TypeError,
                            format!("'{}' object is not reversible", a[0].class_name()),
                        ),
                        _ => e,
                    });
            }
            Value::Iter(match &a[0] {
                Value::List(l) => l.py_reversed()?,
                Value::Tuple(t) => t.py_reversed()?,
                Value::Str(s) => {
                    let it = s.py_reversed()?;
                    let mut inner = it;
                    Iter::from_fn("reversed", move || Ok(inner.next_item()?.map(Value::Str)))
                }
                Value::Range(r) => {
                    let mut inner = r.py_reversed()?;
                    Iter::from_fn("range_iterator", move || {
                        Ok(inner.next_item()?.map(Value::Int))
                    })
                }
                Value::Dict(d) => d.py_reversed()?,
                // dictviews' __reversed__ (3.8+): the entries from last to first, with the
                // size check of the dict's own reverse iterator.
                Value::View(kind, d) => {
                    let mut entries = d.items_vec();
                    let d = d.clone();
                    let n = d.len();
                    let kind = *kind;
                    let name = match kind {
                        crate::value::ViewKind::Keys => "dict_reversekeyiterator",
                        crate::value::ViewKind::Values => "dict_reversevalueiterator",
                        crate::value::ViewKind::Items => "dict_reverseitemiterator",
                    };
                    Iter::from_fn(name, move || {
                        if d.len() != n {
                            return Err(PyErr::msg(
                                ExcKind::RuntimeError,
                                "dictionary changed size during iteration",
                            ));
                        }
                        Ok(entries.pop().map(|(k, v)| match kind {
                            crate::value::ViewKind::Keys => k,
                            crate::value::ViewKind::Values => v,
                            crate::value::ViewKind::Items => {
                                Value::Tuple(Tup::from_vec(vec![k, v]))
                            }
                        }))
                    })
                }
                v => return type_error(format!("'{}' object is not reversible", v.class_name())),
            })
        }
        "list" => Value::List(List::from_vec(match a.first() {
            Some(x) => x.to_vec_sized()?,
            None => vec![],
        })),
        "tuple" => Value::Tuple(Tup::from_vec(match a.first() {
            Some(x) => x.to_vec_sized()?,
            None => vec![],
        })),
        "set" => Value::Set(match a.first() {
            Some(Value::Set(s)) => s.copy()?,
            Some(x) => Set::from_vec(x.to_vec()?)?,
            None => Set::new(),
        }),
        "frozenset" => Value::FrozenSet(FrozenSet::from_vec(match a.first() {
            Some(x) => x.to_vec()?,
            None => vec![],
        })?),
        "dict" => {
            let d = Dict::new();
            if let Some(x) = a.first() {
                dict_update_from(&d, x)?;
            }
            for (k, v) in kwargs {
                d.setitem(Value::Str(k), v)?;
            }
            Value::Dict(d)
        }
        "enumerate" => {
            let start = match a.get(1).cloned().or(kw("start")) {
                Some(s) => crate::conv::to_int(&s)?,
                None => Int::ZERO,
            };
            let it = a.first().map(|x| x.iter()).transpose()?;
            let Some(it) = it else {
                return type_error("enumerate() missing required argument 'iterable' (pos 1)");
            };
            let e = Iter::enumerate(it, start, Ok);
            let mut e = e;
            Value::Iter(Iter::from_fn("enumerate", move || {
                Ok(e.next_item()?
                    .map(|(i, x)| Value::Tuple(Tup::from_vec(vec![Value::Int(i), x]))))
            }))
        }
        // map and filter called through a value (`partial(map, f)`); direct calls are
        // typed in codegen.
        "map" => {
            if a.len() < 2 {
                return type_error("map() must have at least two arguments.");
            }
            let f = a[0].clone();
            let mut its = a[1..]
                .iter()
                .map(|x| x.iter())
                .collect::<PyResult<Vec<_>>>()?;
            Value::Iter(Iter::from_fn("map", move || {
                let mut items = Vec::with_capacity(its.len());
                for it in its.iter_mut() {
                    match it.next()? {
                        Some(x) => items.push(x),
                        None => return Ok(None),
                    }
                }
                crate::func::call(&f, items, vec![]).map(Some)
            }))
        }
        "filter" => {
            let [f, xs] = &a[..] else {
                return type_error(format!("filter expected 2 arguments, got {}", a.len()));
            };
            let f = f.clone();
            let mut it = xs.iter()?;
            Value::Iter(Iter::from_fn("filter", move || {
                while let Some(x) = it.next()? {
                    let keep = if f.is_none() {
                        x.try_truthy()?
                    } else {
                        crate::func::call(&f, vec![x.clone()], vec![])?.try_truthy()?
                    };
                    if keep {
                        return Ok(Some(x));
                    }
                }
                Ok(None)
            }))
        }
        "zip" => {
            if let Some((k, _)) = kwargs.iter().find(|(k, _)| k.as_str() != "strict") {
                return type_error(format!("'{k}' is an invalid keyword argument for zip()"));
            }
            let strict = match kw("strict") {
                Some(v) => v.try_truthy()?,
                None => false,
            };
            let mut its = a.iter().map(|x| x.iter()).collect::<PyResult<Vec<_>>>()?;
            Value::Iter(Iter::from_fn("zip", move || {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for i in 0..its.len() {
                    let next = match its.get_mut(i) {
                        Some(it) => it.next()?,
                        None => None,
                    };
                    match next {
                        Some(x) => items.push(x),
                        None if strict => return zip_strict_end(&mut its, i),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::Tuple(Tup::from_vec(items))))
            }))
        }
        "any" => Value::Bool(any(&a[0])?),
        "all" => Value::Bool(all(&a[0])?),
        "range" => {
            let ints = a
                .iter()
                .map(crate::conv::to_int)
                .collect::<PyResult<Vec<_>>>()?;
            Value::Range(std::rc::Rc::new(match ints.as_slice() {
                [stop] => Range::new(&Int::ZERO, stop, &Int::ONE)?,
                [start, stop] => Range::new(start, stop, &Int::ONE)?,
                [start, stop, step] => Range::new(start, stop, step)?,
                _ => {
                    return type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        a.len()
                    ));
                }
            }))
        }
        "id" => Value::Int(id(&a[0])),
        "format" => {
            let spec = match a.get(1) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                Some(v) => {
                    return type_error(format!(
                        "format() argument 2 must be str, not {}",
                        v.class_name()
                    ));
                }
                None => String::new(),
            };
            Value::Str(Str::from_string(crate::format::format_value(&a[0], &spec)?))
        }
        _ => {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!("molt: {name}() with these arguments is not supported"),
            ));
        }
    })
}

fn divmod_err(e: PyErr, a: &Value, b: &Value) -> PyErr {
    if e.kind() == ExcKind::TypeError
        && !matches!((a, b), (Value::Float(_), _) | (_, Value::Float(_)))
    {
        return PyErr::msg(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                a.class_name(),
                b.class_name()
            ),
        );
    }
    e
}

/// `callable(x)`.
pub fn callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.is_callable(),
        _ => false,
    }
}

/// print() called as a value (`f = print`, `map(print, xs)`).
fn print_dyn(args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = crate::io::Stream::Stdout;
    let mut flush = false;
    for (k, v) in kwargs {
        match (k.as_str(), v) {
            ("sep" | "end", Value::None) => {}
            ("sep", Value::Str(s)) => sep = s.as_str().to_string(),
            ("end", Value::Str(s)) => end = s.as_str().to_string(),
            ("sep" | "end", v) => {
                return type_error(format!(
                    "{k} must be None or a string, not {}",
                    v.class_name()
                ));
            }
            ("file", v) => file = crate::io::stream_of(v)?,
            ("flush", v) => flush = v.try_truthy()?,
            (k, _) => {
                return type_error(format!("'{k}' is an invalid keyword argument for print()"));
            }
        }
    }
    let mut s = String::new();
    for (i, v) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(&sep);
        }
        crate::io::print_part(v, &mut s, file)?;
    }
    s.push_str(&end);
    crate::io::write_stream_checked(file, &s)?;
    if flush {
        crate::io::flush_stream(file);
    }
    Ok(())
}

fn flags_arg(v: Option<&Value>) -> PyResult<Str> {
    match v {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(PyErr::msg(ExcKind::SystemError, "molt: bad display flags")),
    }
}

/// `[a, *b]`, `(a, *b)`, `{a, *b}`: items in order, each `*` item's iterable spread out.
fn display(a: &[Value]) -> PyResult<Value> {
    let kind = flags_arg(a.first())?;
    let flags = flags_arg(a.get(1))?;
    let mut items = Vec::with_capacity(a.len());
    for (f, v) in flags.as_str().chars().zip(a.iter().skip(2)) {
        if f != '*' {
            items.push(v.clone());
            continue;
        }
        let mut it = v.iter().map_err(|e| {
            // A set display reports the plain iteration error (BUILD_SET's set_update).
            if e.kind() == ExcKind::TypeError && kind.as_str() != "set" {
                PyErr::msg(
                    ExcKind::TypeError,
                    format!("Value after * must be an iterable, not {}", v.class_name()),
                )
            } else {
                e
            }
        })?;
        while let Some(x) = it.next()? {
            items.push(x);
        }
    }
    Ok(match kind.as_str() {
        "list" => Value::List(List::from_vec(items)),
        "tuple" => Value::Tuple(crate::tuple::Tup::from_vec(items)),
        _ => Value::Set(Set::from_vec(items)?),
    })
}

/// `{**m, k: v}`: a mapping's items (in its order), then pairs, later keys winning.
fn display_dict(a: &[Value]) -> PyResult<Value> {
    let flags = flags_arg(a.first())?;
    let d = Dict::new();
    let mut rest = a.iter().skip(1);
    for f in flags.as_str().chars() {
        let Some(v) = rest.next() else { break };
        if f == '*' {
            if crate::modules::collections::as_dict(v).is_some() {
                dict_update_from(&d, v)?;
            } else if crate::attr::hasattr(v, "keys")? {
                // Any mapping: its keys(), then m[k] (PyDict_Update's generic path).
                let keys = crate::attr::call_method(v, "keys", vec![], vec![])?;
                let mut it = keys.iter()?;
                while let Some(k) = it.next()? {
                    let x = v.getitem(&k)?;
                    d.setitem(k, x)?;
                }
            } else {
                return type_error(format!("'{}' object is not a mapping", v.class_name()));
            }
        } else if let Some(x) = rest.next() {
            d.setitem(v.clone(), x.clone())?;
        }
    }
    Ok(Value::Dict(d))
}
