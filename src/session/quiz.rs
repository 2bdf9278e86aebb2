//! A quiz run (exam mode): its questions, the answers with their score, the time limit,
//! the summary saved in the quiz history, and "practise my mistakes". Each answer counts as
//! a review by the rules of `grading.rs`, which study sessions follow too.

use super::SessionError;
use super::collection::{AnswerReceipt, Collection};
use super::grading::{overrule_checked, ratings_for, record_checked};
use crate::clock::to_millis;
use crate::deck::{CardId, Deck};
use crate::quiz::{
    Checked, Question, QuestionBody, QuestionKind, QuizLength, QuizSpec, Response, build_quiz,
    check,
};
use crate::schedule::Outcome;
use crate::store::{QuizQuestionRecord, QuizRecord};
use std::collections::BTreeMap;

/// When the learner sees how they did in a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackMode {
    /// After each question, with "I was right".
    Immediate,
    /// All together on the results screen.
    AtEnd,
}

/// What the learner chose on the quiz setup screen.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizOptions {
    pub spec: QuizSpec,
    pub feedback: FeedbackMode,
    /// Minutes the whole quiz may take; `None` for no limit.
    pub time_limit_minutes: Option<u32>,
}

/// A question answered in a quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizAnswer {
    pub response: Response,
    pub checked: Checked,
    pub elapsed_ms: i64,
    /// The learner said they were right, and the answer was counted right.
    pub overruled: bool,
    receipts: Vec<AnswerReceipt>,
}

impl QuizAnswer {
    /// What the answer did to each card of the question: the rating counted and when the
    /// card is back, in the order of the question's parts.
    pub fn outcomes(&self) -> impl Iterator<Item = &Outcome> {
        self.receipts.iter().map(|r| &r.outcome)
    }

    /// Credit from 0 to 1, counting "I was right".
    pub fn score(&self) -> f32 {
        if self.overruled {
            1.0
        } else {
            self.checked.score
        }
    }

    pub fn is_right(&self) -> bool {
        self.overruled || self.checked.verdict.is_right()
    }
}

/// Where a quiz stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizStage {
    /// Question `n` (from 0) is asked.
    Asking(usize),
    /// Question `n` was answered and its feedback is shown.
    Feedback(usize),
    Finished,
}

/// A topic's share of a quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicScore {
    pub topic_id: String,
    pub name: String,
    pub questions: usize,
    pub points: f32,
}

/// A question not fully right, for the results screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    pub position: usize,
    pub question: Question,
    /// What was given; `None` when time ran out first.
    pub given: Option<String>,
    pub right_answer: String,
    /// The cards the learner got wrong (all of them for an unanswered question).
    pub wrong_cards: Vec<CardId>,
}

/// The result of a finished quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizSummary {
    /// The quiz's id in the history.
    pub quiz_id: i64,
    pub question_count: usize,
    pub answered: usize,
    pub points: f32,
    pub elapsed_ms: i64,
    pub timed_out: bool,
    pub by_topic: Vec<TopicScore>,
    pub mistakes: Vec<Mistake>,
}

impl QuizSummary {
    /// Points as a share of the questions, from 0 to 1.
    pub fn score(&self) -> f32 {
        if self.question_count == 0 {
            0.0
        } else {
            self.points / self.question_count as f32
        }
    }
}

/// One quiz, from its first question to its results.
pub struct QuizRun {
    deck_id: String,
    options: QuizOptions,
    questions: Vec<Question>,
    answers: Vec<Option<QuizAnswer>>,
    stage: QuizStage,
    started_at: i64,
    /// When the current question was shown, to log the time taken.
    shown_at: i64,
    /// Points and answers so far, kept up to date as answers come in (for the header).
    so_far: (f32, usize),
    summary: Option<QuizSummary>,
}

impl QuizRun {
    /// Builds the quiz and shows its first question.
    pub fn start(
        collection: &Collection,
        deck_id: &str,
        options: QuizOptions,
    ) -> Result<QuizRun, SessionError> {
        let deck = collection
            .deck(deck_id)
            .ok_or_else(|| SessionError::UnknownDeck(deck_id.to_string()))?;
        let questions = build_quiz(deck, &options.spec);
        QuizRun::with_questions(collection, deck_id, options, questions)
    }

    /// A quiz of questions already built for `options` (`build_quiz` of its spec, which a
    /// window may build over several frames), showing its first question.
    pub fn with_questions(
        collection: &Collection,
        deck_id: &str,
        options: QuizOptions,
        questions: Vec<Question>,
    ) -> Result<QuizRun, SessionError> {
        collection
            .deck(deck_id)
            .ok_or_else(|| SessionError::UnknownDeck(deck_id.to_string()))?;
        if questions.is_empty() {
            return Err(SessionError::EmptyQuiz);
        }
        let now = to_millis(collection.now());
        Ok(QuizRun {
            deck_id: deck_id.to_string(),
            answers: vec![None; questions.len()],
            questions,
            options,
            stage: QuizStage::Asking(0),
            started_at: now,
            shown_at: now,
            so_far: (0.0, 0),
            summary: None,
        })
    }

    pub fn deck_id(&self) -> &str {
        &self.deck_id
    }

    pub fn options(&self) -> &QuizOptions {
        &self.options
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    pub fn answer(&self, index: usize) -> Option<&QuizAnswer> {
        self.answers.get(index).and_then(Option::as_ref)
    }

    pub fn stage(&self) -> QuizStage {
        self.stage
    }

    pub fn summary(&self) -> Option<&QuizSummary> {
        self.summary.as_ref()
    }

    /// Points earned and questions answered so far.
    pub fn score_so_far(&self) -> (f32, usize) {
        self.so_far
    }

    fn recount(&mut self) {
        let answered = self.answers.iter().flatten();
        self.so_far = (
            answered.clone().map(QuizAnswer::score).sum::<f32>() + 0.0,
            answered.count(),
        );
    }

    pub fn started_at(&self) -> i64 {
        self.started_at
    }

    /// The question on screen (asked or with its feedback).
    pub fn current(&self) -> Option<(usize, &Question)> {
        match self.stage {
            QuizStage::Asking(i) | QuizStage::Feedback(i) => Some((i, &self.questions[i])),
            QuizStage::Finished => None,
        }
    }

    /// Milliseconds left under the time limit at `now_ms`; `None` without a limit.
    pub fn time_left_ms(&self, now_ms: i64) -> Option<i64> {
        self.options
            .time_limit_minutes
            .map(|m| (self.started_at + i64::from(m) * 60_000 - now_ms).max(0))
    }

    /// Ends the quiz if its time is up. Returns true if it did.
    pub fn check_time(&mut self, collection: &mut Collection) -> Result<bool, SessionError> {
        let now = to_millis(collection.now());
        if self.stage != QuizStage::Finished && self.time_left_ms(now) == Some(0) {
            self.finish(collection)?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Checks and records the answer to the question asked. With feedback at the end the
    /// next question follows at once; otherwise the feedback is shown.
    pub fn submit(
        &mut self,
        collection: &mut Collection,
        response: Response,
    ) -> Result<(), SessionError> {
        let QuizStage::Asking(index) = self.stage else {
            return Ok(());
        };
        if self.check_time(collection)? {
            return Ok(());
        }
        let question = &self.questions[index];
        let elapsed_ms = (to_millis(collection.now()) - self.shown_at).max(0);
        let checked = check(question, &response);
        let ratings = ratings_for(question, &checked, elapsed_ms, |card| {
            collection.card_state(&self.deck_id, card.as_str())
        });
        let receipts = record_checked(
            collection,
            &self.deck_id,
            question,
            &checked,
            &ratings,
            elapsed_ms,
        )?;
        self.answers[index] = Some(QuizAnswer {
            response,
            checked,
            elapsed_ms,
            overruled: false,
            receipts,
        });
        self.recount();
        match self.options.feedback {
            FeedbackMode::Immediate => {
                self.stage = QuizStage::Feedback(index);
                Ok(())
            }
            FeedbackMode::AtEnd => self.move_on(collection, index),
        }
    }

    /// "I was right" on the feedback of a question not judged right: the answer counts
    /// as right, and its cards are rated Good instead.
    pub fn overrule(&mut self, collection: &mut Collection) -> Result<(), SessionError> {
        let QuizStage::Feedback(index) = self.stage else {
            return Ok(());
        };
        let question = &self.questions[index];
        let Some(answer) = self.answers[index].as_mut() else {
            return Ok(());
        };
        if answer.is_right() {
            return Ok(());
        }
        let receipts = overrule_checked(
            collection,
            &self.deck_id,
            question,
            &answer.checked,
            &mut answer.receipts,
            answer.elapsed_ms,
        )?;
        answer.receipts = receipts;
        answer.overruled = true;
        self.recount();
        Ok(())
    }

    /// From a question's feedback to the next question, or to the results.
    pub fn next(&mut self, collection: &mut Collection) -> Result<(), SessionError> {
        if let QuizStage::Feedback(index) = self.stage {
            self.move_on(collection, index)?;
        }
        Ok(())
    }

    fn move_on(&mut self, collection: &mut Collection, index: usize) -> Result<(), SessionError> {
        if index + 1 < self.questions.len() {
            self.stage = QuizStage::Asking(index + 1);
            self.shown_at = to_millis(collection.now());
            self.check_time(collection)?;
            Ok(())
        } else {
            self.finish(collection)
        }
    }

    /// Ends the quiz (questions not yet answered count as wrong) and saves it in the
    /// history.
    pub fn finish(&mut self, collection: &mut Collection) -> Result<(), SessionError> {
        if self.stage == QuizStage::Finished {
            return Ok(());
        }
        let now = collection.now();
        let finished_at = to_millis(now);
        let record = QuizRecord {
            deck_id: self.deck_id.clone(),
            started_at: self.started_at,
            finished_at,
            utc_offset_secs: now.offset().local_minus_utc(),
            seed: self.options.spec.seed,
            questions: self
                .questions
                .iter()
                .zip(&self.answers)
                .enumerate()
                .map(|(position, (q, a))| QuizQuestionRecord {
                    position,
                    question_kind: q.kind.name().to_string(),
                    topic: q.topic.clone(),
                    fact_ids: q.fact_ids().iter().map(|f| f.to_string()).collect(),
                    prompt: q.prompt.clone(),
                    given: a.as_ref().map(|a| a.checked.given.clone()),
                    expected: right_answer(q),
                    score: a.as_ref().map_or(0.0, |a| f64::from(a.score())),
                })
                .collect(),
        };
        let quiz_id = collection.save_quiz(&record)?;
        let deck = collection.deck(&self.deck_id);
        self.summary = Some(self.summarise(deck, quiz_id, finished_at));
        self.stage = QuizStage::Finished;
        Ok(())
    }

    fn summarise(&self, deck: Option<&Deck>, quiz_id: i64, finished_at: i64) -> QuizSummary {
        let mut topics: BTreeMap<String, TopicScore> = BTreeMap::new();
        let mut mistakes = Vec::new();
        for (position, (question, answer)) in self.questions.iter().zip(&self.answers).enumerate() {
            let score = answer.as_ref().map_or(0.0, QuizAnswer::score);
            let topic = topics
                .entry(question.topic.clone())
                .or_insert_with(|| TopicScore {
                    topic_id: question.topic.clone(),
                    name: deck
                        .and_then(|d| d.topic(&question.topic))
                        .map_or_else(|| question.topic.clone(), |t| t.name.clone()),
                    questions: 0,
                    points: 0.0,
                });
            topic.questions += 1;
            topic.points += score;
            if answer.as_ref().is_some_and(QuizAnswer::is_right) {
                continue;
            }
            let wrong_cards = match answer {
                Some(a) => a
                    .checked
                    .parts
                    .iter()
                    .filter(|p| !p.right)
                    .map(|p| p.card.clone())
                    .collect(),
                None => question.cards.clone(),
            };
            mistakes.push(Mistake {
                position,
                question: question.clone(),
                given: answer.as_ref().map(|a| a.checked.given.clone()),
                right_answer: right_answer(question),
                wrong_cards,
            });
        }
        // Topics in the deck's order.
        let order = |id: &str| {
            deck.and_then(|d| d.topics.iter().position(|t| t.id == id))
                .unwrap_or(usize::MAX)
        };
        let mut by_topic: Vec<TopicScore> = topics.into_values().collect();
        by_topic.sort_by_key(|t| order(&t.topic_id));
        QuizSummary {
            quiz_id,
            question_count: self.questions.len(),
            answered: self.answers.iter().filter(|a| a.is_some()).count(),
            points: self.answers.iter().flatten().map(QuizAnswer::score).sum(),
            elapsed_ms: finished_at - self.started_at,
            timed_out: self.answers.iter().any(Option::is_none),
            by_topic,
            mistakes,
        }
    }

    /// Options for a quiz of just this quiz's mistakes: the cards got wrong, each asked
    /// once, with the same kinds of question and feedback. `None` without mistakes.
    pub fn mistakes_quiz(&self, seed: u64) -> Option<QuizOptions> {
        let summary = self.summary.as_ref()?;
        let cards: Vec<CardId> = summary
            .mistakes
            .iter()
            .flat_map(|m| m.wrong_cards.clone())
            .collect();
        if cards.is_empty() {
            return None;
        }
        let mut spec = self.options.spec.clone();
        spec.length = QuizLength::All;
        spec.topics = Vec::new();
        spec.only_cards = Some(cards);
        spec.seed = seed;
        // Matching and timelines need more cards than a handful of mistakes may give;
        // every other kind can ask any of them.
        for kind in [QuestionKind::MultipleChoice, QuestionKind::TrueFalse] {
            if !spec.kinds.contains(&kind) {
                spec.kinds.push(kind);
            }
        }
        Some(QuizOptions {
            spec,
            feedback: self.options.feedback,
            time_limit_minutes: None,
        })
    }
}

/// The right answer of a question, as text for the results and the history.
pub fn right_answer(question: &Question) -> String {
    match &question.body {
        QuestionBody::Choice { options, correct } => options
            .get(*correct)
            .map(|o| o.text.clone())
            .unwrap_or_default(),
        QuestionBody::Typed { expected } => expected.shown(),
        QuestionBody::TrueFalse {
            truth,
            correct_text,
            ..
        } => format!("{} — {correct_text}", crate::quiz::truth_word(*truth)),
        // Checking builds the right order or pairing whatever was given.
        QuestionBody::Matching { .. } => {
            check(question, &Response::Matching(Vec::new())).right_answer
        }
        QuestionBody::Timeline { .. } => {
            check(question, &Response::Timeline(Vec::new())).right_answer
        }
    }
}
