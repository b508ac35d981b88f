//! Value ranges of int locals and expressions within one function body, so that ints
//! that provably fit in an i64 (loop counters, indexes, `x % 7`) are plain Rust `i64`s and
//! their arithmetic needs no overflow check. Flow-insensitive: a local's range covers every
//! value ever stored into it; ranges that keep growing are widened to infinity, so an
//! accumulator stays a Python int.

use molt_front::hir::*;
use molt_types::{Ty, TypeInfo};
use std::collections::HashMap;

/// A closed range of integers; the ends saturate at ±BIG, which stands for infinity.
pub type Range = (i128, i128);

const BIG: i128 = 1i128 << 100;
const TOP: Range = (-BIG, BIG);

fn sat(v: i128) -> i128 {
    v.clamp(-BIG, BIG)
}

pub fn fits_i64(r: Range) -> bool {
    r.0 >= i64::MIN as i128 && r.1 <= i64::MAX as i128
}

fn join(a: Range, b: Range) -> Range {
    (a.0.min(b.0), a.1.max(b.1))
}

pub struct Bounds {
    /// Ranges of int-typed locals (by local index).
    pub locals: HashMap<u32, Range>,
    /// Ranges of int-typed expressions.
    pub exprs: HashMap<ExprId, Range>,
}

struct Analysis<'a> {
    info: &'a TypeInfo,
    func: Option<FuncId>,
    locals: HashMap<u32, Range>,
    exprs: HashMap<ExprId, Range>,
    changed: bool,
    /// Locals whose range grew in each round, to widen them.
    grew: HashMap<u32, u32>,
    /// Locals with a store the analysis cannot bound (params, unpacking, ...).
    unknown: Vec<u32>,
}

/// Computes ranges for a function (params are unknown) or the module body.
pub fn analyze(info: &TypeInfo, func: Option<FuncId>, params: &[LocalId], body: &[Stmt]) -> Bounds {
    let mut a = Analysis {
        info,
        func,
        locals: HashMap::new(),
        exprs: HashMap::new(),
        changed: true,
        grew: HashMap::new(),
        unknown: params.iter().map(|p| p.0).collect(),
    };
    for p in params {
        a.locals.insert(p.0, TOP);
    }
    let mut rounds = 0;
    while a.changed && rounds < 40 {
        a.changed = false;
        a.block(body);
        rounds += 1;
    }
    Bounds {
        locals: a.locals,
        exprs: a.exprs,
    }
}

impl Analysis<'_> {
    fn local_ty(&self, l: LocalId) -> &Ty {
        self.info.var(self.func, Var::Local(l))
    }

    /// Records that values in `r` are stored into local `l`.
    fn store(&mut self, l: LocalId, r: Range) {
        if self.local_ty(l) != &Ty::Int {
            return;
        }
        let old = self.locals.get(&l.0).copied();
        let new = match old {
            None => r,
            Some(o) => join(o, r),
        };
        if old != Some(new) {
            // A range that keeps growing is an accumulator: widen the growing end.
            let n = self.grew.entry(l.0).or_insert(0);
            *n += 1;
            let new = if *n > 3 {
                let o = old.unwrap_or(new);
                (
                    if new.0 < o.0 { -BIG } else { new.0 },
                    if new.1 > o.1 { BIG } else { new.1 },
                )
            } else {
                new
            };
            self.locals.insert(l.0, new);
            self.changed = true;
        }
    }

    fn store_unknown(&mut self, t: &Target) {
        match &t.kind {
            TargetKind::Var(Var::Local(l)) => {
                self.unknown.push(l.0);
                self.store(*l, TOP);
            }
            TargetKind::Tuple(ts) => ts.iter().for_each(|t| self.store_unknown(t)),
            TargetKind::Star(t) => self.store_unknown(t),
            _ => {}
        }
    }

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
                let r = self.expr(value);
                for t in targets {
                    match &t.kind {
                        TargetKind::Var(Var::Local(l)) => self.store(*l, r),
                        TargetKind::Tuple(ts) => {
                            // `a, b = b, a + b`: items of a tuple display map one to one.
                            if let ExprKind::Tuple(items) = &value.kind
                                && items.len() == ts.len()
                            {
                                for (t, item) in ts.iter().zip(items) {
                                    let r = self.exprs.get(&item.id).copied().unwrap_or(TOP);
                                    match &t.kind {
                                        TargetKind::Var(Var::Local(l)) => self.store(*l, r),
                                        _ => self.store_unknown(t),
                                    }
                                }
                            } else {
                                self.store_unknown(t);
                            }
                        }
                        _ => self.target_exprs(t),
                    }
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let v = self.expr(value);
                match &target.kind {
                    TargetKind::Var(Var::Local(l)) => {
                        let cur = self.locals.get(&l.0).copied().unwrap_or(TOP);
                        let r = binop_range(*op, cur, v, Some(value));
                        self.store(*l, r);
                    }
                    _ => self.target_exprs(target),
                }
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
                let r = self.expr(iter);
                let _ = r;
                let item = match &iter.kind {
                    ExprKind::Call {
                        callee: Callee::Builtin(b),
                        args,
                        kwargs,
                    } if b == "range" && kwargs.is_empty() => {
                        let rs: Vec<Range> = args
                            .iter()
                            .map(|a| self.exprs.get(&a.id).copied().unwrap_or(TOP))
                            .collect();
                        match rs.as_slice() {
                            [stop] => Some((0, stop.1 - 1).max_bounds()),
                            [start, stop] => Some((start.0, stop.1 - 1).max_bounds()),
                            [start, stop, _] => Some(join(*start, *stop)),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                match (&target.kind, item) {
                    (TargetKind::Var(Var::Local(l)), Some(r)) => self.store(*l, r),
                    _ => self.store_unknown(target),
                }
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Return(Some(e)) => {
                self.expr(e);
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
                    if let Some(Var::Local(l)) = h.name {
                        self.unknown.push(l.0);
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::FuncDef { defaults, .. } => {
                for (_, e) in defaults {
                    self.expr(e);
                }
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.target_exprs(t)),
            StmtKind::CompAppend { value, key, .. } => {
                if let Some(k) = key {
                    self.expr(k);
                }
                self.expr(value);
            }
            _ => {}
        }
    }

    fn target_exprs(&mut self, t: &Target) {
        match &t.kind {
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
            TargetKind::Var(_) => {}
        }
    }

    /// The range of an expression (TOP when not an int or not bounded); records int ones.
    fn expr(&mut self, e: &Expr) -> Range {
        let t = self.info.expr(e).clone();
        let r = match &e.kind {
            ExprKind::Int(v) => (*v as i128, *v as i128),
            ExprKind::Bool(_) => (0, 1),
            ExprKind::Name(Var::Local(l)) => {
                if self.local_ty(*l) == &Ty::Bool {
                    (0, 1)
                } else {
                    self.locals.get(&l.0).copied().unwrap_or(TOP)
                }
            }
            ExprKind::Binary(op, l, r) => {
                let a = self.expr(l);
                let b = self.expr(r);
                binop_range(*op, a, b, Some(r))
            }
            ExprKind::Unary(op, x) => {
                let a = self.expr(x);
                match op {
                    UnaryOp::Neg => (sat(-a.1), sat(-a.0)),
                    UnaryOp::Pos => a,
                    UnaryOp::Invert => (sat(-a.1 - 1), sat(-a.0 - 1)),
                    UnaryOp::Not => (0, 1),
                }
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(c);
                let x = self.expr(a);
                let y = self.expr(b);
                join(x, y)
            }
            ExprKind::BoolOp(_, vs) => {
                let mut acc: Option<Range> = None;
                for v in vs {
                    let r = self.expr(v);
                    acc = Some(acc.map_or(r, |a| join(a, r)));
                }
                acc.unwrap_or(TOP)
            }
            ExprKind::Compare(..) => {
                self.visit_kids(e);
                (0, 1)
            }
            ExprKind::Named(t, v) => {
                let r = self.expr(v);
                match &t.kind {
                    TargetKind::Var(Var::Local(l)) => self.store(*l, r),
                    _ => self.store_unknown(t),
                }
                r
            }
            ExprKind::Comp { body, .. } => {
                self.block(body);
                TOP
            }
            ExprKind::Call { callee, args, .. } => {
                self.visit_kids(e);
                match callee {
                    Callee::Builtin(b) => match b.as_str() {
                        "len" => (0, 1 << 62),
                        "ord" => (0, 0x10FFFF),
                        "abs" if args.len() == 1 => {
                            let a = self.exprs.get(&args[0].id).copied().unwrap_or(TOP);
                            (0, a.0.abs().max(a.1.abs()))
                        }
                        "min" | "max" if args.len() >= 2 => {
                            let rs: Vec<Range> = args
                                .iter()
                                .map(|a| self.exprs.get(&a.id).copied().unwrap_or(TOP))
                                .collect();
                            let lo = rs.iter().map(|r| r.0);
                            let hi = rs.iter().map(|r| r.1);
                            if b == "min" {
                                (lo.min().unwrap_or(-BIG), hi.min().unwrap_or(BIG))
                            } else {
                                (lo.max().unwrap_or(-BIG), hi.max().unwrap_or(BIG))
                            }
                        }
                        _ => TOP,
                    },
                    Callee::Method(_, m) => match m.as_str() {
                        "find" | "rfind" | "index" | "rindex" | "count" => (-1, 1 << 62),
                        _ => TOP,
                    },
                    _ => TOP,
                }
            }
            _ => {
                self.visit_kids(e);
                TOP
            }
        };
        let r = (sat(r.0), sat(r.1));
        if matches!(t, Ty::Int | Ty::Bool) {
            self.exprs.insert(e.id, r);
        }
        r
    }

    /// Records the ranges of an expression's children.
    fn visit_kids(&mut self, e: &Expr) {
        let mut list: Vec<&Expr> = vec![];
        collect_children(e, &mut list);
        for c in list {
            self.expr(c);
        }
    }
}

fn collect_children<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &e.kind {
        ExprKind::Binary(_, a, b) | ExprKind::Subscript(a, b) => {
            out.push(a);
            out.push(b);
        }
        ExprKind::Unary(_, a)
        | ExprKind::TypeName(a)
        | ExprKind::Attr(a, _)
        | ExprKind::Named(_, a) => out.push(a),
        ExprKind::BoolOp(_, vs) | ExprKind::List(vs) | ExprKind::Tuple(vs) | ExprKind::Set(vs) => {
            out.extend(vs.iter())
        }
        ExprKind::Compare(a, rest) => {
            out.push(a);
            out.extend(rest.iter().map(|(_, x)| x));
        }
        ExprKind::IfExp(c, a, b) => {
            out.push(c);
            out.push(a);
            out.push(b);
        }
        ExprKind::CallFunc { args, .. } => out.extend(args.iter().flatten()),
        ExprKind::Call {
            callee,
            args,
            kwargs,
        } => {
            if let Callee::Method(r, _) = callee {
                out.push(r);
            }
            out.extend(args.iter());
            out.extend(kwargs.iter().map(|(_, k)| k));
        }
        ExprKind::Slice {
            obj,
            lower,
            upper,
            step,
        } => {
            out.push(obj);
            for b in [lower, upper, step].into_iter().flatten() {
                out.push(b);
            }
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                out.push(k);
                out.push(v);
            }
        }
        ExprKind::FString(parts) => fparts(parts, out),
        ExprKind::Raise { effects, .. } => out.extend(effects.iter()),
        _ => {}
    }
}

fn fparts<'e>(parts: &'e [FPart], out: &mut Vec<&'e Expr>) {
    for p in parts {
        if let FPart::Value { expr, spec, .. } = p {
            out.push(expr);
            fparts(spec, out);
        }
    }
}

trait MaxBounds {
    fn max_bounds(self) -> Range;
}

impl MaxBounds for Range {
    /// An empty range (hi < lo) still gives a valid (degenerate) range.
    fn max_bounds(self) -> Range {
        if self.1 < self.0 {
            (self.0, self.0)
        } else {
            self
        }
    }
}

/// The range of `a op b`.
pub fn binop_range(op: BinOp, a: Range, b: Range, rexpr: Option<&Expr>) -> Range {
    let r = match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.1, a.1 - b.0),
        BinOp::Mul => {
            if a.0.abs() >= BIG || a.1.abs() >= BIG || b.0.abs() >= BIG || b.1.abs() >= BIG {
                return TOP;
            }
            let ps = [
                a.0.saturating_mul(b.0),
                a.0.saturating_mul(b.1),
                a.1.saturating_mul(b.0),
                a.1.saturating_mul(b.1),
            ];
            (
                ps.iter().copied().min().unwrap_or(-BIG),
                ps.iter().copied().max().unwrap_or(BIG),
            )
        }
        BinOp::Mod => {
            if b.0 > 0 {
                (0, b.1 - 1)
            } else if b.1 < 0 {
                (b.0 + 1, 0)
            } else {
                TOP
            }
        }
        BinOp::FloorDiv => {
            if b.0 > 0 && a.0.abs() < BIG && a.1.abs() < BIG {
                let qs = [
                    a.0.div_euclid(b.0),
                    a.0.div_euclid(b.1),
                    a.1.div_euclid(b.0),
                    a.1.div_euclid(b.1),
                ];
                // Floor division by a positive divisor lies between these.
                (
                    qs.iter().copied().min().unwrap_or(-BIG) - 1,
                    qs.iter().copied().max().unwrap_or(BIG) + 1,
                )
            } else {
                TOP
            }
        }
        BinOp::BitAnd if b.0 >= 0 => (0, b.1),
        BinOp::BitAnd if a.0 >= 0 => (0, a.1),
        BinOp::RShift if b.0 >= 0 && a.0.abs() < BIG && a.1.abs() < BIG => {
            let s = b.0.min(127) as u32;
            (a.0 >> s, a.1 >> s)
        }
        BinOp::Pow => {
            let Some(ExprKind::Int(e)) = rexpr.map(|r| &r.kind) else {
                return TOP;
            };
            if *e < 0 || *e > 64 {
                return TOP;
            }
            let m = a.0.abs().max(a.1.abs());
            let mut acc: i128 = 1;
            for _ in 0..*e {
                acc = acc.saturating_mul(m);
                if acc >= BIG {
                    return TOP;
                }
            }
            (-acc, acc)
        }
        _ => TOP,
    };
    (sat(r.0), sat(r.1))
}
