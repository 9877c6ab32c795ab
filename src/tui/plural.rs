//! Counts in words that agree with their number: `1 turn`, `0 turns`,
//! `2 hearings`. Every noun the screens count takes a plain `s`.

/// `noun` as it goes with `n`: `turn` for 1, `turns` otherwise (0 included).
pub fn noun(n: usize, singular: &str) -> String {
    if n == 1 { singular.to_owned() } else { format!("{singular}s") }
}

/// `n` and its noun: `count(1, "turn")` is `1 turn`, `count(3, "turn")` is `3 turns`.
pub fn count(n: usize, singular: &str) -> String {
    format!("{n} {}", noun(n, singular))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count(0, "turn"), "0 turns");
        assert_eq!(count(1, "turn"), "1 turn");
        assert_eq!(count(2, "hearing"), "2 hearings");
        assert_eq!(count(11, "speaker"), "11 speakers");
        assert_eq!(noun(1, "file"), "file");
        assert_eq!(noun(21, "file"), "files");
    }
}
