//! `--exit-after-first-frame`: measures how long the program takes from start to its
//! first frame on screen, then closes the window.

use eframe::egui;
use std::time::Instant;

/// Wraps the app; once a frame has been drawn and shown, prints the time since `started`
/// and asks the window to close.
pub struct ExitAfterFirstFrame<A> {
    pub app: A,
    pub started: Instant,
    frames: u32,
}

impl<A> ExitAfterFirstFrame<A> {
    pub fn new(app: A, started: Instant) -> Self {
        ExitAfterFirstFrame {
            app,
            started,
            frames: 0,
        }
    }
}

impl<A: eframe::App> eframe::App for ExitAfterFirstFrame<A> {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        self.frames += 1;
        // The first frame is presented after this pass returns; the second pass starts
        // once it is on screen.
        if self.frames == 1 {
            ui.ctx().request_repaint();
        } else if self.frames == 2 {
            println!(
                "first frame on screen after {:.1} ms",
                self.started.elapsed().as_secs_f64() * 1000.0
            );
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}
