#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Loads a dataset from a file named on the command line, or the one built into the binary.
public enum DatasetLoader {
    public static func load(path: String) throws(DatasetError) -> Report {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DatasetError(file: path, message: errno == ENOENT ? "no such file" : "cannot open the file")
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw DatasetError(file: path, message: "is a directory, not a dataset file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError(file: path, message: "cannot read the file (permission denied?)")
        }
        return try DatasetDecoder.decode([UInt8](data), file: path)
    }

    public static func loadEmbedded() throws(DatasetError) -> Report {
        try DatasetDecoder.decode(Array(EmbeddedDataset.json.utf8), file: "embedded dataset")
    }
}

/// The dataset compiled into the binary from `Assets/report.json` (see the EmbedDataset plugin).
public enum EmbeddedDataset {}
