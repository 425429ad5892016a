import ArdoiseLessons

/// File names built from folder names: letters, digits and dashes only.
enum ReportFileName {
    static func slug(_ name: String) -> String {
        let folded = FrenchText.fold(name)
        let kept = String(folded.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "-" })
        let slug = kept.split(separator: "-").joined(separator: "-")
        return slug.isEmpty ? "groupe" : slug
    }
}
