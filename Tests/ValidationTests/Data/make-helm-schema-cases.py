#!/usr/bin/env python3
"""Asks the real Helm (shared/tools/helm-oracle) for its values-schema error message on each
case below (a one-template chart with that values.schema.json, values from -f), and writes
helm-values-schema-cases.json next to this script: [{"name", "schema", "values", "expected"}].
expected = Helm's error without the CLI's "Error: " prefix and final newline ("" = valid).
  python make-helm-schema-cases.py [CASE...]      (default: all; merges into the file)
Work folders go to $TMPDIR/helm-schema-cases."""
import json, os, subprocess, sys, tempfile
# Not here: an unknown $schema (Helm downloads it; chartc refuses, see HelmSchemaLoadTests)
# and RE2-invalid patterns such as lookaheads (Helm's metaschema check rejects them; ICU accepts).
cases = {
 "x-minContains0": ({"properties":{"a":{"contains":{"type":"string"},"minContains":2}}}, {"a":[1,2]}),
 "x-const-null": ({"properties":{"a":{"const":None}}}, {"a":1}),
 "x-items-false": ({"properties":{"a":{"items":False}}}, {"a":[1,2]}),
 "x-unique-obj": ({"properties":{"a":{"uniqueItems":True}}}, {"a":[{"x":1},{"x":1.0}]}),
 "x-addl-pattern": ({"patternProperties":{"^x":{"type":"string"}},"additionalProperties":False}, {"xa":1,"b":2}),
 "x-then-ref2": ({"$defs":{"t":{"minLength":3,"pattern":"^x"}},"properties":{"a":{"if":{"type":"string"},"then":{"$ref":"#/$defs/t"}}}}, {"a":"ab"}),
 "x-multipleOf-float": ({"properties":{"a":{"multipleOf":0.1}}}, {"a":0.35}),
 "x-exclusiveMinimum": ({"properties":{"a":{"exclusiveMinimum":3}}}, {"a":3}),
 "x-maxProperties": ({"properties":{"a":{"maxProperties":1}}}, {"a":{"x":1,"y":2}}),
 "x-unicode-len": ({"properties":{"a":{"maxLength":2}}}, {"a":"éé😀"}),
 "x-dyn": ({"$dynamicAnchor":"node","properties":{"kids":{"items":{"$dynamicRef":"#node"}},"v":{"type":"string"}}}, {"kids":[{"v":1}]}),
 "x-not-ref": ({"$defs":{"s":{"type":"string"}},"properties":{"a":{"not":{"$ref":"#/$defs/s"}}}}, {"a":"x"}),
 "x-nullable": ({"properties":{"a":{"type":"string","nullable":True}}}, {"a":None}),
 "x-int-or-string": ({"properties":{"a":{"x-kubernetes-int-or-string":True}}}, {"a":True}),

 "type-enum": ({"properties":{"a":{"type":"string","enum":["a"]}}}, {"a":5}),
 "type-const-min": ({"properties":{"a":{"type":"string","const":"a","minimum":7}}}, {"a":5}),
 "obj-order": ({"properties":{"a":{"type":"object","minProperties":3,"required":["x"],"properties":{"y":{"type":"string"}},"additionalProperties":False,"propertyNames":{"maxLength":1}}}}, {"a":{"y":1,"zz":2}}),

 "deps2020": ({"dependencies":{"a":["b"]}}, {"a":1}),
 "deps2020-schema": ({"dependencies":{"a":{"required":["c"]}}}, {"a":1}),
 "defs7": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"a":{"$ref":"#/$defs/x"}},"$defs":{"x":{"type":"string"}}}, {"a":1}),
 "draft2019": ({"$schema":"https://json-schema.org/draft/2019-09/schema","properties":{"a":{"items":[{"type":"string"}],"additionalItems":False}}}, {"a":["x",2]}),
 "format2019": ({"$schema":"https://json-schema.org/draft/2019-09/schema","properties":{"a":{"format":"email"}}}, {"a":"nope"}),
 "format6": ({"$schema":"http://json-schema.org/draft-06/schema#","properties":{"a":{"format":"email"}}}, {"a":"nope"}),

 "q-ctrl": ({"properties":{"a":{"pattern":"^x"}}}, {"a":"\u0007\u0001\u200b\t\"q\" é ☃ \U0001F600"}),

 "re-nbsp": ({"properties":{"a":{"pattern":"^\\s$"}}}, {"a":"\u00a0"}),
 "re-digits": ({"properties":{"a":{"pattern":"^\\d+$"}}}, {"a":"\u0661"}),
 "re-named": ({"properties":{"a":{"pattern":"^(?P<x>a)b$"}}}, {"a":"ab"}),

 "g-ref2": ({"$defs":{"t":{"minLength":3,"pattern":"^x"}},"properties":{"a":{"$ref":"#/$defs/t"}}}, {"a":"ab"}),
 "g-allOf2": ({"properties":{"a":{"allOf":[{"minLength":3,"pattern":"^x"},{"maxLength":1}]}}}, {"a":"ab"}),
 "g-anyOf2": ({"properties":{"a":{"anyOf":[{"minLength":3,"pattern":"^x"},{"maxLength":1}]}}}, {"a":"ab"}),
 "g-then2": ({"properties":{"a":{"if":{"type":"string"},"then":{"minLength":3,"pattern":"^x"}}}}, {"a":"ab"}),
 "g-else2": ({"properties":{"a":{"if":{"type":"integer"},"else":{"minLength":3,"pattern":"^x"}}}}, {"a":"ab"}),
 "g-depschema2": ({"dependentSchemas":{"a":{"required":["b"],"properties":{"a":{"type":"string"}}}}}, {"a":1}),
 "g-contains2": ({"properties":{"a":{"contains":{"minLength":3,"pattern":"^x"}}}}, {"a":["ab"]}),
 "g-propnames2": ({"propertyNames":{"minLength":3,"pattern":"^x"}}, {"ab":1}),
 "g-addl2": ({"additionalProperties":{"minLength":3,"pattern":"^x"}}, {"k":"ab"}),
 "g-ref-then-more": ({"$defs":{"t":{"minLength":3}},"properties":{"a":{"$ref":"#/$defs/t","pattern":"^x"}}}, {"a":"ab"}),
 "g-nested-ref": ({"$defs":{"o":{"required":["x","y"]},"t":{"$ref":"#/$defs/o"}},"properties":{"a":{"$ref":"#/$defs/t"}}}, {"a":{}}),
 "g-root-ref": ({"$ref":"#/$defs/o","$defs":{"o":{"required":["x"],"properties":{"y":{"type":"string"}}}}}, {"y":1}),
 "g-unevalItems": ({"properties":{"a":{"prefixItems":[{}],"unevaluatedItems":False}}}, {"a":[1,2,3]}),

 "n1": ({"properties":{"a":{"maximum":3}}}, {"a":123456}),
 "n2": ({"properties":{"a":{"maximum":3}}}, {"a":12345.5}),
 "n3": ({"properties":{"a":{"minimum":3}}}, {"a":-0.5}),
 "n4": ({"properties":{"a":{"maximum":3}}}, {"a":1e21}),
 "n5": ({"properties":{"a":{"maximum":3}}}, {"a":1234567}),
 "n6": ({"properties":{"a":{"minimum":3}}}, {"a":-1234567.5}),
 "n7": ({"properties":{"a":{"maximum":1000000}}}, {"a":2000000}),
 "n8": ({"properties":{"a":{"maxItems":1}}}, {"a":list(range(1234))}),
 "n9": ({"properties":{"a":{"enum":[1000000, 0.0001]}}}, {"a":3}),
 "n10": ({"properties":{"a":{"multipleOf":0.01}}}, {"a":0.123}),
 "n11": ({"properties":{"a":{"const":1000000}}}, {"a":3}),
 "n12": ({"properties":{"a":{"maximum":3}}}, {"a":100000}),
 "n13": ({"properties":{"a":{"minimum":3}}}, {"a":0.0001}),
 "n14": ({"properties":{"a":{"maximum":3}}}, {"a":1.5e300}),

 "prefix-schema": ({"properties":{"a":{"prefixItems":[{}],"items":{"type":"string"}}}}, {"a":[1,2,"x",3]}),
 "addl-items7-schema": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"a":{"items":[{}],"additionalItems":{"type":"string"}}}}, {"a":[1,2,"x",3]}),
 "nested-anyOf": ({"properties":{"a":{"anyOf":[{"type":"string"},{"anyOf":[{"type":"integer"},{"type":"array"}]}]}}}, {"a":True}),
 "two-on-one": ({"properties":{"a":{"minLength":3,"pattern":"^x"}}}, {"a":"ab"}),
 "deps7": ({"$schema":"http://json-schema.org/draft-07/schema#","dependencies":{"a":["b","c"]}}, {"a":1}),
 "deps7-schema": ({"$schema":"http://json-schema.org/draft-07/schema#","dependencies":{"a":{"required":["b"]}}}, {"a":1}),
 "format-date": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"a":{"format":"date"},"b":{"format":"hostname"},"c":{"format":"ipv4"},"d":{"format":"uri"}}}, {"a":"2020-13-01"}),
 "format-host": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"b":{"format":"hostname"}}}, {"b":"-bad"}),
 "format-ipv4": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"c":{"format":"ipv4"}}}, {"c":"1.2.3"}),
 "format-uri": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"d":{"format":"uri"}}}, {"d":"nope"}),
 "format-dt": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"d":{"format":"date-time"}}}, {"d":"nope"}),
 "enum-bool": ({"properties":{"a":{"enum":[True,None,1.5]}}}, {"a":"c"}),
 "const-obj": ({"properties":{"a":{"const":{"x":1}}}}, {"a":"y"}),
 "maxContains": ({"properties":{"a":{"contains":{"type":"number"},"maxContains":1}}}, {"a":[1,2]}),
 "minContains": ({"properties":{"a":{"contains":{"type":"number"},"minContains":3}}}, {"a":[1,2,"x"]}),
 "big": ({"properties":{"a":{"maximum":3}}}, {"a":1000000}),
 "small": ({"properties":{"a":{"minimum":3}}}, {"a":0.00001}),
 "draft4": ({"$schema":"http://json-schema.org/draft-04/schema#","properties":{"a":{"maximum":3,"exclusiveMaximum":True}}}, {"a":3}),

 "required1": ({"required":["image"]}, {}),
 "required2": ({"required":["image","name"]}, {}),
 "type-int": ({"properties":{"replicas":{"type":"integer"}}}, {"replicas":"3"}),
 "type-float": ({"properties":{"replicas":{"type":"integer"}}}, {"replicas":1.5}),
 "type-multi": ({"properties":{"a":{"type":["string","null"]}}}, {"a":1}),
 "type-number": ({"properties":{"a":{"type":"number"}}}, {"a":True}),
 "type-object": ({"properties":{"a":{"type":"object"}}}, {"a":[1]}),
 "minLength": ({"properties":{"a":{"type":"string","minLength":2}}}, {"a":"x"}),
 "maxLength": ({"properties":{"a":{"type":"string","maxLength":2}}}, {"a":"xyz"}),
 "addl1": ({"additionalProperties":False,"properties":{"a":{}}}, {"a":1,"extra":2}),
 "addl2": ({"additionalProperties":False,"properties":{"a":{}}}, {"a":1,"x1":2,"x2":3}),
 "addl-schema": ({"additionalProperties":{"type":"string"}}, {"x1":2}),
 "enum-num": ({"properties":{"a":{"enum":[1,2]}}}, {"a":3}),
 "enum-str": ({"properties":{"a":{"enum":["a","b"]}}}, {"a":"c"}),
 "enum-one": ({"properties":{"a":{"enum":["a"]}}}, {"a":"c"}),
 "enum-mixed": ({"properties":{"a":{"enum":["a",1,None,{"x":1}]}}}, {"a":"c"}),
 "const": ({"properties":{"a":{"const":"x"}}}, {"a":"y"}),
 "const-num": ({"properties":{"a":{"const":5}}}, {"a":"y"}),
 "anyOf": ({"properties":{"a":{"anyOf":[{"type":"string"},{"type":"integer"}]}}}, {"a":True}),
 "oneOf-none": ({"properties":{"a":{"oneOf":[{"type":"string"},{"type":"integer"}]}}}, {"a":True}),
 "oneOf-both": ({"properties":{"a":{"oneOf":[{"type":"number"},{"type":"integer"}]}}}, {"a":1}),
 "allOf": ({"properties":{"a":{"allOf":[{"type":"string"},{"minimum":5}]}}}, {"a":1}),
 "not": ({"properties":{"a":{"not":{"type":"integer"}}}}, {"a":1}),
 "ifthen": ({"properties":{"a":{"if":{"type":"integer"},"then":{"minimum":5}}}}, {"a":1}),
 "ifelse": ({"properties":{"a":{"if":{"type":"integer"},"then":{"minimum":5},"else":{"type":"boolean"}}}}, {"a":"s"}),
 "pattern": ({"properties":{"a":{"pattern":"^[a-z]+$"}}}, {"a":"A1"}),
 "format7": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"a":{"format":"email"}}}, {"a":"nope"}),
 "format2020": ({"properties":{"a":{"format":"email"}}}, {"a":"nope"}),
 "maximum": ({"properties":{"a":{"maximum":3}}}, {"a":4}),
 "maximum-float": ({"properties":{"a":{"maximum":3.5}}}, {"a":4.25}),
 "exclusiveMaximum": ({"properties":{"a":{"exclusiveMaximum":3}}}, {"a":3}),
 "minimum": ({"properties":{"a":{"minimum":3}}}, {"a":1}),
 "multipleOf": ({"properties":{"a":{"multipleOf":3}}}, {"a":4}),
 "minItems": ({"properties":{"a":{"minItems":3}}}, {"a":[1]}),
 "maxItems": ({"properties":{"a":{"maxItems":1}}}, {"a":[1,2]}),
 "uniqueItems": ({"properties":{"a":{"uniqueItems":True}}}, {"a":[1,2,1]}),
 "items": ({"properties":{"a":{"items":{"type":"string"}}}}, {"a":["x",2]}),
 "contains": ({"properties":{"a":{"contains":{"type":"string"}}}}, {"a":[1,2]}),
 "minProperties": ({"properties":{"a":{"minProperties":2}}}, {"a":{"x":1}}),
 "nested": ({"properties":{"image":{"properties":{"tag":{"type":"string"}}}}}, {"image":{"tag":1}}),
 "nested-required": ({"properties":{"image":{"required":["tag"]}}}, {"image":{}}),
 "ref": ({"$defs":{"port":{"type":"integer"}},"properties":{"a":{"$ref":"#/$defs/port"}}}, {"a":"x"}),
 "dependentRequired": ({"dependentRequired":{"a":["b"]}}, {"a":1}),
 "propertyNames": ({"propertyNames":{"pattern":"^[a-z]+$"}}, {"A":1}),
 "false": ({"properties":{"a":False}}, {"a":1}),
 "root-two": ({"required":["a"], "properties":{"b":{"type":"string"}}}, {"b":1}),
 "unevaluated": ({"properties":{"a":{}},"unevaluatedProperties":False}, {"a":1,"b":2}),
 "addl-items7": ({"$schema":"http://json-schema.org/draft-07/schema#","properties":{"a":{"items":[{}],"additionalItems":False}}}, {"a":[1,2,3]}),
 "prefixItems": ({"properties":{"a":{"prefixItems":[{}],"items":False}}}, {"a":[1,2,3]}),
 "special-key": ({"properties":{"a/b":{"type":"string"}}}, {"a/b":1}),
 "root-type": ({"type":"string"}, {"a":1}),
}
which = sys.argv[1:] or list(cases)
out = {}
for name in which:
    schema, values = cases[name]
    d = os.path.join(os.path.join(tempfile.gettempdir(), "helm-schema-cases"), name)
    os.makedirs(os.path.join(d, "templates"), exist_ok=True)
    open(os.path.join(d, "Chart.yaml"), "w").write("apiVersion: v2\nname: mychart\nversion: 0.1.0\n")
    open(os.path.join(d, "values.schema.json"), "w").write(json.dumps(schema))
    open(os.path.join(d, "templates", "cm.yaml"), "w").write("kind: ConfigMap\n")
    open(os.path.join(d, "v.json"), "w", encoding="utf-8").write(json.dumps(values, ensure_ascii=False))
    r = subprocess.run(["/work/shared/tools/helm-oracle", "template", d, "-f", os.path.join(d, "v.json")], capture_output=True, text=True)
    out[name] = {"schema": schema, "values": values, "stdout": r.stdout, "stderr": r.stderr, "rc": r.returncode}
    print(name, r.returncode, repr(r.stderr[-300:]), file=sys.stderr, flush=True)
data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "helm-values-schema-cases.json")
merged = {c["name"]: c for c in json.load(open(data))} if os.path.exists(data) else {}
for name, c in out.items():
    expected = "" if c["rc"] == 0 else c["stderr"][len("Error: "):-1]
    merged[name] = {"name": name, "schema": c["schema"], "values": c["values"], "expected": expected}
    if name == "addl2":
        merged[name]["expected"] = expected.replace("'x2', 'x1'", "'x1', 'x2'")
        merged[name]["note"] = "Helm lists the names in random (Go map) order; chartc sorts them"
with open(data, "w", encoding="utf-8") as fh:
    json.dump([merged[k] for k in sorted(merged)], fh, indent=1, ensure_ascii=False)
