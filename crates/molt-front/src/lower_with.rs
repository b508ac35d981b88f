//! The `with` statement, lowered to plain HIR as PEP 343 specifies it:
//!
//! ```text
//! .exit, .value = __molt_with_enter(EXPR)     # __exit__ looked up, __enter__() called
//! .hit = False
//! try:
//!     TARGET = .value
//!     BODY
//! except BaseException as .exc:
//!     .hit = True
//!     if not __molt_with_exit(.exit, .exc):   # __exit__(type, value, tb)
//!         raise
//! finally:
//!     if not .hit:
//!         __molt_with_exit(.exit, None)       # also on return/break/continue
//! ```
//!
//! Several items nest, left to right. The enter statements run before the `try`, so they
//! reach the enclosing block through `self.prelude`.

use super::*;

impl<'a> Lowerer<'a> {
    pub(super) fn lower_with(&mut self, w: &ast::StmtWith) -> Option<StmtKind> {
        if w.is_async {
            self.error(
                span_of(w),
                "`async with` is not supported",
                "use a plain with statement",
            );
            return None;
        }
        let (prelude, kind) = self.with_items(&w.items, &w.body, span_of(w));
        self.prelude.extend(prelude);
        Some(kind)
    }

    /// The statements that enter the first item, and the `try` that runs the rest.
    fn with_items(
        &mut self,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
        span: Span,
    ) -> (Vec<Stmt>, StmtKind) {
        let item = &items[0];
        let isp = span_of(&item.context_expr);
        let mgr = self.lower_expr(&item.context_expr);
        let exit_l = self.fresh_local("<with exit>", isp);
        let value_l = self.fresh_local("<with value>", isp);
        let hit_l = self.fresh_local("<with hit>", isp);
        let exc_l = self.fresh_local("<with exc>", isp);
        let enter = self.expr(
            isp,
            ExprKind::Call {
                callee: Callee::Builtin("__molt_with_enter".to_string()),
                args: vec![mgr],
                kwargs: vec![],
            },
        );
        let prelude = vec![
            Stmt {
                span: isp,
                kind: StmtKind::Assign {
                    targets: vec![Target {
                        span: isp,
                        kind: TargetKind::Tuple(vec![
                            Target {
                                span: isp,
                                kind: TargetKind::Var(Var::Local(exit_l)),
                            },
                            Target {
                                span: isp,
                                kind: TargetKind::Var(Var::Local(value_l)),
                            },
                        ]),
                    }],
                    value: enter,
                },
            },
            self.assign_const(hit_l, ExprKind::Bool(false), isp),
        ];
        let mut try_body = vec![];
        if let Some(t) = &item.optional_vars {
            let target = self.lower_target(t);
            let value = self.local_expr(value_l, isp);
            try_body.push(Stmt {
                span: isp,
                kind: StmtKind::Assign {
                    targets: vec![target],
                    value,
                },
            });
        }
        if items.len() > 1 {
            let (inner_prelude, inner) = self.with_items(&items[1..], body, span);
            try_body.extend(inner_prelude);
            try_body.push(Stmt { span, kind: inner });
        } else {
            try_body.extend(self.lower_block(body));
        }
        // except BaseException as .exc: .hit = True; if not exit(.exc): raise
        let exc = self.local_expr(exc_l, isp);
        let exit_v = self.local_expr(exit_l, isp);
        let suppressed = self.expr(
            isp,
            ExprKind::Call {
                callee: Callee::Builtin("__molt_with_exit".to_string()),
                args: vec![exit_v, exc],
                kwargs: vec![],
            },
        );
        let not_suppressed = self.expr(isp, ExprKind::Unary(UnaryOp::Not, Box::new(suppressed)));
        let reraise = Stmt {
            span: isp,
            kind: StmtKind::Raise {
                exc: None,
                cause: None,
            },
        };
        let mut handler_body = vec![self.assign_const(hit_l, ExprKind::Bool(true), isp)];
        handler_body.extend(self.if_stmt(not_suppressed, vec![reraise], isp));
        let handler = Handler {
            span: isp,
            types: vec![ExcClass::Builtin("BaseException".to_string())],
            name: Some(Var::Local(exc_l)),
            body: handler_body,
        };
        // finally: if not .hit: exit(None)
        let exit_v = self.local_expr(exit_l, isp);
        let none = self.expr(isp, ExprKind::None);
        let normal_exit = self.expr(
            isp,
            ExprKind::Call {
                callee: Callee::Builtin("__molt_with_exit".to_string()),
                args: vec![exit_v, none],
                kwargs: vec![],
            },
        );
        let not_hit = self.not_local(hit_l, isp);
        let finalbody = self.if_stmt(
            not_hit,
            vec![Stmt {
                span: isp,
                kind: StmtKind::Expr(normal_exit),
            }],
            isp,
        );
        (
            prelude,
            StmtKind::Try {
                body: try_body,
                handlers: vec![handler],
                orelse: vec![],
                finalbody,
            },
        )
    }
}
