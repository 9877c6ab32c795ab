//! Datelines: `WASHINGTON:`, `WASHINGTON (AP) —`, `NEW YORK, March 3
//! (Reuters) -`, `SAN DIEGO, Calif. —` open a news story's first paragraph
//! and say where it was written. They are no speaker: a paragraph opening
//! with one is prose, not a printed transcript excerpt.

use super::attrib::is_title;

/// Places a dateline names (states, and cities datelines often give).
const PLACES: &[&str] = &[
    "ALABAMA", "ALASKA", "ARIZONA", "ARKANSAS", "CALIFORNIA", "COLORADO", "CONNECTICUT", "DELAWARE",
    "FLORIDA", "GEORGIA", "HAWAII", "IDAHO", "ILLINOIS", "INDIANA", "IOWA", "KANSAS", "KENTUCKY",
    "LOUISIANA", "MAINE", "MARYLAND", "MASSACHUSETTS", "MICHIGAN", "MINNESOTA", "MISSISSIPPI", "MISSOURI",
    "MONTANA", "NEBRASKA", "NEVADA", "NEW HAMPSHIRE", "NEW JERSEY", "NEW MEXICO", "NEW YORK",
    "NORTH CAROLINA", "NORTH DAKOTA", "OHIO", "OKLAHOMA", "OREGON", "PENNSYLVANIA", "RHODE ISLAND",
    "SOUTH CAROLINA", "SOUTH DAKOTA", "TENNESSEE", "TEXAS", "UTAH", "VERMONT", "VIRGINIA", "WASHINGTON",
    "WEST VIRGINIA", "WISCONSIN", "WYOMING", "LOS ANGELES", "CHICAGO", "HOUSTON", "MIAMI", "SAN DIEGO",
    "SAN FRANCISCO", "BOSTON", "ATLANTA", "DENVER", "COLORADO SPRINGS", "EL PASO", "SAN ANTONIO", "PHOENIX",
    "SEATTLE", "DETROIT", "PHILADELPHIA", "BALTIMORE", "NEW ORLEANS", "NORFOLK", "SAN JUAN", "HONOLULU",
    "ANCHORAGE", "MEXICO CITY", "TIJUANA", "HAVANA", "BOGOTA", "CARACAS", "PANAMA CITY", "OTTAWA", "LONDON",
    "PARIS", "BRUSSELS", "BERLIN", "GENEVA", "MOSCOW", "KYIV", "BEIJING", "TOKYO", "JERUSALEM",
    "THE PENTAGON", "CAPITOL HILL", "UNITED NATIONS",
];

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
];

fn caps_word(w: &str) -> bool {
    let b = w.trim_end_matches([',', ':']);
    b.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && b.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// A word after the place's comma: a state (`Calif.`, `N.C.`, `D.C.`), a
/// date (`March 3,`, `Dec. 5`), a year.
fn detail_word(w: &str) -> bool {
    let b = w.trim_end_matches([',', ':']);
    let lower = b.trim_end_matches('.').to_lowercase();
    MONTHS.contains(&lower.as_str())
        || (!b.is_empty() && b.chars().all(|c| c.is_ascii_digit()))
        || (b.ends_with('.') && b.len() <= 6 && b.starts_with(char::is_uppercase))
}

fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "–" | "-" | "--")
}

/// The length in bytes of the dateline opening `text`, separator and the
/// space after it included. `opening`: the paragraph is one of the first
/// of the article and no `NAME:` label came before it, where a lone word in
/// capitals before a colon is a dateline (`KABUL:`) rather than a speaker.
pub fn len(text: &str, opening: bool) -> Option<usize> {
    let mut spans: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for w in text.split_whitespace().take(12) {
        let start = at + text[at..].find(w)?;
        at = start + w.len();
        spans.push((start, w));
    }
    let end_of = |k: usize| spans[k].0 + spans[k].1.len();
    // The place, in capitals: up to four words, none a title (`SEN. WICKER:`
    // is a speaker).
    let mut k = 0;
    while k < spans.len() && k < 4 && caps_word(spans[k].1) && !spans[k].1.starts_with('(') {
        k += 1;
        if spans[k - 1].1.ends_with([',', ':']) {
            break;
        }
    }
    if k == 0 || spans[..k].iter().any(|(_, w)| is_title(w.trim_end_matches([',', ':']))) {
        return None;
    }
    let place: Vec<&str> = spans[..k].iter().map(|(_, w)| w.trim_end_matches([',', ':'])).collect();
    let known = PLACES.contains(&place.join(" ").as_str());
    let mut shaped = false;
    let mut colon = spans[k - 1].1.ends_with(':');
    if spans[k - 1].1.ends_with(',') {
        while k < spans.len() && k < 8 && detail_word(spans[k].1) {
            shaped = true;
            k += 1;
            if spans[k - 1].1.ends_with(':') {
                colon = true;
                break;
            }
        }
    }
    if !colon && k < spans.len() && spans[k].1.starts_with('(') {
        let close = (k..spans.len().min(k + 3))
            .find(|j| spans[*j].1.ends_with(')') || spans[*j].1.ends_with("):"))?;
        shaped = true;
        colon = spans[close].1.ends_with(':');
        k = close + 1;
    }
    let end = if colon {
        end_of(k - 1)
    } else if k < spans.len() && is_dash(spans[k].1) {
        shaped = true;
        end_of(k)
    } else {
        return None;
    };
    let rest = &text[end..];
    // A lone unknown word in capitals opening an article is a dateline
    // unless what follows speaks in the first person (`GUILLOT: I wouldn't`).
    let first_person = || {
        let sentence = rest.split(['.', '?', '!', '“', '"']).next().unwrap_or("");
        sentence.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').to_lowercase();
            let w = w.split(['\'', '’']).next().unwrap_or("");
            matches!(w, "i" | "we" | "my" | "our" | "me" | "us")
        })
    };
    (known || shaped || (opening && !first_person())).then(|| end + (rest.len() - rest.trim_start().len()))
}

#[cfg(test)]
mod tests {
    use super::len;

    #[test]
    fn datelines_and_speakers() {
        fn cut(t: &str, opening: bool) -> Option<&str> {
            len(t, opening).map(|n| &t[n..])
        }
        assert_eq!(cut("WASHINGTON: Sen. Wicker said", false), Some("Sen. Wicker said"));
        assert_eq!(cut("WASHINGTON (AP) — Sen. Wicker said", false), Some("Sen. Wicker said"));
        assert_eq!(cut("NEW YORK, March 3 (Reuters) - Guillot told", false), Some("Guillot told"));
        assert_eq!(cut("SAN DIEGO, Calif. — The admiral", false), Some("The admiral"));
        assert_eq!(cut("KABUL: The general", true), Some("The general"));
        assert_eq!(cut("GUILLOT: I wouldn't say it's better.", true), None);
        assert_eq!(cut("GUILLOT: No, we don't.", true), None);
        // Speakers, not places.
        assert_eq!(cut("KABUL: The general", false), None);
        assert_eq!(cut("GUILLOT: No, by the department, sir.", false), None);
        assert_eq!(cut("SEN. ROGER WICKER: Permitted by Mexico?", true), None);
        assert_eq!(cut("The U.S. NAVY: no", true), None);
    }
}
