//! What `dealmodel` writes, through one handle each: standard output whose
//! failure never panics (a reader that stops early, `| head`, ends the program
//! quietly with exit 0; any other failure, a full disk, with a message and exit
//! 2), and the arguments a message repeats, escaped and shortened as a link's
//! values are.

use dealmodel::scenario::values::shorten;
use std::io::{ErrorKind, Write};
use std::process::ExitCode;

/// Writes `text` to standard output whole: exit 0 when written or when the
/// reader has gone (a closed pipe), exit 2 with a message otherwise.
pub fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            say(&format!(
                "standard output: {error}; the output was not written whole."
            ));
            ExitCode::from(2)
        }
    }
}

/// `text` and a line break on standard output, as [`print`].
pub fn print_line(text: &str) -> ExitCode {
    print(&format!("{text}\n"))
}

/// One line on standard error; if even that cannot be written, nothing more
/// can be said (never a panic).
pub fn say(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

/// The message for an argument no command takes: the argument as it is when
/// it is short and plain (`--what`), else quoted, with line breaks and control
/// characters escaped and a long one cut, as a link's values are.
pub fn unexpected(argument: &str) -> String {
    let plain = argument.len() <= 40 && argument.bytes().all(|b| b.is_ascii_graphic() && b != b'"');
    if plain {
        format!("unexpected argument: {argument}")
    } else {
        format!("unexpected argument: \"{}\"", shorten(argument))
    }
}
