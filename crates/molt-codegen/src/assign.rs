//! Definite assignment: which locals may be read before they are bound. Those become
//! `Option<T>` in Rust and raise UnboundLocalError like Python; all others are plain Rust
//! variables. The analysis is never more optimistic than rustc's own initialisation check
//! on the code codegen emits (loops may run zero times, an exception may leave a `try`
//! body at any point), so rustc always accepts the plain ones.

use molt_front::hir::*;
use std::collections::HashSet;

type Set = HashSet<u32>;

/// The assigned set of unreachable code: everything (the identity of intersection).
#[derive(Clone)]
enum St {
    Reach(Set),
    Unreachable,
}

impl St {
    fn meet(self, o: St) -> St {
        match (self, o) {
            (St::Unreachable, x) | (x, St::Unreachable) => x,
            (St::Reach(a), St::Reach(b)) => St::Reach(a.intersection(&b).copied().collect()),
        }
    }
    fn add(&mut self, l: LocalId) {
        if let St::Reach(s) = self {
            s.insert(l.0);
        }
    }
    fn remove(&mut self, l: LocalId) {
        if let St::Reach(s) = self {
            s.remove(&l.0);
        }
    }
    fn has(&self, l: LocalId) -> bool {
        match self {
            St::Reach(s) => s.contains(&l.0),
            St::Unreachable => true,
        }
    }
    fn or_base(self, base: &St) -> St {
        match self {
            St::Unreachable => base.clone(),
            x => x,
        }
    }
}

struct Analysis {
    maybe_unbound: HashSet<u32>,
    /// Locals definitely bound when each loop starts (by the loop statement's span).
    loop_entry: std::collections::HashMap<(u32, u32), HashSet<u32>>,
    /// Assigned-sets at each `break` of the loops being analysed (innermost last).
    breaks: Vec<Vec<St>>,
}

/// Locals of a function that some read may find unbound.
pub fn maybe_unbound(f: &Function) -> HashSet<u32> {
    let params: Vec<LocalId> = f.params.iter().map(|p| p.local).collect();
    maybe_unbound_in(&params, &f.body)
}

/// Locals definitely bound at the start of each loop of a body (keyed by the loop's span).
pub fn loop_entry_sets(
    bound: &[LocalId],
    body: &[Stmt],
) -> std::collections::HashMap<(u32, u32), HashSet<u32>> {
    let mut a = Analysis {
        maybe_unbound: HashSet::new(),
        loop_entry: std::collections::HashMap::new(),
        breaks: vec![],
    };
    let mut st = St::Reach(bound.iter().map(|l| l.0).collect());
    a.block(body, &mut st);
    a.loop_entry
}

/// The same for a body with the given bound-on-entry locals (the module body has none).
pub fn maybe_unbound_in(bound: &[LocalId], body: &[Stmt]) -> HashSet<u32> {
    let mut a = Analysis {
        maybe_unbound: HashSet::new(),
        loop_entry: std::collections::HashMap::new(),
        breaks: vec![],
    };
    let mut st = St::Reach(bound.iter().map(|l| l.0).collect());
    a.block(body, &mut st);
    a.maybe_unbound
}

impl Analysis {
    fn block(&mut self, body: &[Stmt], st: &mut St) {
        for s in body {
            self.stmt(s, st);
        }
    }

    fn stmt(&mut self, s: &Stmt, st: &mut St) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e, st),
            StmtKind::Assign { targets, value } => {
                self.expr(value, st);
                for t in targets {
                    self.target(t, st);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                // Reads the target first.
                if let TargetKind::Var(Var::Local(l)) = &target.kind
                    && !st.has(*l)
                {
                    self.maybe_unbound.insert(l.0);
                }
                self.expr(value, st);
                self.target(target, st);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test, st);
                let mut a = st.clone();
                let mut b = st.clone();
                self.block(body, &mut a);
                self.block(orelse, &mut b);
                *st = a.meet(b);
            }
            StmtKind::While { test, body, orelse } => {
                self.record_entry(s, st);
                let infinite = matches!(test.kind, ExprKind::Bool(true))
                    || matches!(test.kind, ExprKind::Int(i) if i != 0);
                self.expr(test, st);
                let before = st.clone();
                let mut inner = st.clone();
                self.breaks.push(vec![]);
                self.block(body, &mut inner);
                let breaks = self.breaks.pop().unwrap_or_default();
                // Normal exit (condition false) sees only what held before the loop.
                let mut normal = if infinite { St::Unreachable } else { before };
                self.block(orelse, &mut normal);
                *st = breaks.into_iter().fold(normal, St::meet);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter, st);
                self.record_entry(s, st);
                let before = st.clone();
                let mut inner = st.clone();
                self.target(target, &mut inner);
                self.breaks.push(vec![]);
                self.block(body, &mut inner);
                let breaks = self.breaks.pop().unwrap_or_default();
                let mut normal = before;
                self.block(orelse, &mut normal);
                *st = breaks.into_iter().fold(normal, St::meet);
            }
            StmtKind::Break => {
                if let Some(b) = self.breaks.last_mut() {
                    b.push(st.clone());
                }
                *st = St::Unreachable;
            }
            StmtKind::Continue => *st = St::Unreachable,
            StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v, st);
                }
                *st = St::Unreachable;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e, st);
                }
                if let Some(c) = cause {
                    self.expr(c, st);
                }
                *st = St::Unreachable;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let before = st.clone();
                let mut b = st.clone();
                // Breaks inside the try body are seen with the state at their point, which
                // is what they record; nothing special here.
                self.block(body, &mut b);
                self.block(orelse, &mut b);
                let mut out = b;
                for h in handlers {
                    // An exception may come from any point of the body.
                    let mut hs = before.clone();
                    if let Some(Var::Local(l)) = h.name {
                        hs.add(l);
                        // Python unbinds the name on every way out of the handler: a
                        // `break`/`continue` leaves it unbound for the loop's code.
                        if loop_jump_in(&h.body) {
                            self.maybe_unbound.insert(l.0);
                        }
                    }
                    self.block(&h.body, &mut hs);
                    if let Some(Var::Local(l)) = h.name {
                        // Python unbinds the name at the end of the handler.
                        hs.remove(l);
                    }
                    out = out.meet(hs);
                }
                // The finally block runs on every path, including exceptional ones.
                let mut f = before.clone();
                self.block(finalbody, &mut f);
                let mut after = out.or_base(&St::Unreachable);
                if let St::Reach(fs) = &f {
                    for l in fs {
                        after.add(LocalId(*l));
                    }
                }
                if matches!(f, St::Unreachable) {
                    after = St::Unreachable;
                }
                *st = after;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test, st);
                if let Some(m) = msg {
                    self.expr(m, st);
                }
            }
            StmtKind::FuncDef { defaults, .. } => {
                for (_, e) in defaults {
                    self.expr(e, st);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target_reads(t, st);
                    // `del x` unbinds x: it may be unbound from here on.
                    if let TargetKind::Var(Var::Local(l)) = t.kind {
                        self.maybe_unbound.insert(l.0);
                        st.remove(l);
                    }
                }
            }
            StmtKind::CompAppend {
                acc, value, key, ..
            } => {
                if let Var::Local(l) = acc
                    && !st.has(*l)
                {
                    self.maybe_unbound.insert(l.0);
                }
                if let Some(k) = key {
                    self.expr(k, st);
                }
                self.expr(value, st);
            }
        }
    }

    fn record_entry(&mut self, s: &Stmt, st: &St) {
        let set = match st {
            St::Reach(set) => set.clone(),
            St::Unreachable => HashSet::new(),
        };
        // A loop seen on several passes keeps only what is bound on all of them.
        let key = (s.span.start, s.span.end);
        match self.loop_entry.get_mut(&key) {
            Some(old) => old.retain(|l| set.contains(l)),
            None => {
                self.loop_entry.insert(key, set);
            }
        }
    }

    fn target(&mut self, t: &Target, st: &mut St) {
        match &t.kind {
            TargetKind::Var(Var::Local(l)) => st.add(*l),
            TargetKind::Var(Var::Global(_)) => {}
            TargetKind::Tuple(ts) => ts.iter().for_each(|t| self.target(t, st)),
            TargetKind::Star(t) => self.target(t, st),
            _ => self.target_reads(t, st),
        }
    }

    fn target_reads(&mut self, t: &Target, st: &mut St) {
        match &t.kind {
            TargetKind::Subscript { obj, index } => {
                self.expr(obj, st);
                self.expr(index, st);
            }
            TargetKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                self.expr(obj, st);
                for b in [lower, upper, step].into_iter().flatten() {
                    self.expr(b, st);
                }
            }
            TargetKind::Tuple(ts) => ts.iter().for_each(|t| self.target_reads(t, st)),
            TargetKind::Star(t) => self.target_reads(t, st),
            TargetKind::Attr { obj, .. } => self.expr(obj, st),
            TargetKind::Var(_) => {}
        }
    }

    fn expr(&mut self, e: &Expr, st: &mut St) {
        match &e.kind {
            ExprKind::Name(Var::Local(l)) => {
                if !st.has(*l) {
                    self.maybe_unbound.insert(l.0);
                }
            }
            ExprKind::BoolOp(_, values) => {
                // Only the first operand is surely evaluated.
                let mut first = true;
                for v in values {
                    if first {
                        self.expr(v, st);
                        first = false;
                    } else {
                        let mut s = st.clone();
                        self.expr(v, &mut s);
                    }
                }
            }
            ExprKind::Comp { acc, body, .. } => {
                // The accumulator is bound first; the loops may run zero times.
                let mut inner = st.clone();
                if let Var::Local(l) = acc {
                    inner.add(*l);
                }
                self.block(body, &mut inner);
                if let Var::Local(l) = acc {
                    st.add(*l);
                }
            }
            ExprKind::Named(t, v) => {
                self.expr(v, st);
                self.target(t, st);
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(c, st);
                let mut sa = st.clone();
                let mut sb = st.clone();
                self.expr(a, &mut sa);
                self.expr(b, &mut sb);
            }
            ExprKind::Compare(first, rest) => {
                self.expr(first, st);
                for (i, (_, x)) in rest.iter().enumerate() {
                    if i == 0 {
                        self.expr(x, st);
                    } else {
                        let mut s = st.clone();
                        self.expr(x, &mut s);
                    }
                }
            }
            _ => visit_children(e, &mut |c| self.expr(c, st)),
        }
    }
}

/// Calls `f` on each direct sub-expression, in evaluation order.
pub fn visit_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.kind {
        ExprKind::Binary(_, a, b) => {
            f(a);
            f(b);
        }
        ExprKind::Unary(_, a)
        | ExprKind::TypeName(a)
        | ExprKind::Attr(a, _)
        | ExprKind::Named(_, a) => f(a),
        ExprKind::BoolOp(_, vs) | ExprKind::List(vs) | ExprKind::Tuple(vs) | ExprKind::Set(vs) => {
            vs.iter().for_each(f)
        }
        ExprKind::Compare(a, rest) => {
            f(a);
            rest.iter().for_each(|(_, x)| f(x));
        }
        ExprKind::IfExp(c, a, b) => {
            f(c);
            f(a);
            f(b);
        }
        ExprKind::CallFunc { args, .. } => args.iter().flatten().for_each(f),
        ExprKind::Call {
            callee,
            args,
            kwargs,
        } => {
            if let Callee::Method(r, _) = callee {
                f(r);
            }
            args.iter().for_each(&mut *f);
            kwargs.iter().for_each(|(_, k)| f(k));
        }
        ExprKind::Subscript(a, b) => {
            f(a);
            f(b);
        }
        ExprKind::Slice {
            obj,
            lower,
            upper,
            step,
        } => {
            f(obj);
            for b in [lower, upper, step].into_iter().flatten() {
                f(b);
            }
        }
        ExprKind::Dict(items) => items.iter().for_each(|(k, v)| {
            f(k);
            f(v);
        }),
        ExprKind::FString(parts) => visit_fparts(parts, f),
        ExprKind::Raise { effects, .. } => effects.iter().for_each(f),
        ExprKind::MakeFunc { defaults, .. } => defaults.iter().for_each(f),
        ExprKind::CallValue { func, args, kwargs } => {
            f(func);
            for a in args {
                let (Arg::Pos(x) | Arg::Star(x)) = a;
                f(x);
            }
            kwargs.iter().for_each(|k| f(&k.value));
        }
        ExprKind::Yield(Some(v)) => f(v),
        ExprKind::YieldFrom(v) => f(v),
        _ => {}
    }
}

fn visit_fparts(parts: &[FPart], f: &mut dyn FnMut(&Expr)) {
    for p in parts {
        if let FPart::Value { expr, spec, .. } = p {
            f(expr);
            visit_fparts(spec, f);
        }
    }
}

/// Whether a block has a `break` or `continue` that leaves it (not one of a loop inside).
fn loop_jump_in(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Break | StmtKind::Continue => true,
        StmtKind::If { body, orelse, .. } => loop_jump_in(body) || loop_jump_in(orelse),
        StmtKind::For { orelse, .. } | StmtKind::While { orelse, .. } => loop_jump_in(orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            loop_jump_in(body)
                || handlers.iter().any(|h| loop_jump_in(&h.body))
                || loop_jump_in(orelse)
                || loop_jump_in(finalbody)
        }
        _ => false,
    })
}
