//! `@dataclass` classes whose `__init__` molt can write out itself.
//!
//! CPython's decorator generates `__init__` as Python source (Lib/dataclasses.py
//! `_init_fn`) and keeps one the class body defines. Right after parsing, a plain
//! top-level dataclass (see [`plain_dataclass`]) gets that same `def __init__` appended
//! to its body, so it is an ordinary method of the class: the class can be a typed class
//! (lower_class.rs `plan_static_classes`), its fields typed by what the program passes.
//! The runtime decorator still runs and adds everything else (`__repr__`, `__eq__`, the
//! order methods, `__hash__`, `__match_args__`, `__dataclass_fields__`); it leaves the
//! body's `__init__` alone, as CPython's does.
//!
//! The generated text, for `x: int`, `y: int = 0`, `tags: list = field(default_factory=list)`:
//!
//! ```python
//! def __init__(self, x, y=y, tags=<factory sentinel>):
//!     self.x = x
//!     self.y = y
//!     self.tags = list() if tags is <factory sentinel> else tags
//!     self.__post_init__()          # when the body defines __post_init__
//! ```
//!
//! The `def` is the last statement of the class body, so a default `y=y` is evaluated in
//! the class scope after the body ran: it is the class attribute the decorator would take
//! as the default. The sentinel is `dataclasses._HAS_DEFAULT_FACTORY` (a name no source
//! can spell, resolved by the lowerer). A default factory is evaluated again at each
//! call instead of once at class creation, so only factories that evaluate to the same
//! object are accepted: names bound at most once in the module, attributes of them, and
//! lambdas over such names.

use super::{Resolved, collect_bindings, lower_cache::count_import_bindings, walrus_names};
use crate::hir::{Callee, ExprKind};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// The name the generated `__init__` uses for `dataclasses._HAS_DEFAULT_FACTORY`.
pub(crate) const FACTORY_SENTINEL: &str = "<dataclasses._HAS_DEFAULT_FACTORY>";
/// The name the generated `__init__` of a frozen dataclass calls for
/// `object.__setattr__` (the lowerer makes it the builtin `__molt_object_setattr`).
pub(crate) const OBJECT_SETATTR: &str = "<object.__setattr__>";

/// What the module's names mean, for the decorator and `field`.
pub(crate) struct DcNames {
    /// Module-level binding count of each name (imports, defs, classes, assignments).
    count: HashMap<String, usize>,
    /// Names some function declares `global`.
    declared: HashSet<String>,
    /// `from dataclasses import NAME as local`: local -> NAME.
    from: HashMap<String, String>,
    /// `import dataclasses as local`.
    module: HashSet<String>,
}

impl DcNames {
    pub(crate) fn of(body: &[Stmt]) -> DcNames {
        let mut bound = vec![];
        collect_bindings(body, &mut bound, true);
        walrus_names(body, &mut bound);
        let mut count: HashMap<String, usize> = HashMap::new();
        for (n, _) in bound {
            *count.entry(n).or_default() += 1;
        }
        for s in body {
            if let Stmt::FunctionDef(f) = s {
                *count.entry(f.name.id.to_string()).or_default() += 1;
            }
        }
        count_import_bindings(body, &mut count);
        let mut declared = HashSet::new();
        super::lower_class::global_decls_anywhere(body, &mut declared);
        let mut from = HashMap::new();
        let mut module = HashSet::new();
        for s in body {
            match s {
                Stmt::ImportFrom(i)
                    if i.level == 0
                        && i.module
                            .as_ref()
                            .is_some_and(|m| m.id.as_str() == "dataclasses") =>
                {
                    for a in &i.names {
                        let local = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                        from.insert(local, a.name.id.to_string());
                    }
                }
                Stmt::Import(i) => {
                    for a in &i.names {
                        if a.name.id.as_str() == "dataclasses" {
                            let local = a.asname.as_ref().map_or("dataclasses", |n| n.id.as_str());
                            module.insert(local.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        DcNames {
            count,
            declared,
            from,
            module,
        }
    }

    /// A name whose value never changes once bound: bound at most once at module level
    /// (or a builtin, bound nowhere) and declared `global` nowhere.
    fn stable(&self, n: &str) -> bool {
        self.count.get(n).copied().unwrap_or(0) <= 1 && !self.declared.contains(n)
    }

    /// Whether `e` is `dataclasses.<what>` (through a stable import).
    fn is(&self, e: &Expr, what: &str) -> bool {
        match e {
            Expr::Name(n) => {
                let n = n.id.as_str();
                self.from.get(n).is_some_and(|w| w == what)
                    && self.count.get(n) == Some(&1)
                    && !self.declared.contains(n)
            }
            Expr::Attribute(a) => {
                a.attr.id.as_str() == what
                    && matches!(a.value.as_ref(), Expr::Name(m)
                        if self.module.contains(m.id.as_str())
                            && self.count.get(m.id.as_str()) == Some(&1)
                            && !self.declared.contains(m.id.as_str()))
            }
            _ => false,
        }
    }
}

/// A field of a plain dataclass, in definition order.
#[derive(Clone)]
struct DcField {
    name: String,
    init: bool,
    kw_only: bool,
    default: Dflt,
}

#[derive(Clone)]
enum Dflt {
    None,
    /// A field inherited with a default: the base's class attribute `Base.x` (the
    /// decorator made the default the class attribute).
    Inherited(String),
    /// `x: T = v`: the class attribute `x`.
    ClassAttr,
    /// `field(default=v)`: `v` itself when a literal, else the field's `.default`.
    Value(Expr),
    /// `field(default_factory=f)`.
    Factory(Expr),
}

/// The plan of a plain dataclass: its fields (inherited ones first), and whether its
/// body defines `__init__` / it has `__post_init__`.
#[derive(Clone)]
pub(crate) struct DcPlan {
    fields: Vec<DcField>,
    own_init: bool,
    post_init: bool,
    init: bool,
    frozen: bool,
}

/// The plain dataclasses of a module body, by class name, in order (a base is planned
/// before its subclasses).
pub(crate) fn plan_all(body: &[Stmt], names: &DcNames, source: &str) -> HashMap<String, DcPlan> {
    let mut out = HashMap::new();
    for s in body {
        if let Stmt::ClassDef(c) = s
            && let Some(p) = plain_dataclass(c, names, source, &out)
        {
            out.insert(c.name.id.to_string(), p);
        }
    }
    out
}

/// A top-level class decorated only by `dataclasses.dataclass` (bare or called with
/// literal options, none of slots, weakref_slot, kw_only), without keywords or type
/// parameters, without bases or with one that is a plain dataclass of `planned` of the
/// same frozenness, bound once, whose body is only a docstring, annotated fields,
/// plain assignments and `def`s, with no `ClassVar`/`InitVar`/`KW_ONLY` field, no
/// field bound twice, a default for every field after the first default, and defaults
/// and factories that can be written into a generated `__init__` (module docs).
/// None for anything else: those classes keep the runtime decorator's `__init__`.
fn plain_dataclass(
    c: &ast::StmtClassDef,
    names: &DcNames,
    source: &str,
    planned: &HashMap<String, DcPlan>,
) -> Option<DcPlan> {
    let [d] = c.decorator_list.as_slice() else {
        return None;
    };
    let mut init = true;
    let mut frozen = false;
    match &d.expression {
        Expr::Call(call) => {
            if !names.is(&call.func, "dataclass") || !call.arguments.args.is_empty() {
                return None;
            }
            for k in &call.arguments.keywords {
                let Expr::BooleanLiteral(b) = &k.value else {
                    return None;
                };
                match k.arg.as_ref()?.id.as_str() {
                    "init" => init = b.value,
                    "frozen" => frozen = b.value,
                    "repr" | "eq" | "order" | "unsafe_hash" | "match_args" => {}
                    "slots" | "weakref_slot" | "kw_only" if !b.value => {}
                    _ => return None,
                }
            }
        }
        e if names.is(e, "dataclass") => {}
        _ => return None,
    }
    if c.type_params.is_some() || c.arguments.as_ref().is_some_and(|a| !a.keywords.is_empty()) {
        return None;
    }
    // dataclasses collects the fields of the bases' `__dataclass_fields__` first.
    let (mut fields, base_post_init, base) = match c.arguments.as_ref().map(|a| &a.args[..]) {
        None | Some([]) => (vec![], false, None),
        Some([Expr::Name(b)]) => {
            let bp = planned.get(b.id.as_str())?;
            let b = b.id.to_string();
            if bp.frozen != frozen || names.count.get(&b) != Some(&1) || names.declared.contains(&b)
            {
                return None;
            }
            let inherited = bp
                .fields
                .iter()
                .map(|f| DcField {
                    default: match &f.default {
                        Dflt::None => Dflt::None,
                        Dflt::Factory(e) => Dflt::Factory(e.clone()),
                        _ => Dflt::Inherited(b.clone()),
                    },
                    ..f.clone()
                })
                .collect();
            (inherited, bp.post_init, Some(b))
        }
        _ => return None,
    };
    let inherited = fields.len();
    let mut others: HashSet<String> = HashSet::new();
    let mut defs: HashSet<String> = HashSet::new();
    for (i, s) in c.body.iter().enumerate() {
        match s {
            Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => {}
            Stmt::Pass(_) => {}
            Stmt::FunctionDef(f) => {
                others.insert(f.name.id.to_string());
                defs.insert(f.name.id.to_string());
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    let Expr::Name(n) = t else { return None };
                    others.insert(n.id.to_string());
                }
            }
            Stmt::AnnAssign(a) => {
                let Expr::Name(n) = a.target.as_ref() else {
                    return None;
                };
                let r = a.annotation.range();
                let text = source.get(r.start().to_usize()..r.end().to_usize())?;
                if !a.simple
                    || ["ClassVar", "InitVar", "KW_ONLY"]
                        .iter()
                        .any(|w| text.contains(w))
                {
                    return None;
                }
                let name = n.id.to_string();
                let f = field_of(name, a.value.as_deref(), names)?;
                // A field of a base redefined keeps its place (the dict of fields).
                match fields.iter().position(|x| x.name == f.name) {
                    Some(i) if i < inherited => fields[i] = f,
                    Some(_) => return None,
                    None => fields.push(f),
                }
            }
            _ => return None,
        }
    }
    let own_init = others.contains("__init__");
    let post_init = defs.contains("__post_init__") || base_post_init;
    if fields
        .iter()
        .any(|f| others.contains(&f.name) || f.name == "self")
        || (others.contains("__post_init__") && !defs.contains("__post_init__"))
        || base.is_some_and(|b| others.contains(&b))
    {
        return None;
    }
    // dataclasses raises "non-default argument follows default argument" when it
    // decorates such a class: leave that to the runtime.
    let mut seen_default = false;
    for f in fields.iter().filter(|f| f.init && !f.kw_only) {
        match f.default {
            Dflt::None if seen_default => return None,
            Dflt::None => {}
            _ => seen_default = true,
        }
    }
    // A factory is evaluated in `__init__`, where `self` and the fields are parameters.
    let params: HashSet<&str> = fields
        .iter()
        .map(|f| f.name.as_str())
        .chain(["self"])
        .collect();
    for f in &fields {
        if let Dflt::Factory(e) = &f.default
            && !stable_expr(e, names, &params, &HashSet::new())
        {
            return None;
        }
    }
    Some(DcPlan {
        fields,
        own_init,
        post_init,
        init,
        frozen,
    })
}

/// A field's plan from the value of its annotated assignment.
fn field_of(name: String, value: Option<&Expr>, names: &DcNames) -> Option<DcField> {
    let mut f = DcField {
        name,
        init: true,
        kw_only: false,
        default: Dflt::None,
    };
    let Some(v) = value else { return Some(f) };
    let Expr::Call(call) = v else {
        // A mutable default makes the decorator raise ValueError: the runtime does it.
        if matches!(
            v,
            Expr::List(_)
                | Expr::Dict(_)
                | Expr::Set(_)
                | Expr::ListComp(_)
                | Expr::DictComp(_)
                | Expr::SetComp(_)
        ) {
            return None;
        }
        f.default = Dflt::ClassAttr;
        return Some(f);
    };
    if !names.is(&call.func, "field") {
        f.default = Dflt::ClassAttr;
        return Some(f);
    }
    if !call.arguments.args.is_empty() {
        return None;
    }
    for k in &call.arguments.keywords {
        let v = &k.value;
        match (k.arg.as_ref()?.id.as_str(), v) {
            ("default", _) if matches!(f.default, Dflt::None) => {
                f.default = Dflt::Value(match literal(v) {
                    true => v.clone(),
                    false => attr(name_expr(&f.name, v.range()), "default", v.range()),
                });
            }
            ("default_factory", _) if matches!(f.default, Dflt::None) => {
                f.default = Dflt::Factory(v.clone());
            }
            ("init", Expr::BooleanLiteral(b)) => f.init = b.value,
            ("kw_only", Expr::BooleanLiteral(b)) => f.kw_only = b.value,
            ("repr" | "compare", Expr::BooleanLiteral(_)) => {}
            ("hash", Expr::BooleanLiteral(_) | Expr::NoneLiteral(_)) => {}
            _ => return None,
        }
    }
    Some(f)
}

/// An immutable literal: evaluating it again gives an equal value of the same type.
fn literal(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(u) => matches!(u.operand.as_ref(), Expr::NumberLiteral(_)),
        Expr::Tuple(t) => t.elts.iter().all(literal),
        _ => false,
    }
}

/// Whether evaluating `e` inside the generated `__init__` gives what evaluating it in
/// the class body gave: stable names (none a parameter of `__init__`), attributes of
/// such, and lambdas whose free names are such.
fn stable_expr(e: &Expr, names: &DcNames, params: &HashSet<&str>, bound: &HashSet<String>) -> bool {
    match e {
        Expr::Name(n) => {
            let n = n.id.as_str();
            bound.contains(n) || (!params.contains(n) && names.stable(n))
        }
        Expr::Attribute(a) => stable_expr(&a.value, names, params, bound),
        Expr::Lambda(l) => {
            let mut inner = bound.clone();
            if let Some(p) = &l.parameters {
                if p.iter().any(|p| p.default().is_some()) {
                    return false;
                }
                inner.extend(p.iter().map(|p| p.name().id.to_string()));
            }
            free_names_stable(&l.body, names, params, &inner)
        }
        _ => false,
    }
}

/// Every name a lambda body reads is bound by the lambda or stable; the body may call,
/// index and compute (it runs at each call in CPython too), but not bind names.
fn free_names_stable(
    e: &Expr,
    names: &DcNames,
    params: &HashSet<&str>,
    bound: &HashSet<String>,
) -> bool {
    use ast::visitor::{Visitor, walk_expr};
    struct V<'a> {
        names: &'a DcNames,
        params: &'a HashSet<&'a str>,
        bound: &'a HashSet<String>,
        ok: bool,
    }
    impl<'b> Visitor<'b> for V<'_> {
        fn visit_expr(&mut self, e: &'b Expr) {
            match e {
                Expr::Name(n) => {
                    let n = n.id.as_str();
                    if !self.bound.contains(n) && (self.params.contains(n) || !self.names.stable(n))
                    {
                        self.ok = false;
                    }
                }
                // Scopes and bindings of their own: not worth following.
                Expr::Lambda(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_)
                | Expr::Named(_) => self.ok = false,
                _ => walk_expr(self, e),
            }
        }
    }
    let mut v = V {
        names,
        params,
        bound,
        ok: true,
    };
    v.visit_expr(e);
    v.ok
}

/// Appends the generated `__init__` to every plain dataclass of the module body that
/// does not define one (with `init=True`).
pub(crate) fn add_inits(body: &mut [Stmt], source: &str) {
    // The program may read functions' annotations (lower_import.rs `keep_annotations`):
    // CPython's `__init__` has them; the generated one would not.
    if source.contains("__annotations__") || source.contains("singledispatch") {
        return;
    }
    let names = DcNames::of(body);
    let plans = plan_all(body, &names, source);
    for s in body.iter_mut() {
        let Stmt::ClassDef(c) = s else { continue };
        let Some(plan) = plans.get(c.name.id.as_str()) else {
            continue;
        };
        if plan.own_init || !plan.init {
            continue;
        }
        let r = c.decorator_list[0].range();
        c.body.push(init_def(plan, r));
    }
}

fn name_expr(id: &str, r: TextRange) -> Expr {
    Expr::Name(ast::ExprName {
        node_index: ast::AtomicNodeIndex::NONE,
        range: r,
        id: id.into(),
        ctx: ast::ExprContext::Load,
    })
}

fn attr(value: Expr, name: &str, r: TextRange) -> Expr {
    Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::NONE,
        range: r,
        value: Box::new(value),
        attr: ast::Identifier::new(name, r),
        ctx: ast::ExprContext::Load,
    })
}

fn call0(func: Expr, r: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::NONE,
        range_start: r.start(),
        func: Box::new(func),
        arguments: ast::Arguments {
            range: r,
            node_index: ast::AtomicNodeIndex::NONE,
            args: Box::new([]),
            keywords: Default::default(),
        },
    })
}

/// `self.<name> = value`; in a frozen class (whose `__setattr__` raises)
/// `object.__setattr__(self, "<name>", value)`, as `_field_assign` writes it.
fn store(name: &str, value: Expr, frozen: bool, r: TextRange) -> Stmt {
    if frozen {
        let s = Expr::StringLiteral(ast::ExprStringLiteral {
            node_index: ast::AtomicNodeIndex::NONE,
            range: r,
            value: ast::StringLiteralValue::single(ast::StringLiteral {
                range: r,
                node_index: ast::AtomicNodeIndex::NONE,
                value: name.into(),
                flags: ast::StringLiteralFlags::empty(),
            }),
        });
        let mut call = call0(name_expr(OBJECT_SETATTR, r), r);
        if let Expr::Call(c) = &mut call {
            c.arguments.args = Box::new([name_expr("self", r), s, value]);
        }
        return Stmt::Expr(ast::StmtExpr {
            node_index: ast::AtomicNodeIndex::NONE,
            range: r,
            value: Box::new(call),
        });
    }
    let mut target = attr(name_expr("self", r), name, r);
    if let Expr::Attribute(a) = &mut target {
        a.ctx = ast::ExprContext::Store;
    }
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::NONE,
        range: r,
        targets: vec![target],
        value: Box::new(value),
    })
}

/// `def __init__(self, <fields>): self.<field> = ...` as `_init_fn` writes it.
fn init_def(plan: &DcPlan, r: TextRange) -> Stmt {
    let param = |n: &str, default: Option<Expr>| ast::ParameterWithDefault {
        range: r,
        node_index: ast::AtomicNodeIndex::NONE,
        parameter: ast::Parameter {
            range: r,
            node_index: ast::AtomicNodeIndex::NONE,
            name: ast::Identifier::new(n, r),
            annotation: None,
        },
        default: default.map(Box::new),
    };
    let mut args = vec![param("self", None)];
    let mut kwonly = vec![];
    let mut body = vec![];
    for f in &plan.fields {
        let default = match &f.default {
            Dflt::None => None,
            Dflt::ClassAttr => Some(name_expr(&f.name, r)),
            Dflt::Inherited(b) => Some(attr(name_expr(b, r), &f.name, r)),
            Dflt::Value(v) => Some(v.clone()),
            Dflt::Factory(_) => Some(name_expr(FACTORY_SENTINEL, r)),
        };
        if f.init {
            let p = param(&f.name, default);
            match f.kw_only {
                true => kwonly.push(p),
                false => args.push(p),
            }
        }
        let value = match (&f.default, f.init) {
            (Dflt::Factory(fac), true) => Expr::If(ast::ExprIf {
                node_index: ast::AtomicNodeIndex::NONE,
                range: r,
                test: Box::new(Expr::Compare(ast::ExprCompare {
                    node_index: ast::AtomicNodeIndex::NONE,
                    range: r,
                    left: Box::new(name_expr(&f.name, r)),
                    ops: Box::new([ast::CmpOp::Is]),
                    comparators: Box::new([name_expr(FACTORY_SENTINEL, r)]),
                })),
                body: Box::new(call0(fac.clone(), r)),
                orelse: Box::new(name_expr(&f.name, r)),
            }),
            (Dflt::Factory(fac), false) => call0(fac.clone(), r),
            (_, true) => name_expr(&f.name, r),
            // Not a parameter and no factory: the class attribute (if any) stands.
            (_, false) => continue,
        };
        body.push(store(&f.name, value, plan.frozen, r));
    }
    if plan.post_init {
        body.push(Stmt::Expr(ast::StmtExpr {
            node_index: ast::AtomicNodeIndex::NONE,
            range: r,
            value: Box::new(call0(attr(name_expr("self", r), "__post_init__", r), r)),
        }));
    }
    if body.is_empty() {
        body.push(Stmt::Pass(ast::StmtPass {
            node_index: ast::AtomicNodeIndex::NONE,
            range: r,
        }));
    }
    Stmt::FunctionDef(ast::StmtFunctionDef {
        node_index: ast::AtomicNodeIndex::NONE,
        range: r,
        is_async: false,
        decorator_list: Default::default(),
        name: ast::Identifier::new("__init__", r),
        type_params: None,
        parameters: Box::new(ast::Parameters {
            range: r,
            node_index: ast::AtomicNodeIndex::NONE,
            posonlyargs: Default::default(),
            args: args.into(),
            vararg: None,
            kwonlyargs: kwonly.into(),
            kwarg: None,
        }),
        returns: None,
        body: body.into(),
    })
}

impl super::Lowerer<'_> {
    /// `object.__setattr__(x, "name", v)` with the builtin `object` (or the generated
    /// `__init__`'s spelling of it): the internal builtin `__molt_object_setattr`, which
    /// inference makes a typed field store on an instance of a typed class, the slot
    /// written past the class's `__setattr__` as `object`'s does.
    pub(super) fn object_setattr(&mut self, c: &ast::ExprCall) -> Option<ExprKind> {
        let spelled = match c.func.as_ref() {
            Expr::Name(n) => n.id.as_str() == OBJECT_SETATTR,
            Expr::Attribute(a) => {
                a.attr.id.as_str() == "__setattr__"
                    && matches!(a.value.as_ref(), Expr::Name(o) if o.id.as_str() == "object"
                        && matches!(self.resolve("object"), Resolved::Builtin(b) if b == "object"))
            }
            _ => false,
        };
        if !spelled
            || !c.arguments.keywords.is_empty()
            || !matches!(&c.arguments.args[..], [_, Expr::StringLiteral(_), _])
        {
            return None;
        }
        let args = c
            .arguments
            .args
            .iter()
            .map(|a| self.lower_expr(a))
            .collect();
        Some(ExprKind::Call {
            callee: Callee::Builtin("__molt_object_setattr".into()),
            args,
            kwargs: vec![],
        })
    }
}
