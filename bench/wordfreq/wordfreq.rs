//! Reference for wordfreq.py: the same generated text, counted in a HashMap<String, u64>.

use std::collections::HashMap;

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "po", "ve", "da", "qui", "zor", "an", "el", "ou",
    "th",
];

fn make_vocabulary(size: usize) -> Vec<String> {
    (0..size)
        .map(|i| {
            let mut word = String::new();
            let mut k = i;
            loop {
                word.push_str(SYLLABLES[k % SYLLABLES.len()]);
                k /= SYLLABLES.len();
                if k == 0 {
                    break word;
                }
            }
        })
        .collect()
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

fn make_text(vocabulary: &[String], n_words: usize, seed: u64) -> String {
    let mut x = seed;
    let mut lines: Vec<String> = Vec::new();
    let mut line: Vec<String> = Vec::new();
    let mut capital = true;
    let len = vocabulary.len() as u64;
    for _ in 0..n_words {
        x = (x * 1103515245 + 12345) % 2147483648;
        let r = x >> 8;
        let index = (r % len) * ((r >> 12) % len) / len;
        let mut word = vocabulary[index as usize].clone();
        if capital {
            word = capitalize(&word);
            capital = false;
        }
        if r.is_multiple_of(11) {
            word.push('.');
            capital = true;
        } else if r.is_multiple_of(7) {
            word.push(',');
        }
        line.push(word);
        if line.len() == 12 {
            lines.push(line.join(" "));
            line.clear();
        }
    }
    lines.push(line.join(" "));
    lines.join("\n")
}

fn count_words(text: &str) -> HashMap<String, u64> {
    let mut counts = HashMap::new();
    for line in text.lines() {
        for token in line.split_whitespace() {
            let word = token.trim_matches(|c| ".,;:!?".contains(c)).to_lowercase();
            if !word.is_empty() {
                *counts.entry(word).or_insert(0) += 1;
            }
        }
    }
    counts
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(2_000_000);
    let text = make_text(&make_vocabulary(2000), n, 12345);
    let counts = count_words(&text);
    let mut ranked: Vec<(u64, &str)> = counts.iter().map(|(w, &c)| (c, w.as_str())).collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let total: u64 = counts.values().sum();
    println!(
        "{} characters, {total} words, {} distinct",
        text.chars().count(),
        counts.len()
    );
    for (count, word) in ranked.iter().take(10) {
        println!("{word:<10} {count}");
    }
    let checksum = ranked.iter().fold(0u64, |c, &(count, word)| {
        (c * 31 + word.chars().count() as u64 * 7 + count) % 1_000_000_007
    });
    println!("checksum {checksum}");
}
