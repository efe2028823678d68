//! One small stable sort for the short lists the model orders (cost items, dates,
//! pay-downs, messages): `std`'s sort is fast on long lists but is compiled
//! anew, a few KB of wasm, for every element type it sorts. An insertion sort
//! is a few dozen bytes and quadratic only on lists far longer than these.

/// Sorts `items` stably by `less` (a strict "comes before").
pub fn sort_small_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && less(&items[at], &items[at - 1]) {
            items.swap(at, at - 1);
            at -= 1;
        }
    }
}

/// Sorts `items` stably by a key.
pub fn sort_small_by_key<T, K: PartialOrd>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_small_by(items, |a, b| key(a) < key(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        let mut seed = 12345u64;
        for len in 0..60 {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_small_by_key(&mut items, |item| item.0);
            assert_eq!(items, expected, "len {len}");
        }
    }
}
