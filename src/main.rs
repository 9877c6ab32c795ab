use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    if let Err(e) = color_eyre::install() {
        eprintln!("gavel: {e}");
    }
    let cli = gavel::cli::Cli::parse();
    match gavel::cli::run(cli) {
        Ok(code) => code,
        Err(report) => {
            eprintln!("gavel: {report:?}");
            // 2, as grep: 1 means "no hits", never "broken".
            ExitCode::from(2)
        }
    }
}
