//! A subcommand's link and its options, each given once, and its flags: the
//! argument reading that `seek` and `grid` share.

use crate::args::{self, Stop};
use dealmodel::scenario::{read_link, LinkScenario};
use lexopt::{Arg, Error};

/// A subcommand's link, options (each given once) and flags.
pub struct Request {
    link: String,
    options: Vec<(&'static str, String)>,
    flags: Vec<&'static str>,
}

impl Request {
    /// Reads one link, every option of `names` once (`--vary`), and any of
    /// `flags` (`--largest`). A missing link is named first; then every
    /// missing option.
    pub fn read(
        args: &[String],
        names: &[&'static str],
        flags: &[&'static str],
    ) -> Result<Request, Stop> {
        let mut parser = args::parser(args);
        let mut link = None;
        let mut values: Vec<Option<String>> = vec![None; names.len()];
        let mut given = Vec::new();
        while let Some(arg) = args::next(&mut parser)? {
            let long = match arg {
                Arg::Long(long) => format!("--{long}"),
                Arg::Value(value) if link.is_none() => {
                    link = Some(args::text(value)?);
                    continue;
                }
                other => return Err(args::refuse(other.unexpected(), &mut parser)),
            };
            if let Some(index) = names.iter().position(|name| *name == long) {
                let value = args::value(&mut parser)?;
                args::once(&mut values[index], names[index], value)?;
            } else if let Some(&flag) = flags.iter().find(|flag| **flag == long) {
                given.push(flag);
            } else {
                return Err(args::refuse(Error::UnexpectedOption(long), &mut parser));
            }
        }
        let Some(link) = link else {
            return Err(Stop::bad("LINK: missing."));
        };
        let missing: Vec<String> = names
            .iter()
            .zip(&values)
            .filter(|(_, value)| value.is_none())
            .map(|(name, _)| format!("{name}: missing; it is required."))
            .collect();
        if !missing.is_empty() {
            return Err(Stop::Bad(missing));
        }
        let options = names
            .iter()
            .copied()
            .zip(values.into_iter().flatten())
            .collect();
        Ok(Request {
            link,
            options,
            flags: given,
        })
    }

    pub fn option(&self, name: &str) -> &str {
        self.options
            .iter()
            .find(|(given, _)| *given == name)
            .map_or("", |(_, value)| value.as_str())
    }

    pub fn flag(&self, name: &str) -> bool {
        self.flags.contains(&name)
    }

    pub fn scenario(&self) -> Result<LinkScenario, Vec<String>> {
        read_link(&self.link).map(|read| read.scenario)
    }
}
