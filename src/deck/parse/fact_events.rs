//! Reading runs of `[[facts]]` tables straight from the TOML parser's events, for large
//! decks. Building a general TOML document and deserializing it was most of the time a
//! 100,000-fact deck took to load; this reads the same text in about a third of it.
//!
//! It reads only the plain shape decks are written in: `[[facts]]` headers, keys a fact may
//! have, each written once, with text, a number, true or false, or a list of texts. On
//! anything else (a syntax error, a repeated or unknown key, a value of another type, an
//! inline table, a dotted key) it gives up, and the caller reads the text the general way,
//! which words every problem. So whatever this accepts must read exactly as the general way
//! reads it; the tests below compare the two on thousands of generated runs.

use super::fact_keys::{KEYS, NumberValue, RawFact};
use std::borrow::Cow;
use std::ops::Range;
use toml::Spanned;
use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::lexer::Token;
use toml_parser::parser::{EventReceiver, ValidateWhitespace};
use toml_parser::{ErrorSink, ParseError, Raw, Source, Span};

/// A `[[facts]]` table read into its values, with spans counted from the start of the
/// text read.
pub(super) struct FactFields<'k> {
    /// The table's `[[facts]]` header, where problems of the whole fact are shown.
    pub span: Range<usize>,
    /// The keys as written, in order.
    pub keys: &'k [(&'static str, Range<usize>)],
    pub kind: Option<Spanned<String>>,
    pub raw: RawFact,
}

/// Reads `text`, a run of whole `[[facts]]` tables, handing each table to `on_fact` as it
/// ends; `false` if the text is anything else, after which the tables handed over must be
/// set aside. `tokens` is the parser's buffer, kept by the caller from run to run.
pub(super) fn read_fact_tables(
    text: &str,
    tokens: &mut Vec<Token>,
    on_fact: &mut dyn FnMut(FactFields<'_>),
) -> bool {
    let source = Source::new(text);
    tokens.clear();
    tokens.extend(source.lex());
    let mut reader = FactTablesReader {
        source,
        on_fact,
        table: Table {
            span: None,
            keys: Vec::with_capacity(KEYS.len()),
            kind: None,
            raw: RawFact::default(),
        },
        header: None,
        key: None,
        list: None,
        failed: false,
    };
    let mut error: Option<ParseError> = None;
    {
        // The same checks of whitespace and comments as the general reader's. Its depth
        // limit is not needed: this reader refuses to go into anything nested in a list.
        let mut validated = ValidateWhitespace::new(&mut reader, source);
        toml_parser::parser::parse_document(tokens, &mut validated, &mut error);
    }
    if error.is_some() || reader.failed || reader.header.is_some() {
        return false;
    }
    reader.close_table();
    !reader.failed
}

/// A value as read, before it is matched to the type its key needs.
enum Value {
    Text(Spanned<String>),
    Integer(Spanned<i64>),
    Float(Spanned<f64>),
    Boolean(bool),
    List(Spanned<Vec<Spanned<String>>>),
}

/// The `[[facts]]` table being read; one is kept and emptied for each table.
struct Table {
    /// Its header, while a table is being read.
    span: Option<Range<usize>>,
    keys: Vec<(&'static str, Range<usize>)>,
    kind: Option<Spanned<String>>,
    raw: RawFact,
}

impl Table {
    /// Puts a value under its key, as serde would; `None` if it has another type than
    /// the key needs.
    fn set(&mut self, key: &str, value: Value) -> Option<()> {
        let raw = &mut self.raw;
        let text_key = match key {
            "kind" => &mut self.kind,
            "id" => &mut raw.id,
            "topic" => &mut raw.topic,
            "section" => &mut raw.section,
            "cue" => &mut raw.cue,
            "gloss" => &mut raw.gloss,
            "note" => &mut raw.note,
            "question" => &mut raw.question,
            "qualifier" => &mut raw.qualifier,
            "unit" => &mut raw.unit,
            "date" => &mut raw.date,
            "event" => &mut raw.event,
            "name" => &mut raw.name,
            "role" => &mut raw.role,
            "ask_role" => &mut raw.ask_role,
            "ask_name" => &mut raw.ask_name,
            "ask_event" => &mut raw.ask_event,
            "ask_place" => &mut raw.ask_place,
            "text" => &mut raw.text,
            "answer" => &mut raw.answer,
            "ask_item" => &mut raw.ask_item,
            "item_claim" => &mut raw.item_claim,
            "category" => &mut raw.category,
            "context" => {
                let Value::Boolean(b) = value else {
                    return None;
                };
                raw.context = b;
                return Some(());
            }
            "value" => {
                raw.value = Some(match value {
                    Value::Integer(i) => map_spanned(i, NumberValue::Integer),
                    Value::Float(f) => map_spanned(f, NumberValue::Float),
                    Value::Text(t) => map_spanned(t, NumberValue::Text),
                    Value::Boolean(_) | Value::List(_) => return None,
                });
                return Some(());
            }
            "items" | "false_variants" | "wrong_options" | "also_right" => {
                let Value::List(list) = value else {
                    return None;
                };
                let list_key = match key {
                    "items" => &mut raw.items,
                    "false_variants" => &mut raw.false_variants,
                    "wrong_options" => &mut raw.wrong_options,
                    _ => &mut raw.also_right,
                };
                *list_key = Some(list);
                return Some(());
            }
            _ => return None,
        };
        let Value::Text(text) = value else {
            return None;
        };
        *text_key = Some(text);
        Some(())
    }

    /// The table read, handed over; the table is left empty for the next.
    fn take(&mut self, span: Range<usize>) -> FactFields<'_> {
        FactFields {
            span,
            keys: &self.keys,
            kind: self.kind.take(),
            raw: std::mem::take(&mut self.raw),
        }
    }
}

/// A list being read: where its `[` is, and its texts so far.
struct List {
    start: usize,
    items: Vec<Spanned<String>>,
}

struct FactTablesReader<'t, 'f> {
    source: Source<'t>,
    on_fact: &'f mut dyn FnMut(FactFields<'_>),
    table: Table,
    /// Inside a `[[...]]` header: where it starts, and whether its key was `facts`.
    header: Option<(usize, bool)>,
    /// The key whose value comes next.
    key: Option<&'static str>,
    list: Option<List>,
    /// Set on anything this reader does not read; every later event is ignored.
    failed: bool,
}

impl<'t> FactTablesReader<'t, '_> {
    fn fail(&mut self) {
        self.failed = true;
    }

    /// The source text at `span`, as the decoder takes it.
    fn raw(&self, span: Span, encoding: Option<Encoding>) -> Option<Raw<'t>> {
        let text = self.source.input().get(range(span))?;
        Some(Raw::new_unchecked(text, encoding, span))
    }

    /// A quoted key's text; `None` if decoding found a problem.
    fn decoded_key(&self, span: Span, encoding: Option<Encoding>) -> Option<Cow<'t, str>> {
        let mut text = Cow::Borrowed("");
        let mut error: Option<ParseError> = None;
        self.raw(span, encoding)?.decode_key(&mut text, &mut error);
        error.is_none().then_some(text)
    }

    /// A value's text and what kind of value it is; `None` if decoding found a problem.
    fn decoded_scalar(
        &self,
        span: Span,
        encoding: Option<Encoding>,
    ) -> Option<(Cow<'t, str>, ScalarKind)> {
        let mut text = Cow::Borrowed("");
        let mut error: Option<ParseError> = None;
        let kind = self
            .raw(span, encoding)?
            .decode_scalar(&mut text, &mut error);
        error.is_none().then_some((text, kind))
    }

    /// Ends the table being read, if any, and hands it over.
    fn close_table(&mut self) {
        let Some(span) = self.table.span.take() else {
            return;
        };
        (self.on_fact)(self.table.take(span));
        self.table.keys.clear();
    }

    fn set_value(&mut self, value: Value) {
        let set = match self.key.take() {
            Some(key) => self.table.set(key, value),
            None => None,
        };
        if set.is_none() {
            self.fail();
        }
    }
}

fn range(span: Span) -> Range<usize> {
    span.start()..span.end()
}

impl EventReceiver for FactTablesReader<'_, '_> {
    fn std_table_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.fail();
    }

    fn array_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        if self.key.is_some() || self.list.is_some() || self.header.is_some() {
            return self.fail();
        }
        self.close_table();
        self.header = Some((span.start(), false));
    }

    fn array_table_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        match self.header.take() {
            Some((start, true)) => self.table.span = Some(start..span.end()),
            _ => self.fail(),
        }
    }

    fn inline_table_open(&mut self, _span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.fail();
        false
    }

    fn array_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        if self.failed || self.list.is_some() || self.key.is_none() {
            self.fail();
            return false;
        }
        self.list = Some(List {
            start: span.start(),
            items: Vec::new(),
        });
        true
    }

    fn array_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        let Some(list) = self.list.take() else {
            return self.fail();
        };
        self.set_value(Value::List(Spanned::new(
            list.start..span.end(),
            list.items,
        )));
    }

    fn simple_key(&mut self, span: Span, encoding: Option<Encoding>, _error: &mut dyn ErrorSink) {
        if self.failed {
            return;
        }
        // A bare key is its own text; if that is not a key this reader knows, it fails
        // either way, so only quoted keys need decoding.
        let name = match encoding {
            None => self.source.input().get(range(span)).map(Cow::Borrowed),
            Some(_) => self.decoded_key(span, encoding),
        };
        let Some(name) = name else {
            return self.fail();
        };
        if let Some((_, is_facts)) = self.header.as_mut() {
            if *is_facts || name != "facts" {
                return self.fail();
            }
            *is_facts = true;
            return;
        }
        let key = KEYS.iter().find(|k| **k == name);
        let table = &mut self.table;
        let (Some(&key), Some(_), None) = (key, &table.span, self.key) else {
            return self.fail();
        };
        if table.keys.iter().any(|(k, _)| *k == key) {
            return self.fail();
        }
        table.keys.push((key, range(span)));
        self.key = Some(key);
    }

    fn key_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.fail();
    }

    fn scalar(&mut self, span: Span, encoding: Option<Encoding>, _error: &mut dyn ErrorSink) {
        if self.failed {
            return;
        }
        let Some((text, kind)) = self.decoded_scalar(span, encoding) else {
            return self.fail();
        };
        let at = range(span);
        if let Some(list) = self.list.as_mut() {
            if !matches!(kind, ScalarKind::String) {
                return self.fail();
            }
            list.items.push(Spanned::new(at, text.into_owned()));
            return;
        }
        let value = match kind {
            ScalarKind::String => Value::Text(Spanned::new(at, text.into_owned())),
            ScalarKind::Boolean(b) => Value::Boolean(b),
            ScalarKind::Integer(radix) => match i64::from_str_radix(&text, radix.value()) {
                Ok(i) => Value::Integer(Spanned::new(at, i)),
                Err(_) => return self.fail(),
            },
            ScalarKind::Float => match text.parse::<f64>() {
                Ok(f) if f.is_finite() => Value::Float(Spanned::new(at, f)),
                _ => return self.fail(),
            },
            ScalarKind::DateTime => return self.fail(),
        };
        self.set_value(value);
    }

    fn error(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.fail();
    }
}

fn map_spanned<T, U>(value: Spanned<T>, f: impl FnOnce(T) -> U) -> Spanned<U> {
    let span = value.span();
    Spanned::new(span, f(value.into_inner()))
}

#[cfg(test)]
mod tests {
    use super::super::pieces::read_fact_run;
    use super::super::{
        FactOutcome, KnownIds, LineIndex, Problems, check_fact_fields, fact_outcome,
    };
    use super::*;
    use crate::deck::{Section, Topic};
    use proptest::prelude::*;

    /// What the event reader makes of a run, checked; `None` when it leaves the run to
    /// the general reader.
    fn read_by_events(text: &str, known: &KnownIds<'_>) -> Option<Vec<FactOutcome>> {
        let lines = LineIndex::new(text);
        let mut problems = Problems::new("d.toml", text, &lines, 0);
        let mut outcomes = Vec::new();
        let mut tokens = Vec::new();
        read_fact_tables(text, &mut tokens, &mut |fields| {
            outcomes.push(fact_outcome(&mut problems, |problems| {
                check_fact_fields(fields, known, problems)
            }));
        })
        .then_some(outcomes)
    }

    fn read_generally(text: &str, known: &KnownIds<'_>) -> Option<Vec<FactOutcome>> {
        let lines = LineIndex::new(text);
        let mut problems = Problems::new("d.toml", text, &lines, 0);
        read_fact_run(text, &mut problems, known)
    }

    fn with_known<T>(check: impl FnOnce(&KnownIds<'_>) -> T) -> T {
        let topic = |id: &str| Topic {
            id: id.to_string(),
            name: "Thema".to_string(),
        };
        let topics = [topic("t"), topic("u")];
        let sections = [Section {
            id: "s".to_string(),
            title: "Teil".to_string(),
        }];
        check(&KnownIds {
            topics: &topics,
            sections: &sections,
            topic_ids: ["t", "u"].into(),
            section_ids: ["s"].into(),
            topics_complete: true,
            sections_complete: true,
        })
    }

    const PLAIN: &str = "[[facts]]\nid = \"f1\"\ntopic = \"t\"\nkind = \"list\"\n\
        question = \"Was steht auf der Liste?\"\nname = \"Liste\"\n\
        items = [\"Kohle\", \"Eisen\",\n  # ein Kommentar\n  \"Blei\", ]\n\n\
        [[facts]] # die Zahl\nid = \"f2\"\ntopic = \"u\"\nsection = \"s\"\nkind = \"number\"\n\
        question = \"Wie viele?\"\nvalue = 1_000\nunit = \"Dinge\"\ncontext = true\n";

    #[test]
    fn plain_facts_are_read_from_the_events_as_the_general_reader_reads_them() {
        with_known(|known| {
            let by_events = read_by_events(PLAIN, known).expect("plain facts are read");
            assert_eq!(by_events.len(), 2);
            assert!(
                by_events
                    .iter()
                    .all(|(fact, errors)| fact.is_some() && errors.is_empty())
            );
            assert_eq!(Some(by_events), read_generally(PLAIN, known));
        });
    }

    #[test]
    fn problems_of_plain_facts_are_worded_as_the_general_reader_words_them() {
        let text = "[[facts]]\nid = \"F 1\"\ntopic = \"x\"\nkind = \"date\"\n\
            question = \" \"\ndate = \"31. Februar 2019\"\nunit = \"Tage\"\n\n\
            [[facts]]\nid = \"f2\"\ntopic = \"t\"\nkind = \"liste\"\n\n\
            [[facts]]\nid = \"f3\"\ntopic = \"t\"\n\n\
            [[facts]]\ntopic = \"t\"\nkind = \"reason\"\nquestion = \"Warum?\"\n";
        with_known(|known| {
            let by_events = read_by_events(text, known).expect("read from the events");
            assert!(by_events.iter().all(|(fact, _)| fact.is_none()));
            assert_eq!(Some(by_events), read_generally(text, known));
        });
    }

    #[test]
    fn every_key_a_fact_may_have_is_read_from_the_events() {
        for key in KEYS {
            let mut text = "[[facts]]\nid = \"f\"\ntopic = \"t\"\nkind = \"reason\"\n".to_string();
            let value = match key {
                "id" | "topic" | "kind" => continue,
                "context" => "true",
                "value" => "3",
                "items" | "false_variants" | "wrong_options" | "also_right" => "[\"a\"]",
                _ => "\"Text\"",
            };
            text.push_str(&format!("{key} = {value}\n"));
            with_known(|known| assert!(read_by_events(&text, known).is_some(), "{key}"));
        }
    }

    #[test]
    fn anything_but_plain_facts_is_left_to_the_general_reader() {
        for text in [
            "[[facts]]\nid = \"f1\"\nid = \"f2\"\n",
            "[[facts]]\nid = \"f1\"\ncolour = \"rot\"\n",
            "[[facts]]\nid = \"f1\"\nvalue = true\n",
            "[[facts]]\nid = \"f1\"\nitems = [\"a\", 1]\n",
            "[[facts]]\nid = \"f1\"\nitems = [[\"a\"]]\n",
            "[[facts]]\nid = {a = 1}\n",
            "[[facts]]\nid.x = \"f1\"\n",
            "[[facts]]\nid = \"f1\n",
            "[facts]\nid = \"f1\"\n",
            "[[fakten]]\nid = \"f1\"\n",
            "[[facts]]\nid = \"f1\"\ndate = 2019-04-25\n",
        ] {
            with_known(|known| assert!(read_by_events(text, known).is_none(), "{text}"));
        }
    }

    /// A value as a deck author might write it, well or badly.
    fn value() -> impl Strategy<Value = String> {
        let text = prop_oneof![
            Just("Kohle"),
            Just(""),
            Just("  Eisen  "),
            Just("t"),
            Just("u"),
            Just("s"),
            Just("x"),
            Just("f1"),
            Just("F 1"),
            Just("number"),
            Just("date"),
            Just("list"),
            Just("statement"),
            Just("reason"),
            Just("person"),
            Just("place"),
            Just("question"),
            Just("25. April 2019"),
            Just("April 2019"),
            Just("120.000"),
            Just("Sa\\u00e4tze \\\"zitiert\\\"\\tund\\\\so"),
            Just("ungültig\\q"),
        ];
        prop_oneof![
            4 => text.clone().prop_map(|t| format!("\"{t}\"")),
            1 => text.clone().prop_map(|t| format!("'{}'", t.replace('\\', ""))),
            1 => prop_oneof![
                Just("42"),
                Just("-5"),
                Just("1_000"),
                Just("0x1F"),
                Just("99999999999999999999"),
                Just("1.5"),
                Just("1e3"),
                Just("inf"),
                Just("nan"),
                Just("true"),
                Just("false"),
                Just("2019-04-25"),
                Just("{ a = 1 }"),
                Just("[]"),
                Just("[[\"a\"]]"),
            ]
            .prop_map(str::to_string),
            2 => prop::collection::vec(text, 0..4).prop_map(|items| {
                let items: Vec<String> = items.iter().map(|t| format!("\"{t}\"")).collect();
                format!("[{}]", items.join(", "))
            }),
            1 => Just("[\"a\",\n  # Kommentar\n  \"b\", ]".to_string()),
            1 => Just("[\"a\", 2]".to_string()),
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            8 => prop::sample::select(KEYS.to_vec()).prop_map(str::to_string),
            1 => Just("\"question\"".to_string()),
            1 => Just("'id'".to_string()),
            1 => Just("colour".to_string()),
            1 => Just("id.x".to_string()),
        ]
    }

    /// A run of `[[facts]]` tables: mostly an id and topic, then a kind's sound keys or a
    /// kind and a few keys with any values, with comments and blank lines between.
    fn run() -> impl Strategy<Value = String> {
        let line = (key(), value(), prop::bool::weighted(0.1)).prop_map(|(k, v, comment)| {
            if comment {
                format!("{k} = {v} # Anmerkung\n")
            } else {
                format!("{k} = {v}\n")
            }
        });
        let kind = prop::sample::select(vec![
            "number",
            "date",
            "list",
            "statement",
            "reason",
            "person",
            "place",
            "question",
            "liste",
        ]);
        let base = (
            prop::sample::select(vec!["\"f1\"", "\"f2\"", "\"F 3\"", "'f4'"]),
            prop::sample::select(vec!["\"t\"", "\"u\"", "\"x\"", "'t'"]),
            // Now and then without its id or topic.
            prop::sample::select(vec!["", "", "", "", "", "", "", "", "id", "topic"]),
        )
            .prop_map(|(id, topic, left_out)| {
                let base = format!("id = {id}\ntopic = {topic}\n");
                match left_out {
                    "" => base,
                    key => base.replacen(key, &format!("# {key}"), 1),
                }
            });
        // Each kind's keys with sound values, so that many facts are sound.
        let sound = prop::sample::select(vec![
            "kind = \"number\"\nquestion = \"Wie viele?\"\nvalue = 120_000\nunit = \"Dinge\"\n",
            "kind = \"number\"\nquestion = \"Wie viele?\"\nvalue = \"120.000\"\nqualifier = \"über\"\n",
            "kind = \"date\"\nquestion = \"Wann?\"\ndate = \"25. April 2019\"\n",
            "kind = \"list\"\nquestion = \"Was?\"\nname = \"Liste\"\nitems = [\"a\", \"B\"]\n",
            "kind = \"statement\"\nquestion = \"Was gilt?\"\ntext = \"Es gilt.\"\nfalse_variants = []\n",
            "kind = \"reason\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\ncue = \"darum\"\n",
            "kind = \"person\"\nname = \"Kim\"\nrole = \"Machthaber\"\ncontext = false\n",
            "kind = \"place\"\nname = \"Wladiwostok\"\nevent = \"Gipfel\"\nsection = \"s\"\n",
        ]);
        let lines = prop_oneof![
            (kind, prop::collection::vec(line, 0..6))
                .prop_map(|(kind, lines)| format!("kind = \"{kind}\"\n{}", lines.concat())),
            sound.prop_map(str::to_string),
        ];
        let table = (
            prop::sample::select(vec!["[[facts]]\n", "[[facts]] # neu\n", "[[ facts ]]\n"]),
            base,
            lines,
            prop::sample::select(vec!["", "\n", "# Kommentar\n\n", "\r\n"]),
        )
            .prop_map(|(header, base, lines, after)| format!("{header}{base}{lines}{after}"));
        prop::collection::vec(table, 1..4).prop_map(|tables| tables.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn what_the_event_reader_reads_the_general_reader_reads_the_same(text in run()) {
            with_known(|known| {
                if let Some(by_events) = read_by_events(&text, known) {
                    prop_assert_eq!(Some(by_events), read_generally(&text, known), "{}", text);
                }
                Ok(())
            })?;
        }
    }

    /// Keeps the property above from passing by reading nothing: the runs it tries must
    /// often be read from the events, with sound facts and facts with problems.
    #[test]
    fn the_runs_tried_are_often_read_from_the_events() {
        use proptest::strategy::ValueTree;
        use proptest::test_runner::TestRunner;
        let mut runner = TestRunner::deterministic();
        let (mut sound, mut with_problems) = (0, 0);
        for _ in 0..1000 {
            let text = run().new_tree(&mut runner).expect("a run").current();
            with_known(|known| {
                for (fact, _) in read_by_events(&text, known).unwrap_or_default() {
                    match fact {
                        Some(_) => sound += 1,
                        None => with_problems += 1,
                    }
                }
            });
        }
        assert!(
            sound >= 100 && with_problems >= 100,
            "{sound} sound facts, {with_problems} with problems"
        );
    }
}
