//! Reading a deck's facts in pieces, one thread each (one piece, on the caller's thread, for
//! a deck under a megabyte). Parsing the TOML is most of the time a deck takes to load, and
//! runs of whole `[[facts]]` tables are independent documents, each read straight from the
//! parser's events when its facts are plain.

use super::fact_events::read_fact_tables;
use super::{
    DeckError, FactOutcome, KnownIds, LineIndex, Problems, check_fact, check_fact_fields,
    check_head, deck_from, fact_outcome, fact_tables, finish, read_root,
};
use crate::deck::{Card, Deck, Fact, cards};
use memchr::memmem;
use std::hash::BuildHasher;
use std::ops::Range;
use toml::de::DeTable;

/// Decks at least this large are read in pieces on several threads; below it, starting
/// threads would cost more than they save, and the facts are one piece.
pub(super) const PIECES_FROM_BYTES: usize = 1 << 20;

/// At most this many pieces, whatever the number of processors.
const MAX_PIECES: usize = 8;

/// The runs a thread's piece is read in: small enough that the parser's tokens for one
/// stay in the processor's cache.
const RUN_BYTES: usize = 256 << 10;

/// A deck read in pieces on as many threads as there are processors (one below
/// `PIECES_FROM_BYTES`); see `read_in_pieces`.
pub(super) fn parse_in_pieces(
    file: &str,
    text: &str,
    lines: &LineIndex<'_>,
) -> Option<Result<Deck, Vec<DeckError>>> {
    let threads = if text.len() < PIECES_FROM_BYTES {
        1
    } else {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(MAX_PIECES)
    };
    read_in_pieces(file, text, lines, threads)
}

/// A deck read in pieces, one thread each (up to `threads`): the part before the first
/// `[[facts]]` header, then runs of whole `[[facts]]` tables.
///
/// `None` whenever the pieces might not mean what the whole text means, or any piece has
/// a problem the pieces cannot word exactly as the whole would (a syntax error, a table
/// other than `[[facts]]` after the first fact, a problem before the first fact): the
/// caller then reads the whole text, so messages never depend on how the text was read.
/// Problems inside facts are worded per fact and come out the same either way.
fn read_in_pieces(
    file: &str,
    text: &str,
    lines: &LineIndex<'_>,
    threads: usize,
) -> Option<Result<Deck, Vec<DeckError>>> {
    // A header line inside a multi-line string would be text, not a header.
    if memmem::find(text.as_bytes(), b"\"\"\"").is_some()
        || memmem::find(text.as_bytes(), b"'''").is_some()
    {
        return None;
    }
    let head_end = facts_header_at_or_after(text, 0)?;
    let mut problems = Problems::new(file, text, lines, 0);
    let root = DeTable::parse(&text[..head_end]).ok()?;
    if root
        .get_ref()
        .iter()
        .any(|(key, _)| key.get_ref() == "facts")
    {
        return None;
    }
    let root_span = root.span();
    let (raw_head, _) = read_root(root.into_inner(), &mut problems);
    if !problems.found.is_empty() {
        return None;
    }
    let head = check_head(raw_head, root_span, text, &mut problems)?;
    let known = head.known_ids();
    let pieces = fact_pieces(text, head_end..text.len(), threads);
    let reads: Vec<Option<PieceRead>> = std::thread::scope(|scope| {
        let known = &known;
        let others: Vec<_> = pieces[1..]
            .iter()
            .map(|piece| scope.spawn(move || read_piece(file, text, lines, piece, known)))
            .collect();
        let first = read_piece(file, text, lines, &pieces[0], known);
        std::iter::once(first)
            .chain(others.into_iter().map(|t| t.join().ok().flatten()))
            .collect()
    });
    let reads = reads.into_iter().collect::<Option<Vec<_>>>()?;
    if problems.found.is_empty() && reads.iter().all(Result::is_ok) && !may_repeat_an_id(&reads) {
        let (facts, cards) = join_sound_pieces(reads.into_iter().flatten().collect());
        return Some(Ok(deck_from(file, head, facts, cards)));
    }
    let outcomes = reads.into_iter().map(outcomes_of).collect();
    Some(finish(file, head, outcomes, problems))
}

/// A piece whose facts are all sound: the facts, their cards (numbered from the piece's
/// first fact) and a hash of each fact's id, to look for ids repeated across pieces cheaply.
struct SoundPiece {
    facts: Vec<Fact>,
    cards: Vec<Card>,
    id_hashes: Vec<u64>,
}

/// One thread's piece, read and checked: sound, or, if some fact has a problem, every
/// fact's outcome for `finish` to word.
type PieceRead = Result<SoundPiece, Vec<FactOutcome>>;

/// Every fact's outcome in a piece, sound or not, for `finish`.
fn outcomes_of(read: PieceRead) -> Vec<FactOutcome> {
    read.map_or_else(
        |outcomes| outcomes,
        |piece| {
            piece
                .facts
                .into_iter()
                .map(|fact| (Some(fact), Vec::new()))
                .collect()
        },
    )
}

/// Whether two facts may share an id: their ids' hashes are equal. `finish` then compares
/// the ids themselves, and words any repeat.
fn may_repeat_an_id(reads: &[PieceRead]) -> bool {
    let mut hashes: Vec<u64> = reads
        .iter()
        .flatten()
        .flat_map(|piece| piece.id_hashes.iter().copied())
        .collect();
    hashes.sort_unstable();
    hashes.windows(2).any(|pair| pair[0] == pair[1])
}

/// The facts and cards of all pieces, in file order, each card naming its fact's position
/// in the whole deck.
fn join_sound_pieces(pieces: Vec<SoundPiece>) -> (Vec<Fact>, Vec<Card>) {
    let fact_count: usize = pieces.iter().map(|p| p.facts.len()).sum();
    let card_count: usize = pieces.iter().map(|p| p.cards.len()).sum();
    let mut pieces = pieces.into_iter();
    // The first piece's vectors grow to hold the rest: the system extends large blocks
    // of memory in place, so only the later pieces' facts are copied.
    let Some(first) = pieces.next() else {
        return (Vec::new(), Vec::new());
    };
    let (mut facts, mut cards) = (first.facts, first.cards);
    facts.reserve_exact(fact_count - facts.len());
    cards.reserve_exact(card_count - cards.len());
    for mut piece in pieces {
        let first_fact = facts.len();
        for card in &mut piece.cards {
            card.fact_index += first_fact;
        }
        facts.append(&mut piece.facts);
        cards.append(&mut piece.cards);
    }
    (facts, cards)
}

/// Reads one thread's piece of `[[facts]]` tables; `None` if it is anything else or not
/// valid TOML. Runs of plain facts are read from the parser's events; a run with anything
/// unusual is read as a TOML document, which words its problems.
fn read_piece(
    file: &str,
    text: &str,
    lines: &LineIndex<'_>,
    piece: &Range<usize>,
    known: &KnownIds<'_>,
) -> Option<PieceRead> {
    let mut read = PieceReading::default();
    let mut problems = Problems::new(file, text, lines, piece.start);
    let mut tokens = Vec::new();
    let mut run_outcomes = Vec::new();
    for run in fact_pieces(text, piece.clone(), piece.len().div_ceil(RUN_BYTES)) {
        problems.base = run.start;
        run_outcomes.clear();
        let read_plainly = read_fact_tables(&text[run.clone()], &mut tokens, &mut |fields| {
            run_outcomes.push(fact_outcome(&mut problems, |problems| {
                check_fact_fields(fields, known, problems)
            }));
        });
        if !read_plainly {
            run_outcomes = read_fact_run(&text[run.clone()], &mut problems, known)?;
        }
        for outcome in run_outcomes.drain(..) {
            read.add(outcome);
        }
    }
    Some(read.finish())
}

/// A piece's facts as they are read: kept as facts while every one is sound, as outcomes
/// from the first problem on.
#[derive(Default)]
struct PieceReading {
    sound: Vec<Fact>,
    outcomes: Option<Vec<FactOutcome>>,
}

impl PieceReading {
    fn add(&mut self, outcome: FactOutcome) {
        match (&mut self.outcomes, outcome) {
            (Some(outcomes), outcome) => outcomes.push(outcome),
            (None, (Some(fact), errors)) if errors.is_empty() => self.sound.push(fact),
            (None, outcome) => {
                let mut outcomes: Vec<FactOutcome> = std::mem::take(&mut self.sound)
                    .into_iter()
                    .map(|fact| (Some(fact), Vec::new()))
                    .collect();
                outcomes.push(outcome);
                self.outcomes = Some(outcomes);
            }
        }
    }

    fn finish(self) -> PieceRead {
        if let Some(outcomes) = self.outcomes {
            return Err(outcomes);
        }
        // The same seed on every thread, so that equal ids hash alike.
        let hasher = foldhash::fast::FixedState::default();
        let id_hashes = self.sound.iter().map(|f| hasher.hash_one(&f.id)).collect();
        let cards = cards::cards_for(&self.sound);
        Ok(SoundPiece {
            facts: self.sound,
            cards,
            id_hashes,
        })
    }
}

/// Reads a run of `[[facts]]` tables as a TOML document; `None` if it is anything else or
/// not valid TOML. `problems` counts spans from the run's start.
pub(super) fn read_fact_run(
    run: &str,
    problems: &mut Problems<'_>,
    known: &KnownIds<'_>,
) -> Option<Vec<FactOutcome>> {
    let root = DeTable::parse(run).ok()?.into_inner();
    if root.len() != 1 {
        return None;
    }
    let (key, value) = root.into_iter().next()?;
    if key.get_ref() != "facts" {
        return None;
    }
    let before = problems.found.len();
    let tables = fact_tables(value, problems);
    if problems.found.len() > before {
        return None;
    }
    Some(
        tables
            .into_iter()
            .map(|(table, span)| {
                fact_outcome(problems, |problems| {
                    check_fact(table, span, known, problems)
                })
            })
            .collect(),
    )
}

/// The offset of the first line at or after `from` that begins with a `[[facts]]` header.
fn facts_header_at_or_after(text: &str, from: usize) -> Option<usize> {
    if from == 0 && text.starts_with("[[facts]]") {
        return Some(0);
    }
    // From the line break before `from`, so that a header right at `from` is found too.
    let from = from.saturating_sub(1).min(text.len());
    memmem::find(&text.as_bytes()[from..], b"\n[[facts]]").map(|i| from + i + 1)
}

/// The text in `within` cut into about `count` runs of whole `[[facts]]` tables, each
/// beginning at a header line (`within` itself begins at one).
fn fact_pieces(text: &str, within: Range<usize>, count: usize) -> Vec<Range<usize>> {
    let mut starts = vec![within.start];
    for k in 1..count {
        let aim = within.start + within.len() * k / count;
        match facts_header_at_or_after(text, aim.max(starts[starts.len() - 1] + 1)) {
            Some(start) if start < within.end => starts.push(start),
            _ => break,
        }
    }
    starts
        .iter()
        .zip(starts.iter().skip(1).chain(std::iter::once(&within.end)))
        .map(|(start, end)| *start..*end)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{parse_deck, parse_whole};
    use super::*;
    use std::fmt::Write as _;

    /// A deck of `facts` facts, over a megabyte from about 9,000; `fact` may change any.
    fn deck(facts: usize, fact: impl Fn(usize) -> Option<String>) -> String {
        let mut text = String::from("[deck]\nid = \"gross\"\ntitle = \"Groß\"\n\n");
        text.push_str("[[topics]]\nid = \"t\"\nname = \"Thema\"\n\n");
        for i in 0..facts {
            match fact(i) {
                Some(written) => text.push_str(&written),
                None => {
                    let _ = write!(
                        text,
                        "[[facts]]\nid = \"f{i}\"\ntopic = \"t\"\nkind = \"number\"\n\
                         question = \"Wie viele Dinge zählt Fall {i}?\"\nvalue = {i}\n\
                         unit = \"Dinge\"\n\n"
                    );
                }
            }
        }
        text
    }

    fn read_both(text: &str) -> (Result<Deck, Vec<DeckError>>, Result<Deck, Vec<DeckError>>) {
        assert!(text.len() >= PIECES_FROM_BYTES, "{} bytes", text.len());
        let lines = LineIndex::new(text);
        let pieces = read_in_pieces("gross.toml", text, &lines, 3).expect("read in pieces");
        (pieces, parse_whole("gross.toml", text, &lines))
    }

    #[test]
    fn a_large_deck_read_in_pieces_is_the_deck_read_whole() {
        let text = deck(10_000, |_| None);
        let (pieces, whole) = read_both(&text);
        let deck = pieces.unwrap();
        assert_eq!(deck.facts.len(), 10_000);
        assert_eq!(
            deck.facts[9_999].line,
            whole.as_ref().unwrap().facts[9_999].line
        );
        assert_eq!(Ok(deck), whole);
    }

    #[test]
    fn problems_in_a_large_deck_read_in_pieces_are_those_of_the_deck_read_whole() {
        let text = deck(10_000, |i| {
            match i {
            10 => Some("[[facts]]\nid = \"f10\"\ntopic = \"nirgends\"\nkind = \"reason\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n\n".to_string()),
            5_000 => Some("[[facts]]\nid = \"f5000\"\ntopic = \"t\"\nkind = \"number\"\nquestion = \"Wie viele?\"\nvalue = true\ncolour = \"rot\"\n\n".to_string()),
            9_990 => Some("[[facts]]\nid = \"f12\"\ntopic = \"t\"\nkind = \"reason\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n\n".to_string()),
            _ => None,
        }
        });
        let (pieces, whole) = read_both(&text);
        let problems = pieces.unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[3].to_string().contains("duplicate fact id `f12`"));
        assert_eq!(Err(problems), whole);
    }

    #[test]
    fn the_shipped_deck_read_as_one_piece_is_the_deck_read_whole() {
        let text = include_str!("../../../decks/kim-putin-2019.toml");
        let lines = LineIndex::new(text);
        let piece = read_in_pieces("kim.toml", text, &lines, 1).expect("one piece");
        assert_eq!(piece, parse_whole("kim.toml", text, &lines));
    }

    #[test]
    fn problems_in_a_small_deck_read_as_one_piece_are_those_of_the_deck_read_whole() {
        let text = deck(40, |i| {
            match i {
            3 => Some("[[facts]]\nid = \"f3\"\ntopic = \"t\"\nkind = \"number\"\nquestion = \"Wie viele?\"\nvalue = \"viele\"\n\n".to_string()),
            20 => Some("[[facts]]\nid = \"f3\"\ntopic = \"t\"\nkind = \"reason\"\nquestion = \"Warum?\"\n\n".to_string()),
            _ => None,
        }
        });
        let lines = LineIndex::new(&text);
        let piece = read_in_pieces("klein.toml", &text, &lines, 1).expect("one piece");
        let problems = piece.clone().unwrap_err();
        assert!(problems.len() >= 2, "{problems:?}");
        assert_eq!(piece, parse_whole("klein.toml", &text, &lines));
    }

    #[test]
    fn a_large_deck_with_a_table_after_its_facts_is_read_whole() {
        let mut text = deck(10_000, |_| None);
        text.push_str("[deck]\nid = \"noch-einmal\"\n");
        let lines = LineIndex::new(&text);
        assert!(read_in_pieces("gross.toml", &text, &lines, 3).is_none());
        let problems = parse_deck("gross.toml", &text).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn a_syntax_error_in_a_large_deck_is_worded_as_when_read_whole() {
        let text = deck(10_000, |i| {
            (i == 6_000).then(|| "[[facts]]\nid = \"f6000\ntopic = \"t\"\n\n".to_string())
        });
        let lines = LineIndex::new(&text);
        assert!(read_in_pieces("gross.toml", &text, &lines, 3).is_none());
        let problems = parse_deck("gross.toml", &text).unwrap_err();
        assert!(
            problems[0].to_string().contains("not closed"),
            "{problems:?}"
        );
    }
}
