import CYAML
import Values

/// The libyaml version linked into chartc.
public let libyamlVersion: String = String(cString: yaml_get_version_string())
