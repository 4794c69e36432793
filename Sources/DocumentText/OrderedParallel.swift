import Foundation

/// Runs one job per input on several threads and hands the results back in input order, on the
/// calling thread, with only a bounded number of finished results waiting: `cancu extract` over a
/// folder uses every core, and its output is the same, byte for byte, as a run on one thread.
public enum OrderedParallel {
    /// Calls `work(i)` for every `i` in `0..<count` on up to `threads` threads and `consume(i, result)`
    /// on the calling thread in order of `i`. At most `ahead` results are computed beyond the one being
    /// waited for, so memory stays bounded however many inputs there are. One thread (or one input)
    /// runs everything on the calling thread.
    public static func run<Result: Sendable>(count: Int, threads: Int, ahead: Int,
                                             work: @escaping @Sendable (Int) -> Result,
                                             consume: (Int, Result) -> Void) {
        guard count > 0 else { return }
        let workers = min(max(1, threads), count)
        guard workers > 1 else {
            for i in 0..<count { consume(i, work(i)) }
            return
        }
        let state = State<Result>(count: count, ahead: max(1, ahead))
        for _ in 0..<workers {
            let t = Thread { state.workLoop(work) }
            t.stackSize = 8 << 20   // the same as the indexer's readers
            t.start()
        }
        for i in 0..<count { consume(i, state.take(i)) }
    }

    /// The shared queue: the next input to start, the finished results, the input being consumed.
    private final class State<Result: Sendable>: @unchecked Sendable {
        // Every field is read and written with `cond` locked.
        private let cond = NSCondition()
        private let count: Int
        private let ahead: Int
        private var next = 0
        private var waitingFor = 0
        private var results: [Int: Result] = [:]

        init(count: Int, ahead: Int) {
            self.count = count
            self.ahead = ahead
        }

        func workLoop(_ work: @Sendable (Int) -> Result) {
            while true {
                cond.lock()
                while next < count, next > waitingFor + ahead { cond.wait() }
                guard next < count else { cond.unlock(); return }
                let i = next
                next += 1
                cond.unlock()
                let r = work(i)
                cond.lock()
                results[i] = r
                cond.broadcast()
                cond.unlock()
            }
        }

        func take(_ i: Int) -> Result {
            cond.lock()
            defer { cond.unlock() }
            while results[i] == nil { cond.wait() }
            waitingFor = i + 1
            cond.broadcast()
            return results.removeValue(forKey: i)!
        }
    }
}
