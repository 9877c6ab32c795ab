//! A deterministic scale corpus: `cargo run --release --example gen_corpus -- DIR MEGABYTES [SEED]`.
//! Writes hearings in every format gavel reads, from this team's own word
//! lists and templates, with thousands of distinct speakers, committees and
//! dates. The same seed always writes the same bytes.

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
];
const WORDS: &[&str] = &[
    "the", "committee", "program", "funding", "inspection", "levee", "harbor", "budget", "agency", "report",
    "risk", "testimony", "fiscal", "year", "capacity", "oversight", "contract", "audit", "schedule",
    "safety", "cargo", "channel", "dredging", "insurance", "flood", "data", "model", "procurement", "cartel",
    "precursor", "fentanyl", "interdiction", "patrol", "cutter", "grant", "state", "county", "workforce",
    "maintenance", "backlog", "standard", "rule", "waiver", "authority", "Congress", "department", "we",
    "have", "not", "been", "able", "to", "and", "of", "in", "that", "is", "for", "our", "this", "with",
    "would", "could", "should", "increase", "reduce", "improve", "review", "expect", "percent", "million",
];

fn sentence(r: &mut ChaCha8Rng, question: bool) -> String {
    let n = r.random_range(6..22);
    let mut words: Vec<&str> = (0..n).map(|_| *WORDS.choose(r).unwrap()).collect();
    let first = words[0];
    let cap = first[..1].to_uppercase() + &first[1..];
    words[0] = "";
    let body = words[1..].join(" ");
    format!("{cap} {body}{}", if question { "?" } else { "." })
}

fn paragraph(r: &mut ChaCha8Rng, question: bool) -> String {
    let n = r.random_range(1..6);
    (0..n).map(|i| sentence(r, question && i == n - 1)).collect::<Vec<_>>().join(" ")
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

fn hearing(r: &mut ChaCha8Rng, n: usize) -> (String, String) {
    let subject = SUBJECTS.choose(r).unwrap();
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
    let format = n % 5;
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
                "{:>60}\n\n        {title}\n\n======\n\n HEARING\n\nbefore the\n\n SUBCOMMITTEE ON {} \n\n UNITED STATES SENATE\n\n ONE HUNDRED NINETEENTH CONGRESS\n\n FIRST SESSION\n\n {date_caps}\n\n",
                "S. Hrg. 119-1",
                subject.to_uppercase()
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
                "Title: {title}\nChamber: Senate\nCommittee: Senate {subject} Committee\nDate: {year}-{month:02}-{day:02}\nSpeakers:\n    SEN. {} {} (R-{}), CHAIRMAN\n",
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
                "Title: {title}\nChamber: House\nCommittee: House {subject} Committee\nDate: {year}-{month:02}-{day:02}\n\n"
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
    let ext = if matches!(format, 0 | 4) { "htm" } else { "txt" };
    (format!("synthetic-{n:06}.{ext}"), s)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = Path::new(args.get(1).map(String::as_str).unwrap_or("scale-corpus"));
    let megabytes: f64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(100.0);
    let seed: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(1);
    std::fs::create_dir_all(dir).expect("create the corpus folder");
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    let target = (megabytes * 1e6) as usize;
    let (mut written, mut n) = (0, 0);
    while written < target {
        let (name, text) = hearing(&mut r, n);
        std::fs::write(dir.join(name), &text).expect("write a hearing");
        written += text.len();
        n += 1;
    }
    println!("{n} hearings, {:.1} MB in {}", written as f64 / 1e6, dir.display());
}
