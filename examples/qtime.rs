//! Times one query, with and without snippets (profiling aid):
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
        let t = std::time::Instant::now();
        for _ in 0..200 {
            f();
        }
        println!("{name}: {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / 200.0);
    }
}
