//! The `match` statement, lowered to plain HIR: a temporary holds the subject, each case
//! becomes nested tests that bind its captures and run its body, and a flag stops the
//! cases after the first that matches (PEP 634's semantics, CPython's order of tests).
//!
//! Structural checks that need the runtime (is it a sequence, a mapping, an instance with
//! these attributes) are calls of internal builtins returning either None (no match) or
//! a list of the parts to match next.

use super::*;

impl<'a> Lowerer<'a> {
    /// In a class body: marks the case's captures bound; returns what to restore after.
    fn class_case_enter(&mut self, pattern: &ast::Pattern) -> Option<HashSet<LocalId>> {
        let sc = self.scope.as_mut().filter(|sc| sc.is_class)?;
        let before = sc.class_flow.definite.clone();
        let mut names = vec![];
        pattern_names(pattern, &mut names);
        for (n, _) in names {
            if let Some(l) = sc.local_ids.get(&n).copied()
                && !sc.global_decls.contains(&n)
            {
                sc.class_flow.bind(l);
            }
        }
        Some(before)
    }

    pub(super) fn lower_match(&mut self, m: &ast::StmtMatch) -> StmtKind {
        let span = span_of(m);
        let subject = self.lower_expr(&m.subject);
        let subj = self.fresh_local("<match subject>", span);
        let done = self.fresh_local("<match done>", span);
        let mut out = vec![
            self.assign_local(subj, subject, span),
            self.assign_const(done, ExprKind::Bool(false), span),
        ];
        for case in &m.cases {
            let cspan = span_of(case);
            // A class body's flow: the captures are bound in the guard and the body (which
            // are lowered before the pattern), and only there.
            let class_before = self.class_case_enter(&case.pattern);
            // On a full match: the guard, then the body; only then is the match done.
            let mut body = vec![self.assign_const(done, ExprKind::Bool(true), cspan)];
            body.extend(self.lower_block(&case.body));
            let on_match = match &case.guard {
                Some(g) => {
                    let test = self.lower_expr(g);
                    vec![Stmt {
                        span: cspan,
                        kind: StmtKind::If {
                            test,
                            body,
                            orelse: vec![],
                        },
                    }]
                }
                None => body,
            };
            let code = self.pattern(&case.pattern, subj, on_match);
            if let Some(b) = class_before
                && let Some(sc) = self.scope.as_mut()
            {
                sc.class_flow.leave_block(b);
            }
            let not_done = self.not_local(done, cspan);
            out.push(Stmt {
                span: cspan,
                kind: StmtKind::If {
                    test: not_done,
                    body: code,
                    orelse: vec![],
                },
            });
        }
        // The statements run in order inside an always-true `if`.
        StmtKind::If {
            test: self.expr(span, ExprKind::Bool(true)),
            body: out,
            orelse: vec![],
        }
    }

    pub(super) fn local_expr(&mut self, l: LocalId, span: Span) -> Expr {
        let v = self.local_var(l);
        self.expr(span, ExprKind::Name(v))
    }

    /// A fresh local is a local of the current scope (or of the module body).
    pub(super) fn local_var(&self, l: LocalId) -> Var {
        Var::Local(l)
    }

    pub(super) fn assign_local(&mut self, l: LocalId, value: Expr, span: Span) -> Stmt {
        Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![Target {
                    span,
                    kind: TargetKind::Var(self.local_var(l)),
                }],
                value,
            },
        }
    }

    pub(super) fn assign_const(&mut self, l: LocalId, kind: ExprKind, span: Span) -> Stmt {
        let v = self.expr(span, kind);
        self.assign_local(l, v, span)
    }

    pub(super) fn not_local(&mut self, l: LocalId, span: Span) -> Expr {
        let x = self.local_expr(l, span);
        self.expr(span, ExprKind::Unary(UnaryOp::Not, Box::new(x)))
    }

    fn capture(&mut self, name: &ast::Identifier, subj: LocalId) -> Stmt {
        let span = span_of(name);
        let value = self.local_expr(subj, span);
        let var = self.bind_name(name.id.as_str(), span);
        Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![Target {
                    span,
                    kind: TargetKind::Var(var),
                }],
                value,
            },
        }
    }

    pub(super) fn if_stmt(&self, test: Expr, body: Vec<Stmt>, span: Span) -> Vec<Stmt> {
        vec![Stmt {
            span,
            kind: StmtKind::If {
                test,
                body,
                orelse: vec![],
            },
        }]
    }

    /// `parts = check(subject, ...)`, then the sub-patterns against `parts[i]` when it is
    /// not None.
    fn destructure(
        &mut self,
        span: Span,
        check: &str,
        mut args: Vec<Expr>,
        subj: LocalId,
        subs: Vec<&ast::Pattern>,
        on_match: Vec<Stmt>,
    ) -> Vec<Stmt> {
        let parts = self.fresh_local("<match parts>", span);
        let s = self.local_expr(subj, span);
        args.insert(0, s);
        let call = self.expr(
            span,
            ExprKind::Call {
                callee: Callee::Builtin(check.to_string()),
                args,
                kwargs: vec![],
            },
        );
        let assign = self.assign_local(parts, call, span);
        // Inner patterns first (innermost code is built last-to-first).
        let mut code = on_match;
        for (i, p) in subs.iter().enumerate().rev() {
            let item = self.fresh_local("<match item>", span);
            let pv = self.local_expr(parts, span);
            let idx = self.expr(span, ExprKind::Int(i as i64));
            let get = self.expr(span, ExprKind::Subscript(Box::new(pv), Box::new(idx)));
            let mut block = vec![self.assign_local(item, get, span)];
            block.extend(self.pattern(p, item, code));
            code = block;
        }
        let pv = self.local_expr(parts, span);
        let none = self.expr(span, ExprKind::None);
        let test = self.expr(
            span,
            ExprKind::Compare(Box::new(pv), vec![(CmpOp::IsNot, none)]),
        );
        let mut out = vec![assign];
        out.extend(self.if_stmt(test, code, span));
        out
    }

    /// Statements that test `p` against the value in local `subj` and run `on_match`
    /// (with the pattern's captures bound) when it matches.
    fn pattern(&mut self, p: &ast::Pattern, subj: LocalId, on_match: Vec<Stmt>) -> Vec<Stmt> {
        let span = span_of(p);
        match p {
            ast::Pattern::MatchValue(v) => {
                let s = self.local_expr(subj, span);
                let value = self.lower_expr(&v.value);
                let test = self.expr(
                    span,
                    ExprKind::Compare(Box::new(s), vec![(CmpOp::Eq, value)]),
                );
                self.if_stmt(test, on_match, span)
            }
            ast::Pattern::MatchSingleton(v) => {
                let s = self.local_expr(subj, span);
                let kind = match v.value {
                    ast::Singleton::None => ExprKind::None,
                    ast::Singleton::True => ExprKind::Bool(true),
                    ast::Singleton::False => ExprKind::Bool(false),
                };
                let value = self.expr(span, kind);
                let test = self.expr(
                    span,
                    ExprKind::Compare(Box::new(s), vec![(CmpOp::Is, value)]),
                );
                self.if_stmt(test, on_match, span)
            }
            ast::Pattern::MatchAs(a) => {
                let mut body = vec![];
                if let Some(n) = &a.name {
                    body.push(self.capture(n, subj));
                }
                body.extend(on_match);
                match &a.pattern {
                    Some(inner) => self.pattern(inner, subj, body),
                    None => body,
                }
            }
            ast::Pattern::MatchOr(o) => {
                // The first alternative that matches wins; the rest of the case runs once.
                let alt = self.fresh_local("<match alt>", span);
                let mut out = vec![self.assign_const(alt, ExprKind::Bool(false), span)];
                for q in &o.patterns {
                    let set = vec![self.assign_const(alt, ExprKind::Bool(true), span)];
                    let code = self.pattern(q, subj, set);
                    let not_alt = self.not_local(alt, span);
                    out.extend(self.if_stmt(not_alt, code, span));
                }
                let test = self.local_expr(alt, span);
                out.extend(self.if_stmt(test, on_match, span));
                out
            }
            ast::Pattern::MatchSequence(sq) => {
                let star = sq
                    .patterns
                    .iter()
                    .position(|q| matches!(q, ast::Pattern::MatchStar(_)));
                let n = sq.patterns.len();
                let (before, after) = match star {
                    Some(i) => (i, n - i - 1),
                    None => (n, 0),
                };
                let args = vec![
                    self.expr(span, ExprKind::Int(before as i64)),
                    self.expr(span, ExprKind::Int(after as i64)),
                    self.expr(span, ExprKind::Bool(star.is_some())),
                ];
                let subs: Vec<&ast::Pattern> = sq.patterns.iter().collect();
                self.destructure(span, "__molt_match_seq", args, subj, subs, on_match)
            }
            ast::Pattern::MatchStar(s) => {
                // Reached as a sub-pattern of a sequence: its part is the list of the rest.
                let mut body = vec![];
                if let Some(n) = &s.name {
                    body.push(self.capture(n, subj));
                }
                body.extend(on_match);
                body
            }
            ast::Pattern::MatchMapping(mp) => {
                let keys: Vec<Expr> = mp.keys.iter().map(|k| self.lower_expr(k)).collect();
                let keys = self.expr(span, ExprKind::Tuple(keys));
                let rest = self.expr(span, ExprKind::Bool(mp.rest.is_some()));
                let mut subs: Vec<&ast::Pattern> = mp.patterns.iter().collect();
                // `**rest` captures the remaining items (the last part).
                let rest_pat;
                if let Some(r) = &mp.rest {
                    rest_pat = ast::Pattern::MatchAs(ast::PatternMatchAs {
                        node_index: std::default::Default::default(),
                        range: r.range,
                        pattern: None,
                        name: Some(r.clone()),
                    });
                    subs.push(&rest_pat);
                }
                self.destructure(
                    span,
                    "__molt_match_map",
                    vec![keys, rest],
                    subj,
                    subs,
                    on_match,
                )
            }
            ast::Pattern::MatchClass(c) => {
                let cls = self.lower_expr(&c.cls);
                let npos = self.expr(span, ExprKind::Int(c.arguments.patterns.len() as i64));
                let names: Vec<Expr> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| {
                        let sp = span_of(&k.attr);
                        self.expr(sp, ExprKind::Str(k.attr.id.to_string()))
                    })
                    .collect();
                let names = self.expr(span, ExprKind::Tuple(names));
                let mut subs: Vec<&ast::Pattern> = c.arguments.patterns.iter().collect();
                subs.extend(c.arguments.keywords.iter().map(|k| &k.pattern));
                self.destructure(
                    span,
                    "__molt_match_class",
                    vec![cls, npos, names],
                    subj,
                    subs,
                    on_match,
                )
            }
        }
    }
}
