//! A deterministic scale corpus: `cargo run --release --example gen_corpus -- DIR MEGABYTES [SEED]`.
//! The generator itself is `benches/scale/generate.rs`, shared with the
//! `scale` bench, which can generate its corpus in the same run.

#[allow(dead_code)] // the bench uses more of it than this example does
#[path = "../benches/scale/generate.rs"]
mod generate;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::Path::new(args.get(1).map(String::as_str).unwrap_or("scale-corpus"));
    let megabytes: f64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(100.0);
    let seed: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(1);
    let (n, written) = generate::write_corpus(dir, megabytes, seed).expect("write the corpus");
    println!("{n} hearings, {:.1} MB in {}", written as f64 / 1e6, dir.display());
}
