// cancu-bench: release-mode benchmarks. `cancu-bench extract …` (ExtractBenchmark.swift).
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "extract": ExtractBenchmark.run(Array(arguments.dropFirst()))
default: print("usage: cancu-bench extract [options] [PATH …]   (cancu-bench extract --help)")
}
