import LedeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing the files lede is asked to write, and nothing else.
///
/// - A regular file is replaced atomically: the contents go to a temporary file in the same
///   folder, which takes the old file's mode (and owner, where lede may set it), then `rename(2)`
///   puts it in place, so an interrupted or failed write leaves the old file whole. A file with
///   other hard links, or whose owner lede cannot keep, is written in place after the temporary
///   copy succeeded, so the links and the owner stay.
/// - A symbolic link is followed to its target (never replaced), except one in a sticky
///   world-writable folder (`/tmp`) that belongs to someone else, as Linux's protected_symlinks.
/// - A character device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written through; a
///   block device, a socket or a folder is refused.
/// - A file lede may not write is refused, even where renaming over it would be allowed.
/// - Files that must not be touched (the inputs of a batch) are refused by identity.
/// Several files (a brat `.txt`/`.ann` pair) are written as one: every temporary copy first, then
/// every rename.
enum OutputFiles {
    /// A file identity: device and inode.
    struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }

        /// The identity of the file at `path`, following links, or nil.
        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            self.init(status)
        }
    }

    /// Where a write goes once the path is resolved.
    private enum Plan {
        /// A new file or a replaced regular file: temporary copy, then rename.
        case replace(target: String, mode: mode_t, owner: (uid_t, gid_t)?)
        /// An existing file written in place after a temporary copy succeeded.
        case overwrite(target: String)
        /// A device or pipe, written directly.
        case through(target: String)
        /// One of lede's own descriptors (`/dev/stdout`, `/dev/fd/2`…), written as it is.
        case descriptor(Int32)
    }

    /// The descriptor a path names (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`),
    /// or nil. Writing to it must go to the open descriptor: reopening its target would start at
    /// the beginning of a file the shell opened, or replace it.
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// The user's file-creation mask, read once.
    private static let creationMask: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()

    /// Writes one file.
    static func write(_ contents: String, to path: String, protecting protected: Set<Identity> = []) throws(ExportError) {
        try write([ExportedFile(path: path, contents: contents)], protecting: protected)
    }

    /// Writes `files` as one unit: if any temporary copy fails, none of the targets is touched.
    static func write(_ files: [ExportedFile], protecting protected: Set<Identity> = []) throws(ExportError) {
        var plans: [(plan: Plan, file: ExportedFile)] = []
        for file in files {
            if file.onlyIfMissing, exists(file.path) { continue }
            plans.append((try plan(for: file.path, protecting: protected), file))
        }
        var staged: [(temporary: String, token: Int?)] = []
        func discardStaged() {
            for (temporary, token) in staged {
                unlink(temporary)
                TemporaryFiles.unregister(token)
            }
        }
        // 1. Every temporary copy.
        for (plan, file) in plans {
            switch plan {
            case .replace(let target, let mode, let owner):
                do { staged.append(try stage(file, beside: target, mode: mode, owner: owner)) } catch {
                    discardStaged()
                    throw error
                }
            case .overwrite(let target):
                do { staged.append(try stage(file, beside: target, mode: 0o600, owner: nil)) } catch {
                    discardStaged()
                    throw error
                }
            case .through, .descriptor:
                staged.append(("", nil))
            }
        }
        if Cancellation.isRequested {
            discardStaged()
            throw ExportError("interrupted; nothing was written")
        }
        // 2. Every target.
        var firstFailure: ExportError?
        for (index, (plan, file)) in plans.enumerated() {
            let (temporary, token) = staged[index]
            defer { TemporaryFiles.unregister(token) }
            switch plan {
            case .replace(let target, _, _):
                if rename(temporary, target) != 0 {
                    let reason = FileReader.systemMessage(errno)
                    unlink(temporary)
                    firstFailure = firstFailure ?? ExportError("\(file.path): cannot write (\(reason))")
                }
            case .overwrite(let target):
                defer { unlink(temporary) }
                if let reason = writeAll(file, toPath: target, flags: O_WRONLY | O_TRUNC) {
                    firstFailure = firstFailure ?? ExportError("\(file.path): cannot write (\(reason))")
                }
            case .through(let target):
                if let reason = writeAll(file, toPath: target, flags: O_WRONLY) {
                    firstFailure = firstFailure ?? ExportError("\(file.path): cannot write (\(reason))")
                }
            case .descriptor(let descriptor):
                if let reason = writeAll(file, to: descriptor) {
                    firstFailure = firstFailure ?? ExportError("\(file.path): cannot write (\(reason))")
                }
            }
        }
        if let firstFailure { throw firstFailure }
    }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Decides how `path` is written.
    private static func plan(for path: String, protecting protected: Set<Identity>) throws(ExportError) -> Plan {
        if let descriptor = descriptor(named: path) {
            guard fcntl(descriptor, F_GETFD) >= 0 else { throw ExportError("\(path): \(FileReader.systemMessage(errno))") }
            return .descriptor(descriptor)
        }
        let target = try resolveLinks(path)
        var status = stat()
        guard lstat(target, &status) == 0 else {
            guard errno == ENOENT else { throw ExportError("\(path): \(FileReader.systemMessage(errno))") }
            let folder = folderOf(target)
            var folderStatus = stat()
            guard stat(folder, &folderStatus) == 0, folderStatus.st_mode & S_IFMT == S_IFDIR else {
                throw ExportError("\(path): the folder \(folder) does not exist")
            }
            guard access(folder, W_OK) == 0 else {
                throw ExportError("\(path): cannot write in the folder \(folder) (\(FileReader.systemMessage(errno)))")
            }
            return .replace(target: target, mode: 0o666 & ~creationMask, owner: nil)
        }
        if protected.contains(Identity(status)) {
            throw ExportError("\(path): is one of the input files; lede does not write over its input (choose another name or folder)")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw ExportError("\(path): is a directory")
        case S_IFCHR, S_IFIFO: return .through(target: target)
        case S_IFREG: break
        default: throw ExportError("\(path): is not a regular file, a character device or a pipe; lede does not write to it")
        }
        guard access(target, W_OK) == 0 else {
            throw ExportError("\(path): cannot write (\(FileReader.systemMessage(errno)))")
        }
        if status.st_nlink > 1 { return .overwrite(target: target) }
        let owner: (uid_t, gid_t)? = status.st_uid != geteuid() || status.st_gid != getegid() ? (status.st_uid, status.st_gid) : nil
        if let owner, geteuid() != 0, owner.0 != geteuid() {
            // Only root can give a file to another user: write in place to keep its owner.
            return .overwrite(target: target)
        }
        return .replace(target: target, mode: status.st_mode & 0o7777, owner: owner)
    }

    /// `path` with its symbolic links followed (at most 40), refusing a link in a sticky
    /// world-writable folder that belongs neither to the user nor to the folder's owner.
    private static func resolveLinks(_ path: String) throws(ExportError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            let folder = folderOf(current)
            var folderStatus = stat()
            if stat(folder, &folderStatus) == 0, folderStatus.st_mode & S_ISVTX != 0, folderStatus.st_mode & S_IWOTH != 0,
               status.st_uid != geteuid(), status.st_uid != folderStatus.st_uid {
                throw ExportError("\(path): a symbolic link in a shared folder that belongs to someone else; lede does not follow it")
            }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw ExportError("\(path): \(FileReader.systemMessage(errno))") }
            let link = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : folder + "/" + link
        }
        throw ExportError("\(path): \(FileReader.systemMessage(ELOOP))")
    }

    private static func folderOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Writes `file`'s text to a new temporary file beside `target` and syncs it.
    private static func stage(_ file: ExportedFile, beside target: String, mode: mode_t,
                              owner: (uid_t, gid_t)?) throws(ExportError) -> (String, Int?) {
        let folder = folderOf(target)
        TemporaryFiles.sweepStale(in: folder, for: baseName(target))
        let temporary = folder + "/" + TemporaryFiles.name(for: baseName(target))
        let token = TemporaryFiles.register(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            let reason = FileReader.systemMessage(errno)
            TemporaryFiles.unregister(token)
            throw ExportError("\(target): cannot write (\(reason))")
        }
        var failure = writeAll(file, to: descriptor)
        if failure == nil, let owner, fchown(descriptor, owner.0, owner.1) != 0 { failure = FileReader.systemMessage(errno) }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = FileReader.systemMessage(errno) }
        if failure == nil, fsync(descriptor) != 0 { failure = FileReader.systemMessage(errno) }
        if close(descriptor) != 0, failure == nil { failure = FileReader.systemMessage(errno) }
        if let failure {
            unlink(temporary)
            TemporaryFiles.unregister(token)
            if failure == "interrupted" { throw ExportError("interrupted; \(target) was left as it was") }
            throw ExportError("\(target): cannot write (\(failure))")
        }
        return (temporary, token)
    }

    /// Adds `text` at the end of `path`, a file this process wrote before (a script run's
    /// earlier article); returns the reason of a failure.
    static func append(_ text: String, to path: String) -> String? {
        writeAll(ExportedFile(path: path, contents: text), toPath: path, flags: O_WRONLY | O_APPEND)
    }

    /// Opens `path` with `flags` and writes `file`'s text; returns the reason of a failure.
    private static func writeAll(_ file: ExportedFile, toPath path: String, flags: Int32) -> String? {
        let descriptor = open(path, flags | O_CLOEXEC)
        guard descriptor >= 0 else { return FileReader.systemMessage(errno) }
        let failure = writeAll(file, to: descriptor)
        if close(descriptor) != 0, failure == nil { return FileReader.systemMessage(errno) }
        return failure
    }

    /// Writes `file`'s text, piece by piece when it is produced; returns the reason of a failure
    /// (the first one: the pieces after it are not written).
    static func writeAll(_ file: ExportedFile, to descriptor: Int32) -> String? {
        if let bytes = file.bytes { return writeAll(bytes, to: descriptor) }
        guard let produce = file.produce else { return writeAll(file.contents, to: descriptor) }
        var failure: String?
        do {
            try produce { piece in
                // Ctrl-C in the shell stops a long export between pieces (the target is left as it was).
                if failure == nil, Cancellation.isRequested { failure = "interrupted" }
                if failure == nil { failure = writeAll(piece, to: descriptor) }
            }
        } catch {
            return failure ?? String(describing: error)
        }
        return failure
    }

    /// Writes every byte of `contents`; returns the reason of a failure.
    static func writeAll(_ contents: String, to descriptor: Int32) -> String? {
        var contents = contents
        return contents.withUTF8 { writeAll($0, to: descriptor) }
    }

    /// Writes every byte of `bytes`; returns the reason of a failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
    }

    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> String? {
        guard var pointer = buffer.baseAddress else { return nil }
        var remaining = buffer.count
        while remaining > 0 {
            let written = systemWrite(descriptor, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return FileReader.systemMessage(errno)
            }
            remaining -= written
            pointer += written
        }
        return nil
    }

    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, pointer, count)
        #else
        Darwin.write(descriptor, pointer, count)
        #endif
    }
}
