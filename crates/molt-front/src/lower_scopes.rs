//! Which module-level names the functions, lambdas, generator expressions and classes of
//! a module may reach: those must be globals; every other module-level name is a plain
//! local of the module's code (cheaper, and split by `split.rs` like a function's).
//!
//! A name in a nested scope reaches the module when Python's scoping resolves it there:
//! it is declared `global`, or it is bound neither in its own scope nor in an enclosing
//! function. A function's bindings are the ones the lowerer makes locals of
//! (`collect_bindings`, `:=` targets, parameters), so both agree; imports inside functions
//! are not counted as bindings, which can only keep a name global. Class bodies read
//! names unbound so far from the globals (LOAD_NAME), so every name in one counts.

use super::{collect_bindings, collect_decls, target_names, walrus_expr, walrus_names};
use ruff_python_ast as ast;
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use std::collections::HashSet;

#[derive(PartialEq)]
enum Kind {
    Module,
    /// A function, lambda or comprehension: its bound names are its own.
    Function,
    Class,
}

struct Scope {
    kind: Kind,
    bound: HashSet<String>,
    globals: HashSet<String>,
}

struct Names<'o> {
    out: &'o mut HashSet<String>,
    stack: Vec<Scope>,
}

impl Names<'_> {
    fn top_is_module(&self) -> bool {
        self.stack.last().is_none_or(|s| s.kind == Kind::Module)
    }

    /// A name read, bound or deleted in the current scope.
    fn name(&mut self, n: &str) {
        let Some(top) = self.stack.last() else { return };
        match top.kind {
            Kind::Module => return,
            Kind::Function if !top.globals.contains(n) => {}
            Kind::Class | Kind::Function => {
                self.out.insert(n.to_string());
                return;
            }
        }
        for s in self.stack.iter().rev() {
            match s.kind {
                Kind::Module => break,
                Kind::Function if s.bound.contains(n) => return,
                // A method does not see its class's names.
                Kind::Function | Kind::Class => {}
            }
        }
        self.out.insert(n.to_string());
    }

    fn body(&mut self, scope: Scope, body: &[ast::Stmt]) {
        self.stack.push(scope);
        for s in body {
            self.visit_stmt(s);
        }
        self.stack.pop();
    }

    /// A comprehension or generator expression: its first iterable is evaluated in the
    /// enclosing scope, the rest in its own, where its targets are bound.
    fn comprehension(&mut self, gens: &[ast::Comprehension], elts: &[&ast::Expr]) {
        if let Some(g) = gens.first() {
            self.visit_expr(&g.iter);
        }
        let mut bound = vec![];
        gens.iter()
            .for_each(|g| target_names(&g.target, &mut bound));
        self.stack.push(Scope {
            kind: Kind::Function,
            bound: bound.into_iter().map(|(n, _)| n).collect(),
            globals: HashSet::new(),
        });
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            g.ifs.iter().for_each(|c| self.visit_expr(c));
        }
        elts.iter().for_each(|e| self.visit_expr(e));
        self.stack.pop();
    }
}

impl<'b> Visitor<'b> for Names<'_> {
    fn visit_stmt(&mut self, s: &'b ast::Stmt) {
        match s {
            ast::Stmt::FunctionDef(f) => {
                // Decorators, defaults and annotations run in the enclosing scope.
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_parameters(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.body(function_scope(&f.parameters, &f.body), &f.body);
            }
            ast::Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    self.visit_arguments(a);
                }
                let scope = Scope {
                    kind: Kind::Class,
                    bound: HashSet::new(),
                    globals: HashSet::new(),
                };
                self.body(scope, &c.body);
            }
            ast::Stmt::Global(g) if !self.top_is_module() => {
                for n in &g.names {
                    self.out.insert(n.id.to_string());
                }
            }
            ast::Stmt::Try(t) => {
                // A handler's name is bound (and unbound) in the current scope.
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.name(&n.id);
                    }
                }
                walk_stmt(self, s);
            }
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'b ast::Expr) {
        match e {
            ast::Expr::Name(n) => self.name(&n.id),
            ast::Expr::Lambda(l) => {
                let mut bound = vec![];
                walrus_expr(&l.body, &mut bound);
                let mut names: HashSet<String> = bound.into_iter().map(|(n, _)| n).collect();
                if let Some(p) = &l.parameters {
                    self.visit_parameters(p);
                    names.extend(param_names(p));
                }
                self.stack.push(Scope {
                    kind: Kind::Function,
                    bound: names,
                    globals: HashSet::new(),
                });
                self.visit_expr(&l.body);
                self.stack.pop();
            }
            ast::Expr::Generator(g) => self.comprehension(&g.generators, &[&g.elt]),
            // At module level a list, set or dict comprehension is module code.
            ast::Expr::ListComp(c) if !self.top_is_module() => {
                self.comprehension(&c.generators, &[&c.elt])
            }
            ast::Expr::SetComp(c) if !self.top_is_module() => {
                self.comprehension(&c.generators, &[&c.elt])
            }
            ast::Expr::DictComp(c) if !self.top_is_module() => {
                let elts: Vec<&ast::Expr> =
                    c.key.as_deref().into_iter().chain([&*c.value]).collect();
                self.comprehension(&c.generators, &elts)
            }
            _ => walk_expr(self, e),
        }
    }
}

/// Every module-level name that code in the functions, lambdas, generator expressions and
/// classes of the module body may reach.
pub(super) fn names_in_nested_scopes(body: &[ast::Stmt], out: &mut HashSet<String>) {
    let mut v = Names {
        out,
        stack: vec![Scope {
            kind: Kind::Module,
            bound: HashSet::new(),
            globals: HashSet::new(),
        }],
    };
    for s in body {
        v.visit_stmt(s);
    }
}

fn param_names(p: &ast::Parameters) -> impl Iterator<Item = String> + '_ {
    p.iter().map(|a| a.name().id.to_string())
}

/// A function's scope: the names the lowerer makes its locals (parameters, bindings,
/// `:=` targets, minus `global` and `nonlocal` ones), and its `global` names.
fn function_scope(params: &ast::Parameters, body: &[ast::Stmt]) -> Scope {
    let mut assigned = vec![];
    collect_bindings(body, &mut assigned, false);
    walrus_names(body, &mut assigned);
    let mut globals = vec![];
    collect_decls(body, &mut globals, true);
    let mut nonlocals = vec![];
    collect_decls(body, &mut nonlocals, false);
    let globals: HashSet<String> = globals.into_iter().map(|(n, _)| n).collect();
    let nonlocals: HashSet<String> = nonlocals.into_iter().map(|(n, _)| n).collect();
    let bound = param_names(params)
        .chain(assigned.into_iter().map(|(n, _)| n))
        .filter(|n| !globals.contains(n) && !nonlocals.contains(n))
        .collect();
    Scope {
        kind: Kind::Function,
        bound,
        globals,
    }
}
