//! Numbers for drawing (a chart's coordinates, a measurement's milliseconds)
//! written with a fixed number of decimals, digit by digit: no float formatter
//! in the wasm (about 13 KB), and no `core::fmt` or `String` per number where
//! the chart writes hundreds of them on every move of a slider.

/// An `f64` written with exactly `dp` decimals (at most 9), rounded half away
/// from zero, never "-0.0": scaled and written as an integer, so that the wasm
/// carries no float formatter (about 13 KB). A value that is not finite, or
/// beyond ±9·10^18 once scaled, is written as 0.
pub fn write_fixed(value: f64, dp: u32) -> String {
    let mut out = String::new();
    push_fixed(&mut out, value, dp);
    out
}

/// `write_fixed` appended to `out`, digit by digit without `core::fmt` or a
/// String of its own: the chart writes hundreds of coordinates on every move of
/// a slider, and formatting them was a sixth of the move's work.
pub fn push_fixed(out: &mut String, value: f64, dp: u32) {
    let dp = dp.min(9) as usize;
    let scaled = (value * 10f64.powi(dp as i32)).round();
    let whole = if scaled.is_finite() && scaled.abs() < 9.0e18 {
        scaled as i64
    } else {
        0
    };
    // The digits, least significant first, padded to one before the point.
    let mut digits = [b'0'; 20];
    let mut left = whole.unsigned_abs();
    let mut count = 0;
    while left > 0 || count <= dp {
        digits[count] = b'0' + (left % 10) as u8;
        left /= 10;
        count += 1;
    }
    if whole < 0 {
        out.push('-');
    }
    for at in (0..count).rev() {
        if at + 1 == dp {
            out.push('.');
        }
        out.push(char::from(digits[at]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_decimals_round_half_away_and_never_show_minus_zero() {
        assert_eq!(write_fixed(9.4460581, 6), "9.446058");
        assert_eq!(write_fixed(-0.0000001, 6), "0.000000");
        assert_eq!(write_fixed(2.25, 1), "2.3");
        assert_eq!(write_fixed(-2.25, 1), "-2.3");
        assert_eq!(write_fixed(0.05, 1), "0.1");
        assert_eq!(write_fixed(-1234.5, 0), "-1235");
        assert_eq!(write_fixed(0.5, 2), "0.50");
        assert_eq!(write_fixed(f64::NAN, 2), "0.00");
        assert_eq!(write_fixed(7.0, 0), "7");
        assert_eq!(write_fixed(0.0, 0), "0");
        assert_eq!(write_fixed(-0.4, 0), "0");
        assert_eq!(write_fixed(1.5e20, 1), "0.0");
        assert_eq!(write_fixed(-9.0e17, 0), "-900000000000000000");
        assert_eq!(write_fixed(0.000000001, 9), "0.000000001");
        let mut joined = String::from("M");
        push_fixed(&mut joined, 12.34, 1);
        push_fixed(&mut joined, -0.06, 1);
        assert_eq!(joined, "M12.3-0.1");
        for (value, dp) in [(123.456, 2), (-0.001, 3), (1e10 / 3.0, 4), (0.125, 2)] {
            let ours = write_fixed(value, dp);
            let theirs = format!("{value:.*}", dp as usize);
            assert!(
                ours == theirs
                    || (ours.parse::<f64>().unwrap() - theirs.parse::<f64>().unwrap()).abs()
                        <= 1.0001 * 10f64.powi(-(dp as i32)),
                "{value} {dp}: {ours} vs {theirs}"
            );
        }
    }
}
