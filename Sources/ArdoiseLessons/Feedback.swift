/// The encouraging words after a grading, in plain French, with tutoiement.
/// Deterministic: the same situation always gets the same words (tests and reports stay stable).
public enum Feedback {
    /// `attempt` counts this grading (1 for the first).
    public static func encouragement(for result: ExerciseResult, attempt: Int) -> String {
        switch result.status {
        case .pass:
            return attempt <= 1 ? "Bravo, réussi du premier coup !"
                : "Bravo ! Tu as persévéré (\(attempt) essais), et ça paie."
        case .error where !result.rejection.isEmpty:
            return "Ton programme ne peut pas encore démarrer. Corrige d'abord l'erreur indiquée : la ligne et l'astuce sont là pour t'aider."
        case .error, .fail:
            let passed = result.passedCount
            if passed > 0 {
                return "Tu as déjà réussi \(passed) test\(passed > 1 ? "s" : "") sur \(result.tests.count) : continue, tu avances !"
            }
            let phrases = [
                "Pas de panique : se tromper fait partie du travail. Lis le message, corrige une chose à la fois, puis vérifie de nouveau.",
                "Ce n'est pas encore ça, mais chaque essai t'apprend quelque chose. Compare bien ce qui est attendu et ce que ton programme fait.",
                "Courage ! Relis l'énoncé et l'indice, puis essaie une petite modification.",
            ]
            return phrases[max(0, attempt - 1) % phrases.count]
        }
    }

    /// A hint as plain text (Markdown lines kept, blocks separated by a blank line).
    public static func plainText(of hint: [LessonBlock]) -> String {
        hint.map { block -> String in
            switch block {
            case .heading(_, let text, _): return text
            case .text(let lines, _): return lines.joined(separator: "\n")
            case .code(let code): return code.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "    " + $0 }.joined(separator: "\n")
            case .exercise: return ""
            }
        }.joined(separator: "\n\n")
    }
}
