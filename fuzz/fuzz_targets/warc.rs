//! Fuzz target: the warc reader (see common.rs).
#![no_main]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::run(b"WARC/1.0\r\nWARC-Type: response\r\n", data));
