//! Fuzz target: arbitrary bytes after a warc preamble, through content detection and the
//! reader; every document and error is consumed. Nothing may panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = b"WARC/1.0\r\nWARC-Type: response\r\n".to_vec();
    input.extend_from_slice(data);
    let reader = Box::new(std::io::Cursor::new(input));
    let opts = marsad_ingest::Options::default();
    for doc in marsad_ingest::from_reader("fuzz".into(), "fuzz".into(), reader, opts) {
        let _ = doc.map(|d| d.text.len());
    }
});
