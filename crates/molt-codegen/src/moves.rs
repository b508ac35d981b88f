//! Last uses of locals. A local read once by a statement of a function's straight-line
//! code (no loop or try around it) and by nothing that can run after that statement can
//! give its value away there instead of a copy: `check(left)` moves `left` into the call
//! rather than cloning it (one reference count up and one down saved, and the callee may
//! find the value unshared: `a, b = node` then takes the tuple's items instead of copying
//! them). Python cannot observe the difference: the name is never read again.
//!
//! The analysis is over the HIR only: it finds the `Name` expressions that may move.
//! Codegen moves at the places it knows evaluate an operand exactly once, into a value it
//! owns (call arguments, an assignment's value, a tuple's items), and only where the local
//! is a plain Rust variable (not a cell, not unboxed, not possibly unbound, not the
//! borrowed `self`) and no loop, try or closure frame is open.

use molt_front::hir::*;
use molt_front::hir_visit::{Visitor, walk_expr, walk_stmt, walk_target};
use std::collections::{HashMap, HashSet};

/// The `Name` reads of `body` (a function's) that are their local's last use. The webs
/// an assignment releases (`Module::releases`) are used by it: codegen drops them there.
pub(crate) fn last_uses(
    body: &[Stmt],
    releases: &HashMap<ExprId, Vec<LocalId>>,
) -> HashSet<ExprId> {
    let mut out = HashSet::new();
    block(body, &HashSet::new(), releases, &mut out);
    out
}

/// Walks `body` backwards from the locals live after it; returns those live before it.
fn block(
    body: &[Stmt],
    live_after: &HashSet<u32>,
    releases: &HashMap<ExprId, Vec<LocalId>>,
    out: &mut HashSet<ExprId>,
) -> HashSet<u32> {
    let mut live = live_after.clone();
    for s in body.iter().rev() {
        match &s.kind {
            StmtKind::If { test, body, orelse } => {
                let mut l = block(body, &live, releases, out);
                l.extend(block(orelse, &live, releases, out));
                l.extend(mentions_expr(test));
                live = l;
            }
            StmtKind::Return(v) => {
                // Nothing after a return runs.
                live.clear();
                if let Some(v) = v {
                    candidates(&[v], &live, out);
                }
                live = mentions(s);
            }
            StmtKind::Expr(e) => {
                candidates(&[e], &live, out);
                live.extend(mentions(s));
            }
            StmtKind::Assign { targets, value } => {
                // Plain names assigned here: their old values are dead after the statement
                // (later reads see the new ones).
                let mut after = live.clone();
                for t in targets {
                    kill(t, &mut after);
                }
                if let Some(ls) = releases.get(&value.id) {
                    after.extend(ls.iter().map(|l| l.0));
                }
                let reads = target_reads(targets);
                candidates_except(&[value], &after, &reads, out);
                live = after;
                live.extend(mentions_expr(value));
                live.extend(reads);
            }
            _ => live.extend(mentions(s)),
        }
    }
    live
}

/// Removes the plain names a target assigns.
fn kill(t: &Target, live: &mut HashSet<u32>) {
    match &t.kind {
        TargetKind::Var(Var::Local(l)) => {
            live.remove(&l.0);
        }
        TargetKind::Tuple(ts) => ts.iter().for_each(|t| kill(t, live)),
        TargetKind::Star(t) => kill(t, live),
        _ => {}
    }
}

/// Locals a target reads (`x.f = ...`, `x[i] = ...`), which are evaluated after the value.
fn target_reads(targets: &[Target]) -> HashSet<u32> {
    let mut m = Mentions::default();
    for t in targets {
        target_reads_into(t, &mut m);
    }
    m.all
}

fn target_reads_into(t: &Target, m: &mut Mentions) {
    match &t.kind {
        TargetKind::Var(_) => {}
        TargetKind::Tuple(ts) => ts.iter().for_each(|t| target_reads_into(t, m)),
        TargetKind::Star(t) => target_reads_into(t, m),
        _ => walk_target(m, t),
    }
}

fn candidates(roots: &[&Expr], live_after: &HashSet<u32>, out: &mut HashSet<ExprId>) {
    candidates_except(roots, live_after, &HashSet::new(), out)
}

/// Marks the reads in `roots` of locals read exactly once there (outside any nested scope
/// or comprehension), by nothing in `also`, and not live after.
fn candidates_except(
    roots: &[&Expr],
    live_after: &HashSet<u32>,
    also: &HashSet<u32>,
    out: &mut HashSet<ExprId>,
) {
    let mut c = Count::default();
    for e in roots {
        c.expr(e);
    }
    for (l, ids) in &c.reads {
        if let [id] = ids.as_slice()
            && !c.nested.contains(l)
            && !also.contains(l)
            && !live_after.contains(l)
        {
            out.insert(*id);
        }
    }
}

/// The reads of each local in an expression, and the locals also mentioned where a read
/// may run more than once or later (comprehensions, nested functions, walrus targets).
#[derive(Default)]
struct Count {
    reads: std::collections::HashMap<u32, Vec<ExprId>>,
    nested: HashSet<u32>,
}

impl Visitor for Count {
    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(Var::Local(l)) => self.reads.entry(l.0).or_default().push(e.id),
            ExprKind::Comp { .. } | ExprKind::MakeFunc { .. } | ExprKind::Named(..) => {
                let mut m = Mentions::default();
                m.expr(e);
                self.nested.extend(m.all);
            }
            _ => walk_expr(self, e),
        }
    }
}

/// Every local a statement or expression mentions, read or written, at any depth.
#[derive(Default)]
struct Mentions {
    all: HashSet<u32>,
}

impl Visitor for Mentions {
    fn expr(&mut self, e: &Expr) {
        if let ExprKind::Name(Var::Local(l)) = e.kind {
            self.all.insert(l.0);
        }
        walk_expr(self, e);
    }
    fn target(&mut self, t: &Target) {
        if let TargetKind::Var(Var::Local(l)) = t.kind {
            self.all.insert(l.0);
        }
        walk_target(self, t);
    }
    fn stmt(&mut self, s: &Stmt) {
        if let StmtKind::Try { handlers, .. } = &s.kind {
            for h in handlers {
                if let Some(Var::Local(l)) = h.name {
                    self.all.insert(l.0);
                }
            }
        }
        walk_stmt(self, s);
    }
}

fn mentions(s: &Stmt) -> HashSet<u32> {
    let mut m = Mentions::default();
    m.stmt(s);
    m.all
}

fn mentions_expr(e: &Expr) -> HashSet<u32> {
    let mut m = Mentions::default();
    m.expr(e);
    m.all
}
