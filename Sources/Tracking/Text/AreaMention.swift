/// Which of the store's areas a dispatch names: its name ("Phong Khê", "CCN Phú Lâm") or its
/// locality ("xã Văn Môn") found in the text as whole words, tone marks, case and đ/d ignored
/// (web copies lose marks). A guess, which `theodoi import` reports for a person to confirm.
public enum AreaMention {
    /// - Returns: the areas named, in the areas' order.
    public static func named(in text: String, areas: [Area]) -> [Area] {
        let folded = " " + words(VietnameseText.fold(text)) + " "
        return areas.filter { area in
            [area.name, area.locality].contains { name in
                let phrase = words(VietnameseText.fold(name))
                return !phrase.isEmpty && folded.contains(" " + phrase + " ")
            }
        }
    }

    /// Letters and digits, every other run of characters one space: "(Phong Khê)," → " phong khe ".
    private static func words(_ folded: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in folded {
            if character.isLetter || character.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
    }
}
