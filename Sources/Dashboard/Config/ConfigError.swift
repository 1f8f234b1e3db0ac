import CascadeSim

/// A problem in the config file, with where it is; the setting it concerns keeps its default. The
/// same value as a scenario file's problem: file, line and message, printed `file:line: message`.
public typealias ConfigError = ScenarioError
