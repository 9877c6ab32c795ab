//! Parses every file named on the command line N times (profiling aid):
//! `cargo run --release --example parse_all -- 5 ../shared/corpus/gpo-hearings/*.htm`
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let files: Vec<(String, Vec<u8>)> = args.map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect();
    let mut turns = 0;
    for _ in 0..n {
        for (p, b) in &files {
            turns += gavel::speakers::read(b, p, None).map(|(t, _)| t.turns.len()).unwrap_or(0);
        }
    }
    println!("{turns}");
}
