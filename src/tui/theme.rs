//! The TUI's colours, read from the config's `[colors]` table.

use crate::config::ColorsConfig;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub highlight: Color,
    pub selection: Color,
    pub accent: Color,
    pub dim: Color,
    pub error: Color,
    pub speakers: Vec<Color>,
}

impl Default for Theme {
    fn default() -> Theme {
        let config = crate::config::Config::load(None).expect("the embedded default config parses");
        Theme::from_config(&config.colors).expect("the embedded default colours are valid")
    }
}

impl Theme {
    /// Every problem names its key: `colors.highlight: ...`.
    pub fn from_config(c: &ColorsConfig) -> Result<Theme, String> {
        let color = |key: &str, v: &str| -> Result<Color, String> {
            v.parse::<Color>().map_err(|_| {
                format!(
                    "colors.{key}: unknown colour {v:?} (a name such as \"yellow\", \"#rrggbb\", or 0-255)"
                )
            })
        };
        let speakers =
            c.speakers.iter().map(|s| color("speakers", s)).collect::<Result<Vec<Color>, String>>()?;
        if speakers.is_empty() {
            return Err("colors.speakers: give at least one colour".to_owned());
        }
        Ok(Theme {
            highlight: color("highlight", &c.highlight)?,
            selection: color("selection", &c.selection)?,
            accent: color("accent", &c.accent)?,
            dim: color("dim", &c.dim)?,
            error: color("error", &c.error)?,
            speakers,
        })
    }

    /// The same speaker gets the same colour on every screen and every run.
    pub fn speaker(&self, name: &str) -> Color {
        let h = name.bytes().fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619));
        self.speakers[h as usize % self.speakers.len()]
    }

    /// Query words found in the text.
    pub fn matched(&self) -> Style {
        Style::default().fg(Color::Black).bg(self.highlight).add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        Style::default().fg(self.dim)
    }

    pub fn accent(&self) -> Style {
        Style::default().fg(self.accent)
    }

    pub fn selected(&self) -> Style {
        Style::default().bg(self.selection)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_colours_are_named() {
        let mut c = crate::config::Config::load(None).unwrap().colors;
        c.highlight = "#12345".into();
        let e = Theme::from_config(&c).unwrap_err();
        assert!(e.starts_with("colors.highlight: unknown colour \"#12345\""), "{e}");
        c.highlight = "lightyellow".into();
        assert_eq!(Theme::from_config(&c).unwrap().highlight, Color::LightYellow);
        c.speakers.clear();
        assert!(Theme::from_config(&c).unwrap_err().starts_with("colors.speakers"));
    }

    #[test]
    fn a_speaker_keeps_one_colour() {
        let t = Theme::default();
        assert_eq!(t.speaker("Roger Wicker"), t.speaker("Roger Wicker"));
        let colours: std::collections::HashSet<String> =
            ["Roger Wicker", "Gregory M. Guillot", "Jack Reed", "Dana Halvorsen"]
                .iter()
                .map(|n| format!("{:?}", t.speaker(n)))
                .collect();
        assert!(colours.len() > 1, "four people, one colour");
    }
}
