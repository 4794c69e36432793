// cancu-bench: release-mode benchmarks. `cancu-bench graph …` (GraphBenchmark.swift).
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "graph": GraphBenchmark.run(Array(arguments.dropFirst()))
default: print("usage: cancu-bench graph corpus|index|gen|query [options]   (cancu-bench graph help)")
}
