internal import CICU

/// An ICU word or sentence break iterator over UTF-8 text.
///
/// Owns its ICU object and closes it on deinit. ICU break iterators are not thread-safe, so this is
/// deliberately not `Sendable`: make one per task.
public final class BreakIterator {
    public enum Kind: Sendable { case word, sentence }

    /// Word-break rule statuses (ICU's `UWordBreak` ranges).
    public enum WordStatus {
        public static let noneLimit: Int32 = 100
        public static let numberLimit: Int32 = 200
        public static let letterLimit: Int32 = 300
    }

    private let handle: OpaquePointer

    public init(_ kind: Kind, locale: String = "id") throws(ICUError) {
        var status: Int32 = 0
        let opened = warta_break_open(kind == .word ? Int32(WARTA_BREAK_WORD) : Int32(WARTA_BREAK_SENTENCE), locale, &status)
        try ICUError.check("ubrk_open", status)
        guard let opened else { throw ICUError("ubrk_open", code: 7) }  // U_MEMORY_ALLOCATION_ERROR
        handle = opened
    }

    deinit { warta_break_close(handle) }

    /// Every boundary after the start of `utf8`, as byte offsets, with ICU's rule status for each.
    public func boundaries(in utf8: UnsafeBufferPointer<UInt8>, withStatus: Bool = true) throws(ICUError) -> Boundaries {
        // Room for the most boundaries there can be, left uninitialized: zero-filling it would touch
        // every page of a buffer that ICU fills only a fraction of.
        let capacity = utf8.count + 1
        var status: Int32 = 0
        var offsets: [Int32] = []
        let statuses = [Int32](unsafeUninitializedCapacity: withStatus ? capacity : 0) { statusBuffer, statusCount in
            offsets = [Int32](unsafeUninitializedCapacity: capacity) { offsetBuffer, offsetCount in
                offsetCount = Int(utf8.withMemoryRebound(to: CChar.self) { text in
                    warta_break_collect(
                        handle, text.baseAddress, Int64(utf8.count), offsetBuffer.baseAddress,
                        withStatus ? statusBuffer.baseAddress : nil, Int32(capacity), &status)
                })
            }
            statusCount = withStatus ? offsets.count : 0
        }
        try ICUError.check("ubrk_next", status)
        return Boundaries(offsets: offsets, statuses: statuses)
    }

    /// Boundaries of a string, for callers that do not hold UTF-8 bytes themselves.
    public func boundaries(in text: String, withStatus: Bool = true) throws(ICUError) -> Boundaries {
        var copy = text
        let result = copy.withUTF8 { buffer in
            Result { () throws(ICUError) in try boundaries(in: buffer, withStatus: withStatus) }
        }
        return try result.get()
    }
}

/// Break positions as UTF-8 byte offsets (each the end of a segment) and their rule statuses.
public struct Boundaries: Sendable, Equatable {
    public var offsets: [Int32]
    public var statuses: [Int32]
}
