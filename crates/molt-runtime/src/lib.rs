//! molt's runtime: the library every compiled program links. It implements Python's values
//! (`Int`, `Str`, `List<T>`, `Dict<K, V>`, ..., and the dynamic `Value`), the builtins and the
//! standard library modules, with CPython 3.11's observable behaviour.
//!
//! Architecture invariant: the runtime knows nothing of the compiler. Generated code calls
//! it; it never calls back except through the closures it is handed.

pub mod alloc;
pub mod attr;
pub mod builtins;
pub mod class;
pub mod complex;
pub mod conv;
pub mod ctx;
pub mod dict;
pub mod dunder;
pub mod exc;
pub mod exc_state;
pub mod fast;
pub mod float;
pub mod format;
pub mod func;
pub mod genobj;
pub mod hash;
pub mod int;
pub mod int_ops;
#[cfg(test)]
mod int_tests;
pub mod io;
pub mod iter;
pub mod list;
pub mod matching;
pub mod math;
pub mod methods;
pub mod modules;
pub mod obj;
pub mod object;
pub mod ops;
pub mod range;
pub mod rt;
pub mod set;
pub mod setops;
pub mod slice;
pub mod sort;
pub mod str;
pub mod str_dispatch;
mod str_heap;
pub mod str_methods;
pub mod sys;
pub mod tuple;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_tables;
pub mod value;
pub mod views;

pub use builtins::PyLen;
pub use dict::Dict;
pub use exc::{ExcKind, PyErr, PyResult};
pub use genobj::{Co, Gen, generator};
pub use int::Int;
pub use iter::{IntoPyIter, Iter, PyIter, RangeIter, collect_vec, collect_vec_sized, unpack};
pub use list::List;
pub use modules::collections::DequeT;
pub use modules::defaultdict::{CounterT, DefaultDictT};
pub use obj::{CmpOp, PyObj};
pub use range::Range;
pub use rt::{Completion, Global};
pub use set::{FrozenSet, Set};
pub use str::Str;
pub use tuple::{EmptyTuple, Tup};
pub use value::Value;
pub use views::{ItemsView, KeysView, ValuesView};

/// Compiled programs allocate through the runtime's small-block free lists (alloc.rs).
#[global_allocator]
static GLOBAL: alloc::PyAlloc = alloc::PyAlloc;
