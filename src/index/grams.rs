//! Common grams: the spoken text is indexed with its words and, beside them,
//! each of the commonest words together with the word after it (`of my`,
//! `the committee`, `to fail`).
//!
//! A phrase with common words is otherwise the slowest query there is:
//! `"balance of my time"` must read the positions of `of` in nearly every
//! turn, dozens to a turn. Asked as `balance`, `of my`, `time`, it reads a
//! few positions of three rarer terms, and `"the committee"` becomes one
//! term. The grams are only ever looked up through `phrase_terms`; a word
//! query never sees them. This is Lucene's CommonGramsFilter, which tantivy
//! does not ship, pairing only forwards: pairing a common word with the word
//! before it as well would make 70% more terms to index on hearing text
//! instead of 29%, for phrases that end in a common word (`referred to`).

use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// The analyzer registered for the spoken text (words and common grams).
pub const SPEECH_TOKENIZER: &str = "gavel_speech";

/// Words as the index sees them: split at anything not alphanumeric, too
/// long ones dropped (their position is skipped, not reused), lower-cased.
/// Queries are tokenized with this, without grams.
pub fn words() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .build()
}

/// `words` plus the common grams, for indexing the spoken text.
pub fn speech() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(CommonGrams)
        .build()
}

/// The sixteen commonest words of the GPO hearings, together a quarter of
/// all words. Each word on the list costs index time for every time it is
/// said; these few make most phrases fast (measured: with the next sixteen
/// too, indexing the GPO hearings took 10% longer).
pub fn is_common(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "to"
            | "and"
            | "of"
            | "that"
            | "a"
            | "in"
            | "is"
            | "i"
            | "we"
            | "you"
            | "have"
            | "it"
            | "are"
            | "for"
            | "be"
    )
}

/// The indexed term of two neighbouring words. A word never holds a space,
/// so no gram can be mistaken for a word.
fn gram_into(out: &mut String, first: &str, second: &str) {
    out.clear();
    out.push_str(first);
    out.push(' ');
    out.push_str(second);
}

fn pairs(first: &Token, second: &Token) -> bool {
    second.position == first.position + 1 && is_common(&first.text)
}

/// The terms that find a phrase, with their offsets: a gram for each common
/// word and the word after it, and each word that is in no gram.
/// `tokens` are the phrase's words as `words()` gives them. Matching these
/// at their offsets is matching the words at theirs, since the index holds a
/// gram exactly where its two words stand side by side.
pub fn phrase_terms(tokens: &[Token]) -> Vec<(usize, String)> {
    let Some(first) = tokens.first() else { return Vec::new() };
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let offset = t.position - first.position;
        let paired_left = i > 0 && pairs(&tokens[i - 1], t);
        match tokens.get(i + 1) {
            Some(next) if pairs(t, next) => {
                let mut g = String::new();
                gram_into(&mut g, &t.text, &next.text);
                out.push((offset, g));
            }
            _ if !paired_left => out.push((offset, t.text.clone())),
            _ => {}
        }
    }
    out
}

/// Adds the common grams to a stream of words: before a word, the gram of
/// the word before and it when that one is common, at its position.
#[derive(Clone)]
pub struct CommonGrams;

impl TokenFilter for CommonGrams {
    type Tokenizer<T: Tokenizer> = CommonGramsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CommonGramsFilter<T> {
        CommonGramsFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct CommonGramsFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CommonGramsFilter<T> {
    type TokenStream<'a> = CommonGramsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CommonGramsStream {
            tail: self.inner.token_stream(text),
            prev: None,
            gram: Token::default(),
            on_gram: false,
            started: false,
        }
    }
}

pub struct CommonGramsStream<S> {
    tail: S,
    /// The last word handed out, kept to pair with the next.
    prev: Option<Token>,
    gram: Token,
    /// The gram is the current token; the tail's word comes next.
    on_gram: bool,
    started: bool,
}

impl<S: TokenStream> TokenStream for CommonGramsStream<S> {
    fn advance(&mut self) -> bool {
        if self.on_gram {
            self.on_gram = false;
            return true;
        }
        if self.started {
            let word = self.tail.token();
            match &mut self.prev {
                Some(prev) => {
                    prev.text.clone_from(&word.text);
                    prev.position = word.position;
                    prev.offset_from = word.offset_from;
                    prev.offset_to = word.offset_to;
                }
                None => self.prev = Some(word.clone()),
            }
        }
        if !self.tail.advance() {
            return false;
        }
        self.started = true;
        let word = self.tail.token();
        if let Some(prev) = &self.prev
            && pairs(prev, word)
        {
            gram_into(&mut self.gram.text, &prev.text, &word.text);
            self.gram.position = prev.position;
            self.gram.position_length = 2;
            self.gram.offset_from = prev.offset_from;
            self.gram.offset_to = word.offset_to;
            // The gram first: the words' positions then still rise.
            self.on_gram = true;
        }
        true
    }

    fn token(&self) -> &Token {
        if self.on_gram { &self.gram } else { self.tail.token() }
    }

    fn token_mut(&mut self) -> &mut Token {
        if self.on_gram { &mut self.gram } else { self.tail.token_mut() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(mut a: TextAnalyzer, text: &str) -> Vec<(usize, String, &str)> {
        let mut out = Vec::new();
        let mut s = a.token_stream(text);
        while let Some(t) = s.next() {
            out.push((t.position, t.text.clone(), &text[t.offset_from..t.offset_to]));
        }
        out
    }

    #[test]
    fn grams_pair_a_common_word_with_its_neighbours() {
        let got = stream(speech(), "Balance of my time, Senator.");
        let want = [
            (0, "balance", "Balance"),
            (1, "of", "of"),
            (1, "of my", "of my"),
            (2, "my", "my"),
            (3, "time", "time"),
            (4, "senator", "Senator"),
        ];
        let want: Vec<_> = want.iter().map(|(p, t, s)| (*p, t.to_string(), *s)).collect();
        assert_eq!(got, want);
        // Punctuation does not part neighbours, as it does not for a phrase.
        let got = stream(speech(), "To the, Committee");
        let texts: Vec<&str> = got.iter().map(|(_, _, s)| *s).collect();
        assert_eq!(texts, ["To", "To the", "the", "the, Committee", "Committee"]);
    }

    #[test]
    fn no_gram_across_a_dropped_word_or_between_rare_words() {
        let long = "x".repeat(41);
        let text = format!("fentanyl precursors of {long} the cartels");
        let got = stream(speech(), &text);
        let texts: Vec<&str> = got.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(texts, ["fentanyl", "precursors", "of", "the", "the cartels", "cartels"]);
    }

    fn words_of(text: &str) -> Vec<Token> {
        let mut a = words();
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = s.next() {
            out.push(t.clone());
        }
        out
    }

    #[test]
    fn a_phrase_is_asked_as_grams_and_unpaired_words() {
        let terms = |p: &str| phrase_terms(&words_of(p));
        let own = |v: &[(usize, &str)]| v.iter().map(|(o, t)| (*o, t.to_string())).collect::<Vec<_>>();
        assert_eq!(terms("balance of my time"), own(&[(0, "balance"), (1, "of my"), (3, "time")]));
        assert_eq!(terms("referred to"), own(&[(0, "referred"), (1, "to")]));
        assert_eq!(
            terms("the state of the union"),
            own(&[(0, "the state"), (2, "of the"), (3, "the union")])
        );
        assert_eq!(terms("too big to fail"), own(&[(0, "too"), (1, "big"), (2, "to fail")]));
        assert_eq!(terms("the committee"), own(&[(0, "the committee")]));
        assert_eq!(terms("fentanyl precursor"), own(&[(0, "fentanyl"), (1, "precursor")]));
        assert_eq!(terms("the"), own(&[(0, "the")]));
        assert!(terms("").is_empty());
    }
}
