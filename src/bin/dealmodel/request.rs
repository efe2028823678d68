//! A subcommand's link and its options, each given once: the argument reading
//! that `seek` and `grid` share.

use crate::USAGE;
use dealmodel::scenario::{read_link, LinkScenario};

/// A subcommand's link and options, each option given once.
pub struct Request {
    link: String,
    options: Vec<(&'static str, String)>,
}

impl Request {
    pub fn read(args: &[String], names: &[&'static str]) -> Result<Request, Vec<String>> {
        let mut link = None;
        let mut options: Vec<(&'static str, String)> = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if let Some(&name) = names.iter().find(|name| **name == arg) {
                let Some(value) = rest.next() else {
                    return Err(vec![format!("{name}: has no value."), USAGE.to_string()]);
                };
                if options.iter().any(|(given, _)| *given == name) {
                    return Err(vec![
                        format!("{name}: given twice; allowed: once."),
                        USAGE.to_string(),
                    ]);
                }
                options.push((name, value.clone()));
            } else if arg.starts_with("--") || link.is_some() {
                return Err(vec![crate::out::unexpected(arg), USAGE.to_string()]);
            } else {
                link = Some(arg.clone());
            }
        }
        let missing: Vec<String> = names
            .iter()
            .filter(|name| !options.iter().any(|(given, _)| given == *name))
            .map(|name| format!("{name}: missing; it is required."))
            .collect();
        let Some(link) = link else {
            return Err(vec!["LINK: missing.".to_string(), USAGE.to_string()]);
        };
        if !missing.is_empty() {
            return Err(missing.into_iter().chain([USAGE.to_string()]).collect());
        }
        Ok(Request { link, options })
    }

    pub fn option(&self, name: &str) -> &str {
        self.options
            .iter()
            .find(|(given, _)| *given == name)
            .map_or("", |(_, value)| value.as_str())
    }

    pub fn scenario(&self) -> Result<LinkScenario, Vec<String>> {
        read_link(&self.link).map(|read| read.scenario)
    }
}
