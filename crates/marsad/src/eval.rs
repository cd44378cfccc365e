//! `marsad eval`: placeholder until the scorer port lands.

use anyhow::{bail, Result};
use clap::Args;
use std::path::PathBuf;

#[derive(Args)]
pub(crate) struct EvalArgs {
    /// Gold JSON file or folder (repeatable).
    #[arg(long, required = true)]
    pub gold: Vec<PathBuf>,
    /// Predictions (JSON Lines).
    #[arg(long)]
    pub pred: Option<PathBuf>,
}

pub(crate) fn run(_args: EvalArgs) -> Result<i32> {
    bail!("eval is not implemented yet")
}
