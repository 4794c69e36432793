import ArgumentParser

@main
struct Cancu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancu",
        abstract: "Find every reference to a Vietnamese legal document and build a citation graph.",
        subcommands: [ExtractCommand.self, TextCommand.self,
                      IndexCommand.self, CitedByCommand.self, CitesCommand.self, DepsCommand.self, ShowCommand.self,
                      SearchCommand.self, StatsCommand.self, ReportCommand.self, SchemaCommand.self])

    /// Runs the command; a usage error exits with 2 (the contract), not argument-parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Output.error(fullMessage(for: error))
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}
