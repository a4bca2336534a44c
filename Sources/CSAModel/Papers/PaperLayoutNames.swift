extension Paper {
    /// The layouts a paper may name in `layout:`, each with its own templates
    /// (`Templates/papers/<layout>…`): `council` (the county council's committee papers, seed 003's
    /// full header), `partnership` (the partnership's shorter papers, sections 1.0, 2.0) and `decision`
    /// (a County Council decision paper with `(1)`, `(2)` sub-paragraphs). The one list of them.
    public static let layouts = ["council", "partnership", "decision"]
}
