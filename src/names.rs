//! Names and titles as printed: dropping a leading title, and title case
//! for text a file prints in capitals. Used by the parser (front matter,
//! labels) and by speaker resolution alike, so it sits below both.

/// Drops a leading title: `SEN. ROGER WICKER` -> `ROGER WICKER`.
pub fn strip_title(name: &str) -> String {
    const TITLES: &[&str] = &[
        "SEN.", "SENATOR", "REP.", "REPRESENTATIVE", "GEN.", "GENERAL", "ADM.", "ADMIRAL", "MR.", "MRS.",
        "MS.", "DR.", "HON.", "SECRETARY", "LT.", "GEN", "COL.", "AMB.", "GOV.", "DEL.", "DELEGATE", "VICE",
        "REAR", "MAJ.", "CAPT.", "THE", "HONORABLE", "COMMISSIONER", "CHAIRMAN", "CHAIRWOMAN", "MAYOR",
        "JUDGE", "PROF.", "PROFESSOR", "GOVERNOR", "AMBASSADOR", "ASSEMBLYMAN", "ASSEMBLYWOMAN",
        "ASSEMBLYMEMBER", "CHAIR", "CHAIRPERSON", "MISS", "MADAM",
    ];
    let mut words: Vec<&str> = name.split_whitespace().collect();
    // `Mr Nardelli`, `Dr Vale`: a title printed without its period too.
    let titled = |w: &str| {
        let w = w.to_uppercase();
        TITLES.contains(&w.as_str()) || TITLES.iter().any(|t| t.strip_suffix('.') == Some(w.as_str()))
    };
    while words.len() > 1 && titled(words[0]) {
        words.remove(0);
    }
    words.join(" ")
}

/// The upper-cased last word of a name, without `Jr.`-style suffixes.
pub fn surname_key(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| {
            !matches!(
                w.trim_end_matches(['.', ',']).to_uppercase().as_str(),
                "JR" | "SR" | "II" | "III" | "IV"
            )
        })
        .collect();
    words.last().map(|w| w.trim_end_matches(',').to_uppercase()).unwrap_or_default()
}

/// The first word of a name with more than one, in capitals, its title
/// dropped: `JOHN` of `Hon. John M. Spratt`; none of a bare `Spratt`.
pub fn given_name(name: &str) -> Option<String> {
    let name = strip_title(name);
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next().map(|_| first.trim_end_matches(',').to_uppercase())
}

/// Whether two printed forms of a name can be one person by their given
/// names: `John M. Spratt` and `John M. Spratt, Jr.`, `J. Reed` and `John
/// Reed`, or a bare surname beside anything; not `Jack Reed` and `John Reed`
/// (short forms are judged above the parser, where nicknames are known).
pub fn given_agrees(a: &str, b: &str) -> bool {
    let (Some(x), Some(y)) = (given_name(a), given_name(b)) else { return true };
    let initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
    if initial(&x) || initial(&y) {
        return x.chars().next() == y.chars().next();
    }
    x == y
}

pub fn title_case_if_caps(s: &str) -> String {
    if s.chars().any(char::is_lowercase) { s.to_owned() } else { title_case(s) }
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "versus", "via",
];
const ACRONYMS: &[&str] = &[
    "AIG", "TARP", "GSE", "OTC", "FDIC", "SEC", "CFTC", "FHFA", "FHA", "HUD", "OCC", "OTS", "NCUA", "FSOC",
    "CFPA", "CFPB", "IMF", "GDP", "NATO", "DHS", "DOD", "DOJ", "FBI", "CIA", "NSA", "ISR", "AI", "II", "III",
    "IV", "VI", "VII", "USA", "US", "EU", "UN", "EPA", "FAA", "FEMA", "NOAA", "FTC", "FCC", "IRS", "GAO",
    "CBO", "OMB", "NIH", "CDC", "FDA", "TSA", "DEA", "ATF", "ICE", "CBP", "ABA", "ICBA", "NYSE", "CEO",
    "CFO", "LLC", "LLP", "NW", "SW", "DC", "GSES", "CDS", "MBS", "SIFI", "SIFIS", "ERISA", "HR", "NY",
    "USPS", "HHS", "VA", "NTSB",
];

/// `D-RI`, `R-MISS.`: a party and state as printed beside a name, kept
/// in capitals (title case made `(D-Ri)` of Sen. Reed's).
fn is_party_tag(bare: &str) -> bool {
    bare.split_once('-').is_some_and(|(party, state)| {
        matches!(party, "D" | "R" | "I" | "ID")
            && (2..=6).contains(&state.len())
            && state.chars().all(|c| c.is_ascii_uppercase() || c == '.')
    })
}

/// `FEDERAL RESERVE'S SECOND MONETARY POLICY REPORT FOR 2005` ->
/// `Federal Reserve's Second Monetary Policy Report for 2005`.
pub fn title_case(s: &str) -> String {
    // Written into one buffer: this runs for every roster name and heading.
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if i > 0 && is_small_word(w) {
            out.push_str(&w.to_lowercase());
        } else if ACRONYMS.contains(&bare)
            || is_party_tag(bare)
            || (bare.contains('.') && bare.len() <= 6)
            || w.chars().any(|c| c.is_ascii_digit())
        {
            out.push_str(w);
        } else {
            for (k, part) in w.split('-').enumerate() {
                if k > 0 {
                    out.push('-');
                }
                capitalise_into(&mut out, part);
            }
        }
    }
    out
}

/// `w` lower-cased is one of `SMALL_WORDS`; plain ASCII is compared without
/// lower-casing a copy.
fn is_small_word(w: &str) -> bool {
    if w.is_ascii() {
        SMALL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w))
    } else {
        SMALL_WORDS.contains(&w.to_lowercase().as_str())
    }
}

/// Appends `w` lower-cased with its first letter (and the one after `Mc`,
/// `O'`, or a period) in capitals.
fn capitalise_into(out: &mut String, w: &str) {
    let start = out.len();
    let lower = w.to_lowercase();
    let len = lower.chars().count();
    let mut up_next = true;
    for (i, c) in lower.chars().enumerate() {
        if up_next && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            up_next = false;
        } else {
            out.push(c);
        }
        // O'Brien, McCarthy; but not Reserve's
        if (c == '\'' || c == '’') && i == 1 && len > 3 {
            up_next = true;
        }
        if i == 1 && &out[start..] == "Mc" && len > 3 {
            up_next = true;
        }
        if c == '.' {
            up_next = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(
            title_case("FEDERAL RESERVE'S SECOND MONETARY POLICY REPORT FOR 2005"),
            "Federal Reserve's Second Monetary Policy Report for 2005"
        );
        assert_eq!(title_case("TURMOIL IN U.S. CREDIT MARKETS"), "Turmoil in U.S. Credit Markets");
        assert_eq!(title_case("RICHARD C. SHELBY"), "Richard C. Shelby");
        assert_eq!(strip_title("Mr Nardelli"), "Nardelli");
        assert_eq!(strip_title("Miss McMORRIS"), "McMORRIS");
        assert_eq!(strip_title("Dr"), "Dr");
        assert_eq!(title_case("SEN. JACK REED (D-RI)"), "Sen. Jack Reed (D-RI)");
        assert_eq!(title_case("ROGER WICKER (R-MISS.)"), "Roger Wicker (R-MISS.)");
        assert_eq!(title_case("ANTI-TRUST LAW"), "Anti-Trust Law");
        assert_eq!(title_case("CAROLYN B. MCCARTHY"), "Carolyn B. McCarthy");
        assert_eq!(title_case("PAT O'BRIEN"), "Pat O'Brien");
        assert_eq!(
            title_case("REGULATION OF OVER-THE-COUNTER DERIVATIVES"),
            "Regulation of Over-The-Counter Derivatives"
        );
    }
}
