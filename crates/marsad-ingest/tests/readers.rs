//! Readers never panic, whatever the bytes, and report bad input with its origin.

use marsad_ingest::{from_reader, Options};
use proptest::prelude::*;

fn read_all(bytes: Vec<u8>) -> usize {
    let docs = from_reader(
        "fuzz".into(),
        "fuzz".into(),
        Box::new(std::io::Cursor::new(bytes)),
        Options::default(),
    );
    docs.take(1000).count()
}

fn htmlish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"article-body\">".to_string()),
        Just("</div>".to_string()),
        Just("<script>var a = '<div>';".to_string()),
        Just("</script>".to_string()),
        Just("<!-- c".to_string()),
        Just("-->".to_string()),
        Just("<meta property=\"article:published_time\" content=\"2020-1".to_string()),
        Just("&#x62".to_string()),
        Just("&amp;".to_string()),
        Just("<h1>".to_string()),
        Just("<nav class=\"menu\">".to_string()),
        "[\u{0621}-\u{064A} ]{0,30}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        read_all(bytes);
    }

    #[test]
    fn html_fragments(s in htmlish()) {
        read_all(format!("<html>{s}").into_bytes());
        let _ = marsad_ingest::html::extract(&s, Some("https://e.x/2020/1/2/a"));
    }

    #[test]
    fn feeds(s in htmlish()) {
        read_all(format!("<rss><item><title>{s}</title><description>{s}</description></item>").into_bytes());
        read_all(format!("<feed><entry><content>{s}").into_bytes());
    }

    #[test]
    fn warc_records(s in htmlish(), len in 0usize..500) {
        read_all(format!("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: {len}\r\n\r\nHTTP/1.1 200 OK\r\n\r\n{s}").into_bytes());
    }

    #[test]
    fn json_lines(s in "[{}\":,a-z0-9\\[\\]\u{0621}-\u{064A} \n]{0,200}") {
        read_all(format!("{{{s}").into_bytes());
    }
}

#[test]
fn a_gzip_bomb_is_capped() {
    use std::io::Write;
    // 80 MiB of zeros (a plain document over the 64 MiB cap) compressed to ~80 KiB
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let block = vec![b'a'; 1 << 20];
    for _ in 0..80 {
        enc.write_all(&block).unwrap();
    }
    let gz = enc.finish().unwrap();
    let docs: Vec<_> = from_reader(
        "bomb.gz".into(),
        "bomb".into(),
        Box::new(std::io::Cursor::new(gz)),
        Options::default(),
    )
    .collect();
    assert_eq!(docs.len(), 1);
    let e = docs[0].as_ref().unwrap_err().to_string();
    assert!(e.contains("bomb.gz") && e.contains("larger than"), "{e}");
}

#[test]
fn binary_files_are_refused() {
    let docs: Vec<_> = from_reader(
        "x.bin".into(),
        "x".into(),
        Box::new(std::io::Cursor::new(vec![0u8, 1, 2, 3, 0, 0, 7])),
        Options::default(),
    )
    .collect();
    assert!(docs[0].as_ref().unwrap_err().to_string().contains("binary"));
}
