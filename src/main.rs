use clap::Parser;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: indexing allocates and frees
/// a small buffer for nearly every token, and glibc's malloc was a tenth of
/// a 5 GB run's CPU (docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    if let Err(e) = color_eyre::install() {
        eprintln!("gavel: {e}");
    }
    // `COMPLETE=bash gavel` prints the shell's hook; the shell then calls
    // gavel to complete, which answers here and exits.
    clap_complete::CompleteEnv::with_factory(<gavel::cli::Cli as clap::CommandFactory>::command).complete();
    let cli = gavel::cli::Cli::parse();
    match gavel::cli::run(cli) {
        Ok(code) => code,
        Err(report) => {
            eprintln!("gavel: {}", gavel::workspace::error_message(&report));
            // A user's error (a bad turn id, an empty file) is one line even
            // where RUST_BACKTRACE is set, as on many developers' machines;
            // GAVEL_DEBUG=1 asks for the whole report, for a bug report.
            if std::env::var_os("GAVEL_DEBUG").is_some_and(|v| v != "0") {
                eprintln!("{report:?}");
            }
            // 2, as grep: 1 means "no hits", never "broken".
            ExitCode::from(2)
        }
    }
}
