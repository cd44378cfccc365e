//! `marsad`: the command line. Parses arguments, calls the libraries, maps
//! the outcome to an exit code (0 ok, 1 nothing could be read, 2 usage or
//! setup error; a closed pipe is success). It holds no extraction logic.

mod cli;
mod eval;

use std::io::Write;

fn main() {
    let code = match cli::run() {
        Ok(code) => code,
        Err(e) => {
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                0
            } else {
                let _ = writeln!(std::io::stderr(), "marsad: {e:#}");
                2
            }
        }
    };
    std::process::exit(code);
}
