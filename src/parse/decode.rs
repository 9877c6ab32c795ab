//! Bytes to text: the one place that knows about encodings.
//!
//! Transcripts arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or
//! Windows-1252 from older tools. Binary files are refused here, before any
//! grammar sees them, so that a stray PDF gets a clear message, not garbage turns.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file holds no text (only whitespace)")]
    Blank,
    #[error("the file looks binary, not a transcript ({0})")]
    Binary(&'static str),
}

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        UTF_16LE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else {
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if let Some(why) = looks_binary(body) {
            return Err(DecodeError::Binary(why));
        }
        match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                warnings.push("not valid UTF-8; read as Windows-1252".to_owned());
                WINDOWS_1252.decode_without_bom_handling(body).0.into_owned()
            }
        }
    };
    let nuls = if memchr::memchr(0, text.as_bytes()).is_some() {
        memchr::memchr_iter(0, text.as_bytes()).count()
    } else {
        0
    };
    let text = if nuls > 0 {
        warnings.push(format!("removed {nuls} NUL byte(s)"));
        text.replace('\0', "")
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Blank);
    }
    Ok(Decoded { text, warnings })
}

/// A few NUL bytes happen in real transcripts; a high share of them, or of
/// other control bytes, or a known binary signature, means this is not text.
fn looks_binary(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 6] = [
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x7FELF", "an executable"),
    ];
    if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(what);
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let control = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    (control * 10 > sample.len()).then_some("too many control bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        let d = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(d.text, "Hello");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_both_orders() {
        assert_eq!(decode(b"\xFF\xFEH\0i\0").unwrap().text, "Hi");
        assert_eq!(decode(b"\xFE\xFF\0H\0i").unwrap().text, "Hi");
    }

    #[test]
    fn windows_1252_fallback_warns() {
        let d = decode(b"Jos\xE9 said \x93yes\x94 \x97 twice").unwrap();
        assert_eq!(d.text, "José said \u{201c}yes\u{201d} \u{2014} twice");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn few_nuls_are_removed_many_mean_binary() {
        let d = decode(b"Mr. Smith.\0 Thank you.").unwrap();
        assert_eq!(d.text, "Mr. Smith. Thank you.");
        assert!(d.warnings[0].contains("1 NUL"));
        assert_eq!(
            decode(&[0u8, 1, 2, 3, 65, 0, 0, 0]).unwrap_err(),
            DecodeError::Binary("too many control bytes")
        );
    }

    #[test]
    fn empty_blank_and_signatures() {
        assert_eq!(decode(b"").unwrap_err(), DecodeError::Empty);
        assert_eq!(decode(b" \n\t\n").unwrap_err(), DecodeError::Blank);
        assert_eq!(decode(b"%PDF-1.7 ...").unwrap_err(), DecodeError::Binary("a PDF document"));
    }
}
