//! Non-speech that every grammar recognises the same way.

use std::ops::Range;

/// A `[Laughter.]`-style direction standing alone, possibly over a few lines:
/// returns the index of its last line.
pub fn bracketed(lines: &[(Range<usize>, &str)], i: usize) -> Option<usize> {
    let first = lines[i].1.trim_start();
    // Every case below opens with one of these; most lines are turned away
    // here, before trimming their end.
    if !first.starts_with(['<', '(', '[']) {
        return None;
    }
    let first = first.trim_end();
    if (first.starts_with("<GRAPHIC") && first.ends_with('>')) || first.starts_with("[GRAPHIC]") {
        return Some(i);
    }
    // `(LAUGHTER)` or `(CROSSTALK)` standing alone in a rush transcript
    if first.starts_with('(') && first.ends_with(')') && !first[1..first.len() - 1].contains(['(', ')']) {
        return Some(i);
    }
    if !first.starts_with('[') || first.starts_with("[[") {
        return None;
    }
    for (j, (_, l)) in lines.iter().enumerate().skip(i).take(6) {
        let t = l.trim();
        if j > i && t.is_empty() {
            return None;
        }
        if t.ends_with(']') || t.ends_with("].") {
            return balanced(lines[i..=j].iter().map(|(_, l)| *l)).then_some(j);
        }
    }
    None
}

fn balanced<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    let joined = lines.collect::<Vec<_>>().join("\n");
    let s = joined.trim().trim_end_matches('.');
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                // closed before the end: `[Laughter.] And then` is text
                if depth == 0 && i + 1 != s.len() {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}
