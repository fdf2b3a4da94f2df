"""What schema generation keeps of an OpenAPI schema: documentation-only keywords dropped
(never property names). Shared by make-schemas.py and make-schemas-crd-sources.py."""

DROP_KEYS = {"description", "x-kubernetes-patch-merge-key", "x-kubernetes-patch-strategy",
             "x-kubernetes-list-map-keys", "x-kubernetes-list-type", "x-kubernetes-map-type",
             "x-kubernetes-group-version-kind", "x-kubernetes-unions", "x-kubernetes-validations",
             "x-kubernetes-selectable-fields", "example", "examples", "title", "$comment"}


def strip(node, in_props=False):
    """Removes documentation-only keywords (never property names)."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if not in_props and k in DROP_KEYS:
                continue
            child_props = (not in_props) and k in ("properties", "patternProperties", "$defs", "definitions",
                                                   "dependentSchemas")
            out[k] = strip(v, in_props=child_props)
        return out
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node
