//! `factdeck draft ARTICLE --out DECK`: proposes the facts of any German article and writes
//! them as a deck file, to read and edit before studying it.

use crate::draft::DraftOptions;
use crate::tr;
use std::path::Path;
use std::process::ExitCode;

/// `factdeck draft`: proposes the facts of an article and writes them as a deck file at
/// `out` (never over an existing file). Returns the lines to print: what was written, the
/// facts by kind, and how to check and study it.
pub fn draft(article: &Path, out: &Path, options: DraftOptions) -> Result<Vec<String>, String> {
    let text = crate::reading::read_article(article).map_err(|e| e.to_string())?;
    let options = DraftOptions {
        fallback_title: article
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned()),
        ..options
    };
    let draft = crate::draft::draft(&text, &options).map_err(|e| e.to_string())?;
    if draft.proposals.is_empty() {
        return Err(tr!(
            "cli-draft-nothing",
            path = article.display().to_string()
        ));
    }
    let deck = draft.deck_text(|_| true).map_err(|e| e.to_string())?;
    if out.exists() {
        return Err(tr!("cli-draft-exists", path = out.display().to_string()));
    }
    std::fs::write(out, &deck).map_err(|e| {
        tr!(
            "cli-cannot-write",
            path = out.display().to_string(),
            reason = crate::i18n::io_reason(&e)
        )
    })?;
    let kinds: Vec<String> = draft
        .counts()
        .iter()
        .map(|(kind, n)| format!("{n} {}", kind.name()))
        .collect();
    Ok(vec![
        tr!(
            "cli-draft-wrote",
            path = out.display().to_string(),
            count = draft.proposals.len(),
            article = article.display().to_string(),
            kinds = kinds.join(", ")
        ),
        tr!("cli-draft-read-each"),
        format!(
            "  factdeck check {} --article {}",
            out.display(),
            article.display()
        ),
        tr!("cli-draft-copy"),
    ])
}

/// `factdeck draft`: prints what was written and how to go on.
pub fn run(article: &Path, out: &Path, options: DraftOptions) -> Result<ExitCode, String> {
    for line in draft(article, out, options)? {
        say!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
