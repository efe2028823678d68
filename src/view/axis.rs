//! Chart axes: round tick values (1, 2, 2.5 or 5 × 10^k) for a value axis that
//! always holds zero, and how many months apart the month labels stand.

/// A step of 1, 2, 2.5 or 5 × 10^k giving about `target` intervals over `span`.
fn nice_step(span: f64, target: f64) -> f64 {
    let raw = span / target;
    let magnitude = 10f64.powf(raw.log10().floor());
    let normal = raw / magnitude;
    let nice = if normal <= 1.0 {
        1.0
    } else if normal <= 2.0 {
        2.0
    } else if normal <= 2.5 {
        2.5
    } else if normal <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// A value axis from `low` to `high` (zero always included): the rounded
/// domain and the tick values.
pub fn value_axis(low: f64, high: f64, target: f64) -> (f64, f64, Vec<f64>) {
    let low = low.min(0.0);
    let high = high.max(0.0);
    let (low, high) = if (high - low).abs() < 1e-9 || !(high - low).is_finite() {
        (0.0, 1.0)
    } else {
        (low, high)
    };
    let step = nice_step(high - low, target);
    let first = (low / step).floor();
    let last = (high / step).ceil();
    let ticks: Vec<f64> = (0..=((last - first) as i64).max(0))
        .map(|i| (first + i as f64) * step)
        .map(|v| if v == 0.0 { 0.0 } else { v })
        .collect();
    (first * step, last * step, ticks)
}

/// Stacks signed values on a zero line, in order: positive ones up from zero,
/// negative ones down; zeros are skipped. Each part with where it starts and ends.
pub fn stack<T>(parts: impl IntoIterator<Item = (T, f64)>) -> Vec<(T, f64, f64)> {
    let (mut up, mut down) = (0.0, 0.0);
    let mut stacked = Vec::new();
    for (part, value) in parts {
        if value > 0.0 {
            stacked.push((part, up, up + value));
            up += value;
        } else if value < 0.0 {
            stacked.push((part, down, down + value));
            down += value;
        }
    }
    stacked
}

/// Labels every month up to 12 months, then every 2nd, 3rd, 6th… month.
pub fn month_step(months: usize) -> u32 {
    [1, 2, 3, 6, 12, 24]
        .into_iter()
        .find(|step| months.div_ceil(*step as usize) <= 12)
        .unwrap_or(24)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_are_round_and_hold_zero() {
        let (low, high, ticks) = value_axis(0.0, 75_200.0, 4.0);
        assert_eq!((low, high), (0.0, 80_000.0));
        assert_eq!(ticks, vec![0.0, 20_000.0, 40_000.0, 60_000.0, 80_000.0]);
        let (low, high, ticks) = value_axis(-80_000.0, 466_726.32, 3.0);
        assert_eq!((low, high), (-200_000.0, 600_000.0));
        assert!(ticks.contains(&0.0));
        assert_eq!(
            value_axis(0.0, 0.0, 4.0).1,
            1.0,
            "a flat chart still has a scale"
        );
    }

    #[test]
    fn stacks_go_up_and_down_from_zero() {
        let stacked = stack([("a", 2.0), ("b", -1.0), ("c", 0.0), ("d", 3.0), ("e", -4.0)]);
        assert_eq!(
            stacked,
            vec![
                ("a", 0.0, 2.0),
                ("b", 0.0, -1.0),
                ("d", 2.0, 5.0),
                ("e", -1.0, -5.0)
            ]
        );
    }

    #[test]
    fn month_labels_stay_few() {
        assert_eq!(month_step(12), 1);
        assert_eq!(month_step(24), 2);
        assert_eq!(month_step(36), 3);
        assert_eq!(month_step(120), 12);
    }
}
