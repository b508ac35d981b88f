//! Private name mangling (CPython's `_Py_Mangle`), applied to the AST right after parsing.
//!
//! Inside a class body, and every function nested in it up to the next class, an
//! identifier `__name` (not ending in `__`, without a dot) becomes `_Class__name`, with
//! the class's name stripped of leading underscores (no change when nothing is left).
//! CPython mangles names (loads, stores, deletions), attribute names, parameter names,
//! `def`/`class` names, `global`/`nonlocal` declarations, exception and pattern capture
//! names; not keyword argument names in calls, and not strings (`getattr(x, "__a")`).
//! Doing it on the AST keeps the rest of the front end unaware of it.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{self as ast, Expr, Identifier, Pattern, Stmt};
use std::cell::RefCell;

/// Mangles the private names of every class body in `body`.
pub(crate) fn mangle_body(body: &mut [Stmt]) {
    let m = Mangler {
        class: RefCell::new(None),
    };
    m.visit_body(body);
}

struct Mangler {
    /// The innermost enclosing class's name without leading underscores (None outside
    /// classes, or when the name is all underscores).
    class: RefCell<Option<String>>,
}

impl Mangler {
    fn mangled(&self, name: &str) -> Option<String> {
        let class = self.class.borrow();
        let class = class.as_ref()?;
        (name.starts_with("__") && !name.ends_with("__") && !name.contains('.'))
            .then(|| format!("_{class}{name}"))
    }

    fn ident(&self, id: &mut Identifier) {
        if let Some(m) = self.mangled(id.id.as_str()) {
            id.id = m.into();
        }
    }
}

impl Transformer for Mangler {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::ClassDef(c) => {
                // The name, decorators and bases belong to the enclosing scope.
                self.ident(&mut c.name);
                for d in &mut c.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(tp) = &mut c.type_params {
                    self.visit_type_params(tp);
                }
                if let Some(a) = &mut c.arguments {
                    self.visit_arguments(a);
                }
                let stripped = c.name.id.as_str().trim_start_matches('_');
                let inner = (!stripped.is_empty()).then(|| stripped.to_string());
                let outer = self.class.replace(inner);
                self.visit_body(&mut c.body);
                self.class.replace(outer);
            }
            Stmt::FunctionDef(f) => {
                self.ident(&mut f.name);
                transformer::walk_stmt(self, stmt);
            }
            Stmt::Global(ast::StmtGlobal { names, .. })
            | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) => {
                for n in names {
                    self.ident(n);
                }
            }
            _ => transformer::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        match expr {
            Expr::Name(n) => {
                if let Some(m) = self.mangled(n.id.as_str()) {
                    n.id = m.into();
                }
            }
            Expr::Attribute(a) => {
                self.ident(&mut a.attr);
                transformer::walk_expr(self, expr);
            }
            _ => transformer::walk_expr(self, expr),
        }
    }

    fn visit_parameter(&self, parameter: &mut ast::Parameter) {
        self.ident(&mut parameter.name);
        transformer::walk_parameter(self, parameter);
    }

    fn visit_except_handler(&self, handler: &mut ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = handler;
        if let Some(n) = &mut h.name {
            self.ident(n);
        }
        transformer::walk_except_handler(self, handler);
    }

    fn visit_pattern(&self, pattern: &mut Pattern) {
        match pattern {
            Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. })
            | Pattern::MatchStar(ast::PatternMatchStar { name: Some(n), .. })
            | Pattern::MatchMapping(ast::PatternMatchMapping { rest: Some(n), .. }) => {
                self.ident(n);
            }
            _ => {}
        }
        transformer::walk_pattern(self, pattern);
    }
}
