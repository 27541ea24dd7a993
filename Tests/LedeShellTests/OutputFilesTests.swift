import Foundation
import LedeCore
import LedeTestSupport
import Testing
@testable import LedeShell

/// Writing only the file asked for: regular files replaced atomically with their mode and owner,
/// links followed, devices and pipes written through, inputs never overwritten.
@Suite struct OutputFilesTests {
    func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func status(_ path: String) -> stat {
        var result = stat()
        lstat(path, &result)
        return result
    }

    @Test func aRegularFileIsReplacedWholeAndNoTemporaryFileStays() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appending(path: "out.txt").path
        try OutputFiles.write("first", to: path)
        try OutputFiles.write("second", to: path)
        #expect(try contents(path) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.txt"])
        #expect(throws: ExportError.self) { try OutputFiles.write("x", to: folder.url.path) }
        #expect(throws: ExportError.self) { try OutputFiles.write("x", to: "/nonexistent/dir/file") }
    }

    @Test func aFileProducedInPiecesIsWrittenWholeOrNotAtAll() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("out.json", "old")
        try OutputFiles.write([ExportedFile(path: path) { write in
            for index in 0..<1_000 { write("piece \(index)\n") }
        }])
        #expect(try contents(path) == (0..<1_000).map { "piece \($0)\n" }.joined())
        // A producer that fails half-way leaves the old file as it was, and no temporary file.
        struct Broken: Error {}
        #expect(throws: ExportError.self) {
            try OutputFiles.write([ExportedFile(path: path) { write in
                write("half")
                throw Broken()
            }])
        }
        #expect(try contents(path) == (0..<1_000).map { "piece \($0)\n" }.joined())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.json"])
    }

    @Test func aSymbolicLinkIsFollowedNotReplaced() throws {
        let folder = try TemporaryFolder()
        let target = try folder.file("target.json", "old")
        let link = folder.url.appending(path: "link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")
        try OutputFiles.write("new", to: link)
        #expect(status(link).st_mode & S_IFMT == S_IFLNK)
        #expect(try contents(target) == "new")
        // A dangling link creates its target.
        let dangling = folder.url.appending(path: "dangling.json").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "made.json")
        try OutputFiles.write("made", to: dangling)
        #expect(status(dangling).st_mode & S_IFMT == S_IFLNK)
        #expect(try contents(folder.url.appending(path: "made.json").path) == "made")
    }

    @Test func aSymbolicLinkLoopIsReportedAsOne() throws {
        let folder = try TemporaryFolder()
        let first = folder.url.appending(path: "a").path, second = folder.url.appending(path: "b").path
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: "a")
        #expect { try OutputFiles.write("x", to: first) } throws: { ($0 as? ExportError)?.message.contains("symbolic links") == true }
    }

    @Test func aCharacterDeviceStaysADevice() throws {
        try OutputFiles.write("nothing", to: "/dev/null")
        #expect(status("/dev/null").st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFIFOIsWrittenThrough() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appending(path: "pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }
        reader.start()
        try OutputFiles.write("through the pipe", to: fifo)
        done.wait()
        #expect(String(decoding: received, as: UTF8.self) == "through the pipe")
        #expect(status(fifo).st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aHardLinkKeepsBothNames() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("first.json", "old")
        let second = folder.url.appending(path: "second.json").path
        #expect(link(first, second) == 0)
        try OutputFiles.write("new", to: second)
        #expect(try contents(first) == "new")
        #expect(status(first).st_nlink == 2)
        #expect(status(first).st_ino == status(second).st_ino)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["first.json", "second.json"])
    }

    @Test func theTargetKeepsItsModeAndOwner() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("private.json", "old")
        #expect(chmod(path, 0o600) == 0)
        let isRoot = geteuid() == 0
        if isRoot { #expect(chown(path, 4321, 4321) == 0) }
        try OutputFiles.write("new", to: path)
        #expect(try contents(path) == "new")
        #expect(status(path).st_mode & 0o7777 == 0o600)
        if isRoot {
            #expect(status(path).st_uid == 4321)
            #expect(status(path).st_gid == 4321)
        }
    }

    @Test func aNewFileFollowsTheCreationMask() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appending(path: "new.json").path
        try OutputFiles.write("x", to: path)
        let mask = umask(0o022)
        umask(mask)
        #expect(status(path).st_mode & 0o777 == 0o666 & ~mask)
    }

    @Test func anInputFileIsNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("article.txt", "the article")
        let identity = try #require(OutputFiles.Identity(path: input))
        #expect { try OutputFiles.write("x", to: input, protecting: [identity]) } throws: {
            ($0 as? ExportError)?.message.contains("input") == true
        }
        #expect(try contents(input) == "the article")
    }

    @Test func filesWrittenTogetherAreAllOrNothing() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("pair.txt", "old text")
        // The second target is a folder: planning fails before anything is written.
        let second = folder.url.appending(path: "pair.ann").path
        try FileManager.default.createDirectory(atPath: second, withIntermediateDirectories: false)
        #expect(throws: ExportError.self) {
            try OutputFiles.write([ExportedFile(path: first, contents: "new text"), ExportedFile(path: second, contents: "T1")])
        }
        #expect(try contents(first) == "old text")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["pair.ann", "pair.txt"])
    }

    @Test func staleTemporaryFilesOfDeadProcessesAreSwept() throws {
        let folder = try TemporaryFolder()
        // A process id above the kernel's maximum never runs.
        let stale = try folder.file(".out.json.lede-99999999-abc.tmp", "left by a killed export")
        let alive = try folder.file(".out.json.lede-\(getpid())-def.tmp", "being written by this process")
        try OutputFiles.write("x", to: folder.url.appending(path: "out.json").path)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: alive))
    }

    @Test func outputNamesAreUniqueAndShort() {
        var names = OutputNames()
        #expect(names.name(for: "a", removing: []) == "a")
        #expect(names.name(for: "a", removing: []) == "a-2")
        #expect(names.name(for: "a-2", removing: []) == "a-2-2")
        #expect(names.name(for: "dir/../x.txt", removing: [".txt"]) == "x")
        #expect(names.name(for: "..", removing: []) == "document")
        #expect(names.name(for: ".hidden", removing: []) == "_hidden")
        let long = String(repeating: "é", count: 300)
        let short = names.name(for: long, removing: [])
        #expect(short.utf8.count <= OutputNames.maximumStemBytes)
        #expect(short != names.name(for: long + "x", removing: []))
    }

    @Test func aThreadThatCannotStartIsAnErrorNotAHang() {
        // No machine has a stack of 2^46 bytes to give.
        let (workers, failure) = WorkerThreads.start(count: 3, stackSize: 1 << 46) {}
        workers.join()
        #expect(failure != nil)
        #expect(workers.count == 0)
    }

    @Test func aBatchWhoseWorkersCannotStartEndsWithAnError() throws {
        let runner = BatchRunner(pipeline: Pipeline(ordered: []), exporter: try Exporters.named("jsonl"), loader: DocumentLoader(),
                                 jobs: 2, outputDirectory: nil, progress: nil, stackSize: 1 << 46)
        #expect(throws: WorkerThreads.StartFailure.self) {
            try runner.run(BatchInput(paths: ["/nonexistent"], format: .text, maximumLineBytes: 100))
        }
    }
}
