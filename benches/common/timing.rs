//! Timing many runs of one operation and summing them up: shared by the benchmarks that
//! print their own percentiles (divan gives medians, not a p99 of single answers).

use std::time::{Duration, Instant};

/// The start of one timed run; a run may restart it once its untimed preparation is done.
pub struct Lap(Instant);

impl Lap {
    pub fn start(&mut self) {
        self.0 = Instant::now();
    }
}

/// Times `step` up to `times` times, one duration per call, each from the call (or from
/// its `Lap::start`) to its return. Stops early when `step` returns `false`, meaning
/// there was nothing left to do; that call is not counted.
pub fn time_each(times: usize, mut step: impl FnMut(&mut Lap) -> bool) -> Vec<Duration> {
    let mut durations = Vec::with_capacity(times);
    while durations.len() < times {
        let mut lap = Lap(Instant::now());
        if !step(&mut lap) {
            break;
        }
        durations.push(lap.0.elapsed());
    }
    durations
}

pub fn mean(times: &[Duration]) -> Duration {
    times.iter().sum::<Duration>() / times.len().max(1) as u32
}

/// The `p` quantile (0 to 1) by the nearest rank.
pub fn percentile(times: &[Duration], p: f64) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

pub fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}
