//! Writing a user's files safely.

use color_eyre::eyre::{Result, WrapErr, bail};
use std::io::Write;
use std::path::Path;

/// Writes beside the target and renames over it, so a reader never sees half
/// a file and a full disk leaves the old file whole. Never replaces a file
/// unless asked to.
pub fn write_atomically(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    if path.exists() && !force {
        bail!("{} exists; add --force to replace it", path.display());
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .wrap_err_with(|| format!("cannot write in {}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .wrap_err_with(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path).wrap_err_with(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
