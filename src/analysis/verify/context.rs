//! Who a pronoun or a role beside a quotation means, read as a careful
//! editor reads it: from the people the article names, paragraph by
//! paragraph. A pronoun is the one person named in its paragraph or the one
//! before, a role (`the general`) the one person of that role named so far;
//! when more than one could be meant, or none, the quotation is given to no
//! one and a note says why. Never a guess.

use super::attrib::{bare, is_name_word, is_verb, name_of};
use super::subject::{ROLES, Subject, ending_at, phrase_at};

/// Titles that make a capitalised run of words a person (`Sen. X`, `Gen. X`).
const PERSONAL: &[&str] = &[
    "sen", "senator", "rep", "representative", "gen", "general", "adm", "admiral", "mr", "mrs", "ms", "dr",
    "chairman", "chairwoman", "chair", "secretary", "commander", "director", "amb", "ambassador", "gov",
    "governor", "judge", "justice", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt",
    "president", "prof", "professor", "hon", "mayor", "congressman", "congresswoman",
];

#[derive(Debug, Clone)]
struct Person {
    /// The fullest form the article prints (`Gen. Gregory M. Guillot`).
    name: String,
    /// Lower case.
    surname: String,
    /// Titles and appositive nouns, lower case, without dots (`gen`, `commander`).
    roles: Vec<String>,
    /// The article names two people of this surname with different given
    /// names (`Sen. Erik Halvorsen`, `Rep. Dana Halvorsen`): the surname alone
    /// is then either.
    shared: bool,
}

/// The people an article names, and where.
#[derive(Debug, Default)]
pub struct People {
    people: Vec<Person>,
    /// For each paragraph, the people it mentions (indices into `people`).
    mentions: Vec<Vec<usize>>,
}

/// The name an article gives a quotation, or none, with why when it matters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attribution {
    pub name: Option<String>,
    pub note: Option<String>,
    /// When `name` is a surname alone: the fullest name the article gives
    /// the one person of that surname it names, for checking the record's
    /// speaker against (`Halvorsen` -> `Sen. Erik Halvorsen`).
    pub full: Option<String>,
}

fn key(w: &str) -> String {
    bare(w).trim_end_matches("'s").trim_end_matches("’s").trim_end_matches([',', '.', ':']).to_lowercase()
}

/// Titles that cannot be one person's: a senator is no representative, a
/// `Mr.` no `Ms.`.
fn clash(a: &[String], b: &[String]) -> bool {
    const APART: &[(&[&str], &[&str])] = &[
        (&["sen", "senator"], &["rep", "representative", "congressman", "congresswoman"]),
        (&["mr"], &["ms", "mrs"]),
    ];
    let has = |roles: &[String], set: &[&str]| roles.iter().any(|r| set.contains(&r.as_str()));
    APART.iter().any(|(x, y)| (has(a, x) && has(b, y)) || (has(a, y) && has(b, x)))
}

/// The given name of a name as printed, lower case, as `attrib::fits`
/// reads it (`Sen. Erik J. Halvorsen` -> `erik`); none for a surname alone.
fn given(name: &str) -> Option<String> {
    super::attrib::given_and_surname(name)?.0.map(|g| key(&g))
}

fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

impl People {
    /// The people of an article's paragraphs: every name printed with a
    /// personal title (`Sen. Roger Wicker`, `President Trump`), and `named`
    /// (transcript labels, names a speech verb has as subject).
    pub fn read(paras: &[&str], named: &[String]) -> People {
        let mut out = People::default();
        for p in paras {
            let words: Vec<&str> = p.split_whitespace().collect();
            let mut i = 0;
            while i < words.len() {
                let start = i;
                // `Secretary of State Marco Rubio`, but `Sen. Marisol Okafor | of Oregon`.
                let named = |run: &[&str]| {
                    run.iter()
                        .position(|w| PERSONAL.contains(&key(w).as_str()))
                        .is_some_and(|t| run[t + 1..].iter().any(|w| !PERSONAL.contains(&key(w).as_str())))
                };
                while i < words.len()
                    && (is_name_word(words[i]) || (i > start && words[i] == "of" && !named(&words[start..i])))
                {
                    i += 1;
                    if words[i - 1].ends_with([',', ':', ';']) {
                        break;
                    }
                }
                if i == start {
                    i += 1;
                    continue;
                }
                let run = &words[start..i];
                if named(run)
                    && let Some(name) = name_of(run)
                {
                    let roles =
                        run.iter().map(|w| key(w)).filter(|w| PERSONAL.contains(&w.as_str())).collect();
                    out.add(&name, roles);
                }
            }
        }
        for n in named {
            out.add(n, Vec::new());
        }
        // Whoever else the article may be writing about, so a pronoun is
        // never given to the one person who happens to have a title: a
        // possessive (`Guillot's answer`), a name a speech verb has as
        // subject or object (`Wicker asked Guillot`), two names joined by
        // `and`. A place counted here only makes a pronoun unsure.
        for p in paras {
            let words: Vec<&str> = p.split_whitespace().collect();
            let mut maybe: Vec<String> = Vec::new();
            for (k, w) in words.iter().enumerate() {
                if (w.contains("'s") || w.contains("’s")) && is_name_word(w) {
                    maybe.extend(name_of(&[w]));
                }
                if is_verb(w) {
                    if let Some(Subject::Name(n)) = phrase_at(&words[k + 1..]) {
                        maybe.push(n);
                    }
                    if let Some((Subject::Name(n), _)) = ending_at(&words, k) {
                        maybe.push(n);
                    }
                }
                if *w == "and"
                    && k > 0
                    && is_name_word(words[k - 1])
                    && words.get(k + 1).is_some_and(|x| is_name_word(x))
                {
                    maybe.extend(name_of(&words[k - 1..k]));
                    maybe.extend(name_of(&words[k + 1..k + 2]));
                }
            }
            for n in maybe {
                if !all_caps(&n) {
                    out.add(&n, Vec::new());
                }
            }
        }
        // Roles from appositives: `Guillot, the NORTHCOM commander,`.
        for p in paras {
            let words: Vec<&str> = p.split_whitespace().collect();
            for (k, w) in words.iter().enumerate() {
                let Some(person) = w.strip_suffix(',').and_then(|w| out.find(&key(w))) else { continue };
                let det = words.get(k + 1).map(|d| key(d));
                if !matches!(det.as_deref(), Some("the" | "a" | "an")) {
                    continue;
                }
                for x in words.iter().skip(k + 2).take(4) {
                    let r = key(x);
                    if ROLES.iter().any(|(role, _)| *role == r) {
                        out.people[person].roles.push(r);
                    }
                    if x.ends_with([',', '.']) {
                        break;
                    }
                }
            }
        }
        out.mentions = paras
            .iter()
            .map(|p| {
                let mut m: Vec<usize> = Vec::new();
                for w in p.split_whitespace() {
                    if bare(w).starts_with(char::is_uppercase)
                        && let Some(k) = out.find(&key(w))
                        && !m.contains(&k)
                    {
                        m.push(k);
                    }
                }
                m
            })
            .collect();
        out
    }

    fn add(&mut self, name: &str, roles: Vec<String>) {
        let Some(last) = name.split_whitespace().next_back() else { return };
        let surname = key(last);
        if surname.is_empty() {
            return;
        }
        match self.find(&surname) {
            Some(k) => {
                let p = &mut self.people[k];
                let differ = matches!((given(&p.name), given(name)), (Some(a), Some(b)) if a != b);
                if differ || clash(&p.roles, &roles) {
                    p.shared = true;
                }
                if name.len() > p.name.len() && !all_caps(name) {
                    p.name = name.to_owned();
                }
                p.roles.extend(roles);
            }
            None => self.people.push(Person { name: name.to_owned(), surname, roles, shared: false }),
        }
    }

    fn find(&self, surname: &str) -> Option<usize> {
        self.people.iter().position(|p| p.surname == surname)
    }

    /// Whether the article names this person (a surname) as a person.
    pub fn knows(&self, name: &str) -> bool {
        name.split_whitespace().next_back().is_some_and(|w| self.find(&key(w)).is_some())
    }

    fn names(&self, ks: &[usize]) -> String {
        let names: Vec<&str> = ks.iter().map(|k| self.people[*k].name.as_str()).collect();
        names.join(", ")
    }

    /// What `subject`, beside a quotation in paragraph `para`, attributes it to.
    pub fn resolve(&self, subject: Option<&Subject>, para: usize) -> Attribution {
        let none = |note: String| Attribution { name: None, note: Some(note), full: None };
        match subject {
            None | Some(Subject::Unnamed) => Attribution::default(),
            Some(Subject::Name(n)) => {
                let stripped = super::attrib::strip_titles(n);
                if all_caps(&stripped) && stripped == n.as_str() && !self.knows(n) {
                    return none(format!(
                        "{n:?} is printed in capitals and named nowhere else in the article: it may be an \
                         organisation, so the words are attributed to no one"
                    ));
                }
                // A surname alone is whoever of that surname the article
                // names (`Sen. Erik Halvorsen ... Halvorsen said`): checked as
                // only that surname, the words of another Halvorsen in the
                // record passed as theirs.
                let name = Some(super::attrib::label_name(n));
                if !stripped.contains(' ')
                    && let Some(k) = self.find(&key(&stripped))
                {
                    let p = &self.people[k];
                    if p.shared {
                        let note = format!(
                            "the article names more than one person called {stripped}: only the surname is checked"
                        );
                        return Attribution { name, note: Some(note), full: None };
                    }
                    // `Rep. Halvorsen` is not the article's `Sen. Erik Halvorsen`.
                    let titles_agree = n
                        .split_whitespace()
                        .map(key)
                        .filter(|w| PERSONAL.contains(&w.as_str()))
                        .all(|t| p.roles.contains(&t));
                    if titles_agree && given(&p.name).is_some() {
                        return Attribution { name, note: None, full: Some(p.name.clone()) };
                    }
                }
                Attribution { name, note: None, full: None }
            }
            Some(Subject::Pronoun(p)) => {
                let mut near: Vec<usize> = self.mentions.get(para).cloned().unwrap_or_default();
                if let Some(prev) = para.checked_sub(1).and_then(|k| self.mentions.get(k)) {
                    for k in prev {
                        if !near.contains(k) {
                            near.push(*k);
                        }
                    }
                }
                // `she` for a `Mr.`, `he` for a `Ms.`: not the one named.
                let other = if p == "he" { ["ms", "mrs", "miss"] } else { ["mr", "mr", "mr"] };
                near.retain(|k| !self.people[*k].roles.iter().any(|r| other.contains(&r.as_str())));
                match near.as_slice() {
                    [one] => Attribution {
                        name: Some(self.people[*one].name.clone()),
                        note: Some(format!(
                            "{p:?} read as {}, the one person named in this paragraph or the one before",
                            self.people[*one].name
                        )),
                        full: None,
                    },
                    [] => none(format!(
                        "{p:?} fits no one named in this paragraph or the one before: attributed to no one"
                    )),
                    many => none(format!(
                        "{p:?} could be any of {} (named in this paragraph or the one before): attributed to no one",
                        self.names(many)
                    )),
                }
            }
            Some(Subject::Role(r)) => {
                let titles = ROLES.iter().find(|(role, _)| role == r).map_or(&[][..], |(_, t)| *t);
                let mut so_far: Vec<usize> = Vec::new();
                for m in self.mentions.iter().take(para + 1) {
                    for k in m {
                        if !so_far.contains(k) {
                            so_far.push(*k);
                        }
                    }
                }
                let fit: Vec<usize> = so_far
                    .into_iter()
                    .filter(|k| self.people[*k].roles.iter().any(|x| titles.contains(&x.as_str()) || x == r))
                    .collect();
                match fit.as_slice() {
                    [one] => Attribution {
                        name: Some(self.people[*one].name.clone()),
                        note: Some(format!(
                            "\"the {r}\" read as {}, the only {r} named so far",
                            self.people[*one].name
                        )),
                        full: None,
                    },
                    [] => {
                        none(format!("\"the {r}\" names no {r} the article has named: attributed to no one"))
                    }
                    many => none(format!(
                        "\"the {r}\" could be any of {}: attributed to no one",
                        self.names(many)
                    )),
                }
            }
        }
    }

    /// People mentioned in paragraph `para`.
    pub fn mentioned(&self, para: usize) -> usize {
        self.mentions.get(para).map_or(0, Vec::len)
    }
}
