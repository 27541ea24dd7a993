import FuzzSupport
import LedeCore
@testable import LedeShell
#if canImport(Glibc)
import Glibc
#endif

/// Arbitrary bytes as a JSON Lines input of `lede annotate --input jsonl`: the line reader (with a
/// small line limit, so that long lines are exercised) and the record parser of every line.
func fuzzJSONLines(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    var descriptors: [Int32] = [0, 0]
    guard pipe(&descriptors) == 0 else { return 0 }
    let bytes = FuzzSupport.bytes(start, count)
    // The pipe holds 64 KB; libFuzzer inputs are smaller (-max_len).
    _ = bytes.withUnsafeBytes { write(descriptors[1], $0.baseAddress, min(count, 60_000)) }
    close(descriptors[1])
    defer { close(descriptors[0]) }
    let saved = dup(0)
    dup2(descriptors[0], 0)
    defer { dup2(saved, 0); close(saved) }
    var input = BatchInput(paths: ["-"], format: .jsonl, maximumLineBytes: 512)
    let loader = DocumentLoader(maximumBytes: 4096)
    while let item = input.next() {
        _ = try? item.load(with: loader)
    }
    return 0
}

FuzzSupport.run { data, count in data.map { fuzzJSONLines(UnsafeRawPointer($0), count) } ?? 0 }
