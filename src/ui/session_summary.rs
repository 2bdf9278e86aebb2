//! The summary at the end of a study session: cards, accuracy, time, and when the next
//! cards are due. Computed once when the session finishes (kept in egui's memory under
//! the session's start and answer count), not on every frame.

use super::stats::{duration_text, percent};
use super::terms::rating_name;
use crate::clock::{from_millis, study_day};
use crate::i18n::{format_date, format_time};
use crate::schedule::Rating;
use crate::session::{Collection, SessionSummary, StudySession};
use crate::tr;
use eframe::egui::{self, RichText};

/// Shows the end of a session whose queue says the next card is due at `next_due`.
pub fn show(
    ui: &mut egui::Ui,
    collection: &Collection,
    session: &StudySession,
    next_due: Option<i64>,
) {
    ui.add_space(20.0);
    ui.heading(tr!("summary-nothing-due"));
    ui.add_space(6.0);
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
            let text = if study_day(at) == study_day(now) && at.date_naive() == now.date_naive() {
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
