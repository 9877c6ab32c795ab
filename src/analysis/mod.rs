//! Reading across turns and hearings: who questions whom, how statements
//! compare, and how much each person spoke.

pub mod compare;
pub mod speakers;
pub mod verify;
