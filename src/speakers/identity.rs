//! One person across hearings, however each hearing names them.
//!
//! Within a hearing, labels are already names (`Chairman Bernanke` ->
//! `Ben S. Bernanke`, from that hearing's witness list). Across hearings the
//! key is the bioguide id when the legislators roster gave one, else the name:
//! given name and surname equal, and middle names that do not disagree
//! (`Ben S. Bernanke` and `Ben Bernanke` are one; with a `Ben T. Bernanke`
//! about, the bare `Ben Bernanke` could be either, so no one is merged). A
//! label nobody resolved is never merged with anything outside its hearing:
//! a surname alone does not make a person.

use super::roster::fold;
use std::collections::HashMap;

/// A name split for comparison: folded, titles and suffixes dropped.
#[derive(Debug, Clone, PartialEq)]
struct Parts {
    given: String,
    middles: Vec<String>,
    surname: String,
}

fn parts(name: &str) -> Option<Parts> {
    let stripped = crate::parse::strip_title(name);
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

/// For each resolved name (of people without a bioguide id), the key of the
/// person it names. Names that are one person get the same key.
pub fn name_keys<'a>(names: impl IntoIterator<Item = &'a str>) -> HashMap<String, String> {
    let mut by_core: HashMap<(String, String), Vec<(String, Parts)>> = HashMap::new();
    let mut out = HashMap::new();
    for name in names {
        if out.contains_key(name) {
            continue;
        }
        out.insert(name.to_owned(), format!("name:{}", fold(name)));
        if let Some(p) = parts(name) {
            by_core.entry((p.given.clone(), p.surname.clone())).or_default().push((name.to_owned(), p));
        }
    }
    for ((given, surname), names) in by_core {
        let all_agree = names
            .iter()
            .enumerate()
            .all(|(i, (_, a))| names[i + 1..].iter().all(|(_, b)| middles_agree(&a.middles, &b.middles)));
        if all_agree {
            for (name, _) in &names {
                out.insert(name.clone(), format!("name:{given} {surname}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
