use super::*;
use proptest::prelude::*;

const TURN: &str = "No, I, I wouldn't say it's better, but I do think, Chairman, that we have a better \
                    foundation now that we've increased the intelligence to, to make a rapid progress \
                    against this threat.";

fn run(quote: &str) -> (Alignment, usize) {
    let q = items(quote, true);
    let n = q.iter().filter(|i| matches!(i, Item::Word { .. })).count();
    (align(&q, &words(TURN)).expect("a quotation with words"), n)
}

fn norms(text: &str) -> Vec<String> {
    items(text, true)
        .into_iter()
        .map(|i| match i {
            Item::Word { norm, .. } => norm,
            Item::Cut => "…".into(),
            Item::Insert { .. } => "[ins]".into(),
        })
        .collect()
}

#[test]
fn quotes_dashes_case_and_apostrophes_do_not_count() {
    assert_eq!(norms("“I wouldn’t say it’s better.”"), ["i", "wouldnt", "say", "its", "better"]);
    assert_eq!(norms("``I wouldn't say'' -- it's"), ["i", "wouldnt", "say", "its"]);
    assert_eq!(norms("to—to make"), ["to", "to", "make"]);
    assert_eq!(norms("the cartels’ trafficking"), ["the", "cartels", "trafficking"]);
}

#[test]
fn editors_marks_are_items() {
    assert_eq!(norms("better … but. . . we... us"), ["better", "…", "but", "…", "we", "…", "us"]);
    assert_eq!(norms("TCOs [transnational criminal organizations] and"), ["tcos", "[ins]", "and"]);
    assert_eq!(norms("[T]hey"), ["[t]hey"]);
    // A turn's own brackets are words.
    let turn: Vec<String> = words("ISR [Intelligence] is").into_iter().map(|w| w.0).collect();
    assert_eq!(turn, ["isr", "intelligence", "is"]);
}

#[test]
fn a_verbatim_stretch_is_all_same() {
    let (al, n) = run("I wouldn’t say it’s better.");
    assert_eq!(al.same(), n);
    assert_eq!(al.unmarked(), 0);
    assert!(!al.marked());
    // The second `I`: the stretch starts at word 2.
    assert_eq!(al.span, 2..7);
}

#[test]
fn a_marked_cut_is_elided_not_altered() {
    let (al, n) = run("I wouldn't say it's better … we have a better foundation now");
    assert_eq!(al.same(), n);
    assert_eq!(al.unmarked(), 0);
    assert!(al.marked());
    let q = "I wouldn't say it's better … we have a better foundation now";
    let d = diff(&al, q, &items(q, true), TURN, &words(TURN));
    assert_eq!(d, "I wouldn't say it's better, […] we have a better foundation now");
}

#[test]
fn a_bracketed_insertion_may_replace_words() {
    let (al, n) = run("we have a better foundation now that [the command has] increased the intelligence");
    assert_eq!(al.same(), n);
    assert_eq!(al.unmarked(), 0);
    assert!(al.marked());
    assert!(al.ops.iter().any(|o| matches!(o, Op::Inserted(_, r) if r.len() == 1)), "{:?}", al.ops);
}

#[test]
fn a_changed_word_is_shown_in_the_diff() {
    let q = "we have a stronger foundation now that we've increased the intelligence";
    let (al, n) = run(q);
    assert_eq!(al.unmarked(), 1);
    assert_eq!(al.same(), n - 1);
    assert!(al.score(n) >= 0.9);
    let d = diff(&al, q, &items(q, true), TURN, &words(TURN));
    assert_eq!(d, "we have a [-better-]{+stronger+} foundation now that we've increased the intelligence");
}

#[test]
fn an_unmarked_cut_is_dropped_words() {
    let q = "we have a foundation now";
    let (al, n) = run(q);
    assert_eq!(al.same(), n);
    assert_eq!(al.unmarked(), 1);
    assert!(matches!(al.ops[3], Op::Dropped(_)), "{:?}", al.ops);
}

#[test]
fn a_transcripts_own_gloss_may_be_left_out() {
    let turn = "More, uh, more ISR [Intelligence, Surveillance and Reconnaissance] is the first.";
    let t = words(turn);
    let g = glosses(turn, &t);
    assert_eq!(g.iter().filter(|x| **x).count(), 4);
    let q = items("More, uh, more ISR is the first.", true);
    let al = align_with(&q, &t, &g).unwrap();
    assert_eq!((al.same(), al.unmarked(), al.marked()), (7, 0, false));
    // Without knowing the gloss, those are four words dropped.
    assert_eq!(align(&q, &t).unwrap().unmarked(), 4);
}

#[test]
fn unrelated_words_score_low() {
    let (al, n) = run("the cartels threaten our sovereignty and territorial integrity");
    assert!(al.score(n) < 0.5, "{}", al.score(n));
}

#[test]
fn no_words_no_alignment() {
    assert!(align(&items("… […]", true), &words(TURN)).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any stretch of a turn, re-cased and re-punctuated, aligns all same.
    #[test]
    fn any_stretch_of_a_turn_is_found_verbatim(a in 0usize..30, len in 1usize..12, upper in any::<bool>()) {
        let t = words(TURN);
        let a = a.min(t.len() - 1);
        let b = (a + len).min(t.len());
        let stretch: Vec<&str> = t[a..b].iter().map(|(_, r)| &TURN[r.clone()]).collect();
        let mut quote = format!("“{}.”", stretch.join(" — "));
        if upper {
            quote = quote.to_uppercase();
        }
        let q = items(&quote, true);
        let al = align(&q, &t).unwrap();
        prop_assert_eq!(al.same(), b - a);
        prop_assert_eq!(al.unmarked(), 0);
        prop_assert!(!al.marked());
    }

    /// Cutting words out of a stretch and marking the cut gives no unmarked change.
    #[test]
    fn a_marked_cut_anywhere_is_never_an_alteration(a in 0usize..10, keep in 2usize..6, cut in 1usize..8, tail in 2usize..6) {
        let t = words(TURN);
        let text = |r: std::ops::Range<usize>| t[r].iter().map(|(_, s)| &TURN[s.clone()]).collect::<Vec<_>>().join(" ");
        let (c, d) = (a + keep, a + keep + cut);
        let e = (d + tail).min(t.len());
        prop_assume!(d < e);
        let quote = format!("{} … {}", text(a..c), text(d..e));
        let al = align(&items(&quote, true), &t).unwrap();
        prop_assert_eq!(al.unmarked(), 0, "{:?}", al.ops);
        prop_assert_eq!(al.same(), (c - a) + (e - d));
    }

    /// One word swapped for a word the turn never says is one change.
    #[test]
    fn one_swapped_word_is_one_change(a in 0usize..20, len in 6usize..12, at in 0usize..6) {
        let t = words(TURN);
        let b = (a + len).min(t.len());
        prop_assume!(b - a >= 6);
        let mut ws: Vec<&str> = t[a..b].iter().map(|(_, r)| &TURN[r.clone()]).collect();
        let last = ws.len() - 1;
        ws[at.min(last)] = "zebra";
        let quote = ws.join(" ");
        let al = align(&items(&quote, true), &t).unwrap();
        prop_assert_eq!(al.unmarked(), 1, "{:?}", al.ops);
    }
}
