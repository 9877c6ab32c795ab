//! Exchanges on the bundled samples, against exchanges marked by hand from
//! reading the transcripts.

mod common;

use gavel::index::search::exchanges_of as detect;

fn exchanges_of(lib: &gavel::index::Library, hearing: &str) -> Vec<(String, u64, u64, Vec<u64>)> {
    let turns = lib.hearing_turns(hearing).unwrap();
    detect(&turns).into_iter().map(|e| (e.questioner, e.first_seq, e.last_seq, e.interruptions)).collect()
}

#[test]
fn wicker_questions_guillot_in_one_exchange_with_the_interruption_marked() {
    let (_d, lib) = common::sample_library();
    let e = exchanges_of(&lib, "wicker-guillot-armed-services-2025");
    // Guillot is cut off mid-sentence ("...reconnaissance to —") by Wicker.
    assert_eq!(e, [("Roger Wicker".to_owned(), 1, 7, vec![1])]);
}

#[test]
fn five_minute_rounds_in_the_rush_transcript() {
    let (_d, lib) = common::sample_library();
    let e = exchanges_of(&lib, "sample-rush-house-drug-trafficking");
    let expected = [
        // The chair hears both witnesses, then questions them (turns 4-14).
        ("Dana Halvorsen", 4, 14, vec![10]),
        // The ranking member's round; Vance is cut off at 16.
        ("Tomas Echeverria-Lund", 15, 23, vec![16]),
        ("June Marchbanks", 25, 28, vec![]),
        // A correction the chair allows before Thackeray's round.
        ("Dana Halvorsen", 29, 34, vec![]),
        ("Elias Thackeray", 35, 41, vec![]),
    ];
    let expected: Vec<(String, u64, u64, Vec<u64>)> =
        expected.into_iter().map(|(q, a, b, i)| (q.to_owned(), a, b, i)).collect();
    assert_eq!(e, expected);
}
