//! The matching engine: a port of CPython's Modules/_sre/sre_lib.h (SRE(match),
//! SRE(search), SRE(count), SRE(charset), SRE(at)) running the code of re_compile.rs over
//! code points. The C engine's explicit context stack (DO_JUMP and its resume labels)
//! becomes a Vec of contexts and a `Resume` step, so deep patterns never recurse on the
//! native stack; marks saved by MARK_PUSH live on their own stack.

use super::re_compile::{
    INFO_CHARSET, INFO_LITERAL, INFO_PREFIX, lower_ascii, lower_unicode, op, upper_unicode,
};
use super::re_parse::{MAXREPEAT, at, cat};

/// The engine met code it cannot run (a bug in molt's compiler, never a user error).
#[derive(Debug)]
pub struct EngineError;

type R<T> = Result<T, EngineError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// SRE_REPEAT.
struct Repeat {
    count: isize,
    /// Index of the REPEAT's <skip> word.
    pattern: usize,
    prev: Option<usize>,
    last_ptr: Option<usize>,
}

/// SRE(match_context).
struct Ctx {
    count: isize,
    chr: u32,
    rep: Option<usize>,
    lastmark: isize,
    lastindex: isize,
    pattern: usize,
    ptr: usize,
    toplevel: bool,
    jump: Jump,
    /// POSSESSIVE_REPEAT's saved input position (NULL in C is None).
    poss_ptr: Option<usize>,
}

impl Ctx {
    fn new(pattern: usize, toplevel: bool, jump: Jump) -> Ctx {
        Ctx {
            count: 0,
            chr: 0,
            rep: None,
            lastmark: -1,
            lastindex: -1,
            pattern,
            ptr: 0,
            toplevel,
            jump,
            poss_ptr: None,
        }
    }
}

/// A unit of the subject string: a byte of an ASCII str (its code point) or a code
/// point. The engine is compiled for both, so ASCII text is matched in place.
pub trait Unit: Copy + Into<u32> {}
impl Unit for u8 {}
impl Unit for u32 {}

/// SRE_STATE for one string.
pub struct State<'a, T: Unit = u32> {
    pub s: &'a [T],
    pub start: usize,
    pub end: usize,
    pub ptr: usize,
    pub mark: Vec<Option<usize>>,
    pub lastmark: isize,
    pub lastindex: isize,
    pub match_all: bool,
    pub must_advance: bool,
    repeat: Option<usize>,
    repeats: Vec<Repeat>,
    mark_stack: Vec<Vec<Option<usize>>>,
    lastptr_stack: Vec<Option<usize>>,
    /// Engine steps, to bound runaway matching (CPython checks for signals instead).
    steps: u64,
    /// The context stack of `run`, kept between calls so a match allocates nothing.
    ctxs: Vec<Ctx>,
    /// The ASCII characters a match can start with (re_compile::first_chars).
    pub first: Option<u128>,
}

thread_local! {
    /// A context stack kept from one State to the next.
    static SPARE_CTXS: std::cell::Cell<Vec<Ctx>> = const { std::cell::Cell::new(Vec::new()) };
}

impl<T: Unit> Drop for State<'_, T> {
    fn drop(&mut self) {
        let ctxs = std::mem::take(&mut self.ctxs);
        if ctxs.capacity() <= 1024 {
            SPARE_CTXS.set(ctxs);
        }
    }
}

pub fn is_linebreak(ch: u32) -> bool {
    ch == '\n' as u32
}

fn ascii_is_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}

fn ascii_is_space(ch: u32) -> bool {
    matches!(ch, 9..=13 | 32)
}

fn ascii_is_word(ch: u32) -> bool {
    ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == '_' as u32)
}

fn with_char(ch: u32, f: fn(char) -> bool) -> bool {
    char::from_u32(ch).is_some_and(f)
}

fn uni_is_word(ch: u32) -> bool {
    if ch < 128 {
        return ascii_is_word(ch);
    }
    with_char(ch, crate::unicode::is_alnum)
}

fn uni_is_digit(ch: u32) -> bool {
    if ch < 128 {
        return ascii_is_digit(ch);
    }
    with_char(ch, crate::unicode::is_decimal)
}

fn uni_is_linebreak(ch: u32) -> bool {
    with_char(ch, crate::unicode::is_linebreak)
}

/// sre_category.
fn category(code: u32, ch: u32) -> bool {
    match code {
        cat::DIGIT => ascii_is_digit(ch),
        cat::NOT_DIGIT => !ascii_is_digit(ch),
        cat::SPACE => ascii_is_space(ch),
        cat::NOT_SPACE => !ascii_is_space(ch),
        cat::WORD | cat::LOC_WORD => ascii_is_word(ch),
        cat::NOT_WORD | cat::LOC_NOT_WORD => !ascii_is_word(ch),
        cat::LINEBREAK => is_linebreak(ch),
        cat::NOT_LINEBREAK => !is_linebreak(ch),
        cat::UNI_DIGIT => uni_is_digit(ch),
        cat::UNI_NOT_DIGIT => !uni_is_digit(ch),
        cat::UNI_SPACE => with_char(ch, crate::unicode::is_space),
        cat::UNI_NOT_SPACE => !with_char(ch, crate::unicode::is_space),
        cat::UNI_WORD => uni_is_word(ch),
        cat::UNI_NOT_WORD => !uni_is_word(ch),
        cat::UNI_LINEBREAK => uni_is_linebreak(ch),
        cat::UNI_NOT_LINEBREAK => !uni_is_linebreak(ch),
        _ => false,
    }
}

impl<'a, T: Unit> State<'a, T> {
    /// state_init: `pos`/`endpos` are already clamped to the string.
    pub fn new(s: &'a [T], pos: usize, endpos: usize, groups: usize) -> State<'a, T> {
        State {
            s,
            start: pos,
            end: endpos,
            ptr: pos,
            mark: vec![None; 2 * groups + 2],
            lastmark: -1,
            lastindex: -1,
            match_all: false,
            must_advance: false,
            repeat: None,
            repeats: Vec::new(),
            mark_stack: Vec::new(),
            lastptr_stack: Vec::new(),
            steps: 0,
            // The stack of the last state dropped (a scanner makes a state per match).
            ctxs: SPARE_CTXS.take(),
            first: None,
        }
    }

    /// state_reset.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.mark_stack.clear();
        self.lastptr_stack.clear();
    }

    #[inline]
    fn ch(&self, i: usize) -> u32 {
        self.s.get(i).map_or(u32::MAX, |c| (*c).into())
    }

    /// SRE(at).
    fn at(&self, ptr: usize, code: u32) -> bool {
        let word = |f: fn(u32) -> bool| -> (bool, bool) {
            let that = ptr > 0 && f(self.ch(ptr - 1));
            let this = ptr < self.end && f(self.ch(ptr));
            (this, that)
        };
        match code {
            at::BEGINNING | at::BEGINNING_STRING => ptr == 0,
            at::BEGINNING_LINE => ptr == 0 || is_linebreak(self.ch(ptr - 1)),
            at::END => (self.end == ptr + 1 && is_linebreak(self.ch(ptr))) || ptr == self.end,
            at::END_LINE => ptr == self.end || is_linebreak(self.ch(ptr)),
            at::END_STRING => ptr == self.end,
            at::BOUNDARY | at::LOC_BOUNDARY => {
                if self.end == 0 {
                    return false;
                }
                let (a, b) = word(ascii_is_word);
                a != b
            }
            at::NON_BOUNDARY | at::LOC_NON_BOUNDARY => {
                if self.end == 0 {
                    return false;
                }
                let (a, b) = word(ascii_is_word);
                a == b
            }
            at::UNI_BOUNDARY => {
                if self.end == 0 {
                    return false;
                }
                let (a, b) = word(uni_is_word);
                a != b
            }
            at::UNI_NON_BOUNDARY => {
                if self.end == 0 {
                    return false;
                }
                let (a, b) = word(uni_is_word);
                a == b
            }
            _ => false,
        }
    }

    /// SRE(charset): the set starts at `set`.
    pub(super) fn charset(code: &[u32], mut set: usize, ch: u32) -> bool {
        let mut ok = true;
        let get = |i: usize| code.get(i).copied().unwrap_or(op::FAILURE);
        loop {
            let o = get(set);
            set += 1;
            match o {
                op::FAILURE => return !ok,
                op::LITERAL => {
                    if ch == get(set) {
                        return ok;
                    }
                    set += 1;
                }
                op::CATEGORY => {
                    if category(get(set), ch) {
                        return ok;
                    }
                    set += 1;
                }
                op::CHARSET => {
                    if ch < 256 && get(set + (ch / 32) as usize) & (1u32 << (ch & 31)) != 0 {
                        return ok;
                    }
                    set += 8;
                }
                op::RANGE => {
                    if get(set) <= ch && ch <= get(set + 1) {
                        return ok;
                    }
                    set += 2;
                }
                op::RANGE_UNI_IGNORE => {
                    if get(set) <= ch && ch <= get(set + 1) {
                        return ok;
                    }
                    let uch = upper_unicode(ch);
                    if get(set) <= uch && uch <= get(set + 1) {
                        return ok;
                    }
                    set += 2;
                }
                op::NEGATE => ok = !ok,
                op::BIGCHARSET => {
                    let count = get(set) as usize;
                    set += 1;
                    let block: Option<usize> = if ch < 0x10000 {
                        let byte = (ch >> 8) as usize;
                        let word = get(set + byte / 4);
                        Some(((word >> (8 * (byte % 4))) & 0xff) as usize)
                    } else {
                        None
                    };
                    set += 64;
                    if let Some(block) = block {
                        let bit = block * 256 + (ch & 255) as usize;
                        if get(set + bit / 32) & (1u32 << (bit % 32)) != 0 {
                            return ok;
                        }
                    }
                    set += count * 8;
                }
                _ => return false,
            }
        }
    }

    /// SRE(count): how many times the single-character item at `pc` matches from
    /// self.ptr, at most `maxcount`.
    fn count(&mut self, code: &[u32], pc: usize, maxcount: u32) -> R<usize> {
        let start = self.ptr;
        let mut end = self.end;
        if (maxcount as usize) < end - start && maxcount != MAXREPEAT {
            end = start + maxcount as usize;
        }
        let mut ptr = start;
        let arg = code.get(pc + 1).copied().unwrap_or(0);
        match code.get(pc).copied().unwrap_or(op::FAILURE) {
            op::IN => {
                // A set compiled to one 256-bit bitmap (most ASCII classes) is tested here.
                if code.get(pc + 2) == Some(&op::CHARSET)
                    && code.get(pc + 11) == Some(&op::FAILURE)
                    && let Some(bits) = code.get(pc + 3..pc + 11)
                {
                    while ptr < end {
                        let c = self.ch(ptr);
                        if c >= 256 || bits[(c / 32) as usize] & (1u32 << (c & 31)) == 0 {
                            break;
                        }
                        ptr += 1;
                    }
                } else {
                    while ptr < end && Self::charset(code, pc + 2, self.ch(ptr)) {
                        ptr += 1;
                    }
                }
            }
            op::ANY => {
                while ptr < end && !is_linebreak(self.ch(ptr)) {
                    ptr += 1;
                }
            }
            op::ANY_ALL => ptr = end,
            op::LITERAL => {
                while ptr < end && self.ch(ptr) == arg {
                    ptr += 1;
                }
            }
            op::LITERAL_IGNORE => {
                while ptr < end && lower_ascii(self.ch(ptr)) == arg {
                    ptr += 1;
                }
            }
            op::LITERAL_UNI_IGNORE => {
                while ptr < end && lower_unicode(self.ch(ptr)) == arg {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL => {
                while ptr < end && self.ch(ptr) != arg {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL_IGNORE => {
                while ptr < end && lower_ascii(self.ch(ptr)) != arg {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL_UNI_IGNORE => {
                while ptr < end && lower_unicode(self.ch(ptr)) != arg {
                    ptr += 1;
                }
            }
            _ => {
                // A single-character subpattern: run it repeatedly.
                while self.ptr < end {
                    if !self.run(code, pc, false)? {
                        break;
                    }
                }
                return Ok(self.ptr - start);
            }
        }
        Ok(ptr - start)
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark + 1) as usize;
            self.mark_stack
                .push(self.mark[..n.min(self.mark.len())].to_vec());
        }
    }

    fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let saved = if discard {
                self.mark_stack.pop()
            } else {
                self.mark_stack.last().cloned()
            };
            if let Some(saved) = saved {
                for (i, m) in saved.into_iter().enumerate() {
                    if let Some(slot) = self.mark.get_mut(i) {
                        *slot = m;
                    }
                }
            }
        }
    }

    fn mark_pop_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            self.mark_stack.pop();
        }
    }

    fn new_repeat(&mut self, pattern: usize) -> usize {
        self.repeats.push(Repeat {
            count: -1,
            pattern,
            prev: self.repeat,
            last_ptr: None,
        });
        self.repeats.len() - 1
    }

    /// SRE(match): runs `code` from `pc` at self.ptr. Ok(true) on a match (self.ptr is
    /// then its end).
    pub fn run(&mut self, code: &[u32], pc: usize, toplevel: bool) -> R<bool> {
        // The stack of the outermost run is reused; a nested run (count's single-character
        // subpatterns) finds it taken and makes its own.
        let mut ctxs = std::mem::take(&mut self.ctxs);
        ctxs.clear();
        ctxs.push(Ctx::new(pc, toplevel, Jump::None));
        let r = self.run_in(code, &mut ctxs);
        self.ctxs = ctxs;
        r
    }

    fn run_in(&mut self, code: &[u32], ctxs: &mut Vec<Ctx>) -> R<bool> {
        let g = |i: usize| -> u32 { code.get(i).copied().unwrap_or(op::FAILURE) };
        let end = self.end;
        let pc = ctxs.last().map_or(0, |c| c.pattern);
        let mut step = Step::Enter;
        let mut pattern: usize = pc;
        let mut ptr: usize = self.ptr;
        // After a helper answered Dispatch: continue from the context's saved position.
        macro_rules! reload {
            () => {
                if matches!(step, Step::Dispatch)
                    && let Some(c) = ctxs.last()
                {
                    pattern = c.pattern;
                    ptr = c.ptr;
                }
            };
        }
        loop {
            self.steps += 1;
            match step {
                Step::Enter => {
                    let Some(ctx) = ctxs.last() else {
                        return Err(EngineError);
                    };
                    pattern = ctx.pattern;
                    ptr = self.ptr;
                    step = Step::Dispatch;
                    if g(pattern) == op::INFO {
                        let min = g(pattern + 3);
                        if min != 0 && ((end - ptr) as u64) < min as u64 {
                            step = Step::Return(false);
                            continue;
                        }
                        pattern += g(pattern + 1) as usize + 1;
                    }
                }
                Step::Return(ret) => {
                    let Some(done) = ctxs.pop() else {
                        return Err(EngineError);
                    };
                    if ctxs.is_empty() {
                        return Ok(ret);
                    }
                    let Some(ctx) = ctxs.last() else {
                        return Err(EngineError);
                    };
                    pattern = ctx.pattern;
                    ptr = ctx.ptr;
                    step = Step::Resume(done.jump, ret);
                }
                Step::Resume(jump, ret) => {
                    step = self.resume(code, ctxs, jump, ret, pattern, ptr)?;
                    reload!();
                }
                Step::Dispatch => {
                    let o = g(pattern);
                    pattern += 1;
                    let Some(ctx) = ctxs.last_mut() else {
                        return Err(EngineError);
                    };
                    // DO_JUMP: save the position, push a context for `next`.
                    macro_rules! do_jump {
                        ($jump:expr, $next:expr, $toplevel:expr) => {{
                            let tl = $toplevel;
                            let next = $next;
                            if let Some(c) = ctxs.last_mut() {
                                c.pattern = pattern;
                                c.ptr = ptr;
                            }
                            ctxs.push(Ctx::new(next, tl, $jump));
                            step = Step::Enter;
                            continue;
                        }};
                    }
                    macro_rules! fail {
                        () => {{
                            step = Step::Return(false);
                            continue;
                        }};
                    }
                    match o {
                        op::MARK => {
                            let i = g(pattern) as isize;
                            if i & 1 != 0 {
                                self.lastindex = i / 2 + 1;
                            }
                            if i > self.lastmark {
                                let mut j = self.lastmark + 1;
                                while j < i {
                                    if let Some(m) = self.mark.get_mut(j as usize) {
                                        *m = None;
                                    }
                                    j += 1;
                                }
                                self.lastmark = i;
                            }
                            if let Some(m) = self.mark.get_mut(i as usize) {
                                *m = Some(ptr);
                            }
                            pattern += 1;
                        }
                        op::LITERAL => {
                            if ptr >= end || self.ch(ptr) != g(pattern) {
                                fail!();
                            }
                            pattern += 1;
                            ptr += 1;
                        }
                        op::NOT_LITERAL => {
                            if ptr >= end || self.ch(ptr) == g(pattern) {
                                fail!();
                            }
                            pattern += 1;
                            ptr += 1;
                        }
                        op::SUCCESS => {
                            if ctx.toplevel
                                && ((self.match_all && ptr != end)
                                    || (self.must_advance && ptr == self.start))
                            {
                                fail!();
                            }
                            self.ptr = ptr;
                            step = Step::Return(true);
                        }
                        op::AT => {
                            if !self.at(ptr, g(pattern)) {
                                fail!();
                            }
                            pattern += 1;
                        }
                        op::CATEGORY => {
                            if ptr >= end || !category(g(pattern), self.ch(ptr)) {
                                fail!();
                            }
                            pattern += 1;
                            ptr += 1;
                        }
                        op::ANY => {
                            if ptr >= end || is_linebreak(self.ch(ptr)) {
                                fail!();
                            }
                            ptr += 1;
                        }
                        op::ANY_ALL => {
                            if ptr >= end {
                                fail!();
                            }
                            ptr += 1;
                        }
                        op::IN => {
                            if ptr >= end || !Self::charset(code, pattern + 1, self.ch(ptr)) {
                                fail!();
                            }
                            pattern += g(pattern) as usize;
                            ptr += 1;
                        }
                        op::LITERAL_IGNORE => {
                            if ptr >= end || lower_ascii(self.ch(ptr)) != g(pattern) {
                                fail!();
                            }
                            pattern += 1;
                            ptr += 1;
                        }
                        op::LITERAL_UNI_IGNORE => {
                            if ptr >= end || lower_unicode(self.ch(ptr)) != g(pattern) {
                                fail!();
                            }
                            pattern += 1;
                            ptr += 1;
                        }
                        op::NOT_LITERAL_IGNORE => {
                            if ptr >= end || lower_ascii(self.ch(ptr)) == g(pattern) {
                                fail!();
                            }
                            pattern += 1;
                            ptr += 1;
                        }
                        op::NOT_LITERAL_UNI_IGNORE => {
                            if ptr >= end || lower_unicode(self.ch(ptr)) == g(pattern) {
                                fail!();
                            }
                            pattern += 1;
                            ptr += 1;
                        }
                        op::IN_IGNORE => {
                            if ptr >= end
                                || !Self::charset(code, pattern + 1, lower_ascii(self.ch(ptr)))
                            {
                                fail!();
                            }
                            pattern += g(pattern) as usize;
                            ptr += 1;
                        }
                        op::IN_UNI_IGNORE => {
                            if ptr >= end
                                || !Self::charset(code, pattern + 1, lower_unicode(self.ch(ptr)))
                            {
                                fail!();
                            }
                            pattern += g(pattern) as usize;
                            ptr += 1;
                        }
                        op::JUMP | op::INFO => {
                            pattern += g(pattern) as usize;
                        }
                        op::BRANCH => {
                            ctx.lastmark = self.lastmark;
                            ctx.lastindex = self.lastindex;
                            if self.repeat.is_some() {
                                let lm = ctx.lastmark;
                                self.mark_push(lm);
                            }
                            // Find the first alternative worth trying.
                            match self.branch_next(code, pattern, ptr) {
                                Some(alt) => {
                                    pattern = alt;
                                    self.ptr = ptr;
                                    let Some(ctx) = ctxs.last_mut() else {
                                        return Err(EngineError);
                                    };
                                    do_jump!(Jump::Branch, pattern + 1, ctx.toplevel);
                                }
                                None => {
                                    let lm = ctxs.last().map_or(-1, |c| c.lastmark);
                                    if self.repeat.is_some() {
                                        self.mark_pop_discard(lm);
                                    }
                                    fail!();
                                }
                            }
                        }
                        op::REPEAT_ONE => {
                            let min = g(pattern + 1);
                            if min as usize > end - ptr {
                                fail!();
                            }
                            self.ptr = ptr;
                            let count = self.count(code, pattern + 3, g(pattern + 2))?;
                            let Some(ctx) = ctxs.last_mut() else {
                                return Err(EngineError);
                            };
                            ctx.count = count as isize;
                            ptr += count;
                            if ctx.count < min as isize {
                                fail!();
                            }
                            let tail = pattern + g(pattern) as usize;
                            if g(tail) == op::SUCCESS
                                && ptr == end
                                && !(ctx.toplevel && self.must_advance && ptr == self.start)
                            {
                                self.ptr = ptr;
                                step = Step::Return(true);
                                continue;
                            }
                            ctx.lastmark = self.lastmark;
                            ctx.lastindex = self.lastindex;
                            if self.repeat.is_some() {
                                let lm = ctx.lastmark;
                                self.mark_push(lm);
                            }
                            let Some(ctx) = ctxs.last_mut() else {
                                return Err(EngineError);
                            };
                            if g(tail) == op::LITERAL {
                                ctx.chr = g(tail + 1);
                                step = self.repeat_one_1_loop(code, ctxs, pattern, ptr)?;
                                reload!();
                            } else {
                                step = self.repeat_one_2_loop(code, ctxs, pattern, ptr)?;
                                reload!();
                            }
                            continue;
                        }
                        op::MIN_REPEAT_ONE => {
                            let min = g(pattern + 1);
                            if min as usize > end - ptr {
                                fail!();
                            }
                            self.ptr = ptr;
                            let count = if min == 0 {
                                0
                            } else {
                                let c = self.count(code, pattern + 3, min)?;
                                if c < min as usize {
                                    fail!();
                                }
                                ptr += c;
                                c
                            };
                            let Some(ctx) = ctxs.last_mut() else {
                                return Err(EngineError);
                            };
                            ctx.count = count as isize;
                            let tail = pattern + g(pattern) as usize;
                            if g(tail) == op::SUCCESS
                                && !(ctx.toplevel
                                    && ((self.match_all && ptr != end)
                                        || (self.must_advance && ptr == self.start)))
                            {
                                self.ptr = ptr;
                                step = Step::Return(true);
                                continue;
                            }
                            ctx.lastmark = self.lastmark;
                            ctx.lastindex = self.lastindex;
                            if self.repeat.is_some() {
                                let lm = ctx.lastmark;
                                self.mark_push(lm);
                            }
                            step = self.min_repeat_one_loop(code, ctxs, pattern, ptr)?;
                            reload!();
                            continue;
                        }
                        op::POSSESSIVE_REPEAT_ONE => {
                            let min = g(pattern + 1);
                            if ptr + min as usize > end {
                                fail!();
                            }
                            self.ptr = ptr;
                            let count = self.count(code, pattern + 3, g(pattern + 2))?;
                            ptr += count;
                            if count < min as usize {
                                fail!();
                            }
                            pattern += g(pattern) as usize;
                            let Some(ctx) = ctxs.last() else {
                                return Err(EngineError);
                            };
                            if g(pattern) == op::SUCCESS
                                && ptr == end
                                && !(ctx.toplevel && self.must_advance && ptr == self.start)
                            {
                                self.ptr = ptr;
                                step = Step::Return(true);
                                continue;
                            }
                        }
                        op::REPEAT => {
                            let rep = self.new_repeat(pattern);
                            ctx.rep = Some(rep);
                            self.repeat = Some(rep);
                            self.ptr = ptr;
                            let next = pattern + g(pattern) as usize;
                            do_jump!(Jump::Repeat, next, ctx.toplevel);
                        }
                        op::MAX_UNTIL => {
                            let Some(rep) = self.repeat else {
                                return Err(EngineError);
                            };
                            ctx.rep = Some(rep);
                            self.ptr = ptr;
                            let rp = self.repeats[rep].pattern;
                            ctx.count = self.repeats[rep].count + 1;
                            if ctx.count < g(rp + 1) as isize {
                                self.repeats[rep].count = ctx.count;
                                do_jump!(Jump::MaxUntil1, rp + 3, ctx.toplevel);
                            }
                            let max = g(rp + 2);
                            if (ctx.count < max as isize || max == MAXREPEAT)
                                && Some(self.ptr) != self.repeats[rep].last_ptr
                            {
                                self.repeats[rep].count = ctx.count;
                                ctx.lastmark = self.lastmark;
                                ctx.lastindex = self.lastindex;
                                let lm = ctx.lastmark;
                                self.mark_push(lm);
                                self.lastptr_stack.push(self.repeats[rep].last_ptr);
                                self.repeats[rep].last_ptr = Some(self.ptr);
                                let Some(ctx) = ctxs.last_mut() else {
                                    return Err(EngineError);
                                };
                                do_jump!(Jump::MaxUntil2, rp + 3, ctx.toplevel);
                            }
                            self.repeat = self.repeats[rep].prev;
                            do_jump!(Jump::MaxUntil3, pattern, ctx.toplevel);
                        }
                        op::MIN_UNTIL => {
                            let Some(rep) = self.repeat else {
                                return Err(EngineError);
                            };
                            ctx.rep = Some(rep);
                            self.ptr = ptr;
                            let rp = self.repeats[rep].pattern;
                            ctx.count = self.repeats[rep].count + 1;
                            if ctx.count < g(rp + 1) as isize {
                                self.repeats[rep].count = ctx.count;
                                do_jump!(Jump::MinUntil1, rp + 3, ctx.toplevel);
                            }
                            self.repeat = self.repeats[rep].prev;
                            ctx.lastmark = self.lastmark;
                            ctx.lastindex = self.lastindex;
                            if self.repeat.is_some() {
                                let lm = ctx.lastmark;
                                self.mark_push(lm);
                            }
                            let Some(ctx) = ctxs.last_mut() else {
                                return Err(EngineError);
                            };
                            do_jump!(Jump::MinUntil2, pattern, ctx.toplevel);
                        }
                        op::POSSESSIVE_REPEAT => {
                            self.ptr = ptr;
                            ctx.count = 0;
                            if (ctx.count as u64) < g(pattern + 1) as u64 {
                                do_jump!(Jump::PossRepeat1, pattern + 3, false);
                            }
                            // `ptr = NULL`: the loop below is entered at least once.
                            ctx.poss_ptr = None;
                            step = self.poss_repeat_loop(code, ctxs, pattern)?;
                            reload!();
                            continue;
                        }
                        op::ATOMIC_GROUP => {
                            self.ptr = ptr;
                            do_jump!(Jump::AtomicGroup, pattern + 1, false);
                        }
                        op::GROUPREF | op::GROUPREF_IGNORE | op::GROUPREF_UNI_IGNORE => {
                            let groupref = g(pattern) as usize * 2;
                            if groupref as isize >= self.lastmark {
                                fail!();
                            }
                            let (Some(p), Some(e)) = (
                                self.mark.get(groupref).copied().flatten(),
                                self.mark.get(groupref + 1).copied().flatten(),
                            ) else {
                                fail!();
                            };
                            if e < p {
                                fail!();
                            }
                            let fold: fn(u32) -> u32 = match o {
                                op::GROUPREF => |c| c,
                                op::GROUPREF_IGNORE => lower_ascii,
                                _ => lower_unicode,
                            };
                            for k in p..e {
                                if ptr >= end || fold(self.ch(ptr)) != fold(self.ch(k)) {
                                    step = Step::Return(false);
                                    break;
                                }
                                ptr += 1;
                            }
                            if matches!(step, Step::Return(false)) {
                                continue;
                            }
                            pattern += 1;
                        }
                        op::GROUPREF_EXISTS => {
                            let groupref = g(pattern) as usize * 2;
                            let exists = (groupref as isize) < self.lastmark
                                && match (
                                    self.mark.get(groupref).copied().flatten(),
                                    self.mark.get(groupref + 1).copied().flatten(),
                                ) {
                                    (Some(p), Some(e)) => e >= p,
                                    _ => false,
                                };
                            if exists {
                                pattern += 2;
                            } else {
                                pattern += g(pattern + 1) as usize;
                            }
                        }
                        op::ASSERT => {
                            let back = g(pattern + 1) as usize;
                            if ptr < back {
                                fail!();
                            }
                            self.ptr = ptr - back;
                            do_jump!(Jump::Assert, pattern + 2, false);
                        }
                        op::ASSERT_NOT => {
                            let back = g(pattern + 1) as usize;
                            if ptr >= back {
                                self.ptr = ptr - back;
                                ctx.lastmark = self.lastmark;
                                ctx.lastindex = self.lastindex;
                                if self.repeat.is_some() {
                                    let lm = ctx.lastmark;
                                    self.mark_push(lm);
                                }
                                do_jump!(Jump::AssertNot, pattern + 2, false);
                            }
                            pattern += g(pattern) as usize;
                        }
                        op::FAILURE => fail!(),
                        _ => return Err(EngineError),
                    }
                }
            }
        }
    }

    /// The next BRANCH alternative from the one whose <skip> is at `pattern` (inclusive)
    /// whose first character can match; its <skip> index.
    fn branch_next(&self, code: &[u32], mut pattern: usize, ptr: usize) -> Option<usize> {
        let g = |i: usize| -> u32 { code.get(i).copied().unwrap_or(0) };
        let end = self.end;
        while g(pattern) != 0 {
            let skip_this = (g(pattern + 1) == op::LITERAL
                && (ptr >= end || self.ch(ptr) != g(pattern + 2)))
                || (g(pattern + 1) == op::IN
                    && (ptr >= end || !Self::charset(code, pattern + 3, self.ch(ptr))));
            if !skip_this {
                return Some(pattern);
            }
            pattern += g(pattern) as usize;
        }
        None
    }

    /// The REPEAT_ONE loop when the tail starts with a literal: backs off until the
    /// literal matches, then tries the tail.
    fn repeat_one_1_loop(
        &mut self,
        code: &[u32],
        ctxs: &mut Vec<Ctx>,
        pattern: usize,
        mut ptr: usize,
    ) -> R<Step> {
        let g = |i: usize| -> u32 { code.get(i).copied().unwrap_or(0) };
        let end = self.end;
        let min = g(pattern + 1) as isize;
        let Some(ctx) = ctxs.last_mut() else {
            return Err(EngineError);
        };
        while ctx.count >= min && (ptr >= end || self.ch(ptr) != ctx.chr) {
            ptr = ptr.wrapping_sub(1);
            ctx.count -= 1;
        }
        if ctx.count >= min {
            self.ptr = ptr;
            ctx.pattern = pattern;
            ctx.ptr = ptr;
            let tl = ctx.toplevel;
            ctxs.push(Ctx::new(
                pattern + g(pattern) as usize,
                tl,
                Jump::RepeatOne1,
            ));
            return Ok(Step::Enter);
        }
        let lm = ctx.lastmark;
        if self.repeat.is_some() {
            self.mark_pop_discard(lm);
        }
        Ok(Step::Return(false))
    }

    fn repeat_one_2_loop(
        &mut self,
        code: &[u32],
        ctxs: &mut Vec<Ctx>,
        pattern: usize,
        ptr: usize,
    ) -> R<Step> {
        let g = |i: usize| -> u32 { code.get(i).copied().unwrap_or(0) };
        let min = g(pattern + 1) as isize;
        let Some(ctx) = ctxs.last_mut() else {
            return Err(EngineError);
        };
        if ctx.count >= min {
            self.ptr = ptr;
            ctx.pattern = pattern;
            ctx.ptr = ptr;
            let tl = ctx.toplevel;
            ctxs.push(Ctx::new(
                pattern + g(pattern) as usize,
                tl,
                Jump::RepeatOne2,
            ));
            return Ok(Step::Enter);
        }
        let lm = ctx.lastmark;
        if self.repeat.is_some() {
            self.mark_pop_discard(lm);
        }
        Ok(Step::Return(false))
    }

    fn min_repeat_one_loop(
        &mut self,
        code: &[u32],
        ctxs: &mut Vec<Ctx>,
        pattern: usize,
        ptr: usize,
    ) -> R<Step> {
        let g = |i: usize| -> u32 { code.get(i).copied().unwrap_or(0) };
        let max = g(pattern + 2);
        let Some(ctx) = ctxs.last_mut() else {
            return Err(EngineError);
        };
        if max == MAXREPEAT || ctx.count <= max as isize {
            self.ptr = ptr;
            ctx.pattern = pattern;
            ctx.ptr = ptr;
            let tl = ctx.toplevel;
            ctxs.push(Ctx::new(
                pattern + g(pattern) as usize,
                tl,
                Jump::MinRepeatOne,
            ));
            return Ok(Step::Enter);
        }
        let lm = ctx.lastmark;
        if self.repeat.is_some() {
            self.mark_pop_discard(lm);
        }
        Ok(Step::Return(false))
    }

    /// The second loop of POSSESSIVE_REPEAT (after the minimum was matched).
    fn poss_repeat_loop(&mut self, code: &[u32], ctxs: &mut Vec<Ctx>, pattern: usize) -> R<Step> {
        let g = |i: usize| -> u32 { code.get(i).copied().unwrap_or(0) };
        let max = g(pattern + 2);
        let Some(ctx) = ctxs.last_mut() else {
            return Err(EngineError);
        };
        if (ctx.count < max as isize || max == MAXREPEAT) && Some(self.ptr) != ctx.poss_ptr {
            ctx.lastmark = self.lastmark;
            ctx.lastindex = self.lastindex;
            let lm = ctx.lastmark;
            ctx.poss_ptr = Some(self.ptr);
            ctx.pattern = pattern;
            ctx.ptr = self.ptr;
            self.mark_push(lm);
            ctxs.push(Ctx::new(pattern + 3, false, Jump::PossRepeat2));
            return Ok(Step::Enter);
        }
        // Evaluate the tail, after the SUCCESS that ends the body.
        ctx.pattern = pattern + g(pattern) as usize + 1;
        ctx.ptr = self.ptr;
        Ok(Step::Dispatch)
    }

    /// The code after a DO_JUMP returned `ret`: the resume labels of sre_lib.h.
    fn resume(
        &mut self,
        code: &[u32],
        ctxs: &mut Vec<Ctx>,
        jump: Jump,
        ret: bool,
        pattern: usize,
        ptr: usize,
    ) -> R<Step> {
        let g = |i: usize| -> u32 { code.get(i).copied().unwrap_or(0) };
        let Some(ctx) = ctxs.last_mut() else {
            return Err(EngineError);
        };
        let out = match jump {
            Jump::None => return Err(EngineError),
            Jump::Branch => {
                let lm = ctx.lastmark;
                if ret {
                    if self.repeat.is_some() {
                        self.mark_pop_discard(lm);
                    }
                    return Ok(Step::Return(true));
                }
                if self.repeat.is_some() {
                    self.mark_pop(lm, false);
                }
                self.lastmark = ctx.lastmark;
                self.lastindex = ctx.lastindex;
                // Next alternative.
                let next = pattern + g(pattern) as usize;
                match self.branch_next(code, next, ptr) {
                    Some(alt) => {
                        self.ptr = ptr;
                        ctx.pattern = alt;
                        ctx.ptr = ptr;
                        let tl = ctx.toplevel;
                        ctxs.push(Ctx::new(alt + 1, tl, Jump::Branch));
                        Step::Enter
                    }
                    None => {
                        if self.repeat.is_some() {
                            self.mark_pop_discard(lm);
                        }
                        Step::Return(false)
                    }
                }
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 => {
                let lm = ctx.lastmark;
                if ret {
                    if self.repeat.is_some() {
                        self.mark_pop_discard(lm);
                    }
                    return Ok(Step::Return(true));
                }
                if self.repeat.is_some() {
                    self.mark_pop(lm, false);
                }
                self.lastmark = ctx.lastmark;
                self.lastindex = ctx.lastindex;
                let p = ptr.wrapping_sub(1);
                ctx.count -= 1;
                if jump == Jump::RepeatOne1 {
                    self.repeat_one_1_loop(code, ctxs, pattern, p)?
                } else {
                    self.repeat_one_2_loop(code, ctxs, pattern, p)?
                }
            }
            Jump::MinRepeatOne => {
                let lm = ctx.lastmark;
                if ret {
                    if self.repeat.is_some() {
                        self.mark_pop_discard(lm);
                    }
                    return Ok(Step::Return(true));
                }
                if self.repeat.is_some() {
                    self.mark_pop(lm, false);
                }
                self.lastmark = ctx.lastmark;
                self.lastindex = ctx.lastindex;
                self.ptr = ptr;
                let n = self.count(code, pattern + 3, 1)?;
                let Some(ctx) = ctxs.last_mut() else {
                    return Err(EngineError);
                };
                if n == 0 {
                    if self.repeat.is_some() {
                        self.mark_pop_discard(lm);
                    }
                    Step::Return(false)
                } else {
                    ctx.count += 1;
                    self.min_repeat_one_loop(code, ctxs, pattern, ptr + 1)?
                }
            }
            Jump::Repeat => {
                let rep = ctx.rep.ok_or(EngineError)?;
                self.repeat = self.repeats.get(rep).ok_or(EngineError)?.prev;
                if rep + 1 == self.repeats.len() {
                    self.repeats.pop();
                }
                Step::Return(ret)
            }
            Jump::MaxUntil1 | Jump::MinUntil1 => {
                if ret {
                    return Ok(Step::Return(true));
                }
                let rep = ctx.rep.ok_or(EngineError)?;
                self.repeats[rep].count = ctx.count - 1;
                self.ptr = ptr;
                Step::Return(false)
            }
            Jump::MaxUntil2 => {
                let rep = ctx.rep.ok_or(EngineError)?;
                self.repeats[rep].last_ptr = self.lastptr_stack.pop().flatten();
                let lm = ctx.lastmark;
                if ret {
                    self.mark_pop_discard(lm);
                    return Ok(Step::Return(true));
                }
                self.mark_pop(lm, true);
                self.lastmark = ctx.lastmark;
                self.lastindex = ctx.lastindex;
                self.repeats[rep].count = ctx.count - 1;
                self.ptr = ptr;
                // The tail.
                self.repeat = self.repeats[rep].prev;
                ctx.pattern = pattern;
                ctx.ptr = ptr;
                let tl = ctx.toplevel;
                ctxs.push(Ctx::new(pattern, tl, Jump::MaxUntil3));
                Step::Enter
            }
            Jump::MaxUntil3 => {
                let rep = ctx.rep.ok_or(EngineError)?;
                self.repeat = Some(rep);
                if ret {
                    return Ok(Step::Return(true));
                }
                self.ptr = ptr;
                Step::Return(false)
            }
            Jump::MinUntil2 => {
                let rep = ctx.rep.ok_or(EngineError)?;
                let repeat_of_tail = self.repeat;
                self.repeat = Some(rep);
                let lm = ctx.lastmark;
                if ret {
                    if repeat_of_tail.is_some() {
                        self.mark_pop_discard(lm);
                    }
                    return Ok(Step::Return(true));
                }
                if repeat_of_tail.is_some() {
                    self.mark_pop(lm, true);
                }
                self.lastmark = ctx.lastmark;
                self.lastindex = ctx.lastindex;
                self.ptr = ptr;
                let rp = self.repeats[rep].pattern;
                let max = g(rp + 2);
                if (ctx.count >= max as isize && max != MAXREPEAT)
                    || Some(self.ptr) == self.repeats[rep].last_ptr
                {
                    Step::Return(false)
                } else {
                    self.repeats[rep].count = ctx.count;
                    self.lastptr_stack.push(self.repeats[rep].last_ptr);
                    self.repeats[rep].last_ptr = Some(self.ptr);
                    ctx.pattern = pattern;
                    ctx.ptr = ptr;
                    let tl = ctx.toplevel;
                    ctxs.push(Ctx::new(rp + 3, tl, Jump::MinUntil3));
                    Step::Enter
                }
            }
            Jump::MinUntil3 => {
                let rep = ctx.rep.ok_or(EngineError)?;
                self.repeats[rep].last_ptr = self.lastptr_stack.pop().flatten();
                if ret {
                    return Ok(Step::Return(true));
                }
                self.repeats[rep].count = ctx.count - 1;
                self.ptr = ptr;
                Step::Return(false)
            }
            Jump::PossRepeat1 => {
                if !ret {
                    self.ptr = ptr;
                    return Ok(Step::Return(false));
                }
                ctx.count += 1;
                if (ctx.count as u64) < g(pattern + 1) as u64 {
                    ctx.pattern = pattern;
                    ctx.ptr = ptr;
                    ctxs.push(Ctx::new(pattern + 3, false, Jump::PossRepeat1));
                    Step::Enter
                } else {
                    ctx.poss_ptr = None;
                    self.poss_repeat_loop(code, ctxs, pattern)?
                }
            }
            Jump::PossRepeat2 => {
                let lm = ctx.lastmark;
                if ret {
                    self.mark_pop_discard(lm);
                    ctx.count += 1;
                    self.poss_repeat_loop(code, ctxs, pattern)?
                } else {
                    self.mark_pop(lm, true);
                    self.lastmark = ctx.lastmark;
                    self.lastindex = ctx.lastindex;
                    self.ptr = ctx.poss_ptr.unwrap_or(self.ptr);
                    ctx.pattern = pattern + g(pattern) as usize + 1;
                    ctx.ptr = self.ptr;
                    Step::Dispatch
                }
            }
            Jump::AtomicGroup => {
                if !ret {
                    self.ptr = ptr;
                    return Ok(Step::Return(false));
                }
                ctx.pattern = pattern + g(pattern) as usize;
                ctx.ptr = self.ptr;
                Step::Dispatch
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Step::Return(false));
                }
                ctx.pattern = pattern + g(pattern) as usize;
                ctx.ptr = ptr;
                Step::Dispatch
            }
            Jump::AssertNot => {
                let lm = ctx.lastmark;
                if ret {
                    if self.repeat.is_some() {
                        self.mark_pop_discard(lm);
                    }
                    return Ok(Step::Return(false));
                }
                if self.repeat.is_some() {
                    self.mark_pop(lm, true);
                }
                self.lastmark = ctx.lastmark;
                self.lastindex = ctx.lastindex;
                ctx.pattern = pattern + g(pattern) as usize;
                ctx.ptr = ptr;
                Step::Dispatch
            }
        };
        Ok(out)
    }

    /// SRE(search): the first match at or after self.start.
    pub fn search(&mut self, code: &[u32]) -> R<bool> {
        let g = |i: usize| -> u32 { code.get(i).copied().unwrap_or(0) };
        let mut ptr = self.start;
        let mut end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let mut flags = 0;
        let mut prefix_len = 0usize;
        let mut prefix_skip = 0usize;
        let mut prefix = 0usize;
        let mut overlap = 0usize;
        let mut charset: Option<usize> = None;
        let mut pattern = 0usize;
        if g(0) == op::INFO {
            flags = g(2);
            let min = g(3) as usize;
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
            if min > 1 {
                end = end.saturating_sub(min - 1);
                if end <= ptr {
                    end = ptr;
                }
            }
            if flags & INFO_PREFIX != 0 {
                prefix_len = g(5) as usize;
                prefix_skip = g(6) as usize;
                prefix = 7;
                overlap = prefix + prefix_len - 1;
            } else if flags & INFO_CHARSET != 0 {
                charset = Some(5);
            }
            pattern = 1 + g(1) as usize;
        }
        let _ = end;
        if prefix_len == 1 {
            let c = g(prefix);
            let end = self.end;
            self.must_advance = false;
            while ptr < end {
                while self.ch(ptr) != c {
                    ptr += 1;
                    if ptr >= end {
                        return Ok(false);
                    }
                }
                self.start = ptr;
                self.ptr = ptr + prefix_skip;
                if flags & INFO_LITERAL != 0 {
                    return Ok(true);
                }
                if self.run(code, pattern + 2 * prefix_skip, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.lastmark = -1;
                self.lastindex = -1;
            }
            return Ok(false);
        }
        if prefix_len > 1 {
            let end = self.end;
            if prefix_len > end - ptr {
                return Ok(false);
            }
            while ptr < end {
                let c = g(prefix);
                loop {
                    let here = self.ch(ptr);
                    ptr += 1;
                    if here == c {
                        break;
                    }
                    if ptr >= end {
                        return Ok(false);
                    }
                }
                if ptr >= end {
                    return Ok(false);
                }
                let mut i = 1usize;
                self.must_advance = false;
                loop {
                    if self.ch(ptr) == g(prefix + i) {
                        i += 1;
                        if i != prefix_len {
                            ptr += 1;
                            if ptr >= end {
                                return Ok(false);
                            }
                            continue;
                        }
                        self.start = ptr - (prefix_len - 1);
                        self.ptr = ptr + prefix_skip + 1 - prefix_len;
                        if flags & INFO_LITERAL != 0 {
                            return Ok(true);
                        }
                        if self.run(code, pattern + 2 * prefix_skip, false)? {
                            return Ok(true);
                        }
                        ptr += 1;
                        if ptr >= end {
                            return Ok(false);
                        }
                        self.lastmark = -1;
                        self.lastindex = -1;
                    }
                    i = g(overlap + i) as usize;
                    if i == 0 {
                        break;
                    }
                }
            }
            return Ok(false);
        }
        if let Some(cs) = charset {
            let end = self.end;
            self.must_advance = false;
            loop {
                while ptr < end && !Self::charset(code, cs, self.ch(ptr)) {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.run(code, pattern, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.lastmark = -1;
                self.lastindex = -1;
            }
        }
        // Whether a match may start at p (first_chars; a pattern with a set never
        // matches the empty string, so must_advance cannot matter where it is skipped).
        let may_start = |st: &Self, p: usize| match st.first {
            None => true,
            Some(set) => {
                let c = st.ch(p);
                p < st.end && (c >= 128 || set & (1u128 << c) != 0)
            }
        };
        self.start = ptr;
        self.ptr = ptr;
        let mut status = may_start(self, ptr) && self.run(code, pattern, true)?;
        self.must_advance = false;
        if !status
            && g(pattern) == op::AT
            && (g(pattern + 1) == at::BEGINNING || g(pattern + 1) == at::BEGINNING_STRING)
        {
            self.start = end;
            self.ptr = end;
            return Ok(false);
        }
        while !status && ptr < end {
            ptr += 1;
            if !may_start(self, ptr) {
                continue;
            }
            self.lastmark = -1;
            self.lastindex = -1;
            self.start = ptr;
            self.ptr = ptr;
            status = self.run(code, pattern, false)?;
        }
        Ok(status)
    }

    /// sre_match: the pattern anchored at self.start (toplevel).
    pub fn match_here(&mut self, code: &[u32]) -> R<bool> {
        self.ptr = self.start;
        self.run(code, 0, true)
    }

    /// (start, end) of group `i` (1-based) after a match, as pattern_new_match reads
    /// them; None if the group did not participate.
    pub fn group_span(&self, i: usize) -> Option<(usize, usize)> {
        let j = 2 * (i - 1);
        if (j + 1) as isize <= self.lastmark
            && let (Some(a), Some(b)) = (
                self.mark.get(j).copied().flatten(),
                self.mark.get(j + 1).copied().flatten(),
            )
        {
            return Some((a, b));
        }
        None
    }
}

/// What the engine does next: enter the top context, run its code, return from it, or
/// resume it after a nested context returned.
enum Step {
    Enter,
    Dispatch,
    Return(bool),
    Resume(Jump, bool),
}
