//! `factdeck draft ARTICLE --out DECK`: proposes the facts of any German article and writes
//! them as a deck file, to read and edit before studying it.

use crate::draft::DraftOptions;
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
        return Err(format!(
            "no fact could be drafted from {}",
            article.display()
        ));
    }
    let deck = draft.deck_text(|_| true).map_err(|e| e.to_string())?;
    if out.exists() {
        return Err(format!(
            "{} exists already; choose another file with --out",
            out.display()
        ));
    }
    std::fs::write(out, &deck).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let kinds: Vec<String> = draft
        .counts()
        .iter()
        .map(|(kind, n)| format!("{n} {}", kind.name()))
        .collect();
    Ok(vec![
        format!(
            "Wrote {}: {} facts proposed from {} ({}).",
            out.display(),
            draft.proposals.len(),
            article.display(),
            kinds.join(", ")
        ),
        "Read each question and answer and delete or edit what you would not learn; then:"
            .to_string(),
        format!(
            "  factdeck check {} --article {}",
            out.display(),
            article.display()
        ),
        "and copy the file into the decks folder of your data folder to study it.".to_string(),
    ])
}

/// `factdeck draft`: prints what was written and how to go on.
pub fn run(article: &Path, out: &Path, options: DraftOptions) -> Result<ExitCode, String> {
    for line in draft(article, out, options)? {
        say!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
