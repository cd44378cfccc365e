//! Fuzz target: the jsonl reader (see common.rs).
#![no_main]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::run(b"{\"id\": \"f\", \"text\": \"", data));
