//! Memoised module-level functions: `@functools.cache` / `@lru_cache(...)` on a top-level
//! `def`. Such a function stays a static function (`Function::cache`), so that its direct
//! calls are typed and go through a cache compiled into the program (codegen's memo.rs)
//! instead of a dynamic wrapper object. Recognised only when the decorator certainly is
//! functools' (imported before the def, its name bound nowhere else) and its arguments are
//! literals, so that dropping its run-time evaluation changes nothing observable.
//!
//! A call that the typed cache could not key like CPython's `_make_key` (keywords, an
//! omitted argument, a binding error) is a call through the function's value instead
//! (`cached_call`), which uses the same cache with CPython's keys.

use super::*;

impl<'a> Lowerer<'a> {
    /// The cache spec of each top-level def (by name) whose only decorator is a
    /// recognised functools cache decorator.
    pub(super) fn cache_decorated(
        &self,
        body: &[ast::Stmt],
        rebound: &HashSet<String>,
    ) -> HashMap<String, CacheSpec> {
        // Names bound by imports anywhere in the module body (not in defs or classes),
        // and what each top-level import statement binds at its position.
        let mut import_count: HashMap<String, usize> = HashMap::new();
        count_import_bindings(body, &mut import_count);
        let top_names: HashSet<String> = body
            .iter()
            .filter_map(|s| match s {
                ast::Stmt::FunctionDef(f) => Some(f.name.id.to_string()),
                ast::Stmt::ClassDef(c) => Some(c.name.id.to_string()),
                _ => None,
            })
            .collect();
        let mut bound: HashMap<String, Binding> = HashMap::new();
        let mut out = HashMap::new();
        for s in body {
            match s {
                ast::Stmt::Import(i) => {
                    for a in &i.names {
                        if a.name.id.as_str() == "functools" {
                            let n = a.asname.as_ref().map_or("functools", |n| n.id.as_str());
                            bound.insert(n.to_string(), Binding::Module);
                        }
                    }
                }
                ast::Stmt::ImportFrom(i)
                    if i.level == 0
                        && i.module
                            .as_ref()
                            .is_some_and(|m| m.id.as_str() == "functools") =>
                {
                    for a in &i.names {
                        let b = match a.name.id.as_str() {
                            "cache" => Binding::Cache,
                            "lru_cache" => Binding::LruCache,
                            _ => continue,
                        };
                        let n = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                        bound.insert(n, b);
                    }
                }
                ast::Stmt::FunctionDef(f) => {
                    if f.is_async
                        || f.type_params.is_some()
                        || f.decorator_list.len() != 1
                        || f.parameters.vararg.is_some()
                        || f.parameters.kwarg.is_some()
                        || !f.parameters.kwonlyargs.is_empty()
                    {
                        continue;
                    }
                    // The decorator's names must mean what they meant at import.
                    let lookup = |n: &str| -> Option<Binding> {
                        if rebound.contains(n)
                            || top_names.contains(n)
                            || import_count.get(n) != Some(&1)
                        {
                            return None;
                        }
                        bound.get(n).copied()
                    };
                    if let Some(spec) = decorator_spec(&f.decorator_list[0].expression, &lookup) {
                        out.insert(f.name.id.to_string(), spec);
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// A direct call of a memoised function whose cache key its typed cache could not
    /// build (anything but one positional argument per parameter) becomes a call through
    /// its value; every other call is handed back for `bind_call`.
    pub(super) fn cached_call(
        &mut self,
        f: FuncId,
        args: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    ) -> Result<ExprKind, CallArgs> {
        if self.funcs[f.index()].cache.is_none()
            || (kwargs.is_empty() && args.len() == self.signature(f).len())
        {
            return Err((args, kwargs));
        }
        let span = self.funcs[f.index()].span;
        let func = self.expr(span, ExprKind::FuncRef(f));
        Ok(ExprKind::CallValue {
            func: Box::new(func),
            args: args.into_iter().map(Arg::Pos).collect(),
            kwargs: kwargs
                .into_iter()
                .map(|(n, value)| KwArg {
                    name: Some(n),
                    value,
                })
                .collect(),
        })
    }
}

/// A direct call's arguments, handed back to `bind_call`.
pub(super) type CallArgs = (Vec<Expr>, Vec<(String, Expr)>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Binding {
    Module,
    Cache,
    LruCache,
}

/// Counts the names import statements bind in a block (and its nested blocks, but not
/// in function or class bodies, whose imports are local).
pub(super) fn count_import_bindings(body: &[ast::Stmt], out: &mut HashMap<String, usize>) {
    for s in body {
        match s {
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or_default().to_string(),
                    };
                    *out.entry(n).or_default() += 1;
                }
            }
            ast::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    *out.entry(n).or_default() += 1;
                }
            }
            ast::Stmt::If(i) => {
                count_import_bindings(&i.body, out);
                for c in &i.elif_else_clauses {
                    count_import_bindings(&c.body, out);
                }
            }
            ast::Stmt::For(f) => {
                count_import_bindings(&f.body, out);
                count_import_bindings(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                count_import_bindings(&w.body, out);
                count_import_bindings(&w.orelse, out);
            }
            ast::Stmt::With(w) => count_import_bindings(&w.body, out),
            ast::Stmt::Try(t) => {
                count_import_bindings(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    count_import_bindings(&h.body, out);
                }
                count_import_bindings(&t.orelse, out);
                count_import_bindings(&t.finalbody, out);
            }
            ast::Stmt::Match(m) => {
                for c in &m.cases {
                    count_import_bindings(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// What a decorator expression refers to: `cache`, `lru_cache`, `functools.cache`, ...
fn decorator_ref(e: &ast::Expr, lookup: &dyn Fn(&str) -> Option<Binding>) -> Option<Binding> {
    match e {
        ast::Expr::Name(n) => match lookup(n.id.as_str())? {
            Binding::Module => None,
            b => Some(b),
        },
        ast::Expr::Attribute(a) => {
            let ast::Expr::Name(m) = a.value.as_ref() else {
                return None;
            };
            if lookup(m.id.as_str())? != Binding::Module {
                return None;
            }
            match a.attr.id.as_str() {
                "cache" => Some(Binding::Cache),
                "lru_cache" => Some(Binding::LruCache),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The cache a decorator makes (Lib/functools.py's `cache` and `lru_cache`), when its
/// arguments are literals lru_cache accepts: `maxsize` an int or None, `typed` a bool.
fn decorator_spec(e: &ast::Expr, lookup: &dyn Fn(&str) -> Option<Binding>) -> Option<CacheSpec> {
    match e {
        ast::Expr::Call(c) => {
            if decorator_ref(&c.func, lookup)? != Binding::LruCache || c.arguments.args.len() > 2 {
                return None;
            }
            let mut maxsize: Option<&ast::Expr> = c.arguments.args.first();
            let mut typed: Option<&ast::Expr> = c.arguments.args.get(1);
            for k in c.arguments.keywords.iter() {
                let slot = match k.arg.as_ref()?.id.as_str() {
                    "maxsize" => &mut maxsize,
                    "typed" => &mut typed,
                    _ => return None,
                };
                if slot.is_some() {
                    return None;
                }
                *slot = Some(&k.value);
            }
            let maxsize = match maxsize {
                None => Some(128),
                Some(ast::Expr::NoneLiteral(_)) => None,
                Some(m) => Some(int_literal(m)?.max(0)),
            };
            let typed = match typed {
                None => false,
                Some(ast::Expr::BooleanLiteral(b)) => b.value,
                Some(_) => return None,
            };
            Some(CacheSpec { maxsize, typed })
        }
        e => match decorator_ref(e, lookup)? {
            Binding::Cache => Some(CacheSpec {
                maxsize: None,
                typed: false,
            }),
            Binding::LruCache => Some(CacheSpec {
                maxsize: Some(128),
                typed: false,
            }),
            Binding::Module => None,
        },
    }
}

/// An int literal, possibly negated, that fits an i64 (bools are not accepted: their
/// `cache_parameters()` would show `True`).
fn int_literal(e: &ast::Expr) -> Option<i64> {
    match e {
        ast::Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_i64(),
            _ => None,
        },
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
            int_literal(&u.operand)?.checked_neg()
        }
        _ => None,
    }
}
