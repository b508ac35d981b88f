//! A read-only walk over the HIR: override what you look at, call the `walk_*` function
//! to go on into the children.

use crate::hir::*;

pub trait Visitor {
    fn stmt(&mut self, s: &Stmt) {
        walk_stmt(self, s);
    }
    fn expr(&mut self, e: &Expr) {
        walk_expr(self, e);
    }
    fn target(&mut self, t: &Target) {
        walk_target(self, t);
    }
}

pub fn walk_block<V: Visitor + ?Sized>(v: &mut V, body: &[Stmt]) {
    for s in body {
        v.stmt(s);
    }
}

pub fn walk_stmt<V: Visitor + ?Sized>(v: &mut V, s: &Stmt) {
    match &s.kind {
        StmtKind::Expr(e) => v.expr(e),
        StmtKind::Assign { targets, value } => {
            v.expr(value);
            targets.iter().for_each(|t| v.target(t));
        }
        StmtKind::AugAssign { target, value, .. } => {
            v.target(target);
            v.expr(value);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            v.expr(test);
            walk_block(v, body);
            walk_block(v, orelse);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            v.expr(iter);
            v.target(target);
            walk_block(v, body);
            walk_block(v, orelse);
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        StmtKind::Return(e) => e.iter().for_each(|e| v.expr(e)),
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause.iter()).for_each(|e| v.expr(e));
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            walk_block(v, body);
            for h in handlers {
                for t in &h.types {
                    if let ExcClass::Value(e) = t {
                        v.expr(e);
                    }
                }
                walk_block(v, &h.body);
            }
            walk_block(v, orelse);
            walk_block(v, finalbody);
        }
        StmtKind::Assert { test, msg } => {
            v.expr(test);
            msg.iter().for_each(|e| v.expr(e));
        }
        StmtKind::FuncDef { defaults, .. } => defaults.iter().for_each(|(_, e)| v.expr(e)),
        StmtKind::Delete(ts) => ts.iter().for_each(|t| v.target(t)),
        StmtKind::CompAppend { value, key, .. } => {
            v.expr(value);
            key.iter().for_each(|e| v.expr(e));
        }
    }
}

pub fn walk_target<V: Visitor + ?Sized>(v: &mut V, t: &Target) {
    match &t.kind {
        TargetKind::Var(_) => {}
        TargetKind::Subscript { obj, index } => {
            v.expr(obj);
            v.expr(index);
        }
        TargetKind::Slice {
            obj,
            lower,
            upper,
            step,
        } => {
            v.expr(obj);
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|e| v.expr(e));
        }
        TargetKind::Tuple(ts) => ts.iter().for_each(|t| v.target(t)),
        TargetKind::Star(t) => v.target(t),
        TargetKind::Attr { obj, .. } => v.expr(obj),
    }
}

pub fn walk_expr<V: Visitor + ?Sized>(v: &mut V, e: &Expr) {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Name(_)
        | ExprKind::FuncRef(_)
        | ExprKind::BuiltinRef(_)
        | ExprKind::MethodRef(..)
        | ExprKind::ModuleAttr(..)
        | ExprKind::CycleAttr { .. } => {}
        ExprKind::MakeClass { bases, kwargs, .. } => {
            bases.iter().for_each(|b| v.expr(b));
            kwargs.iter().for_each(|(_, k)| v.expr(k));
        }
        ExprKind::Super(a, b) | ExprKind::Binary(_, a, b) => {
            v.expr(a);
            v.expr(b);
        }
        ExprKind::Yield(x) => x.iter().for_each(|x| v.expr(x)),
        ExprKind::Named(t, x) => {
            v.expr(x);
            v.target(t);
        }
        ExprKind::YieldFrom(x)
        | ExprKind::Unary(_, x)
        | ExprKind::TypeName(x)
        | ExprKind::Attr(x, _) => v.expr(x),
        ExprKind::MakeFunc { defaults, .. } => defaults.iter().for_each(|d| v.expr(d)),
        ExprKind::CallValue { func, args, kwargs } => {
            v.expr(func);
            for a in args {
                let (Arg::Pos(x) | Arg::Star(x)) = a;
                v.expr(x);
            }
            kwargs.iter().for_each(|k| v.expr(&k.value));
        }
        ExprKind::BoolOp(_, xs) | ExprKind::List(xs) | ExprKind::Tuple(xs) | ExprKind::Set(xs) => {
            xs.iter().for_each(|x| v.expr(x))
        }
        ExprKind::Compare(a, rest) => {
            v.expr(a);
            rest.iter().for_each(|(_, x)| v.expr(x));
        }
        ExprKind::IfExp(a, b, c) => {
            v.expr(a);
            v.expr(b);
            v.expr(c);
        }
        ExprKind::CallFunc { args, .. } => args.iter().flatten().for_each(|a| v.expr(a)),
        ExprKind::Call {
            callee,
            args,
            kwargs,
        } => {
            if let Callee::Method(r, _) = callee {
                v.expr(r);
            }
            args.iter().for_each(|a| v.expr(a));
            kwargs.iter().for_each(|(_, k)| v.expr(k));
        }
        ExprKind::Subscript(a, i) => {
            v.expr(a);
            v.expr(i);
        }
        ExprKind::Slice {
            obj,
            lower,
            upper,
            step,
        } => {
            v.expr(obj);
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|e| v.expr(e));
        }
        ExprKind::Dict(items) => items.iter().for_each(|(k, x)| {
            v.expr(k);
            v.expr(x);
        }),
        ExprKind::FString(parts) => walk_fparts(v, parts),
        ExprKind::Comp { body, .. } => walk_block(v, body),
        ExprKind::Raise { effects, .. } => effects.iter().for_each(|x| v.expr(x)),
    }
}

fn walk_fparts<V: Visitor + ?Sized>(v: &mut V, parts: &[FPart]) {
    for p in parts {
        if let FPart::Value { expr, spec, .. } = p {
            v.expr(expr);
            walk_fparts(v, spec);
        }
    }
}

/// Walks the module body and every function body.
pub fn walk_module<V: Visitor + ?Sized>(v: &mut V, m: &Module) {
    walk_block(v, &m.body);
    for f in &m.funcs {
        walk_block(v, &f.body);
        for p in &f.params {
            if let Some(Default::Const(e)) = &p.default {
                v.expr(e);
            }
        }
    }
}

/// Calls `f` on every variable occurrence of a body (names read, assignment and `del`
/// targets, handler names, comprehension accumulators), for passes that rename variables.
pub fn vars_mut(body: &mut [Stmt], f: &mut dyn FnMut(&mut Var)) {
    for s in body {
        stmt_vars_mut(s, f);
    }
}

fn stmt_vars_mut(s: &mut Stmt, f: &mut dyn FnMut(&mut Var)) {
    match &mut s.kind {
        StmtKind::Expr(e) => expr_vars_mut(e, f),
        StmtKind::Assign { targets, value } => {
            expr_vars_mut(value, f);
            targets.iter_mut().for_each(|t| target_vars_mut(t, f));
        }
        StmtKind::AugAssign { target, value, .. } => {
            target_vars_mut(target, f);
            expr_vars_mut(value, f);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr_vars_mut(test, f);
            vars_mut(body, f);
            vars_mut(orelse, f);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            expr_vars_mut(iter, f);
            target_vars_mut(target, f);
            vars_mut(body, f);
            vars_mut(orelse, f);
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        StmtKind::Return(e) => e.iter_mut().for_each(|e| expr_vars_mut(e, f)),
        StmtKind::Raise { exc, cause } => {
            exc.iter_mut()
                .chain(cause.iter_mut())
                .for_each(|e| expr_vars_mut(e, f));
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            vars_mut(body, f);
            for h in handlers {
                for t in &mut h.types {
                    if let ExcClass::Value(e) = t {
                        expr_vars_mut(e, f);
                    }
                }
                if let Some(v) = &mut h.name {
                    f(v);
                }
                vars_mut(&mut h.body, f);
            }
            vars_mut(orelse, f);
            vars_mut(finalbody, f);
        }
        StmtKind::Assert { test, msg } => {
            expr_vars_mut(test, f);
            msg.iter_mut().for_each(|e| expr_vars_mut(e, f));
        }
        StmtKind::FuncDef { defaults, .. } => {
            defaults.iter_mut().for_each(|(_, e)| expr_vars_mut(e, f))
        }
        StmtKind::Delete(ts) => ts.iter_mut().for_each(|t| target_vars_mut(t, f)),
        StmtKind::CompAppend {
            acc, value, key, ..
        } => {
            f(acc);
            expr_vars_mut(value, f);
            key.iter_mut().for_each(|e| expr_vars_mut(e, f));
        }
    }
}

fn target_vars_mut(t: &mut Target, f: &mut dyn FnMut(&mut Var)) {
    match &mut t.kind {
        TargetKind::Var(v) => f(v),
        TargetKind::Subscript { obj, index } => {
            expr_vars_mut(obj, f);
            expr_vars_mut(index, f);
        }
        TargetKind::Slice {
            obj,
            lower,
            upper,
            step,
        } => {
            expr_vars_mut(obj, f);
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|e| expr_vars_mut(e, f));
        }
        TargetKind::Tuple(ts) => ts.iter_mut().for_each(|t| target_vars_mut(t, f)),
        TargetKind::Star(t) => target_vars_mut(t, f),
        TargetKind::Attr { obj, .. } => expr_vars_mut(obj, f),
    }
}

fn expr_vars_mut(e: &mut Expr, f: &mut dyn FnMut(&mut Var)) {
    let each = |xs: &mut [Expr], f: &mut dyn FnMut(&mut Var)| {
        xs.iter_mut().for_each(|x| expr_vars_mut(x, f))
    };
    match &mut e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::FuncRef(_)
        | ExprKind::BuiltinRef(_)
        | ExprKind::MethodRef(..)
        | ExprKind::ModuleAttr(..)
        | ExprKind::CycleAttr { .. } => {}
        ExprKind::Name(v) => f(v),
        ExprKind::MakeClass { bases, kwargs, .. } => {
            each(bases, f);
            kwargs.iter_mut().for_each(|(_, k)| expr_vars_mut(k, f));
        }
        ExprKind::Super(a, b) | ExprKind::Binary(_, a, b) | ExprKind::Subscript(a, b) => {
            expr_vars_mut(a, f);
            expr_vars_mut(b, f);
        }
        ExprKind::Yield(x) => x.iter_mut().for_each(|x| expr_vars_mut(x, f)),
        ExprKind::Named(t, x) => {
            expr_vars_mut(x, f);
            target_vars_mut(t, f);
        }
        ExprKind::YieldFrom(x)
        | ExprKind::Unary(_, x)
        | ExprKind::TypeName(x)
        | ExprKind::Attr(x, _) => expr_vars_mut(x, f),
        ExprKind::MakeFunc { defaults, .. } => each(defaults, f),
        ExprKind::CallValue { func, args, kwargs } => {
            expr_vars_mut(func, f);
            for a in args {
                let (Arg::Pos(x) | Arg::Star(x)) = a;
                expr_vars_mut(x, f);
            }
            kwargs
                .iter_mut()
                .for_each(|k| expr_vars_mut(&mut k.value, f));
        }
        ExprKind::BoolOp(_, xs)
        | ExprKind::List(xs)
        | ExprKind::Tuple(xs)
        | ExprKind::Set(xs)
        | ExprKind::Raise { effects: xs, .. } => each(xs, f),
        ExprKind::Compare(a, rest) => {
            expr_vars_mut(a, f);
            rest.iter_mut().for_each(|(_, x)| expr_vars_mut(x, f));
        }
        ExprKind::IfExp(a, b, c) => {
            expr_vars_mut(a, f);
            expr_vars_mut(b, f);
            expr_vars_mut(c, f);
        }
        ExprKind::CallFunc { args, .. } => {
            args.iter_mut().flatten().for_each(|a| expr_vars_mut(a, f))
        }
        ExprKind::Call {
            callee,
            args,
            kwargs,
        } => {
            if let Callee::Method(r, _) = callee {
                expr_vars_mut(r, f);
            }
            each(args, f);
            kwargs.iter_mut().for_each(|(_, k)| expr_vars_mut(k, f));
        }
        ExprKind::Slice {
            obj,
            lower,
            upper,
            step,
        } => {
            expr_vars_mut(obj, f);
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|e| expr_vars_mut(e, f));
        }
        ExprKind::Dict(items) => items.iter_mut().for_each(|(k, x)| {
            expr_vars_mut(k, f);
            expr_vars_mut(x, f);
        }),
        ExprKind::FString(parts) => fparts_vars_mut(parts, f),
        ExprKind::Comp { acc, body, .. } => {
            f(acc);
            vars_mut(body, f);
        }
    }
}

fn fparts_vars_mut(parts: &mut [FPart], f: &mut dyn FnMut(&mut Var)) {
    for p in parts {
        if let FPart::Value { expr, spec, .. } = p {
            expr_vars_mut(expr, f);
            fparts_vars_mut(spec, f);
        }
    }
}
