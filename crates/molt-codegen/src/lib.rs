//! HIR + types -> Rust source. Codegen picks each value's Rust representation from its
//! inferred type (`Int`, `f64`, `List<T>`, ... or the dynamic `Value`) and emits calls into
//! molt-runtime, through `quote` and `prettyplease`.
//!
//! Architecture invariant: codegen never decides semantics. Types come from molt-types;
//! behaviour comes from the runtime. Where no typed operation fits, codegen boxes the
//! operands into `Value` and lets the runtime do what Python does.

mod assign;
mod bounds;
mod call;
mod closure;
mod expr;
mod fast;
mod fuse;
mod genexpr;
mod memo;
mod moves;
mod names;
mod objects;
mod rty;
mod stmt;

use molt_front::Diagnostic;
use molt_front::hir::*;
use molt_types::{Ty, TypeInfo};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::{HashMap, HashSet};

pub use names::rust_ident;

/// Where control goes for `return`, `break`, `continue` and raised errors, innermost last.
#[derive(Clone, Debug)]
enum Frame {
    /// A loop; `break_label` is the label of the block around loop+else when there is one.
    Loop {
        label: Ident,
        break_label: Ident,
        id: u32,
        /// `label` is a block (a fused generator's item), left by `continue`.
        cont_block: bool,
    },
    /// A region whose errors are caught: the body of a try, or of a handler/else whose
    /// try has a finally. `completion`: the block evaluates to rt::Completion (there is a
    /// finally) rather than to PyResult<()>.
    Catch { label: Ident, completion: bool },
    /// Inside an except handler: the exception being handled (for bare `raise`).
    /// `unbind`: what unbinds the handler's name when a `break`/`continue` leaves it.
    Handling { exc: Ident, unbind: TokenStream },
    /// Inside a finally block run after its try ended: `pending` (an `Option<PyErr>`)
    /// is the exception propagating through it, the context of any raised here.
    Finally { pending: Ident },
    /// Inside a closure returning PyResult: errors leave it with `?`.
    Closure,
    /// The body of a fused generator (fuse.rs): errors leaving it pass through PEP 479's
    /// StopIteration -> RuntimeError conversion.
    Pep479,
    /// The body of a function inlined at its call (fuse.rs `inline_consumer`): `return`
    /// leaves the labeled block `label` with the value.
    Inline { label: Ident },
}

pub struct Gen<'m> {
    m: &'m Module,
    info: &'m TypeInfo,
    diags: Vec<Diagnostic>,
    strs: Vec<String>,
    str_ids: HashMap<String, usize>,
    func: Option<FuncId>,
    local_idents: Vec<Ident>,
    optional_locals: HashSet<u32>,
    frames: Vec<Frame>,
    counter: u32,
    ret_ty: Ty,
    /// In a generator function, the type its yields are converted to.
    yield_ty: Ty,
    /// Functions with an i64 fast version (see fast.rs).
    fast: HashSet<u32>,
    /// Methods with a `__ref` entry that borrows `self` (objects.rs, `ref_self_ok`).
    ref_methods: HashSet<u32>,
    /// In the body of such an entry: the `self` local, a `&rt::Value`.
    borrowed_self: Option<u32>,
    /// The function whose body that is (a fused generator's body, emitted inside it, has
    /// locals of its own numbered alike).
    self_func: Option<FuncId>,
    /// Whether the body read or wrote fields through `__sv`, the view of the borrowed
    /// `self` (`rt::class::view`), which the entry then declares.
    self_view_used: bool,
    /// For the next `dispatch_or`: the receiver is the borrowed `self`, whose class tag
    /// its view gives.
    recv_view: Option<TokenStream>,
    /// Int locals of the current body that always fit in an i64 (see bounds.rs): Rust i64s.
    native: HashSet<u32>,
    /// Ranges of the current body's int expressions.
    ranges: HashMap<ExprId, bounds::Range>,
    /// Locals bound at each loop's start in the current body (for fast loops).
    loop_entries: HashMap<(u32, u32), HashSet<u32>>,
    /// Locals of the current body captured by nested functions (closure cells).
    cells: HashSet<u32>,
    /// Module-level functions used as values (they get a `name__value()` object).
    value_funcs: std::collections::BTreeSet<u32>,
    /// The current body is a fused generator's (fuse.rs).
    fused: bool,
    /// In a fused generator expression: the consumer's cells for its free variables.
    free_remap: Option<Vec<TokenStream>>,
    /// The fused generators whose bodies are being emitted, innermost last.
    fuse_stack: Vec<fuse::Active>,
    fuse_fids: Vec<FuncId>,
    /// Planning fusion inside a function returning a generator (fuse.rs `Plan::Wrapper`):
    /// its locals are not the current body's, so no deferred local applies.
    plan_wrapped: std::cell::Cell<usize>,
    /// Every Python local name of the program (renamed fused locals avoid them).
    user_names: HashSet<String>,
    /// Locals of the current body holding a deferred generator call (fuse.rs).
    deferred: HashMap<u32, fuse::Deferred>,
    /// Per body, the assignments whose generator call may be deferred (fuse.rs).
    defer_sites: HashMap<Option<FuncId>, HashSet<(u32, u32)>>,
    /// Locals (of a body) assigned a deferred generator call: their Rust variable is
    /// never set, so nothing may drop it (stmt.rs `releases`).
    deferred_locals: HashSet<(Option<FuncId>, u32)>,
    /// The reads of the current body's locals that are their last use (moves.rs); empty
    /// while a fused generator's body is emitted.
    moves: HashSet<ExprId>,
    /// The value of the tuple assignment being emitted is a local given away (moves.rs):
    /// unpacking may take the items of an unshared tuple.
    owned_unpack: bool,
    /// The program reads the handled-exception state (`sys.exc_info()`, `traceback`):
    /// except handlers and finally blocks record the exception they handle
    /// (rt::exc_state).
    exc_state: bool,
}

/// The declaration of local `i` (Rust variable `id`, type `ty`) as the body holds it: a
/// closure cell, an unboxed i64, an `Option` while it may be unbound, or plain.
pub(crate) fn local_decl(
    id: &Ident,
    ty: &Ty,
    i: usize,
    cells: &HashSet<u32>,
    native: &HashSet<u32>,
    optional: &HashSet<u32>,
) -> TokenStream {
    let i = i as u32;
    let ty = rty::rust_type(ty);
    if cells.contains(&i) {
        quote! { let #id: rt::func::Cell<#ty> = rt::func::Cell::new(); }
    } else if native.contains(&i) {
        quote! { let mut #id: i64; }
    } else if optional.contains(&i) {
        quote! { let mut #id: Option<#ty> = None; }
    } else {
        quote! { let mut #id: #ty; }
    }
}

/// Whether the program reads the handled-exception state (see `Gen::exc_state`):
/// `sys.exc_info()`, the traceback module, logging (`exc_info=True`), an exception's `__context__` (CPython sets it
/// from the handled exception of any frame at each raise), a computed getattr (which may
/// read it), or a bare `raise` outside any except handler of its function (which
/// re-raises the exception a caller handles).
fn reads_exc_state(m: &Module) -> bool {
    use molt_front::hir_visit::{Visitor, walk_block, walk_expr, walk_stmt, walk_target};
    struct Find {
        found: bool,
        /// How many except handlers of the current function enclose the statement.
        handlers: u32,
    }
    impl Visitor for Find {
        fn stmt(&mut self, s: &Stmt) {
            match &s.kind {
                StmtKind::Raise { exc: None, .. } if self.handlers == 0 => self.found = true,
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    walk_block(self, body);
                    self.handlers += 1;
                    for h in handlers {
                        for t in &h.types {
                            if let ExcClass::Value(e) = t {
                                self.expr(e);
                            }
                        }
                        walk_block(self, &h.body);
                    }
                    self.handlers -= 1;
                    walk_block(self, orelse);
                    walk_block(self, finalbody);
                }
                _ => walk_stmt(self, s),
            }
        }
        fn target(&mut self, t: &Target) {
            if let TargetKind::Attr { name, .. } = &t.kind
                && name == "__context__"
            {
                self.found = true;
            }
            walk_target(self, t)
        }
        fn expr(&mut self, e: &Expr) {
            match &e.kind {
                ExprKind::ModuleAttr(md, f)
                | ExprKind::Call {
                    callee: Callee::Module(md, f),
                    ..
                } if md == "traceback" || md == "logging" || (md == "sys" && f == "exc_info") => {
                    self.found = true
                }
                // Also `getattr(e, "__context__")`, `attrgetter("__context__")`.
                ExprKind::Attr(_, name) | ExprKind::Str(name) if name == "__context__" => {
                    self.found = true
                }
                ExprKind::Call {
                    callee: Callee::Builtin(b),
                    args,
                    ..
                } if b == "getattr"
                    && !matches!(
                        args.get(1),
                        Some(Expr {
                            kind: ExprKind::Str(_),
                            ..
                        })
                    ) =>
                {
                    self.found = true
                }
                _ => {}
            }
            walk_expr(self, e)
        }
    }
    let mut v = Find {
        found: false,
        handlers: 0,
    };
    walk_block(&mut v, &m.body);
    for f in &m.funcs {
        v.handlers = 0;
        walk_block(&mut v, &f.body);
    }
    v.found
}

/// Generates the Rust program (a single `main.rs`) for a module.
pub fn generate(m: &Module, info: &TypeInfo) -> Result<String, Vec<Diagnostic>> {
    names::set_function_names(m);
    let mut g = Gen {
        m,
        info,
        diags: vec![],
        strs: vec![],
        str_ids: HashMap::new(),
        func: None,
        local_idents: vec![],
        optional_locals: HashSet::new(),
        frames: vec![],
        counter: 0,
        ret_ty: Ty::None,
        yield_ty: Ty::Dyn,
        fast: HashSet::new(),
        ref_methods: HashSet::new(),
        borrowed_self: None,
        self_func: None,
        self_view_used: false,
        recv_view: None,
        native: HashSet::new(),
        ranges: HashMap::new(),
        loop_entries: HashMap::new(),
        cells: HashSet::new(),
        value_funcs: std::collections::BTreeSet::new(),
        fused: false,
        free_remap: None,
        fuse_stack: vec![],
        fuse_fids: vec![],
        plan_wrapped: std::cell::Cell::new(0),
        user_names: m
            .funcs
            .iter()
            .flat_map(|f| f.locals.iter())
            .chain(m.module_locals.iter())
            .map(|l| l.name.clone())
            .collect(),
        deferred: HashMap::new(),
        defer_sites: HashMap::new(),
        deferred_locals: HashSet::new(),
        exc_state: reads_exc_state(m),
        moves: HashSet::new(),
        owned_unpack: false,
    };
    let tokens = g.module();
    if !g.diags.is_empty() {
        g.diags.sort_by_key(|d| d.span.start);
        g.diags.dedup();
        return Err(g.diags);
    }
    let file: syn::File = match syn::parse2(tokens) {
        Ok(f) => f,
        Err(e) => {
            return Err(vec![Diagnostic::error(
                molt_front::Span::default(),
                format!(
                    "internal error: molt generated invalid Rust ({e}); please report this program"
                ),
            )]);
        }
    };
    let header = format!(
        "// Generated by molt from {}. Do not edit by hand; edit the Python and re-run molt.\n",
        m.path
    );
    Ok(header + &prettyplease::unparse(&file))
}

impl<'m> Gen<'m> {
    fn error(&mut self, span: molt_front::Span, msg: impl Into<String>, hint: impl Into<String>) {
        self.diags.push(
            Diagnostic::error(span, msg)
                .label("not supported")
                .hint(hint),
        );
    }

    fn fresh(&mut self, base: &str) -> Ident {
        self.counter += 1;
        format_ident!("{}_{}", base, self.counter)
    }

    fn module(&mut self) -> TokenStream {
        let m = self.m;
        // Fast versions first (they decide which functions dispatch to them), then the
        // functions (they register string literals), then the module body.
        let fast_fns = self.fast_functions();
        self.ref_methods = self.ref_self_methods();
        let mut funcs = vec![];
        for (i, _) in m.funcs.iter().enumerate() {
            funcs.push(self.function(FuncId(i as u32)));
        }
        self.func = None;
        self.frames.clear();
        self.local_idents = names::idents_for(&m.module_locals);
        self.cells = m.module_cells.iter().map(|l| l.0).collect();
        self.optional_locals = assign::maybe_unbound_in(&[], &m.body);
        self.optional_locals.retain(|l| !self.cells.contains(l));
        self.ret_ty = Ty::None;
        self.set_bounds(None, &[], &m.body);
        let decls: Vec<TokenStream> = m
            .module_locals
            .iter()
            .enumerate()
            .map(|(i, _)| {
                local_decl(
                    &self.local_idents[i],
                    &self.info.module_locals[i],
                    i,
                    &self.cells,
                    &self.native,
                    &self.optional_locals,
                )
            })
            .collect();
        let body = self.block(&m.body);
        // The finalizer is declared last so that it is dropped first (FinalizeAtEnd).
        let body = quote! { #(#decls)* let __finalize = rt::genobj::FinalizeAtEnd; #body };
        let value_fns = self.value_fns();
        let memo_fns = self.memo_functions();
        let globals = self.globals_decl();
        let defined_flags = self.defined_flags_decl();
        let strs = self.strs_decl();
        let mod_name = names::module_ident(&m.name);
        let script = m.path.clone();
        quote! {
            #![forbid(unsafe_code)]

            fn main() {
                molt_runtime::rt::run_main(#script, #mod_name::__module__)
            }

            // Python names keep their spelling (`Circle`, `SIG_init__2`), and not every
            // helper is used by every program.
            #[allow(unused_mut, unused_variables, unused_assignments, unused_parens, unreachable_code, unused_imports, unused_labels, dead_code, non_snake_case, non_upper_case_globals, non_camel_case_types, clippy::all)]
            mod #mod_name {
                use molt_runtime as rt;
                use rt::{IntoPyIter, PyIter, PyObj};

                #strs
                #globals
                #defined_flags

                /// The module's top-level code.
                pub fn __module__() -> rt::PyResult<()> {
                    #body
                    Ok(())
                }

                #(#funcs)*

                #(#value_fns)*

                #(#memo_fns)*

                #(#fast_fns)*
            }
        }
    }

    fn globals_decl(&self) -> TokenStream {
        let fields = self.m.globals.iter().enumerate().map(|(i, _)| {
            let name = names::global_field(i, self.m);
            let ty = rty::rust_type(&self.info.globals[i]);
            quote! { #name: rt::Global<#ty>, }
        });
        let inits = self.m.globals.iter().enumerate().map(|(i, _)| {
            let name = names::global_field(i, self.m);
            quote! { #name: rt::Global::new(), }
        });
        quote! {
            /// The module's global variables (unset until assigned, as in Python).
            #[allow(non_snake_case)]
            struct Globals { #(#fields)* }
            thread_local! {
                static GLOBALS: Globals = const { Globals { #(#inits)* } };
            }
        }
    }

    fn defined_flags_decl(&self) -> TokenStream {
        let flags = self.m.funcs.iter().filter(|f| f.needs_defined_flag).map(|f| {
            let id = names::defined_flag(&f.name);
            quote! { thread_local! { static #id: std::cell::Cell<bool> = const { std::cell::Cell::new(false) }; } }
        });
        let mut fast: Vec<&u32> = self.fast.iter().collect();
        fast.sort();
        let switches = fast.into_iter().map(|i| {
            let id = fast::switch_ident(&self.m.funcs[*i as usize].rust_name);
            quote! { thread_local! { static #id: rt::fast::Switch = const { rt::fast::Switch::new() }; } }
        });
        // One `thread_local!` per static: the macro recurses once per item, and a program
        // with more than about 120 would pass rustc's recursion limit.
        quote! { #(#flags)* #(#switches)* }
    }

    fn strs_decl(&self) -> TokenStream {
        let items = self.strs.iter().enumerate().map(|(i, s)| {
            let id = format_ident!("STR_{}", i);
            // One macro call per constant (see `defined_flags_decl`).
            quote! { thread_local! { static #id: rt::Str = rt::Str::from(#s); } }
        });
        quote! { #(#items)* }
    }

    /// A cached string constant.
    fn str_const(&mut self, s: &str) -> TokenStream {
        if s.chars().count() <= 1 {
            return quote! { rt::Str::from(#s) };
        }
        let i = match self.str_ids.get(s) {
            Some(i) => *i,
            None => {
                let i = self.strs.len();
                self.strs.push(s.to_string());
                self.str_ids.insert(s.to_string(), i);
                i
            }
        };
        let id = format_ident!("STR_{}", i);
        quote! { #id.with(rt::Str::clone) }
    }

    fn function(&mut self, fid: FuncId) -> TokenStream {
        let f = &self.m.funcs[fid.index()];
        self.func = Some(fid);
        self.frames.clear();
        self.cells = f.cells.iter().map(|l| l.0).collect();
        self.optional_locals = assign::maybe_unbound(f);
        if f.class_body {
            // Class attributes are collected at the end only if bound: all may be unset.
            self.optional_locals.extend(f.class_ns.iter().map(|l| l.0));
        }
        self.optional_locals.retain(|l| !self.cells.contains(l));
        self.local_idents = names::local_idents(f);
        self.ret_ty = self.info.returns[fid.index()].clone();
        // Inside a generator's body, `return` gives the (boxed) StopIteration value.
        let gen_yields = f.is_generator.then(|| {
            let y = self.info.yields[fid.index()].clone().unwrap_or(Ty::Dyn);
            self.yield_ty = y.clone();
            self.ret_ty = Ty::Dyn;
            y
        });
        let params_ids: Vec<LocalId> = f.params.iter().map(|p| p.local).collect();
        self.set_bounds(Some(fid), &params_ids, &f.body);
        let name = names::func_ident(&f.rust_name);
        let mut params: Vec<TokenStream> = f
            .params
            .iter()
            .map(|p| {
                let id = &self.local_idents[p.local.index()];
                let ty = rty::rust_type(&self.info.locals[fid.index()][p.local.index()]);
                quote! { mut #id: #ty }
            })
            .collect();
        let param_set: HashSet<u32> = f.params.iter().map(|p| p.local.0).collect();
        let decls: Vec<TokenStream> = f
            .locals
            .iter()
            .enumerate()
            .filter(|(i, _)| !param_set.contains(&(*i as u32)))
            .map(|(i, _)| {
                local_decl(
                    &self.local_idents[i],
                    &self.info.locals[fid.index()][i],
                    i,
                    &self.cells,
                    &self.native,
                    &self.optional_locals,
                )
            })
            .collect();
        // Parameters that may be unbound (deleted) are stored as Option too; captured
        // ones move into their cell.
        let rebind: Vec<TokenStream> = f
            .params
            .iter()
            .filter_map(|p| {
                let id = &self.local_idents[p.local.index()];
                if self.cells.contains(&p.local.0) {
                    Some(quote! { let #id = rt::func::Cell::bound(#id); })
                } else if self.optional_locals.contains(&p.local.0) {
                    Some(quote! { let mut #id = Some(#id); })
                } else {
                    None
                }
            })
            .collect();
        let mut extra_items = quote! {};
        if f.class_body {
            params.push(quote! { __bases: Vec<rt::Value> });
            params.push(quote! { __kw: Vec<(rt::Str, rt::Value)> });
        }
        if f.dynamic {
            let env = closure::env_ident(f);
            // A generator keeps its environment alive (an Rc clone); other functions
            // borrow it, so a direct call can pass one made on the stack (call.rs).
            if f.is_generator {
                params.insert(0, quote! { __env: &std::rc::Rc<#env> });
            } else {
                params.insert(0, quote! { __env: &#env });
            }
            let sig = self.sig_decl(fid);
            let env_decl = self.env_decl(fid);
            extra_items = quote! { #sig #env_decl };
        }
        // A class body returns the class it makes.
        let ret = if f.class_body {
            quote! { rt::Value }
        } else {
            rty::rust_type(&self.ret_ty)
        };
        let by_ref = self.ref_methods.contains(&fid.0);
        self.borrowed_self = if by_ref {
            f.params.first().map(|p| p.local.0)
        } else {
            None
        };
        self.self_func = Some(fid);
        self.self_view_used = false;
        self.moves = moves::last_uses(&f.body, &self.m.releases);
        let body = self.block(&f.body);
        self.moves.clear();
        self.borrowed_self = None;
        self.self_func = None;
        let view_decl = if std::mem::take(&mut self.self_view_used) {
            let self_id = &self.local_idents[f.params[0].local.index()];
            quote! { let __sv = rt::class::view(#self_id); }
        } else {
            quote! {}
        };
        let end = if f.class_body {
            self.class_body_end(fid)
        } else if molt_types::flow::falls_through(&f.body) {
            let none = self.convert(quote! { () }, &Ty::None, &self.ret_ty.clone());
            quote! { Ok(#none) }
        } else {
            quote! { rt::rt::unreachable_end() }
        };
        let doc = if f.is_lambda {
            format!(" `lambda` (line {}).", self.line_of(f.span))
        } else {
            format!(" `def {}` (line {}).", f.qualname, self.line_of(f.span))
        };
        let fast_try = if self.fast.contains(&fid.0) {
            // Try the i64 version first; if it gives up, run this exact one.
            let sw = fast::switch_ident(&f.rust_name);
            let fname = fast::fast_ident(&f.rust_name);
            let mut binds = vec![];
            let mut args = vec![];
            for p in &f.params {
                let id = &self.local_idents[p.local.index()];
                let v = format_ident!("{}_i64", id.to_string().trim_start_matches("r#"));
                match self.info.locals[fid.index()][p.local.index()] {
                    Ty::Int => {
                        binds.push(quote! { let Some(#v) = #id.as_i64() else { break 'fast; }; })
                    }
                    _ => binds.push(quote! { let #v = #id; }),
                }
                args.push(v);
            }
            let ret_conv = match self.ret_ty {
                Ty::Int => quote! { rt::Int::Small(r) },
                _ => quote! { r },
            };
            quote! {
                'fast: {
                    if #sw.with(rt::fast::Switch::on) {
                        #(#binds)*
                        match #fname(#(#args,)* rt::fast::Depth::current()) {
                            Some(r) => return Ok(#ret_conv),
                            None => #sw.with(rt::fast::Switch::off),
                        }
                    }
                }
            }
        } else {
            quote! {}
        };
        if let Some(y) = gen_yields {
            // The body runs lazily, resumed by the generator object: an async block
            // polled by the runtime, where each `yield` is an await point. The call's
            // result is typed (`rt::Gen<T>`) when inference knows what it yields.
            let env_clone = if f.dynamic {
                quote! { let __env = std::rc::Rc::clone(__env); }
            } else {
                quote! {}
            };
            let pyname = f.name.clone();
            let qual = f.qualname.clone();
            let ret_ty = self.info.returns[fid.index()].clone();
            let ret = rty::rust_type(&ret_ty);
            let yt = rty::rust_type(&y);
            let gen_ty = Ty::Gen(Box::new(y));
            let made = quote! {
                rt::genobj::generator_typed::<#yt, _, _>(#pyname, #qual, move |__co: rt::genobj::Co| async move {
                    #(#decls)*
                    #body
                    #end
                })
            };
            let made = self.convert(made, &gen_ty, &ret_ty);
            return quote! {
                #extra_items
                #[doc = #doc]
                pub fn #name(#(#params),*) -> rt::PyResult<#ret> {
                    #(#rebind)*
                    #env_clone
                    Ok(#made)
                }
            };
        }
        if by_ref {
            // The by-value entry (for calls that own the receiver) lends it to `__ref`.
            let ref_name = crate::objects::ref_ident(&f.rust_name);
            let args: Vec<TokenStream> = f
                .params
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let id = &self.local_idents[p.local.index()];
                    if i == 0 {
                        quote! { &#id }
                    } else {
                        quote! { #id }
                    }
                })
                .collect();
            let self_id = &self.local_idents[f.params[0].local.index()];
            let ref_params = std::iter::once(quote! { #self_id: &rt::Value })
                .chain(params.iter().skip(1).cloned());
            return quote! {
                #extra_items
                #[doc = #doc]
                pub fn #name(#(#params),*) -> rt::PyResult<#ret> {
                    #ref_name(#(#args),*)
                }
                #[doc = #doc]
                pub fn #ref_name(#(#ref_params),*) -> rt::PyResult<#ret> {
                    let _guard = rt::rt::enter()?;
                    #view_decl
                    #(#rebind)*
                    #(#decls)*
                    #body
                    #end
                }
            };
        }
        quote! {
            #extra_items
            #[doc = #doc]
            pub fn #name(#(#params),*) -> rt::PyResult<#ret> {
                #fast_try
                let _guard = rt::rt::enter()?;
                #(#rebind)*
                #(#decls)*
                #body
                #end
            }
        }
    }

    /// Computes value ranges for a body and picks its native i64 locals.
    fn set_bounds(&mut self, func: Option<FuncId>, params: &[LocalId], body: &[Stmt]) {
        let b = bounds::analyze(self.info, func, params, body);
        let param_set: HashSet<u32> = params.iter().map(|p| p.0).collect();
        self.native = b
            .locals
            .iter()
            .filter(|(l, r)| {
                bounds::fits_i64(**r)
                    && !param_set.contains(l)
                    && !self.optional_locals.contains(l)
                    && !self.cells.contains(l)
            })
            .map(|(l, _)| *l)
            .collect();
        self.ranges = b.exprs;
        self.loop_entries = assign::loop_entry_sets(params, body);
    }

    fn line_of(&self, span: molt_front::Span) -> usize {
        Diagnostic::line_col(&self.m.source, span.start).0
    }

    fn var_ty(&self, v: Var) -> Ty {
        self.info.var(self.func, v).clone()
    }
}
