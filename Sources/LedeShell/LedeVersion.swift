/// The version `lede --version` prints.
public enum LedeVersion {
    public static let current = "0.4.0"
}
