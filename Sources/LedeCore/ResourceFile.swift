import Foundation

/// The data files a module ships in its `Resources/` folder (lexicons, vocabularies, models):
/// one way to find and read them, and one error when they cannot be used.
public enum ResourceFile {
    /// The bytes of `Resources/<name>` in a module's bundle (pass `Bundle.module`).
    public static func bytes(_ name: String, in bundle: Bundle) throws(ResourceError) -> [UInt8] {
        let candidates = [
            bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources"),
            bundle.url(forResource: name, withExtension: nil),
        ]
        guard let url = candidates.compactMap({ $0 }).first else {
            throw ResourceError(resource: name, reason: "not found in \(bundle.bundlePath)")
        }
        do { return try FileReader.read(url.path, limit: 1 << 30) } catch {
            throw ResourceError(resource: name, reason: error.reason)
        }
    }
}

/// A resource that is missing or corrupt. The annotator that needs it throws this error, which
/// the pipeline reports with the annotator's name; the other annotators go on.
public struct ResourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name (`words.tsv`).
    public let resource: String
    /// What is wrong with it.
    public let reason: String

    public init(resource: String, reason: String) {
        self.resource = resource
        self.reason = reason
    }

    public var description: String { "cannot load \(resource): \(reason)" }
}

/// Data a module loads once, on first use. A failure to load is kept: `check()` throws it (an
/// annotator calls it before its work, so the pipeline reports the failure), and `value` is then
/// the empty value, so that no reader can crash on missing data.
public final class ModuleResource<Value: Sendable>: Sendable {
    /// The data, or the empty value when it could not be loaded.
    public let value: Value
    /// Why it could not be loaded.
    public let failure: ResourceError?

    /// Loads the data now with `load`; `empty` stands in for it when loading fails.
    public init(empty: Value, _ load: () throws(ResourceError) -> Value) {
        do {
            value = try load()
            failure = nil
        } catch {
            value = empty
            failure = error
        }
    }

    /// Throws the load failure, if there was one.
    public func check() throws(ResourceError) {
        if let failure { throw failure }
    }
}
