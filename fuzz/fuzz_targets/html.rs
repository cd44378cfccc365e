//! Fuzz target: the html reader (see common.rs).
#![no_main]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::run(b"<!DOCTYPE html><html><head><meta charset=utf-8></head><body>", data));
