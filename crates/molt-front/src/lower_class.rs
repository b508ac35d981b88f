//! Classes whose methods are static functions.
//!
//! A top-level class bound once, with no decorators, keywords or special attribute hooks,
//! whose bases are such classes (or `object`), keeps its plain `def`s as static functions
//! (`Function::method_of`): the class namespace holds `FuncRef`s to them, so behaviour is
//! the same, and inference (molt-types) may type their parameters and call them directly
//! when it proves a receiver's class. `super()` in them is `super(C, self)` with `C` the
//! class's global, which holds the class whenever a method can run (it is bound once, by
//! the class statement, before any instance exists).

use super::*;

/// Names whose definition in a class body changes how instances get, set or make their
/// attributes, or how the class is made: such a class stays fully dynamic.
const HOOKS: &[&str] = &[
    "__getattr__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__new__",
    "__init_subclass__",
    "__class_getitem__",
    "__set_name__",
    "__dict__",
    "__class__",
    "__del__",
    "__get__",
    "__set__",
    "__delete__",
];

/// A class statement being lowered whose plain methods become static functions.
pub(super) struct StaticClass {
    pub(super) index: usize,
    pub(super) body: FuncId,
    pub(super) global: GlobalId,
    pub(super) methods: Vec<String>,
}

impl<'a> Lowerer<'a> {
    /// Pass 1 of a module body: finds the classes whose methods can be static, and makes
    /// their names globals (the methods' `super()` reads them).
    pub(super) fn plan_static_classes(
        &mut self,
        body: &[ast::Stmt],
        assigned: &[(String, Span)],
        def_count: &HashMap<String, usize>,
        pending: &HashSet<String>,
    ) {
        let mut declared = HashSet::new();
        global_decls_anywhere(body, &mut declared);
        let mut planned: HashSet<String> = HashSet::new();
        let dc_names = super::lower_dataclass::DcNames::of(body);
        let dc_plans = super::lower_dataclass::plan_all(body, &dc_names, self.source);
        for s in body {
            let ast::Stmt::ClassDef(c) = s else { continue };
            let name = c.name.id.to_string();
            let bound_once = assigned.iter().filter(|(n, _)| *n == name).count() == 1
                && !def_count.contains_key(&name)
                && !declared.contains(&name)
                && !pending.contains(&name);
            // A plain dataclass: the decorator returns the class it was given, adding
            // dunders the typed code reaches dynamically (comparisons, hash, repr);
            // its `__init__` is in the body (lower_dataclass.rs).
            let decorated_ok =
                c.decorator_list.is_empty() || dc_plans.contains_key(c.name.id.as_str());
            if !bound_once || !decorated_ok || c.type_params.is_some() {
                continue;
            }
            let bases_ok = c.arguments.as_ref().is_none_or(|a| {
                a.keywords.is_empty()
                    && a.args.iter().all(|b| match b {
                        ast::Expr::Name(n) => {
                            let n = n.id.as_str();
                            planned.contains(n)
                                || (n == "object" && !assigned.iter().any(|(a, _)| a == n))
                        }
                        _ => false,
                    })
            });
            if !bases_ok {
                continue;
            }
            let mut decls = vec![];
            collect_decls(&c.body, &mut decls, true);
            collect_decls(&c.body, &mut decls, false);
            let mut bound = vec![];
            collect_bindings(&c.body, &mut bound, false);
            if !decls.is_empty() || bound.iter().any(|(n, _)| HOOKS.contains(&n.as_str())) {
                continue;
            }
            let methods: Vec<String> = c
                .body
                .iter()
                .filter_map(|st| match st {
                    ast::Stmt::FunctionDef(f)
                        if self.static_method_ok(f, &bound, assigned, def_count) =>
                    {
                        Some(f.name.id.to_string())
                    }
                    _ => None,
                })
                .collect();
            self.global(&name, span_of(&c.name));
            self.static_classes.insert(span_of(&c.name).start, methods);
            planned.insert(name);
        }
    }

    /// A plain `def` in such a class body that can be a static function: undecorated, bound
    /// once in the body, with a first positional parameter (the instance), and no use of
    /// `__class__` other than a `super()` directly in its body.
    fn static_method_ok(
        &self,
        f: &ast::StmtFunctionDef,
        bound: &[(String, Span)],
        assigned: &[(String, Span)],
        def_count: &HashMap<String, usize>,
    ) -> bool {
        let name = f.name.id.as_str();
        let r = f.range();
        let text = self
            .source
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("__class__");
        // A nested function's (or comprehension's) `super()` would capture the
        // `__class__` cell: any nested scope with a `super` in the method keeps it dynamic.
        let nested_super = text.contains("super")
            && ["lambda", "def ", "class ", " for ", "yield"]
                .iter()
                .any(|k| text.get(1..).is_some_and(|t| t.contains(k)));
        let plain = f.decorator_list.is_empty()
            || (is_property(f)
                && !assigned.iter().any(|(n, _)| n == "property")
                && !def_count.contains_key("property")
                && !bound.iter().any(|(n, _)| n == "property"));
        plain
            && !f.is_async
            && f.type_params.is_none()
            && bound.iter().filter(|(n, _)| n == name).count() == 1
            && (!f.parameters.posonlyargs.is_empty() || !f.parameters.args.is_empty())
            && !text.contains("__class__")
            && !nested_super
    }

    /// Lowers a plain method of a class planned by `plan_static_classes` as a static
    /// function: its `def` evaluates the defaults (a `FuncDef` run before the binding), and
    /// the class namespace binds a `FuncRef`. None when `f` is not such a method.
    pub(super) fn lower_static_method(&mut self, f: &ast::StmtFunctionDef) -> Option<Stmt> {
        let name = f.name.id.to_string();
        let ctx = self.static_class.as_ref()?;
        let in_body = self
            .scope
            .as_ref()
            .is_some_and(|s| s.is_class && s.func == ctx.body);
        if !in_body || !ctx.methods.contains(&name) {
            return None;
        }
        let (index, global) = (ctx.index, ctx.global);
        let span = span_of(f);
        let qual = self.qualname_for(&name);
        let prop = is_property(f);
        let fid = self.new_function(&name, &qual, span_of(&f.name), false, None);
        let class_name = self.globals[global.index()].name.clone();
        let module: String = self
            .imp
            .cur
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect();
        self.funcs[fid.index()].rust_name = format!("{module}__{class_name}__{name}__m{}", fid.0);
        self.funcs[fid.index()].method_of = Some(index as u32);
        if prop {
            self.classes[index].props.push((name.clone(), fid));
        } else {
            self.classes[index].methods.push((name.clone(), fid));
        }
        let defaults = self.lower_callable(fid, &f.parameters, Body::Stmts(&f.body));
        let inits = defaults
            .into_iter()
            .map(|(g, e)| (g.unwrap_or(GlobalId(0)), e))
            .collect();
        self.prelude.push(Stmt {
            span,
            kind: StmtKind::FuncDef {
                func: fid,
                defaults: inits,
            },
        });
        let mut value = self.expr(span_of(&f.name), ExprKind::FuncRef(fid));
        if self.keep_annotations {
            value = self.annotated(value, f, false);
        }
        if prop {
            // `@property` evaluated after the def, as Python applies a decorator.
            value = self.expr(
                span_of(&f.decorator_list[0]),
                ExprKind::Call {
                    callee: Callee::Builtin("property".to_string()),
                    args: vec![value],
                    kwargs: vec![],
                },
            );
        }
        let target = Target {
            span: span_of(&f.name),
            kind: TargetKind::Var(self.bind_name(&name, span_of(&f.name))),
        };
        Some(Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![target],
                value,
            },
        })
    }

    /// The class global a static method's `super()` names, when lowering one.
    pub(super) fn static_method_class(&self) -> Option<GlobalId> {
        let f = self.scope.as_ref()?.func;
        let k = self.funcs[f.index()].method_of?;
        Some(self.classes[k as usize].global)
    }
}

/// `@property` alone (the builtin, when the caller checked the name is not rebound).
fn is_property(f: &ast::StmtFunctionDef) -> bool {
    matches!(f.decorator_list.as_slice(),
        [d] if matches!(&d.expression, ast::Expr::Name(n) if n.id.as_str() == "property"))
}

/// Every name a `global` statement declares, anywhere in the module.
pub(super) fn global_decls_anywhere(body: &[ast::Stmt], out: &mut HashSet<String>) {
    use ast::visitor::{Visitor, walk_stmt};
    struct V<'o>(&'o mut HashSet<String>);
    impl<'a> Visitor<'a> for V<'_> {
        fn visit_stmt(&mut self, s: &'a ast::Stmt) {
            if let ast::Stmt::Global(g) = s {
                self.0.extend(g.names.iter().map(|n| n.id.to_string()));
            }
            walk_stmt(self, s);
        }
    }
    let mut v = V(out);
    for s in body {
        v.visit_stmt(s);
    }
}
