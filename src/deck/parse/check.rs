//! Checking what was read: ids, topics and sections, each fact's keys for its kind, and
//! its values (texts, dates, figures, lists, answer hints), into a `Fact` or problems.

use super::*;

pub(super) fn check_id(id: &Spanned<String>, what: IdOf, problems: &mut Problems<'_>) -> bool {
    if id.get_ref().len() > MAX_ID_CHARS {
        problems.at(
            id.span(),
            DeckProblem::IdTooLong {
                of: what,
                chars: id.get_ref().chars().count(),
                most: MAX_ID_CHARS,
            },
        );
        return false;
    }
    let valid = !id.get_ref().is_empty()
        && id
            .get_ref()
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if id.get_ref().is_empty() {
        problems.at(id.span(), DeckProblem::EmptyId(what));
    } else if !valid {
        problems.at(
            id.span(),
            DeckProblem::BadId {
                of: what,
                id: id.get_ref().clone(),
            },
        );
    }
    valid
}

/// Whether a text is neither empty nor longer than `MAX_TEXT_CHARS`; says which if not.
pub(super) fn check_text(value: &Spanned<String>, key: &str, problems: &mut Problems<'_>) -> bool {
    if let Some(message) = text_too_long(key, value.get_ref()) {
        problems.at(value.span(), message);
        return false;
    }
    let empty = value.get_ref().trim().is_empty();
    if empty {
        problems.at(value.span(), DeckProblem::EmptyValue(key.to_string()));
    }
    !empty
}

pub(super) fn check_topics(raw: Vec<RawTopic>, problems: &mut Problems<'_>) -> Vec<Topic> {
    let mut seen = HashSet::new();
    let mut topics = Vec::new();
    for t in raw {
        let ok = check_id(&t.id, IdOf::Topic, problems) & check_text(&t.name, "name", problems);
        if !seen.insert(t.id.get_ref().clone()) {
            problems.at(
                t.id.span(),
                DeckProblem::DuplicateTopicId(t.id.get_ref().clone()),
            );
            continue;
        }
        if ok {
            topics.push(Topic {
                id: t.id.into_inner(),
                name: t.name.into_inner(),
            });
        }
    }
    topics
}

pub(super) fn check_sections(raw: Vec<RawSection>, problems: &mut Problems<'_>) -> Vec<Section> {
    let mut seen = HashSet::new();
    let mut sections = Vec::new();
    for s in raw {
        let ok = check_id(&s.id, IdOf::Section, problems) & check_text(&s.title, "title", problems);
        if !seen.insert(s.id.get_ref().clone()) {
            problems.at(
                s.id.span(),
                DeckProblem::DuplicateSectionId(s.id.get_ref().clone()),
            );
            continue;
        }
        if ok {
            sections.push(Section {
                id: s.id.into_inner(),
                title: s.title.into_inner(),
            });
        }
    }
    sections
}

/// The topics and sections a fact may name, and whether each list is complete (a topic
/// that could not be read makes "unknown topic" unprovable).
pub(super) struct KnownIds<'a> {
    pub(super) topics: &'a [Topic],
    pub(super) sections: &'a [Section],
    /// The ids of `topics` and `sections`, so that a fact's are found at once in a deck of
    /// thousands.
    pub(super) topic_ids: HashSet<&'a str>,
    pub(super) section_ids: HashSet<&'a str>,
    pub(super) topics_complete: bool,
    pub(super) sections_complete: bool,
}

pub(super) fn check_fact(
    table: Spanned<DeValue<'_>>,
    span: Range<usize>,
    known: &KnownIds<'_>,
    problems: &mut Problems<'_>,
) -> Option<Fact> {
    let before = problems.found.len();
    let kind = match table.get_ref().get("kind") {
        None => {
            problems.at(span.clone(), DeckProblem::FactWithoutKind);
            None
        }
        Some(k) => match k.get_ref().as_str() {
            Some(name) => kind_named(name, k.span(), problems),
            None => {
                problems.at(k.span(), DeckProblem::KindNotText);
                None
            }
        },
    };
    if let Some(kind) = kind {
        // Which keys are present, with their spans, before serde reads the values; in the
        // order they are written, which the parsed table does not keep.
        let mut keys: Vec<(&str, Range<usize>)> = table
            .get_ref()
            .as_table()
            .map(|t| {
                t.iter()
                    .map(|(k, _)| (k.get_ref().as_ref(), k.span()))
                    .collect()
            })
            .unwrap_or_default();
        keys.sort_by_key(|(_, span)| span.start);
        check_keys(kind, &keys, &span, problems);
    }
    let mut raw: RawFact = read(table, "[[facts]]", problems)?;
    check_values(kind, &mut raw, span, before, known, problems)
}

/// The same checks as `check_fact`, of a fact read from the parser's events.
pub(super) fn check_fact_fields(
    mut fields: FactFields<'_>,
    known: &KnownIds<'_>,
    problems: &mut Problems<'_>,
) -> Option<Fact> {
    let before = problems.found.len();
    let kind = match &fields.kind {
        Some(kind) => kind_named(kind.get_ref(), kind.span(), problems),
        None => {
            problems.at(fields.span.clone(), DeckProblem::FactWithoutKind);
            None
        }
    };
    if let Some(kind) = kind {
        check_keys(kind, fields.keys, &fields.span, problems);
    }
    check_values(kind, &mut fields.raw, fields.span, before, known, problems)
}

/// The fact's id and topic, taken out of it; a missing one is named as serde names a
/// missing field: the first of them, and only if every value had the right type.
pub(super) fn id_and_topic(
    raw: &mut RawFact,
    span: &Range<usize>,
    problems: &mut Problems<'_>,
) -> Option<(Spanned<String>, Spanned<String>)> {
    let missing = match (raw.id.take(), raw.topic.take()) {
        (Some(id), Some(topic)) => return Some((id, topic)),
        (None, _) => "id",
        (Some(_), None) => "topic",
    };
    problems.at(span.clone(), DeckProblem::FactMissing(missing.to_string()));
    None
}

pub(super) fn kind_named(
    name: &str,
    span: Range<usize>,
    problems: &mut Problems<'_>,
) -> Option<FactKind> {
    let kind = FactKind::from_name(name);
    if kind.is_none() {
        let kinds = FactKind::ALL.iter().map(|k| k.name().to_string()).collect();
        problems.at(
            span,
            DeckProblem::UnknownKind {
                name: name.to_string(),
                kinds,
            },
        );
    }
    kind
}

/// Keys the fact's kind does not have, and keys it needs that are missing.
pub(super) fn check_keys(
    kind: FactKind,
    keys: &[(&str, Range<usize>)],
    span: &Range<usize>,
    problems: &mut Problems<'_>,
) {
    let (required, optional) = kind_keys(kind);
    for (key, key_span) in keys {
        let allowed = COMMON_KEYS.contains(key) || required.contains(key) || optional.contains(key);
        if !allowed {
            let mut allowed_keys: Vec<&str> = required.iter().chain(optional).copied().collect();
            allowed_keys.sort_unstable();
            problems.at(
                key_span.clone(),
                DeckProblem::UnknownKeyForKind {
                    key: key.to_string(),
                    kind: kind.name().to_string(),
                    allowed: allowed_keys.iter().map(|k| k.to_string()).collect(),
                },
            );
        }
    }
    for key in required {
        if !keys.iter().any(|(k, _)| k == key) {
            problems.at(
                span.clone(),
                DeckProblem::KindMissingKey {
                    kind: kind.name().to_string(),
                    key: key.to_string(),
                },
            );
        }
    }
}

/// Checks a fact's values once its kind and keys are checked (`kind` is `None` if they
/// could not be); `before` is the number of problems found before this fact.
pub(super) fn check_values(
    kind: Option<FactKind>,
    raw: &mut RawFact,
    span: Range<usize>,
    before: usize,
    known: &KnownIds<'_>,
    problems: &mut Problems<'_>,
) -> Option<Fact> {
    let (topics, sections) = (known.topics, known.sections);
    let (id, topic) = id_and_topic(raw, &span, problems)?;
    let kind = kind?;
    if problems.found.len() > before {
        return None;
    }
    if !check_id(&id, IdOf::Fact, problems) {
        return None;
    }
    if known.topics_complete && !known.topic_ids.contains(topic.get_ref().as_str()) {
        let (known, more) = some_ids(topics.iter().map(|t| t.id.as_str()));
        problems.at(
            topic.span(),
            DeckProblem::UnknownTopic {
                topic: topic.get_ref().clone(),
                known,
                more,
            },
        );
    }
    if let Some(section) = &raw.section
        && known.sections_complete
        && !known.section_ids.contains(section.get_ref().as_str())
    {
        let (known, more) = some_ids(sections.iter().map(|s| s.id.as_str()));
        problems.at(
            section.span(),
            DeckProblem::UnknownSection {
                section: section.get_ref().clone(),
                known,
                more,
            },
        );
    }
    let body = fact_body(kind, raw, problems)?;
    let answers = answer_hints(&body, raw, problems)?;
    if problems.found.len() > before {
        return None;
    }
    let line = problems.line(span.start);
    let cue = optional_text(&mut raw.cue, "cue", problems);
    let gloss = optional_text(&mut raw.gloss, "gloss", problems);
    let note = optional_text(&mut raw.note, "note", problems);
    if problems.found.len() > before {
        return None;
    }
    Some(Fact {
        id: id.into_inner(),
        topic: topic.into_inner(),
        section: raw.section.take().map(Spanned::into_inner),
        cue,
        gloss,
        note,
        context: raw.context,
        answers,
        line,
        body,
    })
}

/// Ids for a message: all of a few, the first of many with a count of the rest.
pub(super) fn some_ids<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> (Vec<String>, usize) {
    const NAMED: usize = 20;
    let count = ids.len();
    let named: Vec<String> = ids.take(NAMED).map(str::to_string).collect();
    let more = count - named.len();
    (named, more)
}

/// The author's category, wrong options and other right answers. Dates and figures among
/// them must read as dates and figures.
pub(super) fn answer_hints(
    body: &FactBody,
    raw: &mut RawFact,
    problems: &mut Problems<'_>,
) -> Option<AnswerHints> {
    let wrong_span = raw.wrong_options.as_ref().map(Spanned::span);
    let also_span = raw.also_right.as_ref().map(Spanned::span);
    let hints = AnswerHints {
        category: optional_text(&mut raw.category, "category", problems),
        wrong_options: text_list(&mut raw.wrong_options, "wrong_options", false, problems)?,
        also_right: text_list(&mut raw.also_right, "also_right", false, problems)?,
    };
    let lists = [
        ("wrong_options", &hints.wrong_options, wrong_span),
        ("also_right", &hints.also_right, also_span),
    ];
    for (key, list, span) in lists {
        let span = span.unwrap_or_default();
        for text in list {
            match body {
                FactBody::Date { .. } => {
                    if let Err(problem) = FactDate::parse(text) {
                        problems.at(
                            span.clone(),
                            DeckProblem::BadDate {
                                key: Some(key.to_string()),
                                problem,
                            },
                        );
                    }
                }
                FactBody::Number { .. }
                    if NumberClaim::parse(text).is_some_and(|c| c.value.abs() > MAX_FIGURE) =>
                {
                    problems.at(span.clone(), figure_too_large(key));
                }
                FactBody::Number { .. } if NumberClaim::parse(text).is_none() => {
                    problems.at(
                        span.clone(),
                        DeckProblem::NotAFigure {
                            key: key.to_string(),
                            text: text.clone(),
                        },
                    );
                }
                _ => {}
            }
        }
    }
    Some(hints)
}

/// Text a kind requires, taken out of the fact as read; presence was checked already, so
/// `None` only means "skip".
pub(super) fn required_text(
    v: &mut Option<Spanned<String>>,
    key: &str,
    problems: &mut Problems<'_>,
) -> Option<String> {
    let v = v.take()?;
    check_text(&v, key, problems).then(|| trimmed(v.into_inner()))
}

/// The text without surrounding whitespace; copied only if it has any.
pub(super) fn trimmed(text: String) -> String {
    if text.trim().len() == text.len() {
        text
    } else {
        text.trim().to_string()
    }
}

pub(super) fn optional_text(
    v: &mut Option<Spanned<String>>,
    key: &str,
    problems: &mut Problems<'_>,
) -> Option<String> {
    required_text(v, key, problems)
}

pub(super) fn text_list(
    v: &mut Option<Spanned<Vec<Spanned<String>>>>,
    key: &str,
    may_be_empty: bool,
    problems: &mut Problems<'_>,
) -> Option<Vec<String>> {
    let Some(list) = v.take() else {
        return Some(Vec::new());
    };
    let span = list.span();
    let list = list.into_inner();
    let list_len = list.len();
    if list_len > MAX_LIST_ENTRIES {
        problems.at(
            span,
            DeckProblem::ListTooLong {
                key: key.to_string(),
                count: list_len,
                most: MAX_LIST_ENTRIES,
            },
        );
        return None;
    }
    if list.is_empty() && !may_be_empty {
        problems.at(span, DeckProblem::EmptyList(key.to_string()));
        return None;
    }
    // Most lists are short: comparing each item with the ones before is quicker than
    // hashing them all, and the set is there for the long ones.
    let mut seen = HashSet::new();
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for item in list {
        if !check_text(&item, key, problems) {
            continue;
        }
        let span = item.span();
        let text = trimmed(item.into_inner());
        let repeated = if list_len <= SHORT_LIST {
            out.iter().any(|earlier| same_ignoring_case(earlier, &text))
        } else {
            !seen.insert(text.to_lowercase())
        };
        if repeated {
            problems.at(
                span,
                DeckProblem::TwiceInList {
                    text: text.clone(),
                    key: key.to_string(),
                },
            );
            continue;
        }
        out.push(text);
    }
    Some(out)
}

/// Lists up to this long are checked for repeats by comparing items pairwise.
pub(super) const SHORT_LIST: usize = 16;

/// Whether two texts are the same when both are lowercased.
pub(super) fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

pub(super) fn fact_body(
    kind: FactKind,
    raw: &mut RawFact,
    problems: &mut Problems<'_>,
) -> Option<FactBody> {
    Some(match kind {
        FactKind::Number => {
            let question = required_text(&mut raw.question, "question", problems)?;
            let value = raw.value.as_ref()?;
            let number = match value.get_ref() {
                NumberValue::Integer(i) => Some(*i as f64),
                NumberValue::Float(f) if f.is_finite() => Some(*f),
                NumberValue::Float(_) => None,
                NumberValue::Text(t) => parse_number(t),
            };
            let Some(number) = number else {
                let shown = match value.get_ref() {
                    NumberValue::Text(t) => format!("`{t}`"),
                    NumberValue::Float(f) => format!("`{f}`"),
                    NumberValue::Integer(i) => format!("`{i}`"),
                };
                problems.at(value.span(), DeckProblem::NotANumber(shown));
                return None;
            };
            if number.abs() > MAX_FIGURE {
                problems.at(value.span(), figure_too_large("value"));
                return None;
            }
            FactBody::Number {
                question,
                value: number,
                qualifier: optional_text(&mut raw.qualifier, "qualifier", problems),
                unit: optional_text(&mut raw.unit, "unit", problems),
            }
        }
        FactKind::Date => {
            let question = required_text(&mut raw.question, "question", problems)?;
            let date_text = raw.date.as_ref()?;
            let date = match FactDate::parse(date_text.get_ref()) {
                Ok(d) => d,
                Err(problem) => {
                    problems.at(
                        date_text.span(),
                        DeckProblem::BadDate { key: None, problem },
                    );
                    return None;
                }
            };
            FactBody::Date {
                question,
                date,
                event: optional_text(&mut raw.event, "event", problems),
            }
        }
        FactKind::List => {
            let claim_span = raw.item_claim.as_ref().map(Spanned::span);
            let item_claim = optional_text(&mut raw.item_claim, "item_claim", problems);
            if let (Some(claim), Some(span)) = (&item_claim, claim_span)
                && claim.matches("{}").count() != 1
            {
                problems.at(span, DeckProblem::ItemClaimPlaceholder);
            }
            FactBody::List {
                question: required_text(&mut raw.question, "question", problems)?,
                name: required_text(&mut raw.name, "name", problems)?,
                items: text_list(&mut raw.items, "items", false, problems)?,
                ask_item: optional_text(&mut raw.ask_item, "ask_item", problems),
                item_claim,
            }
        }
        FactKind::Person => FactBody::Person {
            name: required_text(&mut raw.name, "name", problems)?,
            role: required_text(&mut raw.role, "role", problems)?,
            ask_role: optional_text(&mut raw.ask_role, "ask_role", problems),
            ask_name: optional_text(&mut raw.ask_name, "ask_name", problems),
        },
        FactKind::Place => FactBody::Place {
            name: required_text(&mut raw.name, "name", problems)?,
            event: required_text(&mut raw.event, "event", problems)?,
            ask_event: optional_text(&mut raw.ask_event, "ask_event", problems),
            ask_place: optional_text(&mut raw.ask_place, "ask_place", problems),
        },
        FactKind::Statement => FactBody::Statement {
            question: required_text(&mut raw.question, "question", problems)?,
            text: required_text(&mut raw.text, "text", problems)?,
            false_variants: text_list(&mut raw.false_variants, "false_variants", true, problems)?,
        },
        FactKind::Reason => FactBody::Reason {
            question: required_text(&mut raw.question, "question", problems)?,
            answer: required_text(&mut raw.answer, "answer", problems)?,
            false_variants: text_list(&mut raw.false_variants, "false_variants", true, problems)?,
        },
        FactKind::Question => FactBody::Question {
            question: required_text(&mut raw.question, "question", problems)?,
            answer: required_text(&mut raw.answer, "answer", problems)?,
        },
    })
}
