import WartaModel

/// Runs the entity recognizers in their fixed order over one document and merges what they find:
/// bylines, organizations, programs, people, places, then later mentions of the people. Each
/// claims the tokens it explains, so a place inside an organization's name is not a place of its
/// own and a job title's organization is not a name.
struct EntityRecognizer {
    let context: RecognitionContext

    /// The document's byline and its entities: the byline's people are entities too.
    func recognize() -> (byline: Byline, entities: [Entity]) {
        let entities = EntityContext(context)
        var claims = TokenClaims(count: entities.count)
        let definitions = entities.acronymDefinitions()
        let (byline, newsroom) = BylineRecognizer(entities: entities).recognize(claims: &claims)
        var mentions = newsroom
        mentions += OrganizationRecognizer(entities: entities, definitions: definitions).recognize(claims: &claims)
        mentions += ProgramRecognizer(entities: entities, definitions: definitions).recognize(claims: &claims)
        let people = PersonRecognizer(entities: entities)
        mentions += people.recognize(claims: &claims)
        mentions += PlaceRecognizer(entities: entities).recognize(claims: &claims)
        mentions += people.laterMentions(of: mentions.filter { $0.kind == .person }, claims: &claims)
        return (byline, EntityResolver().resolve(mentions))
    }
}
