//! Whole-program type inference over the HIR. Every rule is re-applied until no variable
//! changes (states only grow, so this terminates); then each variable resolves to a `Ty`.
//! Rules that have no static answer produce `Dyn`, which is always correct: the runtime's
//! dynamic `Value` implements all of Python's behaviour, only slower.

use crate::engine::{Ctor, Engine, MAX_TUPLE, State, Tv};
use crate::ty::Ty;
use molt_front::hir::*;
use std::collections::HashMap;

#[path = "infer_class.rs"]
mod infer_class;
#[path = "infer_memo.rs"]
mod infer_memo;
#[path = "infer_pow.rs"]
mod infer_pow;
pub use infer_class::{ClassTypes, MethodPlan, op_methods};
pub use infer_memo::memo_method;

/// Auxiliary slots attached to an expression (fresh variables that must persist across
/// passes): container items, iteration items, results of augmented assignment.
pub const SLOT_ELEM: u8 = 200;
pub const SLOT_AUG: u8 = 201;
pub const SLOT_ITEM: u8 = 202;
pub const SLOT_STAR: u8 = 203;
/// The current value of a field an augmented assignment updates.
pub const SLOT_FIELD: u8 = 204;

/// The result of inference, read by codegen.
pub struct TypeInfo {
    pub exprs: Vec<Ty>,
    pub globals: Vec<Ty>,
    /// Locals of the module body (see `Module::module_locals`).
    pub module_locals: Vec<Ty>,
    pub locals: Vec<Vec<Ty>>,
    /// Per function, the types of its free variables (those of the captured locals).
    pub free: Vec<Vec<Ty>>,
    /// Per function, the type of its calls' results (for a generator function, `Gen` of
    /// its yields; its `return` values are boxed StopIteration values).
    pub returns: Vec<Ty>,
    /// Per generator function, the type its yielded values are converted to.
    pub yields: Vec<Option<Ty>>,
    pub aux: HashMap<(ExprId, u8), Ty>,
    /// Typed classes: layouts and the typed field accesses and calls (infer_class.rs).
    pub classes: ClassTypes,
}

impl TypeInfo {
    pub fn expr(&self, e: &Expr) -> &Ty {
        &self.exprs[e.id.index()]
    }

    pub fn var(&self, func: Option<FuncId>, v: Var) -> &Ty {
        match v {
            Var::Global(g) => &self.globals[g.index()],
            Var::Local(l) => match func {
                Some(f) => &self.locals[f.index()][l.index()],
                None => &self.module_locals[l.index()],
            },
            Var::Free(i) => match func {
                Some(f) => &self.free[f.index()][i as usize],
                None => &Ty::Dyn,
            },
        }
    }

    pub fn aux(&self, e: ExprId, slot: u8) -> Ty {
        self.aux.get(&(e, slot)).cloned().unwrap_or(Ty::Dyn)
    }
}

struct Infer<'m> {
    m: &'m Module,
    e: Engine,
    exprs: Vec<Tv>,
    globals: Vec<Tv>,
    module_locals: Vec<Tv>,
    locals: Vec<Vec<Tv>>,
    /// Per function, its free variables: the variables of the captured locals.
    free: Vec<Vec<Tv>>,
    /// Functions called through values: parameters are dynamic, results escape.
    escaped: Vec<bool>,
    returns: Vec<Tv>,
    /// Per generator function, the type of the values it yields (the child of the
    /// `Gen` its calls return).
    yields: Vec<Option<Tv>>,
    aux: HashMap<(ExprId, u8), Tv>,
    dyn_tv: Tv,
    argv_tv: Tv,
    func: Option<FuncId>,
    cls: infer_class::ClassTable,
    /// Locals known not to be None here (`if x is not None:`), by function.
    narrowed: Vec<(Option<FuncId>, LocalId)>,
    /// Per function, the values stored into its locals (infer_pow.rs), made when needed.
    pow_stores: HashMap<FuncId, infer_pow::Stores<'m>>,
    /// Per class, then per field id, the type of the field in that class's instances
    /// (two classes may use one name for different things: a task's `link` and a
    /// packet's).
    fields: Vec<Vec<Tv>>,
    /// Attribute names dynamic code may look up on an instance (their methods take
    /// dynamic arguments).
    dyn_names: std::collections::HashSet<String>,
    /// Classes that dynamic code may construct (bit k: class k): the `__init__` each finds
    /// gets dynamic arguments.
    dyn_inits: u64,
    /// Per class, the fields typed stores give its instances (its layout).
    class_fields: Vec<std::collections::BTreeSet<u32>>,
    out: ClassTypes,
    /// `id()` may see a tuple: no tuple is typed (see the rule of `id`).
    tuples_dyn: bool,
}

/// The function of a generator expression (`molt_front`'s lower_genexp).
fn is_genexpr(f: &Function) -> bool {
    f.is_generator && f.name == "<genexpr>" && f.params.len() == 1
}

/// A generator expression as lowering makes it: its function, made and called at once with
/// the iterator of its first `for` (`(lambda .0: ...)(iter(xs))`). Such a call is a direct
/// call of that function (inference types it as one; codegen emits one).
pub fn genexpr_call<'a>(
    m: &Module,
    func: &Expr,
    args: &'a [Arg],
    kwargs: &[KwArg],
) -> Option<(FuncId, &'a Expr)> {
    let ExprKind::MakeFunc {
        func: fid,
        defaults,
    } = &func.kind
    else {
        return None;
    };
    match (args, kwargs, defaults.is_empty()) {
        ([Arg::Pos(x)], [], true) if is_genexpr(&m.funcs[fid.index()]) => Some((*fid, x)),
        _ => None,
    }
}

/// The iterable `xs` of a generator expression's `iter(xs)` argument.
pub fn genexpr_source(arg: &Expr) -> Option<&Expr> {
    match &arg.kind {
        ExprKind::Call {
            callee: Callee::Builtin(b),
            args,
            kwargs,
        } if b == "iter" && kwargs.is_empty() => match args.as_slice() {
            [x] => Some(x),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a generator expression may take its iterable itself instead of `iter(xs)`:
/// types whose iterator can be made later, at the first `next()`, with the same result
/// (immutable sequences, and lists, whose iterator is an index from 0; a generator or a
/// builtin iterator (zip, map, enumerate, ...), whose `iter()` is itself and runs nothing). Not dicts and sets
/// (their iterators detect a change of size since they were made) nor dynamic values
/// (`__iter__` may have effects).
fn iter_late_ok(s: &State) -> bool {
    matches!(
        s,
        State::Con(
            Ctor::Range
                | Ctor::List
                | Ctor::Tuple(_)
                | Ctor::TupleVar
                | Ctor::Str
                | Ctor::Gen
                | Ctor::Iter,
            _
        )
    )
}

/// Iterables whose iterator a generator expression takes typed, made at once
/// (`rt::Iter::from_iter` over the container's own iterator).
fn iter_now_typed(s: &State) -> bool {
    matches!(
        s,
        State::Con(
            Ctor::Dict
                | Ctor::Set
                | Ctor::FrozenSet
                | Ctor::KeysView
                | Ctor::ValuesView
                | Ctor::ItemsView
                | Ctor::Deque
                | Ctor::DefaultDict
                | Ctor::Counter,
            _
        )
    )
}

/// The name of the iterator type (`type(iter(x)).__name__`) of an iterable that a typed
/// `iter(x)` accepts (codegen's side of `iter_now_typed`).
/// Whether a value built by `c` is exactly of the builtin type named `t` (not a
/// subclass, not another type), so that `t.m(x)` is `x.m()`.
fn ctor_is_exactly(t: &str, c: Ctor) -> bool {
    matches!(
        (t, c),
        ("int", Ctor::Int)
            | ("float", Ctor::Float)
            | ("bool", Ctor::Bool)
            | ("str", Ctor::Str)
            | ("list", Ctor::List)
            | ("dict", Ctor::Dict)
            | ("set", Ctor::Set)
            | ("frozenset", Ctor::FrozenSet)
            | ("tuple", Ctor::Tuple(_) | Ctor::TupleVar)
            | ("range", Ctor::Range)
    )
}

/// The codegen side of `ctor_is_exactly`: whether a value of type `ty` is exactly of the
/// builtin type named `t`.
pub fn ty_is_exactly(t: &str, ty: &Ty) -> bool {
    matches!(
        (t, ty),
        ("int", Ty::Int)
            | ("float", Ty::Float)
            | ("bool", Ty::Bool)
            | ("str", Ty::Str)
            | ("list", Ty::List(_))
            | ("dict", Ty::Dict(..))
            | ("set", Ty::Set(_))
            | ("frozenset", Ty::FrozenSet(_))
            | ("tuple", Ty::Tuple(_) | Ty::TupleVar(_))
            | ("range", Ty::Range)
    )
}

pub fn typed_iter_name(t: &Ty) -> Option<&'static str> {
    Some(match t {
        Ty::Dict(..) | Ty::DefaultDict(..) | Ty::Counter(..) | Ty::KeysView(..) => {
            "dict_keyiterator"
        }
        Ty::ValuesView(..) => "dict_valueiterator",
        Ty::ItemsView(..) => "dict_itemiterator",
        Ty::Set(_) | Ty::FrozenSet(_) => "set_iterator",
        Ty::Deque(_) => "_collections._deque_iterator",
        _ => return None,
    })
}

/// Iterables that `Counter(x)` and `c.update(x)` count typed: not mappings (whose counts
/// are added).
fn counts_items(s: &State) -> bool {
    matches!(
        s,
        State::Con(
            Ctor::List
                | Ctor::TupleVar
                | Ctor::Tuple(_)
                | Ctor::Str
                | Ctor::Range
                | Ctor::Set
                | Ctor::FrozenSet
                | Ctor::Gen
                | Ctor::Iter
                | Ctor::KeysView
                | Ctor::ValuesView
                | Ctor::ItemsView
                | Ctor::Deque,
            _
        )
    )
}

/// The same test on a resolved type (codegen's side of `counts_items`).
pub fn counts_items_ty(t: &Ty) -> bool {
    matches!(
        t,
        Ty::List(_)
            | Ty::TupleVar(_)
            | Ty::Tuple(_)
            | Ty::Str
            | Ty::Range
            | Ty::Set(_)
            | Ty::FrozenSet(_)
            | Ty::Gen(_)
            | Ty::Iter(_)
            | Ty::KeysView(..)
            | Ty::ValuesView(..)
            | Ty::ItemsView(..)
            | Ty::Deque(_)
    )
}

/// The same test on a resolved type (codegen's side of `iter_late_ok`).
pub fn iter_late_ok_ty(t: &Ty) -> bool {
    matches!(
        t,
        Ty::Range
            | Ty::List(_)
            | Ty::Tuple(_)
            | Ty::TupleVar(_)
            | Ty::Str
            | Ty::Gen(_)
            | Ty::Iter(_)
    )
}

pub fn infer(m: &Module) -> TypeInfo {
    let mut e = Engine::new();
    let exprs = (0..m.n_exprs).map(|_| e.fresh()).collect();
    let globals = m.globals.iter().map(|_| e.fresh()).collect();
    let module_locals: Vec<Tv> = m.module_locals.iter().map(|_| e.fresh()).collect();
    let locals: Vec<Vec<Tv>> = m
        .funcs
        .iter()
        .map(|f| f.locals.iter().map(|_| e.fresh()).collect())
        .collect();
    // A generator function's calls return the generator object: a `Gen` of its yields.
    let returns: Vec<Tv> = m
        .funcs
        .iter()
        .map(|f| {
            if f.is_generator {
                e.con(Ctor::Gen)
            } else {
                e.fresh()
            }
        })
        .collect();
    let yields = m
        .funcs
        .iter()
        .zip(&returns)
        .map(|(f, r)| f.is_generator.then(|| e.children(*r)[0]))
        .collect();
    let dyn_tv = e.fresh();
    e.make_dyn(dyn_tv);
    let argv_tv = e.con(Ctor::List);
    let argv_item = e.children(argv_tv)[0];
    e.flow_ctor(Ctor::Str, argv_item);
    let free = free_vars(m, &locals, &module_locals);
    let cls = infer_class::ClassTable::build(m);
    let fields: Vec<Vec<Tv>> = (0..m.classes.len())
        .map(|_| cls.field_names.iter().map(|_| e.fresh()).collect())
        .collect();
    for f in &cls.dyn_fields {
        for per_class in &fields {
            e.make_dyn(per_class[*f as usize]);
        }
    }
    let mut inf = Infer {
        m,
        e,
        exprs,
        globals,
        module_locals,
        locals,
        free,
        // A generator expression's function is only ever called where it is made (see
        // `genexpr_call`), directly: its parameter and result are typed by that call; so
        // is a nested def that is only called (`direct_only`).
        escaped: m
            .funcs
            .iter()
            // A lambda escapes when its value is used (`MakeFunc` in `expr`); as a callable
            // argument (`key=lambda ...`, `map(lambda ...)`) `apply_callable` types it.
            .map(|f| f.dynamic && !is_genexpr(f) && !f.direct_only && !f.is_lambda)
            .collect(),
        returns,
        yields,
        aux: HashMap::new(),
        dyn_tv,
        argv_tv,
        func: None,
        class_fields: infer_class::new_class_fields(m),
        cls,
        fields,
        dyn_names: std::collections::HashSet::new(),
        dyn_inits: 0,
        narrowed: vec![],
        pow_stores: HashMap::new(),
        out: ClassTypes::default(),
        tuples_dyn: false,
    };
    for _ in 0..200 {
        inf.e.changed = false;
        inf.pass();
        if !inf.e.changed {
            break;
        }
    }
    inf.finish()
}

impl<'m> Infer<'m> {
    fn pass(&mut self) {
        if self.tuples_dyn {
            self.e.dyn_tuples();
        }
        let m = self.m;
        self.func = None;
        self.method_params();
        self.block(&m.body);
        for (i, f) in m.funcs.iter().enumerate() {
            self.func = Some(FuncId(i as u32));
            if self.escaped[i] {
                // Called through its value: any arguments may come in, and the result
                // is handed to code that sees it as a dynamic value.
                for p in &f.params {
                    let pt = self.locals[i][p.local.index()];
                    self.e.make_dyn(pt);
                }
                let r = self.returns[i];
                self.escape_to_dyn(r);
            }
            self.block(&f.body);
            if let Some(y) = self.yields[i]
                && !self.box_safe(y, 0)
            {
                // Consumers unbox the items they take from the generator's channel.
                self.e.make_dyn(y);
            }
            // A generator's `return` gives its StopIteration value, not the call's result.
            if !f.is_generator && crate::flow::falls_through(&f.body) {
                let r = self.returns[i];
                self.e.flow_ctor(Ctor::None, r);
            }
        }
        self.func = None;
    }

    fn finish(mut self) -> TypeInfo {
        let exprs = self
            .exprs
            .clone()
            .into_iter()
            .map(|t| self.resolve(t))
            .collect();
        let globals = self
            .globals
            .clone()
            .into_iter()
            .map(|t| self.resolve(t))
            .collect();
        let module_locals = self
            .module_locals
            .clone()
            .into_iter()
            .map(|t| self.resolve(t))
            .collect();
        let locals = self
            .locals
            .clone()
            .into_iter()
            .map(|ls| ls.into_iter().map(|t| self.resolve(t)).collect())
            .collect();
        let free = self
            .free
            .clone()
            .into_iter()
            .map(|ls| ls.into_iter().map(|t| self.resolve(t)).collect())
            .collect();
        let returns = self
            .returns
            .clone()
            .into_iter()
            .map(|t| self.resolve(t))
            .collect();
        let yields = self
            .yields
            .clone()
            .into_iter()
            .map(|t| t.map(|t| self.resolve(t)))
            .collect();
        let aux = self
            .aux
            .clone()
            .into_iter()
            .map(|(k, t)| (k, self.resolve(t)))
            .collect();
        let classes = self.finish_classes();
        TypeInfo {
            exprs,
            globals,
            module_locals,
            locals,
            free,
            returns,
            yields,
            aux,
            classes,
        }
    }

    fn resolve(&mut self, t: Tv) -> Ty {
        self.resolve_depth(t, 0)
    }

    fn resolve_depth(&mut self, t: Tv, depth: u32) -> Ty {
        if depth > 50 {
            return Ty::Dyn;
        }
        let r = |s: &mut Self, c: Tv| Box::new(s.resolve_depth(c, depth + 1));
        match self.e.state(t) {
            State::Unknown | State::Dyn => Ty::Dyn,
            State::Con(c, ch) => match c {
                Ctor::Int => Ty::Int,
                Ctor::Float => Ty::Float,
                Ctor::Bool => Ty::Bool,
                Ctor::None => Ty::None,
                Ctor::Str => Ty::Str,
                Ctor::Range => Ty::Range,
                Ctor::Exc => Ty::Exc,
                Ctor::Stream => Ty::Stream,
                // Codegen keeps instances as `Value`s (infer_class.rs).
                Ctor::Obj(_) => Ty::Dyn,
                Ctor::List => Ty::List(r(self, ch[0])),
                Ctor::Set => Ty::Set(r(self, ch[0])),
                Ctor::FrozenSet => Ty::FrozenSet(r(self, ch[0])),
                Ctor::TupleVar => Ty::TupleVar(r(self, ch[0])),
                Ctor::Iter => Ty::Iter(r(self, ch[0])),
                Ctor::Gen => Ty::Gen(r(self, ch[0])),
                Ctor::Deque => Ty::Deque(r(self, ch[0])),
                Ctor::Optional => {
                    let inner = self.resolve_depth(ch[0], depth + 1);
                    match inner {
                        Ty::Dyn => Ty::Dyn,
                        Ty::None => Ty::None,
                        i => Ty::Optional(Box::new(i)),
                    }
                }
                Ctor::Dict => Ty::Dict(r(self, ch[0]), r(self, ch[1])),
                Ctor::DefaultDict => Ty::DefaultDict(r(self, ch[0]), r(self, ch[1])),
                Ctor::Counter => Ty::Counter(r(self, ch[0]), r(self, ch[1])),
                Ctor::KeysView => Ty::KeysView(r(self, ch[0]), r(self, ch[1])),
                Ctor::ValuesView => Ty::ValuesView(r(self, ch[0]), r(self, ch[1])),
                Ctor::ItemsView => Ty::ItemsView(r(self, ch[0]), r(self, ch[1])),
                Ctor::Tuple(_) => Ty::Tuple(
                    ch.into_iter()
                        .map(|c| self.resolve_depth(c, depth + 1))
                        .collect(),
                ),
            },
        }
    }

    // ------------------------------------------------------------------ helpers

    fn tv(&self, e: &Expr) -> Tv {
        self.exprs[e.id.index()]
    }

    fn var_tv(&self, v: Var) -> Tv {
        match v {
            Var::Global(g) => self.globals[g.index()],
            Var::Local(l) => match self.func {
                Some(f) => self.locals[f.index()][l.index()],
                None => self.module_locals[l.index()],
            },
            Var::Free(i) => match self.func {
                Some(f) => self.free[f.index()][i as usize],
                None => self.dyn_tv,
            },
        }
    }

    fn aux(&mut self, e: ExprId, slot: u8) -> Tv {
        if let Some(t) = self.aux.get(&(e, slot)) {
            return *t;
        }
        let t = self.e.fresh();
        self.aux.insert((e, slot), t);
        t
    }

    fn set_ctor(&mut self, e: &Expr, c: Ctor) {
        let t = self.tv(e);
        self.e.flow_ctor(c, t);
    }

    /// An expression whose value is only truth-tested (an `if`/`while`/`assert` test, a
    /// conditional expression's condition, `not`'s operand): `a and b` there is a bool
    /// (codegen short-circuits the operands' truth), so its operands keep their own types
    /// instead of meeting in one (`while stack and stack[-1] < x` left the list dynamic).
    pub(super) fn truth_test(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp(_, xs) => {
                for x in xs {
                    self.truth_test(x);
                }
                self.set_ctor(e, Ctor::Bool);
            }
            _ => {
                self.expr(e);
            }
        }
    }

    /// Gives `e` the constructor `c` whose children are the aux slots 0..n of `e`.
    fn set_con_aux(&mut self, e: &Expr, c: Ctor) -> Vec<Tv> {
        let n = crate::engine::arity(c);
        let ch: Vec<Tv> = (0..n).map(|i| self.aux(e.id, i as u8)).collect();
        let t = self.tv(e);
        self.e.flow_state(State::Con(c, ch.clone()), t);
        ch
    }

    /// Whether a yielded value of this type survives the trip through the generator's
    /// channel (boxed to a `Value`, unboxed by the consumer) as the same object. Mutable
    /// containers do when their items are dynamic (they are then shared, not copied), so
    /// their items are made dynamic here; iterators, views, streams, exceptions and
    /// frozensets (unboxed by copying) do not.
    fn box_safe(&mut self, t: Tv, depth: u32) -> bool {
        if depth > 50 {
            return false;
        }
        match self.e.state(t) {
            State::Unknown | State::Dyn => true,
            State::Con(
                Ctor::Int | Ctor::Float | Ctor::Bool | Ctor::None | Ctor::Str | Ctor::Range,
                _,
            )
            | State::Con(Ctor::Gen, _) => true,
            // An unsafe item makes the whole yield type dynamic anyway.
            State::Con(Ctor::Tuple(_) | Ctor::TupleVar | Ctor::Optional, ch) => {
                ch.into_iter().all(|c| self.box_safe(c, depth + 1))
            }
            State::Con(
                Ctor::List | Ctor::Dict | Ctor::DefaultDict | Ctor::Counter | Ctor::Set,
                _,
            ) => {
                self.e.escape(t);
                true
            }
            State::Con(_, _) => false,
        }
    }

    /// The yield type of the generator being inferred (dynamic outside one).
    fn current_yields(&self) -> Tv {
        self.func
            .and_then(|f| self.yields[f.index()])
            .unwrap_or(self.dyn_tv)
    }

    fn escape_to_dyn(&mut self, src: Tv) {
        let d = self.dyn_tv;
        self.e.flow(src, d);
    }

    fn set_dyn(&mut self, e: &Expr) {
        let t = self.tv(e);
        self.e.make_dyn(t);
    }

    /// The variable for the items of iterable `it` (the expression), as iteration sees them.
    fn elem_of(&mut self, it: &Expr) -> Tv {
        let t = self.tv(it);
        self.elem_of_tv(it.id, t)
    }

    fn elem_of_tv(&mut self, id: ExprId, t: Tv) -> Tv {
        match self.e.state(t) {
            State::Unknown => self.aux(id, SLOT_ELEM),
            State::Dyn => self.dyn_tv,
            State::Con(c, ch) => match c {
                Ctor::Str | Ctor::Stream => {
                    let a = self.aux(id, SLOT_ELEM);
                    self.e.flow_ctor(Ctor::Str, a);
                    a
                }
                Ctor::List
                | Ctor::Set
                | Ctor::FrozenSet
                | Ctor::TupleVar
                | Ctor::Iter
                | Ctor::Gen
                | Ctor::Deque => ch[0],
                Ctor::Dict | Ctor::DefaultDict | Ctor::Counter | Ctor::KeysView => ch[0],
                Ctor::ValuesView => ch[1],
                Ctor::ItemsView => {
                    let a = self.aux(id, SLOT_ELEM);
                    self.e
                        .flow_state(State::Con(Ctor::Tuple(2), vec![ch[0], ch[1]]), a);
                    a
                }
                Ctor::Tuple(_) => {
                    let a = self.aux(id, SLOT_ELEM);
                    for c in ch {
                        self.e.flow(c, a);
                    }
                    a
                }
                Ctor::Range => {
                    let a = self.aux(id, SLOT_ELEM);
                    self.e.flow_ctor(Ctor::Int, a);
                    a
                }
                Ctor::Optional => {
                    // Iterated through the dynamic path.
                    self.escape_to_dyn(t);
                    self.dyn_tv
                }
                // A typed class's `__iter__`/`__getitem__` gives any values.
                Ctor::Obj(_) => self.dyn_tv,
                _ => self.aux(id, SLOT_ELEM),
            },
        }
    }

    // ------------------------------------------------------------------ statements

    fn block(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e);
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value);
                for t in targets {
                    self.assign(t, v, value.id);
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let v = self.expr(value);
                let cur = self.target_value(target, value.id);
                let res = self.aux(value.id, SLOT_AUG);
                if let (Some(cur), BinOp::Add, Some(Ctor::List)) =
                    (cur, op, cur.and_then(|c| self.e.ctor(c)))
                {
                    // list += iterable extends in place.
                    let item = self.e.children(cur)[0];
                    let el = self.elem_of_tv(value.id, v);
                    self.e.flow(el, item);
                    self.e.flow(cur, res);
                } else if let Some(cur) = cur
                    && !self.obj_binop(*op, cur, v, res, None)
                {
                    if *op == BinOp::Pow {
                        let base = match target.kind {
                            TargetKind::Var(Var::Local(l)) => infer_pow::Base::Local(l),
                            _ => infer_pow::Base::Other,
                        };
                        self.pow_into(cur, v, base, value, res);
                    } else {
                        self.binop_into(*op, cur, v, res);
                    }
                }
                self.assign(target, res, value.id);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                // `if x is not None [and ...]:` with x a local the body does not assign:
                // x is not None in the body (and in the rest of the test).
                let narrowed = self.not_none_locals(test, body);
                let n = self.narrowed.len();
                self.expr_narrowing(test, &narrowed);
                self.narrowed.extend(narrowed);
                self.block(body);
                self.narrowed.truncate(n);
                self.block(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                let el = match self.iter_method(iter) {
                    Some(y) => y,
                    None => self.elem_of(iter),
                };
                self.assign(target, el, iter.id);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                let Some(f) = self.func else { return };
                if self.m.funcs[f.index()].is_generator {
                    // The StopIteration value: boxed.
                    if let Some(v) = v {
                        let t = self.expr(v);
                        self.escape_to_dyn(t);
                    }
                    return;
                }
                let r = self.returns[f.index()];
                match v {
                    Some(v) => {
                        let t = self.expr(v);
                        self.e.flow(t, r);
                    }
                    None => self.e.flow_ctor(Ctor::None, r),
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body);
                for h in handlers {
                    for t in &h.types {
                        if let ExcClass::Value(c) = t {
                            let ct = self.expr(c);
                            self.escape_to_dyn(ct);
                        }
                    }
                    if let Some(v) = h.name {
                        let vt = self.var_tv(v);
                        // A user exception class catches its instances (dynamic values).
                        if h.types.iter().any(|t| matches!(t, ExcClass::Value(_))) {
                            self.e.make_dyn(vt);
                        } else {
                            self.e.flow_ctor(Ctor::Exc, vt);
                        }
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.truth_test(test);
                if let Some(m) = msg {
                    let t = self.expr(m);
                    self.escape_to_dyn(t);
                }
            }
            StmtKind::FuncDef { defaults, .. } => {
                for (g, e) in defaults {
                    let t = self.expr(e);
                    let gt = self.globals[g.index()];
                    self.e.flow(t, gt);
                }
            }
            StmtKind::CompAppend {
                acc, value, key, ..
            } => {
                let at = self.var_tv(*acc);
                let v = self.expr(value);
                let k = key.as_ref().map(|k| self.expr(k));
                let ch = self.e.children(at);
                match (k, ch.as_slice()) {
                    (Some(k), [kt, vt]) => {
                        self.e.flow(k, *kt);
                        self.e.flow(v, *vt);
                    }
                    (None, [it]) => self.e.flow(v, *it),
                    _ => {}
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target_exprs(t);
                    // `del d[k]`: the key meets the dict's keys.
                    if let TargetKind::Subscript { obj, index } = &t.kind {
                        let (o, i) = (self.tv(obj), self.tv(index));
                        if let State::Con(Ctor::Dict | Ctor::DefaultDict | Ctor::Counter, ch) =
                            self.e.state(o)
                        {
                            self.e.flow(i, ch[0]);
                        }
                    }
                }
            }
        }
    }

    fn target_exprs(&mut self, t: &Target) {
        match &t.kind {
            TargetKind::Var(_) => {}
            TargetKind::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
            }
            TargetKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                self.expr(obj);
                for b in [lower, upper, step].into_iter().flatten() {
                    self.expr(b);
                }
            }
            TargetKind::Tuple(ts) => ts.iter().for_each(|t| self.target_exprs(t)),
            TargetKind::Star(t) => self.target_exprs(t),
            TargetKind::Attr { obj, .. } => {
                self.expr(obj);
            }
        }
    }

    /// The current value of an augmented-assignment target.
    fn target_value(&mut self, t: &Target, value: ExprId) -> Option<Tv> {
        match &t.kind {
            TargetKind::Var(v) => Some(self.var_tv(*v)),
            TargetKind::Subscript { obj, index } => {
                let o = self.expr(obj);
                self.expr(index);
                Some(self.subscript_result(o, index, None))
            }
            TargetKind::Attr { obj, name } => {
                let o = self.expr(obj);
                if let Some((mask, _)) = self.obj_of(o)
                    && let Some(&fid) = self.cls.field_ids.get(name.as_str())
                {
                    let cur = self.aux(value, SLOT_FIELD);
                    self.field_read_into(mask, fid, cur);
                    return Some(cur);
                }
                self.escape_to_dyn(o);
                Some(self.dyn_tv)
            }
            _ => None,
        }
    }

    /// Stores a value of `src` into a target. `id` names the value expression (for aux
    /// slots of unpacking).
    fn assign(&mut self, t: &Target, src: Tv, id: ExprId) {
        match &t.kind {
            TargetKind::Attr { obj, name } => {
                let o = self.expr(obj);
                if !self.obj_store(obj, o, name, src) {
                    // Attributes hold dynamic values shared with their object.
                    self.escape_to_dyn(o);
                    self.escape_to_dyn(src);
                }
            }
            TargetKind::Var(v) => {
                let d = self.var_tv(*v);
                self.e.flow(src, d);
            }
            TargetKind::Subscript { obj, index } => {
                let o = self.expr(obj);
                let i = self.expr(index);
                match self.e.state(o) {
                    State::Con(Ctor::List, ch) => self.e.flow(src, ch[0]),
                    State::Con(Ctor::Dict | Ctor::DefaultDict | Ctor::Counter, ch) => {
                        self.e.flow(i, ch[0]);
                        self.e.flow(src, ch[1]);
                    }
                    // Stored boxed, through the dynamic path (which checks the index).
                    State::Con(Ctor::Deque, ch) => {
                        self.e.flow(src, ch[0]);
                        self.deque_items(ch[0]);
                        self.escape_to_dyn(i);
                    }
                    State::Unknown => {}
                    _ => {
                        self.escape_to_dyn(src);
                        self.escape_to_dyn(i);
                        self.escape_to_dyn(o);
                    }
                }
            }
            TargetKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                let o = self.expr(obj);
                for b in [lower, upper, step].into_iter().flatten() {
                    self.expr(b);
                }
                let el = self.elem_of_tv(id, src);
                match self.e.state(o) {
                    State::Con(Ctor::List, ch) => self.e.flow(el, ch[0]),
                    State::Unknown => {}
                    _ => {
                        self.escape_to_dyn(src);
                        self.escape_to_dyn(o);
                    }
                }
            }
            TargetKind::Star(inner) => {
                // Reached only inside a tuple target, with the dynamic item.
                let l = self.aux(id, SLOT_STAR);
                let ch = self.e.children(l);
                if ch.is_empty() {
                    let d = self.dyn_tv;
                    self.e.flow_state(State::Con(Ctor::List, vec![d]), l);
                }
                self.assign(inner, l, id);
                let _ = src;
            }
            TargetKind::Tuple(targets)
                if targets
                    .iter()
                    .any(|t| matches!(t.kind, TargetKind::Star(_))) =>
            {
                // Starred unpacking runs on dynamic values.
                self.escape_to_dyn(src);
                let d = self.dyn_tv;
                for t in targets {
                    self.assign(t, d, id);
                }
            }
            TargetKind::Tuple(targets) => match self.e.state(src) {
                State::Con(Ctor::Tuple(n), ch) if n as usize == targets.len() => {
                    for (t, c) in targets.iter().zip(ch) {
                        self.assign(t, c, id);
                    }
                }
                State::Unknown => {}
                _ => {
                    // Unpacked through iteration (lists, strings, dynamic values...).
                    let el = self.elem_of_tv(id, src);
                    if self.e.is_unknown(el) {
                        let d = self.dyn_tv;
                        for t in targets {
                            self.assign(t, d, id);
                        }
                    } else {
                        for t in targets {
                            self.assign(t, el, id);
                        }
                    }
                }
            },
        }
    }

    // ------------------------------------------------------------------ expressions

    fn expr(&mut self, e: &Expr) -> Tv {
        let t = self.tv(e);
        match &e.kind {
            ExprKind::Int(_) | ExprKind::BigInt(_) => self.set_ctor(e, Ctor::Int),
            ExprKind::Float(_) => self.set_ctor(e, Ctor::Float),
            ExprKind::Str(_) | ExprKind::FString(_) | ExprKind::TypeName(_) => {
                if let ExprKind::FString(parts) = &e.kind {
                    self.fparts(parts);
                }
                if let ExprKind::TypeName(x) = &e.kind {
                    self.expr(x);
                }
                self.set_ctor(e, Ctor::Str)
            }
            ExprKind::Bool(_) => self.set_ctor(e, Ctor::Bool),
            ExprKind::None => self.set_ctor(e, Ctor::None),
            ExprKind::Name(Var::Local(l))
                if self.narrowed.contains(&(self.func, *l))
                    && matches!(
                        self.e.ctor(self.var_tv(Var::Local(*l))),
                        Some(Ctor::Optional | Ctor::None)
                    ) =>
            {
                // Only None so far: nothing flows (it may become optional later). Only
                // scalars and instances narrow: containers keep the optional type (a
                // recursive structure would otherwise grow a new type at each pass).
                let vt = self.var_tv(Var::Local(*l));
                match self.e.children(vt).first() {
                    Some(&inner)
                        if matches!(
                            self.e.state(inner),
                            State::Con(
                                Ctor::Int | Ctor::Float | Ctor::Bool | Ctor::Str | Ctor::Obj(_),
                                _
                            )
                        ) =>
                    {
                        self.e.flow(inner, t)
                    }
                    Some(_) => self.e.flow(vt, t),
                    None => {}
                }
            }
            ExprKind::Name(v) => {
                let vt = self.var_tv(*v);
                self.e.flow(vt, t);
                if let Var::Global(g) = v {
                    self.class_ref(e, *g);
                }
            }
            ExprKind::CycleAttr { value, .. } => {
                let vt = self.var_tv(Var::Global(*value));
                self.e.flow(vt, t);
            }
            ExprKind::FuncRef(f)
                if self.m.funcs[f.index()]
                    .method_of
                    .is_some_and(|k| self.cls.typed[k as usize]) =>
            {
                // A typed class's method in its namespace: method_params types it.
                self.set_dyn(e);
            }
            ExprKind::FuncRef(f) => {
                // A function object: calls through it bind at run time.
                if !self.escaped[f.index()] {
                    self.escaped[f.index()] = true;
                    self.e.changed = true;
                }
                self.set_dyn(e);
            }
            ExprKind::BuiltinRef(_) | ExprKind::MethodRef(..) => self.set_dyn(e),
            ExprKind::MakeClass { bases, kwargs, .. } => {
                for b in bases {
                    let bt = self.expr(b);
                    self.escape_to_dyn(bt);
                }
                for (_, k) in kwargs {
                    let kt = self.expr(k);
                    self.escape_to_dyn(kt);
                }
                self.set_dyn(e);
            }
            ExprKind::Super(c, o) => {
                for x in [c, o] {
                    let xt = self.expr(x);
                    self.escape_to_dyn(xt);
                }
                self.set_dyn(e);
            }
            ExprKind::Named(target, value) => {
                let v = self.expr(value);
                self.assign(target, v, value.id);
                self.e.flow(v, t);
            }
            ExprKind::Yield(v) => {
                // What is yielded flows into the generator's item type; what `yield`
                // evaluates to (the value sent) is dynamic.
                let y = self.current_yields();
                match v {
                    Some(v) => {
                        let vt = self.expr(v);
                        self.e.flow(vt, y);
                    }
                    None => self.e.flow_ctor(Ctor::None, y),
                }
                self.set_dyn(e);
            }
            ExprKind::YieldFrom(v) => {
                let vt = self.expr(v);
                self.escape_to_dyn(vt);
                // The subiterator's items are not known statically.
                let y = self.current_yields();
                self.e.make_dyn(y);
                self.set_dyn(e);
            }
            ExprKind::MakeFunc { func, defaults } => {
                // A `direct_only` def's object is made but never used (lower_direct.rs):
                // its calls are direct, typed by their arguments.
                if !self.escaped[func.index()] && !self.m.funcs[func.index()].direct_only {
                    self.escaped[func.index()] = true;
                    self.e.changed = true;
                }
                for d in defaults {
                    let dt = self.expr(d);
                    self.escape_to_dyn(dt);
                }
                self.set_dyn(e);
            }
            ExprKind::CallValue { func, args, kwargs }
                if let Some((fid, arg)) = genexpr_call(self.m, func, args, kwargs) =>
            {
                // Not `expr`: that would make the function escape (a value dynamic code may call).
                self.set_dyn(func);
                let f = &self.m.funcs[fid.index()];
                let p = self.locals[fid.index()][f.params[0].local.index()];
                match genexpr_source(arg) {
                    // A list, tuple, str or range is passed itself (codegen's
                    // `genexpr_call`), so `iter(xs)` is never evaluated and must not make
                    // xs's items dynamic as a real `iter()` call would.
                    Some(xs) => {
                        let xt = self.expr(xs);
                        match self.e.state(xt) {
                            State::Unknown => self.set_dyn(arg),
                            s if iter_late_ok(&s) => {
                                self.set_dyn(arg);
                                self.e.flow_state(s, p)
                            }
                            // A dict, set, view or deque: its iterator is made now (it
                            // notices a change of size since), typed (codegen's builtin
                            // `iter` with a typed result), not through `iter()` of a boxed
                            // container.
                            s if iter_now_typed(&s) => {
                                let el = self.elem_of(xs);
                                let a = self.tv(arg);
                                self.e.flow_state(State::Con(Ctor::Iter, vec![el]), a);
                                self.e.flow(a, p)
                            }
                            _ => {
                                let at = self.expr(arg);
                                self.e.flow(at, p)
                            }
                        }
                    }
                    None => {
                        let at = self.expr(arg);
                        self.e.flow(at, p)
                    }
                }
                let r = self.returns[fid.index()];
                self.e.flow(r, t);
            }
            ExprKind::CallValue { func, args, kwargs } if self.obj_ctor(e, func, args, kwargs) => {}
            // `zip(*rows)` of a list or tuple of typed rows: an iterator of tuples of the
            // rows' items (codegen `rt::iter::zip_star`), the rows keeping their types.
            ExprKind::CallValue { func, args, kwargs }
                if kwargs.is_empty()
                    && matches!(&func.kind, ExprKind::BuiltinRef(b) if b == "zip")
                    && let [Arg::Star(x)] = args.as_slice()
                    && self.zip_star(e, x) => {}
            ExprKind::CallValue { func, args, kwargs } => {
                self.expr(func);
                for a in args {
                    let (Arg::Pos(x) | Arg::Star(x)) = a;
                    let at = self.expr(x);
                    self.escape_to_dyn(at);
                }
                for k in kwargs {
                    let kt = self.expr(&k.value);
                    self.escape_to_dyn(kt);
                }
                self.set_dyn(e);
            }
            ExprKind::ModuleAttr(m, a) => self.module_attr(e, m, a),
            ExprKind::Binary(op, l, r) => {
                let lt = self.expr(l);
                let rt = self.expr(r);
                if self.obj_binop(*op, lt, rt, t, Some(e.id)) {
                } else if *op == BinOp::Pow {
                    self.pow_into(lt, rt, infer_pow::Base::Expr(l), r, t);
                } else {
                    self.binop_into(*op, lt, rt, t);
                }
            }
            ExprKind::Unary(UnaryOp::Not, x) => {
                self.truth_test(x);
                self.set_ctor(e, Ctor::Bool);
            }
            ExprKind::Unary(op, x) => {
                let xt = self.expr(x);
                match (op, self.e.state(xt)) {
                    (UnaryOp::Not, _) => self.set_ctor(e, Ctor::Bool),
                    (_, State::Unknown) => {}
                    (
                        UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert,
                        State::Con(Ctor::Int | Ctor::Bool, _),
                    ) => self.set_ctor(e, Ctor::Int),
                    (UnaryOp::Neg | UnaryOp::Pos, State::Con(Ctor::Float, _)) => {
                        self.set_ctor(e, Ctor::Float)
                    }
                    _ => self.set_dyn(e),
                }
            }
            ExprKind::BoolOp(_, values) => {
                for v in values {
                    let vt = self.expr(v);
                    self.e.flow(vt, t);
                }
            }
            ExprKind::Compare(first, rest) => {
                let ft = self.expr(first);
                let mut ts = vec![ft];
                for (_, x) in rest {
                    ts.push(self.expr(x));
                }
                // A rich comparison with a dynamic operand may return any value (a user
                // __eq__); other comparisons are bools.
                let rich = rest.iter().any(|(op, _)| {
                    !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
                });
                let objs = ts.iter().any(|t| self.obj_of_any(*t));
                if !rich {
                    self.set_ctor(e, Ctor::Bool);
                } else if objs || ts.iter().any(|t| matches!(self.e.state(*t), State::Dyn)) {
                    self.set_dyn(e);
                } else if ts
                    .iter()
                    .all(|t| !matches!(self.e.state(*t), State::Unknown))
                {
                    self.set_ctor(e, Ctor::Bool);
                }
            }
            ExprKind::IfExp(c, a, b) => {
                self.truth_test(c);
                let at = self.expr(a);
                let bt = self.expr(b);
                self.e.flow(at, t);
                self.e.flow(bt, t);
            }
            ExprKind::CallFunc { func, args } => {
                let f = &self.m.funcs[func.index()];
                for (i, a) in args.iter().enumerate() {
                    let p = self.locals[func.index()][f.params[i].local.index()];
                    match a {
                        Some(a) => {
                            let at = self.expr(a);
                            self.e.flow(at, p);
                        }
                        None => self.flow_default(*func, i),
                    }
                }
                let r = self.returns[func.index()];
                self.e.flow(r, t);
            }
            ExprKind::Call {
                callee,
                args,
                kwargs,
            } => self.call(e, callee, args, kwargs),
            ExprKind::Subscript(obj, idx) => {
                let o = self.expr(obj);
                self.expr(idx);
                let r = self.subscript_result(o, idx, Some(e));
                self.e.flow(r, t);
            }
            ExprKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                let o = self.expr(obj);
                for b in [lower, upper, step].into_iter().flatten() {
                    self.expr(b);
                }
                match self.e.state(o) {
                    State::Unknown => {}
                    State::Con(Ctor::Str, _) => self.set_ctor(e, Ctor::Str),
                    State::Con(Ctor::Range, _) => self.set_ctor(e, Ctor::Range),
                    State::Con(c @ (Ctor::List | Ctor::TupleVar), ch) => {
                        let items = self.set_con_aux(e, c);
                        self.e.flow(ch[0], items[0]);
                    }
                    State::Con(Ctor::Tuple(_), ch) => {
                        // A slice of a fixed tuple: same items when the bounds are literal.
                        match tuple_slice(
                            ch.len(),
                            lower.as_deref(),
                            upper.as_deref(),
                            step.as_deref(),
                        ) {
                            Some(idx) => {
                                let picked: Vec<Tv> = idx.into_iter().map(|i| ch[i]).collect();
                                self.e.flow_state(
                                    State::Con(Ctor::Tuple(picked.len() as u8), picked),
                                    t,
                                );
                            }
                            None => {
                                let items = self.set_con_aux(e, Ctor::TupleVar);
                                for c in ch {
                                    self.e.flow(c, items[0]);
                                }
                            }
                        }
                    }
                    _ => {
                        self.escape_to_dyn(o);
                        self.set_dyn(e);
                    }
                }
            }
            ExprKind::List(items) | ExprKind::Set(items) => {
                let c = if matches!(e.kind, ExprKind::List(_)) {
                    Ctor::List
                } else {
                    Ctor::Set
                };
                let slot = self.set_con_aux(e, c)[0];
                for x in items {
                    let xt = self.expr(x);
                    self.e.flow(xt, slot);
                }
            }
            ExprKind::Tuple(items) => {
                if items.len() > MAX_TUPLE {
                    for x in items {
                        let xt = self.expr(x);
                        self.escape_to_dyn(xt);
                    }
                    self.set_dyn(e);
                } else {
                    let slots = self.set_con_aux(e, Ctor::Tuple(items.len() as u8));
                    for (x, s) in items.iter().zip(slots) {
                        let xt = self.expr(x);
                        self.e.flow(xt, s);
                    }
                }
            }
            ExprKind::Dict(items) => {
                let slots = self.set_con_aux(e, Ctor::Dict);
                for (k, v) in items {
                    let kt = self.expr(k);
                    let vt = self.expr(v);
                    self.e.flow(kt, slots[0]);
                    self.e.flow(vt, slots[1]);
                }
            }
            ExprKind::Attr(obj, name) => {
                let o = self.expr(obj);
                if self.obj_attr(e, obj, o, name) {
                    return t;
                }
                match (self.e.state(o), name.as_str()) {
                    (State::Unknown, _) => {}
                    (State::Con(Ctor::Exc, _), "args") => {
                        let items = self.set_con_aux(e, Ctor::TupleVar);
                        let d = self.dyn_tv;
                        self.e.flow(d, items[0]);
                    }
                    (State::Con(c @ (Ctor::Int | Ctor::Bool), _), "real" | "numerator") => {
                        let _ = c;
                        self.set_ctor(e, Ctor::Int)
                    }
                    (State::Con(Ctor::Int | Ctor::Bool, _), "imag") => self.set_ctor(e, Ctor::Int),
                    (State::Con(Ctor::Int | Ctor::Bool, _), "denominator") => {
                        self.set_ctor(e, Ctor::Int)
                    }
                    (State::Con(Ctor::Float, _), "real" | "imag") => self.set_ctor(e, Ctor::Float),
                    _ => {
                        // Dynamic code may find a typed class's method under this name,
                        // or read an instance's field.
                        self.dyn_name(name);
                        if let Some(&f) = self.cls.field_ids.get(name.as_str()) {
                            for k in 0..self.fields.len() {
                                let ft = self.fields[k][f as usize];
                                self.escape_to_dyn(ft);
                            }
                        }
                        self.escape_to_dyn(o);
                        self.set_dyn(e);
                    }
                }
            }
            ExprKind::Raise { effects, .. } => {
                for x in effects {
                    self.expr(x);
                }
            }
            ExprKind::Comp { kind, acc, body } => {
                let c = match kind {
                    CompKind::List => Ctor::List,
                    CompKind::Set => Ctor::Set,
                    CompKind::Dict => Ctor::Dict,
                };
                self.set_con_aux(e, c);
                let at = self.var_tv(*acc);
                self.e.flow(t, at);
                self.block(body);
            }
        }
        t
    }

    fn fparts(&mut self, parts: &[FPart]) {
        for p in parts {
            if let FPart::Value { expr, spec, .. } = p {
                self.expr(expr);
                self.fparts(spec);
            }
        }
    }

    fn module_attr(&mut self, e: &Expr, m: &str, a: &str) {
        match (m, a) {
            ("math", "pi" | "e" | "tau" | "inf" | "nan") => self.set_ctor(e, Ctor::Float),
            ("sys", "argv") => {
                let argv = self.argv_tv;
                let t = self.tv(e);
                self.e.flow(argv, t);
            }
            ("sys", "maxsize") => self.set_ctor(e, Ctor::Int),
            ("sys", "stdin" | "stdout" | "stderr") => self.set_ctor(e, Ctor::Stream),
            ("sys", "platform" | "byteorder") => self.set_ctor(e, Ctor::Str),
            _ => self.set_dyn(e),
        }
    }

    /// `obj[idx]`: the item type.
    fn subscript_result(&mut self, o: Tv, idx: &Expr, e: Option<&Expr>) -> Tv {
        let it = self.tv(idx);
        // A key of unknown type may be a slice object (`xs[slice(a, b)]`, a key passed on
        // by a `__getitem__`): then a sequence gives a sequence, not an item.
        if self.e.is_dyn(it)
            && let State::Con(Ctor::List | Ctor::TupleVar | Ctor::Range | Ctor::Tuple(_), ch) =
                self.e.state(o)
        {
            // The item is boxed as it is looked up (`getitem_dyn`): it must box sharing,
            // not copying, so that `grid[r][c] = v` reaches the grid.
            for c in ch {
                self.escape_to_dyn(c);
            }
            let a = self.aux(idx.id, SLOT_ITEM);
            self.e.make_dyn(a);
            return a;
        }
        match self.e.state(o) {
            State::Unknown => self.aux(idx.id, SLOT_ITEM),
            // A deque's items are boxed in it: any key reads the same object.
            State::Con(Ctor::Deque, ch) => match self.e.state(it) {
                State::Con(Ctor::Int | Ctor::Bool, _) => ch[0],
                State::Unknown => self.aux(idx.id, SLOT_ITEM),
                _ => {
                    let a = self.aux(idx.id, SLOT_ITEM);
                    self.e.make_dyn(a);
                    a
                }
            },
            State::Con(Ctor::List | Ctor::TupleVar, ch) => ch[0],
            State::Con(Ctor::Dict, ch) => ch[1],
            // A missing key is stored with the factory's value.
            State::Con(Ctor::DefaultDict, ch) => {
                self.e.flow(it, ch[0]);
                ch[1]
            }
            // A missing key counts 0 (and is not stored).
            State::Con(Ctor::Counter, ch) => {
                self.e.flow_ctor(Ctor::Int, ch[1]);
                ch[1]
            }
            State::Con(Ctor::Str, _) => {
                let a = self.aux(idx.id, SLOT_ITEM);
                self.e.flow_ctor(Ctor::Str, a);
                a
            }
            State::Con(Ctor::Range, _) => {
                let a = self.aux(idx.id, SLOT_ITEM);
                self.e.flow_ctor(Ctor::Int, a);
                a
            }
            State::Con(Ctor::Tuple(n), ch) => {
                if let Some(i) = const_index(idx)
                    && let Some(j) = norm(i, n as usize)
                {
                    return ch[j];
                }
                // Index not known statically: the item type is the join.
                let a = self.aux(idx.id, SLOT_ITEM);
                for c in ch {
                    self.e.flow(c, a);
                }
                a
            }
            _ => {
                let _ = e;
                self.escape_to_dyn(o);
                self.escape_to_dyn(it);
                self.dyn_tv
            }
        }
    }

    /// The type of `l op r` flows into `out`.
    fn binop_into(&mut self, op: BinOp, l: Tv, r: Tv, out: Tv) {
        use Ctor::*;
        let (ls, rs) = (self.e.state(l), self.e.state(r));
        let (lc, rc) = match (&ls, &rs) {
            (State::Unknown, _) | (_, State::Unknown) => return,
            (State::Con(a, _), State::Con(b, _)) => (*a, *b),
            _ => {
                self.escape_to_dyn(l);
                self.escape_to_dyn(r);
                self.e.make_dyn(out);
                return;
            }
        };
        let int = |c: Ctor| matches!(c, Int | Bool);
        let num = |c: Ctor| matches!(c, Int | Bool | Float);
        let result: Option<State> = match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow
                if int(lc) && int(rc) =>
            {
                Some(State::Con(Int, vec![]))
            }
            BinOp::Div if num(lc) && num(rc) => Some(State::Con(Float, vec![])),
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow
                if num(lc) && num(rc) =>
            {
                Some(State::Con(Float, vec![]))
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if lc == Bool && rc == Bool => {
                Some(State::Con(Bool, vec![]))
            }
            BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
                if int(lc) && int(rc) =>
            {
                Some(State::Con(Int, vec![]))
            }
            BinOp::Add if lc == Str && rc == Str => Some(State::Con(Str, vec![])),
            BinOp::Mul if (lc == Str && int(rc)) || (int(lc) && rc == Str) => {
                Some(State::Con(Str, vec![]))
            }
            BinOp::Mod if lc == Str => Some(State::Con(Str, vec![])),
            BinOp::Add if lc == List && rc == List => {
                // A new list holding the items of both.
                let (lch, rch) = (self.e.children(l), self.e.children(r));
                let item = self.e.fresh();
                let fresh_out = self.e.state(out);
                let item = match fresh_out {
                    State::Con(List, ch) => ch[0],
                    _ => item,
                };
                self.e.flow(lch[0], item);
                self.e.flow(rch[0], item);
                Some(State::Con(List, vec![item]))
            }
            BinOp::Mul if (lc == List && int(rc)) || (int(lc) && rc == List) => {
                let lst = if lc == List { l } else { r };
                let ch = self.e.children(lst);
                let item = match self.e.state(out) {
                    State::Con(List, och) => och[0],
                    _ => self.e.fresh(),
                };
                self.e.flow(ch[0], item);
                Some(State::Con(List, vec![item]))
            }
            BinOp::Add if lc == TupleVar && rc == TupleVar => {
                let (lch, rch) = (self.e.children(l), self.e.children(r));
                let item = match self.e.state(out) {
                    State::Con(TupleVar, och) => och[0],
                    _ => self.e.fresh(),
                };
                self.e.flow(lch[0], item);
                self.e.flow(rch[0], item);
                Some(State::Con(TupleVar, vec![item]))
            }
            BinOp::Add if matches!((lc, rc), (Tuple(_), Tuple(_))) => {
                let mut ch = self.e.children(l);
                ch.extend(self.e.children(r));
                if ch.len() > MAX_TUPLE {
                    Option::None
                } else {
                    Some(State::Con(Tuple(ch.len() as u8), ch))
                }
            }
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
                if matches!(lc, Set | FrozenSet) && matches!(rc, Set | FrozenSet) =>
            {
                let (lch, rch) = (self.e.children(l), self.e.children(r));
                let item = match self.e.state(out) {
                    State::Con(c, och) if c == lc => och[0],
                    _ => self.e.fresh(),
                };
                self.e.flow(lch[0], item);
                self.e.flow(rch[0], item);
                Some(State::Con(lc, vec![item]))
            }
            BinOp::BitOr if lc == Dict && rc == Dict => {
                let (lch, rch) = (self.e.children(l), self.e.children(r));
                let (k, v) = match self.e.state(out) {
                    State::Con(Dict, och) => (och[0], och[1]),
                    _ => (self.e.fresh(), self.e.fresh()),
                };
                for (a, b) in [(lch[0], k), (rch[0], k), (lch[1], v), (rch[1], v)] {
                    self.e.flow(a, b);
                }
                Some(State::Con(Dict, vec![k, v]))
            }
            _ => Option::None,
        };
        match result {
            Some(s) => self.e.flow_state(s, out),
            Option::None => {
                // Not a typed operation: the dynamic path raises or computes it.
                self.escape_to_dyn(l);
                self.escape_to_dyn(r);
                self.e.make_dyn(out);
            }
        }
    }

    // ------------------------------------------------------------------ calls

    fn call(&mut self, e: &Expr, callee: &Callee, args: &[Expr], kwargs: &[(String, Expr)]) {
        match callee {
            Callee::Func(_) => unreachable_call(),
            Callee::Builtin(name) if name == TYPE_CALL => self.type_call(e, args, kwargs),
            Callee::Builtin(name) => self.builtin(e, name, args, kwargs),
            Callee::Module(m, f) => {
                let ats: Vec<Tv> = args.iter().map(|a| self.expr(a)).collect();
                let kts: Vec<Tv> = kwargs.iter().map(|(_, k)| self.expr(k)).collect();
                if m == "collections" && f == "deque" && self.deque_new(e, args, &ats, kwargs) {
                    return;
                }
                if m == "collections" && f == "defaultdict" && self.defaultdict_new(e, args, kwargs)
                {
                    return;
                }
                if m == "collections" && f == "Counter" && self.counter_new(e, args, &ats, kwargs) {
                    return;
                }
                // A module function gets boxed keyword arguments it may keep.
                for k in kts {
                    self.escape_to_dyn(k);
                }
                if kwargs.is_empty() && self.list_module_call(e, m, f, &ats) {
                    return;
                }
                if m == "re" && kwargs.is_empty() && self.re_call(e, f, args, &ats) {
                    return;
                }
                self.module_call(e, m, f, &ats);
            }
            Callee::Method(recv, name) if self.memo_call(e, recv, name, args, kwargs) => {}
            Callee::Method(recv, name) if self.obj_call(e, recv, name, args, kwargs) => {}
            Callee::Method(recv, name) => {
                let mut r = self.expr(recv);
                if self.obj_of_any(r) {
                    // Not resolved statically: looked up at run time on the instance.
                    self.dyn_name(name);
                    r = self.dyn_tv;
                } else if self.e.is_dyn(r) {
                    self.dyn_name(name);
                }
                let ats: Vec<Tv> = args.iter().map(|a| self.expr(a)).collect();
                let (kts, key) = self.method_kwargs(kwargs);
                self.method(e, r, name, args, &ats, &kts, key);
            }
        }
    }

    /// A method call's keyword arguments: the types of those other than `key`, and the
    /// `key` expression (visited here unless `method` types it as a function reference).
    fn method_kwargs<'k>(
        &mut self,
        kwargs: &'k [(String, Expr)],
    ) -> (Vec<(String, Tv)>, Option<&'k Expr>) {
        let kts: Vec<(String, Tv)> = kwargs
            .iter()
            .filter(|(n, _)| n != "key")
            .map(|(n, k)| (n.clone(), self.expr(k)))
            .collect();
        let key = kwargs.iter().find(|(n, _)| n == "key").map(|(_, k)| k);
        if let Some(k) = key
            && !matches!(
                k.kind,
                ExprKind::FuncRef(_) | ExprKind::BuiltinRef(_) | ExprKind::MethodRef(..)
            )
            && !is_get_ref(k)
            && !callable_lambda(self.m, k)
        {
            self.expr(k);
        }
        (kts, key)
    }

    /// `T.name(obj, ...)` (`TYPE_CALL`): typed like `obj.name(...)` when `obj` is exactly
    /// a T (codegen emits that call); otherwise the runtime applies T's method to the
    /// boxed receiver, so everything escapes and the result is dynamic.
    fn type_call(&mut self, e: &Expr, args: &[Expr], kwargs: &[(String, Expr)]) {
        let [a0, a1, recv, rest @ ..] = args else {
            return self.builtin(e, TYPE_CALL, args, kwargs);
        };
        let (ExprKind::Str(t), ExprKind::Str(name)) = (&a0.kind, &a1.kind) else {
            return self.builtin(e, TYPE_CALL, args, kwargs);
        };
        self.expr(a0);
        self.expr(a1);
        let r = self.expr(recv);
        let exact = match self.e.state(r) {
            State::Unknown => None,
            State::Dyn => Some(false),
            State::Con(c, _) => Some(ctor_is_exactly(t, c)),
        };
        let ats: Vec<Tv> = rest.iter().map(|a| self.expr(a)).collect();
        if exact == Some(true) {
            let (kts, key) = self.method_kwargs(kwargs);
            return self.method(e, r, name, rest, &ats, &kts, key);
        }
        let kts: Vec<Tv> = kwargs.iter().map(|(_, k)| self.expr(k)).collect();
        if exact == Some(false) {
            for a in std::iter::once(r).chain(ats).chain(kts) {
                self.escape_to_dyn(a);
            }
            self.set_dyn(e);
        }
    }

    /// `deque()`, `deque(items)`, `deque(items, maxlen)`, `deque(maxlen=n)`: a typed deque
    /// (`Ctor::Deque`) whose items are those of `items`. Codegen builds it on the dynamic
    /// path (the items boxed) and takes the typed handle of the same object. False when
    /// another keyword is given (the dynamic path raises CPython's error).
    fn deque_new(&mut self, e: &Expr, args: &[Expr], ats: &[Tv], kw: &[(String, Expr)]) -> bool {
        if args.len() > 2 || kw.iter().any(|(n, _)| n != "maxlen") {
            return false;
        }
        let ch = self.set_con_aux(e, Ctor::Deque);
        if let Some(items) = args.first() {
            let el = self.elem_of(items);
            self.e.flow(el, ch[0]);
        }
        for t in ats.iter().skip(1) {
            self.escape_to_dyn(*t);
        }
        self.deque_items(ch[0]);
        true
    }

    /// `Counter()` / `Counter(items)` of an iterable that is not a mapping: a typed
    /// Counter (`Ctor::Counter`) of the items, counted by ints. Other arguments take the
    /// dynamic path (a mapping's counts, keywords).
    fn counter_new(&mut self, e: &Expr, args: &[Expr], ats: &[Tv], kw: &[(String, Expr)]) -> bool {
        if args.len() > 1 || !kw.is_empty() {
            return false;
        }
        let ch = self.set_con_aux(e, Ctor::Counter);
        self.e.flow_ctor(Ctor::Int, ch[1]);
        match args.first() {
            None => true,
            Some(a) => self.counter_items(ats[0], a, &ch),
        }
    }

    /// The items of `src` (not a mapping) counted into a Counter of children `ch`.
    fn counter_items(&mut self, st: Tv, src: &Expr, ch: &[Tv]) -> bool {
        let s = self.e.state(st);
        if !(s == State::Unknown || counts_items(&s)) {
            return false;
        }
        let el = self.elem_of(src);
        self.e.flow(el, ch[0]);
        self.e.flow_ctor(Ctor::Int, ch[1]);
        true
    }

    /// `re` functions of a str whose result type the arguments decide: `sub` gives a str
    /// (a function `repl` must return str), `subn` a (str, int); `findall` and `split` of
    /// a literal pattern without groups (no `(` at all) a list of strs.
    fn re_call(&mut self, e: &Expr, f: &str, args: &[Expr], ats: &[Tv]) -> bool {
        let is_str = |s: &mut Self, i: usize| {
            ats.get(i)
                .is_some_and(|t| matches!(s.e.state(*t), State::Con(Ctor::Str, _)))
        };
        let no_groups =
            matches!(args.first().map(|a| &a.kind), Some(ExprKind::Str(p)) if !p.contains('('));
        let typed = match f {
            "sub" => args.len() >= 3 && is_str(self, 2),
            "subn" => args.len() >= 3 && is_str(self, 2),
            "findall" | "split" => args.len() >= 2 && no_groups && is_str(self, 1),
            "escape" => args.len() == 1 && is_str(self, 0),
            _ => false,
        };
        if !typed {
            return false;
        }
        for a in ats {
            self.escape_to_dyn(*a);
        }
        match f {
            "sub" | "escape" => self.set_ctor(e, Ctor::Str),
            "subn" => {
                let ch = self.set_con_aux(e, Ctor::Tuple(2));
                self.e.flow_ctor(Ctor::Str, ch[0]);
                self.e.flow_ctor(Ctor::Int, ch[1]);
            }
            _ => {
                let ch = self.set_con_aux(e, Ctor::List);
                self.e.flow_ctor(Ctor::Str, ch[0]);
            }
        }
        true
    }

    /// `zip(*x)` typed when x is a list or tuple whose rows are typed sequences; false
    /// (the dynamic call) otherwise.
    fn zip_star(&mut self, e: &Expr, x: &Expr) -> bool {
        let xt = self.expr(x);
        let row = match self.e.state(xt) {
            State::Con(Ctor::List | Ctor::TupleVar, ch) => ch[0],
            _ => return false,
        };
        let seq = |s: &State| {
            matches!(
                s,
                State::Con(Ctor::List | Ctor::TupleVar | Ctor::Str | Ctor::Range, _)
            )
        };
        let st = self.e.state(row);
        if !seq(&st) {
            return false;
        }
        let el = self.elem_of_tv(e.id, row);
        let items = self.set_con_aux(e, Ctor::Iter);
        let tup = self.aux(e.id, 11);
        self.e.flow_state(State::Con(Ctor::TupleVar, vec![el]), tup);
        self.e.flow(tup, items[0]);
        true
    }

    /// `defaultdict(f)` with a factory whose result type is known (`defaultdict_factory`):
    /// a typed defaultdict (`Ctor::DefaultDict`) whose values take that type. Other
    /// factories (or arguments) take the dynamic path.
    fn defaultdict_new(&mut self, e: &Expr, args: &[Expr], kw: &[(String, Expr)]) -> bool {
        let ([f], []) = (args, kw) else {
            return false;
        };
        let Some(c) = defaultdict_factory(self.m, f) else {
            return false;
        };
        let ch = self.set_con_aux(e, Ctor::DefaultDict);
        match c {
            Ctor::List | Ctor::Set | Ctor::Dict | Ctor::TupleVar => {
                let v = self.e.con(c);
                self.e.flow(v, ch[1]);
            }
            c => self.e.flow_ctor(c, ch[1]),
        }
        true
    }

    /// The items of a typed deque stay boxed in it: an item type whose boxing would not
    /// give back the same object makes them dynamic.
    fn deque_items(&mut self, el: Tv) {
        if !self.box_safe(el, 0) {
            self.e.make_dyn(el);
        }
    }

    /// `bisect` and `heapq` functions on a list, with positional arguments only: codegen
    /// calls the runtime's functions on the typed list (`list_module_arity` says which
    /// calls), so the list keeps its item type. The item argument meets the items, as in
    /// `list.remove`/`list.append` (a mismatch makes them dynamic, where comparison across
    /// types is exact). Returns false for the dynamic path, which the caller takes; a
    /// list whose type is not known yet waits for the next round.
    fn list_module_call(&mut self, e: &Expr, m: &str, f: &str, args: &[Tv]) -> bool {
        if !molt_front::catalog::list_module_arity(m, f).is_some_and(|r| r.contains(&args.len())) {
            return false;
        }
        let ch = match self.e.state(args[0]) {
            State::Unknown => return true,
            State::Con(Ctor::List, ch) => ch,
            _ => return false,
        };
        // Instances of typed classes are compared through their special methods, with
        // dynamic arguments (as the builtins treat them).
        for t in args.iter().take(2).copied().chain(std::iter::once(ch[0])) {
            if self.obj_of_any(t) {
                self.escape_to_dyn(t);
            }
        }
        if let Some(x) = args.get(1)
            && f != "heappop"
            && f != "heapify"
        {
            self.e.flow(*x, ch[0]);
        }
        for t in args.iter().skip(2) {
            self.escape_to_dyn(*t);
        }
        match f {
            "bisect_left" | "bisect_right" | "bisect" => self.set_ctor(e, Ctor::Int),
            "heappop" | "heappushpop" | "heapreplace" => {
                let t = self.tv(e);
                self.e.flow(ch[0], t);
            }
            _ => self.set_ctor(e, Ctor::None),
        }
        true
    }

    /// An itertools wrapper `e` that only pulls the items of `src`: a typed generator or
    /// iterator keeps its item type (`items_escape`: the items are also given to dynamic
    /// code); other sources, and the `others` arguments, take the dynamic path.
    fn lazy_items(&mut self, e: &Expr, src: Tv, others: &[Tv], items_escape: bool) {
        match self.e.state(src) {
            State::Unknown => {}
            State::Con(Ctor::Gen | Ctor::Iter, ch) => {
                let items = self.set_con_aux(e, Ctor::Iter);
                self.e.flow(ch[0], items[0]);
                if items_escape {
                    self.escape_to_dyn(ch[0]);
                }
                for a in others {
                    self.escape_to_dyn(*a);
                }
            }
            _ => {
                self.escape_to_dyn(src);
                for a in others {
                    self.escape_to_dyn(*a);
                }
                self.set_dyn(e)
            }
        }
    }

    fn module_call(&mut self, e: &Expr, m: &str, f: &str, args: &[Tv]) {
        match (m, f) {
            // `takewhile(pred, g)` of a typed generator: the same as islice, its items also
            // given to the (dynamic) predicate.
            ("itertools", "takewhile") if args.len() == 2 => {
                self.lazy_items(e, args[1], &args[..1], true)
            }
            // `chain(g1, g2, ...)` of typed generators and iterators: an iterator of their
            // items.
            ("itertools", "chain")
                if !args.is_empty()
                    && args.iter().all(|a| {
                        matches!(self.e.state(*a), State::Con(Ctor::Gen | Ctor::Iter, _))
                    }) =>
            {
                let items = self.set_con_aux(e, Ctor::Iter);
                for a in args {
                    if let State::Con(_, ch) = self.e.state(*a) {
                        self.e.flow(ch[0], items[0]);
                    }
                }
            }
            ("itertools", "chain") if args.iter().any(|a| self.e.state(*a) == State::Unknown) => {}
            // `islice` of a typed generator (or iterator) only pulls its items (an iterator
            // is passed as itself): they keep their type. Other iterables take the dynamic
            // path (a typed list would be boxed by copying).
            ("itertools", "islice") if !args.is_empty() => {
                self.lazy_items(e, args[0], &args[1..], false)
            }
            // An object's `__floor__`/`__ceil__`/`__trunc__` may return anything.
            ("math", "floor" | "ceil" | "trunc") => match args.first().map(|a| self.e.state(*a)) {
                Some(State::Con(Ctor::Int | Ctor::Bool | Ctor::Float, _)) => {
                    self.set_ctor(e, Ctor::Int)
                }
                Some(State::Unknown) => {}
                _ => {
                    for a in args {
                        self.escape_to_dyn(*a);
                    }
                    self.set_dyn(e)
                }
            },
            ("math", "factorial" | "gcd" | "lcm" | "isqrt" | "comb" | "perm") => {
                self.set_ctor(e, Ctor::Int)
            }
            ("math", "isclose" | "isfinite" | "isinf" | "isnan") => self.set_ctor(e, Ctor::Bool),
            ("math", "frexp") => {
                let ch = self.set_con_aux(e, Ctor::Tuple(2));
                self.e.flow_ctor(Ctor::Float, ch[0]);
                self.e.flow_ctor(Ctor::Int, ch[1]);
            }
            ("math", "modf") => {
                let ch = self.set_con_aux(e, Ctor::Tuple(2));
                self.e.flow_ctor(Ctor::Float, ch[0]);
                self.e.flow_ctor(Ctor::Float, ch[1]);
            }
            ("math", "prod") => {
                // prod of ints is an int; of floats a float.
                match args
                    .first()
                    .map(|a| self.elem_of_tv(e.id, *a))
                    .map(|t| self.e.ctor(t))
                {
                    Some(Some(Ctor::Int | Ctor::Bool)) => self.set_ctor(e, Ctor::Int),
                    Some(Some(Ctor::Float)) => self.set_ctor(e, Ctor::Float),
                    Some(None) => {}
                    _ => self.set_dyn(e),
                }
            }
            ("math", "fsum" | "dist") => self.set_ctor(e, Ctor::Float),
            ("math", _) => self.set_ctor(e, Ctor::Float),
            ("sys", "getrecursionlimit" | "get_int_max_str_digits") => self.set_ctor(e, Ctor::Int),
            ("sys", "exit") => {
                for a in args {
                    self.escape_to_dyn(*a);
                }
                self.set_ctor(e, Ctor::None)
            }
            ("sys", "exc_info") => self.set_dyn(e),
            ("sys", _) => self.set_ctor(e, Ctor::None),
            _ => {
                // Other modules run on dynamic values; what they receive may be kept
                // (a deque of the list's items, a Counter of its keys, ...).
                for a in args {
                    self.escape_to_dyn(*a);
                }
                self.set_dyn(e)
            }
        }
    }

    /// A parameter left out of a direct call gets its default: the default's type flows
    /// into the parameter.
    fn flow_default(&mut self, fid: FuncId, i: usize) {
        let p = &self.m.funcs[fid.index()].params[i];
        let pt = self.locals[fid.index()][p.local.index()];
        match &p.default {
            Some(Default::Const(d)) => {
                let dt = self.expr(d);
                self.e.flow(dt, pt);
            }
            Some(Default::Global(g)) => {
                let gt = self.globals[g.index()];
                self.e.flow(gt, pt);
            }
            Some(Default::Stored(_)) | None => {}
        }
    }

    /// The callable argument of map/filter/sorted/min/max: flows the item into it and
    /// returns its result variable (None when it is not known statically).
    fn apply_callable(&mut self, f: &Expr, items: &[Tv], slot: u8, e: &Expr) -> Option<Tv> {
        match &f.kind {
            // A lambda made for this call only (codegen `key_fn` calls it directly; the
            // builtin's dynamic path calls its function object, whose entry converts).
            ExprKind::MakeFunc { func, .. }
                if callable_lambda(self.m, f)
                    && self.m.funcs[func.index()].params.len() == items.len() =>
            {
                let lam = &self.m.funcs[func.index()];
                for (p, it) in lam.params.iter().zip(items) {
                    let pt = self.locals[func.index()][p.local.index()];
                    self.e.flow(*it, pt);
                }
                Some(self.returns[func.index()])
            }
            ExprKind::FuncRef(fid) => {
                let func = &self.m.funcs[fid.index()];
                for (i, it) in items.iter().enumerate() {
                    if let Some(p) = func.params.get(i) {
                        let pt = self.locals[fid.index()][p.local.index()];
                        self.e.flow(*it, pt);
                    }
                }
                // The parameters past the items get their defaults (codegen's direct call,
                // as for a call with arguments left out).
                for i in items.len()..func.params.len() {
                    self.flow_default(*fid, i);
                }
                Some(self.returns[fid.index()])
            }
            ExprKind::BuiltinRef(b) => {
                let out = self.aux(e.id, slot);
                let item = items.first().copied();
                let c = match (b.as_str(), item.map(|t| self.e.ctor(t))) {
                    ("int" | "len" | "ord" | "hash", _) => Some(Ctor::Int),
                    ("float", _) => Some(Ctor::Float),
                    ("str" | "repr" | "chr" | "hex" | "oct" | "bin" | "ascii", _) => {
                        Some(Ctor::Str)
                    }
                    ("bool" | "callable", _) => Some(Ctor::Bool),
                    ("abs", Some(Some(Ctor::Int | Ctor::Bool))) => Some(Ctor::Int),
                    ("abs", Some(Some(Ctor::Float))) => Some(Ctor::Float),
                    (_, Some(None)) => return Some(out),
                    _ => None,
                };
                match c {
                    Some(c) => self.e.flow_ctor(c, out),
                    None => self.e.make_dyn(out),
                }
                Some(out)
            }
            // `key=d.get` of a typed dict: the value or None (codegen `key_fn` calls the
            // dict's `get`); the dict does not become a dynamic value.
            ExprKind::Attr(obj, m) if m == "get" => {
                let o = self.expr(obj);
                match self.e.state(o) {
                    State::Con(Ctor::Dict | Ctor::DefaultDict | Ctor::Counter, ch) => {
                        let out = self.aux(e.id, slot);
                        self.e
                            .flow_state(State::Con(Ctor::Optional, vec![ch[1]]), out);
                        Some(out)
                    }
                    State::Unknown => Some(self.aux(e.id, slot)),
                    _ => {
                        self.expr(f);
                        None
                    }
                }
            }
            ExprKind::MethodRef(t, m) => {
                let out = self.aux(e.id, slot);
                match (t.as_str(), m.as_str()) {
                    (
                        "str",
                        "lower" | "upper" | "strip" | "lstrip" | "rstrip" | "title" | "capitalize"
                        | "casefold" | "swapcase",
                    ) => self.e.flow_ctor(Ctor::Str, out),
                    (
                        "str",
                        "isdigit" | "isalpha" | "isspace" | "isupper" | "islower" | "isalnum"
                        | "isdecimal" | "isnumeric",
                    ) => self.e.flow_ctor(Ctor::Bool, out),
                    _ => self.e.make_dyn(out),
                }
                Some(out)
            }
            _ => {
                self.expr(f);
                None
            }
        }
    }

    fn builtin(&mut self, e: &Expr, name: &str, args: &[Expr], kwargs: &[(String, Expr)]) {
        // Callable arguments are handled by apply_callable, not as values.
        let is_callable_arg = |i: usize| -> bool { matches!(name, "map" | "filter") && i == 0 };
        let ats: Vec<Tv> = args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if is_callable_arg(i) {
                    self.tv(a)
                } else {
                    self.expr(a)
                }
            })
            .collect();
        // An instance of a typed class is a dynamic value to the builtins: they call its
        // special methods, whose results are dynamic. Those that may apply operators to it
        // let it escape.
        let fixed = matches!(
            name,
            "print"
                | "repr"
                | "str"
                | "len"
                | "isinstance"
                | "issubclass"
                | "id"
                | "type"
                | "hash"
                | "bool"
                | "format"
                | "ascii"
                | "callable"
        );
        let mut objs = false;
        for t in &ats {
            if self.obj_of_any(*t) {
                objs = true;
                if !fixed && !matches!(name, "reversed" | "iter" | "next") {
                    self.escape_to_dyn(*t);
                }
            }
        }
        // `reversed(obj)` calls `__reversed__`, which may return anything; the other
        // rules see an instance's items as dynamic (`elem_of`).
        if objs && name == "reversed" {
            return self.set_dyn(e);
        }
        let mut kts: Vec<(String, Tv)> = vec![];
        for (n, k) in kwargs {
            if n == "key" {
                continue;
            }
            kts.push((n.clone(), self.expr(k)));
        }
        let key = kwargs.iter().find(|(n, _)| n == "key").map(|(_, k)| k);
        // Callables other than named functions are values (lambdas, partials, ...):
        // infer them whether or not a rule below applies them.
        for f in key
            .into_iter()
            .chain(args.first().filter(|_| matches!(name, "map" | "filter")))
        {
            if !matches!(
                f.kind,
                ExprKind::FuncRef(_) | ExprKind::BuiltinRef(_) | ExprKind::MethodRef(..)
            ) && !is_get_ref(f)
                && !callable_lambda(self.m, f)
            {
                self.expr(f);
            }
        }
        let kw = |n: &str| kts.iter().find(|(k, _)| k == n).map(|(_, t)| *t);
        use Ctor::*;
        match name {
            "print" => self.set_ctor(e, None),
            "input" => self.set_ctor(e, Str),
            // `next(g)` / `next(g, default)` of a typed generator: its item (or the
            // default); anything else is dynamic (below). Wait while g is unknown.
            "next"
                if (1..=2).contains(&args.len())
                    && kwargs.is_empty()
                    && matches!(self.e.state(ats[0]), State::Unknown | State::Con(Gen, _)) =>
            {
                if let State::Con(Gen, ch) = self.e.state(ats[0]) {
                    self.e.flow(ch[0], self.tv(e));
                    if let Some(d) = ats.get(1) {
                        self.e.flow(*d, self.tv(e));
                    }
                }
            }
            // Iterators and predicates over any value: the values are shared.
            "iter"
            | "next"
            | "callable"
            | "__molt_match_seq"
            | "__molt_match_map"
            | "__molt_match_class"
            | "__molt_enum_auto"
            | "complex"
            | "getattr"
            | "setattr"
            | "hasattr"
            | "delattr"
            | "issubclass"
            | "vars"
            | "dir"
            | "object"
            | "staticmethod"
            | "classmethod"
            | "property"
            | "slice"
            | "__molt_with_enter"
            | "__molt_with_exit"
            | "__molt_display"
            | "__molt_display_dict"
            | "__molt_annotate" => {
                for a in ats.iter().chain(kts.iter().map(|(_, t)| t)) {
                    self.escape_to_dyn(*a);
                }
                if matches!(
                    name,
                    "callable" | "hasattr" | "issubclass" | "__molt_with_exit"
                ) {
                    self.set_ctor(e, Bool)
                } else {
                    self.set_dyn(e)
                }
            }
            // `object.__setattr__(x, "name", v)`: a typed field store when x is an
            // instance of a typed class and name a field (the slot written past the
            // class's `__setattr__`); otherwise both escape, as for `setattr`.
            "__molt_object_setattr" => {
                let typed = match (args, ats.as_slice()) {
                    ([obj, n, _], [o, _, v]) => match &n.kind {
                        ExprKind::Str(name) => self.obj_store(obj, *o, name, *v),
                        _ => false,
                    },
                    _ => false,
                };
                if !typed {
                    for a in &ats {
                        self.escape_to_dyn(*a);
                    }
                }
                self.set_ctor(e, Ctor::None);
            }
            "id" => {
                // A typed tuple is a Rust value without identity, and boxing it makes a
                // new object each time: once `id()` may see a tuple, every tuple of the
                // program is boxed from its creation (`Engine::dyn_tuples`), so that its
                // id is the one object's address wherever it went.
                if let Some(&t) = ats.first()
                    && matches!(self.e.ctor(t), Some(Tuple(_) | TupleVar | Optional))
                {
                    self.tuples_dyn = true;
                }
                self.set_ctor(e, Int)
            }
            "len" | "hash" | "ord" => self.set_ctor(e, Int),
            "int" => self.set_ctor(e, Int),
            "float" => self.set_ctor(e, Float),
            "str" | "repr" | "ascii" | "chr" | "hex" | "oct" | "bin" | "format" => {
                self.set_ctor(e, Str)
            }
            "isinstance" => {
                // Classes known by name are decided from static types; any other class
                // value is checked at run time on boxed values.
                if args.len() != 2 || !static_classes(&args[1]) {
                    for a in &ats {
                        self.escape_to_dyn(*a);
                    }
                }
                self.set_ctor(e, Bool)
            }
            "bool" | "any" | "all" => self.set_ctor(e, Bool),
            "range" => self.set_ctor(e, Range),
            "exit" | "quit" => {
                for a in &ats {
                    self.escape_to_dyn(*a);
                }
                self.set_ctor(e, None)
            }
            "abs" => match ats.first().map(|t| self.e.state(*t)) {
                Some(State::Con(Int | Bool, _)) => self.set_ctor(e, Int),
                Some(State::Con(Float, _)) => self.set_ctor(e, Float),
                Some(State::Unknown) => {}
                _ => self.set_dyn(e),
            },
            "round" => {
                let x = ats.first().map(|t| self.e.state(*t));
                let with_n = ats.len() > 1 && !matches!(args[1].kind, ExprKind::None);
                match (x, with_n) {
                    (Some(State::Con(Int | Bool, _)), _) => self.set_ctor(e, Int),
                    (Some(State::Con(Float, _)), false) => self.set_ctor(e, Int),
                    (Some(State::Con(Float, _)), true) => self.set_ctor(e, Float),
                    (Some(State::Unknown), _) => {}
                    _ => self.set_dyn(e),
                }
            }
            "divmod" => {
                if ats.len() == 2 {
                    let out = self.aux(e.id, SLOT_ITEM);
                    self.binop_into(BinOp::FloorDiv, ats[0], ats[1], out);
                    match self.e.state(out) {
                        State::Unknown => {}
                        State::Dyn => self.set_dyn(e),
                        _ => {
                            let ch = self.set_con_aux(e, Tuple(2));
                            self.e.flow(out, ch[0]);
                            self.e.flow(out, ch[1]);
                        }
                    }
                } else {
                    self.set_dyn(e);
                }
            }
            "pow" => {
                let t = self.tv(e);
                if ats.len() == 3 {
                    // Three-argument pow is int only for ints; a user `__pow__` (or
                    // Decimal's) returns anything.
                    let states: Vec<State> = ats.iter().map(|a| self.e.state(*a)).collect();
                    if states
                        .iter()
                        .all(|s| matches!(s, State::Con(Int | Bool, _)))
                    {
                        self.set_ctor(e, Int);
                    } else if !states.iter().any(|s| matches!(s, State::Unknown)) {
                        self.set_dyn(e);
                    }
                } else if ats.len() == 2 {
                    self.pow_into(ats[0], ats[1], infer_pow::Base::Expr(&args[0]), &args[1], t);
                } else {
                    self.set_dyn(e);
                }
            }
            "sum" => {
                let start = ats.get(1).copied().or(kw("start"));
                let Some(it) = args.first() else {
                    return self.set_dyn(e);
                };
                let el = self.elem_of(it);
                let sc = match start {
                    Some(s) => self.e.state(s),
                    Option::None => State::Con(Int, vec![]),
                };
                match (self.e.state(el), sc) {
                    (State::Unknown, _) | (_, State::Unknown) => {}
                    (State::Con(Int | Bool, _), State::Con(Int | Bool, _)) => self.set_ctor(e, Int),
                    (State::Con(Int | Bool | Float, _), State::Con(Float, _)) => {
                        self.set_ctor(e, Float)
                    }
                    // Float items after an int start: a float, unless there are no items
                    // (then the start itself, an int: `sum([]) == 0`, not 0.0).
                    (State::Con(Float, _), State::Con(Int | Bool, _)) => self.set_dyn(e),
                    _ => {
                        self.escape_to_dyn(el);
                        if let Some(s) = start {
                            self.escape_to_dyn(s);
                        }
                        self.set_dyn(e)
                    }
                }
            }
            "min" | "max" => {
                let t = self.tv(e);
                if args.len() == 1 {
                    let el = self.elem_of(&args[0]);
                    self.e.flow(el, t);
                    if let Some(k) = key {
                        self.apply_callable(k, &[el], 0, e);
                    }
                } else {
                    for a in &ats {
                        self.e.flow(*a, t);
                    }
                    if let Some(k) = key {
                        self.apply_callable(k, &[t], 0, e);
                    }
                }
                if let Some(d) = kw("default") {
                    self.e.flow(d, t);
                }
            }
            "sorted" => {
                let Some(it) = args.first() else {
                    return self.set_dyn(e);
                };
                let el = self.elem_of(it);
                let items = self.set_con_aux(e, List);
                self.e.flow(el, items[0]);
                if let Some(k) = key {
                    self.apply_callable(k, &[el], 1, e);
                }
            }
            "reversed" => {
                let Some(it) = args.first() else {
                    return self.set_dyn(e);
                };
                // An object's `__reversed__` may return anything (not only an iterator).
                match self.e.state(self.tv(it)) {
                    State::Unknown => return,
                    State::Dyn => return self.set_dyn(e),
                    State::Con(..) => {}
                }
                let el = self.elem_of(it);
                let items = self.set_con_aux(e, Iter);
                self.e.flow(el, items[0]);
            }
            "enumerate" => {
                let Some(it) = args.first() else {
                    return self.set_dyn(e);
                };
                let el = self.elem_of(it);
                let items = self.set_con_aux(e, Iter);
                let pair = self.aux(e.id, 10);
                let idx = self.aux(e.id, 11);
                self.e.flow_ctor(Int, idx);
                self.e.flow_state(State::Con(Tuple(2), vec![idx, el]), pair);
                self.e.flow(pair, items[0]);
            }
            "zip" => {
                // `strict=` takes the runtime's zip.
                if !kwargs.is_empty() {
                    for a in &ats {
                        self.escape_to_dyn(*a);
                    }
                    return self.set_dyn(e);
                }
                if args.is_empty() || args.len() > MAX_TUPLE {
                    return self.set_dyn(e);
                }
                let els: Vec<Tv> = args.iter().map(|a| self.elem_of(a)).collect();
                let items = self.set_con_aux(e, Iter);
                let tup = self.aux(e.id, 10);
                self.e
                    .flow_state(State::Con(Tuple(els.len() as u8), els), tup);
                self.e.flow(tup, items[0]);
            }
            "map" => {
                if args.len() < 2 {
                    return self.set_dyn(e);
                }
                let els: Vec<Tv> = args[1..].iter().map(|a| self.elem_of(a)).collect();
                let items = self.set_con_aux(e, Iter);
                if let Some(r) = self.apply_callable(&args[0], &els, 10, e) {
                    self.e.flow(r, items[0]);
                }
            }
            "filter" => {
                if args.len() != 2 {
                    return self.set_dyn(e);
                }
                let el = self.elem_of(&args[1]);
                let items = self.set_con_aux(e, Iter);
                self.e.flow(el, items[0]);
                if !matches!(args[0].kind, ExprKind::None) {
                    self.apply_callable(&args[0], &[el], 10, e);
                }
            }
            "list" | "set" | "frozenset" | "tuple" => {
                let c = match name {
                    "list" => List,
                    "set" => Set,
                    "frozenset" => FrozenSet,
                    _ => TupleVar,
                };
                let items = self.set_con_aux(e, c);
                if let Some(it) = args.first() {
                    let el = self.elem_of(it);
                    self.e.flow(el, items[0]);
                }
            }
            "dict" => {
                let ch = self.set_con_aux(e, Dict);
                if let Some(a) = args.first() {
                    match self.e.state(ats[0]) {
                        State::Unknown => {}
                        State::Con(Dict | DefaultDict | Counter, dch) => {
                            self.e.flow(dch[0], ch[0]);
                            self.e.flow(dch[1], ch[1]);
                        }
                        _ => {
                            let el = self.elem_of(a);
                            match self.e.state(el) {
                                State::Con(Tuple(2), pch) => {
                                    self.e.flow(pch[0], ch[0]);
                                    self.e.flow(pch[1], ch[1]);
                                }
                                State::Unknown => {}
                                _ => {
                                    self.escape_to_dyn(el);
                                    let d = self.dyn_tv;
                                    self.e.flow(d, ch[0]);
                                    self.e.flow(d, ch[1]);
                                }
                            }
                        }
                    }
                }
                for (_, k) in &kts {
                    self.e.flow_ctor(Str, ch[0]);
                    self.e.flow(*k, ch[1]);
                }
            }
            "dict.fromkeys" => {
                let ch = self.set_con_aux(e, Dict);
                if let Some(a) = args.first() {
                    let el = self.elem_of(a);
                    self.e.flow(el, ch[0]);
                }
                match ats.get(1) {
                    Some(v) => self.e.flow(*v, ch[1]),
                    Option::None => self.e.flow_ctor(None, ch[1]),
                }
            }
            n if molt_front::catalog::is_exception(n) => {
                for a in &ats {
                    self.escape_to_dyn(*a);
                }
                self.set_ctor(e, Exc)
            }
            _ => {
                for a in &ats {
                    self.escape_to_dyn(*a);
                }
                self.set_dyn(e)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn method(
        &mut self,
        e: &Expr,
        r: Tv,
        name: &str,
        args: &[Expr],
        ats: &[Tv],
        kts: &[(String, Tv)],
        key: Option<&Expr>,
    ) {
        use Ctor::*;
        let kw = |n: &str| kts.iter().find(|(k, _)| k == n).map(|(_, t)| *t);
        let state = self.e.state(r);
        let c = match &state {
            State::Unknown => return,
            State::Dyn => {
                for a in ats {
                    self.escape_to_dyn(*a);
                }
                for (_, k) in kts {
                    self.escape_to_dyn(*k);
                }
                return self.set_dyn(e);
            }
            State::Con(c, _) => *c,
        };
        let ch = match state {
            State::Con(_, ch) => ch,
            _ => vec![],
        };
        // A defaultdict's dict methods are its dict's (codegen calls them through Deref),
        // but `copy()` gives a defaultdict.
        let c = match (c, name) {
            (DefaultDict | Counter, "copy") => {
                let items = self.set_con_aux(e, c);
                self.e.flow(ch[0], items[0]);
                self.e.flow(ch[1], items[1]);
                return;
            }
            // Counting the items of an iterable that is not a mapping (a mapping adds
            // its counts: the dynamic path).
            (Counter, "update") if args.len() == 1 && kts.is_empty() => {
                if !self.counter_items(ats[0], &args[0], &ch) {
                    self.escape_to_dyn(r);
                    self.escape_to_dyn(ats[0]);
                }
                self.set_ctor(e, None);
                return;
            }
            (Counter, "most_common") if ats.len() <= 1 && kts.is_empty() => {
                if let Some(n) = ats.first() {
                    self.escape_to_dyn(*n);
                }
                let l = self.set_con_aux(e, List);
                self.e.flow_state(State::Con(Tuple(2), ch.clone()), l[0]);
                return;
            }
            (
                Counter,
                "get" | "keys" | "values" | "items" | "pop" | "popitem" | "setdefault" | "clear",
            ) => Dict,
            (
                DefaultDict,
                "get" | "keys" | "values" | "items" | "pop" | "popitem" | "setdefault" | "update"
                | "clear",
            ) => Dict,
            _ => c,
        };
        let handled = match (c, name) {
            // ---- str
            (
                Str,
                "lower" | "upper" | "strip" | "lstrip" | "rstrip" | "title" | "capitalize"
                | "casefold" | "swapcase" | "replace" | "center" | "ljust" | "rjust" | "zfill"
                | "join" | "format" | "expandtabs" | "removeprefix" | "removesuffix" | "translate",
            ) => {
                if name == "format" {
                    for a in ats {
                        self.escape_to_dyn(*a);
                    }
                    for (_, k) in kts {
                        self.escape_to_dyn(*k);
                    }
                }
                self.set_ctor(e, Str);
                true
            }
            (Str, "find" | "rfind" | "index" | "rindex" | "count") => {
                self.set_ctor(e, Int);
                true
            }
            (
                Str,
                "startswith" | "endswith" | "isdigit" | "isalpha" | "isalnum" | "isspace"
                | "isupper" | "islower" | "istitle" | "isdecimal" | "isnumeric" | "isidentifier"
                | "isprintable" | "isascii",
            ) => {
                self.set_ctor(e, Bool);
                true
            }
            (Str, "split" | "rsplit" | "splitlines") => {
                let items = self.set_con_aux(e, List);
                self.e.flow_ctor(Str, items[0]);
                true
            }
            (Str, "partition" | "rpartition") => {
                let items = self.set_con_aux(e, Tuple(3));
                for i in items {
                    self.e.flow_ctor(Str, i);
                }
                true
            }
            // ---- list
            (List, "append") => {
                if let Some(a) = ats.first() {
                    self.e.flow(*a, ch[0]);
                }
                self.set_ctor(e, None);
                true
            }
            (List, "insert") => {
                if let Some(a) = ats.get(1) {
                    self.e.flow(*a, ch[0]);
                }
                self.set_ctor(e, None);
                true
            }
            (List, "extend") => {
                if let Some(a) = args.first() {
                    let el = self.elem_of(a);
                    self.e.flow(el, ch[0]);
                }
                self.set_ctor(e, None);
                true
            }
            (List, "pop") => {
                let t = self.tv(e);
                self.e.flow(ch[0], t);
                true
            }
            (List, "index" | "count") => {
                self.set_ctor(e, Int);
                true
            }
            (List, "remove") => {
                // A mutating search: the argument meets the items (a mismatch makes the
                // list dynamic, where comparison across types is exact).
                if let Some(a) = ats.first() {
                    self.e.flow(*a, ch[0]);
                }
                self.set_ctor(e, None);
                true
            }
            (List, "reverse" | "clear") => {
                self.set_ctor(e, None);
                true
            }
            (List, "sort") => {
                if let Some(k) = key {
                    self.apply_callable(k, &[ch[0]], 1, e);
                }
                self.set_ctor(e, None);
                true
            }
            (List, "copy") => {
                let items = self.set_con_aux(e, List);
                self.e.flow(ch[0], items[0]);
                true
            }
            // ---- tuples
            (Tuple(_) | TupleVar, "index" | "count") => {
                self.set_ctor(e, Int);
                true
            }
            // ---- dict
            (Dict, "get") => {
                let t = self.tv(e);
                self.e.flow(ch[1], t);
                match ats.get(1) {
                    Some(d) => self.e.flow(*d, t),
                    Option::None => self.e.flow_ctor(None, t),
                }
                true
            }
            (Dict, "keys") => {
                let t = self.tv(e);
                self.e.flow_state(State::Con(KeysView, ch.clone()), t);
                true
            }
            (Dict, "values") => {
                let t = self.tv(e);
                self.e.flow_state(State::Con(ValuesView, ch.clone()), t);
                true
            }
            (Dict, "items") => {
                let t = self.tv(e);
                self.e.flow_state(State::Con(ItemsView, ch.clone()), t);
                true
            }
            (Dict, "pop") => {
                if let Some(k) = ats.first() {
                    self.e.flow(*k, ch[0]);
                }
                let t = self.tv(e);
                self.e.flow(ch[1], t);
                if let Some(d) = ats.get(1) {
                    self.e.flow(*d, t);
                }
                true
            }
            (Dict, "popitem") => {
                let t = self.tv(e);
                self.e.flow_state(State::Con(Tuple(2), ch.clone()), t);
                true
            }
            (Dict, "setdefault") => {
                if let Some(k) = ats.first() {
                    self.e.flow(*k, ch[0]);
                }
                match ats.get(1) {
                    Some(d) => self.e.flow(*d, ch[1]),
                    Option::None => self.e.flow_ctor(None, ch[1]),
                }
                let t = self.tv(e);
                self.e.flow(ch[1], t);
                true
            }
            (Dict, "update") => {
                if let Some(o) = ats.first() {
                    match self.e.state(*o) {
                        State::Con(Dict | DefaultDict | Counter, och) => {
                            self.e.flow(och[0], ch[0]);
                            self.e.flow(och[1], ch[1]);
                        }
                        State::Unknown => {}
                        _ => {
                            let el = self.elem_of(&args[0]);
                            match self.e.state(el) {
                                State::Con(Tuple(2), pch) => {
                                    self.e.flow(pch[0], ch[0]);
                                    self.e.flow(pch[1], ch[1]);
                                }
                                State::Unknown => {}
                                _ => {
                                    self.escape_to_dyn(el);
                                    self.e.make_dyn(ch[0]);
                                    self.e.make_dyn(ch[1]);
                                }
                            }
                        }
                    }
                }
                for (_, k) in kts {
                    self.e.flow_ctor(Str, ch[0]);
                    self.e.flow(*k, ch[1]);
                }
                self.set_ctor(e, None);
                true
            }
            (Dict, "copy") => {
                let items = self.set_con_aux(e, Dict);
                self.e.flow(ch[0], items[0]);
                self.e.flow(ch[1], items[1]);
                true
            }
            (Dict, "clear") => {
                self.set_ctor(e, None);
                true
            }
            // ---- set
            (Set, "add") => {
                if let Some(a) = ats.first() {
                    self.e.flow(*a, ch[0]);
                }
                self.set_ctor(e, None);
                true
            }
            (Set, "remove" | "discard") => {
                if let Some(a) = ats.first() {
                    self.e.flow(*a, ch[0]);
                }
                self.set_ctor(e, None);
                true
            }
            (Set, "clear") => {
                self.set_ctor(e, None);
                true
            }
            (Set, "pop") => {
                let t = self.tv(e);
                self.e.flow(ch[0], t);
                true
            }
            (
                Set | FrozenSet,
                "union" | "intersection" | "difference" | "symmetric_difference" | "copy",
            ) => {
                // The operands' items meet the set's (their hashes and equality are mixed
                // in one table).
                for a in args {
                    let el = self.elem_of(a);
                    self.e.flow(el, ch[0]);
                }
                let items = self.set_con_aux(e, c);
                self.e.flow(ch[0], items[0]);
                true
            }
            (
                Set,
                "update"
                | "intersection_update"
                | "difference_update"
                | "symmetric_difference_update",
            ) => {
                for a in args {
                    let el = self.elem_of(a);
                    self.e.flow(el, ch[0]);
                }
                self.set_ctor(e, None);
                true
            }
            (Set | FrozenSet, "issubset" | "issuperset" | "isdisjoint") => {
                for a in args {
                    let el = self.elem_of(a);
                    self.e.flow(el, ch[0]);
                }
                self.set_ctor(e, Bool);
                true
            }
            // ---- numbers
            (Int | Bool, "bit_length" | "bit_count") => {
                self.set_ctor(e, Int);
                true
            }
            (Float, "is_integer") => {
                self.set_ctor(e, Bool);
                true
            }
            (Float, "hex") => {
                self.set_ctor(e, Str);
                true
            }
            (Float, "as_integer_ratio") | (Int, "as_integer_ratio") => {
                let items = self.set_con_aux(e, Tuple(2));
                self.e.flow_ctor(Int, items[0]);
                self.e.flow_ctor(Int, items[1]);
                true
            }
            // ---- streams
            (Stream, "readline" | "read") => {
                self.set_ctor(e, Str);
                true
            }
            (Stream, "readlines") => {
                let items = self.set_con_aux(e, List);
                self.e.flow_ctor(Str, items[0]);
                true
            }
            (Stream, "write") => {
                self.set_ctor(e, Int);
                true
            }
            (Stream, "flush") => {
                self.set_ctor(e, None);
                true
            }
            // ---- collections.deque (codegen call.rs `typed_method` has the same arms)
            (Deque, "append" | "appendleft") if ats.len() == 1 && kts.is_empty() => {
                self.e.flow(ats[0], ch[0]);
                self.deque_items(ch[0]);
                self.set_ctor(e, None);
                true
            }
            (Deque, "extend" | "extendleft") if args.len() == 1 && kts.is_empty() => {
                let el = self.elem_of(&args[0]);
                self.e.flow(el, ch[0]);
                self.deque_items(ch[0]);
                self.set_ctor(e, None);
                true
            }
            (Deque, "pop" | "popleft") if ats.is_empty() && kts.is_empty() => {
                self.deque_items(ch[0]);
                let t = self.tv(e);
                self.e.flow(ch[0], t);
                true
            }
            (Deque, "clear") if ats.is_empty() && kts.is_empty() => {
                self.set_ctor(e, None);
                true
            }
            (Deque, "rotate") if ats.len() <= 1 && kts.is_empty() => {
                for a in ats {
                    self.escape_to_dyn(*a);
                }
                self.set_ctor(e, None);
                true
            }
            // `g.send(v)` of a typed generator: its next item; the value sent is what a
            // `yield` expression evaluates to, dynamic.
            (Gen, "send") if ats.len() == 1 && kts.is_empty() => {
                self.escape_to_dyn(ats[0]);
                let t = self.tv(e);
                self.e.flow(ch[0], t);
                true
            }
            _ => false,
        };
        let _ = kw;
        if !handled {
            // Unknown at compile time: dispatched (or rejected) by the runtime.
            self.escape_to_dyn(r);
            for a in ats {
                self.escape_to_dyn(*a);
            }
            for (_, k) in kts {
                self.escape_to_dyn(*k);
            }
            self.set_dyn(e);
        }
    }
}

fn unreachable_call() {}

/// What a defaultdict factory makes, when every call makes a new value of one type:
/// `int`, `float`, `str`, `bool`, `list`, `set`, `dict`, `tuple`, or a lambda without
/// parameters returning a literal (`lambda: 0`, `lambda: []`).
pub fn defaultdict_factory(m: &Module, f: &Expr) -> Option<Ctor> {
    fn literal(e: &Expr) -> Option<Ctor> {
        Some(match &e.kind {
            ExprKind::Int(_) | ExprKind::BigInt(_) => Ctor::Int,
            ExprKind::Float(_) => Ctor::Float,
            ExprKind::Str(_) => Ctor::Str,
            ExprKind::Bool(_) => Ctor::Bool,
            ExprKind::List(xs) if xs.is_empty() => Ctor::List,
            ExprKind::Dict(xs) if xs.is_empty() => Ctor::Dict,
            ExprKind::Unary(UnaryOp::Neg, x) => match x.kind {
                ExprKind::Int(_) | ExprKind::BigInt(_) => Ctor::Int,
                ExprKind::Float(_) => Ctor::Float,
                _ => return None,
            },
            _ => return None,
        })
    }
    match &f.kind {
        ExprKind::BuiltinRef(b) => Some(match b.as_str() {
            "int" => Ctor::Int,
            "float" => Ctor::Float,
            "str" => Ctor::Str,
            "bool" => Ctor::Bool,
            "list" => Ctor::List,
            "set" => Ctor::Set,
            "dict" => Ctor::Dict,
            "tuple" => Ctor::TupleVar,
            _ => return None,
        }),
        ExprKind::MakeFunc { func, .. } => {
            let l = &m.funcs[func.index()];
            match l.body.as_slice() {
                [
                    Stmt {
                        kind: StmtKind::Return(Some(r)),
                        ..
                    },
                ] if l.is_lambda && l.params.is_empty() && l.free.is_empty() => literal(r),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A lambda passed as a callable argument (`key=`, map's or filter's function) that
/// inference types where it is applied instead of as a value: no defaults, positional
/// parameters. Where no rule applies it, nothing flows into its parameters, which stay
/// dynamic, as an escaped function's.
pub fn callable_lambda(m: &Module, f: &Expr) -> bool {
    match &f.kind {
        ExprKind::MakeFunc { func, defaults } => {
            let l = &m.funcs[func.index()];
            defaults.is_empty()
                && l.is_lambda
                && l.params
                    .iter()
                    .all(|p| matches!(p.kind, ParamKind::Normal | ParamKind::PositionalOnly))
        }
        _ => false,
    }
}

/// `x.get` as a callable argument (`key=d.get`): `apply_callable` infers it, typed when x
/// is a dict.
fn is_get_ref(f: &Expr) -> bool {
    matches!(&f.kind, ExprKind::Attr(_, m) if m == "get")
}

fn const_index(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(i) => Some(*i),
        _ => None,
    }
}

fn norm(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j >= 0 && (j as usize) < n {
        Some(j as usize)
    } else {
        None
    }
}

/// A literal non-negative int (the exponent of an int power that stays an int).
pub fn const_nonneg_int(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Int(i) if i >= 0) || matches!(e.kind, ExprKind::BigInt(_))
}

/// The item positions selected by a slice of a fixed tuple, when the bounds are literal.
pub fn tuple_slice(
    n: usize,
    lower: Option<&Expr>,
    upper: Option<&Expr>,
    step: Option<&Expr>,
) -> Option<Vec<usize>> {
    let lit = |e: Option<&Expr>| -> Option<Option<i64>> {
        match e {
            None => Some(None),
            Some(e) => match e.kind {
                ExprKind::Int(i) => Some(Some(i)),
                _ => None,
            },
        }
    };
    let (a, b, c) = (lit(lower)?, lit(upper)?, lit(step)?);
    let c = c.unwrap_or(1);
    if c == 0 {
        return None;
    }
    // Python's slice.indices.
    let n = n as i64;
    let (lo, hi) = if c < 0 { (-1, n - 1) } else { (0, n) };
    let adj = |v: Option<i64>, d: i64| match v {
        None => d,
        Some(v) if v < 0 => (v + n).max(lo),
        Some(v) => v.min(hi),
    };
    let start = adj(a, if c < 0 { hi } else { lo });
    let stop = adj(b, if c < 0 { lo } else { hi });
    let mut out = vec![];
    let mut i = start;
    while (c > 0 && i < stop) || (c < 0 && i > stop) {
        out.push(i as usize);
        i += c;
    }
    Some(out)
}

/// The variable of each free variable of each function: the captured local's own
/// (free variables alias the enclosing function's cell).
fn free_vars(m: &Module, locals: &[Vec<Tv>], module_locals: &[Tv]) -> Vec<Vec<Tv>> {
    fn origin(m: &Module, locals: &[Vec<Tv>], module_locals: &[Tv], f: usize, i: usize) -> Tv {
        let func = &m.funcs[f];
        match (func.free[i].src, func.parent) {
            (FreeSrc::Local(l), Some(p)) => locals[p.index()][l.index()],
            (FreeSrc::Local(l), None) => module_locals[l.index()],
            (FreeSrc::Free(j), Some(p)) => origin(m, locals, module_locals, p.index(), j as usize),
            // A free variable of a module-level function's free variable cannot happen:
            // the module body has no free variables.
            (FreeSrc::Free(_), None) => module_locals.first().copied().unwrap_or(Tv(0)),
        }
    }
    (0..m.funcs.len())
        .map(|f| {
            (0..m.funcs[f].free.len())
                .map(|i| origin(m, locals, module_locals, f, i))
                .collect()
        })
        .collect()
}

/// Whether an isinstance() class argument names builtin classes only (`int`, `(int, str)`).
fn static_classes(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BuiltinRef(_) => true,
        ExprKind::Tuple(items) => items.iter().all(static_classes),
        _ => false,
    }
}
