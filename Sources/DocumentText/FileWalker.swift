import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line paths into the files to read: folders recursively, in a stable order.
public enum FileWalker {
    /// One input: a file path as it will appear in `source`, or a path that could not be listed.
    public enum Entry: Sendable, Hashable {
        /// A regular file to read.
        case file(String)
        /// A path that does not exist or cannot be listed, with the reason.
        case unreadable(String, String)
    }

    /// Files under each path; a file path is returned as given, hidden files and folders are skipped.
    ///
    /// Folders are listed with `readdir` (its entry types spare a `stat` per file); symbolic links
    /// inside a folder are not followed, and folders that cannot be listed are passed over.
    public static func expand(_ paths: [String]) -> [Entry] {
        var result: [Entry] = []
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0 else {
                result.append(.unreadable(path, "no such file or directory"))
                continue
            }
            if (st.st_mode & S_IFMT) != S_IFDIR { result.append(.file(path)); continue }
            guard let dir = opendir(path) else {
                result.append(.unreadable(path, "cannot list directory"))
                continue
            }
            closedir(dir)
            var files: [String] = []
            walk(path.hasSuffix("/") ? path : path + "/", into: &files)
            files.sort()
            result.append(contentsOf: files.map(Entry.file))
        }
        return result
    }

    /// The size in bytes of the file at `path`, or nil when it cannot be read.
    public static func size(_ path: String) -> Int? {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : nil
    }

    /// Appends the regular files under `prefix` (a folder path ending in `/`), recursively.
    private static func walk(_ prefix: String, into files: inout [String]) {
        guard let dir = opendir(prefix) else { return }
        var folders: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue } // also `.` and `..`
            let path = prefix + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFREG: type = Int32(DT_REG)
                case S_IFDIR: type = Int32(DT_DIR)
                default: continue
                }
            }
            if type == Int32(DT_REG) {
                files.append(path)
            } else if type == Int32(DT_DIR) {
                folders.append(path + "/")
            }
        }
        closedir(dir)
        for folder in folders { walk(folder, into: &files) }
    }
}
