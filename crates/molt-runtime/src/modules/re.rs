//! The `re` module (temporary scaffold).
use super::re_parse::{ReErr};

pub fn compile_code(pattern: &str, flags: u32) -> Result<Vec<u32>, ReErr> {
    let chars: Vec<char> = pattern.chars().collect();
    let p = super::re_parse::parse(&chars, flags)?;
    super::re_compile::code(&p, flags)
}

/// str(re.error(msg, pattern, pos)).
pub fn error_text(msg: &str, pos: Option<usize>, pattern: &str) -> String {
    let Some(pos) = pos else {
        return msg.to_string();
    };
    let mut out = format!("{msg} at position {pos}");
    if pattern.contains('\n') {
        let before: Vec<char> = pattern.chars().take(pos).collect();
        let lineno = before.iter().filter(|c| **c == '\n').count() + 1;
        let colno = match before.iter().rposition(|c| *c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        out.push_str(&format!(" (line {lineno}, column {colno})"));
    }
    out
}
