//! Fuzz target: arbitrary bytes after a rss preamble, through content detection and the
//! reader; every document and error is consumed. Nothing may panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>".to_vec();
    input.extend_from_slice(data);
    let reader = Box::new(std::io::Cursor::new(input));
    let opts = marsad_ingest::Options::default();
    for doc in marsad_ingest::from_reader("fuzz".into(), "fuzz".into(), reader, opts) {
        let _ = doc.map(|d| d.text.len());
    }
});
