//! Exchanges: a maximal run of turns between one questioner and the
//! witnesses answering, tolerating brief interjections (the chair's "The
//! gentleman's time has expired", another member's "Will the gentleman
//! yield?"), and ending when another member takes the floor.

use serde::Serialize;

/// What exchange detection needs of a turn, from a parse or from the index.
#[derive(Debug, Clone)]
pub struct TurnRef<'a> {
    pub seq: u64,
    pub speaker: &'a str,
    pub role: &'a str,
    pub text: &'a str,
    pub interrupted: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Exchange {
    /// 1-based, in hearing order.
    pub number: usize,
    pub questioner: String,
    pub respondents: Vec<String>,
    pub first_seq: u64,
    pub last_seq: u64,
    pub turns: usize,
    pub questioner_words: usize,
    pub respondent_words: usize,
    /// Sentences the questioner ends with a question mark.
    pub questions: usize,
    /// Turns cut off with a dash and answered by the other side.
    pub interruptions: Vec<u64>,
}

/// Turns of at most this many words by a third person do not end an exchange.
const INTERJECTION_WORDS: usize = 30;

fn is_witness(t: &TurnRef) -> bool {
    t.role == "witness"
}

fn can_question(t: &TurnRef) -> bool {
    matches!(t.role, "chair" | "ranking_member" | "vice_chair" | "member" | "presiding_officer" | "counsel")
}

pub fn detect(turns: &[TurnRef]) -> Vec<Exchange> {
    let mut out: Vec<Exchange> = Vec::new();
    let mut current: Option<(String, Vec<usize>)> = None;
    let close = |cur: &mut Option<(String, Vec<usize>)>, out: &mut Vec<Exchange>| {
        if let Some((q, idx)) = cur.take()
            && let Some(e) = summarise(&q, &idx, turns, out.len() + 1)
        {
            out.push(e);
        }
    };
    for (i, t) in turns.iter().enumerate() {
        if is_witness(t) {
            if let Some((_, idx)) = &mut current {
                idx.push(i);
            }
            continue;
        }
        if !can_question(t) {
            if let Some((_, idx)) = &mut current {
                idx.push(i);
            }
            continue;
        }
        match &mut current {
            Some((q, idx)) if q == t.speaker => idx.push(i),
            Some((q, idx)) if brief(t) && resumes(turns, i, q) => idx.push(i),
            _ => {
                let owned = current.is_some();
                close(&mut current, &mut out);
                // A witness this member cuts off, and who belongs to no
                // exchange yet, was already being questioned by them (an
                // excerpt that starts mid-answer).
                let mut start = i;
                if !owned && i > 0 && is_witness(&turns[i - 1]) && turns[i - 1].interrupted {
                    while start > 0 && turns[start - 1].speaker == turns[i - 1].speaker {
                        start -= 1;
                    }
                }
                current = Some((t.speaker.to_owned(), (start..=i).collect()));
            }
        }
    }
    close(&mut current, &mut out);
    out
}

fn words(t: &TurnRef) -> usize {
    super::word_count(t.text)
}

/// Counts no further than it must: most turns are long, and this is asked
/// of every turn of every hearing indexed.
fn brief(t: &TurnRef) -> bool {
    t.text.split_whitespace().nth(INTERJECTION_WORDS).is_none()
}

/// After an interjection at `i`, the questioner speaks again at once, or
/// after a single witness reply.
fn resumes(turns: &[TurnRef], i: usize, questioner: &str) -> bool {
    match turns.get(i + 1..(i + 3).min(turns.len())) {
        Some([next, ..]) if next.speaker == questioner => true,
        Some([reply, next]) => is_witness(reply) && next.speaker == questioner,
        _ => false,
    }
}

fn summarise(q: &str, idx: &[usize], turns: &[TurnRef], number: usize) -> Option<Exchange> {
    // Trailing turns by other members (a brief interjection that led nowhere)
    // belong to whatever comes next.
    let mut idx = idx.to_vec();
    while idx.last().is_some_and(|&i| turns[i].speaker != q && !is_witness(&turns[i])) {
        idx.pop();
    }
    let mut respondents: Vec<String> = Vec::new();
    let (mut qw, mut rw, mut questions) = (0, 0, 0);
    for &i in &idx {
        let t = &turns[i];
        if t.speaker == q {
            qw += words(t);
            questions += t.text.matches('?').count();
        } else if is_witness(t) {
            rw += words(t);
            if !respondents.iter().any(|r| r == t.speaker) {
                respondents.push(t.speaker.to_owned());
            }
        }
    }
    if respondents.is_empty() || !idx.iter().any(|&i| turns[i].speaker == q) {
        return None;
    }
    let interruptions = idx
        .windows(2)
        .filter(|w| {
            let (a, b) = (&turns[w[0]], &turns[w[1]]);
            a.interrupted && (a.speaker == q) != (b.speaker == q)
        })
        .map(|w| turns[w[0]].seq)
        .collect();
    Some(Exchange {
        number,
        questioner: q.to_owned(),
        respondents,
        first_seq: turns[idx[0]].seq,
        last_seq: turns[*idx.last()?].seq,
        turns: idx.len(),
        questioner_words: qw,
        respondent_words: rw,
        questions,
        interruptions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t<'a>(seq: u64, speaker: &'a str, role: &'a str, text: &'a str, interrupted: bool) -> TurnRef<'a> {
        TurnRef { seq, speaker, role, text, interrupted }
    }

    #[test]
    fn rounds_of_questions_with_an_interjection() {
        let long = "word ".repeat(60);
        let turns = vec![
            t(1, "Chair", "chair", &long, false),
            t(2, "Witness A", "witness", &long, false),
            t(3, "Chair", "chair", "Why? And when?", false),
            t(4, "Witness A", "witness", "Because.", false),
            t(5, "Member B", "member", "Will the gentleman yield?", false),
            t(6, "Chair", "chair", "No. Go on?", false),
            t(7, "Witness A", "witness", "As I said--", true),
            t(8, "Chair", "chair", "Thank you. Mr. Member B?", false),
            t(9, "Member B", "member", &long, false),
            t(10, "Witness B", "witness", "Yes.", false),
        ];
        let e = detect(&turns);
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!((e[0].questioner.as_str(), e[0].first_seq, e[0].last_seq), ("Chair", 1, 8));
        assert_eq!(e[0].questions, 4);
        assert_eq!(e[0].interruptions, [7]);
        assert_eq!(e[0].respondents, ["Witness A"]);
        assert_eq!((e[1].questioner.as_str(), e[1].first_seq, e[1].last_seq), ("Member B", 9, 10));
    }

    #[test]
    fn an_excerpt_that_starts_mid_answer() {
        let turns = vec![
            t(1, "G", "witness", "Recently we have been permitted to --", true),
            t(2, "W", "chair", "Permitted by whom?", false),
            t(3, "G", "witness", "By the department.", false),
        ];
        let e = detect(&turns);
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].first_seq, e[0].last_seq, e[0].turns), (1, 3, 3));
        assert_eq!(e[0].interruptions, [1]);
    }

    #[test]
    fn statements_without_answers_are_not_exchanges() {
        let turns =
            vec![t(1, "Chair", "chair", "Opening.", false), t(2, "Member", "member", "Mine too.", false)];
        assert!(detect(&turns).is_empty());
    }
}
