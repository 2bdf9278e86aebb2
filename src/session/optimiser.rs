//! "Optimise for me": the learner's own FSRS parameters fitted on a thread of their own,
//! so that the window keeps drawing while the fit runs (seconds on a long log).

use super::{Collection, SessionError};
use crate::schedule::evaluate::{Optimisation, optimise};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// A fit under way.
pub struct Optimiser {
    result: Receiver<Result<Optimisation, String>>,
}

/// Where a fit stands.
pub enum Fit {
    Running,
    Done(Result<Optimisation, String>),
    /// The thread ended without an answer (it panicked).
    Stopped,
}

impl Optimiser {
    /// Starts fitting the parameters to the collection's log; `wake` is called from the
    /// fitting thread once the result is ready (the window asks for a new frame).
    pub fn start(
        collection: &Collection,
        wake: impl FnOnce() + Send + 'static,
    ) -> Result<Optimiser, SessionError> {
        let (_, items) = collection.training_items()?;
        let current = collection.settings().fsrs_parameters.clone();
        let (sender, result) = channel();
        std::thread::spawn(move || {
            let fitted = optimise(&items, &current).map_err(|e| e.to_string());
            // The window may be gone; then nobody needs the result.
            let _ = sender.send(fitted);
            wake();
        });
        Ok(Optimiser { result })
    }

    /// The fit's result once it is there.
    pub fn poll(&self) -> Fit {
        match self.result.try_recv() {
            Ok(result) => Fit::Done(result),
            Err(TryRecvError::Empty) => Fit::Running,
            Err(TryRecvError::Disconnected) => Fit::Stopped,
        }
    }
}

impl Collection {
    /// Schedules with `fitted` parameters from now on (an empty list: FSRS's defaults).
    pub fn use_fsrs_parameters(&mut self, fitted: Vec<f32>) -> Result<(), SessionError> {
        let mut settings = self.settings().clone();
        settings.fsrs_parameters = fitted;
        self.set_settings(settings)
    }
}
