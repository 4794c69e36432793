// cancu-bench: release-mode benchmarks. `cancu-bench extract …` (ExtractBenchmark.swift),
// `cancu-bench graph …` (GraphBenchmark.swift).
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "extract": ExtractBenchmark.run(Array(arguments.dropFirst()))
case "graph": GraphBenchmark.run(Array(arguments.dropFirst()))
default:
    print("usage: cancu-bench extract [options] [PATH …]   (cancu-bench extract --help)")
    print("       cancu-bench graph corpus|index|gen|query [options]   (cancu-bench graph help)")
}
