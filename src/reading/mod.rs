//! Reading along: the learner's own copy of the article with every fact's cue found in it,
//! and the article's outline by section with how well each fact is known. Nothing here
//! draws; the reading screen shows what this computes.

mod article;
mod cues;
mod outline;

pub use article::{ArticleError, MAX_ARTICLE_BYTES, read_article};
pub use cues::{ArticleMap, Highlight, Placement};
pub use outline::{Outline, OutlineFact, OutlineSection, fact_words};
