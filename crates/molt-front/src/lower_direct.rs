//! Nested functions called directly.
//!
//! A nested `def` is made at run time (a function object closing over cells), and calls
//! through a variable go through that object with boxed arguments, so inference cannot
//! type its parameters. Most nested helpers are never used as values, though: defined once
//! at the top of the enclosing function's body and then only called, by that function
//! after the `def` and by themselves (recursion). Those calls bind their arguments at
//! compile time (`CallFunc`) and call the compiled function with an environment made of the
//! same cells, so the helper is typed like a module-level function.

use super::*;
use ruff_python_ast::visitor::Visitor as _;

impl<'a> Lowerer<'a> {
    /// The function a call of `name` here calls directly: a direct `def` of this body
    /// (lowered, so the call is after it), this function itself called by its name, or a
    /// direct `def` of the parent called by a later `def` of the parent (a sibling), which
    /// then captures the cells the callee's environment needs, by the same names.
    pub(super) fn direct_callee(&mut self, name: &str) -> Option<FuncId> {
        let shadowed = |l: &Self, n: &str| l.comp_names.iter().any(|m| m.contains_key(n));
        if shadowed(self, name) {
            return None;
        }
        let s = self.scope.as_ref()?;
        if let Some(Some(f)) = s.direct.get(name) {
            return Some(*f);
        }
        let Some(Some(f)) = self.outer.last()?.direct.get(name).copied() else {
            return None;
        };
        let own = |s: &FnScope, n: &str| s.local_ids.contains_key(n) || s.global_decls.contains(n);
        if own(s, name) {
            return None;
        }
        if f == s.func {
            return Some(f);
        }
        let names: Vec<String> = self.funcs[f.index()]
            .free
            .iter()
            .map(|v| v.name.clone())
            .collect();
        for n in names {
            if shadowed(self, &n) || self.scope.as_ref().is_some_and(|s| own(s, &n)) {
                return None;
            }
            if !matches!(self.resolve(&n), Resolved::Var(Var::Free(_))) {
                return None;
            }
        }
        Some(f)
    }

    /// After `parent`'s body is lowered: a direct `def` whose name is still read as a
    /// variable (a use the scan did not foresee) is called through its value after all,
    /// so it takes any arguments (its direct calls box theirs).
    pub(super) fn check_direct(&mut self, parent: &FnScope, body: &[Stmt]) {
        for (name, f) in &parent.direct {
            let (Some(f), Some(&l)) = (f, parent.local_ids.get(name)) else {
                continue;
            };
            let mut reads = Reads(l, false);
            crate::hir_visit::walk_block(&mut reads, body);
            let captured = self.funcs.iter().any(|g| {
                g.parent == Some(parent.func) && g.free.iter().any(|v| v.src == FreeSrc::Local(l))
            });
            if reads.1 || captured {
                self.funcs[f.index()].direct_only = false;
            }
        }
    }
}

/// Whether a block reads local `.0`.
struct Reads(LocalId, bool);

impl crate::hir_visit::Visitor for Reads {
    fn expr(&mut self, e: &Expr) {
        if let ExprKind::Name(Var::Local(l)) = e.kind
            && l == self.0
        {
            self.1 = true;
        }
        crate::hir_visit::walk_expr(self, e);
    }
}

/// The names of the nested `def`s of a function body (`body`, with parameters `params`)
/// whose every use is a plain call (no `*`/`**` arguments) made after the `def`, by the body
/// itself, by the function's own body (recursion) or by the body of a later top-level `def`
/// of the body (a sibling), and that nothing else binds, declares or mentions. Such a `def` stands at the top level of the body (so every later
/// statement runs after it), is not decorated, async or a generator, and its defaults are
/// constants (the direct call evaluates them in place).
pub(crate) fn direct_defs(body: &[ast::Stmt], params: &[String]) -> HashSet<String> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for s in body {
        if let ast::Stmt::FunctionDef(f) = s {
            *count.entry(f.name.id.as_str()).or_default() += 1;
        }
        if let Some((n, _)) = lambda_assign(s) {
            *count.entry(n).or_default() += 1;
        }
    }
    let candidates: HashMap<String, ast::name::Name> = body
        .iter()
        .filter_map(|s| match s {
            // `name = lambda ...: ...`, likewise.
            _ if let Some((n, l)) = lambda_assign(s) => (count.get(n) == Some(&1)
                && !params.iter().any(|p| p == n)
                && l.parameters
                    .iter()
                    .flat_map(|p| p.iter())
                    .all(|p| p.default().is_none_or(constant_default)))
            .then(|| (n.to_string(), ast::name::Name::new(n))),
            ast::Stmt::FunctionDef(f)
                if count.get(f.name.id.as_str()) == Some(&1)
                    && !params.iter().any(|p| p == f.name.id.as_str())
                    && f.decorator_list.is_empty()
                    && !f.is_async
                    && f.type_params.is_none()
                    && !has_yield(&f.body)
                    && f.parameters
                        .iter()
                        .all(|p| p.default().is_none_or(constant_default)) =>
            {
                Some((f.name.id.to_string(), f.name.id.clone()))
            }
            _ => None,
        })
        .collect();
    if candidates.is_empty() {
        return HashSet::new();
    }
    let mut scan = Uses {
        ok: candidates.keys().cloned().collect(),
        defined: HashSet::new(),
        scope: Scope::Body,
        top: true,
    };
    for s in body {
        scan.top = true;
        scan.visit_stmt(s);
    }
    scan.ok
}

/// Where the scan is: the function's own body, the body of one of its candidate `def`s,
/// or any other scope (lambda, generator expression, class, deeper function).
#[derive(Clone, PartialEq)]
enum Scope {
    Body,
    Own(String),
    Other,
}

struct Uses {
    /// Candidates not disqualified yet.
    ok: HashSet<String>,
    /// Candidates whose `def` the scan has passed.
    defined: HashSet<String>,
    scope: Scope,
    /// The statement being visited is a top-level statement of the body.
    top: bool,
}

impl Uses {
    fn mention(&mut self, name: &str) {
        self.ok.remove(name);
    }

    fn call_allowed(&self, name: &str) -> bool {
        match &self.scope {
            Scope::Body => self.defined.contains(name),
            Scope::Own(n) => n == name || self.defined.contains(name),
            Scope::Other => false,
        }
    }

    fn in_scope(&mut self, scope: Scope, f: impl FnOnce(&mut Self)) {
        let saved = std::mem::replace(&mut self.scope, scope);
        let top = std::mem::replace(&mut self.top, false);
        f(self);
        self.scope = saved;
        self.top = top;
    }
}

impl<'a> ast::visitor::Visitor<'a> for Uses {
    fn visit_stmt(&mut self, s: &'a ast::Stmt) {
        let top = std::mem::replace(&mut self.top, false);
        match s {
            ast::Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_decorator(d);
                }
                for p in f.parameters.iter() {
                    if let Some(d) = p.default() {
                        self.visit_expr(d);
                    }
                    if let Some(a) = p.annotation() {
                        self.visit_annotation(a);
                    }
                }
                if let Some(r) = &f.returns {
                    self.visit_annotation(r);
                }
                let name = f.name.id.as_str();
                let child = top && self.scope == Scope::Body;
                if child && self.ok.contains(name) {
                    self.defined.insert(name.to_string());
                } else {
                    self.mention(name);
                }
                // Any `def` of the body may call the direct ones defined before it.
                let scope = if child {
                    Scope::Own(name.to_string())
                } else {
                    Scope::Other
                };
                self.in_scope(scope, |v| {
                    for p in f.parameters.iter() {
                        v.mention(p.name().id.as_str());
                    }
                    v.visit_body(&f.body);
                });
            }
            ast::Stmt::ClassDef(c) => {
                self.mention(c.name.id.as_str());
                for d in &c.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(a) = &c.arguments {
                    self.visit_arguments(a);
                }
                self.in_scope(Scope::Other, |v| v.visit_body(&c.body));
            }
            // The lambda of a direct `name = lambda ...` (its body is another scope); the
            // name is then defined.
            ast::Stmt::Assign(a)
                if top
                    && self.scope == Scope::Body
                    && let Some((n, _)) = lambda_assign(s)
                    && self.ok.contains(n) =>
            {
                self.visit_expr(&a.value);
                self.defined.insert(n.to_string());
            }
            ast::Stmt::Global(g) => g.names.iter().for_each(|n| self.mention(n.id.as_str())),
            ast::Stmt::Nonlocal(g) => g.names.iter().for_each(|n| self.mention(n.id.as_str())),
            _ => ast::visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a ast::Expr) {
        match e {
            ast::Expr::Name(n) => self.mention(n.id.as_str()),
            ast::Expr::Call(c) => {
                let plain = !c
                    .arguments
                    .args
                    .iter()
                    .any(|a| matches!(a, ast::Expr::Starred(_)))
                    && c.arguments.keywords.iter().all(|k| k.arg.is_some());
                match c.func.as_ref() {
                    ast::Expr::Name(n) if plain && self.call_allowed(n.id.as_str()) => {
                        self.visit_arguments(&c.arguments)
                    }
                    _ => ast::visitor::walk_expr(self, e),
                }
            }
            ast::Expr::Lambda(_) | ast::Expr::Generator(_) => {
                self.in_scope(Scope::Other, |v| ast::visitor::walk_expr(v, e))
            }
            _ => ast::visitor::walk_expr(self, e),
        }
    }

    fn visit_parameter(&mut self, p: &'a ast::Parameter) {
        self.mention(p.name.id.as_str());
        ast::visitor::walk_parameter(self, p);
    }

    fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(x) = h;
        if let Some(n) = &x.name {
            self.mention(n.id.as_str());
        }
        ast::visitor::walk_except_handler(self, h);
    }

    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        match p {
            ast::Pattern::MatchAs(a) => {
                if let Some(n) = &a.name {
                    self.mention(n.id.as_str());
                }
            }
            ast::Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.mention(n.id.as_str());
                }
            }
            ast::Pattern::MatchMapping(m) => {
                if let Some(r) = &m.rest {
                    self.mention(r.id.as_str());
                }
            }
            _ => {}
        }
        ast::visitor::walk_pattern(self, p);
    }

    fn visit_alias(&mut self, a: &'a ast::Alias) {
        let bound = a.asname.as_ref().unwrap_or(&a.name);
        let first = bound.id.as_str().split('.').next().unwrap_or("");
        self.mention(first);
    }
}

/// `name = lambda ...: ...`: the name and the lambda.
pub(crate) fn lambda_assign(s: &ast::Stmt) -> Option<(&str, &ast::ExprLambda)> {
    match s {
        ast::Stmt::Assign(a) => match (a.targets.as_slice(), a.value.as_ref()) {
            ([ast::Expr::Name(n)], ast::Expr::Lambda(l)) => Some((n.id.as_str(), l)),
            _ => None,
        },
        _ => None,
    }
}

/// A default the direct call can evaluate at the call (as `Default::Const`): a literal,
/// a negated number, a tuple of those.
fn constant_default(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::NumberLiteral(_)
        | ast::Expr::StringLiteral(_)
        | ast::Expr::BooleanLiteral(_)
        | ast::Expr::NoneLiteral(_) => true,
        ast::Expr::UnaryOp(u) => {
            u.op == ast::UnaryOp::USub && matches!(u.operand.as_ref(), ast::Expr::NumberLiteral(_))
        }
        ast::Expr::Tuple(t) => t.elts.iter().all(constant_default),
        _ => false,
    }
}

/// Whether a function body yields (not counting nested scopes).
fn has_yield(body: &[ast::Stmt]) -> bool {
    struct Y(bool);
    impl<'a> ast::visitor::Visitor<'a> for Y {
        fn visit_stmt(&mut self, s: &'a ast::Stmt) {
            if !matches!(s, ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_)) {
                ast::visitor::walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a ast::Expr) {
            match e {
                ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) | ast::Expr::Await(_) => {
                    self.0 = true
                }
                ast::Expr::Lambda(_) | ast::Expr::Generator(_) => {}
                _ => ast::visitor::walk_expr(self, e),
            }
        }
    }
    let mut y = Y(false);
    y.visit_body(body);
    y.0
}
