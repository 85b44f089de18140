import WartaLexicon
import WartaModel

/// Year-tagged actions: what was done, is running, or is planned, and for which year.
///
/// Three shapes, tried per sentence in this order:
/// - a list after a lead-in (`… yang akan dilaksanakan di antaranya A, B, serta C`): items split at
///   top-level commas and semicolons, never inside parentheses nor at a `dan` inside an item; the
///   list counts when most items start with an action head from the lexicon. A list may also
///   stand on the lines after a lead-in with a status word, an item a line after its marker
///   (`antara lain:` then `1. pembangunan …;` `2. pelatihan …`);
/// - a status word and its verb (`Disdik mengusulkan perbaikan 20 SD lagi pada tahun depan`,
///   `… bakal digelontor bantuan rehab ruang kelas …`): the object, or else the subject;
/// - a clause led by its year (`Nanti tahun 2023 baru diterapkan untuk kelas VIII`).
/// The year comes from the sentence (`YearReferences`), from the sentence before when a list
/// continues it, or from the date a status verb sets (`akan dimulai 5 Juni 2023`); no year, no
/// action. Status comes from the lexicon's status words, `mulai … ini`
/// (ongoing), or else from the year against the publication year.
/// Examples: `Corpus/examples/actions.tsv` and the documents in `Corpus/documents/`.
struct ActionRecognizer {
    /// Longest item kept, in tokens: longer runs are prose, not list items.
    static let maximumItemTokens = 30
    /// Longest gloss in parentheses after a verb (`menggabungkan (regrouping) 9 SD`), in tokens.
    static let maximumGlossTokens = 6

    let context: RecognitionContext
    let years: YearReferences
    /// The lexicon's action words (`Lexicons/action-cues.tsv`).
    private var cues: ActionCues { context.lexicon.actionCues }

    func recognize() -> [Action] {
        var actions: [Action] = []
        var previousYear: Int?
        /// The last token of a list read from the lines after its lead-in: its items are done.
        var listedThrough = -1
        for (number, sentence) in context.document.sentences.enumerated() {
            let references = years.bySentence[number]
            let range = Array(sentence.tokens)
            defer { previousYear = references.last?.year ?? previousYear }
            guard !range.isEmpty, range.first! > listedThrough, !context.isHeadline(range) else { continue }
            if let list = list(in: range, references: references, carried: previousYear) {
                actions += list
            } else if let list = lineList(after: range, references: references, carried: previousYear) {
                actions += list.actions
                listedThrough = list.last
            } else if let verbal = statusVerbActions(in: range, references: references,
                                                     carried: number > 0 && continuesPlan(range) ? years.bySentence[number - 1].last?.year : nil) {
                actions += verbal
            } else {
                let funded = fundedActions(in: range, references: references)
                actions += funded.isEmpty ? yearLedClauses(in: range, references: references) : funded
            }
        }
        return deduplicated(actions)
    }

    // MARK: Lists

    private func list(in range: [Int], references: [YearReferences.Reference], carried: Int?) -> [Action]? {
        // `Tags: rapor pendidikan, kunjungan kerja`: a label and its colon lead into no list.
        guard let lead = leadIn(in: range), lead.first - range.first! > 1 || context.words[lead.first] != ":" else { return nil }
        let before = range.first!..<lead.first
        guard let year = references.first(where: { $0.last < lead.first })?.year ?? references.first?.year ?? carried else { return nil }
        let items = splitItems(Array((lead.last + 1)...range.last!))
        guard !items.isEmpty else { return nil }
        let headed = items.filter { startsWithActionHead($0.first!) }.count
        // `tiga program yang akan dibiayai APBD 2025, yaitu insentif guru …, revitalisasi …, dan
        // transportasi sekolah …`: a lead-in that names plans with a status word says the items
        // are works, whatever their first words (in lower case: not `…, yaitu Palembang, Ogan Ilir`).
        let namesPlans = items.count > 1 && before.contains { cues[.planNoun].contains(context.folded[$0]) }
            && explicitStatus(in: Array(before)) != nil && items.allSatisfy { context.words[$0[0]].first?.isLowercase == true }
        guard headed * 2 >= items.count && headed > 0 || namesPlans else { return nil }
        guard let status = status(in: Array(before), year: year) else { return nil }
        return items.map { action(year: year, status: status, $0.first!, $0.last!) }
    }

    /// A list on the lines after the sentence that leads it in with a status (`… merencanakan …,
    /// antara lain:`), an item a line after a marker (`1.`, `2)`, `(3)`, `a.`, `-`, `•`); the
    /// last token of its last item.
    private func lineList(after range: [Int], references: [YearReferences.Reference], carried: Int?)
        -> (actions: [Action], last: Int)? {
        guard let lead = closingLeadIn(of: range),
              let year = references.first(where: { $0.last < lead })?.year ?? references.first?.year ?? carried else { return nil }
        let lines = context.lines
        var items: [[Int]] = []
        var line = lines.line[range.last!] + 1
        while line < lines.first.count, let marker = markerLength(at: lines.first[line]), lines.first[line] + marker <= lines.last[line] {
            if let item = trimItem(Array(lines.first[line] + marker...lines.last[line])) { items.append(item) }
            line += 1
        }
        // Items on lines may start with their verb (`akan:` then `1. membuka posko …`).
        let headed = items.filter { startsWithActionHead($0.first!) || isVerb($0.first!) }.count
        // Lines after a colon are as often minutes or results: the lead-in must say done or
        // planned, or name a year still to come.
        let stated = explicitStatus(in: Array(range.first!..<lead)) ?? (years.now.map { year > $0 } == true ? .planned : nil)
        guard headed > 0, headed * 2 >= items.count, let status = stated else { return nil }
        return (items.map { action(year: year, status: status, $0.first!, $0.last!) }, lines.last[line - 1])
    }

    /// Where a lead-in that ends its sentence starts: a colon, or a lead-in phrase (`meliputi`,
    /// `antara lain`) with or without one.
    private func closingLeadIn(of range: [Int]) -> Int? {
        let last = range.last!
        let phraseEnd = context.words[last] == ":" ? last - 1 : last
        // Lead-in phrases are a few words long: only the sentence's last words can start one.
        let leads = context.lexicon.listLeads
        for start in max(range.first!, phraseEnd - leads.longestPhrase + 1)...max(range.first!, phraseEnd) where start <= phraseEnd {
            if let match = leads.longestMatch(at: start, in: context.folded), start + match.length - 1 == phraseEnd {
                return start
            }
        }
        return phraseEnd < last ? last : nil
    }

    /// The tokens of a list marker at `index`: `1.`, `2)`, `(3)`, `a.`, `b)`, or a bullet.
    private func markerLength(at index: Int) -> Int? {
        let words = context.words
        func word(_ offset: Int) -> Substring? { index + offset < words.count ? words[index + offset] : nil }
        if let first = word(0), Self.bullets.contains(first) { return 1 }
        func isCounter(_ token: Substring?) -> Bool {
            guard let token else { return false }
            return token.count <= 2 && token.allSatisfy(\.isNumber) || token.count == 1 && token.allSatisfy(\.isLowercase)
        }
        if isCounter(word(0)), word(1) == "." || word(1) == ")" { return 2 }
        if word(0) == "(", isCounter(word(1)), word(2) == ")" { return 3 }
        return nil
    }

    private static let bullets: Set<Substring> = ["-", "–", "—", "•", "·", "▪", "*", "◦", "‣", "○", "●"]

    /// A lead-in phrase (`meliputi`, `di antaranya`) or a colon with items after it: the first
    /// one whose next word is an action head, else the last one.
    private func leadIn(in range: [Int]) -> (first: Int, last: Int)? {
        var candidates: [(first: Int, last: Int)] = []
        for index in range {
            if context.words[index] == ":", index < range.last! { candidates.append((index, index)) }
            if let match = context.lexicon.listLeads.longestMatch(at: index, in: context.folded) {
                let last = index + match.length - 1
                if last < range.last! { candidates.append((index, last)) }
            }
        }
        return candidates.first { startsWithActionHead($0.last + 1) } ?? candidates.last
    }

    /// Items at top-level commas and semicolons; leading fillers (`dan`, `serta`, `maupun`) dropped;
    /// a final full stop and closing quote dropped. A quotation's close ends the list: `…, dan
    /// penguatan koding,” kata Lilis` names no further item.
    private func splitItems(_ tokens: [Int]) -> [[Int]] {
        var items: [[Int]] = []
        var current: [Int] = []
        var depth = 0
        for index in tokens {
            let word = context.words[index]
            if depth == 0, closesQuotation(index) { break }
            if word == "(" { depth += 1 }
            if word == ")" { depth = max(0, depth - 1) }
            if depth == 0 && (word == "," || word == ";") {
                items.append(current)
                current = []
                continue
            }
            current.append(index)
        }
        items.append(current)
        items.removeAll { $0.isEmpty }
        // Without commas, `A dan B` is two items only when both start with an action head.
        if items.count == 1, let only = items.first {
            var depth = 0
            for (position, index) in only.enumerated() {
                let word = context.words[index]
                if word == "(" { depth += 1 } else if word == ")" { depth = max(0, depth - 1) }
                guard depth == 0, ["dan", "serta"].contains(word.lowercased()), position > 0, position + 1 < only.count,
                      startsWithActionHead(only[0]), startsWithActionHead(only[position + 1]) else { continue }
                items = [Array(only[..<position]), Array(only[(position + 1)...])]
                break
            }
        }
        return items.compactMap(trimItem)
    }

    /// A closing quotation mark, or a straight one before the verb of saying (`," kata Lilis`).
    private func closesQuotation(_ index: Int) -> Bool {
        let word = context.words[index]
        guard word == "\u{201D}" || word == "\"" else { return false }
        return word != "\"" || context.lexicon.speechVerbs[context.lower(index + 1) ?? ""] == .speech
    }

    private func trimItem(_ item: [Int]) -> [Int]? {
        var item = item[...]
        // `serta (4) pendampingan …`: fillers and the items' own markers.
        while let first = item.first {
            if cues[.itemFiller].contains(context.folded[first]) {
                item = item.dropFirst()
            } else if let marker = markerLength(at: first), marker < item.count {
                item = item.dropFirst(marker)
            } else {
                break
            }
        }
        // `penguatan komunitas belajar; dan`: a line item ends before its punctuation and the
        // conjunction that leads to the next one.
        while let last = item.last, context.tokens[last].kind == .punctuation && context.words[last] != ")"
                || context.lexicon.functionWords[context.folded[last]] == "conjunction" {
            item = item.dropLast()
        }
        guard !item.isEmpty, item.count <= Self.maximumItemTokens else { return nil }
        return Array(item)
    }

    private func startsWithActionHead(_ index: Int) -> Bool {
        context.folded.indices.contains(index) && context.lexicon.actionHeads.contains(context.folded[index])
    }

    // MARK: Status

    /// The status the words in `tokens` give, else the one the year gives against "now".
    private func status(in tokens: [Int], year: Int) -> Action.Status? {
        explicitStatus(in: tokens) ?? statusFromYear(year)
    }

    /// `mulai … ini` (started and running) first; then the last status word.
    private func explicitStatus(in tokens: [Int]) -> Action.Status? {
        if mulaiIni(tokens) { return .ongoing }
        var found: Action.Status?
        var position = 0
        while position < tokens.count {
            if let match = context.lexicon.statusWords.longestMatch(at: tokens[position], in: context.folded),
               tokens[position] + match.length - 1 <= tokens.last! {
                found = Action.Status(rawValue: match.value.rawValue)
                position += match.length
            } else {
                position += 1
            }
        }
        return found
    }

    private func statusFromYear(_ year: Int) -> Action.Status? {
        guard let now = years.now else { return nil }
        return year > now ? .planned : year < now ? .done : .ongoing
    }

    // MARK: Single actions

    /// `<status word> <verb> <object>` with a year in the sentence, or with the date the verb
    /// sets (`akan dibuka 3 Juli 2024`); the subject when the verb has no object (`PPDB … akan
    /// dimulai …`). A second verb joined by `dan` or `serta` is a second action (`akan menggelar
    /// lokakarya dan memperluas program sekolah penggerak`), and a later clause with its own status
    /// word is read too (`tahun ini sedang menyiapkan …, dan tahun depan akan dibuka …`).
    private func statusVerbActions(in range: [Int], references: [YearReferences.Reference], carried: Int? = nil) -> [Action]? {
        var actions: [Action] = []
        var resumeAt = range.first!
        for (offset, index) in range.enumerated() where index >= resumeAt {
            // `mulai melakukan …`: started and running.
            let startsRunning = cues[.startAuxiliary].contains(context.folded[index]) && isVerb(index + 1)
            guard let match = startsRunning ? (1, ActionStatus.ongoing) : context.lexicon.statusWords.longestMatch(at: index, in: context.folded),
                  let status = Action.Status(rawValue: match.value.rawValue) else { continue }
            var afterStatus = index + match.length
            // `akan terus melakukan …`, `akan segera menyalurkan …`: adverbs may stand before the
            // verb (not a negation: `telah tidak …` reports no work).
            for _ in 0..<2 where isAdverb(afterStatus) { afterStatus += 1 }
            // `Relokasi 15 sekolah sudah selesai pada 2023`: the work finished is the subject.
            let completes = [index + match.length - 1, afterStatus].contains { cues[.completion].contains(context.lower($0) ?? "") }
            if status == .done, completes, offset > 0, actions.isEmpty,
               let subject = subject(before: index, within: range), subject.count >= 2, startsWithActionHead(subject[0]),
               let year = year(of: index, in: range, references: references) ?? (references.isEmpty ? carried : nil) {
                actions.append(action(year: year, status: status, subject.first!, subject.last!))
                resumeAt = afterStatus + 1
                continue
            }
            // `akan menggelar …`, `berencana menggelar …`, the status word as the verb (`mengusulkan …`),
            // or a predicate with its preposition before the work (`akan fokus pada pendampingan …`).
            // `rencana pembukaan program studi …`: a plan's noun before the work it names (not in a
            // purpose: `untuk menyusun rencana relokasi`).
            let verb = isVerb(afterStatus) ? afterStatus
                : isVerb(afterStatus - 1) ? afterStatus - 1
                : introducesWork(afterStatus + 1) ? afterStatus
                : status == .planned && startsWithActionHead(afterStatus) && !(isVerb(index - 1) && context.lower(index - 2) == "untuk")
                    ? afterStatus - 1 : nil
            guard let verb else { continue }
            let date = scheduledDate(after: verb)
            guard let year = year(of: index, in: range, references: references) ?? date?.year ?? (references.isEmpty ? carried : nil) else { continue }
            // `telah memperoleh akreditasi B`: a result, not an activity.
            guard !isOutcome(verb) else { break }
            // `akan mulai menerapkan … pada tahun ajaran 2022/2023`: a start still to come is planned.
            // `telah mengusulkan rehabilitasi …`: the proposal is done, the work it proposes planned.
            let proposes = status == .done && verb > index
                && context.lexicon.statusWords.longestMatch(at: verb, in: context.folded)?.value == .planned
            let effective = startsRunning && statusFromYear(year) == .planned || proposes ? .planned : mulaiIni(range) ? .ongoing : status
            // A verb followed by its date (`dimulai 5 Juni 2023`) has no object.
            // `diprioritaskan untuk perbaikan …`: the work after the verb's preposition.
            var objectStart = introducesWork(verb + 1) ? verb + 2 : verb + 1
            // `mengangkat lagi …`, `menggabungkan (regrouping) 9 SD`: an adverb or a gloss
            // between the verb and its object.
            if isAdverb(objectStart) { objectStart += 1 }
            if context.words.indices.contains(objectStart), context.words[objectStart] == "(",
               let close = (objectStart + 1..<min(objectStart + Self.maximumGlossTokens, context.tokens.count)).first(where: { context.words[$0] == ")" }) {
                objectStart = close + 1
            }
            // `masih berjalan dan …`, `tengah berjalan di 18 sekolah`: a verb right before a
            // conjunction or a preposition has no object (`sekitar 800 guru` is one, hedged).
            let hasObject = context.words.indices.contains(objectStart) && (cues[.quantityHedge].contains(context.folded[objectStart])
                || !["conjunction", "preposition"].contains(context.lexicon.functionWords[context.folded[objectStart]] ?? ""))
            if date == nil, hasObject, let object = phrase(from: objectStart, within: range, references: references) {
                // `… 27 sekolah yang masih menempati bangunan sementara`: a relative clause says what
                // the things are, not what is done.
                guard context.lower(index - 1) != "yang" else { continue }
                // `merupakan usulan`: a copula, not an activity; but a verb counts what it works on,
                // active or passive (`melatih 240 guru`, `telah mengikutsertakan 43 guru`, `berencana
                // memasang 20 titik`, `telah dibagikan 74.560 tablet`) unless it states an outcome
                // (`menerima 300 siswa`, `menargetkan 35 sekolah`, stopped above) or is a plan whose
                // work is its purpose (`mengusulkan sekitar 20 SD untuk direhab`).
                let isStatusVerb = context.lexicon.statusWords.longestMatch(at: verb, in: context.folded) != nil
                let namesPurpose = isStatusVerb
                    && object.contains { context.folded[$0] == "untuk" && (isVerb($0 + 1) || startsWithActionHead($0 + 1)) }
                let countsWork = isHedgedQuantity(object)
                    && (startsWithActionHead(verb) || !namesPurpose && context.isAffixedVerb(verb, prefixes: ["di", "me"]))
                guard isActivityStart(object[0]) || countsWork else { break }
                // `mengalokasikan anggaran … untuk …`: the money's purpose is the work (`fundedActions`).
                guard !cues[.moneyWord].contains(context.folded[object[0]]) else { break }
                let works = coordinated(object, within: range, references: references)
                // `mengusulkan perbaikan 20 SD` names the work in its object; `menyediakan ruang
                // sumber` and `mengusulkan formasi 120 guru` need their verb to say what is done.
                let keepsVerb = !startsWithActionHead(object[0]) && (!context.folded[verb].hasPrefix("di") || countsWork)
                    && (!isStatusVerb || context.folded[verb].hasPrefix("me"))
                actions.append(action(year: year, status: effective, keepsVerb ? verb : works[0].first!, works[0].last!))
                // `…, dan pembagian 2.500 seragam gratis sudah rampung`: a later work may say its own status.
                actions += works.dropFirst().map { work in
                    action(year: year, status: ownStatus(after: work, within: range) ?? effective, work.first!, work.last!)
                }
                resumeAt = works.last!.last! + 1
                continue
            }
            if offset > 0, var subject = subject(before: index, within: range), subject[0] >= resumeAt {
                // `BGP mengumumkan rekrutmen PGP Angkatan 12 akan dibuka …`: the work is the object
                // of a verb in the subject.
                if !startsWithActionHead(subject[0]), let verbAt = subject.firstIndex(where: { isVerb($0) }),
                   verbAt + 1 < subject.count, startsWithActionHead(subject[verbAt + 1]) {
                    subject = Array(subject[(verbAt + 1)...])
                }
                if startsWithActionHead(subject[0]), subject.count >= 2 {
                    actions.append(action(year: year, status: effective, subject.first!, subject.last!))
                    resumeAt = afterStatus
                }
            }
        }
        return actions.isEmpty ? nil : actions
    }

    /// Whether the sentence opens by going on with the one before (`Selanjutnya, …`, `Selain itu,
    /// …`): a plan's next step, in the year the sentence before named.
    private func continuesPlan(_ range: [Int]) -> Bool {
        guard let first = range.first else { return false }
        let word = context.folded[first]
        return cues[.continuation].contains(word) && (word != "selain" || context.lower(first + 1) == "itu")
    }

    /// The year of the status word at `index`: the one of the adjunct after it in its clause
    /// (`… pada tahun depan`), else the one before it, else one after a clause break.
    private func year(of index: Int, in range: [Int], references: [YearReferences.Reference]) -> Int? {
        let after = references.first { $0.first > index }
        let before = references.last { $0.last < index }
        if let after, before == nil || !(index..<after.first).contains(where: { context.words[$0] == "," }) { return after.year }
        return (before ?? after)?.year
    }

    /// The status a work's own predicate gives, when a status word follows the work at once
    /// (`pembagian … sudah rampung`; not `… yang masih kekurangan daya tampung`).
    private func ownStatus(after work: [Int], within range: [Int]) -> Action.Status? {
        let next = work.last! + 1
        guard range.contains(next), let match = context.lexicon.statusWords.longestMatch(at: next, in: context.folded) else { return nil }
        return Action.Status(rawValue: match.value.rawValue)
    }

    /// The works of an object: the object alone; or split where `dan` or `serta` joins a second
    /// active (`me-`, `ber-`) verb with its own object, or a second work after a first with its
    /// object (`rehabilitasi 56 ruang kelas dan pembangunan 4 unit sekolah`); or with more works
    /// after the clause's commas, the last after a filler (`dan`, `serta`, `sekaligus`: `bimtek RKAS
    /// bagi 120 kepala sekolah, lokakarya literasi, serta pendampingan …`; `mengembangkan aplikasi …
    /// terintegrasi dengan DTKS serta menambah kuota beasiswa …`).
    private func coordinated(_ object: [Int], within range: [Int], references: [YearReferences.Reference]) -> [[Int]] {
        let clause = phrase(from: object[0], within: range, references: references, clauseOnly: true) ?? object
        var works = [object]
        var end = clause.last!
        while context.words.indices.contains(end + 2), context.words[end + 1] == "," {
            var start = end + 2
            let joined = cues[.itemFiller].contains(context.folded[start])
            if joined { start += 1 }
            guard range.contains(start), startsWithActionHead(start) || joined && isActiveVerb(start),
                  let work = phrase(from: start, within: range, references: references) else { break }
            works.append(work)
            if joined { return works }
            end = (phrase(from: start, within: range, references: references, clauseOnly: true) ?? work).last!
        }
        var depth = 0
        for (position, index) in clause.enumerated() {
            let word = context.words[index]
            if word == "(" { depth += 1 } else if word == ")" { depth = max(0, depth - 1) }
            guard depth == 0, position > 0, position + 2 < clause.count, ["dan", "serta"].contains(context.folded[index]) else { continue }
            let next = clause[position + 1]
            let secondVerb = isActiveVerb(next)
            // `rehabilitasi 56 ruang kelas dan pembangunan 4 unit sekolah`: two works, each with its
            // own object; not `supervisi dan pendampingan IKM`, one work on a shared object.
            let secondWork = position >= 2 && startsWithActionHead(clause[0]) && startsWithActionHead(next)
            guard secondVerb || secondWork else { continue }
            let first = object.filter { $0 < index }
            let second = phrase(from: clause[position + 1], within: range, references: references) ?? Array(clause[(position + 1)...])
            return [first.isEmpty ? object : first, second]
        }
        return [object]
    }

    /// The date a verb sets its event for, right after it or after a schedule word (`pada`, `mulai`).
    private func scheduledDate(after verb: Int) -> (year: Int, first: Int)? {
        var next = verb + 1
        if let word = context.lower(next), cues[.scheduleWord].contains(word) { next += 1 }
        return years.dateYears[next].map { ($0, next) }
    }

    /// Money set aside for work to come makes the work planned: `menyiapkan anggaran Rp420 juta
    /// dari APBD 2019 untuk merehab enam lokal kelas` → `merehab enam lokal kelas …`, as does
    /// `menganggarkan Rp 850 juta untuk peningkatan kompetensi guru pada 2022`. Purposes
    /// listed, each with its action head (`untuk rehabilitasi gedung, pengadaan meja, maupun
    /// pembangunan perpustakaan`), are an action each.
    private func fundedActions(in range: [Int], references: [YearReferences.Reference]) -> [Action] {
        guard let year = references.first?.year,
              let money = range.first(where: { cues[.moneyWord].contains(context.folded[$0]) || context.tokens[$0].kind == .currency }),
              let purpose = range.first(where: { $0 > money && context.folded[$0] == "untuk" }),
              purpose + 1 <= range.last!, startsWithActionHead(purpose + 1) || isVerb(purpose + 1),
              let item = phrase(from: purpose + 1, within: range, references: references)
        else { return [] }
        let listed = splitItems(Array((purpose + 1)...range.last!))
        guard listed.count > 1, listed.allSatisfy({ startsWithActionHead($0[0]) }) else {
            return [action(year: year, status: .planned, item.first!, item.last!)]
        }
        return listed.compactMap { phrase(from: $0[0], within: $0, references: references) }
            .map { action(year: year, status: .planned, $0.first!, $0.last!) }
    }

    /// A clause that opens with its year (`Nanti tahun 2023 baru diterapkan untuk kelas VIII`),
    /// one action per such clause.
    private func yearLedClauses(in range: [Int], references: [YearReferences.Reference]) -> [Action] {
        var actions: [Action] = []
        for reference in references {
            let clauseStart = clauseStart(before: reference.first, within: range)
            let lead = range.filter { $0 >= clauseStart && $0 < reference.first }
            guard lead.allSatisfy({ isLeadWord($0) }) else { continue }
            var start = reference.last + 1
            if context.lower(start) == "ini" { start += 1 }
            if context.word(start) == "," { start += 1 }
            guard let clause = phrase(from: start, within: range, references: references, clauseOnly: true),
                  let verb = clause.first(where: { isVerb($0) || isOutcome($0) }), !isOutcome(verb),
                  verb + 1 < context.tokens.count, opensActivity(after: verb)
            else { continue }
            // `tahun ini Disdikpora akan bekerja sama …`: the clause's own status word counts too.
            let words = (lead + Array(reference.first...reference.last) + [start] + clause.filter { $0 < verb }).filter { $0 < context.tokens.count }
            guard let status = (mulaiIni(lead + [reference.last + 1]) ? .ongoing : explicitStatus(in: words)) ?? statusFromYear(reference.year) else { continue }
            // `mulai tahun 2024 ini Disdik Aceh menjalankan program insentif … sebesar …`: the named
            // subject of an active verb is the actor, not the work; the verb and its object are, up
            // to a stop word. (Of a passive verb it is the work: `Kurikulum Merdeka dapat diterapkan …`.)
            if verb > clause[0], context.folded[verb].hasPrefix("me"),
               clause.contains(where: { $0 < verb && context.shapes[$0].contains(.capitalised) }),
               let work = phrase(from: verb, within: range, references: references) {
                actions.append(action(year: reference.year, status: status, work.first!, work.last!))
                continue
            }
            actions.append(action(year: reference.year, status: status, clause.first!, clause.last!))
        }
        return actions
    }

    /// `mulai … ini`, `dimulai pada tahun ajaran 2023/2024 ini`: started this year and running.
    private func mulaiIni(_ tokens: [Int]) -> Bool {
        let lowered = tokens.compactMap { context.lower($0) }
        guard let start = lowered.firstIndex(where: { cues[.startVerb].contains($0) }) else { return false }
        return lowered[start...].contains("ini")
    }

    /// Words that may open a year-led clause: function words, clause openers (`nanti`, `mulai`),
    /// status words, and a verb of saying (`mengatakan tahun ini …`).
    private func isLeadWord(_ index: Int) -> Bool {
        let word = context.folded[index]
        return context.lexicon.functionWords[word] != nil || cues[.clauseOpener].contains(word) || isVerb(index)
            || context.lexicon.statusWords.hasPhrase(startingWith: word) || context.tokens[index].kind == .punctuation
    }

    /// Whether a phrase starting here can name an activity: an action head, or a word that is
    /// neither a function word, a number, nor a verb form.
    private func isActivityStart(_ index: Int) -> Bool {
        if startsWithActionHead(index) { return true }
        let word = context.folded[index]
        // `ditargetkan rampung Oktober 2024`: a result, not a work.
        return context.tokens[index].kind == .word && context.lexicon.functionWords[word] == nil
            && context.lexicon.numberWords[word] == nil && !isVerb(index) && !isOutcome(index)
    }

    /// What follows a verb names an activity (`diterapkan untuk kelas IX`), not a quantity
    /// reached (`menjangkau sekitar 300 sekolah`).
    private func opensActivity(after verb: Int) -> Bool {
        if isActivityStart(verb + 1) { return true }
        guard context.lexicon.functionWords[context.folded[verb + 1]] == "preposition" else { return false }
        return verb + 2 < context.tokens.count && context.tokens[verb + 2].kind != .number && context.lexicon.numberWords[context.folded[verb + 2]] == nil
    }

    /// A preposition followed by an action head (`pada pendampingan`, `untuk perbaikan`).
    private func introducesWork(_ index: Int) -> Bool {
        index + 1 < context.tokens.count && context.lexicon.functionWords[context.folded[index]] == "preposition"
            && startsWithActionHead(index + 1)
    }

    /// An adverb or an auxiliary of the function-word list (`terus`, `segera`, `kembali`).
    private func isAdverb(_ index: Int) -> Bool {
        guard index < context.tokens.count, let kind = context.lexicon.functionWords[context.folded[index]] else { return false }
        return kind == "adverb" || kind == "auxiliary"
    }

    /// A numeral or a number word (`240`, `dua`).
    private func isQuantity(_ index: Int) -> Bool {
        context.tokens[index].kind == .number || context.lexicon.numberWords[context.folded[index]] != nil
    }

    /// Whether `phrase` opens with a quantity, perhaps hedged (`sekitar 800 guru`, `lebih dari
    /// 40 sekolah`).
    private func isHedgedQuantity(_ phrase: [Int]) -> Bool {
        var position = 0
        while position < min(2, phrase.count - 1), cues[.quantityHedge].contains(context.folded[phrase[position]])
                || position > 0 && context.folded[phrase[position]] == "dari" {
            position += 1
        }
        return isQuantity(phrase[position])
    }

    private func isOutcome(_ index: Int) -> Bool {
        context.lexicon.outcomeVerbs.contains(context.folded[index])
    }

    /// An active verb (`me-`, `ber-`): one that may open a second work of its own.
    private func isActiveVerb(_ index: Int) -> Bool {
        isVerb(index) && ["me", "ber"].contains(where: { context.folded[index].hasPrefix($0) })
    }

    /// A verb by its shape: active `me-`/`ber-` or passive `di-`/`ter-` forms, or an action head.
    private func isVerb(_ index: Int) -> Bool {
        guard index >= 0, index < context.tokens.count, context.tokens[index].kind == .word else { return false }
        // Verbs are lower-case mid-sentence; `Disdikbud` and `Dinas` only look like `di-` forms.
        guard let first = context.words[index].first, first.isLowercase else { return false }
        let word = context.words[index]
        guard word.count >= 5, context.lexicon.functionWords[String(word)] == nil else { return false }
        return ["me", "di", "ber", "ter"].contains { word.hasPrefix($0) }
    }

    /// Tokens from `start` up to a stop: punctuation at top level, a year phrase, or (unless
    /// `clauseOnly`) a phrase stop that opens an adjunct (`pada`, `dengan`, `yang`).
    private func phrase(from start: Int, within range: [Int], references: [YearReferences.Reference], clauseOnly: Bool = false) -> [Int]? {
        guard let end = range.last, start <= end else { return nil }
        let stops = cues[.phraseStop]
        var tokens: [Int] = []
        var depth = 0
        // The last name of a list the phrase runs through (`di Merauke, Boven Digoel, Mappi dan Asmat`).
        var listedThrough = -1
        for index in start...end {
            let word = context.words[index]
            if word == "(" { depth += 1 } else if word == ")" { depth = max(0, depth - 1) }
            if depth == 0 && index > listedThrough {
                if word == ",", !tokens.isEmpty, let last = namesListed(afterComma: index, through: end) {
                    listedThrough = last
                } else if context.tokens[index].kind == .punctuation && word != "(" && word != ")" && word != "/" && word != "-" {
                    break
                }
                // `kerja sama dengan Unpatti`: when the work is a partnership, the stop after it
                // names the partner (not after other work: `melatih … bekerja sama dengan …`).
                if !clauseOnly && stops.contains(context.folded[index])
                    && !(index > start && index - start <= 2 && cues[.partnerWord].contains(context.folded[index - 1])) { break }
                // `revitalisasi 47 sekolah yang dibiayai DAK`: a passive relative clause says who pays or
                // takes part; `sekolah yang rusak akibat banjir` says which schools.
                if !clauseOnly, !tokens.isEmpty, cues[.relativeStop].contains(context.folded[index]), index + 1 <= end,
                   context.folded[index + 1].hasPrefix("di") && isVerb(index + 1) || context.folded[index + 1].hasSuffix("nya") { break }
                // `pembagian 2.500 seragam gratis sudah rampung`: a tense auxiliary ends the work
                // (not in a relative clause: `bagi guru yang sudah lulus PPG`).
                if !tokens.isEmpty, !context.shapes[index].contains(.capitalised),
                   context.lexicon.statusWords.longestMatch(at: index, in: context.folded) != nil,
                   context.lexicon.functionWords[context.folded[index]] == "auxiliary", context.folded[tokens.last!] != "yang" { break }
                if references.contains(where: { $0.first == index }) {
                    // `akan dipindahkan tahun depan setelah …`: a year, not the work.
                    guard !tokens.isEmpty else { return nil }
                    break
                }
            }
            if context.tokens[index].kind == .punctuation && tokens.isEmpty { return nil }
            tokens.append(index)
        }
        while let last = tokens.last, let kind = context.lexicon.functionWords[context.folded[last]], kind == "preposition" || kind == "conjunction" {
            tokens.removeLast()
        }
        guard !tokens.isEmpty, tokens.count <= Self.maximumItemTokens else { return nil }
        return tokens
    }

    /// Where a list of names that a comma continues ends: capitalised names after the comma, more
    /// commas, and the last after `dan` or `serta` (`Jayawijaya, Lanny Jaya dan Tolikara`), with a
    /// name before the comma too.
    private func namesListed(afterComma comma: Int, through end: Int) -> Int? {
        func isName(_ index: Int) -> Bool {
            index <= end && context.tokens[index].kind == .word && context.shapes[index].contains(.capitalised)
        }
        guard comma > 0, isName(comma - 1) else { return nil }
        var cursor = comma + 1
        while isName(cursor) {
            while isName(cursor + 1) { cursor += 1 }
            let next = cursor + 1
            guard next <= end else { return nil }
            if context.words[next] == "," {
                cursor = next + 1
            } else if ["dan", "serta"].contains(context.folded[next]), isName(next + 1) {
                var last = next + 1
                while isName(last + 1) { last += 1 }
                return last
            } else {
                return nil
            }
        }
        return nil
    }

    /// The subject before `index`: back to the sentence start or the previous top-level comma,
    /// without a leading conjunction or trailing subject trailers (`yang`, `pun`); the clause
    /// before when only such words are left (`PPDB SMA negeri, baru akan dimulai …`).
    private func subject(before index: Int, within range: [Int]) -> [Int]? {
        func clause(before end: Int) -> (start: Int, tokens: [Int]) {
            let start = clauseStart(before: end, within: range)
            var tokens = range.filter { $0 >= start && $0 < end }
            while let last = tokens.last, cues[.subjectTrailer].contains(context.folded[last]) { tokens.removeLast() }
            return (start, tokens)
        }
        let (start, nearest) = clause(before: index)
        var tokens = nearest.isEmpty && start > range.first! && context.words[start - 1] == "," ? clause(before: start - 1).tokens : nearest
        // `…, sedangkan perluasan pendampingan … direncanakan pada 2026`: the clause's conjunction is no subject.
        if let first = tokens.first, context.lexicon.functionWords[context.folded[first]] == "conjunction" { tokens.removeFirst() }
        guard !tokens.isEmpty, tokens.count <= Self.maximumItemTokens,
              context.lexicon.functionWords[context.folded[tokens[0]]] == nil else { return nil }
        return tokens
    }

    /// Where the clause holding `index` starts: after the last top-level comma or dash before it.
    private func clauseStart(before index: Int, within range: [Int]) -> Int {
        var start = range.first!
        var depth = 0
        for position in range where position < index {
            let word = context.words[position]
            if word == "(" { depth += 1 } else if word == ")" { depth = max(0, depth - 1) }
            if depth == 0 && (word == "," || word == "-" || word == "—" || word == "–" || word == "“" || word == "\"") { start = position + 1 }
        }
        return start
    }

    // MARK: Output

    private func action(year: Int, status: Action.Status, _ first: Int, _ last: Int) -> Action {
        Action(year: year, status: status, text: context.text(from: first, through: last), span: context.span(from: first, through: last),
               sentence: context.tokens[first].sentence)
    }

    /// An action restated (title, lead, body) counts once: keep the first of each year and text.
    private func deduplicated(_ actions: [Action]) -> [Action] {
        var seen = Set<String>()
        return actions.filter { seen.insert("\($0.year)\u{1}\($0.text.lowercased())").inserted }
    }
}
