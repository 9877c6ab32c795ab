use super::*;

#[test]
fn a_label_names_someone_or_a_role() {
    for l in ["SMITH", "Mr. SMITH", "Chairman SHELBY", "SEN. ROGER WICKER", "Ms. ASHGROVE-BELL"] {
        assert!(label_names_someone(l), "{l}");
    }
    for l in ["The CHAIRMAN", "The PRESIDING OFFICER", "A VOICE", "UNIDENTIFIED MALE", "THE CLERK"] {
        assert!(!label_names_someone(l), "{l}");
    }
}

#[test]
fn an_attribution_fits_by_surname_and_given_name() {
    assert!(fits("Gen. Guillot", "Gregory M. Guillot"));
    assert!(fits("Sen. Roger Wicker", "Roger Wicker"));
    assert!(fits("WICKER", "Roger Wicker"));
    assert!(!fits("Sen. Wicker", "Gregory M. Guillot"));
    assert!(!fits("Secretary of State Marco Rubio", "Roger Wicker"));
    // A given name that disagrees is someone else of that surname.
    assert!(!fits("Tom Wicker", "Roger Wicker"));
    assert!(fits("Bill Tolliver", "William J. Tolliver"));
    assert!(fits("Northern Command Commander Gregory Guillot", "Gregory M. Guillot"));
    assert!(fits("Gregory M. Guillot", "Gregory Guillot"));
}
