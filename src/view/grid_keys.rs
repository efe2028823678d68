//! One keyboard model for a grid of cells behind one focusable control (the
//! heatmap's 41 × 41 scenarios, the stop chart's days): given the key's name,
//! the cursor's cell and the grid's shape, where the cursor moves, or that the
//! cell is picked. The components only apply the answer, so every key is
//! tested here natively.

/// The cells a control holds, and so what its keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `rows` × `cols` cells, row 0 at the top: the arrows move one cell,
    /// Home and End to the ends of the row, Page Up and Page Down to the ends
    /// of the column.
    Grid { rows: usize, cols: usize },
    /// One row of `cells`, read like a slider: Right and Up move to the next
    /// cell, Left and Down to the one before, Page Up and Page Down `page`
    /// cells on and back, Home and End to the ends.
    Line { cells: usize, page: usize },
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// The cursor moves to this (row, column).
    Move((usize, usize)),
    /// The cursor's cell is picked (Enter or Space).
    Pick,
}

/// What the key named `key` (a `KeyboardEvent.key`) does with the cursor at
/// `(row, col)` (a line's cells are in row 0); `None` for a key the control
/// leaves to the page. The cursor stays in the grid.
pub fn grid_key(shape: Shape, key: &str, (r, c): (usize, usize)) -> Option<KeyAction> {
    if matches!(key, "Enter" | " ") {
        return Some(KeyAction::Pick);
    }
    let to = match shape {
        Shape::Grid { rows, cols } => {
            let (last_row, last_col) = (rows.saturating_sub(1), cols.saturating_sub(1));
            match key {
                "ArrowUp" => (r.saturating_sub(1), c),
                "ArrowDown" => ((r + 1).min(last_row), c),
                "ArrowLeft" => (r, c.saturating_sub(1)),
                "ArrowRight" => (r, (c + 1).min(last_col)),
                "Home" => (r, 0),
                "End" => (r, last_col),
                "PageUp" => (0, c),
                "PageDown" => (last_row, c),
                _ => return None,
            }
        }
        Shape::Line { cells, page } => {
            let last = cells.saturating_sub(1);
            let at = match key {
                "ArrowLeft" | "ArrowDown" => c.saturating_sub(1),
                "ArrowRight" | "ArrowUp" => (c + 1).min(last),
                "PageDown" => c.saturating_sub(page),
                "PageUp" => (c + page).min(last),
                "Home" => 0,
                "End" => last,
                _ => return None,
            };
            (0, at)
        }
    };
    Some(KeyAction::Move(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GRID: Shape = Shape::Grid { rows: 41, cols: 41 };
    const LINE: Shape = Shape::Line {
        cells: 100,
        page: 30,
    };

    fn to(shape: Shape, key: &str, at: (usize, usize)) -> Option<(usize, usize)> {
        match grid_key(shape, key, at) {
            Some(KeyAction::Move(cell)) => Some(cell),
            _ => None,
        }
    }

    #[test]
    fn a_grid_moves_a_cell_and_to_its_ends() {
        let arrows = [
            ("ArrowUp", (4, 7)),
            ("ArrowDown", (6, 7)),
            ("ArrowLeft", (5, 6)),
            ("ArrowRight", (5, 8)),
        ];
        let ends = [("Home", (5, 0)), ("End", (5, 40))];
        let pages = [("PageUp", (0, 7)), ("PageDown", (40, 7))];
        for (key, cell) in arrows.into_iter().chain(ends).chain(pages) {
            assert_eq!(to(GRID, key, (5, 7)), Some(cell), "{key}");
        }
    }

    #[test]
    fn a_grid_keeps_the_cursor_inside() {
        for (key, corner) in [("ArrowUp", 0), ("ArrowLeft", 0), ("ArrowDown", 40)] {
            assert_eq!(to(GRID, key, (corner, corner)), Some((corner, corner)));
        }
        assert_eq!(to(GRID, "ArrowRight", (40, 40)), Some((40, 40)));
        let empty = Shape::Grid { rows: 0, cols: 0 };
        assert_eq!(to(empty, "End", (0, 0)), Some((0, 0)));
    }

    #[test]
    fn a_line_reads_like_a_slider() {
        // Up and Right go on, Down and Left back: one day each.
        for (key, day) in [("ArrowRight", 11), ("ArrowUp", 11), ("ArrowLeft", 9)] {
            assert_eq!(to(LINE, key, (0, 10)), Some((0, day)), "{key}");
        }
        assert_eq!(to(LINE, "ArrowDown", (0, 10)), Some((0, 9)));
        // A page is `page` cells, and no key leaves the line.
        let days = |key: &str, from: usize| to(LINE, key, (0, from)).map(|(_, d)| d);
        assert_eq!(
            (days("PageUp", 10), days("PageDown", 40)),
            (Some(40), Some(10))
        );
        assert_eq!(
            (days("PageDown", 10), days("PageUp", 90)),
            (Some(0), Some(99))
        );
        assert_eq!((days("Home", 10), days("End", 10)), (Some(0), Some(99)));
        assert_eq!(days("ArrowRight", 99), Some(99));
    }

    #[test]
    fn enter_and_space_pick_and_other_keys_stay_with_the_page() {
        for shape in [GRID, LINE] {
            assert_eq!(grid_key(shape, "Enter", (0, 3)), Some(KeyAction::Pick));
            assert_eq!(grid_key(shape, " ", (0, 3)), Some(KeyAction::Pick));
            assert_eq!(grid_key(shape, "Tab", (0, 3)), None);
            assert_eq!(grid_key(shape, "a", (0, 3)), None);
        }
    }
}
