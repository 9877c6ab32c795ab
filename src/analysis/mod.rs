//! Reading across turns and hearings: who questions whom, and how statements compare.

pub mod compare;
pub mod exchanges;
