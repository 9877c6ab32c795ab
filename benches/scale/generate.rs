//! A deterministic scale corpus, shared by `examples/gen_corpus.rs` and the
//! `scale` bench. Writes hearings in every format gavel reads (GPO `.htm` and
//! `.txt`, colon, timestamped, Congressional Record, labels on their own line,
//! court-reporter pages, HTML), from this team's own word lists and templates,
//! with thousands of distinct speakers, committees and dates. Words are the
//! short common list plus a long tail drawn by rank (p ∝ 1/rank), so a
//! "rare term" exists: `rare_word()`. The same seed always writes the same bytes.

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::fmt::Write as _;
use std::path::Path;

const FIRST: &[&str] = &[
    "Dana", "Marisol", "Priya", "Tomas", "Kwame", "Hollis", "Renata", "Tobias", "Miriam", "Gideon", "Erik",
    "Harriet", "Emiko", "Luis", "Ryan", "Grant", "Lenore", "Douglas", "Mateo", "Alma", "Theodore", "Corinne",
    "Farida", "Nadia", "Oskar", "Ingrid", "Rowan", "Keiko", "Lucia", "Ronan", "Everett", "Felix", "June",
    "Elias", "Chidi", "Imani", "Soren", "Beatriz", "Wendell", "Yusuf", "Greta", "Amos", "Celeste", "Desmond",
];
const LAST: &[&str] = &[
    "Halvorsen", "Okafor", "Vance", "Castellano", "Adjei", "Brightwater", "Ferreira", "Wexley", "Szabo",
    "Ashworth", "Nakamura", "Tanaka", "Whitcombe", "Ashgrove", "Fenwright", "Delacroix", "Pruitt", "Ashby",
    "Oyelaran", "Moravec", "Lindqvist", "McAllister", "Beaulé", "Echeverria", "Marchbanks", "Thackeray",
    "Kettering", "Villareal", "Odegaard", "McTavish", "Greaves", "Abernathy", "Pelletier", "Ellery",
    "Quarrington", "Stavros", "Mbeki", "Lachance", "Ortolani", "Winslow", "Haddad", "Ivers", "Quimby",
];
const STATES: &[&str] = &[
    "Alabama", "Alaska", "Arizona", "Colorado", "Delaware", "Florida", "Georgia", "Idaho", "Iowa", "Kansas",
    "Maine", "Michigan", "Montana", "Nevada", "Ohio", "Oregon", "Texas", "Utah", "Vermont", "Wyoming",
];
const SUBJECTS: &[&str] = &[
    "Ports and Harbors", "Rail Safety", "Coastal Resilience", "Digital Procurement", "Maritime Interdiction",
    "Wildfire Smoke", "Water Infrastructure", "Grid Reliability", "Rural Broadband", "Aviation Safety",
    "Food Inspection", "Veterans Housing", "Drought Response", "Cyber Defense", "Financial Stability",
    "Inland Waterways", "Tribal Lands", "Public Health", "Border Security", "Small Business",
    "Energy Markets", "Space Launch", "Trade Enforcement", "Consumer Protection", "Election Security",
    "Forest Management", "Highway Funding", "Nuclear Safety", "Child Nutrition", "Pipeline Safety",
];

/// Syllables for the long tail of the vocabulary: 16^3 = 4,096 invented words.
const SYLLABLES: &[&str] = &[
    "ka", "mor", "len", "vi", "dra", "tes", "pol", "quin", "bar", "sel", "tor", "ham", "rix", "nu", "gal",
    "fen",
];
const TAIL: usize = 4096;

fn tail_word(rank: usize) -> String {
    (0..3).map(|d| SYLLABLES[rank / 16usize.pow(d) % 16]).collect()
}

/// A tail word of rank 3,000: about one word in 100,000, so a few dozen
/// turns in 50 MB.
pub fn rare_word() -> String {
    tail_word(3000)
}

/// A committee: one of 870 subject pairs, in either chamber.
fn committee(r: &mut ChaCha8Rng) -> (String, String) {
    let a = *SUBJECTS.choose(r).unwrap();
    let b = loop {
        let b = *SUBJECTS.choose(r).unwrap();
        if b != a {
            break b;
        }
    };
    (a.to_owned(), format!("Subcommittee on {a} and {b}"))
}
const WORDS: &[&str] = &[
    "the", "committee", "program", "funding", "inspection", "levee", "harbor", "budget", "agency", "report",
    "risk", "testimony", "fiscal", "year", "capacity", "oversight", "contract", "audit", "schedule",
    "safety", "cargo", "channel", "dredging", "insurance", "flood", "data", "model", "procurement", "cartel",
    "precursor", "fentanyl", "interdiction", "patrol", "cutter", "grant", "state", "county", "workforce",
    "maintenance", "backlog", "standard", "rule", "waiver", "authority", "Congress", "department", "we",
    "have", "not", "been", "able", "to", "and", "of", "in", "that", "is", "for", "our", "this", "with",
    "would", "could", "should", "increase", "reduce", "improve", "review", "expect", "percent", "million",
];

/// Three words in four from the common list, else a tail word by rank
/// (log-uniform rank: p ∝ 1/rank).
fn word(r: &mut ChaCha8Rng) -> String {
    if r.random_bool(0.75) {
        (*WORDS.choose(r).unwrap()).to_owned()
    } else {
        let rank = (TAIL as f64).powf(r.random::<f64>()) as usize - 1;
        tail_word(rank.min(TAIL - 1))
    }
}

fn sentence(r: &mut ChaCha8Rng, question: bool) -> String {
    let n = r.random_range(6..22);
    let words: Vec<String> = (0..n).map(|_| word(r)).collect();
    let first = &words[0];
    let cap = first[..1].to_uppercase() + &first[1..];
    let body = words[1..].join(" ");
    format!("{cap} {body}{}", if question { "?" } else { "." })
}

fn paragraph(r: &mut ChaCha8Rng, question: bool) -> String {
    let n = r.random_range(1..6);
    let mut p = (0..n).map(|i| sentence(r, question && i == n - 1)).collect::<Vec<_>>().join(" ");
    // A phrase real hearings repeat, for the phrase query.
    if !question && r.random_bool(0.04) {
        p.push_str(" I yield back the balance of my time.");
    }
    p
}

/// Wraps at 65 columns, GPO style: the first line indented `indent`.
fn wrap(text: &str, indent: usize) -> String {
    let mut out = String::new();
    let mut line = " ".repeat(indent);
    for w in text.split(' ') {
        if line.len() + w.len() + 1 > 65 && !line.trim().is_empty() {
            out.push_str(line.trim_end());
            out.push_str(" \n");
            line.clear();
        }
        if !line.trim().is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

struct Person {
    first: &'static str,
    last: String,
    state: &'static str,
}

fn person(r: &mut ChaCha8Rng, serial: usize) -> Person {
    // Thousands of distinct surnames: a base name and a serial suffix.
    let last =
        format!("{}{}", LAST.choose(r).unwrap(), ["", "son", "ley", "ford", "ton", "wick"][serial % 6]);
    Person { first: FIRST.choose(r).unwrap(), last, state: STATES.choose(r).unwrap() }
}

/// One hearing: (file name, text). Formats rotate with `n`.
pub fn hearing(r: &mut ChaCha8Rng, n: usize) -> (String, String) {
    let (subject, committee) = committee(r);
    let year = r.random_range(2005..2026);
    let month = r.random_range(1..13);
    let day = r.random_range(1..29);
    let months = [
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
        "NOVEMBER", "DECEMBER",
    ];
    let date_caps = format!("{} {day}, {year}", months[month - 1]);
    let chair = person(r, n * 7);
    let members: Vec<Person> = (0..r.random_range(3..8)).map(|i| person(r, n * 7 + i + 1)).collect();
    let witnesses: Vec<Person> = (0..r.random_range(1..4)).map(|i| person(r, n * 7 + i + 3)).collect();
    let turns = r.random_range(40..220);
    let format = n % 8;
    let mut s = String::new();
    let title = format!("SAMPLE HEARING {n} ON {}", subject.to_uppercase());
    match format {
        0 | 1 => {
            if format == 0 {
                s.push_str(&format!("<html>\n<title> - {title}</title>\n<body><pre>\n"));
            }
            s.push_str("[Senate Hearing, synthetic]\n[From the U.S. Government Publishing Office]\n\n");
            let _ = write!(
                s,
                "{:>60}\n\n        {title}\n\n======\n\n HEARING\n\nbefore the\n\n {} \n\n UNITED STATES SENATE\n\n ONE HUNDRED NINETEENTH CONGRESS\n\n FIRST SESSION\n\n {date_caps}\n\n",
                "S. Hrg. 119-1",
                committee.to_uppercase()
            );
            let chair_name = format!("{} {}", chair.first, chair.last).to_uppercase();
            let _ = writeln!(s, "{:>20}{chair_name}, {}, Chairman", "", chair.state);
            for m in &members {
                let _ = writeln!(s, "{}, {}", format!("{} {}", m.first, m.last).to_uppercase(), m.state);
            }
            let _ = write!(
                s,
                "\n    The Subcommittee met, pursuant to notice, at 10 a.m., Hon. {} {}, \nChairman of the Subcommittee, presiding.\n\n",
                chair.first, chair.last
            );
            for w in &witnesses {
                let _ = write!(
                    s,
                    "      STATEMENT OF {} {}, DIRECTOR, SYNTHETIC AGENCY\n\n",
                    w.first.to_uppercase(),
                    w.last.to_uppercase()
                );
            }
            for t in 0..turns {
                let (label, q) = if t % 2 == 0 {
                    let m = if t % 10 == 0 { &chair } else { members.choose(r).unwrap() };
                    (
                        if t % 10 == 0 { "The Chairman".to_owned() } else { format!("Senator {}", m.last) },
                        true,
                    )
                } else {
                    (format!("Mr. {}", witnesses.choose(r).unwrap().last), false)
                };
                s.push_str(&wrap(&format!("{label}. {}", paragraph(r, q)), 4));
                if r.random_bool(0.3) {
                    s.push_str(&wrap(&paragraph(r, false), 4));
                }
            }
            s.push_str("    [Whereupon, at 12:00 p.m., the hearing was adjourned.]\n");
            if format == 0 {
                s.push_str("</pre></body></html>\n");
            }
        }
        2 => {
            let _ = write!(
                s,
                "Title: {title}\nChamber: Senate\nCommittee: Senate {committee}\nDate: {year}-{month:02}-{day:02}\nSpeakers:\n    SEN. {} {} (R-{}), CHAIRMAN\n",
                chair.first.to_uppercase(),
                chair.last.to_uppercase(),
                chair.state.to_uppercase()
            );
            for w in &witnesses {
                let _ = writeln!(
                    s,
                    "    {} {}, DIRECTOR, SYNTHETIC AGENCY",
                    w.first.to_uppercase(),
                    w.last.to_uppercase()
                );
            }
            s.push('\n');
            for t in 0..turns {
                let label = if t % 2 == 0 {
                    chair.last.to_uppercase()
                } else {
                    witnesses.choose(r).unwrap().last.to_uppercase()
                };
                let _ = write!(s, "{label}: {}\n\n", paragraph(r, t % 2 == 0));
            }
        }
        3 => {
            let _ = write!(
                s,
                "Title: {title}\nChamber: House\nCommittee: House {committee}\nDate: {year}-{month:02}-{day:02}\n\n"
            );
            for t in 0..turns {
                let p = if t % 2 == 0 { &chair } else { witnesses.choose(r).unwrap() };
                let secs = t * 37;
                let _ = write!(
                    s,
                    "{} {} ({:02}:{:02}:{:02}):\n{}\n\n",
                    p.first,
                    p.last,
                    secs / 3600,
                    secs / 60 % 60,
                    secs % 60,
                    paragraph(r, t % 2 == 0)
                );
            }
        }
        5 => {
            // Labels alone on their line, then the words.
            let _ = write!(
                s,
                "Transcript: House {committee} hearing: {title}\n{} {day}, {year}\n\n",
                title_case(months[month - 1])
            );
            for t in 0..turns {
                let label = if t % 2 == 0 {
                    format!("Rep. {} {} (R-{})", chair.first, chair.last, &chair.state[..4])
                } else {
                    let w = witnesses.choose(r).unwrap();
                    format!("Dr. {} {}", w.first, w.last)
                };
                let _ = write!(s, "{label}\n{}\n\n", paragraph(r, t % 2 == 0));
            }
        }
        6 => court(r, &mut s, &committee, &title, &date_caps, &chair, &witnesses, turns),
        7 => {
            let _ = write!(
                s,
                "<html>\n<head><title>{title}</title></head>\n<body>\n<h1>{committee}</h1>\n<p>{} {day}, {year}</p>\n",
                title_case(months[month - 1])
            );
            for t in 0..turns {
                let label = if t % 2 == 0 {
                    format!("Chairman {}", chair.last.to_uppercase())
                } else {
                    format!("Mr. {}", witnesses.choose(r).unwrap().last.to_uppercase())
                };
                let _ = write!(s, "<p>{label}. </p>\n<p>{}</p>\n", paragraph(r, t % 2 == 0));
            }
            s.push_str("</body>\n</html>\n");
        }
        _ => {
            let _ = write!(
                s,
                "<html>\n<title>Congressional Record, synthetic</title>\n<body><pre>\n[Congressional Record Volume 171, Number {n} (Tuesday, {}{} {day}, {year})]\n[Senate]\n[Pages S{n}-S{}]\n\n        {title}\n\n",
                &months[month - 1][..1],
                months[month - 1][1..].to_lowercase(),
                n + 3
            );
            for t in 0..turns {
                let label = if t % 7 == 0 {
                    "The PRESIDING OFFICER".to_owned()
                } else {
                    format!("Mr. {}", members.choose(r).unwrap().last.to_uppercase())
                };
                s.push_str(&wrap(&format!("{label}. {}", paragraph(r, false)), 2));
                if t % 40 == 39 {
                    let _ = write!(s, "\n[[Page S{}]]\n\n", n + t / 40);
                }
            }
            s.push_str("</pre></body></html>\n");
        }
    }
    let ext = match format {
        0 | 4 => "htm",
        7 => "html",
        _ => "txt",
    };
    (format!("synthetic-{n:06}.{ext}"), s)
}

fn title_case(caps: &str) -> String {
    caps[..1].to_owned() + &caps[1..].to_lowercase()
}

/// Court-reporter pages: 25 numbered lines a page, a blank line after each,
/// a form feed and the page number between pages, labels in capitals.
#[allow(clippy::too_many_arguments)]
fn court(
    r: &mut ChaCha8Rng,
    s: &mut String,
    committee: &str,
    title: &str,
    date_caps: &str,
    chair: &Person,
    witnesses: &[Person],
    turns: usize,
) {
    let mut lines: Vec<String> = vec![
        format!("BEFORE THE {}", committee.to_uppercase()),
        title.to_owned(),
        title_case(date_caps),
        "PRESIDING:".to_owned(),
        format!("       Senator {} {}", chair.first, chair.last),
        "PARTICIPANTS:".to_owned(),
    ];
    for w in witnesses {
        lines.push(format!("{} {}", w.first, w.last));
    }
    while !lines.len().is_multiple_of(25) {
        lines.push(String::new());
    }
    for t in 0..turns {
        let label = if t % 2 == 0 {
            format!("SENATOR {}", chair.last.to_uppercase())
        } else {
            format!("MR. {}", witnesses.choose(r).unwrap().last.to_uppercase())
        };
        let text = format!("{label}:  {}", paragraph(r, t % 2 == 0));
        let wrapped = wrap(&text, 7);
        lines.extend(wrapped.lines().map(str::to_owned));
    }
    for (i, line) in lines.iter().enumerate() {
        let n = i % 25 + 1;
        if n == 1 && i > 0 {
            let _ = writeln!(s, "\u{c}{:>67}", i / 25 + 1);
        }
        let _ = write!(s, "{n:>8}      {line}\n\n");
    }
}

/// Writes hearings into `dir` until `megabytes` are written: (files, bytes).
pub fn write_corpus(dir: &Path, megabytes: f64, seed: u64) -> std::io::Result<(usize, usize)> {
    std::fs::create_dir_all(dir)?;
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    let target = (megabytes * 1e6) as usize;
    let (mut written, mut n) = (0, 0);
    while written < target {
        let (name, text) = hearing(&mut r, n);
        std::fs::write(dir.join(name), &text)?;
        written += text.len();
        n += 1;
    }
    Ok((n, written))
}

/// Writes `count` hearings numbered from `first` into `dir` (a batch to add
/// to a corpus: numbers past its own give new file names): their bytes.
pub fn write_batch(dir: &Path, seed: u64, first: usize, count: usize) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    let mut bytes = 0;
    for n in first..first + count {
        let (name, text) = hearing(&mut r, n);
        std::fs::write(dir.join(name), &text)?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}
