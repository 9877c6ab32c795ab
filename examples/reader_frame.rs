//! Times drawing the reader on a long hearing (profiling aid):
//! `cargo run --release --example reader_frame -- DATA_DIR/index HEARING_ID`
use gavel::tui::app::{Action, App, Msg};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lib = gavel::index::Library::open(std::path::Path::new(&args[1])).unwrap();
    let turns = lib.hearing_turns(&args[2]).unwrap();
    let (mut app, _) = App::new(format!("hearing:{}", args[2]));
    let results = lib.search(&app.query, 1).unwrap();
    app.update(Msg::Results {
        generation: app.generation,
        query: app.query.clone(),
        results: Ok(gavel::tui::app::SearchOutput {
            hits: results.hits,
            total: results.total,
            estimated: results.estimated,
            notes: vec![],
        }),
    });
    app.update(Msg::Hearing { hearing_id: args[2].clone(), turns: Ok(turns) });
    app.update(Msg::Act(Action::Open));
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let t = std::time::Instant::now();
    let n = 50;
    for _ in 0..n {
        app.update(Msg::Act(Action::NextTurn));
        term.draw(|f| gavel::tui::view::draw(&mut app, f)).unwrap();
    }
    println!(
        "{} turns: {:.2} ms per keystroke (update + draw)",
        app.reader_turns().len(),
        t.elapsed().as_secs_f64() * 1000.0 / n as f64
    );
}
