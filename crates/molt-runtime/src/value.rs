//! The dynamic value: what a Python value is when inference cannot give it one static type.
//! Every operation dispatches on the variants and raises CPython's TypeError (with its
//! exact message) for combinations Python rejects.

use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::range::Range;
use crate::set::{FrozenSet, Set};
use crate::str::Str;
use crate::tuple::Tup;
use std::any::Any;
use std::cell::RefCell;

/// 24 bytes: an 8-byte tag, then a 16-byte payload at offset 8. The full-width tag is
/// deliberate: with a byte tag (or Rust's niche layout, which put the tag in `Int`'s)
/// LLVM copies a payload as bytes 1..24 with unaligned stores that the next whole-value
/// load cannot forward from, which made richards 15-20% slower in time despite fewer
/// instructions.
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    Bool(bool),
    Int(Int),
    Float(f64),
    Str(Str),
    List(List<Value>),
    Tuple(Tup<Value>),
    Dict(Dict<Value, Value>),
    Set(Set<Value>),
    FrozenSet(FrozenSet<Value>),
    /// Shared, as ranges are immutable: keeps `Value` at 24 bytes instead of 48.
    Range(std::rc::Rc<Range>),
    Exc(PyErr),
    /// An iterator object (map, zip, enumerate, ...).
    Iter(crate::iter::Iter<Value>),
    /// An object of a runtime-defined type (see object.rs).
    Obj(crate::object::ObjRef),
    /// dict.keys() / values() / items() of a dynamic dict.
    View(ViewKind, Dict<Value, Value>),
}

// Containers hold `Value`s by value: its size is their memory per item.
const _: () = assert!(std::mem::size_of::<Value>() == 24);

/// Written out so that the common cases (scalars, a reference count bump) inline into
/// compiled code instead of calling the derived clone's jump table.
impl Clone for Value {
    #[inline]
    fn clone(&self) -> Self {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(Int::Small(i)) => Value::Int(Int::Small(*i)),
            Value::Float(f) => Value::Float(*f),
            Value::Str(s) => Value::Str(s.clone()),
            Value::Obj(o) => Value::Obj(o.clone()),
            _ => self.clone_rest(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_rest(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(i.clone()),
            Value::Float(f) => Value::Float(*f),
            Value::Str(s) => Value::Str(s.clone()),
            Value::List(l) => Value::List(l.clone()),
            Value::Tuple(t) => Value::Tuple(t.clone()),
            Value::Dict(d) => Value::Dict(d.clone()),
            Value::Set(s) => Value::Set(s.clone()),
            Value::FrozenSet(s) => Value::FrozenSet(s.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Exc(e) => Value::Exc(e.clone()),
            Value::Iter(i) => Value::Iter(i.clone()),
            Value::Obj(o) => Value::Obj(o.clone()),
            Value::View(k, d) => Value::View(*k, d.clone()),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being printed, so a container that contains itself prints `[...]`.
pub struct ReprGuard(usize);

impl ReprGuard {
    pub fn enter(id: usize) -> Option<ReprGuard> {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if s.contains(&id) {
                None
            } else {
                s.push(id);
                Some(ReprGuard(id))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|x| *x == self.0) {
                s.remove(p);
            }
        });
    }
}

/// Boxing a typed container. Inference makes every container that reaches dynamic code
/// hold `Value`s, so the first branch is the one taken; the copy is a safe fallback.
pub fn list_to_value<T: PyObj>(l: &List<T>) -> Value {
    if let Some(l) = (l as &dyn Any).downcast_ref::<List<Value>>() {
        return Value::List(l.clone());
    }
    Value::List(List::from_vec(
        l.to_vec().iter().map(|x| x.to_value()).collect(),
    ))
}

pub fn dict_to_value<K: PyObj, V: PyObj>(d: &Dict<K, V>) -> Value {
    if let Some(d) = (d as &dyn Any).downcast_ref::<Dict<Value, Value>>() {
        return Value::Dict(d.clone());
    }
    let n = Dict::new();
    for (k, v) in d.items_vec() {
        // Keys of a valid dict stay hashable when boxed.
        let _ = n.setitem(k.to_value(), v.to_value());
    }
    Value::Dict(n)
}

pub fn set_to_value<T: PyObj>(s: &Set<T>) -> Value {
    if let Some(s) = (s as &dyn Any).downcast_ref::<Set<Value>>() {
        return Value::Set(s.clone());
    }
    let items: Vec<Value> = s.to_vec().iter().map(|x| x.to_value()).collect();
    Value::Set(Set::from_vec(items).unwrap_or_default())
}

pub fn frozenset_to_value<T: PyObj>(s: &FrozenSet<T>) -> Value {
    if let Some(s) = (s as &dyn Any).downcast_ref::<FrozenSet<Value>>() {
        return Value::FrozenSet(s.clone());
    }
    let items: Vec<Value> = s.to_vec().iter().map(|x| x.to_value()).collect();
    match FrozenSet::from_vec(items) {
        Ok(f) => Value::FrozenSet(f),
        Err(_) => Value::None,
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Str::new(s))
    }

    pub fn int(v: i64) -> Value {
        Value::Int(Int::Small(v))
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The exact class name, `type(x).__name__`.
    pub fn class_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::Exc(e) => e.class_name(),
            Value::Obj(o) => o.type_name(),
            Value::Iter(i) => i.name(),
            Value::View(ViewKind::Keys, _) => "dict_keys",
            Value::View(ViewKind::Values, _) => "dict_values",
            Value::View(ViewKind::Items, _) => "dict_items",
        }
    }

    /// `type(x).__name__`: the class name without the module prefix that messages show
    /// for stdlib types ("collections.deque" -> "deque").
    pub fn type_name_attr(&self) -> &'static str {
        let n = self.class_name();
        match (self, n.rfind('.')) {
            (Value::Obj(_), Some(p)) => &n[p + 1..],
            _ => n,
        }
    }

    /// The type as Argument Clinic's bad-argument errors name it (_PyArg_BadArgument):
    /// "None" for None, else `type(x).__name__`.
    pub fn clinic_type_name(&self) -> &'static str {
        match self {
            Value::None => "None",
            _ => self.type_name_attr(),
        }
    }

    /// The value as an int, if it is an int or a bool (Python's bool is an int).
    pub fn as_int(&self) -> Option<Int> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Bool(b) => Some(Int::from(*b)),
            // Members of int-mixin enums (IntEnum, IntFlag) and instances of int
            // subclasses are ints.
            Value::Obj(o) => crate::class::enums::int_of(o)
                .or_else(|| crate::class::builtin_base::int_payload(o)),
            _ => None,
        }
    }

    /// The value as an index (PyNumber_Index): an int, or what a user `__index__` returns.
    /// Arithmetic mixing uses `as_int`, which never calls user code.
    pub fn as_index(&self) -> PyResult<Option<Int>> {
        if let Some(i) = self.as_int() {
            return Ok(Some(i));
        }
        let Value::Obj(o) = self else { return Ok(None) };
        let Some(i) = crate::object::inst(o) else {
            return Ok(None);
        };
        match i.call_special("__index__", vec![])? {
            None => Ok(None),
            Some(Value::Int(n)) => Ok(Some(n)),
            Some(Value::Bool(b)) => Ok(Some(Int::from(b))),
            Some(r) => crate::exc::type_error(format!(
                "__index__ returned non-int (type {})",
                r.class_name()
            )),
        }
    }

    /// A number as a float (int, bool or float), for mixed arithmetic.
    fn as_float_operand(&self) -> Option<PyResult<f64>> {
        match self {
            Value::Float(f) => Some(Ok(*f)),
            Value::Int(i) => Some(i.to_f64()),
            Value::Bool(b) => Some(Ok(*b as i64 as f64)),
            _ => None,
        }
    }

    /// `operator.index(x)`: ints and bools, else TypeError with the caller's message.
    pub fn to_int_index(&self, what: impl FnOnce(&str) -> String) -> PyResult<Int> {
        self.as_int()
            .ok_or_else(|| PyErr::msg(ExcKind::TypeError, what(self.class_name())))
    }
}

fn unsupported(op: &str, a: &Value, b: &Value) -> PyErr {
    PyErr::msg(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for {op}: '{}' and '{}'",
            a.class_name(),
            b.class_name()
        ),
    )
}

/// Binary operators of Python (the `op` strings are Python's operator symbols).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    /// The operator a dunder or `operator` function names without its underscores
    /// ("add" for `__add__` and `operator.add`, "and" for `__and__`).
    pub fn from_name(name: &str) -> Option<BinOp> {
        Some(match name {
            "add" => BinOp::Add,
            "sub" => BinOp::Sub,
            "mul" => BinOp::Mul,
            "truediv" => BinOp::TrueDiv,
            "floordiv" => BinOp::FloorDiv,
            "mod" => BinOp::Mod,
            "pow" => BinOp::Pow,
            "lshift" => BinOp::LShift,
            "rshift" => BinOp::RShift,
            "and" => BinOp::BitAnd,
            "or" => BinOp::BitOr,
            "xor" => BinOp::BitXor,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// `a op b` on dynamic values.
#[inline]
pub fn binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match scalar_binop(op, a, b) {
        Some(r) => r,
        None => binop_general(op, a, b),
    }
}

#[inline(never)]
fn binop_general(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = crate::object::obj_binop(op, a, b)? {
        return Ok(r);
    }
    if op == BinOp::BitOr
        && let Some(u) = crate::modules::typing::union_or(a, b)?
    {
        return Ok(u);
    }
    // Instances of subclasses of builtin types take part as their builtin value (list's
    // sq_concat accepts a list subclass: `[0] + Stack()`); errors name the classes.
    let (pa, mut pb) = (
        crate::class::builtin_base::payload(a),
        crate::class::builtin_base::payload(b),
    );
    // `fmt % x` formats x itself (its `__str__`/`__getitem__`), unless x is a tuple.
    if op == BinOp::Mod && matches!(a, Value::Str(_)) && !matches!(pb, Some(Value::Tuple(_))) {
        pb = None;
    }
    if pa.is_some() || pb.is_some() {
        let pb_used = pb.is_some();
        let x = pa.unwrap_or_else(|| a.clone());
        let y = pb.unwrap_or_else(|| b.clone());
        return builtin_binop(op, &x, &y).map_err(|e| {
            let prefix = "unsupported operand type(s)";
            match e.args() {
                [Value::Str(m)]
                    if e.kind() == ExcKind::TypeError && m.as_str().starts_with(prefix) =>
                {
                    unsupported(op.symbol(), a, b)
                }
                // A refused right operand is named by its own class (`can only
                // concatenate list (not "D") to list`), as the C code does.
                _ if pb_used && e.kind() == ExcKind::TypeError => {
                    builtin_binop(op, &x, b).err().unwrap_or(e)
                }
                _ => e,
            }
        });
    }
    builtin_binop(op, a, b)
}

/// The common small-int and float cases of `a op b`, answered before the object and
/// subclass checks (dynamic loops spend most of their arithmetic here). `None` sends
/// everything else, overflow and division by zero included, to the general path.
#[inline(always)]
pub(crate) fn scalar_binop(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    use Value as V;
    let f = |x: f64| Some(Ok(V::Float(x)));
    match (a, b) {
        (V::Int(Int::Small(x)), V::Int(Int::Small(y))) => {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y)?,
                BinOp::Sub => x.checked_sub(y)?,
                BinOp::Mul => x.checked_mul(y)?,
                BinOp::FloorDiv | BinOp::Mod if y == 0 => return None,
                BinOp::FloorDiv => return Some(Int::Small(x).floordiv(&Int::Small(y)).map(V::Int)),
                BinOp::Mod => return Some(Int::Small(x).modulo(&Int::Small(y)).map(V::Int)),
                BinOp::BitAnd => x & y,
                BinOp::BitOr => x | y,
                BinOp::BitXor => x ^ y,
                _ => return None,
            };
            Some(Ok(V::Int(Int::Small(r))))
        }
        (V::Float(x), V::Float(y)) => match op {
            BinOp::Add => f(x + y),
            BinOp::Sub => f(x - y),
            BinOp::Mul => f(x * y),
            BinOp::TrueDiv if *y != 0.0 => f(x / y),
            _ => None,
        },
        // int with float converts the int exactly only below 2**53; larger ones take the
        // general path, which rounds them as CPython does.
        (V::Float(x), V::Int(Int::Small(y))) if y.unsigned_abs() < (1 << 53) => {
            let y = *y as f64;
            match op {
                BinOp::Add => f(x + y),
                BinOp::Sub => f(x - y),
                BinOp::Mul => f(x * y),
                BinOp::TrueDiv if y != 0.0 => f(x / y),
                _ => None,
            }
        }
        (V::Int(Int::Small(x)), V::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            let x = *x as f64;
            match op {
                BinOp::Add => f(x + y),
                BinOp::Sub => f(x - y),
                BinOp::Mul => f(x * y),
                BinOp::TrueDiv if *y != 0.0 => f(x / y),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `a op b` for the builtin types' own combinations.
fn builtin_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    use Value as V;
    // int (and bool) with int
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        // bool & bool, bool | bool, bool ^ bool stay bool.
        if let (V::Bool(p), V::Bool(q)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(V::Bool(*p & *q)),
                BinOp::BitOr => return Ok(V::Bool(*p | *q)),
                BinOp::BitXor => return Ok(V::Bool(*p ^ *q)),
                _ => {}
            }
        }
        return int_binop(op, &x, &y);
    }
    // numbers with at least one float
    if let (Some(x), Some(y)) = (a.as_float_operand(), b.as_float_operand()) {
        let name = || unsupported(op.symbol(), a, b);
        return match op {
            BinOp::Add => Ok(V::Float(x? + y?)),
            BinOp::Sub => Ok(V::Float(x? - y?)),
            BinOp::Mul => Ok(V::Float(x? * y?)),
            BinOp::TrueDiv => Ok(V::Float(crate::float::truediv(x?, y?)?)),
            BinOp::FloorDiv => Ok(V::Float(crate::float::floordiv(x?, y?)?)),
            BinOp::Mod => Ok(V::Float(crate::float::modulo(x?, y?)?)),
            BinOp::Pow => crate::ops::float_pow(x?, y?),
            _ => Err(name()),
        };
    }
    match (op, a, b) {
        (BinOp::Add, V::Str(x), V::Str(y)) => Ok(V::Str(x.concat(y))),
        (BinOp::Add, V::List(x), V::List(y)) => Ok(V::List(x.concat(y))),
        (BinOp::Add, V::Tuple(x), V::Tuple(y)) => Ok(V::Tuple(x.concat(y))),
        (BinOp::Add, V::Str(_), _) => type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.class_name()
        )),
        (BinOp::Add, V::List(_), _) => type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            b.class_name()
        )),
        (BinOp::Add, V::Tuple(_), _) => type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.class_name()
        )),
        // sequence_repeat: the count goes through PyNumber_Index (a user `__index__`).
        (BinOp::Mul, V::Str(s), n) | (BinOp::Mul, n, V::Str(s)) => match n.as_index()? {
            Some(n) => Ok(V::Str(s.repeat(&n)?)),
            None => type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.class_name()
            )),
        },
        // sequence_repeat: the count goes through PyNumber_Index (a user `__index__`).
        (BinOp::Mul, V::List(s), n) | (BinOp::Mul, n, V::List(s)) => match n.as_index()? {
            Some(n) => Ok(V::List(s.repeat(&n)?)),
            None => type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.class_name()
            )),
        },
        // sequence_repeat: the count goes through PyNumber_Index (a user `__index__`).
        (BinOp::Mul, V::Tuple(s), n) | (BinOp::Mul, n, V::Tuple(s)) => match n.as_index()? {
            Some(n) => Ok(V::Tuple(s.repeat(&n)?)),
            None => type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.class_name()
            )),
        },
        (BinOp::Mod, V::Str(fmt), args) => {
            Ok(V::Str(crate::format::percent_format(fmt.as_str(), args)?))
        }
        (BinOp::BitOr, V::Dict(x), V::Dict(y)) => {
            let d = x.copy();
            d.update(y)?;
            Ok(V::Dict(d))
        }
        (
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
            V::Set(_) | V::FrozenSet(_),
            V::Set(_) | V::FrozenSet(_),
        ) => crate::setops::value_set_binop(op, a, b),
        (_, V::View(..), _) | (_, _, V::View(..)) => {
            match crate::views::dyn_keys_binop(op, a, b)? {
                Some(r) => Ok(r),
                None => Err(unsupported(op.symbol(), a, b)),
            }
        }
        _ => Err(unsupported(op.symbol(), a, b)),
    }
}

/// int op int (bools already converted).
pub fn int_binop(op: BinOp, x: &Int, y: &Int) -> PyResult<Value> {
    Ok(Value::Int(match op {
        BinOp::Add => x.add(y),
        BinOp::Sub => x.sub(y),
        BinOp::Mul => x.mul(y),
        BinOp::TrueDiv => return Ok(Value::Float(x.truediv(y)?)),
        BinOp::FloorDiv => x.floordiv(y)?,
        BinOp::Mod => x.modulo(y)?,
        BinOp::Pow => return crate::ops::int_pow(x, y),
        BinOp::LShift => x.shl(y)?,
        BinOp::RShift => x.shr(y)?,
        BinOp::BitAnd => x.bitand(y),
        BinOp::BitOr => x.bitor(y),
        BinOp::BitXor => x.bitxor(y),
        BinOp::MatMul => {
            return Err(unsupported(
                "@",
                &Value::Int(x.clone()),
                &Value::Int(y.clone()),
            ));
        }
    }))
}

impl Value {
    pub fn neg(&self) -> PyResult<Value> {
        if let Value::Obj(o) = self {
            return o.unary(o, "-");
        }
        match self {
            Value::Int(i) => Ok(Value::Int(i.neg())),
            Value::Bool(b) => Ok(Value::Int(Int::from(-(*b as i64)))),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => type_error(format!(
                "bad operand type for unary -: '{}'",
                self.class_name()
            )),
        }
    }

    pub fn pos(&self) -> PyResult<Value> {
        if let Value::Obj(o) = self {
            return o.unary(o, "+");
        }
        match self {
            Value::Int(_) | Value::Float(_) => Ok(self.clone()),
            Value::Bool(b) => Ok(Value::Int(Int::from(*b))),
            _ => type_error(format!(
                "bad operand type for unary +: '{}'",
                self.class_name()
            )),
        }
    }

    pub fn invert(&self) -> PyResult<Value> {
        if let Value::Obj(o) = self {
            return o.unary(o, "~");
        }
        match self.as_int() {
            Some(i) => Ok(Value::Int(i.invert())),
            None => type_error(format!(
                "bad operand type for unary ~: '{}'",
                self.class_name()
            )),
        }
    }

    /// `abs(x)`.
    pub fn abs(&self) -> PyResult<Value> {
        if let Value::Obj(o) = self {
            return o.unary(o, "abs");
        }
        match self {
            Value::Int(i) => Ok(Value::Int(i.abs())),
            Value::Bool(b) => Ok(Value::Int(Int::from(*b))),
            Value::Float(f) => Ok(Value::Float(f.abs())),
            _ => type_error(format!(
                "bad operand type for abs(): '{}'",
                self.class_name()
            )),
        }
    }

    /// `a != b`: `__ne__` for objects (which by default inverts `__eq__`).
    pub fn ne(&self, o: &Value) -> PyResult<bool> {
        crate::class::ne(self, o)
    }

    /// `a == b` across types: numbers compare by value (1 == 1.0 == True).
    pub fn eq(&self, o: &Value) -> PyResult<bool> {
        // The common cases first: no object or view can be involved.
        match (self, o) {
            (Value::Int(a), Value::Int(b)) => return Ok(a.eq_int(b)),
            (Value::Str(a), Value::Str(b)) => return Ok(a == b),
            (Value::Float(a), Value::Float(b)) => return Ok(a == b),
            _ => {}
        }
        if let Some(r) = crate::object::obj_eq(self, o)? {
            return Ok(r);
        }
        if let Some(r) = crate::views::dyn_view_eq(self, o)? {
            return Ok(r);
        }
        use Value as V;
        Ok(match (self, o) {
            (V::None, V::None) => true,
            (V::List(a), V::List(b)) => a.py_eq(b)?,
            (V::Tuple(a), V::Tuple(b)) => a.py_eq(b)?,
            (V::Dict(a), V::Dict(b)) => a.py_eq(b)?,
            (V::Set(a), V::Set(b)) => a.py_eq(b)?,
            (V::FrozenSet(a), V::FrozenSet(b)) => a.py_eq(b)?,
            (V::Set(a), V::FrozenSet(b)) => crate::set::table_eq(&a.snapshot(), b.table())?,
            (V::FrozenSet(a), V::Set(b)) => crate::set::table_eq(a.table(), &b.snapshot())?,
            (V::Range(a), V::Range(b)) => a.py_eq(b)?,
            (V::Exc(a), V::Exc(b)) => std::ptr::eq(a, b),
            _ => {
                if let (Some(a), Some(b)) = (self.as_int(), o.as_int()) {
                    a.eq_int(&b)
                } else if let (Some(a), Some(b)) = (self.num_for_compare(), o.num_for_compare()) {
                    crate::ops::num_eq(&a, &b)
                } else {
                    false
                }
            }
        })
    }

    fn num_for_compare(&self) -> Option<crate::ops::Num> {
        match self {
            Value::Int(i) => Some(crate::ops::Num::Int(i.clone())),
            Value::Bool(b) => Some(crate::ops::Num::Int(Int::from(*b))),
            Value::Float(f) => Some(crate::ops::Num::Float(*f)),
            _ => None,
        }
    }

    pub fn compare(&self, o: &Value, op: CmpOp) -> PyResult<bool> {
        match (self, o) {
            (Value::Int(a), Value::Int(b)) => return Ok(op.test(a.cmp_int(b))),
            (Value::Float(a), Value::Float(b)) => {
                return Ok(match op {
                    CmpOp::Lt => a < b,
                    CmpOp::Le => a <= b,
                    CmpOp::Gt => a > b,
                    CmpOp::Ge => a >= b,
                });
            }
            _ => {}
        }
        if let Some(r) = crate::object::obj_compare(self, o, op)? {
            return Ok(r);
        }
        // Kept out of line and off the path of every other comparison (strings, tuples).
        if (matches!(self, Value::View(..)) || matches!(o, Value::View(..)))
            && let Some(r) = crate::views::dyn_view_cmp(self, o, op)?
        {
            return Ok(r);
        }
        use Value as V;
        match (self, o) {
            (V::Str(a), V::Str(b)) => a.py_cmp(b, op),
            (V::List(a), V::List(b)) => a.py_cmp(b, op),
            (V::Tuple(a), V::Tuple(b)) => a.py_cmp(b, op),
            (V::Set(a), V::Set(b)) => a.py_cmp(b, op),
            (V::FrozenSet(a), V::FrozenSet(b)) => a.py_cmp(b, op),
            (V::Set(a), V::FrozenSet(b)) => crate::set::set_cmp(&a.snapshot(), b.table(), op),
            (V::FrozenSet(a), V::Set(b)) => crate::set::set_cmp(a.table(), &b.snapshot(), op),
            _ => match (self.num_for_compare(), o.num_for_compare()) {
                (Some(a), Some(b)) => Ok(crate::ops::num_cmp(&a, &b, op)),
                _ => type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.class_name(),
                    o.class_name()
                )),
            },
        }
    }

    /// `bool(self)`, which can run an object's own code (and fail).
    pub fn try_truthy(&self) -> PyResult<bool> {
        match self {
            Value::Obj(o) => o.truthy(o),
            _ => Ok(self.truthy()),
        }
    }

    /// `bool(self)` for values whose truth cannot fail (objects count as true; use
    /// `try_truthy` where an object may be present).
    pub fn truthy(&self) -> bool {
        match self {
            Value::Obj(o) => o.truthy(o).unwrap_or(true),
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => !i.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => s.char_len() > 0,
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Exc(_) | Value::Iter(_) => true,
            Value::View(_, d) => !d.is_empty(),
        }
    }

    /// `hash(x)`, consistent with `==` across numeric types.
    pub fn hash(&self) -> PyResult<i64> {
        if let Value::Obj(o) = self {
            return o.hash(o);
        }
        match self {
            Value::Obj(_) => Ok(0),
            Value::None => ().py_hash(),
            Value::Bool(b) => Ok(*b as i64),
            Value::Int(i) => Ok(i.hash()),
            Value::Float(f) => Ok(crate::hash::hash_float(*f)),
            Value::Str(s) => Ok(s.hash()),
            Value::Tuple(t) => t.py_hash(),
            Value::FrozenSet(f) => f.py_hash(),
            Value::Range(r) => r.py_hash(),
            Value::Exc(_) => Ok(0x5eed),
            Value::Iter(i) => i.py_hash(),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::View(..) => {
                type_error(format!("unhashable type: '{}'", self.class_name()))
            }
        }
    }

    /// `len(x)`.
    pub fn len(&self) -> PyResult<usize> {
        if let Value::Obj(o) = self {
            return o.len(o);
        }
        Ok(match self {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => return r.len_checked(),
            Value::View(_, d) => d.len(),
            _ => {
                return type_error(format!(
                    "object of type '{}' has no len()",
                    self.class_name()
                ));
            }
        })
    }

    pub fn is_empty(&self) -> PyResult<bool> {
        Ok(self.len()? == 0)
    }

    /// `x in self`.
    pub fn contains(&self, x: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = self {
            if let Some(r) = o.contains(o, x)? {
                return Ok(r);
            }
            let mut it = o.iter(o)?;
            while let Some(v) = it.next()? {
                if v.py_is(x) || v.eq(x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match self {
            Value::Str(s) => match x {
                Value::Str(sub) => Ok(s.contains(sub)),
                _ => type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    x.class_name()
                )),
            },
            Value::List(l) => l.contains(x),
            Value::Tuple(t) => t.contains(x),
            Value::Dict(d) => d.contains(x),
            Value::Set(s) => s.contains(x),
            Value::FrozenSet(s) => s.contains(x),
            Value::View(ViewKind::Keys, d) => d.contains(x),
            Value::View(..) | Value::Iter(_) => {
                let mut it = self.iter()?;
                while let Some(v) = it.next()? {
                    if v.py_is(x) || v.eq(x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Range(r) => Ok(match x.as_int() {
                Some(i) => r.contains(&i),
                None => {
                    // range falls back to iteration, which compares by ==.
                    let mut it = self.iter()?;
                    let mut found = false;
                    while let Some(v) = it.next()? {
                        if v.eq(x)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            }),
            _ => type_error(format!(
                "argument of type '{}' is not iterable",
                self.class_name()
            )),
        }
    }

    /// `self[key]`.
    pub fn getitem(&self, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = self {
            return o.getitem(o, key);
        }
        // A slice object as the key (passed on by a user __getitem__).
        if let Value::Obj(_) = key
            && let Some((a, b, c)) = crate::class::slice_bounds(key)?
        {
            return self.getslice(a, b, c);
        }
        match self {
            Value::Dict(d) => d.getitem(key),
            Value::List(l) => match key.as_index()? {
                Some(i) => l.getitem(&i),
                None => type_error(format!(
                    "list indices must be integers or slices, not {}",
                    key.class_name()
                )),
            },
            Value::Tuple(t) => match key.as_index()? {
                Some(i) => t.getitem(&i),
                None => type_error(format!(
                    "tuple indices must be integers or slices, not {}",
                    key.class_name()
                )),
            },
            Value::Str(s) => match key.as_index()? {
                Some(i) => Ok(Value::Str(s.getitem(&i)?)),
                None => type_error(format!(
                    "string indices must be integers, not '{}'",
                    key.class_name()
                )),
            },
            Value::Range(r) => match key.as_index()? {
                Some(i) => Ok(Value::Int(r.getitem(&i)?)),
                None => type_error(format!(
                    "range indices must be integers or slices, not {}",
                    key.class_name()
                )),
            },
            _ => type_error(format!(
                "'{}' object is not subscriptable",
                self.class_name()
            )),
        }
    }

    /// `self[a:b:c]`.
    pub fn getslice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<Value> {
        match self {
            Value::List(l) => Ok(Value::List(l.slice(start, stop, step)?)),
            Value::Tuple(t) => Ok(Value::Tuple(t.slice(start, stop, step)?)),
            Value::Str(s) => Ok(Value::Str(s.slice(start, stop, step)?)),
            Value::Range(r) => Ok(Value::Range(std::rc::Rc::new(r.slice(start, stop, step)?))),
            // Objects that slice (bytes) take the bounds through a method.
            Value::Obj(o) => {
                let b = |x: Option<i64>| x.map_or(Value::None, Value::int);
                match o.call_method(o, "__getslice__", vec![b(start), b(stop), b(step)], vec![]) {
                    // Others are indexed by the slice object, as `x[slice(a, b, c)]`
                    // (a deque's "sequence index must be integer, not 'slice'").
                    Err(e) if e.kind() == ExcKind::AttributeError => {
                        o.getitem(o, &crate::class::slice(b(start), b(stop), b(step)))
                    }
                    r => r,
                }
            }
            // A dict is looked up by the slice (unhashable, so a TypeError).
            Value::Dict(d) => {
                let b = |x: Option<i64>| x.map_or(Value::None, Value::int);
                d.getitem(&crate::class::slice(b(start), b(stop), b(step)))
            }
            _ => type_error(format!(
                "'{}' object is not subscriptable",
                self.class_name()
            )),
        }
    }

    /// `self[key] = v`.
    pub fn setitem(&self, key: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = self {
            return o.setitem(o, key, v);
        }
        if let Value::Obj(_) = &key
            && let Some((a, b, c)) = crate::class::slice_bounds(&key)?
        {
            return set_slice(self, a, b, c, &v);
        }
        match self {
            Value::Dict(d) => d.setitem(key, v),
            Value::List(l) => match key.as_index()? {
                Some(i) => l.setitem(&i, v),
                None => type_error(format!(
                    "list indices must be integers or slices, not {}",
                    key.class_name()
                )),
            },
            _ => type_error(format!(
                "'{}' object does not support item assignment",
                self.class_name()
            )),
        }
    }

    /// `del self[key]`.
    pub fn delitem(&self, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = self {
            return o.delitem(o, key);
        }
        if let Value::Obj(_) = key
            && let Some((a, b, c)) = crate::class::slice_bounds(key)?
        {
            return del_slice(self, a, b, c);
        }
        match self {
            Value::Dict(d) => d.delitem(key),
            Value::List(l) => match key.as_index()? {
                Some(i) => l.delitem(&i),
                None => type_error(format!(
                    "list indices must be integers or slices, not {}",
                    key.class_name()
                )),
            },
            _ => type_error(format!(
                "'{}' object doesn't support item deletion",
                self.class_name()
            )),
        }
    }

    /// `iter(self)`.
    pub fn iter(&self) -> PyResult<ValueIter> {
        if let Value::Obj(o) = self {
            return o.iter(o);
        }
        Ok(match self {
            Value::List(l) => ValueIter::List(l.clone(), 0),
            Value::Tuple(t) => ValueIter::Tuple(t.clone(), 0),
            Value::Str(s) => ValueIter::Str(s.clone(), 0),
            Value::Dict(d) => ValueIter::Dict(d.iter()),
            Value::Set(s) => ValueIter::Set(s.clone(), 0, s.len()),
            Value::FrozenSet(s) => ValueIter::FrozenSet(s.clone(), 0),
            Value::Range(r) => ValueIter::RangeIt(crate::iter::RangeIter::of(r)),
            Value::Iter(i) => ValueIter::Iter(i.clone()),
            Value::View(ViewKind::Keys, d) => ValueIter::Dict(d.iter()),
            Value::View(kind, d) => ValueIter::View(*kind, d.iter()),
            _ => return type_error(format!("'{}' object is not iterable", self.class_name())),
        })
    }

    /// All items as list(x), tuple(x) and sorted(x) take them: `iter(x)`, then the length
    /// hint (a user class's `__len__` runs), then the items.
    pub fn to_vec_sized(&self) -> PyResult<Vec<Value>> {
        // Only a user class's hint can be seen; everything else keeps to_vec's fast paths.
        match self {
            Value::Obj(o) if o.as_instance().is_some() => crate::iter::collect_vec_sized(self),
            _ => self.to_vec(),
        }
    }

    /// All items of an iterable, for unpacking and constructors.
    pub fn to_vec(&self) -> PyResult<Vec<Value>> {
        match self {
            Value::List(l) => Ok(l.to_vec()),
            Value::Tuple(t) => Ok(t.as_slice().to_vec()),
            _ => {
                let mut it = self.iter()?;
                let mut v = Vec::new();
                while let Some(x) = it.next()? {
                    v.push(x);
                }
                Ok(v)
            }
        }
    }
}

/// Iteration over a dynamic value.
pub enum ValueIter {
    List(List<Value>, usize),
    Tuple(Tup<Value>, usize),
    Str(Str, usize),
    Dict(crate::dict::DictIter<Value, Value>),
    Set(Set<Value>, usize, usize),
    FrozenSet(FrozenSet<Value>, usize),
    RangeIt(crate::iter::RangeIter),
    Vec(std::vec::IntoIter<Value>),
    Iter(crate::iter::Iter<Value>),
    View(ViewKind, crate::dict::DictIter<Value, Value>),
    /// A generator (gen.rs), resumed directly by for loops.
    Gen(std::rc::Rc<crate::genobj::Generator>),
}

impl ValueIter {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> PyResult<Option<Value>> {
        Ok(match self {
            ValueIter::List(l, i) => {
                let x = l.iter_at(*i);
                *i += 1;
                x
            }
            ValueIter::Tuple(t, i) => {
                let x = t.iter_at(*i);
                *i += 1;
                x
            }
            ValueIter::Str(s, i) => {
                // i is a byte offset here.
                let rest = &s.as_str()[*i..];
                match rest.chars().next() {
                    Some(c) => {
                        *i += c.len_utf8();
                        Some(Value::Str(Str::from_char(c)))
                    }
                    None => None,
                }
            }
            ValueIter::Dict(it) => it.next_entry()?.map(|(k, _)| k),
            ValueIter::Set(s, pos, expected) => {
                if s.len() != *expected {
                    *expected = usize::MAX;
                    return Err(PyErr::msg(
                        ExcKind::RuntimeError,
                        "Set changed size during iteration",
                    ));
                }
                match s.iter_from(*pos) {
                    Some((p, x)) => {
                        *pos = p;
                        Some(x)
                    }
                    None => None,
                }
            }
            ValueIter::FrozenSet(s, pos) => match s.iter_from(*pos) {
                Some((p, x)) => {
                    *pos = p;
                    Some(x)
                }
                None => None,
            },
            ValueIter::RangeIt(it) => crate::iter::PyIter::next_item(it)?.map(Value::Int),
            ValueIter::Vec(it) => it.next(),
            ValueIter::Iter(it) => crate::iter::PyIter::next_item(it)?,
            ValueIter::View(kind, it) => it.next_entry()?.map(|(k, v)| match kind {
                ViewKind::Values => v,
                _ => Value::Tuple(Tup::from_vec(vec![k, v])),
            }),
            ValueIter::Gen(g) => g.next_item()?,
        })
    }
}

impl PyObj for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
    #[inline]
    fn into_value(self) -> Value {
        self
    }
    fn type_name(&self) -> &'static str {
        self.class_name()
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        if let Value::Obj(o) = self {
            return o.repr_into(out);
        }
        match self {
            Value::Obj(o) => o.repr_into(out),
            Value::None => ().py_repr(out),
            Value::Bool(b) => b.py_repr(out),
            Value::Int(i) => i.py_repr(out),
            Value::Float(f) => f.py_repr(out),
            Value::Str(s) => s.py_repr(out),
            Value::List(l) => l.py_repr(out),
            Value::Tuple(t) => t.py_repr(out),
            Value::Dict(d) => d.py_repr(out),
            Value::Set(s) => s.py_repr(out),
            Value::FrozenSet(s) => s.py_repr(out),
            Value::Range(r) => r.py_repr(out),
            Value::Exc(e) => e.repr_into(out),
            Value::Iter(i) => i.py_repr(out),
            Value::View(kind, d) => match kind {
                ViewKind::Keys => crate::views::KeysView::new(d.clone()).py_repr(out),
                ViewKind::Values => crate::views::ValuesView::new(d.clone()).py_repr(out),
                ViewKind::Items => crate::views::ItemsView::new(d.clone()).py_repr(out),
            },
        }
    }
    fn py_str(&self, out: &mut String) -> PyResult<()> {
        if let Value::Obj(o) = self {
            return o.str_into(out);
        }
        match self {
            Value::Str(s) => s.py_str(out),
            Value::Exc(e) => e.str_into(out),
            _ => self.py_repr(out),
        }
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        self.eq(other)
    }
    fn py_hash(&self) -> PyResult<i64> {
        self.hash()
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        self.compare(other, op)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        self.try_truthy()
    }
    fn py_is(&self, other: &Self) -> bool {
        if let (Value::Obj(a), Value::Obj(b)) = (self, other) {
            return std::rc::Rc::ptr_eq(a, b);
        }
        use Value as V;
        match (self, other) {
            (V::None, V::None) => true,
            (V::Bool(a), V::Bool(b)) => a == b,
            (V::Int(a), V::Int(b)) => a.py_is(b),
            (V::Float(a), V::Float(b)) => a.py_is(b),
            (V::Str(a), V::Str(b)) => a.py_is(b),
            (V::List(a), V::List(b)) => a.py_is(b),
            (V::Tuple(a), V::Tuple(b)) => a.py_is(b),
            (V::Dict(a), V::Dict(b)) => a.py_is(b),
            (V::Set(a), V::Set(b)) => a.py_is(b),
            (V::FrozenSet(a), V::FrozenSet(b)) => a.py_is(b),
            (V::Range(a), V::Range(b)) => a.py_is(b),
            (V::Iter(a), V::Iter(b)) => a.py_is(b),
            (V::Exc(a), V::Exc(b)) => a.py_is(b),
            _ => false,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.repr_string() {
            Ok(s) => f.write_str(&s),
            Err(_) => f.write_str("<value>"),
        }
    }
}

impl From<Int> for Value {
    fn from(i: Int) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<Str> for Value {
    fn from(s: Str) -> Value {
        Value::Str(s)
    }
}

pub use crate::methods::call_method;

/// `x.name` for builtin values (the few data attributes they have).
pub fn getattr(v: &Value, name: &str) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        return o.getattr(o, name);
    }
    match (v, name) {
        (Value::Int(_) | Value::Bool(_), "real" | "numerator") => {
            Ok(Value::Int(v.as_int().unwrap_or(Int::ZERO)))
        }
        (Value::Int(_) | Value::Bool(_), "imag") => Ok(Value::Int(Int::ZERO)),
        (Value::Int(_) | Value::Bool(_), "denominator") => Ok(Value::Int(Int::ONE)),
        (Value::Float(f), "real") => Ok(Value::Float(*f)),
        (Value::Float(_), "imag") => Ok(Value::Float(0.0)),
        (Value::Exc(e), "args") => Ok(Value::Tuple(Tup::from_vec(e.visible_args().to_vec()))),
        (Value::Exc(e), "errno" | "strerror" | "filename" | "filename2")
            if e.matches(ExcKind::OSError) =>
        {
            Ok(e.os_attr(name))
        }
        (Value::Exc(e), "encoding" | "object" | "start" | "end" | "reason")
            if let Some(v) = e.unicode_attr(name) =>
        {
            Ok(v)
        }
        (Value::Exc(e), "value") if e.matches(ExcKind::StopIteration) => {
            Ok(crate::genobj::stop_value(e))
        }
        // SystemExit_init: no argument is None, one is itself, more are the tuple.
        (Value::Exc(e), "code") if e.matches(ExcKind::SystemExit) => Ok(match e.args() {
            [] => Value::None,
            [x] => x.clone(),
            xs => Value::Tuple(Tup::from_vec(xs.to_vec())),
        }),
        (Value::Exc(e), "name" | "path") if e.matches(ExcKind::ImportError) => {
            Ok(e.import_attr(name))
        }
        (Value::Exc(e), "name") if e.matches(ExcKind::NameError) => Ok(e.name_attr()),
        // AttributeError's `name` and `obj`: set where CPython records them for suggestions.
        (Value::Exc(e), "name" | "obj") if e.matches(ExcKind::AttributeError) => {
            Ok(match e.attr_context() {
                Some((obj, n)) if name == "obj" => {
                    let _ = n;
                    obj.clone()
                }
                Some((_, n)) => Value::Str(n.clone()),
                None => Value::None,
            })
        }
        (Value::Exc(e), "msg" | "pos" | "lineno" | "colno")
            if e.kind() == ExcKind::JSONDecodeError
                && let Some(v) = json_error_field(e, name) =>
        {
            Ok(v)
        }
        (Value::Exc(e), "msg" | "pos" | "lineno" | "colno")
            if e.kind() == ExcKind::error
                && let Some(Value::Str(text)) = e.args().first()
                && let Some(v) = crate::modules::re::error_field(text.as_str(), name) =>
        {
            Ok(v)
        }
        (Value::Exc(e), "__cause__") => Ok(e
            .cause()
            .map_or(Value::None, |c| crate::obj::PyObj::to_value(&c))),
        (Value::Exc(e), "__context__") => Ok(e
            .context()
            .map_or(Value::None, |c| crate::obj::PyObj::to_value(&c))),
        (Value::Exc(e), "__suppress_context__") => Ok(Value::Bool(e.suppress_context())),
        (Value::Range(r), "start") => Ok(Value::Int(r.start.clone())),
        (Value::Range(r), "stop") => Ok(Value::Int(r.stop.clone())),
        (Value::Range(r), "step") => Ok(Value::Int(r.step.clone())),
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", v.class_name()),
        )),
    }
}

/// JSONDecodeError's msg, pos, lineno and colno (Lib/json/decoder.py), read back from its
/// message, which modules/json.rs always builds as "msg: line L column C (char P)".
fn json_error_field(e: &PyErr, name: &str) -> Option<Value> {
    let Some(Value::Str(s)) = e.args().first() else {
        return None;
    };
    let (msg, rest) = s.as_str().rsplit_once(": line ")?;
    let (lineno, rest) = rest.split_once(" column ")?;
    let (colno, rest) = rest.split_once(" (char ")?;
    let pos = rest.strip_suffix(')')?;
    let num = |t: &str| t.parse::<i64>().ok().map(|n| Value::Int(Int::from(n)));
    match name {
        "msg" => Some(Value::Str(Str::from(msg))),
        "lineno" => num(lineno),
        "colno" => num(colno),
        _ => num(pos),
    }
}

/// `obj[a:b:c] = items` on a dynamic value.
pub fn set_slice(
    obj: &Value,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    items: &Value,
) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            let v = items
                .to_vec()
                .map_err(|_| PyErr::msg(ExcKind::TypeError, "can only assign an iterable"))?;
            l.set_slice(start, stop, step, v)
        }
        // A user object receives a slice object (`obj[1:3] = x` calls __setitem__).
        Value::Obj(o) => o.setitem(o, crate::class::slice_of(start, stop, step), items.clone()),
        _ => type_error(format!(
            "'{}' object does not support item assignment",
            obj.class_name()
        )),
    }
}

/// `del obj[a:b:c]` on a dynamic value.
pub fn del_slice(
    obj: &Value,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<()> {
    match obj {
        Value::List(l) => l.del_slice(start, stop, step),
        Value::Obj(o) => o.delitem(o, &crate::class::slice_of(start, stop, step)),
        _ => type_error(format!(
            "'{}' object does not support item deletion",
            obj.class_name()
        )),
    }
}

/// The bounds of `obj[a:b:c]` as the sequence types use them (clamped; CPython's
/// _PyEval_SliceIndex TypeError for a bound that is not an int, None or `__index__`).
fn seq_bounds(
    a: &Value,
    b: &Value,
    c: &Value,
) -> PyResult<(Option<i64>, Option<i64>, Option<i64>)> {
    use crate::conv::slice_bound;
    Ok((slice_bound(a)?, slice_bound(b)?, slice_bound(c)?))
}

/// `obj[a:b:c]` on a dynamic value, the bounds as evaluated. The builtin sequences clamp
/// them; any other object gets the slice object itself (`slice(10**30, None, None)` for a
/// user `__getitem__`, as CPython builds it).
pub fn slice_get(obj: &Value, a: Value, b: Value, c: Value) -> PyResult<Value> {
    match obj {
        // A range's step multiplies its own: exactly, however large.
        Value::Range(r) => {
            let (x, y, z) = seq_bounds(&a, &b, &c)?;
            let big = match &c {
                Value::Int(i @ Int::Big(_)) => Some(i),
                _ => None,
            };
            Ok(Value::Range(std::rc::Rc::new(r.slice_by(x, y, z, big)?)))
        }
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => {
            let (a, b, c) = seq_bounds(&a, &b, &c)?;
            obj.getslice(a, b, c)
        }
        // Runtime objects (bytes): their slicing method when the bounds are ints.
        Value::Obj(o) if crate::object::inst(o).is_none() => match seq_bounds(&a, &b, &c) {
            Ok((x, y, z)) => obj.getslice(x, y, z),
            Err(_) => o.getitem(o, &crate::class::slice(a, b, c)),
        },
        Value::Obj(o) => o.getitem(o, &crate::class::slice(a, b, c)),
        // Looked up by the slice (unhashable, so a TypeError).
        Value::Dict(d) => d.getitem(&crate::class::slice(a, b, c)),
        _ => type_error(format!(
            "'{}' object is not subscriptable",
            obj.class_name()
        )),
    }
}

/// `obj[a:b:c] = items` on a dynamic value, the bounds as evaluated (see `slice_get`).
pub fn slice_set(obj: &Value, a: Value, b: Value, c: Value, items: &Value) -> PyResult<()> {
    match obj {
        Value::List(_) => {
            let (a, b, c) = seq_bounds(&a, &b, &c)?;
            set_slice(obj, a, b, c, items)
        }
        Value::Obj(o) => o.setitem(o, crate::class::slice(a, b, c), items.clone()),
        Value::Dict(d) => d.setitem(crate::class::slice(a, b, c), items.clone()),
        _ => type_error(format!(
            "'{}' object does not support item assignment",
            obj.class_name()
        )),
    }
}

/// `del obj[a:b:c]` on a dynamic value, the bounds as evaluated (see `slice_get`).
pub fn slice_del(obj: &Value, a: Value, b: Value, c: Value) -> PyResult<()> {
    match obj {
        Value::List(_) => {
            let (a, b, c) = seq_bounds(&a, &b, &c)?;
            del_slice(obj, a, b, c)
        }
        Value::Obj(o) => o.delitem(o, &crate::class::slice(a, b, c)),
        Value::Dict(d) => d.delitem(&crate::class::slice(a, b, c)),
        _ => type_error(format!(
            "'{}' object does not support item deletion",
            obj.class_name()
        )),
    }
}
