//! Sentences of a turn, for quoting part of one. Abbreviations that end in a
//! period (`Mr.`, `U.S.`, `Gen.`) and initials do not end a sentence.

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gen", "Adm", "Lt", "Col", "Capt", "Sgt", "Gov", "Amb", "Hon",
    "St", "Jr", "Sr", "No", "Nos", "Inc", "Co", "Corp", "vs", "v", "etc", "e.g", "i.e", "U.S", "U.N", "D.C",
    "a.m", "p.m", "Mt", "Ft", "Sec", "Dept", "Prof", "Rev", "Messrs",
];

/// Byte ranges of the sentences of `text`, covering all of it.
pub fn split(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        // Closing quotes and brackets stay with their sentence.
        let mut end = i + c.len_utf8();
        let mut m = k + 1;
        while let Some(&(j, q)) = chars.get(m) {
            if matches!(q, '"' | '”' | '’' | '\'' | ')' | ']') {
                end = j + q.len_utf8();
                m += 1;
            } else {
                break;
            }
        }
        let Some(&(_, next)) = chars.get(m) else { break };
        if !next.is_whitespace() {
            continue;
        }
        let after = text[end..].trim_start();
        if !after.starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '[')
        }) {
            continue;
        }
        if c == '.' {
            let word = text[start..i].rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
            let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if single_initial || ABBREVIATIONS.contains(&word) {
                continue;
            }
        }
        out.push(start..end);
        start = end + (text[end..].len() - text[end..].trim_start().len());
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sentences(
                "Gen. Gregory M. Guillot spoke. Did Sen. Wicker ask? Yes, at 10 a.m. He did! \"Really.\" Then U.S. forces"
            ),
            [
                "Gen. Gregory M. Guillot spoke.",
                "Did Sen. Wicker ask?",
                "Yes, at 10 a.m. He did!",
                "\"Really.\"",
                "Then U.S. forces"
            ]
        );
    }

    #[test]
    fn the_seed_answer() {
        let t = "No, by the department, sir. But we do have intelligence sharing with Mexico to show them what we see. And we have increased cooperation.";
        assert_eq!(sentences(t).len(), 3);
    }
}
