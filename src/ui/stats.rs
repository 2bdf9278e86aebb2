//! The statistics screen: plots of the learner's history and cards, each with a title,
//! axes and one line saying what it shows. The figures come from a `StatsSnapshot`
//! computed when the data changes (see `FactdeckApp::refresh_figures`), never per frame.

use super::colour_key::colour_key;
use super::screen::{Asked, Given, Request, View};
use super::terms::{category_name, rating_name};
use crate::clock::to_millis;
use crate::i18n::{
    format_day_month, format_decimal, format_month_year, format_percent, format_weekday_date,
};
use crate::schedule::Rating;
use crate::session::Collection;
use crate::stats::{
    CardCategory, DayActivity, RECENT_QUIZZES, StatsSnapshot, TopicMastery, recent_average,
    weakest_topic,
};
use crate::tr;
use chrono::{Datelike, Duration, NaiveDate};
use eframe::egui::{self, Color32, RichText};
use egui_plot::{
    Bar, BarChart, GridMark, HLine, Heatmap, HoverPosition, Line, Plot, PlotPoint, PlotPoints,
    Points,
};
use std::ops::RangeInclusive;

/// How far back the history plots reach, chosen on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatsView {
    pub range_days: usize,
}

impl Default for StatsView {
    fn default() -> Self {
        StatsView { range_days: 30 }
    }
}

const RANGES: [usize; 3] = [30, 90, 365];
const PLOT_HEIGHT: f32 = 190.0;

const AGAIN: Color32 = Color32::from_rgb(214, 90, 80);
const HARD: Color32 = Color32::from_rgb(226, 160, 60);
const GOOD: Color32 = Color32::from_rgb(80, 160, 100);
const EASY: Color32 = Color32::from_rgb(80, 140, 210);
const LEARNING: Color32 = Color32::from_rgb(226, 160, 60);
const REVIEW: Color32 = Color32::from_rgb(80, 160, 100);

impl View for StatsView {
    type Action = std::convert::Infallible;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Self::Action>> {
        if let Some(snapshot) = given.stats {
            show(ui, given.collection, self, snapshot);
        }
        None
    }

    fn apply(
        &mut self,
        action: Self::Action,
        _: &mut Collection,
        _: &egui::Context,
    ) -> Vec<Request> {
        match action {}
    }
}

fn show(
    ui: &mut egui::Ui,
    collection: &Collection,
    view: &mut StatsView,
    snapshot: &StatsSnapshot,
) {
    let wait = (snapshot.valid_until_ms - to_millis(collection.now())).max(1000) as u64;
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(wait));

    ui.horizontal(|ui| {
        ui.heading(tr!("stats-title"));
        ui.separator();
        ui.label(tr!("stats-show-last"));
        for days in RANGES {
            let name = if days == 365 {
                tr!("stats-one-year")
            } else {
                tr!("count-days", count = days)
            };
            ui.selectable_value(&mut view.range_days, days, name);
        }
    });
    ui.label(today_line(snapshot));
    ui.add_space(6.0);

    let range = view.range_days;
    egui::ScrollArea::vertical()
        .id_salt("statistics")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.columns(2, |columns| {
                let (left, right) = columns.split_at_mut(1);
                let (left, right) = (&mut left[0], &mut right[0]);
                reviews_per_day(left, snapshot, range);
                time_per_day(right, snapshot, range);
                retention_per_week(left, snapshot, range);
                due_forecast(right, snapshot);
                card_states(left, snapshot);
                stability(right, snapshot);
            });
            calendar(ui, snapshot);
            quiz_scores(ui, snapshot);
            mastery(ui, snapshot);
        });
}

fn today_line(s: &StatsSnapshot) -> String {
    tr!(
        "stats-today",
        answered = s.today_figures.reviews_done,
        waiting = s.today_figures.remaining,
        time = duration_text(s.today_figures.time_ms),
        streak = days_text(s.streaks.current_days),
        longest = days_text(s.streaks.longest_days)
    )
}

/// A titled section holding one plot and its reading.
fn section(ui: &mut egui::Ui, title: &str, reading: &str, plot: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(title).strong().size(16.0));
        ui.label(reading);
        ui.add_space(4.0);
        plot(ui);
    });
    ui.add_space(8.0);
}

/// A plot that stays still: the page scrolls, the plot does not zoom or pan.
fn still_plot<'a>(id: &str, x_label: &str, y_label: &str) -> Plot<'a> {
    Plot::new(id)
        .height(PLOT_HEIGHT)
        .x_axis_label(x_label.to_string())
        .y_axis_label(y_label.to_string())
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([false, true])
        .y_axis_formatter(|mark, _| {
            if mark.value.fract() == 0.0 {
                format_decimal(mark.value, 0)
            } else {
                String::new()
            }
        })
}

/// The legend, in a row of its own above the plot, so that it never covers a bar or a
/// line (drawn inside the plot it hid the tallest bars); wrapped at large text sizes.
fn legend_row(ui: &mut egui::Ui, series: &[(String, Color32)]) {
    ui.horizontal_wrapped(|ui| {
        // Room between the keys as the row's spacing, which wrapping allows for (a space
        // added after the last key pushed the chart's frame wider than its column).
        ui.spacing_mut().item_spacing.x = 14.0;
        for (name, color) in series {
            colour_key(ui, *color, name.as_str());
        }
    });
}

/// Room above the tallest bar, so that it does not touch the plot's top.
fn headroom(tallest: f64) -> f64 {
    (tallest * 1.1).max(4.0)
}

/// Labels whole-number marks of a day axis (0 = `origin`) with the date.
fn date_axis(origin: NaiveDate) -> impl Fn(GridMark, &RangeInclusive<f64>) -> String {
    move |mark, _| {
        if mark.value.fract() != 0.0 {
            return String::new();
        }
        format_day_month(&(origin + Duration::days(mark.value as i64)))
    }
}

/// One mark under every `nth` of `count` bars, claiming the room of `nth` bars: egui_plot
/// draws a name only where that room is as wide as the name, and names that claimed more
/// room than they had ran into each other.
fn every_nth_bar(count: usize, nth: usize) -> impl Fn(egui_plot::GridInput) -> Vec<GridMark> {
    move |_| {
        (0..count)
            .step_by(nth.max(1))
            .map(|i| GridMark {
                value: i as f64,
                step_size: nth.max(1) as f64,
            })
            .collect()
    }
}

/// How many bars one name under a bar chart may take room from, so that no two names
/// touch: 1 when every name fits under its bar, else 2, 3, …
fn bars_per_name(ui: &egui::Ui, names: &[String]) -> usize {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = names
        .iter()
        .map(|name| {
            ui.painter()
                .layout_no_wrap(name.clone(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    // The y axis' numbers take some of the width; egui_plot itself wants 60 points
    // between the names of an x axis.
    let per_bar = (ui.available_width() - 50.0).max(1.0) / names.len().max(1) as f32;
    let wanted = (widest + 12.0).max(61.0);
    ((wanted / per_bar).ceil() as usize).clamp(1, names.len().max(1))
}

/// Labels whole-number marks with the name at that index.
fn name_axis(names: Vec<String>) -> impl Fn(GridMark, &RangeInclusive<f64>) -> String {
    move |mark, _| {
        if mark.value.fract() != 0.0 || mark.value < 0.0 {
            return String::new();
        }
        names.get(mark.value as usize).cloned().unwrap_or_default()
    }
}

fn reviews_per_day(ui: &mut egui::Ui, s: &StatsSnapshot, range: usize) {
    let days = s.last_days(range);
    let total: u32 = days.iter().map(DayActivity::reviews).sum();
    let active = days.iter().filter(|d| d.reviews() > 0).count();
    let reading = if total == 0 {
        tr!("stats-reviews-none", range = range)
    } else {
        tr!(
            "stats-reviews-reading",
            total = total,
            active = active,
            range = range,
            average = (total as f32 / active as f32).round()
        )
    };
    section(ui, &tr!("stats-reviews-title"), &reading, |ui| {
        let offset = |i: usize| i as f64 - (days.len() as f64 - 1.0);
        let series = |name: &str, color: Color32, count: fn(&DayActivity) -> u32| {
            let bars = days
                .iter()
                .enumerate()
                .map(|(i, d)| Bar::new(offset(i), f64::from(count(d))).width(0.8))
                .collect();
            BarChart::new(name, bars).color(color)
        };
        let again = series(&rating_name(Rating::Again), AGAIN, |d| d.again);
        let hard = series(&rating_name(Rating::Hard), HARD, |d| d.hard).stack_on(&[&again]);
        let good = series(&rating_name(Rating::Good), GOOD, |d| d.good).stack_on(&[&again, &hard]);
        let easy =
            series(&rating_name(Rating::Easy), EASY, |d| d.easy).stack_on(&[&again, &hard, &good]);
        let tallest = days.iter().map(DayActivity::reviews).max().unwrap_or(0);
        legend_row(
            ui,
            &[
                (rating_name(Rating::Again), AGAIN),
                (rating_name(Rating::Hard), HARD),
                (rating_name(Rating::Good), GOOD),
                (rating_name(Rating::Easy), EASY),
            ],
        );
        still_plot(
            "reviews per day",
            &tr!("stats-axis-day"),
            &tr!("stats-axis-answers"),
        )
        .x_axis_formatter(date_axis(s.today))
        .include_y(0.0)
        .include_y(headroom(f64::from(tallest)))
        .show(ui, |plot| {
            plot.bar_chart(again);
            plot.bar_chart(hard);
            plot.bar_chart(good);
            plot.bar_chart(easy);
        });
    });
}

fn time_per_day(ui: &mut egui::Ui, s: &StatsSnapshot, range: usize) {
    let days = s.last_days(range);
    let total_ms: i64 = days.iter().map(|d| d.time_ms).sum();
    let active = days.iter().filter(|d| d.reviews() > 0).count();
    let reading = if active == 0 {
        tr!("stats-time-none", range = range)
    } else {
        tr!(
            "stats-time-reading",
            total = duration_text(total_ms),
            range = range,
            average = duration_text(total_ms / active as i64)
        )
    };
    section(ui, &tr!("stats-time-title"), &reading, |ui| {
        let bars = days
            .iter()
            .enumerate()
            .map(|(i, d)| {
                Bar::new(
                    i as f64 - (days.len() as f64 - 1.0),
                    d.time_ms as f64 / 60_000.0,
                )
                .width(0.8)
            })
            .collect();
        still_plot(
            "time per day",
            &tr!("stats-axis-day"),
            &tr!("stats-axis-minutes"),
        )
        .x_axis_formatter(date_axis(s.today))
        .include_y(0.0)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(tr!("stats-series-minutes"), bars).color(EASY));
        });
    });
}

fn retention_per_week(ui: &mut egui::Ui, s: &StatsSnapshot, range: usize) {
    let target = s.desired_retention;
    let reading = match s.retention_last_7_days.share() {
        Some(share) => tr!(
            "stats-retention-reading",
            share = percent(share),
            target = percent(target)
        ),
        None => tr!("stats-retention-none", target = percent(target)),
    };
    section(ui, &tr!("stats-retention-title"), &reading, |ui| {
        let weeks_shown = range.div_ceil(7).min(s.weekly_retention.len());
        let weeks = &s.weekly_retention[s.weekly_retention.len() - weeks_shown..];
        let points: Vec<[f64; 2]> = weeks
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                let x = i as f64 - (weeks.len() as f64 - 1.0);
                w.share().map(|share| [x, f64::from(share) * 100.0])
            })
            .collect();
        let this_week = weeks.last().map_or(s.today, |w| w.week_start);
        legend_row(
            ui,
            &[
                (tr!("stats-series-target"), AGAIN),
                (tr!("stats-series-passed"), GOOD),
            ],
        );
        still_plot(
            "retention per week",
            &tr!("stats-axis-week-starting"),
            &tr!("stats-axis-passed"),
        )
        .x_axis_formatter(move |mark, _| {
            if mark.value.fract() != 0.0 {
                return String::new();
            }
            format_day_month(&(this_week + Duration::weeks(mark.value as i64)))
        })
        .include_x(-(weeks.len() as f64 - 1.0))
        .include_x(0.0)
        .include_y(50.0)
        .include_y(100.0)
        .show(ui, |plot| {
            plot.hline(
                HLine::new(tr!("stats-series-target"), f64::from(target) * 100.0)
                    .color(AGAIN)
                    .width(1.5),
            );
            plot.line(
                Line::new(tr!("stats-series-passed"), points.clone())
                    .color(GOOD)
                    .width(2.0),
            );
            plot.points(
                Points::new(tr!("stats-series-passed"), points)
                    .color(GOOD)
                    .radius(3.0),
            );
        });
    });
}

fn due_forecast(ui: &mut egui::Ui, s: &StatsSnapshot) {
    let today = s.forecast.first().map_or(0, |d| d.total());
    let tomorrow = s.forecast.get(1).map_or(0, |d| d.total());
    let month: u32 = s.forecast.iter().map(|d| d.total()).sum();
    let reading = tr!(
        "stats-due-reading",
        today = today,
        tomorrow = tomorrow,
        month = month,
        days = s.forecast.len()
    );
    section(ui, &tr!("stats-due-title"), &reading, |ui| {
        let series = |name: &str, color: Color32, learning: bool| {
            let bars = s
                .forecast
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let count = if learning { d.learning } else { d.review };
                    Bar::new(i as f64, f64::from(count)).width(0.8)
                })
                .collect();
            BarChart::new(name, bars).color(color)
        };
        let learning = series(&tr!("stats-series-learning"), LEARNING, true);
        let review = series(&tr!("stats-series-review"), REVIEW, false).stack_on(&[&learning]);
        let tallest = s.forecast.iter().map(|d| d.total()).max().unwrap_or(0);
        legend_row(
            ui,
            &[
                (tr!("stats-series-learning"), LEARNING),
                (tr!("stats-series-review"), REVIEW),
            ],
        );
        still_plot(
            "due forecast",
            &tr!("stats-axis-day"),
            &tr!("stats-axis-cards-due"),
        )
        .x_axis_formatter(date_axis(s.today))
        .include_y(0.0)
        .include_y(headroom(f64::from(tallest)))
        .show(ui, |plot| {
            plot.bar_chart(learning);
            plot.bar_chart(review);
        });
    });
}

fn quiz_scores(ui: &mut egui::Ui, s: &StatsSnapshot) {
    let points = &s.quiz_scores;
    let reading = match (points.last(), recent_average(points)) {
        (Some(last), Some(average)) => tr!(
            "stats-quiz-reading",
            last = format_percent(last.percent / 100.0),
            questions = last.question_count,
            quizzes = points.len().min(RECENT_QUIZZES),
            average = format_percent(average / 100.0)
        ),
        _ => tr!("stats-quiz-none"),
    };
    section(ui, &tr!("stats-quiz-title"), &reading, |ui| {
        // An empty chart says nothing; the reading above already says why.
        if points.is_empty() {
            ui.label(RichText::new(tr!("stats-quiz-chart-after-first")).weak());
            return;
        }
        let line: PlotPoints = points
            .iter()
            .enumerate()
            .map(|(i, p)| [i as f64 + 1.0, p.percent])
            .collect();
        let dots: PlotPoints = points
            .iter()
            .enumerate()
            .map(|(i, p)| [i as f64 + 1.0, p.percent])
            .collect();
        still_plot(
            "quiz scores",
            &tr!("stats-axis-quiz"),
            &tr!("stats-axis-score"),
        )
        .include_y(0.0)
        .include_y(100.0)
        .include_x(0.5)
        .include_x(points.len().max(5) as f64 + 0.5)
        .show(ui, |plot| {
            plot.line(Line::new(tr!("stats-series-score"), line).color(REVIEW));
            plot.points(
                Points::new(tr!("stats-series-quizzes"), dots)
                    .radius(4.0)
                    .color(REVIEW),
            );
        });
    });
}

fn card_states(ui: &mut egui::Ui, s: &StatsSnapshot) {
    let c = &s.cards;
    let reading = tr!(
        "stats-states-reading",
        total = c.total(),
        mature = c.mature,
        young = c.young,
        learning = c.learning,
        new = c.new,
        suspended = c.suspended
    );
    section(ui, &tr!("stats-states-title"), &reading, |ui| {
        let colors = [
            EASY,
            LEARNING,
            Color32::from_rgb(120, 190, 120),
            GOOD,
            Color32::GRAY,
        ];
        let bars = CardCategory::ALL
            .iter()
            .zip(colors)
            .enumerate()
            .map(|(i, (category, color))| {
                Bar::new(i as f64, c.get(*category) as f64)
                    .width(0.7)
                    .fill(color)
                    .name(category_name(*category))
            })
            .collect();
        let names: Vec<String> = CardCategory::ALL
            .iter()
            .map(|c| category_name(*c))
            .collect();
        let nth = bars_per_name(ui, &names);
        still_plot(
            "card states",
            &tr!("stats-axis-state"),
            &tr!("stats-axis-cards"),
        )
        .x_axis_formatter(name_axis(names))
        .x_grid_spacer(every_nth_bar(CardCategory::ALL.len(), nth))
        .include_y(0.0)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(tr!("stats-series-cards"), bars))
        });
    });
}

fn stability(ui: &mut egui::Ui, s: &StatsSnapshot) {
    let answered: u32 = s.stability.iter().map(|b| b.cards).sum();
    let reading = match median_bucket(s) {
        Some(label) => tr!(
            "stats-stability-reading",
            span = stability_label(label),
            answered = answered
        ),
        None => tr!("stats-stability-none"),
    };
    section(ui, &tr!("stats-stability-title"), &reading, |ui| {
        let bars = s
            .stability
            .iter()
            .enumerate()
            .map(|(i, b)| Bar::new(i as f64, f64::from(b.cards)).width(0.7))
            .collect();
        let names: Vec<String> = s
            .stability
            .iter()
            .map(|b| stability_label(b.label))
            .collect();
        let nth = bars_per_name(ui, &names);
        still_plot(
            "stability",
            &tr!("stats-axis-stability"),
            &tr!("stats-axis-cards"),
        )
        .x_axis_formatter(name_axis(names))
        .x_grid_spacer(every_nth_bar(s.stability.len(), nth))
        .include_y(0.0)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(tr!("stats-series-cards"), bars).color(EASY));
        });
    });
}

/// The stability bucket holding the middle answered card.
fn median_bucket(s: &StatsSnapshot) -> Option<&'static str> {
    let answered: u32 = s.stability.iter().map(|b| b.cards).sum();
    if answered == 0 {
        return None;
    }
    let mut seen = 0;
    for bucket in &s.stability {
        seen += bucket.cards;
        if seen * 2 >= answered {
            return Some(bucket.label);
        }
    }
    None
}

/// A year of study days, one column per week, Monday at the top.
fn calendar(ui: &mut egui::Ui, s: &StatsSnapshot) {
    let reading = tr!(
        "stats-days-reading",
        days = s.study_days,
        streak = days_text(s.streaks.current_days),
        longest = days_text(s.streaks.longest_days)
    );
    section(ui, &tr!("stats-days-title"), &reading, |ui| {
        let last_monday =
            s.today - Duration::days(i64::from(s.today.weekday().num_days_from_monday()));
        let weeks = 53;
        let first_monday = last_monday - Duration::weeks(weeks - 1);
        let max = s
            .days
            .iter()
            .map(DayActivity::reviews)
            .max()
            .unwrap_or(0)
            .max(1);
        let oldest = s.days.first().map_or(s.today, |d| d.day);
        // Rows from the bottom up: Sunday first, so Monday is drawn at the top.
        let mut values = Vec::with_capacity(7 * weeks as usize);
        for weekday in (0..7).rev() {
            for week in 0..weeks {
                let day = first_monday + Duration::weeks(week) + Duration::days(weekday);
                let value = if day > s.today || day < oldest {
                    -1.0
                } else {
                    let index = (day - oldest).num_days() as usize;
                    s.days.get(index).map_or(0.0, |d| f64::from(d.reviews()))
                };
                values.push(value);
            }
        }
        let empty = Color32::from_gray(if ui.visuals().dark_mode { 48 } else { 225 });
        let mapping = move |v: f64| {
            if v < 0.0 {
                Color32::TRANSPARENT
            } else if v == 0.0 {
                empty
            } else {
                let t = (v / f64::from(max)).sqrt() as f32;
                Color32::from_rgb(
                    (200.0 - 160.0 * t) as u8,
                    (230.0 - 90.0 * t) as u8,
                    (200.0 - 140.0 * t) as u8,
                )
            }
        };
        let heatmap = Heatmap::new(values, weeks as usize)
            .show_labels(false)
            .custom_mapping(Box::new(mapping))
            .name(tr!("stats-series-answers"));
        let weekday_names = [
            tr!("weekday-sun"),
            tr!("weekday-sat"),
            tr!("weekday-fri"),
            tr!("weekday-thu"),
            tr!("weekday-wed"),
            tr!("weekday-tue"),
            tr!("weekday-mon"),
        ];
        Plot::new("calendar")
            .height(170.0)
            .x_axis_label(tr!("stats-axis-week"))
            .y_axis_label(tr!("stats-axis-weekday"))
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .show_grid(false)
            .set_margin_fraction(egui::Vec2::ZERO)
            .x_axis_formatter(move |mark, _| {
                if mark.value.fract() != 0.0 || mark.value < 0.0 {
                    return String::new();
                }
                format_month_year(&(first_monday + Duration::weeks(mark.value as i64)))
            })
            .y_axis_formatter(move |mark, _| {
                let row = mark.value - 0.5;
                if row.fract() != 0.0 || !(0.0..7.0).contains(&row) {
                    return String::new();
                }
                weekday_names[row as usize].clone()
            })
            // Every other weekday is labelled; seven labels do not fit the height.
            .y_grid_spacer(|_| {
                [0.5, 2.5, 4.5, 6.5]
                    .map(|value| GridMark {
                        value,
                        step_size: 2.0,
                    })
                    .to_vec()
            })
            .label_formatter(move |position| {
                let (HoverPosition::NearDataPoint { position, .. }
                | HoverPosition::Elsewhere { position }) = *position;
                let PlotPoint { x, y } = position;
                if x < 0.0 || !(0.0..7.0).contains(&y) {
                    return None;
                }
                let day = first_monday + Duration::weeks(x as i64) + Duration::days(6 - y as i64);
                Some(format_weekday_date(&day))
            })
            .show(ui, |plot| plot.heatmap(heatmap));
    });
}

fn mastery(ui: &mut egui::Ui, s: &StatsSnapshot) {
    for deck in &s.mastery {
        let facts: usize = deck.topics.iter().map(|t| t.facts).sum();
        let mastered: usize = deck.topics.iter().map(|t| t.mastered).sum();
        let mut reading = tr!(
            "stats-mastery-reading",
            mastered = mastered,
            facts = facts,
            retention = percent(s.desired_retention)
        );
        reading.push(' ');
        reading.push_str(&super::home::weakest_text(&weakest_topic(&deck.topics)));
        let title = tr!("stats-mastery-title", deck = deck.title.as_str());
        section(ui, &title, &reading, |ui| {
            egui::Grid::new(("mastery", &deck.deck_id))
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    for topic in &deck.topics {
                        ui.label(&topic.name);
                        mastery_bar(ui, topic, 360.0);
                        ui.end_row();
                    }
                });
        });
    }
}

/// A bar showing how much of a topic is mastered, "3 of 10 facts" written on it.
pub(super) fn mastery_bar(ui: &mut egui::Ui, topic: &TopicMastery, width: f32) -> egui::Response {
    let text = tr!(
        "stats-facts-of",
        mastered = topic.mastered,
        facts = topic.facts
    );
    let color = if topic.share() >= 0.8 {
        GOOD
    } else if topic.share() >= 0.4 {
        HARD
    } else {
        AGAIN
    };
    // The count stands beside the bar, not on it, so it stays readable whatever the
    // bar's fill and the theme.
    ui.horizontal(|ui| {
        ui.add(
            egui::ProgressBar::new(topic.share())
                .desired_width(width)
                .desired_height(12.0)
                .fill(color),
        );
        ui.label(text)
    })
    .inner
}

pub(super) fn percent(share: f32) -> String {
    format_percent(f64::from(share))
}

pub(super) fn days_text(days: u32) -> String {
    tr!("count-days", count = days)
}

/// "45 s", "12 min", "1 h 05 min".
pub(super) fn duration_text(ms: i64) -> String {
    let seconds = (ms.max(0) + 500) / 1000;
    if seconds < 60 {
        return tr!("duration-seconds", seconds = seconds);
    }
    let minutes = (seconds + 30) / 60;
    if minutes < 60 {
        return tr!("duration-minutes", minutes = minutes);
    }
    tr!(
        "duration-hours",
        hours = minutes / 60,
        minutes = format!("{:02}", minutes % 60)
    )
}

/// A stability bucket's span ("1–3 d") in the interface's language.
fn stability_label(label: &str) -> String {
    match label {
        "< 1 d" => tr!("stability-under-1-day"),
        "1–3 d" => tr!("stability-1-3-days"),
        "3–7 d" => tr!("stability-3-7-days"),
        "1–2 wk" => tr!("stability-1-2-weeks"),
        "2–4 wk" => tr!("stability-2-4-weeks"),
        "1–3 mo" => tr!("stability-1-3-months"),
        "3–6 mo" => tr!("stability-3-6-months"),
        "6–12 mo" => tr!("stability-6-12-months"),
        "≥ 1 y" => tr!("stability-a-year-or-more"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_written_in_the_unit_a_learner_thinks_in() {
        assert_eq!(duration_text(0), "0 s");
        assert_eq!(duration_text(44_600), "45 s");
        assert_eq!(duration_text(12 * 60_000 + 20_000), "12 min");
        assert_eq!(duration_text(65 * 60_000), "1 h 05 min");
    }
}
