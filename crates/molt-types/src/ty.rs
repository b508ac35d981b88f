//! Resolved types: what inference concluded for each value, as codegen sees it.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    None,
    Str,
    List(Box<Ty>),
    Dict(Box<Ty>, Box<Ty>),
    Set(Box<Ty>),
    FrozenSet(Box<Ty>),
    Tuple(Vec<Ty>),
    TupleVar(Box<Ty>),
    Range,
    Exc,
    Iter(Box<Ty>),
    /// A generator object whose yields are all of this type (`rt::Gen<T>`).
    Gen(Box<Ty>),
    /// A `collections.deque` whose items are all of this type (`rt::DequeT<T>`).
    Deque(Box<Ty>),
    /// A `collections.defaultdict` with keys and values of these types
    /// (`rt::DefaultDictT<K, V>`, which derefs to its `rt::Dict<K, V>`).
    DefaultDict(Box<Ty>, Box<Ty>),
    /// A `collections.Counter` (`rt::CounterT<K, V>`, the same handle as a defaultdict's).
    Counter(Box<Ty>, Box<Ty>),
    Optional(Box<Ty>),
    KeysView(Box<Ty>, Box<Ty>),
    ValuesView(Box<Ty>, Box<Ty>),
    ItemsView(Box<Ty>, Box<Ty>),
    Stream,
    /// The runtime's dynamic `Value`.
    Dyn,
}

impl Ty {
    /// The type of the items iteration over this type produces (None if not iterable).
    pub fn elem(&self) -> Option<Ty> {
        Some(match self {
            Ty::Str => Ty::Str,
            Ty::List(t)
            | Ty::Set(t)
            | Ty::FrozenSet(t)
            | Ty::TupleVar(t)
            | Ty::Iter(t)
            | Ty::Gen(t)
            | Ty::Deque(t) => (**t).clone(),
            Ty::Dict(k, _) | Ty::DefaultDict(k, _) | Ty::Counter(k, _) | Ty::KeysView(k, _) => {
                (**k).clone()
            }
            Ty::ValuesView(_, v) => (**v).clone(),
            Ty::ItemsView(k, v) => Ty::Tuple(vec![(**k).clone(), (**v).clone()]),
            Ty::Range => Ty::Int,
            Ty::Stream => Ty::Str,
            Ty::Dyn | Ty::Optional(_) => Ty::Dyn,
            Ty::Tuple(items) => items.iter().fold(None, |acc: Option<Ty>, t| {
                Some(match acc {
                    None => t.clone(),
                    Some(a) => a.join(t),
                })
            })?,
            _ => return None,
        })
    }

    /// The type of a variable that receives values of both types (what inference's flow
    /// computes): equal types stay, None with a type makes it optional, else dynamic.
    pub fn join(&self, o: &Ty) -> Ty {
        if self == o {
            return self.clone();
        }
        match (self, o) {
            (Ty::None, Ty::Optional(_)) => o.clone(),
            (Ty::Optional(_), Ty::None) => self.clone(),
            (Ty::None, t) | (t, Ty::None) if !matches!(t, Ty::Dyn) => {
                Ty::Optional(Box::new(t.clone()))
            }
            (Ty::Optional(a), t) | (t, Ty::Optional(a)) => match a.join(t) {
                Ty::Dyn => Ty::Dyn,
                j => Ty::Optional(Box::new(j)),
            },
            _ => Ty::Dyn,
        }
    }

    pub fn is_scalar(&self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool | Ty::None)
    }

    /// `int` or `bool` (Python's bool is an int).
    pub fn is_intlike(&self) -> bool {
        matches!(self, Ty::Int | Ty::Bool)
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Int | Ty::Bool | Ty::Float)
    }

    /// The Python type name, for messages.
    pub fn py_name(&self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::None => "NoneType",
            Ty::Str => "str",
            Ty::List(_) => "list",
            Ty::Dict(..) => "dict",
            Ty::Set(_) => "set",
            Ty::FrozenSet(_) => "frozenset",
            Ty::Tuple(_) | Ty::TupleVar(_) => "tuple",
            Ty::Range => "range",
            Ty::Exc => "Exception",
            Ty::Iter(_) => "iterator",
            Ty::Gen(_) => "generator",
            Ty::Deque(_) => "deque",
            Ty::DefaultDict(..) => "defaultdict",
            Ty::Counter(..) => "Counter",
            Ty::Optional(_) => "Optional",
            Ty::KeysView(..) => "dict_keys",
            Ty::ValuesView(..) => "dict_values",
            Ty::ItemsView(..) => "dict_items",
            Ty::Stream => "TextIOWrapper",
            Ty::Dyn => "object",
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::List(t) => write!(f, "list[{t}]"),
            Ty::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Ty::Set(t) => write!(f, "set[{t}]"),
            Ty::FrozenSet(t) => write!(f, "frozenset[{t}]"),
            Ty::Tuple(ts) => {
                write!(f, "tuple[")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "]")
            }
            Ty::TupleVar(t) => write!(f, "tuple[{t}, ...]"),
            Ty::Iter(t) => write!(f, "Iterator[{t}]"),
            Ty::Gen(t) => write!(f, "Generator[{t}]"),
            Ty::Deque(t) => write!(f, "deque[{t}]"),
            Ty::DefaultDict(k, v) => write!(f, "defaultdict[{k}, {v}]"),
            Ty::Counter(k, v) => write!(f, "Counter[{k}, {v}]"),
            Ty::Optional(t) => write!(f, "{t} | None"),
            Ty::KeysView(k, v) => write!(f, "dict_keys[{k}, {v}]"),
            Ty::ValuesView(k, v) => write!(f, "dict_values[{k}, {v}]"),
            Ty::ItemsView(k, v) => write!(f, "dict_items[{k}, {v}]"),
            Ty::Dyn => write!(f, "Any"),
            t => write!(f, "{}", t.py_name()),
        }
    }
}

impl Ty {
    /// A defaultdict seen as the dict it derefs to, for the typed paths that are the
    /// same for both (every dict operation but `d[k]`, `copy()`, repr and type).
    pub fn as_dict(&self) -> Ty {
        match self {
            Ty::DefaultDict(k, v) | Ty::Counter(k, v) => Ty::Dict(k.clone(), v.clone()),
            t => t.clone(),
        }
    }
}
