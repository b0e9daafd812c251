import Foundation
import PackagePlugin

/// Embeds the dataset and the search tables from `Assets/` into the target as Swift strings, so
/// the binary needs no files.
@main
struct EmbedDataset: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "EmbedDatasetTool").url
        let files = [("report.json", "EmbeddedDataset"), ("search-tables.json", "EmbeddedSearchTables")]
        return files.map { name, holder in
            let input = context.package.directoryURL.appending(path: "Assets/\(name)")
            let output = context.pluginWorkDirectoryURL.appending(path: "\(holder)JSON.swift")
            return .buildCommand(
                displayName: "Embedding Assets/\(name)",
                executable: tool,
                arguments: [input.path(percentEncoded: false), output.path(percentEncoded: false), holder],
                inputFiles: [input],
                outputFiles: [output]
            )
        }
    }
}
