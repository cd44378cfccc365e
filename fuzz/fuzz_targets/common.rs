//! What every fuzz target does: arbitrary bytes after a format's preamble, through content
//! detection and the reader; every document and error is consumed. Nothing may panic.

pub fn run(preamble: &[u8], data: &[u8]) {
    let mut input = preamble.to_vec();
    input.extend_from_slice(data);
    let reader = Box::new(std::io::Cursor::new(input));
    let opts = marsad_ingest::Options::default();
    for doc in marsad_ingest::from_reader("fuzz".into(), "fuzz".into(), reader, opts) {
        let _ = doc.map(|d| d.text.len());
    }
}
