import Foundation
import WartaLexicon
import WartaModel

/// The normalized names by which entities of different documents are recognized as one.
///
/// Two entities of the same kind are the same real-world thing when they share a key. A key is a
/// name or alias, lower-cased and without diacritics, punctuation, parenthesized acronyms or
/// honorifics and degrees, with short forms expanded from the lexicon (`Jatim` → `jawa timur`,
/// `Disdik` → `dinas pendidikan`, `BBPMP` → `balai besar penjaminan mutu pendidikan`, `IKM` →
/// `implementasi kurikulum merdeka`), so `BBPMP Jatim` and `Balai Besar Penjaminan Mutu Pendidikan
/// (BBPMP) Jawa Timur` share one key. An organization head the lexicon gives no expansion for is
/// folded to its initials instead when the entity's acronym (or a listed head) spells them.
///
/// An alias that is a bare acronym (`BBPMP` beside `BBPMP Jawa Timur`) or a shorter form of the
/// name (`Dinas Pendidikan` beside `Dinas Pendidikan Kota Batu`) is not a key: across releases it
/// names every office of its kind. (Given as the name, it is a key, shared by the releases that
/// say no more.) A province prefix (`Provinsi`, `Prov.`) before a province's name is dropped.
struct NameKeys: Sendable {
    let lexicon: Lexicon
    /// Honorifics and degrees as written, folded (lower-case, no dots).
    private let titles: Set<String>
    /// The place prefixes that state a province (`provinsi`, `prov`), lower-case: only these are
    /// dropped, since `Kota` and `Kabupaten` tell two places of one name apart.
    private let provincePrefixes: Set<String>

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        titles = Set((Array(lexicon.honorifics.keys) + Array(lexicon.degrees.keys)).map { Self.fold($0) })
        provincePrefixes = Set(lexicon.placePrefixes.filter { $0.value == .province }.keys)
    }

    /// Every key of `entity`.
    func keys(for entity: Entity) -> Set<String> {
        let acronyms = Set(([entity.acronym].compactMap { $0 } + ([entity.name] + entity.aliases).flatMap(Self.capitalWords)))
        let name = canonical(entity.name, kind: entity.kind, acronyms: acronyms)
        var keys: Set<String> = name.isEmpty ? [] : [name]
        let nameWords = Set(name.split(separator: " "))
        for alias in entity.aliases where !Self.isBareAcronym(alias) {
            let key = canonical(alias, kind: entity.kind, acronyms: acronyms)
            guard !key.isEmpty else { continue }
            // A shorter form of the name (`Dinas Pendidikan` for `Dinas Pendidikan Kota Batu`,
            // `Hartono` for `Hartono Wibisono`) is clear inside its release only.
            if Set(key.split(separator: " ")).isStrictSubset(of: nameWords) { continue }
            keys.insert(key)
        }
        return keys
    }

    /// The canonical form of one name.
    func canonical(_ surface: String, kind: Entity.Kind, acronyms: Set<String> = []) -> String {
        var text = Self.removingParentheses(surface)
        if kind == .person {
            // Honorifics before the name and degrees after it, as written (`Drs.`, `H.`, `M.Pd.`).
            var chunks = text.split { $0 == " " || $0 == "," }.map(String.init)
            while let first = chunks.first, chunks.count > 1, titles.contains(Self.fold(first)) { chunks.removeFirst() }
            while let last = chunks.last, chunks.count > 1, titles.contains(Self.fold(last)) { chunks.removeLast() }
            text = chunks.joined(separator: " ")
        }
        var words = Self.words(of: text)
        if kind == .place, let name = lexicon.placeName(forAlias: words.joined(separator: " ")) {
            words = Self.words(of: name)
        }
        if kind != .person {
            words.removeAll { provincePrefixes.contains($0.lowercased()) }
        }
        var expanded: [String] = []
        for word in words {
            let isCapitalized = word.first?.isUppercase == true
            if kind != .person, isCapitalized, let place = lexicon.placeName(forAlias: word), place.lowercased() != word.lowercased() {
                expanded += Self.words(of: place)
            } else if kind == .organization, let name = lexicon.organizationsByAcronym[word]?.name {
                expanded += Self.words(of: name)
            } else if kind == .program, let expansion = lexicon.acronyms[word]?.expansion {
                expanded += Self.words(of: expansion)
            } else {
                expanded.append(word)
            }
        }
        if kind == .organization {
            // Acronyms the lexicon expands were expanded above; fold only the others.
            let foldable = acronyms.filter { lexicon.organizationsByAcronym[$0]?.name == nil && lexicon.acronyms[$0] == nil }
            expanded = foldingHeads(expanded, acronyms: foldable)
        }
        return expanded.map(Self.fold).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Replaces a run of capitalized words whose initials spell a known acronym with the acronym.
    private func foldingHeads(_ words: [String], acronyms: Set<String>) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            var replaced = false
            var length = min(8, words.count - index)
            while length >= 2 {
                let run = words[index..<(index + length)]
                if run.allSatisfy({ $0.first?.isUppercase == true }) {
                    let initials = String(run.compactMap(\.first)).uppercased()
                    let isHead = lexicon.organizationHeads.value(of: initials) != nil
                        && lexicon.organizationsByAcronym[initials]?.name == nil && lexicon.acronyms[initials] == nil
                    if acronyms.contains(initials) || isHead {
                        result.append(initials)
                        index += length
                        replaced = true
                        break
                    }
                }
                length -= 1
            }
            if !replaced {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }

    static func words(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") }.map(String.init)
    }

    /// Words written in capitals (`BBPMP`, `SMPN`), which may be acronyms of other names' words.
    static func capitalWords(_ text: String) -> [String] {
        words(of: text).filter { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
    }

    static func isBareAcronym(_ text: String) -> Bool {
        let words = words(of: removingParentheses(text))
        return words.count == 1 && capitalWords(words[0]) == words
    }

    static func removingParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(character) }
        }
        return result
    }

    /// Lower-case, no diacritics, no dots or apostrophes.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
            .filter { $0 != "." && $0 != "'" }
    }
}
