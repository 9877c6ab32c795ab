use super::*;

const SENATE: &str = include_str!("../../../tests/fixtures/govinfo/senate.mods.xml");
const HOUSE: &str = include_str!("../../../tests/fixtures/govinfo/house.mods.xml");

#[test]
fn a_senate_record_gives_members_witnesses_committee_dates_and_citation() {
    let m = parse(SENATE).unwrap();
    assert_eq!(m.package_id.as_deref(), Some("CHRG-118shrg99001"));
    assert_eq!(m.title.as_deref(), Some("HARBOR DREDGING AND THE PORTS OF THE GULF"));
    assert_eq!(m.chamber, Some(Chamber::Senate));
    assert_eq!((m.congress, m.session), (Some(118), Some(2)));
    assert_eq!(m.committee.as_deref(), Some("Committee on Commerce, Science, and Transportation"));
    assert_eq!(m.subcommittee.as_deref(), Some("Subcommittee on Ports"));
    assert_eq!(m.dates, ["2024-07-11", "2024-07-12"]);
    assert_eq!(m.citation.as_deref(), Some("S. Hrg. 118-376"));
    assert!(m.html_url.as_deref().unwrap().ends_with("/html/CHRG-118shrg99001.htm"));
    // Only the root's own extensions: the granule record's repeats are not read.
    let members: Vec<_> = m
        .members
        .iter()
        .map(|x| {
            (
                x.person.name.as_str(),
                x.person.state.as_deref(),
                x.member.bioguide.as_str(),
                x.member.state.as_str(),
            )
        })
        .collect();
    assert_eq!(
        members,
        [
            ("Roland Zephyrine", Some("Connecticut"), "Z000901", "CT"),
            // No first-name-first form: made from the last-name-first one.
            ("Katrina Yarrowby", Some("Arizona"), "Y000902", "AZ"),
        ]
    );
    assert_eq!(m.members[1].member.party.as_deref(), Some("I"));
    let w: Vec<_> =
        m.witnesses.iter().map(|p| (p.name.as_str(), p.honorific.as_deref(), p.title.as_deref())).collect();
    assert_eq!(
        w,
        [
            (
                "Gerald W. Quillfeather",
                None,
                Some("Associate Dean, College of Harbor Studies, Texas A&M University")
            ),
            ("Carrie D. Wolfsbane", Some("Hon."), Some("Senior Principal, Lewis & Partners, LLC")),
        ]
    );
}

#[test]
fn a_house_record_gives_surname_first_witnesses_without_their_panels() {
    let m = parse(HOUSE).unwrap();
    assert_eq!(m.chamber, Some(Chamber::House));
    assert_eq!(m.citation.as_deref(), Some("Serial No. 118-30"));
    assert_eq!(m.subcommittee.as_deref(), Some("Subcommittee on Federal Lands"));
    assert!(m.members.is_empty());
    let names: Vec<_> = m.witnesses.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Troy Hollowbrook", "Robert Dunmere", "Riva Oakhaven"]);
    assert_eq!(
        m.witnesses[0].title.as_deref(),
        Some("Associate Deputy Chief, U.S. Forest Service, Washington, DC")
    );
}

#[test]
fn witness_lines_in_either_order() {
    let w = |s: &str| witness(s).map(|p| (p.name, p.title));
    assert_eq!(
        w("Greta Lindqvist, Climate Activist"),
        Some(("Greta Lindqvist".into(), Some("Climate Activist".into())))
    );
    assert_eq!(
        w("Smith, John, Jr., Mayor, Springfield"),
        Some(("John Smith, Jr.".into(), Some("Mayor, Springfield".into())))
    );
    // A one-word name followed by an office is not `Surname, Given`.
    assert_eq!(w("Cher, Director, Some Agency"), Some(("Cher".into(), Some("Director, Some Agency".into()))));
    assert_eq!(w("Panel I:"), None);
    assert_eq!(w("   "), None);
}

#[test]
fn bad_xml_and_other_documents_are_errors_not_panics() {
    let e = parse("<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo>").unwrap_err();
    assert!(e.to_string().starts_with("the MODS record is not valid XML"), "{e}");
    let e = parse("<html><body>Page Not Found</body></html>").unwrap_err();
    assert_eq!(e.to_string(), "the document is not a MODS record (its root is <html>)");
    assert!(parse("").is_err());
}

#[test]
fn misread_held_dates_are_left_out_and_the_rest_sorted() {
    let dates = |v: &[&str], c| held_dates(v.iter().map(|d| (*d).to_owned()).collect(), c);
    assert_eq!(dates(&["2009-12-09", "1933-03-01"], Some(111)), ["2009-12-09"]);
    assert_eq!(
        dates(&["2022-02-012022-02-09", "2022-02-09", "2022-02-01"], Some(117)),
        ["2022-02-01", "2022-02-09"]
    );
    assert_eq!(dates(&["1946-12-31"], None), ["1946-12-31"]);
    assert_eq!(dates(&["2021-01-02"], Some(116)), ["2021-01-02"]);
    assert!(dates(&["soon"], Some(118)).is_empty());
}

#[test]
fn without_a_preferred_citation_one_is_made_as_the_cover_prints_it() {
    let senate = SENATE.replace("<preferredCitation>S. Hrg. 118-376</preferredCitation>", "");
    assert_eq!(parse(&senate).unwrap().citation.as_deref(), Some("S. Hrg. 118-376"));
    let house = HOUSE.replace("<preferredCitation>Serial No. 118-30</preferredCitation>", "").replace(
        "<witness>Dunmere",
        "<congSerial chamber=\"H\" congress=\"118\" number=\"30\"/><witness>Dunmere",
    );
    assert_eq!(parse(&house).unwrap().citation.as_deref(), Some("Serial No. 118-30"));
}

#[test]
fn a_record_issue_lists_its_granules() {
    let xml = r#"<mods xmlns="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink">
        <extension><granuleClass>NOT-ME</granuleClass></extension>
        <relatedItem type="constituent" ID="id-CREC-1997-01-28-pt1-PgS693-2">
            <titleInfo><title>prayer</title></titleInfo>
            <extension><granuleClass>SENATE</granuleClass><chamber>SENATE</chamber></extension>
        </relatedItem>
        <relatedItem type="otherFormat" ID="id-ignored"/>
        <relatedItem type="constituent" ID="id-CREC-1997-01-28-pt1-PgD52">
            <extension><granuleClass>DAILYDIGEST</granuleClass></extension>
        </relatedItem>
    </mods>"#;
    let g = granules(xml).unwrap();
    assert_eq!(
        g,
        [
            Granule {
                id: "CREC-1997-01-28-pt1-PgS693-2".into(),
                class: "SENATE".into(),
                title: Some("prayer".into())
            },
            Granule { id: "CREC-1997-01-28-pt1-PgD52".into(), class: "DAILYDIGEST".into(), title: None },
        ]
    );
    assert!(granules("<html/>").is_err());
}

#[test]
fn a_record_granules_speakers_are_members_with_their_bioguide_ids() {
    let xml = r#"<mods xmlns="http://www.loc.gov/mods/v3"><extension>
        <accessId>CREC-1997-01-28-pt1-PgS693-3</accessId><chamber>SENATE</chamber>
        <congMember bioGuideId="B001126" chamber="S" congress="105" party="R" role="SPEAKING" state="MT">
            <name type="parsed">Mr. BURNS</name>
            <name type="authority-fnf">Conrad R. Burns</name>
        </congMember></extension></mods>"#;
    let m = parse(xml).unwrap();
    assert_eq!(m.members[0].person.name, "Conrad R. Burns");
    assert_eq!(m.members[0].person.state.as_deref(), Some("MT"));
    assert_eq!(m.members[0].member.bioguide, "B001126");
}

const RECORD_DAY: &str = include_str!("../../../tests/fixtures/govinfo/record-day.mods.xml");

#[test]
fn a_record_days_package_names_a_pages_speakers_through_its_granule() {
    // The root names no one; read alone it lists nobody.
    let day = parse(RECORD_DAY).unwrap();
    assert!(day.members.is_empty() && day.roll.is_empty());
    let page = parse_for(RECORD_DAY, Some("CREC-2025-03-20-pt1-PgH1200")).unwrap();
    assert_eq!(page.title.as_deref(), Some("INVENTED HARBOR DREDGING ACT OF 2025"));
    assert_eq!(page.package_id.as_deref(), Some("CREC-2025-03-20-pt1-PgH1200"));
    // The committees a floor page's bills concern did not hold it.
    assert_eq!(page.committee, None);
    let speaking: Vec<_> = page.members.iter().map(|m| m.person.name.as_str()).collect();
    assert_eq!(speaking, ["Dana Halvorsen", "Mara Delacroix Vance"]);
    assert_eq!(page.members[1].parsed.as_deref(), Some("Ms. DELACROIX"));
    // Roll calls: each member once, however many votes; not speakers.
    let roll: Vec<_> = page.roll.iter().map(|m| m.member.bioguide.as_str()).collect();
    assert_eq!(roll, ["W000901", "H000901", "T000901", "T000902", "Q000901"]);
    // Another page's granule, and a page the record does not hold.
    let other = parse_for(RECORD_DAY, Some("CREC-2025-03-20-pt1-PgH1199")).unwrap();
    assert_eq!(other.members[0].person.name, "Ida Quist");
    assert!(parse_for(RECORD_DAY, Some("CREC-2025-03-20-pt1-PgH9999")).unwrap().members.is_empty());
}
