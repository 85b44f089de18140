import WartaModel

/// Programs and policies the text defines with an acronym: `Implementasi Kurikulum Merdeka (IKM)`,
/// `Program Sekolah Penggerak (PSP)`, `Pendidikan Guru Penggerak (PGP)`, and the later uses of
/// that acronym (`pendampingan IKM`). A program is one when the lexicon lists its acronym as a
/// program or its phrase starts with a program word (`Program`, `Gerakan`, `Kurikulum`, …).
///
/// Not programs: job titles (`Calon Guru Penggerak (CGP)`), activities and documents
/// (`Penerimaan Peserta Didik Baru (PPDB)`, `petunjuk teknis (juknis)`), school levels
/// (`sekolah dasar (SD)`). Examples: `Corpus/examples/programs.tsv`.
struct ProgramRecognizer {
    let entities: EntityContext
    let definitions: [Int: AcronymDefinition]

    func recognize(claims: inout TokenClaims) -> [EntityMention] {
        let programs = definitions.values.filter { $0.kind == .program }.sorted { $0.first < $1.first }
        guard !programs.isEmpty else { return [] }
        var mentions: [EntityMention] = []
        var starts: [Int: AcronymDefinition] = [:]
        for program in programs { starts[program.first] = program }
        let acronyms = Set(programs.map(\.acronym))
        var index = 0
        while index < entities.count {
            if let program = starts[index], !claims.anyClaimed(program.first...program.close) {
                claims.claim(program.first...program.close)
                var mention = entities.mention(.program, program.first, program.close, name: entities.text(program.first, program.last))
                mention.acronym = program.acronym
                mention.showsAcronym = true
                mention.base = foldName(program.acronym)
                mentions.append(mention)
                index = program.close + 1
                continue
            }
            if !claims.isClaimed(index), entities.isWord(index), let word = entities.word(index), acronyms.contains(String(word)) {
                claims.claim(index...index)
                var mention = entities.mention(.program, index, index)
                mention.acronym = String(word)
                mention.showsAcronym = true
                mention.base = foldName(String(word))
                mention.isBare = true
                mentions.append(mention)
            }
            index += 1
        }
        return mentions
    }
}
