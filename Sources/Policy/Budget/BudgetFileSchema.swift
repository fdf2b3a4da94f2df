/// The JSON schema of `budgets.yaml`, bundled in the binary so an installed `chartc` checks
/// budget files without any file beside it.
public enum BudgetFileSchema {
  public static let json = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://chartc.dev/schemas/budgets.json",
      "title": "chartc budget file (budgets.yaml)",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "version": {"type": "integer", "enum": [1, 2]},
        "daemonSetNodes": {"$ref": "#/$defs/count", "description": "Nodes a DaemonSet runs on (older name of nodes)."},
        "nodes": {"$ref": "#/$defs/count", "description": "Nodes a DaemonSet runs on."},
        "enforce": {"$ref": "#/$defs/mode"},
        "countHooks": {"type": "boolean", "description": "Count Helm hooks and test pods (default false: reported apart)."},
        "defaultStorageClass": {"type": "string", "description": "Class of claims that name none."},
        "sidecars": {"type": "array", "items": {"$ref": "#/$defs/sidecar"}},
        "overhead": {
          "type": "object", "description": "RuntimeClass name -> its overhead.podFixed.",
          "additionalProperties": {"$ref": "#/$defs/resources"}
        },
        "limitRanges": {"type": "array", "items": {"$ref": "#/$defs/limitRange"}},
        "namespaceLabels": {
          "type": "object", "description": "Labels of namespaces the chart does not render.",
          "additionalProperties": {"type": "object", "additionalProperties": {"type": "string"}}
        },
        "environments": {
          "type": "object", "minProperties": 1,
          "additionalProperties": {"$ref": "#/$defs/environment"}
        }
      },
      "required": ["environments"],
      "$defs": {
        "count": {"type": "integer", "minimum": 0},
        "mode": {"enum": ["steady", "peak"], "description": "Enforce the steady state or the peak (default peak)."},
        "quantity": {
          "anyOf": [
            {"type": "string", "pattern": "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$"},
            {"type": "number"}
          ]
        },
        "resources": {"type": "object", "additionalProperties": {"$ref": "#/$defs/quantity"}},
        "sidecar": {
          "type": "object", "additionalProperties": false, "required": ["name"],
          "properties": {
            "name": {"type": "string", "minLength": 1},
            "requests": {"$ref": "#/$defs/resources"},
            "limits": {"$ref": "#/$defs/resources"},
            "namespaceLabels": {"type": "array", "items": {"type": "string"}},
            "disabledNamespaceLabels": {"type": "array", "items": {"type": "string"}},
            "podOptOut": {"type": "array", "items": {"type": "string"}},
            "podOptIn": {"type": "array", "items": {"type": "string"}}
          }
        },
        "limitRange": {
          "type": "object", "additionalProperties": false, "required": ["namespace"],
          "properties": {
            "namespace": {"type": "string", "minLength": 1, "description": "A namespace, or * for every namespace."},
            "default": {"$ref": "#/$defs/resources"},
            "defaultRequest": {"$ref": "#/$defs/resources"},
            "max": {"$ref": "#/$defs/resources"}
          }
        },
        "environment": {
          "type": "object", "additionalProperties": false,
          "properties": {
            "requests": {"$ref": "#/$defs/resources"},
            "limits": {"$ref": "#/$defs/resources"},
            "gpu": {"$ref": "#/$defs/quantity", "description": "requests.nvidia.com/gpu"},
            "pvc": {
              "type": "object", "additionalProperties": false,
              "properties": {"count": {"$ref": "#/$defs/count"}, "storage": {"$ref": "#/$defs/quantity"}}
            },
            "objects": {
              "type": "object", "additionalProperties": false,
              "properties": {
                "total": {"$ref": "#/$defs/count"},
                "kinds": {"type": "object", "additionalProperties": {"$ref": "#/$defs/count"}}
              }
            },
            "hard": {"$ref": "#/$defs/resources", "description": "Any ResourceQuota resource name -> limit."},
            "namespaces": {
              "type": "object", "description": "Namespace -> ResourceQuota resource name -> limit.",
              "additionalProperties": {"$ref": "#/$defs/resources"}
            },
            "nodes": {"$ref": "#/$defs/count"},
            "enforce": {"$ref": "#/$defs/mode"},
            "countHooks": {"type": "boolean"}
          }
        }
      }
    }
    """#
}
