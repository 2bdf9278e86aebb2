//! Writing a draft as a deck file, and keeping only the proposals that pass what `factdeck
//! check` asks of a deck: it loads, every cue stands in the article, and the question lint
//! finds nothing.

use super::{Draft, DraftError, Proposal};
use crate::deck::{FactBody, FactDate, GERMAN_MONTHS, GERMAN_WEEKDAYS, load_str};
use std::collections::HashSet;
use std::fmt::Write as _;

/// How often the draft is checked again after proposals were left out (leaving one out
/// can only remove findings, so this is a bound, not a limit reached).
const CHECK_ROUNDS: usize = 4;

/// A date as a deck file writes it: `2013`, `2019-02`, `--02`, `2019-04-25`, `--04-25`,
/// `Donnerstag`.
pub fn date_in_deck_syntax(date: &FactDate) -> String {
    match *date {
        FactDate::Year(y) => format!("{y:04}"),
        FactDate::YearMonth(y, m) => format!("{y:04}-{m:02}"),
        FactDate::Month(m) => format!("--{m:02}"),
        FactDate::Day(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        FactDate::Weekday(d) => GERMAN_WEEKDAYS[(d as usize).min(6)].to_string(),
        FactDate::MonthDay(m, d) => format!("--{m:02}-{d:02}"),
    }
}

/// A date as a learner types it, in German („Februar 2019“, „25. April 2019“, „Februar“,
/// „2013“, „Donnerstag“) or as a deck writes it („2019-02“).
pub fn parse_date_text(text: &str) -> Option<FactDate> {
    let text = text.trim();
    if let Ok(date) = FactDate::parse(text) {
        return Some(date);
    }
    let month = |word: &str| {
        GERMAN_MONTHS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(word))
            .map(|m| m as u32 + 1)
    };
    let parts: Vec<&str> = text.split_whitespace().collect();
    let deck = match parts.as_slice() {
        [m] => format!("--{:02}", month(m)?),
        [m, y] => format!("{y}-{:02}", month(m)?),
        [d, m, y] => {
            let day: u32 = d.trim_end_matches('.').parse().ok()?;
            format!("{y}-{:02}-{day:02}", month(m)?)
        }
        _ => return None,
    };
    FactDate::parse(&deck).ok()
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// The deck file of the proposals `keep` accepts, and the line each fact starts on.
fn write(draft: &Draft, keep: &dyn Fn(usize) -> bool) -> (String, Vec<(usize, usize)>) {
    let kept: Vec<usize> = (0..draft.proposals.len()).filter(|&i| keep(i)).collect();
    let used: HashSet<usize> = kept.iter().map(|&i| draft.proposals[i].section).collect();
    let mut out = String::new();
    let line = |out: &String| out.matches('\n').count() + 1;
    let _ = writeln!(
        out,
        "# Drafted by factdeck from an article: every fact is a proposal to read, edit or drop.\n\
         # Every cue stands verbatim in the article; see docs/deck-format.md.\n"
    );
    let _ = writeln!(
        out,
        "[deck]\nid = {}\ntitle = {}",
        quoted(&draft.id),
        quoted(&draft.title)
    );
    let _ = writeln!(
        out,
        "description = {}\n",
        quoted(&format!("Entwurf aus dem Artikel „{}“.", draft.title))
    );
    for (index, section) in draft.sections.iter().enumerate() {
        if used.contains(&index) {
            let _ = writeln!(
                out,
                "[[topics]]\nid = {}\nname = {}\n",
                quoted(&section.id),
                quoted(&section.title)
            );
        }
    }
    for (index, section) in draft.sections.iter().enumerate() {
        if used.contains(&index) {
            let _ = writeln!(
                out,
                "[[sections]]\nid = {}\ntitle = {}\n",
                quoted(&section.id),
                quoted(&section.title)
            );
        }
    }
    let mut lines = Vec::new();
    for i in kept {
        let proposal = &draft.proposals[i];
        lines.push((line(&out), i));
        write_fact(&mut out, draft, proposal);
    }
    (out, lines)
}

fn write_fact(out: &mut String, draft: &Draft, proposal: &Proposal) {
    let section = &draft.sections[proposal.section].id;
    let _ = writeln!(out, "[[facts]]");
    let _ = writeln!(out, "id = {}", quoted(&proposal.id));
    let _ = writeln!(out, "kind = {}", quoted(proposal.kind().name()));
    let _ = writeln!(out, "topic = {}", quoted(section));
    let _ = writeln!(out, "section = {}", quoted(section));
    let _ = writeln!(out, "cue = {}", quoted(&proposal.cue));
    let mut key = |name: &str, value: &str| {
        let _ = writeln!(out, "{name} = {}", quoted(value));
    };
    match &proposal.body {
        FactBody::Number {
            question,
            value,
            qualifier,
            unit,
        } => {
            key("question", question);
            if let Some(q) = qualifier {
                key("qualifier", q);
            }
            if let Some(u) = unit {
                key("unit", u);
            }
            let _ = writeln!(out, "value = {}", number(*value));
        }
        FactBody::Date {
            question,
            date,
            event,
        } => {
            key("question", question);
            key("date", &date_in_deck_syntax(date));
            if let Some(e) = event {
                key("event", e);
            }
        }
        FactBody::List {
            question,
            name,
            items,
            ..
        } => {
            key("question", question);
            key("name", name);
            let items: Vec<String> = items.iter().map(|i| quoted(i)).collect();
            let _ = writeln!(out, "items = [{}]", items.join(", "));
        }
        FactBody::Person {
            name,
            role,
            ask_role,
            ask_name,
        } => {
            key("name", name);
            key("role", role);
            if let Some(a) = ask_role {
                key("ask_role", a);
            }
            if let Some(a) = ask_name {
                key("ask_name", a);
            }
        }
        FactBody::Place {
            name,
            event,
            ask_event,
            ask_place,
        } => {
            key("name", name);
            key("event", event);
            if let Some(a) = ask_event {
                key("ask_event", a);
            }
            if let Some(a) = ask_place {
                key("ask_place", a);
            }
        }
        FactBody::Statement { question, text, .. } => {
            key("question", question);
            key("text", text);
        }
        FactBody::Reason {
            question, answer, ..
        }
        | FactBody::Question { question, answer } => {
            key("question", question);
            key("answer", answer);
        }
    }
    out.push('\n');
}

/// The deck file of the accepted proposals, checked by the deck reader.
pub fn deck_text(draft: &Draft, keep: impl Fn(usize) -> bool) -> Result<String, DraftError> {
    if draft.title.trim().is_empty() {
        return Err(DraftError::NoTitle);
    }
    if !super::valid_id(&draft.id) {
        return Err(DraftError::BadDeckId(draft.id.clone()));
    }
    if !(0..draft.proposals.len()).any(&keep) {
        return Err(DraftError::NothingAccepted);
    }
    let (text, _) = write(draft, &keep);
    load_str("draft", &text).map_err(|errors| {
        DraftError::Invalid(
            errors
                .iter()
                .map(|e| {
                    crate::tr!(
                        "deck-line",
                        line = e.line.to_string(),
                        problem = e.problem.to_string()
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    Ok(text)
}

/// Leaves out every proposal the deck reader, the cue check or the question lint would
/// refuse, so that the draft passes `factdeck check` with `article`.
pub fn keep_what_passes(draft: &mut Draft, article: &str) {
    draft
        .proposals
        .retain(|p| !p.cue.is_empty() && article.contains(p.cue.as_str()));
    for _ in 0..CHECK_ROUNDS {
        if draft.proposals.is_empty() {
            return;
        }
        let (text, lines) = write(draft, &|_| true);
        let refused: HashSet<usize> = match load_str("draft", &text) {
            Err(errors) => errors
                .iter()
                .filter_map(|e| {
                    // The fact whose table holds the line.
                    lines
                        .iter()
                        .rev()
                        .find(|(start, _)| *start <= e.line)
                        .map(|(_, index)| *index)
                })
                .collect(),
            Ok(deck) => crate::quiz::lint(&deck)
                .iter()
                .filter_map(|finding| draft.proposals.iter().position(|p| p.id == finding.fact_id))
                .collect(),
        };
        if refused.is_empty() {
            return;
        }
        let mut index = 0;
        draft.proposals.retain(|_| {
            let keep = !refused.contains(&index);
            index += 1;
            keep
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_in_german_and_in_deck_syntax() {
        let read = |t: &str| parse_date_text(t).map(|d| date_in_deck_syntax(&d));
        assert_eq!(read("Februar 2019").as_deref(), Some("2019-02"));
        assert_eq!(read("25. April 2019").as_deref(), Some("2019-04-25"));
        assert_eq!(read("Februar").as_deref(), Some("--02"));
        assert_eq!(read("2013").as_deref(), Some("2013"));
        assert_eq!(read("donnerstag").as_deref(), Some("Donnerstag"));
        assert_eq!(read("2019-02").as_deref(), Some("2019-02"));
        assert_eq!(read("irgendwann"), None);
    }

    #[test]
    fn quotes_and_backslashes_are_escaped_in_toml_strings() {
        assert_eq!(
            quoted("Er sagte \"ja\" \\ nein"),
            "\"Er sagte \\\"ja\\\" \\\\ nein\""
        );
    }
}
