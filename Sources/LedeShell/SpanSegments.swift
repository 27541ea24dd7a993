import LedeCore

/// The text cut at every annotation boundary: each segment with the annotations that cover it,
/// outermost first. What `highlight` and the HTML export draw from.
struct SpanSegments {
    struct Segment {
        let range: Range<Int>
        /// Covering annotations, the longest (outermost) first.
        let annotations: [Annotation]
    }

    let segments: [Segment]

    init(length: Int, annotations: [Annotation]) {
        let sorted = annotations.filter { !$0.range.isEmpty && $0.range.lowerBound < length }
            .sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        var points = Set([0, length])
        for annotation in sorted {
            points.insert(annotation.range.lowerBound)
            points.insert(min(length, annotation.range.upperBound))
        }
        let boundaries = points.sorted()
        var segments: [Segment] = []
        var active: [Annotation] = []
        var next = 0
        for (start, end) in zip(boundaries, boundaries.dropFirst()) {
            active.removeAll { $0.range.upperBound <= start }
            while next < sorted.count, sorted[next].range.lowerBound <= start {
                if sorted[next].range.upperBound > start { active.append(sorted[next]) }
                next += 1
            }
            let ordered = active.sorted { $0.range.count > $1.range.count }
            segments.append(Segment(range: start..<end, annotations: ordered))
        }
        self.segments = segments
    }
}
