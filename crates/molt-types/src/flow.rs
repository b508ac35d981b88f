//! Control-flow facts about HIR blocks.

use molt_front::hir::*;

/// Whether control can reach the end of `body` (conservatively: true when unsure).
pub fn falls_through(body: &[Stmt]) -> bool {
    body.last().is_none_or(stmt_falls_through) && !body.iter().any(|s| !stmt_falls_through(s))
}

fn stmt_falls_through(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Raise { .. } | StmtKind::Break | StmtKind::Continue => {
            false
        }
        StmtKind::If { body, orelse, .. } => falls_through(body) || falls_through(orelse),
        StmtKind::While { test, body, .. } => !is_true(test) || contains_break(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let normal = falls_through(body) && falls_through(orelse);
            let handled = handlers.iter().any(|h| falls_through(&h.body));
            (normal || handled) && falls_through(finalbody)
        }
        StmtKind::Expr(e) => !is_exit_call(e),
        _ => true,
    }
}

fn is_true(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Bool(true)) || matches!(e.kind, ExprKind::Int(i) if i != 0)
}

fn is_exit_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call {
            callee: Callee::Module(m, f),
            ..
        } => m == "sys" && f == "exit",
        ExprKind::Call {
            callee: Callee::Builtin(b),
            ..
        } => b == "exit" || b == "quit",
        ExprKind::Raise { .. } => true,
        _ => false,
    }
}

/// Whether a `break` in `body` leaves this loop (not a nested one).
pub fn contains_break(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If { body, orelse, .. } => contains_break(body) || contains_break(orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            contains_break(body)
                || handlers.iter().any(|h| contains_break(&h.body))
                || contains_break(orelse)
                || contains_break(finalbody)
        }
        _ => false,
    })
}
