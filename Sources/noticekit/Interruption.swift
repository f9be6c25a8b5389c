import Dispatch
import Foundation
import Synchronization

/// Turns SIGINT and SIGTERM into a request the batch checks between inputs: the records in flight are
/// finished and the manifest written before the command exits with 130.
///
/// Unchecked: the signal sources are set up in `init` and cancelled in `deinit`, never touched between;
/// the flag they set is behind a mutex.
final class Interruption: @unchecked Sendable {
    private let requested = Mutex(false)
    private let sources: [any DispatchSourceSignal]

    init() {
        sources = [SIGINT, SIGTERM].map { number in
            // The default action would end the process at once; the source hears the signal instead.
            signal(number, SIG_IGN)
            return DispatchSource.makeSignalSource(signal: number, queue: .global())
        }
        for source in sources {
            source.setEventHandler { [weak self] in self?.requested.withLock { $0 = true } }
            source.resume()
        }
    }

    var isRequested: Bool { requested.withLock { $0 } }

    deinit {
        for source in sources { source.cancel() }
    }
}
