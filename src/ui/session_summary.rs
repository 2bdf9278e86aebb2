//! The summary at the end of a study session: cards, accuracy, time, and when the next
//! cards are due. Computed once when the session finishes (kept in egui's memory under
//! the session's start and answer count), not on every frame.

use super::stats::{duration_text, percent};
use super::terms::rating_name;
use crate::clock::from_millis;
use crate::i18n::{format_date, format_time};
use crate::schedule::Rating;
use crate::session::{Collection, SessionSummary, StudyMore, StudyMoreOffer, StudySession};
use crate::tr;
use eframe::egui::{self, RichText};

/// Shows the end of a session whose queue says the next card is due at `next_due`, with
/// the ways to study on while cards are left; returns the one the learner chose.
pub fn show(
    ui: &mut egui::Ui,
    collection: &Collection,
    session: &StudySession,
    next_due: Option<i64>,
) -> Option<StudyMore> {
    ui.add_space(20.0);
    let offer = session.study_more().filter(|offer| !offer.is_empty());
    ui.heading(match offer {
        Some(_) => tr!("summary-days-cards-done"),
        None => tr!("summary-nothing-due"),
    });
    ui.add_space(6.0);
    let chosen = offer.and_then(|offer| study_more(ui, offer));
    ui.add_space(8.0);
    let key = egui::Id::unique((
        "session summary",
        session.deck_id(),
        session.started_at(),
        session.answered(),
        next_due,
    ));
    let cached: Option<Result<SessionSummary, String>> = ui.data(|d| d.get_temp(key));
    let summary = cached.unwrap_or_else(|| {
        let computed = collection
            .session_summary(
                session.deck_id(),
                session.scope(),
                session.started_at(),
                next_due,
            )
            .map_err(|e| e.to_string());
        ui.data_mut(|d| d.insert_temp(key, computed.clone()));
        computed
    });
    match summary {
        Ok(summary) => figures(ui, collection, &summary),
        Err(problem) => {
            ui.label(tr!("summary-unreadable", reason = problem));
        }
    }
    chosen
}

/// The ways to study on: more new cards, the weakest topic started, everything ahead of
/// schedule; each greyed out when it has no card.
fn study_more(ui: &mut egui::Ui, offer: &StudyMoreOffer) -> Option<StudyMore> {
    let mut chosen = None;
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("summary-study-more")).strong().size(17.0));
            ui.add(
                egui::Label::new(tr!("summary-study-more-reading", unseen = offer.unseen)).wrap(),
            );
            ui.add_space(4.0);
            let button = |ui: &mut egui::Ui, enabled: bool, text: String, hint: String| {
                ui.add_enabled(enabled, egui::Button::new(RichText::new(text).size(16.0)))
                    .on_hover_text(hint.clone())
                    .on_disabled_hover_text(hint)
                    .clicked()
            };
            if button(
                ui,
                offer.more_new > 0,
                tr!("summary-more-new", count = offer.more_new),
                tr!("summary-more-new-hint"),
            ) {
                chosen = Some(StudyMore::NewCards(offer.more_new));
            }
            match &offer.weakest {
                Some(topic) => {
                    let cards = tr!("count-cards", count = topic.cards);
                    let text = if topic.only_started {
                        tr!(
                            "summary-more-only-topic",
                            topic = topic.name.as_str(),
                            cards = cards
                        )
                    } else {
                        tr!(
                            "summary-more-topic",
                            topic = topic.name.as_str(),
                            cards = cards
                        )
                    };
                    if button(ui, topic.cards > 0, text, tr!("summary-more-topic-hint")) {
                        chosen = Some(StudyMore::Topic(topic.topic_id.clone()));
                    }
                }
                None => {
                    ui.label(RichText::new(tr!("summary-more-no-topic")).weak());
                }
            }
            if button(
                ui,
                offer.ahead > 0,
                tr!(
                    "summary-more-ahead",
                    cards = tr!("count-cards", count = offer.ahead)
                ),
                tr!("summary-more-ahead-hint"),
            ) {
                chosen = Some(StudyMore::Ahead);
            }
        });
    chosen
}

fn figures(ui: &mut egui::Ui, collection: &Collection, summary: &SessionSummary) {
    let f = &summary.figures;
    if f.answers > 0 {
        egui::Frame::group(ui.style())
            .inner_margin(egui::Margin::same(14))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(tr!("summary-this-session"))
                        .strong()
                        .size(17.0),
                );
                ui.add_space(4.0);
                ui.label(tr!("summary-cards", cards = f.cards, answers = f.answers));
                if let Some(accuracy) = f.accuracy() {
                    ui.label(tr!(
                        "summary-accuracy",
                        share = percent(accuracy),
                        passed = f.passed,
                        answers = f.answers
                    ));
                }
                ui.label(tr!("summary-time", time = duration_text(f.time_ms)));
                let ratings: Vec<String> = Rating::ALL
                    .iter()
                    .map(|r| format!("{} {}", rating_name(*r), f.count(*r)))
                    .collect();
                ui.label(RichText::new(ratings.join(" · ")).weak());
            });
        ui.add_space(8.0);
    }
    let now = collection.now();
    match summary.next_due {
        Some(due) => {
            let at = from_millis(due, now);
            let tomorrow = now.date_naive().succ_opt().unwrap_or(now.date_naive());
            let time = format_time(&at);
            // Said by the calendar, as the learner's clock reads it: after midnight and
            // before the day's rollover, the next study day starts "today at 04:00".
            let text = if at.date_naive() == now.date_naive() {
                tr!("summary-next-today", time = time)
            } else if at.date_naive() == tomorrow {
                tr!("summary-next-tomorrow", time = time)
            } else {
                tr!("summary-next-on", date = format_date(&at), time = time)
            };
            ui.label(text);
        }
        None => {
            ui.label(tr!("summary-none-scheduled"));
        }
    }
    if summary.due_next_week > 0 {
        ui.label(tr!(
            "summary-due-soon",
            tomorrow = tr!("count-cards", count = summary.due_tomorrow),
            week = tr!("count-cards", count = summary.due_next_week)
        ));
    }
}
