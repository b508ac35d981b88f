//! The type of `x ** y` for numbers. A negative base with a fractional exponent gives a
//! complex number (float_pow hands it to complex), so `float ** float` is a float only
//! when the exponent is an integral literal or the base cannot be negative; otherwise the
//! result is dynamic and the runtime answers with a float or a complex.
//!
//! "Cannot be negative" is syntactic, over expressions whose operands are numbers:
//! non-negative literals, `x * x`, sums, products and quotients of such values, `abs`,
//! `len`, `math.sqrt`/`exp`/`fabs`/`hypot`, and a function's local every store of which
//! is such a value (or adds or multiplies one into it). NaN is no obstacle: a NaN base
//! gives NaN.

use super::*;
use molt_front::hir_visit::{Visitor, walk_stmt};

/// Per local of a function, the values stored into it, or None when some store is not
/// a plain assignment (a parameter, a captured cell, a tuple or loop target, ...).
pub(super) type Stores<'m> = HashMap<LocalId, Option<Vec<&'m Expr>>>;

struct Collect<'m> {
    stores: Stores<'m>,
}

impl<'m> Collect<'m> {
    fn other(&mut self, l: LocalId) {
        self.stores.insert(l, None);
    }

    fn value(&mut self, l: LocalId, v: &'m Expr) {
        // A local already marked None keeps None.
        if let Some(vs) = self.stores.entry(l).or_insert_with(|| Some(vec![])) {
            vs.push(v);
        }
    }

    fn block(&mut self, body: &'m [Stmt]) {
        for s in body {
            self.stmt_m(s);
        }
    }

    fn stmt_m(&mut self, s: &'m Stmt) {
        match &s.kind {
            StmtKind::Assign { targets, value }
                if targets
                    .iter()
                    .all(|t| matches!(t.kind, TargetKind::Var(Var::Local(_)))) =>
            {
                for t in targets {
                    if let TargetKind::Var(Var::Local(l)) = t.kind {
                        self.value(l, value);
                    }
                }
                self.expr(value);
            }
            StmtKind::AugAssign {
                target,
                op: BinOp::Add | BinOp::Mul,
                value,
            } if matches!(target.kind, TargetKind::Var(Var::Local(_))) => {
                if let TargetKind::Var(Var::Local(l)) = target.kind {
                    self.value(l, value);
                }
                self.expr(value);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body);
                for h in handlers {
                    if let Some(Var::Local(l)) = h.name {
                        self.other(l);
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            _ => walk_stmt(self, s),
        }
    }
}

impl Visitor for Collect<'_> {
    fn target(&mut self, t: &Target) {
        if let TargetKind::Var(Var::Local(l)) = t.kind {
            self.other(l);
        }
        molt_front::hir_visit::walk_target(self, t);
    }
}

pub(super) fn collect(f: &Function) -> Stores<'_> {
    let mut c = Collect {
        stores: HashMap::new(),
    };
    for p in &f.params {
        c.other(p.local);
    }
    for l in &f.cells {
        c.other(*l);
    }
    c.block(&f.body);
    c.stores
}

/// An integral float literal (`2.0`): the power of any base is real.
fn integral_literal(e: &Expr) -> bool {
    match e.kind {
        ExprKind::Float(f) => f.is_finite() && f == f.trunc(),
        ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Bool(_) => true,
        ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos, ref x) => integral_literal(x),
        _ => false,
    }
}

/// The base of a power: an expression, or the local an augmented `**=` updates.
#[derive(Clone, Copy)]
pub(super) enum Base<'a> {
    Expr(&'a Expr),
    Local(LocalId),
    Other,
}

impl<'m> Infer<'m> {
    /// `l ** r` flows into `out`.
    pub(super) fn pow_into(&mut self, l: Tv, r: Tv, base: Base<'_>, rexpr: &Expr, out: Tv) {
        match (self.e.ctor(l), self.e.ctor(r)) {
            (Some(Ctor::Int | Ctor::Bool), Some(Ctor::Int | Ctor::Bool)) => {
                // A negative exponent gives a float: only non-negative literals stay int.
                if const_nonneg_int(rexpr) {
                    self.e.flow_ctor(Ctor::Int, out);
                } else {
                    self.e.make_dyn(out);
                }
            }
            (Some(Ctor::Int | Ctor::Bool | Ctor::Float), Some(Ctor::Float))
                if !integral_literal(rexpr) && !self.base_nonneg(base) =>
            {
                self.e.make_dyn(out);
            }
            _ => self.binop_into(BinOp::Pow, l, r, out),
        }
    }

    fn base_nonneg(&mut self, base: Base<'_>) -> bool {
        match base {
            Base::Expr(e) => self.nonneg(e, 0),
            Base::Local(l) => self.local_nonneg(l, 0),
            Base::Other => false,
        }
    }

    /// Whether `e`'s type is a number, or not known yet (the rule is applied again
    /// once it is).
    fn numeric(&mut self, e: &Expr) -> bool {
        let t = self.tv(e);
        match self.e.state(t) {
            State::Unknown => true,
            State::Con(c, _) => matches!(c, Ctor::Int | Ctor::Bool | Ctor::Float),
            State::Dyn => false,
        }
    }

    /// Whether the number `e` cannot be negative (module docs).
    pub(super) fn nonneg(&mut self, e: &Expr, depth: u32) -> bool {
        if depth > 12 || !self.numeric(e) {
            return false;
        }
        let d = depth + 1;
        match &e.kind {
            ExprKind::Int(i) => *i >= 0,
            ExprKind::Float(f) => *f >= 0.0,
            ExprKind::Bool(_) | ExprKind::BigInt(_) => true,
            ExprKind::Binary(BinOp::Mul, a, b) => {
                let square =
                    matches!((&a.kind, &b.kind), (ExprKind::Name(x), ExprKind::Name(y)) if x == y);
                (square && self.numeric(a)) || (self.nonneg(a, d) && self.nonneg(b, d))
            }
            ExprKind::Binary(BinOp::Add | BinOp::Div | BinOp::FloorDiv, a, b) => {
                self.nonneg(a, d) && self.nonneg(b, d)
            }
            // Python's remainder takes the divisor's sign.
            ExprKind::Binary(BinOp::Mod, a, b) => self.numeric(a) && self.nonneg(b, d),
            ExprKind::Binary(BinOp::Pow, a, b) => {
                self.numeric(b)
                    && (self.nonneg(a, d)
                        || matches!(b.kind, ExprKind::Int(i) if i >= 0 && i % 2 == 0))
            }
            ExprKind::Unary(UnaryOp::Pos, x) => self.nonneg(x, d),
            ExprKind::IfExp(_, a, b) => self.nonneg(a, d) && self.nonneg(b, d),
            ExprKind::Call {
                callee: Callee::Builtin(f),
                args,
                kwargs,
            } if kwargs.is_empty() => match f.as_str() {
                "len" => true,
                "abs" => args.len() == 1 && self.numeric(&args[0]),
                _ => false,
            },
            ExprKind::Call {
                callee: Callee::Module(m, f),
                ..
            } => m == "math" && matches!(f.as_str(), "sqrt" | "exp" | "fabs" | "hypot"),
            ExprKind::Name(Var::Local(l)) => self.local_nonneg(*l, d),
            _ => false,
        }
    }

    /// Whether every value stored into local `l` of the current function is
    /// non-negative.
    fn local_nonneg(&mut self, l: LocalId, depth: u32) -> bool {
        let Some(fid) = self.func else { return false };
        let m = self.m;
        let stores = self
            .pow_stores
            .entry(fid)
            .or_insert_with(|| collect(&m.funcs[fid.index()]));
        let Some(Some(values)) = stores.get(&l).cloned() else {
            return false;
        };
        values.iter().all(|v| self.nonneg(v, depth + 3))
    }
}
