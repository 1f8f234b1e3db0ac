/// An input file (a portfolio, a bars file) that cannot be used, with where and why.
struct FileLineError: Error, CustomStringConvertible {
    /// The file's path as given.
    var file: String
    /// Line of the problem, from 1; `nil` when it concerns the whole file.
    var line: Int?
    /// What is wrong, in words for the person who wrote the file.
    var message: String

    /// `file:line: message`.
    var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
