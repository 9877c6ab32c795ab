//! MODS: the Government Publishing Office's metadata record of a package
//! (`/packages/{id}/mods`, `mods.xml`), read with a real XML parser.
//!
//! For a hearing it is the roster: committee members with their bioguide id,
//! party and state (`congMember`), the witnesses as free text (`witness`), the
//! committee and subcommittee, every held date and the printed citation. Only
//! the root's own `<extension>` children are read: the `relatedItem` granule
//! records below repeat them, and a second reading would list people twice.

use crate::model::{Chamber, Member, Person};
use roxmltree::{Document, Node};

const MODS_NS: &str = "http://www.loc.gov/mods/v3";

/// What a MODS record says about a hearing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mods {
    /// `accessId`: the package id (`CHRG-118shrg56403`).
    pub package_id: Option<String>,
    pub title: Option<String>,
    pub chamber: Option<Chamber>,
    pub congress: Option<u16>,
    pub session: Option<u8>,
    pub committee: Option<String>,
    pub subcommittee: Option<String>,
    /// Every `heldDate`, as printed (a compiled volume has many).
    pub dates: Vec<String>,
    /// `S. Hrg. 118-376`, `Serial No. 118-30`.
    pub citation: Option<String>,
    /// Members of Congress named in the record, with who they are in the
    /// Biographical Directory.
    pub members: Vec<ModsMember>,
    pub witnesses: Vec<Person>,
    /// Members the record names in its roll calls (`congVote`): the whole
    /// chamber that day, each once. Not speakers; only a presiding
    /// officer's bare surname (`The Acting CHAIRMAN (Mr. Shaw)`) is looked
    /// up among them.
    pub roll: Vec<ModsMember>,
    /// The HTML rendition's address, when the record offers one.
    pub html_url: Option<String>,
}

/// A `congMember`: the person as a hearing would list them, and the member.
#[derive(Debug, Clone, PartialEq)]
pub struct ModsMember {
    /// Name first-name-first; `state` the state's name when the parsed name
    /// prints it (`of Connecticut`, as hearing labels do), else its code.
    pub person: Person,
    pub member: Member,
    pub chamber: Option<Chamber>,
    /// The name as parsed from the text (`Miss McMORRIS`, `Ms. JACKSON-LEE
    /// of Texas`): for a Record granule, the label exactly as printed.
    pub parsed: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ModsError {
    #[error("the MODS record is not valid XML: {0}")]
    Xml(#[from] roxmltree::Error),
    #[error("the document is not a MODS record (its root is <{0}>)")]
    NotMods(String),
}

/// Reads a MODS record. Bad XML or another kind of document is an error;
/// a field missing is simply absent.
pub fn parse(xml: &str) -> Result<Mods, ModsError> {
    parse_for(xml, None)
}

/// Reads the MODS record beside the file `id` (its name without extension).
/// A Congressional Record day's package record (`CREC-2005-07-20`) names
/// no one at its root: each page is a granule of it, with its own
/// speakers and roll calls, so the granule whose `accessId` is `id`
/// (`CREC-2005-07-20-pt1-PgH6117-3`) is read instead.
pub fn parse_for(xml: &str, id: Option<&str>) -> Result<Mods, ModsError> {
    let doc = Document::parse(xml)?;
    let root = doc.root_element();
    if root.tag_name().name() != "mods" || root.tag_name().namespace().is_some_and(|ns| ns != MODS_NS) {
        return Err(ModsError::NotMods(root.tag_name().name().to_owned()));
    }
    let m = read_record(root);
    if m.members.is_empty()
        && let Some(id) = id
        && let Some(granule) = root.children().find(|n| {
            is(n, "relatedItem")
                && n.attribute("type") == Some("constituent")
                && n.children().any(|e| is(&e, "extension") && text_of(e, "accessId").as_deref() == Some(id))
        })
    {
        let mut page = read_record(granule);
        // A floor page lists the committees its bills concern (four for
        // one debate), none of which held it.
        page.committee = None;
        page.subcommittee = None;
        return Ok(page);
    }
    Ok(m)
}

/// One record's fields: the root's, or a granule's.
fn read_record(record: Node) -> Mods {
    let mut m = Mods::default();
    for child in record.children().filter(Node::is_element) {
        match child.tag_name().name() {
            "titleInfo" if m.title.is_none() => m.title = text_of(child, "title"),
            "location" => {
                for url in child.children().filter(|n| is(n, "url")) {
                    if url.attribute("displayLabel") == Some("HTML rendition") {
                        m.html_url = text(url);
                    }
                }
            }
            "extension" => read_extension(child, &mut m),
            _ => {}
        }
    }
    m.dates = held_dates(std::mem::take(&mut m.dates), m.congress);
    m
}

/// The held dates to trust, in order. GPO's records carry misreadings: a
/// date run together with the next (`2022-02-012022-02-09`), or one taken
/// from the title (`1933-03-01` beside `2009-12-09` in a 111th-Congress
/// hearing). A date not of the form `YYYY-MM-DD`, or outside the years of
/// the hearing's Congress, is left out: the legislators roster matches
/// members by the hearing's first date.
fn held_dates(dates: Vec<String>, congress: Option<u16>) -> Vec<String> {
    let mut kept: Vec<String> = dates
        .into_iter()
        .filter(|d| {
            let b = d.as_bytes();
            b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && d.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        })
        .filter(|d| {
            let Some(c) = congress else { return true };
            // The Nth Congress sits from January of 1787 + 2N to January
            // two years later.
            let first = 1787 + 2 * i32::from(c);
            d[..4].parse::<i32>().is_ok_and(|y| (first..=first + 2).contains(&y))
        })
        .collect();
    kept.sort();
    kept.dedup();
    kept
}

fn read_extension(ext: Node, m: &mut Mods) {
    let mut number = None;
    let mut serial = None;
    for n in ext.children().filter(Node::is_element) {
        match n.tag_name().name() {
            "accessId" if m.package_id.is_none() => m.package_id = text(n),
            "chamber" => m.chamber = text(n).and_then(|c| chamber(&c)),
            "congress" => m.congress = text(n).and_then(|c| c.parse().ok()),
            "session" => m.session = text(n).and_then(|s| s.parse().ok()),
            "heldDate" => {
                if let Some(d) = text(n)
                    && !m.dates.contains(&d)
                {
                    m.dates.push(d);
                }
            }
            "preferredCitation" => m.citation = text(n),
            "number" => number = text(n),
            "congSerial" => serial = n.attribute("number").map(str::to_owned).filter(|s| !s.is_empty()),
            "witness" => {
                if let Some(w) = text(n).and_then(|w| witness(&w)) {
                    m.witnesses.push(w);
                }
            }
            "congCommittee" if m.committee.is_none() => {
                m.committee = names(n).into_iter().find(|(t, _)| t == "authority-standard").map(|(_, v)| v);
                m.committee = m.committee.take().or_else(|| names(n).into_iter().next().map(|(_, v)| v));
                if let Some(sub) = n.children().find(|c| is(c, "subCommittee")) {
                    m.subcommittee = names(sub).into_iter().next().map(|(_, v)| v);
                }
                if m.chamber.is_none() {
                    m.chamber = n.attribute("chamber").and_then(chamber);
                }
            }
            "congMember" => {
                if let Some(member) = cong_member(n) {
                    m.members.push(member);
                }
            }
            "congVote" => {
                for member in n.children().filter(|c| is(c, "congMember")).filter_map(cong_member) {
                    if !m.roll.iter().any(|r| r.member.bioguide == member.member.bioguide) {
                        m.roll.push(member);
                    }
                }
            }
            _ => {}
        }
    }
    // Older records give the number alone: the citation is built the way
    // the cover prints it.
    if m.citation.is_none()
        && let Some(c) = m.congress
    {
        m.citation = match (m.chamber, number, serial) {
            (Some(Chamber::Senate), Some(n), _) => Some(format!("S. Hrg. {c}-{n}")),
            (Some(Chamber::House), _, Some(n)) => Some(format!("Serial No. {c}-{n}")),
            _ => None,
        };
    }
}

fn cong_member(n: Node) -> Option<ModsMember> {
    let bioguide = n.attribute("bioGuideId").map(str::trim).filter(|b| !b.is_empty())?;
    let all = names(n);
    let by = |t: &str| all.iter().find(|(ty, _)| ty == t).map(|(_, v)| v.clone());
    // `authority-fnf` is the name as a hearing prints it; `parsed` is in
    // capitals with the state: `RICHARD BLUMENTHAL of Connecticut`.
    let parsed = by("parsed");
    let (parsed_name, state_name) = match parsed.as_deref().and_then(|p| p.split_once(" of ")) {
        Some((n, s)) => (Some(n.trim().to_owned()), Some(s.trim().to_owned())),
        None => (parsed.clone(), None),
    };
    let name = by("authority-fnf")
        .or_else(|| by("authority-lnf").and_then(|l| l.split_once(", ").map(|(s, g)| format!("{g} {s}"))))
        .or_else(|| parsed_name.map(|p| crate::names::title_case(&p)))?;
    let code = n.attribute("state").map(str::to_owned);
    let party = n.attribute("party").map(str::to_owned).filter(|p| !p.is_empty());
    Some(ModsMember {
        person: Person {
            name,
            party: party.clone(),
            state: state_name.or_else(|| code.clone()),
            ..Person::default()
        },
        member: Member { bioguide: bioguide.to_owned(), party, state: code.unwrap_or_default() },
        chamber: n.attribute("chamber").and_then(chamber),
        parsed,
    })
}

/// Witness lines come in two orders and sometimes with a panel in front:
/// `Gerald W. Parker, DVM, Ph.D., Associate Dean, …`,
/// `Panel II: Heithecker, Troy, Associate Deputy Chief, U.S. Forest Service, …`.
pub fn witness(line: &str) -> Option<Person> {
    let line = strip_panel(line.trim());
    let parts: Vec<&str> = line.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let first = *parts.first()?;
    let (honorific, first) = split_honorific(first);
    let mut rest = &parts[1..];
    let name = if !first.contains(' ') && rest.first().is_some_and(|g| is_given_name(g)) {
        // `Surname, Given, …`
        let given = rest[0];
        rest = &rest[1..];
        format!("{given} {first}")
    } else {
        first.to_owned()
    };
    // Degrees and suffixes after the name are part of how it is printed,
    // not the title: `Parker, DVM, Ph.D., Associate Dean`.
    let mut name = name;
    while let Some(p) = rest.first()
        && is_suffix(p)
    {
        if matches!(p.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV") {
            name = format!("{name}, {p}");
        }
        rest = &rest[1..];
    }
    if name.is_empty() || !name.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let title = (!rest.is_empty()).then(|| rest.join(", "));
    Some(Person { name, honorific, title, ..Person::default() })
}

fn strip_panel(line: &str) -> &str {
    let upper = line.to_ascii_uppercase();
    if upper.starts_with("PANEL")
        && let Some((head, tail)) = line.split_once(':')
        && head.split_whitespace().count() <= 3
    {
        return tail.trim();
    }
    line
}

fn split_honorific(s: &str) -> (Option<String>, &str) {
    for h in ["Hon. ", "The Honorable ", "Honorable ", "Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Gen. ", "Adm. "] {
        if let Some(rest) = s.strip_prefix(h) {
            return (Some(h.trim().to_owned()), rest.trim());
        }
    }
    (None, s)
}

/// `Troy`, `Mary Ann`, `John Q.`: one to three capitalised words that are
/// not a degree, a suffix or an office.
fn is_given_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && !is_suffix(s)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-' || c == '\'')
        })
        && !words.iter().any(|w| {
            matches!(
                w.trim_end_matches('.').to_ascii_lowercase().as_str(),
                "chairman"
                    | "chair"
                    | "president"
                    | "director"
                    | "professor"
                    | "founder"
                    | "secretary"
                    | "commissioner"
                    | "administrator"
                    | "chief"
                    | "senior"
                    | "executive"
                    | "deputy"
                    | "associate"
                    | "assistant"
                    | "member"
                    | "partner"
                    | "attorney"
                    | "judge"
                    | "mayor"
                    | "governor"
                    | "senator"
                    | "representative"
                    | "inc"
                    | "llc"
                    | "university"
            )
        })
}

fn is_suffix(s: &str) -> bool {
    let folded: String = s.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_ascii_uppercase();
    matches!(
        folded.as_str(),
        "JR" | "SR"
            | "II"
            | "III"
            | "IV"
            | "PHD"
            | "MD"
            | "DVM"
            | "JD"
            | "ESQ"
            | "MPH"
            | "RN"
            | "DDS"
            | "MBA"
            | "CPA"
    )
}

fn chamber(s: &str) -> Option<Chamber> {
    match s.trim().to_ascii_uppercase().as_str() {
        "SENATE" | "S" => Some(Chamber::Senate),
        "HOUSE" | "H" => Some(Chamber::House),
        "JOINT" | "J" => Some(Chamber::Joint),
        _ => None,
    }
}

fn is(n: &Node, name: &str) -> bool {
    n.is_element() && n.tag_name().name() == name
}

/// The element's text, whitespace collapsed; `None` when blank.
fn text(n: Node) -> Option<String> {
    let t: String = n.descendants().filter(Node::is_text).filter_map(|t| t.text()).collect();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn text_of(n: Node, child: &str) -> Option<String> {
    n.children().find(|c| is(c, child)).and_then(text)
}

/// `<name type="…">` children: (type, text).
fn names(n: Node) -> Vec<(String, String)> {
    n.children()
        .filter(|c| is(c, "name"))
        .filter_map(|c| Some((c.attribute("type").unwrap_or("").to_owned(), text(c)?)))
        .collect()
}

/// One part of a Congressional Record issue (`CREC-…` package): a speech,
/// a debate, an insertion, as its own granule with its own page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Granule {
    /// `CREC-1997-01-28-pt1-PgS693-3`.
    pub id: String,
    /// `SENATE`, `HOUSE`, `EXTENSIONS`, `DAILYDIGEST`.
    pub class: String,
    pub title: Option<String>,
}

/// The granules a package's record lists (`relatedItem type="constituent"`).
pub fn granules(xml: &str) -> Result<Vec<Granule>, ModsError> {
    let doc = Document::parse(xml)?;
    let root = doc.root_element();
    if root.tag_name().name() != "mods" {
        return Err(ModsError::NotMods(root.tag_name().name().to_owned()));
    }
    let mut out = Vec::new();
    for item in root.children().filter(|n| is(n, "relatedItem") && n.attribute("type") == Some("constituent"))
    {
        let Some(id) = item.attribute("ID").map(|i| i.strip_prefix("id-").unwrap_or(i).to_owned()) else {
            continue;
        };
        let class = item
            .children()
            .filter(|n| is(n, "extension"))
            .find_map(|e| text_of(e, "granuleClass"))
            .unwrap_or_default();
        let title = item.children().find(|n| is(n, "titleInfo")).and_then(|t| text_of(t, "title"));
        out.push(Granule { id, class, title });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
