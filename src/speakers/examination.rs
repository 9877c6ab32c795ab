//! Who a deposition's or transcribed interview's `Q`, `A` and `THE WITNESS`
//! are. The parser keeps the printed labels and notes each `Q`'s examiner
//! (`by MR. PRUITT`, from the `BY MR. PRUITT:` line before it); here a `Q`
//! is resolved as its examiner's label would be, and an answer is the one
//! witness the title page names, or no one.

use crate::model::{Format, Hearing, Role, Turn};
use crate::parse::EXAMINER_NOTE;

/// What a turn's label stands for in an interview.
pub(super) enum Asked<'a> {
    /// Resolve this label instead: a `Q`'s examiner, as printed.
    Examiner(&'a str),
    /// A `Q` before any examiner is named.
    NoExaminer,
    /// An `A`, or `THE WITNESS`.
    Witness,
    /// Any other label, resolved as itself.
    Label,
}

pub(super) fn asked<'a>(h: &Hearing, turn: &'a Turn) -> Asked<'a> {
    if h.format != Format::Interview {
        return Asked::Label;
    }
    match turn.label.as_str() {
        "Q" => match turn.note.as_deref().and_then(|n| n.strip_prefix(EXAMINER_NOTE)) {
            Some(examiner) => Asked::Examiner(examiner),
            None => Asked::NoExaminer,
        },
        "A" => Asked::Witness,
        l if l.eq_ignore_ascii_case("the witness") => Asked::Witness,
        _ => Asked::Label,
    }
}

/// The witness the title page names, when it names exactly one; otherwise
/// no one, with those it names as the candidates.
pub(super) fn witness(h: &Hearing) -> (Option<String>, Role, Vec<String>) {
    match h.witnesses.as_slice() {
        [one] => (Some(one.name.clone()), Role::Witness, Vec::new()),
        many => (None, Role::Witness, many.iter().map(|p| p.name.clone()).collect()),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Role;

    fn read(text: &str) -> crate::model::Transcript {
        let mut t = crate::parse::parse_text(text, "/x/dep.txt", None);
        super::super::attribute(&mut t);
        t
    }

    const HEAD: &str =
        "DEPOSITION OF: JOHN Q. ADAMSON\n\nAppearances:\n\n     ELENA MARSH, CHIEF COUNSEL\n\n";

    #[test]
    fn questions_before_any_examiner_are_no_ones() {
        let body = "     Q    Your name?\n     A    John Adamson.\n     Q    Your post?\n     A    Harbor master.\n     BY MS. MARSH:\n     Q    Since when?\n     A    2019.\n";
        let t = read(&format!("{HEAD}{body}"));
        assert_eq!(t.hearing.format, crate::model::Format::Interview);
        let who: Vec<(&str, Option<&str>)> =
            t.turns.iter().map(|x| (x.label.as_str(), x.speaker.as_deref())).collect();
        assert_eq!(
            who,
            [
                ("Q", None),
                ("A", Some("John Q. Adamson")),
                ("Q", None),
                ("A", Some("John Q. Adamson")),
                ("Q", Some("Elena Marsh")),
                ("A", Some("John Q. Adamson")),
            ]
        );
        assert!(
            t.warnings.iter().any(|w| w.starts_with("2 questions (Q) come before any examiner")),
            "{:?}",
            t.warnings
        );
    }

    #[test]
    fn answers_with_no_one_witness_named_are_no_ones() {
        let body = "     BY MS. MARSH:\n     Q    Your name?\n     A    John Adamson.\n     Q    Your post?\n     A    Harbor master.\n     Q    Since when?\n     A    2019.\n";
        let t = read(&format!("EXAMINATION OF WITNESSES\n\n{body}"));
        assert_eq!(t.hearing.format, crate::model::Format::Interview);
        let answer = t.turns.iter().find(|x| x.label == "A").unwrap();
        assert_eq!((answer.speaker.as_deref(), answer.role), (None, Role::Witness));
        assert!(
            t.warnings.iter().any(|w| w.contains("3 answers (A) are credited to no one")),
            "{:?}",
            t.warnings
        );
    }
}
