//! Typed classes: instances of the classes `molt_front` made static
//! (`Module::classes`) get the type `Obj(mask)` when the whole program lets molt know their
//! attributes, and then:
//! - each instance field (a name stored as `x.name = v`) has one type for all classes,
//!   the join of every store to that name (a store through a dynamic receiver makes it
//!   `Dyn`); the runtime keeps fields in slots of a per-class layout;
//! - a method call on an `Obj` receiver whose method every possible class resolves
//!   statically is a direct call of the method's static function (dispatching on the
//!   class when they differ), with typed arguments;
//! - `C(args)` allocates the instance and calls the typed `__init__` directly.
//!
//! A method that dynamic code may call (its name is looked up on a dynamic value, it is a
//! special method the runtime calls, ...) takes dynamic arguments, except the instance:
//! dynamic calls reach it only through an instance of its class or a subclass.
//!
//! Codegen still represents an `Obj` as a `Value` (`resolve` gives `Dyn`); the plans here
//! say where typed code may be emitted.

use super::*;
use molt_front::hir_visit::{self, Visitor};
use std::collections::{BTreeSet, HashSet};

/// Receivers typed this way may be these classes (bit k: `Module::classes[k]`).
pub const MAX_CLASSES: usize = 64;

/// A method call planned statically.
#[derive(Debug, Clone)]
pub struct MethodPlan {
    /// Per distinct target: the class tags (class indices) that reach it, and the method.
    pub targets: Vec<(Vec<u32>, FuncId)>,
    /// The receiver may be None, or of a class without the method: the call then
    /// raises AttributeError, dynamically (a tag match, not a direct call).
    pub optional: bool,
    /// `C.m(obj, ...)`: the arguments include the instance.
    pub unbound: bool,
}

/// What codegen needs to know about typed classes.
#[derive(Debug, Clone, Default)]
pub struct ClassTypes {
    /// Per `Module::classes` index: the field ids of its layout, in slot order (None: not
    /// typed, no layout).
    pub layouts: Vec<Option<Vec<u32>>>,
    /// Field names by id.
    pub field_names: Vec<String>,
    /// Field types by id.
    pub field_tys: Vec<Ty>,
    /// Typed field reads (`x.f` with x an `Obj`): the field id.
    pub reads: HashMap<ExprId, u32>,
    /// Typed field stores, by the receiver expression of the target.
    pub writes: HashMap<ExprId, u32>,
    pub calls: HashMap<ExprId, MethodPlan>,
    /// Binary operators calling the left operand's method (or, `unbound`, a number's
    /// right operand's reflected method) directly.
    pub binops: HashMap<ExprId, MethodPlan>,
    /// Property reads (`x.p` with p a typed read-only property) calling the getter.
    pub prop_reads: HashMap<ExprId, MethodPlan>,
    /// `C(args)` calling the typed `__init__` (None: the class has none, and no args).
    pub ctors: HashMap<ExprId, (u32, Option<FuncId>)>,
    /// `for x in obj` where every class obj may be an instance of gets the same
    /// generator `__iter__(self)`: that method, called directly (the loop iterates the
    /// generator it returns, or fuses its body).
    pub iters: HashMap<ExprId, FuncId>,
    /// Methods reached only by typed calls: their parameters are typed.
    pub static_methods: HashSet<FuncId>,
    /// Functions that always return an instance (or None): their `Dyn` return type is a
    /// `Value` that is never `NotImplemented`.
    pub obj_returns: HashSet<FuncId>,
}

impl ClassTypes {
    pub fn class_of_body(&self, m: &Module, body: FuncId) -> Option<usize> {
        m.classes
            .iter()
            .position(|c| c.body == body)
            .filter(|k| self.layouts.get(*k).is_some_and(|l| l.is_some()))
    }
}

/// The whole-program facts typed classes depend on, found before inference.
pub(super) struct ClassTable {
    pub typed: Vec<bool>,
    /// The class then its linearised bases (C3), as class indices.
    pub mro: Vec<Vec<usize>>,
    /// The class and all its subclasses.
    pub subs: Vec<u64>,
    /// Each class's namespace: Some(method) for a static method.
    pub ns: Vec<HashMap<String, Option<FuncId>>>,
    pub by_global: HashMap<GlobalId, usize>,
    /// Names that may be instance fields, numbered.
    pub field_ids: HashMap<String, u32>,
    pub field_names: Vec<String>,
    /// Fields that dynamic code stores (`setattr(x, "f", v)`): dynamic from the start.
    pub dyn_fields: Vec<u32>,
    /// References to a class that do not hand the class to dynamic code.
    pub quiet_refs: HashSet<ExprId>,
    /// A computed `getattr`: any method may be called dynamically.
    pub all_dyn: bool,
    /// The program may get hold of any class other than by its name (`__subclasses__()`,
    /// `__bases__`, `__mro__`, `type` or `classmethod` as a value) and call it, which runs
    /// the `__init__` it finds with any arguments: every `__init__` is then dynamic.
    pub class_values: bool,
    /// The objects `x` of `type(x)` / `x.__class__` whose class may be called: the
    /// `__init__` of x's classes is dynamic (inference knows them).
    pub class_value_objs: Vec<ExprId>,
    /// Classes (and their subclasses) with a classmethod, whose `cls` may be called.
    pub classmethod_classes: u64,
    /// Class attributes stored through the class (`C.count += 1`).
    pub class_stored: HashSet<String>,
    /// Each class's read-only properties: name to getter.
    pub props: Vec<HashMap<String, FuncId>>,
    /// The program reaches a property object's parts (`fget`, `__get__`, ...): a getter
    /// may be called with anything.
    pub props_dyn: bool,
    /// Each class's namespace constants that instances shadow with a field of the same
    /// name (`count = 0` in the body, `self.count = ...` in a method; a dataclass field's
    /// default): the field id and the values the class binds it to, which a read of an
    /// instance that never stored the field finds. Inherited: a subclass's entry is its
    /// defining class's.
    pub shadow: Vec<Vec<(u32, Vec<ExprId>)>>,
}

/// The names of class `c`'s namespace that an instance field may shadow, with the values
/// the class body binds them to: every binding of the name in the body is a plain
/// `name = <immutable literal>` at its top level or, in a dataclass, `name = field(...)`
/// (whose `default=` the decorator makes the class attribute; without one it deletes
/// it). Such a class attribute is no descriptor and cannot change unless stored through
/// the class, so a field read falling back to it (`field_get`'s generic path) finds a
/// value of a known type.
fn shadowable(m: &Module, c: &ClassInfo) -> HashMap<String, Vec<ExprId>> {
    struct Stores(HashMap<u32, usize>, bool);
    impl hir_visit::Visitor for Stores {
        fn stmt(&mut self, s: &Stmt) {
            if matches!(s.kind, StmtKind::Try { .. }) {
                self.1 = true;
            }
            hir_visit::walk_stmt(self, s);
        }
        fn target(&mut self, t: &Target) {
            if let TargetKind::Var(Var::Local(l)) = &t.kind {
                *self.0.entry(l.0).or_default() += 1;
            }
            hir_visit::walk_target(self, t);
        }
    }
    let f = &m.funcs[c.body.index()];
    let mut stores = Stores(HashMap::new(), false);
    hir_visit::walk_block(&mut stores, &f.body);
    if stores.1 {
        return HashMap::new();
    }
    let mut simple: HashMap<u32, (usize, Vec<ExprId>)> = HashMap::new();
    for s in &f.body {
        let StmtKind::Assign { targets, value } = &s.kind else {
            continue;
        };
        let [t] = targets.as_slice() else { continue };
        let TargetKind::Var(Var::Local(l)) = &t.kind else {
            continue;
        };
        let values = match &value.kind {
            _ if Expr::is_constant(value) => vec![value.id],
            ExprKind::Call {
                callee: Callee::Module(md, name),
                args,
                kwargs,
            } if c.dataclass && md == "dataclasses" && name == "field" && args.is_empty() => kwargs
                .iter()
                .filter(|(k, _)| k == "default")
                .map(|(_, v)| v.id)
                .collect(),
            _ => continue,
        };
        let e = simple.entry(l.0).or_default();
        e.0 += 1;
        e.1.extend(values);
    }
    let mut out: HashMap<String, Vec<ExprId>> = simple
        .into_iter()
        .filter(|(l, (n, _))| stores.0.get(l) == Some(n))
        .map(|(l, (_, v))| (f.locals[l as usize].name.clone(), v))
        .collect();
    // A name the body only annotates (`x: int`) is never bound: no class attribute.
    for l in &f.class_ns {
        if !stores.0.contains_key(&l.0) {
            out.insert(f.locals[l.index()].name.clone(), vec![]);
        }
    }
    out
}

#[derive(Default)]
struct Scan {
    /// `fget`, `__get__` and the like are read somewhere.
    props_dyn: bool,
    /// Attributes read from a global (`C.name`).
    global_reads: HashSet<(GlobalId, String)>,
    /// Attribute names stored through a receiver that is not a global.
    stored: HashSet<String>,
    /// Attribute names stored through a global (`C.count += 1`, `cfg.debug = True`).
    global_stores: HashSet<(GlobalId, String)>,
    setattr_names: HashSet<String>,
    /// Forbids typed classes altogether (computed setattr, `__dict__`, vars(), ...).
    kill: bool,
    all_dyn: bool,
    /// Class bodies made with a base that is a class global: (body, base globals).
    made: Vec<(FuncId, Vec<Option<GlobalId>>)>,
    quiet: HashSet<ExprId>,
    /// See `ClassTable::class_values`.
    class_values: bool,
    /// `type(x)` / `x.__class__` whose class only meets a name read or a comparison.
    quiet_class_values: HashSet<ExprId>,
    /// See `ClassTable::class_value_objs`.
    class_value_objs: Vec<ExprId>,
    /// The program may reach what an annotation evaluated to (`__annotations__`, a
    /// dataclass field's `.type`, `typing.get_type_hints`, a generic's `__args__`).
    annotations_read: bool,
    /// The function being walked (None: the module body).
    cur: Option<FuncId>,
    /// The functions (class bodies) that make a classmethod.
    classmethod_in: HashSet<FuncId>,
}

/// The object of `type(x)` (one argument) or `x.__class__`.
fn class_value_obj(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Attr(x, n) if n == "__class__" => Some(x),
        ExprKind::Call {
            callee: Callee::Builtin(b),
            args,
            kwargs,
        } if b == "type" && args.len() == 1 && kwargs.is_empty() => args.first(),
        _ => None,
    }
}

/// `type(x)` (one argument) or `x.__class__`: an expression giving an object's class.
fn class_value_expr(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Attr(_, n) => n == "__class__",
        ExprKind::Call {
            callee: Callee::Builtin(b),
            args,
            kwargs,
        } => b == "type" && args.len() == 1 && kwargs.is_empty(),
        _ => false,
    }
}

fn const_str(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Str(s) => Some(s),
        _ => None,
    }
}

fn global_name(e: &Expr) -> Option<GlobalId> {
    match e.kind {
        ExprKind::Name(Var::Global(g)) => Some(g),
        _ => None,
    }
}

impl Visitor for Scan {
    fn target(&mut self, t: &Target) {
        if let TargetKind::Attr { obj, name } = &t.kind {
            match global_name(obj) {
                Some(g) => {
                    self.global_stores.insert((g, name.clone()));
                    // Storing a class attribute does not hand the class to dynamic code.
                    self.quiet.insert(obj.id);
                }
                None => {
                    self.stored.insert(name.clone());
                }
            }
        }
        hir_visit::walk_target(self, t);
    }

    fn expr(&mut self, e: &Expr) {
        // A class got from an object is callable like its name (`type(self)(...)`), unless
        // all that is done with it is reading its name or comparing it.
        if class_value_expr(e) && !self.quiet_class_values.contains(&e.id) {
            match class_value_obj(e) {
                Some(x) => self.class_value_objs.push(x.id),
                None => self.class_values = true,
            }
        }
        match &e.kind {
            ExprKind::Attr(obj, n)
                if class_value_expr(obj)
                    && matches!(n.as_str(), "__name__" | "__qualname__" | "__module__") =>
            {
                self.quiet_class_values.insert(obj.id);
            }
            ExprKind::Compare(l, rest) => {
                for x in std::iter::once(&**l).chain(rest.iter().map(|(_, x)| x)) {
                    if class_value_expr(x) {
                        self.quiet_class_values.insert(x.id);
                    }
                }
            }
            // `object.__setattr__(x, "name", v)` stores an instance attribute.
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                ..
            } if b == "__molt_object_setattr" => match args.get(1).and_then(const_str) {
                Some(n) if !n.starts_with("__") => {
                    self.stored.insert(n.to_string());
                }
                _ => self.kill = true,
            },
            // `dataclasses.replace(x, ...)` calls x's class.
            ExprKind::Call {
                callee: Callee::Module(md, n),
                args,
                ..
            } if md == "dataclasses" && n == "replace" => match args.first() {
                Some(x) => self.class_value_objs.push(x.id),
                None => self.class_values = true,
            },
            ExprKind::ModuleAttr(md, n) if md == "dataclasses" && n == "replace" => {
                self.class_values = true;
            }
            ExprKind::Call {
                callee: Callee::Module(md, _),
                ..
            }
            | ExprKind::ModuleAttr(md, _)
                if md == "typing" || md == "inspect" =>
            {
                self.annotations_read = true;
            }
            // `@classmethod` (a reference called on the function) or `classmethod(f)`: in
            // a class body, `cls` is that class or a subclass.
            ExprKind::Call {
                callee: Callee::Builtin(b),
                ..
            }
            | ExprKind::BuiltinRef(b)
                if b == "classmethod" =>
            {
                match self.cur {
                    Some(f) => {
                        self.classmethod_in.insert(f);
                    }
                    None => self.class_values = true,
                }
            }
            // Other classes reached from a class.
            ExprKind::Attr(_, n)
            | ExprKind::Call {
                callee: Callee::Method(_, n),
                ..
            } if matches!(
                n.as_str(),
                "__subclasses__" | "__bases__" | "__base__" | "__mro__" | "mro"
            ) =>
            {
                self.class_values = true;
            }
            ExprKind::BuiltinRef(b) if b == "type" => {
                self.class_values = true;
            }
            _ => {}
        }
        match &e.kind {
            ExprKind::Attr(obj, name) => {
                if matches!(
                    name.as_str(),
                    "__dict__" | "__setattr__" | "__delattr__" | "__getattribute__" | "__slots__"
                ) {
                    self.kill = true;
                }
                if matches!(
                    name.as_str(),
                    "__annotations__" | "type" | "__args__" | "__origin__"
                ) {
                    self.annotations_read = true;
                }
                // A property's getter reached other than through the property of an
                // instance: `fget`, `__get__`, or a new property made from it (the
                // `@name.setter` of a class body reads its own, untyped, property).
                let own_prop = matches!(obj.kind, ExprKind::Name(Var::Local(_)));
                if matches!(name.as_str(), "fget" | "fset" | "fdel" | "__get__")
                    || (matches!(name.as_str(), "getter" | "setter" | "deleter") && !own_prop)
                {
                    self.props_dyn = true;
                }
                if let Some(g) = global_name(obj) {
                    self.global_reads.insert((g, name.clone()));
                }
                if name != "__init__"
                    && let Some(_) = global_name(obj)
                {
                    self.quiet.insert(obj.id);
                }
            }
            ExprKind::MakeClass { body, bases, .. } => {
                self.made
                    .push((*body, bases.iter().map(global_name).collect()));
                self.quiet.extend(bases.iter().map(|b| b.id));
            }
            ExprKind::Super(c, _) => {
                self.quiet.insert(c.id);
            }
            ExprKind::CallValue { func, .. } => {
                self.quiet.insert(func.id);
            }
            ExprKind::Call {
                callee: Callee::Method(r, name),
                ..
            } if name != "__init__" => {
                self.quiet.insert(r.id);
            }
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                ..
            } => match b.as_str() {
                "setattr" | "delattr" => match args.get(1).and_then(const_str) {
                    Some(n) if !n.starts_with("__") => {
                        self.setattr_names.insert(n.to_string());
                    }
                    _ => self.kill = true,
                },
                "getattr" | "hasattr" if args.get(1).and_then(const_str).is_none() => {
                    self.all_dyn = true;
                    self.annotations_read = true;
                }
                "getattr"
                    if args.get(1).and_then(const_str).is_some_and(|n| {
                        matches!(n, "__annotations__" | "type" | "__args__" | "__origin__")
                    }) =>
                {
                    self.annotations_read = true;
                }
                "vars" | "dir" => self.kill = true,
                "type" if args.len() == 3 => self.kill = true,
                "isinstance" | "issubclass" => {
                    if let Some(c) = args.get(1) {
                        self.quiet.insert(c.id);
                        if let ExprKind::Tuple(xs) = &c.kind {
                            self.quiet.extend(xs.iter().map(|x| x.id));
                        }
                    }
                }
                _ => {}
            },
            ExprKind::BuiltinRef(b)
                if matches!(
                    b.as_str(),
                    "setattr" | "delattr" | "vars" | "dir" | "getattr"
                ) =>
            {
                self.kill = true;
            }
            _ => {}
        }
        hir_visit::walk_expr(self, e);
    }
}

/// The global names an annotation reads directly or through `X[...]`, `X | Y` and tuples.
fn annotation_names(e: &Expr, out: &mut HashSet<ExprId>) {
    match &e.kind {
        ExprKind::Name(Var::Global(_)) => {
            out.insert(e.id);
        }
        ExprKind::Subscript(a, b) | ExprKind::Binary(BinOp::BitOr, a, b) => {
            annotation_names(a, out);
            annotation_names(b, out);
        }
        ExprKind::Tuple(xs) => xs.iter().for_each(|x| annotation_names(x, out)),
        _ => {}
    }
}

fn is_dunder(n: &str) -> bool {
    n.len() > 4 && n.starts_with("__") && n.ends_with("__")
}

/// C3 linearisation of class `k` (None: inconsistent; the class statement raises).
fn c3(
    k: usize,
    bases: &[Vec<usize>],
    memo: &mut Vec<Option<Option<Vec<usize>>>>,
) -> Option<Vec<usize>> {
    if let Some(r) = &memo[k] {
        return r.clone();
    }
    memo[k] = Some(None);
    let mut seqs: Vec<Vec<usize>> = vec![];
    for &b in &bases[k] {
        seqs.push(c3(b, bases, memo)?);
    }
    seqs.push(bases[k].clone());
    let mut out = vec![k];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            break;
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|h| seqs.iter().all(|s| !s[1..].contains(h)))?;
        out.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
    memo[k] = Some(Some(out.clone()));
    Some(out)
}

impl ClassTable {
    pub(super) fn build(m: &Module) -> ClassTable {
        let mut scan = Scan::default();
        // `hir_visit::walk_module`, with the function being walked known (for the
        // classmethods' classes).
        hir_visit::walk_block(&mut scan, &m.body);
        for (i, f) in m.funcs.iter().enumerate() {
            scan.cur = Some(FuncId(i as u32));
            hir_visit::walk_block(&mut scan, &f.body);
            for p in &f.params {
                if let Some(Default::Const(e)) = &p.default {
                    scan.expr(e);
                }
            }
        }
        // A class named in a class body's annotations is handed to no code that calls
        // it unless the program reads annotations back.
        if !scan.annotations_read {
            for f in &m.funcs {
                for st in &f.body {
                    if let StmtKind::Assign { targets, value } = &st.kind
                        && let [t] = targets.as_slice()
                        && let TargetKind::Var(Var::Local(l)) = &t.kind
                        && f.locals[l.index()].name == "__annotations__"
                        && !f.class_ns.is_empty()
                        && let ExprKind::Dict(items) = &value.kind
                    {
                        for (_, v) in items {
                            annotation_names(v, &mut scan.quiet);
                        }
                    }
                }
            }
        }
        let n = m.classes.len();
        let by_global: HashMap<GlobalId, usize> = m
            .classes
            .iter()
            .enumerate()
            .map(|(k, c)| (c.global, k))
            .collect();
        let mut ns: Vec<HashMap<String, Option<FuncId>>> = m
            .classes
            .iter()
            .map(|c| {
                let body = &m.funcs[c.body.index()];
                let mut names: HashMap<String, Option<FuncId>> = body
                    .class_ns
                    .iter()
                    .map(|l| (body.locals[l.index()].name.clone(), None))
                    .collect();
                for (name, fid) in &c.methods {
                    names.insert(name.clone(), Some(*fid));
                }
                names
            })
            .collect();
        // A store through a class global (`C.count += 1`) changes a class attribute, not an
        // instance's; through any other global it is an instance's (or a module's).
        let mut class_stored: HashSet<String> = HashSet::new();
        for (g, name) in &scan.global_stores {
            if by_global.contains_key(g) {
                class_stored.insert(name.clone());
            } else {
                scan.stored.insert(name.clone());
            }
        }
        let mut typed: Vec<bool> = (0..n).map(|k| !scan.kill && k < MAX_CLASSES).collect();
        // Namespace constants an instance field may shadow (`shadowable`); not one
        // stored through a class, whose type could change.
        let shadow_vals: Vec<HashMap<String, Vec<ExprId>>> = m
            .classes
            .iter()
            .map(|c| {
                let mut s = shadowable(m, c);
                s.retain(|a, _| !class_stored.contains(a) && !is_dunder(a));
                s
            })
            .collect();
        // A class whose namespace name is stored as an instance attribute anywhere (an
        // instance field shadowing it) keeps dynamic lookups, unless it is such a
        // constant; so does one whose method is replaced (`C.m = f`). A class attribute
        // that is not a method may change (`C.count += 1`): its reads stay dynamic
        // (`const_attr`).
        for k in 0..n {
            if ns[k].iter().any(|(a, m)| {
                (scan.stored.contains(a) && !shadow_vals[k].contains_key(a))
                    || scan.setattr_names.contains(a)
                    || (m.is_some() && class_stored.contains(a))
            }) {
                if std::env::var_os("MOLT_DEBUG_CLASSES").is_some() {
                    eprintln!("class {k} untyped: a namespace name is stored as an instance field");
                }
                typed[k] = false;
            }
        }
        // A class made from a typed class that is not one itself (a nested class, a
        // decorated one) is a subclass molt does not know: the base stays dynamic.
        let body_class: HashMap<FuncId, usize> = m
            .classes
            .iter()
            .enumerate()
            .map(|(k, c)| (c.body, k))
            .collect();
        let mut sub_of: Vec<Vec<usize>> = vec![vec![]; n];
        for (body, bases) in &scan.made {
            for g in bases.iter().flatten() {
                let Some(&b) = by_global.get(g) else { continue };
                match body_class.get(body) {
                    Some(&k) if m.classes[k].bases.contains(&b) => sub_of[b].push(k),
                    _ => typed[b] = false,
                }
            }
        }
        // A class is typed only with all its bases and subclasses.
        loop {
            let mut changed = false;
            for k in 0..n {
                if !typed[k] {
                    continue;
                }
                let bad = m.classes[k].bases.iter().any(|&b| !typed[b])
                    || sub_of[k].iter().any(|&s| !typed[s]);
                if bad {
                    typed[k] = false;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let bases: Vec<Vec<usize>> = m.classes.iter().map(|c| c.bases.clone()).collect();
        let mut memo = vec![None; n];
        let mut mro = vec![vec![]; n];
        for k in 0..n {
            match c3(k, &bases, &mut memo) {
                Some(l) => mro[k] = l,
                None => typed[k] = false,
            }
        }
        let mut subs = vec![0u64; n];
        for k in 0..n {
            if !typed[k] {
                continue;
            }
            for &a in &mro[k] {
                subs[a] |= 1u64 << k;
            }
        }
        for (k, t) in typed.iter().enumerate() {
            if !t {
                ns[k].clear();
            }
        }
        let props: Vec<HashMap<String, FuncId>> = m
            .classes
            .iter()
            .enumerate()
            .map(|(k, c)| match typed[k] {
                true => c.props.iter().cloned().collect(),
                false => HashMap::new(),
            })
            .collect();
        // Fields: stored names that no typed class binds in its namespace, but as a
        // constant an instance field may shadow.
        let class_names: HashSet<&String> = ns
            .iter()
            .zip(&shadow_vals)
            .flat_map(|(n, sh)| n.keys().filter(|a| !sh.contains_key(*a)))
            .collect();
        let mut field_names: Vec<String> = scan
            .stored
            .iter()
            .filter(|s| !is_dunder(s) && !class_names.contains(s))
            .cloned()
            .collect();
        field_names.sort();
        let field_ids: HashMap<String, u32> = field_names
            .iter()
            .enumerate()
            .map(|(i, s)| (s.clone(), i as u32))
            .collect();
        let dyn_fields = scan
            .setattr_names
            .iter()
            .filter_map(|s| field_ids.get(s).copied())
            .collect();
        let props_dyn = scan.props_dyn
            || scan
                .global_reads
                .iter()
                .any(|(g, n)| by_global.contains_key(g) && props.iter().any(|p| p.contains_key(n)));
        // A classmethod made in class k's body: its `cls` is k or a subclass. Made
        // anywhere else, it may belong to any class.
        let mut classmethod_classes = 0u64;
        for f in &scan.classmethod_in {
            match body_class.get(f) {
                Some(&k) => classmethod_classes |= subs[k],
                None => scan.class_values = true,
            }
        }
        // Each typed class's shadowed constants, found through its MRO.
        let shadow: Vec<Vec<(u32, Vec<ExprId>)>> = (0..n)
            .map(|k| {
                if !typed[k] {
                    return vec![];
                }
                let mut out = vec![];
                for (name, &fid) in &field_ids {
                    let Some(d) = mro[k].iter().copied().find(|&c| ns[c].contains_key(name)) else {
                        continue;
                    };
                    if let Some(v) = shadow_vals[d].get(name) {
                        out.push((fid, v.clone()));
                    }
                }
                out.sort_by_key(|(f, _)| *f);
                out
            })
            .collect();
        ClassTable {
            shadow,
            typed,
            mro,
            subs,
            ns,
            by_global,
            field_ids,
            field_names,
            dyn_fields,
            quiet_refs: scan.quiet,
            all_dyn: scan.all_dyn,
            class_values: scan.class_values,
            class_value_objs: scan.class_value_objs,
            classmethod_classes,
            class_stored,
            props_dyn,
            props,
        }
    }

    fn typed_class_of(&self, g: GlobalId) -> Option<usize> {
        self.by_global.get(&g).copied().filter(|&k| self.typed[k])
    }

    /// The first class of `k`'s MRO whose namespace binds `name`.
    fn defining(&self, k: usize, name: &str) -> Option<usize> {
        self.mro[k]
            .iter()
            .copied()
            .find(|&c| self.ns[c].contains_key(name))
    }

    /// Where `name` is found from class `k`'s MRO, starting after `after` when given.
    fn lookup(&self, k: usize, name: &str, after: Option<usize>) -> Option<Option<FuncId>> {
        let mro = &self.mro[k];
        let start = match after {
            Some(a) => mro.iter().position(|&c| c == a)? + 1,
            None => 0,
        };
        mro[start..]
            .iter()
            .find_map(|&c| self.ns[c].get(name).copied())
    }
}

/// The instance a direct method call passes.
#[derive(Clone, Copy)]
enum This {
    Tv(Tv),
    Mask(u64),
}

/// Adds class `k` to the plan target calling `fid` (one target per distinct method).
fn add_target(targets: &mut Vec<(Vec<u32>, FuncId)>, k: usize, fid: FuncId) {
    match targets.iter_mut().find(|(_, f)| *f == fid) {
        Some((tags, _)) => tags.push(k as u32),
        None => targets.push((vec![k as u32], fid)),
    }
}

fn mask_classes(mask: u64) -> impl Iterator<Item = usize> {
    (0..MAX_CLASSES).filter(move |k| mask & (1u64 << k) != 0)
}

/// The class state of a receiver: its mask, and whether it may be None.
fn obj_state(s: &State, inner: Option<State>) -> Option<(u64, bool)> {
    match s {
        State::Con(Ctor::Obj(m), _) => Some((*m, false)),
        State::Con(Ctor::Optional, _) => match inner {
            Some(State::Con(Ctor::Obj(m), _)) => Some((m, true)),
            _ => None,
        },
        _ => None,
    }
}

impl<'m> Infer<'m> {
    pub(super) fn obj_of(&mut self, t: Tv) -> Option<(u64, bool)> {
        let s = self.e.state(t);
        let inner = match &s {
            State::Con(Ctor::Optional, ch) => Some(self.e.state(ch[0])),
            _ => None,
        };
        obj_state(&s, inner)
    }

    /// Whether `o` is an `Obj` (or an optional one).
    pub(super) fn obj_of_any(&mut self, o: Tv) -> bool {
        self.obj_of(o).is_some()
    }

    pub(super) fn dyn_name(&mut self, name: &str) {
        if !self.dyn_names.contains(name) {
            if std::env::var_os("MOLT_DEBUG_CLASSES").is_some() {
                let f = self.func.map(|f| self.m.funcs[f.index()].qualname.clone());
                eprintln!("dyn name {name} in {f:?}");
            }
            self.dyn_names.insert(name.to_string());
            self.e.changed = true;
        }
    }

    /// Classes that dynamic code may construct: their `__init__` gets dynamic arguments.
    pub(super) fn dyn_init(&mut self, mask: u64) {
        if self.dyn_inits | mask != self.dyn_inits {
            if std::env::var_os("MOLT_DEBUG_CLASSES").is_some() {
                let f = self.func.map(|f| self.m.funcs[f.index()].qualname.clone());
                eprintln!("dynamic construction {mask:b} in {f:?}");
            }
            self.dyn_inits |= mask;
            self.e.changed = true;
        }
    }

    /// A typed class global read where it escapes to dynamic code: calling it there runs
    /// its `__init__` with any arguments.
    pub(super) fn class_ref(&mut self, e: &Expr, g: GlobalId) {
        if let Some(k) = self.cls.typed_class_of(g)
            && !self.cls.quiet_refs.contains(&e.id)
        {
            self.dyn_init(1u64 << k);
        }
    }

    /// The classes `type(x)` / `x.__class__` may give, for the objects the program calls
    /// that way (all of them when one is dynamic), with the classmethods' classes.
    fn class_value_inits(&mut self) {
        let mut mask = self.cls.classmethod_classes;
        for i in 0..self.cls.class_value_objs.len() {
            let t = self.exprs[self.cls.class_value_objs[i].index()];
            if let Some((m, _)) = self.obj_of(t) {
                mask |= m;
            } else if self.e.is_dyn(t) {
                mask = !0;
            }
        }
        self.dyn_init(mask);
    }

    /// `x.name` on an `Obj`: a typed field read. Returns false when not one.
    pub(super) fn obj_attr(&mut self, e: &Expr, obj: &Expr, o: Tv, name: &str) -> bool {
        let Some((mask, opt)) = self.obj_of(o) else {
            self.out.reads.remove(&e.id);
            self.out.prop_reads.remove(&e.id);
            // Only None so far: may become an optional instance.
            return self.e.ctor(o) == Some(Ctor::None);
        };
        let Some(&fid) = self.cls.field_ids.get(name) else {
            self.out.reads.remove(&e.id);
            let t = self.tv(e);
            if self.prop_read(e, mask, opt, name, t) {
                return true;
            }
            self.out.prop_reads.remove(&e.id);
            if self.const_attr(mask, name, t) {
                return true;
            }
            self.dyn_name(name);
            return false;
        };
        let _ = obj;
        let t = self.tv(e);
        self.field_read_into(mask, fid, t);
        self.out.reads.insert(e.id, fid);
        true
    }

    /// `x.p` where every class of `mask` finds `p` in its MRO as a typed read-only
    /// property: a direct call of the getter (dispatching on the class when several
    /// getters may answer). Returns false when not such a read.
    fn prop_read(&mut self, e: &Expr, mask: u64, optional: bool, name: &str, t: Tv) -> bool {
        // `C.p = v` replaces the property.
        if self.cls.props_dyn || self.cls.class_stored.contains(name) {
            return false;
        }
        let mut targets: Vec<(Vec<u32>, FuncId)> = vec![];
        for k in mask_classes(mask) {
            let Some(d) = self.cls.defining(k, name) else {
                return false;
            };
            let Some(&fid) = self.cls.props[d].get(name) else {
                return false;
            };
            if !self.bindable(fid, 1) {
                return false;
            }
            add_target(&mut targets, k, fid);
        }
        for (tags, fid) in &targets {
            let m = tags.iter().fold(0u64, |m, k| m | (1u64 << k));
            self.flow_args(*fid, This::Mask(m), &[]);
            let r = self.returns[fid.index()];
            self.e.flow(r, t);
        }
        self.out.prop_reads.insert(
            e.id,
            MethodPlan {
                targets,
                optional,
                unbound: false,
            },
        );
        true
    }

    /// `x.name` where every class of `mask` finds `name` in its MRO bound in a class body
    /// to a number, str, bool, None or tuple, never stored through the class: the value is read
    /// dynamically (the class attribute), but typed, and the instance does not escape (no
    /// descriptor can see it). Returns false when not such a read.
    fn const_attr(&mut self, mask: u64, name: &str, t: Tv) -> bool {
        if self.cls.class_stored.contains(name) {
            return false;
        }
        let m = self.m;
        let mut srcs = vec![];
        for k in mask_classes(mask) {
            let Some(d) = self.cls.defining(k, name) else {
                return false;
            };
            if self.cls.ns[d].get(name) != Some(&None) {
                return false;
            }
            let body = m.classes[d].body;
            let f = &m.funcs[body.index()];
            let Some(l) = f.class_ns.iter().find(|l| f.locals[l.index()].name == name) else {
                return false;
            };
            let tv = self.locals[body.index()][l.index()];
            match self.e.state(tv) {
                State::Unknown => {}
                // Immutable values, none a descriptor (a typed copy of a tuple is the
                // same tuple to the program).
                State::Con(
                    Ctor::Int | Ctor::Float | Ctor::Bool | Ctor::Str | Ctor::None | Ctor::Tuple(_),
                    _,
                ) => {}
                _ => return false,
            }
            srcs.push(tv);
        }
        for s in srcs {
            self.e.flow(s, t);
        }
        true
    }

    /// A read of field `fid` of an instance of one of the classes of `mask`, into `t`.
    pub(super) fn field_read_into(&mut self, mask: u64, fid: u32, t: Tv) {
        for k in mask_classes(mask) {
            if let Some(ft) = self.fields.get(k).map(|f| f[fid as usize]) {
                self.e.flow(ft, t);
            }
        }
    }

    /// `obj.name = v`: typed when `obj` is an `Obj` and `name` a field; a store through
    /// any other receiver makes the field dynamic.
    pub(super) fn obj_store(&mut self, obj: &Expr, o: Tv, name: &str, src: Tv) -> bool {
        let fid = self.cls.field_ids.get(name).copied();
        match (self.obj_of(o), fid) {
            (Some((mask, _)), Some(fid)) => {
                for k in mask_classes(mask) {
                    let ft = self.fields[k][fid as usize];
                    self.e.flow(src, ft);
                    if self.class_fields[k].insert(fid) {
                        self.e.changed = true;
                    }
                }
                self.out.writes.insert(obj.id, fid);
                true
            }
            (s, fid) => {
                self.out.writes.remove(&obj.id);
                // A receiver that is only None so far (or an optional of nothing known
                // yet) may become an optional instance: decided later, like reads.
                let unknown = s.is_none()
                    && (self.e.is_unknown(o)
                        || match self.e.state(o) {
                            State::Con(Ctor::None, _) => true,
                            State::Con(Ctor::Optional, ch) => {
                                matches!(self.e.state(ch[0]), State::Unknown)
                            }
                            _ => false,
                        });
                if let Some(fid) = fid
                    && !unknown
                {
                    if std::env::var_os("MOLT_DEBUG_CLASSES").is_some() {
                        let f = self.func.map(|f| self.m.funcs[f.index()].qualname.clone());
                        eprintln!("dyn store {name} in {f:?}: {:?}", self.e.state(o));
                    }
                    for k in 0..self.fields.len() {
                        let ft = self.fields[k][fid as usize];
                        self.e.make_dyn(ft);
                    }
                }
                false
            }
        }
    }

    /// `C(args)` for a typed class C.
    pub(super) fn obj_ctor(
        &mut self,
        e: &Expr,
        func: &Expr,
        args: &[Arg],
        kwargs: &[KwArg],
    ) -> bool {
        let Some(k) = global_name(func).and_then(|g| self.cls.typed_class_of(g)) else {
            return false;
        };
        let t = self.tv(e);
        self.e.flow_ctor(Ctor::Obj(1u64 << k), t);
        self.set_dyn(func);
        let pos: Option<Vec<&Expr>> = args
            .iter()
            .map(|a| match a {
                Arg::Pos(x) => Some(x),
                Arg::Star(_) => None,
            })
            .collect();
        let init = self.cls.lookup(k, "__init__", None);
        let plan = match (pos, kwargs.is_empty(), init) {
            (Some(pos), true, Some(Some(fid))) if self.bindable(fid, pos.len() + 1) => {
                let ats: Vec<Tv> = pos.iter().map(|a| self.expr(a)).collect();
                self.flow_args(fid, This::Mask(1u64 << k), &ats);
                Some(Some(fid))
            }
            (Some(pos), true, None) if pos.is_empty() => Some(None),
            _ => None,
        };
        match plan {
            Some(init) => {
                self.out.ctors.insert(e.id, (k as u32, init));
            }
            None => {
                self.out.ctors.remove(&e.id);
                // Made by the runtime: `__init__` gets dynamic arguments.
                self.dyn_init(1u64 << k);
                for a in args {
                    let (Arg::Pos(x) | Arg::Star(x)) = a;
                    let xt = self.expr(x);
                    self.escape_to_dyn(xt);
                }
                for kw in kwargs {
                    let kt = self.expr(&kw.value);
                    self.escape_to_dyn(kt);
                }
            }
        }
        true
    }

    /// Whether a direct call with `n` positional arguments (the instance included) binds
    /// to method `fid`'s parameters, the rest taking their defaults.
    fn bindable(&self, fid: FuncId, n: usize) -> bool {
        let f = &self.m.funcs[fid.index()];
        let plain = f
            .params
            .iter()
            .all(|p| matches!(p.kind, ParamKind::Normal | ParamKind::PositionalOnly));
        let required = f.params.iter().filter(|p| p.default.is_none()).count();
        plain
            && n <= f.params.len()
            && n >= required
            && f.params[n..]
                .iter()
                .all(|p| matches!(p.default, Some(Default::Const(_) | Default::Global(_))))
    }

    /// The type variables of function `fid`'s parameters, in order.
    fn param_tvs(&self, fid: FuncId) -> Vec<Tv> {
        self.m.funcs[fid.index()]
            .params
            .iter()
            .map(|p| self.locals[fid.index()][p.local.index()])
            .collect()
    }

    /// Flows a direct call's instance and arguments into method `fid`'s parameters (the
    /// rest take their defaults).
    fn flow_args(&mut self, fid: FuncId, this: This, ats: &[Tv]) {
        let f = &self.m.funcs[fid.index()];
        let ps = self.param_tvs(fid);
        match this {
            This::Tv(t) => self.e.flow(t, ps[0]),
            This::Mask(m) => self.e.flow_ctor(Ctor::Obj(m), ps[0]),
        }
        for (a, p) in ats.iter().zip(&ps[1..]) {
            self.e.flow(*a, *p);
        }
        for (i, p) in f.params.iter().enumerate().skip(ats.len() + 1) {
            match &p.default {
                Some(Default::Const(d)) => {
                    let dt = self.expr(d);
                    self.e.flow(dt, ps[i]);
                }
                Some(Default::Global(g)) => {
                    let gt = self.globals[g.index()];
                    self.e.flow(gt, ps[i]);
                }
                _ => {}
            }
        }
    }

    /// The item type variable of `for x in obj` when obj is an instance whose classes
    /// all get the same generator `__iter__(self)` (recorded in `iters`); None leaves the
    /// loop to the dynamic iteration.
    pub(super) fn iter_method(&mut self, iter: &Expr) -> Option<Tv> {
        let found = self.iter_target(iter);
        match found {
            Some(fid) => {
                self.out.iters.insert(iter.id, fid);
                let t = self.tv(iter);
                self.flow_args(fid, This::Tv(t), &[]);
                self.yields[fid.index()]
            }
            None => {
                self.out.iters.remove(&iter.id);
                None
            }
        }
    }

    fn iter_target(&mut self, iter: &Expr) -> Option<FuncId> {
        let t = self.tv(iter);
        let (mask, optional) = self.obj_of(t)?;
        if optional || mask == 0 {
            return None;
        }
        let mut found = None;
        for k in mask_classes(mask) {
            let Some(Some(fid)) = self.cls.lookup(k, "__iter__", None) else {
                return None;
            };
            if found.is_some_and(|f| f != fid) {
                return None;
            }
            found = Some(fid);
        }
        let fid = found?;
        iter_generator(&self.m.funcs[fid.index()]).then_some(fid)
    }

    /// `recv.name(args)` (and `super().name(args)`, `C.name(obj, args)`) resolved to
    /// static methods. Returns false when it is not.
    pub(super) fn obj_call(
        &mut self,
        e: &Expr,
        recv: &Expr,
        name: &str,
        args: &[Expr],
        kwargs: &[(String, Expr)],
    ) -> bool {
        let plan = self.plan_call(recv, name, args.len(), kwargs.is_empty());
        let Some((recv_tv, plan)) = plan else {
            self.out.calls.remove(&e.id);
            // A receiver that is only None so far may become an optional instance
            // (`best = None` before `best = obj`): decided later.
            if !matches!(recv.kind, ExprKind::Super(..))
                && self.e.ctor(self.tv(recv)) == Some(Ctor::None)
            {
                for a in args {
                    self.expr(a);
                }
                for (_, k) in kwargs {
                    self.expr(k);
                }
                return true;
            }
            return false;
        };
        let ats: Vec<Tv> = args.iter().map(|a| self.expr(a)).collect();
        let t = self.tv(e);
        for (tags, fid) in &plan.targets {
            let mask = tags.iter().fold(0u64, |m, k| m | (1u64 << k));
            let (this, rest) = if plan.unbound {
                (This::Tv(ats[0]), &ats[1..])
            } else {
                (This::Mask(mask), &ats[..])
            };
            self.flow_args(*fid, this, rest);
            let r = self.returns[fid.index()];
            self.e.flow(r, t);
        }
        let _ = recv_tv;
        self.out.calls.insert(e.id, plan);
        true
    }

    fn plan_call(
        &mut self,
        recv: &Expr,
        name: &str,
        nargs: usize,
        no_kwargs: bool,
    ) -> Option<(Tv, MethodPlan)> {
        if !no_kwargs || self.cls.field_ids.contains_key(name) {
            return None;
        }
        // `C.name(obj, ...)`: the function itself, with the instance passed explicitly.
        if let Some(k) = global_name(recv).and_then(|g| self.cls.typed_class_of(g)) {
            let Some(Some(fid)) = self.cls.lookup(k, name, None) else {
                return None;
            };
            if nargs == 0 || !self.bindable(fid, nargs) {
                return None;
            }
            let rt = self.tv(recv);
            self.e.make_dyn(rt);
            return Some((
                rt,
                MethodPlan {
                    targets: vec![(vec![], fid)],
                    optional: false,
                    unbound: true,
                },
            ));
        }
        // `super().name(...)`: the method after the class in each receiver class's MRO.
        let (rt, mask, optional, after) = match &recv.kind {
            ExprKind::Super(c, o) => {
                let ck = global_name(c).and_then(|g| self.cls.typed_class_of(g))?;
                let ot = self.expr(o);
                let (mask, opt) = self.obj_of(ot)?;
                let st = self.tv(recv);
                self.e.make_dyn(st);
                (ot, mask, opt, Some(ck))
            }
            _ => {
                let rt = self.expr(recv);
                let (mask, opt) = self.obj_of(rt)?;
                (rt, mask, opt, None)
            }
        };
        let mut targets: Vec<(Vec<u32>, FuncId)> = vec![];
        let mut missing = false;
        for k in mask_classes(mask) {
            let fid = match self.cls.lookup(k, name, after) {
                Some(Some(fid)) => fid,
                // No class in k's MRO defines the name, and no instance stores it (it is
                // not a field name): the dynamic call raises AttributeError there, like
                // Python, and reaches none of the targets.
                None if after.is_none() => {
                    missing = true;
                    continue;
                }
                _ => return None,
            };
            if !self.bindable(fid, nargs + 1) {
                return None;
            }
            add_target(&mut targets, k, fid);
        }
        if targets.is_empty() {
            return None;
        }
        Some((
            rt,
            MethodPlan {
                targets,
                optional: optional || missing,
                unbound: false,
            },
        ))
    }

    /// A binary operator with an instance operand: the runtime calls the left operand's
    /// method, then the right one's reflected method; their parameters get the operands.
    /// Returns false (nothing done) when no operand is an instance. When the left
    /// operand's classes all have the method (or the left operand is a number or string
    /// and the right one's classes all have the reflected method), `id` records a direct
    /// call; the result is then the methods' results, else dynamic.
    pub(super) fn obj_binop(
        &mut self,
        op: BinOp,
        l: Tv,
        r: Tv,
        out: Tv,
        id: Option<ExprId>,
    ) -> bool {
        let lo = self.obj_of(l);
        let ro = self.obj_of(r);
        if lo.is_none() && ro.is_none() {
            if let Some(id) = id {
                self.out.calls.remove(&id);
            }
            return false;
        }
        if self.e.is_unknown(l) || self.e.is_unknown(r) {
            // Decided once both operands are known.
            return true;
        }
        let (name, rname) = op_methods(op);
        let mut resolved = true;
        let mut direct: Option<MethodPlan> = None;
        let mut flow_side =
            |s: &mut Self, mask: u64, meth: &str, other: Tv| -> Option<Vec<(Vec<u32>, FuncId)>> {
                let mut targets: Vec<(Vec<u32>, FuncId)> = vec![];
                let mut all = true;
                for k in mask_classes(mask) {
                    match s.cls.lookup(k, meth, None) {
                        Some(Some(fid)) if s.bindable(fid, 2) => {
                            s.flow_args(fid, This::Mask(1u64 << k), &[other]);
                            add_target(&mut targets, k, fid);
                        }
                        // Not defined: the operator tries the other side (or raises).
                        None => all = false,
                        // Defined some other way: dynamic code runs with the operands.
                        _ => {
                            all = false;
                            resolved = false;
                        }
                    }
                }
                all.then_some(targets)
            };
        let lt = match lo {
            Some((mask, false)) => flow_side(self, mask, name, r),
            Some((mask, true)) => {
                let _ = flow_side(self, mask, name, r);
                None
            }
            None => None,
        };
        let rt = match ro {
            Some((mask, _)) => flow_side(self, mask, rname, l),
            None => None,
        };
        if !resolved {
            self.escape_to_dyn(l);
            self.escape_to_dyn(r);
        }
        let scalar_left = matches!(
            self.e.ctor(l),
            Some(Ctor::Int | Ctor::Bool | Ctor::Float | Ctor::Str)
        );
        if let Some(targets) = lt {
            // A right operand of a subclass overriding the reflected method goes first.
            let priority = ro.is_some_and(|(rm, _)| {
                mask_classes(rm).any(|kb| {
                    mask_classes(lo.map_or(0, |x| x.0)).any(|ka| {
                        kb != ka
                            && self.cls.mro[kb].contains(&ka)
                            && self.cls.lookup(kb, rname, None) != self.cls.lookup(ka, rname, None)
                    })
                })
            });
            if !priority {
                direct = Some(MethodPlan {
                    targets,
                    optional: false,
                    unbound: false,
                });
            }
        } else if lo.is_none()
            && scalar_left
            && let Some(targets) = rt
        {
            direct = Some(MethodPlan {
                targets,
                optional: false,
                unbound: true,
            });
        }
        match (direct, id) {
            (Some(plan), Some(id)) => {
                for (_, fid) in &plan.targets {
                    let rv = self.returns[fid.index()];
                    self.e.flow(rv, out);
                }
                self.out.binops.insert(id, plan);
            }
            (_, id) => {
                if let Some(id) = id {
                    self.out.binops.remove(&id);
                }
                self.e.make_dyn(out);
            }
        }
        true
    }

    /// Each pass: the parameters of typed classes' methods. The instance is always one of
    /// the class or its subclasses; the other parameters are dynamic when dynamic code may
    /// call the method.
    pub(super) fn method_params(&mut self) {
        let m = self.m;
        self.class_value_inits();
        for (k, c) in m.classes.iter().enumerate() {
            if !self.cls.typed[k] {
                continue;
            }
            // An instance that never stored a shadowing field reads the class's value.
            for i in 0..self.cls.shadow[k].len() {
                let fid = self.cls.shadow[k][i].0 as usize;
                for j in 0..self.cls.shadow[k][i].1.len() {
                    let v = self.exprs[self.cls.shadow[k][i].1[j].index()];
                    let ft = self.fields[k][fid];
                    self.e.flow(v, ft);
                }
            }
            // A property's getter: the property calls it with an instance of the class or
            // a subclass; dynamic code reads the property of an escaped instance, and with
            // `fget` anything may be passed.
            for fid in self.cls.props[k].values().copied().collect::<Vec<_>>() {
                let ps = self.param_tvs(fid);
                if self.cls.props_dyn || self.cls.all_dyn {
                    for p in &ps {
                        self.e.make_dyn(*p);
                    }
                } else if let Some(p) = ps.first() {
                    self.e.flow_ctor(Ctor::Obj(self.cls.subs[k]), *p);
                    for p in &ps[1..] {
                        self.e.make_dyn(*p);
                    }
                }
                let escaped = self.e.obj_escaped & self.cls.subs[k] != 0;
                if escaped || self.cls.props_dyn || self.cls.all_dyn {
                    let r = self.returns[fid.index()];
                    self.escape_to_dyn(r);
                }
            }
            for (name, fid) in &c.methods {
                let f = &m.funcs[fid.index()];
                let ps = self.param_tvs(*fid);
                let mut first = true;
                for (p, par) in ps.iter().zip(&f.params) {
                    if first && matches!(par.kind, ParamKind::Normal | ParamKind::PositionalOnly) {
                        self.e.flow_ctor(Ctor::Obj(self.cls.subs[k]), *p);
                    }
                    first = false;
                }
                let escaped = self.e.obj_escaped & self.cls.subs[k] != 0;
                let dynamic = self.cls.all_dyn
                    || self.dyn_names.contains(name)
                    || (name == "__init__"
                        && (self.cls.class_values || self.dyn_inits & self.cls.subs[k] != 0))
                    || (is_dunder(name)
                        && name != "__init__"
                        && (escaped
                            || !(operator_method(name)
                                || (name == "__iter__" && iter_generator(f)))));
                if dynamic {
                    self.out.static_methods.remove(fid);
                    for p in &ps[1..] {
                        self.e.make_dyn(*p);
                    }
                    let r = self.returns[fid.index()];
                    self.escape_to_dyn(r);
                } else {
                    self.out.static_methods.insert(*fid);
                }
            }
        }
        // The fields of instances dynamic code holds are dynamic code's too.
        for k in mask_classes(self.e.obj_escaped) {
            if k >= self.class_fields.len() {
                break;
            }
            for f in self.class_fields[k].clone() {
                let ft = self.fields[k][f as usize];
                self.escape_to_dyn(ft);
            }
        }
        for k in 0..self.fields.len() {
            for i in 0..self.cls.field_names.len() {
                let ft = self.fields[k][i];
                self.boxed_field(ft);
            }
        }
    }

    /// Fields live in the instance as boxed values, so a mutable container in one must be
    /// the runtime's `List<Value>` (etc.) to be shared, not copied: its items must be
    /// dynamic, or instances (which codegen keeps as `Value`s too).
    fn boxed_field(&mut self, ft: Tv) {
        // An instance, or an optional one, is a `Value` already.
        if self.obj_of(ft).is_some() {
            return;
        }
        match self.e.state(ft) {
            State::Con(
                Ctor::List | Ctor::Dict | Ctor::DefaultDict | Ctor::Counter | Ctor::Set,
                ch,
            ) => {
                for c in ch {
                    let ok = matches!(self.e.state(c), State::Unknown | State::Dyn)
                        || self.obj_of(c).is_some();
                    if !ok {
                        self.e.make_dyn(c);
                    }
                }
            }
            State::Con(Ctor::Tuple(_) | Ctor::FrozenSet | Ctor::TupleVar, _) => {}
            _ => self.e.escape(ft),
        }
    }

    /// The layouts, once inference is done.
    pub(super) fn finish_classes(&mut self) -> ClassTypes {
        let mut out = std::mem::take(&mut self.out);
        out.layouts = (0..self.m.classes.len())
            .map(|k| {
                self.cls.typed[k]
                    .then(|| self.class_fields[k].iter().copied().collect::<Vec<u32>>())
            })
            .collect();
        out.field_names = self.cls.field_names.clone();
        // One type per field id for codegen (an augmented assignment's slot arithmetic):
        // the classes' common type, else dynamic.
        out.field_tys = (0..self.cls.field_names.len())
            .map(|fid| {
                let mut common: Option<Ty> = None;
                for k in 0..self.fields.len() {
                    if !self.class_fields[k].contains(&(fid as u32)) {
                        continue;
                    }
                    let t = self.resolve(self.fields[k][fid]);
                    common = match common {
                        None => Some(t),
                        Some(c) if c == t => Some(c),
                        Some(_) => Some(Ty::Dyn),
                    };
                }
                common.unwrap_or(Ty::Dyn)
            })
            .collect();
        out.obj_returns = (0..self.returns.len())
            .filter(|&i| {
                let r = self.returns[i];
                self.obj_of(r).is_some()
            })
            .map(|i| FuncId(i as u32))
            .collect();
        if std::env::var_os("MOLT_DEBUG_CLASSES").is_some() {
            eprintln!("typed: {:?}", self.cls.typed);
            eprintln!("dyn names: {:?}", self.dyn_names);
            eprintln!("dynamic constructions: {:b}", self.dyn_inits);
            eprintln!("escaped: {:b}", self.e.obj_escaped);
            for (n, t) in out.field_names.iter().zip(&out.field_tys) {
                eprintln!("field {n}: {t:?}");
            }
            if let Ok(fname) = std::env::var("MOLT_DEBUG_FUNC") {
                for (i, f) in self.m.funcs.iter().enumerate() {
                    if f.qualname == fname {
                        for (l, tv) in f.locals.iter().zip(self.locals[i].clone()) {
                            let s = self.e.state(tv);
                            let inner: Vec<State> = self
                                .e
                                .children(tv)
                                .iter()
                                .map(|c| self.e.state(*c))
                                .collect();
                            eprintln!("  {}: {tv:?} {s:?} {inner:?}", l.name);
                        }
                    }
                }
            }
        }
        out
    }
}

/// The special methods of a binary operator: (method, reflected method).
pub fn op_methods(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
    }
}

/// A generator `__iter__` taking only `self`: dynamic code calls it with nothing to
/// convert, so it may stay static (its items typed) when the instances do not escape.
fn iter_generator(f: &molt_front::hir::Function) -> bool {
    f.is_generator
        && f.params.len() == 1
        && matches!(
            f.params[0].kind,
            ParamKind::Normal | ParamKind::PositionalOnly
        )
}

/// Special methods the runtime calls only for the operators inference sees (binary,
/// reflected, unary): typed unless an instance reaches dynamic code.
fn operator_method(name: &str) -> bool {
    const UNARY: &[&str] = &["__neg__", "__pos__", "__abs__", "__invert__"];
    UNARY.contains(&name)
        || [
            BinOp::Add,
            BinOp::Sub,
            BinOp::Mul,
            BinOp::MatMul,
            BinOp::Div,
            BinOp::FloorDiv,
            BinOp::Mod,
            BinOp::LShift,
            BinOp::RShift,
            BinOp::BitAnd,
            BinOp::BitOr,
            BinOp::BitXor,
        ]
        .iter()
        .any(|op| {
            let (a, b) = op_methods(*op);
            a == name || b == name
        })
}

/// The locals a test proves not None (`x is not None`, alone or as a conjunct of an
/// `and`), among those `body` never assigns and no closure shares.
fn not_none_tests(test: &Expr, out: &mut Vec<LocalId>) {
    match &test.kind {
        ExprKind::Compare(a, rest) if rest.len() == 1 => {
            if let (ExprKind::Name(Var::Local(l)), (CmpOp::IsNot, b)) = (&a.kind, &rest[0])
                && matches!(b.kind, ExprKind::None)
            {
                out.push(*l);
            }
        }
        ExprKind::BoolOp(BoolOpKind::And, xs) => xs.iter().for_each(|x| not_none_tests(x, out)),
        _ => {}
    }
}

struct Assigned(Vec<LocalId>);

impl Visitor for Assigned {
    fn target(&mut self, t: &Target) {
        if let TargetKind::Var(Var::Local(l)) = t.kind {
            self.0.push(l);
        }
        hir_visit::walk_target(self, t);
    }
    fn stmt(&mut self, s: &Stmt) {
        if let StmtKind::Try { handlers, .. } = &s.kind {
            for h in handlers {
                if let Some(Var::Local(l)) = h.name {
                    self.0.push(l);
                }
            }
        }
        hir_visit::walk_stmt(self, s);
    }
}

impl<'m> Infer<'m> {
    pub(super) fn not_none_locals(
        &self,
        test: &Expr,
        body: &[Stmt],
    ) -> Vec<(Option<FuncId>, LocalId)> {
        let mut ls = vec![];
        not_none_tests(test, &mut ls);
        if ls.is_empty() {
            return vec![];
        }
        let mut a = Assigned(vec![]);
        hir_visit::walk_block(&mut a, body);
        let cells: &[LocalId] = match self.func {
            Some(f) => &self.m.funcs[f.index()].cells,
            None => &self.m.module_cells,
        };
        ls.into_iter()
            .filter(|l| !a.0.contains(l) && !cells.contains(l))
            .map(|l| (self.func, l))
            .collect()
    }

    /// Visits a test whose later `and` conjuncts see the locals its `is not None`
    /// conjuncts proved.
    pub(super) fn expr_narrowing(&mut self, test: &Expr, narrowed: &[(Option<FuncId>, LocalId)]) {
        match &test.kind {
            ExprKind::BoolOp(BoolOpKind::And, xs) if !narrowed.is_empty() => {
                let n = self.narrowed.len();
                self.set_ctor(test, Ctor::Bool);
                for x in xs {
                    self.truth_test(x);
                    let mut ls = vec![];
                    not_none_tests(x, &mut ls);
                    self.narrowed.extend(
                        ls.into_iter()
                            .map(|l| (self.func, l))
                            .filter(|p| narrowed.contains(p)),
                    );
                }
                self.narrowed.truncate(n);
            }
            _ => self.truth_test(test),
        }
    }
}

pub(super) fn new_class_fields(m: &Module) -> Vec<BTreeSet<u32>> {
    vec![BTreeSet::new(); m.classes.len()]
}
