//! `molt compare` end to end, on tiny programs with few runs: the reports are written, the
//! JSON follows docs/compare-schema.json (checked by a small validator below), the HTML
//! renders in headless Chromium with its charts, and a program whose output differs makes
//! the command fail and name the differing line. No assertion depends on timing.

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn molt() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_molt"))
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("molt-compare-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let _ = std::fs::create_dir_all(&d);
    d
}

/// `molt compare` with `stdin` fed to it.
fn compare(
    dir: &Path,
    prog: &str,
    src: &str,
    extra: &[&str],
    stdin: &[u8],
) -> Result<Output, Failed> {
    let py = dir.join(prog);
    std::fs::write(&py, src).map_err(|e| e.to_string())?;
    let mut child = Command::new(molt())
        .arg("compare")
        .arg(&py)
        .args(["--out"])
        .arg(dir.join("report"))
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run molt: {e}"))?;
    if let Some(mut si) = child.stdin.take() {
        use std::io::Write;
        si.write_all(stdin).map_err(|e| e.to_string())?;
    }
    Ok(child.wait_with_output().map_err(|e| e.to_string())?)
}

fn read_json(p: &Path) -> Result<Value, Failed> {
    let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
    Ok(serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?)
}

fn schema() -> Result<Value, Failed> {
    read_json(&root().join("docs").join("compare-schema.json"))
}

// ---- a small JSON Schema validator --------------------------------------------------------
// Covers the keywords docs/compare-schema.json uses; any other keyword in the schema is an
// error, so the schema cannot drift into constructs this check silently ignores.

const ANNOTATIONS: &[&str] = &["$schema", "$id", "$defs", "title", "description"];
const KEYWORDS: &[&str] = &[
    "$ref",
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "minimum",
    "oneOf",
];

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => false,
    }
}

fn validate(root: &Value, schema: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
    let Some(s) = schema.as_object() else {
        errs.push(format!("{path}: schema is not an object"));
        return;
    };
    for k in s.keys() {
        if !KEYWORDS.contains(&k.as_str()) && !ANNOTATIONS.contains(&k.as_str()) {
            errs.push(format!(
                "{path}: schema keyword {k:?} is not supported by the validator"
            ));
        }
    }
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let target = r
            .strip_prefix("#/")
            .and_then(|p| p.split('/').try_fold(root, |n, k| n.get(k)));
        match target {
            Some(t) => validate(root, t, v, path, errs),
            None => errs.push(format!("{path}: unresolved $ref {r}")),
        }
    }
    if let Some(t) = s.get("type") {
        let ok = match t {
            Value::String(t) => type_ok(t, v),
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).any(|t| type_ok(t, v)),
            _ => false,
        };
        if !ok {
            errs.push(format!("{path}: expected type {t}, got {v}"));
            return;
        }
    }
    if let Some(c) = s.get("const")
        && c != v
    {
        errs.push(format!("{path}: expected {c}, got {v}"));
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array)
        && !e.contains(v)
    {
        errs.push(format!("{path}: {v} is not one of {e:?}"));
    }
    if let (Some(m), Some(x)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64())
        && x < m
    {
        errs.push(format!("{path}: {x} is below the minimum {m}"));
    }
    if let Some(options) = s.get("oneOf").and_then(Value::as_array) {
        let matching = options
            .iter()
            .filter(|o| {
                let mut e = vec![];
                validate(root, o, v, path, &mut e);
                e.is_empty()
            })
            .count();
        if matching != 1 {
            errs.push(format!(
                "{path}: matches {matching} of the oneOf alternatives, not 1"
            ));
        }
    }
    if let Some(obj) = v.as_object() {
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(r) = r.as_str()
                && !obj.contains_key(r)
            {
                errs.push(format!("{path}: missing required field {r:?}"));
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        for (k, x) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => validate(root, ps, x, &format!("{path}.{k}"), errs),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errs.push(format!("{path}: field {k:?} is not in the schema"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            validate(root, items, x, &format!("{path}[{i}]"), errs);
        }
    }
}

fn schema_errors(report: &Value) -> Result<Vec<String>, Failed> {
    let schema = schema()?;
    let mut errs = vec![];
    validate(&schema, &schema, report, "$", &mut errs);
    Ok(errs)
}

fn check_valid(report: &Value) -> Result<(), Failed> {
    let errs = schema_errors(report)?;
    if errs.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "report.json does not follow the schema:\n{}",
            errs.join("\n")
        )
        .into())
    }
}

// ---- headless Chromium -----------------------------------------------------------------

fn chromium() -> Option<PathBuf> {
    if let Ok(c) = std::env::var("CHROMIUM")
        && !c.is_empty()
    {
        return Some(PathBuf::from(c));
    }
    let path = std::env::var_os("PATH")?;
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for d in std::env::split_paths(&path) {
            let p = d.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// The page's DOM after Chromium loaded and laid it out.
fn dump_dom(html: &Path, scratch: &Path) -> Result<String, Failed> {
    let Some(browser) = chromium() else {
        return Err("chromium is not installed (apt-get install chromium, as .ci/run does)".into());
    };
    let profile = scratch.join("chromium-profile");
    let abs = std::fs::canonicalize(html).map_err(|e| e.to_string())?;
    let child = Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", abs.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", browser.display()))?;
    let out = wait_bounded(child, std::time::Duration::from_secs(90))?;
    let dom = String::from_utf8_lossy(&out.stdout).to_string();
    if !out.status.success() || !dom.contains("</html>") {
        return Err(format!(
            "chromium failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(dom)
}

/// The child's output, or an error (after killing it) if it runs longer than `limit`.
fn wait_bounded(
    mut child: std::process::Child,
    limit: std::time::Duration,
) -> Result<Output, Failed> {
    use std::io::Read;
    let (mut so, mut se) = (child.stdout.take(), child.stderr.take());
    let out_reader = std::thread::spawn(move || {
        let mut b = vec![];
        if let Some(s) = so.as_mut() {
            let _ = s.read_to_end(&mut b);
        }
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = vec![];
        if let Some(s) = se.as_mut() {
            let _ = s.read_to_end(&mut b);
        }
        b
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("chromium did not finish within {limit:?}").into());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    Ok(Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
    })
}

// ---- the tests -------------------------------------------------------------------------

const SUM: &str = "import sys\n\
total = 0\n\
for line in sys.stdin:\n    total += int(line)\n\
print('args', sys.argv[1:])\n\
print('sum', total)\n\
print('<tag> & \"quotes\"')\n";

fn matching_program() -> Result<(), Failed> {
    let dir = scratch("match");
    let out = compare(
        &dir,
        "sum_stdin.py",
        SUM,
        &["--runs", "3", "--", "x", "-y"],
        b"1\n2\n39\n",
    )?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    if out.status.code() != Some(0) {
        return Err(format!(
            "molt compare exited {:?}:\n{stderr}\n{stdout}",
            out.status.code()
        )
        .into());
    }
    for want in [
        "CPU time",
        "peak memory",
        "start-up",
        "jitter",
        "footprint",
        "30% CPU reduction",
        "identical",
    ] {
        if !stdout.contains(want) {
            return Err(format!("the table lacks {want:?}:\n{stdout}").into());
        }
    }
    if !stderr.contains("run 3/3") {
        return Err(format!("no progress on stderr:\n{stderr}").into());
    }
    let report = dir.join("report");
    let json = read_json(&report.join("report.json"))?;
    check_valid(&json)?;
    let get = |p: &str| json.pointer(p).cloned().unwrap_or(Value::Null);
    let expect = [
        ("/status", Value::from("ok")),
        ("/output/identical", Value::from(true)),
        ("/runs", Value::from(3)),
        ("/program/stdin_bytes", Value::from(7)),
        ("/program/args", serde_json::json!(["x", "-y"])),
        ("/measurements/cpu_seconds/python/n", Value::from(3)),
        ("/startup/wall_seconds/rust/n", Value::from(3)),
        ("/jitter/python/p99_seconds", Value::Null),
    ];
    for (p, want) in expect {
        if get(p) != want {
            return Err(format!("{p}: expected {want}, got {}", get(p)).into());
        }
    }
    let claims: Vec<&str> = json["claims"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c["id"].as_str()).collect())
        .unwrap_or_default();
    if claims.len() != 6 {
        return Err(format!("expected the six claims, got {claims:?}").into());
    }
    if json["footprint"]["python"]["modules"]["list"]
        .as_array()
        .is_none_or(|l| !l.iter().any(|m| m["name"] == "sys"))
    {
        return Err("the module list lacks sys, which the program imports".into());
    }
    // With 3 runs there is no p99 and no spread verdict, and the report says why.
    let jitter = json["claims"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["id"] == "deterministic_timing"))
        .cloned()
        .unwrap_or(Value::Null);
    if jitter["verdict"] != "not measured" {
        return Err(format!("3 runs cannot judge timing spread: {jitter}").into());
    }
    if !get("/jitter/p99_note")
        .as_str()
        .is_some_and(|s| s.contains("20"))
    {
        return Err("the report does not say why p99 is missing".into());
    }

    let md = std::fs::read_to_string(report.join("report.md")).map_err(|e| e.to_string())?;
    if !md.contains("**Status: OK.**") || !md.contains("| figure |") {
        return Err(format!("report.md lacks its status or table:\n{md}").into());
    }

    let html_path = report.join("report.html");
    let html = std::fs::read_to_string(&html_path).map_err(|e| e.to_string())?;
    for bad in [
        "<script", "http://", "https://", " src=", "href=", "@import", "url(",
    ] {
        if html.contains(bad) {
            return Err(format!("report.html is not self-contained: it has {bad:?}").into());
        }
    }
    for want in ["@media print", "@media (max-width", "name=\"viewport\""] {
        if !html.contains(want) {
            return Err(format!("report.html lacks {want:?}").into());
        }
    }
    let dom = dump_dom(&html_path, &dir)?;
    let svgs = dom.matches("<svg").count();
    if svgs < 8 {
        return Err(format!("expected 8 charts in the rendered page, found {svgs}").into());
    }
    for id in [
        "chart-cpu",
        "chart-wall",
        "chart-memory",
        "chart-startup",
        "chart-jitter",
        "chart-distribution",
        "chart-footprint",
        "id=\"figures\"",
        "id=\"claims\"",
        "Status: OK",
        "30% CPU reduction vs Python services",
        "Docker images: 10MB vs Python's 200MB",
    ] {
        if !dom.contains(id) {
            return Err(format!("the rendered page lacks {id:?}").into());
        }
    }
    // Every bar, dot and whisker was placed at a finite coordinate.
    if dom.contains("NaN") || dom.contains("=\"inf") {
        return Err("the charts hold a non-finite coordinate".into());
    }
    // The program's own text never reaches the page unescaped (its name does, as text).
    if dom.contains("<tag>") {
        return Err("unescaped text in the page".into());
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn mismatching_program() -> Result<(), Failed> {
    let dir = scratch("mismatch");
    // An object's address differs between CPython and the binary.
    let out = compare(
        &dir,
        "address.py",
        "print('same first line')\nprint(id([]))\nprint('after')\n",
        &["--runs", "2"],
        b"",
    )?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() != Some(1) {
        return Err(format!(
            "expected exit 1 for differing output, got {:?}:\n{stderr}",
            out.status.code()
        )
        .into());
    }
    if !stderr.contains("FAILED") || !stderr.contains("stdout line 2") {
        return Err(format!("the failure does not name the differing line:\n{stderr}").into());
    }
    let report = dir.join("report");
    let json = read_json(&report.join("report.json"))?;
    check_valid(&json)?;
    let d = &json["output"]["first_difference"];
    if json["status"] != "failed"
        || d["line"] != 2
        || d["stream"] != "stdout"
        || d["run"] != "rust warm-up run"
    {
        return Err(format!(
            "unexpected report: status {}, difference {d}",
            json["status"]
        )
        .into());
    }
    if !json["measurements"].is_null() {
        return Err("a program whose output differs should not be timed".into());
    }
    let md = std::fs::read_to_string(report.join("report.md")).map_err(|e| e.to_string())?;
    let html = std::fs::read_to_string(report.join("report.html")).map_err(|e| e.to_string())?;
    if !md.contains("FAILED") || !html.contains("status failed") {
        return Err("the reports are not marked as failed".into());
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// The validator rejects what it should, so a passing check means something.
fn validator_rejects_bad_reports() -> Result<(), Failed> {
    let schema = schema()?;
    let mut good = serde_json::json!({
        "n": 1, "min": 0.5, "q1": 0.5, "median": 0.5, "q3": 0.5, "max": 0.5, "mean": 0.5, "stdev": 0.0
    });
    let summary = &schema["$defs"]["summary"];
    let errs = |v: &Value| {
        let mut e = vec![];
        validate(&schema, summary, v, "$", &mut e);
        e
    };
    if !errs(&good).is_empty() {
        return Err(format!("a valid summary was rejected: {:?}", errs(&good)).into());
    }
    let mut cases = vec![];
    let mut missing = good.clone();
    missing.as_object_mut().map(|o| o.remove("median"));
    cases.push(("missing field", missing));
    let mut wrong = good.clone();
    wrong["n"] = Value::from("1");
    cases.push(("wrong type", wrong));
    let mut negative = good.clone();
    negative["stdev"] = Value::from(-1.0);
    cases.push(("below minimum", negative));
    good["extra"] = Value::from(1);
    cases.push(("undocumented field", good));
    for (what, v) in cases {
        if errs(&v).is_empty() {
            return Err(format!("the validator accepted a summary with a {what}").into());
        }
    }
    let mut e = vec![];
    let bad_schema = serde_json::json!({"type": "object", "patternProperties": {}});
    validate(
        &bad_schema,
        &bad_schema,
        &serde_json::json!({}),
        "$",
        &mut e,
    );
    if e.is_empty() {
        return Err("the validator ignored a keyword it does not implement".into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    // Build the runtime once up front (if this machine has not yet), so the parallel tests
    // do not all wait on it.
    let warm = scratch("warm-up");
    let _ = std::fs::write(warm.join("empty.py"), "");
    let _ = Command::new(molt())
        .arg("build")
        .arg(warm.join("empty.py"))
        .arg("-o")
        .arg(warm.join("empty"))
        .output();
    let _ = std::fs::remove_dir_all(&warm);
    let trials = vec![
        Trial::test(
            "validator_rejects_bad_reports",
            validator_rejects_bad_reports,
        ),
        Trial::test("matching_program", matching_program),
        Trial::test("mismatching_program", mismatching_program),
    ];
    libtest_mimic::run(&args, trials).exit();
}
