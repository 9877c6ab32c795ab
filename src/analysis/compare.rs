//! Comparing across hearings: the key sentence of a statement, and the words
//! that set one hearing apart from the rest of the index.

use crate::export::sentences;
use crate::index::{IndexError, Library};

/// Words of at least four letters, weighted by how often these texts use
/// them against how many turns of the whole index do.
pub fn distinctive_terms<'t>(
    lib: &Library,
    texts: impl Iterator<Item = &'t str>,
    n: usize,
) -> Result<Vec<String>, IndexError> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for text in texts {
        for w in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4 && !w.chars().any(|c| c.is_ascii_digit()))
        {
            *counts.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    let mut scored: Vec<(f64, String)> = Vec::new();
    for (w, tf) in counts {
        if tf < 2 {
            continue;
        }
        let (df, total) = lib.document_frequency(&w)?;
        // Words in more than one turn in twenty are the language of every
        // hearing (`that`, `chairman`), not of this one.
        if df * 20 > total {
            continue;
        }
        let idf = ((total as f64 + 1.0) / (df as f64 + 1.0)).ln();
        scored.push((tf as f64 * idf, w));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    Ok(scored.into_iter().take(n).map(|(_, w)| w).collect())
}

/// The sentence of a turn that uses the query's words most (the first such).
pub fn key_sentence(text: &str, terms: &[String]) -> String {
    let flat = text.replace('\n', " ");
    let words: Vec<String> = terms
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    let score = |s: &str| {
        let lower = s.to_lowercase();
        words.iter().filter(|w| lower.contains(w.as_str())).count()
    };
    sentences::split(&flat)
        .into_iter()
        .map(|r| &flat[r])
        .max_by(|a, b| score(a).cmp(&score(b)).then(std::cmp::Ordering::Greater))
        .unwrap_or(&flat)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_sentence_is_the_first_that_says_the_most() {
        let t = "Thank you. Inflation is low. Inflation expectations are anchored, and inflation is low.";
        assert_eq!(
            key_sentence(t, &["inflation".into(), "anchored".into()]),
            "Inflation expectations are anchored, and inflation is low."
        );
        assert_eq!(key_sentence(t, &["inflation".into()]), "Inflation is low.");
    }
}
