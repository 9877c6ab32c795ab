//! One person across hearings, however each hearing names them.
//!
//! Within a hearing, labels are already names (`Chairman Bernanke` ->
//! `Ben S. Bernanke`, from that hearing's witness list). Across hearings the
//! key is the bioguide id when the legislators roster gave one, else the name:
//! given names equal or one the other's short form (`Jan Schakowsky` and
//! `Janice D. Schakowsky`, `Bill` and `William`; see `nicknames`), surnames
//! equal, and middle names that do not disagree (`Ben S. Bernanke` and `Ben
//! Bernanke` are one; with a `Ben T. Bernanke` about, the bare `Ben
//! Bernanke` could be either, so no one is merged). A
//! label nobody resolved is never merged with anything outside its hearing:
//! a surname alone does not make a person.

use super::roster::fold;
use crate::nicknames::same_given;
use std::collections::HashMap;

/// A name split for comparison: folded, titles and suffixes dropped.
#[derive(Debug, Clone, PartialEq)]
struct Parts {
    given: String,
    middles: Vec<String>,
    surname: String,
}

fn parts(name: &str) -> Option<Parts> {
    let stripped = crate::names::strip_title(name);
    let words: Vec<String> = fold(&stripped)
        .split_whitespace()
        .filter(|w| !matches!(*w, "JR" | "SR" | "II" | "III" | "IV"))
        .map(str::to_owned)
        .collect();
    match words.as_slice() {
        [given, middles @ .., surname] => {
            Some(Parts { given: given.clone(), middles: middles.to_vec(), surname: surname.clone() })
        }
        _ => None,
    }
}

/// `S` and `SHALOM` agree; `S` and `T` do not; nothing agrees with anything.
fn middles_agree(a: &[String], b: &[String]) -> bool {
    a.iter().zip(b).all(|(x, y)| {
        x == y || (x.len() == 1 && y.starts_with(x.as_str())) || (y.len() == 1 && x.starts_with(y.as_str()))
    })
}

/// Two names that may be one person: given names equal or one the other's
/// short form (`Jan`, `Janice`), and middle names agreeing.
fn agree(a: &Parts, b: &Parts) -> bool {
    same_given(&a.given, &b.given) && middles_agree(&a.middles, &b.middles)
}

/// Whether a name as a writer prints it (a surname alone, or with a given
/// name, titles or not) can name this speaker: the surnames equal and, when
/// both give a given name, given and middle names agreeing as above. For
/// checking an attribution against a turn's resolved speaker, not for
/// merging: a surname alone fits every namesake.
pub fn may_name(named: &str, speaker: &str) -> bool {
    let surname = |s: &str| {
        let folded = fold(&crate::names::strip_title(s));
        folded
            .split_whitespace()
            .rfind(|w| !matches!(*w, "JR" | "SR" | "II" | "III" | "IV"))
            .map(str::to_owned)
    };
    match (surname(named), surname(speaker)) {
        (Some(a), Some(b)) if a == b => {}
        _ => return false,
    }
    match (parts(named), parts(speaker)) {
        (Some(a), Some(b)) => agree(&a, &b),
        _ => true,
    }
}

/// For each resolved name (of people without a bioguide id), the key of the
/// person it names. Names that are one person get the same key.
///
/// Names of one surname are linked when they agree, and a linked group is
/// one person only if every two of its names agree: `Jan Cole` agrees with
/// `Janice Cole` and with `Janet Cole`, who do not agree with each other, so
/// with both about, the bare `Jan Cole` could be either and no one is merged.
pub fn name_keys<'a>(names: impl IntoIterator<Item = &'a str>) -> HashMap<String, String> {
    let mut by_surname: HashMap<String, Vec<(String, Parts)>> = HashMap::new();
    let mut out = HashMap::new();
    for name in names {
        if out.contains_key(name) {
            continue;
        }
        out.insert(name.to_owned(), format!("name:{}", fold(name)));
        if let Some(p) = parts(name) {
            by_surname.entry(p.surname.clone()).or_default().push((name.to_owned(), p));
        }
    }
    for names in by_surname.into_values() {
        for group in linked(&names) {
            let one_person = group
                .iter()
                .enumerate()
                .all(|(i, &a)| group[i + 1..].iter().all(|&b| agree(&names[a].1, &names[b].1)));
            if !one_person {
                continue;
            }
            // The key names the fullest given name, whichever form came first.
            let p = &names[group[0]].1;
            let given = group
                .iter()
                .map(|&i| names[i].1.given.as_str())
                .max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)))
                .unwrap_or(&p.given);
            for &i in &group {
                out.insert(names[i].0.clone(), format!("name:{given} {}", p.surname));
            }
        }
    }
    out
}

/// The groups of names linked by agreeing, directly or through others
/// (indices into `names`, each group in order).
fn linked(names: &[(String, Parts)]) -> Vec<Vec<usize>> {
    let mut group_of: Vec<usize> = (0..names.len()).collect();
    for a in 0..names.len() {
        for b in a + 1..names.len() {
            if agree(&names[a].1, &names[b].1) {
                let (from, to) = (group_of[b], group_of[a]);
                group_of.iter_mut().filter(|g| **g == from).for_each(|g| *g = to);
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, g) in group_of.iter().enumerate() {
        match groups.iter_mut().find(|members| group_of[members[0]] == *g) {
            Some(members) => members.push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_as_printed_fits_the_speaker_it_can_name() {
        assert!(may_name("Guillot", "Gregory M. Guillot"));
        assert!(may_name("Sen. Roger Wicker", "Roger F. Wicker"));
        assert!(may_name("Bill Tolliver", "William J. Tolliver Jr."));
        assert!(!may_name("Tom Wicker", "Roger Wicker"));
        assert!(!may_name("Wicker", "Gregory M. Guillot"));
        assert!(!may_name("Ben T. Bernanke", "Ben S. Bernanke"));
        assert!(!may_name("", "Ben S. Bernanke"));
    }

    #[test]
    fn one_person_with_and_without_a_middle_initial() {
        let k = name_keys(["Ben S. Bernanke", "Ben Bernanke", "Hon. Ben S. Bernanke", "Alan Greenspan"]);
        assert_eq!(k["Ben S. Bernanke"], k["Ben Bernanke"]);
        assert_eq!(k["Ben S. Bernanke"], k["Hon. Ben S. Bernanke"]);
        assert_ne!(k["Ben S. Bernanke"], k["Alan Greenspan"]);
    }

    #[test]
    fn disagreeing_middles_keep_everyone_apart() {
        let k = name_keys(["Ann B. Cole", "Ann T. Cole", "Ann Cole", "Bo Cole"]);
        assert_ne!(k["Ann B. Cole"], k["Ann T. Cole"]);
        assert_ne!(k["Ann Cole"], k["Ann B. Cole"]);
        assert_ne!(k["Ann Cole"], k["Ann T. Cole"]);
        assert_ne!(k["Bo Cole"], k["Ann Cole"]);
    }

    #[test]
    fn a_short_form_and_its_full_name_are_one_person() {
        let k = name_keys([
            "Jan Schakowsky", "Janice D. Schakowsky", "Bob Corliss", "Robert Corliss", "Hon. Bill Tolliver",
            "William J. Tolliver",
        ]);
        assert_eq!(k["Jan Schakowsky"], k["Janice D. Schakowsky"]);
        assert_eq!(k["Jan Schakowsky"], "name:JANICE SCHAKOWSKY");
        assert_eq!(k["Bob Corliss"], k["Robert Corliss"]);
        assert_eq!(k["Hon. Bill Tolliver"], k["William J. Tolliver"]);
        // Whichever form comes first, the key is the same.
        assert_eq!(
            name_keys(["Janice D. Schakowsky", "Jan Schakowsky"])["Jan Schakowsky"],
            k["Jan Schakowsky"]
        );
    }

    #[test]
    fn namesakes_whose_given_names_are_not_one_name_stay_apart() {
        // `Jan` is not `Jane`: a name that starts like another is not its short form.
        let k = name_keys(["Jan Halloran", "Jane Halloran"]);
        assert_ne!(k["Jan Halloran"], k["Jane Halloran"]);
        // Two members of one surname: William and Robert share no short form.
        let k = name_keys(["Bill Tolliver", "William Tolliver", "Robert Tolliver", "Bob Tolliver"]);
        assert_eq!(k["Bill Tolliver"], k["William Tolliver"]);
        assert_eq!(k["Bob Tolliver"], k["Robert Tolliver"]);
        assert_ne!(k["William Tolliver"], k["Robert Tolliver"]);
        // `Jan` could be Janice or Janet: with both about, no one is merged.
        let k = name_keys(["Jan Cole", "Janice Cole", "Janet Cole"]);
        assert_ne!(k["Jan Cole"], k["Janice Cole"]);
        assert_ne!(k["Jan Cole"], k["Janet Cole"]);
        assert_ne!(k["Janice Cole"], k["Janet Cole"]);
        // A short form does not excuse a disagreeing middle initial.
        let k = name_keys(["Jim A. Pruitt", "James B. Pruitt"]);
        assert_ne!(k["Jim A. Pruitt"], k["James B. Pruitt"]);
    }
}
