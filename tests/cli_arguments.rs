//! The command line refuses what it cannot read, with exit 2 and a message,
//! whatever the bytes: an argument that is not UTF-8 never panics.

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_refused_with_exit_2_in_every_subcommand() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let bad = OsStr::from_bytes(b"#/venture?min=\xff");
    for first in [
        None,
        Some("seek"),
        Some("grid"),
        Some("explain"),
        Some("fusion"),
    ] {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_dealmodel"));
        command.args(first).arg(bad);
        let output = command.output().expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{first:?}: {stderr}");
        assert!(stderr.contains("is not UTF-8 text"), "{first:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{first:?}: {stderr}");
    }
}

#[test]
fn messages_stay_one_line_each_starting_with_a_parameter() {
    for link in [
        "#/venture?min=1\n2",
        "#/ven\rture?min=1",
        "#/msa?stop=2003-11-20\n",
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_dealmodel"))
            .arg(link)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{link:?}");
        for line in stderr.lines() {
            let name = line.split(':').next().unwrap_or("");
            assert!(
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase()),
                "{link:?}: a line that does not start with a parameter: {line:?}"
            );
        }
        assert!(stderr.contains("\\n") || stderr.contains("\\r"), "{stderr}");
    }
}

#[test]
fn trailing_zeros_do_not_count_and_messages_read_well() {
    let run = |link: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_dealmodel"))
            .arg(link)
            .output()
            .expect("runs");
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (code, out, err) = run("#/venture?share=25.0000000000000000000000000000");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("\"scenario\": \"#/venture?v=1\""), "{out}");
    let (_, _, err) = run("#/venture?cost=abc:0:pk:equip:x");
    assert!(err.contains("has an amount that"), "{err}");
    let (_, out, _) = run("#/venture?=1");
    assert!(out.contains("an empty parameter name: ignored"), "{out}");
}

#[test]
fn every_command_prints_its_usage_for_h_and_help_with_exit_0() {
    for first in [
        None,
        Some("seek"),
        Some("grid"),
        Some("explain"),
        Some("fusion"),
        Some("risk"),
    ] {
        for help in ["-h", "--help"] {
            // After a link too: the usage wins over what the command would do.
            for link in [None, Some("#/venture?v=1")] {
                let output = std::process::Command::new(env!("CARGO_BIN_EXE_dealmodel"))
                    .args(first)
                    .args(link)
                    .arg(help)
                    .output()
                    .expect("runs");
                let stdout = String::from_utf8_lossy(&output.stdout);
                let args = (first, link, help);
                assert_eq!(output.status.code(), Some(0), "{args:?}");
                assert!(
                    stdout.starts_with("usage: dealmodel "),
                    "{args:?}: {stdout}"
                );
                assert!(stdout.contains("dealmodel risk LINK"), "{args:?}: {stdout}");
                assert!(output.stderr.is_empty(), "{args:?}");
            }
        }
    }
}

#[test]
fn format_is_read_alike_by_every_command_that_takes_it() {
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_dealmodel"))
            .args(args)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        (
            output.status.code(),
            stderr.lines().next().unwrap_or("").to_string(),
        )
    };
    let links = ["#/venture?v=1", "#/msa?v=1", "#/note?v=1"];
    for (command, allowed) in [
        (vec![], "json or csv"),
        (vec!["fusion"], "json or csv"),
        (vec!["explain"], "text or json"),
    ] {
        let given: &[&str] = match command.first() {
            Some(&"fusion") => &links,
            Some(_) => &["#/venture?v=1", "results.loan"],
            None => &links[..1],
        };
        let mut bad = command.clone();
        bad.extend(given);
        bad.extend(["--format", "xml"]);
        assert_eq!(
            run(&bad),
            (
                Some(2),
                format!("--format: \"xml\" is not a format; allowed: {allowed}.")
            ),
            "{bad:?}"
        );
        bad.pop();
        assert_eq!(
            run(&bad),
            (
                Some(2),
                format!("--format: has no value; allowed: {allowed}.")
            ),
            "{bad:?}"
        );
    }
    // An option is echoed as it was typed, its value after `=` included; an
    // option before the link is not taken for the link.
    assert_eq!(
        run(&["--what=x\ny", "#/venture?v=1"]),
        (Some(2), "unexpected argument: \"--what=x\\ny\"".to_string())
    );
    assert_eq!(
        run(&["risk", "--bogus"]),
        (Some(2), "unexpected argument: --bogus".to_string())
    );
    assert_eq!(
        run(&["seek", "#/venture?v=1", "--largest=yes"]),
        (Some(2), "unexpected argument: --largest=yes".to_string())
    );
}
