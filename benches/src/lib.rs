//! Benchmarks live in `benches/` (divan); see `benches/README.md`.
