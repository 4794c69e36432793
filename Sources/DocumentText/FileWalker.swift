import Foundation

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
    public static func expand(_ paths: [String]) -> [Entry] {
        var result: [Entry] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                result.append(.unreadable(path, "no such file or directory"))
                continue
            }
            if !isDir.boolValue { result.append(.file(path)); continue }
            guard let enumerator = fm.enumerator(atPath: path) else {
                result.append(.unreadable(path, "cannot list directory"))
                continue
            }
            var files: [String] = []
            while let rel = enumerator.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeRegular {
                    files.append(path.hasSuffix("/") ? path + rel : path + "/" + rel)
                }
            }
            files.sort()
            result.append(contentsOf: files.map(Entry.file))
        }
        return result
    }
}
