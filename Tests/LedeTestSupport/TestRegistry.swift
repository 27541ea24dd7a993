import Entities
import LedeCore
import LedeEnglish
import Numbers
import Places
import Quotes
import Roles
import Tagger

/// The registries and pipelines the tests build: LedeCore's annotators with English tokenization,
/// plus the modules a test needs. One place instead of a registry set up in every test file.
public enum TestRegistry {
    /// Tokens, sentences and paragraphs, tokenized as English.
    public static let core = Registry(annotators: CoreAnnotators.all + LedeEnglishModule.annotators)

    /// Every built-in annotator.
    public static let all = with(EntitiesModule.self, NumbersModule.self, PlacesModule.self, QuotesModule.self, RolesModule.self,
                                      TaggerModule.self)

    /// The core annotators, the part-of-speech tagger (entities, roles and quotes read its layer)
    /// and those of `modules`.
    public static func with(_ modules: any AnnotatorModule.Type...) -> Registry {
        Registry(annotators: core.annotators + TaggerModule.annotators + modules.flatMap { $0.annotators })
    }

    /// Runs the annotators named (and what they require) from every built-in module over `text`.
    public static func annotate(_ text: String, with names: [String]) throws -> Document {
        var document = Document(text: text)
        let failures = try Pipeline(names: names, registry: all).run(&document)
        if let failure = failures.first { throw failure }
        return document
    }
}

