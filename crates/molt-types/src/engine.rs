//! The inference engine: type variables in a union-find, each either unknown, a type
//! constructor with child variables, or dynamic.
//!
//! Two relations connect variables:
//! - `flow(src, dst)`: values of `src` may be stored in `dst`. Scalars only have to agree
//!   at the top; a container's children are shared (`dst` gets the very same child
//!   variables), because it is the same object, so later mutation through either name is
//!   seen by both.
//! - `unify(a, b)`: the two must be the same type (container children).
//!
//! When two different constructors meet, the variable becomes `Dyn` (the runtime's dynamic
//! `Value`), and so do the children of the containers it held: a container that reaches
//! dynamic code can be mutated with anything, so its items must be dynamic too. States only
//! grow (Unknown < constructor < Optional < Dyn), which guarantees the fixpoint terminates.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tv(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ctor {
    Int,
    Float,
    Bool,
    None,
    Str,
    /// [elem]
    List,
    /// [key, value]
    Dict,
    /// [elem]
    Set,
    /// [elem]
    FrozenSet,
    /// Fixed-length tuple: one child per item.
    Tuple(u8),
    /// Tuple of unknown length: [elem]
    TupleVar,
    Range,
    /// An exception instance.
    Exc,
    /// A one-shot iterator (map, zip, enumerate, ...): [elem]
    Iter,
    /// A generator object: [the type of its yields]
    Gen,
    /// `None` or a value: [value]
    Optional,
    /// dict.keys() / values() / items(): [key, value] of the dict they view.
    KeysView,
    ValuesView,
    ItemsView,
    /// sys.stdin / sys.stdout / sys.stderr.
    Stream,
    /// A `collections.deque` object: [elem]. Its items stay boxed in the deque, so the
    /// elem type is one whose boxing shares (`box_safe`).
    Deque,
    /// A `collections.defaultdict` object: [key, value], stored typed
    /// (`rt::DefaultDictT`); it reaches dynamic code only with dynamic keys and values.
    DefaultDict,
    /// A `collections.Counter` object: [key, value], stored typed like a defaultdict.
    Counter,
    /// An instance of one of the typed classes in the mask (bit k: `Module::classes[k]`).
    /// Two of them make the union of their masks.
    Obj(u64),
}

/// Tuples longer than this are dynamic (Rust tuples implement the runtime traits up to 12).
pub const MAX_TUPLE: usize = 12;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    Unknown,
    Con(Ctor, Vec<Tv>),
    Dyn,
}

pub struct Engine {
    parent: Vec<u32>,
    state: Vec<State>,
    pub changed: bool,
    /// The classes (`Ctor::Obj` masks) whose instances reached dynamic code.
    pub obj_escaped: u64,
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

impl Engine {
    pub fn new() -> Engine {
        Engine {
            parent: vec![],
            state: vec![],
            changed: false,
            obj_escaped: 0,
        }
    }

    pub fn fresh(&mut self) -> Tv {
        let v = Tv(self.parent.len() as u32);
        self.parent.push(v.0);
        self.state.push(State::Unknown);
        v
    }

    /// A new variable holding a constructor with fresh children.
    pub fn con(&mut self, c: Ctor) -> Tv {
        let n = arity(c);
        let children = (0..n).map(|_| self.fresh()).collect();
        let v = self.fresh();
        self.state[v.0 as usize] = State::Con(c, children);
        v
    }

    pub fn find(&mut self, v: Tv) -> Tv {
        let mut r = v.0;
        while self.parent[r as usize] != r {
            r = self.parent[r as usize];
        }
        // Path compression.
        let mut x = v.0;
        while self.parent[x as usize] != r {
            let next = self.parent[x as usize];
            self.parent[x as usize] = r;
            x = next;
        }
        Tv(r)
    }

    pub fn state(&mut self, v: Tv) -> State {
        let r = self.find(v);
        self.state[r.0 as usize].clone()
    }

    pub fn ctor(&mut self, v: Tv) -> Option<Ctor> {
        match self.state(v) {
            State::Con(c, _) => Some(c),
            _ => None,
        }
    }

    pub fn children(&mut self, v: Tv) -> Vec<Tv> {
        match self.state(v) {
            State::Con(_, ch) => ch,
            _ => vec![],
        }
    }

    pub fn is_dyn(&mut self, v: Tv) -> bool {
        matches!(self.state(v), State::Dyn)
    }

    pub fn is_unknown(&mut self, v: Tv) -> bool {
        matches!(self.state(v), State::Unknown)
    }

    fn set(&mut self, v: Tv, s: State) {
        let r = self.find(v);
        if self.state[r.0 as usize] != s {
            self.state[r.0 as usize] = s;
            self.changed = true;
        }
    }

    fn obj_escapes(&mut self, mask: u64) {
        if self.obj_escaped | mask != self.obj_escaped {
            self.obj_escaped |= mask;
            self.changed = true;
        }
    }

    /// Makes `v` dynamic, and with it every container it held.
    pub fn make_dyn(&mut self, v: Tv) {
        let r = self.find(v);
        debug_dyn(self, r);
        let old = std::mem::replace(&mut self.state[r.0 as usize], State::Dyn);
        match old {
            State::Dyn => {}
            State::Con(Ctor::Obj(m), _) => {
                self.changed = true;
                self.obj_escapes(m);
            }
            State::Con(_, ch) => {
                self.changed = true;
                for c in ch {
                    self.make_dyn(c);
                }
            }
            State::Unknown => self.changed = true,
        }
    }

    /// Makes every tuple variable dynamic (tuples then keep one identity, as boxed values).
    pub fn dyn_tuples(&mut self) {
        for i in 0..self.state.len() {
            if matches!(
                self.state[i],
                State::Con(Ctor::Tuple(_) | Ctor::TupleVar, _)
            ) {
                self.make_dyn(Tv(i as u32));
            }
        }
    }

    /// A value of `v` is handed to dynamic code: its container children become dynamic.
    pub fn escape(&mut self, v: Tv) {
        if let State::Con(_, ch) = self.state(v) {
            for c in ch {
                self.make_dyn(c);
            }
        }
    }

    /// Does `v` occur inside the children of `s` (which would make an infinite type)?
    fn occurs(&mut self, v: Tv, s: &State) -> bool {
        let target = self.find(v);
        let mut stack: Vec<Tv> = match s {
            State::Con(_, ch) => ch.clone(),
            _ => return false,
        };
        let mut seen = std::collections::HashSet::new();
        while let Some(x) = stack.pop() {
            let x = self.find(x);
            if x == target {
                return true;
            }
            if !seen.insert(x) {
                continue;
            }
            if let State::Con(_, ch) = &self.state[x.0 as usize] {
                stack.extend(ch.iter().copied());
            }
        }
        false
    }

    /// Values of type `src` flow into `dst`.
    pub fn flow(&mut self, src: Tv, dst: Tv) {
        let s = self.state(src);
        if s == State::Dyn && WATCH.with(|w| *w).is_some() {
            let d = self.find(dst);
            if self.state[d.0 as usize] != State::Dyn {
                eprintln!(
                    "flow from dynamic Tv({}) (root {:?}) into Tv({}):",
                    src.0,
                    self.find(src),
                    dst.0
                );
            }
        }
        self.flow_state(s, dst);
    }

    /// A value of constructor `c` (no children) flows into `dst`.
    pub fn flow_ctor(&mut self, c: Ctor, dst: Tv) {
        debug_assert_eq!(arity(c), 0);
        self.flow_state(State::Con(c, vec![]), dst);
    }

    pub fn flow_state(&mut self, s: State, dst: Tv) {
        let d = self.find(dst);
        let ds = self.state[d.0 as usize].clone();
        match (ds, s) {
            (_, State::Unknown) => {}
            (State::Dyn, s) => {
                // Boxing: what flows into dynamic code escapes.
                match s {
                    State::Con(Ctor::Obj(m), _) => self.obj_escapes(m),
                    State::Con(Ctor::Optional, ch)
                        if matches!(self.state(ch[0]), State::Con(Ctor::Obj(_), _)) =>
                    {
                        // An optional instance stays typed; the instance escapes.
                        let inner = self.state(ch[0]);
                        self.flow_state(inner, d);
                    }
                    State::Con(_, ch) => {
                        for c in ch {
                            self.make_dyn(c);
                        }
                    }
                    _ => {}
                }
            }
            (_, State::Dyn) => self.make_dyn(d),
            (State::Unknown, s) => {
                if self.occurs(d, &s) {
                    self.make_dyn(d);
                    if let State::Con(_, ch) = s {
                        for c in ch {
                            self.make_dyn(c);
                        }
                    }
                } else {
                    self.set(d, s);
                }
            }
            (State::Con(dc, dch), State::Con(sc, sch)) => {
                if dc == sc {
                    for (a, b) in dch.into_iter().zip(sch) {
                        self.unify(a, b);
                    }
                } else if let (Ctor::Obj(a), Ctor::Obj(b)) = (dc, sc) {
                    self.set(d, State::Con(Ctor::Obj(a | b), vec![]));
                } else if dc == Ctor::Optional {
                    // None flows into Optional: nothing; anything else flows into the value.
                    if sc != Ctor::None {
                        self.flow_state(State::Con(sc, sch), dch[0]);
                    }
                } else if sc == Ctor::None && optional_ok(dc) {
                    let inner = self.fresh();
                    self.state[inner.0 as usize] = State::Con(dc, dch);
                    self.set(d, State::Con(Ctor::Optional, vec![inner]));
                } else if dc == Ctor::None && optional_ok(sc) {
                    let inner = self.fresh();
                    self.set(d, State::Con(Ctor::Optional, vec![inner]));
                    self.flow_state(State::Con(sc, sch), inner);
                } else if sc == Ctor::Optional && optional_ok(dc) {
                    // An Optional flows into a plain type: the destination widens.
                    let inner = self.fresh();
                    self.state[inner.0 as usize] = State::Con(dc, dch);
                    self.set(d, State::Con(Ctor::Optional, vec![inner]));
                    self.flow(sch[0], inner);
                } else if sc == Ctor::Optional && dc == Ctor::None {
                    self.set(d, State::Con(Ctor::Optional, sch));
                } else {
                    self.make_dyn(d);
                    for c in sch {
                        self.make_dyn(c);
                    }
                }
            }
        }
    }

    /// `a` and `b` must be the same type.
    pub fn unify(&mut self, a: Tv, b: Tv) {
        let ra = self.find(a);
        let rb = self.find(b);
        if ra == rb {
            return;
        }
        let sa = self.state[ra.0 as usize].clone();
        let sb = self.state[rb.0 as usize].clone();
        // Merge b into a, then reconcile the states.
        self.parent[rb.0 as usize] = ra.0;
        self.changed = true;
        match (sa, sb) {
            (State::Unknown, s) => {
                self.state[ra.0 as usize] = State::Unknown;
                self.flow_state(s, ra);
            }
            (_, State::Unknown) => {}
            (s, other) => {
                self.flow_state(other, ra);
                // Keep `s` consistent (it is already the state of ra).
                let _ = s;
            }
        }
    }
}

// `MOLT_DEBUG_DYN=<n>`: where type variable n (or the class it was merged into) first
// became dynamic, for finding why inference gave up on a value.
thread_local! {
    static WATCH: Option<u32> = std::env::var("MOLT_DEBUG_DYN").ok().and_then(|s| {
        if s == "all" { Some(u32::MAX) } else { s.parse().ok() }
    });
}

fn debug_dyn(e: &mut Engine, r: Tv) {
    if WATCH.with(|w| *w) == Some(u32::MAX)
        && matches!(
            e.state[r.0 as usize],
            State::Con(Ctor::Obj(_) | Ctor::Optional, _)
        )
    {
        let bt = std::backtrace::Backtrace::force_capture().to_string();
        let at: Vec<&str> = bt
            .lines()
            .filter(|l| {
                l.contains("molt_types::infer") || l.contains("crates/molt-types/src/infer")
            })
            .take(6)
            .collect();
        eprintln!("dyn Tv({}): {}", r.0, at.join(" | "));
    }
    if let Some(w) = WATCH.with(|w| *w)
        && (w as usize) < e.state.len()
        && e.find(Tv(w)) == r
        && e.state[r.0 as usize] != State::Dyn
    {
        eprintln!(
            "Tv({w}) becomes dynamic:\n{}",
            std::backtrace::Backtrace::force_capture()
        );
    }
}

/// Constructors that combine with None into an Optional.
fn optional_ok(c: Ctor) -> bool {
    !matches!(c, Ctor::None | Ctor::Optional)
}

pub fn arity(c: Ctor) -> usize {
    match c {
        Ctor::List
        | Ctor::Set
        | Ctor::FrozenSet
        | Ctor::TupleVar
        | Ctor::Iter
        | Ctor::Gen
        | Ctor::Deque
        | Ctor::Optional => 1,
        Ctor::Dict
        | Ctor::DefaultDict
        | Ctor::Counter
        | Ctor::KeysView
        | Ctor::ValuesView
        | Ctor::ItemsView => 2,
        Ctor::Tuple(n) => n as usize,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_join_their_classes() {
        let mut e = Engine::new();
        let x = e.fresh();
        e.flow_ctor(Ctor::Obj(1), x);
        e.flow_ctor(Ctor::Obj(4), x);
        assert_eq!(e.ctor(x), Some(Ctor::Obj(5)));
        e.flow_ctor(Ctor::None, x);
        assert_eq!(e.ctor(x), Some(Ctor::Optional));
        e.flow_ctor(Ctor::Int, x);
        let inner = e.children(x)[0];
        assert!(e.is_dyn(inner));
    }

    #[test]
    fn scalars_conflict_to_dyn() {
        let mut e = Engine::new();
        let x = e.fresh();
        e.flow_ctor(Ctor::Int, x);
        assert_eq!(e.ctor(x), Some(Ctor::Int));
        e.flow_ctor(Ctor::Float, x);
        assert!(e.is_dyn(x));
    }

    #[test]
    fn none_and_int_make_optional() {
        let mut e = Engine::new();
        let x = e.fresh();
        e.flow_ctor(Ctor::None, x);
        e.flow_ctor(Ctor::Int, x);
        assert_eq!(e.ctor(x), Some(Ctor::Optional));
        let inner = e.children(x)[0];
        assert_eq!(e.ctor(inner), Some(Ctor::Int));
        e.flow_ctor(Ctor::Str, x);
        assert_eq!(e.ctor(x), Some(Ctor::Optional));
        assert!(e.is_dyn(inner));
    }

    #[test]
    fn aliases_share_element_types() {
        let mut e = Engine::new();
        let a = e.con(Ctor::List);
        let b = e.fresh();
        e.flow(a, b); // b = a
        let eb = e.children(b)[0];
        e.flow_ctor(Ctor::Int, eb); // b.append(1)
        let ea = e.children(a)[0];
        assert_eq!(e.ctor(ea), Some(Ctor::Int));
        e.flow_ctor(Ctor::Str, eb); // b.append("x")
        assert!(e.is_dyn(ea));
    }

    #[test]
    fn escaping_container_becomes_dynamic_inside() {
        let mut e = Engine::new();
        let a = e.con(Ctor::List);
        let item = e.children(a)[0];
        e.flow_ctor(Ctor::Int, item);
        let d = e.fresh();
        e.make_dyn(d);
        e.flow(a, d);
        assert!(e.is_dyn(item));
        assert_eq!(e.ctor(a), Some(Ctor::List));
    }

    #[test]
    fn self_containing_list_is_dynamic() {
        let mut e = Engine::new();
        let x = e.fresh();
        let lst = e.con(Ctor::List);
        e.flow(lst, x);
        let item = e.children(x)[0];
        e.flow(x, item); // x.append(x)
        assert!(e.is_dyn(item));
    }
}
