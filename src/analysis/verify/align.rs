//! Words of a quotation aligned with the words of a turn.
//!
//! Both sides are reduced to words the same way: lower case, apostrophes
//! dropped (`wouldn’t` = `wouldn't` = `wouldnt`), every other mark a
//! separator, so quotes (curly, straight, TeX), dashes, spacing, line breaks
//! and the punctuation at a quotation's edges never count. The quotation also
//! keeps its editor's marks: `…`/`...` (words cut) and `[bracketed]` words
//! (an insertion that may replace a few of the speaker's words).
//!
//! The alignment is semi-global: the whole quotation against any stretch of
//! the turn (a quotation is usually part of a turn). It is a small dynamic
//! programme rather than a general diff (`similar`, already in the tree
//! through insta) because a diff has no notion of "any stretch" nor of a cut
//! that is allowed where the article marks one.

use std::ops::Range;

/// One unit of a text: a word, or (quotations only) an editor's mark.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A word, normalised; `raw` is its span in the text it came from.
    Word { norm: String, raw: Range<usize> },
    /// `…`, `...` or `. . .`: the editor left words out here.
    Cut,
    /// `[words]` standing alone: the editor's own words.
    Insert { raw: Range<usize> },
}

/// Words whose brackets are inside them (`[t]he`, `cartel[s]`) keep them in
/// `norm` so that matching can tell the printed letters from the editor's.
fn in_word_bracket(norm: &str) -> bool {
    norm.contains('[')
}

/// The items of a quotation (`marks`: cuts and insertions recognised) or of
/// a turn (brackets there are the transcript's own, read as words).
pub fn items(text: &str, marks: bool) -> Vec<Item> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut start = 0;
    let flush = |word: &mut String, start: usize, end: usize, out: &mut Vec<Item>| {
        if word.chars().any(char::is_alphanumeric) {
            out.push(Item::Word { norm: std::mem::take(word), raw: start..end });
        }
        word.clear();
    };
    let bytes = text.as_bytes();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_alphanumeric() {
            if word.is_empty() {
                start = i;
            }
            word.extend(c.to_lowercase());
            continue;
        }
        let next_alnum = iter.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        match c {
            // Apostrophes inside a word join it; elsewhere they are quotes.
            '\'' | '’' | 'ʼ' if !word.is_empty() && next_alnum => {}
            '[' if marks => {
                let Some(len) = text[i..].find(']') else {
                    flush(&mut word, start, i, &mut out);
                    continue;
                };
                let close = i + len;
                let after_alnum = text[close + 1..].chars().next().is_some_and(char::is_alphanumeric);
                if !word.is_empty() || after_alnum {
                    // `[t]he`, `cartel[s]`: one word with the editor's letters marked.
                    if word.is_empty() {
                        start = i;
                    }
                    word.push('[');
                    word.extend(text[i + 1..close].chars().flat_map(char::to_lowercase));
                    word.push(']');
                } else {
                    out.push(Item::Insert { raw: i..close + 1 });
                }
                while iter.peek().is_some_and(|(j, _)| *j <= close) {
                    iter.next();
                }
            }
            '…' if marks => {
                flush(&mut word, start, i, &mut out);
                push_cut(&mut out);
            }
            '.' if marks && is_dots(bytes, i) => {
                flush(&mut word, start, i, &mut out);
                push_cut(&mut out);
                // Skip the rest of the dots (and the spaces of `. . .`).
                while iter.peek().is_some_and(|(_, n)| *n == '.' || *n == ' ') {
                    let (j, _) = *iter.peek().expect("peeked");
                    if text.as_bytes()[j] == b' ' && !is_dots_after_space(bytes, j) {
                        break;
                    }
                    iter.next();
                }
            }
            _ => flush(&mut word, start, i, &mut out),
        }
    }
    flush(&mut word, start, text.len(), &mut out);
    out
}

fn push_cut(out: &mut Vec<Item>) {
    if out.last() != Some(&Item::Cut) {
        out.push(Item::Cut);
    }
}

/// `...` or `. . .` starting at `i`.
fn is_dots(b: &[u8], i: usize) -> bool {
    b[i..].starts_with(b"...") || b[i..].starts_with(b". . .")
}

fn is_dots_after_space(b: &[u8], j: usize) -> bool {
    b.get(j + 1) == Some(&b'.')
}

/// The words of a turn: normalised, with their spans.
pub fn words(text: &str) -> Vec<(String, Range<usize>)> {
    items(text, false)
        .into_iter()
        .filter_map(|i| match i {
            Item::Word { norm, raw } => Some((norm, raw)),
            _ => None,
        })
        .collect()
}

/// What happened to each word, read off the best alignment.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Quotation item `q` is turn word `s`.
    Same(usize, usize),
    /// An editor's bracketed letters inside a word that otherwise matches.
    Marked(usize, usize),
    /// Turn word `s` printed as quotation word `q`.
    Changed(usize, usize),
    /// Quotation word with no counterpart.
    Added(usize),
    /// Turn word left out without a mark.
    Dropped(usize),
    /// A word of the transcript's own bracketed gloss (`ISR [Intelligence,
    /// Surveillance and Reconnaissance]`) left out: the transcriber's words,
    /// not the speaker's.
    Gloss(usize),
    /// Turn words left out where the article marks a cut.
    Cut(Range<usize>),
    /// A bracketed insertion standing for these turn words.
    Inserted(usize, Range<usize>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub ops: Vec<Op>,
    /// The turn words the quotation spans.
    pub span: Range<usize>,
}

impl Alignment {
    pub fn same(&self) -> usize {
        self.ops.iter().filter(|o| matches!(o, Op::Same(..) | Op::Marked(..))).count()
    }

    /// Words changed, added or dropped without a mark.
    pub fn unmarked(&self) -> usize {
        self.ops.iter().filter(|o| matches!(o, Op::Changed(..) | Op::Added(_) | Op::Dropped(_))).count()
    }

    /// Cuts that left words out, insertions, bracketed letters.
    pub fn marked(&self) -> bool {
        self.ops.iter().any(|o| match o {
            Op::Cut(r) => !r.is_empty(),
            Op::Inserted(..) | Op::Marked(..) => true,
            _ => false,
        })
    }

    /// Of the words in play (the quotation's, and the turn's it dropped
    /// unmarked), the share that are the same.
    pub fn score(&self, quote_words: usize) -> f64 {
        let dropped = self.ops.iter().filter(|o| matches!(o, Op::Dropped(_))).count();
        let whole = quote_words.max(self.same() + dropped);
        if whole == 0 { 0.0 } else { self.same() as f64 / whole as f64 }
    }
}

const SAME: i32 = 3;
const CHANGED: i32 = -2;
const GAP: i32 = -2;
/// A bracketed insertion stands for at most this many of the speaker's words.
const INSERT_MAX: usize = 8;

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Start,
    Diag,
    /// Quotation item consumed, no turn word (an added word, or a cut/insert of nothing).
    Up,
    /// Turn word consumed within the same item (a dropped word, or a cut going on).
    Left,
    /// An insertion consuming this many turn words.
    Insert(u8),
}

/// Does quotation word `q` print turn word `s`? Bracketed letters in a word
/// are the editor's (`[t]he`, `[T]hey`): the letters outside must agree.
fn word_match(q: &str, s: &str) -> Option<bool> {
    if q == s {
        return Some(false);
    }
    if in_word_bracket(q) {
        let open = q.find('[')?;
        let close = q.find(']')?;
        let (pre, post) = (&q[..open], &q[close + 1..]);
        if s.len() >= pre.len() + post.len() && s.starts_with(pre) && s.ends_with(post) {
            return Some(true);
        }
    }
    None
}

/// The quotation's words as one unbroken stretch of the turn, when it has
/// no marks: the exact match, found without the alignment's table.
pub fn exact(quote: &[Item], turn: &[(String, Range<usize>)]) -> Option<Alignment> {
    let mut q = Vec::with_capacity(quote.len());
    for item in quote {
        match item {
            Item::Word { norm, .. } if !in_word_bracket(norm) => q.push(norm.as_str()),
            _ => return None,
        }
    }
    if q.is_empty() || q.len() > turn.len() {
        return None;
    }
    let start = turn.windows(q.len()).position(|w| w.iter().zip(&q).all(|(t, q)| t.0 == *q))?;
    let ops = (0..q.len()).map(|k| Op::Same(k, start + k)).collect();
    Some(Alignment { ops, span: start..start + q.len() })
}

/// The best alignment of the quotation's items with some stretch of `turn`,
/// or `None` when the quotation has no words.
pub fn align(quote: &[Item], turn: &[(String, Range<usize>)]) -> Option<Alignment> {
    align_with(quote, turn, &[])
}

/// Which words of a turn stand inside its brackets (a transcriber's gloss).
pub fn glosses(text: &str, turn: &[(String, Range<usize>)]) -> Vec<bool> {
    let mut depth = 0usize;
    let mut at = 0;
    let mut out = Vec::with_capacity(turn.len());
    for (_, raw) in turn {
        for c in text[at..raw.start].chars() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        at = raw.start;
        out.push(depth > 0);
    }
    out
}

/// `align`, with the turn's gloss words (`gloss[j]`) free to leave out.
pub fn align_with(quote: &[Item], turn: &[(String, Range<usize>)], gloss: &[bool]) -> Option<Alignment> {
    let is_gloss = |j: usize| gloss.get(j).copied().unwrap_or(false);
    if !quote.iter().any(|i| matches!(i, Item::Word { .. })) {
        return None;
    }
    let (n, m) = (quote.len(), turn.len());
    let w = m + 1;
    let mut score = vec![i32::MIN / 4; (n + 1) * w];
    let mut step = vec![Step::Start; (n + 1) * w];
    // The quotation may start anywhere in the turn.
    score[..w].fill(0);
    for r in 1..=n {
        let item = &quote[r - 1];
        for j in 0..=m {
            let at = r * w + j;
            let (mut best, mut how) = (score[at - w], Step::Up);
            match item {
                Item::Word { norm, .. } => {
                    best += GAP;
                    if j > 0 {
                        // A changed word beats an added one at equal cost:
                        // `reach` printed as `intercept` is one change.
                        let diag = score[at - w - 1]
                            + if word_match(norm, &turn[j - 1].0).is_some() { SAME } else { CHANGED };
                        if diag >= best {
                            (best, how) = (diag, Step::Diag);
                        }
                        let drop = score[at - 1] + if is_gloss(j - 1) { 0 } else { GAP };
                        if drop > best {
                            (best, how) = (drop, Step::Left);
                        }
                    }
                }
                Item::Cut => {
                    if j > 0 && score[at - 1] > best {
                        (best, how) = (score[at - 1], Step::Left);
                    }
                }
                Item::Insert { .. } => {
                    for k in 1..=INSERT_MAX.min(j) {
                        if score[at - w - k] > best {
                            (best, how) = (score[at - w - k], Step::Insert(k as u8));
                        }
                    }
                }
            }
            score[at] = best;
            step[at] = how;
        }
    }
    // ... and end anywhere; ties go to the latest end, so that a last word
    // printed differently is a changed word rather than an added one.
    let end = (0..=m).max_by_key(|&j| (score[n * w + j], j))?;
    let (mut r, mut j) = (n, end);
    let mut ops = Vec::new();
    let mut cut_end = None;
    while r > 0 {
        let item = &quote[r - 1];
        match (step[r * w + j], item) {
            (Step::Diag, Item::Word { norm, .. }) => {
                ops.push(match word_match(norm, &turn[j - 1].0) {
                    Some(false) => Op::Same(r - 1, j - 1),
                    Some(true) => Op::Marked(r - 1, j - 1),
                    None => Op::Changed(r - 1, j - 1),
                });
                (r, j) = (r - 1, j - 1);
            }
            (Step::Left, Item::Cut) => {
                cut_end.get_or_insert(j);
                j -= 1;
            }
            (Step::Left, _) => {
                ops.push(if is_gloss(j - 1) { Op::Gloss(j - 1) } else { Op::Dropped(j - 1) });
                j -= 1;
            }
            (Step::Up, Item::Cut) => {
                ops.push(Op::Cut(j..cut_end.take().unwrap_or(j)));
                r -= 1;
            }
            (Step::Up, Item::Insert { .. }) => {
                ops.push(Op::Inserted(r - 1, j..j));
                r -= 1;
            }
            (Step::Up, _) => {
                ops.push(Op::Added(r - 1));
                r -= 1;
            }
            (Step::Insert(k), _) => {
                let k = usize::from(k);
                ops.push(Op::Inserted(r - 1, j - k..j));
                (r, j) = (r - 1, j - k);
            }
            (Step::Start, _) | (Step::Diag, _) => unreachable!("every row below the first has a step"),
        }
    }
    ops.reverse();
    // Leading and trailing cuts say the quotation starts or ends mid-turn,
    // which needs no mark: they span nothing.
    let first = ops.iter().position(|o| !matches!(o, Op::Cut(_)));
    let last = ops.iter().rposition(|o| !matches!(o, Op::Cut(_)));
    let (Some(first), Some(last)) = (first, last) else { return None };
    for k in (0..first).chain(last + 1..ops.len()) {
        if let Op::Cut(r) = &mut ops[k] {
            *r = r.end..r.end;
        }
    }
    let mut span = j..end;
    if let Some(Op::Cut(r)) = ops.first() {
        span.start = span.start.max(r.end);
    }
    if let Some(Op::Cut(r)) = ops.last() {
        span.end = span.end.min(r.start.max(span.start));
    }
    Some(Alignment { ops, span })
}

/// The difference as words: `[-said-]{+printed+}` for the turn's word and the
/// quotation's, the wdiff convention, `[…]` where a marked cut left words out.
pub fn diff<'a>(
    al: &Alignment,
    quote: &'a str,
    q: &[Item],
    turn: &'a str,
    t: &[(String, Range<usize>)],
) -> String {
    // Words with the punctuation that follows them, so the difference reads
    // as text: `problem.`, not `problem`.
    let with_marks = |text: &'a str, raw: &Range<usize>| {
        let rest = &text[raw.end..];
        let end = rest.find(|c: char| c.is_whitespace() || c.is_alphanumeric()).unwrap_or(rest.len());
        let marks = rest[..end].trim_end_matches(['”', '"', '’', '\'', '…', '[']);
        &text[raw.start..raw.end + marks.len()]
    };
    let qw = |i: usize| match &q[i] {
        Item::Word { raw, .. } => with_marks(quote, raw),
        Item::Insert { raw } => &quote[raw.clone()],
        Item::Cut => "…",
    };
    let tw = |i: usize| with_marks(turn, &t[i].1);
    let mut out: Vec<String> = Vec::new();
    for o in &al.ops {
        match o {
            Op::Same(_, s) => out.push(tw(*s).to_owned()),
            Op::Marked(qi, _) => out.push(qw(*qi).to_owned()),
            Op::Changed(qi, s) => out.push(format!("[-{}-]{{+{}+}}", tw(*s), qw(*qi))),
            Op::Added(qi) => out.push(format!("{{+{}+}}", qw(*qi))),
            Op::Dropped(s) => out.push(format!("[-{}-]", tw(*s))),
            Op::Gloss(_) => {}
            Op::Cut(r) if r.is_empty() => {}
            Op::Cut(_) => out.push("[…]".to_owned()),
            Op::Inserted(qi, _) => out.push(qw(*qi).to_owned()),
        }
    }
    out.join(" ")
}

#[cfg(test)]
#[path = "align_tests.rs"]
mod tests;
