//! The cash chart's marks as SVG path data: each series' bars as one path, and
//! the cumulative line's dots as another. A dragged slider then changes a few
//! attributes of the chart, not the y and height of every bar (the bars' own
//! rectangles, with their tooltips and explanations, are drawn as transparent
//! hit areas that follow a painted frame later).

use crate::scenario::values::{push_fixed, write_fixed};
use crate::view::chart::{Chart, Series};

/// Radius of a dot on the cumulative line.
pub const DOT_RADIUS: f64 = 2.5;

/// A coordinate with one decimal: keeps paths and the SVG short (every chart
/// writes its coordinates with this).
pub fn n(value: f64) -> String {
    write_fixed(value, 1)
}

/// The bars of `series`, each a closed rectangle: `M x y h w v h h -w Z`.
pub fn series_path(chart: &Chart, series: Series) -> String {
    let mut path = String::with_capacity(40 * chart.bars.len());
    for bar in chart.bars.iter().filter(|bar| bar.part == series) {
        path.push('M');
        push_fixed(&mut path, bar.x, 1);
        path.push(' ');
        push_fixed(&mut path, bar.y, 1);
        path.push('h');
        push_fixed(&mut path, bar.width, 1);
        path.push('v');
        push_fixed(&mut path, bar.height, 1);
        path.push_str("h-");
        push_fixed(&mut path, bar.width, 1);
        path.push('Z');
    }
    path
}

/// The dots on the cumulative line, each a circle drawn as two arcs.
pub fn dots_path(chart: &Chart) -> String {
    let (r, d) = (n(DOT_RADIUS), n(2.0 * DOT_RADIUS));
    let arcs = format!("a{r} {r} 0 1 0 {d} 0a{r} {r} 0 1 0 -{d} 0Z");
    let mut path = String::with_capacity((arcs.len() + 14) * chart.dots.len());
    for (x, y) in &chart.dots {
        path.push('M');
        push_fixed(&mut path, x - DOT_RADIUS, 1);
        path.push(' ');
        push_fixed(&mut path, *y, 1);
        path.push_str(&arcs);
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::VentureInputs;
    use crate::scenario::run;

    fn chart() -> Chart {
        let inputs = VentureInputs::defaults();
        let run = run::venture(&inputs);
        let outcome = run.as_ref().as_ref().expect("the defaults compute");
        crate::view::chart::chart(&inputs, outcome)
    }

    #[test]
    fn each_bar_of_a_series_is_one_closed_rectangle_of_its_path() {
        let chart = chart();
        for series in Series::ALL {
            let bars: Vec<_> = chart.bars.iter().filter(|b| b.part == series).collect();
            let path = series_path(&chart, series);
            assert_eq!(path.matches('M').count(), bars.len());
            assert_eq!(path.matches('Z').count(), bars.len());
            if let Some(bar) = bars.first() {
                let first = format!(
                    "M{} {}h{}v{}h-{}Z",
                    n(bar.x),
                    n(bar.y),
                    n(bar.width),
                    n(bar.height),
                    n(bar.width)
                );
                assert!(path.starts_with(&first), "{path}");
            }
        }
        assert!(!series_path(&chart, Series::Thil).is_empty());
    }

    #[test]
    fn each_dot_is_a_circle_about_its_point() {
        let chart = chart();
        let path = dots_path(&chart);
        assert_eq!(path.matches('M').count(), chart.dots.len());
        if let Some((x, y)) = chart.dots.first() {
            assert!(
                path.starts_with(&format!("M{} {}a2.5 2.5 0 1 0 5.0 0", n(x - 2.5), n(*y))),
                "{path}"
            );
        }
    }
}
