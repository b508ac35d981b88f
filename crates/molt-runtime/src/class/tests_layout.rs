//! Instance field layouts (layout.rs): every way of reaching an attribute (the field API,
//! the generic path, the inline caches, hasattr, del, `__dict__`, dir, copy) behaves as on
//! a plain instance, checked against python3 and, with random operation sequences,
//! against an instance of the same class without a layout.

use super::tests::{call, class, cm, compare, func, n, s, show, show_unit};
use super::*;
use crate::attr;
use crate::exc::PyResult;
use crate::value::Value;
use proptest::prelude::*;

/// Field ids as the compiler would number them program-wide.
const FX: u32 = 3;
const FY: u32 = 7;
const FM: u32 = 1;
const FZ: u32 = 4;

/// `class P: kind = "cls"; def m(self): return "method"; def norm(self): ...` with
/// layout (x, y, m).
fn point_class() -> Value {
    let p = class(
        "P",
        vec![],
        vec![
            ("kind", s("cls")),
            ("m", func("m", |_| Ok(s("method")))),
            (
                "norm",
                func("norm", |a| {
                    let me = a.first().cloned().unwrap_or_default();
                    let x = field_get(&me, FX, "x")?;
                    let y = field_get(&me, FY, "y")?;
                    crate::value::binop(crate::value::BinOp::Add, &x, &y)
                }),
            ),
        ],
    );
    set_layout(&p, 5, &[(FX, "x"), (FY, "y"), (FM, "m"), (FZ, "kind")]);
    p
}

fn ic_get(v: &Value, name: &'static str) -> PyResult<Value> {
    match name {
        "x" => attr::getattr_ic(v, "x", crate::site!()),
        "y" => attr::getattr_ic(v, "y", crate::site!()),
        "m" => attr::getattr_ic(v, "m", crate::site!()),
        "kind" => attr::getattr_ic(v, "kind", crate::site!()),
        _ => attr::getattr_ic(v, "d", crate::site!()),
    }
}

fn ic_set(v: &Value, name: &'static str, x: Value) -> PyResult<()> {
    match name {
        "x" => attr::setattr_ic(v, "x", x, crate::site!()),
        "y" => attr::setattr_ic(v, "y", x, crate::site!()),
        "m" => attr::setattr_ic(v, "m", x, crate::site!()),
        "kind" => attr::setattr_ic(v, "kind", x, crate::site!()),
        _ => attr::setattr_ic(v, "d", x, crate::site!()),
    }
}

/// `v.m()` through an inline-cached call site, both entry points.
fn ic_call_m(v: &Value) -> (PyResult<Value>, PyResult<Value>) {
    let a = attr::call_method_ic(v, "m", vec![Value::None], vec![], crate::site!());
    let b = attr::call_method_ic_pos(v, "m", &mut [Value::None], crate::site!());
    (a, b)
}

fn sorted_dict(v: &Value) -> String {
    match v {
        Value::Dict(d) => {
            let mut items: Vec<String> = d
                .items_vec()
                .iter()
                .map(|(k, x)| format!("{}={}", show(Ok(k.clone())), show(Ok(x.clone()))))
                .collect();
            items.sort();
            items.join(",")
        }
        other => show(Ok(other.clone())),
    }
}

#[test]
fn fields_through_every_path() {
    let p = point_class();
    let mut out = vec![];
    let o = alloc(&p);
    assert_eq!(tag(&o), 5);
    assert_eq!(tag(&n(1)), u32::MAX);
    assert_eq!(
        tag(&call(&class("Q", vec![], vec![]), vec![]).unwrap()),
        u32::MAX
    );
    // Unset: AttributeError from every path.
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(attr::getattr(&o, "x")));
    out.push(show(ic_get(&o, "x")));
    out.push(show(attr::hasattr(&o, "x").map(Value::Bool)));
    out.push(show_unit(attr::delattr(&o, "x")));
    // An unset field with a class attribute of its name reads the class attribute.
    out.push(show(field_get(&o, FZ, "kind")));
    out.push(show(ic_get(&o, "kind")));
    // Set through the API, read through all paths.
    field_set(&o, FX, "x", n(3)).unwrap();
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(attr::getattr(&o, "x")));
    out.push(show(ic_get(&o, "x")));
    out.push(show(ic_get(&o, "x")));
    out.push(show(attr::hasattr(&o, "x").map(Value::Bool)));
    // Set through the generic path and the cache, read through the API.
    attr::setattr(&o, "y", n(4)).unwrap();
    out.push(show(field_get(&o, FY, "y")));
    ic_set(&o, "y", n(5)).unwrap();
    ic_set(&o, "y", n(6)).unwrap();
    out.push(show(field_get(&o, FY, "y")));
    out.push(show(cm(&o, "norm", vec![])));
    // A name outside the layout lives in the dict.
    ic_set(&o, "d", n(9)).unwrap();
    out.push(show(ic_get(&o, "d")));
    out.push(show(field_get(&o, 99, "d")));
    ic_set(&o, "kind", s("inst")).unwrap();
    out.push(show(ic_get(&o, "kind")));
    out.push(show(attr::getattr(&p, "kind")));
    // Deleting: the slot is unset, a second delete raises.
    out.push(show_unit(attr::delattr(&o, "x")));
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(ic_get(&o, "x")));
    out.push(show_unit(attr::delattr(&o, "x")));
    out.push(show(attr::hasattr(&o, "x").map(Value::Bool)));
    field_set(&o, FX, "x", n(1)).unwrap();
    // dir lists the set fields.
    let names: Vec<String> = attr::dir_names(&o)
        .into_iter()
        .map(|s| s.as_str().to_string())
        .filter(|s| !s.starts_with("__"))
        .collect();
    out.push(names.join(","));
    // __dict__ materialises the fields, and stays live afterwards.
    // (Sorted: the dict lists the fields in slot order, CPython in insertion order.)
    let d = attr::vars(&o).unwrap();
    out.push(sorted_dict(&d));
    if let Value::Dict(dd) = &d {
        dd.setitem(s("x"), n(100)).unwrap();
    }
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(ic_get(&o, "x")));
    field_set(&o, FY, "y", n(200)).unwrap();
    out.push(sorted_dict(&d));
    out.push(show_unit(attr::delattr(&o, "y")));
    out.push(show(field_get(&o, FY, "y")));
    out.push(sorted_dict(&attr::vars(&o).unwrap()));
    let py = r#"
class P:
    kind = "cls"
    def m(self): return "method"
    def norm(self): return self.x + self.y
o = object.__new__(P)
print(show(lambda: o.x)); print(show(lambda: o.x)); print(show(lambda: o.x))
print(hasattr(o, "x"))
def d(): del o.x
print(show(d))
print(show(lambda: o.kind)); print(show(lambda: o.kind))
o.x = 3
print(show(lambda: o.x)); print(show(lambda: o.x)); print(show(lambda: o.x)); print(show(lambda: o.x))
print(hasattr(o, "x"))
o.y = 4
print(show(lambda: o.y))
o.y = 5; o.y = 6
print(show(lambda: o.y))
print(show(lambda: o.norm()))
o.d = 9
print(show(lambda: o.d)); print(show(lambda: o.d))
o.kind = "inst"
print(show(lambda: o.kind)); print(show(lambda: P.kind))
print(show(d)); print(show(lambda: o.x)); print(show(lambda: o.x)); print(show(d))
print(hasattr(o, "x"))
o.x = 1
print(",".join(n for n in dir(o) if not n.startswith("__")))
def sd(d): return ",".join(sorted(repr(k) + "=" + repr(v) for k, v in d.items()))
dd = vars(o)
print(sd(dd))
dd["x"] = 100
print(show(lambda: o.x)); print(show(lambda: o.x))
o.y = 200
print(sd(dd))
def dy(): del o.y
print(show(dy)); print(show(lambda: o.y)); print(sd(vars(o)))
"#;
    compare(py, &out);
}

#[test]
fn field_shadows_method() {
    let p = point_class();
    let o = alloc(&p);
    let mut out = vec![];
    let (a, b) = ic_call_m(&o);
    out.push(show(a));
    out.push(show(b));
    out.push(show(cm(&o, "m", vec![])));
    field_set(&o, FM, "m", func("f", |_| Ok(s("field")))).unwrap();
    for _ in 0..2 {
        let (a, b) = ic_call_m(&o);
        out.push(show(a));
        out.push(show(b));
    }
    out.push(show(cm(&o, "m", vec![])));
    out.push(show(call(&ic_get(&o, "m").unwrap(), vec![])));
    attr::setattr(&o, "m", n(1)).unwrap();
    let (a, b) = ic_call_m(&o);
    out.push(show(a));
    out.push(show(b));
    attr::delattr(&o, "m").unwrap();
    let (a, b) = ic_call_m(&o);
    out.push(show(a));
    out.push(show(b));
    let py = r#"
class P:
    def m(self): return "method"
o = P()
print(show(lambda: o.m())); print(show(lambda: o.m())); print(show(lambda: o.m()))
o.m = lambda: "field"
for _ in range(2):
    print(show(lambda: o.m())); print(show(lambda: o.m()))
print(show(lambda: o.m())); print(show(lambda: o.m()))
o.m = 1
print(show(lambda: o.m())); print(show(lambda: o.m()))
del o.m
print(show(lambda: o.m())); print(show(lambda: o.m()))
"#;
    compare(py, &out);
}

#[test]
fn class_changes_reach_the_fast_paths() {
    let p = point_class();
    let o = alloc(&p);
    let mut out = vec![];
    field_set(&o, FX, "x", n(1)).unwrap();
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(ic_get(&o, "x")));
    // A property named like the field, added later, takes over get and set.
    let prop = crate::class::property(
        func("get", |_| Ok(n(42))),
        func("set", |_| Ok(Value::None)),
        Value::None,
        Value::None,
    );
    attr::setattr(&p, "x", prop).unwrap();
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(ic_get(&o, "x")));
    out.push(show_unit(field_set(&o, FX, "x", n(5))));
    out.push(show(attr::getattr(&o, "x")));
    attr::delattr(&p, "x").unwrap();
    // The slot kept the value the property hid.
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(ic_get(&o, "x")));
    // __getattribute__ overridden afterwards.
    attr::setattr(
        &p,
        "__getattribute__",
        func("ga", |a| Ok(a.get(1).cloned().unwrap_or_default())),
    )
    .unwrap();
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(ic_get(&o, "x")));
    let py = r#"
class P: pass
o = P()
o.x = 1
print(show(lambda: o.x)); print(show(lambda: o.x))
P.x = property(lambda s: 42, lambda s, v: None)
print(show(lambda: o.x)); print(show(lambda: o.x))
def st(): o.x = 5
print(show(st)); print(show(lambda: o.x))
del P.x
print(show(lambda: o.x)); print(show(lambda: o.x))
P.__getattribute__ = lambda s, n: n
print(show(lambda: o.x)); print(show(lambda: o.x))
"#;
    compare(py, &out);
}

#[test]
fn copies_and_subclasses() {
    let p = point_class();
    // A subclass with its own layout, the same field ids in other slots.
    let q = class("Q", vec![p.clone()], vec![]);
    set_layout(&q, 6, &[(FZ, "z"), (FY, "y"), (FX, "x")]);
    // A subclass without a layout: a plain dict.
    let r = class("R", vec![p.clone()], vec![]);
    assert_eq!(tag(&alloc(&q)), 6);
    assert_eq!(tag(&alloc(&r)), u32::MAX);
    let mut out = vec![];
    for c in [&p, &q, &r] {
        let o = alloc(c);
        field_set(&o, FX, "x", list(vec![n(1)])).unwrap();
        field_set(&o, FY, "y", n(2)).unwrap();
        let c1 = crate::modules::copy::copy(&o).unwrap();
        let c2 = crate::modules::copy::deepcopy(&o).unwrap();
        cm(&field_get(&o, FX, "x").unwrap(), "append", vec![n(3)]).unwrap();
        field_set(&o, FY, "y", n(7)).unwrap();
        out.push(format!(
            "{} {} {} {}",
            show(field_get(&c1, FX, "x")),
            show(field_get(&c1, FY, "y")),
            show(field_get(&c2, FX, "x")),
            show(ic_get(&c2, "y"))
        ));
        out.push(show(cm(&c1, "norm", vec![])));
        out.push(sorted_dict(&attr::vars(&c2).unwrap()));
        out.push(show(attr::getattr(
            &attr::getattr(&c1, "__class__").unwrap(),
            "__name__",
        )));
    }
    let py = r#"
import copy
class P:
    def norm(self): return self.x + self.y
class Q(P): pass
class R(P): pass
for c in [P, Q, R]:
    o = c()
    o.x = [1]; o.y = 2
    c1 = copy.copy(o); c2 = copy.deepcopy(o)
    o.x.append(3); o.y = 7
    print(show(lambda: c1.x), show(lambda: c1.y), show(lambda: c2.x), show(lambda: c2.y))
    print(show(lambda: c1.norm()))
    print(",".join(sorted(repr(k) + "=" + repr(v) for k, v in vars(c2).items())))
    print(repr(type(c1).__name__))
"#;
    compare(py, &out);
}

fn list(v: Vec<Value>) -> Value {
    super::tests::list(v)
}

#[test]
fn refused_layouts_change_nothing() {
    // A class with __slots__ gets a member layout: its slot fields are the members'
    // slots, which the generic path (the member descriptor) reads too; a field that is
    // no slot takes the generic path and its AttributeError.
    let sl = class(
        "S",
        vec![],
        vec![("__slots__", super::tests::tup(vec![s("a")]))],
    );
    set_layout(&sl, 1, &[(0, "a"), (1, "b")]);
    let o = alloc(&sl);
    assert_eq!(tag(&o), 1);
    assert!(field_get(&o, 0, "a").is_err());
    field_set(&o, 0, "a", n(5)).unwrap();
    assert_eq!(show(attr::getattr(&o, "a")), show(Ok(n(5))));
    attr::setattr(&o, "a", n(6)).unwrap();
    assert_eq!(show(field_get(&o, 0, "a")), show(Ok(n(6))));
    assert!(field_set(&o, 1, "b", n(1)).is_err());
    // A second call is ignored.
    let p = point_class();
    set_layout(&p, 9, &[(0, "q")]);
    assert_eq!(tag(&alloc(&p)), 5);
    assert!(alloc(&n(1)).is_none());
    // An exception class keeps none either.
    let e = class("E", vec![builtin_class("Exception").unwrap()], vec![]);
    set_layout(&e, 2, &[(0, "a")]);
    assert_eq!(tag(&call(&e, vec![]).unwrap()), u32::MAX);
}

// ------------------------------------------------------------------ random sequences

#[derive(Debug, Clone)]
enum Op {
    Get(usize, u8),
    Set(usize, u8, i64),
    Del(usize),
    Has(usize),
    Call,
    Dict,
    Copy(bool),
}

const NAMES: [(&str, u32); 4] = [("x", FX), ("y", FY), ("m", FM), ("d", 99)];

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..4usize, 0..3u8).prop_map(|(k, p)| Op::Get(k, p)),
        4 => (0..4usize, 0..3u8, -3..3i64).prop_map(|(k, p, v)| Op::Set(k, p, v)),
        2 => (0..4usize).prop_map(Op::Del),
        1 => (0..4usize).prop_map(Op::Has),
        1 => Just(Op::Call),
        1 => Just(Op::Dict),
        1 => any::<bool>().prop_map(Op::Copy),
    ]
}

/// Applies one operation; the instance may be replaced (copies).
fn apply(o: &mut Value, op: &Op) -> String {
    let name = |k: usize| NAMES.get(k).copied().unwrap_or(("d", 99));
    match *op {
        Op::Get(k, p) => {
            let (nm, f) = name(k);
            show(match p {
                0 => field_get(o, f, nm),
                1 => attr::getattr(o, nm),
                _ => ic_get(o, nm),
            })
        }
        Op::Set(k, p, v) => {
            let (nm, f) = name(k);
            show_unit(match p {
                0 => field_set(o, f, nm, n(v)),
                1 => attr::setattr(o, nm, n(v)),
                _ => ic_set(o, nm, n(v)),
            })
        }
        Op::Del(k) => show_unit(attr::delattr(o, name(k).0)),
        Op::Has(k) => format!("{:?}", attr::hasattr(o, name(k).0).unwrap()),
        Op::Call => {
            let (a, b) = ic_call_m(o);
            format!("{} {}", show(a), show(b))
        }
        Op::Dict => sorted_dict(&attr::vars(o).unwrap()),
        Op::Copy(deep) => {
            let c = if deep {
                crate::modules::copy::deepcopy(o)
            } else {
                crate::modules::copy::copy(o)
            };
            *o = c.unwrap();
            String::new()
        }
    }
}

/// The text with object addresses blanked (two instances never share one).
fn no_addr(t: String) -> String {
    match t.find(" at 0x") {
        Some(i) => {
            let rest = &t[i + 6..];
            let end = rest
                .find(|c: char| !c.is_ascii_hexdigit())
                .unwrap_or(rest.len());
            format!("{} at 0x_{}", &t[..i], &rest[end..])
        }
        None => t,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn layout_instance_behaves_like_a_plain_one(ops in proptest::collection::vec(op(), 0..40)) {
        let ns = || vec![("m", func("m", |_| Ok(s("method")))), ("y", s("cls-y"))];
        let plain = class("P", vec![], ns());
        let laid = class("P", vec![], ns());
        set_layout(&laid, 0, &[(FX, "x"), (FY, "y"), (FM, "m")]);
        let mut a = alloc(&plain);
        let mut b = alloc(&laid);
        for o in &ops {
            let ra = no_addr(apply(&mut a, o));
            let rb = no_addr(apply(&mut b, o));
            prop_assert_eq!(ra, rb, "{:?}", o);
        }
    }
}

// ------------------------------------------------------------------ the fast path's cost

/// `field_get` kept out of line, so that its code can be read and counted
/// (`valgrind --tool=callgrind --toggle-collect='*probe_field_get*'`).
#[inline(never)]
fn probe_field_get(v: &Value) -> PyResult<Value> {
    field_get(v, FX, "x")
}

#[inline(never)]
fn probe_field_set(v: &Value, x: Value) -> PyResult<()> {
    field_set(v, FX, "x", x)
}

#[test]
fn fast_paths_in_a_loop() {
    let p = point_class();
    let o = alloc(&p);
    let mut total = 0i64;
    for k in 0..10_000i64 {
        probe_field_set(&o, n(k)).unwrap();
        total += probe_field_get(&o)
            .unwrap()
            .as_int()
            .and_then(|i| i.as_i64())
            .unwrap_or(-1);
    }
    assert_eq!(total, 10_000 * 9_999 / 2);
}

/// The inline-cached `obj.x` of compiled code today, for comparison with `field_get`.
#[inline(never)]
fn probe_ic_get(v: &Value) -> PyResult<Value> {
    attr::getattr_ic(v, "x", crate::site!())
}

#[test]
fn cached_paths_in_a_loop() {
    // The same reads through the inline cache, on a layout instance and a plain one.
    let p = point_class();
    let q = class("Q", vec![], vec![]);
    let mut total = 0i64;
    for c in [&p, &q] {
        let o = alloc(c);
        attr::setattr(&o, "x", n(2)).unwrap();
        for _ in 0..10_000 {
            total += probe_ic_get(&o)
                .unwrap()
                .as_int()
                .and_then(|i| i.as_i64())
                .unwrap_or(-1);
        }
    }
    assert_eq!(total, 40_000);
}

#[test]
fn dict_writers_and_copy_protocols() {
    let mut out = vec![];
    // functools.cached_property named like a field: its value lands in the dict, the
    // instance moves to dict mode and every path sees the same value.
    let cp = super::dataclass::cached_property_class().unwrap();
    let prop = call(&cp, vec![func("c", |_| Ok(n(11)))]).unwrap();
    let k = class("K", vec![], vec![("c", prop)]);
    set_layout(&k, 1, &[(FX, "x"), (FZ, "c")]);
    let o = alloc(&k);
    field_set(&o, FX, "x", n(1)).unwrap();
    out.push(show(attr::getattr(&o, "c")));
    out.push(show(field_get(&o, FZ, "c")));
    out.push(show(field_get(&o, FX, "x")));
    field_set(&o, FZ, "c", n(12)).unwrap();
    out.push(show(attr::getattr(&o, "c")));
    out.push(sorted_dict(&attr::vars(&o).unwrap()));
    // Assigning __dict__ replaces the fields too.
    let o = alloc(&point_class());
    field_set(&o, FX, "x", n(1)).unwrap();
    let nd = crate::dict::Dict::new();
    nd.setitem(s("y"), n(5)).unwrap();
    attr::setattr(&o, "__dict__", Value::Dict(nd)).unwrap();
    out.push(show(field_get(&o, FX, "x")));
    out.push(show(field_get(&o, FY, "y")));
    // copy through __setstate__ and through a __getstate__ dict.
    let set_state = func("__setstate__", |a| {
        let me = a.first().cloned().unwrap_or_default();
        let st = a.get(1).cloned().unwrap_or_default();
        field_set(&me, FY, "y", st)?;
        Ok(Value::None)
    });
    let g = class("G", vec![], vec![("__setstate__", set_state)]);
    set_layout(&g, 2, &[(FX, "x"), (FY, "y")]);
    let o = alloc(&g);
    field_set(&o, FX, "x", n(1)).unwrap();
    let c = crate::modules::copy::copy(&o).unwrap();
    out.push(show(attr::getattr(&c, "x")));
    out.push(show(attr::getattr(&c, "y")));
    let get_state = func("__getstate__", |_| {
        let d = crate::dict::Dict::new();
        d.setitem(s("x"), n(8))?;
        d.setitem(s("w"), n(9))?;
        Ok(Value::Dict(d))
    });
    let h = class("H", vec![], vec![("__getstate__", get_state)]);
    set_layout(&h, 3, &[(FX, "x")]);
    let c = crate::modules::copy::deepcopy(&alloc(&h)).unwrap();
    out.push(show(field_get(&c, FX, "x")));
    out.push(show(attr::getattr(&c, "w")));
    // A deep copy of a cycle through a field.
    let o = alloc(&point_class());
    field_set(&o, FX, "x", o.clone()).unwrap();
    let c = crate::modules::copy::deepcopy(&o).unwrap();
    let cx = field_get(&c, FX, "x").unwrap();
    out.push(show(Ok(Value::Bool(crate::obj::PyObj::py_is(&cx, &c)))));
    let py = r#"
import copy, functools
class K:
    @functools.cached_property
    def c(self): return 11
o = K(); o.x = 1
print(show(lambda: o.c)); print(show(lambda: o.c)); print(show(lambda: o.x))
o.c = 12
print(show(lambda: o.c))
print(",".join(sorted(repr(k) + "=" + repr(v) for k, v in vars(o).items())))
class P: pass
o = P(); o.x = 1
o.__dict__ = {"y": 5}
print(show(lambda: o.x)); print(show(lambda: o.y))
class G:
    def __setstate__(self, st): self.y = st
o = G(); o.x = 1
c = copy.copy(o)
print(show(lambda: c.x)); print(show(lambda: c.y))
class H:
    def __getstate__(self): return {"x": 8, "w": 9}
c = copy.deepcopy(H())
print(show(lambda: c.x)); print(show(lambda: c.w))
o = P(); o.x = o
c = copy.deepcopy(o)
print(repr(c.x is c))
"#;
    compare(py, &out);
}
