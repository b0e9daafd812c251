import Foundation
import PackagePlugin

/// Embeds `Assets/report.json` into the target as a Swift string, so the binary needs no files.
@main
struct EmbedDataset: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let input = context.package.directoryURL.appending(path: "Assets/report.json")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDatasetJSON.swift")
        return [
            .buildCommand(
                displayName: "Embedding Assets/report.json",
                executable: try context.tool(named: "EmbedDatasetTool").url,
                arguments: [input.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: [input],
                outputFiles: [output]
            ),
        ]
    }
}
