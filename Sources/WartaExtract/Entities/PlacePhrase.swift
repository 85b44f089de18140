import WartaLexicon

/// A place as the gazetteer knows it: its name there and, when the text or the gazetteer says,
/// its kind (`Blitar` alone is both a regency and a city: kind nil).
struct PlaceKey: Hashable, Sendable {
    var name: String
    var kind: Place.Kind?
}

/// A place written in the text: `Kota Blitar`, `kab. Kudus`, `Jatim`, `Provinsi Jawa Timur`,
/// `se-Indonesia`, `DENPASAR`.
struct PlacePhrase {
    var first: Int
    var last: Int
    var key: PlaceKey
    /// As written, without a leading `se-`.
    var surface: String
    /// The kind the text states with a prefix (`Kota`, `Kabupaten`, `Provinsi`).
    var statedKind: Place.Kind?
}

extension EntityContext {
    /// The place written at `index`, if any. The name itself must be capitalised unless
    /// `lowercaseName` (short forms right after an acronym: `BBPMP sulsel`); a prefix may be
    /// lower-case (`kota Blitar`).
    func placePhrase(at index: Int, lowercaseName: Bool = false) -> PlacePhrase? {
        guard index >= 0, index < count, tokens[index].kind == .word || tokens[index].kind == .abbreviation,
              classes[index].contains(.startsPlace) || folded[index].hasPrefix("se-") else { return nil }
        return lowercaseName
            ? lowercasePlacePhrases.value(at: index) { findPlacePhrase(at: index, lowercaseName: true) }
            : placePhrases.value(at: index) { findPlacePhrase(at: index, lowercaseName: false) }
    }

    private func findPlacePhrase(at index: Int, lowercaseName: Bool) -> PlacePhrase? {
        let written = base.words[index]
        var words = folded
        var stripped = false
        if written.count > 3, words[index].hasPrefix("se-") {
            // `se-Jawa Timur`: the place is read as if the prefix were not there.
            words[index].removeFirst(3)
            stripped = true
        }
        var nameStart = index
        var statedKind: Place.Kind?
        if let kind = lexicon.placePrefixes[words[index]] {
            statedKind = kind
            nameStart = index + 1
            guard together(index, nameStart) else { return nil }
        }
        guard nameStart < count, tokens[nameStart].kind == .word else { return nil }
        let nameWord = nameStart == index && stripped ? written.dropFirst(3) : base.words[nameStart]
        guard let initial = nameWord.first, initial.isLetter, initial.isUppercase || lowercaseName,
              let found = gazetteerName(at: nameStart, in: words)
        else { return nil }
        let last = nameStart + found.length - 1
        guard together(index, last) else { return nil }
        // `Jawa Timur/Bali` is fine, but a place glued to a longer word (`Blitar-nya`) is not.
        var kind: Place.Kind?
        if let stated = statedKind {
            kind = found.kinds.contains(stated) || found.kinds.count != 1 ? stated : found.kinds[0]
        } else if Set(found.kinds).count == 1 {
            kind = found.kinds[0]
        }
        var surface = text(index, last)
        if stripped { surface.removeFirst(3) }
        return PlacePhrase(first: index, last: last, key: PlaceKey(name: found.name, kind: kind), surface: surface, statedKind: statedKind)
    }

    /// The gazetteer name (or listed short form) starting at `index` of `words` (lower-cased): the longest.
    func gazetteerName(at index: Int, in words: [String]) -> (length: Int, name: String, kinds: [Place.Kind])? {
        var best: (length: Int, name: String, kinds: [Place.Kind])?
        if let match = lexicon.places.longestMatch(at: index, in: words), let first = match.value.first {
            best = (match.length, first.name, match.value.map(\.kind))
        }
        guard vocabulary.placeAliasFirstWords.contains(words[index]) else { return best }
        for length in stride(from: 3, through: 1, by: -1) where length > (best?.length ?? 0) {
            var parts: [String] = []
            for offset in 0..<length {
                guard index + offset < words.count, tokens[index + offset].kind == .word else { break }
                parts.append(words[index + offset])
            }
            guard parts.count == length, let name = lexicon.placeName(forAlias: parts.joined(separator: " ")),
                  let entries = lexicon.places.value(of: name), let first = entries.first else { continue }
            best = (length, first.name, entries.map(\.kind))
            break
        }
        return best
    }
}
