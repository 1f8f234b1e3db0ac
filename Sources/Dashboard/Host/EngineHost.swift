import CascadeCore
import CascadeSim
import Foundation
import Synchronization

/// Runs the world on its own thread and publishes snapshots; the UI never waits for it.
///
/// Between the threads: an inbox of requests and a single latest-snapshot slot, each behind a
/// `Mutex`. The engine advances simulated time by the wall time that passed times the speed, and
/// publishes at most every `publishInterval`; an older snapshot is replaced, never queued.
public final class EngineHost: Sendable {
    private let inbox = Mutex<[EngineRequest]>([])
    private let latest = Mutex<MarketSnapshot?>(nil)
    private let warming = Mutex<WarmUpProgress?>(nil)
    private let running = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let initial: (scenario: Scenario, seed: UInt64, speed: Double, paused: Bool, warmUp: SimTime)
    /// The saved session the world is rebuilt from before its first snapshot, if any.
    private let resuming: SessionFile?
    private let publishInterval: Duration

    /// `warmUp`: simulated time the world runs before the first snapshot (lessons start on a live book).
    /// `resuming`: a saved session of `scenario` and `seed`, whose commands the warm-up replays.
    public init(
        scenario: Scenario, seed: UInt64, speed: Double, paused: Bool, warmUp: SimTime = 0,
        resuming: SessionFile? = nil, framesPerSecond: Int = 20
    ) {
        initial = (scenario, seed, speed, paused, warmUp)
        self.resuming = resuming
        publishInterval = .milliseconds(1_000 / max(1, framesPerSecond))
    }

    /// Starts the engine thread.
    public func start() {
        guard !running.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let thread = Thread { [self] in
            loop()
            finished.signal()
        }
        thread.name = "cascade-engine"
        thread.start()
    }

    /// Stops the engine thread and waits for it to finish its step.
    public func stop() {
        guard running.exchange(false, ordering: .acquiringAndReleasing) else { return }
        finished.wait()
    }

    /// Queues `request` for the engine thread, which applies it before its next step.
    public func send(_ request: EngineRequest) { inbox.withLock { $0.append(request) } }

    /// The newest snapshot, if one has been published.
    public var snapshot: MarketSnapshot? { latest.withLock { $0 } }

    /// The warm-up the engine is running (at launch or after a restart), until the new world's first
    /// snapshot is published; nil otherwise.
    public var warmUp: WarmUpProgress? { warming.withLock { $0 } }

    /// Publishes a warm-up's progress; false once the host is stopping, so the warm-up ends early.
    private func report(_ progress: WarmUpProgress) -> Bool {
        warming.withLock { $0 = progress }
        return running.load(ordering: .acquiring)
    }

    private func loop() {
        var session = EngineSession(
            scenario: initial.scenario, seed: initial.seed, speed: initial.speed, paused: initial.paused,
            warmUp: initial.warmUp, resuming: resuming, report: report)
        let clock = ContinuousClock()
        var last = clock.now
        var lastPublish = clock.now - publishInterval
        while running.load(ordering: .acquiring) {
            let requests = inbox.withLock { pending in
                defer { pending.removeAll() }
                return pending
            }
            for request in requests { session.handle(request, report: report) }
            let now = clock.now
            let elapsed = now - last
            last = now
            session.advance(
                wallSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            if now - lastPublish >= publishInterval || !requests.isEmpty {
                lastPublish = now
                let snapshot = session.snapshot()
                latest.withLock { $0 = snapshot }
                warming.withLock { $0 = nil }
            }
            Thread.sleep(forTimeInterval: 0.004)
        }
    }
}
