//! Marks to turns and blocks: the one place where text gets an owner.
//!
//! Each grammar only *marks* the file: here a label, there a heading, a page
//! anchor, markup. The assembler walks the marks in order and hands every byte
//! between them to whoever owns the text at that point: the current turn, or a
//! non-speech section. Because ownership is decided in one loop over the whole
//! file, no grammar can drop text by forgetting a case.

use super::clean::{Cleaner, Piece};
use super::source::Source;
use crate::model::{Block, BlockKind, Turn};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A speaker label: the turn owns the text until the next label or section.
    Label { label: String, note: Option<String>, indent: usize },
    /// A block of its own (heading, stage direction); the owner before it
    /// resumes after it.
    Block(BlockKind),
    /// A non-speech section that owns all following text until the next
    /// label or section: front matter, prepared statements.
    Section { kind: BlockKind, author: Option<String> },
    /// A page anchor such as `[[Page S727]]`: sets the page, is not content.
    Page(String),
    /// Wrapper or inline tags: not content; the text around it runs on.
    Markup,
    /// Block-level tags (`<p>`, `<br>` pairs): not content, and what follows
    /// starts a new paragraph.
    Break,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub span: Range<usize>,
    pub event: Event,
}

impl Mark {
    pub fn new(span: Range<usize>, event: Event) -> Self {
        Mark { span, event }
    }
}

pub struct Assembled {
    pub turns: Vec<Turn>,
    pub blocks: Vec<Block>,
    /// Byte ranges that were markup (wrapper, page anchors).
    pub markup: Vec<Range<usize>>,
}

enum Owner {
    Turn(usize),
    Section(usize),
}

struct Draft {
    chunks: Vec<(Range<usize>, bool)>,
    page: Option<String>,
}

pub fn assemble(src: &Source, mut marks: Vec<Mark>, html: bool) -> Assembled {
    marks.sort_by_key(|m| (m.span.start, m.span.end));
    let text = src.text;
    let mut turns: Vec<(Turn, Draft, usize)> = Vec::new();
    let mut blocks: Vec<(Block, Draft)> = Vec::new();
    let mut markup = Vec::new();
    let mut page: Option<String> = None;
    let mut owner: Option<Owner> = None;
    let mut pos = 0;
    // A soft join (across a page anchor) continues the sentence; a hard one
    // (after a heading or stage direction) starts a new paragraph.
    let mut soft = false;

    let give = |owner: &Option<Owner>,
                range: Range<usize>,
                soft: bool,
                turns: &mut Vec<(Turn, Draft, usize)>,
                blocks: &mut Vec<(Block, Draft)>| {
        if range.is_empty() {
            return;
        }
        match owner {
            Some(Owner::Turn(i)) => turns[*i].1.chunks.push((range, soft)),
            Some(Owner::Section(i)) => blocks[*i].1.chunks.push((range, soft)),
            None => {}
        }
    };

    for mark in marks {
        if mark.span.start < pos {
            continue; // overlapping marks: the first one wins
        }
        if owner.is_none() && !text[pos..mark.span.start].trim().is_empty() {
            blocks.push(new_block(BlockKind::FrontMatter, None, page.clone()));
            owner = Some(Owner::Section(blocks.len() - 1));
        }
        give(&owner, pos..mark.span.start, soft, &mut turns, &mut blocks);
        soft = false;
        pos = mark.span.end;
        match mark.event {
            Event::Label { label, note, indent } => {
                let turn = Turn {
                    seq: turns.len() as u32 + 1,
                    label,
                    note,
                    page: page.clone(),
                    span: mark.span.clone(),
                    body_start: mark.span.end,
                    ..Turn::default()
                };
                turns.push((turn, Draft { chunks: Vec::new(), page: page.clone() }, indent));
                owner = Some(Owner::Turn(turns.len() - 1));
            }
            Event::Section { kind, author } => {
                let mut b = new_block(kind, author, page.clone());
                b.1.chunks.push((mark.span.clone(), false));
                blocks.push(b);
                owner = Some(Owner::Section(blocks.len() - 1));
            }
            Event::Block(kind) => {
                let mut b = new_block(kind, None, page.clone());
                b.1.chunks.push((mark.span.clone(), false));
                blocks.push(b);
            }
            Event::Page(p) => {
                page = Some(p);
                markup.push(mark.span.clone());
                soft = true;
            }
            Event::Markup => {
                markup.push(mark.span.clone());
                soft = true;
            }
            Event::Break => markup.push(mark.span.clone()),
        }
    }
    if owner.is_none() && !text[pos..].trim().is_empty() {
        blocks.push(new_block(BlockKind::FrontMatter, None, page.clone()));
        owner = Some(Owner::Section(blocks.len() - 1));
    }
    give(&owner, pos..text.len(), soft, &mut turns, &mut blocks);

    let cleaner = Cleaner::new(text, html);
    let turns = turns
        .into_iter()
        .map(|(mut turn, draft, indent)| {
            let pieces: Vec<Piece> =
                draft.chunks.iter().map(|(r, soft)| Piece { text: &text[r.clone()], soft: *soft }).collect();
            turn.text = cleaner.clean(&pieces, indent);
            let end = draft
                .chunks
                .iter()
                .rev()
                .find(|(r, _)| !text[r.clone()].trim().is_empty())
                .map_or(turn.span.end, |(r, _)| trim_end_offset(text, r.clone()));
            turn.span = turn.span.start..end;
            turn.line_start = src.line_of(turn.span.start);
            turn.line_end = src.line_of(end.saturating_sub(1).max(turn.span.start));
            turn.page = draft.page;
            turn
        })
        .collect();
    let blocks = blocks
        .into_iter()
        .filter_map(|(mut block, draft)| {
            let first = draft.chunks.iter().find(|(r, _)| !text[r.clone()].trim().is_empty())?;
            let last = draft.chunks.iter().rev().find(|(r, _)| !text[r.clone()].trim().is_empty())?;
            let start = trim_start_offset(text, first.0.clone());
            let end = trim_end_offset(text, last.0.clone());
            block.text = draft
                .chunks
                .iter()
                .map(|(r, _)| &text[r.clone()])
                .collect::<String>()
                .trim_matches(|c: char| c == '\n' || c == '\r')
                .replace('\r', "");
            block.span = start..end;
            block.line_start = src.line_of(start);
            block.line_end = src.line_of(end.saturating_sub(1).max(start));
            Some(block)
        })
        .collect();
    Assembled { turns, blocks, markup }
}

fn new_block(kind: BlockKind, author: Option<String>, page: Option<String>) -> (Block, Draft) {
    (
        Block { author, page: page.clone(), ..Block::new(kind, String::new(), 0..0) },
        Draft { chunks: Vec::new(), page },
    )
}

fn trim_end_offset(text: &str, r: Range<usize>) -> usize {
    r.start + text[r].trim_end().len()
}

fn trim_start_offset(text: &str, r: Range<usize>) -> usize {
    let s = &text[r.clone()];
    r.start + (s.len() - s.trim_start().len())
}
