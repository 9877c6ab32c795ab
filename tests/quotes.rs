//! Quotes: golden output for every format and style, verbatim words, a
//! source changed after indexing, and files never overwritten unasked.

mod common;

use gavel::export::quote::{self, Style};

const WG: &str = "wicker-guillot-armed-services-2025";

#[test]
fn golden_formats_and_styles() {
    let (_d, lib) = common::sample_library();
    let single = quote::build(&lib, &format!("{WG}#5"), None, None, Style::Bluebook).unwrap();
    insta::assert_snapshot!("guillot_md_bluebook", single.markdown());
    insta::assert_snapshot!("guillot_txt_bluebook", single.text());
    insta::assert_snapshot!("guillot_csv_bluebook", single.csv().unwrap());
    insta::assert_json_snapshot!("guillot_json_bluebook", single);
    let chicago = quote::build(&lib, &format!("{WG}#5"), None, None, Style::Chicago).unwrap();
    insta::assert_snapshot!("guillot_txt_chicago", chicago.text());
    insta::assert_snapshot!("guillot_md_chicago", chicago.markdown());
    insta::assert_snapshot!("guillot_csv_chicago", chicago.csv().unwrap());
    insta::assert_json_snapshot!("guillot_json_chicago", chicago);
    let run =
        quote::build(&lib, &format!("{WG}#4"), Some(&format!("{WG}#7")), None, Style::Bluebook).unwrap();
    insta::assert_snapshot!("exchange_md_bluebook", run.markdown());
    let part = quote::build(&lib, &format!("{WG}#3"), None, Some((2, 2)), Style::Chicago).unwrap();
    insta::assert_snapshot!("sentence_md_chicago", part.markdown());
}

/// Every exported word stands in the source, in order: the quote is the
/// source with only whitespace (and line-break hyphens) changed.
#[test]
fn quoted_words_are_verbatim_from_the_source() {
    let (_d, lib) = common::sample_library();
    for (id, to) in [
        (format!("{WG}#1"), Some(format!("{WG}#7"))),
        ("sample-gpo-senate-coastal-resilience#9".to_owned(), None),
        ("sample-congressional-record-senate#3".to_owned(), None),
    ] {
        let q = quote::build(&lib, &id, to.as_deref(), None, Style::Bluebook).unwrap();
        let name = q.source.strip_prefix("bundled:").unwrap();
        let source =
            String::from_utf8_lossy(gavel::samples::BUNDLED.iter().find(|b| b.name == name).unwrap().bytes);
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let source = flat(&source);
        for p in &q.parts {
            assert!(source.contains(&flat(&p.text)), "{}: {:?} not found verbatim", p.turn_id, p.text);
        }
    }
}

#[test]
fn a_changed_source_is_refused_by_name() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("h.txt");
    std::fs::write(
        &file,
        "Title: H\nDate: 2024-01-02\n\nSMITH: We will build the levee.\n\nJONES: Not this year.\n",
    )
    .unwrap();
    let gavel = |args: &[&str]| common::gavel(data.path(), args);
    assert!(gavel(&["index", file.to_str().unwrap()]).status.success());
    let o = gavel(&["quote", "h#1", "--format", "txt"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("“We will build the levee.”"), "{o:?}");
    std::fs::write(&file, "Title: H\nDate: 2024-01-02\n\nSMITH: We will never build the levee.\n").unwrap();
    let o = gavel(&["quote", "h#1"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("has changed since it was indexed") && err.contains("h.txt"), "{err}");
    assert!(o.stdout.is_empty(), "nothing is exported from a changed source");
}

#[test]
fn files_are_written_whole_and_never_overwritten_unasked() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("quote.md");
    let gavel = |args: &[&str]| common::gavel(data.path(), args);
    let id = format!("{WG}#2");
    let o = gavel(&["quote", &id, "-o", target.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    assert!(std::fs::read_to_string(&target).unwrap().contains("> Permitted by Mexico?"));
    let o = gavel(&["quote", &format!("{WG}#3"), "-o", target.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--force"));
    assert!(
        std::fs::read_to_string(&target).unwrap().contains("Permitted by Mexico?"),
        "the old file is intact"
    );
    let o = gavel(&["quote", &format!("{WG}#3"), "-o", target.to_str().unwrap(), "--force"]);
    assert!(o.status.success());
    assert!(std::fs::read_to_string(&target).unwrap().contains("by the department"));
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 1, "no temporary file left behind");
}

/// GPO prints ``TeX'' quotes; in Markdown a backtick opens a code span, so
/// the exported quote is typographic (“design tide.”) and CommonMark finds
/// no code in it. JSON keeps the source's characters (issue #14).
#[test]
fn markdown_quotes_have_no_code_spans() {
    use pulldown_cmark::{Event, Parser};
    let (_d, lib) = common::sample_library();
    let hit = lib.search("\"design tide\"", 1).unwrap().hits.remove(0);
    assert!(hit.text.contains("``design tide.''"), "{}", hit.text);
    let q = quote::build(&lib, &hit.turn_id, None, None, Style::Bluebook).unwrap();
    let md = q.markdown();
    let code: Vec<String> = Parser::new(&md)
        .filter_map(|e| match e {
            Event::Code(c) => Some(c.to_string()),
            _ => None,
        })
        .collect();
    assert!(code.is_empty(), "code spans {code:?} in\n{md}");
    assert!(md.contains("\u{201c}design tide.\u{201d}") && !md.contains('`'), "{md}");
    assert!(q.text().contains("\u{201c}design tide.\u{201d}"));
    assert!(serde_json::to_string(&q).unwrap().contains("``design tide.''"));
}

/// The ids search prints for statements submitted for the record
/// (`HEARING#sN`) quote too: the block's own words, its author as the
/// heading names them, a "prepared statement" citation; never in a run.
#[test]
fn a_submitted_statement_quotes_by_the_id_search_prints() {
    let (_d, lib) = common::sample_library();
    let statements: Vec<_> =
        lib.search("flood", 500).unwrap().hits.into_iter().filter(|h| h.kind == "statement").collect();
    assert!(!statements.is_empty(), "the samples hold submitted statements that say flood");
    for s in &statements {
        let q = quote::build(&lib, &s.turn_id, None, None, Style::Bluebook).unwrap();
        assert_eq!(q.parts.len(), 1);
        assert_eq!(q.parts[0].text, s.text, "{}", s.turn_id);
        assert_eq!(q.turn_ids, std::slice::from_ref(&s.turn_id));
        assert!(q.citation.contains("(prepared statement of "), "{}", q.citation);
        assert_eq!(q.parts[0].speaker, s.speaker);
    }
    let brightwater =
        quote::build(&lib, "sample-gpo-senate-coastal-resilience#s12", None, None, Style::Chicago).unwrap();
    assert!(
        brightwater.attribution.as_deref().unwrap().starts_with("Harriet Brightwater, Executive Director")
    );
    let run = quote::build(
        &lib,
        "sample-gpo-senate-coastal-resilience#s12",
        Some("sample-gpo-senate-coastal-resilience#13"),
        None,
        Style::Bluebook,
    );
    assert!(run.unwrap_err().to_string().contains("quoted alone"));
    let missing =
        quote::build(&lib, "sample-gpo-senate-coastal-resilience#s999", None, None, Style::Bluebook);
    assert!(missing.unwrap_err().to_string().contains("no turn"));
}

/// Quotes built through one `Sources` (as `gavel verify` builds its
/// citations) read each source once: the same quote as built alone; a file
/// changed after that read stands as first read for the rest of the run, a
/// new run refuses it; and only `KEPT` hearings are held, the oldest let go.
#[test]
fn a_run_reads_each_source_once_and_holds_a_few() {
    use gavel::export::sources::{KEPT, Sources};
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = |n: usize| {
        format!("Title: H{n}\nDate: 2024-01-02\n\nSMITH: We will build levee {n}.\n\nJONES: Not this year.\n")
    };
    for n in 0..=KEPT {
        std::fs::write(dir.path().join(format!("h{n}.txt")), text(n)).unwrap();
    }
    let o = common::gavel(data.path(), &["index", dir.path().to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let lib = gavel::index::Library::open(&data.path().join("index")).unwrap();
    let mut sources = Sources::new();
    let mut cite = |id: &str| quote::build_with(&lib, &mut sources, id, None, None, Style::Bluebook);
    let first = cite("h0#1").unwrap();
    assert_eq!(first.text(), quote::build(&lib, "h0#1", None, None, Style::Bluebook).unwrap().text());
    assert!(first.text().contains("“We will build levee 0.”"), "{}", first.text());
    std::fs::write(dir.path().join("h0.txt"), "Title: H0\n\nSMITH: We will never build it.\n").unwrap();
    assert!(cite("h0#2").unwrap().text().contains("Not this year."));
    let alone = quote::build(&lib, "h0#2", None, None, Style::Bluebook).unwrap_err().to_string();
    assert!(alone.contains("has changed since it was indexed"), "{alone}");
    // KEPT other hearings later, h0 has been let go and is read again.
    for n in 1..=KEPT {
        cite(&format!("h{n}#1")).unwrap();
    }
    let again = cite("h0#2").unwrap_err().to_string();
    assert!(again.contains("has changed since it was indexed"), "{again}");
}
