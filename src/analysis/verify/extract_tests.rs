use super::*;

fn texts(article: &str) -> Vec<(String, Kind, Option<String>)> {
    find(article).into_iter().map(|q| (q.text, q.kind, q.attributed_to)).collect()
}

fn inline(text: &str, by: Option<&str>) -> (String, Kind, Option<String>) {
    (text.to_owned(), Kind::Inline, by.map(str::to_owned))
}

#[test]
fn curly_straight_and_tex_quotes() {
    let got = texts(
        "“We will build it,” Reed said. Then \"we will pay for it,\" said Sen. Wicker. \
         ``Not this year,'' Guillot replied.",
    );
    assert_eq!(
        got,
        [
            inline("We will build it,", Some("Reed")),
            inline("we will pay for it,", Some("Sen. Wicker")),
            inline("Not this year,", Some("Guillot")),
        ]
    );
}

#[test]
fn apostrophes_and_nested_single_quotes_are_no_quotations() {
    let got =
        texts("Mexico's army said ‘no’. “He called it ‘the hemispheric synchronizer’ twice,” Reed said.");
    assert_eq!(got, [inline("He called it ‘the hemispheric synchronizer’ twice,", Some("Reed"))]);
}

#[test]
fn a_quote_running_over_paragraphs_and_one_never_closed() {
    let got =
        texts("Reed said, “First part.\n\n“Second part.”\n\nThen “an open mark\n\nand a new paragraph.");
    assert_eq!(got, [inline("First part.\nSecond part.", Some("Reed")), inline("an open mark", None)]);
}

#[test]
fn block_quotes_with_the_name_before_or_under_them() {
    let got = texts(
        "Wicker said:\n\n> Has it gotten\n> better?\n\nMore.\n\n> It needs to get better.\n>\n> — Sen. Roger Wicker\n",
    );
    assert_eq!(
        got,
        [
            ("Has it gotten better?".to_owned(), Kind::Block, Some("Wicker".to_owned())),
            ("It needs to get better.".to_owned(), Kind::Block, Some("Sen. Roger Wicker".to_owned())),
        ]
    );
}

#[test]
fn a_printed_excerpt_is_one_quotation_per_speaker() {
    let got = texts(
        "GUILLOT: Recently we've been permitted to — SEN. ROGER WICKER: Permitted by Mexico? GUILLOT: No, \
         by the department, sir. The U.S. NAVY: no label mid-sentence.",
    );
    let ex = |t: &str, by: &str| (t.to_owned(), Kind::Excerpt, Some(by.to_owned()));
    assert_eq!(
        got,
        [
            ex("Recently we've been permitted to —", "Guillot"),
            ex("Permitted by Mexico?", "Sen. Roger Wicker"),
            ex("No, by the department, sir. The U.S. NAVY: no label mid-sentence.", "Guillot"),
        ]
    );
    // A paragraph that does not start with a label is prose, and so is an editor's note.
    assert_eq!(texts("Later, WICKER: asked again."), []);
    assert_eq!(texts("UPDATE: This story has been updated.\n\nEDITOR'S NOTE: Corrected."), []);
}

#[test]
fn names_in_capitals_of_any_length() {
    let ex = |t: &str, by: &str| (t.to_owned(), Kind::Excerpt, Some(by.to_owned()));
    let got = texts(
        "BLUMENTHAL: It definitely needs to get better. SEN. RICHARD BLUMENTHAL (D-CONN.): Has it?\n\n\
         Gen. Guillot testified.\n\n“We would need more,” GUILLOT said.\n\n\
         > It needs to get better.\n>\n> — GUILLOT\n",
    );
    assert_eq!(
        got,
        [
            ex("It definitely needs to get better.", "Blumenthal"),
            ex("Has it?", "Sen. Richard Blumenthal"),
            inline("We would need more,", Some("Guillot")),
            ("It needs to get better.".to_owned(), Kind::Block, Some("Guillot".to_owned())),
        ]
    );
}

#[test]
fn a_paragraph_s_later_quotation_is_its_speaker_s_unless_someone_else_comes_between() {
    let got = texts("“Yes,” Reed said. “And more.”\n\n“Yes,” Reed said. Wicker interrupted: “No.”");
    let by: Vec<Option<String>> = got.into_iter().map(|g| g.2).collect();
    assert_eq!(by, [Some("Reed".to_owned()), Some("Reed".to_owned()), Some("Reed".to_owned()), None]);
}

#[test]
fn a_pronoun_never_names_someone_of_the_other_honorific() {
    let by = |a: &str| find(a).into_iter().map(|q| q.attributed_to).collect::<Vec<_>>();
    assert_eq!(by("Mr. Castellano spoke.\n\n“Yes,” she said."), [None]);
    assert_eq!(by("Ms. Brightwater spoke.\n\n“Yes,” she said."), [Some("Ms. Brightwater".to_owned())]);
}

#[test]
fn datelines_are_no_speakers() {
    for opening in [
        "WASHINGTON: Gen. Guillot told senators that “we need more intelligence,” and left.",
        "WASHINGTON (AP) — Gen. Guillot told senators that “we need more intelligence,” and left.",
        "NEW YORK, March 3 (Reuters) - Gen. Guillot told senators that “we need more intelligence,” and left.",
        "KABUL: Gen. Guillot told senators that “we need more intelligence,” and left.",
    ] {
        let got = texts(&format!("# Headline\n\n{opening}\n\n“It is better,” he said."));
        assert_eq!(
            got,
            [
                inline("we need more intelligence,", Some("Gen. Guillot")),
                inline("It is better,", Some("Gen. Guillot"))
            ],
            "{opening}"
        );
        let q = find(&format!("# Headline\n\n{opening}"));
        assert_eq!(q[0].line, 3);
    }
    // Further in, a lone name in capitals before a colon is a speaker; a known place never is.
    let got = texts("One.\n\nTwo.\n\nThree.\n\nKABUL: We need more.\n\nWASHINGTON: Gen. Guillot spoke.");
    assert_eq!(got, [("We need more.".to_owned(), Kind::Excerpt, Some("Kabul".to_owned()))]);
}

#[test]
fn pronouns_and_roles_only_when_one_person_can_be_meant() {
    let got = texts(
        "Sen. Roger Wicker questioned Gen. Gregory Guillot.\n\n“It is better,” he said.\n\n\
         Wicker asked Guillot whether it was, and he said “it is not.”\n\n\
         “Not yet,” the general said. “Soon.”\n\n“Never,” the admiral said.",
    );
    let by: Vec<Option<String>> = got.into_iter().map(|g| g.2).collect();
    let guillot = Some("Gen. Gregory Guillot".to_owned());
    assert_eq!(by, [None, None, guillot.clone(), guillot, None]);
    let notes: Vec<Option<String>> =
        find("Sen. Jack Reed spoke.\n\n“Yes,” he said.").into_iter().map(|q| q.attribution_note).collect();
    assert_eq!(
        notes,
        [Some(
            "\"he\" read as Sen. Jack Reed, the one person named in this paragraph or the one before"
                .to_owned()
        )]
    );
}

#[test]
fn html_paragraphs_block_quotes_and_entities() {
    let got = texts(
        "<html><body><p>&ldquo;We will build it,&rdquo; Reed said.</p>\
         <p>Wicker said:</p><blockquote><p>It needs to get better.</p></blockquote>\
         <p>Then <q>we will pay for it</q>, said Sen. Wicker.</p>\
         <script>var s = \"not a quote\";</script></body></html>",
    );
    assert_eq!(
        got,
        [
            inline("We will build it,", Some("Reed")),
            ("It needs to get better.".to_owned(), Kind::Block, Some("Wicker".to_owned())),
            inline("we will pay for it", Some("Sen. Wicker")),
        ]
    );
}

#[test]
fn markdown_links_keep_their_words_only() {
    let got = texts("“The [levee](https://example.org) holds [sic],” Reed said.");
    assert_eq!(got, [inline("The levee holds [sic],", Some("Reed"))]);
}

#[test]
fn lines_are_those_of_the_article() {
    let q = find("Title\n\nReed said,\n“We will build it.” Then\n“more.”\n\n> Block\n");
    let lines: Vec<usize> = q.iter().map(|q| q.line).collect();
    assert_eq!(lines, [4, 5, 7]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

    /// Any text, however broken its marks, is read without a panic, and
    /// every quotation's words come from the text.
    #[test]
    fn any_text_is_read(s in "(\\PC|[“”\"`'’‘\\[\\]<>…:.\n ]|GUILLOT: |<p>|<blockquote>|> ){0,200}") {
        for q in find(&s) {
            for w in q.text.split_whitespace().take(3) {
                proptest::prop_assert!(s.contains(w.trim_matches(['“', '”', '"'])) || s.contains('&') || s.contains('<') || s.contains('['), "{w:?} not in {s:?}");
            }
            let _ = crate::analysis::verify::align::items(&q.text, true);
        }
    }

    /// A long article in any script does not trip on where 4 KB ends.
    #[test]
    fn html_sniffing_respects_characters(n in 4000usize..4100) {
        let s = "é".repeat(n / 2) + "“Said it,” Reed said.";
        proptest::prop_assert_eq!(find(&s).len(), 1);
    }
}
