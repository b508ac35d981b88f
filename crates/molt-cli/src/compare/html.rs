//! report.html: one self-contained page (inline CSS and hand-written SVG; no scripts, no
//! fetches) that reads on a phone and prints cleanly.

use super::report::{
    Claim, Figures, Metric, Report, Verdict, bytes, method, output_line, pct, rows, secs,
};
use super::stats::quantile;
use std::fmt::Write as _;

const PY: &str = "#2f6ca3";
const RS: &str = "#b7410e";

/// Text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            // Control characters are not allowed in HTML text; show them as U+FFFD.
            c if c.is_control() && c != '\n' && c != '\t' => o.push('\u{fffd}'),
            c => o.push(c),
        }
    }
    o
}

const CSS: &str = r#"
:root { color-scheme: light; --py: #2f6ca3; --rs: #b7410e; --ink: #1d1d1f; --muted: #5b5b66; --line: #d8d8de; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em; overflow-wrap: anywhere; }
.status { padding: .75rem 1rem; border-radius: .4rem; font-weight: 600; }
.status.ok { background: #e7f5ea; border: 1px solid #8cc79a; }
.status.failed { background: #fde8e8; border: 1px solid #e08a8a; }
.meta { color: var(--muted); }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
thead th { background: #f4f4f7; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.verdict { font-weight: 600; white-space: nowrap; }
.verdict.supported { color: #1e7b34; }
.verdict.not-supported { color: #b42318; }
.verdict.not-measured { color: var(--muted); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1rem 1.5rem; }
figure { margin: 0; padding: .5rem 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
figure p { margin: .25rem 0 0; color: var(--muted); font-size: .9em; }
svg { width: 100%; height: auto; display: block; font-family: system-ui, sans-serif; }
.legend span { display: inline-block; margin-right: 1rem; }
.sw { display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: -.05em; border-radius: 2px; }
dl dt { font-weight: 600; margin-top: .6rem; }
dl dd { margin: 0 0 0 1rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: .75rem .75rem 2rem; }
  /* Rows become cards: each figure's values stacked under its name. */
  thead { display: none; }
  table, tbody, tr, th, td { display: block; width: 100%; }
  tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
  th, td { border: 0; padding: .1rem 0; }
  td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 400; }
  td.num { text-align: left; white-space: normal; }
  td[data-label]:empty { display: none; }
}
@page { margin: 1.2cm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .scroll { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: .2rem .3rem; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
}
"#;

/// Horizontal bars: median of each side, with a whisker from min to max.
fn bars_svg(id: &str, title: &str, m: &Metric, fmt: fn(f64) -> String) -> String {
    let w = 480.0;
    let (left, right) = (62.0, 110.0);
    let scale_max = m.python.max.max(m.rust.max).max(f64::MIN_POSITIVE);
    let x = |v: f64| left + (v / scale_max).clamp(0.0, 1.0) * (w - left - right);
    let mut s = format!(
        r#"<svg id="{id}" viewBox="0 0 {w} 110" role="img" aria-labelledby="{id}-t"><title id="{id}-t">{}</title>"#,
        esc(title)
    );
    for (i, (name, color, sum)) in [("Python", PY, &m.python), ("Rust", RS, &m.rust)]
        .into_iter()
        .enumerate()
    {
        let y = 15.0 + i as f64 * 45.0;
        let _ = write!(
            s,
            r##"<text x="0" y="{:.1}" font-size="15" fill="#333">{name}</text><rect x="{left}" y="{y:.1}" width="{:.1}" height="26" fill="{color}" rx="2"><title>{name}: median {}</title></rect><line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#222" stroke-width="1.5"/><line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#222" stroke-width="1.5"/><line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#222" stroke-width="1.5"/><text x="{:.1}" y="{:.1}" font-size="14" fill="#222">{}</text>"##,
            y + 18.0,
            (x(sum.median) - left).max(1.0),
            esc(&fmt(sum.median)),
            x(sum.min),
            x(sum.max),
            y + 13.0,
            y + 13.0,
            x(sum.min),
            x(sum.min),
            y + 7.0,
            y + 19.0,
            x(sum.max),
            x(sum.max),
            y + 7.0,
            y + 19.0,
            x(sum.max).max(x(sum.median)) + 8.0,
            y + 18.0,
            esc(&fmt(sum.median)),
        );
    }
    s.push_str("</svg>");
    s
}

/// Each run's wall time as a deviation from its side's median, in run order: the jitter of
/// both sides on one scale, whatever their absolute speeds.
fn jitter_svg(py: &[f64], rs: &[f64]) -> String {
    let (w, h) = (480.0, 220.0);
    let (left, right, top, bottom) = (56.0, 12.0, 12.0, 34.0);
    let dev = |v: &[f64]| -> Vec<f64> {
        let m = quantile(v, 0.5);
        v.iter()
            .map(|x| if m > 0.0 { (x - m) / m * 100.0 } else { 0.0 })
            .collect()
    };
    let (dp, dr) = (dev(py), dev(rs));
    let lim = dp
        .iter()
        .chain(&dr)
        .fold(5.0_f64, |a, b| a.max(b.abs()))
        .ceil();
    let n = py.len().max(rs.len()).max(2);
    let x = |i: usize| left + i as f64 / (n - 1) as f64 * (w - left - right);
    let y = |d: f64| top + (lim - d) / (2.0 * lim) * (h - top - bottom);
    let mut s = format!(
        r#"<svg id="chart-jitter" viewBox="0 0 {w} {h}" role="img" aria-labelledby="chart-jitter-t"><title id="chart-jitter-t">Wall time of each run, as deviation from the median</title>"#
    );
    for t in [-lim, -lim / 2.0, 0.0, lim / 2.0, lim] {
        let _ = write!(
            s,
            r##"<line x1="{left}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="{}" stroke-width="1"/><text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end" fill="#555">{:+.0}%</text>"##,
            w - right,
            y(t),
            y(t),
            if t == 0.0 { "#888" } else { "#e2e2e8" },
            left - 6.0,
            y(t) + 4.0,
            t
        );
    }
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="{:.1}" font-size="12" text-anchor="middle" fill="#555">run 1 … {n}, in the order they ran</text>"##,
        (left + w - right) / 2.0,
        h - 8.0
    );
    for (d, color, name) in [(&dp, PY, "Python"), (&dr, RS, "Rust")] {
        let pts: Vec<String> = d
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v)))
            .collect();
        let _ = write!(
            s,
            r#"<polyline points="{}" fill="none" stroke="{color}" stroke-width="1.5" opacity="0.7"/>"#,
            pts.join(" ")
        );
        for (i, v) in d.iter().enumerate() {
            let _ = write!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{color}"><title>{name} run {}: {:+.1}%</title></circle>"#,
                x(i),
                y(*v),
                i + 1,
                v
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Both samples of wall times as dots on one logarithmic axis, with each median marked.
fn distribution_svg(py: &[f64], rs: &[f64]) -> String {
    let (w, h) = (480.0, 150.0);
    let (left, right) = (62.0, 24.0);
    let all: Vec<f64> = py.iter().chain(rs).copied().filter(|v| *v > 0.0).collect();
    let lo = all.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = all.iter().copied().fold(0.0_f64, f64::max);
    let (llo, lhi) = if lo.is_finite() && hi > 0.0 {
        let (a, b) = (lo.log10().floor(), hi.log10().ceil());
        (a, if b > a { b } else { a + 1.0 })
    } else {
        (-3.0, 0.0)
    };
    let x = |v: f64| {
        let l = if v > 0.0 { v.log10() } else { llo };
        left + (l - llo) / (lhi - llo) * (w - left - right)
    };
    let mut s = format!(
        r#"<svg id="chart-distribution" viewBox="0 0 {w} {h}" role="img" aria-labelledby="chart-distribution-t"><title id="chart-distribution-t">Distribution of wall times (logarithmic axis)</title>"#
    );
    let mut e = llo;
    while e <= lhi + 1e-9 {
        let v = 10f64.powf(e);
        let _ = write!(
            s,
            r##"<line x1="{:.1}" x2="{:.1}" y1="10" y2="110" stroke="#e2e2e8"/><text x="{:.1}" y="130" font-size="12" text-anchor="middle" fill="#555">{}</text>"##,
            x(v),
            x(v),
            x(v),
            esc(&secs(v))
        );
        e += 1.0;
    }
    for (i, (v, color, name)) in [(py, PY, "Python"), (rs, RS, "Rust")]
        .into_iter()
        .enumerate()
    {
        let cy = 35.0 + i as f64 * 50.0;
        let _ = write!(
            s,
            r##"<text x="0" y="{:.1}" font-size="15" fill="#333">{name}</text>"##,
            cy + 5.0
        );
        for (k, t) in v.iter().enumerate() {
            // A small deterministic vertical offset so equal times stay visible.
            let jy = cy + ((k % 5) as f64 - 2.0) * 3.0;
            let _ = write!(
                s,
                r#"<circle cx="{:.1}" cy="{jy:.1}" r="3.5" fill="{color}" opacity="0.65"><title>{name} run {}: {}</title></circle>"#,
                x(*t),
                k + 1,
                esc(&secs(*t))
            );
        }
        if !v.is_empty() {
            let m = quantile(v, 0.5);
            let _ = write!(
                s,
                r##"<line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#111" stroke-width="2"><title>{name} median {}</title></line>"##,
                x(m),
                x(m),
                cy - 14.0,
                cy + 14.0,
                esc(&secs(m))
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Footprint bars: the binary, Python's minimal layer and its image-like layer.
fn footprint_svg(r: &Report) -> String {
    let fp = &r.footprint;
    let items = [
        ("Rust binary", RS, fp.rust_layer()),
        ("Python, imports only", PY, fp.python_min_layer()),
        ("Python, full stdlib", PY, fp.python_full_layer()),
    ];
    let w = 480.0;
    let (left, right) = (160.0, 80.0);
    let max = items.iter().map(|i| i.2).max().unwrap_or(1).max(1) as f64;
    let mut s = format!(
        r#"<svg id="chart-footprint" viewBox="0 0 {w} 130" role="img" aria-labelledby="chart-footprint-t"><title id="chart-footprint-t">Deployment layer size</title>"#
    );
    for (i, (name, color, b)) in items.into_iter().enumerate() {
        let y = 8.0 + i as f64 * 40.0;
        let bw = (b as f64 / max * (w - left - right)).max(1.0);
        let _ = write!(
            s,
            r##"<text x="0" y="{:.1}" font-size="14" fill="#333">{name}</text><rect x="{left}" y="{y:.1}" width="{bw:.1}" height="26" fill="{color}" rx="2"/><text x="{:.1}" y="{:.1}" font-size="14" fill="#222">{}</text>"##,
            y + 18.0,
            left + bw + 8.0,
            y + 18.0,
            esc(&bytes(b))
        );
    }
    s.push_str("</svg>");
    s
}

fn figure(id: &str, caption: &str, svg: String, note: &str) -> String {
    format!(
        "<figure id=\"fig-{id}\"><figcaption>{}</figcaption>{svg}<p>{}</p></figure>\n",
        esc(caption),
        esc(note)
    )
}

pub fn html(r: &Report, f: &Figures, claims: &[Claim]) -> String {
    let mut s = String::new();
    let title = format!("molt compare: {}", r.program);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        esc(&title)
    );
    let _ = writeln!(s, "<h1>molt compare: <code>{}</code></h1>", esc(&r.program));
    let (cls, word) = if r.output.identical {
        ("ok", "OK")
    } else {
        ("failed", "FAILED")
    };
    let _ = writeln!(
        s,
        "<p class=\"status {cls}\" id=\"status\">Status: {word}. Output {}</p>",
        esc(&output_line(r))
    );
    let _ = writeln!(
        s,
        "<p class=\"meta\">CPython {} (<code>{}</code>) against the binary molt built; {} runs each, alternating Python and Rust after one warm-up run of each; arguments: {}; stdin: {} bytes; PYTHONHASHSEED={}{}. Machine: {} {}, {} CPUs.</p>",
        esc(&r.python.version),
        esc(&r.python.executable.display().to_string()),
        r.runs,
        if r.args.is_empty() {
            "none".to_string()
        } else {
            format!("<code>{}</code>", esc(&r.args.join(" ")))
        },
        r.stdin_bytes,
        esc(&r.hashseed),
        if r.hashseed_set_by_molt {
            " (set by molt compare for both, as it was unset)"
        } else {
            ""
        },
        esc(std::env::consts::OS),
        esc(std::env::consts::ARCH),
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );

    s.push_str("<h2>Figures</h2>\n<div class=\"scroll\"><table id=\"figures\">\n<thead><tr><th>figure</th><th class=\"num\">Python</th><th class=\"num\">Rust</th><th class=\"num\">Python / Rust</th><th>spread</th><th>tests the claim: verdict</th></tr></thead>\n<tbody>\n");
    for row in rows(r, f) {
        let claim = row
            .claim
            .and_then(|id| claims.iter().find(|c| c.id == id))
            .map(|c| format!("“{}”: {}", esc(c.claim), esc(c.verdict.as_str())))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "<tr><th scope=\"row\">{}</th><td class=\"num\" data-label=\"Python\">{}</td><td class=\"num\" data-label=\"Rust\">{}</td><td class=\"num\" data-label=\"Python / Rust\">{}</td><td data-label=\"spread\">{}</td><td data-label=\"tests\">{claim}</td></tr>",
            esc(row.label),
            esc(&row.python),
            esc(&row.rust),
            esc(&row.ratio),
            esc(&row.spread)
        );
    }
    s.push_str("</tbody></table></div>\n");
    if f.floor_bytes > 0 {
        let _ = writeln!(
            s,
            "<p class=\"meta\">Peak memory cannot be measured below {}: the memory of the measuring helper that fork copies into each child before exec.</p>",
            esc(&bytes(f.floor_bytes))
        );
    }

    s.push_str("<h2>Charts</h2>\n<p class=\"legend\"><span><i class=\"sw\" style=\"background:var(--py)\"></i>Python</span><span><i class=\"sw\" style=\"background:var(--rs)\"></i>Rust (molt)</span> Bars are medians; whiskers run from the fastest to the slowest run.</p>\n<div class=\"charts\">\n");
    type Chart<'a> = (&'a str, &'a str, &'a Option<Metric>, fn(f64) -> String);
    let charts: [Chart; 5] = [
        ("cpu", "CPU time (user + sys)", &f.cpu, secs),
        ("wall", "Wall time", &f.wall, secs),
        ("memory", "Peak memory (max RSS)", &f.rss, mem),
        (
            "startup",
            "Start-up: empty program, wall time",
            &f.startup_wall,
            secs,
        ),
        (
            "startup-memory",
            "Start-up: empty program, peak memory",
            &f.startup_rss,
            mem,
        ),
    ];
    for (id, caption, m, fmt) in charts {
        if let Some(m) = m {
            let note = match (&m.ratio, m.reduction()) {
                (Some(q), Some(red)) => format!(
                    "Python / Rust: {} (median of {} paired runs); Rust uses {} {} than Python.",
                    super::report::ratio(q.median),
                    q.n,
                    pct(red.abs()),
                    if red >= 0.0 { "less" } else { "more" }
                ),
                _ => String::new(),
            };
            s.push_str(&figure(
                id,
                caption,
                bars_svg(&format!("chart-{id}"), caption, m, fmt),
                &note,
            ));
        }
    }
    if let Some(main) = &r.main {
        let py: Vec<f64> = main.python.iter().map(|x| x.wall_s).collect();
        let rs: Vec<f64> = main.rust.iter().map(|x| x.wall_s).collect();
        s.push_str(&figure(
            "jitter",
            "Jitter: each run's wall time vs its median",
            jitter_svg(&py, &rs),
            "Deviation of every timed run from its own side's median wall time, in the order the runs happened; a flatter line is steadier timing.",
        ));
        s.push_str(&figure(
            "distribution",
            "Distribution of wall times",
            distribution_svg(&py, &rs),
            "Every timed run on a logarithmic time axis; the black mark is the median.",
        ));
    }
    s.push_str(&figure(
        "footprint",
        "Deployment footprint",
        footprint_svg(r),
        "Bytes on disk each needs beside the C library: the binary alone; Python's interpreter (and libpython) with the module files this program imported, or with the trimmed standard library as an image ships it.",
    ));
    s.push_str("</div>\n");

    s.push_str("<h2>The seed's claims</h2>\n<div class=\"scroll\"><table id=\"claims\">\n<thead><tr><th>claim</th><th>measured on this program</th><th>verdict</th><th>rule</th></tr></thead>\n<tbody>\n");
    for c in claims {
        let cls = match c.verdict {
            Verdict::Supported => "supported",
            Verdict::NotSupported => "not-supported",
            Verdict::NotMeasured => "not-measured",
        };
        let _ = writeln!(
            s,
            "<tr id=\"claim-{}\"><th scope=\"row\">“{}”</th><td data-label=\"measured\">{}</td><td class=\"verdict {cls}\" data-label=\"verdict\">{}</td><td data-label=\"rule\">{}</td></tr>",
            esc(c.id),
            esc(c.claim),
            esc(&c.measured),
            esc(c.verdict.as_str()),
            esc(c.rule)
        );
    }
    s.push_str("</tbody></table></div>\n");

    s.push_str("<h2>How these were measured</h2>\n<dl>\n");
    for (k, v) in method() {
        let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", esc(k), esc(v));
    }
    s.push_str("</dl>\n</main>\n</body>\n</html>\n");
    s
}

fn mem(b: f64) -> String {
    bytes(b as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<script>\"a\" & 'b'</script>\u{1b}"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;\u{fffd}"
        );
    }

    #[test]
    fn charts_are_well_formed_svg() {
        let j = jitter_svg(&[1.0, 1.1, 0.9], &[0.1, 0.1, 0.12]);
        assert!(j.starts_with("<svg") && j.ends_with("</svg>"));
        assert_eq!(j.matches("<circle").count(), 6);
        assert!(!j.contains("NaN") && !j.contains("inf"));
        let d = distribution_svg(&[0.02, 0.03], &[0.001]);
        assert_eq!(d.matches("<circle").count(), 3);
        assert!(!d.contains("NaN"));
        // A single run and all-zero times must not divide by zero.
        let z = jitter_svg(&[0.0], &[0.0]);
        assert!(!z.contains("NaN"));
    }
}
