import WartaLexicon

/// Tables the entity recognizers derive from the lexicon: built once per `Extractor`, not per
/// document (rebuilding them per document cost a quarter of all extraction time).
public struct EntityVocabulary: Sendable {
    /// Folded expansions of listed acronyms (`taman kanak-kanak`): phrases that are terms, not names.
    let expansions: Set<String>
    /// The words of those expansions (`penggerak`, `kelas`): a lone word among them is no name.
    let termWords: Set<String>
    /// Organizations by their one-word acronym, lower-cased (`bbpmp`, `pemkot`, `dindik`).
    let acronymOrganizations: [String: KnownOrganization]
    /// Organizations by their acronyms of several words (`BAN PAUD`, `Ditjen GTK`).
    let multiWordAcronyms: PhraseTable<KnownOrganization>
    /// First words of the gazetteer's short forms (`jatim`, `kab`): most words start none.
    let placeAliasFirstWords: Set<String>

    public init(lexicon: Lexicon) {
        expansions = Set(lexicon.acronyms.values.map { foldName($0.expansion) })
        termWords = Set(expansions.flatMap { $0.split(separator: " ").map(String.init) })
        var organizations: [String: KnownOrganization] = [:]
        var table = PhraseTable<KnownOrganization>()
        // Sorted, so that which organization a shared acronym names does not depend on hashing.
        for (acronym, organization) in lexicon.organizationsByAcronym.sorted(by: { $0.key < $1.key }) {
            if acronym.contains(" ") {
                table.insert(acronym, organization)
            } else if organizations[acronym.lowercased()] == nil {
                organizations[acronym.lowercased()] = organization
            }
        }
        acronymOrganizations = organizations
        placeAliasFirstWords = Set(lexicon.placeAliases.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        multiWordAcronyms = table
    }
}
