//! Finding each fact's cue in the learner's copy of the article, tolerating line breaks
//! and runs of whitespace inside a cue (their file may be wrapped differently from the
//! text the deck was written against).

use crate::deck::Deck;
use std::ops::Range;

/// Where one fact stands in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// Every place its cue stands, as byte ranges of the text, in order.
    Found(Vec<Range<usize>>),
    /// The fact has a cue (or should have one) but it is not in this text.
    NotFound,
    /// Background the article does not state (`context = true`): nothing to find.
    Background,
}

/// A stretch of the text covered by the cues of one or more facts. Stretches never overlap;
/// where cues overlap, the text is cut at every cue's edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub range: Range<usize>,
    /// Indexes into `deck.facts` of every fact whose cue covers this stretch; the first is
    /// the one a click opens (the one with the shortest cue, the most specific).
    pub facts: Vec<usize>,
}

/// Every fact of a deck placed in one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMap {
    /// One placement per fact, in the order of `deck.facts`.
    pub placements: Vec<Placement>,
    /// The highlighted stretches, in the order of the text.
    pub highlights: Vec<Highlight>,
}

impl ArticleMap {
    /// Places every fact of `deck` in `text`.
    pub fn build(deck: &Deck, text: &str) -> ArticleMap {
        let searchable = Searchable::new(text);
        let placements: Vec<Placement> = deck
            .facts
            .iter()
            .map(|fact| match &fact.cue {
                _ if fact.context => Placement::Background,
                cue => searchable.place(cue.as_deref()),
            })
            .collect();
        let highlights = highlights(&placements);
        ArticleMap {
            placements,
            highlights,
        }
    }

    /// Places cues in `text`, one placement per cue in their order: the proposals of a
    /// draft, which are no deck yet.
    pub fn from_cues<'c>(cues: impl IntoIterator<Item = &'c str>, text: &str) -> ArticleMap {
        let searchable = Searchable::new(text);
        let placements: Vec<Placement> = cues
            .into_iter()
            .map(|cue| searchable.place(Some(cue)))
            .collect();
        let highlights = highlights(&placements);
        ArticleMap {
            placements,
            highlights,
        }
    }

    /// The facts whose cue is not in the text, in deck order.
    pub fn not_found(&self) -> impl Iterator<Item = usize> + '_ {
        self.indexes_where(|p| *p == Placement::NotFound)
    }

    /// The facts that are background, not in the article, in deck order.
    pub fn background(&self) -> impl Iterator<Item = usize> + '_ {
        self.indexes_where(|p| *p == Placement::Background)
    }

    /// How many facts were found at least once.
    pub fn found_count(&self) -> usize {
        self.indexes_where(|p| matches!(p, Placement::Found(_)))
            .count()
    }

    /// Where a fact first stands in the text, if it was found.
    pub fn first_position(&self, fact_index: usize) -> Option<usize> {
        match self.placements.get(fact_index)? {
            Placement::Found(ranges) => ranges.first().map(|r| r.start),
            _ => None,
        }
    }

    /// The highlight covering byte `offset` of the text, if any.
    pub fn highlight_at(&self, offset: usize) -> Option<&Highlight> {
        let index = self.highlights.partition_point(|h| h.range.end <= offset);
        self.highlights
            .get(index)
            .filter(|h| h.range.contains(&offset))
    }

    fn indexes_where(
        &self,
        keep: impl Fn(&Placement) -> bool + 'static,
    ) -> impl Iterator<Item = usize> + '_ {
        self.placements
            .iter()
            .enumerate()
            .filter(move |(_, p)| keep(p))
            .map(|(i, _)| i)
    }
}

/// The text with every run of whitespace folded to one space, and where each byte of it
/// came from, so a cue can be searched once and its match mapped back.
struct Searchable {
    folded: String,
    /// For each byte of `folded`, its byte offset in the original text.
    origin: Vec<usize>,
}

impl Searchable {
    fn new(text: &str) -> Searchable {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut in_space = false;
        for (at, c) in text.char_indices() {
            if c.is_whitespace() {
                if !in_space {
                    folded.push(' ');
                    origin.push(at);
                }
                in_space = true;
            } else {
                in_space = false;
                folded.push(c);
                origin.extend(at..at + c.len_utf8());
            }
        }
        Searchable { folded, origin }
    }

    /// Where a cue stands, if anywhere.
    fn place(&self, cue: Option<&str>) -> Placement {
        let ranges = cue.map(|cue| self.find_all(cue)).unwrap_or_default();
        if ranges.is_empty() {
            Placement::NotFound
        } else {
            Placement::Found(ranges)
        }
    }

    /// Every place `cue` stands, its whitespace matching any run of whitespace.
    fn find_all(&self, cue: &str) -> Vec<Range<usize>> {
        let cue = cue.split_whitespace().collect::<Vec<_>>().join(" ");
        if cue.is_empty() {
            return Vec::new();
        }
        self.folded
            .match_indices(&cue)
            .map(|(at, matched)| {
                // A cue neither starts nor ends with whitespace, so its last byte maps to the
                // last byte of the match in the original text.
                let last = at + matched.len() - 1;
                self.origin[at]..self.origin[last] + 1
            })
            .collect()
    }
}

/// Cuts the found ranges into stretches that do not overlap, each with the facts covering it.
fn highlights(placements: &[Placement]) -> Vec<Highlight> {
    let mut ranges: Vec<(Range<usize>, usize)> = Vec::new();
    for (fact, placement) in placements.iter().enumerate() {
        if let Placement::Found(found) = placement {
            ranges.extend(found.iter().map(|r| (r.clone(), fact)));
        }
    }
    ranges.sort_by_key(|(r, _)| r.start);
    let mut edges: Vec<usize> = ranges.iter().flat_map(|(r, _)| [r.start, r.end]).collect();
    edges.sort_unstable();
    edges.dedup();
    // A sweep over the edges: `active` holds the ranges that have begun and not yet ended.
    let mut active: Vec<&(Range<usize>, usize)> = Vec::new();
    let mut next = 0;
    let mut highlights: Vec<Highlight> = Vec::new();
    for pair in edges.windows(2) {
        let piece = pair[0]..pair[1];
        while let Some(range) = ranges.get(next).filter(|(r, _)| r.start <= piece.start) {
            active.push(range);
            next += 1;
        }
        active.retain(|(r, _)| r.end > piece.start);
        if active.is_empty() {
            continue;
        }
        let mut covering: Vec<(usize, usize)> =
            active.iter().map(|(r, fact)| (r.len(), *fact)).collect();
        covering.sort_unstable();
        let mut facts: Vec<usize> = covering.into_iter().map(|(_, fact)| fact).collect();
        facts.dedup();
        match highlights.last_mut() {
            // Neighbouring pieces covered by the same facts are one highlight.
            Some(last) if last.range.end == piece.start && last.facts == facts => {
                last.range.end = piece.end;
            }
            _ => highlights.push(Highlight {
                range: piece,
                facts,
            }),
        }
    }
    highlights
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::load_str;

    fn deck(facts: &[(&str, Option<&str>, bool)]) -> Deck {
        let mut toml = String::from(
            "[deck]\nid = \"d\"\ntitle = \"D\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n",
        );
        for (id, cue, context) in facts {
            toml.push_str(&format!(
                "\n[[facts]]\nid = \"{id}\"\nkind = \"reason\"\ntopic = \"t\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n"
            ));
            if let Some(cue) = cue {
                toml.push_str(&format!("cue = \"{cue}\"\n"));
            }
            if *context {
                toml.push_str("context = true\n");
            }
        }
        load_str("d.toml", &toml).expect("the test deck loads")
    }

    #[test]
    fn a_cue_is_found_at_its_byte_range() {
        let text = "Der Zug kommt in Wladiwostok an.";
        let map = ArticleMap::build(&deck(&[("ort", Some("in Wladiwostok"), false)]), text);
        let Placement::Found(ranges) = &map.placements[0] else {
            panic!("not found: {:?}", map.placements[0]);
        };
        assert_eq!(ranges.len(), 1);
        assert_eq!(&text[ranges[0].clone()], "in Wladiwostok");
    }

    #[test]
    fn a_cue_across_a_line_break_is_found() {
        let text = "Nordkorea darf weder Kohle\nnoch  Mineralien\r\n ausführen.";
        let map = ArticleMap::build(
            &deck(&[("verbot", Some("weder Kohle noch Mineralien"), false)]),
            text,
        );
        let Placement::Found(ranges) = &map.placements[0] else {
            panic!("not found: {:?}", map.placements[0]);
        };
        assert_eq!(&text[ranges[0].clone()], "weder Kohle\nnoch  Mineralien");
    }

    #[test]
    fn umlauts_before_a_cue_keep_its_range_right() {
        let text = "Größere Ängste: über 120.000 Leiharbeiter.";
        let map = ArticleMap::build(
            &deck(&[("zahl", Some("über 120.000 Leiharbeiter"), false)]),
            text,
        );
        let Placement::Found(ranges) = &map.placements[0] else {
            panic!("not found");
        };
        assert_eq!(&text[ranges[0].clone()], "über 120.000 Leiharbeiter");
    }

    #[test]
    fn a_cue_absent_from_the_text_is_reported_not_found() {
        let map = ArticleMap::build(
            &deck(&[
                ("da", Some("Chassan"), false),
                ("fehlt", Some("in Hanoi im Februar"), false),
            ]),
            "Kim reist über Chassan nach Russland.",
        );
        assert_eq!(map.placements[1], Placement::NotFound);
        assert_eq!(map.not_found().collect::<Vec<_>>(), [1]);
        assert_eq!(map.found_count(), 1);
    }

    #[test]
    fn a_cue_that_differs_in_case_is_not_found() {
        let map = ArticleMap::build(
            &deck(&[("ort", Some("in Wladiwostok"), false)]),
            "IN WLADIWOSTOK",
        );
        assert_eq!(map.placements[0], Placement::NotFound);
    }

    #[test]
    fn background_facts_are_listed_apart_and_never_as_missing() {
        let map = ArticleMap::build(
            &deck(&[("datum", None, true), ("ohne-cue", None, false)]),
            "Irgendein Text.",
        );
        assert_eq!(map.background().collect::<Vec<_>>(), [0]);
        assert_eq!(map.not_found().collect::<Vec<_>>(), [1]);
    }

    #[test]
    fn cues_without_a_deck_are_placed_in_their_order() {
        let text = "Putin trifft Kim in Wladiwostok.";
        let map = ArticleMap::from_cues(["in Wladiwostok", "Hanoi", "Putin trifft"], text);
        let Placement::Found(ranges) = &map.placements[0] else {
            panic!("not found: {:?}", map.placements[0]);
        };
        assert_eq!(&text[ranges[0].clone()], "in Wladiwostok");
        assert_eq!(map.placements[1], Placement::NotFound);
        assert_eq!(map.highlights[0].facts, [2]);
    }

    #[test]
    fn a_cue_standing_twice_is_found_twice() {
        let text = "Putin trifft Kim. Später trifft Kim wieder Putin.";
        let map = ArticleMap::build(&deck(&[("kim", Some("Kim"), false)]), text);
        assert_eq!(map.placements[0], Placement::Found(vec![13..16, 33..36]));
        assert_eq!(map.highlights.len(), 2);
    }

    #[test]
    fn overlapping_cues_are_cut_into_stretches_that_open_the_most_specific_fact() {
        let text = "Sie treffen sich am Donnerstag in Wladiwostok.";
        let map = ArticleMap::build(
            &deck(&[
                ("ort", Some("in Wladiwostok"), false),
                ("tag", Some("am Donnerstag in Wladiwostok"), false),
            ]),
            text,
        );
        let pieces: Vec<(&str, Vec<usize>)> = map
            .highlights
            .iter()
            .map(|h| (&text[h.range.clone()], h.facts.clone()))
            .collect();
        assert_eq!(
            pieces,
            [("am Donnerstag ", vec![1]), ("in Wladiwostok", vec![0, 1]),]
        );
        let at = text.find("Wladiwostok").expect("in the text");
        assert_eq!(map.highlight_at(at).map(|h| h.facts[0]), Some(0));
        assert_eq!(map.highlight_at(0), None);
    }

    #[test]
    fn two_facts_with_the_same_cue_share_one_highlight() {
        let text = "Der Gipfel in Hanoi im Februar scheiterte.";
        let map = ArticleMap::build(
            &deck(&[
                ("ort", Some("in Hanoi im Februar"), false),
                ("monat", Some("in Hanoi im Februar"), false),
            ]),
            text,
        );
        assert_eq!(map.highlights.len(), 1);
        assert_eq!(map.highlights[0].facts, [0, 1]);
    }

    #[test]
    fn the_shipped_deck_finds_every_cue_in_the_article() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/seeds/000_5615875bba8a24d2.txt");
        let Ok(article) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} is not here", path.display());
            return;
        };
        let deck = load_str("deck.toml", crate::deck::BUILTIN_DECKS[0].1).expect("built-in");
        let map = ArticleMap::build(&deck, &article);
        let missing: Vec<&str> = map.not_found().map(|i| deck.facts[i].id.as_str()).collect();
        assert!(missing.is_empty(), "not found: {missing:?}");
        // Rewrapped to 40 columns, the learner's copy still shows every cue.
        let rewrapped = rewrap(&article, 40);
        let map = ArticleMap::build(&deck, &rewrapped);
        assert_eq!(map.not_found().count(), 0);
    }

    fn rewrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut line = 0;
        for word in text.split(' ') {
            if line + word.len() > width {
                out.push('\n');
                line = 0;
            } else if line > 0 {
                out.push(' ');
            }
            out.push_str(word);
            line += word.len() + 1;
        }
        out
    }
}
