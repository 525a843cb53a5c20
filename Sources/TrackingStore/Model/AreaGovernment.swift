/// The local government in charge of a new area: an agency of the store, or one to create.
public enum AreaGovernment: Sendable {
    case existing(String)
    case new(name: String)
}
