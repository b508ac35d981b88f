//! Splits each local variable into its *webs*: the assignments that reach a common read,
//! joined transitively, with those reads. A name that a program reuses for unrelated
//! values (`g` a grid in one loop, an int later; `t` a namedtuple, later a plain tuple)
//! becomes one variable per web, so inference types each on its own instead of joining
//! them into a dynamic value. Behaviour cannot change: every read still sees exactly the
//! assignments Python would let it see, and the web that a read may find unbound (the
//! function's entry, where only the parameters are bound) keeps the original variable,
//! so definite-assignment analysis and UnboundLocalError are untouched.
//!
//! The analysis is reaching definitions over the structured HIR, over-approximated where
//! that is simpler (which can only join webs, never split a real one): an exception may
//! leave a `try` body between any two statements, a `finally` block is entered with every
//! state of its `try`, a `while` test may be false on entry.
//!
//! Left whole: cells (nested functions read them by name), class bodies (their locals are
//! the namespace), variables assigned inside an expression (`:=`, comprehension
//! variables and accumulators), whose order within the expression is not modelled, and a
//! handler's name bound again inside its handler.

use crate::hir::*;
use crate::hir_visit::{self, Visitor};
use std::collections::{HashMap, HashSet};

/// Splits the locals of the module body and of every function body.
pub(crate) fn split_module(m: &mut Module) {
    if std::env::var_os("MOLT_NO_SPLIT").is_some() {
        return;
    }
    let cells: HashSet<u32> = m.module_cells.iter().map(|l| l.0).collect();
    let mut releases = HashMap::new();
    split_body(
        &mut m.body,
        &mut m.module_locals,
        &[],
        &cells,
        &mut releases,
    );
    for f in &mut m.funcs {
        if f.class_body {
            continue;
        }
        let cells: HashSet<u32> = f.cells.iter().map(|l| l.0).collect();
        let params: Vec<u32> = f.params.iter().map(|p| p.local.0).collect();
        split_body(&mut f.body, &mut f.locals, &params, &cells, &mut releases);
    }
    m.releases = releases;
}

/// One occurrence of a variable: a read, an assignment, or the entry of the body.
type Occ = u32;

/// The assignments (occurrences) that may have given each tracked local its value; None
/// where the code is unreachable.
type State = Option<Vec<Vec<Occ>>>;

fn join(into: &mut State, other: &State) {
    match (into.as_mut(), other) {
        (_, None) => {}
        (None, Some(o)) => *into = Some(o.clone()),
        (Some(a), Some(b)) => {
            for (x, y) in a.iter_mut().zip(b) {
                for d in y {
                    if let Err(i) = x.binary_search(d) {
                        x.insert(i, *d);
                    }
                }
            }
        }
    }
}

#[derive(Default)]
struct LoopJumps {
    breaks: State,
    continues: State,
}

struct Webs {
    /// Local id -> its slot in a state, for the locals that may be split.
    slot: HashMap<u32, usize>,
    /// Occurrence of each `Var` by its address (stable while the body is not mutated).
    occ_of: HashMap<usize, Occ>,
    /// Union-find parents; occurrence `k < slots` is the entry of slot k.
    parent: Vec<Occ>,
    loops: Vec<LoopJumps>,
    /// States an exception may carry to the handlers of each enclosing `try`.
    tries: Vec<State>,
    /// Statements analysed so far: nested loops and `finally` blocks are walked more
    /// than once, so a deep enough nest could take long; past a budget, nothing splits.
    steps: u64,
    /// Each plain `name = value` statement, by its value: the target's occurrence and
    /// the assignments that may have given the name its old value (joined over visits).
    rebinds: HashMap<ExprId, (Occ, Vec<Occ>)>,
}

/// Statement visits allowed per body (a long real function takes a few thousand).
const BUDGET: u64 = 20_000;

fn addr(v: &Var) -> usize {
    std::ptr::from_ref(v) as usize
}

impl Webs {
    fn find(&mut self, mut x: Occ) -> Occ {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }

    fn union(&mut self, a: Occ, b: Occ) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller root wins, so an entry occurrence stays its web's root.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }

    /// The tracked slot and occurrence of `v`, if it is a local that may be split.
    fn occ(&mut self, v: &Var) -> Option<(usize, Occ)> {
        let Var::Local(l) = v else { return None };
        let slot = *self.slot.get(&l.0)?;
        let n = self.parent.len() as Occ;
        let o = *self.occ_of.entry(addr(v)).or_insert(n);
        if o == n {
            self.parent.push(n);
        }
        Some((slot, o))
    }

    fn read(&mut self, st: &State, v: &Var) {
        let Some((slot, o)) = self.occ(v) else { return };
        match st {
            Some(s) => {
                for d in s[slot].clone() {
                    self.union(o, d);
                }
            }
            // Unreachable code keeps the original variable.
            None => self.union(o, slot as Occ),
        }
    }

    fn assign(&mut self, st: &mut State, v: &Var) {
        let Some((slot, o)) = self.occ(v) else { return };
        if let Some(s) = st {
            s[slot] = vec![o];
        }
    }

    fn record(&mut self, st: &State) {
        for t in &mut self.tries {
            join(t, st);
        }
    }

    fn exprs<'e>(&mut self, st: &State, es: impl IntoIterator<Item = &'e Expr>) {
        let mut r = Reads { w: self, st };
        for e in es {
            r.expr(e);
        }
    }

    fn block(&mut self, body: &[Stmt], st: &mut State) {
        self.steps += body.len() as u64;
        if self.steps > BUDGET {
            return;
        }
        for s in body {
            self.record(st);
            self.stmt(s, st);
        }
        self.record(st);
    }

    fn target(&mut self, t: &Target, st: &mut State) {
        match &t.kind {
            TargetKind::Var(v) => self.assign(st, v),
            TargetKind::Tuple(ts) => ts.iter().for_each(|t| self.target(t, st)),
            TargetKind::Star(t) => self.target(t, st),
            _ => Reads { w: self, st }.target(t),
        }
    }

    /// A target that is read, then bound again (`x += 1`, `del x`): one web.
    fn read_assign(&mut self, t: &Target, st: &mut State) {
        match &t.kind {
            TargetKind::Var(v) => {
                self.read(st, v);
                self.assign(st, v);
            }
            _ => Reads { w: self, st }.target(t),
        }
    }

    /// Runs a loop body to a fixed point: `each` is the code of one iteration.
    fn fixpoint(&mut self, st: &State, each: &mut dyn FnMut(&mut Self, &mut State)) -> State {
        self.loops.push(LoopJumps::default());
        let mut head = st.clone();
        loop {
            let mut s = head.clone();
            each(self, &mut s);
            let mut next = st.clone();
            join(&mut next, &s);
            if let Some(j) = self.loops.last() {
                let c = j.continues.clone();
                join(&mut next, &c);
            }
            if next == head || self.steps > BUDGET {
                break;
            }
            head = next;
        }
        head
    }

    fn stmt(&mut self, s: &Stmt, st: &mut State) {
        match &s.kind {
            StmtKind::Expr(e) => self.exprs(st, [e]),
            StmtKind::Assign { targets, value } => {
                self.exprs(st, [value]);
                if let [t] = targets.as_slice()
                    && let TargetKind::Var(v) = &t.kind
                    && let Some((slot, o)) = self.occ(v)
                    && let Some(s) = st
                {
                    let old = s[slot].clone();
                    let e = self.rebinds.entry(value.id).or_insert((o, vec![]));
                    for d in old {
                        if let Err(i) = e.1.binary_search(&d) {
                            e.1.insert(i, d);
                        }
                    }
                }
                targets.iter().for_each(|t| self.target(t, st));
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.exprs(st, [value]);
                self.read_assign(target, st);
            }
            StmtKind::If { test, body, orelse } => {
                self.exprs(st, [test]);
                let mut other = st.clone();
                self.block(body, st);
                self.block(orelse, &mut other);
                join(st, &other);
            }
            StmtKind::While { test, body, orelse } => {
                let head = self.fixpoint(st, &mut |w, s| {
                    w.record(s);
                    w.exprs(s, [test]);
                    w.block(body, s);
                });
                self.loop_exit(head, orelse, st);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.exprs(st, [iter]);
                let head = self.fixpoint(st, &mut |w, s| {
                    w.record(s);
                    w.target(target, s);
                    w.block(body, s);
                });
                self.loop_exit(head, orelse, st);
            }
            StmtKind::Break | StmtKind::Continue => {
                let brk = matches!(s.kind, StmtKind::Break);
                if let Some(j) = self.loops.last_mut() {
                    join(if brk { &mut j.breaks } else { &mut j.continues }, st);
                }
                *st = None;
            }
            StmtKind::Pass => {}
            StmtKind::Return(e) => {
                self.exprs(st, e);
                *st = None;
            }
            StmtKind::Raise { exc, cause } => {
                self.exprs(st, exc.iter().chain(cause));
                *st = None;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody, st),
            StmtKind::Assert { test, msg } => self.exprs(st, std::iter::once(test).chain(msg)),
            StmtKind::FuncDef { defaults, .. } => self.exprs(st, defaults.iter().map(|(_, e)| e)),
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.read_assign(t, st)),
            StmtKind::CompAppend { value, key, .. } => {
                self.exprs(st, std::iter::once(value).chain(key))
            }
        }
    }

    /// After a loop whose head state is `head`: the `else` block, then the breaks.
    fn loop_exit(&mut self, head: State, orelse: &[Stmt], st: &mut State) {
        let jumps = self.loops.pop().unwrap_or_default();
        *st = head;
        self.block(orelse, st);
        join(st, &jumps.breaks);
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        st: &mut State,
    ) {
        let has_finally = !finalbody.is_empty();
        // Jumps out of the enclosing loop from inside this `try` run the finally block
        // first: collect them apart, pass them through it below.
        let outer_jumps = if has_finally {
            self.loops.last_mut().map(std::mem::take)
        } else {
            None
        };
        self.tries.push(st.clone());
        self.block(body, st);
        let raised = self.tries.pop().flatten();
        if has_finally {
            self.tries.push(raised.clone());
        }
        self.block(orelse, st);
        for h in handlers {
            let mut hs = raised.clone();
            let types = h.types.iter().filter_map(|t| match t {
                ExcClass::Value(e) => Some(e),
                ExcClass::Builtin(_) => None,
            });
            self.exprs(&hs, types);
            if let Some(v) = &h.name {
                self.assign(&mut hs, v);
            }
            self.block(&h.body, &mut hs);
            if let Some(v) = &h.name {
                // Python unbinds the name when the handler ends: the same web as its
                // binding, so a later read that may find it unbound stays with it.
                self.assign(&mut hs, v);
            }
            join(st, &hs);
        }
        if !has_finally {
            return;
        }
        let mut fin = self.tries.pop().flatten();
        join(&mut fin, st);
        let normal = st.is_some();
        self.block(finalbody, &mut fin);
        *st = if normal { fin } else { None };
        if let Some(outer) = outer_jumps {
            let inner = match self.loops.last_mut() {
                Some(j) => std::mem::replace(j, outer),
                None => return,
            };
            for (mut s, brk) in [(inner.breaks, true), (inner.continues, false)] {
                if s.is_none() {
                    continue;
                }
                self.block(finalbody, &mut s);
                if let Some(j) = self.loops.last_mut() {
                    join(if brk { &mut j.breaks } else { &mut j.continues }, &s);
                }
            }
        }
    }
}

/// Reads of tracked locals in expressions (which assign none of them).
struct Reads<'a, 'b> {
    w: &'a mut Webs,
    st: &'b State,
}

impl Visitor for Reads<'_, '_> {
    fn expr(&mut self, e: &Expr) {
        if let ExprKind::Name(v) = &e.kind {
            self.w.read(self.st, v);
        }
        hir_visit::walk_expr(self, e);
    }
}

/// Locals left whole: those assigned inside expressions, comprehension accumulators, and
/// handler names bound again inside their handler (Python unbinds the name on every way
/// out of the handler, `break` and exceptions included, which the webs do not model).
#[derive(Default)]
struct Whole {
    depth: u32,
    /// The names of the handlers being walked.
    handlers: Vec<u32>,
    found: HashSet<u32>,
}

impl Visitor for Whole {
    fn expr(&mut self, e: &Expr) {
        if let ExprKind::Comp {
            acc: Var::Local(l), ..
        } = &e.kind
        {
            self.found.insert(l.0);
        }
        self.depth += 1;
        hir_visit::walk_expr(self, e);
        self.depth -= 1;
    }
    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::CompAppend {
                acc: Var::Local(l), ..
            } => {
                self.found.insert(l.0);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                hir_visit::walk_block(self, body);
                for h in handlers {
                    for t in &h.types {
                        if let ExcClass::Value(e) = t {
                            self.expr(e);
                        }
                    }
                    let name = match h.name {
                        Some(Var::Local(l)) => Some(l.0),
                        _ => None,
                    };
                    if let Some(n) = name {
                        if self.handlers.contains(&n) {
                            self.found.insert(n);
                        }
                        self.handlers.push(n);
                    }
                    hir_visit::walk_block(self, &h.body);
                    if name.is_some() {
                        self.handlers.pop();
                    }
                }
                hir_visit::walk_block(self, orelse);
                hir_visit::walk_block(self, finalbody);
                return;
            }
            _ => {}
        }
        hir_visit::walk_stmt(self, s);
    }
    fn target(&mut self, t: &Target) {
        if let TargetKind::Var(Var::Local(l)) = &t.kind
            && (self.depth > 0 || self.handlers.contains(&l.0))
        {
            self.found.insert(l.0);
        }
        hir_visit::walk_target(self, t);
    }
}

fn split_body(
    body: &mut [Stmt],
    locals: &mut Vec<Local>,
    params: &[u32],
    cells: &HashSet<u32>,
    releases: &mut HashMap<ExprId, Vec<LocalId>>,
) {
    let mut whole = Whole::default();
    hir_visit::walk_block(&mut whole, body);
    let tracked: Vec<u32> = (0..locals.len() as u32)
        .filter(|l| !cells.contains(l) && !whole.found.contains(l))
        .collect();
    if tracked.is_empty() {
        return;
    }
    let mut w = Webs {
        slot: tracked.iter().enumerate().map(|(i, l)| (*l, i)).collect(),
        occ_of: HashMap::new(),
        parent: (0..tracked.len() as Occ).collect(),
        loops: vec![],
        tries: vec![],
        steps: 0,
        rebinds: HashMap::new(),
    };
    // Every tracked local starts at its entry occurrence (bound for a parameter, unbound
    // otherwise).
    let mut st: State = Some((0..tracked.len() as Occ).map(|k| vec![k]).collect());
    w.block(body, &mut st);
    if w.steps > BUDGET {
        return;
    }

    // Every occurrence of a tracked local must have been seen by the analysis; should the
    // walk find one it did not (a HIR form this pass does not know), nothing is renamed.
    let mut local_of: HashMap<usize, u32> = HashMap::new();
    let mut complete = true;
    hir_visit::vars_mut(body, &mut |v| {
        if let Var::Local(l) = *v
            && w.slot.contains_key(&l.0)
        {
            complete &= w.occ_of.contains_key(&addr(v));
            local_of.insert(addr(v), l.0);
        }
    });
    if !complete {
        debug_assert!(false, "split: an occurrence the analysis did not see");
        return;
    }
    // The entry web keeps the variable; every other web gets a new one, in order of
    // first occurrence so that the output is deterministic. An entry web that nothing
    // joined (no read may find the variable unbound) leaves the variable to the first
    // web instead.
    let mut occs: Vec<(usize, Occ)> = w.occ_of.iter().map(|(a, o)| (*a, *o)).collect();
    occs.sort_unstable_by_key(|(_, o)| *o);
    let mut web_local: HashMap<Occ, u32> = HashMap::new();
    let entry_joined: HashSet<Occ> = occs
        .iter()
        .map(|(_, o)| w.find(*o))
        .filter(|r| (*r as usize) < tracked.len())
        .collect();
    for (k, l) in tracked.iter().enumerate() {
        // A parameter keeps its variable for the web of its binding (the argument).
        if entry_joined.contains(&(k as Occ)) || params.contains(l) {
            web_local.insert(k as Occ, *l);
        }
    }
    let mut taken: HashSet<u32> = web_local.values().copied().collect();
    let mut renames: HashMap<usize, LocalId> = HashMap::new();
    for (a, o) in occs {
        let Some(&orig) = local_of.get(&a) else {
            continue;
        };
        let root = w.find(o);
        let l = *web_local.entry(root).or_insert_with(|| {
            if taken.insert(orig) {
                return orig;
            }
            locals.push(locals[orig as usize].clone());
            locals.len() as u32 - 1
        });
        if l != orig {
            renames.insert(a, LocalId(l));
        }
    }
    // An assignment to one web releases the value of another when that web holds the
    // name on every way here: all the assignments that may have given the name its old
    // value are of that web (never the unbound entry of a non-parameter), so its Rust
    // variable is certainly initialised where codegen drops it.
    let rebinds: Vec<(ExprId, Occ, Vec<Occ>)> = w
        .rebinds
        .iter()
        .map(|(e, (o, ds))| (*e, *o, ds.clone()))
        .collect();
    for (value, o, defs) in rebinds {
        let root = w.find(o);
        let mut old_root = None;
        let mut certain = !defs.is_empty();
        for d in defs {
            if (d as usize) < tracked.len() && !params.contains(&tracked[d as usize]) {
                certain = false;
            }
            let r = w.find(d);
            if old_root.is_some_and(|x| x != r) {
                certain = false;
            }
            old_root = Some(r);
        }
        if let Some(r) = old_root
            && certain
            && r != root
            && let Some(&l) = web_local.get(&r)
        {
            releases.entry(value).or_default().push(LocalId(l));
        }
    }
    if renames.is_empty() {
        return;
    }
    hir_visit::vars_mut(body, &mut |v| {
        if let Some(l) = renames.get(&addr(v)) {
            *v = Var::Local(*l);
        }
    });
}
