//! Sentences of a turn, for quoting part of one. Abbreviations that end in a
//! period (`Mr.`, `U.S.`, `Gen.`) and initials do not end a sentence; `a.m.`
//! and `p.m.` do when a new sentence follows (`at 10 a.m. He did`), not when
//! the time carries on (`10 a.m. Eastern`, `9 a.m. Monday`).

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gen", "Adm", "Lt", "Col", "Capt", "Sgt", "Gov", "Amb", "Hon",
    "St", "Jr", "Sr", "No", "Nos", "Inc", "Co", "Corp", "vs", "v", "etc", "e.g", "i.e", "U.S", "U.N", "D.C",
    "a.m", "p.m", "Mt", "Ft", "Sec", "Dept", "Prof", "Rev", "Messrs",
];

/// Words that carry on a time after `a.m.`/`p.m.` (`10 a.m. Eastern`,
/// `9 a.m. EST`, `9 a.m. Monday`, `9 a.m. January 5`) rather than start a
/// sentence. Dots are dropped before comparing, so `E.S.T.` is `EST`. A
/// sentence that does begin with one of them (`... at 8 a.m. Central Command
/// called.`) is not split there: one sentence too long rather than a quote cut
/// inside a time.
const AFTER_CLOCK: &[&str] = &[
    "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii", "Hawaii-Aleutian",
    "Greenwich", "Universal", "Coordinated", "Standard", "Daylight", "Zulu", "ET", "EST", "EDT", "CT", "CST",
    "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "UTC", "GMT", "Z",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "June", "July", "August", "September", "October", "November", "December",
];

/// Weekdays and months abbreviated with a period (`9 a.m. Tues. with the files`).
const AFTER_CLOCK_ABBREVIATED: &[&str] = &[
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Words that open a sentence with its time: in `At 10 a.m. Senator Reed
/// called.` the capital after `a.m.` is the subject, not a new sentence.
const TIME_OPENERS: &[&str] = &[
    "at", "by", "before", "after", "around", "about", "approximately", "until", "till", "from", "since",
    "shortly", "on", "today", "tomorrow", "yesterday",
];

fn is_clock_suffix(word: &str) -> bool {
    word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m")
}

/// Whether `after` (the text after `a.m.`/`p.m.` and its space) starts a new
/// sentence, `before` being the sentence so far. It does when it opens with a
/// capitalised word that does not carry on the time (`Eastern`, `EST`,
/// `Monday`, `May 5`, `Washington time`), unless the sentence so far is only
/// the time phrase that opens it (`At 10 a.m. I arrived.`).
fn sentence_after_clock(before: &str, after: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let opener = words.first().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    if words.len() <= 6 && opener.is_some_and(|w| TIME_OPENERS.contains(&w.as_str())) {
        return false;
    }
    let mut rest = after.split_whitespace();
    let Some(token) = rest.next() else { return false };
    let token = token.trim_start_matches(['"', '“', '‘', '\'', '(', '[']);
    if !token.starts_with(char::is_uppercase) {
        return false;
    }
    let core = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    let dotted = token[core.len()..].starts_with('.');
    let undotted = core.replace('.', "");
    if AFTER_CLOCK.contains(&undotted.as_str()) || (dotted && AFTER_CLOCK_ABBREVIATED.contains(&core)) {
        return false;
    }
    let next = rest.next().unwrap_or("");
    // `May 5` is a date; `May I ask` is a sentence.
    if core == "May" && next.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // `10 a.m. Washington time`, `9 a.m. Baghdad Time`.
    if !token.ends_with(|c: char| !c.is_alphanumeric())
        && next.trim_end_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case("time")
    {
        return false;
    }
    true
}

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
            if is_clock_suffix(word) {
                if !sentence_after_clock(&text[start..i], after) {
                    continue;
                }
            } else if single_initial || ABBREVIATIONS.contains(&word) {
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
                "Yes, at 10 a.m.",
                "He did!",
                "\"Really.\"",
                "Then U.S. forces"
            ]
        );
    }

    #[test]
    fn a_sentence_ends_after_a_m_or_p_m_before_a_new_sentence() {
        for (t, want) in [
            ("We met at 10 a.m. He was late.", &["We met at 10 a.m.", "He was late."][..]),
            (
                "It ended at 4:30 p.m. The vote came later.",
                &["It ended at 4:30 p.m.", "The vote came later."],
            ),
            ("We adjourned at 5 P.M. Senator Reed left.", &["We adjourned at 5 P.M.", "Senator Reed left."]),
            ("It was 9 a.m. \"Good morning,\" he said.", &["It was 9 a.m.", "\"Good morning,\" he said."]),
            ("The call came at 11 a.m. May I ask why?", &["The call came at 11 a.m.", "May I ask why?"]),
        ] {
            assert_eq!(sentences(t), want, "{t}");
        }
    }

    #[test]
    fn words_that_carry_on_the_time_do_not_split() {
        for t in [
            "The hearing is at 10 a.m. Eastern on Thursday.",
            "The hearing is at 10 a.m. Eastern Time on Thursday.",
            "It starts at 9 a.m. EST sharp.",
            "It starts at 9 A.M. Eastern sharp.",
            "It starts at 9 a.m. E.S.T. sharp.",
            "It starts at 9 a.m. ET and ends at noon.",
            "We will call at 2 p.m. Central, then at 3 p.m. Pacific and 4 p.m. Mountain time.",
            "Be there at 9 a.m. Monday with the files.",
            "Be there at 9 a.m. Tues. with the files.",
            "The vote is at 9 a.m. January 5 in this room.",
            "The vote is at 9 a.m. May 5 in this room.",
            "The strike came at 3 a.m. Baghdad time, as reported.",
            "The session ends at 6 p.m. and resumes at 9 a.m. tomorrow.",
            "At 10 a.m. I arrived at the building.",
            "Shortly after 10 a.m. Senator Reed called the vote.",
        ] {
            assert_eq!(sentences(t), [t], "{t}");
        }
    }

    #[test]
    fn other_abbreviations_still_do_not_split() {
        let t = "Sen. Reed and Gen. Ashby met Mr. Wexley and Dr. Vance of the U.S. Navy at St. Paul. They agreed.";
        assert_eq!(
            sentences(t),
            [
                "Sen. Reed and Gen. Ashby met Mr. Wexley and Dr. Vance of the U.S. Navy at St. Paul.",
                "They agreed."
            ]
        );
    }

    #[test]
    fn the_seed_answer() {
        let t = "No, by the department, sir. But we do have intelligence sharing with Mexico to show them what we see. And we have increased cooperation.";
        assert_eq!(sentences(t).len(), 3);
    }
}
