//! Common English short forms of given names: `Bob` is `Robert`, `Jan` is
//! `Janice` or `Janet`.
//!
//! Where this comes from: written by hand, from the usual English
//! diminutives of common given names as dictionaries of first names list
//! them. It covers the short forms the congress-legislators files themselves
//! use (in `name.nickname`, in `first` as `James (Jim)`, or in
//! `official_full`: `Jim`, `Chuck`, `Mike`, `Jan`, `Bobby`, `Rick`, `Dan`,
//! `Dave`, ...) and the standard ones of other common given names (`Bill`,
//! `Dick`, `Ted`, `Tom`, ...); nothing regional or personal (`Chuy`,
//! `Buddy` are the roster's to say). Why: hearings print members and
//! witnesses by the name they go by, rosters by their legal name. The
//! roster's own `nickname` is asked first; this table covers the people it
//! gives none for, and names compared across hearings with no roster.
//!
//! Only direct pairs count: a short form and its full name. Two short forms
//! of one name (`Bob`, `Rob`) are not thereby one person, nor are two full
//! names sharing a short form (`Janice`, `Janet`), and a name that merely
//! starts like another (`Jan`, `Jane`) is not its short form.

/// Full name -> its standard short forms, upper case (names are compared
/// folded, see `roster::fold`).
const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("ABRAHAM", &["ABE"]),
    ("ALBERT", &["AL", "BERT"]),
    ("ALEJANDRO", &["ALEX"]),
    ("ALEXANDER", &["ALEX"]),
    ("ALFRED", &["AL", "FRED"]),
    ("ANDREW", &["ANDY", "DREW"]),
    ("ANTHONY", &["TONY"]),
    ("BARBARA", &["BARB"]),
    ("BENJAMIN", &["BEN"]),
    ("BERNARD", &["BERNIE"]),
    ("BRADLEY", &["BRAD"]),
    ("CATHERINE", &["CATHY", "KATE"]),
    ("CHARLES", &["CHUCK", "CHARLIE"]),
    ("CHRISTOPHER", &["CHRIS"]),
    ("DANIEL", &["DAN", "DANNY"]),
    ("DAVID", &["DAVE"]),
    ("DEBORAH", &["DEB", "DEBBIE"]),
    ("DONALD", &["DON"]),
    ("DOUGLAS", &["DOUG"]),
    ("EDWARD", &["ED", "TED", "EDDIE"]),
    ("ELIJAH", &["ELI"]),
    ("ELIZABETH", &["LIZ", "BETH", "BETSY", "BETTY"]),
    ("EUGENE", &["GENE"]),
    ("FREDERICK", &["FRED"]),
    ("GABRIEL", &["GABE"]),
    ("GERALD", &["JERRY", "GERRY"]),
    ("GREGORY", &["GREG"]),
    ("HAROLD", &["HAL"]),
    ("HENRY", &["HANK"]),
    ("JAMES", &["JIM", "JIMMY", "JAMIE"]),
    ("JANET", &["JAN"]),
    ("JANICE", &["JAN"]),
    ("JEFFREY", &["JEFF"]),
    ("JENNIFER", &["JEN", "JENNY"]),
    ("JOHN", &["JACK", "JOHNNY"]),
    ("JONATHAN", &["JON"]),
    ("JOSEPH", &["JOE"]),
    ("JOSHUA", &["JOSH"]),
    ("JUDITH", &["JUDY"]),
    ("KATHERINE", &["KATHY", "KATE", "KAT"]),
    ("KATHLEEN", &["KATHY"]),
    ("KENNETH", &["KEN"]),
    ("LAWRENCE", &["LARRY"]),
    ("LEONARD", &["LEN"]),
    ("MARGARET", &["MAGGIE", "PEGGY", "MEG"]),
    ("MATTHEW", &["MATT"]),
    ("MICHAEL", &["MIKE"]),
    ("MITCHELL", &["MITCH"]),
    ("NICHOLAS", &["NICK"]),
    ("NICOLAS", &["NICK"]),
    ("NICOLE", &["NIKKI"]),
    ("PAMELA", &["PAM"]),
    ("PATRICIA", &["PAT", "PATTY"]),
    ("PATRICK", &["PAT"]),
    ("PETER", &["PETE"]),
    ("PHILIP", &["PHIL"]),
    ("PHILLIP", &["PHIL"]),
    ("RANDALL", &["RANDY"]),
    ("RAYMOND", &["RAY"]),
    ("REBECCA", &["BECKY"]),
    ("RICHARD", &["DICK", "RICK", "RICH", "RICKY"]),
    ("ROBERT", &["BOB", "BOBBY", "ROB"]),
    ("RONALD", &["RON"]),
    ("RUSSELL", &["RUSS"]),
    ("SAMUEL", &["SAM"]),
    ("STEPHEN", &["STEVE"]),
    ("STEVEN", &["STEVE"]),
    ("SUSAN", &["SUE"]),
    ("THEODORE", &["TED"]),
    ("THOMAS", &["TOM", "TOMMY"]),
    ("TIMOTHY", &["TIM"]),
    ("VINCENT", &["VINCE"]),
    ("WALTER", &["WALT"]),
    ("WILLIAM", &["BILL", "WILL", "BILLY"]),
    ("ZACHARY", &["ZACH"]),
];

/// Whether `short` is a standard short form of `full` (both folded).
pub fn is_short_for(short: &str, full: &str) -> bool {
    SHORT_FORMS.iter().any(|(f, shorts)| *f == full && shorts.contains(&short))
}

/// Every form a folded given name may be printed in: itself, its standard
/// short forms, and the full names it is a short form of (`TIM` -> `TIM`,
/// `TIMOTHY`; `WILLIAM` -> `WILLIAM`, `BILL`, `WILL`, `BILLY`).
pub fn forms(given: &str) -> Vec<&str> {
    let mut out = vec![given];
    for (full, shorts) in SHORT_FORMS {
        if *full == given {
            out.extend(shorts.iter().copied());
        } else if shorts.contains(&given) {
            out.push(full);
        }
    }
    out
}

/// Two folded given names that may name one person: equal, or one the
/// other's short form.
pub fn same_given(a: &str, b: &str) -> bool {
    a == b || is_short_for(a, b) || is_short_for(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_given_name() {
        assert_eq!(forms("TIM"), ["TIM", "TIMOTHY"]);
        assert_eq!(forms("WILLIAM"), ["WILLIAM", "BILL", "WILL", "BILLY"]);
        assert_eq!(forms("ROGER"), ["ROGER"]);
    }

    #[test]
    fn short_forms_and_their_limits() {
        for (short, full) in [
            ("JAN", "JANICE"),
            ("BOB", "ROBERT"),
            ("BILL", "WILLIAM"),
            ("JIM", "JAMES"),
            ("MIKE", "MICHAEL"),
            ("TOM", "THOMAS"),
            ("CHUCK", "CHARLES"),
            ("DICK", "RICHARD"),
            ("TED", "EDWARD"),
        ] {
            assert!(same_given(short, full) && same_given(full, short), "{short} {full}");
        }
        // A name that starts like another is not its short form.
        assert!(!same_given("JAN", "JANE"));
        // Two full names sharing a short form, two short forms of one name.
        assert!(!same_given("JANICE", "JANET"));
        assert!(!same_given("BOB", "ROB"));
        assert!(!same_given("BILL", "ROBERT"));
    }

    #[test]
    fn the_table_is_upper_case_sorted_and_never_maps_a_name_to_itself() {
        assert!(SHORT_FORMS.windows(2).all(|w| w[0].0 < w[1].0), "sorted, no duplicates");
        for (full, shorts) in SHORT_FORMS {
            let upper = |s: &str| s.chars().all(|c| c.is_ascii_uppercase());
            assert!(upper(full) && shorts.iter().all(|s| upper(s) && s != full), "{full}");
        }
    }
}
