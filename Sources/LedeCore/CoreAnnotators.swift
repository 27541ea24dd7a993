/// The annotators LedeCore itself provides; every registry starts with them.
public enum CoreAnnotators {
    public static var all: [any Annotator] {
        [TokensAnnotator(), SentencesAnnotator(), ParagraphsAnnotator()]
    }
}
