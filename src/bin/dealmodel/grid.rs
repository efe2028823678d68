//! `dealmodel grid`: one result over two inputs, as CSV.

use crate::fail;
use crate::request::Request;
use dealmodel::scenario::grid::{grid, read_axis, read_result_key};
use std::process::ExitCode;

/// `dealmodel grid LINK --rows … --cols … --result KEY`: the grid as CSV.
pub fn command(args: &[String]) -> ExitCode {
    let request = match Request::read(args, &["--rows", "--cols", "--result"], &[]) {
        Ok(request) => request,
        Err(stop) => return crate::stop(stop),
    };
    let scenario = match request.scenario() {
        Ok(scenario) => scenario,
        Err(messages) => return fail(&messages),
    };
    let rows = read_axis(&scenario, "--rows", request.option("--rows"));
    let cols = read_axis(&scenario, "--cols", request.option("--cols"));
    let key = read_result_key(&scenario, request.option("--result"));
    let (rows, cols, key) = match (rows, cols, key) {
        (Ok(rows), Ok(cols), Ok(key)) => (rows, cols, key),
        (rows, cols, key) => {
            let messages: Vec<String> = rows
                .err()
                .into_iter()
                .chain(cols.err())
                .chain(key.err())
                .collect();
            return fail(&messages);
        }
    };
    match grid(&scenario, rows, cols, key) {
        Ok(grid) => crate::out::print(&grid.csv()),
        Err(message) => fail(&[message]),
    }
}
