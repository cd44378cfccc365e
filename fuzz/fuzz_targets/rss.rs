//! Fuzz target: the rss reader (see common.rs).
#![no_main]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::run(b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>", data));
