use super::*;

fn name(s: &str) -> Option<Subject> {
    Some(Subject::Name(s.to_owned()))
}

fn role(s: &str) -> Option<Subject> {
    Some(Subject::Role(s.to_owned()))
}

fn pronoun(s: &str) -> Option<Subject> {
    Some(Subject::Pronoun(s.to_owned()))
}

#[test]
fn names_before_a_quotation() {
    assert_eq!(before("Guillot replies, "), name("Guillot"));
    assert_eq!(
        before("Gen. Guillot is even more explicit, saying in February that Mexican cartels "),
        name("Gen. Guillot")
    );
    assert_eq!(
        before("Jenkins, the Acting Assistant Secretary told Congress after the brief deployment that "),
        name("Jenkins")
    );
    assert_eq!(before("Asked in January, President Trump replied, "), name("President Trump"));
    assert_eq!(before("At the hearing, Wicker said:"), name("Wicker"));
    assert_eq!(before("He said "), pronoun("he"));
    // A name in capitals is a name, whatever its length; an organisation is not.
    assert_eq!(before("In testimony, ASHWORTHSON said, "), name("ASHWORTHSON"));
    assert_eq!(before("In testimony, BLUMENTHAL said, "), name("BLUMENTHAL"));
    assert_eq!(before("NORTHCOM said in a statement that "), None);
    assert_eq!(before("Harriet Brightwater's prepared statement noted that "), name("Harriet Brightwater"));
    assert_eq!(before("When Trump declared the cartels’ trafficking of drugs an "), name("Trump"));
    assert_eq!(before("The general was asked. The "), None);
    // The verb of an earlier sentence attributes nothing here.
    assert_eq!(before("Reed said no. The plan calls it "), None);
}

#[test]
fn the_subject_of_the_verb_not_a_name_further_back() {
    // The general is the subject, not Wicker, named earlier in the sentence.
    assert_eq!(before("Asked by Wicker about fentanyl, the general said "), role("general"));
    assert_eq!(before("Pressed by Wicker, the NORTHCOM commander told senators that "), role("commander"));
    // `he`, not the Guillot of the question.
    assert_eq!(before("Wicker asked Guillot whether it had improved, and he said "), pronoun("he"));
    assert_eq!(before("Reed, a Rhode Island Democrat, said "), name("Reed"));
    assert_eq!(before("Wicker, who chairs the committee, later said "), name("Wicker"));
    assert_eq!(before("Sen. Jack Reed (D-R.I.) said "), name("Sen. Jack Reed"));
    assert_eq!(before("According to Gen. Guillot, the cartels are "), name("Gen. Guillot"));
    assert_eq!(before("Guillot told senators that "), name("Guillot"));
    // An initial is part of the name, not an organisation's capitals.
    assert_eq!(before("Gen. Gregory M. Guillot told senators that "), name("Gen. Gregory M. Guillot"));
    assert_eq!(before("One senior official said "), Some(Subject::Unnamed));
    assert_eq!(before("She added, "), pronoun("she"));
    assert_eq!(before("Guillot, asked about Mexico, said "), name("Guillot"));
    assert_eq!(
        before("Sen. Jack Reed, the top Democrat on the committee, said the plan "),
        name("Sen. Jack Reed")
    );
    // The one spoken to is not the speaker.
    assert_eq!(after(" Guillot was told by Wicker."), None);
    assert_eq!(before("Guillot was asked whether "), None);
    assert_eq!(after(" Guillot, who leads NORTHCOM, told reporters."), name("Guillot"));
    // No name further back than the verb's own subject.
    assert_eq!(before("In a letter to Wicker last week, officials wrote that "), Some(Subject::Unnamed));
    assert_eq!(
        before("In a letter to Wicker last week, the department argued that "),
        Some(Subject::Unnamed)
    );
    assert_eq!(before("After meeting Wicker, Pentagon lawyers argued that "), Some(Subject::Unnamed));
    assert_eq!(before("Wicker's aide said "), Some(Subject::Unnamed));
}

#[test]
fn names_after_a_quotation() {
    assert_eq!(after(" Morales said after the Colorado visit"), name("Morales"));
    assert_eq!(after(", said Sen. Wicker."), name("Sen. Wicker"));
    assert_eq!(
        after(" Secretary of State Marco Rubio said of the cartels"),
        name("Secretary of State Marco Rubio")
    );
    assert_eq!(after(" says one senior intelligence official."), Some(Subject::Unnamed));
    assert_eq!(after(" the assessment reads."), None);
    assert_eq!(after(" he said."), pronoun("he"));
    assert_eq!(after(" Reed said."), name("Reed"));
    assert_eq!(after(", said Sen. Jack Reed (D-R.I.)."), name("Sen. Jack Reed"));
    assert_eq!(after(" Reed, a Rhode Island Democrat, said."), name("Reed"));
    assert_eq!(after(" Reed (D-R.I.) said."), name("Reed"));
    assert_eq!(after(", according to Gen. Guillot."), name("Gen. Guillot"));
    assert_eq!(after(" Guillot told senators."), name("Guillot"));
    assert_eq!(after(" are needed, according to Gen. Guillot."), name("Gen. Guillot"));
    assert_eq!(after(" the general said."), role("general"));
    assert_eq!(after(" she added."), pronoun("she"));
    assert_eq!(after(" said GUILLOT."), name("GUILLOT"));
    assert_eq!(
        after(" said the Chairman of the Armed Services Committee, Sen. Roger Wicker."),
        name("Sen. Roger Wicker")
    );
    // Another sentence's verb is no attribution.
    assert_eq!(after(" That was in May. Reed said so."), None);
}
