// Writes a Swift source file holding the dataset as a raw string literal.
// A string literal compiles in a fraction of a second; the same bytes as a [UInt8] literal take
// tens of seconds, which is why the bytes are not emitted as an array.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: EmbedDatasetTool INPUT.json OUTPUT.swift TYPE\n".utf8))
    exit(2)
}
let inputPath = arguments[1]
let outputPath = arguments[2]
let holder = arguments[3]

guard let bytes = FileManager.default.contents(atPath: inputPath) else {
    FileHandle.standardError.write(Data("error: \(inputPath): cannot read the dataset\n".utf8))
    exit(1)
}
guard let text = String(validating: bytes, as: UTF8.self) else {
    FileHandle.standardError.write(Data("error: \(inputPath): the dataset is not valid UTF-8\n".utf8))
    exit(1)
}

// Enough '#'s that neither the closing delimiter nor an escape can occur inside the text.
var hashes = "#"
while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) {
    hashes += "#"
}

let source = """
// Generated from \(inputPath.split(separator: "/").last ?? "") by the EmbedDataset plugin; edit the JSON, not this file.
extension \(holder) {
    static let json: String = \(hashes)\"\"\"
\(text)
\"\"\"\(hashes)
}

"""
let existing = FileManager.default.contents(atPath: outputPath)
if existing != Data(source.utf8) {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
}
