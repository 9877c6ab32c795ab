//! Times one query: its count alone, its best 20 alone, and the search with
//! snippets for 20 (profiling aid):
//! `cargo run --release --example qtime -- DATA_DIR 'query'`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lib = gavel::index::Library::open(std::path::Path::new(&args[1])).unwrap();
    let q = &args[2];
    for (name, f) in [
        (
            "count",
            Box::new(|| {
                lib.count(q).unwrap();
            }) as Box<dyn Fn()>,
        ),
        (
            "top20 (ranked, no count, no snippets)",
            Box::new(|| {
                lib.top_texts(q, 20).unwrap();
            }),
        ),
        (
            "search20",
            Box::new(|| {
                lib.search(q, std::env::var("LIMIT").ok().and_then(|l| l.parse().ok()).unwrap_or(20))
                    .unwrap();
            }),
        ),
    ] {
        for _ in 0..20 {
            f();
        }
        let mut times: Vec<f64> = (0..200)
            .map(|_| {
                let t = std::time::Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        times.sort_by(f64::total_cmp);
        println!("{name}: mean {mean:.3} ms, p50 {:.3}, p99 {:.3}", times[100], times[198]);
    }
}
