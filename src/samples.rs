//! The fictional sample hearings compiled into the binary (`transcripts/`),
//! so a first `gavel` has something to show; and how an index names them
//! (`bundled:NAME`, since they have no path on disk). At the bottom of the
//! house: the parser derives hearing ids from such names, the index and the
//! application layer read the bytes.

/// A sample hearing compiled into the binary, so `gavel` works anywhere.
pub struct Bundled {
    pub name: &'static str,
    pub bytes: &'static [u8],
}

macro_rules! bundled {
    ($($name:literal),* $(,)?) => {
        &[$(Bundled { name: $name, bytes: include_bytes!(concat!("../transcripts/", $name)) }),*]
    };
}

/// Every transcript in `transcripts/` (a test checks none is missing).
pub const BUNDLED: &[Bundled] = bundled![
    "wicker-guillot-armed-services-2025.txt",
    "sample-gpo-senate-coastal-resilience.htm",
    "sample-gpo-house-rail-safety.txt",
    "sample-congressional-record-senate.htm",
    "sample-timestamped-house-ai-oversight.txt",
    "sample-rush-house-drug-trafficking.txt",
];

/// How a bundled sample is named in `source`: it has no path on disk.
pub const BUNDLED_PREFIX: &str = "bundled:";

/// What a hearing from the samples is, said wherever it shows (hits, lists,
/// citations), so a sample is never taken for the record: `None` for a
/// user's own files.
pub fn note(source: &str) -> Option<&'static str> {
    let name = source.strip_prefix(BUNDLED_PREFIX)?;
    Some(if name.starts_with("sample-") {
        "sample, fictional"
    } else {
        // The one real excerpt: words a news article quotes, not GPO's text.
        "sample excerpt from a news article, not the official record"
    })
}

/// The bundled sample a stored source (`bundled:NAME`) names, if any.
pub fn bundled_source(source: &str) -> Option<&'static Bundled> {
    let name = source.strip_prefix(BUNDLED_PREFIX)?;
    BUNDLED.iter().find(|b| b.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_says_what_it_is_and_a_users_file_nothing() {
        for b in BUNDLED {
            let n = note(&format!("{BUNDLED_PREFIX}{}", b.name)).unwrap();
            assert!(n.starts_with("sample"), "{n}");
        }
        assert_eq!(note("bundled:sample-rush-house-drug-trafficking.txt"), Some("sample, fictional"));
        assert_eq!(note("/home/me/hearings/CHRG-110shrg50409.htm"), None);
    }
}
