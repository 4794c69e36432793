import ArgumentParser

@main
struct Cancu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancu",
        abstract: "Find every reference to a Vietnamese legal document and build a citation graph.",
        subcommands: [ExtractCommand.self, TextCommand.self,
                      IndexCommand.self, CitedByCommand.self, CitesCommand.self, DepsCommand.self, ShowCommand.self,
                      SearchCommand.self, StatsCommand.self, ReportCommand.self, SchemaCommand.self])
}
