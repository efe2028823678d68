//! Reusing the last result while its input repeats: months whose lines repeat
//! (no growth, no new costs) are not computed again.

/// The last key a computation was run for, and its result.
#[derive(Debug, Clone, Copy)]
pub struct Repeat<K, V> {
    last: Option<(K, V)>,
}

impl<K: PartialEq + Copy, V: Copy> Default for Repeat<K, V> {
    fn default() -> Self {
        Repeat { last: None }
    }
}

impl<K: PartialEq + Copy, V: Copy> Repeat<K, V> {
    /// `compute(key)`, or the value it gave last time if `key` is the last key.
    /// An error is returned and not remembered.
    pub fn get<E>(&mut self, key: K, compute: impl FnOnce(K) -> Result<V, E>) -> Result<V, E> {
        if let Some((last_key, value)) = self.last {
            if last_key == key {
                return Ok(value);
            }
        }
        let value = compute(key)?;
        self.last = Some((key, value));
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_again_only_for_a_new_key() {
        let mut runs = 0;
        let mut repeat = Repeat::default();
        let mut square = |x: i64| {
            repeat.get(x, |x| {
                runs += 1;
                Ok::<i64, ()>(x * x)
            })
        };
        assert_eq!(square(3), Ok(9));
        assert_eq!(square(3), Ok(9));
        assert_eq!(square(4), Ok(16));
        assert_eq!(square(3), Ok(9));
        assert_eq!(runs, 3);
    }
}
