//! Transcript text on its way to a terminal: control characters and escape
//! sequences are removed so a hostile or broken file cannot move the cursor,
//! retitle the window or change colours.

use std::borrow::Cow;

/// Removes C0/C1 control characters (tabs become spaces; newlines are kept
/// only when `keep_newlines`), and with them any ESC-introduced sequence.
pub fn for_terminal(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let clean = |c: char| !c.is_control() || (keep_newlines && c == '\n');
    if s.chars().all(clean) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\t' => out.push(' '),
            '\n' if keep_newlines => out.push('\n'),
            '\r' | '\n' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        // OSC, DCS, APC, PM, SOS: run to BEL or ESC \
        Some(']' | 'P' | '_' | '^' | 'X') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' || (c == '\u{1b}' && chars.peek() == Some(&'\\')) {
                    if c == '\u{1b}' {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_removed() {
        assert_eq!(for_terminal("a\u{1b}[31mred\u{1b}[0m b", false), "ared b");
        assert_eq!(for_terminal("x\u{1b}]0;pwned\u{7}y", false), "xy");
        assert_eq!(for_terminal("x\u{1b}]8;;http://e\u{1b}\\link", false), "xlink");
        assert_eq!(for_terminal("tab\there\r\nnext", false), "tab here  next");
        assert_eq!(for_terminal("keep\nlines\u{7}", true), "keep\nlines");
        assert!(matches!(for_terminal("plain", false), Cow::Borrowed(_)));
    }
}
