//! The one data-file format: UTF-8 TSV, `#` comments, blank lines ignored,
//! a fixed number of columns (trailing empty columns may be omitted).

use crate::error::{At, Result};

/// A data row: its position and its columns.
pub struct Row<'a> {
    /// Where it is.
    pub at: At<'a>,
    cols: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Column `i`, trimmed; `""` when absent.
    pub fn get(&self, i: usize) -> &'a str {
        self.cols.get(i).map_or("", |c| c.trim())
    }
    /// Column `i`, required non-empty.
    pub fn req(&self, i: usize, name: &str) -> Result<&'a str> {
        let v = self.get(i);
        if v.is_empty() {
            return Err(self.at.err(format!("column {} ({name}) is empty", i + 1)));
        }
        Ok(v)
    }
    /// Column `i` as an optional value: `""` and `-` are `None`.
    pub fn opt(&self, i: usize) -> Option<&'a str> {
        match self.get(i) {
            "" | "-" => None,
            v => Some(v),
        }
    }
    /// Column `i` parsed as a number.
    pub fn num<T: std::str::FromStr>(&self, i: usize, name: &str) -> Result<T> {
        let v = self.req(i, name)?;
        v.parse()
            .map_err(|_| self.at.err(format!("column {} ({name}): {v:?} is not a number", i + 1)))
    }
    /// Column `i` split at `|`, empty parts dropped.
    pub fn list(&self, i: usize) -> impl Iterator<Item = &'a str> {
        self.get(i)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty() && *s != "-")
    }
}

/// Parses `content` of `file`, requiring at least `min_cols` columns per row.
pub fn rows<'a>(file: &'a str, content: &'a str, min_cols: usize) -> Result<Vec<Row<'a>>> {
    let mut out = Vec::new();
    for (i, line) in content.lines().enumerate() {
        let at = At { file, line: i + 1 };
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        // an optional header row of column names ("name_en<TAB>names_ar...")
        let header = out.is_empty()
            && cols.len() > 1
            && cols.iter().all(|c| {
                !c.is_empty()
                    && c.trim()
                        .chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
            });
        if header {
            continue;
        }
        if cols.len() < min_cols {
            return Err(at.err(format!(
                "expected at least {min_cols} tab-separated columns, found {}",
                cols.len()
            )));
        }
        out.push(Row { at, cols });
    }
    Ok(out)
}
