//! Classes built the way compiled code builds them (functions as `func::function`
//! closures, `new_class`, `attr::*`), run side by side with the same Python program under
//! python3; the printed lines must be equal.

use super::*;
use crate::attr;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::func::function;
use crate::list::List;
use crate::obj::PyObj;
use crate::setops::testutil::run_python;
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::{BinOp, Value, binop};

pub(super) fn s(x: &str) -> Value {
    Value::str(x)
}
pub(super) fn n(x: i64) -> Value {
    Value::int(x)
}
pub(super) fn tup(v: Vec<Value>) -> Value {
    Value::Tuple(Tup::from_vec(v))
}
pub(super) fn list(v: Vec<Value>) -> Value {
    Value::List(List::from_vec(v))
}

/// A function value taking positional arguments.
pub(super) fn func(name: &str, body: impl Fn(&[Value]) -> PyResult<Value> + 'static) -> Value {
    function(name, name, move |a, _k| body(&a))
}

/// A function value with keyword arguments.
#[allow(dead_code)]
pub(super) fn funck(
    name: &str,
    body: impl Fn(Vec<Value>, Vec<(Str, Value)>) -> PyResult<Value> + 'static,
) -> Value {
    function(name, name, body)
}

pub(super) fn class(name: &str, bases: Vec<Value>, ns: Vec<(&str, Value)>) -> Value {
    class_kw(name, bases, ns, vec![]).expect("class statement")
}

pub(super) fn class_kw(
    name: &str,
    bases: Vec<Value>,
    ns: Vec<(&str, Value)>,
    kw: Vec<(&str, Value)>,
) -> PyResult<Value> {
    new_class(
        name,
        name,
        "__main__",
        bases,
        ns.into_iter().map(|(k, v)| (Str::from(k), v)).collect(),
        kw.into_iter().map(|(k, v)| (Str::from(k), v)).collect(),
    )
}

pub(super) fn call(c: &Value, args: Vec<Value>) -> PyResult<Value> {
    crate::func::call(c, args, vec![])
}
pub(super) fn callk(c: &Value, args: Vec<Value>, kw: Vec<(&str, Value)>) -> PyResult<Value> {
    crate::func::call(
        c,
        args,
        kw.into_iter().map(|(k, v)| (Str::from(k), v)).collect(),
    )
}
pub(super) fn get(v: &Value, name: &str) -> PyResult<Value> {
    attr::getattr(v, name)
}
pub(super) fn set(v: &Value, name: &str, x: Value) -> PyResult<()> {
    attr::setattr(v, name, x)
}
pub(super) fn cm(v: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    attr::call_method(v, name, args, vec![])
}
pub(super) fn st(v: &Value) -> PyResult<String> {
    v.str_string()
}
pub(super) fn rp(v: &Value) -> PyResult<String> {
    v.repr_string()
}
pub(super) fn sv(x: String) -> Value {
    Value::Str(Str::from_string(x))
}

/// `type(e).__name__ + ": " + str(e)`.
pub(super) fn err_line(e: &PyErr) -> String {
    let v = e.to_value();
    format!("{}: {}", v.type_name_attr(), e.to_str())
}

/// Python's `show(lambda: ...)`: the repr, or the exception's class and message.
pub(super) fn show(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => rp(&v).unwrap_or_else(|e| err_line(&e)),
        Err(e) => err_line(&e),
    }
}

/// A unit result shown like Python's `show` of a statement (None).
pub(super) fn show_unit(r: PyResult<()>) -> String {
    show(r.map(|_| Value::None))
}

pub(super) const PRELUDE: &str = "def show(f):\n    try:\n        r = f()\n    except Exception as e:\n        return type(e).__name__ + ': ' + str(e)\n    return repr(r)\n";

/// Runs the Python program and compares its lines with ours.
pub(super) fn compare(py: &str, ours: &[String]) {
    let out = run_python(&format!("{PRELUDE}{py}"));
    let theirs: Vec<&str> = out.lines().collect();
    for (k, (a, b)) in ours.iter().zip(theirs.iter()).enumerate() {
        assert_eq!(a, b, "line {k} differs (ours, python)");
    }
    assert_eq!(ours.len(), theirs.len(), "line count differs: {theirs:?}");
}

fn arg(a: &[Value], k: usize) -> Value {
    a.get(k).cloned().unwrap_or_default()
}

fn add(a: &Value, b: &Value) -> PyResult<Value> {
    binop(BinOp::Add, a, b)
}

#[test]
fn single_inheritance_and_super() {
    let py = r#"
class Animal:
    sound = "..."
    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{self.kind()} {self.name} with {self.legs} legs: {self.speak()}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
    def kind(self):
        return "puppy of " + super().kind()
zoo = [Animal("generic"), Dog("rex"), Puppy("bit", 8)]
for a in zoo:
    print(a.describe())
p = zoo[2]
print(p.age, p.legs, p.sound)
print(type(p).__name__, type(p).__bases__[0].__name__, Puppy.__base__.__base__.__name__)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, int), isinstance(5, Animal))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Puppy, (int, Dog)))
Dog.sound = "WOOF"
print(zoo[1].speak(), zoo[2].speak(), zoo[0].speak())
print(Puppy.describe is Animal.describe, Puppy.kind is Dog.kind)
print(Animal.kind(p), Dog.kind(p), p.kind())
print(type(p) is Puppy, type(p) == Dog, p.__class__ is Puppy)
print([c.__name__ for c in Puppy.__mro__], [c.__name__ for c in Puppy.mro()])
print(Puppy.__name__, Puppy.__qualname__, Puppy.__module__, Puppy.__doc__)
print(repr(Puppy), str(Dog), repr(object), repr(type(Dog)))
print(show(lambda: p.nothing), show(lambda: Puppy.nothing))
class NoInit: pass
print(show(lambda: NoInit(1)), show(lambda: NoInit(x=1)), show(lambda: object(1)))
print(sorted(vars(p)), p.__dict__)
"#;
    let animal_init = func("__init__", |a| {
        set(&a[0], "name", arg(a, 1))?;
        set(&a[0], "legs", a.get(2).cloned().unwrap_or(n(4)))?;
        Ok(Value::None)
    });
    let animal = class(
        "Animal",
        vec![],
        vec![
            ("sound", s("...")),
            ("__init__", animal_init),
            (
                "speak",
                func("speak", |a| {
                    Ok(sv(format!(
                        "{} says {}",
                        st(&get(&a[0], "name")?)?,
                        st(&get(&a[0], "sound")?)?
                    )))
                }),
            ),
            (
                "describe",
                func("describe", |a| {
                    Ok(sv(format!(
                        "{} {} with {} legs: {}",
                        st(&cm(&a[0], "kind", vec![])?)?,
                        st(&get(&a[0], "name")?)?,
                        st(&get(&a[0], "legs")?)?,
                        st(&cm(&a[0], "speak", vec![])?)?
                    )))
                }),
            ),
            ("kind", func("kind", |_| Ok(s("animal")))),
        ],
    );
    let dog = class(
        "Dog",
        vec![animal.clone()],
        vec![
            ("sound", s("woof")),
            ("kind", func("kind", |_| Ok(s("dog")))),
        ],
    );
    // Methods refer to their class through a cell, as compiled code does for super().
    let puppy_cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let (c1, c2, c3) = (puppy_cell.clone(), puppy_cell.clone(), puppy_cell.clone());
    let puppy = class(
        "Puppy",
        vec![dog.clone()],
        vec![
            (
                "__init__",
                func("__init__", move |a| {
                    let sp = super_(&c1.get("__class__")?, &a[0])?;
                    cm(&sp, "__init__", vec![arg(a, 1)])?;
                    set(&a[0], "age", arg(a, 2))?;
                    Ok(Value::None)
                }),
            ),
            (
                "speak",
                func("speak", move |a| {
                    let sp = super_(&c2.get("__class__")?, &a[0])?;
                    add(&cm(&sp, "speak", vec![])?, &s(" (squeaky)"))
                }),
            ),
            (
                "kind",
                func("kind", move |a| {
                    let sp = super_(&c3.get("__class__")?, &a[0])?;
                    add(&s("puppy of "), &cm(&sp, "kind", vec![])?)
                }),
            ),
        ],
    );
    puppy_cell.set(puppy.clone());
    let mut out = vec![];
    let zoo = vec![
        call(&animal, vec![s("generic")]).unwrap(),
        call(&dog, vec![s("rex")]).unwrap(),
        call(&puppy, vec![s("bit"), n(8)]).unwrap(),
    ];
    for a in &zoo {
        out.push(st(&cm(a, "describe", vec![]).unwrap()).unwrap());
    }
    let p = &zoo[2];
    out.push(format!(
        "{} {} {}",
        show(get(p, "age")),
        show(get(p, "legs")),
        st(&get(p, "sound").unwrap()).unwrap()
    ));
    let tp = type_of(p).unwrap();
    let b0 = get(&tp, "__bases__").unwrap().getitem(&n(0)).unwrap();
    let bb = get(
        &get(&get(&puppy, "__base__").unwrap(), "__base__").unwrap(),
        "__name__",
    )
    .unwrap();
    out.push(format!(
        "{} {} {}",
        st(&get(&tp, "__name__").unwrap()).unwrap(),
        st(&get(&b0, "__name__").unwrap()).unwrap(),
        st(&bb).unwrap()
    ));
    let int_t = builtin_class("int").unwrap();
    out.push(format!(
        "{} {} {} {}",
        rp(&Value::Bool(isinstance(p, &dog).unwrap())).unwrap(),
        rp(&Value::Bool(isinstance(p, &animal).unwrap())).unwrap(),
        rp(&Value::Bool(isinstance(p, &int_t).unwrap())).unwrap(),
        rp(&Value::Bool(isinstance(&n(5), &animal).unwrap())).unwrap()
    ));
    out.push(format!(
        "{} {} {}",
        rp(&Value::Bool(issubclass(&puppy, &animal).unwrap())).unwrap(),
        rp(&Value::Bool(issubclass(&animal, &puppy).unwrap())).unwrap(),
        rp(&Value::Bool(
            issubclass(&puppy, &tup(vec![int_t.clone(), dog.clone()])).unwrap()
        ))
        .unwrap()
    ));
    set(&dog, "sound", s("WOOF")).unwrap();
    out.push(format!(
        "{} {} {}",
        st(&cm(&zoo[1], "speak", vec![]).unwrap()).unwrap(),
        st(&cm(&zoo[2], "speak", vec![]).unwrap()).unwrap(),
        st(&cm(&zoo[0], "speak", vec![]).unwrap()).unwrap()
    ));
    let is = |a: Value, b: Value| rp(&Value::Bool(a.py_is(&b))).unwrap();
    out.push(format!(
        "{} {}",
        is(
            get(&puppy, "describe").unwrap(),
            get(&animal, "describe").unwrap()
        ),
        is(get(&puppy, "kind").unwrap(), get(&dog, "kind").unwrap())
    ));
    out.push(format!(
        "{} {} {}",
        st(&cm(&animal, "kind", vec![p.clone()]).unwrap()).unwrap(),
        st(&cm(&dog, "kind", vec![p.clone()]).unwrap()).unwrap(),
        st(&cm(p, "kind", vec![]).unwrap()).unwrap()
    ));
    out.push(format!(
        "{} {} {}",
        is(type_of(p).unwrap(), puppy.clone()),
        rp(&Value::Bool(type_of(p).unwrap().eq(&dog).unwrap())).unwrap(),
        is(get(p, "__class__").unwrap(), puppy.clone())
    ));
    let names = |v: Value| -> String {
        let items: Vec<Value> = v
            .to_vec()
            .unwrap()
            .iter()
            .map(|c| get(c, "__name__").unwrap())
            .collect();
        rp(&list(items)).unwrap()
    };
    out.push(format!(
        "{} {}",
        names(get(&puppy, "__mro__").unwrap()),
        names(cm(&puppy, "mro", vec![]).unwrap())
    ));
    out.push(format!(
        "{} {} {} {}",
        st(&get(&puppy, "__name__").unwrap()).unwrap(),
        st(&get(&puppy, "__qualname__").unwrap()).unwrap(),
        st(&get(&puppy, "__module__").unwrap()).unwrap(),
        st(&get(&puppy, "__doc__").unwrap()).unwrap()
    ));
    out.push(format!(
        "{} {} {} {}",
        rp(&puppy).unwrap(),
        st(&dog).unwrap(),
        rp(&builtin_class("object").unwrap()).unwrap(),
        rp(&type_of(&dog).unwrap()).unwrap()
    ));
    out.push(format!(
        "{} {}",
        show(get(p, "nothing")),
        show(get(&puppy, "nothing"))
    ));
    let no_init = class("NoInit", vec![], vec![]);
    out.push(format!(
        "{} {} {}",
        show(call(&no_init, vec![n(1)])),
        show(callk(&no_init, vec![], vec![("x", n(1))])),
        show(call(&builtin_class("object").unwrap(), vec![n(1)]))
    ));
    let v = attr::vars(p).unwrap();
    let keys = crate::builtins::call_builtin("sorted", vec![v.clone()]).unwrap();
    out.push(format!("{} {}", rp(&keys).unwrap(), rp(&v).unwrap()));
    compare(py, &out);
}

#[test]
fn mro_and_errors() {
    let py = r#"
class Base: pass
class Left(Base): pass
class Right(Base): pass
class Diamond(Left, Right): pass
class Flipped(Right, Left): pass
print([c.__name__ for c in Diamond.__mro__], [c.__name__ for c in Flipped.__mro__])
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(" ".join(c.__name__ for c in Z.__mro__))
for bases in [(Base, Left), (Base, Base), (Left, Diamond), (K1, K3, K2, Z)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", str(e).replace("\n", "|"))
class Ex(KeyError, ValueError): pass
print([c.__name__ for c in Ex.__mro__])
try:
    class Bad(OSError, AttributeError): pass
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print("TypeError:", e)
class S4(S1, Left): pass
print([c.__name__ for c in S4.__mro__], S4.__base__.__name__)
"#;
    let mut out = vec![];
    let base = class("Base", vec![], vec![]);
    let left = class("Left", vec![base.clone()], vec![]);
    let right = class("Right", vec![base.clone()], vec![]);
    let diamond = class("Diamond", vec![left.clone(), right.clone()], vec![]);
    let flipped = class("Flipped", vec![right.clone(), left.clone()], vec![]);
    let names = |c: &Value| -> Vec<String> {
        get(c, "__mro__")
            .unwrap()
            .to_vec()
            .unwrap()
            .iter()
            .map(|k| st(&get(k, "__name__").unwrap()).unwrap())
            .collect()
    };
    let pylist = |v: Vec<String>| rp(&list(v.into_iter().map(sv).collect())).unwrap();
    out.push(format!(
        "{} {}",
        pylist(names(&diamond)),
        pylist(names(&flipped))
    ));
    let o = class("O", vec![], vec![]);
    let mk =
        |name: &str, bases: Vec<&Value>| class(name, bases.into_iter().cloned().collect(), vec![]);
    let a = mk("A", vec![&o]);
    let b = mk("B", vec![&o]);
    let c = mk("C", vec![&o]);
    let d = mk("D", vec![&o]);
    let e = mk("E", vec![&o]);
    let k1 = mk("K1", vec![&a, &b, &c]);
    let k2 = mk("K2", vec![&d, &b, &e]);
    let k3 = mk("K3", vec![&d, &a]);
    let z = mk("Z", vec![&k1, &k2, &k3]);
    out.push(names(&z).join(" "));
    for bases in [
        vec![base.clone(), left.clone()],
        vec![base.clone(), base.clone()],
        vec![left.clone(), diamond.clone()],
        vec![k1.clone(), k3.clone(), k2.clone(), z.clone()],
    ] {
        match class_kw("X", bases, vec![], vec![]) {
            Ok(_) => out.push("ok".into()),
            Err(e) => out.push(format!("TypeError: {}", e.to_str().replace('\n', "|"))),
        }
    }
    let ex = class(
        "Ex",
        vec![exc_type(ExcKind::KeyError), exc_type(ExcKind::ValueError)],
        vec![],
    );
    out.push(pylist(names(&ex)));
    match class_kw(
        "Bad",
        vec![
            exc_type(ExcKind::OSError),
            exc_type(ExcKind::AttributeError),
        ],
        vec![],
        vec![],
    ) {
        Ok(_) => out.push("ok".into()),
        Err(e) => out.push(format!("TypeError: {}", e.to_str())),
    }
    let s1 = class("S1", vec![], vec![("__slots__", tup(vec![s("a")]))]);
    let s2 = class("S2", vec![], vec![("__slots__", tup(vec![s("b")]))]);
    match class_kw("S3", vec![s1.clone(), s2], vec![], vec![]) {
        Ok(_) => out.push("ok".into()),
        Err(e) => out.push(format!("TypeError: {}", e.to_str())),
    }
    let s4 = class("S4", vec![s1, left], vec![]);
    out.push(format!(
        "{} {}",
        pylist(names(&s4)),
        st(&get(&get(&s4, "__base__").unwrap(), "__name__").unwrap()).unwrap()
    ));
    compare(py, &out);
}

#[test]
fn str_repr_format() {
    let py = r#"
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = cents
        self.cur = cur
    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"
    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.cur}"
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class Plain:
    pass
class Bad:
    def __str__(self):
        return 42
    def __repr__(self):
        return "Bad()"
class BadRepr:
    def __repr__(self):
        return None
class Fmt:
    def __format__(self, spec):
        return "fmt[" + spec + "]"
m = Money(1205)
print(m, str(m), repr(m), [m], (m,), {"k": m})
print(f"{m} | {m!r} | {m!s} | {m:}", "%s and %r" % (m, m), "{} / {!r}".format(m, m))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")
print(show(lambda: str(Bad())), repr(Bad()), show(lambda: repr(BadRepr())), show(lambda: str(BadRepr())))
print(f"{Fmt():>10}", format(Fmt(), "x"), show(lambda: format(Plain(), "x")), show(lambda: f"{m:>5}"))
print(repr(Plain()).startswith("<__main__.Plain object at 0x"), str(Plain()) == repr(Plain()) or True)
"#;
    let mut out = vec![];
    let money = class(
        "Money",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "cents", arg(a, 1))?;
                    set(&a[0], "cur", a.get(2).cloned().unwrap_or(s("EUR")))?;
                    Ok(Value::None)
                }),
            ),
            (
                "__repr__",
                func("__repr__", |a| {
                    Ok(sv(format!(
                        "Money({}, {})",
                        st(&get(&a[0], "cents")?)?,
                        rp(&get(&a[0], "cur")?)?
                    )))
                }),
            ),
            (
                "__str__",
                func("__str__", |a| {
                    let c = get(&a[0], "cents")?.as_int().unwrap().as_i64().unwrap();
                    Ok(sv(format!(
                        "{}.{:02} {}",
                        c / 100,
                        c % 100,
                        st(&get(&a[0], "cur")?)?
                    )))
                }),
            ),
        ],
    );
    let only_repr = class(
        "OnlyRepr",
        vec![],
        vec![("__repr__", func("__repr__", |_| Ok(s("<OnlyRepr>"))))],
    );
    let plain = class("Plain", vec![], vec![]);
    let bad = class(
        "Bad",
        vec![],
        vec![
            ("__str__", func("__str__", |_| Ok(n(42)))),
            ("__repr__", func("__repr__", |_| Ok(s("Bad()")))),
        ],
    );
    let bad_repr = class(
        "BadRepr",
        vec![],
        vec![("__repr__", func("__repr__", |_| Ok(Value::None)))],
    );
    let fmt = class(
        "Fmt",
        vec![],
        vec![(
            "__format__",
            func("__format__", |a| Ok(sv(format!("fmt[{}]", st(&a[1])?)))),
        )],
    );
    let m = call(&money, vec![n(1205)]).unwrap();
    let d = crate::dict::Dict::new();
    d.setitem(s("k"), m.clone()).unwrap();
    out.push(format!(
        "{} {} {} {} {} {}",
        st(&m).unwrap(),
        st(&m).unwrap(),
        rp(&m).unwrap(),
        rp(&list(vec![m.clone()])).unwrap(),
        rp(&tup(vec![m.clone()])).unwrap(),
        rp(&Value::Dict(d)).unwrap()
    ));
    let f = |v: &Value, spec: &str| crate::format::format_value(v, spec);
    out.push(format!(
        "{} | {} | {} | {} {} {}",
        f(&m, "").unwrap(),
        rp(&m).unwrap(),
        st(&m).unwrap(),
        f(&m, "").unwrap(),
        st(&binop(
            BinOp::Mod,
            &s("%s and %r"),
            &tup(vec![m.clone(), m.clone()])
        )
        .unwrap())
        .unwrap(),
        st(&cm(&s("{} / {!r}"), "format", vec![m.clone(), m.clone()]).unwrap()).unwrap()
    ));
    let o = call(&only_repr, vec![]).unwrap();
    out.push(format!(
        "{} {} {} {}",
        st(&o).unwrap(),
        st(&o).unwrap(),
        rp(&list(vec![o.clone()])).unwrap(),
        f(&o, "").unwrap()
    ));
    let b = call(&bad, vec![]).unwrap();
    let br = call(&bad_repr, vec![]).unwrap();
    out.push(format!(
        "{} {} {} {}",
        show(st(&b).map(sv)),
        rp(&b).unwrap(),
        show(rp(&br).map(sv)),
        show(st(&br).map(sv))
    ));
    let fm = call(&fmt, vec![]).unwrap();
    let p = call(&plain, vec![]).unwrap();
    out.push(format!(
        "{} {} {} {}",
        f(&fm, ">10").unwrap(),
        f(&fm, "x").unwrap(),
        show(f(&p, "x").map(sv)),
        show(f(&m, ">5").map(sv))
    ));
    out.push(format!(
        "{} True",
        if rp(&p).unwrap().starts_with("<__main__.Plain object at 0x") {
            "True"
        } else {
            "False"
        }
    ));
    compare(py, &out);
}

fn b(x: bool) -> String {
    if x { "True".into() } else { "False".into() }
}

fn version_class() -> Value {
    // __eq__/__lt__/__le__ returning NotImplemented for foreign types.
    let is_v = |x: &Value| x.class_name() == "Version";
    class(
        "Version",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    let parts = cm(&a[1], "split", vec![s(".")])?
                        .to_vec()?
                        .iter()
                        .map(crate::builtins::int_of)
                        .collect::<PyResult<Vec<_>>>()?;
                    set(
                        &a[0],
                        "parts",
                        tup(parts.into_iter().map(Value::Int).collect()),
                    )?;
                    Ok(Value::None)
                }),
            ),
            (
                "__repr__",
                func("__repr__", |a| {
                    let p = get(&a[0], "parts")?.to_vec()?;
                    let parts: Vec<String> = p.iter().map(|x| st(x).unwrap()).collect();
                    Ok(sv(format!("Version({})", parts.join("."))))
                }),
            ),
            (
                "__eq__",
                func("__eq__", move |a| {
                    if is_v(&a[1]) {
                        return Ok(Value::Bool(get(&a[0], "parts")?.eq(&get(&a[1], "parts")?)?));
                    }
                    if let Value::Str(_) = &a[1] {
                        let other = call(&type_of(&a[0])?, vec![a[1].clone()])?;
                        return Ok(Value::Bool(a[0].eq(&other)?));
                    }
                    Ok(not_implemented())
                }),
            ),
            (
                "__lt__",
                func("__lt__", move |a| {
                    if !is_v(&a[1]) {
                        return Ok(not_implemented());
                    }
                    Ok(Value::Bool(
                        get(&a[0], "parts")?
                            .compare(&get(&a[1], "parts")?, crate::obj::CmpOp::Lt)?,
                    ))
                }),
            ),
            (
                "__le__",
                func("__le__", move |a| {
                    if !is_v(&a[1]) {
                        return Ok(not_implemented());
                    }
                    Ok(Value::Bool(
                        get(&a[0], "parts")?
                            .compare(&get(&a[1], "parts")?, crate::obj::CmpOp::Le)?,
                    ))
                }),
            ),
        ],
    )
}

#[test]
fn rich_comparisons() {
    let py = r#"
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"
    def __eq__(self, other):
        if isinstance(other, Version):
            return self.parts == other.parts
        if isinstance(other, str):
            return self == Version(other)
        return NotImplemented
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts
a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a == c, a != c, a == b, a != b, a is c)
print(a < b, b < a, a <= c, b > a, b >= a)
print(a == "1.2.0", "1.2.0" == a, a == 1.2, a != None)
vs = [Version(v) for v in ["2.0", "1.10", "1.2", "1.2.1", "0.9.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("3.1") in vs, Version("1.10") in vs, vs.index(Version("1.2")))
print(show(lambda: a < 5), show(lambda: 5 >= a), show(lambda: a > "x"))
class Plain: pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), p != p, show(lambda: p < p))
class Expr:
    def __init__(self, t): self.t = t
    def __eq__(self, o): return Expr(f"({self.t} == {o})")
    def __gt__(self, o): return Expr(f"({self.t} > {o})")
    def __repr__(self): return self.t
x = Expr("x")
print(x == 3, x > 4, 4 < x, [x == "y"], x != 3)
log = []
class Base:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append("Base")
        return isinstance(o, Base) and self.v == o.v
class Derived(Base):
    def __eq__(self, o):
        log.append("Derived")
        return isinstance(o, Base) and self.v == o.v
print(Base(1) == Derived(1), Derived(2) == Base(2), Base(1) == Base(1), log)
class Never:
    def __eq__(self, o): return False
nv = Never()
print(nv in [nv], Never() in [nv], [nv].count(nv), nv == nv)
"#;
    let mut out = vec![];
    let version = version_class();
    let v = |t: &str| call(&version, vec![s(t)]).unwrap();
    let (a, bb, c) = (v("1.2.0"), v("1.10"), v("1.2.0"));
    let cmp = |x: &Value, y: &Value, op: Cmp| show(compare_op(x, y, op));
    out.push(format!(
        "{} {} {} {} {}",
        b(a.eq(&c).unwrap()),
        b(a.ne(&c).unwrap()),
        b(a.eq(&bb).unwrap()),
        b(a.ne(&bb).unwrap()),
        b(a.py_is(&c))
    ));
    out.push(format!(
        "{} {} {} {} {}",
        cmp(&a, &bb, Cmp::Lt),
        cmp(&bb, &a, Cmp::Lt),
        cmp(&a, &c, Cmp::Le),
        cmp(&bb, &a, Cmp::Gt),
        cmp(&bb, &a, Cmp::Ge)
    ));
    out.push(format!(
        "{} {} {} {}",
        cmp(&a, &s("1.2.0"), Cmp::Eq),
        cmp(&s("1.2.0"), &a, Cmp::Eq),
        cmp(&a, &Value::Float(1.2), Cmp::Eq),
        cmp(&a, &Value::None, Cmp::Ne)
    ));
    let vs = list(vec![v("2.0"), v("1.10"), v("1.2"), v("1.2.1"), v("0.9.9")]);
    out.push(format!(
        "{} {} {}",
        show(crate::builtins::call_builtin("sorted", vec![vs.clone()])),
        show(crate::builtins::call_builtin("max", vec![vs.clone()])),
        show(crate::builtins::call_builtin("min", vec![vs.clone()]))
    ));
    out.push(format!(
        "{} {} {}",
        b(vs.contains(&v("3.1")).unwrap()),
        b(vs.contains(&v("1.10")).unwrap()),
        show(cm(&vs, "index", vec![v("1.2")]))
    ));
    out.push(format!(
        "{} {} {}",
        cmp(&a, &n(5), Cmp::Lt),
        cmp(&n(5), &a, Cmp::Ge),
        cmp(&a, &s("x"), Cmp::Gt)
    ));
    let plain = class("Plain", vec![], vec![]);
    let p = call(&plain, vec![]).unwrap();
    let p2 = call(&plain, vec![]).unwrap();
    out.push(format!(
        "{} {} {} {} {}",
        b(p.eq(&p).unwrap()),
        b(p.eq(&p2).unwrap()),
        b(p.ne(&p2).unwrap()),
        b(p.ne(&p).unwrap()),
        cmp(&p, &p, Cmp::Lt)
    ));
    let expr_cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let (e1, e2) = (expr_cell.clone(), expr_cell.clone());
    let expr = class(
        "Expr",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "t", arg(a, 1)).map(|_| Value::None)
                }),
            ),
            (
                "__eq__",
                func("__eq__", move |a| {
                    call(
                        &e1.get("Expr")?,
                        vec![sv(format!(
                            "({} == {})",
                            st(&get(&a[0], "t")?)?,
                            st(&a[1])?
                        ))],
                    )
                }),
            ),
            (
                "__gt__",
                func("__gt__", move |a| {
                    call(
                        &e2.get("Expr")?,
                        vec![sv(format!("({} > {})", st(&get(&a[0], "t")?)?, st(&a[1])?))],
                    )
                }),
            ),
            ("__repr__", func("__repr__", |a| get(&a[0], "t"))),
        ],
    );
    expr_cell.set(expr.clone());
    let x = call(&expr, vec![s("x")]).unwrap();
    out.push(format!(
        "{} {} {} {} {}",
        show(compare_op(&x, &n(3), Cmp::Eq)),
        show(compare_op(&x, &n(4), Cmp::Gt)),
        show(compare_op(&n(4), &x, Cmp::Lt)),
        show(compare_op(&x, &s("y"), Cmp::Eq).map(|r| list(vec![r]))),
        show(compare_op(&x, &n(3), Cmp::Ne))
    ));
    let log = List::<Value>::from_vec(vec![]);
    let (l1, l2) = (log.clone(), log.clone());
    let base_cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let (bc1, bc2) = (base_cell.clone(), base_cell.clone());
    let base = class(
        "Base",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "v", arg(a, 1)).map(|_| Value::None)
                }),
            ),
            (
                "__eq__",
                func("__eq__", move |a| {
                    l1.append(s("Base"));
                    Ok(Value::Bool(
                        isinstance(&a[1], &bc1.get("Base")?)?
                            && get(&a[0], "v")?.eq(&get(&a[1], "v")?)?,
                    ))
                }),
            ),
        ],
    );
    base_cell.set(base.clone());
    let derived = class(
        "Derived",
        vec![base.clone()],
        vec![(
            "__eq__",
            func("__eq__", move |a| {
                l2.append(s("Derived"));
                Ok(Value::Bool(
                    isinstance(&a[1], &bc2.get("Base")?)?
                        && get(&a[0], "v")?.eq(&get(&a[1], "v")?)?,
                ))
            }),
        )],
    );
    let r1 = call(&base, vec![n(1)])
        .unwrap()
        .eq(&call(&derived, vec![n(1)]).unwrap())
        .unwrap();
    let r2 = call(&derived, vec![n(2)])
        .unwrap()
        .eq(&call(&base, vec![n(2)]).unwrap())
        .unwrap();
    let r3 = call(&base, vec![n(1)])
        .unwrap()
        .eq(&call(&base, vec![n(1)]).unwrap())
        .unwrap();
    out.push(format!(
        "{} {} {} {}",
        b(r1),
        b(r2),
        b(r3),
        rp(&Value::List(log)).unwrap()
    ));
    let never = class(
        "Never",
        vec![],
        vec![("__eq__", func("__eq__", |_| Ok(Value::Bool(false))))],
    );
    let nv = call(&never, vec![]).unwrap();
    let l = list(vec![nv.clone()]);
    out.push(format!(
        "{} {} {} {}",
        b(l.contains(&nv).unwrap()),
        b(l.contains(&call(&never, vec![]).unwrap()).unwrap()),
        show(cm(&l, "count", vec![nv.clone()])),
        b(nv.eq(&nv).unwrap())
    ));
    compare(py, &out);
}

fn vec_class() -> Value {
    let cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let mk = {
        let cell = cell.clone();
        move |x: Value, y: Value| -> PyResult<Value> { call(&cell.get("Vec")?, vec![x, y]) }
    };
    let isvec = |v: &Value| v.class_name() == "Vec";
    let xy = |v: &Value| -> PyResult<(Value, Value)> { Ok((get(v, "x")?, get(v, "y")?)) };
    let (m1, m2, m3, m4, m5, m6) = (
        mk.clone(),
        mk.clone(),
        mk.clone(),
        mk.clone(),
        mk.clone(),
        mk.clone(),
    );
    let add_f = func("__add__", move |a| {
        if isvec(&a[1]) {
            let ((x1, y1), (x2, y2)) = (xy(&a[0])?, xy(&a[1])?);
            return m1(add(&x1, &x2)?, add(&y1, &y2)?);
        }
        if a[1].eq(&n(0))? {
            return Ok(a[0].clone());
        }
        Ok(not_implemented())
    });
    let v = class(
        "Vec",
        vec![],
        vec![
            ("__slots__", tup(vec![s("x"), s("y")])),
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "x", arg(a, 1))?;
                    set(&a[0], "y", arg(a, 2))?;
                    Ok(Value::None)
                }),
            ),
            (
                "__repr__",
                func("__repr__", move |a| {
                    let (x, y) = xy(&a[0])?;
                    Ok(sv(format!("Vec({}, {})", rp(&x)?, rp(&y)?)))
                }),
            ),
            (
                "__eq__",
                func("__eq__", move |a| {
                    if !isvec(&a[1]) {
                        return Ok(Value::Bool(false));
                    }
                    let ((x1, y1), (x2, y2)) = (xy(&a[0])?, xy(&a[1])?);
                    Ok(Value::Bool(x1.eq(&x2)? && y1.eq(&y2)?))
                }),
            ),
            ("__add__", add_f.clone()),
            ("__radd__", add_f),
            (
                "__sub__",
                func("__sub__", move |a| {
                    if !isvec(&a[1]) {
                        return Ok(not_implemented());
                    }
                    let ((x1, y1), (x2, y2)) = (xy(&a[0])?, xy(&a[1])?);
                    m2(binop(BinOp::Sub, &x1, &x2)?, binop(BinOp::Sub, &y1, &y2)?)
                }),
            ),
            (
                "__mul__",
                func("__mul__", move |a| {
                    let (x, y) = xy(&a[0])?;
                    if isvec(&a[1]) {
                        let (x2, y2) = xy(&a[1])?;
                        return add(&binop(BinOp::Mul, &x, &x2)?, &binop(BinOp::Mul, &y, &y2)?);
                    }
                    if matches!(a[1], Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
                        return m3(binop(BinOp::Mul, &x, &a[1])?, binop(BinOp::Mul, &y, &a[1])?);
                    }
                    Ok(not_implemented())
                }),
            ),
            (
                "__rmul__",
                func("__rmul__", |a| binop(BinOp::Mul, &a[0], &a[1])),
            ),
            (
                "__truediv__",
                func("__truediv__", move |a| {
                    let (x, y) = xy(&a[0])?;
                    m4(
                        binop(BinOp::TrueDiv, &x, &a[1])?,
                        binop(BinOp::TrueDiv, &y, &a[1])?,
                    )
                }),
            ),
            (
                "__matmul__",
                func("__matmul__", move |a| {
                    let ((x1, y1), (x2, y2)) = (xy(&a[0])?, xy(&a[1])?);
                    binop(
                        BinOp::Sub,
                        &binop(BinOp::Mul, &x1, &y2)?,
                        &binop(BinOp::Mul, &y1, &x2)?,
                    )
                }),
            ),
            (
                "__neg__",
                func("__neg__", move |a| {
                    let (x, y) = xy(&a[0])?;
                    m5(x.neg()?, y.neg()?)
                }),
            ),
            (
                "__abs__",
                func("__abs__", move |a| {
                    let (x, y) = xy(&a[0])?;
                    let f = |v: &Value| crate::builtins::float_of(v).unwrap();
                    Ok(Value::Float(f(&x).hypot(f(&y))))
                }),
            ),
            (
                "__invert__",
                func("__invert__", move |a| {
                    let (x, y) = xy(&a[0])?;
                    m6(y, x)
                }),
            ),
            (
                "__round__",
                func("__round__", move |a| {
                    let (x, y) = xy(&a[0])?;
                    let nd = a.get(1).cloned().unwrap_or(n(0));
                    let r = |v: Value| crate::builtins::call_builtin("round", vec![v, nd.clone()]);
                    mk(r(x)?, r(y)?)
                }),
            ),
        ],
    );
    cell.set(v.clone());
    v
}

#[test]
fn arithmetic_operators() {
    let py = r#"
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if other == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (float(self.x) ** 2 + float(self.y) ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __round__(self, n=0):
        return Vec(round(self.x, n), round(self.y, n))
a, b = Vec(3, 4), Vec(-1, 2)
print(a + b, a - b, a * 2, 2 * a, a * b, a * 0.5, a / 2, a @ b, -a, abs(a), ~a)
print(round(Vec(1.256, 2.5), 1), round(Vec(1.5, 2.5)), sum([a, b, Vec(10, 10)]), sum([], Vec(0, 0)))
print(a == Vec(3, 4), a != b, a + b == Vec(2, 6), Vec(1, 2) * True)
for f in [lambda: a + 1, lambda: 1 - a, lambda: a * "s", lambda: "s" * a, lambda: a / 0,
          lambda: a < b, lambda: a ** 3, lambda: -Vec("p", "q"), lambda: +a, lambda: a % 2,
          lambda: [1] * a, lambda: a * [1], lambda: "%s" % a, lambda: a - 1, lambda: 2 - a]:
    print(show(f))
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __add__(self, o):
        return Bag(self.items + list(o.items))
    def __iadd__(self, o):
        self.items.extend(o.items)
        return self
    def __repr__(self):
        return f"Bag({self.items})"
class Frozen:
    def __init__(self, items=()):
        self.items = tuple(items)
    def __add__(self, o):
        return Frozen(self.items + o.items)
    def __repr__(self):
        return f"Frozen({self.items})"
bg = Bag([1]); alias = bg
bg += Bag([2, 3])
print(bg, alias, bg is alias)
f = Frozen([1]); falias = f
f += Frozen([2])
print(f, falias, f is falias)
def xor(): 
    global f
    f ^= f
def fd():
    global bg
    bg //= 2
def pw():
    global bg
    bg **= 2
print(show(xor), show(fd), show(pw))
"#;
    let mut out = vec![];
    let vc = vec_class();
    let v = |x: Value, y: Value| call(&vc, vec![x, y]).unwrap();
    let (a, bv) = (v(n(3), n(4)), v(n(-1), n(2)));
    let bo = |op: BinOp, x: &Value, y: &Value| show(binop(op, x, y));
    out.push(format!(
        "{} {} {} {} {} {} {} {} {} {} {}",
        bo(BinOp::Add, &a, &bv),
        bo(BinOp::Sub, &a, &bv),
        bo(BinOp::Mul, &a, &n(2)),
        bo(BinOp::Mul, &n(2), &a),
        bo(BinOp::Mul, &a, &bv),
        bo(BinOp::Mul, &a, &Value::Float(0.5)),
        bo(BinOp::TrueDiv, &a, &n(2)),
        bo(BinOp::MatMul, &a, &bv),
        show(a.neg()),
        show(a.abs()),
        show(a.invert())
    ));
    let round = |args: Vec<Value>| show(crate::builtins::call_builtin("round", args));
    let sum = |args: Vec<Value>| show(crate::builtins::call_builtin("sum", args));
    out.push(format!(
        "{} {} {} {}",
        round(vec![v(Value::Float(1.256), Value::Float(2.5)), n(1)]),
        round(vec![v(Value::Float(1.5), Value::Float(2.5))]),
        sum(vec![list(vec![a.clone(), bv.clone(), v(n(10), n(10))])]),
        sum(vec![list(vec![]), v(n(0), n(0))])
    ));
    out.push(format!(
        "{} {} {} {}",
        b(a.eq(&v(n(3), n(4))).unwrap()),
        b(a.ne(&bv).unwrap()),
        b(binop(BinOp::Add, &a, &bv)
            .unwrap()
            .eq(&v(n(2), n(6)))
            .unwrap()),
        bo(BinOp::Mul, &v(n(1), n(2)), &Value::Bool(true))
    ));
    let l1 = list(vec![n(1)]);
    for r in [
        binop(BinOp::Add, &a, &n(1)),
        binop(BinOp::Sub, &n(1), &a),
        binop(BinOp::Mul, &a, &s("s")),
        binop(BinOp::Mul, &s("s"), &a),
        binop(BinOp::TrueDiv, &a, &n(0)),
        compare_op(&a, &bv, Cmp::Lt),
        binop(BinOp::Pow, &a, &n(3)),
        v(s("p"), s("q")).neg(),
        a.pos(),
        binop(BinOp::Mod, &a, &n(2)),
        binop(BinOp::Mul, &l1, &a),
        binop(BinOp::Mul, &a, &l1),
        binop(BinOp::Mod, &s("%s"), &a),
        binop(BinOp::Sub, &a, &n(1)),
        binop(BinOp::Sub, &n(2), &a),
    ] {
        out.push(show(r));
    }
    let bag_cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let bc = bag_cell.clone();
    let bag = class(
        "Bag",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    let items = a.get(1).cloned().unwrap_or(tup(vec![]));
                    set(&a[0], "items", list(items.to_vec()?)).map(|_| Value::None)
                }),
            ),
            (
                "__add__",
                func("__add__", move |a| {
                    let items = add(&get(&a[0], "items")?, &list(get(&a[1], "items")?.to_vec()?))?;
                    call(&bc.get("Bag")?, vec![items])
                }),
            ),
            (
                "__iadd__",
                func("__iadd__", |a| {
                    cm(&get(&a[0], "items")?, "extend", vec![get(&a[1], "items")?])?;
                    Ok(a[0].clone())
                }),
            ),
            (
                "__repr__",
                func("__repr__", |a| {
                    Ok(sv(format!("Bag({})", rp(&get(&a[0], "items")?)?)))
                }),
            ),
        ],
    );
    bag_cell.set(bag.clone());
    let fz_cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let fc = fz_cell.clone();
    let frozen = class(
        "Frozen",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    let items = a.get(1).cloned().unwrap_or(tup(vec![]));
                    set(&a[0], "items", tup(items.to_vec()?)).map(|_| Value::None)
                }),
            ),
            (
                "__add__",
                func("__add__", move |a| {
                    let items = add(&get(&a[0], "items")?, &get(&a[1], "items")?)?;
                    call(&fc.get("Frozen")?, vec![items])
                }),
            ),
            (
                "__repr__",
                func("__repr__", |a| {
                    Ok(sv(format!("Frozen({})", rp(&get(&a[0], "items")?)?)))
                }),
            ),
        ],
    );
    fz_cell.set(frozen.clone());
    let bg = call(&bag, vec![list(vec![n(1)])]).unwrap();
    let alias = bg.clone();
    let bg = inplace(
        BinOp::Add,
        &bg,
        &call(&bag, vec![list(vec![n(2), n(3)])]).unwrap(),
    )
    .unwrap();
    out.push(format!(
        "{} {} {}",
        rp(&bg).unwrap(),
        rp(&alias).unwrap(),
        b(bg.py_is(&alias))
    ));
    let f = call(&frozen, vec![list(vec![n(1)])]).unwrap();
    let falias = f.clone();
    let f = inplace(
        BinOp::Add,
        &f,
        &call(&frozen, vec![list(vec![n(2)])]).unwrap(),
    )
    .unwrap();
    out.push(format!(
        "{} {} {}",
        rp(&f).unwrap(),
        rp(&falias).unwrap(),
        b(f.py_is(&falias))
    ));
    out.push(format!(
        "{} {} {}",
        show(inplace(BinOp::BitXor, &f, &f)),
        show(inplace(BinOp::FloorDiv, &bg, &n(2))),
        show(inplace(BinOp::Pow, &bg, &n(2)))
    ));
    compare(py, &out);
}

#[test]
fn hashing_and_containers() {
    let py = r#"
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Coord) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"C({self.x},{self.y})"
visits = {}
for x, y in [(0, 0), (1, 2), (0, 0)]:
    k = Coord(x, y)
    visits[k] = visits.get(k, 0) + 1
print(visits, Coord(1, 2) in visits, len({Coord(1, 1), Coord(1, 1)}), hash(Coord(5, 6)) == hash((5, 6)))
class Tag:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, Tag) and self.n == o.n
print(Tag.__hash__ is None, show(lambda: hash(Tag("a"))), show(lambda: {Tag("a")}), show(lambda: {Tag("a"): 1}))
class HashTag(Tag):
    def __hash__(self): return hash(self.n)
print(len({HashTag("a"), HashTag("a")}), HashTag("a") in {HashTag("a"): 1})
class Mut:
    __hash__ = None
class BigHash:
    def __hash__(self): return 2 ** 70
class MinusOne:
    def __hash__(self): return -1
class StrHash:
    def __hash__(self): return "x"
print(show(lambda: hash(Mut())), hash(BigHash()) == hash(2 ** 70), hash(MinusOne()), show(lambda: hash(StrHash())))
class Ident: pass
i1 = Ident()
d = {i1: "first", Ident(): "second"}
print(len(d), d[i1], Ident() in d, hash(i1) == hash(i1))
class Grid:
    def __init__(self, r, c):
        self.r, self.c = r, c
        self.cells = [0] * (r * c)
    def _i(self, key):
        r, c = key
        if not (0 <= r < self.r and 0 <= c < self.c):
            raise IndexError(f"cell {key} out of range")
        return r * self.c + c
    def __getitem__(self, k): return self.cells[self._i(k)]
    def __setitem__(self, k, v): self.cells[self._i(k)] = v
    def __delitem__(self, k): self.cells[self._i(k)] = 0
    def __len__(self): return self.r * self.c
    def __contains__(self, v): return v in self.cells
    def __bool__(self): return any(self.cells)
g = Grid(2, 3)
print(len(g), bool(g), 5 in g)
g[0, 1] = 5
print(len(g), bool(g), 5 in g, 6 not in g, g[0, 1])
del g[0, 1]
print(g[0, 1], 5 in g, show(lambda: g.__setitem__((2, 0), 1)))
class Playlist:
    def __init__(self, songs): self.songs = list(songs)
    def __len__(self): return len(self.songs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Playlist(self.songs[i])
        return self.songs[i]
    def __setitem__(self, i, v): self.songs[i] = v
    def __delitem__(self, i): del self.songs[i]
    def __repr__(self): return f"Playlist({self.songs})"
pl = Playlist(["a", "b", "c", "d", "e"])
print(pl[0], pl[-1], pl[1:3], pl[::-2], len(pl[10:]))
pl[1:3] = ["X"]
print(pl)
del pl[::2]
print(pl, show(lambda: pl[10]))
print(list(Playlist("xyz")), "y" in Playlist("xyz"), [s.upper() for s in Playlist("ab")], bool(Playlist([])), bool(Playlist([0])))
print(list(reversed(Playlist("abc"))), sorted(Playlist("cab")), repr(max(Playlist("cab"))))
class BadLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
class BadBool:
    def __bool__(self): return 1
class Empty: pass
print(show(lambda: len(BadLen())), show(lambda: len(StrLen())), show(lambda: bool(BadBool())), bool(Empty()))
print(show(lambda: len(Empty())), show(lambda: Empty()[0]), show(lambda: 1 in Empty()), show(lambda: Empty().__setitem__(1, 1)))
e = Empty()
def setit(): e[0] = 1
def delit(): del e[0]
print(show(setit), show(delit), show(lambda: list(Empty())), show(lambda: reversed(Empty())))
class Sparse:
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data.get(k, 0)
    def __setitem__(self, k, v):
        if v == 0: self.data.pop(k, None)
        else: self.data[k] = v
sp = Sparse()
sp[10] = 4
sp[3] = sp[3] + 2
print(sp.data, sp[999])
"#;
    let mut out = vec![];
    let coord_cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let cc = coord_cell.clone();
    let coord = class(
        "Coord",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "x", arg(a, 1))?;
                    set(&a[0], "y", arg(a, 2)).map(|_| Value::None)
                }),
            ),
            (
                "__eq__",
                func("__eq__", move |a| {
                    Ok(Value::Bool(
                        isinstance(&a[1], &cc.get("Coord")?)?
                            && tup(vec![get(&a[0], "x")?, get(&a[0], "y")?])
                                .eq(&tup(vec![get(&a[1], "x")?, get(&a[1], "y")?]))?,
                    ))
                }),
            ),
            (
                "__hash__",
                func("__hash__", |a| {
                    Ok(n(tup(vec![get(&a[0], "x")?, get(&a[0], "y")?]).hash()?))
                }),
            ),
            (
                "__repr__",
                func("__repr__", |a| {
                    Ok(sv(format!(
                        "C({},{})",
                        st(&get(&a[0], "x")?)?,
                        st(&get(&a[0], "y")?)?
                    )))
                }),
            ),
        ],
    );
    coord_cell.set(coord.clone());
    let c = |x: i64, y: i64| call(&coord, vec![n(x), n(y)]).unwrap();
    let visits = crate::dict::Dict::<Value, Value>::new();
    for (x, y) in [(0, 0), (1, 2), (0, 0)] {
        let k = c(x, y);
        let cur = cm(&Value::Dict(visits.clone()), "get", vec![k.clone(), n(0)]).unwrap();
        visits.setitem(k, add(&cur, &n(1)).unwrap()).unwrap();
    }
    let setlen = |items: Vec<Value>| {
        show(crate::set::Set::from_vec(items).map(|st| Value::int(st.len() as i64)))
    };
    out.push(format!(
        "{} {} {} {}",
        rp(&Value::Dict(visits.clone())).unwrap(),
        b(visits.contains(&c(1, 2)).unwrap()),
        setlen(vec![c(1, 1), c(1, 1)]),
        b(c(5, 6).hash().unwrap() == tup(vec![n(5), n(6)]).hash().unwrap())
    ));
    let tag_cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let tc = tag_cell.clone();
    let tag = class(
        "Tag",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "n", arg(a, 1)).map(|_| Value::None)
                }),
            ),
            (
                "__eq__",
                func("__eq__", move |a| {
                    Ok(Value::Bool(
                        isinstance(&a[1], &tc.get("Tag")?)?
                            && get(&a[0], "n")?.eq(&get(&a[1], "n")?)?,
                    ))
                }),
            ),
        ],
    );
    tag_cell.set(tag.clone());
    let t = || call(&tag, vec![s("a")]).unwrap();
    let d1 = crate::dict::Dict::<Value, Value>::new();
    out.push(format!(
        "{} {} {} {}",
        b(get(&tag, "__hash__").unwrap().is_none()),
        show(t().hash().map(n)),
        show(crate::set::Set::from_vec(vec![t()]).map(Value::Set)),
        show(d1.setitem(t(), n(1)).map(|_| Value::Dict(d1.clone())))
    ));
    let hashtag = class(
        "HashTag",
        vec![tag.clone()],
        vec![(
            "__hash__",
            func("__hash__", |a| Ok(n(get(&a[0], "n")?.hash()?))),
        )],
    );
    let ht = || call(&hashtag, vec![s("a")]).unwrap();
    let d2 = crate::dict::Dict::<Value, Value>::new();
    d2.setitem(ht(), n(1)).unwrap();
    out.push(format!(
        "{} {}",
        setlen(vec![ht(), ht()]),
        b(d2.contains(&ht()).unwrap())
    ));
    let mk_hash = |name: &str, h: Value| {
        class(
            name,
            vec![],
            vec![("__hash__", func("__hash__", move |_| Ok(h.clone())))],
        )
    };
    let mutc = class("Mut", vec![], vec![("__hash__", Value::None)]);
    let big = mk_hash("BigHash", binop(BinOp::Pow, &n(2), &n(70)).unwrap());
    let minus = mk_hash("MinusOne", n(-1));
    let strh = mk_hash("StrHash", s("x"));
    let h = |c: &Value| call(c, vec![]).unwrap().hash();
    out.push(format!(
        "{} {} {} {}",
        show(h(&mutc).map(n)),
        b(h(&big).unwrap() == binop(BinOp::Pow, &n(2), &n(70)).unwrap().hash().unwrap()),
        show(h(&minus).map(n)),
        show(h(&strh).map(n))
    ));
    let ident = class("Ident", vec![], vec![]);
    let i1 = call(&ident, vec![]).unwrap();
    let d = crate::dict::Dict::<Value, Value>::new();
    d.setitem(i1.clone(), s("first")).unwrap();
    d.setitem(call(&ident, vec![]).unwrap(), s("second"))
        .unwrap();
    out.push(format!(
        "{} {} {} {}",
        d.len(),
        st(&d.getitem(&i1).unwrap()).unwrap(),
        b(d.contains(&call(&ident, vec![]).unwrap()).unwrap()),
        b(i1.hash().unwrap() == i1.hash().unwrap())
    ));

    let grid = class(
        "Grid",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "r", arg(a, 1))?;
                    set(&a[0], "c", arg(a, 2))?;
                    let cells = binop(
                        BinOp::Mul,
                        &list(vec![n(0)]),
                        &binop(BinOp::Mul, &a[1], &a[2])?,
                    )?;
                    set(&a[0], "cells", cells).map(|_| Value::None)
                }),
            ),
            (
                "_i",
                func("_i", |a| {
                    let k = a[1].to_vec()?;
                    let (r, c) = (k[0].as_int().unwrap(), k[1].as_int().unwrap());
                    let (rr, rc) = (
                        get(&a[0], "r")?.as_int().unwrap(),
                        get(&a[0], "c")?.as_int().unwrap(),
                    );
                    let (r, c, rr, rc) = (
                        r.as_i64().unwrap(),
                        c.as_i64().unwrap(),
                        rr.as_i64().unwrap(),
                        rc.as_i64().unwrap(),
                    );
                    if !(0 <= r && r < rr && 0 <= c && c < rc) {
                        return Err(PyErr::msg(
                            ExcKind::IndexError,
                            format!("cell {} out of range", rp(&a[1])?),
                        ));
                    }
                    Ok(n(r * rc + c))
                }),
            ),
            (
                "__getitem__",
                func("__getitem__", |a| {
                    get(&a[0], "cells")?.getitem(&cm(&a[0], "_i", vec![a[1].clone()])?)
                }),
            ),
            (
                "__setitem__",
                func("__setitem__", |a| {
                    get(&a[0], "cells")?
                        .setitem(cm(&a[0], "_i", vec![a[1].clone()])?, a[2].clone())?;
                    Ok(Value::None)
                }),
            ),
            (
                "__delitem__",
                func("__delitem__", |a| {
                    get(&a[0], "cells")?.setitem(cm(&a[0], "_i", vec![a[1].clone()])?, n(0))?;
                    Ok(Value::None)
                }),
            ),
            (
                "__len__",
                func("__len__", |a| {
                    binop(BinOp::Mul, &get(&a[0], "r")?, &get(&a[0], "c")?)
                }),
            ),
            (
                "__contains__",
                func("__contains__", |a| {
                    Ok(Value::Bool(get(&a[0], "cells")?.contains(&a[1])?))
                }),
            ),
            (
                "__bool__",
                func("__bool__", |a| {
                    crate::builtins::call_builtin("any", vec![get(&a[0], "cells")?])
                }),
            ),
        ],
    );
    let g = call(&grid, vec![n(2), n(3)]).unwrap();
    let k01 = tup(vec![n(0), n(1)]);
    out.push(format!(
        "{} {} {}",
        g.len().unwrap(),
        b(g.try_truthy().unwrap()),
        b(g.contains(&n(5)).unwrap())
    ));
    g.setitem(k01.clone(), n(5)).unwrap();
    out.push(format!(
        "{} {} {} {} {}",
        g.len().unwrap(),
        b(g.try_truthy().unwrap()),
        b(g.contains(&n(5)).unwrap()),
        b(!g.contains(&n(6)).unwrap()),
        show(g.getitem(&k01))
    ));
    g.delitem(&k01).unwrap();
    out.push(format!(
        "{} {} {}",
        show(g.getitem(&k01)),
        b(g.contains(&n(5)).unwrap()),
        show(cm(&g, "__setitem__", vec![tup(vec![n(2), n(0)]), n(1)]))
    ));

    let pl_cell: crate::func::Cell<Value> = crate::func::Cell::new();
    let pc = pl_cell.clone();
    let playlist = class(
        "Playlist",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "songs", list(a[1].to_vec()?)).map(|_| Value::None)
                }),
            ),
            (
                "__len__",
                func("__len__", |a| Ok(n(get(&a[0], "songs")?.len()? as i64))),
            ),
            (
                "__getitem__",
                func("__getitem__", move |a| {
                    if isinstance(&a[1], &builtin_class("slice")?)? {
                        return call(
                            &pc.get("Playlist")?,
                            vec![get(&a[0], "songs")?.getitem(&a[1])?],
                        );
                    }
                    get(&a[0], "songs")?.getitem(&a[1])
                }),
            ),
            (
                "__setitem__",
                func("__setitem__", |a| {
                    get(&a[0], "songs")?
                        .setitem(a[1].clone(), a[2].clone())
                        .map(|_| Value::None)
                }),
            ),
            (
                "__delitem__",
                func("__delitem__", |a| {
                    get(&a[0], "songs")?.delitem(&a[1]).map(|_| Value::None)
                }),
            ),
            (
                "__repr__",
                func("__repr__", |a| {
                    Ok(sv(format!("Playlist({})", rp(&get(&a[0], "songs")?)?)))
                }),
            ),
        ],
    );
    pl_cell.set(playlist.clone());
    let pl = call(
        &playlist,
        vec![list(vec![s("a"), s("b"), s("c"), s("d"), s("e")])],
    )
    .unwrap();
    out.push(format!(
        "{} {} {} {} {}",
        st(&pl.getitem(&n(0)).unwrap()).unwrap(),
        st(&pl.getitem(&n(-1)).unwrap()).unwrap(),
        show(pl.getslice(Some(1), Some(3), None)),
        show(pl.getslice(None, None, Some(-2))),
        show(
            pl.getslice(Some(10), None, None)
                .and_then(|x| x.len())
                .map(|k| n(k as i64))
        )
    ));
    crate::value::set_slice(&pl, Some(1), Some(3), None, &list(vec![s("X")])).unwrap();
    out.push(rp(&pl).unwrap());
    crate::value::del_slice(&pl, None, None, Some(2)).unwrap();
    out.push(format!("{} {}", rp(&pl).unwrap(), show(pl.getitem(&n(10)))));
    let pxyz = || call(&playlist, vec![s("xyz")]).unwrap();
    let upper: Vec<Value> = call(&playlist, vec![s("ab")])
        .unwrap()
        .to_vec()
        .unwrap()
        .iter()
        .map(|x| cm(x, "upper", vec![]).unwrap())
        .collect();
    out.push(format!(
        "{} {} {} {} {}",
        rp(&list(pxyz().to_vec().unwrap())).unwrap(),
        b(pxyz().contains(&s("y")).unwrap()),
        rp(&list(upper)).unwrap(),
        b(call(&playlist, vec![list(vec![])])
            .unwrap()
            .try_truthy()
            .unwrap()),
        b(call(&playlist, vec![list(vec![n(0)])])
            .unwrap()
            .try_truthy()
            .unwrap())
    ));
    let pabc = call(&playlist, vec![s("abc")]).unwrap();
    let rev = crate::builtins::call_builtin("reversed", vec![pabc]).unwrap();
    let pcab = || call(&playlist, vec![s("cab")]).unwrap();
    out.push(format!(
        "{} {} {}",
        rp(&list(rev.to_vec().unwrap())).unwrap(),
        show(crate::builtins::call_builtin("sorted", vec![pcab()])),
        show(crate::builtins::call_builtin("max", vec![pcab()]))
    ));
    let bad_len = class(
        "BadLen",
        vec![],
        vec![("__len__", func("__len__", |_| Ok(n(-1))))],
    );
    let str_len = class(
        "StrLen",
        vec![],
        vec![("__len__", func("__len__", |_| Ok(s("3"))))],
    );
    let bad_bool = class(
        "BadBool",
        vec![],
        vec![("__bool__", func("__bool__", |_| Ok(n(1))))],
    );
    let empty = class("Empty", vec![], vec![]);
    let mk = |c: &Value| call(c, vec![]).unwrap();
    out.push(format!(
        "{} {} {} {}",
        show(mk(&bad_len).len().map(|k| n(k as i64))),
        show(mk(&str_len).len().map(|k| n(k as i64))),
        show(mk(&bad_bool).try_truthy().map(Value::Bool)),
        b(mk(&empty).try_truthy().unwrap())
    ));
    let e = mk(&empty);
    out.push(format!(
        "{} {} {} {}",
        show(e.len().map(|k| n(k as i64))),
        show(e.getitem(&n(0))),
        show(e.contains(&n(1)).map(Value::Bool)),
        show(cm(&e, "__setitem__", vec![n(1), n(1)]))
    ));
    out.push(format!(
        "{} {} {} {}",
        show_unit(e.setitem(n(0), n(1))),
        show_unit(e.delitem(&n(0))),
        show(e.to_vec().map(list)),
        show(crate::builtins::call_builtin("reversed", vec![e.clone()]))
    ));
    let sparse = class(
        "Sparse",
        vec![],
        vec![
            (
                "__init__",
                func("__init__", |a| {
                    set(&a[0], "data", Value::Dict(crate::dict::Dict::new())).map(|_| Value::None)
                }),
            ),
            (
                "__getitem__",
                func("__getitem__", |a| {
                    cm(&get(&a[0], "data")?, "get", vec![a[1].clone(), n(0)])
                }),
            ),
            (
                "__setitem__",
                func("__setitem__", |a| {
                    let d = get(&a[0], "data")?;
                    if a[2].eq(&n(0))? {
                        cm(&d, "pop", vec![a[1].clone(), Value::None])?;
                    } else {
                        d.setitem(a[1].clone(), a[2].clone())?;
                    }
                    Ok(Value::None)
                }),
            ),
        ],
    );
    let sp = mk(&sparse);
    sp.setitem(n(10), n(4)).unwrap();
    sp.setitem(n(3), add(&sp.getitem(&n(3)).unwrap(), &n(2)).unwrap())
        .unwrap();
    out.push(format!(
        "{} {}",
        rp(&get(&sp, "data").unwrap()).unwrap(),
        show(sp.getitem(&n(999)))
    ));
    compare(py, &out);
}
