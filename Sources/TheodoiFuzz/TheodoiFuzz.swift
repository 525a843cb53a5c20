import FuzzTargets
import Foundation

#if FUZZING
/// libFuzzer's entry (built with `-sanitize=fuzzer -D FUZZING`, see `deploy/fuzz.sh`); the
/// target is chosen by `THEODOI_FUZZ_TARGET` (`parser` or `keys`). SwiftPM gives an executable
/// its own entry point, so libFuzzer is started through its driver rather than its `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = data.map { Data(bytes: $0, count: size) } ?? Data()
    if target == "keys" { FuzzTargets.keys(input) } else { FuzzTargets.parser(input) }
    return 0
}

private let target = ProcessInfo.processInfo.environment["THEODOI_FUZZ_TARGET"] ?? "parser"

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
enum TheodoiFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, fuzzOne))
    }
}
#else
/// Without libFuzzer: replays inputs, `theodoi-fuzz parser|keys FILE…`, to reproduce a crash.
@main
enum TheodoiFuzz {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let target = arguments.first, ["parser", "keys"].contains(target) else {
            FileHandle.standardError.write(Data("usage: theodoi-fuzz parser|keys FILE…\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("theodoi-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            if target == "keys" { FuzzTargets.keys(data) } else { FuzzTargets.parser(data) }
        }
    }
}
#endif
