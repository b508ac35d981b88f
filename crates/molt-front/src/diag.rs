//! Diagnostics in rustc/ruff style: `error: ...`, ` --> file:line:col`, the source line with a
//! caret under the span, and a hint.

use std::fmt::Write;

/// A byte range in one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub span: Span,
    /// Text under the caret.
    pub label: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            label: String::new(),
            hint: None,
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(source: &str, offset: u32) -> (usize, usize) {
        let offset = (offset as usize).min(source.len());
        let before = &source[..floor_char_boundary(source, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }

    /// Renders the diagnostic against its file.
    pub fn render(&self, path: &str, source: &str) -> String {
        let (line, col) = Diagnostic::line_col(source, self.span.start);
        let mut out = String::new();
        let _ = writeln!(out, "error: {}", self.message);
        let gutter = line.to_string().len();
        let pad = " ".repeat(gutter);
        let _ = writeln!(out, "{pad}--> {path}:{line}:{col}");
        let _ = writeln!(out, "{pad} |");
        let text = source.lines().nth(line - 1).unwrap_or("");
        let _ = writeln!(out, "{line} | {text}");
        // Underline to the end of the span or of the line, whichever comes first.
        let (end_line, end_col) = Diagnostic::line_col(source, self.span.end.max(self.span.start));
        let line_chars = text.chars().count();
        let stop = if end_line == line {
            end_col.max(col + 1)
        } else {
            line_chars + 1
        };
        let carets = "^".repeat(stop.saturating_sub(col).max(1));
        let lead: String = text
            .chars()
            .take(col - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        if self.label.is_empty() {
            let _ = writeln!(out, "{pad} | {lead}{carets}");
        } else {
            let _ = writeln!(out, "{pad} | {lead}{carets} {}", self.label);
        }
        let _ = writeln!(out, "{pad} |");
        if let Some(h) = &self.hint {
            let _ = writeln!(out, "{pad} = help: {h}");
        }
        out
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
