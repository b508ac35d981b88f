//! The regular expression parser: a port of CPython 3.11's Lib/re/_parser.py, producing
//! the same tree (and so, through re_compile.rs, the same SRE code) and the same error
//! messages and positions.

use crate::int::Int;

pub const MAXREPEAT: u32 = u32::MAX;
pub const MAXGROUPS: usize = 1_073_741_823;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

/// AT codes (Lib/re/_constants.py ATCODES).
pub mod at {
    pub const BEGINNING: u32 = 0;
    pub const BEGINNING_LINE: u32 = 1;
    pub const BEGINNING_STRING: u32 = 2;
    pub const BOUNDARY: u32 = 3;
    pub const NON_BOUNDARY: u32 = 4;
    pub const END: u32 = 5;
    pub const END_LINE: u32 = 6;
    pub const END_STRING: u32 = 7;
    pub const LOC_BOUNDARY: u32 = 8;
    pub const LOC_NON_BOUNDARY: u32 = 9;
    pub const UNI_BOUNDARY: u32 = 10;
    pub const UNI_NON_BOUNDARY: u32 = 11;
}

/// Category codes (CHCODES).
pub mod cat {
    pub const DIGIT: u32 = 0;
    pub const NOT_DIGIT: u32 = 1;
    pub const SPACE: u32 = 2;
    pub const NOT_SPACE: u32 = 3;
    pub const WORD: u32 = 4;
    pub const NOT_WORD: u32 = 5;
    pub const LINEBREAK: u32 = 6;
    pub const NOT_LINEBREAK: u32 = 7;
    pub const LOC_WORD: u32 = 8;
    pub const LOC_NOT_WORD: u32 = 9;
    pub const UNI_DIGIT: u32 = 10;
    pub const UNI_NOT_DIGIT: u32 = 11;
    pub const UNI_SPACE: u32 = 12;
    pub const UNI_NOT_SPACE: u32 = 13;
    pub const UNI_WORD: u32 = 14;
    pub const UNI_NOT_WORD: u32 = 15;
    pub const UNI_LINEBREAK: u32 = 16;
    pub const UNI_NOT_LINEBREAK: u32 = 17;
}

/// A member of a character set (the IN sublanguage).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Negate,
    Literal(u32),
    Range(u32, u32),
    RangeUniIgnore(u32, u32),
    Category(u32),
    Charset(Vec<u32>),
    BigCharset(Vec<u32>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Max,
    Min,
    Possessive,
}

/// One (op, av) item of a SubPattern.
#[derive(Clone, Debug)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    At(u32),
    In(Vec<SetItem>),
    Branch(Vec<Vec<Node>>),
    Repeat {
        kind: RepeatKind,
        min: u32,
        max: u32,
        item: Vec<Node>,
    },
    Subpattern {
        group: Option<usize>,
        add_flags: u32,
        del_flags: u32,
        p: Vec<Node>,
    },
    AtomicGroup(Vec<Node>),
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
    Assert {
        negate: bool,
        behind: bool,
        p: Vec<Node>,
    },
}

impl Node {
    /// `item[0] == prefix` of _parse_sub: tuples compare by value, SubPatterns by identity
    /// (so any item holding a subpattern is never equal to another).
    fn prefix_eq(&self, o: &Node) -> bool {
        match (self, o) {
            (Node::Literal(a), Node::Literal(b)) | (Node::NotLiteral(a), Node::NotLiteral(b)) => {
                a == b
            }
            (Node::Any, Node::Any) => true,
            (Node::At(a), Node::At(b)) => a == b,
            (Node::In(a), Node::In(b)) => a == b,
            (Node::GroupRef(a), Node::GroupRef(b)) => a == b,
            _ => false,
        }
    }
}

/// What went wrong: re.error (with a position in the pattern, or none), or another
/// exception class CPython raises while compiling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReErr {
    Error {
        msg: String,
        pos: Option<usize>,
    },
    Overflow(String),
    Value(String),
    /// CPython would accept the pattern but molt cannot reproduce it exactly.
    Unsupported(String),
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReErr> {
    Err(ReErr::Error {
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// Python's repr() of a str, for messages.
fn pyrepr(s: &str) -> String {
    let mut out = String::new();
    crate::str::repr_str_into(s, &mut out);
    out
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || crate::unicode::is_xid_start(c) => {}
        _ => return false,
    }
    it.all(crate::unicode::is_xid_continue)
}

fn is_ascii_decimal(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

/// int(s) of Python, for group numbers written in a pattern or template.
fn py_int(s: &str) -> Option<Int> {
    Int::parse(s, 10).ok()
}

/// The parser's state (class State).
pub struct State {
    pub flags: u32,
    pub groupdict: Vec<(String, usize)>,
    pub groupwidths: Vec<Option<(u32, u32)>>,
    lookbehindgroups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    /// Warnings CPython prints for this pattern (molt's check refuses such patterns).
    pub warnings: Vec<String>,
}

impl State {
    pub fn groups(&self) -> usize {
        self.groupwidths.len()
    }

    pub fn group_named(&self, name: &str) -> Option<usize> {
        self.groupdict
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, g)| *g)
    }

    fn opengroup(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.groupwidths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(ogid) = self.group_named(name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {ogid}",
                    pyrepr(name)
                ));
            }
            self.groupdict.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn closegroup(&mut self, gid: usize, p: &[Node]) {
        let w = getwidth(p, &self.groupwidths);
        if let Some(slot) = self.groupwidths.get_mut(gid) {
            *slot = Some(w);
        }
    }

    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.groupwidths.get(gid).is_some_and(|w| w.is_some())
    }

    fn checklookbehindgroup(&self, gid: usize, source: &Tokenizer) -> Result<(), ReErr> {
        if let Some(lbg) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= lbg {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

/// SubPattern.getwidth: the (min, max) width of a subpattern.
pub fn getwidth(p: &[Node], groupwidths: &[Option<(u32, u32)>]) -> (u32, u32) {
    let mut lo: u64 = 0;
    let mut hi: u64 = 0;
    let maxrep = MAXREPEAT as u64;
    for node in p {
        match node {
            Node::Branch(items) => {
                let mut i = maxrep - 1;
                let mut j = 0;
                for a in items {
                    let (l, h) = getwidth(a, groupwidths);
                    i = i.min(l as u64);
                    j = j.max(h as u64);
                }
                lo = lo.saturating_add(i);
                hi = hi.saturating_add(j);
            }
            Node::AtomicGroup(a) | Node::Subpattern { p: a, .. } => {
                let (i, j) = getwidth(a, groupwidths);
                lo = lo.saturating_add(i as u64);
                hi = hi.saturating_add(j as u64);
            }
            Node::Repeat { min, max, item, .. } => {
                let (i, j) = getwidth(item, groupwidths);
                lo = lo.saturating_add((i as u64).saturating_mul(*min as u64));
                hi = hi.saturating_add((j as u64).saturating_mul(*max as u64));
            }
            Node::Any | Node::In(_) | Node::Literal(_) | Node::NotLiteral(_) => {
                lo = lo.saturating_add(1);
                hi = hi.saturating_add(1);
            }
            Node::GroupRef(g) => {
                let (i, j) = groupwidths.get(*g).copied().flatten().unwrap_or((0, 0));
                lo = lo.saturating_add(i as u64);
                hi = hi.saturating_add(j as u64);
            }
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = getwidth(yes, groupwidths);
                match no {
                    Some(no) => {
                        let (l, h) = getwidth(no, groupwidths);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                lo = lo.saturating_add(i as u64);
                hi = hi.saturating_add(j as u64);
            }
            Node::At(_) | Node::Assert { .. } => {}
        }
    }
    ((lo.min(maxrep - 1)) as u32, hi.min(maxrep) as u32)
}

/// class Tokenizer, over code points.
pub struct Tokenizer<'a> {
    s: &'a [char],
    index: usize,
    /// The next token: one character, or a backslash and the character after it.
    next: Option<(char, Option<char>)>,
}

type Tok = (char, Option<char>);

fn tok_len(t: &Option<Tok>) -> usize {
    match t {
        None => 0,
        Some((_, None)) => 1,
        Some((_, Some(_))) => 2,
    }
}

fn tok_str(t: Tok) -> String {
    let mut s = String::new();
    s.push(t.0);
    if let Some(c) = t.1 {
        s.push(c);
    }
    s
}

impl<'a> Tokenizer<'a> {
    pub fn new(s: &'a [char]) -> Result<Tokenizer<'a>, ReErr> {
        let mut t = Tokenizer {
            s,
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<(), ReErr> {
        let mut index = self.index;
        let Some(&c) = self.s.get(index) else {
            self.next = None;
            return Ok(());
        };
        let mut tok = (c, None);
        if c == '\\' {
            index += 1;
            match self.s.get(index) {
                Some(&d) => tok.1 = Some(d),
                None => {
                    return Err(ReErr::Error {
                        msg: "bad escape (end of pattern)".into(),
                        pos: Some(self.s.len().saturating_sub(1)),
                    });
                }
            }
        }
        self.index = index + 1;
        self.next = Some(tok);
        Ok(())
    }

    fn next_is(&self, c: char) -> bool {
        self.next == Some((c, None))
    }

    fn next_char(&self) -> Option<char> {
        match self.next {
            Some((c, None)) => Some(c),
            _ => None,
        }
    }

    fn matches(&mut self, c: char) -> Result<bool, ReErr> {
        if self.next_is(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> Result<Option<Tok>, ReErr> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// getwhile(n, charset) for sets of plain characters.
    fn getwhile(&mut self, n: usize, ok: impl Fn(char) -> bool) -> Result<String, ReErr> {
        let mut result = String::new();
        for _ in 0..n {
            match self.next_char() {
                Some(c) if ok(c) => {
                    result.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(result)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> Result<String, ReErr> {
        let mut result = String::new();
        let mut n = 0usize;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 0));
                    }
                    return Err(self.error(&format!("missing {terminator}, unterminated name"), n));
                }
                Some(t) if t == (terminator, None) => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    result.push_str(&tok_str(t));
                    n += tok_len(&Some(t));
                }
            }
        }
        Ok(result)
    }

    pub fn tell(&self) -> usize {
        self.index - tok_len(&self.next)
    }

    fn seek(&mut self, index: usize) -> Result<(), ReErr> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: &str, offset: usize) -> ReErr {
        ReErr::Error {
            msg: msg.to_string(),
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

    fn checkgroupname(&self, name: &str, offset: usize) -> Result<(), ReErr> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", pyrepr(name));
            return Err(self.error(&msg, name.chars().count() + offset));
        }
        Ok(())
    }
}

fn hexval(s: &str) -> u32 {
    u32::from_str_radix(s, 16).unwrap_or(0)
}

fn octval(s: &str) -> u32 {
    u32::from_str_radix(s, 8).unwrap_or(0)
}

enum Code {
    Node(Node),
    /// (IN, [(CATEGORY, c)]) from a category escape.
    InCat(u32),
}

/// ESCAPES of _parser.py.
fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// CATEGORIES of _parser.py.
fn category_escape(c: char) -> Option<Code> {
    Some(match c {
        'A' => Code::Node(Node::At(at::BEGINNING_STRING)),
        'b' => Code::Node(Node::At(at::BOUNDARY)),
        'B' => Code::Node(Node::At(at::NON_BOUNDARY)),
        'd' => Code::InCat(cat::DIGIT),
        'D' => Code::InCat(cat::NOT_DIGIT),
        's' => Code::InCat(cat::SPACE),
        'S' => Code::InCat(cat::NOT_SPACE),
        'w' => Code::InCat(cat::WORD),
        'W' => Code::InCat(cat::NOT_WORD),
        'Z' => Code::Node(Node::At(at::END_STRING)),
        _ => return None,
    })
}

/// The escapes common to classes and expressions: \x, \u, \U, \N. None when `c` is not
/// one of them.
fn hex_escape(source: &mut Tokenizer, c: char) -> Result<Option<u32>, ReErr> {
    let (n, total) = match c {
        'x' => (2, 4),
        'u' => (4, 6),
        'U' => (8, 10),
        'N' => {
            return Err(ReErr::Unsupported(
                "\\N{...} escapes (named characters) are not supported".into(),
            ));
        }
        _ => return Ok(None),
    };
    let digits = source.getwhile(n, |d| d.is_ascii_hexdigit())?;
    let escape = format!("\\{c}{digits}");
    if escape.chars().count() != total {
        return Err(source.error(
            &format!("incomplete escape {escape}"),
            escape.chars().count(),
        ));
    }
    let v = hexval(&digits);
    if c == 'U' && v > 0x10ffff {
        // chr() fails; _parser.py then reports a bad escape.
        return Err(source.error(&format!("bad escape {escape}"), escape.chars().count()));
    }
    Ok(Some(v))
}

/// _class_escape: an escape inside a character class.
fn class_escape(source: &mut Tokenizer, c: char) -> Result<Code, ReErr> {
    if let Some(v) = simple_escape(c) {
        return Ok(Code::Node(Node::Literal(v)));
    }
    if let Some(code @ Code::InCat(_)) = category_escape(c) {
        return Ok(code);
    }
    if let Some(v) = hex_escape(source, c)? {
        return Ok(Code::Node(Node::Literal(v)));
    }
    if ('0'..='7').contains(&c) {
        let more = source.getwhile(2, |d| ('0'..='7').contains(&d))?;
        let escape = format!("\\{c}{more}");
        let v = octval(&format!("{c}{more}"));
        if v > 0o377 {
            return Err(source.error(
                &format!("octal escape value {escape} outside of range 0-0o377"),
                escape.chars().count(),
            ));
        }
        return Ok(Code::Node(Node::Literal(v)));
    }
    if c.is_ascii_digit() || c.is_ascii_alphabetic() {
        return Err(source.error(&format!("bad escape \\{c}"), 2));
    }
    Ok(Code::Node(Node::Literal(c as u32)))
}

/// _escape: an escape in an expression.
fn escape(source: &mut Tokenizer, c: char, state: &State) -> Result<Code, ReErr> {
    if let Some(code) = category_escape(c) {
        return Ok(code);
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Code::Node(Node::Literal(v)));
    }
    if let Some(v) = hex_escape(source, c)? {
        return Ok(Code::Node(Node::Literal(v)));
    }
    if c == '0' {
        let more = source.getwhile(2, |d| ('0'..='7').contains(&d))?;
        return Ok(Code::Node(Node::Literal(octval(&format!("0{more}")))));
    }
    if c.is_ascii_digit() {
        let mut esc = format!("\\{c}");
        if let Some(d) = source.next_char()
            && d.is_ascii_digit()
        {
            source.advance()?;
            esc.push(d);
            let oct = |x: char| ('0'..='7').contains(&x);
            if oct(c)
                && oct(d)
                && let Some(e) = source.next_char()
                && oct(e)
            {
                source.advance()?;
                esc.push(e);
                let v = octval(&esc[1..]);
                if v > 0o377 {
                    return Err(source.error(
                        &format!("octal escape value {esc} outside of range 0-0o377"),
                        esc.chars().count(),
                    ));
                }
                return Ok(Code::Node(Node::Literal(v)));
            }
        }
        let group: usize = esc[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(source.error("cannot refer to an open group", esc.len()));
            }
            state.checklookbehindgroup(group, source)?;
            return Ok(Code::Node(Node::GroupRef(group)));
        }
        return Err(source.error(&format!("invalid group reference {group}"), esc.len() - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(source.error(&format!("bad escape \\{c}"), 2));
    }
    Ok(Code::Node(Node::Literal(c as u32)))
}

fn uniq(items: Vec<SetItem>) -> Vec<SetItem> {
    let mut out: Vec<SetItem> = Vec::with_capacity(items.len());
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

fn code_to_set_item(code: Code) -> SetItem {
    match code {
        Code::InCat(c) => SetItem::Category(c),
        Code::Node(Node::Literal(v)) => SetItem::Literal(v),
        // Class escapes only give literals and categories.
        Code::Node(_) => SetItem::Literal(0),
    }
}

struct Parser<'a, 'b> {
    source: &'b mut Tokenizer<'a>,
    state: State,
}

impl Parser<'_, '_> {
    /// _parse_sub: an alternation a|b|c.
    fn parse_sub(&mut self, verbose: bool, nested: usize) -> Result<Vec<Node>, ReErr> {
        let mut items: Vec<Vec<Node>> = Vec::new();
        let mut verbose = verbose;
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse(verbose, nested + 1, first)?);
            if !self.source.matches('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.state.flags & FLAG_VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or_default());
        }
        let mut subpattern = Vec::new();
        // Move a prefix common to all branches out of the branch.
        loop {
            let mut prefix: Option<Node> = None;
            let mut all = true;
            for item in &items {
                let Some(first) = item.first() else {
                    all = false;
                    break;
                };
                match &prefix {
                    None => prefix = Some(first.clone()),
                    Some(p) if !first.prefix_eq(p) => {
                        all = false;
                        break;
                    }
                    Some(_) => {}
                }
            }
            if !all {
                break;
            }
            for item in &mut items {
                item.remove(0);
            }
            if let Some(p) = prefix {
                subpattern.push(p);
            }
        }
        // A branch of single literals and sets is a set.
        let mut set = Vec::new();
        let mut ok = true;
        for item in &items {
            if item.len() != 1 {
                ok = false;
                break;
            }
            match &item[0] {
                Node::Literal(v) => set.push(SetItem::Literal(*v)),
                Node::In(av) if av.first() != Some(&SetItem::Negate) => {
                    set.extend(av.iter().cloned())
                }
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            subpattern.push(Node::In(uniq(set)));
            return Ok(subpattern);
        }
        subpattern.push(Node::Branch(items));
        Ok(subpattern)
    }

    /// _parse: a sequence.
    fn parse(&mut self, verbose: bool, nested: usize, first: bool) -> Result<Vec<Node>, ReErr> {
        let mut subpattern: Vec<Node> = Vec::new();
        let mut verbose = verbose;
        while let Some(this) = self.source.next {
            if this == ('|', None) || this == (')', None) {
                break;
            }
            self.source.advance()?;
            if verbose {
                if this.1.is_none() && " \t\n\r\u{b}\u{c}".contains(this.0) {
                    continue;
                }
                if this == ('#', None) {
                    loop {
                        match self.source.get()? {
                            None | Some(('\n', None)) => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            if let (_, Some(c)) = this {
                match escape(self.source, c, &self.state)? {
                    Code::Node(n) => subpattern.push(n),
                    Code::InCat(c) => subpattern.push(Node::In(vec![SetItem::Category(c)])),
                }
                continue;
            }
            let ch = this.0;
            if !".[{()*+?^$|".contains(ch) {
                subpattern.push(Node::Literal(ch as u32));
                continue;
            }
            match ch {
                '[' => self.parse_set(&mut subpattern)?,
                '*' | '+' | '?' | '{' => {
                    if !self.parse_repeat(ch, &mut subpattern)? {
                        continue;
                    }
                }
                '.' => subpattern.push(Node::Any),
                '(' => {
                    if let Some(v) =
                        self.parse_group(&mut subpattern, &mut verbose, nested, first)?
                    {
                        verbose = v;
                    }
                }
                '^' => subpattern.push(Node::At(at::BEGINNING)),
                '$' => subpattern.push(Node::At(at::END)),
                _ => subpattern.push(Node::Literal(ch as u32)),
            }
        }
        // Unpack non-capturing groups without flags.
        let mut i = subpattern.len();
        while i > 0 {
            i -= 1;
            if let Node::Subpattern {
                group: None,
                add_flags: 0,
                del_flags: 0,
                ..
            } = &subpattern[i]
                && let Node::Subpattern { p, .. } = subpattern.remove(i)
            {
                for (k, n) in p.into_iter().enumerate() {
                    subpattern.insert(i + k, n);
                }
            }
        }
        Ok(subpattern)
    }

    fn parse_set(&mut self, subpattern: &mut Vec<Node>) -> Result<(), ReErr> {
        let here = self.source.tell() - 1;
        let mut set: Vec<SetItem> = Vec::new();
        if self.source.next_is('[') {
            self.state.warnings.push(format!(
                "Possible nested set at position {}",
                self.source.tell()
            ));
        }
        let negate = self.source.matches('^')?;
        loop {
            let Some(this) = self.source.get()? else {
                return Err(self
                    .source
                    .error("unterminated character set", self.source.tell() - here));
            };
            if this == (']', None) && !set.is_empty() {
                break;
            }
            let code1 = match this {
                (_, Some(c)) => class_escape(self.source, c)?,
                (c, None) => {
                    if !set.is_empty() && "-&~|".contains(c) && self.source.next_is(c) {
                        self.state.warnings.push(format!(
                            "Possible set operation at position {}",
                            self.source.tell() - 1
                        ));
                    }
                    Code::Node(Node::Literal(c as u32))
                }
            };
            if self.source.matches('-')? {
                let Some(that) = self.source.get()? else {
                    return Err(self
                        .source
                        .error("unterminated character set", self.source.tell() - here));
                };
                if that == (']', None) {
                    set.push(code_to_set_item(code1));
                    set.push(SetItem::Literal('-' as u32));
                    break;
                }
                let code2 = match that {
                    (_, Some(c)) => class_escape(self.source, c)?,
                    (c, None) => {
                        if c == '-' {
                            self.state.warnings.push(format!(
                                "Possible set difference at position {}",
                                self.source.tell() - 2
                            ));
                        }
                        Code::Node(Node::Literal(c as u32))
                    }
                };
                let bad = || format!("bad character range {}-{}", tok_str(this), tok_str(that));
                let span = tok_len(&Some(this)) + 1 + tok_len(&Some(that));
                let (Code::Node(Node::Literal(lo)), Code::Node(Node::Literal(hi))) = (code1, code2)
                else {
                    return Err(self.source.error(&bad(), span));
                };
                if hi < lo {
                    return Err(self.source.error(&bad(), span));
                }
                set.push(SetItem::Range(lo, hi));
            } else {
                set.push(code_to_set_item(code1));
            }
        }
        let mut set = uniq(set);
        if set.len() == 1
            && let SetItem::Literal(v) = set[0]
        {
            subpattern.push(if negate {
                Node::NotLiteral(v)
            } else {
                Node::Literal(v)
            });
        } else {
            if negate {
                set.insert(0, SetItem::Negate);
            }
            subpattern.push(Node::In(set));
        }
        Ok(())
    }

    /// A quantifier; false when `{` turned out to be a literal.
    fn parse_repeat(&mut self, this: char, subpattern: &mut Vec<Node>) -> Result<bool, ReErr> {
        let here = self.source.tell();
        let (min, max) = match this {
            '?' => (0, 1),
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            _ => {
                if self.source.next_is('}') {
                    subpattern.push(Node::Literal('{' as u32));
                    return Ok(false);
                }
                let mut min = 0u32;
                let mut max = MAXREPEAT;
                let lo = self.source.getwhile(usize::MAX, |c| c.is_ascii_digit())?;
                let hi = if self.source.matches(',')? {
                    self.source.getwhile(usize::MAX, |c| c.is_ascii_digit())?
                } else {
                    lo.clone()
                };
                if !self.source.matches('}')? {
                    subpattern.push(Node::Literal('{' as u32));
                    self.source.seek(here)?;
                    return Ok(false);
                }
                let too_large =
                    || ReErr::Overflow("the repetition number is too large".to_string());
                if !lo.is_empty() {
                    let v: u64 = lo.parse().unwrap_or(u64::MAX);
                    if v >= MAXREPEAT as u64 {
                        return Err(too_large());
                    }
                    min = v as u32;
                }
                if !hi.is_empty() {
                    let v: u64 = hi.parse().unwrap_or(u64::MAX);
                    if v >= MAXREPEAT as u64 {
                        return Err(too_large());
                    }
                    max = v as u32;
                    if max < min {
                        return Err(self.source.error(
                            "min repeat greater than max repeat",
                            self.source.tell() - here,
                        ));
                    }
                }
                (min, max)
            }
        };
        let span = self.source.tell() - here + 1;
        let item = match subpattern.last() {
            None | Some(Node::At(_)) => {
                return Err(self.source.error("nothing to repeat", span));
            }
            Some(Node::Repeat { .. }) => {
                return Err(self.source.error("multiple repeat", span));
            }
            Some(_) => subpattern.pop(),
        };
        let item = match item {
            Some(Node::Subpattern {
                group: None,
                add_flags: 0,
                del_flags: 0,
                p,
            }) => p,
            Some(n) => vec![n],
            None => vec![],
        };
        let kind = if self.source.matches('?')? {
            RepeatKind::Min
        } else if self.source.matches('+')? {
            RepeatKind::Possessive
        } else {
            RepeatKind::Max
        };
        subpattern.push(Node::Repeat {
            kind,
            min,
            max,
            item,
        });
        Ok(true)
    }

    /// A parenthesized construct. Returns the new verbose setting after global flags.
    fn parse_group(
        &mut self,
        subpattern: &mut Vec<Node>,
        verbose: &mut bool,
        nested: usize,
        first: bool,
    ) -> Result<Option<bool>, ReErr> {
        let start = self.source.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add_flags = 0u32;
        let mut del_flags = 0u32;
        if self.source.matches('?')? {
            let Some(ch) = self.source.get()? else {
                return Err(self.source.error("unexpected end of pattern", 0));
            };
            match ch {
                ('P', None) => {
                    if self.source.matches('<')? {
                        let n = self.source.getuntil('>', "group name")?;
                        self.source.checkgroupname(&n, 1)?;
                        name = Some(n);
                    } else if self.source.matches('=')? {
                        let n = self.source.getuntil(')', "group name")?;
                        self.source.checkgroupname(&n, 1)?;
                        let nlen = n.chars().count();
                        let Some(gid) = self.state.group_named(&n) else {
                            return Err(self
                                .source
                                .error(&format!("unknown group name {}", pyrepr(&n)), nlen + 1));
                        };
                        if !self.state.checkgroup(gid) {
                            return Err(self
                                .source
                                .error("cannot refer to an open group", nlen + 1));
                        }
                        self.state.checklookbehindgroup(gid, self.source)?;
                        subpattern.push(Node::GroupRef(gid));
                        return Ok(None);
                    } else {
                        let Some(c) = self.source.get()? else {
                            return Err(self.source.error("unexpected end of pattern", 0));
                        };
                        let s = tok_str(c);
                        return Err(self
                            .source
                            .error(&format!("unknown extension ?P{s}"), s.chars().count() + 2));
                    }
                }
                (':', None) => capture = false,
                ('#', None) => {
                    loop {
                        if self.source.next.is_none() {
                            return Err(self.source.error(
                                "missing ), unterminated comment",
                                self.source.tell() - start,
                            ));
                        }
                        if self.source.get()? == Some((')', None)) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                ('=' | '!' | '<', None) => {
                    let mut c = ch.0;
                    let mut behind = false;
                    let mut lookbehindgroups = None;
                    if c == '<' {
                        let Some(c2) = self.source.get()? else {
                            return Err(self.source.error("unexpected end of pattern", 0));
                        };
                        if c2 != ('=', None) && c2 != ('!', None) {
                            let s = tok_str(c2);
                            return Err(self.source.error(
                                &format!("unknown extension ?<{s}"),
                                s.chars().count() + 2,
                            ));
                        }
                        c = c2.0;
                        behind = true;
                        lookbehindgroups = self.state.lookbehindgroups;
                        if lookbehindgroups.is_none() {
                            self.state.lookbehindgroups = Some(self.state.groups());
                        }
                    }
                    let p = self.parse_sub(*verbose, nested + 1)?;
                    if behind && lookbehindgroups.is_none() {
                        self.state.lookbehindgroups = None;
                    }
                    if !self.source.matches(')')? {
                        return Err(self.source.error(
                            "missing ), unterminated subpattern",
                            self.source.tell() - start,
                        ));
                    }
                    subpattern.push(Node::Assert {
                        negate: c == '!',
                        behind,
                        p,
                    });
                    return Ok(None);
                }
                ('(', None) => {
                    let condname = self.source.getuntil(')', "group name")?;
                    let clen = condname.chars().count();
                    let condgroup;
                    if is_identifier(&condname) {
                        self.source.checkgroupname(&condname, 1)?;
                        match self.state.group_named(&condname) {
                            Some(g) => condgroup = g,
                            None => {
                                return Err(self.source.error(
                                    &format!("unknown group name {}", pyrepr(&condname)),
                                    clen + 1,
                                ));
                            }
                        }
                    } else {
                        let bad = || {
                            self.source.error(
                                &format!("bad character in group name {}", pyrepr(&condname)),
                                clen + 1,
                            )
                        };
                        let Some(v) = py_int(&condname) else {
                            return Err(bad());
                        };
                        if v.is_negative() {
                            return Err(bad());
                        }
                        if v.is_zero() {
                            return Err(self.source.error("bad group number", clen + 1));
                        }
                        let g = v.as_i64().map_or(usize::MAX, |g| g as usize);
                        if g >= MAXGROUPS {
                            return Err(self.source.error(
                                &format!(
                                    "invalid group reference {}",
                                    v.to_string_checked().unwrap_or_default()
                                ),
                                clen + 1,
                            ));
                        }
                        condgroup = g;
                        if !self.state.grouprefpos.iter().any(|(k, _)| *k == g) {
                            let pos = self.source.tell() - clen - 1;
                            self.state.grouprefpos.push((g, pos));
                        }
                        if !is_ascii_decimal(&condname) {
                            self.state
                                .warnings
                                .push(format!("bad character in group name {}", pyrepr(&condname)));
                        }
                    }
                    self.state.checklookbehindgroup(condgroup, self.source)?;
                    let item_yes = self.parse(*verbose, nested + 1, false)?;
                    let item_no = if self.source.matches('|')? {
                        let no = self.parse(*verbose, nested + 1, false)?;
                        if self.source.next_is('|') {
                            return Err(self
                                .source
                                .error("conditional backref with more than two branches", 0));
                        }
                        Some(no)
                    } else {
                        None
                    };
                    if !self.source.matches(')')? {
                        return Err(self.source.error(
                            "missing ), unterminated subpattern",
                            self.source.tell() - start,
                        ));
                    }
                    subpattern.push(Node::GroupRefExists {
                        group: condgroup,
                        yes: item_yes,
                        no: item_no,
                    });
                    return Ok(None);
                }
                ('>', None) => {
                    capture = false;
                    atomic = true;
                }
                (c, None) if "iLmsxatu-".contains(c) => match self.parse_flags(c)? {
                    None => {
                        if !first || !subpattern.is_empty() {
                            return Err(self.source.error(
                                "global flags not at the start of the expression",
                                self.source.tell() - start,
                            ));
                        }
                        *verbose = self.state.flags & FLAG_VERBOSE != 0;
                        return Ok(Some(*verbose));
                    }
                    Some((a, d)) => {
                        add_flags = a;
                        del_flags = d;
                        capture = false;
                    }
                },
                other => {
                    let s = tok_str(other);
                    return Err(self
                        .source
                        .error(&format!("unknown extension ?{s}"), s.chars().count() + 1));
                }
            }
        }
        let group = if capture {
            match self.state.opengroup(name.as_deref()) {
                Ok(g) => Some(g),
                Err(msg) => {
                    let n = name.as_deref().map_or(0, |n| n.chars().count());
                    return Err(self.source.error(&msg, n + 1));
                }
            }
        } else {
            None
        };
        let sub_verbose =
            (*verbose || add_flags & FLAG_VERBOSE != 0) && del_flags & FLAG_VERBOSE == 0;
        let p = self.parse_sub(sub_verbose, nested + 1)?;
        if !self.source.matches(')')? {
            return Err(self.source.error(
                "missing ), unterminated subpattern",
                self.source.tell() - start,
            ));
        }
        if let Some(g) = group {
            self.state.closegroup(g, &p);
        }
        if atomic {
            subpattern.push(Node::AtomicGroup(p));
        } else {
            subpattern.push(Node::Subpattern {
                group,
                add_flags,
                del_flags,
                p,
            });
        }
        Ok(None)
    }

    /// _parse_flags: None for global flags `(?x)`, else the scoped (add, del) flags.
    fn parse_flags(&mut self, first: char) -> Result<Option<(u32, u32)>, ReErr> {
        let flag_of = |c: char| -> Option<u32> {
            Some(match c {
                'i' => FLAG_IGNORECASE,
                'L' => FLAG_LOCALE,
                'm' => FLAG_MULTILINE,
                's' => FLAG_DOTALL,
                'x' => FLAG_VERBOSE,
                'a' => FLAG_ASCII,
                't' => FLAG_TEMPLATE,
                'u' => FLAG_UNICODE,
                _ => return None,
            })
        };
        let mut add_flags = 0u32;
        let mut del_flags = 0u32;
        let mut ch: Option<Tok> = Some((first, None));
        if first != '-' {
            loop {
                let c = ch.map(|t| t.0).unwrap_or('\0');
                let flag = flag_of(c).unwrap_or(0);
                if c == 'L' {
                    return Err(self.source.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                add_flags |= flag;
                if flag & TYPE_FLAGS != 0 && add_flags & TYPE_FLAGS != flag {
                    return Err(self.source.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                ch = self.source.get()?;
                let Some(t) = ch else {
                    return Err(self.source.error("missing -, : or )", 0));
                };
                if t.1.is_none() && ")-:".contains(t.0) {
                    break;
                }
                if t.1.is_some() || flag_of(t.0).is_none() {
                    let msg = if t.1.is_none() && crate::unicode::is_alpha(t.0) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.source.error(msg, tok_len(&ch)));
                }
            }
        }
        if ch == Some((')', None)) {
            self.state.flags |= add_flags;
            return Ok(None);
        }
        if add_flags & GLOBAL_FLAGS != 0 {
            return Err(self
                .source
                .error("bad inline flags: cannot turn on global flag", 1));
        }
        if ch == Some(('-', None)) {
            ch = self.source.get()?;
            let Some(t) = ch else {
                return Err(self.source.error("missing flag", 0));
            };
            if t.1.is_some() || flag_of(t.0).is_none() {
                let msg = if t.1.is_none() && crate::unicode::is_alpha(t.0) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.source.error(msg, tok_len(&ch)));
            }
            loop {
                let c = ch.map(|t| t.0).unwrap_or('\0');
                let flag = flag_of(c).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.source.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del_flags |= flag;
                ch = self.source.get()?;
                let Some(t) = ch else {
                    return Err(self.source.error("missing :", 0));
                };
                if t == (':', None) {
                    break;
                }
                if t.1.is_some() || flag_of(t.0).is_none() {
                    let msg = if t.1.is_none() && crate::unicode::is_alpha(t.0) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(self.source.error(msg, tok_len(&ch)));
                }
            }
        }
        if del_flags & GLOBAL_FLAGS != 0 {
            return Err(self
                .source
                .error("bad inline flags: cannot turn off global flag", 1));
        }
        if add_flags & del_flags != 0 {
            return Err(self
                .source
                .error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add_flags, del_flags)))
    }
}

/// The result of parsing: the tree and the final state.
pub struct Parsed {
    pub nodes: Vec<Node>,
    pub state: State,
}

/// fix_flags for a str pattern.
fn fix_flags(flags: u32) -> Result<u32, ReErr> {
    if flags & FLAG_LOCALE != 0 {
        return Err(ReErr::Value(
            "cannot use LOCALE flag with a str pattern".into(),
        ));
    }
    if flags & FLAG_ASCII == 0 {
        return Ok(flags | FLAG_UNICODE);
    }
    if flags & FLAG_UNICODE != 0 {
        return Err(ReErr::Value(
            "ASCII and UNICODE flags are incompatible".into(),
        ));
    }
    Ok(flags)
}

/// parse(str, flags).
pub fn parse(pattern: &[char], flags: u32) -> Result<Parsed, ReErr> {
    let mut source = Tokenizer::new(pattern)?;
    let state = State {
        flags,
        groupdict: Vec::new(),
        groupwidths: vec![None],
        lookbehindgroups: None,
        grouprefpos: Vec::new(),
        warnings: Vec::new(),
    };
    let mut p = Parser {
        source: &mut source,
        state,
    };
    let nodes = p.parse_sub(flags & FLAG_VERBOSE != 0, 0)?;
    p.state.flags = fix_flags(p.state.flags)?;
    if p.source.next.is_some() {
        return Err(p.source.error("unbalanced parenthesis", 0));
    }
    let mut state = p.state;
    for (g, pos) in &state.grouprefpos {
        if *g >= state.groups() {
            return err(format!("invalid group reference {g}"), *pos);
        }
    }
    state.grouprefpos.clear();
    Ok(Parsed { nodes, state })
}

/// One piece of a replacement template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateItem {
    Literal(String),
    Group(usize),
}

/// parse_template(source, pattern): `groups` is pattern.groups, `named` finds a group by
/// name. Errors are re.error, or IndexError for an unknown group name (as in 3.11).
pub fn parse_template(
    source: &[char],
    groups: usize,
    named: impl Fn(&str) -> Option<usize>,
) -> Result<Vec<TemplateItem>, TemplateErr> {
    let mut s = Tokenizer::new(source).map_err(TemplateErr::Re)?;
    let mut out: Vec<TemplateItem> = Vec::new();
    let mut literal = String::new();
    let re = TemplateErr::Re;
    let addgroup = |index: usize,
                    pos: usize,
                    s: &Tokenizer,
                    out: &mut Vec<TemplateItem>,
                    literal: &mut String|
     -> Result<(), TemplateErr> {
        if index > groups {
            return Err(re(s.error(&format!("invalid group reference {index}"), pos)));
        }
        if !literal.is_empty() {
            out.push(TemplateItem::Literal(std::mem::take(literal)));
        }
        out.push(TemplateItem::Group(index));
        Ok(())
    };
    while let Some(this) = s.get().map_err(re)? {
        let (c0, Some(c)) = this else {
            literal.push(this.0);
            continue;
        };
        let _ = c0;
        if c == 'g' {
            if !s.matches('<').map_err(re)? {
                return Err(re(s.error("missing <", 0)));
            }
            let name = s.getuntil('>', "group name").map_err(re)?;
            let nlen = name.chars().count();
            let index;
            if is_identifier(&name) {
                s.checkgroupname(&name, 1).map_err(re)?;
                match named(&name) {
                    Some(i) => index = i,
                    None => {
                        return Err(TemplateErr::Index(format!(
                            "unknown group name {}",
                            pyrepr(&name)
                        )));
                    }
                }
            } else {
                let bad = || {
                    re(s.error(
                        &format!("bad character in group name {}", pyrepr(&name)),
                        nlen + 1,
                    ))
                };
                let Some(v) = py_int(&name) else {
                    return Err(bad());
                };
                if v.is_negative() {
                    return Err(bad());
                }
                let i = v.as_i64().map_or(usize::MAX, |i| i as usize);
                if i >= MAXGROUPS {
                    return Err(re(s.error(
                        &format!(
                            "invalid group reference {}",
                            v.to_string_checked().unwrap_or_default()
                        ),
                        nlen + 1,
                    )));
                }
                if !is_ascii_decimal(&name) {
                    return Err(TemplateErr::Re(ReErr::Unsupported(format!(
                        "group reference {} in a template (CPython warns)",
                        pyrepr(&name)
                    ))));
                }
                index = i;
            }
            addgroup(index, nlen + 1, &s, &mut out, &mut literal)?;
        } else if c == '0' {
            let mut digits = String::from("0");
            for _ in 0..2 {
                match s.next_char() {
                    Some(d) if ('0'..='7').contains(&d) => {
                        s.advance().map_err(re)?;
                        digits.push(d);
                    }
                    _ => break,
                }
            }
            let v = octval(&digits) & 0xff;
            literal.push(char::from_u32(v).unwrap_or('\0'));
        } else if c.is_ascii_digit() {
            let mut this_s = format!("\\{c}");
            let mut isoctal = false;
            if let Some(d) = s.next_char()
                && d.is_ascii_digit()
            {
                s.advance().map_err(re)?;
                this_s.push(d);
                let oct = |x: char| ('0'..='7').contains(&x);
                if oct(c)
                    && oct(d)
                    && let Some(e) = s.next_char()
                    && oct(e)
                {
                    s.advance().map_err(re)?;
                    this_s.push(e);
                    isoctal = true;
                    let v = octval(&this_s[1..]);
                    if v > 0o377 {
                        return Err(re(s.error(
                            &format!("octal escape value {this_s} outside of range 0-0o377"),
                            this_s.len(),
                        )));
                    }
                    literal.push(char::from_u32(v).unwrap_or('\0'));
                }
            }
            if !isoctal {
                let idx: usize = this_s[1..].parse().unwrap_or(usize::MAX);
                addgroup(idx, this_s.len() - 1, &s, &mut out, &mut literal)?;
            }
        } else if let Some(v) = simple_escape(c) {
            literal.push(char::from_u32(v).unwrap_or('\0'));
        } else if c.is_ascii_alphabetic() {
            return Err(re(s.error(&format!("bad escape \\{c}"), 2)));
        } else {
            literal.push('\\');
            literal.push(c);
        }
    }
    if !literal.is_empty() {
        out.push(TemplateItem::Literal(literal));
    }
    Ok(out)
}

/// A template error: re.error, or IndexError("unknown group name ...").
#[derive(Debug)]
pub enum TemplateErr {
    Re(ReErr),
    Index(String),
}
