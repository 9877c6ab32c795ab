//! Congressional Record pages.

use super::dates::mixed_date;
use crate::model::{Chamber, Hearing};
use crate::names::title_case;

/// Congressional Record pages.
pub fn record(h: &mut Hearing, front: &str) {
    let flat: Vec<String> =
        front.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    for l in &flat {
        match l.as_str() {
            "[Senate]" => h.chamber = Some(Chamber::Senate),
            "[House]" | "[Extensions of Remarks]" => h.chamber = Some(Chamber::House),
            _ => {}
        }
        if let Some(rest) = l.strip_prefix("[Congressional Record Volume ")
            && let Some(date) = rest
                .split_once('(')
                .and_then(|(_, d)| d.split_once(", "))
                .and_then(|(_, d)| mixed_date(d.trim_end_matches(")]")))
        {
            let year: u16 = date[..4].parse().unwrap_or(0);
            h.congress = Some((year.saturating_sub(1789)) / 2 + 1);
            h.dates = vec![date];
        }
        if let Some(p) = l.strip_prefix("[Pages ").or(l.strip_prefix("[Page ")) {
            h.serial = Some(format!("Cong. Rec. {}", p.trim_end_matches(']')));
        }
    }
    h.title = flat
        .iter()
        .skip_while(|l| !l.starts_with("[Page"))
        .find(|l| !l.is_empty() && !l.starts_with('[') && !l.starts_with("From the Congressional Record"))
        .map(|t| title_case(t))
        .unwrap_or_default();
}
