//! Running the built `furlough` binary from integration tests.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::thread;

/// Runs `furlough claim` with `input` on stdin (written from a thread, so a long input cannot
/// deadlock against a full stdout pipe).
pub fn run_furlough_claim(input: String) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_furlough"))
        .arg("claim")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the furlough binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}
