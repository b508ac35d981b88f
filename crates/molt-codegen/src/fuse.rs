//! Generator fusion. Where a generator's call is consumed on the spot (the iterable of a
//! `for`, of a comprehension, or the argument of `sum`/`any`/`all`/`list`/`tuple`/`set`/
//! `sorted`/`min`/`max`) and the generator object cannot be seen anywhere else, the
//! generator's body is emitted inline, each `yield v` replaced by the consumer's code for
//! one item. No generator object, no resumption, no boxing of items.
//!
//! Why this is exact: a generator consumed by one loop runs its body in the same order as
//! the fused code does (body up to a yield, consumer's code for the item, body again), so
//! only the places where the two differ need care, and fusion is refused there:
//! - the arguments are evaluated where the call is (before the loop), the body runs at the
//!   first item: setup (argument evaluation) comes first, the body after;
//! - the consumer's `break` abandons the generator, which CPython then closes: without a
//!   `try`/`with` in the body (refused) closing runs nothing;
//! - an exception from the consumer's code is not seen by the generator: the body has no
//!   `try` (refused), so nothing between the yield and the consumer can catch it;
//! - an exception leaving the body goes where `next()`'s would; a StopIteration becomes
//!   RuntimeError on the way (PEP 479, the `Frame::Pep479` marker, Objects/genobject.c
//!   gen_send_ex2);
//! - `return` ends the iteration (a labeled block around the body);
//! - yields only as statements (their value, None for a loop, is never used), no
//!   `yield from`, no recursion, no closures over the body's locals, no bare `raise`.
//!
//! A parameter of a fused generator whose argument is itself a fusable generator call is
//! fused too when the body iterates it exactly once: its only mention is the iterable of a
//! `for` that is not inside another loop.

use crate::{Frame, Gen, bounds, names, rty};
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::{HashMap, HashSet};

/// How deeply generators are fused into each other (the code of a consumer is copied at
/// each yield of the generator it consumes).
const MAX_DEPTH: usize = 6;
/// The consumer's code is copied at each yield, and an outer generator's code at each
/// yield of the one it iterates: the product of the yields along a chain is bounded.
const MAX_COPIES: usize = 8;
/// A generator body with more statements than this is not inlined (code size).
const MAX_STMTS: usize = 80;
/// At most this many iterables in a fused `chain(...)` (the loop's body is copied for
/// each).
const MAX_CHAIN: usize = 4;

/// The code generation state of one body (a function, the module, or a fused generator).
pub(crate) struct Ctx {
    func: Option<FuncId>,
    local_idents: Vec<Ident>,
    optional_locals: HashSet<u32>,
    cells: HashSet<u32>,
    native: HashSet<u32>,
    ranges: HashMap<ExprId, bounds::Range>,
    loop_entries: HashMap<(u32, u32), HashSet<u32>>,
    ret_ty: Ty,
    yield_ty: Ty,
    frames: Vec<Frame>,
    fused: bool,
    free_remap: Option<Vec<TokenStream>>,
    deferred: HashMap<u32, Deferred>,
    moves: HashSet<ExprId>,
}

/// A generator call assigned to a local that is read once later (`g = gen(x)` ... `for v
/// in g`): its arguments are evaluated at the assignment, its body is fused where the
/// local is read (or, if the read is not a fusable consumer, its generator object is made
/// there from the evaluated arguments).
pub(crate) struct Deferred {
    run: Run,
    /// The longest chain of fused generators in it, and the largest product of yields along
    /// one (as `plan_at` bounds them).
    depth: usize,
    copies: usize,
}

/// A fused generator whose body is being emitted.
pub(crate) struct Active {
    /// The consumer's code for one item, reading it from `item`.
    sink: TokenStream,
    item: Ident,
    /// `break` to this label ends the iteration (the body's `return`).
    end: Ident,
    /// Parameters bound to fused generators, consumed by the body's `for` over them.
    pending: HashMap<u32, Run>,
}

/// A fusable `zip(g, rest...)`'s item types, and each other argument's type with the
/// items its iterator gives.
type ZipTypes = (Vec<Ty>, Vec<(Ty, Ty)>);

/// What a fused call's argument binds its parameter to.
pub(crate) enum PlanArg<'e> {
    Value(&'e Expr),
    Global(GlobalId),
    Fused(Box<Plan<'e>>),
}

/// A fusable generator call, before its arguments are evaluated.
pub(crate) enum Plan<'e> {
    Call {
        fid: FuncId,
        args: Vec<PlanArg<'e>>,
        /// A generator expression (its function takes the closure environment).
        genexpr: bool,
    },
    /// A local holding a deferred generator call (already set up).
    Deferred(u32),
    /// `itertools.islice(g, ...)` of a fusable generator: the bounds (after g) are
    /// evaluated after g's arguments, and the run counts its items (`rt::modules::
    /// itertools::IsliceCount`).
    Islice(Box<Plan<'e>>, &'e [Expr]),
    /// `itertools.takewhile(pred, g)` of a fusable generator, pred a lambda (making it
    /// has no effect, so it may be made after g's arguments are evaluated).
    Takewhile(Box<Plan<'e>>, &'e Expr),
    /// A call of a plain function whose body is `return <fusable>`
    /// (`def evens(xs): return (x for x in xs if ...)`): its arguments are evaluated into
    /// its renamed parameters, then the returned generator's setup runs with them.
    Wrapper {
        fid: FuncId,
        args: Vec<PlanArg<'e>>,
        inner: Box<Plan<'e>>,
    },
}

/// What an itertools wrapper around a fused generator does at each of its items.
pub(crate) enum Stage {
    /// An `IsliceCount`.
    Islice(Ident),
    /// The predicate (a `Value`): the first item it rejects ends the iteration.
    Takewhile(Ident),
}

/// A fused generator after its setup: what emitting its body needs.
pub(crate) struct Run {
    ctx: Ctx,
    fid: FuncId,
    pending: HashMap<u32, Run>,
    /// Declarations of the body's own locals (the parameters are declared at the setup).
    decls: TokenStream,
    genexpr: bool,
    /// The islices and takewhiles around the generator, innermost first.
    stages: Vec<Stage>,
}

impl Run {
    pub(crate) fn yield_ty(&self) -> &Ty {
        &self.ctx.yield_ty
    }
}

impl<'m> Gen<'m> {
    fn take_ctx(&mut self) -> Ctx {
        Ctx {
            func: self.func,
            local_idents: std::mem::take(&mut self.local_idents),
            optional_locals: std::mem::take(&mut self.optional_locals),
            cells: std::mem::take(&mut self.cells),
            native: std::mem::take(&mut self.native),
            ranges: std::mem::take(&mut self.ranges),
            loop_entries: std::mem::take(&mut self.loop_entries),
            ret_ty: self.ret_ty.clone(),
            yield_ty: self.yield_ty.clone(),
            frames: std::mem::take(&mut self.frames),
            fused: self.fused,
            free_remap: self.free_remap.take(),
            deferred: std::mem::take(&mut self.deferred),
            moves: std::mem::take(&mut self.moves),
        }
    }

    fn put_ctx(&mut self, c: Ctx) {
        self.func = c.func;
        self.local_idents = c.local_idents;
        self.optional_locals = c.optional_locals;
        self.cells = c.cells;
        self.native = c.native;
        self.ranges = c.ranges;
        self.loop_entries = c.loop_entries;
        self.ret_ty = c.ret_ty;
        self.yield_ty = c.yield_ty;
        self.frames = c.frames;
        self.fused = c.fused;
        self.free_remap = c.free_remap;
        self.deferred = c.deferred;
        self.moves = c.moves;
    }

    /// Whether generator function `fid` is being fused around the current position (a
    /// call of it here must not be fused again: recursion).
    fn fusing(&self, fid: FuncId) -> bool {
        self.func == Some(fid) || self.fuse_fids.contains(&fid)
    }

    /// The plan for fusing `e`, when it is a fusable generator call.
    pub(crate) fn fuse_plan<'e>(&self, e: &'e Expr) -> Option<Plan<'e>>
    where
        'm: 'e,
    {
        self.plan_at(e, 0, 1)
    }

    fn plan_at<'e>(&self, e: &'e Expr, depth: usize, copies: usize) -> Option<Plan<'e>>
    where
        'm: 'e,
    {
        if depth + self.fuse_fids.len() >= MAX_DEPTH {
            return None;
        }
        // `for x in obj` through obj's static generator `__iter__` (inference's `iters`).
        if let Some(&fid) = self.info.classes.iters.get(&e.id) {
            return self.call_plan(fid, vec![Some(e)], depth, copies);
        }
        match &e.kind {
            ExprKind::CallFunc { func, args } if !self.m.funcs[func.index()].is_generator => self
                .wrapper_plan(
                    *func,
                    args.iter().map(Option::as_ref).collect(),
                    depth,
                    copies,
                ),
            ExprKind::CallFunc { func, args } => self.call_plan(
                *func,
                args.iter().map(Option::as_ref).collect(),
                depth,
                copies,
            ),
            // `obj.m(args)` of a generator method that inference resolved to one method
            // for every possible receiver (no None, no dispatch): the call of that function
            // with the receiver first. The receiver is evaluated, then the arguments, as in
            // the call; the method's body reads the instance when it runs, as it would.
            ExprKind::Call {
                callee: Callee::Method(recv, _),
                args,
                kwargs,
            } if kwargs.is_empty() && !matches!(recv.kind, ExprKind::Super(..)) => {
                let plan = self.info.classes.calls.get(&e.id)?;
                let [(_, fid)] = plan.targets.as_slice() else {
                    return None;
                };
                let n = self.m.funcs[fid.index()].params.len();
                if plan.optional || plan.unbound || args.len() >= n {
                    return None;
                }
                let given = std::iter::once(Some(&**recv))
                    .chain((1..n).map(|i| args.get(i - 1)))
                    .collect();
                self.call_plan(*fid, given, depth, copies)
            }
            ExprKind::CallValue { func, args, kwargs } => {
                let (fid, arg) = molt_types::genexpr_call(self.m, func, args, kwargs)?;
                let f = &self.m.funcs[fid.index()];
                if self.fusing(fid) {
                    return None;
                }
                let copies = copies * fusable_body(fid, f)?;
                if copies > MAX_COPIES {
                    return None;
                }
                // `iter(g)` of a generator is the generator itself, without effects.
                let inner = molt_types::genexpr_source(arg)
                    .and_then(|xs| self.inner_plan(f, f.params[0].local, xs, depth, copies));
                let a = match inner {
                    Some(p) => PlanArg::Fused(Box::new(p)),
                    None => match molt_types::genexpr_source(arg) {
                        Some(xs) if molt_types::iter_late_ok_ty(self.info.expr(xs)) => {
                            PlanArg::Value(xs)
                        }
                        _ => PlanArg::Value(arg),
                    },
                };
                Some(Plan::Call {
                    fid,
                    args: vec![a],
                    genexpr: true,
                })
            }
            ExprKind::Call {
                callee: Callee::Module(m, f),
                args,
                kwargs,
            } if m == "itertools"
                && f == "islice"
                && kwargs.is_empty()
                && (2..=4).contains(&args.len()) =>
            {
                let inner = self.plan_at(&args[0], depth, copies)?;
                Some(Plan::Islice(Box::new(inner), &args[1..]))
            }
            ExprKind::Call {
                callee: Callee::Module(m, f),
                args,
                kwargs,
            } if m == "itertools" && f == "takewhile" && kwargs.is_empty() && args.len() == 2 => {
                let ExprKind::MakeFunc { defaults, .. } = &args[0].kind else {
                    return None;
                };
                if !defaults.is_empty() {
                    return None;
                }
                let inner = self.plan_at(&args[1], depth, copies)?;
                Some(Plan::Takewhile(Box::new(inner), &args[0]))
            }
            ExprKind::Name(Var::Local(l)) if self.plan_wrapped.get() == 0 => {
                let d = self.deferred.get(&l.0)?;
                if depth + d.depth + self.fuse_fids.len() > MAX_DEPTH
                    || copies * d.copies > MAX_COPIES
                    || self.fusing(d.run.fid)
                {
                    return None;
                }
                Some(Plan::Deferred(l.0))
            }
            _ => None,
        }
    }

    /// The plan for a call of plain function `fid` whose whole body returns a fusable
    /// generator: no closure, cells, cache or method, positional parameters bound to the
    /// arguments given or constant defaults.
    fn wrapper_plan<'e>(
        &self,
        fid: FuncId,
        given: Vec<Option<&'e Expr>>,
        depth: usize,
        copies: usize,
    ) -> Option<Plan<'e>>
    where
        'm: 'e,
    {
        let f = &self.m.funcs[fid.index()];
        let [
            Stmt {
                kind: StmtKind::Return(Some(ret)),
                ..
            },
        ] = f.body.as_slice()
        else {
            return None;
        };
        if !plain_top_level(f)
            || f.needs_defined_flag
            || !f.cells.is_empty()
            || self.fusing(fid)
            || given.len() != f.params.len()
        {
            return None;
        }
        let mut args = vec![];
        for (p, a) in f.params.iter().zip(given) {
            args.push(match (a, &p.default) {
                (Some(a), _) | (None, Some(Default::Const(a))) => PlanArg::Value(a),
                (None, Some(Default::Global(g))) => PlanArg::Global(*g),
                _ => return None,
            });
        }
        self.plan_wrapped.set(self.plan_wrapped.get() + 1);
        let inner = self.plan_at(ret, depth + 1, copies);
        self.plan_wrapped.set(self.plan_wrapped.get() - 1);
        Some(Plan::Wrapper {
            fid,
            args,
            inner: Box::new(inner?),
        })
    }

    /// The plan for a call of generator function `fid` with an argument (or, None, the
    /// default) per parameter.
    fn call_plan<'e>(
        &self,
        fid: FuncId,
        given: Vec<Option<&'e Expr>>,
        depth: usize,
        copies: usize,
    ) -> Option<Plan<'e>>
    where
        'm: 'e,
    {
        let f = &self.m.funcs[fid.index()];
        if f.dynamic || self.fusing(fid) || given.len() != f.params.len() {
            return None;
        }
        let copies = copies * fusable_body(fid, f)?;
        if copies > MAX_COPIES {
            return None;
        }
        let mut plan_args = vec![];
        for (p, a) in f.params.iter().zip(given) {
            let arg = match (a, &p.default) {
                (Some(a), _) | (None, Some(Default::Const(a))) => a,
                (None, Some(Default::Global(g))) => {
                    plan_args.push(PlanArg::Global(*g));
                    continue;
                }
                _ => return None,
            };
            plan_args.push(match self.inner_plan(f, p.local, arg, depth, copies) {
                Some(inner) => PlanArg::Fused(Box::new(inner)),
                None => PlanArg::Value(arg),
            });
        }
        Some(Plan::Call {
            fid,
            args: plan_args,
            genexpr: false,
        })
    }

    /// The plan for a fused generator's argument, when the parameter is iterated once by
    /// the body and the argument is a fusable generator call.
    fn inner_plan<'e>(
        &self,
        f: &Function,
        param: LocalId,
        arg: &'e Expr,
        depth: usize,
        copies: usize,
    ) -> Option<Plan<'e>>
    where
        'm: 'e,
    {
        match iterated_once(&f.body, param) {
            Some(iter) if self.fusable_for_iter(iter) => {}
            _ => return None,
        }
        self.plan_at(arg, depth + 1, copies)
    }

    /// Evaluates a plan's arguments, in the consumer's context, into the (renamed)
    /// parameters of its generators: the declarations and assignments, and the run.
    pub(crate) fn fuse_setup(&mut self, plan: Plan<'_>) -> (TokenStream, Run) {
        let mut code = vec![];
        let run = self.setup_at(plan, &mut code);
        (quote! { #(#code)* }, run)
    }

    fn setup_at(&mut self, plan: Plan<'_>, code: &mut Vec<TokenStream>) -> Run {
        let (fid, args, genexpr) = match plan {
            Plan::Call { fid, args, genexpr } => (fid, args, genexpr),
            Plan::Deferred(l) => match self.deferred.remove(&l) {
                Some(d) => return d.run,
                // plan_at only makes this plan for a deferred local.
                None => unreachable!("a deferred plan without its run"),
            },
            Plan::Islice(inner, bounds) => {
                let mut run = self.setup_at(*inner, code);
                let vals: Vec<TokenStream> =
                    bounds.iter().map(|b| self.expr_to(b, &Ty::Dyn)).collect();
                let st = self.fresh("islice");
                let q = self.q(quote! { rt::modules::itertools::IsliceCount::new(&[#(#vals),*]) });
                code.push(quote! { let mut #st = #q; });
                run.stages.push(Stage::Islice(st));
                return run;
            }
            Plan::Wrapper { fid, args, inner } => {
                // The function's parameters, renamed, from the arguments (in the
                // consumer's context); then the returned generator's setup in the
                // function's context, errors going where the consumer's go.
                let mut ctx = self.gen_ctx(fid);
                ctx.frames = self.frames.clone();
                let f = &self.m.funcs[fid.index()];
                for (i, id) in ctx.local_idents.iter().enumerate() {
                    let ty = rty::rust_type(&self.info.locals[fid.index()][i]);
                    code.push(quote! { let mut #id: #ty; });
                }
                for (p, a) in f.params.iter().zip(args) {
                    let pt = self.info.locals[fid.index()][p.local.index()].clone();
                    let v = match a {
                        PlanArg::Value(e) => self.expr_to(e, &pt),
                        PlanArg::Global(g) => {
                            let gt = self.info.globals[g.index()].clone();
                            let r = self.read_var(Var::Global(g), p.span);
                            self.convert(r, &gt, &pt)
                        }
                        // wrapper_plan binds values only.
                        PlanArg::Fused(_) => quote! { () },
                    };
                    let id = &ctx.local_idents[p.local.index()];
                    code.push(quote! { #id = #v; });
                }
                let consumer = self.take_ctx();
                self.put_ctx(ctx);
                let run = self.setup_at(*inner, code);
                let _ = self.take_ctx();
                self.put_ctx(consumer);
                return run;
            }
            Plan::Takewhile(inner, pred) => {
                let mut run = self.setup_at(*inner, code);
                let v = self.expr_to(pred, &Ty::Dyn);
                let p = self.fresh("takewhile");
                code.push(quote! { let #p: rt::Value = #v; });
                run.stages.push(Stage::Takewhile(p));
                return run;
            }
        };
        let f = &self.m.funcs[fid.index()];
        let ctx = self.gen_ctx(fid);
        // The name is looked up before the arguments are evaluated (as call.rs does).
        if f.needs_defined_flag {
            let flag = names::defined_flag(&f.name);
            let (msg, fname) = (format!("name '{}' is not defined", f.name), &f.name);
            let r = self.raise(quote! { rt::PyErr::name_error(#msg, #fname, None) });
            code.push(quote! { if !#flag.with(|d| d.get()) { #r; } });
        }
        // Declarations of the generator's locals: the parameters here, the others where the
        // body is emitted (which may be later, for a deferred call).
        let params: HashSet<u32> = f.params.iter().map(|p| p.local.0).collect();
        let mut decls = vec![];
        for (i, id) in ctx.local_idents.iter().enumerate() {
            let ty = &self.info.locals[fid.index()][i];
            let d = crate::local_decl(id, ty, i, &ctx.cells, &ctx.native, &ctx.optional_locals);
            if params.contains(&(i as u32)) {
                code.push(d);
            } else {
                decls.push(d);
            }
        }
        let mut pending = HashMap::new();
        for (p, a) in f.params.iter().zip(args) {
            let pt = self.info.locals[fid.index()][p.local.index()].clone();
            let v = match a {
                PlanArg::Fused(inner) => {
                    let r = self.setup_at(*inner, code);
                    pending.insert(p.local.0, r);
                    continue;
                }
                PlanArg::Value(e) => self.expr_to(e, &pt),
                PlanArg::Global(g) => {
                    let gt = self.info.globals[g.index()].clone();
                    let r = self.read_var(Var::Global(g), p.span);
                    self.convert(r, &gt, &pt)
                }
            };
            let id = &ctx.local_idents[p.local.index()];
            code.push(if ctx.optional_locals.contains(&p.local.0) {
                quote! { #id = Some(#v); }
            } else {
                quote! { #id = #v; }
            });
        }
        let mut ctx = ctx;
        // A generator expression reads the consumer's cells in place of its own.
        let f = &self.m.funcs[fid.index()];
        if !f.free.is_empty() {
            let remap = f
                .free
                .iter()
                .map(|fv| match fv.src {
                    FreeSrc::Local(l) => {
                        let id = &self.local_idents[l.index()];
                        quote! { #id }
                    }
                    FreeSrc::Free(j) => self.free_cell(j),
                })
                .collect();
            ctx.free_remap = Some(remap);
        }
        Run {
            ctx,
            fid,
            pending,
            decls: quote! { #(#decls)* },
            genexpr,
            stages: vec![],
        }
    }

    /// A call of a plain function one of whose parameters is read once by its body
    /// (`def total(xs): s = 0; for x in xs: s += x; return s`), with a fusable generator
    /// call for that argument (`total(squares(n))`): the function's body inlined here, its
    /// locals renamed apart, the parameter a deferred generator (its arguments evaluated
    /// now, in the order of the call, its body fused into the `for` that reads it), the
    /// other parameters bound to their arguments. The call is still a frame (the recursion
    /// limit counts it); `return` leaves the inlined block with the value. None: an
    /// ordinary call.
    pub(crate) fn inline_consumer(
        &mut self,
        fid: FuncId,
        given: &[Option<Expr>],
    ) -> Option<TokenStream> {
        let f = &self.m.funcs[fid.index()];
        if !plain_top_level(f)
            || f.is_generator
            || self.fusing(fid)
            || given.len() != f.params.len()
            || self.plan_wrapped.get() != 0
            || !inlinable_body(self.m, &f.body)
        {
            return None;
        }
        let opt = crate::assign::maybe_unbound(f);
        let cells: HashSet<u32> = f.cells.iter().map(|l| l.0).collect();
        // The parameter to fuse: read once by the body, at a place that runs at most once
        // (a `for`'s iterable, a generator expression's or a reducing builtin's argument,
        // ...), not deletable, given a fusable call. A read that is not a consumer makes
        // the generator object there, as a deferred local's does.
        let (pi, plan) = f.params.iter().enumerate().find_map(|(i, p)| {
            let a = given[i].as_ref()?;
            let mut once = OnceReads { l: p.local, n: 0 };
            f.body.iter().for_each(|s| once.stmt(s));
            if opt.contains(&p.local.0)
                || cells.contains(&p.local.0)
                || mentions_in(&f.body, p.local) != 1
                || once.n != 1
            {
                return None;
            }
            let plan = self.fuse_plan(a)?;
            self.plain_params(&plan).then_some((i, plan))
        })?;
        let (depth, copies) = self.plan_stats(&plan);
        let mut plan = Some(plan);
        // Every other argument: given, or a constant or global default.
        for (i, p) in f.params.iter().enumerate() {
            if i != pi
                && given[i].is_none()
                && !matches!(p.default, Some(Default::Const(_) | Default::Global(_)))
            {
                return None;
            }
        }
        let mut code = vec![];
        if f.needs_defined_flag {
            let flag = names::defined_flag(&f.name);
            let (msg, fname) = (format!("name '{}' is not defined", f.name), &f.name);
            let r = self.raise(quote! { rt::PyErr::name_error(#msg, #fname, None) });
            code.push(quote! { if !#flag.with(|d| d.get()) { #r; } });
        }
        let mut ctx = self.gen_ctx(fid);
        // Locals captured by a generator expression or lambda of the body live in cells,
        // made afresh at each inlined call as at each call.
        ctx.native.retain(|l| !cells.contains(l));
        ctx.optional_locals.retain(|l| !cells.contains(l));
        for (i, id) in ctx.local_idents.iter().enumerate() {
            let ty = &self.info.locals[fid.index()][i];
            code.push(crate::local_decl(
                id,
                ty,
                i,
                &cells,
                &ctx.native,
                &ctx.optional_locals,
            ));
        }
        // The arguments, in order, in the caller's context.
        let mut run = None;
        for (i, p) in f.params.iter().enumerate() {
            if i == pi {
                let pl = plan.take()?;
                run = Some(self.setup_at(pl, &mut code));
                continue;
            }
            // Given, or a constant or global default (checked above).
            let arg = given[i]
                .as_ref()
                .map(|a| (self.expr(a), self.info.expr(a).clone()));
            let v = self.param_value(fid, i, arg);
            let id = &ctx.local_idents[p.local.index()];
            code.push(if cells.contains(&p.local.0) {
                quote! { #id.set(#v); }
            } else if ctx.optional_locals.contains(&p.local.0) {
                quote! { #id = Some(#v); }
            } else {
                quote! { #id = #v; }
            });
        }
        ctx.cells = cells;
        let frame = self.q(quote! { rt::rt::enter() });
        let label = self.fresh("inline");
        let l = crate::stmt::lifetime(&label);
        ctx.fused = false;
        ctx.ret_ty = self.info.returns[fid.index()].clone();
        ctx.frames = self.frames.clone();
        ctx.frames.push(Frame::Inline {
            label: label.clone(),
        });
        ctx.deferred.insert(
            f.params[pi].local.0,
            Deferred {
                run: run?,
                depth,
                copies,
            },
        );
        let caller = self.take_ctx();
        self.put_ctx(ctx);
        self.fuse_fids.push(fid);
        let body = self.block(&self.m.funcs[fid.index()].body);
        let ret_ty = self.ret_ty.clone();
        let tail = if molt_types::flow::falls_through(&self.m.funcs[fid.index()].body) {
            self.convert(quote! { () }, &Ty::None, &ret_ty)
        } else {
            self.q(quote! { rt::rt::unreachable_end() })
        };
        self.fuse_fids.pop();
        let _ = self.take_ctx();
        self.put_ctx(caller);
        Some(quote! { { #(#code)* #l: { let _frame = #frame; #body #tail } } })
    }

    /// `l = gen(args)` where `l` is read once later (`deferrable_assigns`): the arguments
    /// are evaluated into the generator's renamed parameters now, and the body is fused at
    /// the read (`Plan::Deferred`) or, if the read is not a fusable consumer, the generator
    /// object is made there from those values (`materialize`). None: an ordinary
    /// assignment.
    pub(crate) fn defer_assign(
        &mut self,
        s: &Stmt,
        l: LocalId,
        value: &Expr,
    ) -> Option<TokenStream> {
        self.deferred.remove(&l.0);
        // A class body's locals become the class's attributes: they must hold the object.
        if self.cells.contains(&l.0)
            || self.optional_locals.contains(&l.0)
            || self
                .func
                .is_some_and(|f| self.m.funcs[f.index()].class_body)
        {
            return None;
        }
        let key = (s.span.start, s.span.end);
        if !self
            .defer_sites
            .entry(self.func)
            .or_insert_with(|| {
                let body = match self.func {
                    Some(f) => &self.m.funcs[f.index()].body,
                    None => &self.m.body,
                };
                deferrable_assigns(body)
            })
            .contains(&key)
        {
            return None;
        }
        let plan = self.fuse_plan(value)?;
        let (depth, copies) = self.plan_stats(&plan);
        // Materializing reads the parameters back: an optional one would need unwrapping.
        if !self.plain_params(&plan) {
            return None;
        }
        let (setup, run) = self.fuse_setup(plan);
        self.deferred.insert(l.0, Deferred { run, depth, copies });
        self.deferred_locals.insert((self.func, l.0));
        Some(setup)
    }

    /// The longest chain of generators in a plan and its largest product of yields.
    fn plan_stats(&self, plan: &Plan<'_>) -> (usize, usize) {
        match plan {
            Plan::Deferred(l) => self
                .deferred
                .get(l)
                .map_or((MAX_DEPTH, MAX_COPIES), |d| (d.depth, d.copies)),
            Plan::Islice(inner, _) | Plan::Takewhile(inner, _) | Plan::Wrapper { inner, .. } => {
                self.plan_stats(inner)
            }
            Plan::Call { fid, args, .. } => {
                let f = &self.m.funcs[fid.index()];
                let own = fusable_body(*fid, f).unwrap_or(MAX_COPIES);
                let (mut depth, mut copies) = (0, 1);
                for a in args {
                    if let PlanArg::Fused(inner) = a {
                        let (d, c) = self.plan_stats(inner);
                        depth = depth.max(d);
                        copies = copies.max(c);
                    }
                }
                (depth + 1, own * copies)
            }
        }
    }

    /// Whether no parameter of the plan's generators may be unbound (a `del` of one).
    fn plain_params(&self, plan: &Plan<'_>) -> bool {
        match plan {
            Plan::Deferred(_) => true,
            // A deferred generator is materialized from its parameters; an islice's count
            // lives only in fused code.
            Plan::Islice(..) | Plan::Takewhile(..) | Plan::Wrapper { .. } => false,
            Plan::Call { fid, args, .. } => {
                let f = &self.m.funcs[fid.index()];
                let opt = crate::assign::maybe_unbound(f);
                f.params.iter().all(|p| !opt.contains(&p.local.0))
                    && args.iter().all(|a| match a {
                        PlanArg::Fused(inner) => self.plain_params(inner),
                        _ => true,
                    })
            }
        }
    }

    /// Whether local `l` holds a deferred generator call (its Rust variable is unset).
    pub(crate) fn is_deferred(&self, l: LocalId) -> bool {
        self.deferred.contains_key(&l.0)
    }

    /// The read of a deferred local that no consumer fused: the generator object, made now
    /// from the arguments evaluated at the assignment (making it runs no code of the body,
    /// so this is the object CPython made there), converted to `ty`.
    pub(crate) fn materialize(&mut self, l: LocalId, ty: &Ty) -> Option<TokenStream> {
        let d = self.deferred.remove(&l.0)?;
        Some(self.materialize_run(d.run, ty))
    }

    fn materialize_run(&mut self, run: Run, ty: &Ty) -> TokenStream {
        let Run {
            ctx,
            fid,
            mut pending,
            genexpr,
            ..
        } = run;
        let f = &self.m.funcs[fid.index()];
        let mut args = vec![];
        for p in &f.params {
            let pt = self.info.locals[fid.index()][p.local.index()].clone();
            match pending.remove(&p.local.0) {
                Some(inner) => {
                    let a = self.materialize_run(inner, &pt);
                    args.push(a);
                }
                None => {
                    let id = &ctx.local_idents[p.local.index()];
                    args.push(self.clone_of(quote! { #id }, &pt));
                }
            }
        }
        let fname = names::func_ident(&f.rust_name);
        let ret = self.info.returns[fid.index()].clone();
        let code = if genexpr {
            let env_ty = crate::closure::env_ident(f);
            let cells = self.env_cells(f);
            let call = self.q(quote! { #fname(&__env, #(#args),*) });
            quote! {
                {
                    let __env = std::rc::Rc::new(#env_ty { #(#cells,)* defaults: vec![] });
                    #call
                }
            }
        } else {
            self.q(quote! { #fname(#(#args),*) })
        };
        self.convert(code, &ret, ty)
    }

    /// The code generation state of a fused generator's body: its locals renamed apart.
    fn gen_ctx(&mut self, fid: FuncId) -> Ctx {
        let f = &self.m.funcs[fid.index()];
        self.counter += 1;
        let n = self.counter;
        let local_idents = names::local_idents(f)
            .into_iter()
            .map(|id| {
                let base = id.to_string();
                let base = base.trim_start_matches("r#");
                let mut s = format!("{base}__f{n}");
                while self.user_names.contains(&s) {
                    s.push('_');
                }
                format_ident!("{}", s)
            })
            .collect();
        let params: Vec<LocalId> = f.params.iter().map(|p| p.local).collect();
        let optional_locals = crate::assign::maybe_unbound(f);
        let b = bounds::analyze(self.info, Some(fid), &params, &f.body);
        let param_set: HashSet<u32> = params.iter().map(|p| p.0).collect();
        let native = b
            .locals
            .iter()
            .filter(|(l, r)| {
                bounds::fits_i64(**r) && !param_set.contains(l) && !optional_locals.contains(l)
            })
            .map(|(l, _)| *l)
            .collect();
        Ctx {
            func: Some(fid),
            local_idents,
            optional_locals,
            cells: HashSet::new(),
            native,
            ranges: b.exprs,
            loop_entries: crate::assign::loop_entry_sets(&params, &f.body),
            ret_ty: Ty::Dyn,
            yield_ty: self.info.yields[fid.index()].clone().unwrap_or(Ty::Dyn),
            frames: vec![],
            fused: true,
            free_remap: None,
            deferred: HashMap::new(),
            moves: HashSet::new(),
        }
    }

    /// The fused generator's body, with `sink` (reading the item from `item`, in the
    /// consumer's context) at each of its yields. Ends when the body ends or returns.
    pub(crate) fn fuse_run(&mut self, run: Run, item: Ident, sink: TokenStream) -> TokenStream {
        let Run {
            mut ctx,
            fid,
            pending,
            decls,
            stages,
            ..
        } = run;
        let end = self.fresh("gen_end");
        let l = crate::stmt::lifetime(&end);
        // Under islices and takewhiles: each item goes through the innermost first and
        // reaches the sink if every one returns it (a takewhile's rejected item ends the
        // iteration); the generator is resumed only while every islice would pull again
        // (islice_next checks its stop before pulling).
        let (sink, pre) = self.staged_sink(&stages, &item, sink, &l);
        let consumer = self.take_ctx();
        // Errors of the body go where the consumer's go, through PEP 479's conversion.
        ctx.frames = consumer.frames.clone();
        ctx.frames.push(Frame::Pep479);
        self.put_ctx(ctx);
        self.fuse_fids.push(fid);
        self.fuse_stack.push(Active {
            sink,
            item,
            end: end.clone(),
            pending,
        });
        let body = self.block(&self.m.funcs[fid.index()].body);
        self.fuse_stack.pop();
        self.fuse_fids.pop();
        let _ = self.take_ctx();
        self.put_ctx(consumer);
        quote! { #l: { #decls #pre #body } }
    }

    /// The sink of a run under `stages`, and the check before its first item.
    fn staged_sink(
        &mut self,
        stages: &[Stage],
        item: &Ident,
        sink: TokenStream,
        end: &syn::Lifetime,
    ) -> (TokenStream, TokenStream) {
        if stages.is_empty() {
            return (sink, quote! {});
        }
        let mut s = sink;
        for st in stages.iter().rev() {
            s = match st {
                Stage::Islice(c) => quote! { if #c.take() { #s } },
                Stage::Takewhile(p) => {
                    let call = self.q(quote! {
                        rt::func::call_pos(&#p, &mut [rt::Value::None, rt::PyObj::to_value(&#item)])
                    });
                    let t = self.q(quote! { #call.try_truthy() });
                    quote! { if #t { #s } else { break #end; } }
                }
            };
        }
        let counts: Vec<&Ident> = stages
            .iter()
            .filter_map(|st| match st {
                Stage::Islice(c) => Some(c),
                Stage::Takewhile(_) => None,
            })
            .collect();
        if counts.is_empty() {
            return (s, quote! {});
        }
        let more = quote! { #(#counts.more())&&* };
        (
            quote! { { #s if !(#more) { break #end; } } },
            quote! { if !(#more) { break #end; } },
        )
    }

    /// A `yield v` statement of a fused generator: the consumer's code for the item.
    pub(crate) fn fused_yield(&mut self, v: Option<&Expr>) -> TokenStream {
        let yt = self.yield_ty.clone();
        let val = match v {
            Some(v) => self.expr_to(v, &yt),
            None => self.convert(quote! { () }, &Ty::None, &yt),
        };
        let yr = rty::rust_type(&yt);
        let Some(a) = self.fuse_stack.last() else {
            return self.fuse_internal_error(v.map(|v| v.span));
        };
        let (item, sink) = (&a.item, &a.sink);
        quote! { { let #item: #yr = #val; #sink } }
    }

    /// `return` in a fused generator: its value is evaluated (StopIteration's value, which
    /// a loop drops), and the iteration ends.
    pub(crate) fn fused_return(&mut self, v: Option<&Expr>) -> TokenStream {
        let val = match v {
            Some(v) => {
                let c = self.expr(v);
                quote! { let _ = #c; }
            }
            None => quote! {},
        };
        let Some(a) = self.fuse_stack.last() else {
            return self.fuse_internal_error(v.map(|v| v.span));
        };
        let l = crate::stmt::lifetime(&a.end);
        quote! { { #val break #l; } }
    }

    /// `for target in iter` over a fusable generator call, or (in a fused body) over a
    /// parameter bound to one.
    pub(crate) fn fused_for(
        &mut self,
        target: &Target,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Option<TokenStream> {
        if let ExprKind::Call {
            callee: Callee::Builtin(b),
            args,
            kwargs,
        } = &iter.kind
            && kwargs.is_empty()
        {
            return match (b.as_str(), args.as_slice()) {
                ("enumerate", [g]) => self.fused_enumerate(target, iter, g, body, orelse),
                ("zip", [g, rest @ ..]) if !rest.is_empty() => {
                    self.fused_zip(target, iter, g, rest, body, orelse)
                }
                _ => None,
            };
        }
        if let ExprKind::Call {
            callee: Callee::Module(m, f),
            args,
            kwargs,
        } = &iter.kind
            && m == "itertools"
            && f == "chain"
            && kwargs.is_empty()
            && (1..=MAX_CHAIN).contains(&args.len())
        {
            return self.fused_chain(target, iter, args, body, orelse);
        }
        let (setup, run) = self.fused_source(iter)?;
        let yt = run.yield_ty().clone();
        Some(
            self.fused_loop((target, body, orelse), setup, run, None, |_, item| {
                (quote! {}, quote! { #item }, yt)
            }),
        )
    }

    /// The setup and the run of the generator a fused loop iterates: in a fused body, a
    /// parameter bound to a fused generator (its arguments were evaluated when the outer
    /// call's were); else a fusable generator call, whose arguments are evaluated now.
    fn fused_source(&mut self, g: &Expr) -> Option<(TokenStream, Run)> {
        if let ExprKind::Name(Var::Local(l)) = &g.kind
            && self.fused
            && let Some(r) = self
                .fuse_stack
                .last_mut()
                .and_then(|a| a.pending.remove(&l.0))
        {
            return Some((quote! {}, r));
        }
        let plan = self.fuse_plan(g)?;
        Some(self.fuse_setup(plan))
    }

    /// The loop of a fused `for`: `setup`, then the generator's body with the loop's body
    /// at each yield; `adapt(item)` gives the code that runs first at a yield, the value
    /// assigned to the target, and its type.
    fn fused_loop(
        &mut self,
        (target, body, orelse): (&Target, &[Stmt], &[Stmt]),
        setup: TokenStream,
        run: Run,
        run_label: Option<&syn::Lifetime>,
        adapt: impl FnOnce(&mut Self, &Ident) -> (TokenStream, TokenStream, Ty),
    ) -> TokenStream {
        let (label, break_label, id) = self.new_fused_loop();
        let item = self.fresh("item");
        let (pre, value, vt) = adapt(self, &item);
        self.frames.push(Frame::Loop {
            label: label.clone(),
            break_label: break_label.clone(),
            id,
            cont_block: true,
        });
        let assign = self.assign(target, value, &vt);
        let b = self.block(body);
        self.frames.pop();
        let cl = crate::stmt::lifetime(&label);
        let sink = quote! { #cl: { #pre #assign #b } };
        let code = self.fuse_run(run, item, sink);
        // A label around the run: leaving it early still runs the loop's `else`.
        let code = match run_label {
            Some(l) => quote! { #l: { #code } },
            None => code,
        };
        let e = self.block(orelse);
        let bl = crate::stmt::lifetime(&break_label);
        quote! { #bl: { #setup #code #e } }
    }

    /// The index and item types of a fusable `enumerate(...)`.
    fn enumerate_types(&self, iter: &Expr) -> Option<(Ty, Ty)> {
        match self.info.expr(iter).elem() {
            Some(Ty::Tuple(ts)) => match ts.as_slice() {
                [it, xt] => Some((it.clone(), xt.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// The item types of a fusable `zip(g, rest...)`, and the others' types with the items
    /// their iterators give.
    fn zip_types(&self, iter: &Expr, rest: &[Expr]) -> Option<ZipTypes> {
        let Some(Ty::Tuple(ts)) = self.info.expr(iter).elem() else {
            return None;
        };
        if ts.len() != rest.len() + 1 {
            return None;
        }
        let mut els = vec![];
        for x in rest {
            let xt = self.info.expr(x).clone();
            let el = match &xt {
                Ty::Dyn => Ty::Dyn,
                Ty::Tuple(_) | Ty::Optional(_) => return None,
                t => t.elem()?,
            };
            els.push((xt, el));
        }
        Some((ts, els))
    }

    /// Whether a fused body's `for` over `iter` (found by `iterated_once`) is one that
    /// `fused_for` fuses, so that a parameter bound to a fused generator is consumed.
    fn fusable_for_iter(&self, iter: &Expr) -> bool {
        match &iter.kind {
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                ..
            } => match (b.as_str(), args.as_slice()) {
                ("enumerate", [_]) => self.enumerate_types(iter).is_some(),
                ("zip", [_, rest @ ..]) => self.zip_types(iter, rest).is_some(),
                _ => false,
            },
            _ => true,
        }
    }

    /// `for i, x in enumerate(g(...))`: the generator fused, the index counted beside it
    /// (enum_next in Objects/enumobject.c: the item first, then the index).
    fn fused_enumerate(
        &mut self,
        target: &Target,
        iter: &Expr,
        g: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Option<TokenStream> {
        let (it, xt) = self.enumerate_types(iter)?;
        let (setup, run) = self.fused_source(g)?;
        let yt = run.yield_ty().clone();
        let idx = self.fresh("enum_idx");
        let setup = quote! { #setup let mut #idx: i64 = 0; };
        Some(
            self.fused_loop((target, body, orelse), setup, run, None, |g, item| {
                let i = g.convert(quote! { rt::Int::Small(#idx) }, &Ty::Int, &it);
                let x = g.convert(quote! { #item }, &yt, &xt);
                let pre = quote! { let __i = #i; #idx += 1; };
                (
                    pre,
                    quote! { (__i, #x) },
                    Ty::Tuple(vec![it.clone(), xt.clone()]),
                )
            }),
        )
    }

    /// `for a, b in zip(g(...), xs, ...)`: the first generator fused; at each of its items
    /// the other iterators are advanced in order, and the first that is exhausted ends the
    /// loop normally (its `else` runs), the generator's item dropped (zip_next in
    /// Python/bltinmodule.c). The other arguments are evaluated and made iterators after
    /// the generator's arguments, before its body runs, as CPython's call does.
    fn fused_zip(
        &mut self,
        target: &Target,
        iter: &Expr,
        g: &Expr,
        rest: &[Expr],
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Option<TokenStream> {
        let (ts, els) = self.zip_types(iter, rest)?;
        let (setup, run) = self.fused_source(g)?;
        let yt = run.yield_ty().clone();
        let end = self.fresh("zip_end");
        let el = crate::stmt::lifetime(&end);
        let mut its = vec![];
        let mut head = vec![];
        for (x, (xt, _)) in rest.iter().zip(&els) {
            let v = self.fresh("zip_arg");
            let c = self.expr(x);
            head.push(quote! { let #v = #c; });
            its.push((v, xt.clone()));
        }
        let mut iters = vec![];
        for (v, xt) in &its {
            let src = self.iter_src(quote! { #v }, xt);
            let q = self.q(quote! { rt::IntoPyIter::py_iter(&#src) });
            iters.push(q);
        }
        let it_ids: Vec<Ident> = its.iter().map(|_| self.fresh("zip_it")).collect();
        let setup = quote! {
            #setup
            #(#head)*
            #(let mut #it_ids = #iters;)*
        };
        let code = self.fused_loop((target, body, orelse), setup, run, Some(&el), |g, item| {
            let mut pre = vec![];
            let mut vals = vec![g.convert(quote! { #item }, &yt, &ts[0])];
            for (k, (id, (_, et))) in it_ids.iter().zip(&els).enumerate() {
                let b = g.fresh("zip_item");
                let next = g.q(quote! { #id.next_item() });
                pre.push(quote! { let #b = match #next { Some(v) => v, None => break #el }; });
                vals.push(g.convert(quote! { #b }, et, &ts[k + 1]));
            }
            (
                quote! { #(#pre)* },
                quote! { (#(#vals,)*) },
                Ty::Tuple(ts.clone()),
            )
        });
        Some(code)
    }

    /// `for x in itertools.chain(a, b, ...)` where some of the iterables are fusable
    /// generator calls: each is fused in turn, the others iterated as they are, with the
    /// loop's body at each item. CPython's order (Modules/itertoolsmodule.c, chain_next):
    /// all the arguments are evaluated first (a generator's arguments; its body runs when
    /// the chain reaches it), and an iterable's `iter()` is taken only when the chain
    /// reaches it.
    fn fused_chain(
        &mut self,
        target: &Target,
        iter: &Expr,
        args: &[Expr],
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Option<TokenStream> {
        let vt = self.info.expr(iter).elem().unwrap_or(Ty::Dyn);
        // Which arguments fuse, and how the others' items come.
        let mut fusable = 0;
        let mut kinds = vec![];
        for a in args {
            if self.can_fuse(a) {
                fusable += 1;
                kinds.push(None);
            } else {
                let t = self.info.expr(a).clone();
                let el = match &t {
                    Ty::Dyn => Ty::Dyn,
                    Ty::Tuple(_) | Ty::Optional(_) => return None,
                    t => t.elem()?,
                };
                kinds.push(Some((t, el)));
            }
        }
        if fusable == 0 {
            return None;
        }
        let (label, break_label, id) = self.new_fused_loop();
        let cl = crate::stmt::lifetime(&label);
        // The arguments, in order.
        let mut setup = vec![];
        let mut parts = vec![];
        for (a, k) in args.iter().zip(kinds) {
            match k {
                None => {
                    let plan = self.fuse_plan(a)?;
                    let (s, run) = self.fuse_setup(plan);
                    setup.push(s);
                    parts.push(Err(run));
                }
                Some((t, el)) => {
                    let v = self.fresh("chain_arg");
                    let c = self.expr(a);
                    setup.push(quote! { let #v = #c; });
                    parts.push(Ok((v, t, el)));
                }
            }
        }
        // The loop's body, once; its copies differ only in how the item is assigned.
        self.frames.push(Frame::Loop {
            label: label.clone(),
            break_label: break_label.clone(),
            id,
            cont_block: true,
        });
        let b = self.block(body);
        let mut runs = vec![];
        let mut items = vec![];
        for p in &parts {
            let item = self.fresh("item");
            let it = match p {
                Err(run) => run.yield_ty().clone(),
                Ok((_, _, el)) => el.clone(),
            };
            let v = self.convert(quote! { #item }, &it, &vt);
            let assign = self.assign(target, v, &vt);
            items.push((item, assign));
        }
        self.frames.pop();
        for (p, (item, assign)) in parts.into_iter().zip(items) {
            let sink = quote! { #cl: { #assign #b } };
            runs.push(match p {
                Err(run) => self.fuse_run(run, item, sink),
                Ok((v, t, _)) => {
                    let src = self.iter_src(quote! { #v }, &t);
                    let it = self.fresh("chain_it");
                    let q = self.q(quote! { rt::IntoPyIter::py_iter(&#src) });
                    let next = self.q(quote! { #it.next_item() });
                    quote! {
                        {
                            let mut #it = #q;
                            while let Some(#item) = #next { #sink }
                        }
                    }
                }
            });
        }
        let e = self.block(orelse);
        let bl = crate::stmt::lifetime(&break_label);
        Some(quote! { #bl: { #(#setup)* #(#runs)* #e } })
    }

    /// A fused consumer that is not a loop statement (a builtin): `setup`, then the run
    /// with `sink(item)` per item, inside a block labeled `brk` (for an early exit).
    pub(crate) fn fused_reduce(
        &mut self,
        e: &Expr,
        sink: impl FnOnce(&mut Self, TokenStream, &Ty, &syn::Lifetime) -> TokenStream,
    ) -> Option<(TokenStream, TokenStream)> {
        let plan = self.fuse_plan(e)?;
        let (setup, run) = self.fuse_setup(plan);
        let item = self.fresh("item");
        let brk = self.fresh("fused_brk");
        let bl = crate::stmt::lifetime(&brk);
        let yt = run.yield_ty().clone();
        let s = sink(self, quote! { #item }, &yt, &bl);
        let code = self.fuse_run(run, item, s);
        Some((setup, quote! { #bl: { #code } }))
    }

    /// The items of a fusable generator call as a `Vec` of `el` (for list, tuple, set,
    /// sorted, min and max).
    pub(crate) fn fused_vec(&mut self, e: &Expr, el: &Ty) -> Option<TokenStream> {
        self.fused_vec_then(e, el, quote! {})
    }

    /// `fused_vec`, running `between` after the generator's arguments are evaluated and
    /// before its body: where CPython evaluates a call's keyword arguments
    /// (`sorted(g(x), reverse=r())` calls g, then r, then iterates).
    pub(crate) fn fused_vec_then(
        &mut self,
        e: &Expr,
        el: &Ty,
        between: TokenStream,
    ) -> Option<TokenStream> {
        let (setup, run) = self.fused_reduce(e, |g, item, yt, _| {
            let v = g.convert(item, yt, el);
            quote! { __fused_items.push(#v); }
        })?;
        let elr = rty::rust_type(el);
        Some(
            quote! { { #setup #between let mut __fused_items: Vec<#elr> = Vec::new(); #run __fused_items } },
        )
    }

    /// `sum(g(...))` / `sum(g(...), start)` with an int or float result, fused. The start
    /// is evaluated after the generator's arguments and before its body, like CPython's
    /// argument evaluation and the iteration inside `sum`.
    pub(crate) fn fused_sum(
        &mut self,
        args: &[Expr],
        kwargs: &[(String, Expr)],
        ty: &Ty,
    ) -> Option<TokenStream> {
        let plan = self.fuse_plan(args.first()?)?;
        let start = args.get(1).or(self.kwarg(kwargs, "start"));
        let (setup, run) = self.fuse_setup(plan);
        let el = run.yield_ty().clone();
        let item = self.fresh("item");
        if !matches!(ty, Ty::Int | Ty::Float) {
            // Dynamic: `builtins::sum_dyn`'s steps, the start checked before any item.
            let s = match start {
                Some(s) => self.expr_to(s, &Ty::Dyn),
                None => quote! { rt::Value::Int(rt::Int::ZERO) },
            };
            let x = self.convert(quote! { #item }, &el, &Ty::Dyn);
            let add = self.q(quote! { __fused_acc.add(#x) });
            let sink = quote! { #add; };
            let code = self.fuse_run(run, item, sink);
            let new = self.q(quote! { rt::genobj::DynSum::new(#s) });
            let done = quote! { { #setup let mut __fused_acc = #new; #code __fused_acc.finish() } };
            return Some(self.convert(done, &Ty::Dyn, ty));
        }
        if *ty == Ty::Int {
            let s = match start {
                Some(s) => self.int_arg(s),
                None => quote! { rt::Int::ZERO },
            };
            let x = self.convert(quote! { #item }, &el, &Ty::Int);
            let sink = quote! { __fused_acc = __fused_acc.add(&#x); };
            let code = self.fuse_run(run, item, sink);
            return Some(quote! {
                { #setup let mut __fused_acc: rt::Int = #s; #code __fused_acc }
            });
        }
        let s = match start {
            Some(s) => {
                let st = self.info.expr(s).clone();
                let sc = self.expr(s);
                match st {
                    Ty::Float => quote! { rt::builtins::SumStart::Float(#sc) },
                    _ => {
                        let ic = self.convert(quote! { __st }, &st, &Ty::Int);
                        quote! { { let __st = #sc; rt::builtins::SumStart::Int(#ic) } }
                    }
                }
            }
            None => quote! { rt::builtins::SumStart::Int(rt::Int::ZERO) },
        };
        let num = match el {
            Ty::Float => quote! { rt::builtins::Num::F(#item) },
            Ty::Int => quote! { rt::builtins::Num::I(#item) },
            Ty::Bool => quote! { rt::builtins::Num::I(rt::Int::from(#item)) },
            _ => self.q(quote! { rt::builtins::Num::from_value(&rt::PyObj::to_value(&#item)) }),
        };
        let add = self.q(quote! { __fused_acc.add(#num) });
        let sink = quote! { #add; };
        let code = self.fuse_run(run, item, sink);
        let fin = self.q(quote! { __fused_acc.finish() });
        Some(quote! {
            { #setup let mut __fused_acc = rt::genobj::FloatSum::new(#s); #code #fin }
        })
    }

    /// `any(g(...))` / `all(g(...))`, fused: stops at the first deciding item.
    pub(crate) fn fused_any_all(&mut self, any: bool, arg: &Expr, ty: &Ty) -> Option<TokenStream> {
        let (setup, run) = self.fused_reduce(arg, |g, item, yt, brk| {
            let t = g.truthy(item, yt);
            if any {
                quote! { if #t { __fused_r = true; break #brk; } }
            } else {
                quote! { if !(#t) { __fused_r = false; break #brk; } }
            }
        })?;
        let init = !any;
        let code = quote! { { #setup let mut __fused_r: bool = #init; #run __fused_r } };
        Some(self.convert(code, &Ty::Bool, ty))
    }

    /// A yield or return of a fused body with no fused generator active: cannot happen;
    /// refuse the program rather than drop the statement.
    fn fuse_internal_error(&mut self, span: Option<molt_front::Span>) -> TokenStream {
        self.diags.push(molt_front::Diagnostic::error(
            span.unwrap_or_default(),
            "internal error: generator fusion lost its consumer; please report this program",
        ));
        quote! {}
    }

    /// `set(g(...))`, fused: each item added as it comes, like CPython's set_update_internal
    /// (Objects/setobject.c), so an unhashable item stops the generator there.
    pub(crate) fn fused_set(&mut self, e: &Expr, el: &Ty) -> Option<TokenStream> {
        let (setup, run) = self.fused_reduce(e, |g, item, yt, _| {
            let v = g.convert(item, yt, el);
            let q = g.q(quote! { __fused_set.add(#v) });
            quote! { #q; }
        })?;
        let elr = rty::rust_type(el);
        Some(quote! { { #setup let __fused_set = <rt::Set<#elr>>::default(); #run __fused_set } })
    }

    /// Whether `e` is a generator call that would be fused here.
    pub(crate) fn can_fuse(&self, e: &Expr) -> bool {
        self.fuse_plan(e).is_some()
    }

    /// `sep.join(g(...))`: the separator first, then the items (CPython's str.join makes
    /// a list of them before checking that they are strings), then the join.
    pub(crate) fn fused_join(&mut self, sep: TokenStream, arg: &Expr) -> Option<TokenStream> {
        let mut plan = self.fuse_plan(arg)?;
        while let Plan::Islice(inner, _) | Plan::Takewhile(inner, _) | Plan::Wrapper { inner, .. } =
            plan
        {
            plan = *inner;
        }
        let fid = match plan {
            Plan::Call { fid, .. } => fid,
            Plan::Deferred(l) => self.deferred.get(&l)?.run.fid,
            Plan::Islice(..) | Plan::Takewhile(..) | Plan::Wrapper { .. } => return None,
        };
        let strs = self.info.yields[fid.index()] == Some(Ty::Str);
        let el = if strs { Ty::Str } else { Ty::Dyn };
        let items = self.fused_vec(arg, &el)?;
        let join = if strs {
            quote! { __sep.join(&__items) }
        } else {
            self.q(quote! { __sep.join_values(&__items) })
        };
        Some(quote! { { let __sep: rt::Str = #sep; let __items = #items; #join } })
    }

    fn new_fused_loop(&mut self) -> (Ident, Ident, u32) {
        self.counter += 1;
        let id = self.counter;
        (
            format_ident!("fused_{}", id),
            format_ident!("fused_{}_brk", id),
            id,
        )
    }

    /// Where a free variable's cell is: the closure environment's field, or in a fused
    /// generator expression the consumer's cell.
    pub(crate) fn free_cell(&self, i: u32) -> TokenStream {
        if let Some(r) = &self.free_remap
            && let Some(c) = r.get(i as usize)
        {
            return c.clone();
        }
        let field = crate::closure::free_field(i);
        quote! { __env.#field }
    }
}

/// Whether a generator function's body can be fused (see the module comment): the
/// number of its yields (copies of the consumer's code) when it can.
/// A plain top-level function whose calls may be expanded where they are (`Plan::Wrapper`,
/// `inline_consumer`): not a method, lambda, class body, closure or memoised function,
/// positional parameters only.
fn plain_top_level(f: &Function) -> bool {
    !f.dynamic
        && !f.is_lambda
        && !f.class_body
        && f.cache.is_none()
        && f.method_of.is_none()
        && f.parent.is_none()
        && f.free.is_empty()
        && f.params
            .iter()
            .all(|p| matches!(p.kind, ParamKind::Normal | ParamKind::PositionalOnly))
}

/// Whether a plain function's body may be inlined at a call (`inline_consumer`): small,
/// and without `try` (its handlers and `finally` would see the caller's frames), nested
/// `def`s, lambdas or generator expressions with defaults, or `del` of a local.
fn inlinable_body(m: &Module, body: &[Stmt]) -> bool {
    struct Check<'a> {
        m: &'a Module,
        ok: bool,
        stmts: usize,
    }
    impl molt_front::hir_visit::Visitor for Check<'_> {
        fn stmt(&mut self, s: &Stmt) {
            self.stmts += 1;
            match &s.kind {
                StmtKind::Try { .. } | StmtKind::FuncDef { .. } | StmtKind::Delete(_) => {
                    self.ok = false
                }
                _ => molt_front::hir_visit::walk_stmt(self, s),
            }
        }
        fn expr(&mut self, e: &Expr) {
            match &e.kind {
                // A generator expression or lambda is made from the inlined body's own
                // cells (the function itself captures nothing).
                ExprKind::MakeFunc { func, defaults }
                    if defaults.is_empty()
                        && self.m.funcs[func.index()]
                            .free
                            .iter()
                            .all(|v| matches!(v.src, FreeSrc::Local(_))) => {}
                ExprKind::MakeFunc { .. }
                | ExprKind::MakeClass { .. }
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_) => self.ok = false,
                _ => molt_front::hir_visit::walk_expr(self, e),
            }
        }
    }
    let mut c = Check {
        m,
        ok: true,
        stmts: 0,
    };
    for s in body {
        molt_front::hir_visit::Visitor::stmt(&mut c, s);
    }
    c.ok && c.stmts <= MAX_STMTS
}

fn fusable_body(fid: FuncId, f: &Function) -> Option<usize> {
    if !f.is_generator
        || f.class_body
        || !f.cells.is_empty()
        || !f
            .params
            .iter()
            .all(|p| matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal))
    {
        return None;
    }
    let mut s = Scan {
        fid,
        ok: true,
        yields: 0,
        stmts: 0,
    };
    s.block(&f.body);
    (s.ok && s.yields >= 1 && s.stmts <= MAX_STMTS).then_some(s.yields)
}

struct Scan {
    fid: FuncId,
    ok: bool,
    yields: usize,
    stmts: usize,
}

impl Scan {
    fn block(&mut self, body: &[Stmt]) {
        self.stmts += body.len();
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(Expr {
                kind: ExprKind::Yield(v),
                ..
            }) => {
                self.yields += 1;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.target(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.expr(value);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.target(target);
                self.expr(iter);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            // A bare `raise` would re-raise the consumer's exception being handled.
            StmtKind::Raise { exc: None, .. } => self.ok = false,
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause.iter()).for_each(|e| self.expr(e));
            }
            // try (and `with`, lowered to one) could catch the consumer's exceptions at a
            // yield, or run finally code when the generator is closed.
            StmtKind::Try { .. } => self.ok = false,
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::FuncDef { defaults, .. } => defaults.iter().for_each(|(_, e)| self.expr(e)),
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.target(t)),
            StmtKind::CompAppend { value, key, .. } => {
                self.expr(value);
                if let Some(k) = key {
                    self.expr(k);
                }
            }
        }
    }

    fn target(&mut self, t: &Target) {
        match &t.kind {
            // A generator expression cannot assign its free variables, except through
            // `:=`; leave those alone.
            TargetKind::Var(Var::Free(_)) => self.ok = false,
            TargetKind::Var(_) => {}
            TargetKind::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
            }
            TargetKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                self.expr(obj);
                for e in [lower, upper, step].into_iter().flatten() {
                    self.expr(e);
                }
            }
            TargetKind::Tuple(ts) => ts.iter().for_each(|t| self.target(t)),
            TargetKind::Star(t) => self.target(t),
            TargetKind::Attr { obj, .. } => self.expr(obj),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            // A yield inside an expression uses the value sent in; yield from delegates.
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.ok = false,
            ExprKind::CallFunc { func, .. } if *func == self.fid => self.ok = false,
            ExprKind::Named(t, _) => self.target(t),
            ExprKind::Comp { body, .. } => self.block(body),
            _ => {}
        }
        crate::assign::visit_children(e, &mut |c| self.expr(c));
    }
}

/// Whether `param` is mentioned exactly once in `body`, as the iterable of a `for` that is
/// not inside a loop (so the body iterates it at most once, and nothing else sees it):
/// `for x in param`, `for i, x in enumerate(param)` or `for a, b in zip(param, ...)`, the
/// forms `fused_for` fuses.
/// The loop's iterable is returned.
fn iterated_once(body: &[Stmt], param: LocalId) -> Option<&Expr> {
    let mut m = Mentions { l: param, n: 0 };
    for s in body {
        m.stmt(s);
    }
    if m.n == 1 { top_for(body, param) } else { None }
}

fn top_for(body: &[Stmt], l: LocalId) -> Option<&Expr> {
    let is_l = |e: &Expr| matches!(e.kind, ExprKind::Name(Var::Local(x)) if x == l);
    body.iter().find_map(|s| match &s.kind {
        StmtKind::For { iter, .. } => {
            let ok = match &iter.kind {
                ExprKind::Call {
                    callee: Callee::Builtin(b),
                    args,
                    kwargs,
                } if kwargs.is_empty() => match (b.as_str(), args.as_slice()) {
                    ("enumerate", [g]) => is_l(g),
                    ("zip", [g, rest @ ..]) => !rest.is_empty() && is_l(g),
                    _ => false,
                },
                _ => is_l(iter),
            };
            ok.then_some(iter)
        }
        StmtKind::If { body, orelse, .. } => top_for(body, l).or_else(|| top_for(orelse, l)),
        _ => None,
    })
}

/// Counts the mentions (reads and stores) of a local.
struct Mentions {
    l: LocalId,
    n: usize,
}

impl Mentions {
    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.target(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.expr(value);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                body.iter().chain(orelse).for_each(|s| self.stmt(s));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.target(target);
                self.expr(iter);
                body.iter().chain(orelse).for_each(|s| self.stmt(s));
            }
            StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause.iter()).for_each(|e| self.expr(e))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                for h in handlers {
                    if h.name == Some(Var::Local(self.l)) {
                        self.n += 1;
                    }
                    h.body.iter().for_each(|s| self.stmt(s));
                }
                body.iter()
                    .chain(orelse)
                    .chain(finalbody)
                    .for_each(|s| self.stmt(s));
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                msg.iter().for_each(|m| self.expr(m));
            }
            StmtKind::FuncDef { defaults, .. } => defaults.iter().for_each(|(_, e)| self.expr(e)),
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.target(t)),
            StmtKind::CompAppend { value, key, .. } => {
                self.expr(value);
                key.iter().for_each(|k| self.expr(k));
            }
            _ => {}
        }
    }

    fn target(&mut self, t: &Target) {
        match &t.kind {
            TargetKind::Var(Var::Local(x)) => {
                if *x == self.l {
                    self.n += 1;
                }
            }
            TargetKind::Var(_) => {}
            TargetKind::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
            }
            TargetKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                self.expr(obj);
                for e in [lower, upper, step].into_iter().flatten() {
                    self.expr(e);
                }
            }
            TargetKind::Tuple(ts) => ts.iter().for_each(|t| self.target(t)),
            TargetKind::Star(t) => self.target(t),
            TargetKind::Attr { obj, .. } => self.expr(obj),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(Var::Local(x)) if *x == self.l => self.n += 1,
            ExprKind::Named(t, _) => self.target(t),
            ExprKind::Comp { body, .. } => body.iter().for_each(|s| self.stmt(s)),
            _ => {}
        }
        crate::assign::visit_children(e, &mut |c| self.expr(c));
    }
}

/// The assignments `l = call(...)` of a body (by span) whose value can be seen only by one
/// later read, which runs at most once each time the assignment does. Deferring the call's
/// generator to that read changes nothing observable: the arguments are still evaluated
/// at the assignment, and making a generator object runs none of its body. With B the
/// block of the assignment B[i]:
/// - every mention of `l` in the body is inside B's statements;
/// - the next statement mentioning `l`, B[j], mentions it once, by a read that runs at
///   most once (not in a loop's body, a `while` test, a comprehension's inner loops);
/// - the next statement after B[j] mentioning `l` is a plain `l = v` (v not mentioning
///   it); if there is none and B may run again (inside a loop), the first statement of B
///   mentioning `l` is such an assignment. Any path from the read to another read (break,
///   continue, an exception to a handler, the next iteration) passes through it or leaves
///   B, where nothing mentions `l`.
pub(crate) fn deferrable_assigns(body: &[Stmt]) -> HashSet<(u32, u32)> {
    let mut out = HashSet::new();
    find_deferrable(body, body, false, &mut out);
    out
}

fn mentions_in(stmts: &[Stmt], l: LocalId) -> usize {
    let mut m = Mentions { l, n: 0 };
    stmts.iter().for_each(|s| m.stmt(s));
    m.n
}

/// `l = v` with one target, v not mentioning `l`.
fn plain_assign(s: &Stmt, l: LocalId) -> bool {
    match &s.kind {
        StmtKind::Assign { targets, value } => {
            matches!(targets.as_slice(), [t] if matches!(t.kind, TargetKind::Var(Var::Local(x)) if x == l))
                && {
                    let mut m = Mentions { l, n: 0 };
                    m.expr(value);
                    m.n == 0
                }
        }
        _ => false,
    }
}

fn find_deferrable(root: &[Stmt], block: &[Stmt], in_loop: bool, out: &mut HashSet<(u32, u32)>) {
    for (i, s) in block.iter().enumerate() {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                if let [t] = targets.as_slice()
                    && let TargetKind::Var(Var::Local(l)) = t.kind
                    && matches!(
                        value.kind,
                        ExprKind::CallFunc { .. } | ExprKind::CallValue { .. }
                    )
                    && plain_assign(s, l)
                    && mentions_in(root, l) == mentions_in(block, l)
                    && deferrable_at(block, i, l, in_loop)
                {
                    out.insert((s.span.start, s.span.end));
                }
            }
            StmtKind::If { body, orelse, .. } => {
                find_deferrable(root, body, in_loop, out);
                find_deferrable(root, orelse, in_loop, out);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                find_deferrable(root, body, true, out);
                find_deferrable(root, orelse, true, out);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                find_deferrable(root, body, in_loop, out);
                for h in handlers {
                    find_deferrable(root, &h.body, in_loop, out);
                }
                find_deferrable(root, orelse, in_loop, out);
                find_deferrable(root, finalbody, in_loop, out);
            }
            _ => {}
        }
    }
}

fn deferrable_at(block: &[Stmt], i: usize, l: LocalId, in_loop: bool) -> bool {
    let next = |from: usize| (from..block.len()).find(|&k| mentions_in(&block[k..=k], l) > 0);
    let Some(j) = next(i + 1) else {
        return false;
    };
    let mut o = OnceReads { l, n: 0 };
    o.stmt(&block[j]);
    if mentions_in(&block[j..=j], l) != 1 || o.n != 1 {
        return false;
    }
    match next(j + 1) {
        Some(k) => plain_assign(&block[k], l),
        None => !in_loop || next(0).is_some_and(|k| plain_assign(&block[k], l)),
    }
}

/// Counts the reads of a local at places that run at most once per run of the enclosing
/// statement.
struct OnceReads {
    l: LocalId,
    n: usize,
}

impl OnceReads {
    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.target(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.expr(value);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                body.iter().chain(orelse).for_each(|s| self.stmt(s));
            }
            // The iterable is evaluated once; the body and a while test repeat.
            StmtKind::For { iter, .. } => self.expr(iter),
            StmtKind::While { .. } => {}
            StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause.iter()).for_each(|e| self.expr(e))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                body.iter()
                    .chain(handlers.iter().flat_map(|h| h.body.iter()))
                    .chain(orelse)
                    .chain(finalbody)
                    .for_each(|s| self.stmt(s));
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                msg.iter().for_each(|m| self.expr(m));
            }
            StmtKind::FuncDef { defaults, .. } => defaults.iter().for_each(|(_, e)| self.expr(e)),
            _ => {}
        }
    }

    fn target(&mut self, t: &Target) {
        match &t.kind {
            TargetKind::Subscript { obj, index } => {
                self.expr(obj);
                self.expr(index);
            }
            TargetKind::Attr { obj, .. } => self.expr(obj),
            TargetKind::Tuple(ts) => ts.iter().for_each(|t| self.target(t)),
            TargetKind::Star(t) => self.target(t),
            _ => {}
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(Var::Local(x)) if *x == self.l => self.n += 1,
            // A comprehension's first iterable is evaluated once, its loops repeat.
            ExprKind::Comp { body, .. } => body.iter().for_each(|s| self.stmt(s)),
            _ => {}
        }
        crate::assign::visit_children(e, &mut |c| self.expr(c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(src: &str) -> Module {
        molt_front::lower_module("__main__", "t.py", src).expect("the test program lowers")
    }

    fn func<'a>(m: &'a Module, name: &str) -> (FuncId, &'a Function) {
        let i = m
            .funcs
            .iter()
            .position(|f| f.name == name)
            .expect("the function exists");
        (FuncId(i as u32), &m.funcs[i])
    }

    #[test]
    fn which_bodies_fuse() {
        let cases = [
            (
                "def g(n):\n    for i in range(n):\n        yield i\n",
                Some(1),
            ),
            (
                "def g(n):\n    yield n\n    if n:\n        yield -n\n",
                Some(2),
            ),
            (
                "def g(n):\n    while n:\n        n -= 1\n        yield\n    return 5\n",
                Some(1),
            ),
            // A yield inside try (or with) could catch the consumer's exceptions.
            (
                "def g(n):\n    try:\n        yield n\n    finally:\n        pass\n",
                None,
            ),
            (
                "def g(n):\n    with open('x') as f:\n        yield f\n",
                None,
            ),
            // A yield whose value is used, yield from, recursion, a bare raise.
            ("def g(n):\n    x = yield n\n    print(x)\n", None),
            ("def g(n):\n    yield from range(n)\n", None),
            (
                "def g(n):\n    yield n\n    for x in g(n - 1):\n        yield x\n",
                None,
            ),
            ("def g(n):\n    yield n\n    raise\n", None),
            // Closures over the body's locals, *args.
            ("def g(n):\n    f = lambda: n\n    yield f()\n", None),
            ("def g(*a):\n    yield a\n", None),
            // Too many copies of the consumer.
            (
                "def g(n):\n    yield 1\n    yield 2\n    yield 3\n    yield 4\n    yield 5\n    yield 6\n    yield 7\n    yield 8\n    yield 9\n",
                None,
            ),
        ];
        for (src, want) in cases {
            let m = module(src);
            let (fid, f) = func(&m, "g");
            let got = fusable_body(fid, f).filter(|n| *n <= MAX_COPIES);
            assert_eq!(got, want, "{src}");
        }
    }

    #[test]
    fn parameters_iterated_once() {
        let cases = [
            ("def g(xs):\n    for x in xs:\n        yield x\n", true),
            (
                "def g(xs, c):\n    if c:\n        for x in xs:\n            yield x\n",
                true,
            ),
            // Iterated again, or inside a loop, or seen otherwise.
            (
                "def g(xs):\n    for x in xs:\n        yield x\n    for x in xs:\n        yield x\n",
                false,
            ),
            (
                "def g(xs):\n    while True:\n        for x in xs:\n            yield x\n",
                false,
            ),
            (
                "def g(xs):\n    print(xs)\n    for x in xs:\n        yield x\n",
                false,
            ),
            (
                "def g(xs):\n    xs = [1]\n    for x in xs:\n        yield x\n",
                false,
            ),
            ("def g(xs):\n    yield [x for x in xs]\n", false),
            // Through enumerate or as zip's first argument, the forms fused_for fuses.
            (
                "def g(xs):\n    for i, x in enumerate(xs):\n        yield x\n",
                true,
            ),
            (
                "def g(xs, ys):\n    for x, y in zip(xs, ys):\n        yield x\n",
                true,
            ),
            (
                "def g(xs, ys):\n    for y, x in zip(ys, xs):\n        yield x\n",
                false,
            ),
            (
                "def g(xs):\n    for i, x in enumerate(xs, 1):\n        yield x\n",
                false,
            ),
        ];
        for (src, want) in cases {
            let m = module(src);
            let (_, f) = func(&m, "g");
            let got = iterated_once(&f.body, f.params[0].local).is_some();
            assert_eq!(got, want, "{src}");
        }
    }

    /// The module's code of a program, as generated.
    fn module_code(src: &str) -> String {
        let m = module(src);
        let info = molt_types::infer(&m);
        let out = crate::generate(&m, &info).expect("the test program compiles");
        let start = out.find("pub fn __module__").expect("module code");
        let rest = &out[start..];
        let end = rest.find("\n    }\n").expect("end of module code");
        rest[..end].to_string()
    }

    #[test]
    fn pipelines_lose_their_generator_objects() {
        let defs = "def nums(n):\n    for i in range(n):\n        yield i\n\ndef sq(xs):\n    for x in xs:\n        yield x * x\n\n";
        for consumer in [
            "print(sum(sq(nums(10))))\n",
            "for v in sq(nums(3)):\n    print(v)\n",
            "print([v for v in sq(nums(3))], list(sq(nums(2))), any(nums(2)))\n",
            "print(max(x + 1 for x in sq(nums(4))))\n",
        ] {
            let code = module_code(&format!("{defs}{consumer}"));
            assert!(!code.contains("nums("), "{consumer}: {code}");
            assert!(!code.contains("sq("), "{consumer}: {code}");
        }
        // Stored, then consumed once: fused at the consumer.
        let code = module_code(&format!("{defs}g = sq(nums(3))\nprint(sum(g))\n"));
        assert!(!code.contains("sq("), "{code}");
        // Stored and seen twice: a generator object.
        let code = module_code(&format!("{defs}g = sq(nums(3))\nprint(next(g), sum(g))\n"));
        assert!(code.contains("sq("), "{code}");
    }

    #[test]
    fn deferrable_assignments() {
        let cases = [
            ("g = f(1)\nfor x in g:\n    pass\n", true),
            ("g = f(1)\nprint(1)\nif c:\n    print(sum(g))\n", true),
            // A name reused: each assignment is read once before the next one.
            (
                "g = f(1)\nfor x in g:\n    pass\ng = f(2)\nprint(list(g))\n",
                true,
            ),
            // Read twice, or in a loop, or in a while test, or after the loop repeats.
            ("g = f(1)\nprint(next(g))\nprint(list(g))\n", false),
            ("g = f(1)\nfor i in range(2):\n    print(list(g))\n", false),
            ("g = f(1)\nwhile next(g, 0):\n    pass\n", false),
            (
                "for i in range(2):\n    print(list(g))\n    g = f(1)\n",
                false,
            ),
            // Mentioned in another block.
            ("g = f(1)\nprint(list(g))\nif c:\n    print(g)\n", false),
            // Bound again in another block, never read after: another variable (webs,
            // molt-front split.rs), so the generator's is read once.
            ("g = f(1)\nprint(list(g))\nif c:\n    g = 2\n", true),
            ("if c:\n    g = f(1)\nprint(list(g))\n", false),
            // A handler runs at most once.
            ("g = f(1)\ntry:\n    pass\nexcept E:\n    print(g)\n", true),
            // Read in a comprehension's first iterable: once; in an inner one: per item.
            ("g = f(1)\nprint([x for x in g])\n", true),
            ("g = f(1)\nprint([x for y in r for x in g])\n", false),
        ];
        for (src, want) in cases {
            let m = module(&format!(
                "def f(n):\n    yield n\n\ndef h(c, r):\n{}",
                indent(src)
            ));
            let (_, f) = func(&m, "h");
            let got = !deferrable_assigns(&f.body).is_empty();
            assert_eq!(got, want, "{src}");
        }
    }

    fn indent(src: &str) -> String {
        src.lines().map(|l| format!("    {l}\n")).collect()
    }
}
