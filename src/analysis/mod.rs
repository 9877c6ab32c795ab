//! Reading across turns: who questions whom.

pub mod exchanges;
