//! Dates and ordinals as hearing covers print them: `ONE HUNDRED NINTH`,
//! `THURSDAY, JULY 21, 2005`, `Sept. 9, 2010`.

const MONTHS: [&str; 12] = [
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
    "NOVEMBER", "DECEMBER",
];
const WEEKDAYS: [&str; 7] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/// `ONE HUNDRED NINTH` -> 109, `FIRST` -> 1.
pub(super) fn ordinal_number(words: &str) -> Option<u16> {
    const UNITS: [(&str, u16); 19] = [
        ("FIRST", 1),
        ("SECOND", 2),
        ("THIRD", 3),
        ("FOURTH", 4),
        ("FIFTH", 5),
        ("SIXTH", 6),
        ("SEVENTH", 7),
        ("EIGHTH", 8),
        ("NINTH", 9),
        ("TENTH", 10),
        ("ELEVENTH", 11),
        ("TWELFTH", 12),
        ("THIRTEENTH", 13),
        ("FOURTEENTH", 14),
        ("FIFTEENTH", 15),
        ("SIXTEENTH", 16),
        ("SEVENTEENTH", 17),
        ("EIGHTEENTH", 18),
        ("NINETEENTH", 19),
    ];
    const TENS: [(&str, u16); 8] = [
        ("TWENTIETH", 20),
        ("THIRTIETH", 30),
        ("FORTIETH", 40),
        ("FIFTIETH", 50),
        ("SIXTIETH", 60),
        ("SEVENTIETH", 70),
        ("EIGHTIETH", 80),
        ("NINETIETH", 90),
    ];
    const TENS_CARDINAL: [(&str, u16); 8] = [
        ("TWENTY", 20),
        ("THIRTY", 30),
        ("FORTY", 40),
        ("FIFTY", 50),
        ("SIXTY", 60),
        ("SEVENTY", 70),
        ("EIGHTY", 80),
        ("NINETY", 90),
    ];
    let upper = words.trim().to_uppercase();
    let mut rest = upper.as_str();
    let mut n = 0;
    if let Some(r) = rest.strip_prefix("ONE HUNDRED") {
        n += 100;
        rest = r.trim_start();
        if rest.is_empty() || rest == "TH" {
            return Some(100);
        }
    }
    for (w, v) in TENS_CARDINAL {
        if let Some(r) = rest.strip_prefix(w).and_then(|r| r.strip_prefix(['-', ' '])) {
            n += v;
            rest = r;
        }
    }
    let last = UNITS.iter().chain(TENS.iter()).find(|(w, _)| *w == rest)?;
    Some(n + last.1)
}

pub(super) fn month_number(name: &str) -> Option<usize> {
    let up = name.trim_end_matches('.').to_uppercase();
    MONTHS.iter().position(|m| *m == up || (up.len() >= 3 && m.starts_with(&up))).map(|i| i + 1)
}

/// `JULY 21, 2005` (or `July 21, 2005`, `2025`, `2025-03-12`) as an ISO date.
pub fn mixed_date(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('.');
    if s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) {
        return Some(s.to_owned());
    }
    if s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-' {
        return Some(s.to_owned());
    }
    // `07/17/2025`, as US archives print a video's date.
    if let [m, d, y] = s.split('/').collect::<Vec<_>>()[..]
        && let (Ok(m), Ok(d), Ok(y)) = (m.parse::<u32>(), d.parse::<u32>(), y.parse::<u32>())
    {
        return ((1..=12).contains(&m) && (1..=31).contains(&d) && (1700..=2200).contains(&y))
            .then(|| format!("{y:04}-{m:02}-{d:02}"));
    }
    let (month, rest) = s.split_once(' ')?;
    let month = month_number(month)?;
    let (day, year) = rest.split_once(',')?;
    let day: u32 = day.trim().parse().ok()?;
    let year: u32 = year.trim().get(..4)?.parse().ok()?;
    ((1..=31).contains(&day) && (1700..=2200).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

pub(super) fn caps_date(l: &str) -> Option<String> {
    let first = l.split(' ').next()?;
    MONTHS.contains(&first).then(|| mixed_date(l)).flatten()
}

/// Day lines like `THURSDAY, JULY 21, 2005`: one per hearing day.
pub(super) fn hearing_days<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in texts.flat_map(str::lines) {
        let t = line.trim();
        // A cheap test first: this runs on every line of the file.
        if !WEEKDAYS.iter().any(|d| t.starts_with(d)) {
            continue;
        }
        let Some((day, date)) = t.split_once(", ") else {
            continue;
        };
        if WEEKDAYS.contains(&day)
            && let Some(d) = caps_date(date)
            && !out.contains(&d)
        {
            out.push(d);
        }
    }
    out
}

/// `                        Wednesday, March 4, 2009`
pub(super) fn is_day_heading(line: &str) -> bool {
    let t = line.trim().to_uppercase();
    WEEKDAYS.iter().any(|d| t.strip_prefix(d).is_some_and(|rest| rest.starts_with(',')))
        && t.rsplit(' ').next().is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_number("ONE HUNDRED NINTH"), Some(109));
        assert_eq!(ordinal_number("ONE HUNDRED EIGHTEENTH"), Some(118));
        assert_eq!(ordinal_number("ONE HUNDRED TWENTY-FIRST"), Some(121));
        assert_eq!(ordinal_number("SECOND"), Some(2));
        assert_eq!(ordinal_number("LAST"), None);
    }

    #[test]
    fn dates() {
        assert_eq!(mixed_date("JULY 21, 2005").as_deref(), Some("2005-07-21"));
        assert_eq!(mixed_date("June 3, 2025").as_deref(), Some("2025-06-03"));
        assert_eq!(mixed_date("2025").as_deref(), Some("2025"));
        assert_eq!(mixed_date("Sept. 9, 2010").as_deref(), Some("2010-09-09"));
        assert_eq!(mixed_date("someday"), None);
    }
}
