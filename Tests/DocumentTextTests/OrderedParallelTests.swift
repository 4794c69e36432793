import Foundation
import Testing
@testable import DocumentText

/// Counts, under a lock, how many jobs have started and how many results were consumed.
private final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var started = 0
    private var consumed = 0
    private(set) var mostInFlight = 0

    func start() {
        lock.lock(); defer { lock.unlock() }
        started += 1
        mostInFlight = max(mostInFlight, started - consumed)
    }

    func consume() {
        lock.lock(); defer { lock.unlock() }
        consumed += 1
    }
}

@Suite struct OrderedParallelTests {
    @Test(arguments: [(1, 1), (2, 1), (4, 3), (8, 16)])
    func resultsComeBackInInputOrder(threads: Int, ahead: Int) {
        let progress = Progress()
        var seen: [Int] = []
        OrderedParallel.run(count: 200, threads: threads, ahead: ahead, work: { i -> [Int] in
            progress.start()
            // Uneven work, so that later inputs often finish first.
            var x = 0
            for k in 0..<((200 - i) * 50) { x &+= k }
            return [i, i * i, x & 0]
        }, consume: { i, r in
            #expect(r[0] == i && r[1] == i * i)
            seen.append(i)
            progress.consume()
        })
        #expect(seen == Array(0..<200))
        // A job starts only within `ahead` of the result being waited for; the one being consumed
        // counts here until `consume` returns.
        #expect(progress.mostInFlight <= ahead + 2)
    }

    @Test func nothingToDo() {
        var calls = 0
        OrderedParallel.run(count: 0, threads: 4, ahead: 2, work: { $0 }, consume: { _, _ in calls += 1 })
        #expect(calls == 0)
    }
}
