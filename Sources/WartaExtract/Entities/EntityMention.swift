import WartaModel

/// One mention of an entity as a recognizer found it, before `EntityResolver` merges the
/// mentions of one document into entities.
struct EntityMention {
    var kind: Entity.Kind
    /// The surface form, cleaned: no honorifics, degrees, role words or acronym in parentheses.
    var name: String
    var first: Int
    var last: Int
    var span: Span
    /// The acronym the mention carries, for merging (`BBPMP`, also `Pemkot`, `Dindik`).
    var acronym: String?
    /// Whether `acronym` is the thing's own (defined in parentheses or written in capitals), not a
    /// kind-of-office short form such as `Pemkot`: only such an acronym is the entity's `acronym`.
    var showsAcronym = false
    /// What identifies the thing apart from its place, lower-cased: `balai besar penjaminan mutu
    /// pendidikan` for `BBPMP Jatim`, `hotel claro makassar` for a venue.
    var base: String?
    /// The place in an organization's name (`Jawa Timur` in `BBPMP Jatim`), or the place itself.
    var place: PlaceKey?
    /// Names the thing only in part (`BBPMP`, `Dinas Pendidikan`, `Blitar`): joins the fuller
    /// entity of the document it fits, if there is one.
    var isBare = false
    var honorifics: [String] = []
    var degrees: [String] = []
    var roles: [String] = []
    /// Further forms the mention writes (`BBPMP Sulsel` inside the parentheses, `Hotel Claro`).
    var otherForms: [String] = []

    init(kind: Entity.Kind, name: String, first: Int, last: Int, span: Span) {
        self.kind = kind
        self.name = name
        self.first = first
        self.last = last
        self.span = span
    }
}

extension EntityContext {
    /// A mention of tokens `first...last` named `name` (the tokens' text when nil).
    func mention(_ kind: Entity.Kind, _ first: Int, _ last: Int, name: String? = nil) -> EntityMention {
        EntityMention(kind: kind, name: name ?? text(first, last), first: first, last: last, span: span(first, last))
    }
}

/// Folds a name for comparison: lower-case, punctuation to spaces, single spaces.
func foldName(_ name: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in name.lowercased().unicodeScalars {
        let value = scalar.value
        let kept = scalar.isASCII
            ? (97...122).contains(value) || (48...57).contains(value) || value == 0x2F || value == 0x26
            : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        if kept {
            if pendingSpace, !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        } else {
            pendingSpace = true
        }
    }
    return String(result)
}
